# Was der Bot auf die Panel-Befehle (/panel, /multipanel) antwortet und was er auf Panels
# schreibt (deutsche Übersetzung von locales/en-US/panels.ftl).
# Platzhalter: `{ $name }`. Discord-Markup bleibt, wie es ist: <@&{ $role }> eine Rolle,
# <#{ $channel }> ein Kanal. **…** ist fetter Text.
# Befehlsnamen (/panel send), Optionsnamen (title:, panel:) und Schlüsselwörter
# (none, primary, allow …) bleiben englisch.

## /panel create, edit, delete, list, send

# { $title }: der eingegebene Titel, in Anführungszeichen.
panel-cmd-no-such-panel = Es gibt kein Panel namens { $title }. /panel list zeigt alle an.
# { $emoji }: die Eingabe, in Anführungszeichen.
panel-cmd-not-an-emoji = { $emoji } ist kein Emoji.
# Die vier Stile sind Schlüsselwörter: bleiben englisch.
panel-cmd-bad-button-style = Der Button-Stil muss primary, secondary, success oder danger sein.
# { $title }: der eingegebene Titel des Formulars, in Anführungszeichen.
panel-cmd-no-such-form = Es gibt kein Formular namens { $title }. /form list zeigt alle an.
# { $title }: der Titel, in Anführungszeichen.
panel-cmd-title-taken = Es gibt bereits ein Panel namens { $title }.
panel-cmd-created-form-deleted = Das Panel wurde erstellt, aber sein Formular wurde inzwischen gelöscht: Wähle mit /panel edit ein anderes.
panel-cmd-created-survey-deleted = Das Panel wurde erstellt, aber das Formular seiner Abschlussumfrage wurde inzwischen gelöscht: Wähle mit /panel edit ein anderes.
# `/panel send title:…` ist ein Befehl zum Eintippen: bleibt englisch.
panel-cmd-created = Panel **{ $title }** erstellt. Poste es mit `/panel send title:{ $title }`.
panel-cmd-awaiting-both = Wähle eine Kategorie für wartende Tickets aus oder entferne sie, aber nicht beides.
panel-cmd-saved-form-deleted = Das Panel wurde gespeichert, aber das Formular (oder das Panel) wurde inzwischen gelöscht.
panel-cmd-saved-survey-deleted = Das Panel wurde gespeichert, aber das Formular der Abschlussumfrage (oder das Panel) wurde inzwischen gelöscht.
panel-cmd-saved = Panel **{ $title }** gespeichert. Sende es mit /panel send erneut, um die gepostete Nachricht zu aktualisieren.
panel-cmd-deleted = Panel **{ $title }** gelöscht; seine gepostete Nachricht öffnet keine Tickets mehr.
panel-cmd-list-empty = Noch keine Panels. Erstelle eines mit /panel create.
# /panel list: nach dem Titel eines Panels, wo es gepostet ist.
panel-cmd-list-posted-in = – gepostet in <#{ $channel }>
# /panel list: nach dem Titel eines Panels.
panel-cmd-list-disabled = (deaktiviert)
panel-cmd-posted = Panel **{ $title }** in <#{ $channel }> gepostet.

## /panel log

panel-cmd-log-foreign-channel = Wähle einen Kanal dieses Servers.
panel-cmd-log-channel = Geschlossene Tickets aus **{ $title }** werden in <#{ $channel }> protokolliert.
panel-cmd-log-server-channel = Geschlossene Tickets aus **{ $title }** werden im Log-Kanal des Servers protokolliert.

## /panel embed

panel-embed-title-colour-are-the-panels = Titel und Farbe der Panel-Nachricht sind die des Panels selbst: Lege sie mit /panel edit fest.
panel-embed-saved-panel = Das Embed der Nachricht von **{ $title }** ist gespeichert. Sende das Panel mit /panel send erneut, um die gepostete Nachricht zu aktualisieren.
panel-embed-saved-welcome = Das Embed der Willkommensnachricht von **{ $title }** ist gespeichert. Neue Tickets aus dem Panel verwenden es.

## /panel hours (auch in /setup show angezeigt)

panel-hours-none = **{ $title }** hat keine Supportzeiten: Es öffnet jederzeit Tickets.
# { $timezone }: z. B. Europe/Berlin; { $windows }: die wöchentlichen Zeitfenster (z. B. mon-fri 09:00-17:00);
# { $outside }: panel-hours-outside-refuse oder panel-hours-outside-tell.
panel-hours-summary = Supportzeiten von **{ $title }** ({ $timezone }): { $windows }. Außerhalb davon: { $outside }.
# Wie panel-hours-summary, mit { $holidays }: die freien Tage (z. B. 2026-12-24..2026-12-26 Weihnachten).
panel-hours-summary-days-off = Supportzeiten von **{ $title }** ({ $timezone }): { $windows }; freie Tage: { $holidays }. Außerhalb davon: { $outside }.
panel-hours-outside-refuse = Neue Tickets werden abgelehnt
panel-hours-outside-tell = Tickets werden geöffnet und der Ersteller erfährt, wann das Team wieder da ist

## /panel access

panel-access-none = **{ $title }** hat keine Zugriffsregeln: Alle dürfen darüber Tickets öffnen.
# { $max }: die Höchstzahl an Regeln pro Panel; { $rules }: die Regeln, eine pro Zeile
# (panel-access-rule-allow / panel-access-rule-deny).
panel-access-rules = Zugriffsregeln von **{ $title }** (die erste passende entscheidet; passt keine, ist es erlaubt; höchstens { $max }):
    { $rules }
# { $position }: der Platz der Regel in der Reihenfolge (1 wird zuerst geprüft); { $role }: eine
# Rollenerwähnung oder @everyone. „erlauben“ und „verweigern“ sind die Auswahlnamen der Regel.
panel-access-rule-allow = { $position }. erlauben: { $role }
panel-access-rule-deny = { $position }. verweigern: { $role }

## /multipanel

# { $title }: der eingegebene Titel, in Anführungszeichen.
multipanel-no-such-multipanel = Es gibt kein Multi-Panel namens { $title }.
# { $title }: ein eingegebener Panel-Titel, in Anführungszeichen.
multipanel-no-such-panel = Es gibt kein Panel namens { $title }.
multipanel-too-few-panels = Ein Multi-Panel braucht mindestens zwei Panels (Titel durch Kommas getrennt).
multipanel-too-many-panels = Ein Multi-Panel fasst höchstens { $max } Panels (Discords Limit).
multipanel-empty-title = Der Titel darf nicht leer sein.
# Der Text der Nachricht eines neuen Multi-Panels, wenn keiner angegeben ist (wird gespeichert
# und kann danach vom Server bearbeitet werden).
multipanel-default-text = Wähle aus, worum es in deinem Ticket geht.
# { $title }: der Titel, in Anführungszeichen.
multipanel-title-taken = Es gibt bereits ein Multi-Panel namens { $title }.
multipanel-panel-just-deleted = Ein ausgewähltes Panel wurde gerade gelöscht: Ein Multi-Panel braucht mindestens zwei.
# `/multipanel send title:…` ist ein Befehl zum Eintippen: bleibt englisch.
multipanel-created = Multi-Panel **{ $title }** erstellt. Poste es mit `/multipanel send title:{ $title }`.
multipanel-all-panels-deleted = Alle Panels dieses Multi-Panels wurden gelöscht.
multipanel-posted = Multi-Panel **{ $title }** in <#{ $channel }> gepostet.
# { $panel }: der eingegebene Panel-Titel, in Anführungszeichen.
multipanel-not-an-entry = { $panel } gehört nicht zu den Panels dieses Multi-Panels.
# panel: ist der Optionsname des Befehls: bleibt englisch.
multipanel-name-the-entry = Gib mit panel: den Eintrag an, der geändert werden soll.
multipanel-just-deleted = Dieses Multi-Panel wurde gerade gelöscht.
multipanel-saved = Multi-Panel **{ $title }** gespeichert. Poste es mit /multipanel send erneut, um die Nachricht zu aktualisieren.
multipanel-deleted = Multi-Panel **{ $title }** gelöscht.
multipanel-list-empty = Noch keine Multi-Panels. Erstelle eines mit /multipanel create.
