# tariff-finder, Polish (pl): benefit names, nations, months, kinds of offer.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.
# Benefit names follow reference/glossary.md section 3: "Polish description + English name".
# Best judgement (no source): Guarantee Credit, Savings Credit, Council Tax Reduction, care leaver,
# assessment period, Pension Age Disability Payment, Carer Support Payment.
# Never "Kredyt Uniwersalny" (a loan) or "dodatek mieszkaniowy" (a benefit in Poland).

benefit-universal-credit = zasiłek Universal Credit (UC)
benefit-universal-credit-no-earnings = zasiłek Universal Credit bez zarobków w ostatnim okresie rozliczeniowym (assessment period)
benefit-universal-credit-with-earnings = zasiłek Universal Credit z zarobkami w ostatnim okresie rozliczeniowym (assessment period)
benefit-pension-credit = dodatek emerytalny Pension Credit
benefit-pension-credit-guarantee = część gwarantowana Pension Credit (Guarantee Credit)
benefit-pension-credit-savings = tylko część za oszczędności Pension Credit (Savings Credit)
benefit-income-support = zasiłek dla osób o niskich dochodach Income Support
benefit-jsa = zasiłek dla bezrobotnych Jobseeker’s Allowance (JSA)
benefit-jsa-income-based = Jobseeker’s Allowance zależny od dochodów (income-based JSA)
benefit-jsa-contribution-based = New Style JSA, oparty na składkach National Insurance
benefit-esa = zasiłek dla osób chorych i niepełnosprawnych Employment and Support Allowance (ESA)
benefit-esa-income-related = ESA zależny od dochodów (income-related ESA)
benefit-esa-contribution-based = New Style ESA, oparty na składkach National Insurance
benefit-pip = zasiłek dla osób niepełnosprawnych Personal Independence Payment (PIP)
benefit-adult-disability-payment = szkocki zasiłek dla osób niepełnosprawnych Adult Disability Payment (ADP)
benefit-pension-age-disability-payment = szkocki zasiłek dla osób niepełnosprawnych w wieku emerytalnym Pension Age Disability Payment
benefit-dla = zasiłek z tytułu niepełnosprawności Disability Living Allowance (DLA)
benefit-attendance-allowance = zasiłek pielęgnacyjny Attendance Allowance
benefit-housing-benefit = zasiłek mieszkaniowy Housing Benefit
benefit-carers-allowance = zasiłek dla opiekunów Carer’s Allowance
benefit-carer-support-payment = szkocki zasiłek dla opiekunów Carer Support Payment
benefit-council-tax-reduction = zniżka w podatku lokalnym Council Tax Reduction
benefit-care-leaver = osoba, która opuściła pieczę zastępczą (care leaver)

accepts-universal-credit-any = zasiłek Universal Credit (UC)
accepts-pension-credit-any = dodatek emerytalny Pension Credit (dowolna część)
accepts-jsa-any = zasiłek dla bezrobotnych Jobseeker’s Allowance (JSA, dowolny rodzaj)
accepts-esa-any = Employment and Support Allowance (ESA, dowolny rodzaj)

list-separator = ,
list-or = lub
list-and = i

nation-england = Anglia
nation-wales = Walia
nation-scotland = Szkocja
nation-northern-ireland = Irlandia Północna

month-1 = styczeń
month-2 = luty
month-3 = marzec
month-4 = kwiecień
month-5 = maj
month-6 = czerwiec
month-7 = lipiec
month-8 = sierpień
month-9 = wrzesień
month-10 = październik
month-11 = listopad
month-12 = grudzień

kind-broadband = Internet stacjonarny
kind-mobile = Telefon komórkowy
kind-landline = Telefon stacjonarny
kind-free-data = Darmowe dane i karty SIM
kind-other-help = Inna pomoc
