# Pourquoi ce qu'un admin ou un membre a saisi est refusé : les erreurs des formulaires du tableau
# de bord et les réponses éphémères du bot (traduction de locales/en-US/rules.ftl). Variables :
# `{ $name }` ; les valeurs notées « entre guillemets » arrivent avec leurs guillemets ("Billing").
# Les formats à taper (mon-fri 09:00-17:00, #5865F2, nom | valeur) et les variables entre signes
# pourcentage (%id%, %next_open%) restent tels quels.

## Embeds : les limites de Discord, chaque refus nommant l'embed et sa partie

# L'embed que nomme un refus, { $embed } ci-dessous. En minuscules : il suit toujours « de l' »
# (« Titre de l'embed de bienvenue ») ou « L' » en début de phrase.
rule-embed-name-panel = embed du panneau
rule-embed-name-welcome = embed de bienvenue
rule-embed-name-tag = embed du tag
rule-embed-name-multi-panel = embed du multi-panneau
# Une partie d'un embed, { $part } ci-dessous ; elle commence le message.
rule-embed-part-title = Titre
rule-embed-part-description = Description
rule-embed-part-author-name = Nom de l'auteur
rule-embed-part-footer = Pied de page
rule-embed-part-link = Lien du titre
rule-embed-part-author-icon = Icône de l'auteur
rule-embed-part-author-link = Lien de l'auteur
rule-embed-part-image = Image
rule-embed-part-thumbnail = Miniature
rule-embed-part-footer-icon = Icône du pied de page
rule-embed-part-field-name = Nom du champ { $n }
rule-embed-part-field-value = Valeur du champ { $n }
# La partie d'un embed : « Titre de l'embed de bienvenue ».
rule-embed-part = { $part } de l'{ $embed }
# { $field } : une partie d'un embed, ou un autre champ contenant une adresse web (« URL de l'image »).
rule-embed-too-long = { $field } : { $max } caractères au maximum.
rule-embed-url-invalid = { $field } : utilisez une adresse web commençant par https:// ou http://.
rule-embed-colour = Couleur de l'{ $embed } : une couleur hexadécimale comme #5865F2.
rule-embed-author-needs-name = Auteur de l'{ $embed } : une icône ou un lien nécessite le nom de l'auteur.
rule-embed-footer-needs-text = Pied de page de l'{ $embed } : une icône nécessite un texte de pied de page.
rule-embed-too-many-fields = Champs de l'{ $embed } : { $max } au maximum.
rule-embed-field-incomplete = Champ { $n } de l'{ $embed } : un nom et une valeur sont nécessaires.
rule-embed-total-too-long = L'{ $embed } compte { $total } caractères au total ; Discord en autorise { $max } par embed.
# Un champ d'embed saisi sur une ligne (/panel embed, /tag embed) ; inline est un mot-clé à taper.
rule-embed-field-line-inline = Champ : la troisième partie doit être « inline » ou rien, pas { $got }.
rule-embed-field-line-format = Champ : écrivez-le sous la forme nom | valeur (| inline).

## Couleurs

rule-colour-invalid = { $value } n'est pas une couleur hexadécimale comme #5865F2.

## Panneaux

rule-panel-title-length = Le titre du panneau doit comporter de 1 à 100 caractères.
rule-panel-text-too-long = Le texte du panneau ne doit pas dépasser 4000 caractères.
rule-panel-button-label-length = Le texte du bouton doit comporter de 1 à 80 caractères.
rule-panel-colour = La couleur doit être une couleur hexadécimale comme #5865F2.
rule-panel-welcome-too-long = Le message de bienvenue ne doit pas dépasser 4000 caractères.
rule-panel-too-many-mentions = Un panneau peut mentionner au plus { $max } rôles.
rule-panel-ticket-limit = La limite de tickets du panneau doit être comprise entre 1 et 100.
rule-panel-cooldown-too-long = Le délai entre deux tickets ne peut pas dépasser 7 jours.

## Les règles d'accès d'un panneau (qui peut ouvrir des tickets depuis celui-ci)

rule-access-too-many = Règles d'accès : { $max } au maximum par panneau.
rule-access-duplicate = Règles d'accès : { $role } a deux règles ; seule la première s'appliquerait.
# { $rule } et { $everyone_rule } : des places dans la liste (1, 2…).
rule-access-unreachable = Règles d'accès : la règle { $rule } ({ $role }) ne s'appliquera jamais, car la règle { $everyone_rule } (@everyone) décide avant elle pour tous les membres. Placez @everyone en dernier.

## Les formulaires et leurs questions

rule-form-title-length = Le titre d'un formulaire doit comporter de 1 à 45 caractères (limite de Discord pour un formulaire).
rule-form-question-length = Une question doit comporter de 1 à 45 caractères.
rule-form-description-too-long = Description : 100 caractères au maximum.
rule-form-placeholder-too-long = Le texte indicatif ne doit pas dépasser { $max } caractères.
rule-form-options-not-choice = Options : seule une question à choix a des options.
rule-form-picks-not-select = Les sélections min. et max. ne concernent que les questions à choix et les sélecteurs.
rule-form-channel-types-not-channel = Types de salons : seule une question de salon en a.
rule-form-answer-length-range = Les longueurs de réponse doivent être comprises entre 0 et { $max } (les réponses s'affichent dans un champ d'embed, qui contient au plus { $max } caractères).
rule-form-min-length-above-max = La longueur minimale ne peut pas dépasser la longueur maximale.
rule-form-lengths-not-text = Les longueurs de réponse ne concernent que les questions texte.
rule-form-options-none = Options : une question à choix nécessite au moins une option.
rule-form-options-too-many = Options : { $max } au maximum (limite de Discord pour un menu déroulant).
# { $value } : la valeur d'une option, entre guillemets.
rule-form-option-value-twice = Options : la valeur { $value } est utilisée deux fois.
rule-form-max-picks-options = Sélections max. : entre 1 et { $max } (le nombre d'options).
rule-form-max-picks = Sélections max. : entre 1 et { $max }.
rule-form-min-picks-above-max = Le nombre minimal de sélections ne peut pas dépasser le maximum.
# « Obligatoire » est le nom d'une case à cocher de la page des formulaires.
rule-form-min-picks-required = Sélections min. : une question obligatoire en exige au moins 1 (décochez Obligatoire pour n'en exiger aucune).
# { $form } et { $question } arrivent entre guillemets ; { $kind } est l'un des messages rule-form-kind-*.
rule-form-exit-survey-picker = Le formulaire { $form } est un questionnaire de fin, envoyé par MP après la fermeture d'un ticket ; il n'y a là aucun serveur dans lequel choisir, donc { $question } ne peut pas être une question de type { $kind }. Un questionnaire de fin pose des questions texte ou à choix.
# Le type d'une question dans une phrase (« une question de type sélecteur de rôle »), en minuscules.
rule-form-kind-text = texte
rule-form-kind-choice = choix dans une liste
rule-form-kind-user = sélecteur de membre
rule-form-kind-role = sélecteur de rôle
rule-form-kind-mentionable = sélecteur de membre ou de rôle
rule-form-kind-channel = sélecteur de salon

## Les réponses d'un membre à un formulaire (affichées au membre)

rule-form-changed = Ce formulaire a été modifié pendant que vous le remplissiez. Ouvrez-le de nouveau.
# { $question } : la question telle que le serveur l'a écrite.
rule-form-answer-one = « { $question } » n'accepte qu'une seule réponse.
rule-form-answer-count = « { $question } » accepte de { $min } à { $max } réponses.
rule-form-answer-needed = « { $question } » nécessite une réponse.
rule-form-answer-too-short = { $min ->
    [one] La réponse à « { $question } » doit comporter au moins { $min } caractère.
   *[other] La réponse à « { $question } » doit comporter au moins { $min } caractères.
}
rule-form-answer-too-long = { $max ->
    [one] La réponse à « { $question } » ne doit pas dépasser { $max } caractère.
   *[other] La réponse à « { $question } » ne doit pas dépasser { $max } caractères.
}

## Les options d'une question à choix

rule-option-label-length = Libellé de l'option : de 1 à 100 caractères.
# { $option } : le libellé de l'option, entre guillemets.
rule-option-value-length = Valeur de l'option { $option } : de 1 à 100 caractères.
rule-option-description-too-long = Description de l'option { $option } : 100 caractères au maximum.
# <:name:id> est la façon d'écrire un émoji de serveur : le garder tel quel.
rule-option-emoji-invalid = Émoji de l'option { $option } : utilisez l'émoji lui-même (🎫) ou un émoji du serveur sous la forme <:name:id>.
# Options saisies sur une ligne ; { $option } est l'une d'elles, entre guillemets.
rule-options-line-parts = Options : { $option } a plus de trois parties (libellé | description | émoji).
# { $word } : ce qui a été saisi, entre guillemets ; { $known } : les types, tels qu'on les tape (text, voice…).
rule-channel-kinds-unknown = Types de salons : { $word } n'est pas l'un des types reconnus ({ $known }).

## Le rôle d'astreinte

rule-on-call-everyone = @everyone ne peut pas être le rôle d'astreinte : choisissez un autre rôle.
rule-on-call-managed = { $role } appartient à un bot ou à une intégration, personne ne peut donc le recevoir : choisissez un autre rôle.
rule-on-call-above-bot = { $role } est placé au-dessus du rôle le plus élevé de ticketbox, qui ne peut donc ni l'attribuer ni le retirer. Dans Paramètres du serveur → Rôles, faites glisser le rôle de ticketbox au-dessus de { $role }, ou choisissez un rôle moins élevé.
rule-on-call-not-connected = ticketbox n'est pas connecté à Discord et ne peut donc pas vérifier ce rôle ; réessayez dans un instant.
rule-on-call-unknown-role = Rôle d'astreinte : ticketbox ne connaît pas ce rôle.

## La catégorie d'attente de réponse d'un panneau

rule-awaiting-category-same = La catégorie d'attente de réponse doit être différente de la catégorie du panneau.

## Multi-panneaux

rule-multi-panel-placeholder-too-long = Texte indicatif : { $max } caractères au maximum.
# { $label } : le libellé de l'entrée, entre guillemets.
rule-multi-panel-entry-label-too-long = Libellé de l'entrée { $label } : 80 caractères au maximum (limite d'un bouton).
rule-multi-panel-entry-description-too-long = Description de l'entrée : 100 caractères au maximum.
rule-multi-panel-entry-emoji-invalid = { $emoji } n'est pas un émoji d'entrée valide : utilisez un seul émoji, ou un émoji personnalisé écrit <:name:id>.

## Tags

rule-tag-name-length = Le nom d'un tag doit comporter de 1 à 32 caractères.
rule-tag-content-empty = Un tag doit contenir du texte.
rule-tag-content-too-long = Un tag ne peut pas dépasser 2000 caractères (la taille d'un message Discord).

## Étiquettes

rule-label-name-length = Nom de l'étiquette : de 1 à { $max } caractères.
rule-label-name-characters = Nom de l'étiquette : lettres, chiffres, espaces et tirets — pas de , @ < ni >.
# { $reason } : pourquoi la couleur a été refusée (rule-colour-invalid).
rule-label-colour = Couleur de l'étiquette : { $reason }
# { $label } : le nom de l'étiquette, entre guillemets.
rule-label-exists = Une étiquette nommée { $label } existe déjà.
rule-label-too-many = Un serveur peut définir au plus { $max } étiquettes ; supprimez-en une d'abord.
rule-label-on-ticket = Ce ticket a déjà l'étiquette { $label }.
rule-label-ticket-full = Un ticket peut porter au plus { $max } étiquettes ; retirez-en une d'abord.
rule-label-not-on-ticket = Ce ticket n'a pas l'étiquette { $label }.

## Les paramètres d'un serveur

# 1h, 24h, 3d et 7d se tapent tels quels.
rule-settings-thread-archive = La durée d'archivage des fils doit être 1h, 24h, 3d ou 7d.
rule-settings-naming-empty = Le modèle de nom ne peut pas être vide.
rule-settings-naming-too-long = Le modèle de nom ne doit pas dépasser 100 caractères.
rule-settings-naming-needs-number = Le modèle de nom doit contenir %id% ou %id_padded%, pour que chaque ticket ait un nom distinct.
rule-settings-ticket-limit = La limite de tickets doit être comprise entre 1 et 100.
rule-settings-open-cap = La limite de tickets ouverts sur le serveur doit être comprise entre 1 et 10000.
rule-settings-open-cap-number = La limite de tickets ouverts sur le serveur doit être un nombre entre 1 et 10000.
rule-settings-blacklist-reason-too-long = Le motif de mise sur liste noire ne doit pas dépasser { $max } caractères.
rule-settings-claim-type-without-view = L'équipe de support ne peut pas écrire dans un ticket qu'elle ne voit pas : autorisez-la aussi à voir les tickets pris en charge.
rule-settings-welcome-too-long = Le message de bienvenue ne doit pas dépasser 4000 caractères.
rule-settings-overflow-same = La catégorie de débordement doit être différente de la catégorie des tickets.

## Les horaires du staff d'un panneau
## Les jours et heures se tapent sous la forme mon-fri 09:00-17:00 et les dates 2026-12-24 : les garder tels quels.

# { $zone } : ce qui a été saisi, entre guillemets. Garder les noms de fuseaux (Europe/Berlin…) tels quels.
rule-hours-timezone = Fuseau horaire : { $zone } n'est pas un nom de fuseau horaire ; utilisez-en un comme Europe/Berlin, America/New_York ou UTC.
# { $window } et { $days } : ce qui a été saisi, entre guillemets.
rule-hours-window-format = Horaires : { $window } devrait ressembler à « mon-fri 09:00-17:00 ».
rule-hours-days-backwards = Horaires : { $days } est à l'envers ; écrivez les jours en commençant par le lundi (mon-fri).
# { $date } : ce qui a été saisi, entre guillemets.
rule-hours-holiday-date = Jours de congé : { $date } n'est pas une date au format 2026-12-24.
rule-hours-no-window = Horaires : ajoutez au moins un créneau, comme « mon-fri 09:00-17:00 ».
rule-hours-too-many-windows = Horaires : { $max } créneaux au maximum.
# { $window } et { $other } : un créneau tel que saisi (mon 09:00-17:00).
rule-hours-window-outside-week = Horaires : { $window } ne correspond à aucun moment de la semaine.
rule-hours-window-inverted = Horaires : { $window } se termine avant de commencer ; coupez en deux un créneau qui passe minuit.
rule-hours-window-overlap = Horaires : { $window } chevauche { $other }.
rule-hours-too-many-holidays = Jours de congé : { $max } au maximum.
rule-hours-holiday-inverted = Jours de congé : { $from }..{ $to } se termine avant de commencer.
rule-hours-message-too-long = Message des horaires : { $max } caractères au maximum.
rule-hours-colour = Couleur du message des horaires : une couleur hexadécimale comme #5865F2.
# L'avis envoyé à un membre en dehors des horaires du staff quand le serveur n'en a écrit aucun.
# Garder tels quels %next_open_relative% (« dans 3 heures ») et %next_open% (une date et une heure).
rule-hours-notice-default = Notre équipe est absente pour le moment et sera de retour %next_open_relative% (%next_open%).
# Remplace %next_open% et %next_open_relative% quand aucune réouverture n'est connue.
rule-hours-notice-later = plus tard

## Les intégrations HTTP d'un serveur (le formulaire d'intégration du tableau de bord)
## Garder tels quels les mots entre signes pourcentage (%user_id%, %secret:NAME%, %form:question%)
## et les termes HTTP (GET, POST, JSON).

# Les champs du formulaire, { $field } ci-dessous.
rule-integration-field-image-url = URL de l'image
rule-integration-field-privacy-url = URL de la politique de confidentialité
rule-integration-field-request-url = URL de la requête
rule-integration-field-body = Corps
rule-integration-field-header = En-tête { $header }
rule-integration-field-secret-name = Nom du secret
rule-integration-field-output-name = Nom de la variable
# { $got } : ce qui a été saisi, entre guillemets.
rule-integration-name-invalid = { $field } : de 1 à 32 lettres, chiffres ou _ (saisi : { $got }).
rule-integration-unknown-secret = { $field } : %secret:{ $secret }% ne désigne aucun secret de cette intégration.
rule-integration-unknown-placeholder = { $field } : %{ $name }% n'est pas une variable utilisable dans une requête (%user_id%, %guild_id%, %ticket_id%, %panel_id%, %secret:NAME%, %form:question%).
rule-integration-name-length = Nom : de 1 à { $max } caractères.
rule-integration-description-too-long = Description : { $max } caractères au maximum.
rule-integration-url-invalid = URL de la requête : une adresse web commençant par https:// ou http://.
rule-integration-url-scheme = URL de la requête : seules les adresses http:// et https:// peuvent être appelées.
rule-integration-url-credentials = URL de la requête : un nom d'utilisateur ou un mot de passe dans l'adresse n'est pas autorisé ; placez les identifiants dans un en-tête avec un secret.
rule-integration-url-no-host = URL de la requête : l'adresse doit comporter un hôte.
rule-integration-timeout = Délai d'expiration : de 1 à { $max } secondes.
rule-integration-body-with-get = Corps : une requête GET n'a pas de corps ; choisissez POST.
rule-integration-body-too-long = Corps : { $max } caractères au maximum.
# { $error } : les mots de l'analyseur JSON lui-même (en anglais).
rule-integration-body-not-json = Corps : JSON non valide ({ $error }) ; placez les variables entre guillemets.
rule-integration-too-many-headers = En-têtes : { $max } au maximum.
# { $header } : le nom d'un en-tête (entre guillemets dans rule-integration-header-name-invalid).
rule-integration-header-name-invalid = En-tête { $header } : nom d'en-tête non valide.
rule-integration-header-refused = En-tête { $header } : défini par le client HTTP, une intégration ne peut pas le définir.
rule-integration-header-twice = En-tête { $header } : indiqué deux fois.
rule-integration-header-value = En-tête { $header } : une seule ligne de 1000 caractères au maximum.
rule-integration-too-many-secrets = Secrets : { $max } au maximum.
rule-integration-secret-twice = Secret { $secret } : indiqué deux fois.
# Les variables ici : les valeurs qu'une intégration lit dans sa réponse, nommées par l'admin.
rule-integration-too-many-outputs = Variables : { $max } au maximum.
rule-integration-output-lower-case = Variable { $name } : lettres minuscules uniquement.
rule-integration-output-builtin = Variable { $name } : ticketbox a déjà %{ $name }% ; choisissez un autre nom.
rule-integration-output-twice = Variable { $name } : indiquée deux fois.
# { $reason } : l'un des messages rule-integration-path-* (en minuscules ou commençant par le chemin).
rule-integration-output-path = Chemin de la variable { $name } : { $reason }
rule-integration-output-fallback-too-long = Valeur de repli de la variable { $name } : 200 caractères au maximum.
# Où se trouve une valeur dans la réponse : data.user.name, items[0].id (les garder tels quels).
# { $path } : le chemin tel que saisi, entre guillemets.
rule-integration-path-format = un chemin comme data.user.name ou items[0].id (de 1 à 200 caractères).
rule-integration-path-empty-part = { $path } contient une partie vide.
rule-integration-path-unclosed = { $path } : un [ sans ].
rule-integration-path-index = { $path } : [{ $index }] n'est pas un index.
rule-integration-path-shape = { $path } : écrivez a.b[0].c

## Modifier les questions d'un formulaire (la commande slash et le tableau de bord)

rule-form-full = Un formulaire contient au plus { $max } questions (limite de Discord).
# { $form } et { $question } arrivent entre guillemets.
rule-form-deleted = Le formulaire { $form } vient d'être supprimé.
rule-form-asks-already = Le formulaire { $form } pose déjà la question { $question }.

rule-integration-sends-user-id = l'identifiant Discord du créateur
rule-integration-sends-guild-id = l'identifiant de ce serveur
rule-integration-sends-ticket-id = le numéro du ticket
rule-integration-sends-panel-id = l'identifiant du panneau
rule-integration-sends-answer = la réponse du créateur à la question { $question } du formulaire

rule-span-days = { $n }j
rule-span-hours = { $n }h
rule-span-minutes = { $n }min
rule-span-seconds = { $n }s

rule-autoclose-warning-too-long = `warning` ({ $warning }) doit être plus court que `{ $rule }` ({ $limit }).
rule-autoclose-not-a-duration = `{ $field }` : « { $value } » n'est pas une durée ; écrivez-la comme 30m, 12h ou 3d.
rule-autoclose-too-short = `{ $field }` doit durer au moins 1 minute.
rule-autoclose-too-long = `{ $field }` ne peut pas dépasser 365 jours.
