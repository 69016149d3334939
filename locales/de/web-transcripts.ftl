# Der Transkript-Viewer des Dashboards (und die HTML-Seite von `ticketbox transcript get`,
# die ihn auf Englisch darstellt): der Kopf eines geschlossenen Tickets, seine Nachrichten, wie
# Discord sie angezeigt hat, und die Seitenlinks eines langen Transkripts (deutsche Übersetzung
# von locales/en-US/web-transcripts.ftl). Was Mitglieder geschrieben haben (Nachrichten, Namen,
# Formularantworten, Umfragefragen), wird nie übersetzt.

## Fehler des Viewers

web-transcript-not-found = Hier gibt es kein Transkript, oder du darfst es nicht lesen.
web-transcript-busy = Gerade werden sehr viele Transkripte geöffnet. Versuche es gleich noch einmal.

## Titel und Kopf der Seite

# Titel und Überschrift der Seite: die Nummer des Tickets und der Name des Servers.
web-transcript-title = Ticket #{ $number } — { $guild }
# Die Zeilenbeschriftungen des Kopfs.
web-transcript-server = Server
web-transcript-ticket = Ticket
web-transcript-panel = Panel
web-transcript-opened-by = Geöffnet von
# Wann das Ticket geöffnet wurde (ein Datum folgt).
web-transcript-opened = Geöffnet
web-transcript-claimed-by = Übernommen von
web-transcript-closed-by = Geschlossen von
# Wann das Ticket geschlossen wurde (ein Datum folgt).
web-transcript-closed = Geschlossen
# Warum das Ticket geschlossen wurde.
web-transcript-reason = Grund
web-transcript-subject = Betreff
web-transcript-labels = Labels
# Die Sternebewertung und der Feedback-Kommentar des Erstellers nach dem Schließen.
web-transcript-rating = Bewertung
web-transcript-comment = Kommentar
# Eine Antwort aus der Abschlussumfrage; $question ist die Frage des Servers, wie sie geschrieben wurde.
web-transcript-survey = Umfrage: { $question }

## Nachrichten

# Eine Antwort, deren ursprüngliche Nachricht nicht im Transkript ist.
web-transcript-reply-missing = eine Nachricht, die nicht in diesem Transkript ist
# Die Markierung hinter dem Namen eines Bots, wie Discord sie zeigt.
web-transcript-bot = BOT
# Hinter einer bearbeiteten Nachricht.
web-transcript-edited = (bearbeitet)
# Ein Sticker in einer Nachricht; $name ist der Name des Stickers.
web-transcript-sticker = Sticker: { $name }
# Die Erwähnung einer Rolle oder eines Kanals, die es nicht mehr gibt (nach @ oder #; Discords
# eigene Formulierung). $id ist die Discord-ID.
web-transcript-deleted-role = gelöschte-rolle
web-transcript-deleted-channel = gelöschter-kanal
web-transcript-deleted-role-id = gelöschte-rolle { $id }
web-transcript-deleted-channel-id = gelöschter-kanal { $id }

## Anhänge

# Ein archivierter, aber nicht verlinkter Anhang (die eigenständige Seite); $size in Bytes.
web-transcript-attachment = [Anhang: { $name } ({ $size } Bytes)]
# Ein nicht archivierter Anhang; $reason sagt, warum (beim Archivieren auf Englisch gespeichert).
web-transcript-attachment-skipped = [Anhang nicht archiviert: { $name } — { $reason }]
web-transcript-attachment-plain = [Anhang: { $name }]
# Die Größe einer Datei. $count ist eine ganze Zahl von Bytes; $size eine Zahl mit einer
# Nachkommastelle, bereits mit Punkt geschrieben (12.3).
web-transcript-size-bytes = { $count ->
    [one] { $count } Byte
   *[other] { $count } Bytes
}
web-transcript-size-kb = { $size } KB
web-transcript-size-mb = { $size } MB

## Seitenlinks eines langen Transkripts

web-transcript-earlier = ← Früher
web-transcript-later = Später →
# Welche Nachrichten diese Seite zeigt; alles Zahlen.
web-transcript-position = Nachrichten { $from }–{ $to } von { $total } (Seite { $page } von { $pages })
web-transcript-show-all = Alle anzeigen

web-transcript-note-channel-deleted = Der Kanal des Tickets wurde gelöscht, bevor er archiviert werden konnte: Nur die Angaben zum Ticket sind erhalten.
web-transcript-note-reopened-channel-deleted = Das Ticket wurde wieder geöffnet; sein Kanal wurde gelöscht, bevor das zweite Schließen archiviert werden konnte: Das Transkript endet beim ersten Schließen.
web-transcript-skip-per-file = größer als die Grenze von { $mib } MiB pro Datei
web-transcript-skip-ticket-limit = die Anhangsgrenze des Tickets von { $mib } MiB war erreicht
web-transcript-skip-download = der Download ist fehlgeschlagen ({ $why })
web-transcript-skip-not-on-cdn = nicht auf Discords Dateiservern, daher nicht heruntergeladen
web-transcript-unknown-user = unbekannter Nutzer { $id }
web-transcript-removed-content = [auf Wunsch entfernt]
