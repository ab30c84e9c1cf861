# tariff-finder, Punjabi in Gurmukhi (pa): the wizard's screens.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.

app-title = tariff-finder: ਸੋਸ਼ਲ ਟੈਰਿਫ਼
step-of = ਕਦਮ { $step } / { $total }
step-languages = ਭਾਸ਼ਾਵਾਂ
step-benefits = ਬੈਨੀਫ਼ਿਟ
step-home = ਘਰ ਬਾਰੇ
step-postcode = ਪੋਸਟਕੋਡ
step-results = ਨਤੀਜੇ
step-guidance = ਮਾਰਗਦਰਸ਼ਨ
adviser-mode = ਸਲਾਹਕਾਰ ਮੋਡ
adviser-account-holder = ਖਾਤਾਧਾਰਕ
adviser-provider = ਮੌਜੂਦਾ ਕੰਪਨੀ
adviser-age = ਉਮਰ

lang-intro = ਮਾਰਗਦਰਸ਼ਨ ਲਈ ਨਿਵਾਸੀ ਦੀ ਭਾਸ਼ਾ ਅਤੇ ਇਸ ਸਕ੍ਰੀਨ ਦੀ ਭਾਸ਼ਾ ਚੁਣੋ। ਖੱਬੇ ਅਤੇ ਸੱਜੇ ਤੀਰ ਸੂਚੀ ਬਦਲਦੇ ਹਨ।
lang-resident = ਨਿਵਾਸੀ ਦੀ ਭਾਸ਼ਾ
lang-screen = ਸਕ੍ਰੀਨ ਦੀ ਭਾਸ਼ਾ

benefits-intro = ਨਿਵਾਸੀ ਨੂੰ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕਿਹੜੇ ਮਿਲਦੇ ਹਨ? ਜੋ ਵੀ ਲਾਗੂ ਹੋਣ, ਸਾਰਿਆਂ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ।
benefits-filter = ਫ਼ਿਲਟਰ: { $filter }
benefits-no-match = ਕੋਈ ਬੈਨੀਫ਼ਿਟ “{ $filter }” ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ। Esc ਫ਼ਿਲਟਰ ਸਾਫ਼ ਕਰਦਾ ਹੈ।
benefits-choice-none = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਨਹੀਂ
group-uc = ਯੂਨੀਵਰਸਲ ਕ੍ਰੈਡਿਟ ਅਤੇ ਪੁਰਾਣੇ ਬੈਨੀਫ਼ਿਟ
group-pension = ਪੈਨਸ਼ਨ ਦੀ ਉਮਰ
group-disability = ਅਪਾਹਜਤਾ ਅਤੇ ਦੇਖਭਾਲ
group-housing = ਰਿਹਾਇਸ਼ ਅਤੇ ਕੌਂਸਲ ਟੈਕਸ
group-scotland = ਸਕਾਟਲੈਂਡ
group-other = ਹੋਰ
followup-uc = ਪਿਛਲੇ ਅਸੈਸਮੈਂਟ ਪੀਰੀਅਡ ਵਿੱਚ ਕਮਾਈ?
followup-pc = ਕਿਹੜਾ ਹਿੱਸਾ?
followup-jsa = ਕਿਹੜੀ ਕਿਸਮ?
followup-esa = ਕਿਹੜੀ ਕਿਸਮ?
choice-not-sure = ਪਤਾ ਨਹੀਂ
choice-no-earnings = ਕੋਈ ਕਮਾਈ ਨਹੀਂ
choice-with-earnings = ਕਮਾਈ
choice-guarantee = ਗਾਰੰਟੀ ਕ੍ਰੈਡਿਟ
choice-savings = ਸਿਰਫ਼ ਸੇਵਿੰਗਜ਼ ਕ੍ਰੈਡਿਟ
choice-income-based = ਆਮਦਨ-ਆਧਾਰਿਤ
choice-contribution-based = ਨਿਊ ਸਟਾਈਲ
help-universal-credit = ਘੱਟ ਆਮਦਨ ਵਾਲੇ ਜਾਂ ਬੇਰੁਜ਼ਗਾਰ ਲੋਕਾਂ ਲਈ ਮਹੀਨਾਵਾਰ ਭੁਗਤਾਨ।
help-pension-credit = ਸਟੇਟ ਪੈਨਸ਼ਨ ਦੀ ਉਮਰ ਤੋਂ ਵੱਧ, ਘੱਟ ਆਮਦਨ ਵਾਲੇ ਲੋਕਾਂ ਲਈ ਵਾਧੂ ਪੈਸਾ।
help-income-support = ਘੱਟ ਆਮਦਨ ਵਾਲੇ ਕੁਝ ਲੋਕਾਂ ਲਈ ਪੁਰਾਣਾ ਬੈਨੀਫ਼ਿਟ ਜੋ ਕੰਮ ਨਹੀਂ ਕਰ ਸਕਦੇ।
help-jsa = ਕੰਮ ਲੱਭਣ ਵਾਲਿਆਂ ਲਈ।
help-esa = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੀ ਬਿਮਾਰੀ ਜਾਂ ਅਪਾਹਜਤਾ ਕੰਮ ਨੂੰ ਸੀਮਤ ਕਰਦੀ ਹੈ।
help-pip = ਲੰਬੀ ਬਿਮਾਰੀ ਜਾਂ ਅਪਾਹਜਤਾ ਦੇ ਵਾਧੂ ਖ਼ਰਚਿਆਂ ਵਿੱਚ ਮਦਦ।
help-adult-disability-payment = ਸਕਾਟਲੈਂਡ ਦਾ ਬੈਨੀਫ਼ਿਟ ਜੋ PIP ਦੀ ਥਾਂ ਲੈਂਦਾ ਹੈ।
help-pension-age-disability-payment = ਸਕਾਟਲੈਂਡ ਦਾ ਬੈਨੀਫ਼ਿਟ ਜੋ ਅਟੈਂਡੈਂਸ ਅਲਾਊਂਸ ਦੀ ਥਾਂ ਲੈਂਦਾ ਹੈ।
help-dla = ਡਿਸਏਬਿਲਿਟੀ ਲਿਵਿੰਗ ਅਲਾਊਂਸ, ਹੁਣ ਜ਼ਿਆਦਾਤਰ ਬੱਚਿਆਂ ਲਈ।
help-attendance-allowance = ਸਟੇਟ ਪੈਨਸ਼ਨ ਦੀ ਉਮਰ ਤੋਂ ਵੱਧ ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਦੇਖਭਾਲ ਦੀ ਲੋੜ ਹੈ।
help-housing-benefit = ਕਿਰਾਏ ਵਿੱਚ ਮਦਦ, ਜੋ ਕੌਂਸਲ ਦਿੰਦੀ ਹੈ।
help-carers-allowance = ਉਹਨਾਂ ਲਈ ਜੋ ਹਫ਼ਤੇ ਵਿੱਚ 35 ਘੰਟੇ ਜਾਂ ਵੱਧ ਕਿਸੇ ਦੀ ਦੇਖਭਾਲ ਕਰਦੇ ਹਨ।
help-carer-support-payment = ਸਕਾਟਲੈਂਡ ਦਾ ਬੈਨੀਫ਼ਿਟ ਜੋ ਕੇਅਰਰਜ਼ ਅਲਾਊਂਸ ਦੀ ਥਾਂ ਲੈਂਦਾ ਹੈ।
help-council-tax-reduction = ਘੱਟ ਆਮਦਨ ਵਾਲਿਆਂ ਲਈ ਘੱਟ ਕੌਂਸਲ ਟੈਕਸ ਬਿੱਲ।
help-care-leaver = ਉਹ ਨੌਜਵਾਨ ਜੋ ਕੌਂਸਲ ਦੀ ਦੇਖਭਾਲ ਵਿੱਚ ਰਿਹਾ ਹੋਵੇ।
help-none = ਨਿਵਾਸੀ ਨੂੰ ਉੱਪਰ ਦਿੱਤੇ ਬੈਨੀਫ਼ਿਟਾਂ ਵਿੱਚੋਂ ਕੋਈ ਨਹੀਂ ਮਿਲਦਾ।

home-account-holder = ਕੀ ਨਿਵਾਸੀ ਬ੍ਰੌਡਬੈਂਡ ਦਾ ਖਾਤਾਧਾਰਕ ਹੈ (ਜਿਸਦੇ ਨਾਂ 'ਤੇ ਕਾਂਟਰੈਕਟ ਹੈ)?
home-provider = ਮੌਜੂਦਾ ਬ੍ਰੌਡਬੈਂਡ ਕੰਪਨੀ (ਵਿਕਲਪਿਕ)
home-age = ਨਿਵਾਸੀ ਦੀ ਉਮਰ (ਵਿਕਲਪਿਕ: ਸਿਰਫ਼ ਉੱਥੇ ਜਿੱਥੇ ਪੇਸ਼ਕਸ਼ ਇਸ 'ਤੇ ਨਿਰਭਰ ਕਰਦੀ ਹੈ)
age-under-18 = 18 ਸਾਲ ਤੋਂ ਘੱਟ
age-working-age = 18 ਸਾਲ ਤੋਂ ਪੈਨਸ਼ਨ ਦੀ ਉਮਰ ਤੱਕ
age-pension-age = ਪੈਨਸ਼ਨ ਦੀ ਉਮਰ ਜਾਂ ਵੱਧ
provider-none = ਕੋਈ ਨਹੀਂ / ਹੋਰ
choice-yes = ਹਾਂ
choice-no = ਨਹੀਂ

postcode-prompt = ਘਰ ਦਾ ਪੋਸਟਕੋਡ, ਜਾਂ ਸਿਰਫ਼ ਇਸਦਾ ਪਹਿਲਾ ਹਿੱਸਾ (ਜਿਵੇਂ B1)
postcode-empty = ਕੋਈ ਪੋਸਟਕੋਡ ਨਹੀਂ: “ਕੋਈ ਪੱਕਾ ਪਤਾ ਨਹੀਂ / ਪਤਾ ਨਹੀਂ” ਲਈ Enter ਦਬਾਓ।
postcode-none = ਕੋਈ ਪੱਕਾ ਪਤਾ ਨਹੀਂ / ਪਤਾ ਨਹੀਂ: ਫ਼ਿਕਸਡ ਲਾਈਨ ਵਾਲੀਆਂ ਪੇਸ਼ਕਸ਼ਾਂ “ਸ਼ਾਇਦ” ਦਿਖਾਈਆਂ ਜਾਂਦੀਆਂ ਹਨ।
postcode-found = { $place }
postcode-suggest = ਇਸਨੂੰ ਵਰਤਣ ਲਈ F3 ਦਬਾਓ।

results-none = ਹਾਲੇ ਦਿਖਾਉਣ ਲਈ ਕੁਝ ਨਹੀਂ।
detail-title = ਵੇਰਵੇ

guidance-actions = s HTML ਵਜੋਂ ਸੰਭਾਲੋ · m Markdown ਵਜੋਂ ਸੰਭਾਲੋ · p ਪ੍ਰਿੰਟ · c ਕਾਪੀ · f ਸਾਰੀਆਂ ਪੇਸ਼ਕਸ਼ਾਂ
saved-to = ਸੰਭਾਲਿਆ ਗਿਆ: { $path }
save-failed = ਹੈਂਡਆਊਟ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ: { $reason }
no-print-command = ਕੋਈ ਪ੍ਰਿੰਟ ਕਮਾਂਡ ਸੈੱਟ ਨਹੀਂ: ਹੈਂਡਆਊਟ ਸੰਭਾਲੋ ਅਤੇ ਉੱਥੋਂ ਪ੍ਰਿੰਟ ਕਰੋ।
copied = ਟਰਮੀਨਲ ਦੇ ਕਲਿੱਪਬੋਰਡ ’ਤੇ ਭੇਜਿਆ, ਜੇ ਉਹ ਮੰਨੇ (s ਫ਼ਾਈਲ ਸੰਭਾਲਦਾ ਹੈ)।

# The keys line: each key's word (the key names themselves are the same in every language).
key-next = ਅੱਗੇ
key-back = ਪਿੱਛੇ
key-help = ਮਦਦ
key-adviser = ਸਲਾਹਕਾਰ
key-results = ਨਤੀਜੇ
key-new-resident = ਨਵਾਂ ਨਿਵਾਸੀ
key-colours = ਰੰਗ
key-clear = ਮੇਰੇ ਜਵਾਬ ਮਿਟਾਓ
keys-quit = q ਬੰਦ ਕਰੋ
keys-typing = ਟਾਈਪਿੰਗ · Ctrl+C ਬੰਦ ਕਰੋ
help-title = ਕੁੰਜੀਆਂ
help-body =
    Enter ਜਾਂ Tab: ਅਗਲਾ ਕਦਮ
    Esc ਜਾਂ Shift+Tab: ਪਿੱਛੇ (ਜਵਾਬ ਬਣੇ ਰਹਿੰਦੇ ਹਨ)
    ਉੱਪਰ, ਹੇਠਾਂ: ਹਿਲਾਓ · Space: ਨਿਸ਼ਾਨ ਲਗਾਓ ਜਾਂ ਹਟਾਓ
    ਖੱਬੇ, ਸੱਜੇ: ਚੋਣ ਬਦਲੋ
    ਟੈਕਸਟ ਖਾਨੇ ਵਿੱਚ: Ctrl+U ਸਾਫ਼ ਕਰਦਾ ਹੈ, Ctrl+W ਇੱਕ ਸ਼ਬਦ ਮਿਟਾਉਂਦਾ ਹੈ
    F5: ਨਤੀਜਿਆਂ 'ਤੇ ਜਾਓ · F2: ਸਲਾਹਕਾਰ ਮੋਡ (ਸਭ ਕੁਝ ਇੱਕ ਸਕ੍ਰੀਨ 'ਤੇ)
    Ctrl+N: ਨਵਾਂ ਨਿਵਾਸੀ (ਸਾਰੇ ਜਵਾਬ ਭੁੱਲ ਜਾਂਦਾ ਹੈ)
    t: ਰੰਗ ਬਦਲੋ (ਆਮ, ਵੱਧ ਕੰਟ੍ਰਾਸਟ, ਸਾਦਾ)
    q: ਬੰਦ ਕਰੋ (ਟਾਈਪਿੰਗ ਦੌਰਾਨ ਨਹੀਂ) · Ctrl+C: ਬੰਦ ਕਰੋ
    F1 ਜਾਂ Esc: ਇਹ ਮਦਦ ਬੰਦ ਕਰੋ
quit-confirm = ਜਵਾਬ ਦਰਜ ਕੀਤੇ ਗਏ ਹਨ। ਬੰਦ ਕਰਕੇ ਉਹਨਾਂ ਨੂੰ ਭੁਲਾ ਦੇਈਏ? y: ਬੰਦ ਕਰੋ · n: ਰਹੋ
new-resident-done = ਨਵਾਂ ਨਿਵਾਸੀ: ਸਾਰੇ ਜਵਾਬ ਭੁਲਾ ਦਿੱਤੇ ਗਏ।
too-small = ਕਿਰਪਾ ਕਰਕੇ ਵਿੰਡੋ ਵੱਡੀ ਕਰੋ (ਘੱਟੋ-ਘੱਟ 80 × 24)।
footer-catalogue = ਕੈਟਾਲਾਗ { $edition } ({ $source }) · ਜਾਣਕਾਰੀ: { $oldest } – { $newest }
footer-old = ਪੁਰਾਣੀ: ਕੀਮਤਾਂ ਕੰਪਨੀ ਤੋਂ ਪਤਾ ਕਰੋ

plain-intro = tariff-finder: ਸੋਸ਼ਲ ਟੈਰਿਫ਼। ਹਰ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦਿਓ ਅਤੇ Enter ਦਬਾਓ; ਖ਼ਾਲੀ ਲਾਈਨ ਪਹਿਲਾਂ ਤੋਂ ਤੈਅ ਚੋਣ ਰੱਖਦੀ ਹੈ।
plain-screen-language = ਸਕ੍ਰੀਨ ਦੀ ਭਾਸ਼ਾ?
plain-default = ਪਹਿਲਾਂ ਤੋਂ ਤੈਅ: { $default }।
plain-benefits = ਬੈਨੀਫ਼ਿਟ: ਨੰਬਰ ਜਾਂ ਪਛਾਣ-ਸ਼ਬਦ, ਕੌਮੇ ਜਾਂ ਖ਼ਾਲੀ ਥਾਂ ਨਾਲ ਵੱਖ ਕਰੋ। ਖ਼ਾਲੀ: ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਨਹੀਂ।
plain-postcode-empty = ਖ਼ਾਲੀ: ਕੋਈ ਪੱਕਾ ਪਤਾ ਨਹੀਂ / ਪਤਾ ਨਹੀਂ।
plain-no-postcode = ਕੋਈ ਪੱਕਾ ਪਤਾ ਨਹੀਂ / ਪਤਾ ਨਹੀਂ
plain-choose = 1 ਤੋਂ { $max } ਤੱਕ ਕੋਈ ਨੰਬਰ ਚੁਣੋ।
plain-no-benefit-number = ਇਸ ਨੰਬਰ ਦਾ ਕੋਈ ਬੈਨੀਫ਼ਿਟ ਨਹੀਂ: { $number }
postcode-err-empty = ਪੋਸਟਕੋਡ ਖ਼ਾਲੀ ਹੈ।
postcode-err-char = ਪੋਸਟਕੋਡ ਵਿੱਚ ਅਜਿਹਾ ਨਿਸ਼ਾਨ ਹੈ ਜੋ ਅੱਖਰ ਜਾਂ ਅੰਕ ਨਹੀਂ: { $char }
postcode-err-shape = ਇਹ ਯੂ.ਕੇ. ਪੋਸਟਕੋਡ ਦੀ ਸ਼ਕਲ ਨਹੀਂ: “{ $input }”।
postcode-err-unknown = ਇਹ ਪੋਸਟਕੋਡ ਵਰਗਾ ਲੱਗਦਾ ਹੈ, ਪਰ { $outcode } ਨਾਂ ਦਾ ਕੋਈ ਡਿਸਟ੍ਰਿਕਟ ਨਹੀਂ: { $postcode }।
postcode-hint-suggest = ਕੀ ਤੁਹਾਡਾ ਮਤਲਬ ਸੀ: { $suggestion }
postcode-hint-unknown = ਕਿਸੇ ਚਿੱਠੀ ਜਾਂ ਬਿੱਲ 'ਤੇ ਦੇਖੋ: ਹੋ ਸਕਦਾ ਹੈ ਪੋਸਟਕੋਡ ਬਦਲ ਗਿਆ ਹੋਵੇ ਜਾਂ ਗ਼ਲਤ ਲਿਖਿਆ ਹੋਵੇ। ਜਾਂ ਪੋਸਟਕੋਡ ਛੱਡ ਦਿਓ।
postcode-hint-shape = ਯੂ.ਕੇ. ਦਾ ਪੋਸਟਕੋਡ B1 1BB ਜਾਂ SW1A 2AA ਵਰਗਾ ਹੁੰਦਾ ਹੈ। ਤੁਸੀਂ ਸਿਰਫ਼ ਪਹਿਲਾ ਹਿੱਸਾ (B1) ਦੇ ਸਕਦੇ ਹੋ, ਜਾਂ ਇਸਨੂੰ ਛੱਡ ਸਕਦੇ ਹੋ।

## ਕਿਓਸਕ (ਜਨਤਕ ਲੈਪਟਾਪ) ਅਤੇ ਪ੍ਰਿੰਟਿੰਗ
kiosk-countdown-title = ਕੀ ਤੁਸੀਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹੋ?
kiosk-countdown = ਤੁਹਾਡੇ ਜਵਾਬ ਨਿੱਜੀ ਰੱਖਣ ਲਈ, ਇਹ ਸਕ੍ਰੀਨ ਜਲਦੀ ਸਾਫ਼ ਕਰ ਦਿੱਤੀ ਜਾਵੇਗੀ।
kiosk-seconds-left = ਬਾਕੀ ਸਕਿੰਟ: { $seconds }
kiosk-more-time = ਹੋਰ ਸਮੇਂ ਲਈ ਕੋਈ ਵੀ ਬਟਨ ਦਬਾਓ।
kiosk-stays-open = ਇਹ ਜਨਤਕ ਕੰਪਿਊਟਰ ਇਸ ਟੂਲ ਨੂੰ ਖੁੱਲ੍ਹਾ ਰੱਖਦਾ ਹੈ। ਆਪਣੇ ਜਵਾਬ ਮਿਟਾਉਣ ਲਈ F12 ਜਾਂ Ctrl+N ਦਬਾਓ।
kiosk-pin-title = ਸਟਾਫ਼: ਕਿਓਸਕ ਬੰਦ ਕਰੋ
kiosk-pin-prompt = ਐਡਮਿਨ PIN ਲਿਖੋ, ਫਿਰ Enter ਦਬਾਓ। Esc ਰੱਦ ਕਰਦਾ ਹੈ।
kiosk-pin-wrong = ਗਲਤ PIN।
kiosk-pin-wait = ਬਹੁਤ ਸਾਰੇ ਗਲਤ PIN। ਉਡੀਕ ਦੇ ਸਕਿੰਟ: { $seconds }
kiosk-no-pin = ਕੋਈ ਐਡਮਿਨ PIN ਸੈੱਟ ਨਹੀਂ: ਕਿਓਸਕ ਨੂੰ ਇਸਦੇ ਨਿਗਰਾਨ ਪ੍ਰੋਗਰਾਮ ਤੋਂ ਬੰਦ ਕਰੋ।
kiosk-saving-off = ਇਸ ਕੰਪਿਊਟਰ ’ਤੇ ਸੰਭਾਲਣਾ ਬੰਦ ਹੈ। ਮਾਰਗਦਰਸ਼ਨ ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਕਹੋ।
printing = ਹੈਂਡਆਊਟ ਪ੍ਰਿੰਟਰ ਨੂੰ ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ…
printed = ਹੈਂਡਆਊਟ ਪ੍ਰਿੰਟਰ ਨੂੰ ਭੇਜ ਦਿੱਤਾ ਗਿਆ।
print-failed = ਪ੍ਰਿੰਟ ਨਹੀਂ ਹੋ ਸਕਿਆ: { $reason }

## Catalogue refresh (adviser laptops)
refresh-started = ਸਭ ਤੋਂ ਨਵਾਂ ਕੈਟਾਲਾਗ ਲਿਆਂਦਾ ਜਾ ਰਿਹਾ ਹੈ…
refresh-updated = ਨਵਾਂ ਕੈਟਾਲਾਗ ਵਰਤੋਂ ਵਿੱਚ ਹੈ: ਐਡੀਸ਼ਨ { $edition } (ਨੰਬਰ { $serial })।
refresh-unchanged = ਕੈਟਾਲਾਗ ਤਾਜ਼ਾ ਹੈ: ਐਡੀਸ਼ਨ { $edition } (ਨੰਬਰ { $serial })।
refresh-failed = ਕੈਟਾਲਾਗ ਤਾਜ਼ਾ ਨਹੀਂ ਹੋ ਸਕਿਆ: { $reason }। ਅਜੇ ਵੀ ਐਡੀਸ਼ਨ { $edition } ਵਰਤੋਂ ਵਿੱਚ ਹੈ।
refresh-not-set-up = ਕੈਟਾਲਾਗ ਦਾ ਕੋਈ ਪਤਾ ਸੈੱਟ ਨਹੀਂ ([refresh] url ਕੌਂਫਿਗ ਫ਼ਾਈਲ ਵਿੱਚ)।
help-refresh = Ctrl+R: ਹੁਣੇ ਸਭ ਤੋਂ ਨਵਾਂ ਕੈਟਾਲਾਗ ਲਿਆਓ
help-adviser = ਸਲਾਹਕਾਰ ਮੋਡ: Tab ਨਾਲ ਖਾਨਿਆਂ ਵਿਚਕਾਰ ਜਾਓ · F5: ਨਤੀਜੇ, ਸੇਵ ਜਾਂ ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ

## Live postcode confirmation (when set up)
postcode-confirmed = ਪੋਸਟਕੋਡ ਦੀ ਔਨਲਾਈਨ ਪੁਸ਼ਟੀ ਹੋ ਗਈ: ਇਹ { $nation } ਵਿੱਚ ਹੈ।
postcode-not-found-online = ਪੋਸਟਕੋਡ ਲੱਭਣ ਵਾਲੀ ਸੇਵਾ { $postcode } ਨੂੰ ਨਹੀਂ ਜਾਣਦੀ: ਟਾਈਪਿੰਗ ਦੀ ਗ਼ਲਤੀ ਵੇਖੋ।
postcode-lookup-failed = ਪੋਸਟਕੋਡ ਦੀ ਔਨਲਾਈਨ ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋ ਸਕੀ: ਅੰਦਰਲੀ ਸਾਰਣੀ ਵਰਤੀ ਜਾ ਰਹੀ ਹੈ।

## Kiosk screens
help-body-kiosk =
    Enter ਜਾਂ Tab: ਅਗਲਾ ਕਦਮ
    Esc ਜਾਂ Shift+Tab: ਪਿੱਛੇ (ਜਵਾਬ ਬਣੇ ਰਹਿੰਦੇ ਹਨ)
    ਉੱਪਰ, ਹੇਠਾਂ: ਹਿਲਾਓ · Space: ਨਿਸ਼ਾਨ ਲਗਾਓ ਜਾਂ ਹਟਾਓ
    ਖੱਬੇ, ਸੱਜੇ: ਚੋਣ ਬਦਲੋ
    F5: ਨਤੀਜਿਆਂ 'ਤੇ ਜਾਓ
    F12, Ctrl+N: ਮੇਰੇ ਜਵਾਬ ਮਿਟਾਓ
    t: ਰੰਗ ਬਦਲੋ (ਆਮ, ਵੱਧ ਕੰਟ੍ਰਾਸਟ, ਸਾਦਾ)
    F1 ਜਾਂ Esc: ਇਹ ਮਦਦ ਬੰਦ ਕਰੋ
kiosk-print-failed = ਪ੍ਰਿੰਟਰ ਨੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ। ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਪੁੱਛੋ।
kiosk-action-print = p ਮਾਰਗਦਰਸ਼ਨ ਪ੍ਰਿੰਟ ਕਰੋ
kiosk-action-save = s ਮਾਰਗਦਰਸ਼ਨ ਸੰਭਾਲੋ
kiosk-no-actions = ਜਿਨ੍ਹਾਂ ਫ਼ੋਨ ਨੰਬਰਾਂ ਦੀ ਲੋੜ ਹੈ ਉਹ ਲਿਖ ਲਓ, ਜਾਂ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਤੋਂ ਪ੍ਰਿੰਟ ਕੀਤੀ ਕਾਪੀ ਮੰਗੋ।
lang-choose-line = ↑ ↓ ਨਾਲ ਚੁਣੋ, ਫਿਰ Enter ਦਬਾਓ
plain-full-question = ਕੀ ਸਾਰੀਆਂ ਪੇਸ਼ਕਸ਼ਾਂ ਕਾਰਨਾਂ ਸਮੇਤ ਸੁਣਨੀਆਂ ਹਨ?
plain-question = ਸਵਾਲ { $total } ਵਿੱਚੋਂ { $n }।
plain-question-more = ਸਵਾਲ { $n } ਬਾਰੇ ਹੋਰ।
plain-choices =
    { $count ->
        [one] ਇੱਕ ਚੋਣ:
       *[other] { $count } ਚੋਣਾਂ:
    }
plain-same-choices = ਉਹੀ ਚੋਣਾਂ ਜੋ ਸਵਾਲ { $n } ਵਿੱਚ ਸਨ।
plain-you-chose = ਤੁਹਾਡੀ ਚੋਣ: { $answer }।
plain-none = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਨਹੀਂ
plain-provider-type = ਇਸ ਦਾ ਨਾਮ ਲਿਖੋ, ਜਾਂ ਜੇ ਕੋਈ ਨਹੀਂ ਤਾਂ Enter ਦਬਾਓ।

## Verdicts on the results list, and where the catalogue came from
tag-yes = [ਹਾਂ]
tag-maybe = [ਸ਼ਾਇਦ]
tag-not-here = [ਇੱਥੇ ਨਹੀਂ]
tag-no = [ਨਹੀਂ]
origin-embedded = ਬਿਲਟ-ਇਨ
origin-cache = ਡਾਊਨਲੋਡ ਕੀਤਾ
origin-file = ਫ਼ਾਈਲ
postcode-incomplete = ਲਿਖਦੇ ਰਹੋ: ਦੂਜਾ ਹਿੱਸਾ ਇੱਕ ਅੰਕ ਅਤੇ ਦੋ ਅੱਖਰ ਹੈ, ਜਿਵੇਂ B1 1BB।
print-reads-best = { $language } ਕਾਗਜ਼ ’ਤੇ ਵਧੀਆ ਪੜ੍ਹੀ ਜਾਂਦੀ ਹੈ: ਹੈਂਡਆਊਟ ਪ੍ਰਿੰਟ (p) ਜਾਂ ਸੰਭਾਲੋ (s)।
