# Les pages de paramètres du tableau de bord : paramètres des tickets (avec Créer un ticket,
# permissions et astreinte), l'embed de bienvenue, l'éditeur d'embed partagé par les panneaux, les
# tags et l'embed de bienvenue, le staff et les équipes (avec la liste noire), et les intégrations
# (traduction de locales/en-US/web-settings.ftl). Affiché au visiteur dans sa langue ; ce qu'un
# serveur a écrit (titres de panneaux, noms d'équipes, messages de bienvenue) n'est jamais
# traduit. Les mots entre signes pourcentage (%user%, %ticket_id%) et les commandes slash
# (/claim, /on-call) se tapent tels quels : les garder inchangés.

## Paramètres des tickets : la page et son premier formulaire

web-settings-title = Paramètres
web-settings-heading = Paramètres des tickets

# La langue que parle le bot sur le serveur (pas celle du tableau de bord).
web-settings-language = Langue
web-settings-language-label = La langue du bot sur ce serveur
web-settings-language-hint = messages de bienvenue et de fermeture, boutons, logs ; ce que vous écrivez vous-même n'est jamais traduit
# Le choix « aucune langue définie » : { $language } est le nom propre de la langue Discord du
# serveur (comme « Deutsch »).
web-settings-language-discord = Langue du serveur dans Discord ({ $language })
web-settings-member-language = Répondre en privé à chaque membre dans sa propre langue Discord

web-settings-where = Où vont les tickets
web-settings-ticket-category = Catégorie des tickets
# « Tickets » est le nom de la catégorie de salons que crée le bot.
web-settings-ticket-category-none = Créer « Tickets » à la première utilisation
web-settings-overflow-category = Catégorie de débordement
web-settings-overflow-category-hint = utilisée quand la catégorie des tickets est pleine (50 salons)
web-settings-overflow-category-none = En créer une si nécessaire
web-settings-log-channel = Salon de logs
web-settings-log-channel-hint = tickets fermés et liens vers leurs transcriptions
web-settings-log-channel-none = Aucun salon de logs
web-settings-use-threads = Ouvrir les tickets en fils privés plutôt qu'en salons
web-settings-thread-notification = Salon de notification des fils
web-settings-thread-notification-hint = où le staff est prévenu des nouveaux tickets en fil
web-settings-thread-notification-none = Aucun
web-settings-thread-archive = Archiver un fil de ticket inactif après
# Les choix du réglage ci-dessus (1 ou 24 heures, 3 ou 7 jours).
web-settings-thread-archive-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
web-settings-thread-archive-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
# Un salon désigné par un réglage que le bot ne voit pas (supprimé, ou pas encore chargé) ;
# affiché après un « # ». { $id } est son identifiant Discord.
web-settings-unknown-channel = salon inconnu { $id }

web-settings-opening = Ouverture
web-settings-ticket-limit = Tickets ouverts par membre
web-settings-ticket-limit-hint = 1 à 100, le staff n'est pas concerné
web-settings-open-cap = Tickets ouverts sur tout le serveur
web-settings-open-cap-hint = tous membres confondus ; vide pour aucune limite, le staff n'est pas concerné
web-settings-naming = Nom des salons
web-settings-welcome = Message de bienvenue
# %user%, %ticket_id% et %server% se tapent tels quels.
web-settings-welcome-hint = vide pour celui par défaut ; %user%, %ticket_id%, %server% et d'autres variables fonctionnent
# Suivi d'un lien vers la page de l'embed de bienvenue (« Embed de bienvenue ») et d'un point.
web-settings-welcome-embed = Son embed (titre, images, pied de page, champs) :

web-settings-claiming = Prise en charge et fermeture
web-settings-claim-support-can-view = Les autres membres du support voient toujours les tickets pris en charge
web-settings-claim-support-can-type = Les autres membres du support peuvent toujours écrire dans les tickets pris en charge
web-settings-users-can-close = Les créateurs peuvent fermer leurs propres tickets
# « Fermer », « Fermer avec un motif » et « Prendre en charge » sont les boutons du message de
# bienvenue d'un ticket.
web-settings-close-confirmation = Le bouton Fermer demande une confirmation
web-settings-dm-on-close = Envoyer au créateur un résumé par MP à la fermeture de son ticket
web-settings-feedback = Demander au créateur de noter le ticket par MP après sa fermeture (s'il y a écrit et ne fait pas partie du staff)
web-settings-hide-close = Masquer le bouton Fermer sur les nouveaux tickets
web-settings-hide-close-with-reason = Masquer le bouton Fermer avec un motif
# Suivi de « (/claim fonctionne toujours) », formé avec web-settings-hide-claim-command.
web-settings-hide-claim = Masquer le bouton Prendre en charge
# Affiché entre parenthèses après la commande /claim : « (/claim fonctionne toujours) ».
web-settings-hide-claim-command = fonctionne toujours
# Suivi de « (/open réservé au staff) », formé avec web-settings-disable-open-command.
web-settings-disable-open = Les membres ouvrent des tickets uniquement depuis les panneaux
# Affiché entre parenthèses après la commande /open : « (/open réservé au staff) ».
web-settings-disable-open-command = réservé au staff
web-settings-no-transcripts = Ne conserver aucune transcription (les tickets sont toujours fermés et consignés)

web-settings-autoclose = Fermeture automatique
web-settings-autoclose-enabled = Fermer automatiquement les tickets selon les règles ci-dessous
web-settings-autoclose-no-response = Aucune réponse du créateur depuis l'ouverture
# 30m, 12h et 3d se tapent tels quels (minutes, heures, jours).
web-settings-autoclose-no-response-hint = p. ex. 30m, 12h ou 3d ; vide : désactivé
web-settings-autoclose-since-last = Aucune réponse du créateur depuis le dernier message du staff
web-settings-autoclose-since-last-hint = vide : désactivé
web-settings-autoclose-on-leave = Fermer quand le créateur quitte le serveur
web-settings-autoclose-warning = Délai d'avertissement avant la fermeture
web-settings-autoclose-warning-hint = vide : pas d'avertissement ; plus court que chaque règle
web-settings-save-settings = Enregistrer les paramètres

# Pourquoi le formulaire n'a pas été enregistré.
web-settings-pick-ticket-category = Choisissez la catégorie des tickets dans la liste.
web-settings-pick-overflow-category = Choisissez la catégorie de débordement dans la liste.
web-settings-pick-log-channel = Choisissez le salon de logs dans la liste.
web-settings-pick-notification-channel = Choisissez le salon de notification dans la liste.
web-settings-pick-language = Choisissez la langue dans la liste.
web-settings-ticket-limit-number = La limite de tickets doit être un nombre entre 1 et 100.

## Paramètres des tickets : le second formulaire (Créer un ticket, permissions, astreinte)

web-settings-access-heading = Créer un ticket, permissions et astreinte
# « Créer un ticket » est le nom de l'entrée du bot dans le menu de message de Discord (Applications).
web-settings-start-ticket = Menu de message « Créer un ticket »
web-settings-start-ticket-level = Qui peut l'utiliser
web-settings-level-everyone = Tout le monde
web-settings-level-support = L'équipe de support et les admins
web-settings-level-admin = Les admins
web-settings-start-ticket-add-author = Ajouter l'auteur du message au ticket
web-settings-start-ticket-panel = Panneau utilisé pour ses tickets
web-settings-start-ticket-panel-hint = catégorie, équipe, bienvenue, formulaire
web-settings-start-ticket-no-panel = Aucun panneau (paramètres du serveur)

web-settings-permissions = Permissions des tickets
web-settings-permissions-hint = dans les salons de ticket ; décoché = refusé
# En-têtes des colonnes : à qui s'applique une permission.
web-settings-permissions-opener = Créateur
web-settings-permissions-support = Équipe de support
# Lu par les lecteurs d'écran pour chaque case ; { $permission } est l'une des permissions
# ci-dessous (comme « joindre des fichiers »).
web-settings-opener-may = Le créateur peut { $permission }
web-settings-support-may = L'équipe de support peut { $permission }
# Ce qu'un membre peut faire dans un salon de ticket (les permissions de Discord), en minuscules.
web-settings-permission-attach-files = joindre des fichiers
web-settings-permission-embed-links = intégrer des liens
web-settings-permission-add-reactions = ajouter des réactions
web-settings-permission-external-emoji = utiliser des émojis externes
web-settings-permission-external-stickers = utiliser des autocollants externes
web-settings-permission-voice-messages = envoyer des messages vocaux

web-settings-on-call = Astreinte (tickets en fil)
web-settings-on-call-role = Rôle d'astreinte
# L'indication après « Rôle d'astreinte », autour de la commande /on-call : « le staff lance
# /on-call pour le porter ; … ».
web-settings-on-call-role-hint-before = le staff lance
web-settings-on-call-role-hint-after = pour le porter ; les nouveaux tickets en fil ajoutent les membres d'astreinte. Il doit être placé sous le rôle le plus élevé de ticketbox.
# /on-call est une commande, tapée telle quelle.
web-settings-on-call-role-none = Créé par ticketbox au premier /on-call
web-settings-save = Enregistrer

# Pourquoi le second formulaire n'a pas été enregistré.
web-settings-start-ticket-level-invalid = Créer un ticket, utilisable par : choisissez tout le monde, l'équipe de support ou les admins.
web-settings-start-ticket-panel-invalid = Créer un ticket, panneau : choisissez l'un des panneaux de ce serveur.
web-settings-on-call-role-invalid = Rôle d'astreinte : choisissez un rôle dans la liste.

## Embed de bienvenue

web-welcome-title = Embed de bienvenue
# Le lien de retour vers la page des paramètres.
web-welcome-settings = Paramètres
# %user%, %ticket_id% et %server% se tapent tels quels.
web-welcome-intro = L'embed qui entoure le message de bienvenue du serveur, pour les tickets dont le panneau n'en définit pas (celui d'un panneau se règle dans l'éditeur de panneau). Les variables comme %user%, %ticket_id% et %server% fonctionnent dans tous les textes.
web-welcome-legend = Embed
web-welcome-save = Enregistrer l'embed de bienvenue
web-welcome-preview = Aperçu
web-welcome-preview-note = Aperçu (variables telles que saisies)
web-welcome-images-note = Les images sont nommées, pas chargées : le tableau de bord ne demande rien à d'autres sites.

## L'éditeur d'embed (embeds de bienvenue, panneaux, tags) et son aperçu

web-embed-title = Titre
# %ticket_id% se tape tel quel.
web-embed-title-hint = variables acceptées ; vide pour « Ticket n° %ticket_id% »
web-embed-colour = Couleur
# #rrggbb : une couleur en hexadécimal, comme #5865f2.
web-embed-colour-hint = #rrggbb ; vide pour celle du panneau
web-embed-url = Lien du titre
web-embed-author = Auteur
web-embed-author-icon = Icône de l'auteur
web-embed-icon-hint = URL d'image
web-embed-author-url = Lien de l'auteur
web-embed-image = Image
web-embed-image-hint = grande, sous le texte
web-embed-thumbnail = Miniature
web-embed-thumbnail-hint = petite, en haut à droite
web-embed-footer = Pied de page
web-embed-footer-icon = Icône du pied de page
web-embed-timestamp = Afficher l'heure d'envoi
# « Retirer » est l'en-tête de la dernière colonne (web-embed-remove).
web-embed-fields-caption = Champs (25 au maximum) : modifiez les numéros d'ordre pour les réorganiser, cochez Retirer pour en supprimer un, remplissez une ligne vide pour en ajouter un.
# En-têtes des colonnes du tableau des champs.
web-embed-order = Ordre
web-embed-name = Nom
web-embed-value = Valeur
web-embed-inline = En ligne
web-embed-remove = Retirer
# Lu par les lecteurs d'écran ; { $number } est le numéro de la ligne.
web-embed-field-order = Ordre du champ { $number }
web-embed-field-name = Nom du champ { $number }
web-embed-field-value = Valeur du champ { $number }
web-embed-field-inline = Champ { $number } en ligne
web-embed-field-remove = Retirer le champ { $number }
# L'aperçu nomme les images au lieu de les charger ; { $host } est le nom d'un site web.
web-embed-preview-thumbnail = miniature
web-embed-preview-links-to = lien vers { $host }
web-embed-preview-image = image de { $host }
web-embed-preview-time = l'heure d'envoi
# Pourquoi un embed n'a pas été enregistré.
web-embed-colour-invalid = Couleur de l'embed : une couleur hexadécimale comme #5865F2.
web-embed-order-invalid = Champ { $number } de l'embed : l'ordre doit être un nombre.

## Staff et équipes

web-staff-title = Staff et équipes
web-staff-role = Rôle
# Entre la liste des rôles et le champ membre : choisir un rôle ou saisir un membre.
web-staff-or = ou
web-staff-member = Membre
web-staff-member-placeholder = nom d'utilisateur ou ID
# Le bouton « × » après une entrée, lu par les lecteurs d'écran.
web-staff-remove = Retirer
web-staff-intro = Le propriétaire du serveur et les membres ayant la permission Administrateur sont toujours admins.
web-staff-admins = Admins
web-staff-no-admins = Aucune entrée admin.
web-staff-support = Support
web-staff-no-support = Aucune entrée support.
# Avant la liste des niveaux : ajouter (rôle ou membre) en tant que Support ou Admin.
web-staff-as = en tant que
web-staff-level-support = Support
web-staff-level-admin = Admin
web-staff-add = Ajouter
web-staff-teams = Équipes de support
web-staff-teams-intro = Un panneau associé à des équipes n'est traité que par celles-ci ; leurs membres font partie de l'équipe de support.
web-staff-no-members = Aucun membre.
web-staff-add-to-team = Ajouter à l'équipe
web-staff-delete-team-confirm = Supprimer cette équipe ? Ses panneaux seront traités par toute l'équipe de support.
web-staff-delete-team = Supprimer l'équipe
web-staff-new-team = Nouvelle équipe
# Un exemple de nom d'équipe, affiché dans le champ vide.
web-staff-new-team-placeholder = Facturation
web-staff-create = Créer
web-staff-blacklist = Liste noire
web-staff-blacklist-intro = Les membres et rôles sur liste noire ne peuvent pas ouvrir de tickets. Le staff ne peut pas être mis sur liste noire.
web-staff-nobody-blacklisted = Personne n'est sur liste noire.
web-staff-reason = Motif
web-staff-reason-placeholder = facultatif, visible par le staff
# Le bouton qui met sur liste noire.
web-staff-blacklist-button = Mettre sur liste noire
# Un rôle qui n'existe plus ; { $id } est son identifiant Discord.
web-staff-deleted-role = @rôle supprimé { $id }
# Pourquoi une modification n'a pas été faite.
web-staff-unknown-action = Action inconnue.
web-staff-unknown-entry = Entrée inconnue.
web-staff-roles-unavailable = La liste des rôles n'est pas disponible pour le moment.
web-staff-pick-role = Choisissez un rôle dans la liste.
web-staff-role-or-member = Choisissez un rôle ou saisissez le nom d'un membre (un seul des deux).
web-staff-pick-level = Choisissez admin ou support.
web-staff-own-admin = Vous ne pouvez pas retirer ici votre propre entrée admin ; demandez à un autre admin.
web-staff-team-name = Un nom d'équipe doit comporter de 1 à 100 caractères.
web-staff-staff-not-blacklisted = Le staff ne peut pas être mis sur liste noire.
web-staff-already-blacklisted = Déjà sur liste noire.
web-staff-no-such-team = Cette équipe n'existe pas (ou plus).

## Intégrations

web-integrations-title = Intégrations
web-integrations-intro = Les intégrations ajoutent au message de bienvenue des nouveaux tickets des informations provenant d'autres services. Rien n'est envoyé nulle part sans que vous l'activiez ici, et une intégration n'est appelée que si le message de bienvenue utilise l'une de ses variables. Chaque appel figure dans le journal d'audit.
# Suivi des noms des variables (%roblox_username%, …) et d'un point.
web-integrations-roblox-intro = Envoie au fournisseur l'ID utilisateur Discord du créateur (et l'ID de ce serveur), puis demande à Roblox le compte correspondant.
web-integrations-roblox-placeholders = Variables :
web-integrations-roblox-enabled = Rechercher les créateurs sur Roblox
# Le fournisseur interrogé en premier (Bloxlink ou RoVer).
web-integrations-roblox-first = Interroger d'abord
web-integrations-bloxlink-key = Clé d'API Bloxlink
web-integrations-rover-key = Clé d'API RoVer
web-integrations-key-saved = enregistrée ; saisissez-en une nouvelle pour la remplacer
web-integrations-key-not-set = non définie
web-integrations-save = Enregistrer
web-integrations-own = Les intégrations de ce serveur
web-integrations-new = Nouvelle intégration
web-integrations-none-yet = Aucune pour l'instant.
web-integrations-public = Intégrations publiques
web-integrations-public-intro = Créées par d'autres serveurs sur ce ticketbox et partagées par ses opérateurs. Consultez ce que chacune reçoit et sa politique de confidentialité avant de l'activer.
web-integrations-none = Aucune.
# Badges après le nom d'une intégration.
web-integrations-badge-enabled = activée
web-integrations-badge-public = publique
web-integrations-image = Image (non chargée ici) : { $url }
# { $data } : ce qui est envoyé à l'intégration, comme « l'ID utilisateur Discord du créateur »
# (plusieurs éléments sont séparés par « ; »), ou web-integrations-receives-nothing.
web-integrations-receives = Reçoit : { $data }.
web-integrations-receives-nothing = rien de Discord
web-integrations-privacy-policy = Politique de confidentialité
web-integrations-no-privacy-policy = Aucune politique de confidentialité indiquée.
web-integrations-last-error = Le dernier appel a échoué : { $error }
# { $error } : pourquoi (souvent en anglais) ; { $time } : une date et une heure.
web-integrations-error-at = { $error } ({ $time } UTC)
web-integrations-disable = Désactiver
web-integrations-enable = Activer
web-integrations-edit = Modifier
web-integrations-delete-confirm = Supprimer cette intégration ? Les serveurs qui l'ont activée la perdront.
web-integrations-delete = Supprimer
web-integrations-make-private = Rendre privée
# Seuls les opérateurs du ticketbox voient ce bouton.
web-integrations-make-public = Rendre publique (opérateur)

# L'éditeur.
web-integrations-edit-title = Modifier l'intégration
# { $name } : le nom de l'intégration.
web-integrations-edit-heading = Modifier { $name }
web-integrations-edit-intro = Quand un ticket s'ouvre et que le message de bienvenue utilise l'une de ses variables, ticketbox envoie cette requête et lit les variables dans sa réponse JSON (64 Kio au maximum, dans le délai imparti ; sinon, la valeur de repli de chaque variable est utilisée).
# Suivi des variables qu'une requête peut utiliser : « %user_id%, %guild_id%, …, %secret:NAME%
# et %form:question% », puis web-integrations-edit-form-answer.
web-integrations-edit-can-use = Une requête peut utiliser
# Avant la dernière des variables listées.
web-integrations-edit-and = et
# Après %form:question% : ce qu'elle représente.
web-integrations-edit-form-answer = (la réponse du créateur à une question texte ou à choix).
web-integrations-edit-public-only = Seules des adresses publiques peuvent être appelées.
web-integrations-about = À propos
web-integrations-name = Nom
web-integrations-description = Description
web-integrations-image-url = URL de l'image
web-integrations-optional = facultatif
web-integrations-privacy-url = URL de la politique de confidentialité
web-integrations-privacy-url-hint = affichée aux serveurs qui l'ajoutent
# La requête HTTP qu'envoie l'intégration.
web-integrations-request = Requête
web-integrations-method = Méthode
web-integrations-url = URL
web-integrations-body = Corps JSON
web-integrations-body-hint = POST uniquement ; variables entre guillemets
web-integrations-timeout = Délai d'expiration en secondes
# En-têtes HTTP.
web-integrations-headers = En-têtes
web-integrations-up-to-5 = 5 au maximum
web-integrations-value = Valeur
# Lu par les lecteurs d'écran ; { $number } est le numéro de la ligne.
web-integrations-header-name = Nom de l'en-tête { $number }
web-integrations-header-value = Valeur de l'en-tête { $number }
web-integrations-secrets = Secrets
# %secret:NAME% se tape tel quel (NAME : le nom du secret).
web-integrations-secrets-hint = 5 au maximum ; utilisés sous la forme %secret:NAME% ; jamais réaffichés — laissez une valeur vide pour la conserver
web-integrations-secret-name = Nom du secret { $number }
web-integrations-secret-value = Valeur du secret { $number }
# Affiché dans le champ vide d'un secret dont la valeur est enregistrée.
web-integrations-secret-saved = enregistré
web-integrations-placeholders = Variables
# %name% représente le nom de la variable tel qu'écrit dans le message de bienvenue.
web-integrations-placeholders-hint = 15 au maximum : %name% dans le message de bienvenue, lue dans la réponse
web-integrations-json-path = Chemin JSON
web-integrations-fallback = Valeur de repli
web-integrations-placeholder-name = Variable { $number }
web-integrations-placeholder-path = Chemin { $number }
web-integrations-placeholder-fallback = Valeur de repli { $number }
web-integrations-save-integration = Enregistrer l'intégration
web-integrations-cancel = Annuler
# Pourquoi une modification n'a pas été faite.
web-integrations-not-found = Cette intégration n'existe pas (ou plus).
# { $name } : le nom du secret.
web-integrations-secret-too-long = Secret { $name } : 1000 caractères au maximum.
web-integrations-unknown = Intégration inconnue.
web-integrations-operators-only = Seuls les opérateurs de ce ticketbox peuvent rendre une intégration publique.
web-integrations-unknown-action = Action inconnue.
web-integrations-pick-first = Premier fournisseur : choisissez Bloxlink ou RoVer.
