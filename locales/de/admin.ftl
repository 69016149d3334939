# Antworten an die Admins und das Team des Servers: /setup, /setup show, Teamverwaltung,
# /stats, /help und /mydata (deutsche Übersetzung von locales/en-US/admin.ftl).
# Platzhalter: `{ $name }`. Discord-Markup bleibt, wie es ist: <@{ $user }> ein Mitglied,
# <@&{ $role }> eine Rolle, <#{ $channel }> ein Kanal, <t:{ $at }:R> eine relative Zeit.
# Befehlsnamen (/setup, /panel list) und ihre Optionsnamen (`limit`, `server_total`,
# support_can_view) bleiben englisch: Mitglieder tippen sie ein. Schlüsselwörter (none, off, 1h) auch.

## /setup auto: die Kanäle, die es erstellt (alle auf dem Server sehen ihre Namen)

# Die Kategorie, in der neue Ticket-Kanäle geöffnet werden.
setup-auto-category-name = Tickets
# Ein Discord-Textkanalname: Kleinbuchstaben, keine Leerzeichen (Bindestriche verwenden).
setup-auto-log-channel-name = ticket-logs
# Das Thema des Log-Kanals.
setup-auto-log-channel-topic = Hier protokolliert ticketbox geschlossene Tickets.
setup-auto-done = Eingerichtet: Neue Tickets werden in <#{ $category }> geöffnet und geschlossene Tickets in <#{ $log }> protokolliert (nur für Admins sichtbar; gib den Rollen deines Teams Zugriff, wenn sie mitlesen sollen).

## /setup limit (die Antwort verbindet die Sätze unten mit einem Leerzeichen)

# `limit` und `server_total` sind die Optionsnamen des Befehls: bleiben englisch.
setup-limit-missing = Gib `limit` (pro Mitglied), `server_total` (für den ganzen Server) oder beides an.
setup-limit-per-member = { $limit ->
    [one] Mitglieder dürfen jetzt { $limit } offenes Ticket gleichzeitig haben.
   *[other] Mitglieder dürfen jetzt { $limit } offene Tickets gleichzeitig haben.
}
setup-limit-server-cap = { $cap ->
    [one] Auf dem Server ist insgesamt höchstens { $cap } offenes Ticket möglich.
   *[other] Auf dem Server sind insgesamt höchstens { $cap } offene Tickets möglich.
}
setup-limit-server-no-cap = Für offene Tickets gibt es auf dem Server insgesamt keine Obergrenze.
setup-limit-staff-exempt = (Für das Team gilt das nicht.)

## /setup transcripts, use-threads, users-can-close, close-confirmation, naming, welcome

setup-transcripts-done = Geschlossene Tickets werden jetzt in <#{ $channel }> protokolliert.
# { $after }: Discords Archivierungszeit, wie die Auswahl des Befehls sie nennt (1h, 24h, 3d
# oder 7d): unverändert lassen.
setup-threads-on-notified = Neue Tickets werden als private Threads geöffnet; das Team wird in <#{ $channel }> benachrichtigt. Inaktive Ticket-Threads werden nach { $after } archiviert.
setup-threads-on = Neue Tickets werden als private Threads geöffnet. Lege einen Benachrichtigungskanal fest, damit das Team ihnen beitreten kann. Inaktive Ticket-Threads werden nach { $after } archiviert.
setup-threads-off = Neue Tickets werden als Kanäle geöffnet.
setup-users-can-close-on = Ersteller können ihre eigenen Tickets schließen.
setup-users-can-close-off = Nur das Team kann Tickets schließen.
# „Schließen“ ist die Beschriftung des Buttons zum Schließen (button-close).
setup-close-confirmation-on = Der Button „Schließen“ fragt jetzt nach einer Bestätigung.
setup-close-confirmation-off = Der Button „Schließen“ schließt jetzt sofort.
# { $scheme }: das eingegebene Namensschema, mit Platzhaltern wie %id%.
setup-naming-done = Neue Tickets heißen jetzt `{ $scheme }`.
setup-welcome-restored = Die Standard-Willkommensnachricht ist wiederhergestellt.
setup-welcome-saved = Die Willkommensnachricht ist gespeichert.

## /setup claim, feedback, buttons, store-transcripts, open-command

# support_can_view ist der Optionsname des Befehls: bleibt englisch.
setup-claim-type-needs-view = Das Support-Team kann nicht in einem Ticket schreiben, das es nicht sieht: Aktiviere auch support_can_view.
setup-claim-done = Einstellungen zum Übernehmen gespeichert; sie gelten für alle Tickets, die ab jetzt übernommen werden.
setup-feedback-on = Feedback an: Nach dem Schließen bekommt der Ersteller eine Direktnachricht, um das Ticket zu bewerten (sofern er darin geschrieben hat und nicht zum Team gehört).
setup-feedback-off = Feedback aus: Ersteller werden nicht mehr gebeten, ihre Tickets zu bewerten.
# { $buttons }: die Beschriftungen der Buttons, durch Kommas getrennt, oder setup-buttons-none.
setup-buttons-done = Neue Tickets zeigen: { $buttons }.
setup-buttons-none = keine Buttons (/close und /claim funktionieren weiterhin)
setup-store-transcripts-on = Transkripte geschlossener Tickets werden aufbewahrt.
setup-store-transcripts-off = Transkripte werden nicht mehr aufbewahrt: Tickets werden ohne Transkript geschlossen und protokolliert. Bereits gespeicherte Transkripte bleiben erhalten.
setup-open-command-on = Mitglieder dürfen Tickets mit /open öffnen.
setup-open-command-off = Mitglieder öffnen Tickets nur noch über Panels; das Team kann /open weiterhin verwenden.

## /setup start-ticket („Ticket starten“ ist der Name des Nachrichtenmenüs)

# { $panel }: der eingegebene Titel, in Anführungszeichen.
setup-start-ticket-no-panel = Es gibt kein Panel namens { $panel }. /panel list zeigt alle an.
# { $level }: wer das Menü nutzen darf (everyone, support oder admins); { $adds }: yes oder no;
# { $panel }: eine der Nachrichten setup-start-ticket-panel-* unten.
setup-start-ticket-summary = „Ticket starten“: nutzbar für { $level ->
        [everyone] alle
        [support] das Support-Team
       *[admins] Admins
    }, { $adds ->
        [yes] fügt den Autor der Nachricht hinzu
       *[no] fügt den Autor der Nachricht nicht hinzu
    }, Panel: { $panel }.
# { $title }: der Titel des Panels (fett).
setup-start-ticket-panel-named = **{ $title }**
setup-start-ticket-panel-none = keins
setup-start-ticket-panel-deleted = keins (gelöscht)

## /setup permissions

# { $permissions }: was abgeschaltet ist (permission-off-* durch Kommas getrennt) oder
# permission-all-allowed.
setup-permissions-openers = Ersteller in neuen Ticket-Kanälen: { $permissions }. (Thread-Tickets richten sich nach dem Kanal, in dem sie liegen.)
setup-permissions-support = Support-Team in neuen Ticket-Kanälen: { $permissions }. (Thread-Tickets richten sich nach dem Kanal, in dem sie liegen.)

## /setup show: alle Einstellungen in einem Embed (Discord erlaubt 256 Zeichen in einem Feldnamen)

setup-show-title = Ticket-Einstellungen
setup-show-yes = ja
setup-show-no = nein
setup-show-not-set = nicht festgelegt
setup-show-field-tickets = Tickets
# { $category }, { $overflow }: ein Kanal oder setup-show-not-set; { $cap }: setup-show-cap oder
# setup-show-no-cap; { $naming }: das Namensschema (Platzhalter wie %id%); /open ist ein Befehl.
setup-show-tickets = Kategorie: { $category } (Überlauf: { $overflow })
    Limit pro Mitglied: { $limit }
    Offene Tickets insgesamt: { $cap }
    Benennung: `{ $naming }`
    /open für Mitglieder: { $open_command }
setup-show-no-cap = keine Obergrenze
setup-show-cap = höchstens { $cap }
setup-show-field-closing = Schließen
# Jeder Wert ist setup-show-yes oder setup-show-no, außer dem Log-Kanal.
setup-show-closing = Log-Kanal: { $log_channel }
    Mitglieder können schließen: { $users_can_close }
    Bestätigung beim Schließen: { $close_confirmation }
    Direktnachricht beim Schließen: { $dm_on_close }
    Feedback: { $feedback }
    Transkripte aufbewahren: { $transcripts }
setup-show-field-threads = Threads und Bereitschaft
# { $archive }: Discords Archivierungszeit wie in /setup use-threads eingegeben (1h, 24h, 3d oder 7d);
# { $role }: die Rolle oder setup-show-on-call-role-later; { $on_call }: wie viele in Bereitschaft sind.
setup-show-threads = Threads: { $threads }
    Benachrichtigungskanal: { $channel }
    Archivieren nach: { $archive }
    Bereitschaftsrolle: { $role } ({ $on_call } in Bereitschaft)
setup-show-on-call-role-later = wird beim ersten /on-call erstellt
setup-show-field-welcome = Begrüßung und Übernehmen
# { $message }: die Willkommensnachricht (der eigene Text des Servers oder der Standard);
# { $buttons }: die Beschriftungen der Buttons, durch Kommas getrennt.
setup-show-welcome = Nachricht: { $message }
    Embed: { $embed }
    Buttons: { $buttons }
    Nach dem Übernehmen kann das Support-Team sehen: { $can_view }, schreiben: { $can_type }
setup-show-welcome-embed-none = keins
# „Willkommens-Embed“ ist der Name einer Dashboard-Seite (web-welcome-title in web-settings.ftl).
setup-show-welcome-embed-set = festgelegt (Dashboard → Willkommens-Embed)
setup-show-field-start-ticket = „Ticket starten“ und Berechtigungen
# { $summary }: setup-start-ticket-summary; { $openers }, { $support }: was abgeschaltet ist
# (permission-off-* durch Kommas getrennt oder permission-all-allowed).
setup-show-start-ticket = { $summary }
    Ersteller: { $openers }
    Support-Team: { $support }
setup-show-field-autoclose = Automatisches Schließen
setup-show-autoclose-on = an (/autoclose show zeigt die Regeln)
setup-show-autoclose-off = aus
setup-show-field-panels = Panels
# Die Angaben zu einem Panel, nach seinem Titel durch Kommas getrennt.
setup-show-panel-not-posted = nicht gepostet
setup-show-panel-posted-in = in <#{ $channel }>
setup-show-panel-threads = Threads
setup-show-panel-channels = Kanäle
setup-show-panel-server-default = Server-Standard
setup-show-panel-form = Formular
setup-show-panel-support-hours = Supportzeiten
setup-show-panel-disabled = deaktiviert
setup-show-panels-none = keine (/panel create)
setup-show-field-multi-panels = Multi-Panels
setup-show-multi-panels-none = keine
setup-show-field-labels = Labels

## Team: /addadmin, /removeadmin, /addsupport, /removesupport, /viewstaff, /blacklist

# { $target }: das Mitglied oder die Rolle (eine Erwähnung); { $level }: admin oder support.
staff-added = { $level ->
    [admin] { $target } ist jetzt Ticket-Admin.
   *[support] { $target } gehört jetzt zum Support-Team.
}
staff-already = { $level ->
    [admin] { $target } ist bereits Ticket-Admin.
   *[support] { $target } gehört bereits zum Support-Team.
}
staff-removed = { $level ->
    [admin] { $target } ist kein Ticket-Admin mehr.
   *[support] { $target } gehört nicht mehr zum Support-Team.
}
staff-was-not = { $level ->
    [admin] { $target } war kein Ticket-Admin.
   *[support] { $target } gehörte nicht zum Support-Team.
}
staff-list-empty = Noch kein Team eingerichtet. Der Serverbesitzer und Mitglieder mit der Berechtigung „Administrator“ sind Admins; weitere fügst du mit /addadmin und /addsupport hinzu.
staff-list-no-such-page = { $pages ->
    [one] Es gibt nur { $pages } Seite.
   *[other] Es gibt nur { $pages } Seiten.
}
staff-list-header = **Team** (Seite { $page } von { $pages })
# Eine Zeile der Liste; { $target }: das Mitglied oder die Rolle (eine Erwähnung).
staff-list-admin = Admin: { $target }
staff-list-support = Support: { $target }
staff-blacklist-staff = Teammitglieder können nicht gesperrt werden.
staff-blacklisted = { $target } ist jetzt für das Öffnen von Tickets gesperrt.
# { $reason }: was das Team geschrieben hat.
staff-blacklisted-reason = { $target } ist jetzt für das Öffnen von Tickets gesperrt. Grund: { $reason }
staff-unblacklisted = { $target } ist nicht mehr gesperrt.

## /stats server und /stats user (ein Embed; Discord erlaubt 256 Zeichen in einem Feldnamen)

# { $average }, { $median }: Dauern wie 3d 4h, 12h, 30m (bleiben, wie sie sind);
# { $count }: eine Zahl.
stats-spread = { $count ->
    [one] Ø { $average }, Median { $median } ({ $count } Ticket)
   *[other] Ø { $average }, Median { $median } ({ $count } Tickets)
}
stats-no-data = noch keine Daten
# { $week }, { $month }, { $all }: stats-spread oder stats-no-data.
stats-windows = 7 Tage: { $week }
    30 Tage: { $month }
    Insgesamt: { $all }
# { $average }: etwa 4.2; { $count }: eine Zahl.
stats-ratings = { $count ->
    [one] { $average } / 5 aus { $count } Bewertung
   *[other] { $average } / 5 aus { $count } Bewertungen
}
stats-no-ratings = noch keine Bewertungen
stats-server-title = Ticket-Statistiken
stats-open-tickets = Offene Tickets
stats-total-tickets = Tickets insgesamt
stats-opened = Geöffnet
stats-opened-value = { $week } in 7 Tagen, { $month } in 30 Tagen
stats-first-response = Zeit bis zur ersten Antwort
stats-resolution = Zeit bis zur Lösung
stats-rating = Bewertung
# { $user }: der Discord-Benutzername des Teammitglieds.
stats-user-title = Ticket-Statistiken für { $user }
stats-claimed = Übernommen
stats-closed = Geschlossen
stats-answered = Beantwortet
stats-their-first-response = Eigene Zeit bis zur ersten Antwort
stats-claimed-rating = Bewertung der übernommenen Tickets

## /help

# ticketbox ist der Name des Bots; die Befehlsliste folgt.
help-title = **Befehle von ticketbox**

## Ticket-Berechtigungen (/setup permissions, /setup show): was abgeschaltet ist, durch Kommas getrennt

permission-off-attach-files = keine Dateianhänge
permission-off-embed-links = keine eingebetteten Links
permission-off-add-reactions = keine Reaktionen
permission-off-external-emoji = keine externen Emojis
permission-off-external-stickers = keine externen Sticker
permission-off-voice-messages = keine Sprachnachrichten
permission-all-allowed = alles erlaubt

## /mydata

# { $what }: eine der beiden Nachrichten unten; { $due }: ein Discord-Zeitstempel, <t:…> bleibt, wie es ist.
mydata-filed = Deine Anfrage ist erfasst: { $what }. Der Betreiber dieser ticketbox-Instanz antwortet bis zum <t:{ $due }:D> (<t:{ $due }:R>).
mydata-filed-again = Du hast bereits { $what } beantragt. Der Betreiber dieser ticketbox-Instanz antwortet bis zum <t:{ $due }:D> (<t:{ $due }:R>).
mydata-what-export = eine Kopie von allem, was diese ticketbox-Instanz über dich gespeichert hat (als JSON-Datei, per Direktnachricht an dich, wenn sie klein genug ist; andernfalls sagt dir der Betreiber, wie du sie bekommst)
mydata-what-delete = die Löschung von allem, was diese ticketbox-Instanz über dich gespeichert hat (vorher bekommst du eine Direktnachricht)

mydata-dm-export = Hier ist alles, was diese ticketbox-Instanz über dich gespeichert hat (Datenanfrage #{ $id }).
mydata-dm-export-waiting = Dein Datenexport (Anfrage #{ $id }) ist fertig, konnte dir aber nicht hier geschickt werden; der Betreiber dieser ticketbox-Instanz lässt ihn dir zukommen.
mydata-dm-refused-export = Deine Anfrage #{ $id } nach einer Kopie deiner Daten wurde vom Betreiber dieser ticketbox-Instanz abgelehnt: { $reason }
mydata-dm-refused-delete = Deine Anfrage #{ $id } auf Löschung deiner Daten wurde vom Betreiber dieser ticketbox-Instanz abgelehnt: { $reason }
mydata-dm-removing = Wie gewünscht (Datenanfrage #{ $id }) wird jetzt alles gelöscht, was diese ticketbox-Instanz über dich gespeichert hat.
