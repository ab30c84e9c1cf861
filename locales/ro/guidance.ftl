# tariff-finder, Romanian (ro): guidance templates.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.
# Plurals only on small counts (months, years): intl_pluralrules gets 102-119 wrong (glossary 9.7).

title = Tarife sociale: internet și telefon mai ieftine
intro = Un tarif social (social tariff) este o ofertă mai ieftină de internet sau telefon pentru persoanele care primesc anumite ajutoare sociale. Când contactați un furnizor, cereți „social tariff”.
interpreter-tip = Liniile telefonice și site-urile furnizorilor sunt în limba engleză. La telefon puteți cere un interpret: cuvintele în engleză de spus sunt la sfârșitul acestei pagini.
place-area = Pentru o adresă în: { $place }
place-postcode = Cod poștal: { $postcode } ({ $place })
place-none = Niciun cod poștal: ofertele pe linie fixă apar ca „poate”.
place-not-home = Codul poștal dat nu este o adresă de domiciliu: ofertele pe linie fixă apar ca „poate”.
place-border = Acest cod poștal este lângă o graniță. Poate fi în: { $nations }
benefits-given = Ajutoare: { $benefits }
benefits-none = Ajutoare: niciunul dintre cele despre care întrebăm.
own-provider = Trecerea la tariful social al propriului furnizor nu costă de obicei nicio taxă de reziliere, chiar și în timpul unui contract.
no-offer-from-provider = Nu avem înregistrat un tarif social al acestui furnizor care să se potrivească acestor răspunsuri: { $provider }

group-can-get = Le puteți obține aici
group-maybe = Poate le puteți obține: verificați mai întâi
group-not-here = Nu se oferă la această adresă
group-ruled-out = Excluse, și de ce

your-provider = furnizorul dvs.
price-month = { $price } pe lună
price-free = Gratuit
price-unknown = Preț: întrebați furnizorul
speed = { $down } Mbps
speed-down-up = { $down } Mbps descărcare, { $up } Mbps încărcare
speed-unknown = Viteză: întrebați furnizorul
contract-months =
    { $months ->
        [one] contract de o lună
        [few] contract de { $months } luni
       *[other] contract de { $months } de luni
    }
contract-rolling = Fără perioadă minimă
setup-free = Fără taxă de instalare
setup-fee = Taxă de instalare: { $price }
who-can-get = Cine îl poate obține: { $benefits }
who-anyone = Deschis tuturor: nu este nevoie de un ajutor social.
you-get = Primiți: { $benefits }
check = Verificați: { $text }
terms = Condiții: { $text }
how-to-apply = Cum aplicați: { $text }
apply-ask = Cum aplicați: întrebați furnizorul.
website = Site
website-english = Site (în engleză)
phone = Telefon
phone-english = Telefon (în engleză)
phone-cost-free = Apel gratuit.
phone-cost-standard = Costă cât un apel către un număr fix din Regatul Unit; adesea inclus în minutele dvs.
phone-cost-other = Întrebați compania de telefonie cât costă un apel către acest număr.
have-ready = Pregătiți: { $text }
facts-recent = Informații valabile la: { $date }. Verificați prețul cu furnizorul.
facts-old =
    Informații vechi, din: { $date } ({ $years ->
        [one] acum peste un an
        [few] acum peste { $years } ani
       *[other] acum peste { $years } de ani
    }). Verificați prețul și condițiile cu furnizorul înainte să aplicați.
facts-undated = Informații vechi: sursele acestei oferte nu au dată. Verificați prețul și condițiile cu furnizorul înainte să aplicați.
say-on-phone = Ce să spuneți la telefon (în engleză):
say-means = Ce înseamnă:
phone-script = Bună ziua. Aș dori să întreb despre tariful dvs. social: { $offer }. Primesc un ajutor social de pe lista dvs. Puteți verifica, vă rog, dacă îl pot obține?
interpreter-request = Aș dori un interpret, vă rog. Limba mea: { $language }.

why-needs = Necesită: { $accepted }.
why-needs-type = Necesită acest tip: { $needs }.
why-you-told-us = Ne-ați spus: { $given }.
why-you-get-none = Ne-ați spus că nu primiți niciunul dintre ajutoarele despre care întrebăm.
why-outside-crown = { $place } este o dependență a Coroanei, în afara Regatului Unit. Tarifele sociale din Regatul Unit sunt pentru locuințe din Anglia, Țara Galilor, Scoția și Irlanda de Nord. Întrebați furnizorii locali ce ajutor oferă.
why-outside-forces = Adresele BFPO sunt în afara zonei tarifelor sociale din Regatul Unit. Dacă gospodăria are o locuință în Regatul Unit, folosiți acel cod poștal.
why-outside-overseas = { $place } este în afara Regatului Unit. Tarifele sociale din Regatul Unit sunt pentru locuințe din Anglia, Țara Galilor, Scoția și Irlanda de Nord.
why-not-in-area = Rețeaua { $network } nu ajunge la această adresă.
why-not-in-area-note = { $note }.

check-which-type = Ce tip primiți? Această ofertă necesită: { $needs }.
check-type-not-stated = Sursele nu spun ce tip contează. Întrebați furnizorul dacă al dvs. contează: { $have }.
check-list-partial = Lista completă de ajutoare a furnizorului nu este cunoscută: întrebați dacă al dvs. contează.
check-list-partial-known = Lista completă de ajutoare a furnizorului nu este cunoscută. Include: { $accepted }. Întrebați dacă al dvs. contează.
check-scottish = Această ofertă enumeră: { $counterpart }. În Scoția, acesta îl înlocuiește: { $have }. Întrebați dacă se ia în considerare.
check-unverified = Se știe că acest furnizor are această ofertă, dar condițiile ei nu au putut fi confirmate: întrebați-l.
check-no-postcode = Niciun cod poștal: verificați dacă oferta este disponibilă la adresa dvs.
check-not-home = Acel cod poștal nu este o adresă de domiciliu: verificați oferta la adresa de domiciliu.
check-availability = Rețeaua { $network } poate să nu ajungă la fiecare adresă din zonă: verificați-o pe a dvs. cu furnizorul.
check-availability-note = { $note }: verificați adresa dvs. cu furnizorul.

way-forward = Dacă ați putea avea dreptul la acest ajutor, verificați (Citizens Advice vă poate ajuta): { $benefit }. Oferte pe care le-ar deschide aici: { $count }.
nothing-fits = Deocamdată nimic de aici nu se potrivește acestor răspunsuri.
nothing-fits-advice = Citizens Advice poate verifica ce ajutoare puteți primi. Unele ajutoare deschid accesul la tarife sociale.
other-help = Alt ajutor care s-ar putea potrivi:

catalogue-edition = Ediția catalogului: { $edition } (numărul { $serial }).
catalogue-facts = Datele informațiilor: { $oldest } – { $newest }. Prețurile se schimbă, de obicei în aprilie: verificați cu furnizorul înainte să schimbați.
catalogue-expired = Acest catalog a expirat la { $date }: ofertele și prețurile se pot fi schimbat între timp. Verificați cu furnizorul și rugați persoana care se ocupă de acest calculator să îl actualizeze.
not-a-decision = Acestea sunt îndrumări, nu o decizie: decide furnizorul.
in-english = În engleză

## The answer first (the short form)

next-steps = Ce faceți mai departe
check-first = Verificați mai întâi
others-count =
    { $count ->
        [one] Încă o ofertă nu este disponibilă la această adresă sau nu se potrivește acestor răspunsuri.
        [few] Încă { $count } oferte nu sunt disponibile la această adresă sau nu se potrivesc acestor răspunsuri.
       *[other] Încă { $count } de oferte nu sunt disponibile la această adresă sau nu se potrivesc acestor răspunsuri.
    }
more-command = Pentru a le vedea pe toate, cu motivele, adăugați --full.
more-key = Apăsați f pentru a le vedea pe toate, cu motivele.
more-plain = Răspundeți „da” la următoarea întrebare pentru a le auzi pe toate, cu motivele.
more-handout = Consilierul le poate tipări pe toate, cu motivele.
offer-placeholder = [numele ofertei]
facts-marker = informații din { $date }
facts-marker-undated = data informațiilor nu este cunoscută
