# Ce que le bot publie sur les serveurs et répond aux membres (traduction de locales/en-US/bot.ftl).
# Variables : `{ $name }`. Le balisage Discord reste tel quel : <@{ $user }> un membre,
# <@&{ $role }> un rôle, <#{ $channel }> un salon, <t:{ $at }:R> une date relative.
# Les noms de commandes (/close) et les mots-clés à taper (none, off) restent en anglais.

## Refus : pourquoi une action sur un ticket n'est pas effectuée

refusal-blacklisted = Vous êtes sur la liste noire de ce serveur : vous ne pouvez pas y ouvrir de tickets.
refusal-limit-reached = { $limit ->
    [one] Vous avez déjà { $limit } ticket ouvert, le maximum autorisé. Fermez-le avant d'en ouvrir un autre.
   *[other] Vous avez déjà { $limit } tickets ouverts, le maximum autorisé. Fermez-en un avant d'en ouvrir un autre.
}
refusal-panel-disabled = Ce panneau est désactivé : il n'ouvre pas de tickets pour le moment.
refusal-open-command-disabled = Sur ce serveur, les tickets s'ouvrent uniquement depuis les panneaux : utilisez le bouton d'un panneau pour en ouvrir un.
refusal-outside-hours = Ce panneau n'ouvre pas de tickets en dehors des horaires du staff. { $notice }
refusal-access-denied-everyone = Ce panneau n'ouvre pas de tickets pour vos rôles (règle d'accès n° { $rule } : tous les autres membres sont refusés).
refusal-access-denied = Les membres ayant le rôle <@&{ $role }> ne peuvent pas ouvrir de tickets depuis ce panneau (règle d'accès n° { $rule }).
refusal-panel-limit-reached = { $limit ->
    [one] Vous avez déjà { $limit } ticket ouvert depuis ce panneau, soit sa limite.
   *[other] Vous avez déjà { $limit } tickets ouverts depuis ce panneau, soit sa limite.
}
refusal-server-full = { $cap ->
    [one] Ce serveur a atteint sa limite de { $cap } ticket ouvert. Réessayez quand le staff l'aura fermé.
   *[other] Ce serveur a atteint sa limite de { $cap } tickets ouverts. Réessayez quand le staff en aura fermé quelques-uns.
}
refusal-panel-full = { $cap ->
    [one] Ce panneau a atteint sa limite de { $cap } ticket ouvert. Réessayez quand le staff l'aura fermé.
   *[other] Ce panneau a atteint sa limite de { $cap } tickets ouverts. Réessayez quand le staff en aura fermé quelques-uns.
}
refusal-cooldown = Vous avez ouvert un ticket depuis ce panneau récemment. Vous pourrez en ouvrir un autre <t:{ $at }:R>.
refusal-needs-admin = Seuls les admins des tickets peuvent faire cela.
refusal-needs-support = Seule l'équipe de support peut faire cela.
refusal-users-cannot-close = Sur ce serveur, seul le staff peut fermer les tickets. Demandez à un membre du staff, ou utilisez /closerequest si vous faites partie du staff.
refusal-not-a-ticket = Ce salon n'est pas un ticket. Lancez la commande dans un ticket.
refusal-already-claimed = Ce ticket est déjà pris en charge par <@{ $user }>.
refusal-not-claimed = Ce ticket n'est pas pris en charge.
refusal-not-claimer = Seul le membre du staff qui a pris en charge ce ticket, ou un admin, peut faire cela.
refusal-target-not-staff = Un ticket ne peut être transféré qu'à un membre de l'équipe de support ou à un admin.
refusal-cannot-remove-staff = Le staff ne peut pas être retiré d'un ticket.
refusal-cannot-remove-opener = Le membre qui a ouvert le ticket ne peut pas en être retiré.
refusal-only-own-ticket = Vous ne pouvez faire cela que dans votre propre ticket.
refusal-ticket-not-open = Ce ticket est déjà en cours de fermeture.

## Erreurs

error-internal = Un problème est survenu du côté du bot. Il a été enregistré ; veuillez réessayer.
error-discord-rate-limited = Discord limite actuellement le débit du bot. Veuillez réessayer dans quelques secondes.
error-discord-server = Discord a rencontré un problème en traitant cette requête (HTTP { $status }). Rien n'a été modifié ; veuillez réessayer.
error-discord-forbidden = Il manque au bot une permission Discord pour cela. Demandez à un admin du serveur de vérifier le rôle du bot.
error-discord-refused = Discord a refusé cette requête. Veuillez réessayer ; si l'échec persiste, prévenez un admin du serveur.
error-guild-only = Cette commande ne fonctionne que sur un serveur.
# { $permissions } : les noms des permissions Discord, en anglais.
error-bot-missing-permissions = Il manque au bot des permissions Discord ici : { $permissions }.
error-user-missing-permissions = Vous avez besoin de { $permissions } pour utiliser cette commande.
error-user-missing-required-permissions = Vous n'avez pas les permissions requises pour utiliser cette commande.
error-option-invalid-input = Cette option n'est pas valide ({ $input }) : { $reason }.
error-option-invalid = Cette option n'est pas valide : { $reason }.
error-old-button = Ce bouton provient d'une ancienne version du bot et ne fonctionne plus.
error-old-form = Ce formulaire provient d'une ancienne version du bot et ne fonctionne plus.
error-pick-an-option = Choisissez l'une des options.

## Ouverture des tickets

ticket-opened = Ticket ouvert : <#{ $channel }>
panel-gone = Ce panneau n'existe plus.
panel-gone-send-new = Ce panneau n'existe plus. Demandez à un admin du serveur d'en publier un nouveau.
form-changed = Le formulaire de ce panneau a été modifié ; cliquez de nouveau sur le bouton du panneau.

## Tickets en fil : le bouton « Rejoindre le ticket »

join-ticket-closed = Ce ticket est fermé.
join-other-team = Ce ticket appartient à une autre équipe de support.
join-claimed-by-other = Ce ticket est pris en charge par un autre membre du staff.
join-joined = Vous avez rejoint <#{ $channel }>.

## Prise en charge et fermeture

claim-handled-by = Votre ticket sera traité par <@{ $user }>.
close-confirm-question = Voulez-vous vraiment fermer ce ticket ?
close-being-closed-by = Ce ticket est en cours de fermeture par <@{ $user }>.
# Le formulaire qui demande un motif de fermeture : son titre et son unique champ.
close-reason-modal-title = Fermer le ticket
close-reason-modal-label = Motif
close-request-not-opener = Seul le membre qui a ouvert le ticket peut répondre à une demande de fermeture.
close-request-answered = Cette demande de fermeture a déjà reçu une réponse.
close-request-accepted = La demande de fermeture a été acceptée ; ce ticket est en cours de fermeture.
close-request-declined = <@{ $user }> a refusé la demande de fermeture ; le ticket reste ouvert.

## Fermeture automatique

autoclose-keep-open-refused = Seul le membre qui a ouvert ce ticket ou le staff peut le garder ouvert.
autoclose-kept-open = <@{ $user }> a gardé ce ticket ouvert : le délai de fermeture automatique repart de zéro.

## Avis (dans les MP du créateur)

# { $stars_shown } : les étoiles en émojis ; { $stars } : le nombre.
feedback-rated = Merci ! Vous avez donné la note { $stars_shown } ({ $stars }/5) à ce ticket. Vous pouvez la modifier pendant 24 heures.
feedback-comment-title = Votre commentaire
feedback-comment-label = Commentaire
feedback-comment-thanks = Merci pour votre commentaire : l'équipe le verra avec votre note.
feedback-survey-thanks = Merci pour ces précisions : l'équipe verra vos réponses.

## Boutons et menus publiés par le bot (Discord autorise 80 caractères sur un bouton)

button-close = Fermer
button-close-with-reason = Fermer avec un motif
button-claim = Prendre en charge
button-close-ticket = Fermer le ticket
button-join-ticket = Rejoindre le ticket
button-view-transcript = Voir la transcription
panel-select-placeholder = Choisissez l'objet de votre ticket

## Un nouveau ticket

# Le message de bienvenue intégré, quand ni le panneau ni le serveur n'ont le leur. %user% est
# une variable que le bot remplit : la garder telle quelle.
welcome-default = Merci d'avoir contacté le support, %user%.
    Décrivez votre problème et patientez : un membre du staff va vous répondre sous peu.
welcome-subject = Objet
welcome-started-from = Créé à partir d'un message
# { $link } : le lien du message ; { $user } : son auteur.
welcome-started-from-link = { $link } de <@{ $user }>
welcome-outside-hours = En dehors des horaires du staff
form-answers-title = Réponses au formulaire
join-notice = <@{ $user }> a ouvert le ticket n° { $number } (<#{ $channel }>). Le staff peut le rejoindre ici.
open-bot-missing-permissions = Il manque au bot des permissions Discord nécessaires pour ouvrir des tickets : { $permissions }. Demandez à un admin du serveur de les accorder au rôle du bot.
open-already-opening = Votre ticket est déjà en cours d'ouverture. Il va apparaître dans un instant.
open-categories-full = Les deux catégories de tickets sont pleines (Discord autorise 50 salons par catégorie). Fermez des tickets, ou demandez à un admin de définir une autre catégorie.
open-server-channels-full = Ce serveur a atteint la limite Discord de 500 salons : aucun salon de ticket ne peut être créé. Fermez des tickets ou supprimez des salons inutilisés, ou demandez à un admin de passer en mode fil (/setup use-threads).
# Les catégories que le bot crée pour les salons de ticket.
category-name = Tickets
category-name-overflow = Tickets (débordement)

## Fermeture : l'avis, le résumé du salon de logs et le MP au créateur

close-reason-too-long = Le motif de fermeture ne doit pas dépasser 1024 caractères.
close-reason-channel-deleted = Le salon du ticket a été supprimé
close-notice = Ticket fermé.
close-notice-by = Ticket fermé par <@{ $user }>.
log-title = Ticket n° { $number } fermé
log-ticket = Ticket
log-panel = Panneau
log-opened-by = Ouvert par
log-claimed-by = Pris en charge par
log-not-claimed = Non pris en charge
log-closed-by = Fermé par
log-reason = Motif
log-no-reason = Aucun motif indiqué
log-opened = Ouvert
log-closed = Fermé
log-transcript = Transcription
log-transcript-not-kept = Non conservée : ce serveur ne stocke pas les transcriptions.
log-rating = Note
log-rating-not-asked = Non demandée : les MP du créateur n'étaient pas accessibles
log-comment = Commentaire
log-survey-question = Questionnaire : { $question }

## Avis : refus et textes

feedback-request = Comment avons-nous géré le ticket n° { $number } ? Donnez-lui une note de 1 à 5 étoiles ; vous pourrez la modifier pendant 24 heures.
button-add-comment = Ajouter un commentaire
button-tell-us-more = Dites-nous-en plus
feedback-comment-empty = Le commentaire est vide.
feedback-no-answer = (pas de réponse)
feedback-refusal-gone = Les données de ce ticket n'existent plus : il ne peut pas être noté.
feedback-refusal-not-the-opener = Seul le membre qui a ouvert ce ticket peut le noter.
feedback-refusal-too-late = Une note peut être donnée ou modifiée pendant 24 heures après la fermeture d'un ticket ; celui-ci a été fermé avant.
feedback-refusal-bad-rating = Une note doit être comprise entre 1 et 5 étoiles.
feedback-refusal-not-rated = Notez d'abord le ticket, puis ajoutez un commentaire.
feedback-refusal-no-survey = Le panneau de ce ticket n'a plus de questionnaire de fin.
feedback-refusal-survey-answered = Vous avez déjà répondu au questionnaire de ce ticket. Merci !

## Commandes : /open, « Ouvrir un ticket pour le membre », /close, /closerequest, /reopen

open-for-bot = Les tickets s'ouvrent pour des membres, pas pour des bots.
open-for-not-member = <@{ $user }> n'est pas membre de ce serveur.
open-for-blacklisted = <@{ $user }> est sur la liste noire de ce serveur et ne peut pas ouvrir de tickets (/blacklist pour changer cela).
# { $reason } : pourquoi le membre n'a pas pu l'ouvrir (un autre message).
open-for-refused = Pour <@{ $user }> : { $reason }
open-for-closed-at-once = Le ticket a été fermé aussitôt.
open-for-opened = Ticket ouvert pour <@{ $user }> : <#{ $channel }>
close-retrying = La fermeture de ce ticket était bloquée ; nouvelle tentative en cours.
close-request-asks = <@{ $opener }>, <@{ $user }> demande à fermer ce ticket.
close-request-reason = **Motif :** { $reason }
close-request-auto = Il sera fermé automatiquement <t:{ $at }:R> si vous ne répondez pas.
button-close-request-accept = Accepter et fermer
button-close-request-deny = Refuser
reopen-no-such-ticket = Il n'y a pas de ticket n° { $number } sur ce serveur.
reopen-was-channel = Le ticket n° { $number } était un salon, supprimé à sa fermeture ; seuls les tickets en fil peuvent être rouverts.
reopen-not-closed = Le ticket n° { $number } n'est pas fermé.
reopen-no-thread = Ce ticket n'a pas de fil.
reopen-done = Le ticket n° { $number } est de nouveau ouvert : <#{ $channel }>
error-user-or-role = Indiquez soit un utilisateur, soit un rôle (un seul des deux).
error-everyone-not-allowed = @everyone ne peut pas être utilisé ici : choisissez un membre ou un rôle.
# { $role } : le nom du rôle.
error-managed-role = { $role } appartient à un bot ou à une intégration et ne peut pas être utilisé ici : choisissez un membre ou un autre rôle.

## Traitement d'un ticket : /claim, /unclaim, /transfer, /add, /remove, /rename, /notes, /jumptotop, /switchpanel

claim-released = <@{ $user }> ne s'occupe plus de ce ticket ; n'importe quel membre du staff peut le prendre en charge.
claim-transferred = Ce ticket est désormais traité par <@{ $user }>.
# { $who } : la mention d'un membre ou d'un rôle.
members-added = { $who } a été ajouté à ce ticket.
members-already-in = { $who } fait déjà partie de ce ticket.
members-removed = { $who } a été retiré de ce ticket.
members-not-in = { $who } n'avait pas été ajouté à ce ticket.
members-everyone = @everyone ne peut pas être ajouté à un ticket : cela le rendrait visible par tout le serveur.
members-roles-staff-only = Seul le staff peut ajouter des rôles à un ticket ; ajoutez les membres un par un.
members-opener-already-in = Le membre qui a ouvert le ticket en fait déjà partie.
members-no-roles-in-threads = Impossible d'ajouter des rôles à un ticket en fil ; ajoutez les membres un par un.
ticket-no-channel = Ce ticket n'a pas de salon.
rename-empty = Ce nom ne contient aucun caractère autorisé par Discord dans un nom de salon.
rename-scheduled = Discord autorise deux renommages par salon toutes les 10 minutes. Le nouveau nom `{ $name }` sera appliqué <t:{ $at }:R>.
rename-done = Renommé en `{ $name }`.
notes-thread-ticket = Les fils de notes sont réservés aux tickets en salon : un ticket en fil ne peut pas contenir un autre fil.
notes-here = Notes du staff pour ce ticket : <#{ $channel }> (le créateur ne peut pas les voir).
jump-no-first-message = Ce ticket n'a pas de premier message vers lequel aller.
jump-to-top = [Aller au début du ticket n° { $number }]({ $link })
# { $panel } : le titre saisi, entre guillemets.
switchpanel-no-such-panel = Aucun panneau ne s'appelle { $panel }. /panel list les affiche.
switchpanel-done = Ce ticket appartient désormais au panneau **{ $panel }**.

## /language

# { $name } : le nom de la langue dans cette langue (Deutsch, Français…).
language-chosen = Langue du bot sur ce serveur : { $name }.
language-discord = Le bot suit la langue du serveur définie dans les paramètres Discord : actuellement { $name }.
language-members-own = Les membres reçoivent les réponses privées dans leur propre langue Discord, si le bot la parle.
language-members-server = Les membres reçoivent les réponses dans la langue du serveur.
# { $language } et { $members } : les deux phrases ci-dessus.
language-summary = { $language } { $members }

welcome-title = Ticket n° %ticket_id%

panel-default-text = Cliquez sur le bouton ci-dessous pour ouvrir un ticket.
panel-default-button = Ouvrir un ticket

## Motifs donnés par le bot quand il ferme lui-même un ticket

close-request-expired-reason = Demande de fermeture : pas de réponse dans le délai imparti

post-not-connected = Le bot n'est pas connecté à Discord pour le moment, rien n'a donc été publié. Réessayez dans une minute.
post-multi-panel-empty = Tous les panneaux de ce multi-panneau ont été supprimés : ajoutez d'abord des panneaux.

perm-view-channels = Voir les salons
perm-manage-channels = Gérer les salons
perm-manage-roles = Gérer les rôles
perm-send-messages = Envoyer des messages
perm-embed-links = Intégrer des liens
perm-read-message-history = Voir les anciens messages
perm-create-private-threads = Créer des fils privés
perm-send-messages-in-threads = Envoyer des messages dans les fils
perm-manage-threads = Gérer les fils
