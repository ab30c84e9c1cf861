# tariff-finder, Arabic (ar): the wizard's screens.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.

app-title = tariff-finder: التعريفات الاجتماعية
step-of = الخطوة { $step } من { $total }
step-languages = اللغات
step-benefits = الإعانات
step-home = عن المنزل
step-postcode = الرمز البريدي
step-results = النتائج
step-guidance = الإرشادات
adviser-mode = وضع المستشار
adviser-account-holder = صاحب الحساب
adviser-provider = الشركة الحالية
adviser-age = العمر

lang-intro = اختر لغة المقيم للإرشادات، ولغة هذه الشاشة. السهمان الأيمن والأيسر يبدّلان القائمة.
lang-resident = لغة المقيم
lang-screen = لغة الشاشة

benefits-intro = أيٌّ من هذه يتلقى المقيم؟ ضع علامة على كل ما ينطبق.
benefits-filter = تصفية: { $filter }
benefits-no-match = لا توجد إعانة تطابق “{ $filter }”. يمسح Esc التصفية.
benefits-choice-none = لا شيء من هذه
group-uc = يونيفرسال كريديت والإعانات الأقدم
group-pension = سن التقاعد
group-disability = الإعاقة والرعاية
group-housing = السكن وضريبة المجلس المحلي
group-scotland = اسكتلندا
group-other = أخرى
followup-uc = دخل من العمل في فترة التقييم الأخيرة؟
followup-pc = أي جزء؟
followup-jsa = أي نوع؟
followup-esa = أي نوع؟
choice-not-sure = لا أعرف
choice-no-earnings = بلا دخل من العمل
choice-with-earnings = مع دخل من العمل
choice-guarantee = الرصيد المضمون
choice-savings = رصيد المدخرات فقط
choice-income-based = على أساس الدخل
choice-contribution-based = نيو ستايل
help-universal-credit = دفعة شهرية لذوي الدخل المنخفض أو العاطلين عن العمل.
help-pension-credit = مال إضافي لمن تجاوزوا سن التقاعد الحكومي وذوي الدخل المنخفض.
help-income-support = إعانة أقدم لبعض ذوي الدخل المنخفض الذين لا يستطيعون العمل.
help-jsa = للباحثين عن عمل.
help-esa = لمن يحدّ المرض أو الإعاقة من قدرتهم على العمل.
help-pip = مساعدة في التكاليف الإضافية لمرض طويل الأمد أو إعاقة.
help-adult-disability-payment = الإعانة الاسكتلندية التي تحل محل PIP.
help-pension-age-disability-payment = الإعانة الاسكتلندية التي تحل محل إعانة الرعاية لكبار السن.
help-dla = بدل المعيشة لذوي الإعاقة، ومعظمه الآن للأطفال.
help-attendance-allowance = لمن تجاوزوا سن التقاعد الحكومي ويحتاجون إلى رعاية.
help-housing-benefit = مساعدة في الإيجار يدفعها المجلس المحلي.
help-carers-allowance = لمن يرعون شخصًا 35 ساعة في الأسبوع أو أكثر.
help-carer-support-payment = الإعانة الاسكتلندية التي تحل محل بدل مقدم الرعاية.
help-council-tax-reduction = فاتورة ضريبة مجلس محلي أقل لذوي الدخل المنخفض.
help-care-leaver = شاب كان في رعاية المجلس المحلي.
help-none = لا يتلقى المقيم أيًا من الإعانات أعلاه.

home-account-holder = هل المقيم هو صاحب حساب الإنترنت المنزلي (الشخص المسجّل العقد باسمه)؟
home-provider = شركة الإنترنت الحالية (اختياري)
home-age = عمر المقيم (اختياري: يُستخدم فقط حيث يعتمد العرض عليه)
age-under-18 = أقل من 18 سنة
age-working-age = من 18 سنة حتى سن التقاعد
age-pension-age = سن التقاعد أو أكثر
provider-none = لا شيء / أخرى
choice-yes = نعم
choice-no = لا

postcode-prompt = الرمز البريدي للمنزل، أو جزؤه الأول فقط (مثلًا B1)
postcode-empty = لا رمز بريدي: اضغط Enter لاختيار “لا عنوان ثابت / لا أعرف”.
postcode-none = لا عنوان ثابت / لا أعرف: العروض على خط ثابت تظهر بعبارة “ربما”.
postcode-found = { $place }
postcode-suggest = اضغط F3 لاستخدامه.

results-none = لا شيء لعرضه بعد.
detail-title = التفاصيل

guidance-actions = s حفظ بصيغة HTML · m حفظ بصيغة Markdown · p طباعة · c نسخ · f كل العروض
saved-to = تم الحفظ: { $path }
save-failed = تعذّر حفظ النشرة: { $reason }
no-print-command = لم يُضبط أمر للطباعة: احفظ النشرة واطبعها من هناك.
copied = أُرسل إلى حافظة الطرفية إن كانت تقبله (s يحفظ ملفًا).

# The keys line: each key's word (the key names themselves are the same in every language).
key-next = التالي
key-back = رجوع
key-help = مساعدة
key-adviser = المستشار
key-results = النتائج
key-new-resident = مقيم جديد
key-colours = الألوان
key-clear = امسح إجاباتي
keys-quit = q خروج
keys-typing = كتابة · Ctrl+C خروج
help-title = المفاتيح
help-body =
    Enter أو Tab: الخطوة التالية
    Esc أو Shift+Tab: رجوع (تبقى الإجابات)
    أعلى، أسفل: تحرك · Space: ضع علامة أو أزلها
    يسار، يمين: غيّر الاختيار
    في حقل النص: Ctrl+U يمسحه، Ctrl+W يحذف كلمة
    F5: انتقل إلى النتائج · F2: وضع المستشار (كل شيء في شاشة واحدة)
    Ctrl+N: مقيم جديد (ينسى كل الإجابات)
    t: غيّر الألوان (عادي، تباين عالٍ، بسيط)
    q: خروج (ليس أثناء الكتابة) · Ctrl+C: خروج
    F1 أو Esc: أغلق هذه المساعدة
quit-confirm = أُدخلت إجابات. هل تريد الخروج ونسيانها؟ y: خروج · n: بقاء
new-resident-done = مقيم جديد: نُسيت كل الإجابات.
too-small = يُرجى تكبير النافذة (80 × 24 على الأقل).
footer-catalogue = الكتالوج { $edition } ({ $source }) · المعلومات: { $oldest } – { $newest }
footer-old = قديمة: تحقق من الأسعار لدى الشركة

plain-intro = tariff-finder: التعريفات الاجتماعية. أجب عن كل سؤال واضغط Enter؛ السطر الفارغ يُبقي الخيار الافتراضي.
plain-screen-language = لغة الشاشة؟
plain-default = الافتراضي: { $default }.
plain-benefits = الإعانات: أرقام أو معرّفات، مفصولة بفواصل أو مسافات. فارغ: لا شيء من هذه.
plain-postcode-empty = فارغ: لا عنوان ثابت / لا أعرف.
plain-no-postcode = لا عنوان ثابت / لا أعرف
plain-choose = اختر رقمًا من 1 إلى { $max }.
plain-no-benefit-number = لا توجد إعانة بهذا الرقم: { $number }
postcode-err-empty = الرمز البريدي فارغ.
postcode-err-char = في الرمز البريدي حرف ليس حرفًا أبجديًا ولا رقمًا: { $char }
postcode-err-shape = هذا ليس على شكل رمز بريدي في المملكة المتحدة: “{ $input }”.
postcode-err-unknown = يبدو هذا رمزًا بريديًا، لكن لا توجد منطقة { $outcode }: { $postcode }.
postcode-hint-suggest = هل تقصد: { $suggestion }
postcode-hint-unknown = تحقق منه في رسالة أو فاتورة: ربما تغيّر الرمز البريدي أو كُتب خطأ. أو اترك الرمز البريدي.
postcode-hint-shape = يبدو الرمز البريدي في المملكة المتحدة مثل B1 1BB أو SW1A 2AA. يمكنك كتابة الجزء الأول فقط (B1)، أو تركه.

## الكشك (الحواسيب المحمولة العامة) والطباعة
kiosk-countdown-title = هل ما زلت هنا؟
kiosk-countdown = للحفاظ على خصوصية إجاباتك، ستُمسح هذه الشاشة قريبًا.
kiosk-seconds-left = الثواني المتبقية: { $seconds }
kiosk-more-time = اضغط أي مفتاح للحصول على وقت إضافي.
kiosk-stays-open = هذا الحاسوب العام يُبقي هذه الأداة مفتوحة. لمسح إجاباتك اضغط F12 أو Ctrl+N.
kiosk-pin-title = الموظفون: إغلاق الكشك
kiosk-pin-prompt = اكتب رمز PIN الخاص بالمسؤول ثم اضغط Enter. يلغي Esc.
kiosk-pin-wrong = رمز PIN خاطئ.
kiosk-pin-wait = محاولات خاطئة كثيرة. الثواني المتبقية للانتظار: { $seconds }
kiosk-no-pin = لم يُضبط رمز PIN للمسؤول: أوقف الكشك من البرنامج المشرف عليه.
kiosk-saving-off = الحفظ معطّل على هذا الحاسوب. اطلب من أحد الموظفين طباعة الإرشادات.
printing = جارٍ إرسال النشرة إلى الطابعة…
printed = أُرسلت النشرة إلى الطابعة.
print-failed = تعذّرت الطباعة: { $reason }

## Catalogue refresh (adviser laptops)
refresh-started = جارٍ جلب أحدث كتالوج…
refresh-updated = يُستخدم الآن كتالوج جديد: الإصدار { $edition } (الرقم { $serial }).
refresh-unchanged = الكتالوج محدَّث: الإصدار { $edition } (الرقم { $serial }).
refresh-failed = تعذّر تحديث الكتالوج: { $reason }. ما زال الإصدار { $edition } مستخدمًا.
refresh-not-set-up = لم يُضبط عنوان للكتالوج ([refresh] url في ملف الإعدادات).
help-refresh = Ctrl+R: اجلب أحدث كتالوج الآن
help-adviser = وضع المستشار: Tab للتنقل بين المربعات · F5: النتائج، للحفظ أو الطباعة

## Live postcode confirmation (when set up)
postcode-confirmed = تم تأكيد الرمز البريدي عبر الإنترنت: إنه في { $nation }.
postcode-not-found-online = خدمة البحث عن الرموز البريدية لا تعرف { $postcode }: تحقق من عدم وجود خطأ في الكتابة.
postcode-lookup-failed = تعذّر تأكيد الرمز البريدي عبر الإنترنت: يُستخدم الجدول المدمج.

## Kiosk screens
help-body-kiosk =
    Enter أو Tab: الخطوة التالية
    Esc أو Shift+Tab: رجوع (تبقى الإجابات)
    أعلى، أسفل: تحرك · Space: ضع علامة أو أزلها
    يسار، يمين: غيّر الاختيار
    F5: انتقل إلى النتائج
    F12, Ctrl+N: امسح إجاباتي
    t: غيّر الألوان (عادي، تباين عالٍ، بسيط)
    F1 أو Esc: أغلق هذه المساعدة
kiosk-print-failed = لم تستجب الطابعة. اطلب المساعدة من أحد الموظفين.
kiosk-action-print = p اطبع الإرشادات
kiosk-action-save = s احفظ الإرشادات
kiosk-no-actions = اكتب أرقام الهاتف التي تحتاجها، أو اطلب من أحد الموظفين نسخة مطبوعة.
lang-choose-line = اختر بـ ↑ ↓ ثم اضغط Enter
plain-full-question = هل تريد سماع كل العروض مع الأسباب؟
plain-question = السؤال { $n } من { $total }.
plain-question-more = المزيد عن السؤال { $n }.
plain-choices =
    { $count ->
        [one] خيار واحد:
        [two] خياران:
        [few] { $count } خيارات:
       *[other] { $count } خيارًا:
    }
plain-same-choices = الخيارات نفسها كما في السؤال { $n }.
plain-you-chose = اخترت: { $answer }.
plain-none = لا شيء مما سبق
plain-provider-type = اكتب اسمه، أو اضغط Enter إن لم يكن هناك مزود.

## Verdicts on the results list, and where the catalogue came from
tag-yes = [نعم]
tag-maybe = [ربما]
tag-not-here = [ليس هنا]
tag-no = [لا]
origin-embedded = مدمج
origin-cache = تم تنزيله
origin-file = ملف
postcode-incomplete = تابع الكتابة: الجزء الثاني رقم وحرفان، مثل B1 1BB.
print-reads-best = تُقرأ { $language } بشكل أفضل على الورق: اطبع (p) النشرة أو احفظها (s).
