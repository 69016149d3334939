# Waarom iets wat een beheerder of lid typte, wordt geweigerd: de formulierfouten van het dashboard
# en de tijdelijke antwoorden van de bot (Nederlands; bron: locales/en-US/rules.ftl).
# Plaatshouders: `{ $name }`; waarden die "tussen aanhalingstekens" staan, komen met hun
# aanhalingstekens ("Facturatie"). Getypte notaties (mon-fri 09:00-17:00, #5865F2) en woorden
# tussen procenttekens (%id%, %next_open%) blijven zoals ze zijn.

## Embeds: de limieten van Discord; elke weigering noemt de embed en het onderdeel

# De embed die een weigering noemt, als $embed hieronder (klein geschreven: hij staat midden in
# de zin, na "de": "Kleur van de welkomstembed").
rule-embed-name-panel = paneelembed
rule-embed-name-welcome = welkomstembed
rule-embed-name-tag = tagembed
rule-embed-name-multi-panel = multipaneelembed
# Een onderdeel van een embed, als $part hieronder (aan het begin van de zin: "Titel van de
# welkomstembed").
rule-embed-part-title = Titel
rule-embed-part-description = Beschrijving
rule-embed-part-author-name = Auteursnaam
rule-embed-part-footer = Voettekst
rule-embed-part-link = Titellink
rule-embed-part-author-icon = Auteurspictogram
rule-embed-part-author-link = Auteurslink
rule-embed-part-image = Afbeelding
rule-embed-part-thumbnail = Miniatuur
rule-embed-part-footer-icon = Voettekstpictogram
rule-embed-part-field-name = Naam van veld { $n }
rule-embed-part-field-value = Waarde van veld { $n }
# Een onderdeel van een embed: "Titel van de welkomstembed".
rule-embed-part = { $part } van de { $embed }
# $field: een onderdeel van een embed, of een ander veld met een webadres ("Afbeeldings-URL").
rule-embed-too-long = { $field }: hoogstens { $max } tekens.
rule-embed-url-invalid = { $field }: gebruik een webadres dat begint met https:// of http://.
rule-embed-colour = Kleur van de { $embed }: een hexkleur zoals #5865F2.
rule-embed-author-needs-name = Auteur van de { $embed }: een pictogram of link kan alleen met een auteursnaam.
rule-embed-footer-needs-text = Voettekst van de { $embed }: een pictogram kan alleen met tekst.
rule-embed-too-many-fields = Velden van de { $embed }: hoogstens { $max }.
rule-embed-field-incomplete = Veld { $n } van de { $embed }: vul een naam en een waarde in.
rule-embed-total-too-long = De { $embed } telt in totaal { $total } tekens; Discord staat er hoogstens { $max } per embed toe.
# Een embedveld dat op één regel is getypt (/panel embed, /tag embed); de notatie volgt de
# optiebeschrijving in commands.ftl (naam | waarde | inline).
rule-embed-field-line-inline = Veld: het derde deel is "inline" of niets, niet { $got }.
rule-embed-field-line-format = Veld: schrijf het als naam | waarde (| inline).

## Kleuren

rule-colour-invalid = { $value } is geen hexkleur zoals #5865F2.

## Panelen

rule-panel-title-length = De titel van het paneel moet 1 tot 100 tekens lang zijn.
rule-panel-text-too-long = De tekst van het paneel mag hoogstens 4000 tekens lang zijn.
rule-panel-button-label-length = De knoptekst moet 1 tot 80 tekens lang zijn.
rule-panel-colour = De kleur moet een hexkleur zijn, zoals #5865F2.
rule-panel-welcome-too-long = Het welkomstbericht mag hoogstens 4000 tekens lang zijn.
rule-panel-too-many-mentions = Een paneel kan hoogstens { $max } rollen vermelden.
rule-panel-ticket-limit = Het ticketmaximum van het paneel moet tussen 1 en 100 liggen.
rule-panel-cooldown-too-long = De wachttijd mag hoogstens 7 dagen zijn.

## De toegangsregels van een paneel (wie er tickets mee mag openen)

rule-access-too-many = Toegangsregels: hoogstens { $max } per paneel.
rule-access-duplicate = Toegangsregels: { $role } heeft twee regels; alleen de eerste zou ooit gelden.
# $rule en $everyone_rule: plaatsen in de lijst (1, 2, ...).
rule-access-unreachable = Toegangsregels: regel { $rule } ({ $role }) kan nooit gelden: regel { $everyone_rule } (@everyone) beslist eerst voor elk lid. Zet @everyone als laatste.

## Formulieren en hun vragen

rule-form-title-length = De titel van een formulier moet 1 tot 45 tekens lang zijn (de limiet van Discord voor een formulier).
rule-form-question-length = Een vraag moet 1 tot 45 tekens lang zijn.
rule-form-description-too-long = Beschrijving: hoogstens 100 tekens.
rule-form-placeholder-too-long = Een plaatshouder mag hoogstens { $max } tekens lang zijn.
rule-form-options-not-choice = Opties: alleen een keuzevraag heeft opties.
rule-form-picks-not-select = Het minimale en maximale aantal keuzes gelden alleen voor keuze- en selectorvragen.
rule-form-channel-types-not-channel = Kanaalsoorten: alleen een kanaalvraag heeft die.
rule-form-answer-length-range = Antwoordlengtes moeten tussen 0 en { $max } liggen (antwoorden worden getoond in een embedveld, dat hoogstens { $max } tekens bevat).
rule-form-min-length-above-max = De minimale lengte mag niet groter zijn dan de maximale.
rule-form-lengths-not-text = Antwoordlengtes gelden alleen voor tekstvragen.
rule-form-options-none = Opties: een keuzevraag heeft minstens één optie nodig.
rule-form-options-too-many = Opties: hoogstens { $max } (de limiet van Discord voor een keuzemenu).
# $value: de waarde van een optie, tussen aanhalingstekens.
rule-form-option-value-twice = Opties: de waarde { $value } wordt twee keer gebruikt.
rule-form-max-picks-options = Maximaal aantal keuzes: tussen 1 en { $max } (het aantal opties).
rule-form-max-picks = Maximaal aantal keuzes: tussen 1 en { $max }.
rule-form-min-picks-above-max = Het minimale aantal keuzes mag niet groter zijn dan het maximale.
# "Verplicht" is de naam van een selectievakje op de formulierpagina.
rule-form-min-picks-required = Minimaal aantal keuzes: een verplichte vraag heeft er minstens 1 nodig (vink Verplicht uit om geen keuze toe te staan).
# $form en $question komen tussen aanhalingstekens; $kind is een van de rule-form-kind-*-berichten.
rule-form-exit-survey-picker = Het formulier { $form } is een afsluitende enquête, die per DM wordt verstuurd nadat een ticket is gesloten; daar is geen server om uit te kiezen, dus { $question } kan geen vraag van het type { $kind } zijn. Afsluitende enquêtes stellen tekst- en keuzevragen.
# Het type van een vraag midden in een zin ("een vraag van het type rolkiezer"), zoals
# web-forms-kind-* maar in kleine letters.
rule-form-kind-text = tekst
rule-form-kind-choice = keuze uit een lijst
rule-form-kind-user = ledenkiezer
rule-form-kind-role = rolkiezer
rule-form-kind-mentionable = leden- of rolkiezer
rule-form-kind-channel = kanaalkiezer

## De antwoorden van een lid op een formulier (getoond aan het lid)

rule-form-changed = Dit formulier is gewijzigd terwijl je het invulde. Open het opnieuw.
# $question: de vraag zoals de server die schreef.
rule-form-answer-one = "{ $question }" vraagt om één antwoord.
rule-form-answer-count = "{ $question }" vraagt om { $min } tot { $max } antwoorden.
rule-form-answer-needed = "{ $question }" moet worden beantwoord.
rule-form-answer-too-short = { $min ->
    [one] Het antwoord op "{ $question }" moet minstens { $min } teken lang zijn.
   *[other] Het antwoord op "{ $question }" moet minstens { $min } tekens lang zijn.
}
rule-form-answer-too-long = { $max ->
    [one] Het antwoord op "{ $question }" mag hoogstens { $max } teken lang zijn.
   *[other] Het antwoord op "{ $question }" mag hoogstens { $max } tekens lang zijn.
}

## De opties van een keuzevraag

rule-option-label-length = Label van een optie: 1 tot 100 tekens.
# $option: het label van de optie, tussen aanhalingstekens.
rule-option-value-length = Waarde van optie { $option }: 1 tot 100 tekens.
rule-option-description-too-long = Beschrijving van optie { $option }: hoogstens 100 tekens.
# <:name:id> is hoe de emoji van een server wordt geschreven: laat het zoals het is.
rule-option-emoji-invalid = Emoji van optie { $option }: gebruik de emoji zelf (🎫) of een serveremoji als <:name:id>.
# Opties die op één regel zijn getypt; $option is er een van, tussen aanhalingstekens. De notatie
# volgt de optiebeschrijving in commands.ftl (label | beschrijving | emoji).
rule-options-line-parts = Opties: { $option } heeft meer dan drie delen (label | beschrijving | emoji).
# $word: wat er getypt is, tussen aanhalingstekens; $known: de soorten, zoals ze getypt worden (text, voice, ...).
rule-channel-kinds-unknown = Kanaalsoorten: { $word } is niet een van { $known }.

## De dienstrol

rule-on-call-everyone = @everyone kan niet de dienstrol zijn: kies een andere rol.
rule-on-call-managed = { $role } hoort bij een bot of integratie, dus niemand kan die rol krijgen: kies een andere rol.
rule-on-call-above-bot = { $role } staat boven de hoogste rol van ticketbox, dus ticketbox kan die rol niet geven of afnemen. Sleep in Serverinstellingen → Rollen de rol van ticketbox boven { $role }, of kies een lagere rol.
rule-on-call-not-connected = ticketbox is niet verbonden met Discord en kan die rol dus niet controleren; probeer het zo opnieuw.
rule-on-call-unknown-role = Dienstrol: ticketbox kent die rol niet.

## De categorie voor wachten op antwoord van een paneel

rule-awaiting-category-same = De categorie voor wachten op antwoord moet een andere zijn dan de eigen categorie van het paneel.

## Multipanelen

rule-multi-panel-placeholder-too-long = Plaatshouder van het keuzemenu: hoogstens { $max } tekens.
# $label: het label van het item, tussen aanhalingstekens.
rule-multi-panel-entry-label-too-long = Label van item { $label }: hoogstens 80 tekens (de limiet van een knop).
rule-multi-panel-entry-description-too-long = Beschrijving van een item: hoogstens 100 tekens.
rule-multi-panel-entry-emoji-invalid = Emoji { $emoji } van een item: gebruik één emoji, of een eigen emoji geschreven als <:name:id>.

## Tags

rule-tag-name-length = Een tagnaam moet 1 tot 32 tekens lang zijn.
rule-tag-content-empty = Een tag heeft tekst nodig.
rule-tag-content-too-long = Een tag kan hoogstens 2000 tekens bevatten (één Discord-bericht).

## Labels

rule-label-name-length = Labelnaam: 1 tot { $max } tekens.
rule-label-name-characters = Labelnaam: letters, cijfers, spaties en streepjes — geen , @ < of >.
# $reason: waarom de kleur is geweigerd (rule-colour-invalid).
rule-label-colour = Labelkleur: { $reason }
# $label: de naam van het label, tussen aanhalingstekens.
rule-label-exists = Er bestaat al een label met de naam { $label }.
rule-label-too-many = Een server kan hoogstens { $max } labels hebben; verwijder er eerst een.
rule-label-on-ticket = Dit ticket heeft het label { $label } al.
rule-label-ticket-full = Een ticket kan hoogstens { $max } labels hebben; haal er eerst een weg.
rule-label-not-on-ticket = Dit ticket heeft het label { $label } niet.

## De instellingen van een server

# 1h, 24h, 3d en 7d worden getypt zoals ze zijn.
rule-settings-thread-archive = De archiveringstijd van threads moet 1h, 24h, 3d of 7d zijn.
rule-settings-naming-empty = Het naamschema mag niet leeg zijn.
rule-settings-naming-too-long = Het naamschema mag hoogstens 100 tekens lang zijn.
rule-settings-naming-needs-number = Het naamschema moet %id% of %id_padded% bevatten, zodat elk ticket een eigen naam krijgt.
rule-settings-ticket-limit = Het ticketmaximum moet tussen 1 en 100 liggen.
rule-settings-open-cap = Het maximum aantal open tickets moet tussen 1 en 10000 liggen.
rule-settings-open-cap-number = Het maximum aantal open tickets moet een getal tussen 1 en 10000 zijn.
rule-settings-blacklist-reason-too-long = De reden voor de zwarte lijst mag hoogstens { $max } tekens lang zijn.
rule-settings-claim-type-without-view = Het supportteam kan niet schrijven in een ticket dat het niet ziet: laat het geclaimde tickets ook zien.
rule-settings-welcome-too-long = Het welkomstbericht mag hoogstens 4.000 tekens lang zijn.
rule-settings-overflow-same = De overloopcategorie moet een andere zijn dan de ticketcategorie.

## De supporttijden van een paneel
## Dagen en tijden worden getypt als mon-fri 09:00-17:00 en datums als 2026-12-24: laat die zoals ze zijn.

# $zone: wat er getypt is, tussen aanhalingstekens. De namen van tijdzones (Europe/Berlin...) blijven zoals ze zijn.
rule-hours-timezone = Tijdzone: { $zone } is geen naam van een tijdzone; gebruik er een zoals Europe/Berlin, America/New_York of UTC.
# $window en $days: wat er getypt is, tussen aanhalingstekens.
rule-hours-window-format = Tijden: { $window } moet eruitzien als "mon-fri 09:00-17:00".
rule-hours-days-backwards = Tijden: { $days } loopt achterstevoren; de week begint op maandag (mon-fri).
# $date: wat er getypt is, tussen aanhalingstekens.
rule-hours-holiday-date = Vrije dagen: { $date } is geen datum zoals 2026-12-24.
rule-hours-no-window = Tijden: voeg minstens één tijdvak toe, zoals "mon-fri 09:00-17:00".
rule-hours-too-many-windows = Tijden: hoogstens { $max } tijdvakken.
# $window en $other: een tijdvak zoals getypt (mon 09:00-17:00).
rule-hours-window-outside-week = Tijden: { $window } valt niet binnen de week.
rule-hours-window-inverted = Tijden: { $window } eindigt voordat het begint; splits een tijdvak over middernacht in tweeën.
rule-hours-window-overlap = Tijden: { $window } overlapt met { $other }.
rule-hours-too-many-holidays = Vrije dagen: hoogstens { $max }.
rule-hours-holiday-inverted = Vrije dagen: { $from }..{ $to } eindigt voordat het begint.
rule-hours-message-too-long = Melding buiten de supporttijden: hoogstens { $max } tekens.
rule-hours-colour = Kleur van de melding: een hexkleur zoals #5865F2.
# De melding aan een lid buiten de supporttijden als de server er zelf geen schreef. Laat
# %next_open_relative% ("over 3 uur") en %next_open% (een datum en tijd) staan zoals ze zijn.
rule-hours-notice-default = Ons team is er nu niet en is %next_open_relative% terug (%next_open%).
# Staat voor %next_open% en %next_open_relative% als er geen openingstijd bekend is.
rule-hours-notice-later = later

## De HTTP-integraties van een server (het integratieformulier van het dashboard)
## Woorden tussen procenttekens (%user_id%, %secret:NAME%, %form:question%) en de HTTP-woorden
## (GET, POST, JSON) blijven zoals ze zijn.

# De velden van het formulier, als $field hieronder (aan het begin van de zin).
rule-integration-field-image-url = Afbeeldings-URL
rule-integration-field-privacy-url = URL van het privacybeleid
rule-integration-field-request-url = URL van het verzoek
rule-integration-field-body = JSON-body
rule-integration-field-header = Header { $header }
rule-integration-field-secret-name = Naam van geheim
rule-integration-field-output-name = Naam van plaatshouder
# $got: wat er getypt is, tussen aanhalingstekens.
rule-integration-name-invalid = { $field }: 1 tot 32 letters, cijfers of _ (ingevoerd: { $got }).
rule-integration-unknown-secret = { $field }: %secret:{ $secret }% noemt geen geheim van deze integratie.
rule-integration-unknown-placeholder = { $field }: %{ $name }% is geen plaatshouder die een verzoek kan gebruiken (%user_id%, %guild_id%, %ticket_id%, %panel_id%, %secret:NAME%, %form:question%).
rule-integration-name-length = Naam: 1 tot { $max } tekens.
rule-integration-description-too-long = Beschrijving: hoogstens { $max } tekens.
rule-integration-url-invalid = URL van het verzoek: een webadres dat begint met https:// of http://.
rule-integration-url-scheme = URL van het verzoek: alleen adressen met http:// of https:// kunnen worden aangeroepen.
rule-integration-url-credentials = URL van het verzoek: een gebruikersnaam of wachtwoord in het adres is niet toegestaan; zet inloggegevens in een header met een geheim.
rule-integration-url-no-host = URL van het verzoek: het adres heeft een host nodig.
rule-integration-timeout = Time-out: 1 tot { $max } seconden.
rule-integration-body-with-get = JSON-body: een GET-verzoek heeft geen body; kies POST.
rule-integration-body-too-long = JSON-body: hoogstens { $max } tekens.
# $error: de eigen woorden van de JSON-parser (Engels).
rule-integration-body-not-json = JSON-body: geen geldige JSON ({ $error }); zet plaatshouders tussen aanhalingstekens.
rule-integration-too-many-headers = Headers: hoogstens { $max }.
# $header: de naam van een header (tussen aanhalingstekens in rule-integration-header-name-invalid).
rule-integration-header-name-invalid = Header { $header }: geen geldige headernaam.
rule-integration-header-refused = Header { $header }: die stelt de HTTP-client zelf in; een integratie kan dat niet.
rule-integration-header-twice = Header { $header }: twee keer opgegeven.
rule-integration-header-value = Header { $header }: één regel van hoogstens 1.000 tekens.
rule-integration-too-many-secrets = Geheimen: hoogstens { $max }.
rule-integration-secret-twice = Geheim { $secret }: twee keer opgegeven.
# Plaatshouders hier: de waarden die een integratie uit haar antwoord leest, benoemd door de beheerder.
rule-integration-too-many-outputs = Plaatshouders: hoogstens { $max }.
rule-integration-output-lower-case = Plaatshouder { $name }: alleen kleine letters.
rule-integration-output-builtin = Plaatshouder { $name }: ticketbox heeft al %{ $name }%; kies een andere naam.
rule-integration-output-twice = Plaatshouder { $name }: twee keer opgegeven.
# $reason: een van de rule-integration-path-*-berichten.
rule-integration-output-path = Pad van plaatshouder { $name }: { $reason }
rule-integration-output-fallback-too-long = Terugvalwaarde van plaatshouder { $name }: hoogstens 200 tekens.
# Waar een waarde in het antwoord staat: data.user.name, items[0].id (laat die zoals ze zijn).
# $path: het pad zoals getypt, tussen aanhalingstekens.
rule-integration-path-format = een pad zoals data.user.name of items[0].id (1 tot 200 tekens).
rule-integration-path-empty-part = { $path } heeft een leeg deel.
rule-integration-path-unclosed = { $path }: een [ zonder ].
rule-integration-path-index = { $path }: [{ $index }] is geen index.
rule-integration-path-shape = { $path }: schrijf a.b[0].c

## De vragen van een formulier wijzigen (het slash-commando en het dashboard)

rule-form-full = Een formulier bevat hoogstens { $max } vragen (de limiet van Discord).
# $form en $question komen tussen aanhalingstekens.
rule-form-deleted = Het formulier { $form } is net verwijderd.
rule-form-asks-already = Het formulier { $form } stelt de vraag { $question } al.

rule-integration-sends-user-id = de Discord-gebruikers-ID van de aanvrager
rule-integration-sends-guild-id = de ID van deze server
rule-integration-sends-ticket-id = het nummer van het ticket
rule-integration-sends-panel-id = de ID van het paneel
rule-integration-sends-answer = het antwoord van de aanvrager op de formuliervraag { $question }

rule-span-days = { $n }d
rule-span-hours = { $n }u
rule-span-minutes = { $n }m
rule-span-seconds = { $n }s

rule-autoclose-warning-too-long = `warning` ({ $warning }) moet korter zijn dan `{ $rule }` ({ $limit }).
rule-autoclose-not-a-duration = `{ $field }`: "{ $value }" is geen duur; schrijf het als 30m, 12h of 3d.
rule-autoclose-too-short = `{ $field }` moet minstens 1 minuut zijn.
rule-autoclose-too-long = `{ $field }` mag hoogstens 365 dagen zijn.
