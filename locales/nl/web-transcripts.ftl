# De transcriptviewer van het dashboard (en de HTML-pagina van `ticketbox transcript get`,
# die hem in het Engels weergeeft): de kop van een gesloten ticket, de berichten zoals Discord
# ze toonde, en de paginalinks van een lang transcript (Nederlands; bron:
# locales/en-US/web-transcripts.ftl). Wat leden schreven (berichten, namen, antwoorden op
# formulieren, enquêtevragen) wordt nooit vertaald.

## Fouten van de viewer

web-transcript-not-found = Hier is geen transcript, of je mag het niet lezen.
web-transcript-busy = Er worden nu veel transcripts tegelijk geopend. Probeer het zo opnieuw.

## Titel en kop van de pagina

# De titel en kop van de pagina: het nummer van het ticket en de naam van de server.
web-transcript-title = Ticket #{ $number } — { $guild }
# De labels van de rijen in de kop.
web-transcript-server = Server
web-transcript-ticket = Ticket
web-transcript-panel = Paneel
web-transcript-opened-by = Geopend door
# Wanneer het ticket is geopend (gevolgd door een datum).
web-transcript-opened = Geopend
web-transcript-claimed-by = Geclaimd door
web-transcript-closed-by = Gesloten door
# Wanneer het ticket is gesloten (gevolgd door een datum).
web-transcript-closed = Gesloten
# Waarom het ticket is gesloten.
web-transcript-reason = Reden
web-transcript-subject = Onderwerp
web-transcript-labels = Labels
# De sterrenbeoordeling en opmerking van de aanvrager, gegeven na het sluiten.
web-transcript-rating = Beoordeling
web-transcript-comment = Opmerking
# Een antwoord op de afsluitende enquête; $question is de vraag zoals de server die schreef.
web-transcript-survey = Enquête: { $question }

## Berichten

# Een antwoord waarvan het oorspronkelijke bericht niet in het transcript staat.
web-transcript-reply-missing = een bericht dat niet in dit transcript staat
# Het label na de naam van een bot, zoals Discord het toont.
web-transcript-bot = BOT
# Na een bericht dat is bewerkt.
web-transcript-edited = (bewerkt)
# Een sticker in een bericht; $name is de naam van de sticker.
web-transcript-sticker = Sticker: { $name }
# Een vermelding van een rol of kanaal dat niet meer bestaat (na @ of #; de eigen woorden van
# Discord). $id is de Discord-ID.
web-transcript-deleted-role = verwijderde-rol
web-transcript-deleted-channel = verwijderd-kanaal
web-transcript-deleted-role-id = verwijderde-rol { $id }
web-transcript-deleted-channel-id = verwijderd-kanaal { $id }

## Bijlagen

# Een bijlage waarvan het bestand is gearchiveerd maar niet gelinkt (de losse pagina); $size in bytes.
web-transcript-attachment = [bijlage: { $name } ({ $size } bytes)]
# Een bijlage die niet is gearchiveerd; $reason zegt waarom (in het Engels vastgelegd bij het archiveren).
web-transcript-attachment-skipped = [bijlage niet gearchiveerd: { $name } — { $reason }]
web-transcript-attachment-plain = [bijlage: { $name }]
# De grootte van een bestand. $count is een geheel aantal bytes; $size een getal met één
# decimaal, al geschreven met een punt (12.3).
web-transcript-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
web-transcript-size-kb = { $size } KB
web-transcript-size-mb = { $size } MB

## Paginalinks van een lang transcript

web-transcript-earlier = ← Eerder
web-transcript-later = Later →
# Welke berichten deze pagina toont; het zijn allemaal getallen.
web-transcript-position = Berichten { $from }–{ $to } van { $total } (pagina { $page } van { $pages })
web-transcript-show-all = Alles tonen

web-transcript-note-channel-deleted = Het kanaal van het ticket is verwijderd voordat het gearchiveerd kon worden: alleen de gegevens van het ticket zijn bewaard.
web-transcript-note-reopened-channel-deleted = Het ticket is heropend; het kanaal is verwijderd voordat de tweede sluiting gearchiveerd kon worden: het transcript eindigt bij de eerste sluiting.
web-transcript-skip-per-file = groter dan de limiet van { $mib } MiB per bestand
web-transcript-skip-ticket-limit = de bijlagelimiet van { $mib } MiB van het ticket was bereikt
web-transcript-skip-download = het downloaden is mislukt ({ $why })
web-transcript-skip-not-on-cdn = niet op de bestandsservers van Discord, dus niet gedownload
web-transcript-unknown-user = onbekende gebruiker { $id }
web-transcript-removed-content = [verwijderd op verzoek]
