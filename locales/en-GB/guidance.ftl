# tariff-finder: guidance templates. en-GB is the source language. Reviewed: source text.
# Money ($price) arrives formatted as £15.00; phone numbers and addresses are never translated.
# No plural choice depends on a money amount or on a count that can reach 100.

## The top of the guidance

title = Social tariffs: cheaper broadband and phone deals
intro = A social tariff is a cheaper broadband or phone deal for people who get certain benefits. When you contact a provider, ask for its “social tariff”.
interpreter-tip = Providers’ phone lines and websites are in English. On the phone you can ask for an interpreter: the English words to say are at the end of this page.
place-area = For an address in: { $place }
place-postcode = Postcode: { $postcode } ({ $place })
place-none = No postcode given: offers on a fixed line show as “maybe”.
place-not-home = The postcode given is not a home address: offers on a fixed line show as “maybe”.
place-border = This postcode is near a border. It may be in: { $nations }
benefits-given = Benefits: { $benefits }
benefits-none = Benefits: none of those we ask about.
own-provider = Moving to your own provider’s social tariff usually costs no exit fee, even in a contract.
no-offer-from-provider = We have no social tariff on record from this provider that fits these answers: { $provider }

## Groups of offers

group-can-get = You can get these here
group-maybe = You may be able to get these: check first
group-not-here = Not offered at this address
group-ruled-out = Ruled out, and why

## One offer

your-provider = your provider
price-month = { $price } a month
price-free = Free
price-unknown = Price: ask the provider
speed = { $down } Mbps
speed-down-up = { $down } Mbps download, { $up } Mbps upload
speed-unknown = Speed: ask the provider
contract-months =
    { $months ->
        [one] 1-month contract
       *[other] { $months }-month contract
    }
contract-rolling = No minimum term
setup-free = No set-up fee
setup-fee = Set-up fee: { $price }
who-can-get = Who can get it: { $benefits }
who-anyone = Open to everyone: no benefit needed.
you-get = You get: { $benefits }
check = Check: { $text }
terms = Terms: { $text }
how-to-apply = How to apply: { $text }
apply-ask = How to apply: ask the provider.
website = Website
website-english = Website (in English)
phone = Phone
phone-english = Phone (in English)
phone-cost-free = Free to call.
phone-cost-standard = Costs the same as a call to a UK landline number; often included in your minutes.
phone-cost-other = Ask your phone company what a call to this number costs.
have-ready = Have ready: { $text }
facts-recent = Facts as of { $date }: check the price with the provider.
facts-old =
    Old information, from { $date } ({ $years ->
        [one] over a year ago
       *[other] over { $years } years ago
    }): check the price and terms with the provider before you apply.
facts-undated = Old information: the sources for this offer are undated. Check the price and terms with the provider before you apply.
say-on-phone = What to say on the phone (in English):
say-means = What it means:
phone-script = Hello. I would like to ask about your social tariff: { $offer }. I get a benefit on your list. Please can you check whether I can have it?
interpreter-request = I would like an interpreter, please. My language is { $language }.

## Why an offer is ruled out

why-needs = Needs: { $accepted }.
why-needs-type = Needs this type: { $needs }.
why-you-told-us = You told us: { $given }.
why-you-get-none = You told us you get none of the benefits we ask about.
why-outside-crown = { $place } is a Crown Dependency, outside the UK. UK social tariffs are for homes in England, Wales, Scotland and Northern Ireland. Ask local providers what help they offer.
why-outside-forces = BFPO addresses are outside the UK social tariff area. If the household has a home in the UK, use that postcode.
why-outside-overseas = { $place } is outside the UK. UK social tariffs are for homes in England, Wales, Scotland and Northern Ireland.
why-not-in-area = { $network } does not reach this address.
why-not-in-area-note = { $note }.

## What to check

check-which-type = Which type do you get? This offer needs: { $needs }.
check-type-not-stated = The sources do not say which type counts. Ask the provider whether yours does: { $have }.
check-list-partial = The provider’s full list of benefits is not known: ask whether yours counts.
check-list-partial-known = The provider’s full list of benefits is not known. It includes: { $accepted }. Ask whether yours counts.
check-scottish = This offer lists: { $counterpart }. In Scotland this replaces it: { $have }. Ask whether it counts.
check-unverified = This provider is known to have this offer, but its terms could not be confirmed: ask them.
check-no-postcode = No postcode given: check the offer is available at your address.
check-not-home = That postcode is not a home address: check the offer at the home address.
check-availability = { $network } may not reach every address here: check yours with the provider.
check-availability-note = { $note }: check your address with the provider.

## A way forward

way-forward = If you might be entitled to this benefit, check (Citizens Advice can help): { $benefit }. Offers it would open here: { $count }.
nothing-fits = Nothing here fits these answers yet.
nothing-fits-advice = Citizens Advice can check which benefits you can get. Some benefits open social tariffs.
other-help = Other help that may fit:

## The end of the guidance

catalogue-edition = Catalogue edition { $edition } (serial { $serial }).
catalogue-facts = These facts date from { $oldest } to { $newest }. Prices change, usually each April: check the price with the provider before you switch.
catalogue-expired = This catalogue expired on { $date }: offers and prices may have changed since. Check with the provider, and ask whoever looks after this computer to update it.
not-a-decision = This is guidance, not a decision: the provider decides.
in-english = In English

## The answer first (the short form)

next-steps = What to do next
check-first = Check first
others-count =
    { $count ->
        [one] One more offer is not offered at this address or does not fit these answers.
       *[other] { $count } more offers are not offered at this address or do not fit these answers.
    }
more-command = To see them all, with the reasons, add --full.
more-key = Press f to see them all, with the reasons.
more-plain = Answer yes to the next question to hear them all, with the reasons.
more-handout = The adviser can print them all, with the reasons.
offer-placeholder = [name of the offer]
facts-marker = facts from { $date }
facts-marker-undated = date of the facts not known
