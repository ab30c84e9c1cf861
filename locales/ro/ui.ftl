# tariff-finder, Romanian (ro): the wizard's screens.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.

app-title = tariff-finder: tarife sociale
step-of = Pasul { $step } din { $total }
step-languages = Limbi
step-benefits = Ajutoare
step-home = Despre locuință
step-postcode = Cod poștal
step-results = Rezultate
step-guidance = Îndrumări
adviser-mode = Mod consilier
adviser-account-holder = Titularul contului
adviser-provider = Furnizorul actual
adviser-age = Vârsta

lang-intro = Alegeți limba locuitorului pentru îndrumări și limba acestui ecran. Săgețile stânga și dreapta schimbă lista.
lang-resident = Limba locuitorului
lang-screen = Limba ecranului

benefits-intro = Pe care dintre acestea le primește locuitorul? Bifați toate care se aplică.
benefits-filter = Filtru: { $filter }
benefits-no-match = Niciun beneficiu nu se potrivește cu „{ $filter }”. Esc golește filtrul.
benefits-choice-none = Niciunul dintre acestea
group-uc = Universal Credit și ajutoare mai vechi
group-pension = Vârsta pensionării
group-disability = Dizabilitate și îngrijire
group-housing = Locuință și Council Tax
group-scotland = Scoția
group-other = Altele
followup-uc = Venituri din muncă în ultima perioadă de evaluare?
followup-pc = Care parte?
followup-jsa = Ce tip?
followup-esa = Ce tip?
choice-not-sure = nu știu
choice-no-earnings = fără venituri
choice-with-earnings = cu venituri
choice-guarantee = Guarantee Credit
choice-savings = doar Savings Credit
choice-income-based = în funcție de venit
choice-contribution-based = New Style
help-universal-credit = O plată lunară pentru persoanele cu venituri mici sau fără loc de muncă.
help-pension-credit = Bani în plus pentru persoanele peste vârsta pensionării cu venituri mici.
help-income-support = Un ajutor mai vechi pentru unele persoane cu venituri mici care nu pot lucra.
help-jsa = Pentru persoanele care își caută de lucru.
help-esa = Pentru persoanele a căror boală sau dizabilitate le limitează munca.
help-pip = Ajutor pentru costurile suplimentare ale unei afecțiuni de lungă durată sau dizabilități.
help-adult-disability-payment = Ajutorul scoțian care înlocuiește PIP.
help-pension-age-disability-payment = Ajutorul scoțian care înlocuiește Attendance Allowance.
help-dla = Disability Living Allowance, acum mai ales pentru copii.
help-attendance-allowance = Pentru persoanele peste vârsta pensionării care au nevoie de îngrijire.
help-housing-benefit = Ajutor pentru chirie, plătit de primărie (council).
help-carers-allowance = Pentru persoanele care îngrijesc pe cineva cel puțin 35 de ore pe săptămână.
help-carer-support-payment = Ajutorul scoțian care înlocuiește Carer’s Allowance.
help-council-tax-reduction = O factură Council Tax mai mică pentru persoanele cu venituri mici.
help-care-leaver = Un tânăr care a fost în grija autorităților (council).
help-none = Locuitorul nu primește niciunul dintre ajutoarele de mai sus.

home-account-holder = Este locuitorul titularul contului de internet (persoana pe numele căreia este contractul)?
home-provider = Furnizorul actual de internet (opțional)
home-age = Vârsta locuitorului (opțional: contează doar unde oferta depinde de ea)
age-under-18 = sub 18 ani
age-working-age = de la 18 ani până la vârsta pensionării
age-pension-age = vârsta pensionării sau mai mult
provider-none = Niciunul / altul
choice-yes = da
choice-no = nu

postcode-prompt = Codul poștal al locuinței, sau doar prima jumătate (de exemplu B1)
postcode-empty = Niciun cod poștal: apăsați Enter pentru „fără adresă fixă / nu știu”.
postcode-none = Fără adresă fixă / nu știu: ofertele pe linie fixă apar ca „poate”.
postcode-found = { $place }
postcode-suggest = Apăsați F3 ca să-l folosiți.

results-none = Nimic de arătat încă.
detail-title = Detalii

guidance-actions = s salvează ca HTML · m salvează ca Markdown · p tipărește · c copiază · f toate ofertele
saved-to = Salvat: { $path }
save-failed = Nu s-a putut salva fișa: { $reason }
no-print-command = Nu este configurată nicio comandă de tipărire: salvați fișa și tipăriți-o de acolo.
copied = Trimis în clipboardul terminalului, dacă îl acceptă (s salvează un fișier).

# The keys line: each key's word (the key names themselves are the same in every language).
key-next = înainte
key-back = înapoi
key-help = ajutor
key-adviser = consilier
key-results = rezultate
key-new-resident = persoană nouă
key-colours = culori
key-clear = șterge răspunsurile mele
keys-quit = q ieșire
keys-typing = scriere · Ctrl+C ieșire
help-title = Taste
help-body =
    Enter sau Tab: pasul următor
    Esc sau Shift+Tab: înapoi (răspunsurile rămân)
    Sus, jos: mutare · Spațiu: bifează sau debifează
    Stânga, dreapta: schimbă o alegere
    Într-un câmp de text: Ctrl+U îl golește, Ctrl+W șterge un cuvânt
    F5: salt la rezultate · F2: mod consilier (totul pe un ecran)
    Ctrl+N: persoană nouă (uită toate răspunsurile)
    t: schimbă culorile (implicit, contrast ridicat, simplu)
    q: ieșire (nu în timp ce scrieți) · Ctrl+C: ieșire
    F1 sau Esc: închide ajutorul
quit-confirm = Au fost introduse răspunsuri. Ieșiți și le uitați? y: ieșire · n: rămâneți
new-resident-done = Persoană nouă: toate răspunsurile au fost uitate.
too-small = Vă rugăm să măriți fereastra (cel puțin 80 × 24).
footer-catalogue = Catalog { $edition } ({ $source }) · informații: { $oldest } – { $newest }
footer-old = vechi: verificați prețurile cu furnizorul

plain-intro = tariff-finder: tarife sociale. Răspundeți la fiecare întrebare și apăsați Enter; o linie goală păstrează valoarea implicită.
plain-screen-language = Limba ecranului?
plain-default = Implicit: { $default }.
plain-benefits = Ajutoare: numere sau identificatori, separate prin virgule sau spații. Gol: niciunul dintre acestea.
plain-postcode-empty = Gol: fără adresă fixă / nu știu.
plain-no-postcode = fără adresă fixă / nu știu
plain-choose = Alegeți un număr de la 1 la { $max }.
plain-no-benefit-number = Nu există niciun ajutor cu acest număr: { $number }
postcode-err-empty = Codul poștal este gol.
postcode-err-char = Codul poștal are un caracter care nu este literă sau cifră: { $char }
postcode-err-shape = „{ $input }” nu are forma unui cod poștal din Regatul Unit.
postcode-err-unknown = { $postcode } arată ca un cod poștal, dar nu există districtul { $outcode }.
postcode-hint-suggest = Ați vrut să scrieți: { $suggestion }
postcode-hint-unknown = Verificați-l pe o scrisoare sau o factură: codul poate s-a schimbat sau a fost scris greșit. Sau nu dați codul poștal.
postcode-hint-shape = Un cod poștal din Regatul Unit arată ca B1 1BB sau SW1A 2AA. Puteți da doar prima jumătate (B1) sau îl puteți omite.

## Chioșc (laptopuri publice) și tipărire
kiosk-countdown-title = Mai sunteți aici?
kiosk-countdown = Pentru ca răspunsurile dvs. să rămână private, acest ecran va fi șters în curând.
kiosk-seconds-left = Secunde rămase: { $seconds }
kiosk-more-time = Apăsați orice tastă pentru mai mult timp.
kiosk-stays-open = Acest calculator public ține programul deschis. Pentru a șterge răspunsurile, apăsați F12 sau Ctrl+N.
kiosk-pin-title = Personal: închideți chioșcul
kiosk-pin-prompt = Tastați PIN-ul de administrator, apoi Enter. Esc anulează.
kiosk-pin-wrong = PIN greșit.
kiosk-pin-wait = Prea multe PIN-uri greșite. Secunde de așteptat: { $seconds }
kiosk-no-pin = Nu este setat niciun PIN de administrator: opriți chioșcul din supervizor.
kiosk-saving-off = Salvarea este dezactivată pe acest calculator. Rugați un membru al personalului să tipărească îndrumarea.
printing = Se trimite fișa la imprimantă…
printed = Fișa a fost trimisă la imprimantă.
print-failed = Tipărirea a eșuat: { $reason }

## Catalogue refresh (adviser laptops)
refresh-started = Se descarcă cel mai nou catalog…
refresh-updated = Se folosește un catalog nou: ediția { $edition } (numărul { $serial }).
refresh-unchanged = Catalogul este la zi: ediția { $edition } (numărul { $serial }).
refresh-failed = Actualizarea catalogului a eșuat: { $reason }. Se folosește în continuare ediția { $edition }.
refresh-not-set-up = Nu este configurată nicio adresă pentru catalog ([refresh] url în fișierul de configurare).
help-refresh = Ctrl+R: descarcă acum cel mai nou catalog
help-adviser = Mod consilier: Tab trece de la o casetă la alta · F5: rezultatele, de salvat sau tipărit

## Live postcode confirmation (when set up)
postcode-confirmed = Cod poștal confirmat online: este în { $nation }.
postcode-not-found-online = Serviciul de căutare a codurilor poștale nu cunoaște { $postcode }: verificați dacă nu e o greșeală de tastare.
postcode-lookup-failed = Codul poștal nu a putut fi confirmat online: se folosește tabelul încorporat.

## Kiosk screens
help-body-kiosk =
    Enter sau Tab: pasul următor
    Esc sau Shift+Tab: înapoi (răspunsurile rămân)
    Sus, jos: mutare · Spațiu: bifează sau debifează
    Stânga, dreapta: schimbă o alegere
    F5: salt la rezultate
    F12, Ctrl+N: șterge răspunsurile mele
    t: schimbă culorile (implicit, contrast ridicat, simplu)
    F1 sau Esc: închide ajutorul
kiosk-print-failed = Imprimanta nu a răspuns. Rugați un membru al personalului să vă ajute.
kiosk-action-print = p tipărește îndrumările
kiosk-action-save = s salvează îndrumările
kiosk-no-actions = Notați numerele de telefon de care aveți nevoie sau cereți personalului o copie tipărită.
lang-choose-line = Alegeți cu ↑ ↓, apoi apăsați Enter
plain-full-question = Să auziți toate ofertele, cu motivele?
plain-question = Întrebarea { $n } din { $total }.
plain-question-more = Mai mult despre întrebarea { $n }.
plain-choices =
    { $count ->
        [one] O variantă:
        [few] { $count } variante:
       *[other] { $count } de variante:
    }
plain-same-choices = Aceleași variante ca la întrebarea { $n }.
plain-you-chose = Ați ales: { $answer }.
plain-none = niciuna dintre acestea
plain-provider-type = Scrieți numele lui sau apăsați Enter dacă nu există.

## Verdicts on the results list, and where the catalogue came from
tag-yes = [da]
tag-maybe = [poate]
tag-not-here = [nu aici]
tag-no = [nu]
origin-embedded = încorporat
origin-cache = descărcat
origin-file = fișier
postcode-incomplete = Continuați să scrieți: a doua parte este o cifră și două litere, ca în B1 1BB.
print-reads-best = { $language } se citește cel mai bine pe hârtie: tipăriți (p) sau salvați (s) fișa.
