# tariff-finder, Urdu (ur): benefit names, nations, months, kinds of offer.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.
# Benefit names follow reference/glossary.md section 5: Urdu transliteration (English name).
# "Established" rows: Universal Credit, Pension Credit, Attendance Allowance, DWP, broadband.
# Every other row is best judgement and needs a UK Urdu-speaking adviser's review.
# Urdu letters ی ک ہ ے, not Arabic ي ك ه. Full stop ۔ and comma ، .

benefit-universal-credit = یونیورسل کریڈٹ (Universal Credit)
benefit-universal-credit-no-earnings = یونیورسل کریڈٹ (Universal Credit)، پچھلے اسیسمنٹ پیریڈ (assessment period) میں کوئی کمائی نہیں
benefit-universal-credit-with-earnings = یونیورسل کریڈٹ (Universal Credit)، پچھلے اسیسمنٹ پیریڈ (assessment period) میں کمائی کے ساتھ
benefit-pension-credit = پنشن کریڈٹ (Pension Credit)
benefit-pension-credit-guarantee = پنشن کریڈٹ، گارنٹی کریڈٹ (Guarantee Credit)
benefit-pension-credit-savings = پنشن کریڈٹ، صرف سیونگز کریڈٹ (Savings Credit)
benefit-income-support = انکم سپورٹ (Income Support)
benefit-jsa = جاب سیکرز الاؤنس (Jobseeker’s Allowance, JSA)
benefit-jsa-income-based = آمدنی پر مبنی جاب سیکرز الاؤنس (income-based JSA)
benefit-jsa-contribution-based = نیو اسٹائل جاب سیکرز الاؤنس (New Style JSA)، جو نیشنل انشورنس کی ادائیگیوں پر مبنی ہے
benefit-esa = ایمپلائمنٹ اینڈ سپورٹ الاؤنس (Employment and Support Allowance, ESA)
benefit-esa-income-related = آمدنی سے متعلق ESA (income-related ESA)
benefit-esa-contribution-based = نیو اسٹائل ESA (New Style ESA)
benefit-pip = پرسنل انڈیپینڈنس پیمنٹ (Personal Independence Payment, PIP)
benefit-adult-disability-payment = ایڈلٹ ڈس ایبلٹی پیمنٹ (Adult Disability Payment)
benefit-pension-age-disability-payment = پنشن ایج ڈس ایبلٹی پیمنٹ (Pension Age Disability Payment)
benefit-dla = ڈس ایبلٹی لیونگ الاؤنس (Disability Living Allowance, DLA)
benefit-attendance-allowance = اٹینڈنس الاؤنس (Attendance Allowance)
benefit-housing-benefit = ہاؤسنگ بینیفٹ (Housing Benefit)
benefit-carers-allowance = کیئررز الاؤنس (Carer’s Allowance)
benefit-carer-support-payment = کیئرر سپورٹ پیمنٹ (Carer Support Payment)
benefit-council-tax-reduction = کونسل ٹیکس ریڈکشن (Council Tax Reduction)، یعنی کونسل ٹیکس میں کمی
benefit-care-leaver = کیئر لیور (care leaver)، یعنی وہ نوجوان جو کونسل کی نگہداشت میں رہ چکا ہو

accepts-universal-credit-any = یونیورسل کریڈٹ (Universal Credit)
accepts-pension-credit-any = پنشن کریڈٹ (Pension Credit)، کوئی بھی حصہ
accepts-jsa-any = جاب سیکرز الاؤنس (JSA)، کوئی بھی قسم
accepts-esa-any = ایمپلائمنٹ اینڈ سپورٹ الاؤنس (ESA)، کوئی بھی قسم

list-separator = ،
list-or = یا
list-and = اور

nation-england = انگلینڈ
nation-wales = ویلز
nation-scotland = اسکاٹ لینڈ
nation-northern-ireland = شمالی آئرلینڈ

month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

kind-broadband = براڈ بینڈ
kind-mobile = موبائل فون
kind-landline = لینڈ لائن
kind-free-data = مفت ڈیٹا اور سم کارڈ
kind-other-help = دیگر مدد
