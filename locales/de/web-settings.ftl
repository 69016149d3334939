# Die Einstellungsseiten des Dashboards: Ticket-Einstellungen (mit „Ticket starten“,
# Berechtigungen und Bereitschaft), das Willkommens-Embed, der Embed-Editor, den Panels, Tags und
# das Willkommens-Embed gemeinsam nutzen, Team und Support-Teams (mit der Sperrliste) und
# Integrationen (deutsche Übersetzung von locales/en-US/web-settings.ftl). Wird in der Sprache
# des Besuchers angezeigt; was ein Server geschrieben hat (Panel-Titel, Teamnamen,
# Willkommensnachrichten), wird nie übersetzt. Wörter zwischen Prozentzeichen (%user%,
# %ticket_id%) und Slash-Befehle (/claim, /on-call) werden so eingetippt, wie sie sind:
# unverändert lassen.

## Ticket-Einstellungen: die Seite und ihr erstes Formular

web-settings-title = Einstellungen
web-settings-heading = Ticket-Einstellungen

# Welche Sprache der Bot auf dem Server spricht (nicht die Sprache des Dashboards).
web-settings-language = Sprache
web-settings-language-label = Die Sprache des Bots auf diesem Server
web-settings-language-hint = Willkommens- und Schließnachrichten, Buttons, Logs; was du selbst schreibst, wird nie übersetzt
# Die Auswahl „keine Sprache festgelegt“: { $language } ist der eigene Name der Discord-Sprache
# des Servers (etwa „Deutsch“).
web-settings-language-discord = Serversprache aus Discord ({ $language })
web-settings-member-language = Jedem Mitglied privat in seiner eigenen Discord-Sprache antworten

web-settings-where = Wo Tickets landen
web-settings-ticket-category = Ticket-Kategorie
# „Tickets“ ist der Name der Kanalkategorie, die der Bot erstellt (category-name in bot.ftl).
web-settings-ticket-category-none = „Tickets“ bei der ersten Nutzung erstellen
web-settings-overflow-category = Überlauf-Kategorie
web-settings-overflow-category-hint = wird verwendet, wenn die Ticket-Kategorie voll ist (50 Kanäle)
web-settings-overflow-category-none = Bei Bedarf eine erstellen
web-settings-log-channel = Log-Kanal
web-settings-log-channel-hint = geschlossene Tickets und die Links zu ihren Transkripten
web-settings-log-channel-none = Kein Log-Kanal
web-settings-use-threads = Tickets als private Threads statt als Kanäle öffnen
web-settings-thread-notification = Benachrichtigungskanal für Threads
web-settings-thread-notification-hint = wo das Team über neue Thread-Tickets informiert wird
web-settings-thread-notification-none = Keiner
web-settings-thread-archive = Inaktiven Ticket-Thread archivieren nach
# Die Auswahlmöglichkeiten der Einstellung oben (1 oder 24 Stunden, 3 oder 7 Tage), nach
# „archivieren nach“ (daher Dativ: Tagen).
web-settings-thread-archive-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
web-settings-thread-archive-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}
# Ein Kanal aus einer Einstellung, den der Bot nicht sieht (gelöscht oder noch nicht geladen);
# wird nach einem „#“ angezeigt. { $id } ist seine Discord-ID.
web-settings-unknown-channel = unbekannter Kanal { $id }

web-settings-opening = Tickets öffnen
web-settings-ticket-limit = Offene Tickets pro Mitglied
web-settings-ticket-limit-hint = 1–100, gilt nicht für das Team
web-settings-open-cap = Offene Tickets auf dem ganzen Server
web-settings-open-cap-hint = von allen Mitgliedern; leer für keine Obergrenze, gilt nicht für das Team
web-settings-naming = Kanalbenennung
web-settings-welcome = Willkommensnachricht
# %user%, %ticket_id% und %server% werden so eingetippt, wie sie sind.
web-settings-welcome-hint = leer für die Standardnachricht; %user%, %ticket_id%, %server% und weitere funktionieren
# Danach folgen ein Link zur Seite des Willkommens-Embeds („Willkommens-Embed“) und ein Punkt.
web-settings-welcome-embed = Das zugehörige Embed (Titel, Bilder, Fußzeile, Felder):

web-settings-claiming = Übernehmen und Schließen
web-settings-claim-support-can-view = Das übrige Support-Team sieht übernommene Tickets weiterhin
web-settings-claim-support-can-type = Das übrige Support-Team darf in übernommenen Tickets weiterhin schreiben
web-settings-users-can-close = Ersteller dürfen ihre eigenen Tickets schließen
# „Schließen“, „Mit Grund schließen“ und „Übernehmen“ sind die Buttons der Willkommensnachricht
# eines Tickets (button-close, button-close-with-reason, button-claim in bot.ftl).
web-settings-close-confirmation = Der Button „Schließen“ fragt nach einer Bestätigung
web-settings-dm-on-close = Dem Ersteller beim Schließen seines Tickets eine Zusammenfassung per Direktnachricht senden
web-settings-feedback = Den Ersteller nach dem Schließen per Direktnachricht bitten, das Ticket zu bewerten (sofern er darin geschrieben hat und nicht zum Team gehört)
web-settings-hide-close = Button „Schließen“ bei neuen Tickets ausblenden
web-settings-hide-close-with-reason = Button „Mit Grund schließen“ ausblenden
# Danach folgt „(/claim funktioniert weiterhin)“, gebildet mit web-settings-hide-claim-command.
web-settings-hide-claim = Button „Übernehmen“ ausblenden
# In Klammern nach dem Befehl /claim: „(/claim funktioniert weiterhin)“.
web-settings-hide-claim-command = funktioniert weiterhin
# Danach folgt „(/open für das Team)“, gebildet mit web-settings-disable-open-command.
web-settings-disable-open = Mitglieder öffnen Tickets nur über Panels
# In Klammern nach dem Befehl /open: „(/open für das Team)“.
web-settings-disable-open-command = für das Team
web-settings-no-transcripts = Keine Transkripte aufbewahren (Tickets werden trotzdem geschlossen und protokolliert)

web-settings-autoclose = Automatisches Schließen
web-settings-autoclose-enabled = Tickets nach den Regeln unten automatisch schließen
web-settings-autoclose-no-response = Keine Antwort vom Ersteller seit dem Öffnen
# 30m, 12h und 3d werden so eingetippt, wie sie sind (Minuten, Stunden, Tage).
web-settings-autoclose-no-response-hint = z. B. 30m, 12h oder 3d; leer: aus
web-settings-autoclose-since-last = Keine Antwort vom Ersteller, seit das Team zuletzt geschrieben hat
web-settings-autoclose-since-last-hint = leer: aus
web-settings-autoclose-on-leave = Schließen, wenn der Ersteller den Server verlässt
web-settings-autoclose-warning = So lange vor dem Schließen warnen
web-settings-autoclose-warning-hint = leer: keine Warnung; kürzer als jede Regel
web-settings-save-settings = Einstellungen speichern

# Warum das Formular nicht gespeichert wurde.
web-settings-pick-ticket-category = Wähle die Ticket-Kategorie aus der Liste.
web-settings-pick-overflow-category = Wähle die Überlauf-Kategorie aus der Liste.
web-settings-pick-log-channel = Wähle den Log-Kanal aus der Liste.
web-settings-pick-notification-channel = Wähle den Benachrichtigungskanal aus der Liste.
web-settings-pick-language = Wähle die Sprache aus der Liste.
web-settings-ticket-limit-number = Das Ticket-Limit muss eine Zahl zwischen 1 und 100 sein.

## Ticket-Einstellungen: das zweite Formular („Ticket starten“, Berechtigungen, Bereitschaft)

web-settings-access-heading = „Ticket starten“, Berechtigungen und Bereitschaft
# „Ticket starten“ ist der Name des Bot-Eintrags im Nachrichtenmenü von Discord (Apps),
# cmd-start_ticket in commands.ftl.
web-settings-start-ticket = Nachrichtenmenü „Ticket starten“
web-settings-start-ticket-level = Wer es nutzen darf
web-settings-level-everyone = Alle
web-settings-level-support = Support-Team und Admins
web-settings-level-admin = Admins
web-settings-start-ticket-add-author = Den Autor der Nachricht zum Ticket hinzufügen
web-settings-start-ticket-panel = Panel für seine Tickets
web-settings-start-ticket-panel-hint = Kategorie, Team, Begrüßung, Formular
web-settings-start-ticket-no-panel = Kein Panel (die Einstellungen des Servers)

web-settings-permissions = Ticket-Berechtigungen
web-settings-permissions-hint = in Ticket-Kanälen; nicht angehakt heißt verweigert
# Spaltenüberschriften: für wen eine Berechtigung gilt.
web-settings-permissions-opener = Ersteller
web-settings-permissions-support = Support-Team
# Für Screenreader bei jedem Kästchen; { $permission } ist eine der Berechtigungen unten
# (etwa „Dateien anhängen“).
web-settings-opener-may = Ersteller darf { $permission }
web-settings-support-may = Support-Team darf { $permission }
# Was ein Mitglied in einem Ticket-Kanal darf (Discords Berechtigungen), als Satzteil.
web-settings-permission-attach-files = Dateien anhängen
web-settings-permission-embed-links = Links einbetten
web-settings-permission-add-reactions = Reaktionen hinzufügen
web-settings-permission-external-emoji = externe Emojis verwenden
web-settings-permission-external-stickers = externe Sticker verwenden
web-settings-permission-voice-messages = Sprachnachrichten senden

web-settings-on-call = Bereitschaft (Thread-Tickets)
web-settings-on-call-role = Bereitschaftsrolle
# Der Hinweis nach „Bereitschaftsrolle“, um den Befehl /on-call herum: „Teammitglieder führen
# /on-call aus, um sie zu erhalten; …“.
web-settings-on-call-role-hint-before = Teammitglieder führen
web-settings-on-call-role-hint-after = aus, um sie zu erhalten; neue Thread-Tickets fügen alle hinzu, die in Bereitschaft sind. Sie muss unter der höchsten Rolle von ticketbox stehen.
# /on-call ist ein Befehl und wird so eingetippt, wie er ist.
web-settings-on-call-role-none = Wird von ticketbox beim ersten /on-call erstellt
web-settings-save = Speichern

# Warum das zweite Formular nicht gespeichert wurde.
web-settings-start-ticket-level-invalid = „Ticket starten“, nutzbar für: Wähle alle, Support-Team oder Admins.
web-settings-start-ticket-panel-invalid = „Ticket starten“, Panel: Wähle eines der Panels dieses Servers.
web-settings-on-call-role-invalid = Bereitschaftsrolle: Wähle eine Rolle aus der Liste.

## Willkommens-Embed

web-welcome-title = Willkommens-Embed
# Der Link zurück zur Einstellungsseite.
web-welcome-settings = Einstellungen
# %user%, %ticket_id% und %server% werden so eingetippt, wie sie sind.
web-welcome-intro = Das Embed um die Willkommensnachricht des Servers, für Tickets, deren Panel keines festlegt (das eigene eines Panels steht im Panel-Editor). Platzhalter wie %user%, %ticket_id% und %server% funktionieren in jedem Text.
web-welcome-legend = Embed
web-welcome-save = Willkommens-Embed speichern
web-welcome-preview = Vorschau
web-welcome-preview-note = Vorschau (Platzhalter wie eingegeben)
web-welcome-images-note = Bilder werden nur genannt, nicht geladen: Das Dashboard ruft nichts von anderen Websites ab.

## Der Embed-Editor (Willkommens-Embeds, Panels, Tags) und seine Vorschau

web-embed-title = Titel
# %ticket_id% wird so eingetippt, wie es ist.
web-embed-title-hint = Platzhalter funktionieren; leer für „Ticket #%ticket_id%“
web-embed-colour = Farbe
# #rrggbb: eine hexadezimal eingegebene Farbe, wie #5865f2.
web-embed-colour-hint = #rrggbb; leer für die des Panels
web-embed-url = Titel-Link
web-embed-author = Autor
web-embed-author-icon = Autor-Icon
web-embed-icon-hint = Bild-URL
web-embed-author-url = Autor-Link
web-embed-image = Bild
web-embed-image-hint = groß, unter dem Text
web-embed-thumbnail = Vorschaubild
web-embed-thumbnail-hint = klein, oben rechts
web-embed-footer = Fußzeile
web-embed-footer-icon = Fußzeilen-Icon
web-embed-timestamp = Zeitpunkt des Sendens anzeigen
# „Entfernen“ ist die Überschrift der letzten Spalte (web-embed-remove).
web-embed-fields-caption = Felder (bis zu 25): Ändere die Nummern der Reihenfolge zum Umsortieren, hake „Entfernen“ an, um ein Feld zu löschen, und fülle eine leere Zeile aus, um eines hinzuzufügen.
# Spaltenüberschriften der Feldtabelle.
web-embed-order = Reihenfolge
web-embed-name = Name
web-embed-value = Wert
web-embed-inline = Inline
web-embed-remove = Entfernen
# Für Screenreader; { $number } ist die Nummer der Zeile.
web-embed-field-order = Reihenfolge von Feld { $number }
web-embed-field-name = Name von Feld { $number }
web-embed-field-value = Wert von Feld { $number }
web-embed-field-inline = Feld { $number } inline
web-embed-field-remove = Feld { $number } entfernen
# Die Vorschau nennt Bilder, statt sie zu laden; { $host } ist der Name einer Website.
web-embed-preview-thumbnail = Vorschaubild
web-embed-preview-links-to = verlinkt auf { $host }
web-embed-preview-image = Bild von { $host }
web-embed-preview-time = der Zeitpunkt des Sendens
# Warum ein Embed nicht gespeichert wurde.
web-embed-colour-invalid = Embed-Farbe: eine Hex-Farbe wie #5865F2.
web-embed-order-invalid = Embed-Feld { $number }: Die Reihenfolge muss eine Zahl sein.

## Team und Support-Teams

web-staff-title = Team & Support-Teams
web-staff-role = Rolle
# Zwischen der Rollenliste und dem Mitgliedsfeld: eine Rolle wählen oder ein Mitglied eingeben.
web-staff-or = oder
web-staff-member = Mitglied
web-staff-member-placeholder = Benutzername oder Benutzer-ID
# Der Button „ד nach einem Eintrag, für Screenreader.
web-staff-remove = Entfernen
web-staff-intro = Der Serverbesitzer und Mitglieder mit der Berechtigung „Administrator“ sind immer Admins.
web-staff-admins = Admins
web-staff-no-admins = Keine Admin-Einträge.
web-staff-support = Support
web-staff-no-support = Keine Support-Einträge.
# Vor der Stufenauswahl: (Rolle oder Mitglied) als Support oder Admin hinzufügen.
web-staff-as = als
web-staff-level-support = Support
web-staff-level-admin = Admin
web-staff-add = Hinzufügen
web-staff-teams = Support-Teams
web-staff-teams-intro = Ein Panel mit Teams wird nur von diesen Teams bearbeitet; ihre Mitglieder gehören zum Support-Team.
web-staff-no-members = Keine Mitglieder.
web-staff-add-to-team = Zum Team hinzufügen
web-staff-delete-team-confirm = Dieses Team löschen? Seine Panels werden dann vom gesamten Support-Team bearbeitet.
web-staff-delete-team = Team löschen
web-staff-new-team = Neues Team
# Ein Beispiel-Teamname, im leeren Feld angezeigt.
web-staff-new-team-placeholder = Abrechnung
web-staff-create = Erstellen
web-staff-blacklist = Sperrliste
web-staff-blacklist-intro = Gesperrte Mitglieder und Rollen können keine Tickets öffnen. Teammitglieder können nicht gesperrt werden.
web-staff-nobody-blacklisted = Niemand ist gesperrt.
web-staff-reason = Grund
web-staff-reason-placeholder = optional, für das Team sichtbar
# Der Button, der sperrt.
web-staff-blacklist-button = Sperren
# Eine Rolle, die es nicht mehr gibt; { $id } ist ihre Discord-ID.
web-staff-deleted-role = @gelöschte Rolle { $id }
# Warum eine Änderung nicht vorgenommen wurde.
web-staff-unknown-action = Unbekannte Aktion.
web-staff-unknown-entry = Unbekannter Eintrag.
web-staff-roles-unavailable = Die Rollenliste ist gerade nicht verfügbar.
web-staff-pick-role = Wähle eine Rolle aus der Liste.
web-staff-role-or-member = Wähle eine Rolle oder gib den Namen eines Mitglieds ein, aber nur eines von beiden.
web-staff-pick-level = Wähle Admin oder Support.
web-staff-own-admin = Deinen eigenen Admin-Eintrag kannst du hier nicht entfernen; frag einen anderen Admin.
web-staff-team-name = Ein Teamname muss 1 bis 100 Zeichen lang sein.
web-staff-staff-not-blacklisted = Teammitglieder können nicht gesperrt werden.
web-staff-already-blacklisted = Bereits gesperrt.
web-staff-no-such-team = Dieses Team gibt es nicht (mehr).

## Integrationen

web-integrations-title = Integrationen
web-integrations-intro = Integrationen ergänzen die Willkommensnachricht neuer Tickets um Angaben aus anderen Diensten. Es wird nichts gesendet, solange du es hier nicht aktivierst, und eine Integration wird nur aufgerufen, wenn die Willkommensnachricht einen ihrer Platzhalter verwendet. Jeder Aufruf steht im Audit-Log.
# Danach folgen die Namen der Platzhalter (%roblox_username%, …) und ein Punkt.
web-integrations-roblox-intro = Sendet die Discord-Benutzer-ID des Erstellers (und die ID dieses Servers) an den Anbieter und fragt dann bei Roblox das Konto ab, das dieser nennt.
web-integrations-roblox-placeholders = Platzhalter:
web-integrations-roblox-enabled = Ersteller auf Roblox nachschlagen
# Welcher Anbieter zuerst gefragt wird (Bloxlink oder RoVer).
web-integrations-roblox-first = Zuerst fragen
web-integrations-bloxlink-key = Bloxlink-API-Schlüssel
web-integrations-rover-key = RoVer-API-Schlüssel
web-integrations-key-saved = gespeichert; gib einen neuen ein, um ihn zu ersetzen
web-integrations-key-not-set = nicht festgelegt
web-integrations-save = Speichern
web-integrations-own = Integrationen dieses Servers
web-integrations-new = Neue Integration
web-integrations-none-yet = Noch keine.
web-integrations-public = Öffentliche Integrationen
web-integrations-public-intro = Von anderen Servern auf dieser ticketbox-Instanz erstellt und von ihren Betreibern freigegeben. Lies vor dem Aktivieren, was jede Integration erhält, und ihre Datenschutzerklärung.
web-integrations-none = Keine.
# Markierungen nach dem Namen einer Integration.
web-integrations-badge-enabled = aktiviert
web-integrations-badge-public = öffentlich
web-integrations-image = Bild (hier nicht geladen): { $url }
# { $data }: was die Integration erhält, etwa „die Discord-Benutzer-ID des Erstellers“ (mehrere
# durch „; “ getrennt), oder web-integrations-receives-nothing.
web-integrations-receives = Erhält: { $data }.
web-integrations-receives-nothing = nichts von Discord
web-integrations-privacy-policy = Datenschutzerklärung
web-integrations-no-privacy-policy = Keine Datenschutzerklärung angegeben.
web-integrations-last-error = Letzter Aufruf fehlgeschlagen: { $error }
# { $error }: warum (oft auf Englisch); { $time }: ein Datum mit Uhrzeit.
web-integrations-error-at = { $error } ({ $time } UTC)
web-integrations-disable = Deaktivieren
web-integrations-enable = Aktivieren
web-integrations-edit = Bearbeiten
web-integrations-delete-confirm = Diese Integration löschen? Server, die sie aktiviert haben, verlieren sie.
web-integrations-delete = Löschen
web-integrations-make-private = Privat machen
# Nur die Betreiber der ticketbox-Instanz sehen diesen Button.
web-integrations-make-public = Öffentlich machen (Betreiber)

# Der Editor.
web-integrations-edit-title = Integration bearbeiten
# { $name }: der Name der Integration.
web-integrations-edit-heading = { $name } bearbeiten
web-integrations-edit-intro = Wenn ein Ticket geöffnet wird und die Willkommensnachricht einen ihrer Platzhalter verwendet, sendet ticketbox diese Anfrage und liest die Platzhalter aus der JSON-Antwort (höchstens 64 KiB, innerhalb des Timeouts; andernfalls gilt der Ersatzwert jedes Platzhalters).
# Danach folgen die Platzhalter, die eine Anfrage nutzen kann: „%user_id%, %guild_id%, …,
# %secret:NAME% und %form:question%“, dann web-integrations-edit-form-answer.
web-integrations-edit-can-use = In einer Anfrage nutzbar sind
# Vor dem letzten der aufgezählten Platzhalter.
web-integrations-edit-and = und
# Nach %form:question%: wofür es steht.
web-integrations-edit-form-answer = (die Antwort des Erstellers auf eine Text- oder Auswahlfrage).
web-integrations-edit-public-only = Nur öffentliche Adressen können aufgerufen werden.
web-integrations-about = Angaben
web-integrations-name = Name
web-integrations-description = Beschreibung
web-integrations-image-url = Bild-URL
web-integrations-optional = optional
web-integrations-privacy-url = URL der Datenschutzerklärung
web-integrations-privacy-url-hint = wird Servern angezeigt, die sie hinzufügen
# Die HTTP-Anfrage, die die Integration sendet.
web-integrations-request = Anfrage
web-integrations-method = Methode
web-integrations-url = URL
web-integrations-body = JSON-Body
web-integrations-body-hint = nur bei POST; Platzhalter innerhalb von Anführungszeichen
web-integrations-timeout = Timeout in Sekunden
# HTTP-Header.
web-integrations-headers = Header
web-integrations-up-to-5 = bis zu 5
web-integrations-value = Wert
# Für Screenreader; { $number } ist die Nummer der Zeile.
web-integrations-header-name = Name von Header { $number }
web-integrations-header-value = Wert von Header { $number }
web-integrations-secrets = Secrets
# %secret:NAME% wird so eingetippt, wie es ist (NAME: der Name des Secrets).
web-integrations-secrets-hint = bis zu 5; verwendet als %secret:NAME%; wird nie wieder angezeigt – lass einen Wert leer, um ihn zu behalten
web-integrations-secret-name = Name von Secret { $number }
web-integrations-secret-value = Wert von Secret { $number }
# Im leeren Feld eines Secrets angezeigt, dessen Wert gespeichert ist.
web-integrations-secret-saved = gespeichert
web-integrations-placeholders = Platzhalter
# %name% steht für den Namen des Platzhalters, wie er in der Willkommensnachricht steht.
web-integrations-placeholders-hint = bis zu 15: %name% in der Willkommensnachricht, aus der Antwort gelesen
web-integrations-json-path = JSON-Pfad
web-integrations-fallback = Ersatzwert
web-integrations-placeholder-name = Platzhalter { $number }
web-integrations-placeholder-path = Pfad { $number }
web-integrations-placeholder-fallback = Ersatzwert { $number }
web-integrations-save-integration = Integration speichern
web-integrations-cancel = Abbrechen
# Warum eine Änderung nicht vorgenommen wurde.
web-integrations-not-found = Diese Integration gibt es nicht (mehr).
# { $name }: der Name des Secrets.
web-integrations-secret-too-long = Secret { $name }: höchstens 1.000 Zeichen.
web-integrations-unknown = Unbekannte Integration.
web-integrations-operators-only = Nur die Betreiber dieser ticketbox-Instanz können eine Integration öffentlich machen.
web-integrations-unknown-action = Unbekannte Aktion.
web-integrations-pick-first = Erster Anbieter: Wähle Bloxlink oder RoVer.
