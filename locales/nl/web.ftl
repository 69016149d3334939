# Het kader van het dashboard: kop, taalkiezer, tabbladen, bevestigingen, foutpagina's
# (Nederlands; bron: locales/en-US/web.ftl). Getoond in de taal van de bezoeker; wat een
# server zelf schreef (paneeltitels, welkomstberichten) wordt nooit vertaald.

## Kop en taalkiezer

web-log-out = Uitloggen
# Het label van de taalkiezer (voorgelezen door schermlezers) en de knop ervan.
web-language = Taal
web-language-apply = Wijzigen
web-language-unknown = Die taal wordt hier niet aangeboden.

## De tabbladen van een server

web-tab-tickets = Open tickets
web-tab-transcripts = Transcripts
web-tab-stats = Statistieken
web-tab-settings = Instellingen
web-tab-panels = Panelen
web-tab-multipanels = Multipanelen
web-tab-forms = Formulieren
web-tab-staff = Staff en teams
web-tab-tags = Tags
web-tab-labels = Labels
web-tab-integrations = Integraties
web-tab-audit = Auditlogboek

## Bevestigingen na een wijziging

web-done-saved = Opgeslagen.
web-done-created = Aangemaakt.
web-done-deleted = Verwijderd.
web-done-sent = Geplaatst in Discord.
web-done-added = Toegevoegd.
web-done-removed = Verwijderd.
web-done-moved = Verplaatst.
web-done-blacklisted = Op de zwarte lijst gezet.
web-done-unblacklisted = Van de zwarte lijst gehaald.

## Hoe lang geleden (kort, in lijsten)

web-age-days = { $count } d
web-age-hours = { $count } u
web-age-minutes = { $count } min

## Foutpagina's: hun titels (HTTP-statussen) en teksten

web-status-400 = Ongeldig verzoek
web-status-401 = Niet geautoriseerd
web-status-403 = Geen toegang
web-status-404 = Niet gevonden
web-status-408 = Time-out van verzoek
web-status-413 = Te groot
web-status-422 = Niet opgeslagen
web-status-429 = Te veel verzoeken
web-status-500 = Interne serverfout
web-status-502 = Ongeldige gateway
web-status-503 = Dienst niet beschikbaar
web-guild-not-found = Deze server bestaat niet, of je mag hem niet beheren.
web-form-expired = Dit formulier is verlopen of komt niet van dit dashboard. Laad de pagina opnieuw en probeer het nog eens.
web-internal-error = Er is iets misgegaan aan onze kant. Het is gelogd.
