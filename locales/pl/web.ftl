# Rama panelu sterowania: nagłówek, wybór języka, karty, potwierdzenia, strony błędów
# (tłumaczenie z angielskiego). Wyświetlane odwiedzającemu w jego języku; to, co napisał serwer
# (tytuły paneli, wiadomości powitalne), nigdy nie jest tłumaczone.

## Nagłówek i wybór języka

web-log-out = Wyloguj się
# Etykieta wyboru języka (odczytywana przez czytniki ekranu) i jego przycisk.
web-language = Język
web-language-apply = Zmień
web-language-unknown = Ten język nie jest tu dostępny.

## Karty serwera

web-tab-tickets = Otwarte zgłoszenia
web-tab-transcripts = Transkrypcje
web-tab-stats = Statystyki
web-tab-settings = Ustawienia
web-tab-panels = Panele
web-tab-multipanels = Multipanele
web-tab-forms = Formularze
web-tab-staff = Personel i zespoły
web-tab-tags = Tagi
web-tab-labels = Etykiety
web-tab-integrations = Integracje
web-tab-audit = Dziennik zdarzeń

## Potwierdzenia po zmianie

web-done-saved = Zapisano.
web-done-created = Utworzono.
web-done-deleted = Usunięto.
web-done-sent = Opublikowano na Discordzie.
web-done-added = Dodano.
web-done-removed = Usunięto.
web-done-moved = Przeniesiono.
web-done-blacklisted = Dodano do czarnej listy.
web-done-unblacklisted = Usunięto z czarnej listy.

## Ile czasu temu (krótko, na listach)

web-age-days = { $count } d
web-age-hours = { $count } godz.
web-age-minutes = { $count } min

## Strony błędów: tytuły (statusy HTTP) i teksty

web-status-400 = Nieprawidłowe żądanie
web-status-401 = Wymagane uwierzytelnienie
web-status-403 = Brak dostępu
web-status-404 = Nie znaleziono
web-status-408 = Przekroczono limit czasu żądania
web-status-413 = Zbyt duże żądanie
web-status-422 = Nie zapisano
web-status-429 = Zbyt wiele żądań
web-status-500 = Wewnętrzny błąd serwera
web-status-502 = Błędna brama
web-status-503 = Usługa niedostępna
web-guild-not-found = Nie ma takiego serwera albo nie możesz nim zarządzać.
web-form-expired = Ten formularz wygasł lub nie pochodzi z tego panelu sterowania. Odśwież stronę i spróbuj ponownie.
web-internal-error = Coś poszło nie tak po naszej stronie. Błąd został zapisany.
