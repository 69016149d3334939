# Strony paneli w panelu sterowania: panele i ich edytor, multipanele, formularze, tagi
# i etykiety, wraz z powodami odrzucenia zmian (tłumaczenie z angielskiego). Wyświetlane
# odwiedzającemu w jego języku; to, co napisał serwer (tytuły paneli, treści tagów, nazwy
# etykiet), nigdy nie jest tłumaczone. Słowa w znakach %procentu%, <:name:id>, @everyone i @here
# wpisuje się lub wyświetla dokładnie tak, jak odczytują je Discord i bot: zostają bez zmian.

## Wspólne dla stron, których formularz wskazuje działanie

# Formularz wrócił z działaniem, którego strona nie zna (nieaktualna lub zmieniona strona).
web-action-unknown = Nieznane działanie.

## Panele: lista

web-panels-title = Panele
web-panels-new = Nowy panel
web-panels-empty = Nie ma jeszcze paneli. Panel to wiadomość z przyciskiem, który członkowie klikają, aby otworzyć zgłoszenie.
# Plakietka obok tytułu wyłączonego panelu.
web-panels-disabled = wyłączony
# $channel: nazwa kanału w postaci „#nazwa” albo web-panels-channel-id.
web-panels-posted-in = opublikowany na kanale { $channel }
# Kanał, którego nazwy panel sterowania nie zna; $id to jego numer. Używane tylko
# w web-panels-posted-in („opublikowany na kanale o ID 123”).
web-panels-channel-id = o ID { $id }
web-panels-not-posted = jeszcze nieopublikowany
# Etykieta przed wyborem kanału; przycisk obok to web-panels-post.
web-panels-post-in = Opublikuj na kanale
web-panels-pick-channel = Wybierz kanał
web-panels-post = Opublikuj
web-panels-delete-confirm = Usunąć ten panel? Jego opublikowana wiadomość przestanie otwierać zgłoszenia.
web-panels-delete = Usuń

## Panele: edytor

web-panel-edit = Edycja panelu
web-panel-new = Nowy panel
web-panel-all = Wszystkie panele
web-panel-message = Wiadomość
web-panel-title = Tytuł
web-panel-title-hint = unikalny na tym serwerze
web-panel-text = Treść
web-panel-colour = Kolor
web-panel-button-label = Tekst przycisku
web-panel-button-emoji = Emoji przycisku
# <:name:id> to zapis własnego emoji serwera: zostaje bez zmian.
web-panel-button-emoji-hint = jedno emoji lub <:name:id>
web-panel-button-style = Styl przycisku
# Kolory przycisków Discorda.
web-panel-style-primary = Blurple
web-panel-style-secondary = Szary
web-panel-style-success = Zielony
web-panel-style-danger = Czerwony
web-panel-embed = Osadzenie wiadomości: link, autor, obrazy, stopka, pola
web-panel-tickets = Zgłoszenia z panelu
web-panel-category = Kategoria
web-panel-category-default = Kategoria zgłoszeń serwera
web-panel-awaiting = Kategoria oczekujących na odpowiedź
web-panel-awaiting-hint = tryb kanałów: zgłoszenia czekają tutaj, gdy odpowiedzieć ma autor, i wracają, gdy napisze (najwyżej jedno przeniesienie zgłoszenia na 10 minut)
# Brak kategorii oczekujących na odpowiedź.
web-panel-awaiting-none = Brak
web-panel-log-channel = Kanał logów
web-panel-log-channel-hint = gdzie logowane są zamknięte zgłoszenia z tego panelu
web-panel-log-channel-default = Kanał logów serwera
web-panel-mode = Tryb
web-panel-mode-default = Jak ustawiono na serwerze
web-panel-mode-channel = Kanały
web-panel-mode-thread = Prywatne wątki
web-panel-naming = Nazwy
# Pod polami Nazwy i Wiadomość powitalna: puste pole oznacza ustawienie serwera.
web-panel-server-default-hint = puste: ustawienie serwera
# Przykładowa nazwa kanału; %id% zastępowane jest numerem zgłoszenia: zostaje bez zmian.
web-panel-naming-placeholder = zgłoszenie-%id%
web-panel-welcome = Wiadomość powitalna
web-panel-welcome-embed-below = Osadzenie wiadomości powitalnej znajduje się pod ustawieniami zgłoszeń; puste: osadzenie serwera.
web-panel-teams = Zespoły wsparcia
web-panel-teams-hint = brak: te zgłoszenia obsługuje cały zespół wsparcia
web-panel-mention-roles = Role oznaczane w nowych zgłoszeniach
web-panel-mention-opener = Oznacz autora zgłoszenia
# @here to oznaczenie Discorda: zostaje bez zmian.
web-panel-mention-here = Oznacz @here (wszystkich, którzy widzą zgłoszenie, czyli jego personel)
web-panel-form = Formularz przed otwarciem
web-panel-form-none = Bez formularza
web-panel-exit-survey = Ankieta końcowa
# „Powiedz nam więcej” to przycisk, który bot pokazuje pod prośbą o ocenę.
web-panel-exit-survey-hint = wyświetlana, gdy autor oceni zgłoszenie („Powiedz nam więcej”); wymaga włączenia ocen w Ustawieniach
web-panel-exit-survey-none = Bez ankiety końcowej
web-panel-ticket-limit = Otwarte zgłoszenia na członka z tego panelu
web-panel-ticket-limit-hint = puste: bez dodatkowego limitu
web-panel-open-cap = Łącznie otwarte zgłoszenia z tego panelu
web-panel-open-cap-hint = od wszystkich członków; puste: bez limitu; personel nie podlega limitowi
web-panel-cooldown = Odstęp między zgłoszeniami (w minutach)
web-panel-disabled = Wyłączony (jego przycisk odrzuca nowe zgłoszenia)
web-panel-access = Kto może otwierać z niego zgłoszenia
# @everyone to rola Discorda obejmująca wszystkich członków: zostaje bez zmian; @Klienci to
# przykładowa rola.
web-panel-access-intro = Reguły dostępu, sprawdzane po kolei: decyduje pierwsza reguła z rolą, którą ma członek; członek, do którego nie pasuje żadna reguła, może otwierać zgłoszenia. Personel może zawsze. Umieść @everyone na końcu, np. „zezwól @Klienci, zabroń @everyone”.
web-panel-access-order = Kolejność
web-panel-access-role = Rola
web-panel-access-rule = Reguła
web-panel-access-remove = Usuń
# Etykiety wiersza jednej reguły dostępu dla czytników ekranu; $number liczy od 1.
web-panel-access-order-of = Kolejność reguły { $number }
web-panel-access-role-of = Rola reguły { $number }
web-panel-access-rule-of = Reguła { $number }
web-panel-access-remove-of = Usuń regułę { $number }
web-panel-access-allow = Zezwól
web-panel-access-deny = Zabroń
web-panel-hours = Godziny pracy
web-panel-hours-on = Tylko gdy personel jest dostępny
web-panel-hours-timezone = Strefa czasowa
web-panel-hours-timezone-hint = z uwzględnieniem czasu letniego
web-panel-hours-windows = Godziny
# Przykład wpisuje się dosłownie (angielskie nazwy dni, zegar 24-godzinny): zostaje bez zmian.
web-panel-hours-windows-hint = np. mon-fri 09:00-17:00; sat 10:00-14:00 (zegar 24-godzinny; przedział obejmujący północ podziel na dwa)
web-panel-hours-holidays = Dni wolne
# Przykład wpisuje się dosłownie (daty, zakresy z ..); „Boże Narodzenie” to dowolna nazwa.
web-panel-hours-holidays-hint = np. 2026-12-24..2026-12-26 Boże Narodzenie; 2027-01-01
web-panel-hours-outside = Poza godzinami pracy
web-panel-hours-refuse = Odrzucaj nowe zgłoszenia
web-panel-hours-open-and-tell = Otwieraj i informuj autora, kiedy personel wróci
web-panel-hours-notice = Komunikat
# %next_open% i %next_open_relative% wpisuje się dosłownie.
web-panel-hours-notice-hint = puste: domyślny; %next_open% i %next_open_relative% podają, kiedy personel wróci
web-panel-hours-colour = Kolor komunikatu
web-panel-welcome-embed = Osadzenie wiadomości powitalnej (zmienne działają w każdym tekście)
web-panel-save = Zapisz panel
web-panel-create = Utwórz panel
web-panel-preview = Podgląd
# Nagłówek podglądu wiadomości powitalnej.
web-panel-preview-welcome = Wiadomość powitalna
web-panel-preview-images = Obrazy są tylko wymienione, a nie wczytane: panel sterowania niczego nie pobiera z innych witryn.

## Panele: dlaczego panel nie został zapisany lub opublikowany

# $number: wiersz reguły, od 1.
web-panel-err-access-order = Reguła dostępu { $number }: kolejność musi być liczbą.
web-panel-err-hours-outside = Poza godzinami pracy: wybierz z listy, co ma się dziać.
web-panel-err-access-roles = Reguły dostępu: wybierz role z listy.
# $emoji: wpisany tekst, w cudzysłowie. <:name:id> to zapis emoji serwera: zostaje bez zmian.
web-panel-err-emoji = { $emoji } nie jest emoji: użyj jednego emoji lub własnego emoji serwera zapisanego jako <:name:id>.
web-panel-err-button-style = Wybierz styl przycisku z listy.
web-panel-err-category = Wybierz kategorię z listy.
web-panel-err-roles = Wybierz role z listy.
web-panel-err-mention-roles = Wybierz z listy role do oznaczania.
web-panel-err-mode = Wybierz z listy tryb kanałów lub wątków.
web-panel-err-ticket-limit = Limit zgłoszeń musi być liczbą od 1 do 100.
web-panel-err-cooldown = Odstęp musi być liczbą minut.
web-panel-err-log-channel = Wybierz kanał logów z listy.
web-panel-err-form = Wybierz formularz z listy.
web-panel-err-exit-survey = Wybierz z listy formularz ankiety końcowej.
web-panel-err-awaiting = Wybierz z listy kategorię oczekujących na odpowiedź.
# $reason: dlaczego wybrany formularz nie może być ankietą końcową (pełne zdanie).
web-panel-err-exit-survey-form = Ankieta końcowa: { $reason }
web-panel-err-teams = Wybierz zespoły wsparcia z listy.
# $title: tytuł panelu, w cudzysłowie.
web-panel-err-title-taken = Panel o nazwie { $title } już istnieje.
web-panel-err-created-form-gone = Panel został utworzony, ale formularz, którego miał używać, został w międzyczasie usunięty. Edytuj panel, aby wybrać inny.
web-panel-err-saved-form-gone = Panel został zapisany, ale formularz, którego miał używać, został w międzyczasie usunięty. Edytuj panel, aby wybrać inny.
web-panel-err-gone = Ten panel nie istnieje (lub został już usunięty).
web-panel-err-channel = Wybierz kanał tekstowy tego serwera, na którym ma zostać opublikowany panel.

## Multipanele

web-multipanels-title = Multipanele
web-multipanels-intro = Kilka paneli w jednej wiadomości: członkowie wybierają rodzaj zgłoszenia przyciskiem lub z menu.
web-multipanels-empty = Nie ma jeszcze multipaneli.
# $panels: tytuły jego paneli, oddzielone przecinkami.
web-multipanels-shown-select = menu wyboru: { $panels }
web-multipanels-shown-buttons = przyciski: { $panels }
# Tekst menu wyboru, gdy serwer go nie ustawił (podgląd i przykład w polu).
web-multipanels-placeholder-default = Wybierz, czego dotyczy Twoje zgłoszenie
web-multipanels-customise = Dostosuj
web-multipanels-placeholder = Tekst zastępczy menu wyboru
web-multipanels-entries-caption = Każda pozycja: puste pola pokazują wartości samego panelu (tekst i emoji jego przycisku; jego tytuł pod opcją menu wyboru).
web-multipanels-entry-panel = Panel
web-multipanels-entry-label = Tekst
web-multipanels-entry-description = Opis
web-multipanels-entry-emoji = Emoji
# Etykiety dla czytników ekranu; $panel: tytuł panelu.
web-multipanels-entry-label-of = Tekst pozycji: { $panel }
web-multipanels-entry-description-of = Opis pozycji: { $panel }
web-multipanels-entry-emoji-of = Emoji pozycji: { $panel }
web-multipanels-embed = Jego osadzenie: link, autor, obrazy, stopka, pola
web-multipanels-save-look = Zapisz wygląd
web-multipanels-edit = Edytuj
web-multipanels-field-title = Tytuł
web-multipanels-field-text = Treść
web-multipanels-field-colour = Kolor
web-multipanels-field-panels = Panele
web-multipanels-field-layout = Układ
web-multipanels-layout-buttons = Przyciski
web-multipanels-layout-select = Menu wyboru
web-multipanels-save = Zapisz
web-multipanels-post-in = Opublikuj na kanale
web-multipanels-pick-channel = Wybierz kanał
web-multipanels-post = Opublikuj
web-multipanels-delete-confirm = Usunąć ten multipanel? Jego panele pozostaną.
web-multipanels-delete = Usuń
web-multipanels-new = Nowy multipanel
# Tekst nowego multipanelu wypełniony na start; administrator może go zmienić.
web-multipanels-text-default = Wybierz, jakiej pomocy potrzebujesz.
web-multipanels-panels-hint = od 2 do 25
web-multipanels-create = Utwórz multipanel

## Multipanele: dlaczego zmiana została odrzucona

web-multipanels-err-gone = Ten multipanel nie istnieje (lub został już usunięty).
# $title: tytuł multipanelu, w cudzysłowie.
web-multipanels-err-title-taken = Multipanel o nazwie { $title } już istnieje.
web-multipanels-err-deleted = Ten multipanel został w międzyczasie usunięty.
web-multipanels-err-too-few = Jeden z wybranych paneli został właśnie usunięty: multipanel zawiera od 2 do 25 paneli.
web-multipanels-err-no-channels = Lista kanałów jest teraz niedostępna.
web-multipanels-err-channel = Wybierz kanał tekstowy tego serwera.
web-multipanels-err-title = Tytuł musi mieć od 1 do 100 znaków.
web-multipanels-err-text = Treść może mieć najwyżej 4000 znaków.
web-multipanels-err-panels = Wybierz panele z listy.
web-multipanels-err-panel-count = Multipanel zawiera od 2 do 25 paneli.
web-multipanels-err-entry = Nieznana pozycja.
web-multipanels-err-entry-gone = Tego panelu nie ma już w tym multipanelu: odśwież stronę.

## Formularze

web-forms-title = Formularze
# $max: ile pytań może zadać formularz.
web-forms-intro = { $max ->
    [one] Formularz zadaje najwyżej { $max } pytanie w okienku przed otwarciem zgłoszenia; odpowiedzi są widoczne w zgłoszeniu. Formularz panelu wybierzesz w edytorze panelu.
    [few] Formularz zadaje najwyżej { $max } pytania w okienku przed otwarciem zgłoszenia; odpowiedzi są widoczne w zgłoszeniu. Formularz panelu wybierzesz w edytorze panelu.
    [many] Formularz zadaje najwyżej { $max } pytań w okienku przed otwarciem zgłoszenia; odpowiedzi są widoczne w zgłoszeniu. Formularz panelu wybierzesz w edytorze panelu.
   *[other] Formularz zadaje pytania (najwyżej { $max }) w okienku przed otwarciem zgłoszenia; odpowiedzi są widoczne w zgłoszeniu. Formularz panelu wybierzesz w edytorze panelu.
}
web-forms-delete-confirm = Usunąć ten formularz? Panele, które go używają, będą otwierać zgłoszenia bez pytań.
web-forms-delete = Usuń formularz
# Pytanie na liście formularza, a po nim, po przecinkach, o co pyta: „krótki tekst, wymagane,
# co najmniej 10, najwyżej 200”.
web-forms-summary-short = krótki tekst
web-forms-summary-paragraph = długi tekst
web-forms-summary-required = wymagane
web-forms-summary-min-length = co najmniej { $min }
web-forms-summary-max-length = najwyżej { $max }
# Ile opcji wybiera członek: od $min do $max.
web-forms-summary-picks = wybory: { $min }–{ $max }
web-forms-move-up = Przenieś wyżej
web-forms-move-down = Przenieś niżej
web-forms-remove-question = Usuń pytanie
web-forms-edit = Edytuj
web-forms-save-question = Zapisz pytanie
web-forms-add-question-open = Dodaj pytanie
web-forms-add-question = Dodaj pytanie
web-forms-empty = Nie ma jeszcze formularzy.
web-forms-new = Nowy formularz
# Przykładowy tytuł formularza.
web-forms-new-placeholder = Problem z zamówieniem
web-forms-create = Utwórz formularz

## Formularze: pola pytania

web-forms-question = Pytanie
# Przykładowe pytanie.
web-forms-question-placeholder = Jaki jest numer Twojego zamówienia?
web-forms-asks-for = Pyta o
web-forms-description = Opis
web-forms-description-placeholder = Wyświetlany pod pytaniem
web-forms-required = Wymagane
web-forms-placeholder = Podpowiedź
web-forms-text-questions = Pytania tekstowe
web-forms-answer = Odpowiedź
web-forms-answer-short = Krótka
web-forms-answer-paragraph = Długa (akapit)
web-forms-min-length = Min. długość
web-forms-max-length = Maks. długość
web-forms-choice-questions = Pytania z wyborem i selektory
web-forms-min-picks = Min. liczba wyborów
web-forms-max-picks = Maks. liczba wyborów
web-forms-options = Opcje (pytania z wyborem, najwyżej 25)
web-forms-option-order = Kolejność
web-forms-option-label = Etykieta
web-forms-option-value = Wartość
web-forms-option-description = Opis
web-forms-option-emoji = Emoji
web-forms-option-remove = Usuń
# Etykiety dla czytników ekranu; $option: etykieta opcji.
web-forms-option-order-of = Kolejność opcji: { $option }
web-forms-option-remove-of = Usuń opcję: { $option }
# $number numeruje puste wiersze od 1.
web-forms-new-option-order = Kolejność nowej opcji { $number }
web-forms-new-option = Nowa opcja
web-forms-new-option-label = Etykieta nowej opcji
# Pusta wartość oznacza etykietę opcji.
web-forms-new-option-value-placeholder = (etykieta)
web-forms-new-option-value = Wartość nowej opcji
web-forms-new-option-description = Opis nowej opcji
web-forms-new-option-emoji = Emoji nowej opcji
# <:name:id> to zapis emoji serwera: zostaje bez zmian.
web-forms-options-help = Aby zmienić kolejność, zmień numery w kolumnie Kolejność; aby usunąć opcję, zaznacz Usuń; aby dodać opcję, wypełnij pusty wiersz (zapisz, aby dostać więcej pustych wierszy). Emoji: samo emoji albo emoji serwera zapisane jako <:name:id>.
web-forms-channel-questions = Pytania o kanał: pokazuj tylko

## Formularze: o co pyta pytanie i jakie rodzaje kanałów pokazuje pytanie o kanał

web-forms-kind-text = Tekst
web-forms-kind-choice = Wybór z listy
web-forms-kind-user = Wybór członka
web-forms-kind-role = Wybór roli
web-forms-kind-mentionable = Wybór członka lub roli
web-forms-kind-channel = Wybór kanału
web-forms-channel-text = tekstowe
web-forms-channel-voice = głosowe
web-forms-channel-category = kategorie
web-forms-channel-announcement = ogłoszeniowe
web-forms-channel-thread = wątki
web-forms-channel-stage = sceny
web-forms-channel-forum = fora

## Formularze: dlaczego zmiana została odrzucona

# $title: tytuł formularza, w cudzysłowie.
web-forms-err-title-taken = Formularz o nazwie { $title } już istnieje.
web-forms-err-unknown-form = Nieznany formularz.
web-forms-err-gone = Ten formularz nie istnieje (lub został już usunięty).
web-forms-err-min-length = Minimalna długość musi być liczbą.
web-forms-err-max-length = Maksymalna długość musi być liczbą.
web-forms-err-min-picks = Minimalna liczba wyborów: liczba od 0 do 25.
web-forms-err-max-picks = Maksymalna liczba wyborów: liczba od 0 do 25.
# $option: etykieta opcji, w cudzysłowie.
web-forms-err-option-order = Kolejność opcji { $option }: musi być liczbą.
web-forms-err-too-many-options = Opcje: najwyżej { $max } (limit Discorda dla menu wyboru).
web-forms-err-kind = Wybierz, o co pyta pytanie.
web-forms-err-style = Wybierz odpowiedź krótką lub długą.
web-forms-err-unknown-question = Nieznane pytanie.
web-forms-err-question-moved = To pytanie zostało usunięte lub przeniesione: odśwież stronę.

## Tagi

web-tags-title = Tagi
# Wstęp brzmi: „Gotowe odpowiedzi, które personel publikuje poleceniem /tag name, opcjonalnie
# z osadzeniem. …”; polecenie stoi między dwiema częściami.
web-tags-intro-before = Gotowe odpowiedzi, które personel publikuje poleceniem
web-tags-intro-after = , opcjonalnie z osadzeniem. Zapisanie tagu o istniejącej nazwie zastępuje poprzedni.
web-tags-name = Nazwa
web-tags-text = Treść
web-tags-embed-open = Osadzenie (opcjonalne)
web-tags-embed-text = Treść osadzenia
web-tags-embed = Osadzenie
web-tags-save = Zapisz tag
web-tags-preview = Podgląd
web-tags-embed-preview = Podgląd osadzenia
web-tags-empty = Nie ma jeszcze tagów.
# Plakietka obok tagu, który ma osadzenie.
web-tags-has-embed = osadzenie
web-tags-edit = Edytuj
web-tags-delete-confirm = Usunąć ten tag?
web-tags-delete = Usuń

## Etykiety

web-labels-title = Etykiety
# Wstęp brzmi: „Personel nadaje zgłoszeniom etykiety poleceniem /label add; listy …”;
# polecenie stoi między dwiema częściami. $max: ile etykiet może mieć serwer.
web-labels-intro-before = Personel nadaje zgłoszeniom etykiety poleceniem
web-labels-intro-after = { $max ->
    [one] ; listy otwartych zgłoszeń i transkrypcji pokazują je i pozwalają według nich filtrować, a transkrypcje je zachowują. Najwyżej { $max } etykieta.
    [few] ; listy otwartych zgłoszeń i transkrypcji pokazują je i pozwalają według nich filtrować, a transkrypcje je zachowują. Najwyżej { $max } etykiety.
    [many] ; listy otwartych zgłoszeń i transkrypcji pokazują je i pozwalają według nich filtrować, a transkrypcje je zachowują. Najwyżej { $max } etykiet.
   *[other] ; listy otwartych zgłoszeń i transkrypcji pokazują je i pozwalają według nich filtrować, a transkrypcje je zachowują. Limit etykiet: { $max }.
}
web-labels-name = Nazwa
web-labels-colour = Kolor
web-labels-add = Dodaj etykietę
web-labels-empty = Nie ma jeszcze etykiet.
# Dla czytników ekranu; $label: nazwa etykiety.
web-labels-colour-of = Kolor etykiety { $label }
web-labels-save-colour = Zapisz kolor
web-labels-delete-confirm = Usunąć tę etykietę? Zostanie zdjęta ze wszystkich zgłoszeń.
web-labels-delete = Usuń

## Etykiety: dlaczego zmiana została odrzucona

web-labels-err-unknown = Nieznana etykieta.
