# De eigen pagina's van het dashboard: de startpagina, de eerste installatie (voor de operator
# die ticketbox installeert), de serverlijst, inlogfouten, de operatorpagina, en van een server
# de open tickets, de lijst met transcripts, de statistieken (met grafieken) en het auditlogboek
# (Nederlands; bron: locales/en-US/web-pages.ftl). Getoond in de taal van de bezoeker; wat een
# server schreef (paneeltitels, labelnamen, redenen van sluiten) en wat het auditlogboek
# vastlegde, wordt nooit vertaald. Configuratiesleutels (discord.client_id), bestandsnamen
# (config.toml), omgevingsvariabelen, shellcommando's en slash-commando's (/open, /setup auto)
# worden getypt of opgezocht zoals ze zijn: laat ze ongewijzigd.
# Sommige zinnen tonen een term vet, als code of als link: die term is een plaatshouder
# ({ $name }); zet hem waar het Nederlands hem nodig heeft.

## Startpagina

web-home-title = Start
web-home-running = ticketbox { $version } draait.
web-home-bot-connected = De bot is verbonden met Discord.
web-home-bot-connecting = De bot maakt verbinding met Discord…
web-home-bot-stopped = De bot is gestopt.
# { $name } is de Discord-naam van de ingelogde bezoeker.
web-home-logged-in-as = Ingelogd als { $name }
web-home-servers = Je servers
# Een knop, en de link in web-home-login-prompt en web-setup-done-login.
web-home-login = Inloggen met Discord
# { $login } is de knop web-home-login.
web-home-login-prompt = { $login } om je servers te beheren en transcripts te lezen.
# { $id } en { $secret } zijn configuratiesleutels (discord.client_id, discord.client_secret).
web-home-login-needs = Voor inloggen op het dashboard zijn { $id } en { $secret } nodig.
# Elke pagina die niet bestaat (ook de operatorpagina voor alle anderen).
web-home-not-found = Pagina niet gevonden.

## Eerste installatie (de operator stelt de Discord-bot in)

web-setup-title = Installatie
web-setup-intro = Er is nog geen Discord-bot ingesteld. Drie stappen en ticketbox draait.
# De stappen noemen de pagina's, knoppen en schakelaars van de Discord Developer Portal zoals
# Discord ze toont (in het Engels): { $portal } is "Discord Developer Portal" (een link),
# { $new } "New Application".
web-setup-step-app = Open de { $portal } en maak een { $new } aan.
# { $bot } "Bot", { $reset } "Reset Token", { $intents } "Privileged Gateway Intents",
# { $members } "Server Members Intent", { $content } "Message Content Intent".
web-setup-step-bot = Onder { $bot }: klik op { $reset } en kopieer het token. Zet daaronder, bij { $intents }, { $members } en { $content } aan en sla op.
# { $oauth } "OAuth2", { $id } "Client ID", { $secret } "Client Secret"; { $url } is het
# adres dat als redirect moet worden toegevoegd.
web-setup-step-oauth = Onder { $oauth }: kopieer de { $id } en de { $secret }, en voeg de redirect { $url } toe (voor inloggen op het dashboard).
web-setup-code = Installatiecode
# { $file } is de bestandsnaam "setup-code", { $command } het shellcommando
# "ticketbox setup-code".
web-setup-code-hint = in het log van ticketbox, en opgeslagen als { $file } in de datamap: op de server toont { $command } hem
web-setup-token = Bottoken
web-setup-client-id = Client-ID
web-setup-client-id-hint = leeg: de ID van de applicatie
web-setup-client-secret = Clientgeheim
web-setup-client-secret-hint = nodig voor inloggen op het dashboard
web-setup-submit = Controleren en bot starten
# { $env } is "TICKETBOX_DISCORD__TOKEN", { $key } "discord.token", { $file } "config.toml",
# { $keyfile } "discord.token_file".
web-setup-files = Liever configuratiebestanden? Stel dan { $env } in (of { $key } in { $file }, of { $keyfile }) en herstart.
# { $file } is "setup.toml", { $config } "config.toml", { $env } "TICKETBOX_*" (omgevingsvariabelen
# waarvan de naam zo begint); { $url } is het adres van het dashboard.
web-setup-saved = Het token wordt bij Discord gecontroleerd en daarna opgeslagen in de datamap ({ $file }, alleen leesbaar voor de gebruiker van ticketbox). { $config } en { $env }-variabelen hebben voorrang. Het dashboard is straks bereikbaar op { $url }.
web-setup-already-done = ticketbox is al ingesteld.
web-setup-too-many = Te veel pogingen vanaf je adres. Wacht een minuut en probeer het opnieuw.
web-setup-expired = Dit formulier is verlopen of komt niet van deze pagina. Laad de installatiepagina opnieuw en probeer het nog eens.
# `ticketbox setup-code` is een shellcommando: laat het ongewijzigd.
web-setup-wrong-code = Die installatiecode klopt niet. Hij staat in het log van ticketbox, en `ticketbox setup-code` toont hem op de server.
# Na de installatie. { $bot } is de naam van de bot op Discord.
web-setup-done-bot = Het token hoort bij { $bot }. De bot start.
# Gevolgd door de knop web-setup-done-add.
web-setup-done-invite = Nodig hem vervolgens uit op je server:
web-setup-done-add = { $bot } aan een server toevoegen
# { $login } is de link web-home-login; { $auto } en { $open } zijn de slash-commando's
# "/setup auto" en "/open".
web-setup-done-login = Log daarna in op het dashboard: { $login }. In Discord maakt { $auto } een ticketcategorie en een logkanaal aan, en { $open } werkt meteen.

## Je servers

web-servers-title = Je servers
web-servers-none = Je deelt nog geen server met ticketbox. Nodig de bot uit op een server die je beheert.
# Het niveau van de bezoeker in een server, naast de naam ervan.
web-servers-role-admin = beheerder
web-servers-role-support = support
web-servers-role-member = lid

## Inlogfouten

# { $id } en { $secret } zijn configuratiesleutels (discord.client_id, discord.client_secret).
web-auth-not-configured = Inloggen op het dashboard is op deze server niet ingesteld: de operator moet { $id } en { $secret } instellen.
web-auth-stale-login = Deze inloglink is verlopen of al gebruikt. Log opnieuw in.
web-auth-discord-failed = Discord heeft het inloggen niet afgerond. Probeer het opnieuw.
web-auth-expired = Dit formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.
web-auth-too-many = Te veel inlogpogingen vanaf je adres. Wacht een minuut en probeer het opnieuw.

## Operatorpagina (alleen voor de operators van de instantie)

web-operator-title = Operator
web-operator-status = Status
# Gevolgd door de toestand van de bot als codewoord (connected, connecting, stopped, failed).
web-operator-bot = Bot:
web-operator-jobs = Taken in de wachtrij: { $pending }, mislukt: { $failed }.
web-operator-storage = Opslag: database { $database } bytes, cache { $cache } bytes.
web-operator-requests = Gegevensverzoeken
# { $command } is het slash-commando "/mydata".
web-operator-requests-hint = Ingediend met { $command }; beantwoorden binnen 30 dagen (te laat na 25).
# Een lege lijst.
web-operator-none = Geen.
# Kolomkoppen van de gegevensverzoeken. Het soort (export, delete) en de status (open, …)
# hieronder worden als codewoorden getoond.
web-operator-col-kind = Soort
web-operator-col-user = Gebruiker
web-operator-col-filed = Ingediend (UTC)
web-operator-col-due = Uiterlijk (UTC)
web-operator-col-state = Status
web-operator-overdue = te laat
# { $path } is een bestandspad op de server.
web-operator-export-waits = export wacht in { $path }
web-operator-sent-by-dm = per DM verstuurd
web-operator-approve = Goedkeuren
web-operator-refuse = Weigeren
web-operator-refuse-reason = reden (wordt naar de aanvrager gestuurd)
web-operator-refuse-label = Reden voor het weigeren van verzoek { $id }
web-operator-jobs-failed = Mislukte taken
# Een mislukte achtergrondtaak: de ID en hoe vaak ze is geprobeerd.
web-operator-job = taak { $id }, { $count ->
        [one] { $count } poging
       *[other] { $count } pogingen
    }
web-operator-retry = Opnieuw proberen
web-operator-discard = Verwerpen
web-operator-discard-confirm = Deze taak verwerpen?
web-operator-backups = Back-ups
# { $when } is een datum en tijd, of web-operator-backup-none.
web-operator-backup-last = Laatste geslaagde back-up: { $when }.
web-operator-backup-none = nog geen
# { $error } is de fout, in het Engels.
web-operator-backup-failed = Laatste poging mislukt: { $error }
web-operator-backup-now = Nu back-up maken
# Hoeveel opgeslagen objecten een back-up heeft.
web-operator-backup-objects = { $count ->
        [one] { $count } object
       *[other] { $count } objecten
    }
# { $dir } en { $bucket } zijn configuratiesleutels (backup.local_dir, backup.s3.bucket).
web-operator-backup-unset = Geen back-updoel: stel { $dir } of { $bucket } in.
web-operator-servers = Servers
web-operator-no-tickets = Nog geen tickets.
web-operator-col-server = Server
web-operator-col-open = Open
web-operator-col-total = Alle tickets
web-operator-actions = Operatoracties
web-operator-none-yet = Nog geen.
web-operator-unknown-item = Onbekend item.
web-operator-unknown-action = Onbekende actie.
web-operator-job-not-failed = Taak { $id } is geen mislukte taak.

## De open tickets van een server

web-tickets-title = Open tickets
# De filters (ook op de lijst met transcripts).
web-tickets-label = Label
# De filterkeuze "geen filter".
web-tickets-any = Alle
web-tickets-filter = Filteren
web-tickets-clear = Wissen
# Helemaal geen open ticket; met een gekozen label ({ $label }, zoals de server het noemde);
# voor een supportlid: alleen tickets van de eigen teams worden getoond.
web-tickets-none = Geen open tickets. Goed gedaan.
web-tickets-none-label = Geen open tickets met het label { $label }. Goed gedaan.
web-tickets-none-teams = Geen open tickets voor je teams. Goed gedaan.
web-tickets-none-label-teams = Geen open tickets met het label { $label } voor je teams. Goed gedaan.
# Kolomkoppen (ook op de lijst met transcripts).
web-tickets-col-subject = Onderwerp
web-tickets-col-opener = Aanvrager
web-tickets-col-claimed-by = Geclaimd door
web-tickets-col-panel = Paneel
web-tickets-col-labels = Labels
web-tickets-col-age = Leeftijd
web-tickets-unclaimed = niet geclaimd
web-tickets-open-in-discord = Openen in Discord
# Een gebruiker wiens gegevens zijn verwijderd.
web-tickets-removed-user = verwijderde gebruiker
# Een gebruiker van wie de naam niet bekend is: { $id } is de Discord-gebruikers-ID.
web-tickets-user = gebruiker { $id }

## De transcripts van een server

web-transcripts-title = Transcripts
web-transcripts-ticket = Ticket
web-transcripts-user-placeholder = gebruikersnaam of ID
# Een datumbereik van de sluitdatum: "Gesloten van [datum] tot [datum]", twee losse labels.
web-transcripts-closed-from = Gesloten van
web-transcripts-closed-to = tot
web-transcripts-reason-placeholder = woorden in de reden van sluiten
web-transcripts-col-closed-by = Gesloten door
web-transcripts-col-closed = Gesloten (UTC)
web-transcripts-col-reason = Reden
web-transcripts-col-rating = Beoordeling
web-transcripts-count = { $count ->
        [one] { $count } transcript
       *[other] { $count } transcripts
    }
# Hoeveel transcripts er passen, en de getoonde pagina (50 per pagina).
web-transcripts-count-page = { $count ->
        [one] { $count } transcript, pagina { $page }
       *[other] { $count } transcripts, pagina { $page }
    }
# De paginering (ook op het auditlogboek): nieuwere en oudere items.
web-transcripts-newer = Nieuwer
web-transcripts-older = Ouder
# Fouten van de filters. { $name } en { $value } zijn wat er getypt is, tussen aanhalingstekens.
web-transcripts-members-unavailable = De ledenlijst is op dit moment niet beschikbaar.
web-transcripts-several-members = Meerdere leden heten { $name }: gebruik de gebruikersnaam of gebruikers-ID.
web-transcripts-no-member = Geen lid met de naam { $name } in deze server: gebruik de gebruikersnaam of gebruikers-ID.
# { $error } is een van de drie berichten hierboven; { $field } zegt over welk filter het gaat
# (web-transcripts-field-…).
web-transcripts-filter-error = { $error } ({ $field })
web-transcripts-field-opener = de aanvrager
web-transcripts-field-closer = gesloten door
web-transcripts-field-claimed = geclaimd door
web-transcripts-bad-number = { $value } is geen ticketnummer.
# Laat de voorbeelddatum zoals hij is (jaar-maand-dag).
web-transcripts-bad-from = De begindatum moet een datum zijn zoals 2026-01-31.
web-transcripts-bad-to = De einddatum moet een datum zijn zoals 2026-01-31.
web-transcripts-bad-panel = Kies een paneel uit de lijst.
web-transcripts-bad-rating = De beoordeling moet 1 tot 5 sterren zijn.

## De statistieken van een server

web-stats-title = Statistieken
# { $when } is een datum en tijd.
web-stats-as-of = Stand van { $when } UTC. Dagen zijn UTC-dagen; eerste reactietijden zijn bekend voor tickets die zijn geopend sinds ticketbox de ticketactiviteit bijhoudt.
# De cijfers bovenaan.
web-stats-open = Open tickets
web-stats-total = Tickets in totaal
web-stats-opened-week = Geopend in 7 dagen
web-stats-opened-month = Geopend in 30 dagen
web-stats-average-rating = Gemiddelde beoordeling
# { $average } is een getal met één decimaal, zoals 4.5.
web-stats-rating-out-of-5 = { $average } / 5
# Ook een kop.
web-stats-ratings = Beoordelingen
web-stats-times = Reactie en afhandeling
web-stats-last-7-days = Afgelopen 7 dagen
# Ook een kop.
web-stats-last-30-days = Afgelopen 30 dagen
web-stats-all-time = Totaal
# Rijen van de tabel met reactie en afhandeling, en kolommen van de dagtabel.
web-stats-first-response = Eerste reactie
web-stats-resolution = Afhandeling
# Duren over een aantal tickets: { $average } en { $median } zijn duren zoals 2h 5m,
# { $count } over hoeveel tickets ze zijn gemeten.
web-stats-spread = { $average } gem. · { $median } mediaan ({ $count })
web-stats-no-data = nog geen gegevens
# { $average } is een getal met één decimaal, zoals 4.5; { $count } hoeveel beoordelingen.
web-stats-rating = { $average } / 5 ({ $count })
web-stats-no-ratings = nog geen beoordelingen
web-stats-response-time = Eerste reactietijd
web-stats-resolution-time = Afhandeltijd
web-stats-days-table = De afgelopen 30 dagen als tabel
web-stats-col-day = Dag
web-stats-col-opened = Geopend
web-stats-col-closed = Gesloten
web-stats-staff = Staff
web-stats-no-staff = Nog geen activiteit van de staff.
web-stats-col-member = Lid
web-stats-col-claimed = Geclaimd
web-stats-col-answered = Beantwoord
web-stats-col-their-response = Eigen eerste reactie
web-stats-col-claimed-rating = Beoordeling van geclaimde tickets
# De grafieken, beschreven voor schermlezers; { $count } is het aantal dagen (30).
web-stats-chart-activity = { $count ->
        [one] Geopende en gesloten tickets per dag over de afgelopen dag
       *[other] Geopende en gesloten tickets per dag over de afgelopen { $count } dagen
    }
web-stats-chart-response = { $count ->
        [one] Eerste reactietijd per dag over de afgelopen dag (mediaan en gemiddelde)
       *[other] Eerste reactietijd per dag over de afgelopen { $count } dagen (mediaan en gemiddelde)
    }
web-stats-chart-resolution = { $count ->
        [one] Afhandeltijd per dag over de afgelopen dag (mediaan en gemiddelde)
       *[other] Afhandeltijd per dag over de afgelopen { $count } dagen (mediaan en gemiddelde)
    }
web-stats-chart-ratings = Hoeveel beoordelingen elk aantal sterren gaven
# De reeksen van de grafieken, in hun legenda's en tooltips.
web-stats-series-opened = geopend
web-stats-series-closed = gesloten
web-stats-series-median = mediaan
web-stats-series-average = gemiddelde

## Grafieken

# De tooltip van een staaf of punt: { $slot } is de dag (zoals 01-31), { $series } de naam van
# een reeks (web-stats-series-…), { $value } het cijfer.
web-chart-point = { $slot }: { $series } { $value }
# De tooltip van een staaf in de grafiek met beoordelingen: { $name } is de rij (zoals 4 ★),
# { $value } het aantal.
web-chart-bar = { $name }: { $value }

## Auditlogboek

web-audit-title = Auditlogboek
web-audit-intro = Elke wijziging die op dit dashboard is gemaakt: wie, wat en wanneer (UTC).
web-audit-none = Nog geen wijzigingen.
# Kolomkoppen. De items zelf worden in het Engels vastgelegd.
web-audit-col-when = Wanneer
web-audit-col-who = Wie
web-audit-col-what = Wat
web-audit-col-detail = Details

web-setup-err-token-missing = Plak het bottoken.
web-setup-err-token-shape = Dat lijkt niet op een bottoken: kopieer het opnieuw, zonder spaties.
web-setup-err-client-id = De client-ID is een getal (OAuth2 → Client ID).
web-setup-err-secret-shape = Dat lijkt niet op een clientgeheim: kopieer het opnieuw, zonder spaties.
web-setup-err-bad-token = Discord heeft dit bottoken geweigerd. Kopieer het opnieuw uit het Developer Portal (je applicatie → Bot → Reset Token).
web-setup-err-unreachable = Discord was niet bereikbaar om het token te controleren ({ $error }). Controleer de internettoegang van deze machine en probeer het opnieuw.
web-setup-err-save = De instellingen konden niet in de gegevensmap worden opgeslagen. Het log zegt waarom.
web-bot-failed-intents = Discord heeft de gateway-intents geweigerd (sluitcode 4014): open in het Discord Developer Portal je applicatie → Bot → Privileged Gateway Intents, zet SERVER MEMBERS INTENT en MESSAGE CONTENT INTENT aan, sla op en start ticketbox opnieuw
web-bot-failed-token = Discord heeft het bottoken geweigerd (sluitcode 4004): kopieer een nieuw token uit het Developer Portal (Bot → Reset Token) naar discord.token en start ticketbox opnieuw
web-bot-failed-client = de Discord-client kan niet worden gemaakt: { $error }
web-bot-failed-connection = de verbinding met Discord is mislukt: { $error }
web-bot-failed-runtime = de thread van de Discord-verbinding kan niet starten: { $error }
web-bot-failed-thread = de thread van de Discord-verbinding is onverwacht gestopt

web-operator-request-not-open = Verzoek #{ $id } staat niet open.
web-operator-refuse-reason-length = Reden: 1 tot 500 tekens; die wordt naar de aanvrager gestuurd.
web-operator-request-export = export
web-operator-request-delete = verwijdering
web-operator-request-open = open
web-operator-request-approved = goedgekeurd
web-operator-request-done = afgehandeld
web-operator-request-refused = afgewezen
