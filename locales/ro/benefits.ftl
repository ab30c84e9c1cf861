# tariff-finder, Romanian (ro): benefit names, nations, months, kinds of offer.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.
# Benefit names follow reference/glossary.md section 4: "Romanian description (English name)".
# Best judgement (no source): Guarantee Credit, Savings Credit, income-related and New Style ESA, PIP,
# ADP, Attendance Allowance, care leaver, Pension Age Disability Payment, Carer Support Payment.
# Never "Credit Universal" (a loan). ș and ț take the comma below (U+0219, U+021B).

benefit-universal-credit = ajutorul social Universal Credit (UC)
benefit-universal-credit-no-earnings = ajutorul social Universal Credit fără venituri din muncă în ultima perioadă de evaluare (assessment period)
benefit-universal-credit-with-earnings = ajutorul social Universal Credit cu venituri din muncă în ultima perioadă de evaluare (assessment period)
benefit-pension-credit = ajutor pentru pensionarii cu venituri mici (Pension Credit)
benefit-pension-credit-guarantee = Pension Credit, partea garantată (Guarantee Credit)
benefit-pension-credit-savings = Pension Credit, doar partea pentru economii (Savings Credit)
benefit-income-support = ajutor de venit (Income Support)
benefit-jsa = ajutor de șomaj (Jobseeker’s Allowance, JSA)
benefit-jsa-income-based = ajutor de șomaj în funcție de venit (income-based JSA)
benefit-jsa-contribution-based = ajutor de șomaj pe bază de contribuții (New Style JSA)
benefit-esa = indemnizație pentru persoanele care nu pot lucra din cauza unei boli sau dizabilități (Employment and Support Allowance, ESA)
benefit-esa-income-related = ESA în funcție de venit (income-related ESA)
benefit-esa-contribution-based = ESA pe bază de contribuții (New Style ESA)
benefit-pip = plata pentru independență personală (Personal Independence Payment, PIP)
benefit-adult-disability-payment = plata pentru adulții cu dizabilități din Scoția (Adult Disability Payment)
benefit-pension-age-disability-payment = plata pentru persoanele cu dizabilități de vârsta pensionării din Scoția (Pension Age Disability Payment)
benefit-dla = ajutor pentru persoanele cu dizabilități (Disability Living Allowance, DLA)
benefit-attendance-allowance = indemnizație de îngrijire pentru persoanele de vârsta pensionării (Attendance Allowance)
benefit-housing-benefit = ajutor pentru locuință (Housing Benefit)
benefit-carers-allowance = alocație pentru îngrijitori (Carer’s Allowance)
benefit-carer-support-payment = plata pentru îngrijitori din Scoția (Carer Support Payment)
benefit-council-tax-reduction = reducere la Council Tax (Council Tax Reduction)
benefit-care-leaver = tânăr care a ieșit din sistemul de protecție a copilului (care leaver)

accepts-universal-credit-any = ajutorul social Universal Credit (UC)
accepts-pension-credit-any = Pension Credit (oricare parte)
accepts-jsa-any = ajutor de șomaj (JSA, oricare tip)
accepts-esa-any = Employment and Support Allowance (ESA, oricare tip)

list-separator = ,
list-or = sau
list-and = și

nation-england = Anglia
nation-wales = Țara Galilor
nation-scotland = Scoția
nation-northern-ireland = Irlanda de Nord

month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

kind-broadband = Internet fix în bandă largă
kind-mobile = Telefonie mobilă
kind-landline = Telefonie fixă
kind-free-data = Date și cartele SIM gratuite
kind-other-help = Alt ajutor
