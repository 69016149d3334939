# Slash-Befehle: Beschreibungen, Optionsbeschreibungen (.opt-<option>) und Auswahlnamen
# (.opt-<option>-choice-<name>); Kontextmenü-Befehle: ihr Name.
# Deutsche Übersetzung von locales/en-US/commands.ftl (siehe README: Languages).

cmd-help = Listet die Befehle von ticketbox auf.

cmd-open = Öffnet ein Support-Ticket.
    .opt-subject = Worum es in dem Ticket geht

cmd-start_ticket = Ticket starten

cmd-open_for_user = Ticket für Benutzer öffnen

cmd-close = Schließt dieses Ticket.
    .opt-reason = Warum das Ticket geschlossen wird

cmd-closerequest = Bittet den Ersteller, dieses Ticket zu schließen; schließt es optional nach einer Frist.
    .opt-delay = Nach so vielen Stunden ohne Antwort automatisch schließen
    .opt-reason = Warum das Ticket geschlossen werden soll

cmd-reopen = Öffnet ein geschlossenes Ticket im Thread-Modus erneut.
    .opt-ticket = Die Ticketnummer

cmd-claim = Übernimmt dieses Ticket: Ab jetzt kümmerst du dich darum.

cmd-unclaim = Gibt dieses übernommene Ticket wieder frei.

cmd-transfer = Übergibt dieses übernommene Ticket an ein anderes Teammitglied.
    .opt-user = Das Teammitglied, das übernimmt

cmd-add = Fügt diesem Ticket einen Benutzer oder eine Rolle hinzu.
    .opt-user = Hinzuzufügender Benutzer
    .opt-role = Hinzuzufügende Rolle

cmd-remove = Entfernt einen Benutzer oder eine Rolle aus diesem Ticket.
    .opt-user = Zu entfernender Benutzer
    .opt-role = Zu entfernende Rolle

cmd-rename = Benennt den Kanal dieses Tickets um.
    .opt-name = Der neue Name

cmd-jumptotop = Verlinkt den Anfang dieses Tickets.

cmd-notes = Öffnet den privaten Notiz-Thread des Teams zu diesem Ticket (oder tritt ihm bei).

cmd-switchpanel = Verschiebt dieses Ticket in ein anderes Panel (die Support-Teams wechseln mit).
    .opt-panel = Der Titel des Panels

cmd-addadmin = Macht einen Benutzer oder eine Rolle zum Ticket-Admin.
    .opt-user = Ein Benutzer
    .opt-role = Eine Rolle

cmd-removeadmin = Entfernt einen Ticket-Admin.
    .opt-user = Ein Benutzer
    .opt-role = Eine Rolle

cmd-addsupport = Nimmt einen Benutzer oder eine Rolle ins Support-Team auf.
    .opt-user = Ein Benutzer
    .opt-role = Eine Rolle

cmd-removesupport = Entfernt jemanden aus dem Support-Team.
    .opt-user = Ein Benutzer
    .opt-role = Eine Rolle

cmd-viewstaff = Listet die Ticket-Admins und das Support-Team dieses Servers auf.
    .opt-page = Seitenzahl

cmd-blacklist = Sperrt einen Benutzer oder eine Rolle für das Öffnen von Tickets oder hebt die Sperre auf.
    .opt-user = Ein Benutzer
    .opt-role = Eine Rolle
    .opt-reason = Grund (für das Team sichtbar; wird mit dem Eintrag gespeichert)

cmd-setup = Ticket-Einstellungen für diesen Server.

cmd-setup-auto = Erstellt eine Ticket-Kategorie und einen privaten Log-Kanal und verwendet sie.

cmd-setup-limit = Wie viele Tickets ein Mitglied gleichzeitig offen haben darf und wie viele der Server insgesamt.
    .opt-limit = Offene Tickets pro Mitglied, 1 bis 100
    .opt-server_total = Offene Tickets auf dem ganzen Server, 1 bis 10000 (0 hebt die Grenze auf)

cmd-setup-transcripts = Wo geschlossene Tickets protokolliert werden.
    .opt-channel = Der Log-Kanal

cmd-setup-use-threads = Tickets als private Threads statt als Kanäle öffnen.
    .opt-enabled = Private Threads verwenden
    .opt-notification_channel = Wo das Team über neue Tickets informiert wird
    .opt-archive_after = Inaktiven Ticket-Thread archivieren nach (Discords Vorgaben)
    .opt-archive_after-choice-1h = 1 Std.
    .opt-archive_after-choice-24h = 24 Std.
    .opt-archive_after-choice-3d = 3 Tage
    .opt-archive_after-choice-7d = 7 Tage

cmd-setup-users-can-close = Ob Ersteller ihre eigenen Tickets schließen dürfen.
    .opt-enabled = Ersteller dürfen ihre Tickets selbst schließen

cmd-setup-close-confirmation = Ob der Button zum Schließen eine Bestätigung verlangt.
    .opt-enabled = Vor dem Schließen nachfragen

cmd-setup-naming = Namensschema der Ticket-Kanäle (%id%, %id_padded%, %username%, %nickname%, %claimed%).
    .opt-scheme = z. B. ticket-%id% oder %username%-%id_padded%

cmd-setup-welcome = Die Standard-Willkommensnachricht (Platzhalter wie %user% und %ticket_id% funktionieren).
    .opt-message = Die Nachricht; leer lassen, um den Standard wiederherzustellen

cmd-setup-claim = Was das übrige Support-Team darf, sobald ein Ticket übernommen wurde.
    .opt-support_can_view = Das übrige Support-Team sieht übernommene Tickets weiterhin
    .opt-support_can_type = Das übrige Support-Team darf in übernommenen Tickets weiterhin schreiben

cmd-setup-feedback = Bittet Ersteller nach dem Schließen per Direktnachricht, ihr Ticket zu bewerten.
    .opt-enabled = Ob Ersteller um eine Bewertung gebeten werden

cmd-setup-buttons = Welche Buttons die Willkommensnachricht neuer Tickets zeigt (die Befehle gehen immer).
    .opt-claim = Button zum Übernehmen anzeigen
    .opt-close = Button zum Schließen anzeigen
    .opt-close_with_reason = Button zum Schließen mit Grund anzeigen

cmd-setup-store-transcripts = Ob Transkripte geschlossener Tickets aufbewahrt werden (aus: Schließen und Log ohne Transkript).
    .opt-enabled = Von jedem geschlossenen Ticket ein Transkript aufbewahren

cmd-setup-open-command = Ob Mitglieder Tickets mit /open öffnen dürfen (aus: nur über Panels; das Team immer).
    .opt-enabled = Mitglieder dürfen /open verwenden

cmd-setup-start-ticket = Das Nachrichtenmenü „Ticket starten“: wer es nutzen darf, Autor hinzufügen, sein Panel.
    .opt-level = Wer es nutzen darf
    .opt-level-choice-everyone = alle
    .opt-level-choice-support-staff = Support-Team
    .opt-level-choice-admins = Admins
    .opt-add_author = Den Autor der Nachricht zum Ticket hinzufügen
    .opt-panel = Tickets über dieses Panel öffnen (seine Kategorie, sein Team, seine Begrüßung)
    .opt-no_panel = Tickets ohne Panel öffnen

cmd-setup-permissions = Was Ersteller oder das Support-Team in Ticket-Kanälen dürfen (aus: dort verweigert).
    .opt-who = Wessen Berechtigungen
    .opt-who-choice-the-opener = Ersteller
    .opt-who-choice-support-staff = Support-Team
    .opt-attach_files = Dateien anhängen
    .opt-embed_links = Links einbetten
    .opt-add_reactions = Reaktionen hinzufügen
    .opt-external_emoji = Externe Emojis verwenden
    .opt-external_stickers = Externe Sticker verwenden
    .opt-voice_messages = Sprachnachrichten senden

cmd-setup-on-call = Legt die Bereitschaftsrolle fest; ohne Angabe erstellt ticketbox beim nächsten /on-call eine.
    .opt-role = Die Rolle des Teams in Bereitschaft (leer: ticketbox erstellt eine)

cmd-setup-show = Zeigt alle Einstellungen dieses Servers.

cmd-autoclose = Schließt unbeantwortete Tickets automatisch.

cmd-autoclose-configure = Legt die Regeln fürs automatische Schließen fest. Dauer z. B. 30m, 12h, 3d; „off“ schaltet sie ab.
    .opt-enabled = Ob Tickets überhaupt automatisch geschlossen werden
    .opt-no_response = Schließen, wenn der Ersteller seit dem Öffnen so lange nichts geschrieben hat
    .opt-since_last_message = Schließen, wenn das Team zuletzt schrieb und der Ersteller so lange nicht antwortet
    .opt-on_leave = Schließen, wenn der Ersteller den Server verlässt
    .opt-warning = So lange vor dem Schließen eine Warnung posten (standardmäßig aus)

cmd-autoclose-exclude = Nimmt dieses Ticket vom automatischen Schließen aus oder wieder auf.

cmd-autoclose-show = Zeigt die Regeln fürs automatische Schließen.

cmd-stats = Ticket-Statistiken.

cmd-stats-server = Ticket-Statistiken dieses Servers.

cmd-stats-user = Ticket-Statistiken eines Teammitglieds.
    .opt-user = Das Teammitglied

cmd-panel = Ticket-Panels verwalten.

cmd-panel-create = Erstellt ein Panel.
    .opt-title = Titel (eindeutig auf diesem Server)
    .opt-text = Text des Panels (\n für eine neue Zeile)
    .opt-colour = Farbe, z. B. #5865F2
    .opt-button_label = Button-Beschriftung
    .opt-emoji = Button-Emoji
    .opt-style = primary, secondary, success oder danger
    .opt-category = Kategorie für seine Tickets
    .opt-naming = Namensschema für seine Tickets
    .opt-welcome = Willkommensnachricht für seine Tickets
    .opt-support_role = Rolle des Support-Teams: Nur sie bearbeitet diese Tickets
    .opt-mention_role = Rolle, die in neuen Tickets erwähnt wird
    .opt-mention_opener = Den Ersteller in der Willkommensnachricht erwähnen
    .opt-mention_here = @here (das Team des Tickets) in der Willkommensnachricht erwähnen
    .opt-threads = Diese Tickets als private Threads öffnen
    .opt-limit = Offene Tickets pro Mitglied aus diesem Panel
    .opt-cooldown_minutes = Minuten, die ein Mitglied zwischen Tickets aus diesem Panel warten muss
    .opt-open_cap = Offene Tickets aus diesem Panel insgesamt, von allen Mitgliedern (0: keine Grenze)
    .opt-form = Ein Formular (siehe /form), das vor dem Öffnen des Tickets abgefragt wird
    .opt-exit_survey = Ein Formular, das der Ersteller nach der Bewertung ausfüllen kann („Erzähl uns mehr“)
    .opt-awaiting_category = Kategorie für Tickets, die auf den Ersteller warten (Kanal-Modus)

cmd-panel-edit = Ändert ein Panel (nur die angegebenen Optionen).
    .opt-title = Der aktuelle Titel des Panels
    .opt-new_title = Ein neuer Titel
    .opt-text = Text des Panels
    .opt-colour = Farbe, z. B. #5865F2
    .opt-button_label = Button-Beschriftung
    .opt-emoji = Button-Emoji (leer zum Entfernen)
    .opt-style = primary, secondary, success oder danger
    .opt-category = Kategorie für seine Tickets
    .opt-naming = Namensschema (leer für das des Servers)
    .opt-welcome = Willkommensnachricht (leer für die des Servers)
    .opt-support_role = Rolle des Support-Teams: Nur sie bearbeitet diese Tickets
    .opt-mention_opener = Den Ersteller erwähnen
    .opt-mention_here = @here (das Team des Tickets) in der Willkommensnachricht erwähnen
    .opt-threads = Als private Threads öffnen
    .opt-limit = Offene Tickets pro Mitglied aus diesem Panel
    .opt-cooldown_minutes = Wartezeit in Minuten
    .opt-open_cap = Offene Tickets aus diesem Panel insgesamt, von allen Mitgliedern (0: keine Grenze)
    .opt-disabled = Das Panel deaktivieren
    .opt-form = Ein Formular, das vor dem Öffnen des Tickets abgefragt wird (leer zum Entfernen)
    .opt-exit_survey = Ein Formular nach der Bewertung („Erzähl uns mehr“; leer zum Entfernen)
    .opt-awaiting_category = Kategorie für Tickets, die auf den Ersteller warten (Kanal-Modus)
    .opt-no_awaiting_category = Tickets nicht mehr in eine Kategorie für wartende Tickets verschieben

cmd-panel-delete = Löscht ein Panel (darüber geöffnete Tickets bleiben bestehen).
    .opt-title = Der Titel des Panels

cmd-panel-list = Listet die Panels dieses Servers auf.

cmd-panel-send = Postet ein Panel in einem Kanal.
    .opt-title = Der Titel des Panels
    .opt-channel = Wo es gepostet wird (Standard: hier)

cmd-panel-embed = Legt das Embed eines Panels fest: Link, Autor, Bilder, Fußzeile, Felder (`none` leert einen Teil).
    .opt-title = Der Titel des Panels
    .opt-which = Die Panel-Nachricht oder die Willkommensnachricht seiner Tickets
    .opt-which-choice-panel-message = Panel-Nachricht
    .opt-which-choice-welcome-message = Willkommensnachricht
    .opt-heading = Willkommensnachricht: ihr Titel (Platzhalter funktionieren)
    .opt-colour = Willkommensnachricht: ihre Farbe, #rrggbb
    .opt-url = Link des Titels (https://…)
    .opt-author = Name des Autors
    .opt-author_icon = Symbol des Autors (Bild-URL)
    .opt-author_url = Link des Autors
    .opt-image = Großes Bild unter dem Text (Bild-URL)
    .opt-thumbnail = Kleines Bild oben rechts (Bild-URL)
    .opt-footer = Fußzeilentext
    .opt-footer_icon = Fußzeilen-Symbol (Bild-URL)
    .opt-timestamp = Den Sendezeitpunkt anzeigen
    .opt-add_field = Feld hinzufügen: Name | Wert oder Name | Wert | inline
    .opt-clear_fields = Zuerst alle Felder entfernen
    .opt-reset = Mit einem leeren Embed beginnen

cmd-panel-access = Legt fest, wer über ein Panel Tickets öffnen darf: Die erste passende Rollenregel entscheidet.
    .opt-title = Der Titel des Panels
    .opt-role = Die Rolle (@everyone für alle anderen Mitglieder)
    .opt-rule = Mitgliedern mit der Rolle erlauben oder verweigern, oder ihre Regel entfernen
    .opt-rule-choice-allow = erlauben
    .opt-rule-choice-deny = verweigern
    .opt-rule-choice-remove = entfernen
    .opt-position = Position in der Reihenfolge (1 = zuerst geprüft; Standard: zuletzt)

cmd-panel-hours = Legt fest, wann das Team eines Panels da ist (nur mit Titel: Zeiten anzeigen).
    .opt-title = Der Titel des Panels
    .opt-timezone = Zeitzone, z. B. Europe/Berlin oder America/New_York
    .opt-windows = Zeitfenster, z. B. mon-fri 09:00-17:00; sat 10:00-14:00
    .opt-holidays = Freie Tage, z. B. 2026-12-24..2026-12-26 Weihnachten; 2027-01-01
    .opt-outside = Außerhalb der Zeiten
    .opt-outside-choice-refuse-new-tickets = neue Tickets ablehnen
    .opt-outside-choice-open-and-tell-when-staff-are-back = öffnen und sagen, wann das Team zurück ist
    .opt-message = Hinweis; %next_open% und %next_open_relative% sagen, wann das Team zurück ist
    .opt-colour = Farbe des Hinweises, #rrggbb
    .opt-remove = Zeiten entfernen: immer geöffnet

cmd-panel-log = Wo geschlossene Tickets eines Panels protokolliert werden (TicketsBots Transkript-Kanal je Panel).
    .opt-title = Der Titel des Panels
    .opt-channel = Seine geschlossenen Tickets hier statt im Log-Kanal des Servers protokollieren
    .opt-server_log = Wieder den Log-Kanal des Servers verwenden

cmd-form = Formulare verwalten.

cmd-form-create = Erstellt ein leeres Formular.
    .opt-title = Titel, der auf dem Formular steht (1–45 Zeichen)

cmd-form-add-input = Fügt einem Formular eine Frage hinzu.
    .opt-form = Der Titel des Formulars
    .opt-label = Die Frage (1–45 Zeichen)
    .opt-kind = Was abgefragt wird (Standard: Text)
    .opt-kind-choice-text = Text
    .opt-kind-choice-choice-options = Auswahl (Optionen)
    .opt-kind-choice-member = Mitglied
    .opt-kind-choice-role = Rolle
    .opt-kind-choice-member-or-role = Mitglied oder Rolle
    .opt-kind-choice-channel = Kanal
    .opt-description = Wird unter der Frage angezeigt
    .opt-style = Text: short (kurz) oder paragraph (Absatz)
    .opt-required = Muss beantwortet werden (Standard: ja)
    .opt-min_length = Text: minimale Antwortlänge
    .opt-max_length = Text: maximale Antwortlänge
    .opt-placeholder = Hinweis im leeren Feld
    .opt-options = Auswahl: Optionen durch ; getrennt, je Beschriftung | Beschreibung | Emoji
    .opt-min_picks = Auswahl und Auswahlmenüs: Mindestanzahl an Auswahlen (Standard: 1)
    .opt-max_picks = Auswahl und Auswahlmenüs: Höchstanzahl an Auswahlen (Standard: 1)
    .opt-channel_types = Kanal: angebotene Arten, z. B. text, voice, thread (Standard: alle)

cmd-form-delete = Löscht ein Formular (Panels damit öffnen Tickets dann ohne Fragen).
    .opt-form = Der Titel des Formulars

cmd-form-list = Listet die Formulare und ihre Fragen auf.

cmd-multipanel = Multi-Panels verwalten.

cmd-multipanel-create = Erstellt ein Multi-Panel aus vorhandenen Panels.
    .opt-title = Titel (eindeutig auf diesem Server)
    .opt-panels = Panel-Titel, durch Kommas getrennt
    .opt-select_menu = Ein Auswahlmenü statt Buttons anzeigen
    .opt-text = Text der Nachricht
    .opt-colour = Farbe, z. B. #5865F2

cmd-multipanel-customise = Passt Platzhalter, Embed-Bilder und Fußzeile eines Multi-Panels sowie einen Eintrag an.
    .opt-title = Der Titel des Multi-Panels
    .opt-placeholder = Text des Auswahlmenüs, bevor etwas ausgewählt ist
    .opt-image = Großes Bild (Bild-URL)
    .opt-thumbnail = Kleines Bild oben rechts (Bild-URL)
    .opt-footer = Fußzeilentext
    .opt-panel = Zu ändernder Eintrag: der Titel des Panels
    .opt-label = Beschriftung des Eintrags hier (none: die des Panels)
    .opt-description = Unter dem Eintrag im Auswahlmenü (none: der Titel des Panels)
    .opt-emoji = Emoji des Eintrags hier (none: das des Panels)

cmd-multipanel-send = Postet ein Multi-Panel in einem Kanal.
    .opt-title = Der Titel des Multi-Panels
    .opt-channel = Wo es gepostet wird (Standard: hier)

cmd-multipanel-delete = Löscht ein Multi-Panel (seine Panels bleiben bestehen).
    .opt-title = Der Titel des Multi-Panels

cmd-multipanel-list = Listet die Multi-Panels auf.

cmd-tag = Postet eine gespeicherte Antwort.
    .opt-name = Name des Tags

cmd-managetags = Gespeicherte Antworten verwalten.

cmd-managetags-add = Speichert ein Tag (ersetzt ein gleichnamiges).
    .opt-name = Name
    .opt-content = Text (\n für eine neue Zeile)

cmd-managetags-embed = Legt das mit einem Tag gesendete Embed fest (`none` leert einen Teil).
    .opt-name = Name des Tags
    .opt-title = Embed-Titel
    .opt-description = Embed-Text (\n für eine neue Zeile)
    .opt-colour = Farbe, #rrggbb
    .opt-url = Link des Titels (https://…)
    .opt-image = Großes Bild (Bild-URL)
    .opt-thumbnail = Kleines Bild oben rechts (Bild-URL)
    .opt-footer = Fußzeilentext
    .opt-add_field = Feld hinzufügen: Name | Wert oder Name | Wert | inline
    .opt-remove = Das Embed entfernen

cmd-managetags-delete = Löscht ein Tag.
    .opt-name = Name des Tags

cmd-managetags-list = Listet die Tags auf.

cmd-label = Labels an Tickets: hinzufügen, entfernen, auflisten und (Admins) erstellen, färben, löschen.

cmd-label-add = Versieht dieses Ticket mit einem Label.
    .opt-label = Das Label

cmd-label-remove = Entfernt ein Label von diesem Ticket.
    .opt-label = Das Label

cmd-label-list = Listet die Labels des Servers auf (in einem Ticket auch die des Tickets).

cmd-label-create = Legt ein Label an, das das Team an Tickets vergeben kann.
    .opt-name = Name des Labels
    .opt-colour = Farbe, z. B. #5865F2

cmd-label-colour = Ändert die Farbe eines Labels.
    .opt-label = Das Label
    .opt-colour = Farbe, z. B. #5865F2

cmd-label-delete = Löscht ein Label und entfernt es von allen Tickets.
    .opt-label = Das Label

cmd-language = Legt die Sprache fest, die der Bot auf diesem Server verwendet.
    .opt-code = Die Sprache des Bots auf diesem Server
    .opt-code-choice-english = English
    .opt-code-choice-deutsch = Deutsch
    .opt-code-choice-fran-ais = Français
    .opt-code-choice-espa-ol = Español
    .opt-code-choice-portugu-s-do-brasil = Português do Brasil
    .opt-code-choice-nederlands = Nederlands
    .opt-code-choice-polski = Polski
    .opt-code-choice-t-rk-e = Türkçe
    .opt-code-choice-discord-s-server-language = Sprache des Discord-Servers
    .opt-member_languages = Jedem Mitglied privat in seiner eigenen Discord-Sprache antworten

cmd-on-call = Schaltet deine Bereitschaft ein (neue Thread-Tickets fügen dich hinzu) oder aus.

cmd-mydata = Deine Daten bei dieser ticketbox: Kopie anfordern oder Löschung beantragen.

cmd-mydata-export = Fordert eine Kopie aller Daten an, die diese ticketbox über dich speichert.

cmd-mydata-delete = Beantragt die Löschung aller Daten, die diese ticketbox über dich speichert.
