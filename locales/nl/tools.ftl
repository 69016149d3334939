# Antwoorden van de stafftools (formulieren, tags, labels, dienst, automatisch sluiten) en wat
# de taak voor automatisch sluiten in tickets plaatst (Nederlands; bron: locales/en-US/tools.ftl).
# Plaatshouders: `{ $name }`. Discord-opmaak blijft zoals hij is: <@{ $user }> een lid,
# <@&{ $role }> een rol, <t:{ $at }:R> een relatieve tijd; **vet** en `code` zijn van Discord.
# Commandonamen (/form create) en getypte trefwoorden (none, off, short, paragraph) blijven Engels.

## /form: vragen die gesteld worden voordat een paneel een ticket opent

# { $title }, { $form }: de titel van het formulier zoals de beheerder die typte, tussen aanhalingstekens ("Support").
form-cmd-exists = Er bestaat al een formulier met de naam { $title }.
form-cmd-no-such-form-list = Er is geen formulier met de naam { $form }. /form list toont ze.
form-cmd-no-such-form = Er is geen formulier met de naam { $form }.
# { $max }: het maximale aantal vragen van een formulier.
form-cmd-created = { $max ->
    [one] Formulier **{ $title }** aangemaakt. Voeg met /form add-input hoogstens { $max } vraag toe.
   *[other] Formulier **{ $title }** aangemaakt. Voeg met /form add-input tot { $max } vragen toe.
}
# "short" en "paragraph" zijn de waarden die de beheerder typt: laat ze Engels.
form-cmd-bad-style = De stijl moet short of paragraph zijn.
# { $count }: het nummer van de vraag; { $max }: het maximale aantal vragen van een formulier.
form-cmd-question-added = Vraag toegevoegd aan **{ $form }** ({ $count } van { $max }).
form-cmd-deleted = Formulier **{ $title }** verwijderd.
form-cmd-none = Nog geen formulieren. Maak er een aan met /form create.

## /tag en /managetags: opgeslagen antwoorden

# { $name }: de naam van de tag, tussen aanhalingstekens ("refund").
tag-no-such-tag-list = Er is geen tag met de naam { $name }. /managetags list toont ze.
tag-no-such-tag = Er is geen tag met de naam { $name }.
# { $name }: de naam van de tag (getoond als `code`).
tag-saved = Tag `{ $name }` opgeslagen.
tag-updated = Tag `{ $name }` bijgewerkt.
tag-embed-saved = De embed van tag `{ $name }` is opgeslagen.
tag-deleted = Tag `{ $name }` verwijderd.
tag-none = Nog geen tags. Voeg er een toe met /managetags add.

## /label: labels op tickets

label-unknown = Deze server heeft geen label met die naam. /label list toont ze; beheerders voegen er een toe met /label create.
label-nothing-to-do = Er is niets te doen.
# Geplaatst in het ticket. { $label }: de naam van het label.
label-added = 🏷️ <@{ $user }> heeft dit ticket het label **{ $label }** gegeven.
label-removed = 🏷️ <@{ $user }> heeft het label **{ $label }** van dit ticket gehaald.
label-none-yet = Deze server heeft nog geen labels. Beheerders voegen er een toe met /label create.
# De kop van /label list.
label-list-title = **Labels**
# { $labels }: de labels van het ticket, gescheiden door komma's (of — als het er geen heeft).
label-list-this-ticket = Dit ticket: { $labels }
# { $colour }: de kleur als #RRGGBB.
label-created = Label **{ $label }** (`{ $colour }`) aangemaakt.
label-recoloured = Label **{ $label }** is nu `{ $colour }`.
label-deleted = Label **{ $label }** verwijderd.

## /on-call en /setup on-call

# De naam van de rol die ticketbox aanmaakt voor dienstdoende staff (een Discord-rolnaam, hoogstens 100 tekens).
oncall-role-name = In dienst
oncall-role-set = Dienstdoende staff krijgt nu <@&{ $role }>. Iedereen is uit dienst gezet; staffleden gebruiken /on-call om in dienst te gaan.
oncall-role-cleared = Geen dienstrol ingesteld: ticketbox maakt er een aan bij de volgende /on-call.
# "Rollen beheren" is de naam van de machtiging in Discord.
oncall-needs-manage-roles = ticketbox heeft de machtiging Rollen beheren nodig om de dienstrol aan te maken. Geef de bot die machtiging, of laat een beheerder een bestaande rol kiezen met /setup on-call.
oncall-role-deleted = De dienstrol is in Discord verwijderd; gebruik /on-call opnieuw om een nieuwe aan te maken.
# { $role }: de naam van de rol. "Serverinstellingen → Rollen" is het menu van Discord.
oncall-cannot-assign = ticketbox kan { $role } niet geven of afnemen: daarvoor zijn Rollen beheren en een hogere rol nodig (Serverinstellingen → Rollen).
oncall-on = Je bent in dienst (<@&{ $role }>): nieuwe threadtickets voegen je toe. Gebruik /on-call opnieuw om uit dienst te gaan.
# Hetzelfde, in een server die tickets als kanalen opent.
oncall-on-channel-mode = Je bent in dienst (<@&{ $role }>): nieuwe threadtickets voegen je toe. Gebruik /on-call opnieuw om uit dienst te gaan.
    Let op: deze server opent tickets als kanalen, waarin het hele team elk ticket ziet; de dienst heeft alleen invloed op threadtickets.
oncall-off = Je bent uit dienst (<@&{ $role }> verwijderd). Nieuwe threadtickets voegen je niet meer toe.

## /autoclose

autoclose-cmd-saved = Automatisch sluiten opgeslagen.
# { $grace }: een duur zoals 1h of 2d 3h.
autoclose-cmd-overdue = { $count ->
    [one] { $count } open ticket valt al onder een regel: het sluit over { $grace } als niemand antwoordt.
   *[other] { $count } open tickets vallen al onder een regel: ze sluiten over { $grace } als niemand antwoordt.
}
autoclose-cmd-excluded = Dit ticket wordt niet automatisch gesloten. Gebruik dit commando opnieuw om dat ongedaan te maken.
autoclose-cmd-included = Dit ticket volgt weer de regels van de server voor automatisch sluiten.
# /autoclose show. { $state }: autoclose-cmd-on of autoclose-cmd-off; de duren zijn zoals
# 30m, 12h of 3d, of autoclose-cmd-off; { $on_leave }: autoclose-cmd-close of autoclose-cmd-off;
# { $warning }: autoclose-cmd-warning-before of autoclose-cmd-off.
autoclose-cmd-rules = **Automatisch sluiten: { $state }**
    • Geen reactie van de aanvrager sinds het openen: { $no_response }
    • Geen antwoord van de aanvrager sinds de staff het laatst schreef: { $since_last_message }
    • Aanvrager verlaat de server: { $on_leave }
    • Waarschuwing vóór het sluiten: { $warning }
autoclose-cmd-on = aan
autoclose-cmd-off = uit
autoclose-cmd-close = sluiten
# { $duration }: een duur zoals 1h of 2d 3h.
autoclose-cmd-warning-before = { $duration } ervoor

## Automatisch sluiten: de waarschuwing in een ticket, en de reden van het sluiten

autoclose-warn-title = Dit ticket wordt binnenkort gesloten
# { $duration }: een duur zoals 1h of 2d 3h. "Open houden" is de knop eronder
# (autoclose-warn-keep-open): gebruik dezelfde woorden.
autoclose-warn-description = Zonder reactie wordt dit ticket <t:{ $at }:R> automatisch gesloten (over ongeveer { $duration }). Klik op **Open houden** als het nog nodig is.
# Een knop (hoogstens 80 tekens).
autoclose-warn-keep-open = Open houden
# De reden van een ticket dat automatisch is gesloten (getoond in het logkanaal en de DM aan de aanvrager).
autoclose-warn-reason-no-response = Automatisch gesloten: geen reactie van de aanvrager sinds het openen
autoclose-warn-reason-since-last-message = Automatisch gesloten: geen reactie van de aanvrager sinds de staff het laatst schreef
autoclose-warn-reason-on-leave = Automatisch gesloten: de aanvrager heeft de server verlaten
