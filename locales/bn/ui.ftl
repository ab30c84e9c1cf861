# tariff-finder, Bengali (bn): the wizard's screens.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.

app-title = tariff-finder: সোশ্যাল ট্যারিফ
step-of = ধাপ { $step } / { $total }
step-languages = ভাষা
step-benefits = বেনিফিট
step-home = বাড়ি সম্পর্কে
step-postcode = পোস্টকোড
step-results = ফলাফল
step-guidance = পরামর্শ
adviser-mode = পরামর্শদাতা মোড
adviser-account-holder = অ্যাকাউন্ট হোল্ডার
adviser-provider = বর্তমান কোম্পানি
adviser-age = বয়স

lang-intro = পরামর্শের জন্য বাসিন্দার ভাষা এবং এই স্ক্রিনের ভাষা বেছে নিন। বাম ও ডান তীর তালিকা বদলায়।
lang-resident = বাসিন্দার ভাষা
lang-screen = স্ক্রিনের ভাষা

benefits-intro = বাসিন্দা এগুলোর কোনগুলো পান? যা যা প্রযোজ্য সবগুলোতে টিক দিন।
benefits-filter = ফিল্টার: { $filter }
benefits-no-match = কোনো বেনিফিট “{ $filter }”-এর সাথে মেলে না। Esc ফিল্টার মুছে দেয়।
benefits-choice-none = এগুলোর কোনোটিই নয়
group-uc = ইউনিভার্সাল ক্রেডিট ও পুরোনো বেনিফিট
group-pension = পেনশনের বয়স
group-disability = প্রতিবন্ধিতা ও যত্ন
group-housing = বাসস্থান ও কাউন্সিল ট্যাক্স
group-scotland = স্কটল্যান্ড
group-other = অন্যান্য
followup-uc = গত অ্যাসেসমেন্ট পিরিয়ডে উপার্জন?
followup-pc = কোন অংশ?
followup-jsa = কোন ধরন?
followup-esa = কোন ধরন?
choice-not-sure = জানি না
choice-no-earnings = কোনো উপার্জন নেই
choice-with-earnings = উপার্জন আছে
choice-guarantee = গ্যারান্টি ক্রেডিট
choice-savings = শুধু সেভিংস ক্রেডিট
choice-income-based = আয়-ভিত্তিক
choice-contribution-based = নিউ স্টাইল
help-universal-credit = কম আয়ের বা কাজ নেই এমন মানুষদের জন্য মাসিক অর্থ।
help-pension-credit = স্টেট পেনশনের বয়স পেরোনো, কম আয়ের মানুষদের জন্য বাড়তি অর্থ।
help-income-support = কাজ করতে পারেন না এমন কিছু কম আয়ের মানুষের জন্য পুরোনো বেনিফিট।
help-jsa = যাঁরা কাজ খুঁজছেন তাঁদের জন্য।
help-esa = যাঁদের অসুস্থতা বা প্রতিবন্ধিতা কাজে বাধা দেয় তাঁদের জন্য।
help-pip = দীর্ঘমেয়াদি অসুস্থতা বা প্রতিবন্ধিতার বাড়তি খরচে সাহায্য।
help-adult-disability-payment = স্কটল্যান্ডের বেনিফিট, যা PIP-এর জায়গা নেয়।
help-pension-age-disability-payment = স্কটল্যান্ডের বেনিফিট, যা অ্যাটেনডেন্স অ্যালাউন্সের জায়গা নেয়।
help-dla = ডিজঅ্যাবিলিটি লিভিং অ্যালাউন্স, এখন বেশিরভাগ শিশুদের জন্য।
help-attendance-allowance = স্টেট পেনশনের বয়স পেরোনো যাঁদের যত্ন দরকার তাঁদের জন্য।
help-housing-benefit = ভাড়ার জন্য সাহায্য, যা কাউন্সিল দেয়।
help-carers-allowance = যাঁরা সপ্তাহে 35 ঘণ্টা বা তার বেশি কারও যত্ন নেন তাঁদের জন্য।
help-carer-support-payment = স্কটল্যান্ডের বেনিফিট, যা কেয়ারার্স অ্যালাউন্সের জায়গা নেয়।
help-council-tax-reduction = কম আয়ের মানুষদের জন্য কম কাউন্সিল ট্যাক্স বিল।
help-care-leaver = যে তরুণ কাউন্সিলের তত্ত্বাবধানে ছিলেন।
help-none = বাসিন্দা উপরের কোনো বেনিফিটই পান না।

home-account-holder = বাসিন্দা কি ব্রডব্যান্ডের অ্যাকাউন্ট হোল্ডার (যাঁর নামে চুক্তি)?
home-provider = বর্তমান ব্রডব্যান্ড কোম্পানি (ঐচ্ছিক)
home-age = বাসিন্দার বয়স (ঐচ্ছিক: কেবল যেখানে অফার এর উপর নির্ভর করে)
age-under-18 = 18 বছরের কম
age-working-age = 18 বছর থেকে পেনশনের বয়স পর্যন্ত
age-pension-age = পেনশনের বয়স বা তার বেশি
provider-none = কোনোটি নয় / অন্য
choice-yes = হ্যাঁ
choice-no = না

postcode-prompt = বাড়ির পোস্টকোড, বা শুধু প্রথম অংশ (যেমন B1)
postcode-empty = কোনো পোস্টকোড নেই: “স্থায়ী ঠিকানা নেই / জানি না” বোঝাতে Enter চাপুন।
postcode-none = স্থায়ী ঠিকানা নেই / জানি না: ফিক্সড লাইনের অফারগুলো “হয়তো” হিসেবে দেখানো হয়।
postcode-found = { $place }
postcode-suggest = এটি ব্যবহার করতে F3 চাপুন।

results-none = এখনো দেখানোর কিছু নেই।
detail-title = বিস্তারিত

guidance-actions = s HTML হিসেবে সংরক্ষণ · m Markdown হিসেবে সংরক্ষণ · p প্রিন্ট · c কপি · f সব অফার
saved-to = সংরক্ষিত: { $path }
save-failed = হ্যান্ডআউট সংরক্ষণ করা যায়নি: { $reason }
no-print-command = কোনো প্রিন্ট কমান্ড সেট করা নেই: হ্যান্ডআউট সংরক্ষণ করে সেখান থেকে প্রিন্ট করুন।
copied = টার্মিনালের ক্লিপবোর্ডে পাঠানো হয়েছে, যদি সেটি গ্রহণ করে (s ফাইল সংরক্ষণ করে)।

# The keys line: each key's word (the key names themselves are the same in every language).
key-next = পরের
key-back = আগের
key-help = সাহায্য
key-adviser = পরামর্শদাতা
key-results = ফলাফল
key-new-resident = নতুন বাসিন্দা
key-colours = রং
key-clear = আমার উত্তর মুছুন
keys-quit = q বন্ধ
keys-typing = টাইপ হচ্ছে · Ctrl+C বন্ধ
help-title = কী
help-body =
    Enter বা Tab: পরের ধাপ
    Esc বা Shift+Tab: আগের ধাপ (উত্তর থেকে যায়)
    উপর, নিচ: সরান · Space: টিক দিন বা সরান
    বাম, ডান: পছন্দ বদলান
    টেক্সট ঘরে: Ctrl+U মুছে দেয়, Ctrl+W একটি শব্দ মোছে
    F5: ফলাফলে যান · F2: পরামর্শদাতা মোড (সব এক স্ক্রিনে)
    Ctrl+N: নতুন বাসিন্দা (সব উত্তর ভুলে যায়)
    t: রং বদলান (সাধারণ, বেশি কনট্রাস্ট, সাদামাটা)
    q: বন্ধ (টাইপ করার সময় নয়) · Ctrl+C: বন্ধ
    F1 বা Esc: এই সাহায্য বন্ধ করুন
quit-confirm = উত্তর দেওয়া হয়েছে। বন্ধ করে সেগুলো ভুলে যাবেন? y: বন্ধ · n: থাকুন
new-resident-done = নতুন বাসিন্দা: সব উত্তর ভুলে যাওয়া হয়েছে।
too-small = দয়া করে উইন্ডো বড় করুন (অন্তত 80 × 24)।
footer-catalogue = ক্যাটালগ { $edition } ({ $source }) · তথ্য: { $oldest } – { $newest }
footer-old = পুরোনো: দাম কোম্পানির কাছে যাচাই করুন

plain-intro = tariff-finder: সোশ্যাল ট্যারিফ। প্রতিটি প্রশ্নের উত্তর দিয়ে Enter চাপুন; খালি লাইন আগের নির্ধারিত উত্তর রাখে।
plain-screen-language = স্ক্রিনের ভাষা?
plain-default = নির্ধারিত: { $default }।
plain-benefits = বেনিফিট: নম্বর বা আইডি, কমা বা ফাঁকা জায়গা দিয়ে আলাদা করুন। খালি: এগুলোর কোনোটিই নয়।
plain-postcode-empty = খালি: স্থায়ী ঠিকানা নেই / জানি না।
plain-no-postcode = স্থায়ী ঠিকানা নেই / জানি না
plain-choose = 1 থেকে { $max } পর্যন্ত একটি নম্বর বেছে নিন।
plain-no-benefit-number = এই নম্বরের কোনো বেনিফিট নেই: { $number }
postcode-err-empty = পোস্টকোড খালি।
postcode-err-char = পোস্টকোডে এমন একটি চিহ্ন আছে যা অক্ষর বা অঙ্ক নয়: { $char }
postcode-err-shape = এটি যুক্তরাজ্যের পোস্টকোডের আকার নয়: “{ $input }”।
postcode-err-unknown = এটি পোস্টকোডের মতো দেখায়, কিন্তু { $outcode } নামে কোনো ডিস্ট্রিক্ট নেই: { $postcode }।
postcode-hint-suggest = আপনি কি বোঝাতে চেয়েছেন: { $suggestion }
postcode-hint-unknown = কোনো চিঠি বা বিলে দেখে নিন: পোস্টকোড বদলে গিয়ে থাকতে পারে বা ভুল লেখা হয়ে থাকতে পারে। অথবা পোস্টকোড বাদ দিন।
postcode-hint-shape = যুক্তরাজ্যের পোস্টকোড দেখতে B1 1BB বা SW1A 2AA-র মতো। আপনি শুধু প্রথম অংশ (B1) দিতে পারেন, বা বাদ দিতে পারেন।

## কিয়স্ক (পাবলিক ল্যাপটপ) ও প্রিন্টিং
kiosk-countdown-title = আপনি কি এখনও এখানে আছেন?
kiosk-countdown = আপনার উত্তর গোপন রাখতে এই স্ক্রিন শীঘ্রই পরিষ্কার করা হবে।
kiosk-seconds-left = বাকি সেকেন্ড: { $seconds }
kiosk-more-time = আরও সময়ের জন্য যেকোনো কী চাপুন।
kiosk-stays-open = এই পাবলিক কম্পিউটার এই টুলটি খোলা রাখে। আপনার উত্তর মুছতে F12 বা Ctrl+N চাপুন।
kiosk-pin-title = কর্মী: কিয়স্ক বন্ধ করুন
kiosk-pin-prompt = অ্যাডমিন PIN লিখুন, তারপর Enter চাপুন। Esc বাতিল করে।
kiosk-pin-wrong = ভুল PIN।
kiosk-pin-wait = অনেকবার ভুল PIN। অপেক্ষার সেকেন্ড: { $seconds }
kiosk-no-pin = কোনো অ্যাডমিন PIN সেট করা নেই: কিয়স্কটি তার তত্ত্বাবধায়ক প্রোগ্রাম থেকে বন্ধ করুন।
kiosk-saving-off = এই কম্পিউটারে সংরক্ষণ বন্ধ আছে। নির্দেশনা প্রিন্ট করতে একজন কর্মীকে বলুন।
printing = হ্যান্ডআউট প্রিন্টারে পাঠানো হচ্ছে…
printed = হ্যান্ডআউট প্রিন্টারে পাঠানো হয়েছে।
print-failed = প্রিন্ট করা যায়নি: { $reason }

## Catalogue refresh (adviser laptops)
refresh-started = সবচেয়ে নতুন ক্যাটালগ আনা হচ্ছে…
refresh-updated = নতুন ক্যাটালগ ব্যবহার হচ্ছে: সংস্করণ { $edition } (নম্বর { $serial })।
refresh-unchanged = ক্যাটালগ হালনাগাদ আছে: সংস্করণ { $edition } (নম্বর { $serial })।
refresh-failed = ক্যাটালগ হালনাগাদ করা যায়নি: { $reason }। এখনও সংস্করণ { $edition } ব্যবহার হচ্ছে।
refresh-not-set-up = ক্যাটালগের কোনো ঠিকানা সেট করা নেই (কনফিগ ফাইলে [refresh] url)।
help-refresh = Ctrl+R: এখনই সবচেয়ে নতুন ক্যাটালগ আনুন
help-adviser = পরামর্শদাতা মোড: Tab দিয়ে বাক্সগুলোর মধ্যে যান · F5: ফলাফল, সেভ বা প্রিন্ট করতে

## Live postcode confirmation (when set up)
postcode-confirmed = পোস্টকোড অনলাইনে নিশ্চিত হয়েছে: এটি { $nation }-এ।
postcode-not-found-online = পোস্টকোড খোঁজার পরিষেবা { $postcode } চেনে না: টাইপের ভুল আছে কি না দেখুন।
postcode-lookup-failed = পোস্টকোড অনলাইনে নিশ্চিত করা যায়নি: ভেতরের তালিকা ব্যবহার হচ্ছে।

## Kiosk screens
help-body-kiosk =
    Enter বা Tab: পরের ধাপ
    Esc বা Shift+Tab: আগের ধাপ (উত্তর থেকে যায়)
    উপর, নিচ: সরান · Space: টিক দিন বা সরান
    বাম, ডান: পছন্দ বদলান
    F5: ফলাফলে যান
    F12, Ctrl+N: আমার উত্তর মুছুন
    t: রং বদলান (সাধারণ, বেশি কনট্রাস্ট, সাদামাটা)
    F1 বা Esc: এই সাহায্য বন্ধ করুন
kiosk-print-failed = প্রিন্টার সাড়া দেয়নি। একজন কর্মীকে জিজ্ঞাসা করুন।
kiosk-action-print = p নির্দেশনা প্রিন্ট করুন
kiosk-action-save = s নির্দেশনা সংরক্ষণ করুন
kiosk-no-actions = প্রয়োজনীয় ফোন নম্বরগুলো লিখে নিন, অথবা একজন কর্মীর কাছে ছাপানো কপি চান।
lang-choose-line = ↑ ↓ দিয়ে বেছে নিন, তারপর Enter চাপুন
plain-full-question = কারণসহ সব অফার শুনতে চান?
plain-question = প্রশ্ন { $n } / { $total }।
plain-question-more = প্রশ্ন { $n } সম্পর্কে আরও।
plain-choices =
    { $count ->
        [one] একটি বিকল্প:
       *[other] { $count }টি বিকল্প:
    }
plain-same-choices = প্রশ্ন { $n }-এর মতোই বিকল্প।
plain-you-chose = আপনার পছন্দ: { $answer }।
plain-none = এগুলোর কোনোটিই নয়
plain-provider-type = এর নাম লিখুন, অথবা না থাকলে Enter চাপুন।

## Verdicts on the results list, and where the catalogue came from
tag-yes = [হ্যাঁ]
tag-maybe = [হয়তো]
tag-not-here = [এখানে নয়]
tag-no = [না]
origin-embedded = অন্তর্নির্মিত
origin-cache = ডাউনলোড করা
origin-file = ফাইল
postcode-incomplete = লিখতে থাকুন: দ্বিতীয় অংশটি একটি সংখ্যা ও দুটি অক্ষর, যেমন B1 1BB।
print-reads-best = { $language } কাগজে সবচেয়ে ভালো পড়া যায়: হ্যান্ডআউট প্রিন্ট (p) বা সংরক্ষণ (s) করুন।
