# Własne strony panelu sterowania: strona główna, pierwsza konfiguracja (dla operatora
# instalującego ticketbox), lista serwerów, błędy logowania, strona operatora oraz otwarte
# zgłoszenia, lista transkrypcji, statystyki (z wykresami) i dziennik zdarzeń serwera
# (tłumaczenie z angielskiego). Wyświetlane odwiedzającemu w jego języku; to, co napisał serwer
# (tytuły paneli, nazwy etykiet, powody zamknięcia), i to, co zapisał dziennik zdarzeń, nigdy nie
# jest tłumaczone. Klucze konfiguracji (discord.client_id), nazwy plików (config.toml), zmienne
# środowiskowe, polecenia powłoki i polecenia z ukośnikiem (/open, /setup auto) wpisuje się
# lub wyszukuje dosłownie: zostają bez zmian.
# Niektóre zdania zawierają pogrubiony termin, kod lub link: ten termin to zmienna ({ $name }),
# którą można przesunąć tam, gdzie wymaga tego polszczyzna.

## Strona główna

web-home-title = Strona główna
web-home-running = ticketbox { $version } działa.
web-home-bot-connected = Bot jest połączony z Discordem.
web-home-bot-connecting = Bot łączy się z Discordem…
web-home-bot-stopped = Bot jest zatrzymany.
# { $name } to nazwa zalogowanego odwiedzającego na Discordzie.
web-home-logged-in-as = Zalogowano jako { $name }
web-home-servers = Twoje serwery
# Przycisk, a także link w web-home-login-prompt i web-setup-done-login.
web-home-login = Zaloguj się przez Discorda
# { $login } to przycisk web-home-login.
web-home-login-prompt = { $login }, aby zarządzać swoimi serwerami i czytać transkrypcje.
# { $id } i { $secret } to klucze konfiguracji (discord.client_id, discord.client_secret).
web-home-login-needs = Logowanie do panelu sterowania wymaga ustawienia { $id } i { $secret }.
# Każda nieistniejąca strona (także strona operatora dla wszystkich innych).
web-home-not-found = Nie znaleziono strony.

## Pierwsza konfiguracja (operator konfiguruje bota Discorda)

web-setup-title = Konfiguracja
web-setup-intro = Bot Discorda nie jest jeszcze skonfigurowany. Trzy kroki i ticketbox zacznie działać.
# Kroki podają nazwy stron, przycisków i przełączników Discord Developer Portal tak, jak pokazuje
# je Discord (po angielsku): { $portal } to „Discord Developer Portal” (link), { $new } „New Application”.
web-setup-step-app = Otwórz { $portal } i utwórz aplikację przyciskiem { $new }.
# { $bot } „Bot”, { $reset } „Reset Token”, { $intents } „Privileged Gateway Intents”,
# { $members } „Server Members Intent”, { $content } „Message Content Intent”.
web-setup-step-bot = W sekcji { $bot } kliknij { $reset } i skopiuj token. Niżej, w sekcji { $intents }, włącz { $members } i { $content }, a następnie zapisz zmiany.
# { $oauth } „OAuth2”, { $id } „Client ID”, { $secret } „Client Secret”; { $url } to adres,
# który należy dodać jako przekierowanie.
web-setup-step-oauth = W sekcji { $oauth } skopiuj { $id } i { $secret } oraz dodaj przekierowanie { $url } (do logowania w panelu sterowania).
web-setup-code = Kod konfiguracji
# { $file } to nazwa pliku „setup-code”, { $command } polecenie powłoki „ticketbox setup-code”.
web-setup-code-hint = znajdziesz go w logach programu ticketbox; jest też zapisany jako { $file } w jego katalogu danych: na serwerze wyświetla go { $command }
web-setup-token = Token bota
web-setup-client-id = Client ID
web-setup-client-id-hint = puste: ID aplikacji
web-setup-client-secret = Client Secret
web-setup-client-secret-hint = potrzebny do logowania w panelu sterowania
web-setup-submit = Sprawdź i uruchom bota
# { $env } to „TICKETBOX_DISCORD__TOKEN”, { $key } „discord.token”, { $file } „config.toml”,
# { $keyfile } „discord.token_file”.
web-setup-files = Wolisz pliki konfiguracyjne? Zamiast tego ustaw { $env } (albo { $key } w { $file } lub { $keyfile }) i uruchom program ponownie.
# { $file } to „setup.toml”, { $config } „config.toml”, { $env } „TICKETBOX_*” (zmienne
# środowiskowe o nazwach zaczynających się w ten sposób); { $url } to adres panelu sterowania.
web-setup-saved = Token zostanie sprawdzony w Discordzie, a potem zapisany w katalogu danych ({ $file }, do odczytu tylko dla użytkownika, na którym działa ticketbox). Ustawienia z { $config } i zmienne { $env } mają przed nim pierwszeństwo. Panel sterowania będzie dostępny pod adresem { $url }.
web-setup-already-done = ticketbox jest już skonfigurowany.
web-setup-too-many = Zbyt wiele prób z Twojego adresu. Odczekaj minutę i spróbuj ponownie.
web-setup-expired = Ten formularz wygasł lub nie pochodzi z tej strony. Odśwież stronę konfiguracji i spróbuj ponownie.
# `ticketbox setup-code` to polecenie powłoki: zostaje bez zmian.
web-setup-wrong-code = Ten kod konfiguracji jest nieprawidłowy. Znajdziesz go w logach programu ticketbox, a na serwerze wyświetla go `ticketbox setup-code`.
# Po konfiguracji. { $bot } to nazwa bota na Discordzie.
web-setup-done-bot = Token należy do bota { $bot }. Bot się uruchamia.
# Dalej następuje przycisk web-setup-done-add.
web-setup-done-invite = Teraz zaproś go na swój serwer:
web-setup-done-add = Dodaj { $bot } do serwera
# { $login } to link web-home-login; { $auto } i { $open } to polecenia z ukośnikiem
# „/setup auto” i „/open”.
web-setup-done-login = Następnie zaloguj się do panelu sterowania: { $login }. Na Discordzie { $auto } tworzy kategorię zgłoszeń i kanał logów, a { $open } działa od razu.

## Twoje serwery

web-servers-title = Twoje serwery
web-servers-none = Nie masz jeszcze wspólnego serwera z botem ticketbox. Zaproś bota na serwer, którym zarządzasz.
# Poziom odwiedzającego na serwerze, obok jego nazwy.
web-servers-role-admin = administrator
web-servers-role-support = wsparcie
web-servers-role-member = członek

## Błędy logowania

# { $id } i { $secret } to klucze konfiguracji (discord.client_id, discord.client_secret).
web-auth-not-configured = Logowanie do panelu sterowania nie jest skonfigurowane na tym serwerze: operator musi ustawić { $id } i { $secret }.
web-auth-stale-login = Ten link logowania wygasł lub został już użyty. Zaloguj się ponownie.
web-auth-discord-failed = Discord nie dokończył logowania. Spróbuj ponownie.
web-auth-expired = Ten formularz wygasł. Odśwież stronę i spróbuj ponownie.
web-auth-too-many = Zbyt wiele prób logowania z Twojego adresu. Odczekaj minutę i spróbuj ponownie.

## Strona operatora (tylko dla operatorów instancji)

web-operator-title = Operator
web-operator-status = Stan
# Dalej następuje stan bota jako słowo kodowe (connected, connecting, stopped, failed).
web-operator-bot = Bot:
web-operator-jobs = Zadania oczekujące: { $pending }, nieudane: { $failed }.
web-operator-storage = Miejsce na dane: baza danych { $database } B, pamięć podręczna { $cache } B.
web-operator-requests = Prośby o dane
# { $command } to polecenie z ukośnikiem „/mydata”.
web-operator-requests-hint = Składane poleceniem { $command }; odpowiedz w ciągu 30 dni (po 25 dniach są zaległe).
# Pusta lista.
web-operator-none = Brak.
# Nagłówki kolumn próśb o dane. Rodzaj (export, delete) i stan (open, …) poniżej
# są pokazywane jako słowa kodowe.
web-operator-col-kind = Rodzaj
web-operator-col-user = Użytkownik
web-operator-col-filed = Złożono (UTC)
web-operator-col-due = Termin (UTC)
web-operator-col-state = Stan
web-operator-overdue = po terminie
# { $path } to ścieżka pliku na serwerze.
web-operator-export-waits = eksport czeka w { $path }
web-operator-sent-by-dm = wysłano w wiadomości prywatnej
web-operator-approve = Zatwierdź
web-operator-refuse = Odrzuć
web-operator-refuse-reason = powód (zostanie wysłany użytkownikowi)
web-operator-refuse-label = Powód odrzucenia prośby { $id }
web-operator-jobs-failed = Nieudane zadania
# Nieudane zadanie w tle: jego ID i liczba prób.
web-operator-job = zadanie { $id }, { $count ->
        [one] { $count } próba
        [few] { $count } próby
        [many] { $count } prób
       *[other] { $count } próby
    }
web-operator-retry = Ponów
web-operator-discard = Porzuć
web-operator-discard-confirm = Porzucić to zadanie?
web-operator-backups = Kopie zapasowe
# { $when } to data i godzina albo web-operator-backup-none.
web-operator-backup-last = Ostatnia udana kopia zapasowa: { $when }.
web-operator-backup-none = jeszcze brak
# { $error } to opis błędu, po angielsku.
web-operator-backup-failed = Ostatnia próba nie powiodła się: { $error }
web-operator-backup-now = Utwórz kopię teraz
# Ile zapisanych obiektów zawiera kopia zapasowa.
web-operator-backup-objects = { $count ->
        [one] { $count } obiekt
        [few] { $count } obiekty
        [many] { $count } obiektów
       *[other] { $count } obiektu
    }
# { $dir } i { $bucket } to klucze konfiguracji (backup.local_dir, backup.s3.bucket).
web-operator-backup-unset = Brak miejsca docelowego kopii zapasowych: ustaw { $dir } lub { $bucket }.
web-operator-servers = Serwery
web-operator-no-tickets = Nie ma jeszcze zgłoszeń.
web-operator-col-server = Serwer
web-operator-col-open = Otwarte
web-operator-col-total = Wszystkie zgłoszenia
web-operator-actions = Działania operatora
web-operator-none-yet = Jeszcze brak.
web-operator-unknown-item = Nieznany element.
web-operator-unknown-action = Nieznane działanie.
web-operator-job-not-failed = Zadanie { $id } nie jest nieudanym zadaniem.

## Otwarte zgłoszenia serwera

web-tickets-title = Otwarte zgłoszenia
# Filtry (także na liście transkrypcji).
web-tickets-label = Etykieta
# Wybór filtra „bez filtrowania”.
web-tickets-any = Dowolna
web-tickets-filter = Filtruj
web-tickets-clear = Wyczyść
# Brak jakichkolwiek otwartych zgłoszeń; z wybraną etykietą ({ $label }, nazwaną przez serwer);
# dla członka zespołu wsparcia: wyświetlane są tylko zgłoszenia jego zespołów.
web-tickets-none = Brak otwartych zgłoszeń. Dobra robota!
web-tickets-none-label = Brak otwartych zgłoszeń z etykietą { $label }. Dobra robota!
web-tickets-none-teams = Brak otwartych zgłoszeń dla Twoich zespołów. Dobra robota!
web-tickets-none-label-teams = Brak otwartych zgłoszeń z etykietą { $label } dla Twoich zespołów. Dobra robota!
# Nagłówki kolumn (także na liście transkrypcji).
web-tickets-col-subject = Temat
web-tickets-col-opener = Autor
web-tickets-col-claimed-by = Przejęte przez
web-tickets-col-panel = Panel
web-tickets-col-labels = Etykiety
web-tickets-col-age = Od otwarcia
web-tickets-unclaimed = nieprzejęte
web-tickets-open-in-discord = Otwórz w Discordzie
# Użytkownik, którego dane zostały usunięte.
web-tickets-removed-user = usunięty użytkownik
# Użytkownik o nieznanej nazwie: { $id } to jego ID użytkownika Discorda.
web-tickets-user = użytkownik { $id }

## Transkrypcje serwera

web-transcripts-title = Transkrypcje
web-transcripts-ticket = Zgłoszenie
web-transcripts-user-placeholder = nazwa użytkownika lub ID
# Zakres dat zamknięcia: „Zamknięte od [data] do [data]”, dwie osobne etykiety.
web-transcripts-closed-from = Zamknięte od
web-transcripts-closed-to = do
web-transcripts-reason-placeholder = słowa z powodu zamknięcia
web-transcripts-col-closed-by = Zamknięte przez
web-transcripts-col-closed = Zamknięto (UTC)
web-transcripts-col-reason = Powód
web-transcripts-col-rating = Ocena
web-transcripts-count = { $count ->
        [one] { $count } transkrypcja
        [few] { $count } transkrypcje
        [many] { $count } transkrypcji
       *[other] { $count } transkrypcji
    }
# Ile transkrypcji pasuje i która strona jest wyświetlana (50 na stronę).
web-transcripts-count-page = { $count ->
        [one] { $count } transkrypcja, strona { $page }
        [few] { $count } transkrypcje, strona { $page }
        [many] { $count } transkrypcji, strona { $page }
       *[other] { $count } transkrypcji, strona { $page }
    }
# Stronicowanie (także w dzienniku zdarzeń): nowsze i starsze wpisy.
web-transcripts-newer = Nowsze
web-transcripts-older = Starsze
# Błędy filtrów. { $name } i { $value } to wpisany tekst, w cudzysłowie.
web-transcripts-members-unavailable = Lista członków jest teraz niedostępna.
web-transcripts-several-members = Nazwę { $name } nosi kilku członków: użyj nazwy użytkownika lub ID użytkownika.
web-transcripts-no-member = Na tym serwerze nie ma członka o nazwie { $name }: użyj nazwy użytkownika lub ID użytkownika.
# { $error } to jeden z trzech powyższych komunikatów; { $field } mówi, którego filtra dotyczy
# (web-transcripts-field-…).
web-transcripts-filter-error = { $error } ({ $field })
web-transcripts-field-opener = autor zgłoszenia
web-transcripts-field-closer = zamknięte przez
web-transcripts-field-claimed = przejęte przez
web-transcripts-bad-number = { $value } nie jest numerem zgłoszenia.
# Przykładowa data zostaje bez zmian (rok-miesiąc-dzień).
web-transcripts-bad-from = Data początkowa musi mieć postać taką jak 2026-01-31.
web-transcripts-bad-to = Data końcowa musi mieć postać taką jak 2026-01-31.
web-transcripts-bad-panel = Wybierz panel z listy.
web-transcripts-bad-rating = Ocena musi wynosić od 1 do 5 gwiazdek.

## Statystyki serwera

web-stats-title = Statystyki
# { $when } to data i godzina.
web-stats-as-of = Stan na { $when } UTC. Dni liczone są według UTC; czasy pierwszej odpowiedzi są znane dla zgłoszeń otwartych, odkąd ticketbox śledzi aktywność w zgłoszeniach.
# Liczby na górze strony.
web-stats-open = Otwarte zgłoszenia
web-stats-total = Wszystkie zgłoszenia
web-stats-opened-week = Otwarte w ciągu 7 dni
web-stats-opened-month = Otwarte w ciągu 30 dni
web-stats-average-rating = Średnia ocena
# { $average } to liczba z jednym miejscem po przecinku, np. 4.5.
web-stats-rating-out-of-5 = { $average } / 5
# Także nagłówek.
web-stats-ratings = Oceny
web-stats-times = Czas odpowiedzi i rozwiązania
web-stats-last-7-days = Ostatnie 7 dni
# Także nagłówek.
web-stats-last-30-days = Ostatnie 30 dni
web-stats-all-time = Od początku
# Wiersze tabeli odpowiedzi i rozwiązań oraz kolumny tabeli dni.
web-stats-first-response = Pierwsza odpowiedź
web-stats-resolution = Rozwiązanie
# Czasy dla wielu zgłoszeń: { $average } i { $median } to czasy typu 2h 5m,
# { $count } to liczba zgłoszeń, z których je policzono.
web-stats-spread = śr. { $average } · mediana { $median } ({ $count })
web-stats-no-data = brak danych
# { $average } to liczba z jednym miejscem po przecinku, np. 4.5; { $count } to liczba ocen.
web-stats-rating = { $average } / 5 ({ $count })
web-stats-no-ratings = brak ocen
web-stats-response-time = Czas pierwszej odpowiedzi
web-stats-resolution-time = Czas rozwiązania
web-stats-days-table = Ostatnie 30 dni w tabeli
web-stats-col-day = Dzień
web-stats-col-opened = Otwarte
web-stats-col-closed = Zamknięte
web-stats-staff = Personel
web-stats-no-staff = Brak aktywności personelu.
web-stats-col-member = Członek
web-stats-col-claimed = Przejęte
web-stats-col-answered = Z odpowiedzią
web-stats-col-their-response = Pierwsza odpowiedź tej osoby
web-stats-col-claimed-rating = Ocena przejętych zgłoszeń
# Wykresy opisane dla czytników ekranu; { $count } to liczba dni (30).
web-stats-chart-activity = { $count ->
        [one] Zgłoszenia otwarte i zamknięte w ciągu ostatniego dnia
       *[other] Zgłoszenia otwarte i zamknięte dziennie w ciągu ostatnich { $count } dni
    }
web-stats-chart-response = { $count ->
        [one] Czas pierwszej odpowiedzi w ciągu ostatniego dnia (mediana i średnia)
       *[other] Dzienny czas pierwszej odpowiedzi w ciągu ostatnich { $count } dni (mediana i średnia)
    }
web-stats-chart-resolution = { $count ->
        [one] Czas rozwiązania w ciągu ostatniego dnia (mediana i średnia)
       *[other] Dzienny czas rozwiązania w ciągu ostatnich { $count } dni (mediana i średnia)
    }
web-stats-chart-ratings = Liczba ocen według liczby gwiazdek
# Serie danych wykresów, w legendach i podpowiedziach.
web-stats-series-opened = otwarte
web-stats-series-closed = zamknięte
web-stats-series-median = mediana
web-stats-series-average = średnia

## Wykresy

# Podpowiedź słupka lub punktu: { $slot } to dzień (np. 01-31), { $series } nazwa serii
# (web-stats-series-…), { $value } jej wartość.
web-chart-point = { $slot }: { $series } { $value }
# Podpowiedź słupka na wykresie ocen: { $name } to wiersz (np. 4 ★), { $value } liczba ocen.
web-chart-bar = { $name }: { $value }

## Dziennik zdarzeń

web-audit-title = Dziennik zdarzeń
web-audit-intro = Każda zmiana wprowadzona w tym panelu sterowania: kto, co i kiedy (UTC).
web-audit-none = Brak zmian.
# Nagłówki kolumn. Same wpisy są zapisywane po angielsku.
web-audit-col-when = Kiedy
web-audit-col-who = Kto
web-audit-col-what = Co
web-audit-col-detail = Szczegóły

web-setup-err-token-missing = Wklej token bota.
web-setup-err-token-shape = To nie wygląda na token bota: skopiuj go ponownie, bez spacji.
web-setup-err-client-id = Identyfikator klienta to liczba (OAuth2 → Client ID).
web-setup-err-secret-shape = To nie wygląda na sekret klienta: skopiuj go ponownie, bez spacji.
web-setup-err-bad-token = Discord odrzucił ten token bota. Skopiuj go ponownie z Developer Portal (Twoja aplikacja → Bot → Reset Token).
web-setup-err-unreachable = Nie udało się połączyć z Discordem, aby sprawdzić token ({ $error }). Sprawdź dostęp tego komputera do internetu i spróbuj ponownie.
web-setup-err-save = Nie udało się zapisać ustawień w katalogu danych. Przyczyna jest w logu.
web-bot-failed-intents = Discord odrzucił intencje bramy (kod zamknięcia 4014): otwórz Discord Developer Portal → Twoja aplikacja → Bot → Privileged Gateway Intents, włącz SERVER MEMBERS INTENT i MESSAGE CONTENT INTENT, zapisz i uruchom ticketbox ponownie
web-bot-failed-token = Discord odrzucił token bota (kod zamknięcia 4004): skopiuj nowy token z Developer Portal (Bot → Reset Token) do discord.token i uruchom ticketbox ponownie
web-bot-failed-client = nie można utworzyć klienta Discorda: { $error }
web-bot-failed-connection = połączenie z Discordem nie powiodło się: { $error }
web-bot-failed-runtime = nie można uruchomić wątku połączenia z Discordem: { $error }
web-bot-failed-thread = wątek połączenia z Discordem nieoczekiwanie się zakończył

web-operator-request-not-open = Prośba nr { $id } nie jest otwarta.
web-operator-refuse-reason-length = Powód: od 1 do 500 znaków; zostanie wysłany osobie, która złożyła prośbę.
web-operator-request-export = eksport
web-operator-request-delete = usunięcie
web-operator-request-open = otwarta
web-operator-request-approved = zatwierdzona
web-operator-request-done = zrealizowana
web-operator-request-refused = odrzucona
