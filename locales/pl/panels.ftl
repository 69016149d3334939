# Odpowiedzi bota na polecenia paneli (/panel, /multipanel) i teksty na panelach
# (tłumaczenie z angielskiego).
# Zmienne: `{ $name }`. Znaczniki Discorda zostają bez zmian: <@&{ $role }> rola,
# <#{ $channel }> kanał. **…** to pogrubienie.
# Nazwy poleceń (/panel send), opcji (title:, panel:) i wpisywane słowa kluczowe
# (none, primary, allow…) zostają po angielsku.

## /panel create, edit, delete, list, send

# { $title }: wpisany tytuł, w cudzysłowie.
panel-cmd-no-such-panel = Nie ma panelu o nazwie { $title }. Listę pokazuje /panel list.
# { $emoji }: to, co wpisano, w cudzysłowie.
panel-cmd-not-an-emoji = { $emoji } nie jest emoji.
# Cztery style to wpisywane słowa kluczowe: zostają po angielsku.
panel-cmd-bad-button-style = Styl przycisku musi mieć wartość primary, secondary, success lub danger.
# { $title }: wpisany tytuł formularza, w cudzysłowie.
panel-cmd-no-such-form = Nie ma formularza o nazwie { $title }. Listę pokazuje /form list.
# { $title }: tytuł, w cudzysłowie.
panel-cmd-title-taken = Panel o nazwie { $title } już istnieje.
panel-cmd-created-form-deleted = Panel został utworzony, ale jego formularz został w międzyczasie usunięty: wybierz inny poleceniem /panel edit.
panel-cmd-created-survey-deleted = Panel został utworzony, ale formularz jego ankiety końcowej został w międzyczasie usunięty: wybierz inny poleceniem /panel edit.
# `/panel send title:…` to polecenie do wpisania: zostaje po angielsku.
panel-cmd-created = Utworzono panel **{ $title }**. Opublikuj go poleceniem `/panel send title:{ $title }`.
panel-cmd-awaiting-both = Wybierz kategorię zgłoszeń czekających na odpowiedź albo ją usuń – nie oba naraz.
panel-cmd-saved-form-deleted = Panel został zapisany, ale formularz (lub sam panel) został w międzyczasie usunięty.
panel-cmd-saved-survey-deleted = Panel został zapisany, ale formularz ankiety końcowej (lub sam panel) został w międzyczasie usunięty.
panel-cmd-saved = Zapisano panel **{ $title }**. Wyślij go ponownie poleceniem /panel send, aby zaktualizować opublikowaną wiadomość.
panel-cmd-deleted = Usunięto panel **{ $title }**; jego opublikowana wiadomość nie otwiera już zgłoszeń.
panel-cmd-list-empty = Nie ma jeszcze paneli. Utwórz panel poleceniem /panel create.
# /panel list: po tytule panelu, gdzie jest opublikowany.
panel-cmd-list-posted-in = — opublikowany na kanale <#{ $channel }>
# /panel list: po tytule panelu.
panel-cmd-list-disabled = (wyłączony)
panel-cmd-posted = Opublikowano panel **{ $title }** na kanale <#{ $channel }>.

## /panel log

panel-cmd-log-foreign-channel = Wybierz kanał z tego serwera.
panel-cmd-log-channel = Zamknięte zgłoszenia z panelu **{ $title }** są logowane na kanale <#{ $channel }>.
panel-cmd-log-server-channel = Zamknięte zgłoszenia z panelu **{ $title }** są logowane na kanale logów serwera.

## /panel embed

panel-embed-title-colour-are-the-panels = Tytuł i kolor wiadomości panelu to tytuł i kolor samego panelu: ustawisz je poleceniem /panel edit.
panel-embed-saved-panel = Zapisano osadzenie wiadomości panelu **{ $title }**. Wyślij panel ponownie poleceniem /panel send, aby zaktualizować opublikowaną wiadomość.
panel-embed-saved-welcome = Zapisano osadzenie wiadomości powitalnej panelu **{ $title }**. Nowe zgłoszenia z tego panelu będą go używać.

## /panel hours (pokazywane też przez /setup show)

panel-hours-none = Panel **{ $title }** nie ma ustalonych godzin pracy: otwiera zgłoszenia o każdej porze.
# { $timezone }: np. Europe/Warsaw; { $windows }: przedziały tygodniowe (np. mon-fri 09:00-17:00);
# { $outside }: panel-hours-outside-refuse albo panel-hours-outside-tell.
panel-hours-summary = Godziny pracy panelu **{ $title }** ({ $timezone }): { $windows }. Poza nimi: { $outside }.
# Jak panel-hours-summary, z { $holidays }: dni wolne (np. 2026-12-24..2026-12-26 Boże Narodzenie).
panel-hours-summary-days-off = Godziny pracy panelu **{ $title }** ({ $timezone }): { $windows }; dni wolne: { $holidays }. Poza nimi: { $outside }.
panel-hours-outside-refuse = nowe zgłoszenia są odrzucane
panel-hours-outside-tell = zgłoszenia są otwierane, a autor dowiaduje się, kiedy personel wróci

## /panel access

panel-access-none = Panel **{ $title }** nie ma reguł dostępu: każdy może otwierać z niego zgłoszenia.
# { $max }: największa dozwolona liczba reguł panelu; { $rules }: reguły, po jednej w wierszu
# (panel-access-rule-allow / panel-access-rule-deny).
panel-access-rules = Reguły dostępu panelu **{ $title }** (decyduje pierwsza pasująca; brak dopasowania oznacza zgodę; najwyżej { $max }):
    { $rules }
# { $position }: miejsce reguły w kolejności (1 jest sprawdzana jako pierwsza); { $role }: oznaczenie
# roli lub @everyone. „zezwól” i „zabroń” to nazwy wyborów reguły w poleceniu /panel access.
panel-access-rule-allow = { $position }. zezwól { $role }
panel-access-rule-deny = { $position }. zabroń { $role }

## /multipanel

# { $title }: wpisany tytuł, w cudzysłowie.
multipanel-no-such-multipanel = Nie ma multipanelu o nazwie { $title }.
# { $title }: wpisany tytuł panelu, w cudzysłowie.
multipanel-no-such-panel = Nie ma panelu o nazwie { $title }.
multipanel-too-few-panels = Multipanel wymaga co najmniej dwóch paneli (tytuły oddzielone przecinkami).
multipanel-too-many-panels = { $max ->
    [one] Multipanel może zawierać najwyżej { $max } panel (limit Discorda).
    [few] Multipanel może zawierać najwyżej { $max } panele (limit Discorda).
    [many] Multipanel może zawierać najwyżej { $max } paneli (limit Discorda).
   *[other] Multipanel może zawierać najwyżej { $max } panelu (limit Discorda).
}
multipanel-empty-title = Tytuł nie może być pusty.
# Tekst wiadomości nowego multipanelu, gdy go nie podano (zapisywany, potem serwer może go zmienić).
multipanel-default-text = Wybierz, czego dotyczy Twoje zgłoszenie.
# { $title }: tytuł, w cudzysłowie.
multipanel-title-taken = Multipanel o nazwie { $title } już istnieje.
multipanel-panel-just-deleted = Jeden z wybranych paneli został właśnie usunięty: multipanel wymaga co najmniej dwóch.
# `/multipanel send title:…` to polecenie do wpisania: zostaje po angielsku.
multipanel-created = Utworzono multipanel **{ $title }**. Opublikuj go poleceniem `/multipanel send title:{ $title }`.
multipanel-all-panels-deleted = Wszystkie panele tego multipanelu zostały usunięte.
multipanel-posted = Opublikowano multipanel **{ $title }** na kanale <#{ $channel }>.
# { $panel }: wpisany tytuł panelu, w cudzysłowie.
multipanel-not-an-entry = { $panel } nie należy do paneli tego multipanelu.
# panel: to nazwa opcji polecenia: zostaje po angielsku.
multipanel-name-the-entry = Wskaż pozycję do zmiany w opcji panel:.
multipanel-just-deleted = Ten multipanel został właśnie usunięty.
multipanel-saved = Zapisano multipanel **{ $title }**. Opublikuj go ponownie poleceniem /multipanel send, aby zaktualizować wiadomość.
multipanel-deleted = Usunięto multipanel **{ $title }**.
multipanel-list-empty = Nie ma jeszcze multipaneli. Utwórz multipanel poleceniem /multipanel create.
