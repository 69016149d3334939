# Réponses des outils du staff (formulaires, tags, étiquettes, astreinte, fermeture automatique)
# et ce que la fermeture automatique publie dans les tickets (traduction de locales/en-US/tools.ftl).
# Variables : `{ $name }`. Le balisage Discord reste tel quel : <@{ $user }> un membre,
# <@&{ $role }> un rôle, <t:{ $at }:R> une date relative ; **gras** et `code` sont ceux de Discord.
# Les noms de commandes (/form create) et les mots-clés à taper (none, off, short, paragraph)
# restent en anglais.

## /form : les questions posées avant qu'un panneau ouvre un ticket

# { $title }, { $form } : le titre du formulaire tel que l'admin l'a saisi, entre guillemets ("Support").
form-cmd-exists = Un formulaire nommé { $title } existe déjà.
form-cmd-no-such-form-list = Aucun formulaire ne s'appelle { $form }. /form list les affiche.
form-cmd-no-such-form = Aucun formulaire ne s'appelle { $form }.
# { $max } : le nombre maximal de questions d'un formulaire.
form-cmd-created = { $max ->
    [one] Formulaire **{ $title }** créé. Ajoutez-y jusqu'à { $max } question avec /form add-input.
   *[other] Formulaire **{ $title }** créé. Ajoutez-y jusqu'à { $max } questions avec /form add-input.
}
# « short » et « paragraph » sont les valeurs que l'admin tape : les garder en anglais.
form-cmd-bad-style = Le style doit être short ou paragraph.
# { $count } : le numéro de la question ; { $max } : le nombre maximal de questions d'un formulaire.
form-cmd-question-added = Question ajoutée à **{ $form }** ({ $count } sur { $max }).
form-cmd-deleted = Formulaire **{ $title }** supprimé.
form-cmd-none = Aucun formulaire pour l'instant. Créez-en un avec /form create.

## /tag et /managetags : réponses enregistrées

# { $name } : le nom du tag, entre guillemets ("refund").
tag-no-such-tag-list = Aucun tag ne s'appelle { $name }. /managetags list les affiche.
tag-no-such-tag = Aucun tag ne s'appelle { $name }.
# { $name } : le nom du tag (affiché en `code`).
tag-saved = Tag `{ $name }` enregistré.
tag-updated = Tag `{ $name }` mis à jour.
tag-embed-saved = L'embed du tag `{ $name }` est enregistré.
tag-deleted = Tag `{ $name }` supprimé.
tag-none = Aucun tag pour l'instant. Ajoutez-en un avec /managetags add.

## /label : étiquettes des tickets

label-unknown = Ce serveur n'a pas d'étiquette de ce nom. /label list les affiche ; les admins en ajoutent avec /label create.
label-nothing-to-do = Rien à faire.
# Publié dans le ticket. { $label } : le nom de l'étiquette.
label-added = 🏷️ <@{ $user }> a ajouté l'étiquette **{ $label }** à ce ticket.
label-removed = 🏷️ <@{ $user }> a retiré l'étiquette **{ $label }** de ce ticket.
label-none-yet = Ce serveur n'a pas encore d'étiquettes. Les admins en ajoutent avec /label create.
# Le titre de /label list.
label-list-title = **Étiquettes**
# { $labels } : les étiquettes du ticket, séparées par des virgules (ou — s'il n'en a aucune).
label-list-this-ticket = Ce ticket : { $labels }
# { $colour } : la couleur au format #RRGGBB.
label-created = Étiquette **{ $label }** (`{ $colour }`) créée.
label-recoloured = L'étiquette **{ $label }** est désormais `{ $colour }`.
label-deleted = Étiquette **{ $label }** supprimée.

## /on-call et /setup on-call

# Le nom du rôle que ticketbox crée pour le staff d'astreinte (un nom de rôle Discord, 100 caractères au plus).
oncall-role-name = Astreinte
oncall-role-set = Le staff d'astreinte porte désormais <@&{ $role }>. Tout le monde a été retiré de l'astreinte ; le staff lance /on-call pour se mettre d'astreinte.
oncall-role-cleared = Aucun rôle d'astreinte défini : ticketbox en créera un au prochain /on-call.
# « Gérer les rôles » est le nom de la permission Discord dans l'interface française.
oncall-needs-manage-roles = ticketbox a besoin de la permission Gérer les rôles pour créer le rôle d'astreinte. Accordez-lui cette permission, ou demandez à un admin de choisir un rôle existant avec /setup on-call.
oncall-role-deleted = Le rôle d'astreinte a été supprimé dans Discord ; lancez de nouveau /on-call pour en créer un nouveau.
# { $role } : le nom du rôle. « Paramètres du serveur → Rôles » est le menu de Discord.
oncall-cannot-assign = ticketbox ne peut pas attribuer ni retirer { $role } : il lui faut la permission Gérer les rôles et un rôle placé au-dessus (Paramètres du serveur → Rôles).
oncall-on = Vous êtes d'astreinte (<@&{ $role }>) : les nouveaux tickets en fil vous ajoutent. Relancez /on-call pour quitter l'astreinte.
# Le même, sur un serveur qui ouvre les tickets en salons.
oncall-on-channel-mode = Vous êtes d'astreinte (<@&{ $role }>) : les nouveaux tickets en fil vous ajoutent. Relancez /on-call pour quitter l'astreinte.
    Remarque : ce serveur ouvre les tickets en salons, où toute l'équipe voit chaque ticket ; l'astreinte ne concerne que les tickets en fil.
oncall-off = Vous n'êtes plus d'astreinte (<@&{ $role }> retiré). Les nouveaux tickets en fil ne vous ajoutent plus.

## /autoclose

autoclose-cmd-saved = Fermeture automatique enregistrée.
# { $grace } : une durée comme 1h ou 2d 3h.
autoclose-cmd-overdue = { $count ->
    [one] { $count } ticket ouvert dépasse déjà une règle : il sera fermé dans { $grace } sauf si quelqu'un répond.
   *[other] { $count } tickets ouverts dépassent déjà une règle : ils seront fermés dans { $grace } sauf si quelqu'un répond.
}
autoclose-cmd-excluded = Ce ticket ne sera pas fermé automatiquement. Relancez cette commande pour annuler.
autoclose-cmd-included = Ce ticket suit de nouveau les règles de fermeture automatique du serveur.
# /autoclose show. { $state } : autoclose-cmd-on ou autoclose-cmd-off ; les durées sont comme
# 30m, 12h ou 3d, ou autoclose-cmd-off ; { $on_leave } : autoclose-cmd-close ou autoclose-cmd-off ;
# { $warning } : autoclose-cmd-warning-before ou autoclose-cmd-off.
autoclose-cmd-rules = **Fermeture automatique : { $state }**
    • Aucune réponse du créateur depuis l'ouverture : { $no_response }
    • Aucune réponse du créateur depuis le dernier message du staff : { $since_last_message }
    • Le créateur quitte le serveur : { $on_leave }
    • Avertissement avant la fermeture : { $warning }
autoclose-cmd-on = activée
autoclose-cmd-off = désactivée
autoclose-cmd-close = fermer
# { $duration } : une durée comme 1h ou 2d 3h.
autoclose-cmd-warning-before = { $duration } avant

## Fermeture automatique : l'avertissement publié dans un ticket, et le motif de fermeture

autoclose-warn-title = Ce ticket va bientôt être fermé
# { $duration } : une durée comme 1h ou 2d 3h. « Garder ouvert » est le bouton ci-dessous
# (autoclose-warn-keep-open) : utiliser les mêmes mots.
autoclose-warn-description = Sans réponse, ce ticket sera fermé automatiquement <t:{ $at }:R> (dans environ { $duration }). Appuyez sur **Garder ouvert** s'il est encore utile.
# Un bouton (80 caractères au plus).
autoclose-warn-keep-open = Garder ouvert
# Le motif de fermeture d'un ticket fermé automatiquement (affiché dans le salon de logs et le MP au créateur).
autoclose-warn-reason-no-response = Fermé automatiquement : aucune réponse du créateur depuis l'ouverture
autoclose-warn-reason-since-last-message = Fermé automatiquement : aucune réponse du créateur depuis le dernier message du staff
autoclose-warn-reason-on-leave = Fermé automatiquement : le créateur a quitté le serveur
