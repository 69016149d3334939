# Die eigenen Seiten des Dashboards: Startseite, Ersteinrichtung (für den Betreiber, der
# ticketbox installiert), Serverliste, Anmeldefehler, Betreiberseite sowie die offenen Tickets,
# die Transkriptliste, die Statistiken (mit ihren Diagrammen) und das Audit-Log eines Servers
# (deutsche Übersetzung von locales/en-US/web-pages.ftl). Wird in der Sprache des Besuchers
# angezeigt; was ein Server geschrieben hat (Panel-Titel, Label-Namen, Schließungsgründe) und
# was das Audit-Log aufgezeichnet hat, wird nie übersetzt. Konfigurationsschlüssel
# (discord.client_id), Dateinamen (config.toml), Umgebungsvariablen, Shell-Befehle und
# Slash-Befehle (/open, /setup auto) werden so eingetippt oder nachgeschlagen, wie sie sind:
# unverändert lassen. Manche Sätze zeigen einen Begriff fett, als Code oder als Link: Dieser
# Begriff ist ein Platzhalter ({ $name }) und steht dort, wo die Sprache ihn braucht.

## Startseite

web-home-title = Startseite
web-home-running = ticketbox { $version } läuft.
web-home-bot-connected = Der Bot ist mit Discord verbunden.
web-home-bot-connecting = Der Bot verbindet sich mit Discord …
web-home-bot-stopped = Der Bot ist gestoppt.
# { $name } ist der Discord-Name des angemeldeten Besuchers.
web-home-logged-in-as = Angemeldet als { $name }
web-home-servers = Deine Server
# Ein Button und der Link in web-home-login-prompt und web-setup-done-login.
web-home-login = Mit Discord anmelden
# { $login } ist der Button web-home-login.
web-home-login-prompt = { $login }, um deine Server zu verwalten und Transkripte zu lesen.
# { $id } und { $secret } sind Konfigurationsschlüssel (discord.client_id, discord.client_secret).
web-home-login-needs = Die Anmeldung am Dashboard braucht { $id } und { $secret }.
# Jede Seite, die es nicht gibt (auch die Betreiberseite für alle anderen).
web-home-not-found = Seite nicht gefunden.

## Ersteinrichtung (der Betreiber richtet den Discord-Bot ein)

web-setup-title = Einrichtung
web-setup-intro = Es ist noch kein Discord-Bot eingerichtet. Drei Schritte, und ticketbox läuft.
# Die Schritte nennen Seiten, Buttons und Schalter des Discord Developer Portals so, wie Discord
# sie zeigt (auf Englisch): { $portal } ist „Discord Developer Portal“ (ein Link), { $new } „New Application“.
web-setup-step-app = Öffne das { $portal } und erstelle mit { $new } eine Anwendung.
# { $bot } „Bot“, { $reset } „Reset Token“, { $intents } „Privileged Gateway Intents“,
# { $members } „Server Members Intent“, { $content } „Message Content Intent“.
web-setup-step-bot = Unter { $bot }: Klicke auf { $reset } und kopiere das Token. Darunter, unter { $intents }: Schalte { $members } und { $content } ein und speichere.
# { $oauth } „OAuth2“, { $id } „Client ID“, { $secret } „Client Secret“; { $url } ist die
# Adresse, die als Redirect hinzugefügt wird.
web-setup-step-oauth = Unter { $oauth }: Kopiere { $id } und { $secret } und füge { $url } als Redirect hinzu (für die Anmeldung am Dashboard).
web-setup-code = Setup-Code
# { $file } ist der Dateiname „setup-code“, { $command } der Shell-Befehl
# „ticketbox setup-code“.
web-setup-code-hint = steht im Log von ticketbox und ist als { $file } in seinem Datenverzeichnis gespeichert; auf dem Server gibt { $command } ihn aus
web-setup-token = Bot-Token
web-setup-client-id = Client-ID
web-setup-client-id-hint = leer: die ID der Anwendung
web-setup-client-secret = Client-Secret
web-setup-client-secret-hint = nötig für die Anmeldung am Dashboard
web-setup-submit = Prüfen und Bot starten
# { $env } ist „TICKETBOX_DISCORD__TOKEN“, { $key } „discord.token“, { $file } „config.toml“,
# { $keyfile } „discord.token_file“.
web-setup-files = Lieber mit Konfigurationsdateien? Setze stattdessen { $env } (oder { $key } in { $file } oder { $keyfile }) und starte neu.
# { $file } ist „setup.toml“, { $config } „config.toml“, { $env } „TICKETBOX_*“ (Umgebungsvariablen,
# deren Namen so beginnen); { $url } ist die Adresse des Dashboards.
web-setup-saved = Das Token wird bei Discord geprüft und dann im Datenverzeichnis gespeichert ({ $file }, nur für den Benutzer von ticketbox lesbar). { $config } und Umgebungsvariablen { $env } haben Vorrang. Das Dashboard ist dann unter { $url } erreichbar.
web-setup-already-done = ticketbox ist bereits eingerichtet.
web-setup-too-many = Zu viele Versuche von deiner Adresse. Warte eine Minute und versuche es erneut.
web-setup-expired = Dieses Formular ist abgelaufen oder stammt nicht von dieser Seite. Lade die Einrichtungsseite neu und versuche es erneut.
# `ticketbox setup-code` ist ein Shell-Befehl: unverändert lassen.
web-setup-wrong-code = Dieser Setup-Code stimmt nicht. Er steht im Log von ticketbox, und `ticketbox setup-code` gibt ihn auf dem Server aus.
# Nach der Einrichtung. { $bot } ist der Name des Bots auf Discord.
web-setup-done-bot = Das Token gehört zu { $bot }. Der Bot startet.
# Danach folgt der Button web-setup-done-add.
web-setup-done-invite = Lade ihn als Nächstes auf deinen Server ein:
web-setup-done-add = { $bot } zu einem Server hinzufügen
# { $login } ist der Link web-home-login; { $auto } und { $open } sind die Slash-Befehle
# „/setup auto“ und „/open“.
web-setup-done-login = Melde dich dann am Dashboard an: { $login }. In Discord erstellt { $auto } eine Ticket-Kategorie und einen Log-Kanal, und { $open } funktioniert sofort.

## Deine Server

web-servers-title = Deine Server
web-servers-none = Du hast noch keinen gemeinsamen Server mit ticketbox. Lade den Bot auf einen Server ein, den du verwaltest.
# Die Stufe des Besuchers auf einem Server, neben dessen Namen.
web-servers-role-admin = Admin
web-servers-role-support = Support
web-servers-role-member = Mitglied

## Anmeldefehler

# { $id } und { $secret } sind Konfigurationsschlüssel (discord.client_id, discord.client_secret).
web-auth-not-configured = Die Anmeldung am Dashboard ist auf diesem Server nicht eingerichtet: Der Betreiber muss { $id } und { $secret } festlegen.
web-auth-stale-login = Dieser Anmeldelink ist abgelaufen oder wurde bereits verwendet. Bitte melde dich erneut an.
web-auth-discord-failed = Discord hat die Anmeldung nicht abgeschlossen. Bitte versuche es erneut.
web-auth-expired = Dieses Formular ist abgelaufen. Lade die Seite neu und versuche es erneut.
web-auth-too-many = Zu viele Anmeldeversuche von deiner Adresse. Warte eine Minute und versuche es erneut.

## Betreiberseite (nur für die Betreiber der Instanz)

web-operator-title = Betreiber
web-operator-status = Status
# Danach folgt der Zustand des Bots als Codewort (connected, connecting, stopped, failed).
web-operator-bot = Bot:
web-operator-jobs = Ausstehende Jobs: { $pending }, fehlgeschlagen: { $failed }.
web-operator-storage = Speicher: Datenbank { $database } Bytes, Cache { $cache } Bytes.
web-operator-requests = Datenanfragen
# { $command } ist der Slash-Befehl „/mydata“.
web-operator-requests-hint = Gestellt mit { $command }; innerhalb von 30 Tagen beantworten (nach 25 Tagen überfällig).
# Eine leere Liste.
web-operator-none = Keine.
# Spaltenüberschriften der Datenanfragen. Art (export, delete) und Status (open, …) darunter
# werden als Codewörter angezeigt.
web-operator-col-kind = Art
web-operator-col-user = Benutzer
web-operator-col-filed = Eingegangen (UTC)
web-operator-col-due = Fällig (UTC)
web-operator-col-state = Status
web-operator-overdue = überfällig
# { $path } ist ein Dateipfad auf dem Server.
web-operator-export-waits = Export liegt bereit in { $path }
web-operator-sent-by-dm = per Direktnachricht gesendet
web-operator-approve = Genehmigen
web-operator-refuse = Ablehnen
web-operator-refuse-reason = Grund (wird der Person gesendet)
web-operator-refuse-label = Grund für die Ablehnung von Anfrage { $id }
web-operator-jobs-failed = Fehlgeschlagene Jobs
# Ein fehlgeschlagener Hintergrundjob: seine ID und wie oft er versucht wurde.
web-operator-job = Job { $id }, { $count ->
        [one] { $count } Versuch
       *[other] { $count } Versuche
    }
web-operator-retry = Erneut versuchen
web-operator-discard = Verwerfen
web-operator-discard-confirm = Diesen Job verwerfen?
web-operator-backups = Backups
# { $when } ist ein Datum mit Uhrzeit oder web-operator-backup-none.
web-operator-backup-last = Letztes erfolgreiches Backup: { $when }.
web-operator-backup-none = noch keins
# { $error } ist der Fehler, auf Englisch.
web-operator-backup-failed = Letzter Versuch fehlgeschlagen: { $error }
web-operator-backup-now = Jetzt sichern
# Wie viele gespeicherte Objekte ein Backup hat.
web-operator-backup-objects = { $count ->
        [one] { $count } Objekt
       *[other] { $count } Objekte
    }
# { $dir } und { $bucket } sind Konfigurationsschlüssel (backup.local_dir, backup.s3.bucket).
web-operator-backup-unset = Kein Backup-Ziel: Lege { $dir } oder { $bucket } fest.
web-operator-servers = Server
web-operator-no-tickets = Noch keine Tickets.
web-operator-col-server = Server
web-operator-col-open = Offen
web-operator-col-total = Alle Tickets
web-operator-actions = Aktionen der Betreiber
web-operator-none-yet = Noch keine.
web-operator-unknown-item = Unbekannter Eintrag.
web-operator-unknown-action = Unbekannte Aktion.
web-operator-job-not-failed = Job { $id } ist kein fehlgeschlagener Job.

## Die offenen Tickets eines Servers

web-tickets-title = Offene Tickets
# Die Filter (auch in der Transkriptliste).
web-tickets-label = Label
# Die Auswahl „kein Filter“.
web-tickets-any = Alle
web-tickets-filter = Filtern
web-tickets-clear = Zurücksetzen
# Gar kein offenes Ticket; mit ausgewähltem Label ({ $label }, wie der Server es genannt hat);
# für ein Mitglied des Support-Teams: Nur Tickets seiner Teams werden aufgelistet.
web-tickets-none = Keine offenen Tickets. Gute Arbeit!
web-tickets-none-label = Keine offenen Tickets mit dem Label { $label }. Gute Arbeit!
web-tickets-none-teams = Keine offenen Tickets für deine Teams. Gute Arbeit!
web-tickets-none-label-teams = Keine offenen Tickets mit dem Label { $label } für deine Teams. Gute Arbeit!
# Spaltenüberschriften (auch in der Transkriptliste).
web-tickets-col-subject = Betreff
web-tickets-col-opener = Ersteller
web-tickets-col-claimed-by = Übernommen von
web-tickets-col-panel = Panel
web-tickets-col-labels = Labels
web-tickets-col-age = Alter
web-tickets-unclaimed = nicht übernommen
web-tickets-open-in-discord = In Discord öffnen
# Ein Benutzer, dessen Daten gelöscht wurden.
web-tickets-removed-user = entfernter Benutzer
# Ein Benutzer, dessen Name nicht bekannt ist: { $id } ist seine Discord-Benutzer-ID.
web-tickets-user = Benutzer { $id }

## Die Transkripte eines Servers

web-transcripts-title = Transkripte
web-transcripts-ticket = Ticket
web-transcripts-user-placeholder = Benutzername oder ID
# Ein Zeitraum des Schließdatums: „Geschlossen ab [Datum] bis [Datum]“, zwei getrennte Beschriftungen.
web-transcripts-closed-from = Geschlossen ab
web-transcripts-closed-to = bis
web-transcripts-reason-placeholder = Wörter im Schließungsgrund
web-transcripts-col-closed-by = Geschlossen von
web-transcripts-col-closed = Geschlossen (UTC)
web-transcripts-col-reason = Grund
web-transcripts-col-rating = Bewertung
web-transcripts-count = { $count ->
        [one] { $count } Transkript
       *[other] { $count } Transkripte
    }
# Wie viele Transkripte passen und welche Seite angezeigt wird (50 pro Seite).
web-transcripts-count-page = { $count ->
        [one] { $count } Transkript, Seite { $page }
       *[other] { $count } Transkripte, Seite { $page }
    }
# Die Seitennavigation (auch im Audit-Log): neuere und ältere Einträge.
web-transcripts-newer = Neuere
web-transcripts-older = Ältere
# Fehler der Filter. { $name } und { $value } sind die Eingabe, in Anführungszeichen.
web-transcripts-members-unavailable = Die Mitgliederliste ist gerade nicht verfügbar.
web-transcripts-several-members = Mehrere Mitglieder heißen { $name }: Verwende den Benutzernamen oder die Benutzer-ID.
web-transcripts-no-member = Auf diesem Server heißt kein Mitglied { $name }: Verwende den Benutzernamen oder die Benutzer-ID.
# { $error } ist eine der drei Nachrichten oben; { $field } sagt, um welchen Filter es geht
# (web-transcripts-field-…).
web-transcripts-filter-error = { $error } ({ $field })
web-transcripts-field-opener = Ersteller
web-transcripts-field-closer = geschlossen von
web-transcripts-field-claimed = übernommen von
web-transcripts-bad-number = { $value } ist keine Ticketnummer.
# Das Beispieldatum bleibt, wie es ist (Jahr-Monat-Tag).
web-transcripts-bad-from = Das Startdatum muss ein Datum wie 2026-01-31 sein.
web-transcripts-bad-to = Das Enddatum muss ein Datum wie 2026-01-31 sein.
web-transcripts-bad-panel = Wähle ein Panel aus der Liste.
web-transcripts-bad-rating = Die Bewertung muss zwischen 1 und 5 Sternen liegen.

## Die Statistiken eines Servers

web-stats-title = Statistiken
# { $when } ist ein Datum mit Uhrzeit.
web-stats-as-of = Stand: { $when } UTC. Tage sind UTC-Tage; Zeiten bis zur ersten Antwort sind für Tickets bekannt, die geöffnet wurden, seit ticketbox die Ticketaktivität verfolgt.
# Die Kennzahlen oben.
web-stats-open = Offene Tickets
web-stats-total = Tickets insgesamt
web-stats-opened-week = In 7 Tagen geöffnet
web-stats-opened-month = In 30 Tagen geöffnet
web-stats-average-rating = Durchschnittliche Bewertung
# { $average } ist eine Zahl mit einer Nachkommastelle, wie 4.5.
web-stats-rating-out-of-5 = { $average } / 5
# Auch eine Überschrift.
web-stats-ratings = Bewertungen
web-stats-times = Antwort- und Lösungszeiten
web-stats-last-7-days = Letzte 7 Tage
# Auch eine Überschrift.
web-stats-last-30-days = Letzte 30 Tage
web-stats-all-time = Insgesamt
# Zeilen der Tabelle mit Antwort- und Lösungszeiten und Spalten der Tagestabelle.
web-stats-first-response = Erste Antwort
web-stats-resolution = Lösung
# Dauern über mehrere Tickets: { $average } und { $median } sind Dauern wie 2h 5m,
# { $count } die Zahl der Tickets, über die gemessen wurde.
web-stats-spread = Ø { $average } · Median { $median } ({ $count })
web-stats-no-data = noch keine Daten
# { $average } ist eine Zahl mit einer Nachkommastelle, wie 4.5; { $count } die Zahl der Bewertungen.
web-stats-rating = { $average } / 5 ({ $count })
web-stats-no-ratings = noch keine Bewertungen
web-stats-response-time = Zeit bis zur ersten Antwort
web-stats-resolution-time = Zeit bis zur Lösung
web-stats-days-table = Die letzten 30 Tage als Tabelle
web-stats-col-day = Tag
web-stats-col-opened = Geöffnet
web-stats-col-closed = Geschlossen
web-stats-staff = Team
web-stats-no-staff = Noch keine Aktivität des Teams.
web-stats-col-member = Mitglied
web-stats-col-claimed = Übernommen
web-stats-col-answered = Beantwortet
web-stats-col-their-response = Eigene erste Antwort
web-stats-col-claimed-rating = Bewertung übernommener Tickets
# Die Diagramme, für Screenreader beschrieben; { $count } ist die Zahl der Tage (30).
web-stats-chart-activity = { $count ->
        [one] Geöffnete und geschlossene Tickets pro Tag am letzten Tag
       *[other] Geöffnete und geschlossene Tickets pro Tag in den letzten { $count } Tagen
    }
web-stats-chart-response = { $count ->
        [one] Zeit bis zur ersten Antwort pro Tag am letzten Tag (Median und Durchschnitt)
       *[other] Zeit bis zur ersten Antwort pro Tag in den letzten { $count } Tagen (Median und Durchschnitt)
    }
web-stats-chart-resolution = { $count ->
        [one] Zeit bis zur Lösung pro Tag am letzten Tag (Median und Durchschnitt)
       *[other] Zeit bis zur Lösung pro Tag in den letzten { $count } Tagen (Median und Durchschnitt)
    }
web-stats-chart-ratings = Anzahl der Bewertungen je Sternezahl
# Die Datenreihen der Diagramme, in Legenden und Tooltips.
web-stats-series-opened = geöffnet
web-stats-series-closed = geschlossen
web-stats-series-median = Median
web-stats-series-average = Durchschnitt

## Diagramme

# Tooltip eines Balkens oder Punkts: { $slot } ist der Tag (wie 01-31), { $series } der Name einer
# Datenreihe (web-stats-series-…), { $value } ihr Wert.
web-chart-point = { $slot }: { $series } { $value }
# Tooltip eines Balkens im Bewertungsdiagramm: { $name } ist die Zeile (wie 4 ★), { $value } ihre Anzahl.
web-chart-bar = { $name }: { $value }

## Audit-Log

web-audit-title = Audit-Log
web-audit-intro = Jede Änderung über dieses Dashboard: wer, was und wann (UTC).
web-audit-none = Noch keine Änderungen.
# Spaltenüberschriften. Die Einträge selbst werden auf Englisch aufgezeichnet.
web-audit-col-when = Wann
web-audit-col-who = Wer
web-audit-col-what = Was
web-audit-col-detail = Details

web-setup-err-token-missing = Füge das Bot-Token ein.
web-setup-err-token-shape = Das sieht nicht nach einem Bot-Token aus: Kopiere es noch einmal, ohne Leerzeichen.
web-setup-err-client-id = Die Client-ID ist eine Zahl (OAuth2 → Client ID).
web-setup-err-secret-shape = Das sieht nicht nach einem Client-Secret aus: Kopiere es noch einmal, ohne Leerzeichen.
web-setup-err-bad-token = Discord hat dieses Bot-Token abgelehnt. Kopiere es erneut aus dem Developer Portal (deine Anwendung → Bot → Reset Token).
web-setup-err-unreachable = Discord war nicht erreichbar, um das Token zu prüfen ({ $error }). Prüfe die Internetverbindung dieses Rechners und versuche es erneut.
web-setup-err-save = Die Einstellungen konnten nicht im Datenverzeichnis gespeichert werden. Der Grund steht im Log.
web-bot-failed-intents = Discord hat die Gateway-Intents abgelehnt (Close-Code 4014): Öffne im Discord Developer Portal deine Anwendung → Bot → Privileged Gateway Intents, schalte SERVER MEMBERS INTENT und MESSAGE CONTENT INTENT ein, speichere und starte ticketbox neu
web-bot-failed-token = Discord hat das Bot-Token abgelehnt (Close-Code 4004): Kopiere ein neues Token aus dem Developer Portal (Bot → Reset Token) nach discord.token und starte ticketbox neu
web-bot-failed-client = der Discord-Client kann nicht erstellt werden: { $error }
web-bot-failed-connection = die Verbindung zu Discord ist fehlgeschlagen: { $error }
web-bot-failed-runtime = der Thread der Discord-Verbindung kann nicht gestartet werden: { $error }
web-bot-failed-thread = der Thread der Discord-Verbindung wurde unerwartet beendet

web-operator-request-not-open = Anfrage #{ $id } ist nicht offen.
web-operator-refuse-reason-length = Grund: 1 bis 500 Zeichen; er wird an die anfragende Person geschickt.
web-operator-request-export = Export
web-operator-request-delete = Löschung
web-operator-request-open = offen
web-operator-request-approved = genehmigt
web-operator-request-done = erledigt
web-operator-request-refused = abgelehnt
