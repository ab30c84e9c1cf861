# tariff-finder: benefit names, nations, months and kinds of offer. en-GB is the source language.
# Names follow reference/glossary.md section 1 (all official forms). Reviewed: source text.

## Benefits, as the resident answers

benefit-universal-credit = Universal Credit
benefit-universal-credit-no-earnings = Universal Credit with no earnings in the last assessment period
benefit-universal-credit-with-earnings = Universal Credit with earnings in the last assessment period
benefit-pension-credit = Pension Credit
benefit-pension-credit-guarantee = Pension Credit (Guarantee Credit)
benefit-pension-credit-savings = Pension Credit (Savings Credit only)
benefit-income-support = Income Support
benefit-jsa = Jobseeker’s Allowance (JSA)
benefit-jsa-income-based = income-based Jobseeker’s Allowance (income-based JSA)
benefit-jsa-contribution-based = New Style Jobseeker’s Allowance (New Style JSA, contribution-based)
benefit-esa = Employment and Support Allowance (ESA)
benefit-esa-income-related = income-related Employment and Support Allowance (income-related ESA)
benefit-esa-contribution-based = New Style Employment and Support Allowance (New Style ESA, contribution-based)
benefit-pip = Personal Independence Payment (PIP)
benefit-adult-disability-payment = Adult Disability Payment (ADP)
benefit-pension-age-disability-payment = Pension Age Disability Payment
benefit-dla = Disability Living Allowance (DLA)
benefit-attendance-allowance = Attendance Allowance
benefit-housing-benefit = Housing Benefit
benefit-carers-allowance = Carer’s Allowance
benefit-carer-support-payment = Carer Support Payment
benefit-council-tax-reduction = Council Tax Reduction
benefit-care-leaver = care leaver (a young person who used to be looked after by a council)

## Benefits, as an offer's list names them

accepts-universal-credit-any = Universal Credit
accepts-pension-credit-any = Pension Credit (either part)
accepts-jsa-any = Jobseeker’s Allowance (JSA, either type)
accepts-esa-any = Employment and Support Allowance (ESA, either type)

## Joining lists: "a, b or c"

list-separator = ,
list-or = or
list-and = and

## Nations

nation-england = England
nation-wales = Wales
nation-scotland = Scotland
nation-northern-ireland = Northern Ireland

## Months, for "facts as of April 2023" (digits stay Latin in every language)

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Kinds of offer

kind-broadband = Broadband
kind-mobile = Mobile
kind-landline = Landline
kind-free-data = Free data and SIMs
kind-other-help = Other help
