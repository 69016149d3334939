# Was der Bot auf Servern postet und Mitgliedern antwortet (deutsche Übersetzung von
# locales/en-US/bot.ftl). Platzhalter: `{ $name }`. Discord-Markup bleibt, wie es ist:
# <@{ $user }> ein Mitglied, <@&{ $role }> eine Rolle, <#{ $channel }> ein Kanal,
# <t:{ $at }:R> eine relative Zeit. Befehlsnamen (/close) und Schlüsselwörter (none, off)
# bleiben englisch.

## Ablehnungen: warum eine Ticket-Aktion nicht ausgeführt wird

refusal-blacklisted = Du bist auf diesem Server für das Öffnen von Tickets gesperrt.
refusal-limit-reached = { $limit ->
    [one] Du hast bereits { $limit } offenes Ticket, mehr sind nicht erlaubt. Schließe es, bevor du ein neues öffnest.
   *[other] Du hast bereits { $limit } offene Tickets, mehr sind nicht erlaubt. Schließe eines davon, bevor du ein neues öffnest.
}
refusal-panel-disabled = Dieses Panel ist deaktiviert: Es öffnet gerade keine Tickets.
refusal-open-command-disabled = Auf diesem Server werden Tickets nur über Panels geöffnet: Nutze den Button eines Panels, um eines zu öffnen.
refusal-outside-hours = Dieses Panel öffnet außerhalb der Supportzeiten keine Tickets. { $notice }
refusal-access-denied-everyone = Dieses Panel öffnet keine Tickets für deine Rollen (Zugriffsregel Nr. { $rule }: Alle anderen werden abgewiesen).
refusal-access-denied = Mitglieder mit <@&{ $role }> können über dieses Panel keine Tickets öffnen (Zugriffsregel Nr. { $rule }).
refusal-panel-limit-reached = { $limit ->
    [one] Du hast bereits { $limit } offenes Ticket über dieses Panel und damit sein Limit erreicht.
   *[other] Du hast bereits { $limit } offene Tickets über dieses Panel und damit sein Limit erreicht.
}
refusal-server-full = { $cap ->
    [one] Dieser Server hat sein Limit von { $cap } offenen Ticket erreicht. Bitte versuche es erneut, sobald das Team einige geschlossen hat.
   *[other] Dieser Server hat sein Limit von { $cap } offenen Tickets erreicht. Bitte versuche es erneut, sobald das Team einige geschlossen hat.
}
refusal-panel-full = { $cap ->
    [one] Dieses Panel hat sein Limit von { $cap } offenen Ticket erreicht. Bitte versuche es erneut, sobald das Team einige geschlossen hat.
   *[other] Dieses Panel hat sein Limit von { $cap } offenen Tickets erreicht. Bitte versuche es erneut, sobald das Team einige geschlossen hat.
}
refusal-cooldown = Du hast vor Kurzem ein Ticket über dieses Panel geöffnet. Ein weiteres kannst du <t:{ $at }:R> öffnen.
refusal-needs-admin = Das können nur Ticket-Admins.
refusal-needs-support = Das kann nur das Support-Team.
refusal-users-cannot-close = Auf diesem Server können nur Teammitglieder Tickets schließen. Frag ein Teammitglied oder nutze /closerequest, wenn du selbst zum Team gehörst.
refusal-not-a-ticket = Das ist kein Ticket-Kanal. Führe den Befehl in einem Ticket aus.
refusal-already-claimed = Dieses Ticket wurde bereits von <@{ $user }> übernommen.
refusal-not-claimed = Dieses Ticket hat niemand übernommen.
refusal-not-claimer = Das kann nur das Teammitglied, das dieses Ticket übernommen hat, oder ein Admin.
refusal-target-not-staff = Tickets können nur an Mitglieder des Support-Teams oder Admins übergeben werden.
refusal-cannot-remove-staff = Teammitglieder können nicht aus einem Ticket entfernt werden.
refusal-cannot-remove-opener = Der Ersteller des Tickets kann nicht daraus entfernt werden.
refusal-only-own-ticket = Das kannst du nur in deinem eigenen Ticket tun.
refusal-ticket-not-open = Dieses Ticket wird bereits geschlossen.

## Fehler

error-internal = Beim Bot ist etwas schiefgelaufen. Der Fehler wurde protokolliert; bitte versuche es erneut.
error-discord-rate-limited = Discord bremst den Bot gerade aus (Rate Limit). Bitte versuche es in ein paar Sekunden erneut.
error-discord-server = Discord hatte ein Problem mit dieser Anfrage (HTTP { $status }). Es wurde nichts geändert; bitte versuche es erneut.
error-discord-forbidden = Dem Bot fehlt dafür eine Discord-Berechtigung. Bitte einen Server-Admin, die Rolle des Bots zu überprüfen.
error-discord-refused = Discord hat diese Anfrage abgelehnt. Bitte versuche es erneut; wenn es weiterhin nicht klappt, wende dich an einen Server-Admin.
error-guild-only = Dieser Befehl funktioniert nur auf einem Server.
# { $permissions }: Discords Berechtigungsnamen, auf Englisch.
error-bot-missing-permissions = Dem Bot fehlen hier Discord-Berechtigungen: { $permissions }.
error-user-missing-permissions = Für diesen Befehl fehlen dir Berechtigungen: { $permissions }.
error-user-missing-required-permissions = Dir fehlen die nötigen Berechtigungen für diesen Befehl.
error-option-invalid-input = Diese Option ist ungültig ({ $input }): { $reason }.
error-option-invalid = Diese Option ist ungültig: { $reason }.
error-old-button = Dieser Button stammt aus einer älteren Version des Bots und funktioniert nicht mehr.
error-old-form = Dieses Formular stammt aus einer älteren Version des Bots und funktioniert nicht mehr.
error-pick-an-option = Wähle eine der Optionen aus.

## Tickets öffnen

ticket-opened = Ticket geöffnet: <#{ $channel }>
panel-gone = Dieses Panel existiert nicht mehr.
panel-gone-send-new = Dieses Panel existiert nicht mehr. Bitte einen Server-Admin, ein neues zu senden.
form-changed = Das Formular dieses Panels wurde geändert; klicke noch einmal auf den Button des Panels.

## Thread-Tickets: der Button „Ticket beitreten“

join-ticket-closed = Dieses Ticket ist geschlossen.
join-other-team = Dieses Ticket gehört zu einem anderen Support-Team.
join-claimed-by-other = Dieses Ticket wurde von einem anderen Teammitglied übernommen.
join-joined = Du bist <#{ $channel }> beigetreten.

## Übernehmen und Schließen

claim-handled-by = Dein Ticket wird von <@{ $user }> bearbeitet.
close-confirm-question = Möchtest du dieses Ticket wirklich schließen?
close-being-closed-by = Dieses Ticket wird von <@{ $user }> geschlossen.
# Das Formular, das nach dem Grund fürs Schließen fragt: sein Titel und sein einziges Feld.
close-reason-modal-title = Ticket schließen
close-reason-modal-label = Grund
close-request-not-opener = Nur der Ersteller des Tickets kann auf eine Schließungsanfrage antworten.
close-request-answered = Diese Schließungsanfrage wurde bereits beantwortet.
close-request-accepted = Die Schließungsanfrage wurde angenommen; dieses Ticket wird geschlossen.
close-request-declined = <@{ $user }> hat die Schließungsanfrage abgelehnt; das Ticket bleibt offen.

## Automatisches Schließen

autoclose-keep-open-refused = Nur der Ersteller dieses Tickets oder das Team kann es offen lassen.
autoclose-kept-open = <@{ $user }> hat dieses Ticket offen gelassen: Der Timer fürs automatische Schließen beginnt von vorn.

## Feedback (in den Direktnachrichten des Erstellers)

# { $stars_shown }: die Sterne als Emoji; { $stars }: die Zahl.
feedback-rated = Danke! Du hast dieses Ticket mit { $stars_shown } ({ $stars }/5) bewertet. Du kannst die Bewertung 24 Stunden lang ändern.
feedback-comment-title = Dein Kommentar
feedback-comment-label = Kommentar
feedback-comment-thanks = Danke für deinen Kommentar: Das Team sieht ihn zusammen mit deiner Bewertung.
feedback-survey-thanks = Danke, dass du uns mehr erzählt hast: Das Team sieht deine Antworten.

## Buttons und Menüs, die der Bot postet (Discord erlaubt 80 Zeichen auf einem Button)

button-close = Schließen
button-close-with-reason = Mit Grund schließen
button-claim = Übernehmen
button-close-ticket = Ticket schließen
button-join-ticket = Ticket beitreten
button-view-transcript = Transkript ansehen
panel-select-placeholder = Wähle aus, worum es in deinem Ticket geht

## Ein neues Ticket

# Die eingebaute Begrüßung, wenn weder das Panel noch der Server eine eigene hat. %user% ist
# ein Platzhalter, den der Bot ausfüllt: unverändert lassen.
welcome-default = Danke, dass du dich an den Support wendest, %user%.
    Bitte beschreibe dein Anliegen und warte auf eine Antwort: Ein Teammitglied ist gleich für dich da.
welcome-subject = Betreff
welcome-started-from = Aus einer Nachricht gestartet
# { $link }: der Link der Nachricht; { $user }: ihr Autor.
welcome-started-from-link = { $link } von <@{ $user }>
welcome-outside-hours = Außerhalb der Supportzeiten
form-answers-title = Antworten aus dem Formular
join-notice = <@{ $user }> hat Ticket #{ $number } (<#{ $channel }>) geöffnet. Das Team kann hier beitreten.
open-bot-missing-permissions = Dem Bot fehlen Discord-Berechtigungen, die er zum Öffnen von Tickets braucht: { $permissions }. Bitte einen Server-Admin, sie der Rolle des Bots zu erteilen.
open-already-opening = Dein Ticket wird bereits geöffnet. Es erscheint gleich.
open-categories-full = Beide Ticket-Kategorien sind voll (Discord erlaubt 50 Kanäle pro Kategorie). Schließe einige Tickets oder bitte einen Admin, eine andere Kategorie festzulegen.
open-server-channels-full = Dieser Server hat Discords Limit von 500 Kanälen erreicht, daher kann kein Ticket-Kanal erstellt werden. Schließe einige Tickets, lösche ungenutzte Kanäle oder bitte einen Admin, in den Thread-Modus zu wechseln (/setup use-threads).
# Die Kategorien, die der Bot für Ticket-Kanäle erstellt.
category-name = Tickets
category-name-overflow = Tickets (Überlauf)

## Schließen: der Hinweis, die Zusammenfassung im Log-Kanal und die Direktnachricht an den Ersteller

close-reason-too-long = Der Grund fürs Schließen darf höchstens 1024 Zeichen lang sein.
close-reason-channel-deleted = Der Kanal des Tickets wurde gelöscht
close-notice = Ticket geschlossen.
close-notice-by = Ticket von <@{ $user }> geschlossen.
log-title = Ticket #{ $number } geschlossen
log-ticket = Ticket
log-panel = Panel
log-opened-by = Geöffnet von
log-claimed-by = Übernommen von
log-not-claimed = Nicht übernommen
log-closed-by = Geschlossen von
log-reason = Grund
log-no-reason = Kein Grund angegeben
log-opened = Geöffnet
log-closed = Geschlossen
log-transcript = Transkript
log-transcript-not-kept = Nicht aufbewahrt: Dieser Server speichert keine Transkripte.
log-rating = Bewertung
log-rating-not-asked = Nicht angefragt: Der Ersteller war per Direktnachricht nicht erreichbar
log-comment = Kommentar
log-survey-question = Umfrage: { $question }

## Feedback: Ablehnungen und Texte

feedback-request = Wie zufrieden warst du mit Ticket #{ $number }? Bewerte es mit 1 bis 5 Sternen; du kannst deine Bewertung 24 Stunden lang ändern.
button-add-comment = Kommentar hinzufügen
button-tell-us-more = Erzähl uns mehr
feedback-comment-empty = Der Kommentar ist leer.
feedback-no-answer = (keine Antwort)
feedback-refusal-gone = Die Daten dieses Tickets existieren nicht mehr, daher kann es nicht bewertet werden.
feedback-refusal-not-the-opener = Nur der Ersteller dieses Tickets kann es bewerten.
feedback-refusal-too-late = Bewertungen können bis 24 Stunden nach dem Schließen eines Tickets abgegeben oder geändert werden; dieses wurde schon früher geschlossen.
feedback-refusal-bad-rating = Eine Bewertung muss zwischen 1 und 5 Sternen liegen.
feedback-refusal-not-rated = Bewerte zuerst das Ticket und füge dann einen Kommentar hinzu.
feedback-refusal-no-survey = Das Panel dieses Tickets hat keine Abschlussumfrage mehr.
feedback-refusal-survey-answered = Du hast die Umfrage zu diesem Ticket bereits beantwortet. Danke!

## Befehle: /open, „Ticket für Benutzer öffnen“, /close, /closerequest, /reopen

open-for-bot = Tickets werden für Mitglieder geöffnet, nicht für Bots.
open-for-not-member = <@{ $user }> ist kein Mitglied dieses Servers.
open-for-blacklisted = <@{ $user }> ist auf diesem Server für das Öffnen von Tickets gesperrt (mit /blacklist änderst du das).
# { $reason }: warum das Mitglied es nicht öffnen konnte (eine andere Nachricht).
open-for-refused = Für <@{ $user }>: { $reason }
open-for-closed-at-once = Das Ticket wurde sofort wieder geschlossen.
open-for-opened = Ticket für <@{ $user }> geöffnet: <#{ $channel }>
close-retrying = Das Schließen dieses Tickets ist hängen geblieben; es wird jetzt erneut versucht.
close-request-asks = <@{ $opener }>, <@{ $user }> bittet darum, dieses Ticket zu schließen.
close-request-reason = **Grund:** { $reason }
close-request-auto = Es wird <t:{ $at }:R> automatisch geschlossen, wenn du nicht antwortest.
button-close-request-accept = Annehmen & schließen
button-close-request-deny = Ablehnen
reopen-no-such-ticket = Auf diesem Server gibt es kein Ticket #{ $number }.
reopen-was-channel = Ticket #{ $number } war ein Kanal, der beim Schließen gelöscht wurde; nur Thread-Tickets können erneut geöffnet werden.
reopen-not-closed = Ticket #{ $number } ist nicht geschlossen.
reopen-no-thread = Dieses Ticket hat keinen Thread.
reopen-done = Ticket #{ $number } ist wieder offen: <#{ $channel }>
error-user-or-role = Gib entweder einen Benutzer oder eine Rolle an (genau eines von beiden).
error-everyone-not-allowed = @everyone kann hier nicht verwendet werden: Wähle ein Mitglied oder eine Rolle.
# { $role }: der Name der Rolle.
error-managed-role = { $role } gehört zu einem Bot oder einer Integration und kann hier nicht verwendet werden: Wähle ein Mitglied oder eine andere Rolle.

## Ein Ticket bearbeiten: /claim, /unclaim, /transfer, /add, /remove, /rename, /notes, /jumptotop, /switchpanel

claim-released = <@{ $user }> kümmert sich nicht mehr um dieses Ticket; jedes Teammitglied kann es übernehmen.
claim-transferred = Dieses Ticket wird jetzt von <@{ $user }> bearbeitet.
# { $who }: die Erwähnung eines Mitglieds oder einer Rolle.
members-added = { $who } wurde zu diesem Ticket hinzugefügt.
members-already-in = { $who } ist bereits in diesem Ticket.
members-removed = { $who } wurde aus diesem Ticket entfernt.
members-not-in = { $who } ist nicht in diesem Ticket.
members-everyone = @everyone kann nicht zu einem Ticket hinzugefügt werden: Dann könnte es der ganze Server sehen.
members-roles-staff-only = Nur das Team kann Rollen zu einem Ticket hinzufügen; füge Mitglieder einzeln hinzu.
members-opener-already-in = Der Ersteller des Tickets ist bereits darin.
members-no-roles-in-threads = Zu einem Thread-Ticket können keine Rollen hinzugefügt werden; füge die Mitglieder einzeln hinzu.
ticket-no-channel = Dieses Ticket hat keinen Kanal.
rename-empty = Dieser Name enthält keine Zeichen, die Discord in Kanalnamen erlaubt.
rename-scheduled = Discord erlaubt pro Kanal zwei Umbenennungen alle 10 Minuten. Der neue Name `{ $name }` wird <t:{ $at }:R> übernommen.
rename-done = Umbenannt in `{ $name }`.
notes-thread-ticket = Notiz-Threads gibt es nur für Kanal-Tickets: Ein Thread-Ticket kann keinen weiteren Thread enthalten.
notes-here = Team-Notizen zu diesem Ticket: <#{ $channel }> (der Ersteller kann sie nicht sehen).
jump-no-first-message = Dieses Ticket hat keine erste Nachricht, zu der man springen könnte.
jump-to-top = [Zum Anfang von Ticket #{ $number } springen]({ $link })
# { $panel }: der eingegebene Titel, in Anführungszeichen.
switchpanel-no-such-panel = Es gibt kein Panel namens { $panel }. /panel list zeigt alle an.
switchpanel-done = Dieses Ticket gehört jetzt zum Panel **{ $panel }**.

## /language

# { $name }: der eigene Name der Sprache (Deutsch, Français …).
language-chosen = Der Bot spricht auf diesem Server { $name }.
language-discord = Der Bot folgt der Sprache, die in den Discord-Einstellungen dieses Servers eingestellt ist: derzeit { $name }.
language-members-own = Mitglieder erhalten private Antworten in ihrer eigenen Discord-Sprache, sofern der Bot sie spricht.
language-members-server = Mitglieder erhalten Antworten in der Sprache des Servers.
# { $language } und { $members }: die beiden Sätze oben.
language-summary = { $language } { $members }

welcome-title = Ticket #%ticket_id%

panel-default-text = Klicke auf den Button unten, um ein Ticket zu öffnen.
panel-default-button = Ticket öffnen

## Gründe, die der Bot nennt, wenn er ein Ticket selbst schließt

close-request-expired-reason = Schließungsanfrage: keine Antwort vor Ablauf der Frist

post-not-connected = Der Bot ist gerade nicht mit Discord verbunden, daher wurde nichts gepostet. Versuch es in einer Minute noch einmal.
post-multi-panel-empty = Alle Panels dieses Multi-Panels wurden gelöscht: Füge zuerst Panels hinzu.

perm-view-channels = Kanäle ansehen
perm-manage-channels = Kanäle verwalten
perm-manage-roles = Rollen verwalten
perm-send-messages = Nachrichten senden
perm-embed-links = Links einbetten
perm-read-message-history = Nachrichtenverlauf anzeigen
perm-create-private-threads = Private Threads erstellen
perm-send-messages-in-threads = Nachrichten in Threads senden
perm-manage-threads = Threads verwalten
