# Odpowiedzi dla administratorów i personelu serwera: /setup, /setup show, zarządzanie personelem,
# /stats, /help i /mydata (tłumaczenie z angielskiego).
# Zmienne: `{ $name }`. Znaczniki Discorda zostają bez zmian: <@{ $user }> członek,
# <@&{ $role }> rola, <#{ $channel }> kanał, <t:{ $at }:R> czas względny.
# Nazwy poleceń (/setup, /panel list) i ich opcji (`limit`, `server_total`, support_can_view)
# zostają po angielsku: członkowie je wpisują. Wpisywane słowa kluczowe (none, off, 1h) też.

## /setup auto: tworzone kanały (ich nazwy widzą wszyscy na serwerze)

# Kategoria, w której otwierają się nowe kanały zgłoszeń.
setup-auto-category-name = Zgłoszenia
# Nazwa kanału tekstowego Discorda: małe litery, bez spacji (zamiast nich myślniki).
setup-auto-log-channel-name = logi-zgłoszeń
# Temat kanału logów.
setup-auto-log-channel-topic = Tutaj ticketbox zapisuje logi zamkniętych zgłoszeń.
setup-auto-done = Gotowe: nowe zgłoszenia będą otwierane w kategorii <#{ $category }>, a zamknięte będą logowane na kanale <#{ $log }> (widocznym tylko dla administratorów; jeśli personel ma go czytać, nadaj dostęp jego rolom).

## /setup limit (odpowiedź łączy poniższe zdania spacją)

# `limit` i `server_total` to nazwy opcji polecenia: zostają po angielsku.
setup-limit-missing = Podaj `limit` (na członka), `server_total` (na cały serwer) albo oba.
setup-limit-per-member = { $limit ->
    [one] Każdy członek może teraz mieć naraz najwyżej { $limit } otwarte zgłoszenie.
    [few] Każdy członek może teraz mieć naraz najwyżej { $limit } otwarte zgłoszenia.
    [many] Każdy członek może teraz mieć naraz najwyżej { $limit } otwartych zgłoszeń.
   *[other] Limit otwartych zgłoszeń na członka: { $limit }.
}
setup-limit-server-cap = { $cap ->
    [one] Serwer przyjmuje łącznie najwyżej { $cap } otwarte zgłoszenie.
    [few] Serwer przyjmuje łącznie najwyżej { $cap } otwarte zgłoszenia.
    [many] Serwer przyjmuje łącznie najwyżej { $cap } otwartych zgłoszeń.
   *[other] Łączny limit otwartych zgłoszeń na serwerze: { $cap }.
}
setup-limit-server-no-cap = Serwer nie ma łącznego limitu otwartych zgłoszeń.
setup-limit-staff-exempt = (Personel nie podlega limitom.)

## /setup transcripts, use-threads, users-can-close, close-confirmation, naming, welcome

setup-transcripts-done = Zamknięte zgłoszenia są teraz logowane na kanale <#{ $channel }>.
# { $after }: czas archiwizacji Discorda tak, jak nazywają go opcje polecenia (1h, 24h, 3d lub 7d):
# zostaw bez zmian.
setup-threads-on-notified = Nowe zgłoszenia otwierają się jako prywatne wątki; personel dostaje powiadomienia na kanale <#{ $channel }>. Nieaktywne wątki zgłoszeń są archiwizowane po { $after }.
setup-threads-on = Nowe zgłoszenia otwierają się jako prywatne wątki. Ustaw kanał powiadomień, aby personel mógł do nich dołączać. Nieaktywne wątki zgłoszeń są archiwizowane po { $after }.
setup-threads-off = Nowe zgłoszenia otwierają się jako kanały.
setup-users-can-close-on = Autorzy zgłoszeń mogą sami je zamykać.
setup-users-can-close-off = Zgłoszenia może zamykać tylko personel.
# „Zamknij” to etykieta przycisku zamykania zgłoszenia (button-close).
setup-close-confirmation-on = Przycisk „Zamknij” prosi teraz o potwierdzenie.
setup-close-confirmation-off = Przycisk „Zamknij” zamyka teraz zgłoszenie od razu.
# { $scheme }: schemat nazw wpisany przez administratora, ze zmiennymi typu %id%.
setup-naming-done = Nowe zgłoszenia będą nazywane według schematu `{ $scheme }`.
setup-welcome-restored = Przywrócono domyślną wiadomość powitalną.
setup-welcome-saved = Zapisano wiadomość powitalną.

## /setup claim, feedback, buttons, store-transcripts, open-command

# support_can_view to nazwa opcji polecenia: zostaje po angielsku.
setup-claim-type-needs-view = Zespół wsparcia nie może pisać w zgłoszeniu, którego nie widzi: włącz też support_can_view.
setup-claim-done = Zapisano ustawienia przejmowania; dotyczą zgłoszeń przejętych od teraz.
setup-feedback-on = Oceny włączone: po zamknięciu zgłoszenia jego autor dostaje wiadomość prywatną z prośbą o ocenę (jeśli w zgłoszeniu są jego wiadomości i nie należy do personelu).
setup-feedback-off = Oceny wyłączone: autorzy zgłoszeń nie są już proszeni o ocenę.
# { $buttons }: etykiety przycisków oddzielone przecinkami albo setup-buttons-none.
setup-buttons-done = Przyciski w nowych zgłoszeniach: { $buttons }.
setup-buttons-none = brak (/close i /claim nadal działają)
setup-store-transcripts-on = Transkrypcje zamkniętych zgłoszeń są zachowywane.
setup-store-transcripts-off = Transkrypcje nie są już zachowywane: zgłoszenia są zamykane i logowane bez nich. Wcześniej zachowane transkrypcje pozostają.
setup-open-command-on = Członkowie mogą otwierać zgłoszenia poleceniem /open.
setup-open-command-off = Członkowie otwierają zgłoszenia tylko z paneli; personel nadal może używać /open.

## /setup start-ticket („Utwórz zgłoszenie” to nazwa menu wiadomości)

# { $panel }: tytuł wpisany przez administratora, w cudzysłowie.
setup-start-ticket-no-panel = Nie ma panelu o nazwie { $panel }. Listę pokazuje /panel list.
# { $level }: kto może używać menu (everyone, support lub admins); { $adds }: yes lub no;
# { $panel }: jeden z komunikatów setup-start-ticket-panel-* poniżej.
setup-start-ticket-summary = „Utwórz zgłoszenie”: dostępne dla { $level ->
        [everyone] wszystkich
        [support] zespołu wsparcia
       *[admins] administratorów
    }, { $adds ->
        [yes] dodaje
       *[no] nie dodaje
    } autora wiadomości, panel: { $panel }.
# { $title }: tytuł panelu (pogrubiony).
setup-start-ticket-panel-named = **{ $title }**
setup-start-ticket-panel-none = brak
setup-start-ticket-panel-deleted = brak (usunięty)

## /setup permissions

# { $permissions }: co jest wyłączone („no attach files, no embed links”) albo
# „everything allowed” (na razie po angielsku).
setup-permissions-openers = Autorzy zgłoszeń w nowych kanałach zgłoszeń: { $permissions }. (Zgłoszenia w wątkach dziedziczą uprawnienia kanału, w którym się znajdują.)
setup-permissions-support = Zespół wsparcia w nowych kanałach zgłoszeń: { $permissions }. (Zgłoszenia w wątkach dziedziczą uprawnienia kanału, w którym się znajdują.)

## /setup show: wszystkie ustawienia w jednym osadzeniu (Discord pozwala na 256 znaków w nazwie pola)

setup-show-title = Ustawienia zgłoszeń
setup-show-yes = tak
setup-show-no = nie
setup-show-not-set = nie ustawiono
setup-show-field-tickets = Zgłoszenia
# { $category }, { $overflow }: kanał albo setup-show-not-set; { $cap }: setup-show-cap albo
# setup-show-no-cap; { $naming }: schemat nazw (zmienne %id%); /open to polecenie.
setup-show-tickets = Kategoria: { $category } (dodatkowa: { $overflow })
    Limit na członka: { $limit }
    Łącznie otwartych zgłoszeń: { $cap }
    Nazwy: `{ $naming }`
    /open dla członków: { $open_command }
setup-show-no-cap = bez limitu
setup-show-cap = najwyżej { $cap }
setup-show-field-closing = Zamykanie
# Każda wartość to setup-show-yes lub setup-show-no, oprócz kanału logów.
setup-show-closing = Kanał logów: { $log_channel }
    Użytkownicy mogą zamykać: { $users_can_close }
    Potwierdzenie zamknięcia: { $close_confirmation }
    Wiadomość prywatna po zamknięciu: { $dm_on_close }
    Oceny: { $feedback }
    Zachowywanie transkrypcji: { $transcripts }
setup-show-field-threads = Wątki i dyżury
# { $archive }: czas archiwizacji Discorda tak, jak wpisuje się go w /setup use-threads (1h, 24h, 3d lub 7d);
# { $role }: rola albo setup-show-on-call-role-later; { $on_call }: ile osób jest na dyżurze.
setup-show-threads = Wątki: { $threads }
    Kanał powiadomień: { $channel }
    Archiwizacja po: { $archive }
    Rola dyżurna: { $role } (na dyżurze: { $on_call })
setup-show-on-call-role-later = zostanie utworzona przy pierwszym /on-call
setup-show-field-welcome = Powitanie i przejmowanie
# { $message }: wiadomość powitalna (własny tekst serwera albo domyślny); { $buttons }: etykiety
# przycisków oddzielone przecinkami.
setup-show-welcome = Wiadomość: { $message }
    Osadzenie: { $embed }
    Przyciski: { $buttons }
    Po przejęciu zespół wsparcia może widzieć: { $can_view }, pisać: { $can_type }
setup-show-welcome-embed-none = brak
# „Osadzenie powitalne” to nazwa strony panelu sterowania (web-welcome-title w web-settings.ftl).
setup-show-welcome-embed-set = ustawione (panel sterowania → Osadzenie powitalne)
setup-show-field-start-ticket = „Utwórz zgłoszenie” i uprawnienia
# { $summary }: setup-start-ticket-summary; { $openers }, { $support }: co jest wyłączone
# (na razie po angielsku).
setup-show-start-ticket = { $summary }
    Autorzy zgłoszeń: { $openers }
    Zespół wsparcia: { $support }
setup-show-field-autoclose = Automatyczne zamykanie
setup-show-autoclose-on = włączone (reguły pokazuje /autoclose show)
setup-show-autoclose-off = wyłączone
setup-show-field-panels = Panele
# Szczegóły panelu, po jego tytule, oddzielone przecinkami.
setup-show-panel-not-posted = nieopublikowany
setup-show-panel-posted-in = na kanale <#{ $channel }>
setup-show-panel-threads = wątki
setup-show-panel-channels = kanały
setup-show-panel-server-default = ustawienie serwera
setup-show-panel-form = formularz
setup-show-panel-support-hours = godziny pracy
setup-show-panel-disabled = wyłączony
setup-show-panels-none = brak (/panel create)
setup-show-field-multi-panels = Multipanele
setup-show-multi-panels-none = brak
setup-show-field-labels = Etykiety

## Personel: /addadmin, /removeadmin, /addsupport, /removesupport, /viewstaff, /blacklist

# { $target }: członek lub rola (oznaczenie); { $level }: admin lub support.
staff-added = { $level ->
    [admin] { $target } ma teraz status administratora zgłoszeń.
   *[support] { $target } należy teraz do zespołu wsparcia.
}
staff-already = { $level ->
    [admin] { $target } ma już status administratora zgłoszeń.
   *[support] { $target } już należy do zespołu wsparcia.
}
staff-removed = { $level ->
    [admin] { $target } nie ma już statusu administratora zgłoszeń.
   *[support] { $target } nie należy już do zespołu wsparcia.
}
staff-was-not = { $level ->
    [admin] { $target } nie ma statusu administratora zgłoszeń.
   *[support] { $target } nie należy do zespołu wsparcia.
}
staff-list-empty = Nie skonfigurowano jeszcze personelu. Właściciel serwera i członkowie z uprawnieniem Administrator są administratorami; kolejne osoby dodasz poleceniami /addadmin i /addsupport.
staff-list-no-such-page = { $pages ->
    [one] Jest tylko { $pages } strona.
    [few] Są tylko { $pages } strony.
    [many] Jest tylko { $pages } stron.
   *[other] Liczba stron: { $pages }.
}
staff-list-header = **Personel** (strona { $page } z { $pages })
# Jeden wiersz listy; { $target }: członek lub rola (oznaczenie).
staff-list-admin = Administrator: { $target }
staff-list-support = Wsparcie: { $target }
staff-blacklist-staff = Nie można dodać personelu do czarnej listy.
staff-blacklisted = Dodano { $target } do czarnej listy: otwieranie zgłoszeń jest zablokowane.
# { $reason }: to, co wpisał personel.
staff-blacklisted-reason = Dodano { $target } do czarnej listy: otwieranie zgłoszeń jest zablokowane. Powód: { $reason }
staff-unblacklisted = Usunięto { $target } z czarnej listy.

## /stats server i /stats user (osadzenie; Discord pozwala na 256 znaków w nazwie pola)

# { $average }, { $median }: czasy zapisane jak 3d 4h, 12h, 30m (bez zmian);
# { $count }: liczba zgłoszeń.
stats-spread = średnio { $average }, mediana { $median } ({ $count ->
        [one] { $count } zgłoszenie
        [few] { $count } zgłoszenia
        [many] { $count } zgłoszeń
       *[other] { $count } zgłoszenia
    })
stats-no-data = brak danych
# { $week }, { $month }, { $all }: stats-spread albo stats-no-data.
stats-windows = 7 dni: { $week }
    30 dni: { $month }
    Od początku: { $all }
# { $average }: np. 4.2; { $count }: liczba ocen.
stats-ratings = { $average } / 5 z { $count ->
        [one] { $count } oceny
        [few] { $count } ocen
        [many] { $count } ocen
       *[other] { $count } oceny
    }
stats-no-ratings = brak ocen
stats-server-title = Statystyki zgłoszeń
stats-open-tickets = Otwarte zgłoszenia
stats-total-tickets = Wszystkie zgłoszenia
stats-opened = Otwarto
stats-opened-value = { $week } w ciągu 7 dni, { $month } w ciągu 30 dni
stats-first-response = Czas pierwszej odpowiedzi
stats-resolution = Czas rozwiązania
stats-rating = Ocena
# { $user }: nazwa użytkownika członka personelu na Discordzie.
stats-user-title = Statystyki zgłoszeń: { $user }
stats-claimed = Przejęte
stats-closed = Zamknięte
stats-answered = Z odpowiedzią
stats-their-first-response = Czas pierwszej odpowiedzi tej osoby
stats-claimed-rating = Ocena przejętych zgłoszeń

## /help

# ticketbox to nazwa bota; dalej następuje lista poleceń.
help-title = **Polecenia bota ticketbox**

## Uprawnienia w zgłoszeniach (/setup permissions, /setup show): co jest wyłączone, po przecinkach

permission-off-attach-files = bez załączania plików
permission-off-embed-links = bez osadzania linków
permission-off-add-reactions = bez reakcji
permission-off-external-emoji = bez zewnętrznych emoji
permission-off-external-stickers = bez zewnętrznych naklejek
permission-off-voice-messages = bez wiadomości głosowych
permission-all-allowed = wszystko dozwolone

## /mydata

# { $what }: jeden z dwóch komunikatów poniżej (w bierniku, po „o”); { $due }: znacznik czasu
# Discorda, <t:…> zostaje bez zmian.
mydata-filed = Zapisano Twoją prośbę o { $what }. Operator tej instancji ticketbox odpowie do <t:{ $due }:D> (<t:{ $due }:R>).
mydata-filed-again = Twoja prośba o { $what } została już złożona. Operator tej instancji ticketbox odpowie do <t:{ $due }:D> (<t:{ $due }:R>).
mydata-what-export = przesłanie kopii wszystkich danych, które ten ticketbox o Tobie przechowuje (jako plik JSON w wiadomości prywatnej, jeśli się zmieści; w przeciwnym razie operator poinformuje Cię, jak ją otrzymasz)
mydata-what-delete = usunięcie wszystkich danych, które ten ticketbox o Tobie przechowuje (wcześniej dostaniesz wiadomość prywatną)

mydata-dm-export = Oto wszystko, co ta instancja ticketbox przechowuje o Tobie (prośba o dane nr { $id }).
mydata-dm-export-waiting = Eksport Twoich danych (prośba nr { $id }) jest gotowy, ale nie udało się go tu wysłać; operator tej instancji ticketbox przekaże Ci go w inny sposób.
mydata-dm-refused-export = Operator tej instancji ticketbox odrzucił Twoją prośbę nr { $id } o kopię Twoich danych: { $reason }
mydata-dm-refused-delete = Operator tej instancji ticketbox odrzucił Twoją prośbę nr { $id } o usunięcie Twoich danych: { $reason }
mydata-dm-removing = Zgodnie z Twoją prośbą (prośba o dane nr { $id }) wszystko, co ta instancja ticketbox przechowuje o Tobie, jest teraz usuwane.
