# Antwoorden aan de beheerders en de staff van de server: /setup, /setup show, staffbeheer,
# /stats, /help en /mydata (Nederlands; bron: locales/en-US/admin.ftl).
# Plaatshouders: `{ $name }`. Discord-opmaak blijft zoals hij is: <@{ $user }> een lid,
# <@&{ $role }> een rol, <#{ $channel }> een kanaal, <t:{ $at }:R> een relatieve tijd.
# Commandonamen (/setup, /panel list) en hun optienamen (`limit`, `server_total`,
# support_can_view) blijven Engels: leden typen ze. Getypte trefwoorden (none, off, 1h) ook.

## /setup auto: de kanalen die het aanmaakt (iedereen in de server ziet hun namen)

# De categorie waarin nieuwe ticketkanalen worden geopend.
setup-auto-category-name = Tickets
# Een Discord-tekstkanaalnaam: kleine letters, geen spaties (gebruik streepjes).
setup-auto-log-channel-name = ticket-logs
# Het onderwerp van het logkanaal.
setup-auto-log-channel-topic = Gesloten tickets worden hier gelogd door ticketbox.
setup-auto-done = Ingesteld: nieuwe tickets worden geopend in <#{ $category }> en gesloten tickets worden gelogd in <#{ $log }> (alleen zichtbaar voor beheerders; geef je staffrollen toegang als zij het ook moeten lezen).

## /setup limit (het antwoord voegt de zinnen hieronder samen met een spatie)

# `limit` en `server_total` zijn de optienamen van het commando: laat ze Engels.
setup-limit-missing = Geef `limit` (per lid), `server_total` (de hele server) of allebei op.
setup-limit-per-member = { $limit ->
    [one] Leden mogen nu { $limit } open ticket tegelijk hebben.
   *[other] Leden mogen nu { $limit } open tickets tegelijk hebben.
}
setup-limit-server-cap = { $cap ->
    [one] De server neemt in totaal hoogstens { $cap } open ticket aan.
   *[other] De server neemt in totaal hoogstens { $cap } open tickets aan.
}
setup-limit-server-no-cap = De server heeft geen maximum voor het totale aantal open tickets.
setup-limit-staff-exempt = (De staff is uitgezonderd.)

## /setup transcripts, use-threads, users-can-close, close-confirmation, naming, welcome

setup-transcripts-done = Gesloten tickets worden nu gelogd in <#{ $channel }>.
# { $after }: Discords archiveringstijd zoals de keuzes van het commando die noemen
# (1h, 24h, 3d of 7d): laat die staan.
setup-threads-on-notified = Nieuwe tickets worden geopend als privéthreads; de staff krijgt een melding in <#{ $channel }>. Stille ticketthreads worden na { $after } gearchiveerd.
setup-threads-on = Nieuwe tickets worden geopend als privéthreads. Stel een meldingskanaal in zodat de staff eraan kan deelnemen. Stille ticketthreads worden na { $after } gearchiveerd.
setup-threads-off = Nieuwe tickets worden geopend als kanalen.
setup-users-can-close-on = Aanvragers kunnen hun eigen tickets sluiten.
setup-users-can-close-off = Alleen de staff kan tickets sluiten.
# "Sluiten" is het label van de knop Sluiten van het ticket (button-close).
setup-close-confirmation-on = De knop Sluiten vraagt nu om bevestiging.
setup-close-confirmation-off = De knop Sluiten sluit nu meteen.
# { $scheme }: het naamschema dat de beheerder typte, met plaatshouders zoals %id%.
setup-naming-done = Nieuwe tickets krijgen de naam `{ $scheme }`.
setup-welcome-restored = Het standaard welkomstbericht is hersteld.
setup-welcome-saved = Het welkomstbericht is opgeslagen.

## /setup claim, feedback, buttons, store-transcripts, open-command

# support_can_view is de optienaam van het commando: laat die Engels.
setup-claim-type-needs-view = Het supportteam kan niet schrijven in een ticket dat het niet kan zien: zet support_can_view ook aan.
setup-claim-done = Claiminstellingen opgeslagen; ze gelden voor tickets die vanaf nu worden geclaimd.
setup-feedback-on = Feedback aan: na het sluiten krijgt de aanvrager een DM om het ticket te beoordelen (als die erin heeft geschreven en geen staff is).
setup-feedback-off = Feedback uit: aanvragers wordt niet meer gevraagd hun tickets te beoordelen.
# { $buttons }: de labels van de knoppen, gescheiden door komma's, of setup-buttons-none.
setup-buttons-done = Nieuwe tickets tonen: { $buttons }.
setup-buttons-none = geen knoppen (/close en /claim werken nog steeds)
setup-store-transcripts-on = Transcripts van gesloten tickets worden bewaard.
setup-store-transcripts-off = Transcripts worden niet meer bewaard: tickets worden gesloten en gelogd zonder transcript. Eerder bewaarde transcripts blijven bestaan.
setup-open-command-on = Leden mogen tickets openen met /open.
setup-open-command-off = Leden openen tickets alleen via panelen; de staff kan /open nog steeds gebruiken.

## /setup start-ticket ("Ticket starten" is de naam van het berichtmenu)

# { $panel }: de titel die de beheerder typte, tussen aanhalingstekens.
setup-start-ticket-no-panel = Er is geen paneel met de naam { $panel }. /panel list toont ze.
# { $level }: wie het menu mag gebruiken (everyone, support of admins); { $adds }: yes of no;
# { $panel }: een van de setup-start-ticket-panel-*-berichten hieronder.
setup-start-ticket-summary = Ticket starten: te gebruiken door { $level ->
        [everyone] iedereen
        [support] het supportteam
       *[admins] beheerders
    }, de auteur van het bericht wordt { $adds ->
        [yes] wel
       *[no] niet
    } toegevoegd, paneel { $panel }.
# { $title }: de titel van het paneel (vet).
setup-start-ticket-panel-named = **{ $title }**
setup-start-ticket-panel-none = geen
setup-start-ticket-panel-deleted = geen (verwijderd)

## /setup permissions

# { $permissions }: wat is uitgezet ("no attach files, no embed links") of
# "everything allowed" (voorlopig in het Engels).
setup-permissions-openers = Aanvragers in nieuwe ticketkanalen: { $permissions }. (Threadtickets volgen het kanaal waarin ze staan.)
setup-permissions-support = Supportteam in nieuwe ticketkanalen: { $permissions }. (Threadtickets volgen het kanaal waarin ze staan.)

## /setup show: alle instellingen in één embed (Discord staat 256 tekens toe in een veldnaam)

setup-show-title = Ticketinstellingen
setup-show-yes = ja
setup-show-no = nee
setup-show-not-set = niet ingesteld
setup-show-field-tickets = Tickets
# { $category }, { $overflow }: een kanaal of setup-show-not-set; { $cap }: setup-show-cap of
# setup-show-no-cap; { $naming }: het naamschema (plaatshouders zoals %id%); /open is een commando.
setup-show-tickets = Categorie: { $category } (overloop: { $overflow })
    Maximum per gebruiker: { $limit }
    Open tickets in totaal: { $cap }
    Naamgeving: `{ $naming }`
    /open voor leden: { $open_command }
setup-show-no-cap = geen maximum
setup-show-cap = hoogstens { $cap }
setup-show-field-closing = Sluiten
# Elke waarde is setup-show-yes of setup-show-no, behalve het logkanaal.
setup-show-closing = Logkanaal: { $log_channel }
    Gebruikers kunnen sluiten: { $users_can_close }
    Bevestiging bij sluiten: { $close_confirmation }
    DM bij sluiten: { $dm_on_close }
    Feedback: { $feedback }
    Transcripts bewaard: { $transcripts }
setup-show-field-threads = Threads en dienst
# { $archive }: Discords archiveringstijd zoals getypt in /setup use-threads (1h, 24h, 3d of 7d);
# { $role }: de rol of setup-show-on-call-role-later; { $on_call }: hoeveel er in dienst zijn.
setup-show-threads = Threads: { $threads }
    Meldingskanaal: { $channel }
    Archiveren na: { $archive }
    Dienstrol: { $role } ({ $on_call } in dienst)
setup-show-on-call-role-later = wordt aangemaakt bij de eerste /on-call
setup-show-field-welcome = Welkomstbericht en claimen
# { $message }: het welkomstbericht (de eigen tekst van de server, of de standaard); { $buttons }:
# de labels van de knoppen, gescheiden door komma's.
setup-show-welcome = Bericht: { $message }
    Embed: { $embed }
    Knoppen: { $buttons }
    Na een claim kan het supportteam meelezen: { $can_view }, schrijven: { $can_type }
setup-show-welcome-embed-none = geen
# "Welcome embed" is de naam van een pagina van het dashboard.
setup-show-welcome-embed-set = ingesteld (dashboard → Welcome embed)
setup-show-field-start-ticket = Ticket starten en rechten
# { $summary }: setup-start-ticket-summary; { $openers }, { $support }: wat is uitgezet
# (voorlopig in het Engels).
setup-show-start-ticket = { $summary }
    Aanvragers: { $openers }
    Supportteam: { $support }
setup-show-field-autoclose = Automatisch sluiten
setup-show-autoclose-on = aan (/autoclose show toont de regels)
setup-show-autoclose-off = uit
setup-show-field-panels = Panelen
# De details van een paneel, na de titel, gescheiden door komma's.
setup-show-panel-not-posted = niet geplaatst
setup-show-panel-posted-in = in <#{ $channel }>
setup-show-panel-threads = threads
setup-show-panel-channels = kanalen
setup-show-panel-server-default = standaard van de server
setup-show-panel-form = formulier
setup-show-panel-support-hours = supporttijden
setup-show-panel-disabled = uitgeschakeld
setup-show-panels-none = geen (/panel create)
setup-show-field-multi-panels = Multipanelen
setup-show-multi-panels-none = geen
setup-show-field-labels = Labels

## Staff: /addadmin, /removeadmin, /addsupport, /removesupport, /viewstaff, /blacklist

# { $target }: het lid of de rol (een vermelding); { $level }: admin of support.
staff-added = { $level ->
    [admin] { $target } is nu ticketbeheerder.
   *[support] { $target } hoort nu bij het supportteam.
}
staff-already = { $level ->
    [admin] { $target } is al ticketbeheerder.
   *[support] { $target } hoort al bij het supportteam.
}
staff-removed = { $level ->
    [admin] { $target } is geen ticketbeheerder meer.
   *[support] { $target } hoort niet meer bij het supportteam.
}
staff-was-not = { $level ->
    [admin] { $target } was geen ticketbeheerder.
   *[support] { $target } hoorde niet bij het supportteam.
}
staff-list-empty = Er is nog geen staff ingesteld. De eigenaar van de server en leden met de machtiging Beheerder zijn ticketbeheerders; voeg er meer toe met /addadmin en /addsupport.
staff-list-no-such-page = { $pages ->
    [one] Er is maar { $pages } pagina.
   *[other] Er zijn maar { $pages } pagina's.
}
staff-list-header = **Staff** (pagina { $page } van { $pages })
# Eén regel van de lijst; { $target }: het lid of de rol (een vermelding).
staff-list-admin = Beheerder: { $target }
staff-list-support = Support: { $target }
staff-blacklist-staff = Staffleden kunnen niet op de zwarte lijst worden gezet.
staff-blacklisted = { $target } staat nu op de zwarte lijst en kan geen tickets meer openen.
# { $reason }: wat de staff schreef.
staff-blacklisted-reason = { $target } staat nu op de zwarte lijst en kan geen tickets meer openen. Reden: { $reason }
staff-unblacklisted = { $target } staat niet meer op de zwarte lijst.

## /stats server en /stats user (een embed; Discord staat 256 tekens toe in een veldnaam)

# { $average }, { $median }: duren geschreven als 3d 4h, 12h, 30m (blijven zoals ze zijn);
# { $count }: een getal.
stats-spread = { $average } gemiddeld, { $median } mediaan ({ $count ->
        [one] { $count } ticket
       *[other] { $count } tickets
    })
stats-no-data = nog geen gegevens
# { $week }, { $month }, { $all }: stats-spread of stats-no-data.
stats-windows = 7 dagen: { $week }
    30 dagen: { $month }
    Totaal: { $all }
# { $average }: zoals 4.2; { $count }: een getal.
stats-ratings = { $average } / 5 uit { $count ->
        [one] { $count } beoordeling
       *[other] { $count } beoordelingen
    }
stats-no-ratings = nog geen beoordelingen
stats-server-title = Ticketstatistieken
stats-open-tickets = Open tickets
stats-total-tickets = Tickets in totaal
stats-opened = Geopend
stats-opened-value = { $week } in 7 dagen, { $month } in 30 dagen
stats-first-response = Eerste reactietijd
stats-resolution = Afhandeltijd
stats-rating = Beoordeling
# { $user }: de Discord-gebruikersnaam van het stafflid.
stats-user-title = Ticketstatistieken van { $user }
stats-claimed = Geclaimd
stats-closed = Gesloten
stats-answered = Beantwoord
stats-their-first-response = Eigen eerste reactietijd
stats-claimed-rating = Beoordeling van geclaimde tickets

## /help

# ticketbox is de naam van de bot; de lijst met commando's volgt.
help-title = **Commando's van ticketbox**

## Ticketrechten (/setup permissions, /setup show): wat is uitgezet, gescheiden door komma's

permission-off-attach-files = geen bestanden bijvoegen
permission-off-embed-links = geen links insluiten
permission-off-add-reactions = geen reacties
permission-off-external-emoji = geen externe emoji
permission-off-external-stickers = geen externe stickers
permission-off-voice-messages = geen spraakberichten
permission-all-allowed = alles toegestaan

## /mydata

# { $what }: een van de twee berichten hieronder; { $due }: een Discord-tijdstempel, laat <t:…> staan.
mydata-filed = Je verzoek is geregistreerd: { $what }. De operator van deze ticketbox antwoordt uiterlijk <t:{ $due }:D> (<t:{ $due }:R>).
mydata-filed-again = Je hebt al gevraagd om { $what }. De operator van deze ticketbox antwoordt uiterlijk <t:{ $due }:D> (<t:{ $due }:R>).
mydata-what-export = een kopie van alles wat deze ticketbox over je bewaart (als JSON-bestand, per DM naar je gestuurd als het past; anders laat de operator je weten hoe je het krijgt)
mydata-what-delete = het verwijderen van alles wat deze ticketbox over je bewaart (je krijgt een DM voordat het gebeurt)

mydata-dm-export = Hier is alles wat deze ticketbox over je bewaart (gegevensverzoek #{ $id }).
mydata-dm-export-waiting = Je gegevensexport (verzoek #{ $id }) is klaar, maar kon hier niet worden verstuurd; de operator van deze ticketbox bezorgt hem je op een andere manier.
mydata-dm-refused-export = Je verzoek #{ $id } om een kopie van je gegevens is afgewezen door de operator van deze ticketbox: { $reason }
mydata-dm-refused-delete = Je verzoek #{ $id } om je gegevens te verwijderen is afgewezen door de operator van deze ticketbox: { $reason }
mydata-dm-removing = Zoals je vroeg (gegevensverzoek #{ $id }) wordt nu alles verwijderd wat deze ticketbox over je bewaart.
