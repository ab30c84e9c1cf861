# tariff-finder, Urdu (ur): guidance templates.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.
# Right to left: prices, phone numbers and web addresses stay in Latin digits and letters.

title = سوشل ٹیرف: سستا براڈ بینڈ اور فون
intro = سوشل ٹیرف (social tariff) بعض بینیفٹ لینے والوں کے لیے سستا براڈ بینڈ یا فون پیکج ہے۔ جب آپ کسی کمپنی سے رابطہ کریں تو اس کا “social tariff” مانگیں۔
interpreter-tip = کمپنیوں کی فون لائنیں اور ویب سائٹیں انگریزی میں ہیں۔ فون پر آپ ترجمان مانگ سکتے ہیں: کہنے کے لیے انگریزی الفاظ ہر پیشکش کے ساتھ دیے گئے ہیں۔
place-area = اس علاقے کے پتے کے لیے: { $place }
place-postcode = پوسٹ کوڈ: { $postcode } ({ $place })
place-none = کوئی پوسٹ کوڈ نہیں دیا گیا: فکسڈ لائن والی پیشکشیں “شاید” دکھائی جاتی ہیں۔
place-not-home = دیا گیا پوسٹ کوڈ گھر کا پتہ نہیں ہے: فکسڈ لائن والی پیشکشیں “شاید” دکھائی جاتی ہیں۔
place-border = یہ پوسٹ کوڈ سرحد کے قریب ہے۔ یہ ان میں سے کسی میں ہو سکتا ہے: { $nations }
benefits-given = بینیفٹس: { $benefits }
benefits-none = بینیفٹس: ان میں سے کوئی نہیں جن کے بارے میں ہم پوچھتے ہیں۔
own-provider = اپنی ہی کمپنی کے سوشل ٹیرف پر جانے کی عام طور پر کوئی ایگزٹ فیس نہیں ہوتی، چاہے آپ معاہدے کے درمیان ہوں۔
no-offer-from-provider = ہمارے ریکارڈ میں اس کمپنی کا کوئی سوشل ٹیرف نہیں جو ان جوابات سے میل کھائے: { $provider }

group-can-get = آپ یہ یہاں لے سکتے ہیں
group-maybe = شاید آپ یہ لے سکیں: پہلے معلوم کریں
group-not-here = اس پتے پر دستیاب نہیں
group-ruled-out = خارج، اور کیوں

your-provider = آپ کی کمپنی
price-month = { $price } ماہانہ
price-free = مفت
price-unknown = قیمت: کمپنی سے پوچھیں
speed = { $down } Mbps
speed-down-up = ڈاؤن لوڈ { $down } Mbps، اپ لوڈ { $up } Mbps
speed-unknown = رفتار: کمپنی سے پوچھیں
contract-months = { $months } ماہ کا معاہدہ
contract-rolling = کم از کم مدت نہیں
setup-free = سیٹ اپ فیس نہیں
setup-fee = سیٹ اپ فیس: { $price }
who-can-get = کون لے سکتا ہے: { $benefits }
who-anyone = سب کے لیے: کسی بینیفٹ کی ضرورت نہیں۔
you-get = آپ کو ملتا ہے: { $benefits }
check = معلوم کریں: { $text }
terms = شرائط: { $text }
how-to-apply = درخواست کیسے دیں: { $text }
apply-ask = درخواست کیسے دیں: کمپنی سے پوچھیں۔
website = ویب سائٹ
website-english = ویب سائٹ (انگریزی میں)
phone = فون
phone-english = فون (انگریزی میں)
phone-cost-free = کال مفت ہے۔
phone-cost-standard = اس کا خرچ برطانیہ کے عام لینڈ لائن نمبر پر کال جتنا ہے؛ اکثر آپ کے منٹوں میں شامل ہوتا ہے۔
phone-cost-other = اپنی فون کمپنی سے پوچھیں کہ اس نمبر پر کال کا کتنا خرچ ہے۔
have-ready = تیار رکھیں: { $text }
facts-recent = معلومات کی تاریخ: { $date }۔ قیمت کمپنی سے معلوم کریں۔
facts-old =
    پرانی معلومات، تاریخ: { $date } ({ $years ->
        [one] ایک سال سے زیادہ پہلے
       *[other] { $years } سال سے زیادہ پہلے
    })۔ درخواست دینے سے پہلے قیمت اور شرائط کمپنی سے معلوم کریں۔
facts-undated = پرانی معلومات: اس پیشکش کے ذرائع پر کوئی تاریخ نہیں۔ درخواست دینے سے پہلے قیمت اور شرائط کمپنی سے معلوم کریں۔
say-on-phone = فون پر کیا کہیں (انگریزی میں):
say-means = اس کا مطلب:
phone-script = السلام علیکم۔ میں آپ کے سوشل ٹیرف کے بارے میں پوچھنا چاہتا/چاہتی ہوں: { $offer }۔ مجھے ایک ایسا بینیفٹ ملتا ہے جو آپ کی فہرست میں ہے۔ براہ کرم دیکھ لیں کہ کیا میں یہ لے سکتا/سکتی ہوں؟
interpreter-request = براہ کرم مجھے ترجمان چاہیے۔ میری زبان: { $language }۔

why-needs = ضروری ہے: { $accepted }۔
why-needs-type = یہ قسم ضروری ہے: { $needs }۔
why-you-told-us = آپ نے بتایا: { $given }۔
why-you-get-none = آپ نے بتایا کہ آپ کو ان میں سے کوئی بینیفٹ نہیں ملتا جن کے بارے میں ہم پوچھتے ہیں۔
why-outside-crown = { $place } کراؤن ڈیپینڈنسی ہے، برطانیہ سے باہر۔ برطانیہ کے سوشل ٹیرف انگلینڈ، ویلز، اسکاٹ لینڈ اور شمالی آئرلینڈ کے گھروں کے لیے ہیں۔ مقامی کمپنیوں سے پوچھیں کہ وہ کیا مدد دیتی ہیں۔
why-outside-forces = BFPO پتے برطانیہ کے سوشل ٹیرف کے علاقے سے باہر ہیں۔ اگر گھرانے کا برطانیہ میں گھر ہے تو اس کا پوسٹ کوڈ استعمال کریں۔
why-outside-overseas = { $place } برطانیہ سے باہر ہے۔ برطانیہ کے سوشل ٹیرف انگلینڈ، ویلز، اسکاٹ لینڈ اور شمالی آئرلینڈ کے گھروں کے لیے ہیں۔
why-not-in-area = یہ نیٹ ورک اس پتے تک نہیں پہنچتا: { $network }۔
why-not-in-area-note = { $note }۔

check-which-type = آپ کو کون سی قسم ملتی ہے؟ اس پیشکش کے لیے ضروری ہے: { $needs }۔
check-type-not-stated = ذرائع یہ نہیں بتاتے کہ کون سی قسم شمار ہوتی ہے۔ کمپنی سے پوچھیں کہ کیا آپ کی قسم شمار ہوتی ہے: { $have }۔
check-list-partial = کمپنی کے بینیفٹس کی پوری فہرست معلوم نہیں: پوچھیں کہ کیا آپ کا بینیفٹ شمار ہوتا ہے۔
check-list-partial-known = کمپنی کے بینیفٹس کی پوری فہرست معلوم نہیں۔ اس میں شامل ہیں: { $accepted }۔ پوچھیں کہ کیا آپ کا بینیفٹ شمار ہوتا ہے۔
check-scottish = یہ پیشکش اسے درج کرتی ہے: { $counterpart }۔ اسکاٹ لینڈ میں اس کی جگہ یہ ہے: { $have }۔ پوچھیں کہ کیا یہ شمار ہوتا ہے۔
check-unverified = معلوم ہے کہ اس کمپنی کی یہ پیشکش ہے، لیکن اس کی شرائط کی تصدیق نہیں ہو سکی: ان سے پوچھیں۔
check-no-postcode = کوئی پوسٹ کوڈ نہیں دیا گیا: معلوم کریں کہ کیا یہ پیشکش آپ کے پتے پر دستیاب ہے۔
check-not-home = وہ پوسٹ کوڈ گھر کا پتہ نہیں: گھر کے پتے پر پیشکش معلوم کریں۔
check-availability = ہو سکتا ہے یہ نیٹ ورک یہاں ہر پتے تک نہ پہنچے: { $network }۔ اپنا پتہ کمپنی سے معلوم کریں۔
check-availability-note = { $note }: اپنا پتہ کمپنی سے معلوم کریں۔

way-forward = اگر آپ اس بینیفٹ کے حقدار ہو سکتے ہیں تو معلوم کریں (Citizens Advice مدد کر سکتا ہے): { $benefit }۔ یہاں کھلنے والی پیشکشیں: { $count }۔
nothing-fits = یہاں ابھی کوئی چیز ان جوابات سے میل نہیں کھاتی۔
nothing-fits-advice = Citizens Advice معلوم کر سکتا ہے کہ آپ کون سے بینیفٹس لے سکتے ہیں۔ بعض بینیفٹس سے سوشل ٹیرف مل سکتے ہیں۔
other-help = دیگر مدد جو شاید موزوں ہو:

catalogue-edition = کیٹلاگ کا ایڈیشن: { $edition } (نمبر { $serial })۔
catalogue-facts = معلومات کی تاریخیں: { $oldest } – { $newest }۔ قیمتیں بدلتی ہیں، عام طور پر ہر اپریل میں: تبدیلی سے پہلے کمپنی سے معلوم کریں۔
not-a-decision = یہ رہنمائی ہے، فیصلہ نہیں: فیصلہ کمپنی کرتی ہے۔
in-english = انگریزی میں
