# tariff-finder, Arabic (ar): benefit names, nations, months, kinds of offer.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.
# Benefit names follow reference/glossary.md section 8 (Modern Standard Arabic, English name shown).
# Best judgement (no source): Pension Credit, Guarantee/Savings Credit, New Style JSA/ESA, PIP, ADP,
# DLA, Attendance Allowance, care leaver, work coach, and the Scottish benefits.
# Never الائتمان الشامل (reads as a loan) or بدل الحضور ("presence allowance").

benefit-universal-credit = يونيفرسال كريديت (Universal Credit)
benefit-universal-credit-no-earnings = يونيفرسال كريديت (Universal Credit)، دون دخل من العمل في فترة التقييم الأخيرة (assessment period)
benefit-universal-credit-with-earnings = يونيفرسال كريديت (Universal Credit)، مع دخل من العمل في فترة التقييم الأخيرة (assessment period)
benefit-pension-credit = بنشن كريديت (Pension Credit)، وهي إعانة لذوي الدخل المنخفض ممن بلغوا سن التقاعد
benefit-pension-credit-guarantee = بنشن كريديت، الرصيد المضمون (Guarantee Credit)
benefit-pension-credit-savings = بنشن كريديت، رصيد المدخرات فقط (Savings Credit)
benefit-income-support = إعانة دعم الدخل (Income Support)
benefit-jsa = بدل الباحث عن عمل (Jobseeker’s Allowance, JSA)
benefit-jsa-income-based = بدل الباحث عن عمل على أساس الدخل (income-based JSA)
benefit-jsa-contribution-based = بدل الباحث عن عمل "نيو ستايل" القائم على اشتراكات التأمين الوطني (New Style JSA)
benefit-esa = بدل التوظيف والدعم (Employment and Support Allowance, ESA)
benefit-esa-income-related = بدل التوظيف والدعم المرتبط بالدخل (income-related ESA)
benefit-esa-contribution-based = بدل التوظيف والدعم "نيو ستايل" (New Style ESA)
benefit-pip = مدفوعات الاستقلال الشخصي (Personal Independence Payment, PIP)
benefit-adult-disability-payment = دفعة الإعاقة للبالغين في اسكتلندا (Adult Disability Payment)
benefit-pension-age-disability-payment = دفعة الإعاقة لمن بلغوا سن التقاعد في اسكتلندا (Pension Age Disability Payment)
benefit-dla = بدل المعيشة للأشخاص ذوي الإعاقة (Disability Living Allowance, DLA)
benefit-attendance-allowance = إعانة الرعاية لكبار السن (Attendance Allowance)
benefit-housing-benefit = إعانة السكن (Housing Benefit)
benefit-carers-allowance = بدل مقدم الرعاية (Carer’s Allowance)
benefit-carer-support-payment = دفعة دعم مقدم الرعاية في اسكتلندا (Carer Support Payment)
benefit-council-tax-reduction = تخفيض ضريبة المجلس المحلي (Council Tax Reduction)
benefit-care-leaver = شاب خرج من رعاية المجلس المحلي (care leaver)

accepts-universal-credit-any = يونيفرسال كريديت (Universal Credit)
accepts-pension-credit-any = بنشن كريديت (Pension Credit)، أي جزء منه
accepts-jsa-any = بدل الباحث عن عمل (JSA)، أي نوع
accepts-esa-any = بدل التوظيف والدعم (ESA)، أي نوع

list-separator = ،
list-or = أو
list-and = و

nation-england = إنجلترا
nation-wales = ويلز
nation-scotland = اسكتلندا
nation-northern-ireland = أيرلندا الشمالية

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

kind-broadband = الإنترنت المنزلي (برودباند)
kind-mobile = الهاتف المحمول
kind-landline = الهاتف الأرضي
kind-free-data = بيانات وشرائح SIM مجانية
kind-other-help = مساعدات أخرى
