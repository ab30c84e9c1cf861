# tariff-finder, Welsh (cy): guidance templates.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.
# Variables never follow a word that mutates them: names and dates stand after a colon.

title = Tariffau cymdeithasol: bargeinion band eang a ffôn rhatach
intro = Mae tariff cymdeithasol yn fargen band eang neu ffôn rhatach i bobl sy’n cael budd-daliadau penodol. Pan fyddwch yn cysylltu â darparwr, gofynnwch am ei “dariff cymdeithasol” (“social tariff”).
interpreter-tip = Mae llinellau ffôn a gwefannau’r darparwyr yn Saesneg. Ar y ffôn gallwch ofyn am gyfieithydd: mae’r geiriau Saesneg i’w dweud ar ddiwedd y dudalen hon.
place-area = Ar gyfer cyfeiriad yn: { $place }
place-postcode = Cod post: { $postcode } ({ $place })
place-none = Dim cod post: mae cynigion ar linell sefydlog yn dangos “efallai”.
place-not-home = Nid cyfeiriad cartref yw’r cod post hwn: mae cynigion ar linell sefydlog yn dangos “efallai”.
place-border = Mae’r cod post hwn ger ffin. Gallai fod yn: { $nations }
benefits-given = Budd-daliadau: { $benefits }
benefits-none = Budd-daliadau: dim un o’r rhai rydym yn holi amdanynt.
own-provider = Fel arfer does dim ffi gadael am symud i dariff cymdeithasol eich darparwr eich hun, hyd yn oed yng nghanol contract.
no-offer-from-provider = Does gennym ddim tariff cymdeithasol gan y darparwr hwn sy’n cyd-fynd â’r atebion hyn: { $provider }

group-can-get = Gallwch gael y rhain yma
group-maybe = Efallai y gallwch gael y rhain: gwiriwch yn gyntaf
group-not-here = Ddim ar gael yn y cyfeiriad hwn
group-ruled-out = Wedi’u diystyru, a pham

your-provider = eich darparwr
price-month = { $price } y mis
price-free = Am ddim
price-unknown = Pris: gofynnwch i’r darparwr
speed = { $down } Mbps
speed-down-up = { $down } Mbps i lawr, { $up } Mbps i fyny
speed-unknown = Cyflymder: gofynnwch i’r darparwr
contract-months = Contract: { $months } mis
contract-rolling = Dim isafswm cyfnod
setup-free = Dim ffi sefydlu
setup-fee = Ffi sefydlu: { $price }
who-can-get = Pwy all ei gael: { $benefits }
who-anyone = Ar agor i bawb: does dim angen budd-dal.
you-get = Rydych yn cael: { $benefits }
check = Gwiriwch: { $text }
terms = Telerau: { $text }
how-to-apply = Sut i wneud cais: { $text }
apply-ask = Sut i wneud cais: gofynnwch i’r darparwr.
website = Gwefan
website-english = Gwefan (yn Saesneg)
phone = Ffôn
phone-english = Ffôn (yn Saesneg)
phone-cost-free = Am ddim i’w ffonio.
phone-cost-standard = Yr un gost â galwad i rif llinell dir yn y DU; yn aml wedi’i gynnwys yn eich munudau.
phone-cost-other = Gofynnwch i’ch cwmni ffôn faint mae galwad i’r rhif hwn yn ei gostio.
have-ready = Sicrhewch fod gennych: { $text }
facts-recent = Dyddiad y ffeithiau: { $date }. Gwiriwch y pris gyda’r darparwr.
facts-old =
    Hen wybodaeth. Dyddiad y ffeithiau: { $date } ({ $years ->
        [one] dros flwyddyn yn ôl
       *[other] dros { $years } o flynyddoedd yn ôl
    }). Gwiriwch y pris a’r telerau gyda’r darparwr cyn gwneud cais.
facts-undated = Hen wybodaeth: does dim dyddiad ar ffynonellau’r cynnig hwn. Gwiriwch y pris a’r telerau gyda’r darparwr cyn gwneud cais.
say-on-phone = Beth i’w ddweud ar y ffôn (yn Saesneg):
say-means = Ystyr:
phone-script = Helo. Hoffwn holi am eich tariff cymdeithasol: { $offer }. Rwy’n cael budd-dal sydd ar eich rhestr. Allwch chi wirio a allaf ei gael, os gwelwch yn dda?
interpreter-request = Hoffwn gael cyfieithydd, os gwelwch yn dda. Fy iaith: { $language }.

why-needs = Angen: { $accepted }.
why-needs-type = Angen y math hwn: { $needs }.
why-you-told-us = Dywedoch wrthym: { $given }.
why-you-get-none = Dywedoch wrthym nad ydych yn cael dim un o’r budd-daliadau rydym yn holi amdanynt.
why-outside-crown = Tiriogaeth Ddibynnol y Goron y tu allan i’r DU: { $place }. Mae tariffau cymdeithasol y DU ar gyfer cartrefi yng Nghymru, Lloegr, yr Alban a Gogledd Iwerddon. Gofynnwch i ddarparwyr lleol pa help sydd ganddynt.
why-outside-forces = Mae cyfeiriadau BFPO y tu allan i ardal tariffau cymdeithasol y DU. Os oes gan yr aelwyd gartref yn y DU, defnyddiwch y cod post hwnnw.
why-outside-overseas = Y tu allan i’r DU: { $place }. Mae tariffau cymdeithasol y DU ar gyfer cartrefi yng Nghymru, Lloegr, yr Alban a Gogledd Iwerddon.
why-not-in-area = Nid yw’r rhwydwaith hwn yn cyrraedd y cyfeiriad hwn: { $network }.
why-not-in-area-note = { $note }.

check-which-type = Pa fath ydych chi’n ei gael? Mae’r cynnig hwn angen: { $needs }.
check-type-not-stated = Nid yw’r ffynonellau’n dweud pa fath sy’n cyfrif. Gofynnwch i’r darparwr a yw’ch un chi’n cyfrif: { $have }.
check-list-partial = Nid yw rhestr lawn budd-daliadau’r darparwr yn hysbys: gofynnwch a yw’ch un chi’n cyfrif.
check-list-partial-known = Nid yw rhestr lawn budd-daliadau’r darparwr yn hysbys. Mae’n cynnwys: { $accepted }. Gofynnwch a yw’ch un chi’n cyfrif.
check-scottish = Mae’r cynnig hwn yn rhestru: { $counterpart }. Yn yr Alban, mae hwn yn cymryd ei le: { $have }. Gofynnwch a yw’n cyfrif.
check-unverified = Mae’n hysbys bod gan y darparwr hwn y cynnig hwn, ond ni fu modd cadarnhau’r telerau: gofynnwch iddynt.
check-no-postcode = Dim cod post: gwiriwch fod y cynnig ar gael yn eich cyfeiriad.
check-not-home = Nid cyfeiriad cartref yw’r cod post hwnnw: gwiriwch y cynnig yn y cyfeiriad cartref.
check-availability = Efallai na fydd y rhwydwaith hwn yn cyrraedd pob cyfeiriad yma: { $network }. Gwiriwch eich un chi gyda’r darparwr.
check-availability-note = { $note }: gwiriwch eich cyfeiriad gyda’r darparwr.

way-forward = Os efallai bod gennych hawl i’r budd-dal hwn, gwiriwch (gall Cyngor ar Bopeth helpu): { $benefit }. Cynigion y byddai’n eu hagor yma: { $count }.
nothing-fits = Does dim byd yma’n cyd-fynd â’r atebion hyn eto.
nothing-fits-advice = Gall Cyngor ar Bopeth wirio pa fudd-daliadau y gallwch eu cael. Mae rhai budd-daliadau’n agor tariffau cymdeithasol.
other-help = Help arall a allai fod yn addas:

catalogue-edition = Rhifyn y catalog: { $edition } (rhif { $serial }).
catalogue-facts = Dyddiadau’r ffeithiau: { $oldest } – { $newest }. Mae prisiau’n newid, fel arfer bob mis Ebrill: gwiriwch gyda’r darparwr cyn newid.
catalogue-expired = Daeth y catalog hwn i ben ar { $date }: efallai bod cynigion a phrisiau wedi newid ers hynny. Gwiriwch gyda’r darparwr, a gofynnwch i bwy bynnag sy’n gofalu am y cyfrifiadur hwn ei ddiweddaru.
not-a-decision = Canllaw yw hwn, nid penderfyniad: y darparwr sy’n penderfynu.
in-english = Yn Saesneg

## The answer first (the short form)

next-steps = Beth i’w wneud nesaf
check-first = Gwiriwch yn gyntaf
others-count =
    { $count ->
        [one] Nid yw un cynnig arall ar gael yn y cyfeiriad hwn, neu nid yw’n cyd-fynd â’r atebion hyn.
       *[other] Nid yw { $count } cynnig arall ar gael yn y cyfeiriad hwn, neu nid ydynt yn cyd-fynd â’r atebion hyn.
    }
more-command = I’w gweld i gyd, gyda’r rhesymau, ychwanegwch --full.
more-key = Pwyswch f i’w gweld i gyd, gyda’r rhesymau.
more-plain = Atebwch ie i’r cwestiwn nesaf i’w clywed i gyd, gyda’r rhesymau.
more-handout = Gall y cynghorydd eu hargraffu i gyd, gyda’r rhesymau.
offer-placeholder = [enw’r cynnig]
facts-marker = ffeithiau o { $date }
facts-marker-undated = dyddiad y ffeithiau ddim yn hysbys
