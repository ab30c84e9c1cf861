# tariff-finder, Welsh (cy): benefit names, nations, months, kinds of offer.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.
# Benefit names follow reference/glossary.md section 2 (GOV.UK Welsh forms, "official"), except:
# best judgement (no Welsh source found): Adult Disability Payment, Pension Age Disability Payment,
# Carer Support Payment, the earnings wording of Universal Credit.
# Lists are joined with commas only: "a" and "neu" would mutate the next name (glossary 9.4).

benefit-universal-credit = Credyd Cynhwysol
benefit-universal-credit-no-earnings = Credyd Cynhwysol heb enillion yn y cyfnod asesu diwethaf
benefit-universal-credit-with-earnings = Credyd Cynhwysol gydag enillion yn y cyfnod asesu diwethaf
benefit-pension-credit = Credyd Pensiwn
benefit-pension-credit-guarantee = Credyd Pensiwn (Credyd Gwarantedig)
benefit-pension-credit-savings = Credyd Pensiwn (Credyd Cynilo yn unig)
benefit-income-support = Cymhorthdal Incwm
benefit-jsa = Lwfans Ceisio Gwaith (JSA)
benefit-jsa-income-based = Lwfans Ceisio Gwaith yn seiliedig ar incwm (JSA)
benefit-jsa-contribution-based = Lwfans Ceisio Gwaith Dull Newydd (JSA Dull Newydd, yn seiliedig ar gyfraniadau)
benefit-esa = Lwfans Cyflogaeth a Chymorth (ESA)
benefit-esa-income-related = Lwfans Cyflogaeth a Chymorth yn seiliedig ar incwm (ESA)
benefit-esa-contribution-based = Lwfans Cyflogaeth a Chymorth Dull Newydd (ESA Dull Newydd, yn seiliedig ar gyfraniadau)
benefit-pip = Taliad Annibyniaeth Personol (PIP)
benefit-adult-disability-payment = Taliad Anabledd Oedolion (Adult Disability Payment)
benefit-pension-age-disability-payment = Taliad Anabledd Oedran Pensiwn (Pension Age Disability Payment)
benefit-dla = Lwfans Byw i’r Anabl (DLA)
benefit-attendance-allowance = Lwfans Gweini
benefit-housing-benefit = Budd-dal Tai
benefit-carers-allowance = Lwfans Gofalwr
benefit-carer-support-payment = Taliad Cymorth Gofalwr (Carer Support Payment)
benefit-council-tax-reduction = Gostyngiad y Dreth Gyngor
benefit-care-leaver = person sy’n gadael gofal (person ifanc a fu yng ngofal cyngor)

accepts-universal-credit-any = Credyd Cynhwysol
accepts-pension-credit-any = Credyd Pensiwn (y naill ran neu’r llall)
accepts-jsa-any = Lwfans Ceisio Gwaith (JSA, y naill fath neu’r llall)
accepts-esa-any = Lwfans Cyflogaeth a Chymorth (ESA, y naill fath neu’r llall)

list-separator = ,
list-or = ,
list-and = ,

nation-england = Lloegr
nation-wales = Cymru
nation-scotland = Yr Alban
nation-northern-ireland = Gogledd Iwerddon

month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

kind-broadband = Band eang
kind-mobile = Ffonau symudol
kind-landline = Llinell dir
kind-free-data = Data a chardiau SIM am ddim
kind-other-help = Help arall
