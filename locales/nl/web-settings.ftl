# De instellingenpagina's van het dashboard: ticketinstellingen (met Ticket starten, rechten en
# dienst), de welkomstembed, de embededitor die panelen, tags en de welkomstembed delen, staff
# en teams (met de zwarte lijst) en integraties (Nederlands; bron: locales/en-US/web-settings.ftl).
# Getoond in de taal van de bezoeker; wat een server schreef (paneeltitels, teamnamen,
# welkomstberichten) wordt nooit vertaald. Woorden tussen procenttekens (%user%, %ticket_id%) en
# slash-commando's (/claim, /on-call) worden getypt zoals ze zijn: laat ze ongewijzigd.

## Ticketinstellingen: de pagina en het eerste formulier

web-settings-title = Instellingen
web-settings-heading = Ticketinstellingen

# Welke taal de bot in de server spreekt (niet de taal van het dashboard).
web-settings-language = Taal
web-settings-language-label = De taal van de bot in deze server
web-settings-language-hint = welkomst- en sluitberichten, knoppen, logs; wat je zelf schrijft, wordt nooit vertaald
# De keuze "geen taal ingesteld": { $language } is de eigen naam van de Discord-taal van de
# server (zoals "Deutsch").
web-settings-language-discord = Servertaal in Discord ({ $language })
web-settings-member-language = Elk lid privé antwoorden in de eigen Discord-taal

web-settings-where = Waar tickets komen
web-settings-ticket-category = Ticketcategorie
# "Tickets" is de naam van de kanaalcategorie die de bot aanmaakt.
web-settings-ticket-category-none = "Tickets" aanmaken bij het eerste gebruik
web-settings-overflow-category = Overloopcategorie
web-settings-overflow-category-hint = gebruikt als de ticketcategorie vol is (50 kanalen)
web-settings-overflow-category-none = Er een aanmaken als het nodig is
web-settings-log-channel = Logkanaal
web-settings-log-channel-hint = gesloten tickets en de links naar hun transcripts
web-settings-log-channel-none = Geen logkanaal
web-settings-use-threads = Tickets openen als privéthreads in plaats van kanalen
web-settings-thread-notification = Meldingskanaal voor threads
web-settings-thread-notification-hint = waar de staff hoort over nieuwe threadtickets
web-settings-thread-notification-none = Geen
web-settings-thread-archive = Stille ticketthread archiveren na
# De keuzes van de instelling hierboven (1 of 24 uur, 3 of 7 dagen).
web-settings-thread-archive-hours = { $count ->
    [one] { $count } uur
   *[other] { $count } uur
}
web-settings-thread-archive-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
# Een kanaal uit een instelling dat de bot niet kan zien (verwijderd, of nog niet geladen);
# getoond na een "#". { $id } is de Discord-ID.
web-settings-unknown-channel = onbekend kanaal { $id }

web-settings-opening = Openen
web-settings-ticket-limit = Open tickets per lid
web-settings-ticket-limit-hint = 1–100, de staff is uitgezonderd
web-settings-open-cap = Open tickets in de hele server
web-settings-open-cap-hint = van alle leden samen; leeg voor geen maximum, de staff is uitgezonderd
web-settings-naming = Naamgeving van kanalen
web-settings-welcome = Welkomstbericht
# %user%, %ticket_id% en %server% worden getypt zoals ze zijn.
web-settings-welcome-hint = leeg voor de standaard; %user%, %ticket_id%, %server% en meer werken
# Gevolgd door een link naar de pagina van de welkomstembed ("Welkomstembed") en een punt.
web-settings-welcome-embed = De embed ervan (titel, afbeeldingen, voettekst, velden):

web-settings-claiming = Claimen en sluiten
web-settings-claim-support-can-view = Het overige supportteam ziet geclaimde tickets nog
web-settings-claim-support-can-type = Het overige supportteam mag nog schrijven in geclaimde tickets
web-settings-users-can-close = Aanvragers mogen hun eigen tickets sluiten
# "Sluiten", "Sluiten met reden" en "Claimen" zijn de knoppen van het welkomstbericht van een ticket.
web-settings-close-confirmation = De knop Sluiten vraagt om bevestiging
web-settings-dm-on-close = De aanvrager een samenvatting per DM sturen als het ticket sluit
web-settings-feedback = De aanvrager na het sluiten per DM vragen het ticket te beoordelen (als die erin heeft geschreven en geen staff is)
web-settings-hide-close = De knop Sluiten verbergen bij nieuwe tickets
web-settings-hide-close-with-reason = De knop Sluiten met reden verbergen
# Gevolgd door "(/claim werkt nog steeds)", opgebouwd met web-settings-hide-claim-command.
web-settings-hide-claim = De knop Claimen verbergen
# Tussen haakjes na het commando /claim: "(/claim werkt nog steeds)".
web-settings-hide-claim-command = werkt nog steeds
# Gevolgd door "(/open voor de staff)", opgebouwd met web-settings-disable-open-command.
web-settings-disable-open = Leden openen tickets alleen via panelen
# Tussen haakjes na het commando /open: "(/open voor de staff)".
web-settings-disable-open-command = voor de staff
web-settings-no-transcripts = Geen transcripts bewaren (tickets worden nog steeds gesloten en gelogd)

web-settings-autoclose = Automatisch sluiten
web-settings-autoclose-enabled = Tickets automatisch sluiten volgens de regels hieronder
web-settings-autoclose-no-response = Geen reactie van de aanvrager sinds het openen
# 30m, 12h en 3d worden getypt zoals ze zijn (minuten, uren, dagen).
web-settings-autoclose-no-response-hint = zoals 30m, 12h of 3d; leeg: uit
web-settings-autoclose-since-last = Geen antwoord van de aanvrager sinds de staff het laatst schreef
web-settings-autoclose-since-last-hint = leeg: uit
web-settings-autoclose-on-leave = Sluiten als de aanvrager de server verlaat
web-settings-autoclose-warning = Zo lang vóór het sluiten waarschuwen
web-settings-autoclose-warning-hint = leeg: geen waarschuwing; korter dan elke regel
web-settings-save-settings = Instellingen opslaan

# Waarom het formulier niet is opgeslagen.
web-settings-pick-ticket-category = Kies de ticketcategorie uit de lijst.
web-settings-pick-overflow-category = Kies de overloopcategorie uit de lijst.
web-settings-pick-log-channel = Kies het logkanaal uit de lijst.
web-settings-pick-notification-channel = Kies het meldingskanaal uit de lijst.
web-settings-pick-language = Kies de taal uit de lijst.
web-settings-ticket-limit-number = Het ticketmaximum moet een getal tussen 1 en 100 zijn.

## Ticketinstellingen: het tweede formulier (Ticket starten, rechten, dienst)

web-settings-access-heading = Ticket starten, rechten en dienst
# "Ticket starten" is de naam van het item van de bot in het berichtmenu van Discord (Apps).
web-settings-start-ticket = Berichtmenu "Ticket starten"
web-settings-start-ticket-level = Wie het mag gebruiken
web-settings-level-everyone = Iedereen
web-settings-level-support = Supportteam en beheerders
web-settings-level-admin = Beheerders
web-settings-start-ticket-add-author = De auteur van het bericht aan het ticket toevoegen
web-settings-start-ticket-panel = Paneel voor de tickets ervan
web-settings-start-ticket-panel-hint = categorie, team, welkomstbericht, formulier
web-settings-start-ticket-no-panel = Geen paneel (de instellingen van de server)

web-settings-permissions = Ticketrechten
web-settings-permissions-hint = in ticketkanalen; niet aangevinkt is geweigerd
# Kolomkoppen: voor wie een recht geldt.
web-settings-permissions-opener = Aanvrager
web-settings-permissions-support = Supportteam
# Voorgelezen door schermlezers bij elk vakje; { $permission } is een van de rechten hieronder
# (zoals "bestanden bijvoegen").
web-settings-opener-may = Aanvrager mag { $permission }
web-settings-support-may = Supportteam mag { $permission }
# Wat een lid in een ticketkanaal mag (de machtigingen van Discord), in kleine letters.
web-settings-permission-attach-files = bestanden bijvoegen
web-settings-permission-embed-links = links insluiten
web-settings-permission-add-reactions = reacties toevoegen
web-settings-permission-external-emoji = externe emoji gebruiken
web-settings-permission-external-stickers = externe stickers gebruiken
web-settings-permission-voice-messages = spraakberichten versturen

web-settings-on-call = Dienst (threadtickets)
web-settings-on-call-role = Dienstrol
# De hint na "Dienstrol", rond het commando /on-call: "staffleden gebruiken /on-call om hem te
# krijgen; …".
web-settings-on-call-role-hint-before = staffleden gebruiken
web-settings-on-call-role-hint-after = om hem te krijgen; nieuwe threadtickets voegen wie in dienst is toe. De rol moet onder de hoogste rol van ticketbox staan.
# /on-call is een commando, getypt zoals het is.
web-settings-on-call-role-none = Door ticketbox aangemaakt bij de eerste /on-call
web-settings-save = Opslaan

# Waarom het tweede formulier niet is opgeslagen.
web-settings-start-ticket-level-invalid = Ticket starten, te gebruiken door: kies iedereen, supportteam of beheerders.
web-settings-start-ticket-panel-invalid = Ticket starten, paneel: kies een van de panelen van deze server.
web-settings-on-call-role-invalid = Dienstrol: kies een rol uit de lijst.

## Welkomstembed

web-welcome-title = Welkomstembed
# De link terug naar de instellingenpagina.
web-welcome-settings = Instellingen
# %user%, %ticket_id% en %server% worden getypt zoals ze zijn.
web-welcome-intro = De embed rond het welkomstbericht van de server, voor tickets waarvan het paneel er geen instelt (de eigen embed van een paneel staat in de paneeleditor). Plaatshouders zoals %user%, %ticket_id% en %server% werken in elke tekst.
web-welcome-legend = Embed
web-welcome-save = Welkomstembed opslaan
web-welcome-preview = Voorbeeld
web-welcome-preview-note = Voorbeeld (plaatshouders zoals getypt)
web-welcome-images-note = Afbeeldingen worden genoemd, niet geladen: het dashboard vraagt niets op bij andere sites.

## De embededitor (welkomstembeds, panelen, tags) en het voorbeeld

web-embed-title = Titel
# %ticket_id% wordt getypt zoals het is.
web-embed-title-hint = plaatshouders werken; leeg voor "Ticket #%ticket_id%"
web-embed-colour = Kleur
# #rrggbb: een kleur in hexadecimale notatie, zoals #5865f2.
web-embed-colour-hint = #rrggbb; leeg voor die van het paneel
web-embed-url = Titellink
web-embed-author = Auteur
web-embed-author-icon = Auteurspictogram
web-embed-icon-hint = afbeeldings-URL
web-embed-author-url = Auteurslink
web-embed-image = Afbeelding
web-embed-image-hint = groot, onder de tekst
web-embed-thumbnail = Miniatuur
web-embed-thumbnail-hint = klein, rechtsboven
web-embed-footer = Voettekst
web-embed-footer-icon = Voettekstpictogram
web-embed-timestamp = Het verzendtijdstip tonen
# "Verwijderen" is de kop van de laatste kolom (web-embed-remove).
web-embed-fields-caption = Velden (hoogstens 25): wijzig de volgnummers om de volgorde te veranderen, vink Verwijderen aan om een veld weg te halen, vul een lege rij in om er een toe te voegen.
# Kolomkoppen van de veldentabel.
web-embed-order = Volgorde
web-embed-name = Naam
web-embed-value = Waarde
web-embed-inline = Inline
web-embed-remove = Verwijderen
# Voorgelezen door schermlezers; { $number } is het nummer van de rij.
web-embed-field-order = Volgorde van veld { $number }
web-embed-field-name = Naam van veld { $number }
web-embed-field-value = Waarde van veld { $number }
web-embed-field-inline = Veld { $number } inline
web-embed-field-remove = Veld { $number } verwijderen
# Het voorbeeld noemt afbeeldingen in plaats van ze te laden; { $host } is de naam van een website.
web-embed-preview-thumbnail = miniatuur
web-embed-preview-links-to = linkt naar { $host }
web-embed-preview-image = afbeelding van { $host }
web-embed-preview-time = het verzendtijdstip
# Waarom een embed niet is opgeslagen.
web-embed-colour-invalid = Kleur van de embed: een hexkleur zoals #5865F2.
web-embed-order-invalid = Embedveld { $number }: de volgorde is een getal.

## Staff en teams

web-staff-title = Staff en teams
web-staff-role = Rol
# Tussen de rollenlijst en het ledenveld: kies een rol of typ een lid.
web-staff-or = of
web-staff-member = Lid
web-staff-member-placeholder = gebruikersnaam of gebruikers-ID
# De knop "×" na een vermelding, voorgelezen door schermlezers.
web-staff-remove = Verwijderen
web-staff-intro = De eigenaar van de server en leden met de machtiging Beheerder zijn altijd beheerders.
web-staff-admins = Beheerders
web-staff-no-admins = Geen beheerders ingesteld.
web-staff-support = Support
web-staff-no-support = Geen supportleden ingesteld.
# Voor de niveaulijst: (rol of lid) toevoegen als Support of Beheerder.
web-staff-as = als
web-staff-level-support = Support
web-staff-level-admin = Beheerder
web-staff-add = Toevoegen
web-staff-teams = Supportteams
web-staff-teams-intro = Een paneel met teams wordt alleen door die teams afgehandeld; hun leden horen bij het supportteam.
web-staff-no-members = Geen leden.
web-staff-add-to-team = Aan team toevoegen
web-staff-delete-team-confirm = Dit team verwijderen? De panelen ervan worden dan door het hele supportteam afgehandeld.
web-staff-delete-team = Team verwijderen
web-staff-new-team = Nieuw team
# Een voorbeeldnaam voor een team, getoond in het lege veld.
web-staff-new-team-placeholder = Facturatie
web-staff-create = Aanmaken
web-staff-blacklist = Zwarte lijst
web-staff-blacklist-intro = Leden en rollen op de zwarte lijst kunnen geen tickets openen. Staffleden kunnen niet op de zwarte lijst worden gezet.
web-staff-nobody-blacklisted = Niemand staat op de zwarte lijst.
web-staff-reason = Reden
web-staff-reason-placeholder = optioneel, zichtbaar voor de staff
# De knop die op de zwarte lijst zet.
web-staff-blacklist-button = Op zwarte lijst
# Een rol die niet meer bestaat; { $id } is de Discord-ID.
web-staff-deleted-role = @verwijderde rol { $id }
# Waarom een wijziging niet is doorgevoerd.
web-staff-unknown-action = Onbekende actie.
web-staff-unknown-entry = Onbekende vermelding.
web-staff-roles-unavailable = De rollenlijst is op dit moment niet beschikbaar.
web-staff-pick-role = Kies een rol uit de lijst.
web-staff-role-or-member = Kies een rol of typ de naam van een lid, een van de twee.
web-staff-pick-level = Kies beheerder of support.
web-staff-own-admin = Je kunt je eigen beheerdersvermelding hier niet verwijderen; vraag het een andere beheerder.
web-staff-team-name = Een teamnaam moet 1 tot 100 tekens lang zijn.
web-staff-staff-not-blacklisted = Staffleden kunnen niet op de zwarte lijst worden gezet.
web-staff-already-blacklisted = Staat al op de zwarte lijst.
web-staff-no-such-team = Dat team bestaat niet (meer).

## Integraties

web-integrations-title = Integraties
web-integrations-intro = Integraties voegen gegevens van andere diensten toe aan het welkomstbericht van nieuwe tickets. Er wordt niets verstuurd tenzij je het hier inschakelt, en een integratie wordt alleen aangeroepen als het welkomstbericht een van haar plaatshouders gebruikt. Elke aanroep staat in het auditlogboek.
# Gevolgd door de namen van de plaatshouders (%roblox_username%, …) en een punt.
web-integrations-roblox-intro = Stuurt de Discord-gebruikers-ID van de aanvrager (en de ID van deze server) naar de provider en vraagt Roblox daarna om het account dat die noemt.
web-integrations-roblox-placeholders = Plaatshouders:
web-integrations-roblox-enabled = Aanvragers opzoeken op Roblox
# Welke provider als eerste wordt gevraagd (Bloxlink of RoVer).
web-integrations-roblox-first = Eerst vragen
web-integrations-bloxlink-key = Bloxlink-API-sleutel
web-integrations-rover-key = RoVer-API-sleutel
web-integrations-key-saved = opgeslagen; typ een nieuwe om hem te vervangen
web-integrations-key-not-set = niet ingesteld
web-integrations-save = Opslaan
web-integrations-own = Integraties van deze server
web-integrations-new = Nieuwe integratie
web-integrations-none-yet = Nog geen.
web-integrations-public = Openbare integraties
web-integrations-public-intro = Gemaakt door andere servers op deze ticketbox en gedeeld door de operators. Lees wat elke integratie ontvangt en het privacybeleid ervan voordat je haar inschakelt.
web-integrations-none = Geen.
# Badges na de naam van een integratie.
web-integrations-badge-enabled = ingeschakeld
web-integrations-badge-public = openbaar
web-integrations-image = Afbeelding (hier niet geladen): { $url }
# { $data }: wat de integratie krijgt, zoals "de Discord-gebruikers-ID van de aanvrager" (meerdere
# gescheiden door "; "), of web-integrations-receives-nothing.
web-integrations-receives = Ontvangt: { $data }.
web-integrations-receives-nothing = niets van Discord
web-integrations-privacy-policy = Privacybeleid
web-integrations-no-privacy-policy = Geen privacybeleid opgegeven.
web-integrations-last-error = Laatste aanroep mislukt: { $error }
# { $error }: waarom (vaak in het Engels); { $time }: een datum en tijd.
web-integrations-error-at = { $error } ({ $time } UTC)
web-integrations-disable = Uitschakelen
web-integrations-enable = Inschakelen
web-integrations-edit = Bewerken
web-integrations-delete-confirm = Deze integratie verwijderen? Servers die haar hebben ingeschakeld, raken haar kwijt.
web-integrations-delete = Verwijderen
web-integrations-make-private = Privé maken
# Alleen de operators van de ticketbox zien deze knop.
web-integrations-make-public = Openbaar maken (operator)

# De editor.
web-integrations-edit-title = Integratie bewerken
# { $name }: de naam van de integratie.
web-integrations-edit-heading = { $name } bewerken
web-integrations-edit-intro = Als een ticket opent en het welkomstbericht een van haar plaatshouders gebruikt, stuurt ticketbox dit verzoek en leest de plaatshouders uit het JSON-antwoord (hoogstens 64 KiB, binnen de time-out; anders wordt de terugvalwaarde van elke plaatshouder gebruikt).
# Gevolgd door de plaatshouders die een verzoek kan gebruiken: "%user_id%, %guild_id%, …,
# %secret:NAME% en %form:question%", daarna web-integrations-edit-form-answer.
web-integrations-edit-can-use = Een verzoek kan gebruikmaken van
# Voor de laatste van de genoemde plaatshouders.
web-integrations-edit-and = en
# Na %form:question%: waar het voor staat.
web-integrations-edit-form-answer = (het antwoord van de aanvrager op een tekst- of keuzevraag).
web-integrations-edit-public-only = Alleen openbare adressen kunnen worden aangeroepen.
web-integrations-about = Over
web-integrations-name = Naam
web-integrations-description = Beschrijving
web-integrations-image-url = Afbeeldings-URL
web-integrations-optional = optioneel
web-integrations-privacy-url = URL van het privacybeleid
web-integrations-privacy-url-hint = getoond aan servers die haar toevoegen
# Het HTTP-verzoek dat de integratie verstuurt.
web-integrations-request = Verzoek
web-integrations-method = Methode
web-integrations-url = URL
web-integrations-body = JSON-body
web-integrations-body-hint = alleen POST; plaatshouders tussen aanhalingstekens
web-integrations-timeout = Time-out in seconden
# HTTP-headers.
web-integrations-headers = Headers
web-integrations-up-to-5 = hoogstens 5
web-integrations-value = Waarde
# Voorgelezen door schermlezers; { $number } is het nummer van de rij.
web-integrations-header-name = Naam van header { $number }
web-integrations-header-value = Waarde van header { $number }
web-integrations-secrets = Geheimen
# %secret:NAME% wordt getypt zoals het is (NAME: de naam van het geheim).
web-integrations-secrets-hint = hoogstens 5; te gebruiken als %secret:NAME%; nooit meer getoond — laat een waarde leeg om hem te behouden
web-integrations-secret-name = Naam van geheim { $number }
web-integrations-secret-value = Waarde van geheim { $number }
# Getoond in het lege veld van een geheim waarvan de waarde is opgeslagen.
web-integrations-secret-saved = opgeslagen
web-integrations-placeholders = Plaatshouders
# %name% staat voor de naam van de plaatshouder zoals die in het welkomstbericht staat.
web-integrations-placeholders-hint = hoogstens 15: %name% in het welkomstbericht, gelezen uit het antwoord
web-integrations-json-path = JSON-pad
web-integrations-fallback = Terugvalwaarde
web-integrations-placeholder-name = Plaatshouder { $number }
web-integrations-placeholder-path = Pad { $number }
web-integrations-placeholder-fallback = Terugvalwaarde { $number }
web-integrations-save-integration = Integratie opslaan
web-integrations-cancel = Annuleren
# Waarom een wijziging niet is doorgevoerd.
web-integrations-not-found = Deze integratie bestaat niet (meer).
# { $name }: de naam van het geheim.
web-integrations-secret-too-long = Geheim { $name }: hoogstens 1.000 tekens.
web-integrations-unknown = Onbekende integratie.
web-integrations-operators-only = Alleen de operators van deze ticketbox kunnen een integratie openbaar maken.
web-integrations-unknown-action = Onbekende actie.
web-integrations-pick-first = Eerste provider: kies Bloxlink of RoVer.
