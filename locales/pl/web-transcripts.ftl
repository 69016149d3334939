# Przeglądarka transkrypcji w panelu sterowania (i strona HTML polecenia `ticketbox transcript get`,
# która wyświetla ją po angielsku): nagłówek zamkniętego zgłoszenia, jego wiadomości tak, jak
# pokazywał je Discord, i linki do stron długiej transkrypcji (tłumaczenie z angielskiego).
# To, co napisali członkowie (wiadomości, nazwy, odpowiedzi z formularzy, pytania ankiety),
# nigdy nie jest tłumaczone.

## Błędy przeglądarki

web-transcript-not-found = Nie ma tu transkrypcji albo nie możesz jej przeczytać.
web-transcript-busy = W tej chwili otwieranych jest wiele transkrypcji. Spróbuj ponownie za moment.

## Tytuł i nagłówek strony

# Tytuł i nagłówek strony: numer zgłoszenia i nazwa serwera.
web-transcript-title = Zgłoszenie #{ $number } — { $guild }
# Etykiety wierszy nagłówka.
web-transcript-server = Serwer
web-transcript-ticket = Zgłoszenie
web-transcript-panel = Panel
web-transcript-opened-by = Otwarte przez
# Kiedy otwarto zgłoszenie (dalej następuje data).
web-transcript-opened = Otwarto
web-transcript-claimed-by = Przejęte przez
web-transcript-closed-by = Zamknięte przez
# Kiedy zamknięto zgłoszenie (dalej następuje data).
web-transcript-closed = Zamknięto
# Dlaczego zgłoszenie zostało zamknięte.
web-transcript-reason = Powód
web-transcript-subject = Temat
web-transcript-labels = Etykiety
# Ocena w gwiazdkach i komentarz autora zgłoszenia, wystawione po zamknięciu.
web-transcript-rating = Ocena
web-transcript-comment = Komentarz
# Odpowiedź z ankiety końcowej; $question to pytanie serwera w oryginalnym brzmieniu.
web-transcript-survey = Ankieta: { $question }

## Wiadomości

# Odpowiedź, której oryginalnej wiadomości nie ma w transkrypcji.
web-transcript-reply-missing = wiadomość spoza tej transkrypcji
# Znacznik po nazwie bota, tak jak pokazuje go Discord.
web-transcript-bot = BOT
# Po edytowanej wiadomości.
web-transcript-edited = (edytowano)
# Naklejka wysłana w wiadomości; $name to jej nazwa.
web-transcript-sticker = Naklejka: { $name }
# Oznaczenie roli lub kanału, które już nie istnieją (zapisywane po @ lub #, jak w Discordzie).
# $id to ich identyfikator Discorda.
web-transcript-deleted-role = usunięta-rola
web-transcript-deleted-channel = usunięty-kanał
web-transcript-deleted-role-id = usunięta-rola { $id }
web-transcript-deleted-channel-id = usunięty-kanał { $id }

## Załączniki

# Załącznik, którego plik jest zarchiwizowany, ale bez linku (samodzielna strona); $size w bajtach.
web-transcript-attachment = [załącznik: { $name } ({ $size } B)]
# Załącznik, którego nie zarchiwizowano; $reason mówi dlaczego (zapisany po angielsku).
web-transcript-attachment-skipped = [załącznik niezarchiwizowany: { $name } — { $reason }]
web-transcript-attachment-plain = [załącznik: { $name }]
# Rozmiar pliku. $count to całkowita liczba bajtów; $size to liczba z jednym miejscem po
# przecinku, już zapisana z kropką (12.3).
web-transcript-size-bytes = { $count ->
    [one] { $count } bajt
    [few] { $count } bajty
    [many] { $count } bajtów
   *[other] { $count } bajta
}
web-transcript-size-kb = { $size } KB
web-transcript-size-mb = { $size } MB

## Linki do stron długiej transkrypcji

web-transcript-earlier = ← Wcześniejsze
web-transcript-later = Późniejsze →
# Które wiadomości pokazuje ta strona; wszystko to liczby.
web-transcript-position = Wiadomości { $from }–{ $to } z { $total } (strona { $page } z { $pages })
web-transcript-show-all = Pokaż wszystkie

web-transcript-note-channel-deleted = Kanał zgłoszenia został usunięty, zanim udało się go zarchiwizować: zachowano tylko szczegóły zgłoszenia.
web-transcript-note-reopened-channel-deleted = Zgłoszenie zostało ponownie otwarte; jego kanał usunięto, zanim udało się zarchiwizować drugie zamknięcie: transkrypcja kończy się na pierwszym zamknięciu.
web-transcript-skip-per-file = większy niż limit { $mib } MiB na plik
web-transcript-skip-ticket-limit = osiągnięto limit { $mib } MiB załączników zgłoszenia
web-transcript-skip-download = pobieranie nie powiodło się ({ $why })
web-transcript-skip-not-on-cdn = nie znajduje się na serwerach plików Discorda, więc nie został pobrany
web-transcript-unknown-user = nieznany użytkownik { $id }
web-transcript-removed-content = [usunięto na prośbę]
