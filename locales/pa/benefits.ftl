# tariff-finder, Punjabi in Gurmukhi (pa): benefit names, nations, months, kinds of offer.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.
# Benefit names follow reference/glossary.md section 6: Gurmukhi transliteration (English name).
# This is the weakest table: only Universal Credit is "established"; every other row is best
# judgement and needs a UK Punjabi speaker's review. Spellings kept consistent: ਅਲਾਊਂਸ, ਕ੍ਰੈਡਿਟ, ਫ਼ ਜ਼.

benefit-universal-credit = ਯੂਨੀਵਰਸਲ ਕ੍ਰੈਡਿਟ (Universal Credit)
benefit-universal-credit-no-earnings = ਯੂਨੀਵਰਸਲ ਕ੍ਰੈਡਿਟ (Universal Credit), ਪਿਛਲੇ ਅਸੈਸਮੈਂਟ ਪੀਰੀਅਡ (assessment period) ਵਿੱਚ ਕੋਈ ਕਮਾਈ ਨਹੀਂ
benefit-universal-credit-with-earnings = ਯੂਨੀਵਰਸਲ ਕ੍ਰੈਡਿਟ (Universal Credit), ਪਿਛਲੇ ਅਸੈਸਮੈਂਟ ਪੀਰੀਅਡ (assessment period) ਵਿੱਚ ਕਮਾਈ ਨਾਲ
benefit-pension-credit = ਪੈਨਸ਼ਨ ਕ੍ਰੈਡਿਟ (Pension Credit)
benefit-pension-credit-guarantee = ਪੈਨਸ਼ਨ ਕ੍ਰੈਡਿਟ, ਗਾਰੰਟੀ ਕ੍ਰੈਡਿਟ (Guarantee Credit)
benefit-pension-credit-savings = ਪੈਨਸ਼ਨ ਕ੍ਰੈਡਿਟ, ਸਿਰਫ਼ ਸੇਵਿੰਗਜ਼ ਕ੍ਰੈਡਿਟ (Savings Credit)
benefit-income-support = ਇਨਕਮ ਸਪੋਰਟ (Income Support)
benefit-jsa = ਜੌਬਸੀਕਰਜ਼ ਅਲਾਊਂਸ (Jobseeker’s Allowance, JSA)
benefit-jsa-income-based = ਆਮਦਨ-ਆਧਾਰਿਤ ਜੌਬਸੀਕਰਜ਼ ਅਲਾਊਂਸ (income-based JSA)
benefit-jsa-contribution-based = ਨਿਊ ਸਟਾਈਲ ਜੌਬਸੀਕਰਜ਼ ਅਲਾਊਂਸ (New Style JSA), ਜੋ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਯੋਗਦਾਨਾਂ 'ਤੇ ਆਧਾਰਿਤ ਹੈ
benefit-esa = ਇੰਪਲੌਇਮੈਂਟ ਐਂਡ ਸਪੋਰਟ ਅਲਾਊਂਸ (Employment and Support Allowance, ESA)
benefit-esa-income-related = ਆਮਦਨ ਨਾਲ ਸਬੰਧਿਤ ESA (income-related ESA)
benefit-esa-contribution-based = ਨਿਊ ਸਟਾਈਲ ESA (New Style ESA)
benefit-pip = ਪਰਸਨਲ ਇੰਡੀਪੈਂਡੈਂਸ ਪੇਮੈਂਟ (Personal Independence Payment, PIP)
benefit-adult-disability-payment = ਅਡਲਟ ਡਿਸਏਬਿਲਿਟੀ ਪੇਮੈਂਟ (Adult Disability Payment)
benefit-pension-age-disability-payment = ਪੈਨਸ਼ਨ ਏਜ ਡਿਸਏਬਿਲਿਟੀ ਪੇਮੈਂਟ (Pension Age Disability Payment)
benefit-dla = ਡਿਸਏਬਿਲਿਟੀ ਲਿਵਿੰਗ ਅਲਾਊਂਸ (Disability Living Allowance, DLA)
benefit-attendance-allowance = ਅਟੈਂਡੈਂਸ ਅਲਾਊਂਸ (Attendance Allowance)
benefit-housing-benefit = ਹਾਊਸਿੰਗ ਬੈਨੀਫ਼ਿਟ (Housing Benefit)
benefit-carers-allowance = ਕੇਅਰਰਜ਼ ਅਲਾਊਂਸ (Carer’s Allowance)
benefit-carer-support-payment = ਕੇਅਰਰ ਸਪੋਰਟ ਪੇਮੈਂਟ (Carer Support Payment)
benefit-council-tax-reduction = ਕੌਂਸਲ ਟੈਕਸ ਰਿਡਕਸ਼ਨ (Council Tax Reduction), ਯਾਨੀ ਕੌਂਸਲ ਟੈਕਸ ਵਿੱਚ ਛੋਟ
benefit-care-leaver = ਕੇਅਰ ਲੀਵਰ (care leaver), ਯਾਨੀ ਉਹ ਨੌਜਵਾਨ ਜੋ ਕੌਂਸਲ ਦੀ ਦੇਖਭਾਲ ਵਿੱਚ ਰਿਹਾ ਹੋਵੇ

accepts-universal-credit-any = ਯੂਨੀਵਰਸਲ ਕ੍ਰੈਡਿਟ (Universal Credit)
accepts-pension-credit-any = ਪੈਨਸ਼ਨ ਕ੍ਰੈਡਿਟ (Pension Credit), ਕੋਈ ਵੀ ਹਿੱਸਾ
accepts-jsa-any = ਜੌਬਸੀਕਰਜ਼ ਅਲਾਊਂਸ (JSA), ਕੋਈ ਵੀ ਕਿਸਮ
accepts-esa-any = ਇੰਪਲੌਇਮੈਂਟ ਐਂਡ ਸਪੋਰਟ ਅਲਾਊਂਸ (ESA), ਕੋਈ ਵੀ ਕਿਸਮ

list-separator = ,
list-or = ਜਾਂ
list-and = ਅਤੇ

nation-england = ਇੰਗਲੈਂਡ
nation-wales = ਵੇਲਜ਼
nation-scotland = ਸਕਾਟਲੈਂਡ
nation-northern-ireland = ਉੱਤਰੀ ਆਇਰਲੈਂਡ

month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ

kind-broadband = ਬ੍ਰੌਡਬੈਂਡ
kind-mobile = ਮੋਬਾਈਲ ਫ਼ੋਨ
kind-landline = ਲੈਂਡਲਾਈਨ
kind-free-data = ਮੁਫ਼ਤ ਡਾਟਾ ਅਤੇ ਸਿਮ ਕਾਰਡ
kind-other-help = ਹੋਰ ਮਦਦ
