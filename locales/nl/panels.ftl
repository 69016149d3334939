# Wat de bot antwoordt op de paneelcommando's (/panel, /multipanel) en wat hij op panelen
# schrijft (Nederlands; bron: locales/en-US/panels.ftl).
# Plaatshouders: `{ $name }`. Discord-opmaak blijft zoals hij is: <@&{ $role }> een rol,
# <#{ $channel }> een kanaal. **…** is vette tekst.
# Commandonamen (/panel send), optienamen (title:, panel:) en getypte trefwoorden
# (none, primary, allow…) blijven Engels.

## /panel create, edit, delete, list, send

# { $title }: de getypte titel, tussen aanhalingstekens.
panel-cmd-no-such-panel = Er is geen paneel met de naam { $title }. /panel list toont ze.
# { $emoji }: wat er getypt is, tussen aanhalingstekens.
panel-cmd-not-an-emoji = { $emoji } is geen emoji.
# De vier stijlen zijn getypte trefwoorden: laat ze Engels.
panel-cmd-bad-button-style = De knopstijl moet primary, secondary, success of danger zijn.
# { $title }: de getypte titel van het formulier, tussen aanhalingstekens.
panel-cmd-no-such-form = Er is geen formulier met de naam { $title }. /form list toont ze.
# { $title }: de titel, tussen aanhalingstekens.
panel-cmd-title-taken = Er bestaat al een paneel met de naam { $title }.
panel-cmd-created-form-deleted = Het paneel is aangemaakt, maar het formulier ervan is intussen verwijderd: kies een ander met /panel edit.
panel-cmd-created-survey-deleted = Het paneel is aangemaakt, maar het formulier van de afsluitende enquête is intussen verwijderd: kies een ander met /panel edit.
# `/panel send title:…` is een commando om te typen: laat het Engels.
panel-cmd-created = Paneel **{ $title }** aangemaakt. Plaats het met `/panel send title:{ $title }`.
panel-cmd-awaiting-both = Kies een categorie voor tickets die op antwoord wachten, of verwijder die, maar niet allebei.
panel-cmd-saved-form-deleted = Het paneel is opgeslagen, maar het formulier (of het paneel) is intussen verwijderd.
panel-cmd-saved-survey-deleted = Het paneel is opgeslagen, maar het formulier van de afsluitende enquête (of het paneel) is intussen verwijderd.
panel-cmd-saved = Paneel **{ $title }** opgeslagen. Plaats het opnieuw met /panel send om het geplaatste bericht bij te werken.
panel-cmd-deleted = Paneel **{ $title }** verwijderd; het geplaatste bericht opent geen tickets meer.
panel-cmd-list-empty = Nog geen panelen. Maak er een aan met /panel create.
# /panel list: na de titel van een paneel, waar het geplaatst is.
panel-cmd-list-posted-in = — geplaatst in <#{ $channel }>
# /panel list: na de titel van een paneel.
panel-cmd-list-disabled = (uitgeschakeld)
panel-cmd-posted = Paneel **{ $title }** geplaatst in <#{ $channel }>.

## /panel log

panel-cmd-log-foreign-channel = Kies een kanaal van deze server.
panel-cmd-log-channel = Gesloten tickets van **{ $title }** worden gelogd in <#{ $channel }>.
panel-cmd-log-server-channel = Gesloten tickets van **{ $title }** worden gelogd in het logkanaal van de server.

## /panel embed

panel-embed-title-colour-are-the-panels = De titel en kleur van het paneelbericht zijn die van het paneel zelf: stel ze in met /panel edit.
panel-embed-saved-panel = De embed van het bericht van **{ $title }** is opgeslagen. Plaats het paneel opnieuw met /panel send om het geplaatste bericht bij te werken.
panel-embed-saved-welcome = De embed van het welkomstbericht van **{ $title }** is opgeslagen. Nieuwe tickets via het paneel gebruiken die.

## /panel hours (ook getoond door /setup show)

panel-hours-none = **{ $title }** heeft geen supporttijden: het opent altijd tickets.
# { $timezone }: bijv. Europe/Amsterdam; { $windows }: de wekelijkse tijdvakken (bijv. mon-fri 09:00-17:00);
# { $outside }: panel-hours-outside-refuse of panel-hours-outside-tell.
panel-hours-summary = Supporttijden van **{ $title }** ({ $timezone }): { $windows }. Daarbuiten: { $outside }.
# Als panel-hours-summary, met { $holidays }: de vrije dagen (bijv. 2026-12-24..2026-12-26 Kerst).
panel-hours-summary-days-off = Supporttijden van **{ $title }** ({ $timezone }): { $windows }; vrije dagen: { $holidays }. Daarbuiten: { $outside }.
panel-hours-outside-refuse = nieuwe tickets worden geweigerd
panel-hours-outside-tell = tickets worden geopend en de aanvrager hoort wanneer de staff terug is

## /panel access

panel-access-none = **{ $title }** heeft geen toegangsregels: iedereen mag er tickets mee openen.
# { $max }: het maximale aantal regels van een paneel; { $rules }: de regels, één per regel
# (panel-access-rule-allow / panel-access-rule-deny).
panel-access-rules = Toegangsregels van **{ $title }** (de eerste die past, beslist; past er geen, dan is het toegestaan; hoogstens { $max }):
    { $rules }
# { $position }: de plaats van de regel in de volgorde (1 wordt eerst gecontroleerd); { $role }: een
# rolvermelding of @everyone. "toestaan" en "weigeren" zijn de keuzenamen van de regel (cmd-panel-access).
panel-access-rule-allow = { $position }. { $role } toestaan
panel-access-rule-deny = { $position }. { $role } weigeren

## /multipanel

# { $title }: de getypte titel, tussen aanhalingstekens.
multipanel-no-such-multipanel = Er is geen multipaneel met de naam { $title }.
# { $title }: een getypte paneeltitel, tussen aanhalingstekens.
multipanel-no-such-panel = Er is geen paneel met de naam { $title }.
multipanel-too-few-panels = Een multipaneel heeft minstens twee panelen nodig (titels gescheiden door komma's).
multipanel-too-many-panels = Een multipaneel bevat hoogstens { $max } panelen (de limiet van Discord).
multipanel-empty-title = De titel mag niet leeg zijn.
# De tekst van het bericht van een nieuw multipaneel als er geen is opgegeven (opgeslagen; de server kan hem daarna wijzigen).
multipanel-default-text = Kies waar je ticket over gaat.
# { $title }: de titel, tussen aanhalingstekens.
multipanel-title-taken = Er bestaat al een multipaneel met de naam { $title }.
multipanel-panel-just-deleted = Een paneel dat je koos, is net verwijderd: een multipaneel heeft er minstens twee nodig.
# `/multipanel send title:…` is een commando om te typen: laat het Engels.
multipanel-created = Multipaneel **{ $title }** aangemaakt. Plaats het met `/multipanel send title:{ $title }`.
multipanel-all-panels-deleted = Alle panelen van dit multipaneel zijn verwijderd.
multipanel-posted = Multipaneel **{ $title }** geplaatst in <#{ $channel }>.
# { $panel }: de getypte paneeltitel, tussen aanhalingstekens.
multipanel-not-an-entry = { $panel } is geen van de panelen van dit multipaneel.
# panel: is de optienaam van het commando: laat die Engels.
multipanel-name-the-entry = Geef met panel: aan welk item je wilt wijzigen.
multipanel-just-deleted = Dat multipaneel is net verwijderd.
multipanel-saved = Multipaneel **{ $title }** opgeslagen. Plaats het opnieuw met /multipanel send om het bericht bij te werken.
multipanel-deleted = Multipaneel **{ $title }** verwijderd.
multipanel-list-empty = Nog geen multipanelen. Maak er een aan met /multipanel create.
