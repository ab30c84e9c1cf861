# tariff-finder, Arabic (ar): guidance templates.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.
# Right to left. Prices, phone numbers and web addresses keep Latin digits and letters.
# Plurals only on small counts (months, years): intl_pluralrules gets 103-199 wrong (glossary 9.7).

title = التعريفة الاجتماعية: إنترنت وهاتف بسعر أقل
intro = التعريفة الاجتماعية (Social Tariff) هي باقة إنترنت منزلي أو هاتف بسعر أقل للأشخاص الذين يتلقون إعانات معينة. عند التواصل مع الشركة، اطلب “social tariff”.
interpreter-tip = خطوط الهاتف والمواقع الإلكترونية للشركات باللغة الإنجليزية. يمكنك أن تطلب مترجمًا على الهاتف: العبارات الإنجليزية التي تقولها موجودة في آخر هذه الصفحة.
place-area = لعنوان في: { $place }
place-postcode = الرمز البريدي: { $postcode } ({ $place })
place-none = لم يُذكر رمز بريدي: العروض على خط ثابت تظهر بعبارة “ربما”.
place-not-home = الرمز البريدي المذكور ليس عنوان منزل: العروض على خط ثابت تظهر بعبارة “ربما”.
place-border = هذا الرمز البريدي قرب حدود. قد يكون في: { $nations }
benefits-given = الإعانات: { $benefits }
benefits-none = الإعانات: لا شيء مما نسأل عنه.
own-provider = الانتقال إلى التعريفة الاجتماعية لدى شركتك الحالية لا يكلّف عادةً رسوم خروج، حتى أثناء العقد.
no-offer-from-provider = ليس لدينا تعريفة اجتماعية مسجّلة لهذه الشركة تناسب هذه الإجابات: { $provider }

group-can-get = يمكنك الحصول عليها هنا
group-maybe = ربما يمكنك الحصول عليها: تحقق أولًا
group-not-here = غير متاحة في هذا العنوان
group-ruled-out = مستبعدة، ولماذا

your-provider = شركتك
price-month = { $price } شهريًا
price-free = مجانًا
price-unknown = السعر: اسأل الشركة
speed = { $down } Mbps
speed-down-up = تنزيل { $down } Mbps، رفع { $up } Mbps
speed-unknown = السرعة: اسأل الشركة
contract-months =
    { $months ->
        [one] عقد لمدة شهر واحد
        [two] عقد لمدة شهرين
        [few] عقد لمدة { $months } أشهر
        [many] عقد لمدة { $months } شهرًا
       *[other] عقد لمدة { $months } شهر
    }
contract-rolling = بلا حد أدنى للمدة
setup-free = بلا رسوم تركيب
setup-fee = رسوم التركيب: { $price }
who-can-get = من يمكنه الحصول عليها: { $benefits }
who-anyone = متاحة للجميع: لا حاجة إلى إعانة.
you-get = تتلقى: { $benefits }
check = تحقق: { $text }
terms = الشروط: { $text }
how-to-apply = طريقة التقديم: { $text }
apply-ask = طريقة التقديم: اسأل الشركة.
website = الموقع الإلكتروني
website-english = الموقع الإلكتروني (بالإنجليزية)
phone = الهاتف
phone-english = الهاتف (بالإنجليزية)
phone-cost-free = الاتصال مجاني.
phone-cost-standard = تكلفته مثل الاتصال برقم أرضي عادي في المملكة المتحدة؛ وغالبًا ما يكون ضمن دقائقك.
phone-cost-other = اسأل شركة هاتفك عن تكلفة الاتصال بهذا الرقم.
have-ready = جهّز: { $text }
facts-recent = تاريخ المعلومات: { $date }. تحقق من السعر لدى الشركة.
facts-old =
    معلومات قديمة، تاريخها: { $date } ({ $years ->
        [one] منذ أكثر من سنة
        [two] منذ أكثر من سنتين
        [few] منذ أكثر من { $years } سنوات
        [many] منذ أكثر من { $years } سنة
       *[other] منذ أكثر من { $years } سنة
    }). تحقق من السعر والشروط لدى الشركة قبل التقديم.
facts-undated = معلومات قديمة: مصادر هذا العرض غير مؤرخة. تحقق من السعر والشروط لدى الشركة قبل التقديم.
say-on-phone = ماذا تقول على الهاتف (بالإنجليزية):
say-means = المعنى:
phone-script = مرحبًا. أود أن أسأل عن التعريفة الاجتماعية لديكم: { $offer }. أتلقى إعانة موجودة في قائمتكم. هل يمكنكم التحقق مما إذا كان بإمكاني الحصول عليها؟
interpreter-request = أرجو توفير مترجم. لغتي: { $language }.

why-needs = يتطلب: { $accepted }.
why-needs-type = يتطلب هذا النوع: { $needs }.
why-you-told-us = أخبرتنا: { $given }.
why-you-get-none = أخبرتنا أنك لا تتلقى أيًا من الإعانات التي نسأل عنها.
why-outside-crown = { $place } تابعة للتاج البريطاني وتقع خارج المملكة المتحدة. التعريفات الاجتماعية في المملكة المتحدة مخصصة للمنازل في إنجلترا وويلز واسكتلندا وأيرلندا الشمالية. اسأل الشركات المحلية عن المساعدة التي تقدمها.
why-outside-forces = عناوين BFPO خارج نطاق التعريفات الاجتماعية في المملكة المتحدة. إذا كان للأسرة منزل في المملكة المتحدة، فاستخدم رمزه البريدي.
why-outside-overseas = { $place } خارج المملكة المتحدة. التعريفات الاجتماعية في المملكة المتحدة مخصصة للمنازل في إنجلترا وويلز واسكتلندا وأيرلندا الشمالية.
why-not-in-area = هذه الشبكة لا تصل إلى هذا العنوان: { $network }.
why-not-in-area-note = { $note }.

check-which-type = ما النوع الذي تتلقاه؟ هذا العرض يتطلب: { $needs }.
check-type-not-stated = لا تذكر المصادر أي نوع يُحتسب. اسأل الشركة هل يُحتسب نوعك: { $have }.
check-list-partial = القائمة الكاملة للإعانات لدى الشركة غير معروفة: اسأل هل تُحتسب إعانتك.
check-list-partial-known = القائمة الكاملة للإعانات لدى الشركة غير معروفة. وهي تشمل: { $accepted }. اسأل هل تُحتسب إعانتك.
check-scottish = هذا العرض يذكر: { $counterpart }. وفي اسكتلندا حلّت محلها: { $have }. اسأل هل تُحتسب.
check-unverified = من المعروف أن لدى هذه الشركة هذا العرض، لكن لم يمكن تأكيد شروطه: اسألهم.
check-no-postcode = لم يُذكر رمز بريدي: تحقق من توفر العرض في عنوانك.
check-not-home = هذا الرمز البريدي ليس عنوان منزل: تحقق من العرض في عنوان المنزل.
check-availability = قد لا تصل هذه الشبكة إلى كل عنوان هنا: { $network }. تحقق من عنوانك لدى الشركة.
check-availability-note = { $note }: تحقق من عنوانك لدى الشركة.

way-forward = إذا كان من الممكن أن تستحق هذه الإعانة، فتحقق من ذلك (يمكن لـ Citizens Advice المساعدة): { $benefit }. عدد العروض التي ستصبح متاحة هنا: { $count }.
nothing-fits = لا شيء هنا يناسب هذه الإجابات حتى الآن.
nothing-fits-advice = يمكن لـ Citizens Advice التحقق من الإعانات التي يمكنك الحصول عليها. بعض الإعانات تتيح التعريفات الاجتماعية.
other-help = مساعدات أخرى قد تناسبك:

catalogue-edition = إصدار الكتالوج: { $edition } (الرقم { $serial }).
catalogue-facts = تواريخ المعلومات: { $oldest } – { $newest }. تتغير الأسعار، عادةً في أبريل من كل عام: تحقق لدى الشركة قبل الانتقال.
catalogue-expired = انتهت صلاحية هذا الكتالوج في { $date }: ربما تغيّرت العروض والأسعار منذ ذلك الحين. تحقق لدى الشركة، واطلب ممن يعتني بهذا الحاسوب أن يحدّثه.
not-a-decision = هذه إرشادات وليست قرارًا: القرار للشركة.
in-english = بالإنجليزية

## The answer first (the short form)

next-steps = ما الذي تفعله بعد ذلك
check-first = تحقق أولًا
others-count =
    { $count ->
        [one] عرض آخر غير متاح في هذا العنوان أو لا يناسب هذه الإجابات.
        [two] عرضان آخران غير متاحين في هذا العنوان أو لا يناسبان هذه الإجابات.
        [few] { $count } عروض أخرى غير متاحة في هذا العنوان أو لا تناسب هذه الإجابات.
        [many] { $count } عرضًا آخر غير متاح في هذا العنوان أو لا يناسب هذه الإجابات.
       *[other] { $count } عرض آخر غير متاح في هذا العنوان أو لا يناسب هذه الإجابات.
    }
more-command = لرؤيتها كلها مع الأسباب، أضف --full.
more-key = اضغط f لرؤيتها كلها مع الأسباب.
more-plain = أجب بنعم على السؤال التالي لسماعها كلها مع الأسباب.
more-handout = يمكن للمستشار طباعتها كلها مع الأسباب.
offer-placeholder = [اسم العرض]
facts-marker = معلومات: { $date }
facts-marker-undated = تاريخ المعلومات غير معروف
