# Les pages de panneaux du tableau de bord : les panneaux et leur éditeur, les multi-panneaux, les
# formulaires, les tags et les étiquettes, avec les raisons pour lesquelles une modification y est
# refusée (traduction de locales/en-US/web-panels.ftl). Affiché au visiteur dans sa langue ; ce
# qu'un serveur a écrit (titres de panneaux, textes des tags, noms d'étiquettes) n'est jamais
# traduit. Les mots entre signes %pourcentage%, <:name:id>, @everyone et @here se tapent ou
# s'affichent exactement comme Discord et le bot les lisent : les garder tels quels.

## Commun aux pages dont le formulaire nomme une action

# Un formulaire est revenu avec une action que la page ne connaît pas (page périmée ou modifiée).
web-action-unknown = Action inconnue.

## Panneaux : la liste

web-panels-title = Panneaux
web-panels-new = Nouveau panneau
web-panels-empty = Aucun panneau pour l'instant. Un panneau est un message avec un bouton sur lequel les membres cliquent pour ouvrir un ticket.
# Un badge à côté du titre d'un panneau désactivé.
web-panels-disabled = désactivé
# $channel : le nom du salon sous la forme « #nom », ou web-panels-channel-id.
web-panels-posted-in = publié dans { $channel }
# Un salon dont le tableau de bord ne connaît pas le nom ; $id est son numéro.
web-panels-channel-id = salon { $id }
web-panels-not-posted = pas encore publié
# L'intitulé devant un sélecteur de salon ; le bouton à côté est web-panels-post.
web-panels-post-in = Publier dans
web-panels-pick-channel = Choisissez un salon
web-panels-post = Publier
web-panels-delete-confirm = Supprimer ce panneau ? Son message publié n'ouvrira plus de tickets.
web-panels-delete = Supprimer

## Panneaux : l'éditeur

web-panel-edit = Modifier le panneau
web-panel-new = Nouveau panneau
web-panel-all = Tous les panneaux
web-panel-message = Le message
web-panel-title = Titre
web-panel-title-hint = unique sur ce serveur
web-panel-text = Texte
web-panel-colour = Couleur
web-panel-button-label = Texte du bouton
web-panel-button-emoji = Émoji du bouton
# <:name:id> est la façon d'écrire un émoji propre au serveur : le garder tel quel.
web-panel-button-emoji-hint = un émoji, ou <:name:id>
web-panel-button-style = Style du bouton
# Les couleurs de bouton de Discord.
web-panel-style-primary = Blurple
web-panel-style-secondary = Gris
web-panel-style-success = Vert
web-panel-style-danger = Rouge
web-panel-embed = L'embed du message : lien, auteur, images, pied de page, champs
web-panel-tickets = Ses tickets
web-panel-category = Catégorie
web-panel-category-default = La catégorie des tickets du serveur
web-panel-awaiting = Catégorie d'attente de réponse
web-panel-awaiting-hint = mode salon : les tickets attendent ici tant que le créateur doit répondre, et reviennent quand il écrit (un déplacement au plus par ticket toutes les 10 minutes)
# Pas de catégorie d'attente de réponse.
web-panel-awaiting-none = Aucune
web-panel-log-channel = Salon de logs
web-panel-log-channel-hint = où ses tickets fermés sont consignés
web-panel-log-channel-default = Le salon de logs du serveur
web-panel-mode = Mode
web-panel-mode-default = Selon le réglage du serveur
web-panel-mode-channel = Salons
web-panel-mode-thread = Fils privés
web-panel-naming = Modèle de nom
# Sous Modèle de nom et Message de bienvenue : un champ vide utilise le réglage du serveur.
web-panel-server-default-hint = vide pour celui du serveur
# Un exemple de nom de salon ; %id% est remplacé par le numéro du ticket : le garder tel quel.
web-panel-naming-placeholder = ticket-%id%
web-panel-welcome = Message de bienvenue
web-panel-welcome-embed-below = L'embed du message de bienvenue se trouve sous les réglages des tickets ; vide pour celui du serveur.
web-panel-teams = Équipes de support
web-panel-teams-hint = aucune : toute l'équipe de support traite ces tickets
web-panel-mention-roles = Rôles à mentionner dans les nouveaux tickets
web-panel-mention-opener = Mentionner le créateur
# @here est la mention de Discord : la garder telle quelle.
web-panel-mention-here = Mentionner @here (tous ceux qui voient le ticket : son staff)
web-panel-form = Formulaire posé avant l'ouverture
web-panel-form-none = Aucun formulaire
web-panel-exit-survey = Questionnaire de fin
# « Dites-nous-en plus » est le bouton que le bot affiche sous son message de notation.
web-panel-exit-survey-hint = posé après que le créateur a noté un ticket (« Dites-nous-en plus ») ; nécessite d'activer les avis dans les Paramètres
web-panel-exit-survey-none = Aucun questionnaire de fin
web-panel-ticket-limit = Tickets ouverts par membre depuis ce panneau
web-panel-ticket-limit-hint = vide pour aucune limite supplémentaire
web-panel-open-cap = Tickets ouverts depuis ce panneau au total
web-panel-open-cap-hint = tous membres confondus ; vide pour aucune limite, le staff n'est pas concerné
web-panel-cooldown = Délai entre deux tickets, en minutes
web-panel-disabled = Désactivé (son bouton refuse les nouveaux tickets)
web-panel-access = Qui peut ouvrir des tickets depuis ce panneau
# @everyone est le rôle Discord de tous les membres : le garder tel quel ; @Clients est un rôle d'exemple.
web-panel-access-intro = Règles d'accès, vérifiées dans l'ordre : la première règle dont le membre a le rôle décide ; un membre qu'aucune règle ne concerne peut ouvrir un ticket. Le staff le peut toujours. Placez @everyone en dernier, p. ex. « autoriser @Clients, refuser @everyone ».
web-panel-access-order = Ordre
web-panel-access-role = Rôle
web-panel-access-rule = Règle
web-panel-access-remove = Retirer
# Intitulés pour les lecteurs d'écran de la ligne d'une règle d'accès ; $number compte à partir de 1.
web-panel-access-order-of = Ordre de la règle { $number }
web-panel-access-role-of = Rôle de la règle { $number }
web-panel-access-rule-of = Règle { $number }
web-panel-access-remove-of = Retirer la règle { $number }
web-panel-access-allow = Autoriser
web-panel-access-deny = Refuser
web-panel-hours = Horaires du staff
web-panel-hours-on = Seulement quand le staff est présent
web-panel-hours-timezone = Fuseau horaire
web-panel-hours-timezone-hint = l'heure d'été est prise en compte
web-panel-hours-windows = Horaires
# L'exemple se tape tel quel (noms de jours en anglais, heures sur 24 h) : le garder.
web-panel-hours-windows-hint = p. ex. mon-fri 09:00-17:00; sat 10:00-14:00 (sur 24 h ; coupez en deux un créneau qui passe minuit)
web-panel-hours-holidays = Jours de congé
# L'exemple se tape tel quel (dates, plages avec ..) ; « Noël » est un nom libre.
web-panel-hours-holidays-hint = p. ex. 2026-12-24..2026-12-26 Noël; 2027-01-01
web-panel-hours-outside = En dehors des horaires
web-panel-hours-refuse = Refuser les nouveaux tickets
web-panel-hours-open-and-tell = Ouvrir, et indiquer au créateur quand le staff sera de retour
web-panel-hours-notice = Message
# %next_open% et %next_open_relative% se tapent tels quels.
web-panel-hours-notice-hint = vide pour celui par défaut ; %next_open% et %next_open_relative% indiquent le retour du staff
web-panel-hours-colour = Couleur du message
web-panel-welcome-embed = L'embed du message de bienvenue (les variables fonctionnent dans tous les textes)
web-panel-save = Enregistrer le panneau
web-panel-create = Créer le panneau
web-panel-preview = Aperçu
# Le titre de l'aperçu du message de bienvenue.
web-panel-preview-welcome = Message de bienvenue
web-panel-preview-images = Les images sont nommées, pas chargées : le tableau de bord ne demande rien à d'autres sites.

## Panneaux : pourquoi un panneau n'a pas été enregistré ou publié

# $number : la ligne de la règle, à partir de 1.
web-panel-err-access-order = Règle d'accès { $number } : l'ordre doit être un nombre.
web-panel-err-hours-outside = En dehors des horaires : choisissez dans la liste ce qui se passe.
web-panel-err-access-roles = Règles d'accès : choisissez les rôles dans la liste.
# $emoji : ce qui a été saisi, entre guillemets. <:name:id> est la façon d'écrire un émoji de serveur : le garder.
web-panel-err-emoji = { $emoji } n'est pas un émoji : utilisez un émoji, ou un émoji personnalisé écrit <:name:id>.
web-panel-err-button-style = Choisissez un style de bouton dans la liste.
web-panel-err-category = Choisissez une catégorie dans la liste.
web-panel-err-roles = Choisissez les rôles dans la liste.
web-panel-err-mention-roles = Choisissez dans la liste les rôles à mentionner.
web-panel-err-mode = Choisissez le mode salon ou fil dans la liste.
web-panel-err-ticket-limit = La limite de tickets doit être un nombre entre 1 et 100.
web-panel-err-cooldown = Le délai doit être un nombre de minutes.
web-panel-err-log-channel = Choisissez un salon de logs dans la liste.
web-panel-err-form = Choisissez un formulaire dans la liste.
web-panel-err-exit-survey = Choisissez un questionnaire de fin dans la liste.
web-panel-err-awaiting = Choisissez une catégorie d'attente de réponse dans la liste.
# $reason : pourquoi le formulaire choisi ne peut pas servir de questionnaire de fin (une phrase complète).
web-panel-err-exit-survey-form = Questionnaire de fin : { $reason }
web-panel-err-teams = Choisissez les équipes de support dans la liste.
# $title : le titre du panneau, entre guillemets.
web-panel-err-title-taken = Un panneau nommé { $title } existe déjà.
web-panel-err-created-form-gone = Le panneau a été créé, mais un formulaire qu'il devait utiliser a été supprimé entre-temps. Modifiez le panneau pour en choisir un autre.
web-panel-err-saved-form-gone = Le panneau a été enregistré, mais un formulaire qu'il devait utiliser a été supprimé entre-temps. Modifiez le panneau pour en choisir un autre.
web-panel-err-gone = Ce panneau n'existe pas (ou plus).
web-panel-err-channel = Choisissez un salon textuel de ce serveur où publier le panneau.

## Multi-panneaux

web-multipanels-title = Multi-panneaux
web-multipanels-intro = Plusieurs panneaux sur un seul message : les membres choisissent le type de ticket avec un bouton ou dans un menu.
web-multipanels-empty = Aucun multi-panneau pour l'instant.
# $panels : les titres de ses panneaux, séparés par des virgules.
web-multipanels-shown-select = menu déroulant : { $panels }
web-multipanels-shown-buttons = boutons : { $panels }
# Le texte du menu déroulant quand le serveur n'en a défini aucun (l'aperçu et l'exemple du champ).
web-multipanels-placeholder-default = Choisissez l'objet de votre ticket
web-multipanels-customise = Personnaliser
web-multipanels-placeholder = Texte indicatif du menu déroulant
web-multipanels-entries-caption = Pour chaque entrée, les parties vides reprennent celles du panneau (le texte et l'émoji de son bouton ; son titre sous une option du menu).
web-multipanels-entry-panel = Panneau
web-multipanels-entry-label = Libellé
web-multipanels-entry-description = Description
web-multipanels-entry-emoji = Émoji
# Intitulés pour les lecteurs d'écran ; $panel : le titre du panneau.
web-multipanels-entry-label-of = Libellé de { $panel }
web-multipanels-entry-description-of = Description de { $panel }
web-multipanels-entry-emoji-of = Émoji de { $panel }
web-multipanels-embed = Son embed : lien, auteur, images, pied de page, champs
web-multipanels-save-look = Enregistrer l'apparence
web-multipanels-edit = Modifier
web-multipanels-field-title = Titre
web-multipanels-field-text = Texte
web-multipanels-field-colour = Couleur
web-multipanels-field-panels = Panneaux
web-multipanels-field-layout = Disposition
web-multipanels-layout-buttons = Boutons
web-multipanels-layout-select = Menu déroulant
web-multipanels-save = Enregistrer
web-multipanels-post-in = Publier dans
web-multipanels-pick-channel = Choisissez un salon
web-multipanels-post = Publier
web-multipanels-delete-confirm = Supprimer ce multi-panneau ? Ses panneaux sont conservés.
web-multipanels-delete = Supprimer
web-multipanels-new = Nouveau multi-panneau
# Le texte d'un nouveau multi-panneau tel que prérempli ; l'admin peut le modifier.
web-multipanels-text-default = Choisissez le type d'aide dont vous avez besoin.
web-multipanels-panels-hint = 2 à 25
web-multipanels-create = Créer le multi-panneau

## Multi-panneaux : pourquoi une modification a été refusée

web-multipanels-err-gone = Ce multi-panneau n'existe pas (ou plus).
# $title : le titre du multi-panneau, entre guillemets.
web-multipanels-err-title-taken = Un multi-panneau nommé { $title } existe déjà.
web-multipanels-err-deleted = Ce multi-panneau a été supprimé entre-temps.
web-multipanels-err-too-few = Un panneau que vous avez choisi vient d'être supprimé : un multi-panneau contient de 2 à 25 panneaux.
web-multipanels-err-no-channels = La liste des salons n'est pas disponible pour le moment.
web-multipanels-err-channel = Choisissez un salon textuel de ce serveur.
web-multipanels-err-title = Le titre doit comporter de 1 à 100 caractères.
web-multipanels-err-text = Le texte ne doit pas dépasser 4000 caractères.
web-multipanels-err-panels = Choisissez les panneaux dans la liste.
web-multipanels-err-panel-count = Un multi-panneau contient de 2 à 25 panneaux.
web-multipanels-err-entry = Entrée inconnue.
web-multipanels-err-entry-gone = Ce panneau ne fait plus partie de ce multi-panneau : rechargez la page.

## Formulaires

web-forms-title = Formulaires
# $max : le nombre maximal de questions d'un formulaire.
web-forms-intro = { $max ->
    [one] Un formulaire pose jusqu'à { $max } question dans une fenêtre avant l'ouverture d'un ticket ; les réponses sont affichées dans le ticket. Choisissez le formulaire d'un panneau dans l'éditeur de panneau.
   *[other] Un formulaire pose jusqu'à { $max } questions dans une fenêtre avant l'ouverture d'un ticket ; les réponses sont affichées dans le ticket. Choisissez le formulaire d'un panneau dans l'éditeur de panneau.
}
web-forms-delete-confirm = Supprimer ce formulaire ? Les panneaux qui l'utilisent ouvriront des tickets sans questions.
web-forms-delete = Supprimer le formulaire
# Une question dans la liste d'un formulaire, puis ce qu'elle demande, chaque élément après une
# virgule : « texte court, obligatoire, au moins 10, au plus 200 ».
web-forms-summary-short = texte court
web-forms-summary-paragraph = paragraphe
web-forms-summary-required = obligatoire
web-forms-summary-min-length = au moins { $min }
web-forms-summary-max-length = au plus { $max }
# Le nombre d'options que choisit un membre : de $min à $max.
web-forms-summary-picks = { $min } à { $max } sélections
web-forms-move-up = Monter
web-forms-move-down = Descendre
web-forms-remove-question = Retirer la question
web-forms-edit = Modifier
web-forms-save-question = Enregistrer la question
web-forms-add-question-open = Ajouter une question
web-forms-add-question = Ajouter la question
web-forms-empty = Aucun formulaire pour l'instant.
web-forms-new = Nouveau formulaire
# Un exemple de titre de formulaire.
web-forms-new-placeholder = Problème de commande
web-forms-create = Créer le formulaire

## Formulaires : les champs d'une question

web-forms-question = Question
# Un exemple de question.
web-forms-question-placeholder = Quel est votre numéro de commande ?
web-forms-asks-for = Type de réponse
web-forms-description = Description
web-forms-description-placeholder = Affichée sous la question
web-forms-required = Obligatoire
web-forms-placeholder = Texte indicatif
web-forms-text-questions = Questions texte
web-forms-answer = Réponse
web-forms-answer-short = Courte
web-forms-answer-paragraph = Paragraphe
web-forms-min-length = Longueur min.
web-forms-max-length = Longueur max.
web-forms-choice-questions = Questions à choix et sélecteurs
web-forms-min-picks = Sélections min.
web-forms-max-picks = Sélections max.
web-forms-options = Options (questions à choix, 25 au maximum)
web-forms-option-order = Ordre
web-forms-option-label = Libellé
web-forms-option-value = Valeur
web-forms-option-description = Description
web-forms-option-emoji = Émoji
web-forms-option-remove = Retirer
# Intitulés pour les lecteurs d'écran ; $option : le libellé de l'option.
web-forms-option-order-of = Ordre de { $option }
web-forms-option-remove-of = Retirer { $option }
# $number compte les lignes vides à partir de 1.
web-forms-new-option-order = Ordre de la nouvelle option { $number }
web-forms-new-option = Nouvelle option
web-forms-new-option-label = Libellé de la nouvelle option
# Une valeur vide est le libellé de l'option.
web-forms-new-option-value-placeholder = (le libellé)
web-forms-new-option-value = Valeur de la nouvelle option
web-forms-new-option-description = Description de la nouvelle option
web-forms-new-option-emoji = Émoji de la nouvelle option
# <:name:id> est la façon d'écrire un émoji de serveur : le garder tel quel.
web-forms-options-help = Modifiez les numéros d'ordre pour réorganiser ; cochez Retirer pour supprimer une option ; remplissez une ligne vide pour en ajouter une (enregistrez pour obtenir d'autres lignes vides). Émoji : l'émoji lui-même, ou un émoji du serveur sous la forme <:name:id>.
web-forms-channel-questions = Questions de salon : proposer uniquement

## Formulaires : ce que demande une question, et les types de salons que propose une question de salon

web-forms-kind-text = Texte
web-forms-kind-choice = Choix dans une liste
web-forms-kind-user = Sélecteur de membre
web-forms-kind-role = Sélecteur de rôle
web-forms-kind-mentionable = Sélecteur de membre ou de rôle
web-forms-kind-channel = Sélecteur de salon
web-forms-channel-text = textuel
web-forms-channel-voice = vocal
web-forms-channel-category = catégorie
web-forms-channel-announcement = annonces
web-forms-channel-thread = fil
web-forms-channel-stage = conférence
web-forms-channel-forum = forum

## Formulaires : pourquoi une modification a été refusée

# $title : le titre du formulaire, entre guillemets.
web-forms-err-title-taken = Un formulaire nommé { $title } existe déjà.
web-forms-err-unknown-form = Formulaire inconnu.
web-forms-err-gone = Ce formulaire n'existe pas (ou plus).
web-forms-err-min-length = La longueur minimale doit être un nombre.
web-forms-err-max-length = La longueur maximale doit être un nombre.
web-forms-err-min-picks = Sélections min. : un nombre de 0 à 25.
web-forms-err-max-picks = Sélections max. : un nombre de 0 à 25.
# $option : le libellé de l'option, entre guillemets.
web-forms-err-option-order = Ordre de l'option { $option } : un nombre est attendu.
web-forms-err-too-many-options = Options : { $max } au maximum (limite de Discord pour un menu déroulant).
web-forms-err-kind = Choisissez le type de réponse attendu.
web-forms-err-style = Choisissez Courte ou Paragraphe.
web-forms-err-unknown-question = Question inconnue.
web-forms-err-question-moved = Cette question a été retirée ou déplacée : rechargez la page.

## Tags

web-tags-title = Tags
# L'intro se lit : « Réponses enregistrées que le staff publie avec /tag name, avec un embed
# facultatif. … » ; la commande se place entre les deux parties.
web-tags-intro-before = Réponses enregistrées que le staff publie avec
web-tags-intro-after = , avec un embed facultatif. Enregistrer un tag sous un nom existant le remplace.
web-tags-name = Nom
web-tags-text = Texte
web-tags-embed-open = Embed (facultatif)
web-tags-embed-text = Texte de l'embed
web-tags-embed = Embed
web-tags-save = Enregistrer le tag
web-tags-preview = Aperçu
web-tags-embed-preview = Aperçu de l'embed
web-tags-empty = Aucun tag pour l'instant.
# Un badge à côté d'un tag qui a un embed.
web-tags-has-embed = embed
web-tags-edit = Modifier
web-tags-delete-confirm = Supprimer ce tag ?
web-tags-delete = Supprimer

## Étiquettes

web-labels-title = Étiquettes
# L'intro se lit : « Le staff ajoute des étiquettes aux tickets avec /label add. Les listes… » ;
# la commande se place entre les deux parties. $max : le nombre maximal d'étiquettes d'un serveur.
web-labels-intro-before = Le staff ajoute des étiquettes aux tickets avec
web-labels-intro-after = { $max ->
    [one] . Les listes des tickets ouverts et des transcriptions les affichent et permettent de filtrer par étiquette, et les transcriptions les conservent. { $max } étiquette au maximum.
   *[other] . Les listes des tickets ouverts et des transcriptions les affichent et permettent de filtrer par étiquette, et les transcriptions les conservent. { $max } étiquettes au maximum.
}
web-labels-name = Nom
web-labels-colour = Couleur
web-labels-add = Ajouter l'étiquette
web-labels-empty = Aucune étiquette pour l'instant.
# Pour les lecteurs d'écran ; $label : le nom de l'étiquette.
web-labels-colour-of = Couleur de { $label }
web-labels-save-colour = Enregistrer la couleur
web-labels-delete-confirm = Supprimer cette étiquette ? Elle sera retirée de tous les tickets.
web-labels-delete = Supprimer

## Étiquettes : pourquoi une modification a été refusée

web-labels-err-unknown = Étiquette inconnue.
