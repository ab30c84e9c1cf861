# tariff-finder, Welsh (cy): the wizard's screens.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.

app-title = tariff-finder: tariffau cymdeithasol
step-of = Cam { $step } o { $total }
step-languages = Ieithoedd
step-benefits = Budd-daliadau
step-home = Am y cartref
step-postcode = Cod post
step-results = Canlyniadau
step-guidance = Canllaw
adviser-mode = Modd cynghorydd
adviser-account-holder = Deiliad y cyfrif
adviser-provider = Darparwr presennol
adviser-age = Oed

lang-intro = Dewiswch iaith y preswylydd ar gyfer y canllaw, ac iaith y sgrin hon. Mae’r saethau chwith a de yn symud rhwng y rhestrau.
lang-resident = Iaith y preswylydd
lang-screen = Iaith y sgrin

benefits-intro = Pa rai o’r rhain y mae’r preswylydd yn eu cael? Ticiwch bob un sy’n berthnasol.
benefits-filter = Hidlo: { $filter }
benefits-no-match = Does dim budd-dal yn cyfateb i “{ $filter }”. Mae Esc yn clirio’r hidlydd.
benefits-choice-none = Dim un o’r rhain
group-uc = Credyd Cynhwysol a budd-daliadau hŷn
group-pension = Oed pensiwn
group-disability = Anabledd a gofal
group-housing = Tai a’r Dreth Gyngor
group-scotland = Yr Alban
group-other = Arall
followup-uc = Enillion yn y cyfnod asesu diwethaf?
followup-pc = Pa ran?
followup-jsa = Pa fath?
followup-esa = Pa fath?
choice-not-sure = ddim yn siŵr
choice-no-earnings = dim enillion
choice-with-earnings = enillion
choice-guarantee = Credyd Gwarantedig
choice-savings = Credyd Cynilo yn unig
choice-income-based = yn seiliedig ar incwm
choice-contribution-based = Dull Newydd
help-universal-credit = Taliad misol i bobl ar incwm isel neu heb waith.
help-pension-credit = Arian ychwanegol i bobl dros oed Pensiwn y Wladwriaeth ar incwm isel.
help-income-support = Budd-dal hŷn i rai pobl ar incwm isel sy’n methu gweithio.
help-jsa = I bobl sy’n chwilio am waith.
help-esa = I bobl y mae salwch neu anabledd yn cyfyngu ar eu gwaith.
help-pip = Help gyda chostau ychwanegol cyflwr hirdymor neu anabledd.
help-adult-disability-payment = Budd-dal yr Alban sy’n cymryd lle PIP.
help-pension-age-disability-payment = Budd-dal yr Alban sy’n cymryd lle Lwfans Gweini.
help-dla = Lwfans Byw i’r Anabl, i blant gan amlaf erbyn hyn.
help-attendance-allowance = I bobl dros oed Pensiwn y Wladwriaeth sydd angen gofal.
help-housing-benefit = Help gyda rhent, a delir gan y cyngor.
help-carers-allowance = I bobl sy’n gofalu am rywun 35 awr yr wythnos neu fwy.
help-carer-support-payment = Budd-dal yr Alban sy’n cymryd lle Lwfans Gofalwr.
help-council-tax-reduction = Bil Treth Gyngor is i bobl ar incwm isel.
help-care-leaver = Person ifanc a fu yng ngofal cyngor.
help-none = Nid yw’r preswylydd yn cael dim un o’r budd-daliadau uchod.

home-account-holder = Ai’r preswylydd yw deiliad y cyfrif band eang (y person y mae’r contract yn ei enw)?
home-provider = Darparwr band eang presennol (dewisol)
home-age = Oed y preswylydd (dewisol: dim ond lle mae cynnig yn dibynnu arno)
age-under-18 = dan 18
age-working-age = 18 hyd at oed pensiwn
age-pension-age = oed pensiwn neu’n hŷn
provider-none = Dim / arall
choice-yes = ydy
choice-no = nac ydy

postcode-prompt = Cod post y cartref, neu ei hanner cyntaf yn unig (er enghraifft CF10)
postcode-empty = Dim cod post: pwyswch Enter am “dim cyfeiriad sefydlog / ddim yn siŵr”.
postcode-none = Dim cyfeiriad sefydlog / ddim yn siŵr: mae cynigion ar linell sefydlog yn dangos “efallai”.
postcode-found = { $place }
postcode-suggest = Pwyswch F3 i’w ddefnyddio.

results-none = Dim byd i’w ddangos eto.
detail-title = Manylion

guidance-actions = s cadw fel HTML · m cadw fel Markdown · p argraffu · c copïo · f pob cynnig
saved-to = Wedi’i gadw: { $path }
save-failed = Methu cadw’r daflen: { $reason }
no-print-command = Nid oes gorchymyn argraffu wedi’i osod: cadwch y daflen a’i hargraffu oddi yno.
copied = Wedi’i anfon i glipfwrdd y derfynell, os yw’n ei dderbyn (s i gadw ffeil).

# The keys line: each key's word (the key names themselves are the same in every language).
key-next = nesaf
key-back = yn ôl
key-help = help
key-adviser = cynghorydd
key-results = canlyniadau
key-new-resident = preswylydd newydd
key-colours = lliwiau
key-clear = clirio fy atebion
keys-quit = q gadael
keys-typing = teipio · Ctrl+C gadael
help-title = Bysellau
help-body =
    Enter neu Tab: y cam nesaf
    Esc neu Shift+Tab: yn ôl (mae’r atebion yn aros)
    I fyny, i lawr: symud · Bylchwr: ticio neu ddad-dicio
    Chwith, de: newid dewis
    Mewn maes testun: Ctrl+U yn ei glirio, Ctrl+W yn dileu gair
    F5: neidio i’r canlyniadau · F2: modd cynghorydd (popeth ar un sgrin)
    Ctrl+N: preswylydd newydd (yn anghofio pob ateb)
    t: newid lliwiau (arferol, cyferbyniad uchel, plaen)
    q: gadael (nid wrth deipio) · Ctrl+C: gadael
    F1 neu Esc: cau’r help hwn
quit-confirm = Mae atebion wedi’u rhoi. Gadael a’u hanghofio? y: gadael · n: aros
new-resident-done = Preswylydd newydd: mae pob ateb wedi’i anghofio.
too-small = Gwnewch y ffenestr yn fwy, os gwelwch yn dda (o leiaf 80 × 24).
footer-catalogue = Catalog { $edition } ({ $source }) · ffeithiau: { $oldest } – { $newest }
footer-old = hen: gwiriwch brisiau gyda’r darparwr

plain-intro = tariff-finder: tariffau cymdeithasol. Atebwch bob cwestiwn a phwyso Enter; mae llinell wag yn cadw’r rhagosodiad.
plain-screen-language = Iaith y sgrin?
plain-default = Rhagosodiad: { $default }.
plain-benefits = Budd-daliadau: rhifau neu ddynodwyr, wedi’u gwahanu gan atalnodau neu fylchau. Gwag: dim un o’r rhain.
plain-postcode-empty = Gwag: dim cyfeiriad sefydlog / ddim yn siŵr.
plain-no-postcode = dim cyfeiriad sefydlog / ddim yn siŵr
plain-choose = Dewiswch rif o 1 i { $max }.
plain-no-benefit-number = Does dim budd-dal gyda’r rhif hwn: { $number }
postcode-err-empty = Mae’r cod post yn wag.
postcode-err-char = Mae gan y cod post nod nad yw’n llythyren nac yn rhif: { $char }
postcode-err-shape = Nid yw hwn ar ffurf cod post yn y DU: “{ $input }”.
postcode-err-unknown = Mae hwn yn edrych fel cod post, ond does dim ardal { $outcode }: { $postcode }.
postcode-hint-suggest = Oeddech chi’n golygu: { $suggestion }
postcode-hint-unknown = Gwiriwch ef ar lythyr neu fil: efallai fod y cod post wedi newid neu wedi’i deipio’n anghywir. Neu gadewch y cod post allan.
postcode-hint-shape = Mae cod post yn y DU yn edrych fel B1 1BB neu SW1A 2AA. Gallwch roi’r hanner cyntaf yn unig (B1), neu ei adael allan.

## Ciosg (gliniaduron cyhoeddus) ac argraffu
kiosk-countdown-title = Ydych chi dal yma?
kiosk-countdown = I gadw eich atebion yn breifat, bydd y sgrin hon yn cael ei chlirio cyn bo hir.
kiosk-seconds-left = Eiliadau ar ôl: { $seconds }
kiosk-more-time = Pwyswch unrhyw fysell am fwy o amser.
kiosk-stays-open = Mae’r cyfrifiadur cyhoeddus hwn yn cadw’r offeryn ar agor. I glirio eich atebion, pwyswch F12 neu Ctrl+N.
kiosk-pin-title = Staff: cau’r ciosg
kiosk-pin-prompt = Teipiwch PIN y gweinyddwr, yna Enter. Mae Esc yn canslo.
kiosk-pin-wrong = PIN anghywir.
kiosk-pin-wait = Gormod o PINau anghywir. Eiliadau i aros: { $seconds }
kiosk-no-pin = Nid oes PIN gweinyddwr wedi’i osod: stopiwch y ciosg o’i oruchwyliwr.
kiosk-saving-off = Mae cadw wedi’i ddiffodd ar y cyfrifiadur hwn. Gofynnwch i aelod o staff argraffu’r canllaw.
printing = Yn anfon y daflen i’r argraffydd…
printed = Anfonwyd y daflen i’r argraffydd.
print-failed = Methodd yr argraffu: { $reason }

## Catalogue refresh (adviser laptops)
refresh-started = Wrthi’n nôl y catalog diweddaraf…
refresh-updated = Catalog newydd yn cael ei ddefnyddio: rhifyn { $edition } (rhif { $serial }).
refresh-unchanged = Mae’r catalog yn gyfredol: rhifyn { $edition } (rhif { $serial }).
refresh-failed = Methodd diweddaru’r catalog: { $reason }. Yn dal i ddefnyddio rhifyn { $edition }.
refresh-not-set-up = Nid oes cyfeiriad catalog wedi’i osod ([refresh] url yn y ffeil ffurfweddu).
help-refresh = Ctrl+R: nôl y catalog diweddaraf nawr
help-adviser = Modd cynghorydd: Tab i symud rhwng y blychau · F5: y canlyniadau, i’w cadw neu eu hargraffu

## Live postcode confirmation (when set up)
postcode-confirmed = Cadarnhawyd y cod post ar-lein: mae yn { $nation }.
postcode-not-found-online = Nid yw’r gwasanaeth chwilio codau post yn adnabod { $postcode }: gwiriwch am gamgymeriad teipio.
postcode-lookup-failed = Methu cadarnhau’r cod post ar-lein: yn defnyddio’r tabl adeiledig.

## Kiosk screens
help-body-kiosk =
    Enter neu Tab: y cam nesaf
    Esc neu Shift+Tab: yn ôl (mae’r atebion yn aros)
    I fyny, i lawr: symud · Bylchwr: ticio neu ddad-dicio
    Chwith, de: newid dewis
    F5: neidio i’r canlyniadau
    F12, Ctrl+N: clirio fy atebion
    t: newid lliwiau (arferol, cyferbyniad uchel, plaen)
    F1 neu Esc: cau’r help hwn
kiosk-print-failed = Wnaeth yr argraffydd ddim ateb. Gofynnwch i aelod o staff.
kiosk-action-print = p argraffu’r canllaw
kiosk-action-save = s cadw’r canllaw
kiosk-no-actions = Ysgrifennwch y rhifau ffôn sydd eu hangen arnoch, neu gofynnwch i aelod o staff am gopi wedi’i argraffu.
lang-choose-line = Dewiswch gyda ↑ ↓, yna pwyswch Enter
plain-full-question = Clywed pob cynnig, gyda’r rhesymau?
plain-question = Cwestiwn { $n } o { $total }.
plain-question-more = Rhagor am gwestiwn { $n }.
plain-choices =
    { $count ->
        [one] Un dewis:
       *[other] { $count } dewis:
    }
plain-same-choices = Yr un dewisiadau â chwestiwn { $n }.
plain-you-chose = Eich dewis: { $answer }.
plain-none = dim un o’r rhain
plain-provider-type = Teipiwch ei enw, neu pwyswch Enter os nad oes un.

## Verdicts on the results list, and where the catalogue came from
tag-yes = [ie]
tag-maybe = [efallai]
tag-not-here = [nid yma]
tag-no = [na]
origin-embedded = adeiledig
origin-cache = wedi’i lawrlwytho
origin-file = ffeil
postcode-incomplete = Daliwch ati i deipio: rhif a dwy lythyren yw’r ail hanner, fel yn B1 1BB.
print-reads-best = Mae { $language } yn darllen orau ar bapur: argraffwch (p) neu cadwch (s) y daflen.
