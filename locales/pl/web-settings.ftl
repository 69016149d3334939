# Strony ustawień panelu sterowania: ustawienia zgłoszeń („Utwórz zgłoszenie”, uprawnienia
# i dyżury), osadzenie powitalne, edytor osadzeń wspólny dla paneli, tagów i osadzenia
# powitalnego, personel i zespoły (z czarną listą) oraz integracje (tłumaczenie z angielskiego).
# Wyświetlane odwiedzającemu w jego języku; to, co napisał serwer (tytuły paneli, nazwy
# zespołów, wiadomości powitalne), nigdy nie jest tłumaczone. Słowa między znakami procentu
# (%user%, %ticket_id%) i polecenia z ukośnikiem (/claim, /on-call) wpisuje się dosłownie:
# zostają bez zmian.

## Ustawienia zgłoszeń: strona i jej pierwszy formularz

web-settings-title = Ustawienia
web-settings-heading = Ustawienia zgłoszeń

# W jakim języku bot mówi na serwerze (nie język panelu sterowania).
web-settings-language = Język
web-settings-language-label = Język bota na tym serwerze
web-settings-language-hint = wiadomości powitalne i zamknięcia, przyciski, logi; Twoje własne teksty nigdy nie są tłumaczone
# Wybór „bez ustawionego języka”: { $language } to nazwa języka serwera z ustawień Discorda
# w tym języku (np. „Deutsch”).
web-settings-language-discord = Język serwera z ustawień Discorda ({ $language })
web-settings-member-language = Odpowiadaj członkom prywatnie w ich własnym języku Discorda

web-settings-where = Gdzie trafiają zgłoszenia
web-settings-ticket-category = Kategoria zgłoszeń
# „Zgłoszenia” to nazwa kategorii kanałów tworzonej przez bota (category-name w bot.ftl).
web-settings-ticket-category-none = Utwórz „Zgłoszenia” przy pierwszym użyciu
web-settings-overflow-category = Kategoria dodatkowa
web-settings-overflow-category-hint = używana, gdy kategoria zgłoszeń jest pełna (50 kanałów)
web-settings-overflow-category-none = Utwórz, gdy będzie potrzebna
web-settings-log-channel = Kanał logów
web-settings-log-channel-hint = zamknięte zgłoszenia i linki do ich transkrypcji
web-settings-log-channel-none = Bez kanału logów
web-settings-use-threads = Otwieraj zgłoszenia jako prywatne wątki zamiast kanałów
web-settings-thread-notification = Kanał powiadomień o wątkach
web-settings-thread-notification-hint = gdzie personel dowiaduje się o nowych zgłoszeniach w wątkach
web-settings-thread-notification-none = Brak
web-settings-thread-archive = Czas do archiwizacji nieaktywnego wątku zgłoszenia
# Wybory powyższego ustawienia (1 lub 24 godziny, 3 lub 7 dni).
web-settings-thread-archive-hours = { $count ->
    [one] { $count } godzina
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godziny
}
web-settings-thread-archive-days = { $count ->
    [one] { $count } dzień
   *[other] { $count } dni
}
# Kanał wskazany w ustawieniu, którego bot nie widzi (usunięty lub jeszcze niewczytany);
# wyświetlany po „#”. { $id } to jego ID na Discordzie.
web-settings-unknown-channel = nieznany kanał { $id }

web-settings-opening = Otwieranie
web-settings-ticket-limit = Otwarte zgłoszenia na członka
web-settings-ticket-limit-hint = 1–100, personel nie podlega limitowi
web-settings-open-cap = Otwarte zgłoszenia na całym serwerze
web-settings-open-cap-hint = łącznie od wszystkich członków; puste: bez limitu; personel nie podlega limitowi
web-settings-naming = Nazwy kanałów
web-settings-welcome = Wiadomość powitalna
# %user%, %ticket_id% i %server% wpisuje się dosłownie.
web-settings-welcome-hint = puste: domyślna; działają %user%, %ticket_id%, %server% i inne zmienne
# Dalej następuje link do strony osadzenia powitalnego („Osadzenie powitalne”) i kropka.
web-settings-welcome-embed = Jej osadzenie (tytuł, obrazy, stopka, pola):

web-settings-claiming = Przejmowanie i zamykanie
web-settings-claim-support-can-view = Pozostali członkowie zespołu wsparcia nadal widzą przejęte zgłoszenia
web-settings-claim-support-can-type = Pozostali członkowie zespołu wsparcia mogą nadal pisać w przejętych zgłoszeniach
web-settings-users-can-close = Autorzy zgłoszeń mogą sami je zamykać
# „Zamknij”, „Zamknij z powodem” i „Przejmij” to przyciski wiadomości powitalnej zgłoszenia.
web-settings-close-confirmation = Przycisk „Zamknij” prosi o potwierdzenie
web-settings-dm-on-close = Wysyłaj autorowi podsumowanie w wiadomości prywatnej po zamknięciu jego zgłoszenia
web-settings-feedback = Po zamknięciu proś autora o ocenę zgłoszenia w wiadomości prywatnej (jeśli w zgłoszeniu są jego wiadomości i nie należy do personelu)
web-settings-hide-close = Ukryj przycisk „Zamknij” w nowych zgłoszeniach
web-settings-hide-close-with-reason = Ukryj przycisk „Zamknij z powodem”
# Dalej następuje „(/claim nadal działa)”, złożone z web-settings-hide-claim-command.
web-settings-hide-claim = Ukryj przycisk „Przejmij”
# Wyświetlane w nawiasie po poleceniu /claim: „(/claim nadal działa)”.
web-settings-hide-claim-command = nadal działa
# Dalej następuje „(/open dla personelu)”, złożone z web-settings-disable-open-command.
web-settings-disable-open = Członkowie otwierają zgłoszenia tylko z paneli
# Wyświetlane w nawiasie po poleceniu /open: „(/open dla personelu)”.
web-settings-disable-open-command = dla personelu
web-settings-no-transcripts = Nie zachowuj transkrypcji (zgłoszenia nadal są zamykane i logowane)

web-settings-autoclose = Automatyczne zamykanie
web-settings-autoclose-enabled = Zamykaj zgłoszenia automatycznie według poniższych reguł
web-settings-autoclose-no-response = Brak odpowiedzi autora od otwarcia
# 30m, 12h i 3d wpisuje się dosłownie (minuty, godziny, dni).
web-settings-autoclose-no-response-hint = np. 30m, 12h lub 3d; puste: wyłączone
web-settings-autoclose-since-last = Brak odpowiedzi autora od ostatniej wiadomości personelu
web-settings-autoclose-since-last-hint = puste: wyłączone
web-settings-autoclose-on-leave = Zamknij, gdy autor zgłoszenia opuści serwer
web-settings-autoclose-warning = Ostrzeżenie tyle czasu przed zamknięciem
web-settings-autoclose-warning-hint = puste: bez ostrzeżenia; krócej niż w każdej regule
web-settings-save-settings = Zapisz ustawienia

# Dlaczego formularz nie został zapisany.
web-settings-pick-ticket-category = Wybierz kategorię zgłoszeń z listy.
web-settings-pick-overflow-category = Wybierz kategorię dodatkową z listy.
web-settings-pick-log-channel = Wybierz kanał logów z listy.
web-settings-pick-notification-channel = Wybierz kanał powiadomień z listy.
web-settings-pick-language = Wybierz język z listy.
web-settings-ticket-limit-number = Limit zgłoszeń musi być liczbą od 1 do 100.

## Ustawienia zgłoszeń: drugi formularz („Utwórz zgłoszenie”, uprawnienia, dyżury)

web-settings-access-heading = „Utwórz zgłoszenie”, uprawnienia i dyżury
# „Utwórz zgłoszenie” to nazwa pozycji bota w menu wiadomości Discorda (Aplikacje).
web-settings-start-ticket = Menu wiadomości „Utwórz zgłoszenie”
web-settings-start-ticket-level = Kto może go używać
web-settings-level-everyone = Wszyscy
web-settings-level-support = Zespół wsparcia i administratorzy
web-settings-level-admin = Administratorzy
web-settings-start-ticket-add-author = Dodaj autora wiadomości do zgłoszenia
web-settings-start-ticket-panel = Panel dla tych zgłoszeń
web-settings-start-ticket-panel-hint = kategoria, zespół, powitanie, formularz
web-settings-start-ticket-no-panel = Bez panelu (ustawienia serwera)

web-settings-permissions = Uprawnienia w zgłoszeniach
web-settings-permissions-hint = w kanałach zgłoszeń; niezaznaczone oznacza zakaz
# Nagłówki kolumn: kogo dotyczy uprawnienie.
web-settings-permissions-opener = Autor zgłoszenia
web-settings-permissions-support = Zespół wsparcia
# Odczytywane przez czytniki ekranu przy każdym polu; { $permission } to jedno z uprawnień
# poniżej (np. „załączać pliki”).
web-settings-opener-may = Autor zgłoszenia może { $permission }
web-settings-support-may = Zespół wsparcia może { $permission }
# Co członek może robić w kanale zgłoszenia (uprawnienia Discorda), małą literą, w bezokoliczniku.
web-settings-permission-attach-files = załączać pliki
web-settings-permission-embed-links = osadzać linki
web-settings-permission-add-reactions = dodawać reakcje
web-settings-permission-external-emoji = używać zewnętrznych emoji
web-settings-permission-external-stickers = używać zewnętrznych naklejek
web-settings-permission-voice-messages = wysyłać wiadomości głosowe

web-settings-on-call = Dyżury (zgłoszenia w wątkach)
web-settings-on-call-role = Rola dyżurna
# Podpowiedź po „Rola dyżurna”, wokół polecenia /on-call: „poleceniem /on-call personel
# przyjmuje tę rolę; …”.
web-settings-on-call-role-hint-before = poleceniem
web-settings-on-call-role-hint-after = personel przyjmuje tę rolę; nowe zgłoszenia w wątkach dodają osoby na dyżurze. Musi być położona niżej niż najwyższa rola bota ticketbox.
# /on-call to polecenie, wpisywane dosłownie.
web-settings-on-call-role-none = Utworzy ją ticketbox przy pierwszym /on-call
web-settings-save = Zapisz

# Dlaczego drugi formularz nie został zapisany.
web-settings-start-ticket-level-invalid = „Utwórz zgłoszenie”, kto może używać: wybierz wszystkich, zespół wsparcia lub administratorów.
web-settings-start-ticket-panel-invalid = „Utwórz zgłoszenie”, panel: wybierz jeden z paneli tego serwera.
web-settings-on-call-role-invalid = Rola dyżurna: wybierz rolę z listy.

## Osadzenie powitalne

web-welcome-title = Osadzenie powitalne
# Link powrotny do strony ustawień.
web-welcome-settings = Ustawienia
# %user%, %ticket_id% i %server% wpisuje się dosłownie.
web-welcome-intro = Osadzenie wokół wiadomości powitalnej serwera, dla zgłoszeń, których panel nie ustawia własnego (osadzenie panelu ustawisz w edytorze panelu). Zmienne, takie jak %user%, %ticket_id% i %server%, działają w każdym tekście.
web-welcome-legend = Osadzenie
web-welcome-save = Zapisz osadzenie powitalne
web-welcome-preview = Podgląd
web-welcome-preview-note = Podgląd (zmienne w postaci wpisanej)
web-welcome-images-note = Obrazy są tylko wymienione, a nie wczytane: panel sterowania niczego nie pobiera z innych witryn.

## Edytor osadzeń (osadzenia powitalne, panele, tagi) i jego podgląd

web-embed-title = Tytuł
# %ticket_id% wpisuje się dosłownie.
web-embed-title-hint = działają zmienne; puste: „Zgłoszenie #%ticket_id%”
web-embed-colour = Kolor
# #rrggbb: kolor zapisany szesnastkowo, np. #5865f2.
web-embed-colour-hint = #rrggbb; puste: kolor panelu
web-embed-url = Link w tytule
web-embed-author = Autor
web-embed-author-icon = Ikona autora
web-embed-icon-hint = URL obrazu
web-embed-author-url = Link autora
web-embed-image = Obraz
web-embed-image-hint = duży, pod tekstem
web-embed-thumbnail = Miniatura
web-embed-thumbnail-hint = mała, w prawym górnym rogu
web-embed-footer = Stopka
web-embed-footer-icon = Ikona stopki
web-embed-timestamp = Pokaż czas wysłania
# „Usuń” to nagłówek ostatniej kolumny (web-embed-remove).
web-embed-fields-caption = Pola (najwyżej 25): aby zmienić kolejność, zmień numery w kolumnie Kolejność; aby usunąć pole, zaznacz Usuń; aby dodać pole, wypełnij pusty wiersz.
# Nagłówki kolumn tabeli pól.
web-embed-order = Kolejność
web-embed-name = Nazwa
web-embed-value = Wartość
web-embed-inline = W linii
web-embed-remove = Usuń
# Odczytywane przez czytniki ekranu; { $number } to numer wiersza.
web-embed-field-order = Kolejność pola { $number }
web-embed-field-name = Nazwa pola { $number }
web-embed-field-value = Wartość pola { $number }
web-embed-field-inline = Pole { $number } w linii
web-embed-field-remove = Usuń pole { $number }
# Podgląd wymienia obrazy zamiast je wczytywać; { $host } to nazwa witryny.
web-embed-preview-thumbnail = miniatura
web-embed-preview-links-to = link do { $host }
web-embed-preview-image = obraz z { $host }
web-embed-preview-time = czas wysłania
# Dlaczego osadzenie nie zostało zapisane.
web-embed-colour-invalid = Kolor osadzenia: podaj kolor szesnastkowy, np. #5865F2.
web-embed-order-invalid = Pole osadzenia { $number }: kolejność musi być liczbą.

## Personel i zespoły

web-staff-title = Personel i zespoły
web-staff-role = Rola
# Między listą ról a polem członka: wybierz rolę albo wpisz członka.
web-staff-or = lub
web-staff-member = Członek
web-staff-member-placeholder = nazwa użytkownika lub ID użytkownika
# Przycisk „×” po wpisie, odczytywany przez czytniki ekranu.
web-staff-remove = Usuń
web-staff-intro = Właściciel serwera i członkowie z uprawnieniem Administrator są zawsze administratorami.
web-staff-admins = Administratorzy
web-staff-no-admins = Brak wpisów administratorów.
web-staff-support = Wsparcie
web-staff-no-support = Brak wpisów zespołu wsparcia.
# Przed listą poziomów: dodaj (rolę lub członka) jako Wsparcie lub Administrator.
web-staff-as = jako
web-staff-level-support = Wsparcie
web-staff-level-admin = Administrator
web-staff-add = Dodaj
web-staff-teams = Zespoły wsparcia
web-staff-teams-intro = Zgłoszenia z panelu, który ma przypisane zespoły, obsługują tylko te zespoły; ich członkowie należą do zespołu wsparcia.
web-staff-no-members = Brak członków.
web-staff-add-to-team = Dodaj do zespołu
web-staff-delete-team-confirm = Usunąć ten zespół? Jego panele będzie obsługiwać cały zespół wsparcia.
web-staff-delete-team = Usuń zespół
web-staff-new-team = Nowy zespół
# Przykładowa nazwa zespołu, wyświetlana w pustym polu.
web-staff-new-team-placeholder = Płatności
web-staff-create = Utwórz
web-staff-blacklist = Czarna lista
web-staff-blacklist-intro = Członkowie i role z czarnej listy nie mogą otwierać zgłoszeń. Personelu nie można dodać do czarnej listy.
web-staff-nobody-blacklisted = Czarna lista jest pusta.
web-staff-reason = Powód
web-staff-reason-placeholder = opcjonalny, widoczny dla personelu
# Przycisk, który dodaje do czarnej listy.
web-staff-blacklist-button = Dodaj do czarnej listy
# Rola, która już nie istnieje; { $id } to jej ID na Discordzie.
web-staff-deleted-role = @usunięta rola { $id }
# Dlaczego zmiana nie została wprowadzona.
web-staff-unknown-action = Nieznane działanie.
web-staff-unknown-entry = Nieznany wpis.
web-staff-roles-unavailable = Lista ról jest teraz niedostępna.
web-staff-pick-role = Wybierz rolę z listy.
web-staff-role-or-member = Wybierz rolę albo wpisz nazwę członka – jedno z dwojga.
web-staff-pick-level = Wybierz: administrator lub wsparcie.
web-staff-own-admin = Nie możesz tutaj usunąć własnego wpisu administratora; poproś o to innego administratora.
web-staff-team-name = Nazwa zespołu musi mieć od 1 do 100 znaków.
web-staff-staff-not-blacklisted = Personelu nie można dodać do czarnej listy.
web-staff-already-blacklisted = Już na czarnej liście.
web-staff-no-such-team = Ten zespół nie istnieje (lub został już usunięty).

## Integracje

web-integrations-title = Integracje
web-integrations-intro = Integracje dodają do wiadomości powitalnej nowych zgłoszeń informacje z innych usług. Nic nie jest nigdzie wysyłane, dopóki tego tutaj nie włączysz, a integracja jest wywoływana tylko wtedy, gdy wiadomość powitalna używa jednej z jej zmiennych. Każde wywołanie trafia do dziennika zdarzeń.
# Dalej następują nazwy zmiennych (%roblox_username%, …) i kropka.
web-integrations-roblox-intro = Wysyła ID użytkownika Discorda autora zgłoszenia (i ID tego serwera) do dostawcy, a następnie pyta serwis Roblox o wskazane przez niego konto.
web-integrations-roblox-placeholders = Zmienne:
web-integrations-roblox-enabled = Wyszukuj autorów zgłoszeń w serwisie Roblox
# Który dostawca jest pytany jako pierwszy (Bloxlink lub RoVer).
web-integrations-roblox-first = Najpierw pytaj
web-integrations-bloxlink-key = Klucz API Bloxlink
web-integrations-rover-key = Klucz API RoVer
web-integrations-key-saved = zapisany; wpisz nowy, aby go zastąpić
web-integrations-key-not-set = nie ustawiono
web-integrations-save = Zapisz
web-integrations-own = Integracje tego serwera
web-integrations-new = Nowa integracja
web-integrations-none-yet = Jeszcze brak.
web-integrations-public = Publiczne integracje
web-integrations-public-intro = Utworzone przez inne serwery w tej instancji ticketbox i udostępnione przez jej operatorów. Zanim włączysz integrację, sprawdź, co otrzymuje, i przeczytaj jej politykę prywatności.
web-integrations-none = Brak.
# Plakietki po nazwie integracji.
web-integrations-badge-enabled = włączona
web-integrations-badge-public = publiczna
web-integrations-image = Obraz (nie jest tu wczytywany): { $url }
# { $data }: co jest wysyłane do integracji, np. „ID użytkownika Discorda autora zgłoszenia”
# (kilka oddzielonych „; ”), albo web-integrations-receives-nothing.
web-integrations-receives = Otrzymuje: { $data }.
web-integrations-receives-nothing = nic z Discorda
web-integrations-privacy-policy = Polityka prywatności
web-integrations-no-privacy-policy = Nie podano polityki prywatności.
web-integrations-last-error = Ostatnie wywołanie nie powiodło się: { $error }
# { $error }: przyczyna (często po angielsku); { $time }: data i godzina.
web-integrations-error-at = { $error } ({ $time } UTC)
web-integrations-disable = Wyłącz
web-integrations-enable = Włącz
web-integrations-edit = Edytuj
web-integrations-delete-confirm = Usunąć tę integrację? Serwery, które ją włączyły, stracą ją.
web-integrations-delete = Usuń
web-integrations-make-private = Ustaw jako prywatną
# Ten przycisk widzą tylko operatorzy instancji ticketbox.
web-integrations-make-public = Ustaw jako publiczną (operator)

# Edytor.
web-integrations-edit-title = Edycja integracji
# { $name }: nazwa integracji.
web-integrations-edit-heading = Edycja: { $name }
web-integrations-edit-intro = Gdy otwiera się zgłoszenie, a wiadomość powitalna używa jednej ze zmiennych integracji, ticketbox wysyła to żądanie i odczytuje zmienne z odpowiedzi JSON (najwyżej 64 KiB, w limicie czasu; w przeciwnym razie każda zmienna przyjmuje swoją wartość zastępczą).
# Dalej następują zmienne, których może używać żądanie: „%user_id%, %guild_id%, …, %secret:NAME%
# i %form:question%”, a potem web-integrations-edit-form-answer.
web-integrations-edit-can-use = Żądanie może używać zmiennych
# Przed ostatnią z wymienionych zmiennych.
web-integrations-edit-and = i
# Po %form:question%: co oznacza.
web-integrations-edit-form-answer = (odpowiedź autora zgłoszenia na pytanie tekstowe lub pytanie z wyborem).
web-integrations-edit-public-only = Można wywoływać tylko adresy publiczne.
web-integrations-about = Informacje
web-integrations-name = Nazwa
web-integrations-description = Opis
web-integrations-image-url = URL obrazu
web-integrations-optional = opcjonalnie
web-integrations-privacy-url = URL polityki prywatności
web-integrations-privacy-url-hint = widoczny dla serwerów, które ją dodają
# Żądanie HTTP wysyłane przez integrację.
web-integrations-request = Żądanie
web-integrations-method = Metoda
web-integrations-url = URL
web-integrations-body = Treść JSON
web-integrations-body-hint = tylko POST; zmienne w cudzysłowach
web-integrations-timeout = Limit czasu w sekundach
# Nagłówki HTTP.
web-integrations-headers = Nagłówki
web-integrations-up-to-5 = najwyżej 5
web-integrations-value = Wartość
# Odczytywane przez czytniki ekranu; { $number } to numer wiersza.
web-integrations-header-name = Nazwa nagłówka { $number }
web-integrations-header-value = Wartość nagłówka { $number }
web-integrations-secrets = Sekrety
# %secret:NAME% wpisuje się dosłownie (NAME: nazwa sekretu).
web-integrations-secrets-hint = najwyżej 5; używane jako %secret:NAME%; nigdy więcej nie są wyświetlane — zostaw wartość pustą, aby ją zachować
web-integrations-secret-name = Nazwa sekretu { $number }
web-integrations-secret-value = Wartość sekretu { $number }
# Wyświetlane w pustym polu sekretu, którego wartość jest zapisana.
web-integrations-secret-saved = zapisany
web-integrations-placeholders = Zmienne
# %name% oznacza nazwę zmiennej w postaci wpisanej w wiadomości powitalnej.
web-integrations-placeholders-hint = najwyżej 15: %name% w wiadomości powitalnej, odczytywane z odpowiedzi
web-integrations-json-path = Ścieżka JSON
web-integrations-fallback = Wartość zastępcza
web-integrations-placeholder-name = Zmienna { $number }
web-integrations-placeholder-path = Ścieżka { $number }
web-integrations-placeholder-fallback = Wartość zastępcza { $number }
web-integrations-save-integration = Zapisz integrację
web-integrations-cancel = Anuluj
# Dlaczego zmiana nie została wprowadzona.
web-integrations-not-found = Ta integracja nie istnieje (lub została już usunięta).
# { $name }: nazwa sekretu.
web-integrations-secret-too-long = Sekret { $name }: najwyżej 1000 znaków.
web-integrations-unknown = Nieznana integracja.
web-integrations-operators-only = Tylko operatorzy tej instancji ticketbox mogą udostępniać integracje publicznie.
web-integrations-unknown-action = Nieznane działanie.
web-integrations-pick-first = Pierwszy dostawca: wybierz Bloxlink lub RoVer.
