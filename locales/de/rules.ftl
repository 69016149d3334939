# Warum abgelehnt wird, was ein Admin oder Mitglied eingegeben hat: die Formularfehler des
# Dashboards und die privaten Antworten des Bots (deutsche Übersetzung von
# locales/en-US/rules.ftl). Platzhalter: `{ $name }`; als „in Anführungszeichen“ vermerkte Werte
# kommen mit ihren Anführungszeichen an ("Billing"). Eingetippte Formate (mon-fri 09:00-17:00,
# #5865F2) und Platzhalter zwischen Prozentzeichen (%id%, %next_open%) bleiben, wie sie sind.

## Embeds: Discords Limits; jede Ablehnung nennt das Embed und seinen Teil

# Das Embed, das eine Ablehnung nennt, als $embed unten (im Nominativ; steht auch nach „im“).
rule-embed-name-panel = Panel-Embed
rule-embed-name-welcome = Willkommens-Embed
rule-embed-name-tag = Tag-Embed
rule-embed-name-multi-panel = Multi-Panel-Embed
# Ein Teil eines Embeds, als $part unten.
rule-embed-part-title = Titel
rule-embed-part-description = Beschreibung
rule-embed-part-author-name = Autorname
rule-embed-part-footer = Fußzeile
rule-embed-part-link = Titel-Link
rule-embed-part-author-icon = Autor-Icon
rule-embed-part-author-link = Autor-Link
rule-embed-part-image = Bild
rule-embed-part-thumbnail = Vorschaubild
rule-embed-part-footer-icon = Fußzeilen-Icon
rule-embed-part-field-name = Name von Feld { $n }
rule-embed-part-field-value = Wert von Feld { $n }
# Der Teil eines Embeds: „Titel im Willkommens-Embed“.
rule-embed-part = { $part } im { $embed }
# $field: ein Teil eines Embeds oder ein anderes Feld mit einer Webadresse („Bild-URL“).
rule-embed-too-long = { $field }: höchstens { $max } Zeichen.
rule-embed-url-invalid = { $field }: Verwende eine Webadresse, die mit https:// oder http:// beginnt.
rule-embed-colour = Farbe im { $embed }: eine Hex-Farbe wie #5865F2.
rule-embed-author-needs-name = Autor im { $embed }: Ein Icon oder Link braucht den Namen des Autors.
rule-embed-footer-needs-text = Fußzeile im { $embed }: Ein Icon braucht einen Fußzeilentext.
rule-embed-too-many-fields = Felder im { $embed }: höchstens { $max }.
rule-embed-field-incomplete = Feld { $n } im { $embed }: Es braucht einen Namen und einen Wert.
rule-embed-total-too-long = { $embed }: insgesamt { $total } Zeichen; Discord erlaubt { $max } pro Embed.
# Ein Embed-Feld, in einer Zeile eingegeben (/panel embed, /tag embed). „inline“ wird so
# eingetippt, wie es ist; „Name | Wert“ wie in commands.ftl (opt-add_field).
rule-embed-field-line-inline = Feld: Der dritte Teil muss „inline“ sein oder fehlen, nicht { $got }.
rule-embed-field-line-format = Feld: Schreibe es als Name | Wert (| inline).

## Farben

rule-colour-invalid = { $value } ist keine Hex-Farbe wie #5865F2.

## Panels

rule-panel-title-length = Der Panel-Titel muss 1 bis 100 Zeichen lang sein.
rule-panel-text-too-long = Der Panel-Text darf höchstens 4000 Zeichen lang sein.
rule-panel-button-label-length = Die Button-Beschriftung muss 1 bis 80 Zeichen lang sein.
rule-panel-colour = Die Farbe muss eine Hex-Farbe wie #5865F2 sein.
rule-panel-welcome-too-long = Die Willkommensnachricht darf höchstens 4000 Zeichen lang sein.
rule-panel-too-many-mentions = Ein Panel kann höchstens { $max } Rollen erwähnen.
rule-panel-ticket-limit = Das Ticket-Limit des Panels muss zwischen 1 und 100 liegen.
rule-panel-cooldown-too-long = Die Wartezeit darf höchstens 7 Tage betragen.

## Die Zugriffsregeln eines Panels (wer darüber Tickets öffnen darf)

rule-access-too-many = Zugriffsregeln: höchstens { $max } pro Panel.
rule-access-duplicate = Zugriffsregeln: { $role } hat zwei Regeln; nur die erste würde je greifen.
# $rule und $everyone_rule: Plätze in der Liste (1, 2, …).
rule-access-unreachable = Zugriffsregeln: Regel { $rule } ({ $role }) kann nie greifen, denn Regel { $everyone_rule } (@everyone) entscheidet vorher für jedes Mitglied. Setze @everyone ans Ende.

## Formulare und ihre Fragen

rule-form-title-length = Ein Formulartitel muss 1 bis 45 Zeichen lang sein (Discords Limit für ein Formular).
rule-form-question-length = Eine Frage muss 1 bis 45 Zeichen lang sein.
rule-form-description-too-long = Beschreibung: höchstens 100 Zeichen.
rule-form-placeholder-too-long = Ein Platzhalter darf höchstens { $max } Zeichen lang sein.
rule-form-options-not-choice = Optionen: Nur Auswahlfragen haben Optionen.
rule-form-picks-not-select = Mindest- und Höchstzahl der Auswahlen gelten nur für Auswahlfragen und Fragen mit Mitglieder-, Rollen- oder Kanalauswahl.
rule-form-channel-types-not-channel = Kanalarten: Die gibt es nur bei Kanalfragen.
rule-form-answer-length-range = Antwortlängen müssen zwischen 0 und { $max } liegen (Antworten werden in einem Embed-Feld angezeigt, das { $max } Zeichen fasst).
rule-form-min-length-above-max = Die Mindestlänge darf nicht über der Höchstlänge liegen.
rule-form-lengths-not-text = Antwortlängen gelten nur für Textfragen.
rule-form-options-none = Optionen: Eine Auswahlfrage braucht mindestens eine Option.
rule-form-options-too-many = Optionen: höchstens { $max } (Discords Limit für ein Auswahlmenü).
# $value: der Wert einer Option, in Anführungszeichen.
rule-form-option-value-twice = Optionen: Der Wert { $value } kommt zweimal vor.
# „Höchstens auswählen“ und „Mindestens auswählen“ sind die Felder im Dashboard.
rule-form-max-picks-options = Höchstens auswählen: zwischen 1 und { $max } (die Anzahl der Optionen).
rule-form-max-picks = Höchstens auswählen: zwischen 1 und { $max }.
rule-form-min-picks-above-max = Die Mindestzahl der Auswahlen darf nicht über der Höchstzahl liegen.
# „Pflichtfeld“ ist der Name eines Kästchens auf der Formularseite (web-forms-required).
rule-form-min-picks-required = Mindestens auswählen: Eine Pflichtfrage braucht mindestens 1 (entferne den Haken bei „Pflichtfeld“, um keine Auswahl zuzulassen).
# $form und $question kommen in Anführungszeichen; $kind ist eine der Nachrichten rule-form-kind-*.
rule-form-exit-survey-picker = Das Formular { $form } ist eine Abschlussumfrage, die nach dem Schließen eines Tickets per Direktnachricht verschickt wird; dort gibt es keinen Server, aus dem ausgewählt werden könnte, daher kann { $question } keine Frage vom Typ „{ $kind }“ sein. Abschlussumfragen stellen Text- und Auswahlfragen.
# Die Art einer Frage, in „Frage vom Typ „…““ (wie web-forms-kind-* in web-panels.ftl).
rule-form-kind-text = Text
rule-form-kind-choice = Auswahl aus einer Liste
rule-form-kind-user = Mitgliederauswahl
rule-form-kind-role = Rollenauswahl
rule-form-kind-mentionable = Mitglieder- oder Rollenauswahl
rule-form-kind-channel = Kanalauswahl

## Die Antworten eines Mitglieds auf ein Formular (dem Mitglied angezeigt)

rule-form-changed = Dieses Formular wurde geändert, während du es ausgefüllt hast. Öffne es erneut.
# $question: die Frage, wie der Server sie geschrieben hat.
rule-form-answer-one = „{ $question }“ erwartet genau eine Antwort.
rule-form-answer-count = „{ $question }“ erwartet { $min } bis { $max } Antworten.
rule-form-answer-needed = „{ $question }“ muss beantwortet werden.
rule-form-answer-too-short = Die Antwort auf „{ $question }“ muss mindestens { $min } Zeichen lang sein.
rule-form-answer-too-long = Die Antwort auf „{ $question }“ darf höchstens { $max } Zeichen lang sein.

## Die Optionen einer Auswahlfrage

rule-option-label-length = Beschriftung einer Option: 1 bis 100 Zeichen.
# $option: die Beschriftung der Option, in Anführungszeichen.
rule-option-value-length = Wert der Option { $option }: 1 bis 100 Zeichen.
rule-option-description-too-long = Beschreibung der Option { $option }: höchstens 100 Zeichen.
# <:name:id> ist die Schreibweise eines Server-Emojis: unverändert lassen.
rule-option-emoji-invalid = Emoji der Option { $option }: Verwende das Emoji selbst (🎫) oder ein Server-Emoji in der Form <:name:id>.
# Optionen, in einer Zeile eingegeben; $option ist eine davon, in Anführungszeichen
# („Beschriftung | Beschreibung | Emoji“ wie in commands.ftl, opt-options).
rule-options-line-parts = Optionen: { $option } hat mehr als drei Teile (Beschriftung | Beschreibung | Emoji).
# $word: die Eingabe, in Anführungszeichen; $known: die Arten, wie sie eingetippt werden (text, voice, …).
rule-channel-kinds-unknown = Kanalarten: { $word } ist unbekannt; möglich sind { $known }.

## Die Bereitschaftsrolle

rule-on-call-everyone = @everyone kann nicht die Bereitschaftsrolle sein: Wähle eine andere Rolle.
rule-on-call-managed = { $role } gehört zu einem Bot oder einer Integration und kann daher niemandem vergeben werden: Wähle eine andere Rolle.
# „Servereinstellungen → Rollen“ ist Discords Menü.
rule-on-call-above-bot = { $role } steht über der höchsten Rolle von ticketbox, daher kann ticketbox sie weder vergeben noch entfernen. Ziehe unter Servereinstellungen → Rollen die Rolle von ticketbox über { $role } oder wähle eine niedrigere Rolle.
rule-on-call-not-connected = ticketbox ist nicht mit Discord verbunden und kann diese Rolle daher nicht prüfen; versuche es gleich noch einmal.
rule-on-call-unknown-role = Bereitschaftsrolle: ticketbox kennt diese Rolle nicht.

## Die Kategorie eines Panels für wartende Tickets

rule-awaiting-category-same = Die Kategorie für wartende Tickets muss eine andere sein als die Kategorie des Panels.

## Multi-Panels

rule-multi-panel-placeholder-too-long = Platzhaltertext des Auswahlmenüs: höchstens { $max } Zeichen.
# $label: die Beschriftung des Eintrags, in Anführungszeichen.
rule-multi-panel-entry-label-too-long = Beschriftung des Eintrags { $label }: höchstens 80 Zeichen (das Limit eines Buttons).
rule-multi-panel-entry-description-too-long = Beschreibung eines Eintrags: höchstens 100 Zeichen.
# $emoji: die Eingabe, in Anführungszeichen. <:name:id> unverändert lassen.
rule-multi-panel-entry-emoji-invalid = Emoji { $emoji } eines Eintrags: Verwende ein einzelnes Emoji oder ein eigenes in der Form <:name:id>.

## Tags

rule-tag-name-length = Ein Tag-Name muss 1 bis 32 Zeichen lang sein.
rule-tag-content-empty = Ein Tag braucht einen Text.
rule-tag-content-too-long = Ein Tag darf höchstens 2000 Zeichen enthalten (eine Discord-Nachricht).

## Labels

rule-label-name-length = Label-Name: 1 bis { $max } Zeichen.
rule-label-name-characters = Label-Name: Buchstaben, Ziffern, Leerzeichen und Bindestriche – kein , @ < oder >.
# $reason: warum die Farbe abgelehnt wurde (rule-colour-invalid).
rule-label-colour = Label-Farbe: { $reason }
# $label: der Name des Labels, in Anführungszeichen.
rule-label-exists = Ein Label namens { $label } gibt es bereits.
rule-label-too-many = Ein Server kann höchstens { $max } Labels anlegen; lösche zuerst eines.
rule-label-on-ticket = Dieses Ticket hat das Label { $label } bereits.
rule-label-ticket-full = Ein Ticket kann höchstens { $max } Labels tragen; entferne zuerst eines.
rule-label-not-on-ticket = Dieses Ticket hat das Label { $label } nicht.

## Die Einstellungen eines Servers

# 1h, 24h, 3d und 7d werden so eingetippt, wie sie sind.
rule-settings-thread-archive = Die Archivierungszeit für Threads muss 1h, 24h, 3d oder 7d sein.
rule-settings-naming-empty = Das Namensschema darf nicht leer sein.
rule-settings-naming-too-long = Das Namensschema darf höchstens 100 Zeichen lang sein.
rule-settings-naming-needs-number = Das Namensschema muss %id% oder %id_padded% enthalten, damit jedes Ticket einen eigenen Namen bekommt.
rule-settings-ticket-limit = Das Ticket-Limit muss zwischen 1 und 100 liegen.
rule-settings-open-cap = Die Obergrenze für offene Tickets muss zwischen 1 und 10000 liegen.
rule-settings-open-cap-number = Die Obergrenze für offene Tickets muss eine Zahl zwischen 1 und 10000 sein.
rule-settings-blacklist-reason-too-long = Der Grund für die Sperre darf höchstens { $max } Zeichen lang sein.
rule-settings-claim-type-without-view = Das Support-Team kann nicht in Tickets schreiben, die es nicht sieht: Lass es übernommene Tickets auch sehen.
rule-settings-welcome-too-long = Die Willkommensnachricht darf höchstens 4.000 Zeichen lang sein.
rule-settings-overflow-same = Die Überlauf-Kategorie muss eine andere sein als die Ticket-Kategorie.

## Die Supportzeiten eines Panels
## Tage und Uhrzeiten werden als mon-fri 09:00-17:00 eingetippt, Daten als 2026-12-24: unverändert lassen.

# $zone: die Eingabe, in Anführungszeichen. Die Zeitzonennamen (Europe/Berlin …) bleiben, wie sie sind.
rule-hours-timezone = Zeitzone: { $zone } ist kein Zeitzonenname; verwende einen wie Europe/Berlin, America/New_York oder UTC.
# $window und $days: die Eingabe, in Anführungszeichen.
rule-hours-window-format = Supportzeiten: { $window } sollte wie „mon-fri 09:00-17:00“ aussehen.
rule-hours-days-backwards = Supportzeiten: { $days } läuft rückwärts; schreibe die Tage ab Montag (mon-fri).
# $date: die Eingabe, in Anführungszeichen.
rule-hours-holiday-date = Freie Tage: { $date } ist kein Datum wie 2026-12-24.
rule-hours-no-window = Supportzeiten: Füge mindestens ein Zeitfenster hinzu, z. B. „mon-fri 09:00-17:00“.
rule-hours-too-many-windows = Supportzeiten: höchstens { $max } Zeitfenster.
# $window und $other: ein Zeitfenster wie eingegeben (mon 09:00-17:00).
rule-hours-window-outside-week = Supportzeiten: { $window } ist keine Zeit innerhalb der Woche.
rule-hours-window-inverted = Supportzeiten: { $window } endet, bevor es beginnt; teile ein Zeitfenster über Mitternacht in zwei auf.
rule-hours-window-overlap = Supportzeiten: { $window } überschneidet sich mit { $other }.
rule-hours-too-many-holidays = Freie Tage: höchstens { $max }.
rule-hours-holiday-inverted = Freie Tage: { $from }..{ $to } endet, bevor es beginnt.
rule-hours-message-too-long = Hinweis außerhalb der Supportzeiten: höchstens { $max } Zeichen.
rule-hours-colour = Farbe des Hinweises: eine Hex-Farbe wie #5865F2.
# Der Hinweis an ein Mitglied außerhalb der Supportzeiten, wenn der Server keinen geschrieben hat.
# %next_open_relative% („in 3 Stunden“) und %next_open% (Datum und Uhrzeit) bleiben, wie sie sind.
rule-hours-notice-default = Unser Team ist gerade nicht da und %next_open_relative% wieder erreichbar (%next_open%).
# Steht für %next_open% und %next_open_relative%, wenn keine Öffnungszeit bekannt ist.
rule-hours-notice-later = später

## Die HTTP-Integrationen eines Servers (das Integrationsformular des Dashboards)
## Platzhalter zwischen Prozentzeichen (%user_id%, %secret:NAME%, %form:question%) und die
## HTTP-Wörter (GET, POST, JSON) bleiben, wie sie sind.

# Die Felder des Formulars, als $field unten.
rule-integration-field-image-url = Bild-URL
rule-integration-field-privacy-url = URL der Datenschutzerklärung
rule-integration-field-request-url = Anfrage-URL
rule-integration-field-body = Body
rule-integration-field-header = Header { $header }
rule-integration-field-secret-name = Name eines Secrets
rule-integration-field-output-name = Name eines Platzhalters
# $got: die Eingabe, in Anführungszeichen.
rule-integration-name-invalid = { $field }: 1 bis 32 Buchstaben, Ziffern oder _ (eingegeben: { $got }).
rule-integration-unknown-secret = { $field }: %secret:{ $secret }% bezeichnet kein Secret dieser Integration.
rule-integration-unknown-placeholder = { $field }: %{ $name }% ist kein Platzhalter, den eine Anfrage nutzen kann (%user_id%, %guild_id%, %ticket_id%, %panel_id%, %secret:NAME%, %form:question%).
rule-integration-name-length = Name: 1 bis { $max } Zeichen.
rule-integration-description-too-long = Beschreibung: höchstens { $max } Zeichen.
rule-integration-url-invalid = Anfrage-URL: eine Webadresse, die mit https:// oder http:// beginnt.
rule-integration-url-scheme = Anfrage-URL: Nur Adressen mit http:// und https:// können aufgerufen werden.
rule-integration-url-credentials = Anfrage-URL: Benutzername oder Passwort in der Adresse sind nicht erlaubt; übergib Zugangsdaten in einem Header mit einem Secret.
rule-integration-url-no-host = Anfrage-URL: Die Adresse braucht einen Host.
rule-integration-timeout = Timeout: 1 bis { $max } Sekunden.
rule-integration-body-with-get = Body: Eine GET-Anfrage hat keinen Body; wähle POST.
rule-integration-body-too-long = Body: höchstens { $max } Zeichen.
# $error: die Worte des JSON-Parsers (Englisch).
rule-integration-body-not-json = Body: kein gültiges JSON ({ $error }); setze Platzhalter in Anführungszeichen.
rule-integration-too-many-headers = Header: höchstens { $max }.
# $header: der Name eines Headers (in rule-integration-header-name-invalid in Anführungszeichen).
rule-integration-header-name-invalid = Header { $header }: kein gültiger Header-Name.
rule-integration-header-refused = Header { $header }: wird vom HTTP-Client gesetzt und kann von einer Integration nicht gesetzt werden.
rule-integration-header-twice = Header { $header }: doppelt angegeben.
rule-integration-header-value = Header { $header }: eine Zeile mit höchstens 1.000 Zeichen.
rule-integration-too-many-secrets = Secrets: höchstens { $max }.
rule-integration-secret-twice = Secret { $secret }: doppelt angegeben.
# Platzhalter hier: die Werte, die eine Integration aus ihrer Antwort liest, vom Admin benannt.
rule-integration-too-many-outputs = Platzhalter: höchstens { $max }.
rule-integration-output-lower-case = Platzhalter { $name }: nur Kleinbuchstaben.
rule-integration-output-builtin = Platzhalter { $name }: ticketbox hat bereits %{ $name }%; wähle einen anderen Namen.
rule-integration-output-twice = Platzhalter { $name }: doppelt angegeben.
# $reason: eine der Nachrichten rule-integration-path-*.
rule-integration-output-path = Pfad von Platzhalter { $name }: { $reason }
rule-integration-output-fallback-too-long = Ersatzwert von Platzhalter { $name }: höchstens 200 Zeichen.
# Wo ein Wert in der Antwort steht: data.user.name, items[0].id (unverändert lassen).
# $path: der Pfad wie eingegeben, in Anführungszeichen.
rule-integration-path-format = ein Pfad wie data.user.name oder items[0].id (1 bis 200 Zeichen).
rule-integration-path-empty-part = { $path } hat einen leeren Teil.
rule-integration-path-unclosed = { $path }: ein [ ohne ].
rule-integration-path-index = { $path }: [{ $index }] ist kein Index.
rule-integration-path-shape = { $path }: Schreibe ihn in der Form a.b[0].c

## Die Fragen eines Formulars ändern (der Slash-Befehl und das Dashboard)

rule-form-full = Ein Formular umfasst höchstens { $max } Fragen (Discords Limit).
# $form und $question kommen in Anführungszeichen.
rule-form-deleted = Das Formular { $form } wurde gerade gelöscht.
rule-form-asks-already = Das Formular { $form } enthält bereits die Frage { $question }.

rule-integration-sends-user-id = die Discord-Nutzer-ID des Erstellers
rule-integration-sends-guild-id = die ID dieses Servers
rule-integration-sends-ticket-id = die Nummer des Tickets
rule-integration-sends-panel-id = die ID des Panels
rule-integration-sends-answer = die Antwort des Erstellers auf die Formularfrage { $question }

rule-span-days = { $n } T
rule-span-hours = { $n } Std.
rule-span-minutes = { $n } Min.
rule-span-seconds = { $n } Sek.

rule-autoclose-warning-too-long = `warning` ({ $warning }) muss kürzer sein als `{ $rule }` ({ $limit }).
rule-autoclose-not-a-duration = `{ $field }`: „{ $value }“ ist keine Dauer; schreibe sie wie 30m, 12h oder 3d.
rule-autoclose-too-short = `{ $field }` muss mindestens 1 Minute betragen.
rule-autoclose-too-long = `{ $field }` darf höchstens 365 Tage betragen.
