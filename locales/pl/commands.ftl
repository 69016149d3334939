# Polecenia z ukośnikiem: opisy, opisy opcji (.opt-<option>) i nazwy wyborów
# (.opt-<option>-choice-<name>); polecenia menu kontekstowego: ich nazwa.
# Tłumaczenie pliku generowanego z komentarzy dokumentacji poleceń (zob. README: Languages).

cmd-help = Wyświetla listę poleceń bota ticketbox.

cmd-open = Otwiera zgłoszenie do zespołu wsparcia.
    .opt-subject = Czego dotyczy zgłoszenie

cmd-start_ticket = Utwórz zgłoszenie

cmd-open_for_user = Otwórz zgłoszenie użytkownikowi

cmd-close = Zamyka to zgłoszenie.
    .opt-reason = Powód zamknięcia zgłoszenia

cmd-closerequest = Prosi autora zgłoszenia o jego zamknięcie; opcjonalnie zamyka je po określonym czasie.
    .opt-delay = Zamknij automatycznie po tylu godzinach bez odpowiedzi
    .opt-reason = Dlaczego zgłoszenie powinno zostać zamknięte

cmd-reopen = Ponownie otwiera zamknięte zgłoszenie w trybie wątków.
    .opt-ticket = Numer zgłoszenia

cmd-claim = Przejmuje to zgłoszenie: od teraz to Ty się nim zajmujesz.

cmd-unclaim = Rezygnuje z przejęcia tego zgłoszenia.

cmd-transfer = Przekazuje przejęte zgłoszenie innemu członkowi personelu.
    .opt-user = Członek personelu, który przejmie zgłoszenie

cmd-add = Dodaje użytkownika lub rolę do tego zgłoszenia.
    .opt-user = Użytkownik do dodania
    .opt-role = Rola do dodania

cmd-remove = Usuwa użytkownika lub rolę z tego zgłoszenia.
    .opt-user = Użytkownik do usunięcia
    .opt-role = Rola do usunięcia

cmd-rename = Zmienia nazwę kanału tego zgłoszenia.
    .opt-name = Nowa nazwa

cmd-jumptotop = Wysyła link do początku tego zgłoszenia.

cmd-notes = Otwiera prywatny wątek notatek personelu w tym zgłoszeniu (lub do niego dołącza).

cmd-switchpanel = Przenosi to zgłoszenie do innego panelu (zmieniają się też jego zespoły wsparcia).
    .opt-panel = Tytuł panelu

cmd-addadmin = Nadaje użytkownikowi lub roli status administratora zgłoszeń.
    .opt-user = Użytkownik
    .opt-role = Rola

cmd-removeadmin = Odbiera status administratora zgłoszeń.
    .opt-user = Użytkownik
    .opt-role = Rola

cmd-addsupport = Dodaje użytkownika lub rolę do zespołu wsparcia.
    .opt-user = Użytkownik
    .opt-role = Rola

cmd-removesupport = Usuwa użytkownika lub rolę z zespołu wsparcia.
    .opt-user = Użytkownik
    .opt-role = Rola

cmd-viewstaff = Wyświetla administratorów zgłoszeń i zespół wsparcia tego serwera.
    .opt-page = Numer strony

cmd-blacklist = Blokuje użytkownikowi lub roli otwieranie zgłoszeń (czarna lista) albo zdejmuje blokadę.
    .opt-user = Użytkownik
    .opt-role = Rola
    .opt-reason = Powód (widoczny dla personelu; zapisywany przy wpisie)

cmd-setup = Ustawienia zgłoszeń na tym serwerze.

cmd-setup-auto = Tworzy kategorię zgłoszeń i prywatny kanał logów, a następnie zaczyna ich używać.

cmd-setup-limit = Ile zgłoszeń członek może mieć otwartych naraz i ile łącznie przyjmuje serwer.
    .opt-limit = Otwarte zgłoszenia na członka, od 1 do 100
    .opt-server_total = Otwarte zgłoszenia na całym serwerze, od 1 do 10000 (0 znosi limit)

cmd-setup-transcripts = Gdzie trafiają logi zamkniętych zgłoszeń.
    .opt-channel = Kanał logów

cmd-setup-use-threads = Otwieranie zgłoszeń jako prywatnych wątków zamiast kanałów.
    .opt-enabled = Używaj prywatnych wątków
    .opt-notification_channel = Gdzie personel dostaje powiadomienia o nowych zgłoszeniach
    .opt-archive_after = Archiwizuj nieaktywny wątek zgłoszenia po (opcje Discorda)
    .opt-archive_after-choice-1h = 1 godz.
    .opt-archive_after-choice-24h = 24 godz.
    .opt-archive_after-choice-3d = 3 dni
    .opt-archive_after-choice-7d = 7 dni

cmd-setup-users-can-close = Czy autorzy zgłoszeń mogą sami je zamykać.
    .opt-enabled = Autorzy mogą sami zamykać swoje zgłoszenia

cmd-setup-close-confirmation = Czy przycisk „Zamknij” prosi o potwierdzenie.
    .opt-enabled = Pytaj o potwierdzenie przed zamknięciem

cmd-setup-naming = Schemat nazw kanałów zgłoszeń (%id%, %id_padded%, %username%, %nickname%, %claimed%).
    .opt-scheme = np. ticket-%id% lub %username%-%id_padded%

cmd-setup-welcome = Domyślna wiadomość powitalna (działają zmienne, np. %user% i %ticket_id%).
    .opt-message = Treść wiadomości; zostaw puste, aby przywrócić domyślną

cmd-setup-claim = Co mogą robić pozostali członkowie zespołu wsparcia, gdy zgłoszenie zostanie przejęte.
    .opt-support_can_view = Pozostali członkowie zespołu wsparcia nadal widzą przejęte zgłoszenia
    .opt-support_can_type = Pozostali członkowie zespołu wsparcia mogą nadal pisać w przejętych zgłoszeniach

cmd-setup-feedback = Po zamknięciu zgłoszenia prosi jego autora o ocenę w wiadomości prywatnej.
    .opt-enabled = Czy autorzy zgłoszeń są proszeni o ocenę

cmd-setup-buttons = Które przyciski pokazuje wiadomość powitalna nowych zgłoszeń (polecenia działają zawsze).
    .opt-claim = Pokazuj przycisk „Przejmij”
    .opt-close = Pokazuj przycisk „Zamknij”
    .opt-close_with_reason = Pokazuj przycisk „Zamknij z powodem”

cmd-setup-store-transcripts = Czy zachowywać transkrypcje zamkniętych zgłoszeń (wył.: zamykane i logowane bez nich).
    .opt-enabled = Zachowuj transkrypcję każdego zamkniętego zgłoszenia

cmd-setup-open-command = Czy członkowie mogą otwierać zgłoszenia przez /open (wył.: tylko z paneli; personel zawsze).
    .opt-enabled = Członkowie mogą używać /open

cmd-setup-start-ticket = Menu wiadomości „Utwórz zgłoszenie”: kto może go używać, dodawanie autora, panel.
    .opt-level = Kto może go używać
    .opt-level-choice-everyone = wszyscy
    .opt-level-choice-support-staff = zespół wsparcia
    .opt-level-choice-admins = administratorzy
    .opt-add_author = Dodaj autora wiadomości do zgłoszenia
    .opt-panel = Otwieraj zgłoszenia z tego panelu (jego kategoria, zespół, powitanie)
    .opt-no_panel = Otwieraj zgłoszenia bez panelu

cmd-setup-permissions = Co autor zgłoszenia lub zespół wsparcia może robić w kanałach zgłoszeń (wył.: zabronione).
    .opt-who = Czyje uprawnienia
    .opt-who-choice-the-opener = autor zgłoszenia
    .opt-who-choice-support-staff = zespół wsparcia
    .opt-attach_files = Załączanie plików
    .opt-embed_links = Osadzanie linków
    .opt-add_reactions = Dodawanie reakcji
    .opt-external_emoji = Używanie zewnętrznych emoji
    .opt-external_stickers = Używanie zewnętrznych naklejek
    .opt-voice_messages = Wysyłanie wiadomości głosowych

cmd-setup-on-call = Rola dyżurna: wybierz ją albo pomiń, a ticketbox utworzy ją przy następnym /on-call.
    .opt-role = Rola osób na dyżurze (puste: ticketbox ją utworzy)

cmd-setup-show = Pokazuje wszystkie ustawienia tego serwera.

cmd-autoclose = Automatycznie zamyka zgłoszenia, na które nikt nie odpowiada.

cmd-autoclose-configure = Ustawia reguły automatycznego zamykania. Czas np. 30m, 12h lub 3d; „off” wyłącza regułę.
    .opt-enabled = Czy zgłoszenia w ogóle mają się zamykać automatycznie
    .opt-no_response = Zamknij, gdy autor zgłoszenia przez tyle czasu od otwarcia nic nie napisał
    .opt-since_last_message = Zamknij, gdy ostatnio pisał personel, a autor zgłoszenia nie odpowiada przez tyle czasu
    .opt-on_leave = Zamknij, gdy autor zgłoszenia opuści serwer
    .opt-warning = Wyślij ostrzeżenie tyle czasu przed zamknięciem (domyślnie wyłączone)

cmd-autoclose-exclude = Wyłącza to zgłoszenie z automatycznego zamykania lub ponownie je włącza.

cmd-autoclose-show = Pokazuje reguły automatycznego zamykania.

cmd-stats = Statystyki zgłoszeń.

cmd-stats-server = Statystyki zgłoszeń tego serwera.

cmd-stats-user = Statystyki zgłoszeń członka personelu.
    .opt-user = Członek personelu

cmd-panel = Zarządzanie panelami zgłoszeń.

cmd-panel-create = Tworzy panel.
    .opt-title = Tytuł (unikalny na tym serwerze)
    .opt-text = Treść panelu (\n oznacza nową linię)
    .opt-colour = Kolor, np. #5865F2
    .opt-button_label = Tekst przycisku
    .opt-emoji = Emoji przycisku
    .opt-style = primary, secondary, success lub danger
    .opt-category = Kategoria dla zgłoszeń z tego panelu
    .opt-naming = Schemat nazw zgłoszeń z tego panelu
    .opt-welcome = Wiadomość powitalna zgłoszeń z tego panelu
    .opt-support_role = Rola zespołu wsparcia: tylko ona obsługuje te zgłoszenia
    .opt-mention_role = Rola oznaczana w nowych zgłoszeniach
    .opt-mention_opener = Oznacz autora zgłoszenia w wiadomości powitalnej
    .opt-mention_here = Oznacz @here (personel zgłoszenia) w wiadomości powitalnej
    .opt-threads = Otwieraj te zgłoszenia jako prywatne wątki
    .opt-limit = Otwarte zgłoszenia na członka z tego panelu
    .opt-cooldown_minutes = Ile minut członek musi odczekać między zgłoszeniami z tego panelu
    .opt-open_cap = Łącznie otwarte zgłoszenia z tego panelu, od wszystkich członków (0: bez limitu)
    .opt-form = Formularz (zob. /form) wypełniany przed otwarciem zgłoszenia
    .opt-exit_survey = Formularz, który autor może wypełnić po ocenie zgłoszenia („Powiedz nam więcej”)
    .opt-awaiting_category = Kategoria zgłoszeń czekających na odpowiedź autora (tryb kanałów)

cmd-panel-edit = Zmienia panel (tylko podane opcje).
    .opt-title = Obecny tytuł panelu
    .opt-new_title = Nowy tytuł
    .opt-text = Treść panelu
    .opt-colour = Kolor, np. #5865F2
    .opt-button_label = Tekst przycisku
    .opt-emoji = Emoji przycisku (puste, aby usunąć)
    .opt-style = primary, secondary, success lub danger
    .opt-category = Kategoria dla zgłoszeń z tego panelu
    .opt-naming = Schemat nazw (puste: schemat serwera)
    .opt-welcome = Wiadomość powitalna (puste: wiadomość serwera)
    .opt-support_role = Rola zespołu wsparcia: tylko ona obsługuje te zgłoszenia
    .opt-mention_opener = Oznacz autora zgłoszenia
    .opt-mention_here = Oznacz @here (personel zgłoszenia) w wiadomości powitalnej
    .opt-threads = Otwieraj jako prywatne wątki
    .opt-limit = Otwarte zgłoszenia na członka z tego panelu
    .opt-cooldown_minutes = Odstęp między zgłoszeniami w minutach
    .opt-open_cap = Łącznie otwarte zgłoszenia z tego panelu, od wszystkich członków (0: bez limitu)
    .opt-disabled = Wyłącz panel
    .opt-form = Formularz wypełniany przed otwarciem zgłoszenia (puste, aby usunąć)
    .opt-exit_survey = Formularz po ocenie zgłoszenia („Powiedz nam więcej”; puste, aby usunąć)
    .opt-awaiting_category = Kategoria zgłoszeń czekających na odpowiedź autora (tryb kanałów)
    .opt-no_awaiting_category = Nie przenoś już zgłoszeń do kategorii oczekujących na odpowiedź

cmd-panel-delete = Usuwa panel (otwarte z niego zgłoszenia pozostają).
    .opt-title = Tytuł panelu

cmd-panel-list = Wyświetla panele tego serwera.

cmd-panel-send = Wysyła panel na kanał.
    .opt-title = Tytuł panelu
    .opt-channel = Gdzie go wysłać (domyślnie: tutaj)

cmd-panel-embed = Ustawia osadzenie panelu: link, autor, obrazy, stopka, pola (`none` czyści daną część).
    .opt-title = Tytuł panelu
    .opt-which = Wiadomość panelu lub wiadomość powitalna jego zgłoszeń
    .opt-which-choice-panel-message = wiadomość panelu
    .opt-which-choice-welcome-message = wiadomość powitalna
    .opt-heading = Wiadomość powitalna: jej tytuł (działają zmienne)
    .opt-colour = Wiadomość powitalna: jej kolor, #rrggbb
    .opt-url = Link w tytule (https://…)
    .opt-author = Nazwa autora
    .opt-author_icon = Ikona autora (URL obrazu)
    .opt-author_url = Link w nazwie autora
    .opt-image = Duży obraz pod tekstem (URL obrazu)
    .opt-thumbnail = Mały obraz w prawym górnym rogu (URL obrazu)
    .opt-footer = Tekst stopki
    .opt-footer_icon = Ikona stopki (URL obrazu)
    .opt-timestamp = Pokaż czas wysłania
    .opt-add_field = Dodaj pole: nazwa | wartość lub nazwa | wartość | inline
    .opt-clear_fields = Najpierw usuń wszystkie pola
    .opt-reset = Zacznij od pustego osadzenia

cmd-panel-access = Ustala, kto może otwierać zgłoszenia z panelu: decyduje pierwsza reguła z rolą członka.
    .opt-title = Tytuł panelu
    .opt-role = Rola (@everyone dla wszystkich pozostałych członków)
    .opt-rule = Zezwól lub zabroń członkom z tą rolą albo usuń jej regułę
    .opt-rule-choice-allow = zezwól
    .opt-rule-choice-deny = zabroń
    .opt-rule-choice-remove = usuń
    .opt-position = Miejsce w kolejności (1 = sprawdzana jako pierwsza; domyślnie: ostatnia)

cmd-panel-hours = Ustala godziny pracy personelu panelu (podaj sam tytuł, aby je zobaczyć).
    .opt-title = Tytuł panelu
    .opt-timezone = Strefa czasowa, np. Europe/Warsaw lub America/New_York
    .opt-windows = Przedziały godzin, np. mon-fri 09:00-17:00; sat 10:00-14:00
    .opt-holidays = Dni wolne, np. 2026-12-24..2026-12-26 Boże Narodzenie; 2027-01-01
    .opt-outside = Poza godzinami pracy
    .opt-outside-choice-refuse-new-tickets = odrzucaj nowe zgłoszenia
    .opt-outside-choice-open-and-tell-when-staff-are-back = otwieraj i informuj, kiedy personel wróci
    .opt-message = Komunikat; %next_open% i %next_open_relative% podają, kiedy personel wróci
    .opt-colour = Kolor komunikatu, #rrggbb
    .opt-remove = Usuń godziny pracy: zawsze otwarte

cmd-panel-log = Gdzie trafiają logi zamkniętych zgłoszeń z panelu (kanał transkrypcji panelu z TicketsBot).
    .opt-title = Tytuł panelu
    .opt-channel = Loguj tu zamknięte zgłoszenia zamiast na kanale logów serwera
    .opt-server_log = Znów używaj kanału logów serwera

cmd-form = Zarządzanie formularzami.

cmd-form-create = Tworzy pusty formularz.
    .opt-title = Tytuł widoczny na formularzu (1–45 znaków)

cmd-form-add-input = Dodaje pytanie do formularza.
    .opt-form = Tytuł formularza
    .opt-label = Pytanie (1–45 znaków)
    .opt-kind = O co pyta (domyślnie: tekst)
    .opt-kind-choice-text = tekst
    .opt-kind-choice-choice-options = wybór (opcje)
    .opt-kind-choice-member = członek
    .opt-kind-choice-role = rola
    .opt-kind-choice-member-or-role = członek lub rola
    .opt-kind-choice-channel = kanał
    .opt-description = Wyświetlane pod pytaniem
    .opt-style = Tekst: short lub paragraph
    .opt-required = Odpowiedź wymagana (domyślnie tak)
    .opt-min_length = Tekst: minimalna długość odpowiedzi
    .opt-max_length = Tekst: maksymalna długość odpowiedzi
    .opt-placeholder = Podpowiedź widoczna w pustym polu
    .opt-options = Wybór: opcje rozdzielone znakiem ; każda: etykieta | opis | emoji
    .opt-min_picks = Wybór i selektory: minimalna liczba wyborów (domyślnie 1)
    .opt-max_picks = Wybór i selektory: maksymalna liczba wyborów (domyślnie 1)
    .opt-channel_types = Kanał: dostępne rodzaje, np. text, voice, thread (domyślnie wszystkie)

cmd-form-delete = Usuwa formularz (panele, które go używają, otwierają zgłoszenia bez pytań).
    .opt-form = Tytuł formularza

cmd-form-list = Wyświetla formularze i ich pytania.

cmd-multipanel = Zarządzanie multipanelami.

cmd-multipanel-create = Tworzy multipanel z istniejących paneli.
    .opt-title = Tytuł (unikalny na tym serwerze)
    .opt-panels = Tytuły paneli oddzielone przecinkami
    .opt-select_menu = Pokaż menu wyboru zamiast przycisków
    .opt-text = Treść wiadomości
    .opt-colour = Kolor, np. #5865F2

cmd-multipanel-customise = Ustawia tekst zastępczy, obrazy i stopkę osadzenia multipanelu oraz wygląd jednej pozycji.
    .opt-title = Tytuł multipanelu
    .opt-placeholder = Tekst menu wyboru, zanim coś zostanie wybrane
    .opt-image = Duży obraz (URL obrazu)
    .opt-thumbnail = Mały obraz w prawym górnym rogu (URL obrazu)
    .opt-footer = Tekst stopki
    .opt-panel = Pozycja do zmiany: tytuł panelu
    .opt-label = Tekst pozycji w tym multipanelu (none: tekst panelu)
    .opt-description = Opis pod pozycją w menu wyboru (none: tytuł panelu)
    .opt-emoji = Emoji pozycji w tym multipanelu (none: emoji panelu)

cmd-multipanel-send = Wysyła multipanel na kanał.
    .opt-title = Tytuł multipanelu
    .opt-channel = Gdzie go wysłać (domyślnie: tutaj)

cmd-multipanel-delete = Usuwa multipanel (jego panele pozostają).
    .opt-title = Tytuł multipanelu

cmd-multipanel-list = Wyświetla multipanele.

cmd-tag = Wysyła zapisaną odpowiedź.
    .opt-name = Tag

cmd-managetags = Zarządzanie zapisanymi odpowiedziami.

cmd-managetags-add = Zapisuje tag (zastępuje tag o tej samej nazwie).
    .opt-name = Nazwa
    .opt-content = Treść (\n oznacza nową linię)

cmd-managetags-embed = Ustawia osadzenie wysyłane z tagiem (`none` czyści daną część).
    .opt-name = Tag
    .opt-title = Tytuł osadzenia
    .opt-description = Treść osadzenia (\n oznacza nową linię)
    .opt-colour = Kolor, #rrggbb
    .opt-url = Link w tytule (https://…)
    .opt-image = Duży obraz (URL obrazu)
    .opt-thumbnail = Mały obraz w prawym górnym rogu (URL obrazu)
    .opt-footer = Tekst stopki
    .opt-add_field = Dodaj pole: nazwa | wartość lub nazwa | wartość | inline
    .opt-remove = Usuń osadzenie

cmd-managetags-delete = Usuwa tag.
    .opt-name = Tag

cmd-managetags-list = Wyświetla tagi.

cmd-label = Etykiety zgłoszeń: dodawanie, usuwanie, lista oraz (administratorzy) tworzenie, kolor, usuwanie.

cmd-label-add = Dodaje etykietę do tego zgłoszenia.
    .opt-label = Etykieta

cmd-label-remove = Zdejmuje etykietę z tego zgłoszenia.
    .opt-label = Etykieta

cmd-label-list = Wyświetla etykiety serwera (a w zgłoszeniu także etykiety tego zgłoszenia).

cmd-label-create = Tworzy etykietę, którą personel może nadawać zgłoszeniom.
    .opt-name = Nazwa etykiety
    .opt-colour = Kolor, np. #5865F2

cmd-label-colour = Zmienia kolor etykiety.
    .opt-label = Etykieta
    .opt-colour = Kolor, np. #5865F2

cmd-label-delete = Usuwa etykietę i zdejmuje ją ze wszystkich zgłoszeń.
    .opt-label = Etykieta

cmd-language = Ustawia język, którego bot używa na tym serwerze.
    .opt-code = Język bota na tym serwerze
    .opt-code-choice-english = English
    .opt-code-choice-deutsch = Deutsch
    .opt-code-choice-fran-ais = Français
    .opt-code-choice-espa-ol = Español
    .opt-code-choice-portugu-s-do-brasil = Português do Brasil
    .opt-code-choice-nederlands = Nederlands
    .opt-code-choice-polski = Polski
    .opt-code-choice-t-rk-e = Türkçe
    .opt-code-choice-discord-s-server-language = Język serwera z ustawień Discorda
    .opt-member_languages = Odpowiadaj członkom prywatnie w ich własnym języku Discorda

cmd-on-call = Rozpoczyna Twój dyżur (nowe zgłoszenia w wątkach dodają Cię automatycznie) lub go kończy.

cmd-mydata = Twoje dane przechowywane przez ten ticketbox: poproś o kopię lub o ich usunięcie.

cmd-mydata-export = Poproś o kopię wszystkich danych, które ten ticketbox o Tobie przechowuje.

cmd-mydata-delete = Poproś o usunięcie wszystkich danych, które ten ticketbox o Tobie przechowuje.
