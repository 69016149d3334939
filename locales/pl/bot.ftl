# Co bot publikuje na serwerach i co odpowiada członkom (tłumaczenie z angielskiego).
# Zmienne: `{ $name }`. Znaczniki Discorda zostają bez zmian: <@{ $user }> członek,
# <@&{ $role }> rola, <#{ $channel }> kanał, <t:{ $at }:R> czas względny.
# Nazwy poleceń (/close) i wpisywane słowa kluczowe (none, off) zostają po angielsku.

## Odmowy: dlaczego działanie na zgłoszeniu nie zostało wykonane

refusal-blacklisted = Jesteś na czarnej liście i nie możesz otwierać zgłoszeń na tym serwerze.
refusal-limit-reached = { $limit ->
    [one] Masz już { $limit } otwarte zgłoszenie – tyle wynosi limit. Zamknij je, zanim otworzysz kolejne.
    [few] Masz już { $limit } otwarte zgłoszenia – tyle wynosi limit. Zamknij jedno z nich, zanim otworzysz kolejne.
    [many] Masz już { $limit } otwartych zgłoszeń – tyle wynosi limit. Zamknij jedno z nich, zanim otworzysz kolejne.
   *[other] Masz już maksymalną liczbę otwartych zgłoszeń ({ $limit }). Zamknij jedno z nich, zanim otworzysz kolejne.
}
refusal-panel-disabled = Ten panel jest wyłączony: obecnie nie otwiera zgłoszeń.
refusal-open-command-disabled = Na tym serwerze zgłoszenia otwiera się tylko z paneli: użyj przycisku na panelu.
refusal-outside-hours = Ten panel nie otwiera zgłoszeń poza godzinami pracy. { $notice }
refusal-access-denied-everyone = Ten panel nie otwiera zgłoszeń dla Twoich ról (reguła dostępu nr { $rule }: wszyscy pozostali są odrzucani).
refusal-access-denied = Członkowie z rolą <@&{ $role }> nie mogą otwierać zgłoszeń z tego panelu (reguła dostępu nr { $rule }).
refusal-panel-limit-reached = { $limit ->
    [one] Masz już { $limit } otwarte zgłoszenie z tego panelu – tyle wynosi jego limit.
    [few] Masz już { $limit } otwarte zgłoszenia z tego panelu – tyle wynosi jego limit.
    [many] Masz już { $limit } otwartych zgłoszeń z tego panelu – tyle wynosi jego limit.
   *[other] Masz już maksymalną liczbę otwartych zgłoszeń z tego panelu ({ $limit }).
}
refusal-server-full = { $cap ->
    [one] Na tym serwerze jest już { $cap } otwarte zgłoszenie – tyle wynosi limit. Spróbuj ponownie, gdy personel je zamknie.
    [few] Na tym serwerze są już { $cap } otwarte zgłoszenia – tyle wynosi limit. Spróbuj ponownie, gdy personel zamknie część z nich.
    [many] Na tym serwerze jest już { $cap } otwartych zgłoszeń – tyle wynosi limit. Spróbuj ponownie, gdy personel zamknie część z nich.
   *[other] Ten serwer osiągnął limit otwartych zgłoszeń ({ $cap }). Spróbuj ponownie, gdy personel zamknie część z nich.
}
refusal-panel-full = { $cap ->
    [one] Z tego panelu jest już otwarte { $cap } zgłoszenie – tyle wynosi jego limit. Spróbuj ponownie, gdy personel je zamknie.
    [few] Z tego panelu są już otwarte { $cap } zgłoszenia – tyle wynosi jego limit. Spróbuj ponownie, gdy personel zamknie część z nich.
    [many] Z tego panelu jest już otwartych { $cap } zgłoszeń – tyle wynosi jego limit. Spróbuj ponownie, gdy personel zamknie część z nich.
   *[other] Ten panel osiągnął limit otwartych zgłoszeń ({ $cap }). Spróbuj ponownie, gdy personel zamknie część z nich.
}
refusal-cooldown = Twoje ostatnie zgłoszenie z tego panelu zostało otwarte niedawno. Kolejne możesz otworzyć <t:{ $at }:R>.
refusal-needs-admin = Tylko administratorzy zgłoszeń mogą to zrobić.
refusal-needs-support = Tylko zespół wsparcia może to zrobić.
refusal-users-cannot-close = Na tym serwerze zgłoszenia może zamykać tylko personel. Poproś kogoś z personelu albo, jeśli należysz do personelu, użyj /closerequest.
refusal-not-a-ticket = To nie jest kanał zgłoszenia. Użyj tego polecenia w zgłoszeniu.
refusal-already-claimed = To zgłoszenie zostało już przejęte przez <@{ $user }>.
refusal-not-claimed = To zgłoszenie nie zostało przejęte.
refusal-not-claimer = Może to zrobić tylko członek personelu, który przejął to zgłoszenie, lub administrator.
refusal-target-not-staff = Zgłoszenia można przekazywać tylko zespołowi wsparcia lub administratorom.
refusal-cannot-remove-staff = Nie można usunąć personelu ze zgłoszenia.
refusal-cannot-remove-opener = Nie można usunąć autora zgłoszenia z jego własnego zgłoszenia.
refusal-only-own-ticket = Możesz to zrobić tylko we własnym zgłoszeniu.
refusal-ticket-not-open = To zgłoszenie jest już zamykane.

## Błędy

error-internal = Coś poszło nie tak po stronie bota. Błąd został zapisany; spróbuj ponownie.
error-discord-rate-limited = Discord chwilowo ogranicza liczbę żądań bota. Spróbuj ponownie za kilka sekund.
error-discord-server = Discord miał problem z obsłużeniem tego żądania (HTTP { $status }). Nic nie zostało zmienione; spróbuj ponownie.
error-discord-forbidden = Bot nie ma wymaganego do tego uprawnienia Discorda. Poproś administratora serwera o sprawdzenie roli bota.
error-discord-refused = Discord odrzucił to żądanie. Spróbuj ponownie; jeśli błąd się powtarza, powiadom administratora serwera.
error-guild-only = To polecenie działa tylko na serwerze.
# { $permissions }: nazwy uprawnień Discorda, po angielsku.
error-bot-missing-permissions = Botowi brakuje tutaj uprawnień Discorda: { $permissions }.
error-user-missing-permissions = Aby użyć tego polecenia, potrzebujesz uprawnień: { $permissions }.
error-user-missing-required-permissions = Nie masz uprawnień wymaganych do użycia tego polecenia.
error-option-invalid-input = Ta opcja jest nieprawidłowa ({ $input }): { $reason }.
error-option-invalid = Ta opcja jest nieprawidłowa: { $reason }.
error-old-button = Ten przycisk pochodzi ze starszej wersji bota i już nie działa.
error-old-form = Ten formularz pochodzi ze starszej wersji bota i już nie działa.
error-pick-an-option = Wybierz jedną z opcji.

## Otwieranie zgłoszeń

ticket-opened = Zgłoszenie otwarte: <#{ $channel }>
panel-gone = Ten panel już nie istnieje.
panel-gone-send-new = Ten panel już nie istnieje. Poproś administratora serwera o wysłanie nowego.
form-changed = Formularz tego panelu został zmieniony; kliknij ponownie przycisk panelu.

## Zgłoszenia w wątkach: przycisk „Dołącz do zgłoszenia”

join-ticket-closed = To zgłoszenie jest zamknięte.
join-other-team = To zgłoszenie należy do innego zespołu wsparcia.
join-claimed-by-other = To zgłoszenie zostało przejęte przez innego członka personelu.
join-joined = Dodano Cię do <#{ $channel }>.

## Przejmowanie i zamykanie

claim-handled-by = Twoim zgłoszeniem zajmie się <@{ $user }>.
close-confirm-question = Czy na pewno chcesz zamknąć to zgłoszenie?
close-being-closed-by = <@{ $user }> zamyka to zgłoszenie.
# Formularz z pytaniem o powód zamknięcia: jego tytuł i jedyne pole.
close-reason-modal-title = Zamknij zgłoszenie
close-reason-modal-label = Powód
close-request-not-opener = Tylko autor zgłoszenia może odpowiedzieć na prośbę o zamknięcie.
close-request-answered = Na tę prośbę o zamknięcie już odpowiedziano.
close-request-accepted = Prośba o zamknięcie została przyjęta; zgłoszenie jest zamykane.
close-request-declined = Prośba o zamknięcie została odrzucona przez <@{ $user }>; zgłoszenie pozostaje otwarte.

## Automatyczne zamykanie

autoclose-keep-open-refused = Tylko autor zgłoszenia lub personel może pozostawić je otwarte.
autoclose-kept-open = Zgłoszenie pozostaje otwarte na prośbę <@{ $user }>: odliczanie do automatycznego zamknięcia zaczyna się od nowa.

## Oceny (w wiadomościach prywatnych autora zgłoszenia)

# { $stars_shown }: gwiazdki jako emoji; { $stars }: ich liczba.
feedback-rated = Dziękujemy! Twoja ocena tego zgłoszenia: { $stars_shown } ({ $stars }/5). Możesz ją zmienić w ciągu 24 godzin.
feedback-comment-title = Twój komentarz
feedback-comment-label = Komentarz
feedback-comment-thanks = Dziękujemy za komentarz: zespół zobaczy go razem z Twoją oceną.
feedback-survey-thanks = Dziękujemy za dodatkowe informacje: zespół zobaczy Twoje odpowiedzi.

## Przyciski i menu publikowane przez bota (Discord pozwala na 80 znaków na przycisku)

button-close = Zamknij
button-close-with-reason = Zamknij z powodem
button-claim = Przejmij
button-close-ticket = Zamknij zgłoszenie
button-join-ticket = Dołącz do zgłoszenia
button-view-transcript = Pokaż transkrypcję
panel-select-placeholder = Wybierz, czego dotyczy Twoje zgłoszenie

## Nowe zgłoszenie

# Wbudowane powitanie, gdy ani panel, ani serwer nie mają własnego. %user% wypełnia bot:
# zostaw bez zmian.
welcome-default = Dziękujemy za kontakt z zespołem wsparcia, %user%.
    Opisz swój problem i poczekaj na odpowiedź: ktoś z personelu wkrótce się Tobą zajmie.
welcome-subject = Temat
welcome-started-from = Utworzone z wiadomości
# { $link }: link do wiadomości; { $user }: jej autor.
welcome-started-from-link = { $link } – autor: <@{ $user }>
welcome-outside-hours = Poza godzinami pracy
form-answers-title = Odpowiedzi z formularza
join-notice = Nowe zgłoszenie #{ $number } od <@{ $user }> (<#{ $channel }>). Personel może do niego dołączyć tutaj.
open-bot-missing-permissions = Botowi brakuje uprawnień Discorda potrzebnych do otwierania zgłoszeń: { $permissions }. Poproś administratora serwera o nadanie ich roli bota.
open-already-opening = Twoje zgłoszenie jest już otwierane. Za chwilę się pojawi.
open-categories-full = Obie kategorie zgłoszeń są pełne (Discord pozwala na 50 kanałów w kategorii). Zamknij część zgłoszeń albo poproś administratora o ustawienie innej kategorii.
open-server-channels-full = Ten serwer osiągnął limit Discorda wynoszący 500 kanałów, więc nie można utworzyć kanału zgłoszenia. Zamknij część zgłoszeń lub usuń nieużywane kanały albo poproś administratora o przełączenie na tryb wątków (/setup use-threads).
# Kategorie, które bot tworzy dla kanałów zgłoszeń.
category-name = Zgłoszenia
category-name-overflow = Zgłoszenia (ciąg dalszy)

## Zamykanie: komunikat, podsumowanie na kanale logów i wiadomość prywatna do autora

close-reason-too-long = Powód zamknięcia może mieć najwyżej 1024 znaki.
close-reason-channel-deleted = Kanał zgłoszenia został usunięty
close-notice = Zgłoszenie zamknięte.
close-notice-by = Zgłoszenie zamknięte przez <@{ $user }>.
log-title = Zgłoszenie #{ $number } zamknięte
log-ticket = Zgłoszenie
log-panel = Panel
log-opened-by = Otwarte przez
log-claimed-by = Przejęte przez
log-not-claimed = Nieprzejęte
log-closed-by = Zamknięte przez
log-reason = Powód
log-no-reason = Nie podano powodu
log-opened = Otwarto
log-closed = Zamknięto
log-transcript = Transkrypcja
log-transcript-not-kept = Nie zachowano: ten serwer nie przechowuje transkrypcji.
log-rating = Ocena
log-rating-not-asked = Nie poproszono: nie udało się wysłać wiadomości prywatnej do autora zgłoszenia
log-comment = Komentarz
log-survey-question = Ankieta: { $question }

## Oceny: odmowy i teksty

feedback-request = Jak oceniasz naszą pomoc w zgłoszeniu #{ $number }? Wystaw od 1 do 5 gwiazdek; ocenę możesz zmienić w ciągu 24 godzin.
button-add-comment = Dodaj komentarz
button-tell-us-more = Powiedz nam więcej
feedback-comment-empty = Komentarz jest pusty.
feedback-no-answer = (brak odpowiedzi)
feedback-refusal-gone = Dane tego zgłoszenia już nie istnieją, więc nie można go ocenić.
feedback-refusal-not-the-opener = Tylko autor tego zgłoszenia może je ocenić.
feedback-refusal-too-late = Ocenę można wystawić lub zmienić w ciągu 24 godzin od zamknięcia zgłoszenia; to zgłoszenie zostało zamknięte wcześniej.
feedback-refusal-bad-rating = Ocena musi wynosić od 1 do 5 gwiazdek.
feedback-refusal-not-rated = Najpierw oceń zgłoszenie, a potem dodaj komentarz.
feedback-refusal-no-survey = Panel tego zgłoszenia nie ma już ankiety końcowej.
feedback-refusal-survey-answered = Ankieta do tego zgłoszenia ma już Twoje odpowiedzi. Dziękujemy!

## Polecenia: /open, „Otwórz zgłoszenie użytkownikowi”, /close, /closerequest, /reopen

open-for-bot = Zgłoszenia otwiera się dla członków, nie dla botów.
open-for-not-member = <@{ $user }> nie jest członkiem tego serwera.
open-for-blacklisted = <@{ $user }> jest na czarnej liście i nie może otwierać zgłoszeń na tym serwerze (zmienisz to poleceniem /blacklist).
# { $reason }: dlaczego członek nie mógł go otworzyć (inny komunikat).
open-for-refused = Dla <@{ $user }>: { $reason }
open-for-closed-at-once = Zgłoszenie zostało od razu zamknięte.
open-for-opened = Otwarto zgłoszenie dla <@{ $user }>: <#{ $channel }>
close-retrying = Zamykanie tego zgłoszenia utknęło; ponawiam próbę.
close-request-asks = <@{ $opener }>, <@{ $user }> prosi o zamknięcie tego zgłoszenia.
close-request-reason = **Powód:** { $reason }
close-request-auto = Zgłoszenie zamknie się automatycznie <t:{ $at }:R>, jeśli nie odpowiesz.
button-close-request-accept = Akceptuj i zamknij
button-close-request-deny = Odrzuć
reopen-no-such-ticket = Na tym serwerze nie ma zgłoszenia #{ $number }.
reopen-was-channel = Zgłoszenie #{ $number } było kanałem, który usunięto przy zamknięciu; ponownie otworzyć można tylko zgłoszenia w wątkach.
reopen-not-closed = Zgłoszenie #{ $number } nie jest zamknięte.
reopen-no-thread = To zgłoszenie nie ma wątku.
reopen-done = Zgłoszenie #{ $number } jest znowu otwarte: <#{ $channel }>
error-user-or-role = Podaj użytkownika albo rolę (dokładnie jedno z nich).
error-everyone-not-allowed = Nie można tu użyć @everyone: wybierz członka lub rolę.
# { $role }: nazwa roli.
error-managed-role = Rola { $role } należy do bota lub integracji i nie można jej tu użyć: wybierz członka lub inną rolę.

## Praca nad zgłoszeniem: /claim, /unclaim, /transfer, /add, /remove, /rename, /notes, /jumptotop, /switchpanel

claim-released = <@{ $user }> nie zajmuje się już tym zgłoszeniem; może je przejąć dowolny członek personelu.
claim-transferred = Tym zgłoszeniem zajmuje się teraz <@{ $user }>.
# { $who }: oznaczenie członka lub roli.
members-added = Dodano { $who } do tego zgłoszenia.
members-already-in = { $who } ma już dostęp do tego zgłoszenia.
members-removed = Usunięto { $who } z tego zgłoszenia.
members-not-in = Wśród dodanych do tego zgłoszenia nie ma { $who }.
members-everyone = Nie można dodać @everyone do zgłoszenia: byłoby ono wtedy widoczne dla całego serwera.
members-roles-staff-only = Tylko personel może dodawać role do zgłoszenia; dodawaj członków pojedynczo.
members-opener-already-in = Autor zgłoszenia ma już do niego dostęp.
members-no-roles-in-threads = Do zgłoszenia w wątku nie można dodawać ról; dodaj członków pojedynczo.
ticket-no-channel = To zgłoszenie nie ma kanału.
rename-empty = Ta nazwa nie zawiera żadnych znaków, na które Discord pozwala w nazwie kanału.
rename-scheduled = Discord pozwala na dwie zmiany nazwy kanału co 10 minut. Nowa nazwa `{ $name }` zostanie ustawiona <t:{ $at }:R>.
rename-done = Zmieniono nazwę na `{ $name }`.
notes-thread-ticket = Wątki notatek są przeznaczone dla zgłoszeń w kanałach: zgłoszenie w wątku nie może zawierać kolejnego wątku.
notes-here = Notatki personelu do tego zgłoszenia: <#{ $channel }> (autor zgłoszenia ich nie widzi).
jump-no-first-message = To zgłoszenie nie ma pierwszej wiadomości, do której można przejść.
jump-to-top = [Przejdź na początek zgłoszenia #{ $number }]({ $link })
# { $panel }: wpisany tytuł, w cudzysłowie.
switchpanel-no-such-panel = Nie ma panelu o nazwie { $panel }. Listę pokazuje /panel list.
switchpanel-done = To zgłoszenie należy teraz do panelu **{ $panel }**.

## /language

# { $name }: nazwa języka w tym języku (Deutsch, Français…).
language-chosen = Język bota na tym serwerze: { $name }.
language-discord = Bot używa języka serwera z ustawień Discorda: obecnie { $name }.
language-members-own = Członkowie dostają prywatne odpowiedzi we własnym języku Discorda, jeśli bot go obsługuje.
language-members-server = Członkowie dostają odpowiedzi w języku serwera.
# { $language } i { $members }: dwa powyższe zdania.
language-summary = { $language } { $members }

# Tytuł osadzenia powitalnego, gdy panel nie ustawia własnego. %ticket_id% wypełnia bot:
# zostaw bez zmian.
welcome-title = Zgłoszenie #%ticket_id%

## Wbudowane teksty nowego panelu (zapisywane z panelem; administrator może je zmienić)

panel-default-text = Kliknij przycisk poniżej, aby utworzyć zgłoszenie.
# Etykieta przycisku (najwyżej 80 znaków).
panel-default-button = Utwórz zgłoszenie

## Powody, które bot podaje, gdy sam zamyka zgłoszenie

close-request-expired-reason = Prośba o zamknięcie: brak odpowiedzi przed upływem terminu

post-not-connected = Bot nie jest teraz połączony z Discordem, więc nic nie zostało opublikowane. Spróbuj ponownie za minutę.
post-multi-panel-empty = Wszystkie panele tego multipanelu zostały usunięte: najpierw dodaj panele.

perm-view-channels = Wyświetlanie kanałów
perm-manage-channels = Zarządzanie kanałami
perm-manage-roles = Zarządzanie rolami
perm-send-messages = Wysyłanie wiadomości
perm-embed-links = Osadzanie linków
perm-read-message-history = Czytanie historii wiadomości
perm-create-private-threads = Tworzenie wątków prywatnych
perm-send-messages-in-threads = Wysyłanie wiadomości w wątkach
perm-manage-threads = Zarządzanie wątkami
