# Ce que le bot répond aux commandes de panneaux (/panel, /multipanel) et ce qu'il écrit sur
# les panneaux (traduction de locales/en-US/panels.ftl).
# Variables : `{ $name }`. Le balisage Discord reste tel quel : <@&{ $role }> un rôle,
# <#{ $channel }> un salon. **…** est du texte en gras.
# Les noms de commandes (/panel send), d'options (title:, panel:) et les mots-clés à taper
# (none, primary, allow…) restent en anglais.

## /panel create, edit, delete, list, send

# { $title } : le titre saisi, entre guillemets.
panel-cmd-no-such-panel = Aucun panneau ne s'appelle { $title }. /panel list les affiche.
# { $emoji } : ce qui a été saisi, entre guillemets.
panel-cmd-not-an-emoji = { $emoji } n'est pas un émoji.
# Les quatre styles sont des mots-clés à taper : les garder en anglais.
panel-cmd-bad-button-style = Le style du bouton doit être primary, secondary, success ou danger.
# { $title } : le titre du formulaire saisi, entre guillemets.
panel-cmd-no-such-form = Aucun formulaire ne s'appelle { $title }. /form list les affiche.
# { $title } : le titre, entre guillemets.
panel-cmd-title-taken = Un panneau nommé { $title } existe déjà.
panel-cmd-created-form-deleted = Le panneau a été créé, mais son formulaire a été supprimé entre-temps : choisissez-en un autre avec /panel edit.
panel-cmd-created-survey-deleted = Le panneau a été créé, mais son questionnaire de fin a été supprimé entre-temps : choisissez-en un autre avec /panel edit.
# `/panel send title:…` est une commande à taper : la garder en anglais.
panel-cmd-created = Panneau **{ $title }** créé. Publiez-le avec `/panel send title:{ $title }`.
panel-cmd-awaiting-both = Choisissez une catégorie d'attente de réponse ou retirez-la, mais pas les deux.
panel-cmd-saved-form-deleted = Le panneau a été enregistré, mais le formulaire (ou le panneau) a été supprimé entre-temps.
panel-cmd-saved-survey-deleted = Le panneau a été enregistré, mais le questionnaire de fin (ou le panneau) a été supprimé entre-temps.
panel-cmd-saved = Panneau **{ $title }** enregistré. Publiez-le de nouveau avec /panel send pour mettre à jour le message publié.
panel-cmd-deleted = Panneau **{ $title }** supprimé ; son message publié n'ouvre plus de tickets.
panel-cmd-list-empty = Aucun panneau pour l'instant. Créez-en un avec /panel create.
# /panel list : après le titre d'un panneau, où il est publié.
panel-cmd-list-posted-in = — publié dans <#{ $channel }>
# /panel list : après le titre d'un panneau.
panel-cmd-list-disabled = (désactivé)
panel-cmd-posted = Panneau **{ $title }** publié dans <#{ $channel }>.

## /panel log

panel-cmd-log-foreign-channel = Choisissez un salon de ce serveur.
panel-cmd-log-channel = Les tickets fermés de **{ $title }** sont consignés dans <#{ $channel }>.
panel-cmd-log-server-channel = Les tickets fermés de **{ $title }** sont consignés dans le salon de logs du serveur.

## /panel embed

panel-embed-title-colour-are-the-panels = Le titre et la couleur du message du panneau sont ceux du panneau lui-même : définissez-les avec /panel edit.
panel-embed-saved-panel = L'embed du message de **{ $title }** est enregistré. Publiez de nouveau le panneau avec /panel send pour mettre à jour le message publié.
panel-embed-saved-welcome = L'embed du message de bienvenue de **{ $title }** est enregistré. Les nouveaux tickets ouverts depuis ce panneau l'utilisent.

## /panel hours (également affiché par /setup show)

panel-hours-none = **{ $title }** n'a pas d'horaires de staff : il ouvre des tickets à toute heure.
# { $timezone } : p. ex. Europe/Paris ; { $windows } : les créneaux de la semaine (p. ex. mon-fri 09:00-17:00) ;
# { $outside } : panel-hours-outside-refuse ou panel-hours-outside-tell.
panel-hours-summary = Horaires du staff de **{ $title }** ({ $timezone }) : { $windows }. En dehors : { $outside }.
# Comme panel-hours-summary, avec { $holidays } : les jours de congé (p. ex. 2026-12-24..2026-12-26 Noël).
panel-hours-summary-days-off = Horaires du staff de **{ $title }** ({ $timezone }) : { $windows } ; jours de congé : { $holidays }. En dehors : { $outside }.
panel-hours-outside-refuse = les nouveaux tickets sont refusés
panel-hours-outside-tell = les tickets s'ouvrent et le créateur est informé du retour du staff

## /panel access

panel-access-none = **{ $title }** n'a pas de règles d'accès : tout le monde peut ouvrir des tickets depuis ce panneau.
# { $max } : le nombre maximal de règles d'un panneau ; { $rules } : les règles, une par ligne
# (panel-access-rule-allow / panel-access-rule-deny).
panel-access-rules = Règles d'accès de **{ $title }** (la première qui correspond décide ; sans correspondance, l'accès est autorisé ; { $max } au maximum) :
    { $rules }
# { $position } : la place de la règle dans l'ordre (1 est vérifiée en premier) ; { $role } : une
# mention de rôle ou @everyone. « allow » et « deny » sont les noms de choix de la règle
# (affichés « autoriser » et « refuser » dans la commande).
panel-access-rule-allow = { $position }. autoriser { $role }
panel-access-rule-deny = { $position }. refuser { $role }

## /multipanel

# { $title } : le titre saisi, entre guillemets.
multipanel-no-such-multipanel = Aucun multi-panneau ne s'appelle { $title }.
# { $title } : un titre de panneau saisi, entre guillemets.
multipanel-no-such-panel = Aucun panneau ne s'appelle { $title }.
multipanel-too-few-panels = Un multi-panneau nécessite au moins deux panneaux (titres séparés par des virgules).
multipanel-too-many-panels = Un multi-panneau contient au plus { $max } panneaux (limite de Discord).
multipanel-empty-title = Le titre ne peut pas être vide.
# Le texte du message d'un nouveau multi-panneau quand aucun n'est fourni (enregistré, puis modifiable par le serveur).
multipanel-default-text = Choisissez l'objet de votre ticket.
# { $title } : le titre, entre guillemets.
multipanel-title-taken = Un multi-panneau nommé { $title } existe déjà.
multipanel-panel-just-deleted = Un panneau que vous avez choisi vient d'être supprimé : un multi-panneau en nécessite au moins deux.
# `/multipanel send title:…` est une commande à taper : la garder en anglais.
multipanel-created = Multi-panneau **{ $title }** créé. Publiez-le avec `/multipanel send title:{ $title }`.
multipanel-all-panels-deleted = Tous les panneaux de ce multi-panneau ont été supprimés.
multipanel-posted = Multi-panneau **{ $title }** publié dans <#{ $channel }>.
# { $panel } : le titre de panneau saisi, entre guillemets.
multipanel-not-an-entry = { $panel } ne fait pas partie des panneaux de ce multi-panneau.
# panel: est le nom de l'option de la commande : le garder en anglais.
multipanel-name-the-entry = Indiquez l'entrée à modifier avec panel:.
multipanel-just-deleted = Ce multi-panneau vient d'être supprimé.
multipanel-saved = Multi-panneau **{ $title }** enregistré. Publiez-le de nouveau avec /multipanel send pour mettre à jour le message.
multipanel-deleted = Multi-panneau **{ $title }** supprimé.
multipanel-list-empty = Aucun multi-panneau pour l'instant. Créez-en un avec /multipanel create.
