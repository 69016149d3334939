# Le cadre du tableau de bord : en-tête, choix de la langue, onglets, confirmations, pages
# d'erreur (traduction de locales/en-US/web.ftl). Affiché au visiteur dans sa langue ; ce qu'un
# serveur a écrit (titres de panneaux, messages de bienvenue) n'est jamais traduit.

## En-tête et choix de la langue

web-log-out = Se déconnecter
# L'intitulé du choix de la langue (lu par les lecteurs d'écran) et son bouton.
web-language = Langue
web-language-apply = Changer
web-language-unknown = Cette langue n'est pas proposée ici.

## Les onglets d'un serveur

web-tab-tickets = Tickets ouverts
web-tab-transcripts = Transcriptions
web-tab-stats = Statistiques
web-tab-settings = Paramètres
web-tab-panels = Panneaux
web-tab-multipanels = Multi-panneaux
web-tab-forms = Formulaires
web-tab-staff = Staff et équipes
web-tab-tags = Tags
web-tab-labels = Étiquettes
web-tab-integrations = Intégrations
web-tab-audit = Journal d'audit

## Confirmations après une modification

web-done-saved = Enregistré.
web-done-created = Créé.
web-done-deleted = Supprimé.
web-done-sent = Publié dans Discord.
web-done-added = Ajouté.
web-done-removed = Retiré.
web-done-moved = Déplacé.
web-done-blacklisted = Ajouté à la liste noire.
web-done-unblacklisted = Retiré de la liste noire.

## Il y a combien de temps (court, dans les listes)

web-age-days = { $count } j
web-age-hours = { $count } h
web-age-minutes = { $count } min

## Pages d'erreur : leurs titres (statuts HTTP) et leurs textes

web-status-400 = Requête incorrecte
web-status-401 = Non autorisé
web-status-403 = Accès interdit
web-status-404 = Introuvable
web-status-408 = Délai de requête dépassé
web-status-413 = Trop volumineux
web-status-422 = Non enregistré
web-status-429 = Trop de requêtes
web-status-500 = Erreur interne du serveur
web-status-502 = Passerelle incorrecte
web-status-503 = Service indisponible
web-guild-not-found = Ce serveur n'existe pas, ou vous ne pouvez pas le gérer.
web-form-expired = Ce formulaire a expiré ou ne provient pas de ce tableau de bord. Rechargez la page et réessayez.
web-internal-error = Un problème est survenu de notre côté. Il a été enregistré.
