# tariff-finder, Bengali (bn): benefit names, nations, months, kinds of offer.
# Translation status: NOT yet reviewed by a fluent speaker. Machine-assisted draft by the developers.
# Benefit names follow reference/glossary.md section 7: Bengali form (English name).
# Best judgement (no source): Guarantee/Savings Credit, New Style JSA/ESA, ADP, DLA, Attendance
# Allowance, Carer's Allowance, Council Tax Reduction, care leaver, and the Scottish benefits.
# Numbers that are dialled or compared (prices, phone numbers, postcodes) keep Latin digits.

benefit-universal-credit = ইউনিভার্সাল ক্রেডিট (Universal Credit)
benefit-universal-credit-no-earnings = ইউনিভার্সাল ক্রেডিট (Universal Credit), গত অ্যাসেসমেন্ট পিরিয়ডে (assessment period) কোনো উপার্জন ছাড়া
benefit-universal-credit-with-earnings = ইউনিভার্সাল ক্রেডিট (Universal Credit), গত অ্যাসেসমেন্ট পিরিয়ডে (assessment period) উপার্জনসহ
benefit-pension-credit = পেনশন ক্রেডিট (Pension Credit)
benefit-pension-credit-guarantee = পেনশন ক্রেডিট, গ্যারান্টি ক্রেডিট (Guarantee Credit)
benefit-pension-credit-savings = পেনশন ক্রেডিট, শুধু সেভিংস ক্রেডিট (Savings Credit)
benefit-income-support = ইনকাম সাপোর্ট (Income Support)
benefit-jsa = চাকরিপ্রার্থী ভাতা (Jobseeker’s Allowance, JSA)
benefit-jsa-income-based = আয়-ভিত্তিক চাকরিপ্রার্থী ভাতা (income-based JSA)
benefit-jsa-contribution-based = নিউ স্টাইল চাকরিপ্রার্থী ভাতা (New Style JSA), যা ন্যাশনাল ইন্স্যুরেন্স কন্ট্রিবিউশনের ভিত্তিতে দেওয়া হয়
benefit-esa = কর্মসংস্থান ও সহায়তা ভাতা (Employment and Support Allowance, ESA)
benefit-esa-income-related = আয়-সম্পর্কিত কর্মসংস্থান ও সহায়তা ভাতা (income-related ESA)
benefit-esa-contribution-based = নিউ স্টাইল কর্মসংস্থান ও সহায়তা ভাতা (New Style ESA)
benefit-pip = পার্সোনাল ইন্ডিপেন্ডেন্স পেমেন্ট (Personal Independence Payment, PIP)
benefit-adult-disability-payment = অ্যাডাল্ট ডিজঅ্যাবিলিটি পেমেন্ট (Adult Disability Payment)
benefit-pension-age-disability-payment = পেনশন এজ ডিজঅ্যাবিলিটি পেমেন্ট (Pension Age Disability Payment)
benefit-dla = ডিজঅ্যাবিলিটি লিভিং অ্যালাউন্স (Disability Living Allowance, DLA)
benefit-attendance-allowance = অ্যাটেনডেন্স অ্যালাউন্স (Attendance Allowance)
benefit-housing-benefit = হাউজিং বেনিফিট (Housing Benefit)
benefit-carers-allowance = কেয়ারার্স অ্যালাউন্স (Carer’s Allowance)
benefit-carer-support-payment = কেয়ারার সাপোর্ট পেমেন্ট (Carer Support Payment)
benefit-council-tax-reduction = কাউন্সিল ট্যাক্স রিডাকশন (Council Tax Reduction), অর্থাৎ কাউন্সিল ট্যাক্সে ছাড়
benefit-care-leaver = কেয়ার লিভার (care leaver), অর্থাৎ যে তরুণ কাউন্সিলের তত্ত্বাবধানে ছিলেন

accepts-universal-credit-any = ইউনিভার্সাল ক্রেডিট (Universal Credit)
accepts-pension-credit-any = পেনশন ক্রেডিট (Pension Credit), যেকোনো অংশ
accepts-jsa-any = চাকরিপ্রার্থী ভাতা (JSA), যেকোনো ধরন
accepts-esa-any = কর্মসংস্থান ও সহায়তা ভাতা (ESA), যেকোনো ধরন

list-separator = ,
list-or = বা
list-and = এবং

nation-england = ইংল্যান্ড
nation-wales = ওয়েলস
nation-scotland = স্কটল্যান্ড
nation-northern-ireland = নর্দার্ন আয়ারল্যান্ড

month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর

kind-broadband = ব্রডব্যান্ড
kind-mobile = মোবাইল ফোন
kind-landline = ল্যান্ডলাইন
kind-free-data = বিনামূল্যে ডেটা ও সিম কার্ড
kind-other-help = অন্যান্য সাহায্য
