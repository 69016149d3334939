# Die Panel-Seiten des Dashboards: Panels und ihr Editor, Multi-Panels, Formulare, Tags und
# Labels, mit den Gründen, aus denen eine Änderung dort abgelehnt wird (deutsche Übersetzung von
# locales/en-US/web-panels.ftl). Wird in der Sprache des Besuchers angezeigt; was ein Server
# geschrieben hat (Panel-Titel, Tag-Texte, Label-Namen), wird nie übersetzt. Wörter in
# %Prozentzeichen%, <:name:id>, @everyone und @here werden genau so eingetippt oder angezeigt,
# wie Discord und der Bot sie lesen: unverändert lassen.

## Gemeinsam für die Seiten, deren Formular eine Aktion nennt

# Ein Formular kam mit einer Aktion zurück, die die Seite nicht kennt (eine veraltete oder
# manipulierte Seite).
web-action-unknown = Unbekannte Aktion.

## Panels: die Liste

web-panels-title = Panels
web-panels-new = Neues Panel
web-panels-empty = Noch keine Panels. Ein Panel ist eine Nachricht mit einem Button, über den Mitglieder ein Ticket öffnen.
# Eine Markierung neben dem Titel eines deaktivierten Panels.
web-panels-disabled = deaktiviert
# $channel: der Name des Kanals als „#name“ oder web-panels-channel-id.
web-panels-posted-in = gepostet in { $channel }
# Ein Kanal, dessen Namen das Dashboard nicht kennt; $id ist seine Nummer.
web-panels-channel-id = Kanal { $id }
web-panels-not-posted = noch nicht gepostet
# Die Beschriftung vor einer Kanalauswahl; der Button daneben ist web-panels-post.
web-panels-post-in = Posten in
web-panels-pick-channel = Kanal wählen
web-panels-post = Posten
web-panels-delete-confirm = Dieses Panel löschen? Seine gepostete Nachricht öffnet dann keine Tickets mehr.
web-panels-delete = Löschen

## Panels: der Editor

web-panel-edit = Panel bearbeiten
web-panel-new = Neues Panel
web-panel-all = Alle Panels
web-panel-message = Die Nachricht
web-panel-title = Titel
web-panel-title-hint = eindeutig auf diesem Server
web-panel-text = Text
web-panel-colour = Farbe
web-panel-button-label = Button-Beschriftung
web-panel-button-emoji = Button-Emoji
# <:name:id> ist die Schreibweise eines eigenen Emojis des Servers: unverändert lassen.
web-panel-button-emoji-hint = ein Emoji oder <:name:id>
web-panel-button-style = Button-Stil
# Discords Button-Farben.
web-panel-style-primary = Blurple
web-panel-style-secondary = Grau
web-panel-style-success = Grün
web-panel-style-danger = Rot
web-panel-embed = Das Embed der Nachricht: Link, Autor, Bilder, Fußzeile, Felder
web-panel-tickets = Seine Tickets
web-panel-category = Kategorie
web-panel-category-default = Die Ticket-Kategorie des Servers
web-panel-awaiting = Kategorie für wartende Tickets
web-panel-awaiting-hint = Kanalmodus: Tickets warten hier, solange eine Antwort des Erstellers aussteht, und wandern zurück, sobald er schreibt (höchstens eine Verschiebung pro Ticket alle 10 Minuten)
# Keine Kategorie für wartende Tickets.
web-panel-awaiting-none = Keine
web-panel-log-channel = Log-Kanal
web-panel-log-channel-hint = wo seine geschlossenen Tickets protokolliert werden
web-panel-log-channel-default = Der Log-Kanal des Servers
web-panel-mode = Modus
web-panel-mode-default = Wie auf dem Server eingestellt
web-panel-mode-channel = Kanäle
web-panel-mode-thread = Private Threads
web-panel-naming = Benennung
# Unter Benennung und Willkommensnachricht: Ein leeres Feld verwendet die Einstellung des Servers.
web-panel-server-default-hint = leer für die Einstellung des Servers
# Ein Beispiel-Kanalname; %id% wird durch die Nummer des Tickets ersetzt: unverändert lassen.
web-panel-naming-placeholder = ticket-%id%
web-panel-welcome = Willkommensnachricht
web-panel-welcome-embed-below = Das Embed der Willkommensnachricht steht unter den Ticket-Einstellungen; leer für das des Servers.
web-panel-teams = Support-Teams
web-panel-teams-hint = keine: Das gesamte Support-Team bearbeitet diese Tickets
web-panel-mention-roles = In neuen Tickets zu erwähnende Rollen
web-panel-mention-opener = Den Ersteller erwähnen
# @here ist Discords Erwähnung: unverändert lassen.
web-panel-mention-here = @here erwähnen (alle, die das Ticket sehen können: sein Team)
web-panel-form = Formular vor dem Öffnen
web-panel-form-none = Kein Formular
web-panel-exit-survey = Abschlussumfrage
# „Erzähl uns mehr“ ist der Button, den der Bot unter seiner Bewertungsnachricht zeigt
# (button-tell-us-more in bot.ftl).
web-panel-exit-survey-hint = wird gestellt, nachdem der Ersteller ein Ticket bewertet hat („Erzähl uns mehr“); dafür muss die Bewertung in den Einstellungen aktiviert sein
web-panel-exit-survey-none = Keine Abschlussumfrage
web-panel-ticket-limit = Offene Tickets pro Mitglied über dieses Panel
web-panel-ticket-limit-hint = leer für kein zusätzliches Limit
web-panel-open-cap = Offene Tickets über dieses Panel insgesamt
web-panel-open-cap-hint = von allen Mitgliedern; leer für keine Obergrenze, gilt nicht für das Team
web-panel-cooldown = Wartezeit zwischen Tickets in Minuten
web-panel-disabled = Deaktiviert (sein Button lehnt neue Tickets ab)
web-panel-access = Wer darüber Tickets öffnen darf
# @everyone ist Discords Rolle aller Mitglieder: unverändert lassen; @Kunden ist eine Beispielrolle.
web-panel-access-intro = Zugriffsregeln, der Reihe nach geprüft: Die erste Regel, deren Rolle ein Mitglied hat, entscheidet; ein Mitglied, auf das keine Regel passt, darf öffnen. Das Team darf immer. Setze @everyone ans Ende, z. B. „erlauben @Kunden, verweigern @everyone“.
web-panel-access-order = Reihenfolge
web-panel-access-role = Rolle
web-panel-access-rule = Regel
web-panel-access-remove = Entfernen
# Beschriftungen für Screenreader in der Zeile einer Zugriffsregel; $number zählt ab 1.
web-panel-access-order-of = Reihenfolge von Regel { $number }
web-panel-access-role-of = Rolle von Regel { $number }
web-panel-access-rule-of = Regel { $number }
web-panel-access-remove-of = Regel { $number } entfernen
web-panel-access-allow = Erlauben
web-panel-access-deny = Verweigern
web-panel-hours = Supportzeiten
web-panel-hours-on = Nur, wenn das Team da ist
web-panel-hours-timezone = Zeitzone
web-panel-hours-timezone-hint = ihre Sommerzeit wird berücksichtigt
web-panel-hours-windows = Zeiten
# Das Beispiel wird so eingetippt, wie es ist (englische Tagesnamen, 24-Stunden-Zeiten): unverändert lassen.
web-panel-hours-windows-hint = z. B. mon-fri 09:00-17:00; sat 10:00-14:00 (24-Stunden-Format; ein Zeitfenster über Mitternacht in zwei aufteilen)
web-panel-hours-holidays = Freie Tage
# Das Beispiel wird so eingetippt, wie es ist (Daten, Zeiträume mit ..); „Weihnachten“ ist ein frei wählbarer Name.
web-panel-hours-holidays-hint = z. B. 2026-12-24..2026-12-26 Weihnachten; 2027-01-01
web-panel-hours-outside = Außerhalb der Zeiten
web-panel-hours-refuse = Neue Tickets ablehnen
web-panel-hours-open-and-tell = Öffnen und dem Ersteller sagen, wann das Team wieder da ist
web-panel-hours-notice = Hinweis
# %next_open% und %next_open_relative% werden so eingetippt, wie sie sind.
web-panel-hours-notice-hint = leer für den Standardhinweis; %next_open% und %next_open_relative% sagen, wann das Team wieder da ist
web-panel-hours-colour = Farbe des Hinweises
web-panel-welcome-embed = Das Embed der Willkommensnachricht (Platzhalter funktionieren in jedem Text)
web-panel-save = Panel speichern
web-panel-create = Panel erstellen
web-panel-preview = Vorschau
# Die Überschrift der Vorschau der Willkommensnachricht.
web-panel-preview-welcome = Willkommensnachricht
web-panel-preview-images = Bilder werden nur genannt, nicht geladen: Das Dashboard ruft nichts von anderen Websites ab.

## Panels: warum ein Panel nicht gespeichert oder gepostet wurde

# $number: die Zeile der Regel, ab 1.
web-panel-err-access-order = Zugriffsregel { $number }: Die Reihenfolge muss eine Zahl sein.
web-panel-err-hours-outside = Außerhalb der Supportzeiten: Wähle aus der Liste, was dann passiert.
web-panel-err-access-roles = Zugriffsregeln: Wähle Rollen aus der Liste.
# $emoji: die Eingabe, in Anführungszeichen. <:name:id> ist die Schreibweise eines Server-Emojis: unverändert lassen.
web-panel-err-emoji = { $emoji } ist kein Emoji: Verwende ein Emoji oder ein eigenes in der Form <:name:id>.
web-panel-err-button-style = Wähle einen Button-Stil aus der Liste.
web-panel-err-category = Wähle eine Kategorie aus der Liste.
web-panel-err-roles = Wähle Rollen aus der Liste.
web-panel-err-mention-roles = Wähle die zu erwähnenden Rollen aus der Liste.
web-panel-err-mode = Wähle Kanal- oder Thread-Modus aus der Liste.
web-panel-err-ticket-limit = Das Ticket-Limit muss eine Zahl zwischen 1 und 100 sein.
web-panel-err-cooldown = Die Wartezeit muss eine Anzahl von Minuten sein.
web-panel-err-log-channel = Wähle einen Log-Kanal aus der Liste.
web-panel-err-form = Wähle ein Formular aus der Liste.
web-panel-err-exit-survey = Wähle ein Formular für die Abschlussumfrage aus der Liste.
web-panel-err-awaiting = Wähle eine Kategorie für wartende Tickets aus der Liste.
# $reason: warum das gewählte Formular keine Abschlussumfrage sein kann (ein ganzer Satz).
web-panel-err-exit-survey-form = Abschlussumfrage: { $reason }
web-panel-err-teams = Wähle Support-Teams aus der Liste.
# $title: der Titel des Panels, in Anführungszeichen.
web-panel-err-title-taken = Es gibt bereits ein Panel namens { $title }.
web-panel-err-created-form-gone = Das Panel wurde erstellt, aber ein Formular, das es verwenden sollte, wurde inzwischen gelöscht. Bearbeite das Panel, um ein anderes zu wählen.
web-panel-err-saved-form-gone = Das Panel wurde gespeichert, aber ein Formular, das es verwenden sollte, wurde inzwischen gelöscht. Bearbeite das Panel, um ein anderes zu wählen.
web-panel-err-gone = Dieses Panel gibt es nicht (mehr).
web-panel-err-channel = Wähle einen Textkanal dieses Servers, in dem das Panel gepostet werden soll.

## Multi-Panels

web-multipanels-title = Multi-Panels
web-multipanels-intro = Mehrere Panels in einer Nachricht: Mitglieder wählen die Art des Tickets per Button oder aus einem Menü.
web-multipanels-empty = Noch keine Multi-Panels.
# $panels: die Titel seiner Panels, durch Kommas getrennt.
web-multipanels-shown-select = Auswahlmenü: { $panels }
web-multipanels-shown-buttons = Buttons: { $panels }
# Der Text des Auswahlmenüs, wenn der Server keinen festgelegt hat (die Vorschau und das Beispiel
# im Feld); wie panel-select-placeholder in bot.ftl.
web-multipanels-placeholder-default = Wähle aus, worum es in deinem Ticket geht
web-multipanels-customise = Anpassen
web-multipanels-placeholder = Platzhaltertext des Auswahlmenüs
web-multipanels-entries-caption = Für jeden Eintrag gilt: Leere Teile zeigen die des Panels (seine Button-Beschriftung und sein Emoji; bei einer Menüoption seinen Titel).
web-multipanels-entry-panel = Panel
web-multipanels-entry-label = Beschriftung
web-multipanels-entry-description = Beschreibung
web-multipanels-entry-emoji = Emoji
# Beschriftungen für Screenreader; $panel: der Titel des Panels.
web-multipanels-entry-label-of = Beschriftung von { $panel }
web-multipanels-entry-description-of = Beschreibung von { $panel }
web-multipanels-entry-emoji-of = Emoji von { $panel }
web-multipanels-embed = Das zugehörige Embed: Link, Autor, Bilder, Fußzeile, Felder
web-multipanels-save-look = Aussehen speichern
web-multipanels-edit = Bearbeiten
web-multipanels-field-title = Titel
web-multipanels-field-text = Text
web-multipanels-field-colour = Farbe
web-multipanels-field-panels = Panels
web-multipanels-field-layout = Darstellung
web-multipanels-layout-buttons = Buttons
web-multipanels-layout-select = Auswahlmenü
web-multipanels-save = Speichern
web-multipanels-post-in = Posten in
web-multipanels-pick-channel = Kanal wählen
web-multipanels-post = Posten
web-multipanels-delete-confirm = Dieses Multi-Panel löschen? Seine Panels bleiben erhalten.
web-multipanels-delete = Löschen
web-multipanels-new = Neues Multi-Panel
# Der Text eines neuen Multi-Panels, wie er zuerst eingetragen ist; der Admin kann ihn ändern.
web-multipanels-text-default = Wähle aus, welche Art von Hilfe du brauchst.
web-multipanels-panels-hint = 2 bis 25
web-multipanels-create = Multi-Panel erstellen

## Multi-Panels: warum eine Änderung abgelehnt wurde

web-multipanels-err-gone = Dieses Multi-Panel gibt es nicht (mehr).
# $title: der Titel des Multi-Panels, in Anführungszeichen.
web-multipanels-err-title-taken = Es gibt bereits ein Multi-Panel namens { $title }.
web-multipanels-err-deleted = Dieses Multi-Panel wurde inzwischen gelöscht.
web-multipanels-err-too-few = Ein ausgewähltes Panel wurde gerade gelöscht: Ein Multi-Panel umfasst 2 bis 25 Panels.
web-multipanels-err-no-channels = Die Kanalliste ist gerade nicht verfügbar.
web-multipanels-err-channel = Wähle einen Textkanal dieses Servers.
web-multipanels-err-title = Der Titel muss 1 bis 100 Zeichen lang sein.
web-multipanels-err-text = Der Text darf höchstens 4000 Zeichen lang sein.
web-multipanels-err-panels = Wähle Panels aus der Liste.
web-multipanels-err-panel-count = Ein Multi-Panel umfasst 2 bis 25 Panels.
web-multipanels-err-entry = Unbekannter Eintrag.
web-multipanels-err-entry-gone = Dieses Panel gehört nicht mehr zu diesem Multi-Panel: Lade die Seite neu.

## Formulare

web-forms-title = Formulare
# $max: wie viele Fragen ein Formular stellen darf.
web-forms-intro = { $max ->
    [one] Ein Formular stellt vor dem Öffnen eines Tickets bis zu { $max } Frage in einem Pop-up; die Antworten werden im Ticket angezeigt. Das Formular eines Panels wählst du im Panel-Editor.
   *[other] Ein Formular stellt vor dem Öffnen eines Tickets bis zu { $max } Fragen in einem Pop-up; die Antworten werden im Ticket angezeigt. Das Formular eines Panels wählst du im Panel-Editor.
}
web-forms-delete-confirm = Dieses Formular löschen? Panels, die es verwenden, öffnen Tickets dann ohne Fragen.
web-forms-delete = Formular löschen
# Eine Frage in der Liste eines Formulars, dann was sie abfragt, jeweils nach einem Komma:
# „kurzer Text, Pflichtfeld, mindestens 10, höchstens 200“.
web-forms-summary-short = kurzer Text
web-forms-summary-paragraph = langer Text
web-forms-summary-required = Pflichtfeld
web-forms-summary-min-length = mindestens { $min }
web-forms-summary-max-length = höchstens { $max }
# Wie viele Optionen ein Mitglied auswählt: von $min bis $max.
web-forms-summary-picks = { $min }–{ $max } auswählbar
web-forms-move-up = Nach oben
web-forms-move-down = Nach unten
web-forms-remove-question = Frage entfernen
web-forms-edit = Bearbeiten
web-forms-save-question = Frage speichern
web-forms-add-question-open = Eine Frage hinzufügen
web-forms-add-question = Frage hinzufügen
web-forms-empty = Noch keine Formulare.
web-forms-new = Neues Formular
# Ein Beispiel-Formulartitel.
web-forms-new-placeholder = Problem mit einer Bestellung
web-forms-create = Formular erstellen

## Formulare: die Felder einer Frage

web-forms-question = Frage
# Eine Beispielfrage.
web-forms-question-placeholder = Wie lautet deine Bestellnummer?
web-forms-asks-for = Fragt ab
web-forms-description = Beschreibung
web-forms-description-placeholder = Wird unter der Frage angezeigt
web-forms-required = Pflichtfeld
web-forms-placeholder = Platzhalter
web-forms-text-questions = Textfragen
web-forms-answer = Antwort
web-forms-answer-short = Kurz
web-forms-answer-paragraph = Absatz
web-forms-min-length = Mindestlänge
web-forms-max-length = Höchstlänge
web-forms-choice-questions = Auswahlfragen
web-forms-min-picks = Mindestens auswählen
web-forms-max-picks = Höchstens auswählen
web-forms-options = Optionen (Auswahlfragen, bis zu 25)
web-forms-option-order = Reihenfolge
web-forms-option-label = Beschriftung
web-forms-option-value = Wert
web-forms-option-description = Beschreibung
web-forms-option-emoji = Emoji
web-forms-option-remove = Entfernen
# Beschriftungen für Screenreader; $option: die Beschriftung der Option.
web-forms-option-order-of = Reihenfolge von { $option }
web-forms-option-remove-of = { $option } entfernen
# $number zählt die leeren Zeilen ab 1.
web-forms-new-option-order = Reihenfolge der neuen Option { $number }
web-forms-new-option = Neue Option
web-forms-new-option-label = Beschriftung der neuen Option
# Ein leerer Wert ist die Beschriftung der Option.
web-forms-new-option-value-placeholder = (die Beschriftung)
web-forms-new-option-value = Wert der neuen Option
web-forms-new-option-description = Beschreibung der neuen Option
web-forms-new-option-emoji = Emoji der neuen Option
# <:name:id> ist die Schreibweise eines Server-Emojis: unverändert lassen.
web-forms-options-help = Ändere die Nummern der Reihenfolge zum Umsortieren; hake „Entfernen“ an, um eine Option zu löschen; fülle eine leere Zeile aus, um eine hinzuzufügen (nach dem Speichern gibt es weitere leere Zeilen). Emoji: das Emoji selbst oder ein Server-Emoji als <:name:id>.
web-forms-channel-questions = Kanalfragen: nur diese anbieten

## Formulare: was eine Frage abfragt, und die Kanalarten, die eine Kanalfrage anbietet

web-forms-kind-text = Text
web-forms-kind-choice = Auswahl aus einer Liste
web-forms-kind-user = Mitgliederauswahl
web-forms-kind-role = Rollenauswahl
web-forms-kind-mentionable = Mitglieder- oder Rollenauswahl
web-forms-kind-channel = Kanalauswahl
web-forms-channel-text = Textkanal
web-forms-channel-voice = Sprachkanal
web-forms-channel-category = Kategorie
web-forms-channel-announcement = Ankündigungskanal
web-forms-channel-thread = Thread
web-forms-channel-stage = Stage-Kanal
web-forms-channel-forum = Forum

## Formulare: warum eine Änderung abgelehnt wurde

# $title: der Titel des Formulars, in Anführungszeichen.
web-forms-err-title-taken = Es gibt bereits ein Formular namens { $title }.
web-forms-err-unknown-form = Unbekanntes Formular.
web-forms-err-gone = Dieses Formular gibt es nicht (mehr).
web-forms-err-min-length = Die Mindestlänge muss eine Zahl sein.
web-forms-err-max-length = Die Höchstlänge muss eine Zahl sein.
web-forms-err-min-picks = Mindestens auswählen: eine Zahl von 0 bis 25.
web-forms-err-max-picks = Höchstens auswählen: eine Zahl von 0 bis 25.
# $option: die Beschriftung der Option, in Anführungszeichen.
web-forms-err-option-order = Reihenfolge von { $option }: Sie muss eine Zahl sein.
web-forms-err-too-many-options = Optionen: höchstens { $max } (Discords Limit für ein Auswahlmenü).
web-forms-err-kind = Wähle aus, was die Frage abfragt.
web-forms-err-style = Wähle Kurz oder Absatz.
web-forms-err-unknown-question = Unbekannte Frage.
web-forms-err-question-moved = Diese Frage wurde entfernt oder verschoben: Lade die Seite neu.

## Tags

web-tags-title = Tags
# Die Einleitung lautet: „Vorgefertigte Antworten für das Team, abrufbar mit /tag name, optional
# mit Embed. …“; der Befehl steht zwischen den beiden Teilen (ohne Leerzeichen davor, daher
# beginnt der zweite Teil mit dem Komma).
web-tags-intro-before = Vorgefertigte Antworten für das Team, abrufbar mit
web-tags-intro-after = , optional mit Embed. Wird ein Tag unter einem bereits vorhandenen Namen gespeichert, ersetzt es das bisherige.
web-tags-name = Name
web-tags-text = Text
web-tags-embed-open = Embed (optional)
web-tags-embed-text = Embed-Text
web-tags-embed = Embed
web-tags-save = Tag speichern
web-tags-preview = Vorschau
web-tags-embed-preview = Embed-Vorschau
web-tags-empty = Noch keine Tags.
# Eine Markierung neben einem Tag mit Embed.
web-tags-has-embed = Embed
web-tags-edit = Bearbeiten
web-tags-delete-confirm = Dieses Tag löschen?
web-tags-delete = Löschen

## Labels

web-labels-title = Labels
# Die Einleitung lautet: „Labels vergibt das Team mit /label add; die Listen …“; der Befehl
# steht zwischen den beiden Teilen (ohne Leerzeichen danach, daher beginnt der zweite Teil mit
# dem Semikolon). $max: wie viele Labels ein Server haben darf.
web-labels-intro-before = Labels vergibt das Team mit
web-labels-intro-after = { $max ->
    [one] ; die Listen der offenen Tickets und der Transkripte zeigen sie an und lassen sich danach filtern, und Transkripte behalten sie. Bis zu { $max } Label.
   *[other] ; die Listen der offenen Tickets und der Transkripte zeigen sie an und lassen sich danach filtern, und Transkripte behalten sie. Bis zu { $max } Labels.
}
web-labels-name = Name
web-labels-colour = Farbe
web-labels-add = Label hinzufügen
web-labels-empty = Noch keine Labels.
# Für Screenreader; $label: der Name des Labels.
web-labels-colour-of = Farbe von { $label }
web-labels-save-colour = Farbe speichern
web-labels-delete-confirm = Dieses Label löschen? Es wird von allen Tickets entfernt.
web-labels-delete = Löschen

## Labels: warum eine Änderung abgelehnt wurde

web-labels-err-unknown = Unbekanntes Label.
