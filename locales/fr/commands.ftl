# Commandes slash : descriptions, descriptions des options (.opt-<option>) et noms des choix
# (.opt-<option>-choice-<name>) ; commandes de menu contextuel : leur nom.
# Traduction de locales/en-US/commands.ftl, généré depuis la doc des commandes (voir README : Languages).

cmd-help = Liste les commandes de ticketbox.

cmd-open = Ouvre un ticket de support.
    .opt-subject = L'objet du ticket

cmd-start_ticket = Créer un ticket

cmd-open_for_user = Ouvrir un ticket pour le membre

cmd-close = Ferme ce ticket.
    .opt-reason = Le motif de fermeture

cmd-closerequest = Demande au créateur de fermer ce ticket, avec fermeture auto possible après un délai.
    .opt-delay = Fermer automatiquement après ce nombre d'heures sans réponse
    .opt-reason = Pourquoi le ticket devrait être fermé

cmd-reopen = Rouvre un ticket fermé en mode fil.
    .opt-ticket = Le numéro du ticket

cmd-claim = Prend en charge ce ticket : vous vous en occupez désormais.

cmd-unclaim = Libère la prise en charge de ce ticket.

cmd-transfer = Transfère la prise en charge de ce ticket à un autre membre du staff.
    .opt-user = Le membre du staff qui prend le relais

cmd-add = Ajoute un utilisateur ou un rôle à ce ticket.
    .opt-user = Un utilisateur à ajouter
    .opt-role = Un rôle à ajouter

cmd-remove = Retire un utilisateur ou un rôle de ce ticket.
    .opt-user = Un utilisateur à retirer
    .opt-role = Un rôle à retirer

cmd-rename = Renomme le salon de ce ticket.
    .opt-name = Le nouveau nom

cmd-jumptotop = Donne un lien vers le début de ce ticket.

cmd-notes = Ouvre (ou rejoint) le fil privé de notes du staff de ce ticket.

cmd-switchpanel = Déplace ce ticket vers un autre panneau (ses équipes de support changent aussi).
    .opt-panel = Le titre du panneau

cmd-addadmin = Fait d'un utilisateur ou d'un rôle un admin des tickets.
    .opt-user = Un utilisateur
    .opt-role = Un rôle

cmd-removeadmin = Retire un admin des tickets.
    .opt-user = Un utilisateur
    .opt-role = Un rôle

cmd-addsupport = Ajoute un utilisateur ou un rôle à l'équipe de support.
    .opt-user = Un utilisateur
    .opt-role = Un rôle

cmd-removesupport = Retire un utilisateur ou un rôle de l'équipe de support.
    .opt-user = Un utilisateur
    .opt-role = Un rôle

cmd-viewstaff = Liste les admins des tickets et l'équipe de support de ce serveur.
    .opt-page = Numéro de page

cmd-blacklist = Interdit à un utilisateur ou un rôle d'ouvrir des tickets (liste noire), ou lève l'interdiction.
    .opt-user = Un utilisateur
    .opt-role = Un rôle
    .opt-reason = Motif (visible par le staff, conservé avec l'entrée)

cmd-setup = Paramètres des tickets de ce serveur.

cmd-setup-auto = Crée une catégorie de tickets et un salon de logs privé, et les utilise.

cmd-setup-limit = Nombre de tickets ouverts à la fois par membre, et au total sur le serveur.
    .opt-limit = Tickets ouverts par membre, de 1 à 100
    .opt-server_total = Tickets ouverts sur tout le serveur, de 1 à 10000 (0 supprime la limite)

cmd-setup-transcripts = Où les tickets fermés sont consignés.
    .opt-channel = Le salon de logs

cmd-setup-use-threads = Ouvre les tickets en fils privés plutôt qu'en salons.
    .opt-enabled = Utiliser des fils privés
    .opt-notification_channel = Où le staff est prévenu des nouveaux tickets
    .opt-archive_after = Archiver un fil de ticket inactif après (choix de Discord)
    .opt-archive_after-choice-1h = 1 h
    .opt-archive_after-choice-24h = 24 h
    .opt-archive_after-choice-3d = 3 j
    .opt-archive_after-choice-7d = 7 j

cmd-setup-users-can-close = Si les créateurs peuvent fermer leurs propres tickets.
    .opt-enabled = Permettre aux créateurs de fermer leurs tickets

cmd-setup-close-confirmation = Si le bouton de fermeture demande une confirmation.
    .opt-enabled = Demander une confirmation avant la fermeture

cmd-setup-naming = Nom des salons de ticket (%id%, %id_padded%, %username%, %nickname%, %claimed%).
    .opt-scheme = ex. ticket-%id% ou %username%-%id_padded%

cmd-setup-welcome = Le message de bienvenue par défaut (variables comme %user% et %ticket_id% acceptées).
    .opt-message = Le message ; laissez vide pour rétablir celui par défaut

cmd-setup-claim = Ce que peut faire le reste de l'équipe de support une fois un ticket pris en charge.
    .opt-support_can_view = Les autres membres du support voient toujours les tickets pris en charge
    .opt-support_can_type = Les autres membres du support peuvent écrire dans les tickets pris en charge

cmd-setup-feedback = Demande aux créateurs de noter leur ticket en MP après sa fermeture.
    .opt-enabled = Si les créateurs sont invités à noter

cmd-setup-buttons = Boutons du message de bienvenue des nouveaux tickets (les commandes marchent dans tous les cas).
    .opt-claim = Afficher le bouton de prise en charge
    .opt-close = Afficher le bouton de fermeture
    .opt-close_with_reason = Afficher le bouton de fermeture avec motif

cmd-setup-store-transcripts = Si les transcriptions des tickets fermés sont conservées (désactivé : consignés sans).
    .opt-enabled = Conserver une transcription de chaque ticket fermé

cmd-setup-open-command = Si les membres peuvent ouvrir un ticket avec /open (désactivé : panneaux seuls ; staff toujours).
    .opt-enabled = Les membres peuvent utiliser /open

cmd-setup-start-ticket = Le menu de message « Créer un ticket » : qui peut l'utiliser, ajout de l'auteur, panneau.
    .opt-level = Qui peut l'utiliser
    .opt-level-choice-everyone = tout le monde
    .opt-level-choice-support-staff = équipe de support
    .opt-level-choice-admins = admins
    .opt-add_author = Ajouter l'auteur du message au ticket
    .opt-panel = Ouvrir ses tickets depuis ce panneau (catégorie, équipe, bienvenue)
    .opt-no_panel = Ouvrir ses tickets sans panneau

cmd-setup-permissions = Ce que le créateur ou le support peut faire dans les salons de ticket (désactivé : refusé).
    .opt-who = À qui s'appliquent les permissions
    .opt-who-choice-the-opener = créateur du ticket
    .opt-who-choice-support-staff = équipe de support
    .opt-attach_files = Joindre des fichiers
    .opt-embed_links = Intégrer des liens
    .opt-add_reactions = Ajouter des réactions
    .opt-external_emoji = Utiliser des émojis externes
    .opt-external_stickers = Utiliser des autocollants externes
    .opt-voice_messages = Envoyer des messages vocaux

cmd-setup-on-call = Le rôle d'astreinte : choisissez-en un, ou ticketbox le crée au prochain /on-call.
    .opt-role = Le rôle porté par le staff d'astreinte (vide : ticketbox le crée)

cmd-setup-show = Affiche tous les paramètres de ce serveur.

cmd-autoclose = Ferme automatiquement les tickets restés sans réponse.

cmd-autoclose-configure = Règles de fermeture auto. Durées comme 30m, 12h ou 3d ; « off » désactive une règle.
    .opt-enabled = Si les tickets se ferment automatiquement
    .opt-no_response = Fermer si le créateur n'a rien écrit depuis l'ouverture pendant cette durée
    .opt-since_last_message = Fermer si le créateur n'a pas répondu au dernier message du staff pendant cette durée
    .opt-on_leave = Fermer quand le créateur quitte le serveur
    .opt-warning = Délai d'avertissement avant la fermeture (désactivé par défaut)

cmd-autoclose-exclude = Exclut ce ticket de la fermeture automatique, ou l'y réintègre.

cmd-autoclose-show = Affiche les règles de fermeture automatique.

cmd-stats = Statistiques des tickets.

cmd-stats-server = Statistiques des tickets de ce serveur.

cmd-stats-user = Statistiques des tickets d'un membre du staff.
    .opt-user = Le membre du staff

cmd-panel = Gère les panneaux de tickets.

cmd-panel-create = Crée un panneau.
    .opt-title = Titre (unique sur ce serveur)
    .opt-text = Texte du panneau (\n pour un saut de ligne)
    .opt-colour = Couleur, ex. #5865F2
    .opt-button_label = Texte du bouton
    .opt-emoji = Émoji du bouton
    .opt-style = primary, secondary, success ou danger
    .opt-category = Catégorie de ses tickets
    .opt-naming = Modèle de nom de ses tickets
    .opt-welcome = Message de bienvenue de ses tickets
    .opt-support_role = Rôle de l'équipe de support : seul ce rôle traite ces tickets
    .opt-mention_role = Rôle à mentionner dans les nouveaux tickets
    .opt-mention_opener = Mentionner le créateur dans le message de bienvenue
    .opt-mention_here = Mentionner @here (le staff du ticket) dans le message de bienvenue
    .opt-threads = Ouvrir ces tickets en fils privés
    .opt-limit = Tickets ouverts par membre depuis ce panneau
    .opt-cooldown_minutes = Minutes d'attente d'un membre entre deux tickets de ce panneau
    .opt-open_cap = Tickets ouverts depuis ce panneau au total, tous membres (0 : sans limite)
    .opt-form = Un formulaire (voir /form) posé avant l'ouverture du ticket
    .opt-exit_survey = Un formulaire auquel le créateur peut répondre après avoir noté le ticket (« Dites-nous-en plus »)
    .opt-awaiting_category = Catégorie des tickets en attente du créateur (mode salon)

cmd-panel-edit = Modifie un panneau (seules les options fournies).
    .opt-title = Le titre actuel du panneau
    .opt-new_title = Un nouveau titre
    .opt-text = Texte du panneau
    .opt-colour = Couleur, ex. #5865F2
    .opt-button_label = Texte du bouton
    .opt-emoji = Émoji du bouton (vide pour le retirer)
    .opt-style = primary, secondary, success ou danger
    .opt-category = Catégorie de ses tickets
    .opt-naming = Modèle de nom (vide pour celui du serveur)
    .opt-welcome = Message de bienvenue (vide pour celui du serveur)
    .opt-support_role = Rôle de l'équipe de support : seul ce rôle traite ces tickets
    .opt-mention_opener = Mentionner le créateur
    .opt-mention_here = Mentionner @here (le staff du ticket) dans le message de bienvenue
    .opt-threads = Ouvrir en fils privés
    .opt-limit = Tickets ouverts par membre depuis ce panneau
    .opt-cooldown_minutes = Délai d'attente en minutes
    .opt-open_cap = Tickets ouverts depuis ce panneau au total, tous membres (0 : sans limite)
    .opt-disabled = Désactiver le panneau
    .opt-form = Un formulaire posé avant l'ouverture du ticket (vide pour le retirer)
    .opt-exit_survey = Un formulaire posé après la notation (« Dites-nous-en plus » ; vide pour le retirer)
    .opt-awaiting_category = Catégorie des tickets en attente du créateur (mode salon)
    .opt-no_awaiting_category = Ne plus déplacer les tickets vers une catégorie d'attente de réponse

cmd-panel-delete = Supprime un panneau (les tickets ouverts depuis celui-ci restent).
    .opt-title = Le titre du panneau

cmd-panel-list = Liste les panneaux de ce serveur.

cmd-panel-send = Publie un panneau dans un salon.
    .opt-title = Le titre du panneau
    .opt-channel = Où le publier (par défaut : ici)

cmd-panel-embed = Règle l'embed d'un panneau : lien, auteur, images, pied, champs (`none` efface une partie).
    .opt-title = Le titre du panneau
    .opt-which = Le message du panneau ou le message de bienvenue de ses tickets
    .opt-which-choice-panel-message = message du panneau
    .opt-which-choice-welcome-message = message de bienvenue
    .opt-heading = Message de bienvenue : son titre (variables acceptées)
    .opt-colour = Message de bienvenue : sa couleur, #rrggbb
    .opt-url = Le lien du titre (https://…)
    .opt-author = Nom de l'auteur
    .opt-author_icon = Icône de l'auteur (URL d'image)
    .opt-author_url = Lien de l'auteur
    .opt-image = Grande image sous le texte (URL d'image)
    .opt-thumbnail = Petite image en haut à droite (URL d'image)
    .opt-footer = Texte du pied de page
    .opt-footer_icon = Icône du pied de page (URL d'image)
    .opt-timestamp = Afficher l'heure d'envoi
    .opt-add_field = Ajouter un champ : nom | valeur, ou nom | valeur | inline
    .opt-clear_fields = Retirer d'abord tous les champs
    .opt-reset = Repartir d'un embed vide

cmd-panel-access = Qui peut ouvrir des tickets depuis un panneau : la 1re règle dont le membre a le rôle décide.
    .opt-title = Le titre du panneau
    .opt-role = Le rôle (@everyone pour tous les autres membres)
    .opt-rule = Autoriser ou refuser les membres ayant ce rôle, ou supprimer sa règle
    .opt-rule-choice-allow = autoriser
    .opt-rule-choice-deny = refuser
    .opt-rule-choice-remove = supprimer
    .opt-position = Place dans l'ordre (1 = vérifiée en premier ; par défaut : dernière)

cmd-panel-hours = Définit les horaires du staff d'un panneau (indiquez seulement le titre pour les voir).
    .opt-title = Le titre du panneau
    .opt-timezone = Fuseau horaire, ex. Europe/Paris ou America/New_York
    .opt-windows = Créneaux, ex. mon-fri 09:00-17:00; sat 10:00-14:00
    .opt-holidays = Jours de congé, ex. 2026-12-24..2026-12-26 Noël; 2027-01-01
    .opt-outside = En dehors des horaires
    .opt-outside-choice-refuse-new-tickets = refuser les nouveaux tickets
    .opt-outside-choice-open-and-tell-when-staff-are-back = ouvrir et indiquer le retour du staff
    .opt-message = Message affiché ; %next_open% et %next_open_relative% indiquent le retour du staff
    .opt-colour = La couleur de ce message, #rrggbb
    .opt-remove = Supprimer les horaires : toujours ouvert

cmd-panel-log = Où consigner les tickets fermés d'un panneau (salon de transcriptions par panneau de TicketsBot).
    .opt-title = Le titre du panneau
    .opt-channel = Consigner ses tickets fermés ici plutôt que dans le salon de logs du serveur
    .opt-server_log = Utiliser de nouveau le salon de logs du serveur

cmd-form = Gère les formulaires.

cmd-form-create = Crée un formulaire vide.
    .opt-title = Titre affiché sur le formulaire (1 à 45 caractères)

cmd-form-add-input = Ajoute une question à un formulaire.
    .opt-form = Le titre du formulaire
    .opt-label = La question (1 à 45 caractères)
    .opt-kind = Type de réponse attendue (par défaut : texte)
    .opt-kind-choice-text = texte
    .opt-kind-choice-choice-options = choix (options)
    .opt-kind-choice-member = membre
    .opt-kind-choice-role = rôle
    .opt-kind-choice-member-or-role = membre ou rôle
    .opt-kind-choice-channel = salon
    .opt-description = Affiché sous la question
    .opt-style = Texte : short (court) ou paragraph (paragraphe)
    .opt-required = Réponse obligatoire (oui par défaut)
    .opt-min_length = Texte : longueur minimale de la réponse
    .opt-max_length = Texte : longueur maximale de la réponse
    .opt-placeholder = Texte indicatif affiché dans le champ vide
    .opt-options = Choix : options séparées par ; chacune libellé | description | émoji
    .opt-min_picks = Choix et sélecteurs : nombre minimum de sélections (1 par défaut)
    .opt-max_picks = Choix et sélecteurs : nombre maximum de sélections (1 par défaut)
    .opt-channel_types = Salon : types proposés, ex. text, voice, thread (tous par défaut)

cmd-form-delete = Supprime un formulaire (ses panneaux ouvriront des tickets sans questions).
    .opt-form = Le titre du formulaire

cmd-form-list = Liste les formulaires et leurs questions.

cmd-multipanel = Gère les multi-panneaux.

cmd-multipanel-create = Crée un multi-panneau à partir de panneaux existants.
    .opt-title = Titre (unique sur ce serveur)
    .opt-panels = Titres des panneaux, séparés par des virgules
    .opt-select_menu = Afficher un menu déroulant au lieu de boutons
    .opt-text = Texte du message
    .opt-colour = Couleur, ex. #5865F2

cmd-multipanel-customise = Règle texte indicatif, images et pied d'un multi-panneau, et l'aspect d'une entrée.
    .opt-title = Le titre du multi-panneau
    .opt-placeholder = Le texte du menu déroulant avant un choix
    .opt-image = Grande image (URL d'image)
    .opt-thumbnail = Petite image en haut à droite (URL d'image)
    .opt-footer = Texte du pied de page
    .opt-panel = Une entrée à modifier : le titre du panneau
    .opt-label = Le libellé de l'entrée ici (none : celui du panneau)
    .opt-description = Sous l'entrée dans un menu déroulant (none : le titre du panneau)
    .opt-emoji = L'émoji de l'entrée ici (none : celui du panneau)

cmd-multipanel-send = Publie un multi-panneau dans un salon.
    .opt-title = Le titre du multi-panneau
    .opt-channel = Où le publier (par défaut : ici)

cmd-multipanel-delete = Supprime un multi-panneau (ses panneaux restent).
    .opt-title = Le titre du multi-panneau

cmd-multipanel-list = Liste les multi-panneaux.

cmd-tag = Publie une réponse enregistrée.
    .opt-name = Le tag

cmd-managetags = Gère les réponses enregistrées.

cmd-managetags-add = Enregistre un tag (remplace celui du même nom).
    .opt-name = Nom
    .opt-content = Texte (\n pour un saut de ligne)

cmd-managetags-embed = Règle l'embed envoyé avec un tag (`none` efface une partie).
    .opt-name = Le tag
    .opt-title = Titre de l'embed
    .opt-description = Texte de l'embed (\n pour un saut de ligne)
    .opt-colour = Couleur, #rrggbb
    .opt-url = Le lien du titre (https://…)
    .opt-image = Grande image (URL d'image)
    .opt-thumbnail = Petite image en haut à droite (URL d'image)
    .opt-footer = Texte du pied de page
    .opt-add_field = Ajouter un champ : nom | valeur, ou nom | valeur | inline
    .opt-remove = Supprimer l'embed

cmd-managetags-delete = Supprime un tag.
    .opt-name = Le tag

cmd-managetags-list = Liste les tags.

cmd-label = Étiquettes des tickets : ajouter, retirer, lister et (admins) créer, colorer, supprimer.

cmd-label-add = Ajoute une étiquette à ce ticket.
    .opt-label = L'étiquette

cmd-label-remove = Retire une étiquette de ce ticket.
    .opt-label = L'étiquette

cmd-label-list = Liste les étiquettes du serveur (et celles de ce ticket, dans un ticket).

cmd-label-create = Définit une étiquette que le staff peut mettre sur les tickets.
    .opt-name = Son nom
    .opt-colour = Couleur, ex. #5865F2

cmd-label-colour = Change la couleur d'une étiquette.
    .opt-label = L'étiquette
    .opt-colour = Couleur, ex. #5865F2

cmd-label-delete = Supprime une étiquette et la retire de tous les tickets.
    .opt-label = L'étiquette

cmd-language = Définit la langue utilisée par le bot sur ce serveur.
    .opt-code = La langue du bot sur ce serveur
    .opt-code-choice-english = English
    .opt-code-choice-deutsch = Deutsch
    .opt-code-choice-fran-ais = Français
    .opt-code-choice-espa-ol = Español
    .opt-code-choice-portugu-s-do-brasil = Português do Brasil
    .opt-code-choice-nederlands = Nederlands
    .opt-code-choice-polski = Polski
    .opt-code-choice-t-rk-e = Türkçe
    .opt-code-choice-discord-s-server-language = Langue du serveur dans Discord
    .opt-member_languages = Répondre en privé à chaque membre dans sa propre langue Discord

cmd-on-call = Vous met d'astreinte (ajouté aux nouveaux tickets en fil), ou vous retire de l'astreinte.

cmd-mydata = Vos données détenues par ce ticketbox : demandez-en une copie ou la suppression.

cmd-mydata-export = Demander une copie de tout ce que ce ticketbox détient sur vous.

cmd-mydata-delete = Demander la suppression de tout ce que ce ticketbox détient sur vous.
