# Dlaczego to, co wpisał administrator lub członek, zostało odrzucone: błędy formularzy panelu
# sterowania i prywatne odpowiedzi bota (tłumaczenie z angielskiego). Zmienne: `{ $name }`;
# wartości opisane jako „w cudzysłowie” przychodzą już z cudzysłowem ("Billing"). Wpisywane
# formaty (mon-fri 09:00-17:00, #5865F2) i zmienne między znakami procentu (%id%, %next_open%)
# zostają bez zmian.

## Osadzenia: limity Discorda; każda odmowa wskazuje osadzenie i jego część

# Osadzenie, które wskazuje odmowa, jako $embed poniżej. W dopełniaczu, bo zawsze stoi po
# rzeczowniku: „Kolor osadzenia powitalnego”, „Tytuł osadzenia panelu”.
rule-embed-name-panel = osadzenia panelu
rule-embed-name-welcome = osadzenia powitalnego
rule-embed-name-tag = osadzenia tagu
rule-embed-name-multi-panel = osadzenia multipanelu
# Część osadzenia, jako $part poniżej. Wielką literą, bo zaczyna komunikat.
rule-embed-part-title = Tytuł
rule-embed-part-description = Opis
rule-embed-part-author-name = Nazwa autora
rule-embed-part-footer = Tekst stopki
rule-embed-part-link = Link w tytule
rule-embed-part-author-icon = Ikona autora
rule-embed-part-author-link = Link autora
rule-embed-part-image = Obraz
rule-embed-part-thumbnail = Miniatura
rule-embed-part-footer-icon = Ikona stopki
rule-embed-part-field-name = Nazwa pola { $n }
rule-embed-part-field-value = Wartość pola { $n }
# Część osadzenia: „Tytuł osadzenia powitalnego”.
rule-embed-part = { $part } { $embed }
# $field: część osadzenia albo inne pole z adresem internetowym („URL obrazu”).
rule-embed-too-long = { $field }: najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
rule-embed-url-invalid = { $field }: podaj adres internetowy zaczynający się od https:// lub http://.
rule-embed-colour = Kolor { $embed }: podaj kolor szesnastkowy, np. #5865F2.
rule-embed-author-needs-name = Autor { $embed }: ikona lub link wymagają nazwy autora.
rule-embed-footer-needs-text = Stopka { $embed }: ikona wymaga tekstu stopki.
rule-embed-too-many-fields = Pola { $embed }: najwyżej { $max }.
rule-embed-field-incomplete = Pole { $n } { $embed }: musi mieć nazwę i wartość.
rule-embed-total-too-long = Łączna liczba znaków { $embed }: { $total }; Discord pozwala na najwyżej { $max } w jednym osadzeniu.
# Pole osadzenia wpisane w jednym wierszu (/panel embed, /tag embed); inline to wpisywane słowo.
rule-embed-field-line-inline = Pole: trzecia część to „inline” albo nic, a nie { $got }.
rule-embed-field-line-format = Pole: zapisz je jako nazwa | wartość (| inline).

## Kolory

rule-colour-invalid = { $value } nie jest kolorem szesnastkowym (np. #5865F2).

## Panele

rule-panel-title-length = Tytuł panelu musi mieć od 1 do 100 znaków.
rule-panel-text-too-long = Treść panelu może mieć najwyżej 4000 znaków.
rule-panel-button-label-length = Tekst przycisku musi mieć od 1 do 80 znaków.
rule-panel-colour = Kolor musi być zapisany szesnastkowo, np. #5865F2.
rule-panel-welcome-too-long = Wiadomość powitalna może mieć najwyżej 4000 znaków.
rule-panel-too-many-mentions = Panel może oznaczać najwyżej { $max } { $max ->
        [one] rolę
        [few] role
        [many] ról
       *[other] roli
    }.
rule-panel-ticket-limit = Limit zgłoszeń panelu musi wynosić od 1 do 100.
rule-panel-cooldown-too-long = Odstęp między zgłoszeniami może wynosić najwyżej 7 dni.

## Reguły dostępu panelu (kto może otwierać z niego zgłoszenia)

rule-access-too-many = Reguły dostępu: najwyżej { $max } na panel.
rule-access-duplicate = Reguły dostępu: { $role } ma dwie reguły; działać będzie tylko pierwsza.
# $rule i $everyone_rule: miejsca na liście (1, 2, …).
rule-access-unreachable = Reguły dostępu: reguła nr { $rule } ({ $role }) nigdy nie zadziała, bo reguła nr { $everyone_rule } (@everyone) wcześniej rozstrzyga o każdym członku. Przenieś @everyone na koniec.

## Formularze i ich pytania

rule-form-title-length = Tytuł formularza musi mieć od 1 do 45 znaków (limit Discorda dla formularza).
rule-form-question-length = Pytanie musi mieć od 1 do 45 znaków.
rule-form-description-too-long = Opis: najwyżej 100 znaków.
rule-form-placeholder-too-long = Podpowiedź może mieć najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
rule-form-options-not-choice = Opcje: opcje może mieć tylko pytanie z wyborem.
rule-form-picks-not-select = Minimalna i maksymalna liczba wyborów dotyczą tylko pytań z wyborem i selektorów.
rule-form-channel-types-not-channel = Rodzaje kanałów: dotyczą tylko pytań o kanał.
rule-form-answer-length-range = Długość odpowiedzi musi wynosić od 0 do { $max } (odpowiedzi są wyświetlane w polu osadzenia, które mieści do { $max } znaków).
rule-form-min-length-above-max = Minimalna długość nie może być większa niż maksymalna.
rule-form-lengths-not-text = Długość odpowiedzi dotyczy tylko pytań tekstowych.
rule-form-options-none = Opcje: pytanie z wyborem musi mieć co najmniej jedną opcję.
rule-form-options-too-many = Opcje: najwyżej { $max } (limit Discorda dla menu wyboru).
# $value: wartość opcji, w cudzysłowie.
rule-form-option-value-twice = Opcje: wartość { $value } występuje dwa razy.
rule-form-max-picks-options = Maksymalna liczba wyborów: od 1 do { $max } (tyle, ile jest opcji).
rule-form-max-picks = Maksymalna liczba wyborów: od 1 do { $max }.
rule-form-min-picks-above-max = Minimalna liczba wyborów nie może być większa niż maksymalna.
# „Wymagane” to nazwa pola wyboru na stronie formularza (web-forms-required).
rule-form-min-picks-required = Minimalna liczba wyborów: pytanie wymagane potrzebuje co najmniej 1 (odznacz „Wymagane”, aby dopuścić brak wyboru).
# $form i $question przychodzą w cudzysłowie; $kind to jeden z komunikatów rule-form-kind-*.
rule-form-exit-survey-picker = Formularz { $form } jest ankietą końcową wysyłaną w wiadomości prywatnej po zamknięciu zgłoszenia; nie ma tam serwera, z którego można by coś wybrać, więc pytanie { $question } nie może być typu „{ $kind }”. Ankiety końcowe zadają pytania tekstowe i pytania z wyborem.
# Rodzaj pytania w zdaniu, po „typu” w cudzysłowie („pytanie typu „wybór roli””), małą literą.
rule-form-kind-text = tekst
rule-form-kind-choice = wybór z listy
rule-form-kind-user = wybór członka
rule-form-kind-role = wybór roli
rule-form-kind-mentionable = wybór członka lub roli
rule-form-kind-channel = wybór kanału

## Odpowiedzi członka na formularz (pokazywane członkowi)

rule-form-changed = Ten formularz został zmieniony w trakcie wypełniania. Otwórz go ponownie.
# $question: pytanie w brzmieniu nadanym przez serwer.
rule-form-answer-one = W pytaniu „{ $question }” wybierz jedną odpowiedź.
rule-form-answer-count = W pytaniu „{ $question }” wybierz od { $min } do { $max } odpowiedzi.
rule-form-answer-needed = Pytanie „{ $question }” wymaga odpowiedzi.
rule-form-answer-too-short = Odpowiedź na pytanie „{ $question }” musi mieć co najmniej { $min } { $min ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
rule-form-answer-too-long = Odpowiedź na pytanie „{ $question }” może mieć najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.

## Opcje pytania z wyborem

rule-option-label-length = Etykieta opcji: od 1 do 100 znaków.
# $option: etykieta opcji, w cudzysłowie.
rule-option-value-length = Wartość opcji { $option }: od 1 do 100 znaków.
rule-option-description-too-long = Opis opcji { $option }: najwyżej 100 znaków.
# <:name:id> to zapis emoji serwera: zostaje bez zmian.
rule-option-emoji-invalid = Emoji opcji { $option }: użyj samego emoji (🎫) lub emoji serwera zapisanego jako <:name:id>.
# Opcje wpisane w jednym wierszu; $option to jedna z nich, w cudzysłowie.
rule-options-line-parts = Opcje: { $option } ma więcej niż trzy części (etykieta | opis | emoji).
# $word: wpisany tekst, w cudzysłowie; $known: rodzaje w postaci wpisywanej (text, voice, …).
rule-channel-kinds-unknown = Rodzaje kanałów: { $word } nie jest żadnym z dozwolonych ({ $known }).

## Rola dyżurna

rule-on-call-everyone = @everyone nie może być rolą dyżurną: wybierz inną rolę.
rule-on-call-managed = Rola { $role } należy do bota lub integracji, więc nie można jej nikomu nadać: wybierz inną rolę.
rule-on-call-above-bot = Rola { $role } jest wyżej niż najwyższa rola bota ticketbox, więc ticketbox nie może jej nadawać ani odbierać. W Ustawieniach serwera → Role przeciągnij rolę bota ticketbox nad rolę { $role } albo wybierz niższą rolę.
rule-on-call-not-connected = ticketbox nie jest połączony z Discordem, więc nie może sprawdzić tej roli; spróbuj ponownie za chwilę.
rule-on-call-unknown-role = Rola dyżurna: ticketbox nie zna tej roli.

## Kategoria oczekujących na odpowiedź panelu

rule-awaiting-category-same = Kategoria oczekujących na odpowiedź musi być inna niż kategoria samego panelu.

## Multipanele

rule-multi-panel-placeholder-too-long = Tekst zastępczy menu wyboru: najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
# $label: tekst pozycji, w cudzysłowie.
rule-multi-panel-entry-label-too-long = Tekst pozycji { $label }: najwyżej 80 znaków (limit przycisku).
rule-multi-panel-entry-description-too-long = Opis pozycji: najwyżej 100 znaków.
rule-multi-panel-entry-emoji-invalid = Emoji pozycji ({ $emoji }): użyj jednego emoji lub własnego emoji serwera zapisanego jako <:name:id>.

## Tagi

rule-tag-name-length = Nazwa tagu musi mieć od 1 do 32 znaków.
rule-tag-content-empty = Tag musi mieć treść.
rule-tag-content-too-long = Tag może mieć najwyżej 2000 znaków (limit wiadomości Discorda).

## Etykiety

rule-label-name-length = Nazwa etykiety: od 1 do { $max } znaków.
rule-label-name-characters = Nazwa etykiety: tylko litery, cyfry, spacje i myślniki – bez znaków , @ < ani >.
# $reason: dlaczego kolor został odrzucony (rule-colour-invalid).
rule-label-colour = Kolor etykiety: { $reason }
# $label: nazwa etykiety, w cudzysłowie.
rule-label-exists = Etykieta { $label } już istnieje.
rule-label-too-many = Serwer może mieć najwyżej { $max } { $max ->
        [one] etykietę
        [few] etykiety
        [many] etykiet
       *[other] etykiety
    }; najpierw usuń jedną z nich.
rule-label-on-ticket = To zgłoszenie ma już etykietę { $label }.
rule-label-ticket-full = Zgłoszenie może mieć najwyżej { $max } { $max ->
        [one] etykietę
        [few] etykiety
        [many] etykiet
       *[other] etykiety
    }; najpierw zdejmij jedną z nich.
rule-label-not-on-ticket = To zgłoszenie nie ma etykiety { $label }.

## Ustawienia serwera

# 1h, 24h, 3d i 7d wpisuje się dosłownie.
rule-settings-thread-archive = Czas do archiwizacji wątku musi wynosić 1h, 24h, 3d lub 7d.
rule-settings-naming-empty = Schemat nazw nie może być pusty.
rule-settings-naming-too-long = Schemat nazw może mieć najwyżej 100 znaków.
rule-settings-naming-needs-number = Schemat nazw musi zawierać %id% lub %id_padded%, aby każde zgłoszenie miało inną nazwę.
rule-settings-ticket-limit = Limit zgłoszeń musi wynosić od 1 do 100.
rule-settings-open-cap = Limit otwartych zgłoszeń na całym serwerze musi wynosić od 1 do 10000.
rule-settings-open-cap-number = Limit otwartych zgłoszeń na całym serwerze musi być liczbą od 1 do 10000.
rule-settings-blacklist-reason-too-long = Powód dodania do czarnej listy może mieć najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
rule-settings-claim-type-without-view = Zespół wsparcia nie może pisać w zgłoszeniu, którego nie widzi: pozwól mu też widzieć przejęte zgłoszenia.
rule-settings-welcome-too-long = Wiadomość powitalna może mieć najwyżej 4000 znaków.
rule-settings-overflow-same = Kategoria dodatkowa musi być inna niż kategoria zgłoszeń.

## Godziny pracy panelu
## Dni i godziny wpisuje się jako mon-fri 09:00-17:00, a daty jako 2026-12-24: zostają bez zmian.

# $zone: wpisany tekst, w cudzysłowie. Nazwy stref (Europe/Berlin…) zostają bez zmian.
rule-hours-timezone = Strefa czasowa: { $zone } nie jest nazwą strefy czasowej; użyj nazwy takiej jak Europe/Berlin, America/New_York lub UTC.
# $window i $days: wpisany tekst, w cudzysłowie.
rule-hours-window-format = Godziny: zapisz { $window } w postaci „mon-fri 09:00-17:00”.
rule-hours-days-backwards = Godziny: zakres dni { $days } biegnie wstecz; zapisz dni od poniedziałku (mon-fri).
# $date: wpisany tekst, w cudzysłowie.
rule-hours-holiday-date = Dni wolne: { $date } nie jest datą w postaci 2026-12-24.
rule-hours-no-window = Godziny: dodaj co najmniej jeden przedział, np. „mon-fri 09:00-17:00”.
rule-hours-too-many-windows = Godziny: za dużo przedziałów (najwyżej { $max }).
# $window i $other: przedział w postaci wpisanej (mon 09:00-17:00).
rule-hours-window-outside-week = Godziny: { $window } nie mieści się w tygodniu.
rule-hours-window-inverted = Godziny: { $window } kończy się przed rozpoczęciem; przedział obejmujący północ podziel na dwa.
rule-hours-window-overlap = Godziny: { $window } nakłada się na { $other }.
rule-hours-too-many-holidays = Dni wolne: najwyżej { $max }.
rule-hours-holiday-inverted = Dni wolne: { $from }..{ $to } kończy się przed rozpoczęciem.
rule-hours-message-too-long = Komunikat poza godzinami pracy: najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
rule-hours-colour = Kolor komunikatu: podaj kolor szesnastkowy, np. #5865F2.
# Komunikat dla członka poza godzinami pracy, gdy serwer nie napisał własnego. Zostaw bez
# zmian %next_open_relative% („za 3 godziny”) i %next_open% (data i godzina).
rule-hours-notice-default = Nasz zespół jest teraz niedostępny i wróci %next_open_relative% (%next_open%).
# Zastępuje %next_open% i %next_open_relative%, gdy nie wiadomo, kiedy personel wróci.
rule-hours-notice-later = później

## Integracje HTTP serwera (formularz integracji w panelu sterowania)
## Zmienne między znakami procentu (%user_id%, %secret:NAME%, %form:question%) i słowa HTTP
## (GET, POST, JSON) zostają bez zmian.

# Pola formularza, jako $field poniżej.
rule-integration-field-image-url = URL obrazu
rule-integration-field-privacy-url = URL polityki prywatności
rule-integration-field-request-url = URL żądania
rule-integration-field-body = Treść żądania
rule-integration-field-header = Nagłówek { $header }
rule-integration-field-secret-name = Nazwa sekretu
rule-integration-field-output-name = Nazwa zmiennej
# $got: wpisany tekst, w cudzysłowie.
rule-integration-name-invalid = { $field }: od 1 do 32 liter, cyfr lub znaków _ (wpisano { $got }).
rule-integration-unknown-secret = { $field }: %secret:{ $secret }% nie wskazuje żadnego sekretu tej integracji.
rule-integration-unknown-placeholder = { $field }: %{ $name }% nie jest zmienną, której może używać żądanie (%user_id%, %guild_id%, %ticket_id%, %panel_id%, %secret:NAME%, %form:question%).
rule-integration-name-length = Nazwa: od 1 do { $max } znaków.
rule-integration-description-too-long = Opis: najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
rule-integration-url-invalid = URL żądania: podaj adres internetowy zaczynający się od https:// lub http://.
rule-integration-url-scheme = URL żądania: można wywoływać tylko adresy http:// i https://.
rule-integration-url-credentials = URL żądania: nazwa użytkownika ani hasło nie mogą być częścią adresu; dane logowania umieść w nagłówku z sekretem.
rule-integration-url-no-host = URL żądania: adres musi zawierać nazwę hosta.
rule-integration-timeout = Limit czasu: od 1 do { $max } sekund.
rule-integration-body-with-get = Treść żądania: żądanie GET nie ma treści; wybierz POST.
rule-integration-body-too-long = Treść żądania: najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
# $error: komunikat parsera JSON (po angielsku).
rule-integration-body-not-json = Treść żądania: to nie jest poprawny JSON ({ $error }); umieść zmienne w cudzysłowach.
rule-integration-too-many-headers = Nagłówki: najwyżej { $max }.
# $header: nazwa nagłówka (w cudzysłowie w rule-integration-header-name-invalid).
rule-integration-header-name-invalid = Nagłówek { $header }: nieprawidłowa nazwa nagłówka.
rule-integration-header-refused = Nagłówek { $header }: ustawia go klient HTTP, więc integracja nie może go ustawić.
rule-integration-header-twice = Nagłówek { $header }: podany dwa razy.
rule-integration-header-value = Nagłówek { $header }: wartość musi być jednym wierszem o długości najwyżej 1000 znaków.
rule-integration-too-many-secrets = Sekrety: najwyżej { $max }.
rule-integration-secret-twice = Sekret { $secret }: podany dwa razy.
# Zmienne to tutaj wartości, które integracja odczytuje z odpowiedzi, nazwane przez administratora.
rule-integration-too-many-outputs = Zmienne: najwyżej { $max }.
rule-integration-output-lower-case = Zmienna { $name }: tylko małe litery.
rule-integration-output-builtin = Zmienna { $name }: ticketbox ma już %{ $name }%; wybierz inną nazwę.
rule-integration-output-twice = Zmienna { $name }: podana dwa razy.
# $reason: jeden z komunikatów rule-integration-path-*.
rule-integration-output-path = Ścieżka zmiennej { $name }: { $reason }
rule-integration-output-fallback-too-long = Wartość zastępcza zmiennej { $name }: najwyżej 200 znaków.
# Miejsce wartości w odpowiedzi: data.user.name, items[0].id (zostają bez zmian).
# $path: ścieżka w postaci wpisanej, w cudzysłowie.
rule-integration-path-format = podaj ścieżkę taką jak data.user.name lub items[0].id (od 1 do 200 znaków).
rule-integration-path-empty-part = { $path } zawiera pusty element.
rule-integration-path-unclosed = { $path }: [ bez ].
rule-integration-path-index = { $path }: [{ $index }] nie jest indeksem.
rule-integration-path-shape = { $path }: zapisz w postaci a.b[0].c

## Zmiany pytań formularza (polecenie z ukośnikiem i panel sterowania)

rule-form-full = Formularz może zawierać najwyżej { $max } { $max ->
        [one] pytanie
        [few] pytania
        [many] pytań
       *[other] pytania
    } (limit Discorda).
# $form i $question przychodzą w cudzysłowie.
rule-form-deleted = Formularz { $form } został właśnie usunięty.
rule-form-asks-already = Formularz { $form } już zawiera pytanie { $question }.

rule-integration-sends-user-id = identyfikator użytkownika Discord autora zgłoszenia
rule-integration-sends-guild-id = identyfikator tego serwera
rule-integration-sends-ticket-id = numer zgłoszenia
rule-integration-sends-panel-id = identyfikator panelu
rule-integration-sends-answer = odpowiedź autora zgłoszenia na pytanie formularza { $question }

rule-span-days = { $n } d.
rule-span-hours = { $n } g.
rule-span-minutes = { $n } min
rule-span-seconds = { $n } s

rule-autoclose-warning-too-long = `warning` ({ $warning }) musi być krótsze niż `{ $rule }` ({ $limit }).
rule-autoclose-not-a-duration = `{ $field }`: „{ $value }” nie jest czasem trwania; zapisz go np. jako 30m, 12h lub 3d.
rule-autoclose-too-short = `{ $field }` musi wynosić co najmniej 1 minutę.
rule-autoclose-too-long = `{ $field }` może wynosić najwyżej 365 dni.
