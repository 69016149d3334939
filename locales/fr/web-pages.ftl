# Les pages propres au tableau de bord : l'accueil, la première configuration (pour l'opérateur
# qui installe ticketbox), la liste des serveurs, les erreurs de connexion, la page opérateur, et
# pour un serveur ses tickets ouverts, la liste des transcriptions, les statistiques (avec leurs
# graphiques) et le journal d'audit (traduction de locales/en-US/web-pages.ftl). Affiché au
# visiteur dans sa langue ; ce qu'un serveur a écrit (titres de panneaux, noms d'étiquettes,
# motifs de fermeture) et ce que le journal d'audit a enregistré ne sont jamais traduits. Les clés
# de configuration (discord.client_id), noms de fichiers (config.toml), variables
# d'environnement, commandes shell et commandes slash (/open, /setup auto) se tapent ou se
# recherchent tels quels : les garder inchangés. Certaines phrases affichent un terme en gras,
# en code ou en lien : ce terme est une variable ({ $name }), à placer où la langue l'exige.

## Page d'accueil

web-home-title = Accueil
web-home-running = ticketbox { $version } est en marche.
web-home-bot-connected = Le bot est connecté à Discord.
web-home-bot-connecting = Le bot se connecte à Discord…
web-home-bot-stopped = Le bot est arrêté.
# { $name } : le nom Discord du visiteur connecté.
web-home-logged-in-as = Connecté en tant que { $name }
web-home-servers = Vos serveurs
# Un bouton, et le lien de web-home-login-prompt et web-setup-done-login.
web-home-login = Se connecter avec Discord
# { $login } : le bouton web-home-login.
web-home-login-prompt = { $login } pour gérer vos serveurs et lire les transcriptions.
# { $id } et { $secret } : des clés de configuration (discord.client_id, discord.client_secret).
web-home-login-needs = La connexion au tableau de bord nécessite { $id } et { $secret }.
# Toute page qui n'existe pas (ainsi que la page opérateur pour tous les autres).
web-home-not-found = Page introuvable.

## Première configuration (l'opérateur configure le bot Discord)

web-setup-title = Configuration
web-setup-intro = Aucun bot Discord n'est encore configuré. Trois étapes, et ticketbox est opérationnel.
# Les étapes nomment les pages, boutons et interrupteurs du Discord Developer Portal tels que
# Discord les affiche (en anglais) : { $portal } est « Discord Developer Portal » (un lien),
# { $new } « New Application ».
web-setup-step-app = Ouvrez le { $portal } et créez une application avec { $new }.
# { $bot } « Bot », { $reset } « Reset Token », { $intents } « Privileged Gateway Intents »,
# { $members } « Server Members Intent », { $content } « Message Content Intent ».
web-setup-step-bot = Dans { $bot } : cliquez sur { $reset } et copiez le token. En dessous, dans { $intents }, activez { $members } et { $content }, puis enregistrez.
# { $oauth } « OAuth2 », { $id } « Client ID », { $secret } « Client Secret » ; { $url } est
# l'adresse à ajouter comme redirection.
web-setup-step-oauth = Dans { $oauth } : copiez le { $id } et le { $secret }, et ajoutez la redirection { $url } (pour la connexion au tableau de bord).
web-setup-code = Code de configuration
# { $file } est le nom de fichier « setup-code », { $command } la commande shell
# « ticketbox setup-code ».
web-setup-code-hint = dans le journal de ticketbox, et enregistré sous { $file } dans son répertoire de données : sur le serveur, { $command } l'affiche
web-setup-token = Token du bot
web-setup-client-id = Client ID
web-setup-client-id-hint = vide : l'ID de l'application
web-setup-client-secret = Client Secret
web-setup-client-secret-hint = nécessaire pour la connexion au tableau de bord
web-setup-submit = Vérifier et démarrer le bot
# { $env } est « TICKETBOX_DISCORD__TOKEN », { $key } « discord.token », { $file } « config.toml »,
# { $keyfile } « discord.token_file ».
web-setup-files = Vous préférez les fichiers de configuration ? Définissez plutôt { $env } (ou { $key } dans { $file }, ou { $keyfile }) et redémarrez.
# { $file } est « setup.toml », { $config } « config.toml », { $env } « TICKETBOX_* » (les variables
# d'environnement dont le nom commence ainsi) ; { $url } est l'adresse du tableau de bord.
web-setup-saved = Le token est vérifié auprès de Discord, puis enregistré dans le répertoire de données ({ $file }, lisible uniquement par l'utilisateur de ticketbox). { $config } et les variables { $env } ont priorité sur ce réglage. Le tableau de bord sera accessible à l'adresse { $url }.
web-setup-already-done = ticketbox est déjà configuré.
web-setup-too-many = Trop de tentatives depuis votre adresse. Attendez une minute et réessayez.
web-setup-expired = Ce formulaire a expiré ou ne provient pas de cette page. Rechargez la page de configuration et réessayez.
# `ticketbox setup-code` est une commande shell : la garder inchangée.
web-setup-wrong-code = Ce code de configuration est incorrect. Il figure dans le journal de ticketbox, et `ticketbox setup-code` l'affiche sur le serveur.
# Après la configuration. { $bot } est le nom du bot sur Discord.
web-setup-done-bot = Le token appartient à { $bot }. Le bot démarre.
# Suivi du bouton web-setup-done-add.
web-setup-done-invite = Invitez-le ensuite sur votre serveur :
web-setup-done-add = Ajouter { $bot } à un serveur
# { $login } est le lien web-home-login ; { $auto } et { $open } sont les commandes slash
# « /setup auto » et « /open ».
web-setup-done-login = Connectez-vous ensuite au tableau de bord : { $login }. Dans Discord, { $auto } crée une catégorie de tickets et un salon de logs, et { $open } fonctionne immédiatement.

## Vos serveurs

web-servers-title = Vos serveurs
web-servers-none = Vous n'avez encore aucun serveur en commun avec ticketbox. Invitez le bot sur un serveur que vous gérez.
# Le niveau du visiteur sur un serveur, à côté de son nom.
web-servers-role-admin = admin
web-servers-role-support = support
web-servers-role-member = membre

## Erreurs de connexion

# { $id } et { $secret } : des clés de configuration (discord.client_id, discord.client_secret).
web-auth-not-configured = La connexion au tableau de bord n'est pas configurée sur cette instance : l'opérateur doit définir { $id } et { $secret }.
web-auth-stale-login = Ce lien de connexion a expiré ou a déjà été utilisé. Veuillez vous reconnecter.
web-auth-discord-failed = Discord n'a pas terminé la connexion. Veuillez réessayer.
web-auth-expired = Ce formulaire a expiré. Rechargez la page et réessayez.
web-auth-too-many = Trop de tentatives de connexion depuis votre adresse. Attendez une minute et réessayez.

## Page opérateur (réservée aux opérateurs de l'instance)

web-operator-title = Opérateur
web-operator-status = État
# Suivi de l'état du bot sous forme de mot-clé (connected, connecting, stopped, failed).
web-operator-bot = Bot :
web-operator-jobs = Tâches en attente : { $pending }, en échec : { $failed }.
web-operator-storage = Stockage : base de données { $database } octets, cache { $cache } octets.
web-operator-requests = Demandes de données
# { $command } est la commande slash « /mydata ».
web-operator-requests-hint = Déposées avec { $command } ; à traiter sous 30 jours (en retard après 25).
# Une liste vide.
web-operator-none = Aucune.
# En-têtes des colonnes des demandes de données. Le type (export, delete) et l'état (open…)
# ci-dessous sont affichés sous forme de mots-clés.
web-operator-col-kind = Type
web-operator-col-user = Utilisateur
web-operator-col-filed = Déposée (UTC)
web-operator-col-due = Échéance (UTC)
web-operator-col-state = État
web-operator-overdue = en retard
# { $path } est un chemin de fichier sur le serveur.
web-operator-export-waits = l'export attend dans { $path }
web-operator-sent-by-dm = envoyé par MP
web-operator-approve = Approuver
web-operator-refuse = Refuser
web-operator-refuse-reason = motif (envoyé au demandeur)
web-operator-refuse-label = Motif du refus de la demande { $id }
web-operator-jobs-failed = Tâches en échec
# Une tâche de fond en échec : son identifiant et le nombre de tentatives.
web-operator-job = tâche { $id }, { $count ->
        [one] { $count } tentative
       *[other] { $count } tentatives
    }
web-operator-retry = Réessayer
web-operator-discard = Abandonner
web-operator-discard-confirm = Abandonner cette tâche ?
web-operator-backups = Sauvegardes
# { $when } est une date et une heure, ou web-operator-backup-none.
web-operator-backup-last = Dernière sauvegarde réussie : { $when }.
web-operator-backup-none = aucune pour l'instant
# { $error } : l'échec, en anglais.
web-operator-backup-failed = La dernière tentative a échoué : { $error }
web-operator-backup-now = Sauvegarder maintenant
# Le nombre d'objets stockés dans une sauvegarde.
web-operator-backup-objects = { $count ->
        [one] { $count } objet
       *[other] { $count } objets
    }
# { $dir } et { $bucket } sont des clés de configuration (backup.local_dir, backup.s3.bucket).
web-operator-backup-unset = Aucune destination de sauvegarde : définissez { $dir } ou { $bucket }.
web-operator-servers = Serveurs
web-operator-no-tickets = Aucun ticket pour l'instant.
web-operator-col-server = Serveur
web-operator-col-open = Ouverts
web-operator-col-total = Total des tickets
web-operator-actions = Actions de l'opérateur
web-operator-none-yet = Aucune pour l'instant.
web-operator-unknown-item = Élément inconnu.
web-operator-unknown-action = Action inconnue.
web-operator-job-not-failed = La tâche { $id } n'est pas en échec.

## Les tickets ouverts d'un serveur

web-tickets-title = Tickets ouverts
# Les filtres (aussi sur la liste des transcriptions).
web-tickets-label = Étiquette
# Le choix « pas de filtre ».
web-tickets-any = Toutes
web-tickets-filter = Filtrer
web-tickets-clear = Effacer
# Aucun ticket ouvert ; avec une étiquette choisie ({ $label }, nommée par le serveur) ; pour un
# membre du support : seuls les tickets de ses équipes sont listés.
web-tickets-none = Aucun ticket ouvert. Bien joué !
web-tickets-none-label = Aucun ticket ouvert avec l'étiquette { $label }. Bien joué !
web-tickets-none-teams = Aucun ticket ouvert pour vos équipes. Bien joué !
web-tickets-none-label-teams = Aucun ticket ouvert avec l'étiquette { $label } pour vos équipes. Bien joué !
# En-têtes des colonnes (aussi sur la liste des transcriptions).
web-tickets-col-subject = Objet
web-tickets-col-opener = Créateur
web-tickets-col-claimed-by = Pris en charge par
web-tickets-col-panel = Panneau
web-tickets-col-labels = Étiquettes
web-tickets-col-age = Âge
web-tickets-unclaimed = non pris en charge
web-tickets-open-in-discord = Ouvrir dans Discord
# Un utilisateur dont les données ont été supprimées.
web-tickets-removed-user = utilisateur supprimé
# Un utilisateur dont le nom est inconnu : { $id } est son ID utilisateur Discord.
web-tickets-user = utilisateur { $id }

## Les transcriptions d'un serveur

web-transcripts-title = Transcriptions
web-transcripts-ticket = Ticket
web-transcripts-user-placeholder = nom d'utilisateur ou ID
# Une plage de dates de fermeture : « Fermé du [date] au [date] », deux intitulés séparés.
web-transcripts-closed-from = Fermé du
web-transcripts-closed-to = au
web-transcripts-reason-placeholder = mots du motif de fermeture
web-transcripts-col-closed-by = Fermé par
web-transcripts-col-closed = Fermé le (UTC)
web-transcripts-col-reason = Motif
web-transcripts-col-rating = Note
web-transcripts-count = { $count ->
        [one] { $count } transcription
       *[other] { $count } transcriptions
    }
# Le nombre de transcriptions trouvées et la page affichée (50 par page).
web-transcripts-count-page = { $count ->
        [one] { $count } transcription, page { $page }
       *[other] { $count } transcriptions, page { $page }
    }
# La pagination (aussi sur le journal d'audit) : entrées plus récentes et plus anciennes.
web-transcripts-newer = Plus récentes
web-transcripts-older = Plus anciennes
# Erreurs des filtres. { $name } et { $value } : ce qui a été saisi, entre guillemets.
web-transcripts-members-unavailable = La liste des membres n'est pas disponible pour le moment.
web-transcripts-several-members = Plusieurs membres s'appellent { $name } : utilisez leur nom d'utilisateur ou leur ID.
web-transcripts-no-member = Aucun membre ne s'appelle { $name } sur ce serveur : utilisez son nom d'utilisateur ou son ID.
# { $error } : l'un des trois messages ci-dessus ; { $field } : le filtre concerné
# (web-transcripts-field-…).
web-transcripts-filter-error = { $error } ({ $field })
web-transcripts-field-opener = le créateur
web-transcripts-field-closer = fermé par
web-transcripts-field-claimed = pris en charge par
web-transcripts-bad-number = { $value } n'est pas un numéro de ticket.
# Garder la date d'exemple telle quelle (année-mois-jour).
web-transcripts-bad-from = La date de début doit être une date au format 2026-01-31.
web-transcripts-bad-to = La date de fin doit être une date au format 2026-01-31.
web-transcripts-bad-panel = Choisissez un panneau dans la liste.
web-transcripts-bad-rating = La note doit être comprise entre 1 et 5 étoiles.

## Les statistiques d'un serveur

web-stats-title = Statistiques
# { $when } est une date et une heure.
web-stats-as-of = Données au { $when } UTC. Les jours sont des jours UTC ; les délais de première réponse sont connus pour les tickets ouverts depuis que ticketbox suit l'activité des tickets.
# Les chiffres en haut de page.
web-stats-open = Tickets ouverts
web-stats-total = Total des tickets
web-stats-opened-week = Ouverts en 7 jours
web-stats-opened-month = Ouverts en 30 jours
web-stats-average-rating = Note moyenne
# { $average } est un nombre à une décimale, comme 4.5.
web-stats-rating-out-of-5 = { $average } / 5
# Aussi un titre.
web-stats-ratings = Notes
web-stats-times = Réponse et résolution
web-stats-last-7-days = 7 derniers jours
# Aussi un titre.
web-stats-last-30-days = 30 derniers jours
web-stats-all-time = Depuis le début
# Lignes du tableau réponse et résolution, et colonnes du tableau par jour.
web-stats-first-response = Première réponse
web-stats-resolution = Résolution
# Durées sur plusieurs tickets : { $average } et { $median } sont des durées comme 2h 5m,
# { $count } le nombre de tickets sur lesquels elles sont mesurées.
web-stats-spread = moyenne { $average } · médiane { $median } ({ $count })
web-stats-no-data = pas encore de données
# { $average } est un nombre à une décimale, comme 4.5 ; { $count } le nombre de notes.
web-stats-rating = { $average } / 5 ({ $count })
web-stats-no-ratings = pas encore de notes
web-stats-response-time = Délai de première réponse
web-stats-resolution-time = Délai de résolution
web-stats-days-table = Les 30 derniers jours sous forme de tableau
web-stats-col-day = Jour
web-stats-col-opened = Ouverts
web-stats-col-closed = Fermés
web-stats-staff = Staff
web-stats-no-staff = Aucune activité du staff pour l'instant.
web-stats-col-member = Membre
web-stats-col-claimed = Pris en charge
web-stats-col-answered = Avec sa réponse
web-stats-col-their-response = Sa première réponse
web-stats-col-claimed-rating = Note des tickets pris en charge
# Les graphiques, décrits pour les lecteurs d'écran ; { $count } est le nombre de jours (30).
web-stats-chart-activity = { $count ->
        [one] Tickets ouverts et fermés par jour sur le dernier jour
       *[other] Tickets ouverts et fermés par jour sur les { $count } derniers jours
    }
web-stats-chart-response = { $count ->
        [one] Délai de première réponse par jour sur le dernier jour (médiane et moyenne)
       *[other] Délai de première réponse par jour sur les { $count } derniers jours (médiane et moyenne)
    }
web-stats-chart-resolution = { $count ->
        [one] Délai de résolution par jour sur le dernier jour (médiane et moyenne)
       *[other] Délai de résolution par jour sur les { $count } derniers jours (médiane et moyenne)
    }
web-stats-chart-ratings = Nombre de notes pour chaque nombre d'étoiles
# Les séries des graphiques, dans leurs légendes et infobulles.
web-stats-series-opened = ouverts
web-stats-series-closed = fermés
web-stats-series-median = médiane
web-stats-series-average = moyenne

## Graphiques

# L'infobulle d'une barre ou d'un point : { $slot } est le jour (comme 01-31), { $series } le nom
# d'une série (web-stats-series-…), { $value } sa valeur.
web-chart-point = { $slot } : { $series } { $value }
# L'infobulle d'une barre du graphique des notes : { $name } est la ligne (comme 4 ★), { $value } son total.
web-chart-bar = { $name } : { $value }

## Journal d'audit

web-audit-title = Journal d'audit
web-audit-intro = Chaque modification faite sur ce tableau de bord : qui, quoi et quand (UTC).
web-audit-none = Aucune modification pour l'instant.
# En-têtes des colonnes. Les entrées elles-mêmes sont enregistrées en anglais.
web-audit-col-when = Quand
web-audit-col-who = Qui
web-audit-col-what = Quoi
web-audit-col-detail = Détail

web-setup-err-token-missing = Collez le jeton du bot.
web-setup-err-token-shape = Cela ne ressemble pas à un jeton de bot : copiez-le à nouveau, sans espaces.
web-setup-err-client-id = L'ID client est un nombre (OAuth2 → Client ID).
web-setup-err-secret-shape = Cela ne ressemble pas à un secret client : copiez-le à nouveau, sans espaces.
web-setup-err-bad-token = Discord a refusé ce jeton de bot. Copiez-le à nouveau depuis le Developer Portal (votre application → Bot → Reset Token).
web-setup-err-unreachable = Discord n'a pas pu être joint pour vérifier le jeton ({ $error }). Vérifiez l'accès à Internet de cette machine et réessayez.
web-setup-err-save = Les réglages n'ont pas pu être enregistrés dans le répertoire de données. Le journal indique pourquoi.
web-bot-failed-intents = Discord a refusé les intents de la passerelle (code de fermeture 4014) : ouvrez le Discord Developer Portal → votre application → Bot → Privileged Gateway Intents, activez SERVER MEMBERS INTENT et MESSAGE CONTENT INTENT, enregistrez, puis redémarrez ticketbox
web-bot-failed-token = Discord a refusé le jeton du bot (code de fermeture 4004) : copiez un nouveau jeton depuis le Developer Portal (Bot → Reset Token) dans discord.token et redémarrez ticketbox
web-bot-failed-client = impossible de créer le client Discord : { $error }
web-bot-failed-connection = la connexion à Discord a échoué : { $error }
web-bot-failed-runtime = impossible de démarrer le thread de la connexion à Discord : { $error }
web-bot-failed-thread = le thread de la connexion à Discord s'est arrêté de façon inattendue

web-operator-request-not-open = La demande n° { $id } n'est pas ouverte.
web-operator-refuse-reason-length = Motif : 1 à 500 caractères ; il est envoyé au demandeur.
web-operator-request-export = export
web-operator-request-delete = suppression
web-operator-request-open = ouverte
web-operator-request-approved = approuvée
web-operator-request-done = traitée
web-operator-request-refused = refusée
