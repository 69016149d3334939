# Odpowiedzi narzędzi personelu (formularze, tagi, etykiety, dyżury, automatyczne zamykanie)
# i to, co zadanie automatycznego zamykania publikuje w zgłoszeniach (tłumaczenie z angielskiego).
# Zmienne: `{ $name }`. Znaczniki Discorda zostają bez zmian: <@{ $user }> członek,
# <@&{ $role }> rola, <t:{ $at }:R> czas względny; **pogrubienie** i `kod` to formatowanie Discorda.
# Nazwy poleceń (/form create) i wpisywane słowa kluczowe (none, off, short, paragraph) zostają po angielsku.

## /form: pytania zadawane, zanim panel otworzy zgłoszenie

# { $title }, { $form }: tytuł formularza wpisany przez administratora, w cudzysłowie ("Support").
form-cmd-exists = Formularz o nazwie { $title } już istnieje.
form-cmd-no-such-form-list = Nie ma formularza o nazwie { $form }. Listę pokazuje /form list.
form-cmd-no-such-form = Nie ma formularza o nazwie { $form }.
# { $max }: największa liczba pytań w formularzu.
form-cmd-created = { $max ->
    [one] Utworzono formularz **{ $title }**. Dodaj do niego najwyżej { $max } pytanie poleceniem /form add-input.
    [few] Utworzono formularz **{ $title }**. Dodaj do niego najwyżej { $max } pytania poleceniem /form add-input.
    [many] Utworzono formularz **{ $title }**. Dodaj do niego najwyżej { $max } pytań poleceniem /form add-input.
   *[other] Utworzono formularz **{ $title }**. Dodaj do niego pytania poleceniem /form add-input (najwyżej { $max }).
}
# „short” i „paragraph” to wartości wpisywane przez administratora: zostają po angielsku.
form-cmd-bad-style = Styl musi mieć wartość short lub paragraph.
# { $count }: numer pytania; { $max }: największa liczba pytań w formularzu.
form-cmd-question-added = Dodano pytanie do formularza **{ $form }** ({ $count } z { $max }).
form-cmd-deleted = Usunięto formularz **{ $title }**.
form-cmd-none = Nie ma jeszcze formularzy. Utwórz formularz poleceniem /form create.

## /tag i /managetags: zapisane odpowiedzi

# { $name }: nazwa tagu, w cudzysłowie ("zwrot").
tag-no-such-tag-list = Nie ma tagu o nazwie { $name }. Listę pokazuje /managetags list.
tag-no-such-tag = Nie ma tagu o nazwie { $name }.
# { $name }: nazwa tagu (jako `kod`).
tag-saved = Zapisano tag `{ $name }`.
tag-updated = Zaktualizowano tag `{ $name }`.
tag-embed-saved = Zapisano osadzenie tagu `{ $name }`.
tag-deleted = Usunięto tag `{ $name }`.
tag-none = Nie ma jeszcze tagów. Dodaj tag poleceniem /managetags add.

## /label: etykiety zgłoszeń

label-unknown = Ten serwer nie ma etykiety o tej nazwie. Listę pokazuje /label list; administratorzy dodają etykiety poleceniem /label create.
label-nothing-to-do = Nie ma nic do zrobienia.
# Publikowane w zgłoszeniu. { $label }: nazwa etykiety.
label-added = 🏷️ <@{ $user }> nadaje temu zgłoszeniu etykietę **{ $label }**.
label-removed = 🏷️ <@{ $user }> zdejmuje z tego zgłoszenia etykietę **{ $label }**.
label-none-yet = Ten serwer nie ma jeszcze etykiet. Administratorzy dodają je poleceniem /label create.
# Nagłówek /label list.
label-list-title = **Etykiety**
# { $labels }: etykiety zgłoszenia oddzielone przecinkami (albo —, gdy nie ma żadnej).
label-list-this-ticket = To zgłoszenie: { $labels }
# { $colour }: kolor w postaci #RRGGBB.
label-created = Utworzono etykietę **{ $label }** (`{ $colour }`).
label-recoloured = Etykieta **{ $label }** ma teraz kolor `{ $colour }`.
label-deleted = Usunięto etykietę **{ $label }**.

## /on-call i /setup on-call

# Nazwa roli, którą ticketbox tworzy dla personelu na dyżurze (nazwa roli Discorda, najwyżej 100 znaków).
oncall-role-name = Na dyżurze
oncall-role-set = Osoby na dyżurze otrzymują teraz rolę <@&{ $role }>. Wszystkie dyżury zostały zakończone; personel rozpoczyna dyżur poleceniem /on-call.
oncall-role-cleared = Nie ustawiono roli dyżurnej: ticketbox utworzy ją przy następnym /on-call.
# „Zarządzanie rolami” to nazwa uprawnienia w polskim Discordzie.
oncall-needs-manage-roles = ticketbox potrzebuje uprawnienia Zarządzanie rolami, aby utworzyć rolę dyżurną. Nadaj mu to uprawnienie albo poproś administratora o wybranie istniejącej roli poleceniem /setup on-call.
oncall-role-deleted = Rola dyżurna została usunięta na Discordzie; użyj ponownie /on-call, aby utworzyć nową.
# { $role }: nazwa roli. „Ustawienia serwera → Role” to menu Discorda.
oncall-cannot-assign = ticketbox nie może nadać ani odebrać roli { $role }: potrzebuje uprawnienia Zarządzanie rolami i roli położonej wyżej niż ona (Ustawienia serwera → Role).
oncall-on = Jesteś na dyżurze (<@&{ $role }>): nowe zgłoszenia w wątkach będą Cię dodawać. Użyj ponownie /on-call, aby zakończyć dyżur.
# To samo na serwerze, który otwiera zgłoszenia jako kanały.
oncall-on-channel-mode = Jesteś na dyżurze (<@&{ $role }>): nowe zgłoszenia w wątkach będą Cię dodawać. Użyj ponownie /on-call, aby zakończyć dyżur.
    Uwaga: ten serwer otwiera zgłoszenia jako kanały, w których cały zespół widzi każde zgłoszenie; dyżur dotyczy tylko zgłoszeń w wątkach.
oncall-off = Twój dyżur się zakończył (odebrano rolę <@&{ $role }>). Nowe zgłoszenia w wątkach nie będą Cię już dodawać.

## /autoclose

autoclose-cmd-saved = Zapisano ustawienia automatycznego zamykania.
# { $grace }: czas, np. 1h lub 2d 3h.
autoclose-cmd-overdue = { $count ->
    [one] { $count } otwarte zgłoszenie już kwalifikuje się do zamknięcia według reguł: zostanie zamknięte za { $grace }, jeśli nikt nie odpowie.
    [few] { $count } otwarte zgłoszenia już kwalifikują się do zamknięcia według reguł: zostaną zamknięte za { $grace }, jeśli nikt nie odpowie.
    [many] { $count } otwartych zgłoszeń już kwalifikuje się do zamknięcia według reguł: zostaną zamknięte za { $grace }, jeśli nikt nie odpowie.
   *[other] Otwarte zgłoszenia, które już kwalifikują się do zamknięcia według reguł: { $count }. Zostaną zamknięte za { $grace }, jeśli nikt nie odpowie.
}
autoclose-cmd-excluded = To zgłoszenie nie będzie zamykane automatycznie. Użyj tego polecenia ponownie, aby to cofnąć.
autoclose-cmd-included = To zgłoszenie znów podlega regułom automatycznego zamykania serwera.
# /autoclose show. { $state }: autoclose-cmd-on albo autoclose-cmd-off; czasy jak 30m, 12h lub 3d
# albo autoclose-cmd-off; { $on_leave }: autoclose-cmd-close albo autoclose-cmd-off;
# { $warning }: autoclose-cmd-warning-before albo autoclose-cmd-off.
autoclose-cmd-rules = **Automatyczne zamykanie: { $state }**
    • Brak odpowiedzi autora od otwarcia: { $no_response }
    • Brak odpowiedzi autora od ostatniej wiadomości personelu: { $since_last_message }
    • Autor opuszcza serwer: { $on_leave }
    • Ostrzeżenie przed zamknięciem: { $warning }
autoclose-cmd-on = włączone
autoclose-cmd-off = wyłączone
autoclose-cmd-close = zamknięcie
# { $duration }: czas, np. 1h lub 2d 3h.
autoclose-cmd-warning-before = { $duration } wcześniej

## Automatyczne zamykanie: ostrzeżenie publikowane w zgłoszeniu i powód zamknięcia

autoclose-warn-title = To zgłoszenie wkrótce zostanie zamknięte
# { $duration }: czas, np. 1h lub 2d 3h. „Pozostaw otwarte” to przycisk poniżej
# (autoclose-warn-keep-open): te same słowa.
autoclose-warn-description = Bez odpowiedzi to zgłoszenie zostanie automatycznie zamknięte <t:{ $at }:R> (za około { $duration }). Kliknij **Pozostaw otwarte**, jeśli jest nadal potrzebne.
# Przycisk (najwyżej 80 znaków).
autoclose-warn-keep-open = Pozostaw otwarte
# Powód zamknięcia zgłoszenia zamkniętego automatycznie (na kanale logów i w wiadomości prywatnej do autora).
autoclose-warn-reason-no-response = Zamknięte automatycznie: brak odpowiedzi autora zgłoszenia od otwarcia
autoclose-warn-reason-since-last-message = Zamknięte automatycznie: brak odpowiedzi autora zgłoszenia od ostatniej wiadomości personelu
autoclose-warn-reason-on-leave = Zamknięte automatycznie: autora zgłoszenia nie ma już na serwerze
