# Der Rahmen des Dashboards: Kopfzeile, Sprachauswahl, Tabs, Bestätigungen, Fehlerseiten
# (deutsche Übersetzung von locales/en-US/web.ftl). Wird in der Sprache des Besuchers
# angezeigt; was ein Server selbst geschrieben hat (Panel-Titel, Willkommensnachrichten), wird
# nie übersetzt.

## Kopfzeile und Sprachauswahl

web-log-out = Abmelden
# Die Beschriftung der Sprachauswahl (für Screenreader) und ihr Button.
web-language = Sprache
web-language-apply = Ändern
web-language-unknown = Diese Sprache wird hier nicht angeboten.

## Die Tabs eines Servers

web-tab-tickets = Offene Tickets
web-tab-transcripts = Transkripte
web-tab-stats = Statistiken
web-tab-settings = Einstellungen
web-tab-panels = Panels
web-tab-multipanels = Multi-Panels
web-tab-forms = Formulare
web-tab-staff = Team & Support-Teams
web-tab-tags = Tags
web-tab-labels = Labels
web-tab-integrations = Integrationen
web-tab-audit = Audit-Log

## Bestätigungen nach einer Änderung

web-done-saved = Gespeichert.
web-done-created = Erstellt.
web-done-deleted = Gelöscht.
web-done-sent = In Discord gepostet.
web-done-added = Hinzugefügt.
web-done-removed = Entfernt.
web-done-moved = Verschoben.
web-done-blacklisted = Gesperrt.
web-done-unblacklisted = Sperre aufgehoben.

## Wie lange her (kurz, in Listen)

web-age-days = { $count } Tg.
web-age-hours = { $count } Std.
web-age-minutes = { $count } Min.

## Fehlerseiten: ihre Titel (HTTP-Statuscodes) und Texte

web-status-400 = Ungültige Anfrage
web-status-401 = Nicht autorisiert
web-status-403 = Zugriff verweigert
web-status-404 = Nicht gefunden
web-status-408 = Zeitüberschreitung der Anfrage
web-status-413 = Anfrage zu groß
web-status-422 = Nicht gespeichert
web-status-429 = Zu viele Anfragen
web-status-500 = Interner Serverfehler
web-status-502 = Fehlerhaftes Gateway
web-status-503 = Dienst nicht verfügbar
web-guild-not-found = Diesen Server gibt es nicht, oder du darfst ihn nicht verwalten.
web-form-expired = Dieses Formular ist abgelaufen oder stammt nicht von diesem Dashboard. Lade die Seite neu und versuche es erneut.
web-internal-error = Bei uns ist etwas schiefgelaufen. Der Fehler wurde protokolliert.
