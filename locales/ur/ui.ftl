# tariff-finder, Urdu (ur): the wizard's screens.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.

app-title = tariff-finder: سوشل ٹیرف
step-of = مرحلہ { $step } از { $total }
step-languages = زبانیں
step-benefits = بینیفٹس
step-home = گھر کے بارے میں
step-postcode = پوسٹ کوڈ
step-results = نتائج
step-guidance = رہنمائی
adviser-mode = ایڈوائزر موڈ
adviser-account-holder = اکاؤنٹ ہولڈر
adviser-provider = موجودہ کمپنی
adviser-age = عمر

lang-intro = رہنمائی کے لیے رہائشی کی زبان اور اس اسکرین کی زبان منتخب کریں۔ دائیں اور بائیں تیر فہرست بدلتے ہیں۔
lang-resident = رہائشی کی زبان
lang-screen = اسکرین کی زبان

benefits-intro = رہائشی کو ان میں سے کون سے ملتے ہیں؟ جو بھی لاگو ہوں سب پر نشان لگائیں۔
benefits-filter = فلٹر: { $filter }
benefits-no-match = کوئی بینیفٹ “{ $filter }” سے نہیں ملتا۔ Esc فلٹر صاف کرتا ہے۔
benefits-choice-none = ان میں سے کوئی نہیں
group-uc = یونیورسل کریڈٹ اور پرانے بینیفٹس
group-pension = پنشن کی عمر
group-disability = معذوری اور دیکھ بھال
group-housing = رہائش اور کونسل ٹیکس
group-scotland = اسکاٹ لینڈ
group-other = دیگر
followup-uc = پچھلے اسیسمنٹ پیریڈ میں کمائی؟
followup-pc = کون سا حصہ؟
followup-jsa = کون سی قسم؟
followup-esa = کون سی قسم؟
choice-not-sure = معلوم نہیں
choice-no-earnings = کوئی کمائی نہیں
choice-with-earnings = کمائی
choice-guarantee = گارنٹی کریڈٹ
choice-savings = صرف سیونگز کریڈٹ
choice-income-based = آمدنی پر مبنی
choice-contribution-based = نیو اسٹائل
help-universal-credit = کم آمدنی والوں یا بے روزگار لوگوں کے لیے ماہانہ ادائیگی۔
help-pension-credit = اسٹیٹ پنشن کی عمر سے زیادہ، کم آمدنی والے لوگوں کے لیے اضافی رقم۔
help-income-support = کم آمدنی والے بعض لوگوں کے لیے پرانا بینیفٹ جو کام نہیں کر سکتے۔
help-jsa = کام تلاش کرنے والوں کے لیے۔
help-esa = ان لوگوں کے لیے جن کی بیماری یا معذوری ان کے کام کو محدود کرتی ہے۔
help-pip = طویل مدتی بیماری یا معذوری کے اضافی اخراجات میں مدد۔
help-adult-disability-payment = اسکاٹ لینڈ کا بینیفٹ جو PIP کی جگہ لیتا ہے۔
help-pension-age-disability-payment = اسکاٹ لینڈ کا بینیفٹ جو اٹینڈنس الاؤنس کی جگہ لیتا ہے۔
help-dla = ڈس ایبلٹی لیونگ الاؤنس، اب زیادہ تر بچوں کے لیے۔
help-attendance-allowance = اسٹیٹ پنشن کی عمر سے زیادہ ان لوگوں کے لیے جنہیں دیکھ بھال چاہیے۔
help-housing-benefit = کرائے میں مدد، جو کونسل دیتی ہے۔
help-carers-allowance = ان لوگوں کے لیے جو کسی کی ہفتے میں 35 گھنٹے یا زیادہ دیکھ بھال کرتے ہیں۔
help-carer-support-payment = اسکاٹ لینڈ کا بینیفٹ جو کیئررز الاؤنس کی جگہ لیتا ہے۔
help-council-tax-reduction = کم آمدنی والوں کے لیے کم کونسل ٹیکس بل۔
help-care-leaver = وہ نوجوان جو کونسل کی نگہداشت میں رہ چکا ہو۔
help-none = رہائشی کو اوپر والے بینیفٹس میں سے کوئی نہیں ملتا۔

home-account-holder = کیا رہائشی براڈ بینڈ کا اکاؤنٹ ہولڈر ہے (جس کے نام پر معاہدہ ہے)؟
home-provider = موجودہ براڈ بینڈ کمپنی (اختیاری)
home-age = رہائشی کی عمر (اختیاری: صرف وہاں جہاں پیشکش اس پر منحصر ہو)
age-under-18 = 18 سال سے کم
age-working-age = 18 سال سے پنشن کی عمر تک
age-pension-age = پنشن کی عمر یا اس سے زیادہ
provider-none = کوئی نہیں / دیگر
choice-yes = ہاں
choice-no = نہیں

postcode-prompt = گھر کا پوسٹ کوڈ، یا صرف اس کا پہلا حصہ (مثلاً B1)
postcode-empty = کوئی پوسٹ کوڈ نہیں: “کوئی مستقل پتہ نہیں / معلوم نہیں” کے لیے Enter دبائیں۔
postcode-none = کوئی مستقل پتہ نہیں / معلوم نہیں: فکسڈ لائن والی پیشکشیں “شاید” دکھائی جاتی ہیں۔
postcode-found = { $place }
postcode-suggest = اسے استعمال کرنے کے لیے F3 دبائیں۔

results-none = ابھی دکھانے کے لیے کچھ نہیں۔
detail-title = تفصیلات

guidance-actions = s HTML کے طور پر محفوظ کریں · m Markdown کے طور پر محفوظ کریں · p پرنٹ · c کاپی · f تمام پیشکشیں
saved-to = محفوظ ہو گیا: { $path }
save-failed = ہینڈ آؤٹ محفوظ نہیں ہو سکا: { $reason }
no-print-command = کوئی پرنٹ کمانڈ سیٹ نہیں: ہینڈ آؤٹ محفوظ کریں اور وہاں سے پرنٹ کریں۔
copied = ٹرمینل کے کلپ بورڈ پر بھیجا گیا، اگر وہ قبول کرے (s فائل محفوظ کرتا ہے)۔

# The keys line: each key's word (the key names themselves are the same in every language).
key-next = آگے
key-back = پیچھے
key-help = مدد
key-adviser = ایڈوائزر
key-results = نتائج
key-new-resident = نیا رہائشی
key-colours = رنگ
key-clear = میرے جوابات مٹائیں
keys-quit = q بند کریں
keys-typing = ٹائپنگ · Ctrl+C بند کریں
help-title = کیز
help-body =
    Enter یا Tab: اگلا مرحلہ
    Esc یا Shift+Tab: پیچھے (جوابات محفوظ رہتے ہیں)
    اوپر، نیچے: حرکت · Space: نشان لگائیں یا ہٹائیں
    بائیں، دائیں: انتخاب بدلیں
    ٹیکسٹ خانے میں: Ctrl+U صاف کرتا ہے، Ctrl+W ایک لفظ مٹاتا ہے
    F5: نتائج پر جائیں · F2: ایڈوائزر موڈ (سب کچھ ایک اسکرین پر)
    Ctrl+N: نیا رہائشی (تمام جوابات بھول جاتا ہے)
    t: رنگ بدلیں (عام، زیادہ کنٹراسٹ، سادہ)
    q: بند کریں (ٹائپنگ کے دوران نہیں) · Ctrl+C: بند کریں
    F1 یا Esc: یہ مدد بند کریں
quit-confirm = جوابات درج کیے گئے ہیں۔ بند کر کے انہیں بھول جائیں؟ y: بند کریں · n: رہیں
new-resident-done = نیا رہائشی: تمام جوابات بھلا دیے گئے۔
too-small = براہ کرم ونڈو بڑی کریں (کم از کم 80 × 24)۔
footer-catalogue = کیٹلاگ { $edition } ({ $source }) · معلومات: { $oldest } – { $newest }
footer-old = پرانی: قیمتیں کمپنی سے معلوم کریں

plain-intro = tariff-finder: سوشل ٹیرف۔ ہر سوال کا جواب دیں اور Enter دبائیں؛ خالی لائن پہلے سے طے شدہ انتخاب رکھتی ہے۔
plain-screen-language = اسکرین کی زبان؟
plain-default = پہلے سے طے شدہ: { $default }۔
plain-benefits = بینیفٹس: نمبر یا شناختی الفاظ، کوما یا خالی جگہ سے الگ کریں۔ خالی: ان میں سے کوئی نہیں۔
plain-postcode-empty = خالی: کوئی مستقل پتہ نہیں / معلوم نہیں۔
plain-no-postcode = کوئی مستقل پتہ نہیں / معلوم نہیں
plain-choose = 1 سے { $max } تک کوئی نمبر منتخب کریں۔
plain-no-benefit-number = اس نمبر کا کوئی بینیفٹ نہیں: { $number }
postcode-err-empty = پوسٹ کوڈ خالی ہے۔
postcode-err-char = پوسٹ کوڈ میں ایسا نشان ہے جو حرف یا ہندسہ نہیں: { $char }
postcode-err-shape = یہ برطانیہ کے پوسٹ کوڈ کی شکل نہیں: “{ $input }”۔
postcode-err-unknown = یہ پوسٹ کوڈ جیسا لگتا ہے، لیکن { $outcode } نام کا کوئی ڈسٹرکٹ نہیں: { $postcode }۔
postcode-hint-suggest = کیا آپ کا مطلب تھا: { $suggestion }
postcode-hint-unknown = کسی خط یا بل پر دیکھیں: ہو سکتا ہے پوسٹ کوڈ بدل گیا ہو یا غلط لکھا گیا ہو۔ یا پوسٹ کوڈ چھوڑ دیں۔
postcode-hint-shape = برطانیہ کا پوسٹ کوڈ B1 1BB یا SW1A 2AA جیسا ہوتا ہے۔ آپ صرف پہلا حصہ (B1) دے سکتے ہیں، یا اسے چھوڑ سکتے ہیں۔

## کیوسک (عوامی لیپ ٹاپ) اور پرنٹنگ
kiosk-countdown-title = کیا آپ ابھی یہاں ہیں؟
kiosk-countdown = آپ کے جوابات کو نجی رکھنے کے لیے یہ اسکرین جلد صاف کر دی جائے گی۔
kiosk-seconds-left = باقی سیکنڈ: { $seconds }
kiosk-more-time = مزید وقت کے لیے کوئی بھی بٹن دبائیں۔
kiosk-stays-open = یہ عوامی کمپیوٹر اس ٹول کو کھلا رکھتا ہے۔ اپنے جوابات مٹانے کے لیے F12 یا Ctrl+N دبائیں۔
kiosk-pin-title = عملہ: کیوسک بند کریں
kiosk-pin-prompt = ایڈمن PIN لکھیں، پھر Enter دبائیں۔ Esc منسوخ کرتا ہے۔
kiosk-pin-wrong = غلط PIN۔
kiosk-pin-wait = بہت زیادہ غلط PIN۔ انتظار کے سیکنڈ: { $seconds }
kiosk-no-pin = کوئی ایڈمن PIN سیٹ نہیں: کیوسک کو اس کے نگران پروگرام سے بند کریں۔
kiosk-saving-off = اس کمپیوٹر پر محفوظ کرنا بند ہے۔ رہنمائی پرنٹ کرنے کے لیے عملے کے کسی رکن سے کہیں۔
printing = ہینڈ آؤٹ پرنٹر کو بھیجا جا رہا ہے…
printed = ہینڈ آؤٹ پرنٹر کو بھیج دیا گیا۔
print-failed = پرنٹ نہیں ہو سکا: { $reason }

## Catalogue refresh (adviser laptops)
refresh-started = تازہ ترین کیٹلاگ لایا جا رہا ہے…
refresh-updated = نیا کیٹلاگ استعمال میں ہے: ایڈیشن { $edition } (نمبر { $serial })۔
refresh-unchanged = کیٹلاگ تازہ ترین ہے: ایڈیشن { $edition } (نمبر { $serial })۔
refresh-failed = کیٹلاگ تازہ نہیں ہو سکا: { $reason }۔ اب بھی ایڈیشن { $edition } استعمال میں ہے۔
refresh-not-set-up = کیٹلاگ کا کوئی پتا سیٹ نہیں ([refresh] url کنفیگ فائل میں)۔
help-refresh = Ctrl+R: ابھی تازہ ترین کیٹلاگ لائیں
help-adviser = ایڈوائزر موڈ: Tab سے خانوں کے درمیان جائیں · F5: نتائج، محفوظ یا پرنٹ کرنے کے لیے

## Live postcode confirmation (when set up)
postcode-confirmed = پوسٹ کوڈ کی آن لائن تصدیق ہو گئی: یہ { $nation } میں ہے۔
postcode-not-found-online = پوسٹ کوڈ تلاش کرنے والی سروس { $postcode } کو نہیں جانتی: ٹائپنگ کی غلطی دیکھیں۔
postcode-lookup-failed = پوسٹ کوڈ کی آن لائن تصدیق نہیں ہو سکی: اندرونی جدول استعمال ہو رہا ہے۔

## Kiosk screens
help-body-kiosk =
    Enter یا Tab: اگلا مرحلہ
    Esc یا Shift+Tab: پیچھے (جوابات محفوظ رہتے ہیں)
    اوپر، نیچے: حرکت · Space: نشان لگائیں یا ہٹائیں
    بائیں، دائیں: انتخاب بدلیں
    F5: نتائج پر جائیں
    F12, Ctrl+N: میرے جوابات مٹائیں
    t: رنگ بدلیں (عام، زیادہ کنٹراسٹ، سادہ)
    F1 یا Esc: یہ مدد بند کریں
kiosk-print-failed = پرنٹر نے جواب نہیں دیا۔ عملے کے کسی رکن سے پوچھیں۔
kiosk-action-print = p رہنمائی پرنٹ کریں
kiosk-action-save = s رہنمائی محفوظ کریں
kiosk-no-actions = جن فون نمبروں کی ضرورت ہے انہیں لکھ لیں، یا عملے کے کسی رکن سے پرنٹ شدہ کاپی مانگیں۔
lang-choose-line = ↑ ↓ سے چنیں، پھر Enter دبائیں
plain-full-question = کیا سب پیشکشیں وجوہات کے ساتھ سننا چاہیں گے؟
plain-question = سوال { $n } از { $total }۔
plain-question-more = سوال { $n } کے بارے میں مزید۔
plain-choices =
    { $count ->
        [one] ایک انتخاب:
       *[other] { $count } انتخاب:
    }
plain-same-choices = وہی انتخاب جو سوال { $n } میں تھے۔
plain-you-chose = آپ کا انتخاب: { $answer }۔
plain-none = ان میں سے کوئی نہیں
plain-provider-type = اس کا نام لکھیں، یا اگر کوئی نہیں تو Enter دبائیں۔

## Verdicts on the results list, and where the catalogue came from
tag-yes = [ہاں]
tag-maybe = [شاید]
tag-not-here = [یہاں نہیں]
tag-no = [نہیں]
origin-embedded = بلٹ اِن
origin-cache = ڈاؤن لوڈ شدہ
origin-file = فائل
postcode-incomplete = لکھتے رہیں: دوسرا حصہ ایک ہندسہ اور دو حروف ہے، جیسے B1 1BB۔
print-reads-best = { $language } کاغذ پر بہتر پڑھی جاتی ہے: ہینڈ آؤٹ پرنٹ (p) یا محفوظ (s) کریں۔
