# Réponses aux admins et au staff du serveur : /setup, /setup show, gestion du staff, /stats,
# /help et /mydata (traduction de locales/en-US/admin.ftl).
# Variables : `{ $name }`. Le balisage Discord reste tel quel : <@{ $user }> un membre,
# <@&{ $role }> un rôle, <#{ $channel }> un salon, <t:{ $at }:R> une date relative.
# Les noms de commandes (/setup, /panel list) et de leurs options (`limit`, `server_total`,
# support_can_view) restent en anglais : les membres les tapent. Les mots-clés (none, off, 1h) aussi.

## /setup auto : les salons qu'il crée (tout le serveur voit leurs noms)

# La catégorie où s'ouvrent les nouveaux salons de ticket.
setup-auto-category-name = Tickets
# Un nom de salon textuel Discord : en minuscules, sans espaces (avec des tirets).
setup-auto-log-channel-name = logs-tickets
# Le sujet du salon de logs.
setup-auto-log-channel-topic = ticketbox consigne ici les tickets fermés.
setup-auto-done = Configuration terminée : les nouveaux tickets s'ouvrent dans <#{ $category }> et les tickets fermés sont consignés dans <#{ $log }> (visible par les admins uniquement ; donnez-y accès aux rôles du staff s'ils doivent le lire).

## /setup limit (la réponse assemble les phrases ci-dessous avec une espace)

# `limit` et `server_total` sont les noms des options de la commande : les garder en anglais.
setup-limit-missing = Indiquez `limit` (par membre), `server_total` (tout le serveur), ou les deux.
setup-limit-per-member = { $limit ->
    [one] Chaque membre peut désormais avoir { $limit } ticket ouvert à la fois.
   *[other] Chaque membre peut désormais avoir { $limit } tickets ouverts à la fois.
}
setup-limit-server-cap = { $cap ->
    [one] Le serveur accepte au plus { $cap } ticket ouvert au total.
   *[other] Le serveur accepte au plus { $cap } tickets ouverts au total.
}
setup-limit-server-no-cap = Le serveur n'a pas de limite de tickets ouverts au total.
setup-limit-staff-exempt = (Le staff n'est pas concerné.)

## /setup transcripts, use-threads, users-can-close, close-confirmation, naming, welcome

setup-transcripts-done = Les tickets fermés sont désormais consignés dans <#{ $channel }>.
# { $after } : la durée d'archivage Discord, telle que la nomment les choix de la commande
# (1h, 24h, 3d ou 7d) : la garder telle quelle.
setup-threads-on-notified = Les nouveaux tickets s'ouvrent en fils privés ; le staff est prévenu dans <#{ $channel }>. Les fils de ticket inactifs sont archivés après { $after }.
setup-threads-on = Les nouveaux tickets s'ouvrent en fils privés. Définissez un salon de notification pour que le staff puisse les rejoindre. Les fils de ticket inactifs sont archivés après { $after }.
setup-threads-off = Les nouveaux tickets s'ouvrent en salons.
setup-users-can-close-on = Les créateurs peuvent fermer leurs propres tickets.
setup-users-can-close-off = Seul le staff peut fermer les tickets.
# « Fermer » est le libellé du bouton de fermeture du ticket (button-close).
setup-close-confirmation-on = Le bouton Fermer demande désormais une confirmation.
setup-close-confirmation-off = Le bouton Fermer ferme désormais le ticket immédiatement.
# { $scheme } : le modèle de nom saisi par l'admin, avec des variables comme %id%.
setup-naming-done = Les nouveaux tickets seront nommés `{ $scheme }`.
setup-welcome-restored = Le message de bienvenue par défaut est rétabli.
setup-welcome-saved = Le message de bienvenue est enregistré.

## /setup claim, feedback, buttons, store-transcripts, open-command

# support_can_view est le nom de l'option de la commande : le garder en anglais.
setup-claim-type-needs-view = L'équipe de support ne peut pas écrire dans un ticket qu'elle ne voit pas : activez aussi support_can_view.
setup-claim-done = Paramètres de prise en charge enregistrés ; ils s'appliquent aux tickets pris en charge à partir de maintenant.
setup-feedback-on = Avis activés : après la fermeture, le créateur reçoit un MP pour noter le ticket (s'il y a écrit et ne fait pas partie du staff).
setup-feedback-off = Avis désactivés : les créateurs ne sont plus invités à noter leurs tickets.
# { $buttons } : les libellés des boutons séparés par des virgules, ou setup-buttons-none.
setup-buttons-done = Les nouveaux tickets affichent : { $buttons }.
setup-buttons-none = aucun bouton (/close et /claim fonctionnent toujours)
setup-store-transcripts-on = Les transcriptions des tickets fermés sont conservées.
setup-store-transcripts-off = Les transcriptions ne sont plus conservées : les tickets sont fermés et consignés sans transcription. Celles déjà conservées restent.
setup-open-command-on = Les membres peuvent ouvrir des tickets avec /open.
setup-open-command-off = Les membres ouvrent des tickets uniquement depuis les panneaux ; le staff peut toujours utiliser /open.

## /setup start-ticket (« Créer un ticket » est le nom du menu de message)

# { $panel } : le titre saisi par l'admin, entre guillemets.
setup-start-ticket-no-panel = Aucun panneau ne s'appelle { $panel }. /panel list les affiche.
# { $level } : qui peut utiliser le menu (everyone, support ou admins) ; { $adds } : yes ou no ;
# { $panel } : l'un des messages setup-start-ticket-panel-* ci-dessous.
setup-start-ticket-summary = Créer un ticket : utilisable par { $level ->
        [everyone] tout le monde
        [support] l'équipe de support
       *[admins] les admins
    }, { $adds ->
        [yes] ajoute
       *[no] n'ajoute pas
    } l'auteur du message, panneau : { $panel }.
# { $title } : le titre du panneau (en gras).
setup-start-ticket-panel-named = **{ $title }**
setup-start-ticket-panel-none = aucun
setup-start-ticket-panel-deleted = aucun (supprimé)

## /setup permissions

# { $permissions } : ce qui est désactivé (« no attach files, no embed links ») ou
# « everything allowed » (en anglais pour l'instant).
setup-permissions-openers = Créateurs dans les nouveaux salons de ticket : { $permissions }. (Les tickets en fil suivent le salon dans lequel ils se trouvent.)
setup-permissions-support = Équipe de support dans les nouveaux salons de ticket : { $permissions }. (Les tickets en fil suivent le salon dans lequel ils se trouvent.)

## /setup show : tous les paramètres dans un embed (Discord autorise 256 caractères dans un nom de champ)

setup-show-title = Paramètres des tickets
setup-show-yes = oui
setup-show-no = non
setup-show-not-set = non défini
setup-show-field-tickets = Tickets
# { $category }, { $overflow } : un salon ou setup-show-not-set ; { $cap } : setup-show-cap ou
# setup-show-no-cap ; { $naming } : le modèle de nom (variables %id%) ; /open est une commande.
setup-show-tickets = Catégorie : { $category } (débordement : { $overflow })
    Limite par membre : { $limit }
    Tickets ouverts au total : { $cap }
    Nom : `{ $naming }`
    /open pour les membres : { $open_command }
setup-show-no-cap = sans limite
setup-show-cap = au plus { $cap }
setup-show-field-closing = Fermeture
# Chaque valeur est setup-show-yes ou setup-show-no, sauf le salon de logs.
setup-show-closing = Salon de logs : { $log_channel }
    Fermeture par les membres : { $users_can_close }
    Confirmation de fermeture : { $close_confirmation }
    MP à la fermeture : { $dm_on_close }
    Avis : { $feedback }
    Transcriptions conservées : { $transcripts }
setup-show-field-threads = Fils et astreinte
# { $archive } : la durée d'archivage Discord telle que saisie dans /setup use-threads (1h, 24h,
# 3d ou 7d) ; { $role } : le rôle ou setup-show-on-call-role-later ; { $on_call } : combien sont d'astreinte.
setup-show-threads = Fils : { $threads }
    Salon de notification : { $channel }
    Archivage après : { $archive }
    Rôle d'astreinte : { $role } ({ $on_call } d'astreinte)
setup-show-on-call-role-later = créé au premier /on-call
setup-show-field-welcome = Bienvenue et prise en charge
# { $message } : le message de bienvenue (le texte du serveur, ou celui par défaut) ; { $buttons } :
# les libellés des boutons séparés par des virgules.
setup-show-welcome = Message : { $message }
    Embed : { $embed }
    Boutons : { $buttons }
    Après une prise en charge, le support peut voir : { $can_view }, écrire : { $can_type }
setup-show-welcome-embed-none = aucun
# « Welcome embed » est le nom d'une page du tableau de bord (en anglais pour l'instant).
setup-show-welcome-embed-set = défini (tableau de bord → Welcome embed)
setup-show-field-start-ticket = Créer un ticket et permissions
# { $summary } : setup-start-ticket-summary ; { $openers }, { $support } : ce qui est désactivé
# (en anglais pour l'instant).
setup-show-start-ticket = { $summary }
    Créateurs : { $openers }
    Équipe de support : { $support }
setup-show-field-autoclose = Fermeture automatique
setup-show-autoclose-on = activée (/autoclose show affiche les règles)
setup-show-autoclose-off = désactivée
setup-show-field-panels = Panneaux
# Les détails d'un panneau, séparés par des virgules après son titre.
setup-show-panel-not-posted = non publié
setup-show-panel-posted-in = dans <#{ $channel }>
setup-show-panel-threads = fils
setup-show-panel-channels = salons
setup-show-panel-server-default = réglage du serveur
setup-show-panel-form = formulaire
setup-show-panel-support-hours = horaires du staff
setup-show-panel-disabled = désactivé
setup-show-panels-none = aucun (/panel create)
setup-show-field-multi-panels = Multi-panneaux
setup-show-multi-panels-none = aucun
setup-show-field-labels = Étiquettes

## Staff : /addadmin, /removeadmin, /addsupport, /removesupport, /viewstaff, /blacklist

# { $target } : le membre ou le rôle (une mention) ; { $level } : admin ou support.
staff-added = { $level ->
    [admin] { $target } est désormais admin.
   *[support] { $target } fait désormais partie de l'équipe de support.
}
staff-already = { $level ->
    [admin] { $target } est déjà admin.
   *[support] { $target } fait déjà partie de l'équipe de support.
}
staff-removed = { $level ->
    [admin] { $target } n'est plus admin.
   *[support] { $target } ne fait plus partie de l'équipe de support.
}
staff-was-not = { $level ->
    [admin] { $target } n'était pas admin.
   *[support] { $target } ne faisait pas partie de l'équipe de support.
}
staff-list-empty = Aucun staff configuré pour l'instant. Le propriétaire du serveur et les membres ayant la permission Administrateur sont admins ; ajoutez-en d'autres avec /addadmin et /addsupport.
staff-list-no-such-page = { $pages ->
    [one] Il n'y a que { $pages } page.
   *[other] Il n'y a que { $pages } pages.
}
staff-list-header = **Staff** (page { $page } sur { $pages })
# Une ligne de la liste ; { $target } : le membre ou le rôle (une mention).
staff-list-admin = Admin : { $target }
staff-list-support = Support : { $target }
staff-blacklist-staff = Le staff ne peut pas être mis sur liste noire.
staff-blacklisted = { $target } est désormais sur liste noire et ne peut plus ouvrir de tickets.
# { $reason } : ce que le staff a écrit.
staff-blacklisted-reason = { $target } est désormais sur liste noire et ne peut plus ouvrir de tickets. Motif : { $reason }
staff-unblacklisted = { $target } n'est plus sur liste noire.

## /stats server et /stats user (un embed ; Discord autorise 256 caractères dans un nom de champ)

# { $average }, { $median } : des durées écrites comme 3d 4h, 12h, 30m (gardées telles quelles) ;
# { $count } : un nombre.
stats-spread = moyenne { $average }, médiane { $median } ({ $count ->
        [one] { $count } ticket
       *[other] { $count } tickets
    })
stats-no-data = pas encore de données
# { $week }, { $month }, { $all } : stats-spread ou stats-no-data.
stats-windows = 7 jours : { $week }
    30 jours : { $month }
    Depuis le début : { $all }
# { $average } : comme 4.2 ; { $count } : un nombre.
stats-ratings = { $average } / 5 sur { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
stats-no-ratings = pas encore de notes
stats-server-title = Statistiques des tickets
stats-open-tickets = Tickets ouverts
stats-total-tickets = Total des tickets
stats-opened = Ouverts
stats-opened-value = { $week } en 7 jours, { $month } en 30 jours
stats-first-response = Délai de première réponse
stats-resolution = Délai de résolution
stats-rating = Note
# { $user } : le nom d'utilisateur Discord du membre du staff.
stats-user-title = Statistiques des tickets de { $user }
stats-claimed = Pris en charge
stats-closed = Fermés
stats-answered = Avec sa réponse
stats-their-first-response = Son délai de première réponse
stats-claimed-rating = Note des tickets pris en charge

## /help

# ticketbox est le nom du bot ; la liste des commandes suit.
help-title = **Commandes de ticketbox**

permission-off-attach-files = pas de fichiers joints
permission-off-embed-links = pas d'intégration de liens
permission-off-add-reactions = pas de réactions
permission-off-external-emoji = pas d'émojis externes
permission-off-external-stickers = pas d'autocollants externes
permission-off-voice-messages = pas de messages vocaux
permission-all-allowed = tout est autorisé

## /mydata

# { $what } : l'un des deux messages ci-dessous ; { $due } : une date Discord, garder <t:…> tel quel.
mydata-filed = Votre demande est enregistrée : { $what }. L'opérateur de ce ticketbox répondra d'ici le <t:{ $due }:D> (<t:{ $due }:R>).
mydata-filed-again = Vous avez déjà demandé { $what }. L'opérateur de ce ticketbox répondra d'ici le <t:{ $due }:D> (<t:{ $due }:R>).
mydata-what-export = une copie de tout ce que ce ticketbox détient sur vous (sous forme de fichier JSON, envoyé en MP s'il n'est pas trop volumineux ; sinon, l'opérateur vous indiquera comment l'obtenir)
mydata-what-delete = la suppression de tout ce que ce ticketbox détient sur vous (vous recevrez un MP avant qu'elle n'ait lieu)

mydata-dm-export = Voici tout ce que ce ticketbox conserve à votre sujet (demande de données n° { $id }).
mydata-dm-export-waiting = Votre export de données (demande n° { $id }) est prêt, mais il n'a pas pu vous être envoyé ici ; l'opérateur de ce ticketbox vous le fera parvenir.
mydata-dm-refused-export = Votre demande n° { $id } de copie de vos données a été refusée par l'opérateur de ce ticketbox : { $reason }
mydata-dm-refused-delete = Votre demande n° { $id } de suppression de vos données a été refusée par l'opérateur de ce ticketbox : { $reason }
mydata-dm-removing = Comme vous l'avez demandé (demande de données n° { $id }), tout ce que ce ticketbox conserve à votre sujet est en cours de suppression.
