# Slash-commando's: beschrijvingen, optiebeschrijvingen (.opt-<option>) en keuzenamen
# (.opt-<option>-choice-<name>); contextmenucommando's: hun naam.
# Vertaling van locales/en-US/commands.ftl, dat uit de doc-comments wordt gegenereerd (zie README: Languages).

cmd-help = Toont de commando's van ticketbox.

cmd-open = Opent een supportticket.
    .opt-subject = Waar het ticket over gaat

cmd-start_ticket = Ticket starten

cmd-open_for_user = Ticket openen voor gebruiker

cmd-close = Sluit dit ticket.
    .opt-reason = Waarom het ticket gesloten wordt

cmd-closerequest = Vraagt de aanvrager dit ticket te sluiten en sluit het desgewenst zelf na een wachttijd.
    .opt-delay = Automatisch sluiten na zoveel uur zonder antwoord
    .opt-reason = Waarom het ticket gesloten moet worden

cmd-reopen = Heropent een gesloten ticket in threadmodus.
    .opt-ticket = Het ticketnummer

cmd-claim = Claimt dit ticket: vanaf nu handel jij het af.

cmd-unclaim = Geeft de claim op dit ticket vrij.

cmd-transfer = Draagt de claim op dit ticket over aan een ander stafflid.
    .opt-user = Het stafflid dat het overneemt

cmd-add = Voegt een gebruiker of rol toe aan dit ticket.
    .opt-user = Een gebruiker om toe te voegen
    .opt-role = Een rol om toe te voegen

cmd-remove = Verwijdert een gebruiker of rol uit dit ticket.
    .opt-user = Een gebruiker om te verwijderen
    .opt-role = Een rol om te verwijderen

cmd-rename = Geeft het kanaal van dit ticket een nieuwe naam.
    .opt-name = De nieuwe naam

cmd-jumptotop = Linkt naar het begin van dit ticket.

cmd-notes = Opent (of betreedt) de privéthread met staffnotities van dit ticket.

cmd-switchpanel = Verplaatst dit ticket naar een ander paneel (de supportteams veranderen mee).
    .opt-panel = De titel van het paneel

cmd-addadmin = Maakt een gebruiker of rol ticketbeheerder.
    .opt-user = Een gebruiker
    .opt-role = Een rol

cmd-removeadmin = Verwijdert een ticketbeheerder.
    .opt-user = Een gebruiker
    .opt-role = Een rol

cmd-addsupport = Voegt een gebruiker of rol toe aan het supportteam.
    .opt-user = Een gebruiker
    .opt-role = Een rol

cmd-removesupport = Haalt een gebruiker of rol uit het supportteam.
    .opt-user = Een gebruiker
    .opt-role = Een rol

cmd-viewstaff = Toont de ticketbeheerders en het supportteam van deze server.
    .opt-page = Paginanummer

cmd-blacklist = Zet een gebruiker of rol op de zwarte lijst voor tickets, of haalt die eraf.
    .opt-user = Een gebruiker
    .opt-role = Een rol
    .opt-reason = Waarom (zichtbaar voor de staff; bewaard bij de vermelding)

cmd-setup = Ticketinstellingen voor deze server.

cmd-setup-auto = Maakt een ticketcategorie en een privé-logkanaal aan en gebruikt die.

cmd-setup-limit = Hoeveel tickets een lid tegelijk open mag hebben, en hoeveel de server er in totaal aanneemt.
    .opt-limit = Open tickets per lid, 1 tot 100
    .opt-server_total = Open tickets in de hele server, 1 tot 10000 (0 = geen maximum)

cmd-setup-transcripts = Waar gesloten tickets gelogd worden.
    .opt-channel = Het logkanaal

cmd-setup-use-threads = Tickets openen als privéthreads in plaats van kanalen.
    .opt-enabled = Privéthreads gebruiken
    .opt-notification_channel = Waar de staff over nieuwe tickets hoort
    .opt-archive_after = Stille ticketthread archiveren na (keuzes van Discord)
    .opt-archive_after-choice-1h = 1 uur
    .opt-archive_after-choice-24h = 24 uur
    .opt-archive_after-choice-3d = 3 dagen
    .opt-archive_after-choice-7d = 7 dagen

cmd-setup-users-can-close = Of aanvragers hun eigen tickets mogen sluiten.
    .opt-enabled = Aanvragers mogen hun eigen tickets sluiten

cmd-setup-close-confirmation = Of de knop "Sluiten" om bevestiging vraagt.
    .opt-enabled = Om bevestiging vragen vóór het sluiten

cmd-setup-naming = Het naamschema van ticketkanalen (%id%, %id_padded%, %username%, %nickname%, %claimed%).
    .opt-scheme = bijv. ticket-%id% of %username%-%id_padded%

cmd-setup-welcome = Het standaard welkomstbericht (plaatshouders zoals %user% en %ticket_id% werken).
    .opt-message = Het bericht; laat leeg om de standaard te herstellen

cmd-setup-claim = Wat de rest van het supportteam mag zodra een ticket geclaimd is.
    .opt-support_can_view = De rest van het supportteam ziet geclaimde tickets nog
    .opt-support_can_type = De rest van het supportteam mag nog schrijven in geclaimde tickets

cmd-setup-feedback = Vraagt aanvragers na het sluiten via DM hun ticket te beoordelen.
    .opt-enabled = Of aanvragers om een beoordeling gevraagd wordt

cmd-setup-buttons = Welke knoppen de welkomstberichten van nieuwe tickets tonen (de commando's werken altijd).
    .opt-claim = De knop "Claimen" tonen
    .opt-close = De knop "Sluiten" tonen
    .opt-close_with_reason = De knop "Sluiten met reden" tonen

cmd-setup-store-transcripts = Of transcripts van gesloten tickets bewaard worden (uit: sluiten en loggen zonder transcript).
    .opt-enabled = Van elk gesloten ticket een transcript bewaren

cmd-setup-open-command = Of leden tickets mogen openen met /open (uit: alleen via panelen; de staff mag altijd).
    .opt-enabled = Leden mogen /open gebruiken

cmd-setup-start-ticket = Het berichtmenu Ticket starten: wie het mag gebruiken, auteur toevoegen, het paneel.
    .opt-level = Wie het mag gebruiken
    .opt-level-choice-everyone = iedereen
    .opt-level-choice-support-staff = supportteam
    .opt-level-choice-admins = beheerders
    .opt-add_author = De auteur van het bericht aan het ticket toevoegen
    .opt-panel = Tickets openen via dit paneel (met zijn categorie, team en welkomstbericht)
    .opt-no_panel = Tickets openen zonder paneel

cmd-setup-permissions = Wat aanvragers of het supportteam mogen in ticketkanalen (uit: daar geweigerd).
    .opt-who = Wiens rechten
    .opt-who-choice-the-opener = de aanvrager
    .opt-who-choice-support-staff = supportteam
    .opt-attach_files = Bestanden bijvoegen
    .opt-embed_links = Links insluiten
    .opt-add_reactions = Reacties toevoegen
    .opt-external_emoji = Externe emoji gebruiken
    .opt-external_stickers = Externe stickers gebruiken
    .opt-voice_messages = Spraakberichten versturen

cmd-setup-on-call = De dienstrol: kies er een, of laat ticketbox er een maken bij de volgende /on-call.
    .opt-role = De rol van dienstdoende staff (leeg: ticketbox maakt er een)

cmd-setup-show = Toont alle instellingen van deze server.

cmd-autoclose = Sluit tickets waarop niemand reageert automatisch.

cmd-autoclose-configure = Stelt automatisch sluiten in. Duur zoals 30m, 12h of 3d; "off" zet een regel uit.
    .opt-enabled = Of tickets überhaupt automatisch sluiten
    .opt-no_response = Sluiten als de aanvrager sinds het openen zo lang niets heeft geschreven
    .opt-since_last_message = Sluiten als de staff het laatst schreef en de aanvrager zo lang niet antwoordt
    .opt-on_leave = Sluiten als de aanvrager de server verlaat
    .opt-warning = Zo lang vóór het sluiten een waarschuwing plaatsen (standaard uit)

cmd-autoclose-exclude = Sluit dit ticket uit van automatisch sluiten, of neemt het weer mee.

cmd-autoclose-show = Toont de regels voor automatisch sluiten.

cmd-stats = Ticketstatistieken.

cmd-stats-server = De ticketstatistieken van deze server.

cmd-stats-user = De ticketstatistieken van een stafflid.
    .opt-user = Het stafflid

cmd-panel = Ticketpanelen beheren.

cmd-panel-create = Maakt een paneel aan.
    .opt-title = Titel (uniek binnen deze server)
    .opt-text = Tekst van het paneel (\n voor een nieuwe regel)
    .opt-colour = Kleur, bijv. #5865F2
    .opt-button_label = Knoptekst
    .opt-emoji = Knopemoji
    .opt-style = primary, secondary, success of danger
    .opt-category = Categorie voor de tickets
    .opt-naming = Naamschema voor de tickets
    .opt-welcome = Welkomstbericht voor de tickets
    .opt-support_role = Rol van het supportteam: alleen die behandelt deze tickets
    .opt-mention_role = Rol om te vermelden in nieuwe tickets
    .opt-mention_opener = De aanvrager vermelden in het welkomstbericht
    .opt-mention_here = @here (de staff van het ticket) vermelden in het welkomstbericht
    .opt-threads = Deze tickets openen als privéthreads
    .opt-limit = Open tickets per lid via dit paneel
    .opt-cooldown_minutes = Minuten die een lid moet wachten tussen tickets via dit paneel
    .opt-open_cap = Open tickets via dit paneel in totaal, van alle leden samen (0: geen maximum)
    .opt-form = Een formulier (zie /form) dat vóór het openen wordt gevraagd
    .opt-exit_survey = Een formulier dat de aanvrager na een beoordeling mag invullen ("Vertel ons meer")
    .opt-awaiting_category = Categorie voor tickets die op de aanvrager wachten (kanaalmodus)

cmd-panel-edit = Wijzigt een paneel (alleen de opties die je opgeeft).
    .opt-title = De huidige titel van het paneel
    .opt-new_title = Een nieuwe titel
    .opt-text = Tekst van het paneel
    .opt-colour = Kleur, bijv. #5865F2
    .opt-button_label = Knoptekst
    .opt-emoji = Knopemoji (leeg om te verwijderen)
    .opt-style = primary, secondary, success of danger
    .opt-category = Categorie voor de tickets
    .opt-naming = Naamschema (leeg voor dat van de server)
    .opt-welcome = Welkomstbericht (leeg voor dat van de server)
    .opt-support_role = Rol van het supportteam: alleen die behandelt deze tickets
    .opt-mention_opener = De aanvrager vermelden
    .opt-mention_here = @here (de staff van het ticket) vermelden in het welkomstbericht
    .opt-threads = Openen als privéthreads
    .opt-limit = Open tickets per lid via dit paneel
    .opt-cooldown_minutes = Wachttijd in minuten
    .opt-open_cap = Open tickets via dit paneel in totaal, van alle leden samen (0: geen maximum)
    .opt-disabled = Het paneel uitschakelen
    .opt-form = Een formulier dat vóór het openen wordt gevraagd (leeg om te verwijderen)
    .opt-exit_survey = Een formulier na de beoordeling ("Vertel ons meer"; leeg om te verwijderen)
    .opt-awaiting_category = Categorie voor tickets die op de aanvrager wachten (kanaalmodus)
    .opt-no_awaiting_category = Tickets niet langer naar een categorie voor wachten op antwoord verplaatsen

cmd-panel-delete = Verwijdert een paneel (tickets die ermee geopend zijn, blijven bestaan).
    .opt-title = De titel van het paneel

cmd-panel-list = Toont de panelen van deze server.

cmd-panel-send = Plaatst een paneel in een kanaal.
    .opt-title = De titel van het paneel
    .opt-channel = Waar het geplaatst wordt (standaard: hier)

cmd-panel-embed = Stelt de embed van een paneel in: link, auteur, afbeeldingen, voettekst, velden (`none` wist iets).
    .opt-title = De titel van het paneel
    .opt-which = Het paneelbericht of het welkomstbericht van de tickets
    .opt-which-choice-panel-message = paneelbericht
    .opt-which-choice-welcome-message = welkomstbericht
    .opt-heading = Welkomstbericht: de titel (plaatshouders werken)
    .opt-colour = Welkomstbericht: de kleur, #rrggbb
    .opt-url = De link van de titel (https://…)
    .opt-author = Naam van de auteur
    .opt-author_icon = Pictogram van de auteur (afbeeldings-URL)
    .opt-author_url = Link van de auteur
    .opt-image = Grote afbeelding onder de tekst (afbeeldings-URL)
    .opt-thumbnail = Kleine afbeelding rechtsboven (afbeeldings-URL)
    .opt-footer = Voettekst
    .opt-footer_icon = Pictogram van de voettekst (afbeeldings-URL)
    .opt-timestamp = Het tijdstip van verzenden tonen
    .opt-add_field = Veld toevoegen: naam | waarde, of naam | waarde | inline
    .opt-clear_fields = Eerst alle velden verwijderen
    .opt-reset = Met een lege embed beginnen

cmd-panel-access = Stelt in wie via een paneel tickets mag openen: de eerste regel met een rol van het lid beslist.
    .opt-title = De titel van het paneel
    .opt-role = De rol (@everyone voor alle andere leden)
    .opt-rule = Leden met de rol toestaan of weigeren, of de regel ervoor verwijderen
    .opt-rule-choice-allow = toestaan
    .opt-rule-choice-deny = weigeren
    .opt-rule-choice-remove = verwijderen
    .opt-position = Plaats in de volgorde (1 = eerst gecontroleerd; standaard: als laatste)

cmd-panel-hours = Stelt in wanneer de staff van een paneel er is (geef alleen de titel op om de tijden te zien).
    .opt-title = De titel van het paneel
    .opt-timezone = Tijdzone, bijv. Europe/Amsterdam of America/New_York
    .opt-windows = Tijdvakken, bijv. mon-fri 09:00-17:00; sat 10:00-14:00
    .opt-holidays = Vrije dagen, bijv. 2026-12-24..2026-12-26 Kerst; 2027-01-01
    .opt-outside = Buiten de tijden
    .opt-outside-choice-refuse-new-tickets = nieuwe tickets weigeren
    .opt-outside-choice-open-and-tell-when-staff-are-back = openen en melden wanneer de staff terug is
    .opt-message = Melding; %next_open% en %next_open_relative% geven aan wanneer de staff terug is
    .opt-colour = De kleur van de melding, #rrggbb
    .opt-remove = De tijden verwijderen: altijd open

cmd-panel-log = Waar gesloten tickets van een paneel gelogd worden (TicketsBots transcriptkanaal per paneel).
    .opt-title = De titel van het paneel
    .opt-channel = Gesloten tickets hier loggen in plaats van in het logkanaal van de server
    .opt-server_log = Weer het logkanaal van de server gebruiken

cmd-form = Formulieren beheren.

cmd-form-create = Maakt een leeg formulier aan.
    .opt-title = Titel op het formulier (1-45 tekens)

cmd-form-add-input = Voegt een vraag toe aan een formulier.
    .opt-form = De titel van het formulier
    .opt-label = De vraag (1-45 tekens)
    .opt-kind = Waar de vraag om vraagt (standaard: tekst)
    .opt-kind-choice-text = tekst
    .opt-kind-choice-choice-options = keuze (opties)
    .opt-kind-choice-member = lid
    .opt-kind-choice-role = rol
    .opt-kind-choice-member-or-role = lid of rol
    .opt-kind-choice-channel = kanaal
    .opt-description = Getoond onder de vraag
    .opt-style = Tekst: short of paragraph
    .opt-required = Moet beantwoord worden (standaard ja)
    .opt-min_length = Tekst: minimale lengte van het antwoord
    .opt-max_length = Tekst: maximale lengte van het antwoord
    .opt-placeholder = Hint in het lege veld
    .opt-options = Keuze: opties gescheiden door ; elk label | beschrijving | emoji
    .opt-min_picks = Keuze en selectors: minimaal aantal keuzes (standaard 1)
    .opt-max_picks = Keuze en selectors: maximaal aantal keuzes (standaard 1)
    .opt-channel_types = Kanaal: aangeboden soorten, bijv. text, voice, thread (standaard alle)

cmd-form-delete = Verwijdert een formulier (panelen die het gebruiken, openen tickets zonder vragen).
    .opt-form = De titel van het formulier

cmd-form-list = Toont de formulieren en hun vragen.

cmd-multipanel = Multipanelen beheren.

cmd-multipanel-create = Maakt een multipaneel van bestaande panelen.
    .opt-title = Titel (uniek binnen deze server)
    .opt-panels = Titels van panelen, gescheiden door komma's
    .opt-select_menu = Een keuzemenu tonen in plaats van knoppen
    .opt-text = Tekst van het bericht
    .opt-colour = Kleur, bijv. #5865F2

cmd-multipanel-customise = Stelt plaatshouder, afbeeldingen en voettekst van een multipaneel in, en het uiterlijk van een item.
    .opt-title = De titel van het multipaneel
    .opt-placeholder = De tekst van het keuzemenu vóór een keuze
    .opt-image = Grote afbeelding (afbeeldings-URL)
    .opt-thumbnail = Kleine afbeelding rechtsboven (afbeeldings-URL)
    .opt-footer = Voettekst
    .opt-panel = Een item om te wijzigen: de titel van het paneel
    .opt-label = Het label van het item hier (none: dat van het paneel)
    .opt-description = Onder het item in een keuzemenu (none: de titel van het paneel)
    .opt-emoji = De emoji van het item hier (none: die van het paneel)

cmd-multipanel-send = Plaatst een multipaneel in een kanaal.
    .opt-title = De titel van het multipaneel
    .opt-channel = Waar het geplaatst wordt (standaard: hier)

cmd-multipanel-delete = Verwijdert een multipaneel (de panelen blijven bestaan).
    .opt-title = De titel van het multipaneel

cmd-multipanel-list = Toont de multipanelen.

cmd-tag = Plaatst een opgeslagen antwoord.
    .opt-name = De tag

cmd-managetags = Opgeslagen antwoorden beheren.

cmd-managetags-add = Slaat een tag op (vervangt een tag met dezelfde naam).
    .opt-name = Naam
    .opt-content = Tekst (\n voor een nieuwe regel)

cmd-managetags-embed = Stelt de embed in die met een tag wordt verstuurd (`none` wist iets).
    .opt-name = De tag
    .opt-title = Titel van de embed
    .opt-description = Tekst van de embed (\n voor een nieuwe regel)
    .opt-colour = Kleur, #rrggbb
    .opt-url = De link van de titel (https://…)
    .opt-image = Grote afbeelding (afbeeldings-URL)
    .opt-thumbnail = Kleine afbeelding rechtsboven (afbeeldings-URL)
    .opt-footer = Voettekst
    .opt-add_field = Veld toevoegen: naam | waarde, of naam | waarde | inline
    .opt-remove = De embed verwijderen

cmd-managetags-delete = Verwijdert een tag.
    .opt-name = De tag

cmd-managetags-list = Toont de tags.

cmd-label = Labels op tickets: toevoegen, verwijderen, tonen en (beheerders) aanmaken, kleuren, verwijderen.

cmd-label-add = Zet een label op dit ticket.
    .opt-label = Het label

cmd-label-remove = Haalt een label van dit ticket.
    .opt-label = Het label

cmd-label-list = Toont de labels van de server (en in een ticket ook die van dit ticket).

cmd-label-create = Maakt een label aan dat de staff op tickets kan zetten.
    .opt-name = De naam
    .opt-colour = Kleur, bijv. #5865F2

cmd-label-colour = Wijzigt de kleur van een label.
    .opt-label = Het label
    .opt-colour = Kleur, bijv. #5865F2

cmd-label-delete = Verwijdert een label en haalt het van alle tickets.
    .opt-label = Het label

cmd-language = Stelt de taal in die de bot in deze server gebruikt.
    .opt-code = De taal van de bot in deze server
    .opt-code-choice-english = English
    .opt-code-choice-deutsch = Deutsch
    .opt-code-choice-fran-ais = Français
    .opt-code-choice-espa-ol = Español
    .opt-code-choice-portugu-s-do-brasil = Português do Brasil
    .opt-code-choice-nederlands = Nederlands
    .opt-code-choice-polski = Polski
    .opt-code-choice-t-rk-e = Türkçe
    .opt-code-choice-discord-s-server-language = Servertaal van Discord
    .opt-member_languages = Elk lid privé antwoorden in zijn eigen Discord-taal

cmd-on-call = Zet je in dienst (nieuwe threadtickets voegen je dan toe), of uit dienst.

cmd-mydata = Je gegevens bij deze ticketbox: vraag een kopie of verwijdering aan.

cmd-mydata-export = Vraag een kopie aan van alles wat deze ticketbox over je bewaart.

cmd-mydata-delete = Vraag aan dat alles wat deze ticketbox over je bewaart, wordt verwijderd.
