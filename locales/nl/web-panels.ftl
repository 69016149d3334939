# De paneelpagina's van het dashboard: panelen en hun editor, multipanelen, formulieren, tags en
# labels, met de redenen waarom een wijziging daar wordt geweigerd (Nederlands; bron:
# locales/en-US/web-panels.ftl). Getoond in de taal van de bezoeker; wat een server schreef
# (paneeltitels, tagteksten, labelnamen) wordt nooit vertaald. Woorden tussen %procenttekens%,
# <:name:id>, @everyone en @here worden getypt of getoond precies zoals Discord en de bot ze
# lezen: laat ze zoals ze zijn.

## Gedeeld door de pagina's waarvan het formulier een actie noemt

# Een formulier kwam terug met een actie die de pagina niet kent (een verouderde of gewijzigde pagina).
web-action-unknown = Onbekende actie.

## Panelen: de lijst

web-panels-title = Panelen
web-panels-new = Nieuw paneel
web-panels-empty = Nog geen panelen. Een paneel is een bericht met een knop waarop leden klikken om een ticket te openen.
# Een badge naast de titel van een uitgeschakeld paneel.
web-panels-disabled = uitgeschakeld
# $channel: de naam van het kanaal als "#naam", of web-panels-channel-id.
web-panels-posted-in = geplaatst in { $channel }
# Een kanaal waarvan het dashboard de naam niet kent; $id is het nummer.
web-panels-channel-id = kanaal { $id }
web-panels-not-posted = nog niet geplaatst
# Het label voor een kanaalkiezer; de knop ernaast is web-panels-post.
web-panels-post-in = Plaatsen in
web-panels-pick-channel = Kies een kanaal
web-panels-post = Plaatsen
web-panels-delete-confirm = Dit paneel verwijderen? Het geplaatste bericht opent dan geen tickets meer.
web-panels-delete = Verwijderen

## Panelen: de editor

web-panel-edit = Paneel bewerken
web-panel-new = Nieuw paneel
web-panel-all = Alle panelen
web-panel-message = Het bericht
web-panel-title = Titel
web-panel-title-hint = uniek in deze server
web-panel-text = Tekst
web-panel-colour = Kleur
web-panel-button-label = Knoptekst
web-panel-button-emoji = Knopemoji
# <:name:id> is hoe de eigen emoji van een server wordt geschreven: laat het zoals het is.
web-panel-button-emoji-hint = één emoji, of <:name:id>
web-panel-button-style = Knopstijl
# De knopkleuren van Discord.
web-panel-style-primary = Blurple
web-panel-style-secondary = Grijs
web-panel-style-success = Groen
web-panel-style-danger = Rood
web-panel-embed = De embed van het bericht: link, auteur, afbeeldingen, voettekst, velden
web-panel-tickets = De tickets ervan
web-panel-category = Categorie
web-panel-category-default = De ticketcategorie van de server
web-panel-awaiting = Categorie voor wachten op antwoord
web-panel-awaiting-hint = kanaalmodus: tickets wachten hier zolang de aanvrager nog moet antwoorden, en gaan terug als die schrijft (hoogstens één verplaatsing per ticket per 10 minuten)
# Geen categorie voor wachten op antwoord.
web-panel-awaiting-none = Geen
web-panel-log-channel = Logkanaal
web-panel-log-channel-hint = waar de gesloten tickets ervan worden gelogd
web-panel-log-channel-default = Het logkanaal van de server
web-panel-mode = Modus
web-panel-mode-default = Zoals de server is ingesteld
web-panel-mode-channel = Kanalen
web-panel-mode-thread = Privéthreads
web-panel-naming = Naamgeving
# Onder Naamgeving en Welkomstbericht: een leeg veld gebruikt de instelling van de server.
web-panel-server-default-hint = leeg voor die van de server
# Een voorbeeld van een kanaalnaam; %id% wordt vervangen door het nummer van het ticket: laat het zoals het is.
web-panel-naming-placeholder = ticket-%id%
web-panel-welcome = Welkomstbericht
web-panel-welcome-embed-below = De embed van het welkomstbericht staat onder de ticketinstellingen; leeg voor die van de server.
web-panel-teams = Supportteams
web-panel-teams-hint = geen: het hele supportteam behandelt deze tickets
web-panel-mention-roles = Rollen om te vermelden in nieuwe tickets
web-panel-mention-opener = De aanvrager vermelden
# @here is de vermelding van Discord: laat het zoals het is.
web-panel-mention-here = @here vermelden (iedereen die het ticket kan zien: de staff ervan)
web-panel-form = Formulier vóór het openen
web-panel-form-none = Geen formulier
web-panel-exit-survey = Afsluitende enquête
# "Vertel ons meer" is de knop die de bot onder zijn beoordelingsbericht toont.
web-panel-exit-survey-hint = gevraagd nadat de aanvrager een ticket heeft beoordeeld ("Vertel ons meer"); vereist dat beoordelingen aan staan in Instellingen
web-panel-exit-survey-none = Geen afsluitende enquête
web-panel-ticket-limit = Open tickets per lid via dit paneel
web-panel-ticket-limit-hint = leeg voor geen extra maximum
web-panel-open-cap = Open tickets via dit paneel in totaal
web-panel-open-cap-hint = van alle leden samen; leeg voor geen maximum, de staff is uitgezonderd
web-panel-cooldown = Wachttijd tussen tickets, in minuten
web-panel-disabled = Uitgeschakeld (de knop weigert nieuwe tickets)
web-panel-access = Wie er tickets mee mag openen
# @everyone is de rol van Discord voor alle leden: laat het zoals het is; @Klanten is een voorbeeldrol.
web-panel-access-intro = Toegangsregels, op volgorde gecontroleerd: de eerste regel met een rol van het lid beslist; een lid op wie geen regel past, mag openen. De staff mag altijd. Zet @everyone als laatste, bijv. "@Klanten toestaan, @everyone weigeren".
web-panel-access-order = Volgorde
web-panel-access-role = Rol
web-panel-access-rule = Regel
web-panel-access-remove = Verwijderen
# Labels voor schermlezers van de rij van één toegangsregel; $number telt vanaf 1.
web-panel-access-order-of = Volgorde van regel { $number }
web-panel-access-role-of = Rol van regel { $number }
web-panel-access-rule-of = Regel { $number }
web-panel-access-remove-of = Regel { $number } verwijderen
web-panel-access-allow = Toestaan
web-panel-access-deny = Weigeren
web-panel-hours = Supporttijden
web-panel-hours-on = Alleen als de staff er is
web-panel-hours-timezone = Tijdzone
web-panel-hours-timezone-hint = de zomertijd ervan wordt gevolgd
web-panel-hours-windows = Tijden
# Het voorbeeld wordt getypt zoals het is (Engelse dagnamen, 24-uursnotatie): laat het staan.
web-panel-hours-windows-hint = bijv. mon-fri 09:00-17:00; sat 10:00-14:00 (24-uursnotatie; splits een tijdvak over middernacht in tweeën)
web-panel-hours-holidays = Vrije dagen
# Het voorbeeld wordt getypt zoals het is (datums, bereiken met ..); "Kerst" is een vrije naam.
web-panel-hours-holidays-hint = bijv. 2026-12-24..2026-12-26 Kerst; 2027-01-01
web-panel-hours-outside = Buiten de tijden
web-panel-hours-refuse = Nieuwe tickets weigeren
web-panel-hours-open-and-tell = Openen, en de aanvrager laten weten wanneer de staff terug is
web-panel-hours-notice = Melding
# %next_open% en %next_open_relative% worden getypt zoals ze zijn.
web-panel-hours-notice-hint = leeg voor de standaard; %next_open% en %next_open_relative% geven aan wanneer de staff terug is
web-panel-hours-colour = Kleur van de melding
web-panel-welcome-embed = De embed van het welkomstbericht (plaatshouders werken in elke tekst)
web-panel-save = Paneel opslaan
web-panel-create = Paneel aanmaken
web-panel-preview = Voorbeeld
# De kop van het voorbeeld van het welkomstbericht.
web-panel-preview-welcome = Welkomstbericht
web-panel-preview-images = Afbeeldingen worden genoemd, niet geladen: het dashboard vraagt niets op bij andere sites.

## Panelen: waarom een paneel niet is opgeslagen of geplaatst

# $number: de rij van de regel, vanaf 1.
web-panel-err-access-order = Toegangsregel { $number }: de volgorde is een getal.
web-panel-err-hours-outside = Buiten de supporttijden: kies uit de lijst wat er gebeurt.
web-panel-err-access-roles = Toegangsregels: kies rollen uit de lijst.
# $emoji: wat er getypt is, tussen aanhalingstekens. <:name:id> is hoe de emoji van een server wordt geschreven: laat het staan.
web-panel-err-emoji = { $emoji } is geen emoji: gebruik één emoji, of een eigen emoji geschreven als <:name:id>.
web-panel-err-button-style = Kies een knopstijl uit de lijst.
web-panel-err-category = Kies een categorie uit de lijst.
web-panel-err-roles = Kies rollen uit de lijst.
web-panel-err-mention-roles = Kies uit de lijst welke rollen worden vermeld.
web-panel-err-mode = Kies kanaal- of threadmodus uit de lijst.
web-panel-err-ticket-limit = Het ticketmaximum moet een getal tussen 1 en 100 zijn.
web-panel-err-cooldown = De wachttijd moet een aantal minuten zijn.
web-panel-err-log-channel = Kies een logkanaal uit de lijst.
web-panel-err-form = Kies een formulier uit de lijst.
web-panel-err-exit-survey = Kies een formulier voor de afsluitende enquête uit de lijst.
web-panel-err-awaiting = Kies een categorie voor wachten op antwoord uit de lijst.
# $reason: waarom het gekozen formulier geen afsluitende enquête kan zijn (een volledige zin).
web-panel-err-exit-survey-form = Afsluitende enquête: { $reason }
web-panel-err-teams = Kies supportteams uit de lijst.
# $title: de titel van het paneel, tussen aanhalingstekens.
web-panel-err-title-taken = Er bestaat al een paneel met de naam { $title }.
web-panel-err-created-form-gone = Het paneel is aangemaakt, maar een formulier dat het zou gebruiken, is intussen verwijderd. Bewerk het paneel om een ander te kiezen.
web-panel-err-saved-form-gone = Het paneel is opgeslagen, maar een formulier dat het zou gebruiken, is intussen verwijderd. Bewerk het paneel om een ander te kiezen.
web-panel-err-gone = Dit paneel bestaat niet (meer).
web-panel-err-channel = Kies een tekstkanaal van deze server om het paneel in te plaatsen.

## Multipanelen

web-multipanels-title = Multipanelen
web-multipanels-intro = Meerdere panelen in één bericht: leden kiezen het soort ticket met een knop of uit een menu.
web-multipanels-empty = Nog geen multipanelen.
# $panels: de titels van de panelen, gescheiden door komma's.
web-multipanels-shown-select = keuzemenu: { $panels }
web-multipanels-shown-buttons = knoppen: { $panels }
# De tekst van het keuzemenu als de server er geen heeft ingesteld (het voorbeeld en de hint in het veld).
web-multipanels-placeholder-default = Kies waar je ticket over gaat
web-multipanels-customise = Aanpassen
web-multipanels-placeholder = Plaatshouder van het keuzemenu
web-multipanels-entries-caption = Elk item: lege onderdelen tonen die van het paneel zelf (de knoptekst en emoji; de titel bij een keuze in het menu).
web-multipanels-entry-panel = Paneel
web-multipanels-entry-label = Label
web-multipanels-entry-description = Beschrijving
web-multipanels-entry-emoji = Emoji
# Labels voor schermlezers; $panel: de titel van het paneel.
web-multipanels-entry-label-of = Label van { $panel }
web-multipanels-entry-description-of = Beschrijving van { $panel }
web-multipanels-entry-emoji-of = Emoji van { $panel }
web-multipanels-embed = De embed ervan: link, auteur, afbeeldingen, voettekst, velden
web-multipanels-save-look = Uiterlijk opslaan
web-multipanels-edit = Bewerken
web-multipanels-field-title = Titel
web-multipanels-field-text = Tekst
web-multipanels-field-colour = Kleur
web-multipanels-field-panels = Panelen
web-multipanels-field-layout = Indeling
web-multipanels-layout-buttons = Knoppen
web-multipanels-layout-select = Keuzemenu
web-multipanels-save = Opslaan
web-multipanels-post-in = Plaatsen in
web-multipanels-pick-channel = Kies een kanaal
web-multipanels-post = Plaatsen
web-multipanels-delete-confirm = Dit multipaneel verwijderen? De panelen ervan blijven bestaan.
web-multipanels-delete = Verwijderen
web-multipanels-new = Nieuw multipaneel
# De tekst van een nieuw multipaneel zoals eerst ingevuld; de beheerder kan hem wijzigen.
web-multipanels-text-default = Kies het soort hulp dat je nodig hebt.
web-multipanels-panels-hint = 2 tot 25
web-multipanels-create = Multipaneel aanmaken

## Multipanelen: waarom een wijziging is geweigerd

web-multipanels-err-gone = Dat multipaneel bestaat niet (meer).
# $title: de titel van het multipaneel, tussen aanhalingstekens.
web-multipanels-err-title-taken = Er bestaat al een multipaneel met de naam { $title }.
web-multipanels-err-deleted = Dat multipaneel is intussen verwijderd.
web-multipanels-err-too-few = Een paneel dat je koos, is net verwijderd: een multipaneel bevat 2 tot 25 panelen.
web-multipanels-err-no-channels = De kanalenlijst is op dit moment niet beschikbaar.
web-multipanels-err-channel = Kies een tekstkanaal van deze server.
web-multipanels-err-title = De titel moet 1 tot 100 tekens lang zijn.
web-multipanels-err-text = De tekst mag hoogstens 4000 tekens lang zijn.
web-multipanels-err-panels = Kies panelen uit de lijst.
web-multipanels-err-panel-count = Een multipaneel bevat 2 tot 25 panelen.
web-multipanels-err-entry = Onbekend item.
web-multipanels-err-entry-gone = Dat paneel staat niet meer in dit multipaneel: laad de pagina opnieuw.

## Formulieren

web-forms-title = Formulieren
# $max: hoeveel vragen een formulier mag stellen.
web-forms-intro = { $max ->
    [one] Een formulier stelt in een pop-up hoogstens { $max } vraag voordat een ticket opent; de antwoorden worden in het ticket getoond. Kies het formulier van een paneel in de paneeleditor.
   *[other] Een formulier stelt in een pop-up tot { $max } vragen voordat een ticket opent; de antwoorden worden in het ticket getoond. Kies het formulier van een paneel in de paneeleditor.
}
web-forms-delete-confirm = Dit formulier verwijderen? Panelen die het gebruiken, openen dan tickets zonder vragen.
web-forms-delete = Formulier verwijderen
# Een vraag in de lijst van een formulier, dan waar die om vraagt, steeds na een komma: "korte tekst, verplicht, minstens 10, hoogstens 200".
web-forms-summary-short = korte tekst
web-forms-summary-paragraph = alineatekst
web-forms-summary-required = verplicht
web-forms-summary-min-length = minstens { $min }
web-forms-summary-max-length = hoogstens { $max }
# Hoeveel opties een lid kiest: van $min tot $max.
web-forms-summary-picks = { $min }–{ $max } keuzes
web-forms-move-up = Omhoog
web-forms-move-down = Omlaag
web-forms-remove-question = Vraag verwijderen
web-forms-edit = Bewerken
web-forms-save-question = Vraag opslaan
web-forms-add-question-open = Een vraag toevoegen
web-forms-add-question = Vraag toevoegen
web-forms-empty = Nog geen formulieren.
web-forms-new = Nieuw formulier
# Een voorbeeldtitel van een formulier.
web-forms-new-placeholder = Probleem met bestelling
web-forms-create = Formulier aanmaken

## Formulieren: de velden van een vraag

web-forms-question = Vraag
# Een voorbeeldvraag.
web-forms-question-placeholder = Wat is je bestelnummer?
web-forms-asks-for = Vraagt om
web-forms-description = Beschrijving
web-forms-description-placeholder = Getoond onder de vraag
web-forms-required = Verplicht
web-forms-placeholder = Plaatshouder
web-forms-text-questions = Tekstvragen
web-forms-answer = Antwoord
web-forms-answer-short = Kort
web-forms-answer-paragraph = Alinea
web-forms-min-length = Min. lengte
web-forms-max-length = Max. lengte
web-forms-choice-questions = Keuze- en selectorvragen
web-forms-min-picks = Min. keuzes
web-forms-max-picks = Max. keuzes
web-forms-options = Opties (keuzevragen, hoogstens 25)
web-forms-option-order = Volgorde
web-forms-option-label = Label
web-forms-option-value = Waarde
web-forms-option-description = Beschrijving
web-forms-option-emoji = Emoji
web-forms-option-remove = Verwijderen
# Labels voor schermlezers; $option: het label van de optie.
web-forms-option-order-of = Volgorde van { $option }
web-forms-option-remove-of = { $option } verwijderen
# $number telt de lege rijen vanaf 1.
web-forms-new-option-order = Volgorde van nieuwe optie { $number }
web-forms-new-option = Nieuwe optie
web-forms-new-option-label = Label van nieuwe optie
# Een lege waarde is het label van de optie.
web-forms-new-option-value-placeholder = (het label)
web-forms-new-option-value = Waarde van nieuwe optie
web-forms-new-option-description = Beschrijving van nieuwe optie
web-forms-new-option-emoji = Emoji van nieuwe optie
# <:name:id> is hoe de emoji van een server wordt geschreven: laat het zoals het is.
web-forms-options-help = Wijzig de volgnummers om de volgorde te veranderen; vink Verwijderen aan om een optie weg te halen; vul een lege rij in om er een toe te voegen (sla op voor meer lege rijen). Emoji: de emoji zelf of een serveremoji als <:name:id>.
web-forms-channel-questions = Kanaalvragen: alleen aanbieden

## Formulieren: waar een vraag om vraagt, en de kanaalsoorten die een kanaalvraag aanbiedt

web-forms-kind-text = Tekst
web-forms-kind-choice = Keuze uit een lijst
web-forms-kind-user = Ledenkiezer
web-forms-kind-role = Rolkiezer
web-forms-kind-mentionable = Leden- of rolkiezer
web-forms-kind-channel = Kanaalkiezer
web-forms-channel-text = tekst
web-forms-channel-voice = spraak
web-forms-channel-category = categorie
web-forms-channel-announcement = aankondigingen
web-forms-channel-thread = thread
web-forms-channel-stage = podium
web-forms-channel-forum = forum

## Formulieren: waarom een wijziging is geweigerd

# $title: de titel van het formulier, tussen aanhalingstekens.
web-forms-err-title-taken = Er bestaat al een formulier met de naam { $title }.
web-forms-err-unknown-form = Onbekend formulier.
web-forms-err-gone = Dat formulier bestaat niet (meer).
web-forms-err-min-length = De minimale lengte moet een getal zijn.
web-forms-err-max-length = De maximale lengte moet een getal zijn.
web-forms-err-min-picks = Minimaal aantal keuzes: een getal van 0 tot 25.
web-forms-err-max-picks = Maximaal aantal keuzes: een getal van 0 tot 25.
# $option: het label van de optie, tussen aanhalingstekens.
web-forms-err-option-order = Volgorde van optie { $option }: een getal.
web-forms-err-too-many-options = Opties: hoogstens { $max } (de limiet van Discord voor een keuzemenu).
web-forms-err-kind = Kies waar de vraag om vraagt.
web-forms-err-style = Kies kort of alinea.
web-forms-err-unknown-question = Onbekende vraag.
web-forms-err-question-moved = Die vraag is verwijderd of verplaatst: laad de pagina opnieuw.

## Tags

web-tags-title = Tags
# De inleiding luidt: "Standaardantwoorden die de staff plaatst met /tag name, eventueel met een
# embed. …"; het commando staat tussen de twee delen.
web-tags-intro-before = Standaardantwoorden die de staff plaatst met
web-tags-intro-after = , eventueel met een embed. Een tag opslaan met een bestaande naam vervangt die tag.
web-tags-name = Naam
web-tags-text = Tekst
web-tags-embed-open = Embed (optioneel)
web-tags-embed-text = Embedtekst
web-tags-embed = Embed
web-tags-save = Tag opslaan
web-tags-preview = Voorbeeld
web-tags-embed-preview = Voorbeeld van de embed
web-tags-empty = Nog geen tags.
# Een badge naast een tag die een embed heeft.
web-tags-has-embed = embed
web-tags-edit = Bewerken
web-tags-delete-confirm = Deze tag verwijderen?
web-tags-delete = Verwijderen

## Labels

web-labels-title = Labels
# De inleiding luidt: "De staff geeft tickets labels met /label add; de lijsten …";
# het commando staat tussen de twee delen. $max: hoeveel labels een server mag hebben.
web-labels-intro-before = De staff geeft tickets labels met
web-labels-intro-after = { $max ->
    [one] ; de lijsten met open tickets en transcripts tonen ze en kunnen erop filteren, en transcripts bewaren ze. Hoogstens { $max } label.
   *[other] ; de lijsten met open tickets en transcripts tonen ze en kunnen erop filteren, en transcripts bewaren ze. Hoogstens { $max } labels.
}
web-labels-name = Naam
web-labels-colour = Kleur
web-labels-add = Label toevoegen
web-labels-empty = Nog geen labels.
# Voor schermlezers; $label: de naam van het label.
web-labels-colour-of = Kleur van { $label }
web-labels-save-colour = Kleur opslaan
web-labels-delete-confirm = Dit label verwijderen? Het wordt van elk ticket gehaald.
web-labels-delete = Verwijderen

## Labels: waarom een wijziging is geweigerd

web-labels-err-unknown = Onbekend label.
