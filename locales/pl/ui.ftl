# tariff-finder, Polish (pl): the wizard's screens.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.

app-title = tariff-finder: taryfy socjalne
step-of = Krok { $step } z { $total }
step-languages = Języki
step-benefits = Zasiłki
step-home = O domu
step-postcode = Kod pocztowy
step-results = Wyniki
step-guidance = Wskazówki
adviser-mode = Tryb doradcy
adviser-account-holder = Posiadacz konta
adviser-provider = Obecny dostawca
adviser-age = Wiek

lang-intro = Wybierz język mieszkańca dla wskazówek i język tego ekranu. Strzałki w lewo i w prawo przełączają listy.
lang-resident = Język mieszkańca
lang-screen = Język ekranu

benefits-intro = Które z tych świadczeń otrzymuje mieszkaniec? Zaznacz wszystkie pasujące.
benefits-filter = Filtr: { $filter }
benefits-no-match = Żadne świadczenie nie pasuje do „{ $filter }”. Esc czyści filtr.
benefits-choice-none = Żadne z tych
group-uc = Universal Credit i starsze zasiłki
group-pension = Wiek emerytalny
group-disability = Niepełnosprawność i opieka
group-housing = Mieszkanie i Council Tax
group-scotland = Szkocja
group-other = Inne
followup-uc = Zarobki w ostatnim okresie rozliczeniowym?
followup-pc = Która część?
followup-jsa = Jaki rodzaj?
followup-esa = Jaki rodzaj?
choice-not-sure = nie wiem
choice-no-earnings = bez zarobków
choice-with-earnings = z zarobkami
choice-guarantee = Guarantee Credit
choice-savings = tylko Savings Credit
choice-income-based = zależny od dochodów
choice-contribution-based = New Style
help-universal-credit = Miesięczna płatność dla osób o niskich dochodach lub bez pracy.
help-pension-credit = Dodatkowe pieniądze dla osób po wieku emerytalnym o niskich dochodach.
help-income-support = Starszy zasiłek dla niektórych osób o niskich dochodach, które nie mogą pracować.
help-jsa = Dla osób szukających pracy.
help-esa = Dla osób, którym choroba lub niepełnosprawność utrudnia pracę.
help-pip = Pomoc w dodatkowych kosztach przewlekłej choroby lub niepełnosprawności.
help-adult-disability-payment = Szkocki zasiłek, który zastępuje PIP.
help-pension-age-disability-payment = Szkocki zasiłek, który zastępuje Attendance Allowance.
help-dla = Disability Living Allowance, obecnie głównie dla dzieci.
help-attendance-allowance = Dla osób po wieku emerytalnym, które potrzebują opieki.
help-housing-benefit = Pomoc w opłacaniu czynszu, wypłacana przez gminę (council).
help-carers-allowance = Dla osób opiekujących się kimś co najmniej 35 godzin tygodniowo.
help-carer-support-payment = Szkocki zasiłek, który zastępuje Carer’s Allowance.
help-council-tax-reduction = Niższy podatek lokalny (Council Tax) dla osób o niskich dochodach.
help-care-leaver = Młoda osoba, która była pod opieką gminy (council).
help-none = Mieszkaniec nie otrzymuje żadnego z powyższych zasiłków.

home-account-holder = Czy mieszkaniec jest posiadaczem konta internetowego (osobą, na którą zawarta jest umowa)?
home-provider = Obecny dostawca internetu (opcjonalnie)
home-age = Wiek mieszkańca (opcjonalnie: tylko tam, gdzie oferta od niego zależy)
age-under-18 = poniżej 18 lat
age-working-age = od 18 lat do wieku emerytalnego
age-pension-age = wiek emerytalny lub więcej
provider-none = Brak / inny
choice-yes = tak
choice-no = nie

postcode-prompt = Kod pocztowy domu albo tylko jego pierwsza część (na przykład B1)
postcode-empty = Brak kodu: naciśnij Enter, aby wybrać „brak stałego adresu / nie wiem”.
postcode-none = Brak stałego adresu / nie wiem: oferty na łączu stacjonarnym są oznaczone jako „może”.
postcode-found = { $place }
postcode-suggest = Naciśnij F3, aby go użyć.

results-none = Na razie nic do pokazania.
detail-title = Szczegóły

guidance-actions = s zapisz jako HTML · m zapisz jako Markdown · p drukuj · c kopiuj · f wszystkie oferty
saved-to = Zapisano: { $path }
save-failed = Nie udało się zapisać ulotki: { $reason }
no-print-command = Nie ustawiono polecenia drukowania: zapisz ulotkę i wydrukuj ją stamtąd.
copied = Wysłano do schowka terminala, jeśli go obsługuje (s zapisuje plik).

# The keys line: each key's word (the key names themselves are the same in every language).
key-next = dalej
key-back = wstecz
key-help = pomoc
key-adviser = doradca
key-results = wyniki
key-new-resident = nowa osoba
key-colours = kolory
key-clear = wyczyść moje odpowiedzi
keys-quit = q wyjdź
keys-typing = wpisywanie · Ctrl+C wyjdź
help-title = Klawisze
help-body =
    Enter lub Tab: następny krok
    Esc lub Shift+Tab: wstecz (odpowiedzi zostają)
    Góra, dół: ruch · Spacja: zaznacz lub odznacz
    Lewo, prawo: zmień wybór
    W polu tekstowym: Ctrl+U czyści, Ctrl+W usuwa słowo
    F5: przejdź do wyników · F2: tryb doradcy (wszystko na jednym ekranie)
    Ctrl+N: nowa osoba (zapomina wszystkie odpowiedzi)
    t: zmień kolory (domyślne, wysoki kontrast, bez kolorów)
    q: wyjdź (nie podczas wpisywania) · Ctrl+C: wyjdź
    F1 lub Esc: zamknij pomoc
quit-confirm = Wpisano odpowiedzi. Wyjść i je zapomnieć? y: wyjdź · n: zostań
new-resident-done = Nowa osoba: wszystkie odpowiedzi zostały zapomniane.
too-small = Powiększ okno (co najmniej 80 × 24).
footer-catalogue = Katalog { $edition } ({ $source }) · informacje: { $oldest } – { $newest }
footer-old = stare: sprawdź ceny u dostawcy

plain-intro = tariff-finder: taryfy socjalne. Odpowiedz na każde pytanie i naciśnij Enter; pusta linia zostawia wartość domyślną.
plain-screen-language = Język ekranu?
plain-default = Domyślnie: { $default }.
plain-benefits = Zasiłki: numery lub identyfikatory, oddzielone przecinkami lub spacjami. Puste: żaden z tych.
plain-postcode-empty = Puste: brak stałego adresu / nie wiem.
plain-no-postcode = brak stałego adresu / nie wiem
plain-choose = Wybierz numer od 1 do { $max }.
plain-no-benefit-number = Nie ma zasiłku o tym numerze: { $number }
postcode-err-empty = Kod pocztowy jest pusty.
postcode-err-char = Kod pocztowy zawiera znak, który nie jest literą ani cyfrą: { $char }
postcode-err-shape = „{ $input }” nie ma formy brytyjskiego kodu pocztowego.
postcode-err-unknown = { $postcode } wygląda jak kod pocztowy, ale nie ma okręgu { $outcode }.
postcode-hint-suggest = Czy chodziło o: { $suggestion }
postcode-hint-unknown = Sprawdź go na liście lub rachunku: kod mógł się zmienić albo zawierać literówkę. Możesz też pominąć kod pocztowy.
postcode-hint-shape = Brytyjski kod pocztowy wygląda jak B1 1BB albo SW1A 2AA. Możesz podać tylko pierwszą część (B1) albo go pominąć.

## Kiosk (publiczne laptopy) i drukowanie
kiosk-countdown-title = Czy nadal tu jesteś?
kiosk-countdown = Aby Twoje odpowiedzi pozostały prywatne, ten ekran zostanie wkrótce wyczyszczony.
kiosk-seconds-left = Pozostało sekund: { $seconds }
kiosk-more-time = Naciśnij dowolny klawisz, aby mieć więcej czasu.
kiosk-stays-open = Ten publiczny komputer nie zamyka tego programu. Aby wyczyścić odpowiedzi, naciśnij F12 lub Ctrl+N.
kiosk-pin-title = Personel: zamknij kiosk
kiosk-pin-prompt = Wpisz PIN administratora i naciśnij Enter. Esc anuluje.
kiosk-pin-wrong = Błędny PIN.
kiosk-pin-wait = Zbyt wiele błędnych PIN-ów. Sekund do odczekania: { $seconds }
kiosk-no-pin = Nie ustawiono PIN-u administratora: zatrzymaj kiosk z poziomu nadzorcy.
kiosk-saving-off = Zapisywanie jest wyłączone na tym komputerze. Poproś pracownika o wydrukowanie wskazówek.
printing = Wysyłanie ulotki do drukarki…
printed = Ulotka została wysłana do drukarki.
print-failed = Drukowanie nie powiodło się: { $reason }

## Catalogue refresh (adviser laptops)
refresh-started = Pobieranie najnowszego katalogu…
refresh-updated = Używany jest nowy katalog: wydanie { $edition } (numer { $serial }).
refresh-unchanged = Katalog jest aktualny: wydanie { $edition } (numer { $serial }).
refresh-failed = Nie udało się zaktualizować katalogu: { $reason }. Nadal używane jest wydanie { $edition }.
refresh-not-set-up = Nie ustawiono adresu katalogu ([refresh] url w pliku konfiguracji).
help-refresh = Ctrl+R: pobierz teraz najnowszy katalog
help-adviser = Tryb doradcy: Tab przechodzi między polami · F5: wyniki, aby je zapisać lub wydrukować

## Live postcode confirmation (when set up)
postcode-confirmed = Kod pocztowy potwierdzony online: to { $nation }.
postcode-not-found-online = Usługa wyszukiwania kodów pocztowych nie zna kodu { $postcode }: sprawdź, czy nie ma literówki.
postcode-lookup-failed = Nie udało się potwierdzić kodu pocztowego online: używana jest wbudowana tabela.

## Kiosk screens
help-body-kiosk =
    Enter lub Tab: następny krok
    Esc lub Shift+Tab: wstecz (odpowiedzi zostają)
    Góra, dół: ruch · Spacja: zaznacz lub odznacz
    Lewo, prawo: zmień wybór
    F5: przejdź do wyników
    F12, Ctrl+N: wyczyść moje odpowiedzi
    t: zmień kolory (domyślne, wysoki kontrast, bez kolorów)
    F1 lub Esc: zamknij pomoc
kiosk-print-failed = Drukarka nie odpowiada. Poproś pracownika o pomoc.
kiosk-action-print = p wydrukuj wskazówki
kiosk-action-save = s zapisz wskazówki
kiosk-no-actions = Zapisz potrzebne numery telefonów albo poproś pracownika o wydruk.
lang-choose-line = Wybierz ↑ ↓ i naciśnij Enter
plain-full-question = Usłyszeć wszystkie oferty wraz z powodami?
plain-question = Pytanie { $n } z { $total }.
plain-question-more = Więcej o pytaniu { $n }.
plain-choices =
    { $count ->
        [one] Jedna możliwość:
        [few] { $count } możliwości:
       *[other] { $count } możliwości:
    }
plain-same-choices = Te same możliwości co w pytaniu { $n }.
plain-you-chose = Wybrano: { $answer }.
plain-none = żadne z nich
plain-provider-type = Wpisz jego nazwę albo naciśnij Enter, jeśli nie ma.

## Verdicts on the results list, and where the catalogue came from
tag-yes = [tak]
tag-maybe = [może]
tag-not-here = [nie tutaj]
tag-no = [nie]
origin-embedded = wbudowany
origin-cache = pobrany
origin-file = plik
postcode-incomplete = Pisz dalej: druga część to cyfra i dwie litery, jak w B1 1BB.
print-reads-best = { $language }: najlepiej czytać na papierze, wydrukuj (p) lub zapisz (s) ulotkę.
