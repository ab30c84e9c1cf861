# tariff-finder, Polish (pl): guidance templates.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.

title = Taryfy socjalne: tańszy internet i telefon
intro = Taryfa socjalna (social tariff) to tańsza oferta internetu lub telefonu dla osób, które otrzymują określone zasiłki. Kontaktując się z dostawcą, poproś o jego „social tariff”.
interpreter-tip = Infolinie i strony internetowe dostawców są po angielsku. Przez telefon możesz poprosić o tłumacza: angielskie zdania do powiedzenia są na końcu tej strony.
place-area = Dla adresu w: { $place }
place-postcode = Kod pocztowy: { $postcode } ({ $place })
place-none = Nie podano kodu pocztowego: oferty na łączu stacjonarnym są oznaczone jako „może”.
place-not-home = Podany kod pocztowy nie jest adresem domowym: oferty na łączu stacjonarnym są oznaczone jako „może”.
place-border = Ten kod pocztowy leży przy granicy. Może należeć do: { $nations }
benefits-given = Zasiłki: { $benefits }
benefits-none = Zasiłki: żaden z tych, o które pytamy.
own-provider = Przejście na taryfę socjalną własnego dostawcy zwykle nie wiąże się z opłatą za zerwanie umowy, nawet w trakcie jej trwania.
no-offer-from-provider = Nie mamy w bazie taryfy socjalnej tego dostawcy, która pasuje do tych odpowiedzi: { $provider }

group-can-get = Te oferty możesz otrzymać tutaj
group-maybe = Te oferty mogą być dostępne: najpierw sprawdź
group-not-here = Niedostępne pod tym adresem
group-ruled-out = Wykluczone, i dlaczego

your-provider = Twój dostawca
price-month = { $price } miesięcznie
price-free = Bezpłatnie
price-unknown = Cena: zapytaj dostawcę
speed = { $down } Mbps
speed-down-up = pobieranie { $down } Mbps, wysyłanie { $up } Mbps
speed-unknown = Prędkość: zapytaj dostawcę
contract-months = umowa na { $months } mies.
contract-rolling = Bez minimalnego okresu umowy
setup-free = Bez opłaty instalacyjnej
setup-fee = Opłata instalacyjna: { $price }
who-can-get = Kto może skorzystać: { $benefits }
who-anyone = Dla wszystkich: zasiłek nie jest potrzebny.
you-get = Otrzymujesz: { $benefits }
check = Sprawdź: { $text }
terms = Warunki: { $text }
how-to-apply = Jak złożyć wniosek: { $text }
apply-ask = Jak złożyć wniosek: zapytaj dostawcę.
website = Strona internetowa
website-english = Strona internetowa (po angielsku)
phone = Telefon
phone-english = Telefon (po angielsku)
phone-cost-free = Połączenie bezpłatne.
phone-cost-standard = Kosztuje tyle, co połączenie z brytyjskim numerem stacjonarnym; często w ramach pakietu minut.
phone-cost-other = Zapytaj operatora telefonicznego, ile kosztuje połączenie z tym numerem.
have-ready = Przygotuj: { $text }
facts-recent = Stan na: { $date }. Sprawdź cenę u dostawcy.
facts-old =
    Stare informacje, stan na: { $date } ({ $years ->
        [one] ponad rok temu
        [few] ponad { $years } lata temu
        [many] ponad { $years } lat temu
       *[other] ponad { $years } lat temu
    }). Przed złożeniem wniosku sprawdź cenę i warunki u dostawcy.
facts-undated = Stare informacje: źródła tej oferty nie mają daty. Przed złożeniem wniosku sprawdź cenę i warunki u dostawcy.
say-on-phone = Co powiedzieć przez telefon (po angielsku):
say-means = Znaczenie:
phone-script = Dzień dobry. Chciałbym/Chciałabym zapytać o Państwa taryfę socjalną: { $offer }. Otrzymuję zasiłek, który jest na Państwa liście. Czy mogą Państwo sprawdzić, czy mogę z niej skorzystać?
interpreter-request = Proszę o tłumacza. Mój język: { $language }.

why-needs = Wymagany jest: { $accepted }.
why-needs-type = Wymagany jest ten rodzaj: { $needs }.
why-you-told-us = Podano: { $given }.
why-you-get-none = Podano, że nie otrzymujesz żadnego z zasiłków, o które pytamy.
why-outside-crown = { $place } to terytorium zależne Korony, poza Wielką Brytanią. Brytyjskie taryfy socjalne są dla domów w Anglii, Walii, Szkocji i Irlandii Północnej. Zapytaj lokalnych dostawców, jaką pomoc oferują.
why-outside-forces = Adresy BFPO są poza obszarem brytyjskich taryf socjalnych. Jeśli gospodarstwo domowe ma dom w Wielkiej Brytanii, podaj jego kod pocztowy.
why-outside-overseas = { $place } leży poza Wielką Brytanią. Brytyjskie taryfy socjalne są dla domów w Anglii, Walii, Szkocji i Irlandii Północnej.
why-not-in-area = Sieć { $network } nie dociera pod ten adres.
why-not-in-area-note = { $note }.

check-which-type = Jaki rodzaj otrzymujesz? Ta oferta wymaga: { $needs }.
check-type-not-stated = Źródła nie podają, który rodzaj się liczy. Zapytaj dostawcę, czy Twój się liczy: { $have }.
check-list-partial = Pełna lista zasiłków dostawcy nie jest znana: zapytaj, czy Twój zasiłek się liczy.
check-list-partial-known = Pełna lista zasiłków dostawcy nie jest znana. Obejmuje: { $accepted }. Zapytaj, czy Twój zasiłek się liczy.
check-scottish = Ta oferta wymienia: { $counterpart }. W Szkocji zastępuje go: { $have }. Zapytaj, czy się liczy.
check-unverified = Wiadomo, że ten dostawca ma taką ofertę, ale nie udało się potwierdzić jej warunków: zapytaj dostawcę.
check-no-postcode = Nie podano kodu pocztowego: sprawdź, czy oferta jest dostępna pod Twoim adresem.
check-not-home = Ten kod pocztowy nie jest adresem domowym: sprawdź ofertę pod adresem domowym.
check-availability = Sieć { $network } może nie docierać pod każdy adres w tej okolicy: sprawdź swój adres u dostawcy.
check-availability-note = { $note }: sprawdź swój adres u dostawcy.

way-forward = Jeśli możesz mieć prawo do tego zasiłku, sprawdź to (pomoże Citizens Advice): { $benefit }. Liczba ofert, które by się otworzyły: { $count }.
nothing-fits = Nic tutaj nie pasuje jeszcze do tych odpowiedzi.
nothing-fits-advice = Citizens Advice może sprawdzić, jakie zasiłki możesz otrzymać. Niektóre zasiłki otwierają dostęp do taryf socjalnych.
other-help = Inna pomoc, która może pasować:

catalogue-edition = Wydanie katalogu: { $edition } (numer { $serial }).
catalogue-facts = Daty informacji: { $oldest } – { $newest }. Ceny się zmieniają, zwykle w kwietniu: przed zmianą sprawdź u dostawcy.
catalogue-expired = Ten katalog stracił ważność { $date }: oferty i ceny mogły się od tego czasu zmienić. Sprawdź u dostawcy i poproś osobę, która opiekuje się tym komputerem, o jego aktualizację.
not-a-decision = To są wskazówki, a nie decyzja: decyduje dostawca.
in-english = Po angielsku

## The answer first (the short form)

next-steps = Co zrobić dalej
check-first = Najpierw sprawdź
others-count =
    { $count ->
        [one] Jeszcze jedna oferta nie jest dostępna pod tym adresem albo nie pasuje do tych odpowiedzi.
        [few] Jeszcze { $count } oferty nie są dostępne pod tym adresem albo nie pasują do tych odpowiedzi.
       *[other] Jeszcze { $count } ofert nie jest dostępnych pod tym adresem albo nie pasuje do tych odpowiedzi.
    }
more-command = Aby zobaczyć wszystkie wraz z powodami, dodaj --full.
more-key = Naciśnij f, aby zobaczyć wszystkie wraz z powodami.
more-plain = Odpowiedz „tak” na następne pytanie, aby usłyszeć wszystkie wraz z powodami.
more-handout = Doradca może wydrukować wszystkie wraz z powodami.
offer-placeholder = [nazwa oferty]
facts-marker = dane: { $date }
facts-marker-undated = data danych nieznana
