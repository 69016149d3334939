# Wat de bot in servers plaatst en leden antwoordt (Nederlands; bron: locales/en-US/bot.ftl).
# Plaatshouders: `{ $name }`. Discord-opmaak blijft zoals hij is: <@{ $user }> een lid,
# <@&{ $role }> een rol, <#{ $channel }> een kanaal, <t:{ $at }:R> een relatieve tijd.
# Commandonamen (/close) en getypte trefwoorden (none, off) blijven Engels.

## Weigeringen: waarom een ticketactie niet wordt uitgevoerd

refusal-blacklisted = Je staat in deze server op de zwarte lijst voor tickets.
refusal-limit-reached = { $limit ->
    [one] Je hebt al het maximum van { $limit } open ticket. Sluit het voordat je een nieuw ticket opent.
   *[other] Je hebt al het maximum van { $limit } open tickets. Sluit er een voordat je een nieuw ticket opent.
}
refusal-panel-disabled = Dit paneel is uitgeschakeld: het opent op dit moment geen tickets.
refusal-open-command-disabled = In deze server open je tickets alleen via de panelen: gebruik de knop van een paneel.
refusal-outside-hours = Dit paneel opent buiten de supporttijden geen tickets. { $notice }
refusal-access-denied-everyone = Dit paneel opent geen tickets voor jouw rollen (toegangsregel { $rule }: alle anderen worden geweigerd).
refusal-access-denied = Leden met <@&{ $role }> kunnen via dit paneel geen tickets openen (toegangsregel { $rule }).
refusal-panel-limit-reached = { $limit ->
    [one] Je hebt al { $limit } open ticket via dit paneel, het maximum van dit paneel.
   *[other] Je hebt al { $limit } open tickets via dit paneel, het maximum van dit paneel.
}
refusal-server-full = { $cap ->
    [one] Deze server heeft het maximum van { $cap } open ticket bereikt. Probeer het opnieuw zodra de staff tickets heeft gesloten.
   *[other] Deze server heeft het maximum van { $cap } open tickets bereikt. Probeer het opnieuw zodra de staff tickets heeft gesloten.
}
refusal-panel-full = { $cap ->
    [one] Dit paneel heeft het maximum van { $cap } open ticket bereikt. Probeer het opnieuw zodra de staff tickets heeft gesloten.
   *[other] Dit paneel heeft het maximum van { $cap } open tickets bereikt. Probeer het opnieuw zodra de staff tickets heeft gesloten.
}
refusal-cooldown = Je hebt onlangs een ticket geopend via dit paneel. Je kunt <t:{ $at }:R> een nieuw ticket openen.
refusal-needs-admin = Alleen ticketbeheerders kunnen dat doen.
refusal-needs-support = Alleen het supportteam kan dat doen.
refusal-users-cannot-close = In deze server kan alleen de staff tickets sluiten. Vraag het een stafflid, of gebruik /closerequest als je zelf staff bent.
refusal-not-a-ticket = Dit is geen ticketkanaal. Gebruik het commando in een ticket.
refusal-already-claimed = Dit ticket is al geclaimd door <@{ $user }>.
refusal-not-claimed = Dit ticket is niet geclaimd.
refusal-not-claimer = Alleen het stafflid dat dit ticket heeft geclaimd, of een beheerder, kan dat doen.
refusal-target-not-staff = Tickets kunnen alleen worden overgedragen aan het supportteam of aan beheerders.
refusal-cannot-remove-staff = Staffleden kunnen niet uit een ticket worden verwijderd.
refusal-cannot-remove-opener = Het lid dat het ticket heeft geopend, kan er niet uit worden verwijderd.
refusal-only-own-ticket = Dat kan alleen in je eigen ticket.
refusal-ticket-not-open = Dit ticket wordt al gesloten.

## Fouten

error-internal = Er is iets misgegaan aan de kant van de bot. Het is gelogd; probeer het opnieuw.
error-discord-rate-limited = Discord beperkt de bot op dit moment (rate limit). Probeer het over een paar seconden opnieuw.
error-discord-server = Discord had een probleem met dat verzoek (HTTP { $status }). Er is niets gewijzigd; probeer het opnieuw.
error-discord-forbidden = De bot mist daarvoor een Discord-machtiging. Vraag een serverbeheerder de rol van de bot te controleren.
error-discord-refused = Discord heeft dat verzoek geweigerd. Probeer het opnieuw; blijft het mislukken, laat het dan een serverbeheerder weten.
error-guild-only = Dit commando werkt alleen in een server.
# { $permissions }: de namen van Discords machtigingen, in het Engels.
error-bot-missing-permissions = De bot mist hier Discord-machtigingen: { $permissions }.
error-user-missing-permissions = Je hebt { $permissions } nodig om dit commando te gebruiken.
error-user-missing-required-permissions = Je hebt de vereiste machtigingen nodig om dit commando te gebruiken.
error-option-invalid-input = Die optie is ongeldig ({ $input }): { $reason }.
error-option-invalid = Die optie is ongeldig: { $reason }.
error-old-button = Deze knop komt van een oudere versie van de bot en werkt niet meer.
error-old-form = Dit formulier komt van een oudere versie van de bot en werkt niet meer.
error-pick-an-option = Kies een van de opties.

## Tickets openen

ticket-opened = Ticket geopend: <#{ $channel }>
panel-gone = Dit paneel bestaat niet meer.
panel-gone-send-new = Dit paneel bestaat niet meer. Vraag een serverbeheerder een nieuw paneel te plaatsen.
form-changed = Het formulier van dit paneel is gewijzigd; klik opnieuw op de knop van het paneel.

## Threadtickets: de knop "Deelnemen aan ticket"

join-ticket-closed = Dit ticket is gesloten.
join-other-team = Dit ticket hoort bij een ander supportteam.
join-claimed-by-other = Dit ticket is geclaimd door een ander stafflid.
join-joined = Je neemt nu deel aan <#{ $channel }>.

## Claimen en sluiten

claim-handled-by = Je ticket wordt behandeld door <@{ $user }>.
close-confirm-question = Weet je zeker dat je dit ticket wilt sluiten?
close-being-closed-by = Dit ticket wordt gesloten door <@{ $user }>.
# Het formulier dat om een reden voor het sluiten vraagt: de titel en het enige veld.
close-reason-modal-title = Ticket sluiten
close-reason-modal-label = Reden
close-request-not-opener = Alleen het lid dat het ticket heeft geopend, kan op een sluitverzoek antwoorden.
close-request-answered = Op dit sluitverzoek is al geantwoord.
close-request-accepted = Het sluitverzoek is geaccepteerd; dit ticket wordt gesloten.
close-request-declined = <@{ $user }> heeft het sluitverzoek afgewezen; het ticket blijft open.

## Automatisch sluiten

autoclose-keep-open-refused = Alleen het lid dat dit ticket heeft geopend, of de staff, kan het open houden.
autoclose-kept-open = <@{ $user }> heeft dit ticket open gehouden: de timer voor automatisch sluiten begint opnieuw.

## Feedback (in de DM's van de aanvrager)

# { $stars_shown }: de sterren als emoji; { $stars }: het aantal.
feedback-rated = Bedankt! Je hebt dit ticket { $stars_shown } ({ $stars }/5) gegeven. Je kunt dit 24 uur lang wijzigen.
feedback-comment-title = Je opmerking
feedback-comment-label = Opmerking
feedback-comment-thanks = Bedankt voor je opmerking: het team ziet die samen met je beoordeling.
feedback-survey-thanks = Bedankt dat je ons meer hebt verteld: het team ziet je antwoorden.

## Knoppen en menu's die de bot plaatst (Discord staat 80 tekens op een knop toe)

button-close = Sluiten
button-close-with-reason = Sluiten met reden
button-claim = Claimen
button-close-ticket = Ticket sluiten
button-join-ticket = Deelnemen aan ticket
button-view-transcript = Transcript bekijken
panel-select-placeholder = Kies waar je ticket over gaat

## Een nieuw ticket

# Het ingebouwde welkomstbericht, als het paneel en de server geen eigen bericht hebben.
# %user% is een plaatshouder die de bot invult: laat die staan.
welcome-default = Bedankt dat je contact opneemt met support, %user%.
    Beschrijf je probleem en wacht op een reactie: een stafflid helpt je zo snel mogelijk.
welcome-subject = Onderwerp
welcome-started-from = Gestart vanuit een bericht
# { $link }: de link naar het bericht; { $user }: de auteur.
welcome-started-from-link = { $link } van <@{ $user }>
welcome-outside-hours = Buiten de supporttijden
form-answers-title = Antwoorden op het formulier
join-notice = <@{ $user }> heeft ticket #{ $number } geopend (<#{ $channel }>). De staff kan hier deelnemen.
open-bot-missing-permissions = De bot mist Discord-machtigingen die nodig zijn om tickets te openen: { $permissions }. Vraag een serverbeheerder ze aan de rol van de bot te geven.
open-already-opening = Je ticket wordt al geopend. Het verschijnt zo.
open-categories-full = Beide ticketcategorieën zijn vol (Discord staat 50 kanalen per categorie toe). Sluit een paar tickets, of vraag een beheerder een andere categorie in te stellen.
open-server-channels-full = Deze server heeft Discords limiet van 500 kanalen bereikt, dus er kan geen ticketkanaal worden aangemaakt. Sluit een paar tickets of verwijder ongebruikte kanalen, of vraag een beheerder over te stappen op threadmodus (/setup use-threads).
# De categorieën die de bot voor ticketkanalen aanmaakt.
category-name = Tickets
category-name-overflow = Tickets (overloop)

## Sluiten: de melding, de samenvatting in het logkanaal en de DM aan de aanvrager

close-reason-too-long = De reden voor het sluiten mag hoogstens 1024 tekens lang zijn.
close-reason-channel-deleted = Het kanaal van het ticket is verwijderd
close-notice = Ticket gesloten.
close-notice-by = Ticket gesloten door <@{ $user }>.
log-title = Ticket #{ $number } gesloten
log-ticket = Ticket
log-panel = Paneel
log-opened-by = Geopend door
log-claimed-by = Geclaimd door
log-not-claimed = Niet geclaimd
log-closed-by = Gesloten door
log-reason = Reden
log-no-reason = Geen reden opgegeven
log-opened = Geopend
log-closed = Gesloten
log-transcript = Transcript
log-transcript-not-kept = Niet bewaard: deze server slaat geen transcripts op.
log-rating = Beoordeling
log-rating-not-asked = Niet gevraagd: de DM's van de aanvrager waren niet bereikbaar
log-comment = Opmerking
log-survey-question = Enquête: { $question }

## Feedback: weigeringen en teksten

feedback-request = Hoe hebben we het gedaan bij ticket #{ $number }? Geef het 1 tot 5 sterren; je kunt je beoordeling 24 uur lang wijzigen.
button-add-comment = Opmerking toevoegen
button-tell-us-more = Vertel ons meer
feedback-comment-empty = De opmerking is leeg.
feedback-no-answer = (geen antwoord)
feedback-refusal-gone = De gegevens van dit ticket bestaan niet meer, dus het kan niet worden beoordeeld.
feedback-refusal-not-the-opener = Alleen het lid dat dit ticket heeft geopend, kan het beoordelen.
feedback-refusal-too-late = Een beoordeling kan tot 24 uur na het sluiten van een ticket worden gegeven of gewijzigd; dit ticket is eerder gesloten.
feedback-refusal-bad-rating = Een beoordeling moet tussen 1 en 5 sterren liggen.
feedback-refusal-not-rated = Beoordeel eerst het ticket en voeg daarna een opmerking toe.
feedback-refusal-no-survey = Het paneel van dit ticket heeft geen afsluitende enquête meer.
feedback-refusal-survey-answered = Je hebt de enquête voor dit ticket al ingevuld. Bedankt!

## Commando's: /open, "Ticket openen voor gebruiker", /close, /closerequest, /reopen

open-for-bot = Tickets worden geopend voor leden, niet voor bots.
open-for-not-member = <@{ $user }> is geen lid van deze server.
open-for-blacklisted = <@{ $user }> staat in deze server op de zwarte lijst voor tickets (wijzig dat met /blacklist).
# { $reason }: waarom het lid het niet kon openen (een ander bericht).
open-for-refused = Voor <@{ $user }>: { $reason }
open-for-closed-at-once = Het ticket is meteen gesloten.
open-for-opened = Ticket geopend voor <@{ $user }>: <#{ $channel }>
close-retrying = Het sluiten van dit ticket was blijven hangen; er wordt nu opnieuw geprobeerd.
close-request-asks = <@{ $opener }>, <@{ $user }> vraagt om dit ticket te sluiten.
close-request-reason = **Reden:** { $reason }
close-request-auto = Het ticket sluit <t:{ $at }:R> automatisch als je niet antwoordt.
button-close-request-accept = Accepteren en sluiten
button-close-request-deny = Weigeren
reopen-no-such-ticket = Er is geen ticket #{ $number } in deze server.
reopen-was-channel = Ticket #{ $number } was een kanaal, dat bij het sluiten is verwijderd; alleen threadtickets kunnen worden heropend.
reopen-not-closed = Ticket #{ $number } is niet gesloten.
reopen-no-thread = Dat ticket heeft geen thread.
reopen-done = Ticket #{ $number } is weer open: <#{ $channel }>
error-user-or-role = Geef een gebruiker of een rol op (precies één).
error-everyone-not-allowed = @everyone kan hier niet worden gebruikt: kies een lid of een rol.
# { $role }: de naam van de rol.
error-managed-role = { $role } hoort bij een bot of integratie en kan hier niet worden gebruikt: kies een lid of een andere rol.

## Aan een ticket werken: /claim, /unclaim, /transfer, /add, /remove, /rename, /notes, /jumptotop, /switchpanel

claim-released = <@{ $user }> behandelt dit ticket niet meer; elk stafflid kan het claimen.
claim-transferred = Dit ticket wordt nu behandeld door <@{ $user }>.
# { $who }: een vermelding van een lid of rol.
members-added = { $who } is aan dit ticket toegevoegd.
members-already-in = { $who } zit al in dit ticket.
members-removed = { $who } is uit dit ticket verwijderd.
members-not-in = { $who } was niet aan dit ticket toegevoegd.
members-everyone = @everyone kan niet aan een ticket worden toegevoegd: dan zou de hele server het zien.
members-roles-staff-only = Alleen de staff kan rollen aan een ticket toevoegen; voeg leden een voor een toe.
members-opener-already-in = Het lid dat het ticket heeft geopend, zit er al in.
members-no-roles-in-threads = Rollen kunnen niet aan een threadticket worden toegevoegd; voeg de leden een voor een toe.
ticket-no-channel = Dit ticket heeft geen kanaal.
rename-empty = Die naam bevat geen tekens die Discord in een kanaalnaam toestaat.
rename-scheduled = Discord staat twee naamswijzigingen per kanaal per 10 minuten toe. De nieuwe naam `{ $name }` wordt <t:{ $at }:R> toegepast.
rename-done = Naam gewijzigd in `{ $name }`.
notes-thread-ticket = Notitiethreads zijn voor kanaaltickets: een threadticket kan geen andere thread bevatten.
notes-here = Staffnotities voor dit ticket: <#{ $channel }> (de aanvrager kan ze niet zien).
jump-no-first-message = Dit ticket heeft geen eerste bericht om naartoe te springen.
jump-to-top = [Naar het begin van ticket #{ $number }]({ $link })
# { $panel }: de getypte titel, tussen aanhalingstekens.
switchpanel-no-such-panel = Er is geen paneel met de naam { $panel }. /panel list toont ze.
switchpanel-done = Dit ticket hoort nu bij het paneel **{ $panel }**.

## /language

# { $name }: de eigen naam van de taal (Deutsch, Français…).
language-chosen = De bot spreekt { $name } in deze server.
language-discord = De bot volgt de taal van deze server in de Discord-instellingen: nu { $name }.
language-members-own = Leden krijgen privéantwoorden in hun eigen Discord-taal als de bot die spreekt.
language-members-server = Leden krijgen antwoord in de taal van de server.
# { $language } en { $members }: de twee zinnen hierboven.
language-summary = { $language } { $members }

welcome-title = Ticket #%ticket_id%

## De ingebouwde teksten van een nieuw paneel (opgeslagen met het paneel; de beheerder kan ze wijzigen)

panel-default-text = Klik op de knop hieronder om een ticket te openen.
# Een knoplabel (hoogstens 80 tekens).
panel-default-button = Ticket openen

## Redenen die de bot geeft als hij zelf een ticket sluit

close-request-expired-reason = Sluitverzoek: geen antwoord binnen de termijn

post-not-connected = De bot is nu niet met Discord verbonden, dus er is niets geplaatst. Probeer het over een minuut opnieuw.
post-multi-panel-empty = Alle panelen van dit multipaneel zijn verwijderd: voeg eerst panelen toe.

perm-view-channels = Kanalen bekijken
perm-manage-channels = Kanalen beheren
perm-manage-roles = Rollen beheren
perm-send-messages = Berichten versturen
perm-embed-links = Links insluiten
perm-read-message-history = Berichtgeschiedenis lezen
perm-create-private-threads = Privéthreads maken
perm-send-messages-in-threads = Berichten versturen in threads
perm-manage-threads = Threads beheren
