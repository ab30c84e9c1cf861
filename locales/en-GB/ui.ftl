# tariff-finder: the screens of the wizard (the adviser's screen language). en-GB is the source.

app-title = tariff-finder: social tariffs
step-of = Step { $step } of { $total }
step-languages = Languages
step-benefits = Benefits
step-home = About the home
step-postcode = Postcode
step-results = Results
step-guidance = Guidance
adviser-mode = Adviser mode
adviser-account-holder = Account holder
adviser-provider = Provider now
adviser-age = Age

lang-intro = Choose the resident’s language for the guidance, and the language of this screen. Left and right switch between the lists.
lang-resident = Resident’s language
lang-screen = Screen language

benefits-intro = Which of these does the resident get? Tick every one that applies.
benefits-filter = Filter: { $filter }
benefits-no-match = No benefit matches “{ $filter }”. Esc clears the filter.
benefits-choice-none = None of these
group-uc = Universal Credit and older benefits
group-pension = Pension age
group-disability = Disability and care
group-housing = Housing and Council Tax
group-scotland = Scotland
group-other = Other
followup-uc = Earnings in the last assessment period?
followup-pc = Which part?
followup-jsa = Which type?
followup-esa = Which type?
choice-not-sure = not sure
choice-no-earnings = no earnings
choice-with-earnings = earnings
choice-guarantee = Guarantee Credit
choice-savings = Savings Credit only
choice-income-based = income-based
choice-contribution-based = New Style
help-universal-credit = A monthly payment for people on a low income or out of work.
help-pension-credit = Extra money for people over State Pension age on a low income.
help-income-support = An older benefit for some people on a low income who cannot work.
help-jsa = For people looking for work.
help-esa = For people whose illness or disability limits their work.
help-pip = Help with the extra costs of a long-term condition or disability.
help-adult-disability-payment = The Scottish benefit that replaces PIP.
help-pension-age-disability-payment = The Scottish benefit that replaces Attendance Allowance.
help-dla = Disability Living Allowance, now mostly for children.
help-attendance-allowance = For people over State Pension age who need care.
help-housing-benefit = Help with rent, paid by the council.
help-carers-allowance = For people who care for someone 35 hours a week or more.
help-carer-support-payment = The Scottish benefit that replaces Carer’s Allowance.
help-council-tax-reduction = A lower Council Tax bill for people on a low income.
help-care-leaver = A young person who used to be looked after by a council.
help-none = The resident gets none of the benefits above.

home-account-holder = Is the resident the broadband account holder (the person the contract is in the name of)?
home-provider = Current broadband provider (optional)
home-age = The resident’s age (optional: used only where an offer depends on it)
age-under-18 = under 18
age-working-age = 18 to pension age
age-pension-age = pension age or over
provider-none = None / other
choice-yes = yes
choice-no = no

postcode-prompt = Home postcode, or just its first half (for example B1)
postcode-empty = No postcode: press Enter for “no fixed address / not sure”.
postcode-none = No fixed address / not sure: offers on a fixed line show as “maybe”.
postcode-found = { $place }
postcode-suggest = Press F3 to use it.

results-none = Nothing to show yet.
detail-title = Details

guidance-actions = s save as HTML · m save as Markdown · p print · c copy · f every offer
saved-to = Saved: { $path }
save-failed = Could not save the handout: { $reason }
no-print-command = No print command is set up: save the handout and print it from there.
copied = Sent to the terminal’s clipboard, if it accepts it (s saves a file).

# The keys line: each key's word (the key names themselves are the same in every language).
key-next = next
key-back = back
key-help = help
key-adviser = adviser
key-results = results
key-new-resident = new resident
key-colours = colours
key-clear = clear my answers
keys-quit = q quit
keys-typing = typing · Ctrl+C quit
help-title = Keys
help-body =
    Enter or Tab: next step
    Esc or Shift+Tab: back (answers stay)
    Up, Down: move · Space: tick or untick
    Left, Right: change a choice
    In a text field: Ctrl+U clears it, Ctrl+W deletes a word
    F5: jump to the results · F2: adviser mode (everything on one screen)
    Ctrl+N: new resident (forgets every answer)
    t: change colours (default, high contrast, plain)
    q: quit (not while typing) · Ctrl+C: quit
    F1 or Esc: close this help
quit-confirm = Answers have been entered. Quit and forget them? y: quit · n: stay
new-resident-done = New resident: every answer is forgotten.
too-small = Please make the window larger (at least 80 × 24).
footer-catalogue = Catalogue { $edition } ({ $source }) · facts from { $oldest } to { $newest }
footer-old = old: check prices with the provider

plain-intro = tariff-finder: social tariffs. Answer each question and press Enter; an empty line keeps the default.
plain-screen-language = Screen language?
plain-default = Default: { $default }.
plain-benefits = Benefits: numbers or ids, separated by commas or spaces. Empty: none of these.
plain-postcode-empty = Empty: no fixed address / not sure.
plain-no-postcode = no fixed address / not sure
plain-choose = Choose a number from 1 to { $max }.
plain-no-benefit-number = There is no benefit with this number: { $number }
postcode-err-empty = The postcode is empty.
postcode-err-char = The postcode has a character that is not a letter or digit: { $char }
postcode-err-shape = “{ $input }” is not the shape of a UK postcode.
postcode-err-unknown = { $postcode } looks like a postcode, but there is no district { $outcode }.
postcode-hint-suggest = Did you mean: { $suggestion }
postcode-hint-unknown = Check it on a letter or bill: the postcode may have changed or been mistyped. Or leave the postcode out.
postcode-hint-shape = A UK postcode looks like B1 1BB or SW1A 2AA. You can give only the first half (B1), or leave it out.

## Kiosk (public laptops) and printing
kiosk-countdown-title = Are you still there?
kiosk-countdown = To keep your answers private, this screen will be cleared soon.
kiosk-seconds-left = Seconds left: { $seconds }
kiosk-more-time = Press any key for more time.
kiosk-stays-open = This public computer keeps this tool open. To clear your answers, press F12 or Ctrl+N.
kiosk-pin-title = Staff: close the kiosk
kiosk-pin-prompt = Type the admin PIN, then Enter. Esc cancels.
kiosk-pin-wrong = Wrong PIN.
kiosk-pin-wait = Too many wrong PINs. Seconds to wait: { $seconds }
kiosk-no-pin = No admin PIN is set: stop the kiosk from its supervisor.
kiosk-saving-off = Saving is switched off on this computer. Ask a member of staff to print the guidance.
printing = Sending the handout to the printer…
printed = The handout was sent to the printer.
print-failed = Printing failed: { $reason }

## Catalogue refresh (adviser laptops)
refresh-started = Fetching the newest catalogue…
refresh-updated = New catalogue in use: edition { $edition } (number { $serial }).
refresh-unchanged = The catalogue is up to date: edition { $edition } (number { $serial }).
refresh-failed = Catalogue refresh failed: { $reason }. Still using edition { $edition }.
refresh-not-set-up = No catalogue address is set up ([refresh] url in the config file).
help-refresh = Ctrl+R: fetch the newest catalogue now
help-adviser = Adviser mode: Tab moves between the boxes · F5: the results, to save or print

## Live postcode confirmation (when set up)
postcode-confirmed = Postcode confirmed online: it is in { $nation }.
postcode-not-found-online = The postcode lookup service does not know { $postcode }: check it for a typo.
postcode-lookup-failed = Could not confirm the postcode online: using the built-in table.

## Kiosk screens
help-body-kiosk =
    Enter or Tab: next step
    Esc or Shift+Tab: back (answers stay)
    Up, Down: move · Space: tick or untick
    Left, Right: change a choice
    F5: jump to the results
    F12, Ctrl+N: clear my answers
    t: change colours (default, high contrast, plain)
    F1 or Esc: close this help
kiosk-print-failed = The printer did not answer. Ask a member of staff.
kiosk-action-print = p print the guidance
kiosk-action-save = s save the guidance
kiosk-no-actions = Write down the phone numbers you need, or ask a member of staff for a printed copy.
lang-choose-line = Choose with ↑ ↓, then press Enter
plain-full-question = Hear every offer, with the reasons?
plain-question = Question { $n } of { $total }.
plain-question-more = More about question { $n }.
plain-choices =
    { $count ->
        [one] One choice:
       *[other] { $count } choices:
    }
plain-same-choices = The same choices as question { $n }.
plain-you-chose = You chose: { $answer }.
plain-none = none of these
plain-provider-type = Type its name, or press Enter for none.

## Verdicts on the results list, and where the catalogue came from
tag-yes = [yes]
tag-maybe = [maybe]
tag-not-here = [not here]
tag-no = [no]
origin-embedded = built in
origin-cache = downloaded
origin-file = file
postcode-incomplete = Keep typing: the second half is a number and two letters, as in B1 1BB.
print-reads-best = { $language } reads best on paper: print (p) or save (s) the handout.
