//! The `check` path in-process: load the embedded catalogue, look up a postcode, evaluate every
//! offer and render the answer; and Localizer start-up for one locale. Run with `cargo bench`.

use tariff_finder::answers::Answers;
use tariff_finder::catalogue::{self, Origin};
use tariff_finder::date::Date;
use tariff_finder::guidance::{self, Format, Options, Render, Report};
use tariff_finder::i18n::{Lang, Localizer};
use tariff_finder::postcode;

fn main() {
    divan::main();
}

fn answers() -> Answers {
    let mut a = Answers::default();
    a.add_benefit("universal-credit").unwrap();
    a.add_benefit("pip").unwrap();
    a.postcode = Some("B1 1BB".to_string());
    a
}

/// What `check` loads at start-up: the catalogue with one language's prose.
#[divan::bench(args = [Lang::EnGb, Lang::Ur])]
fn load_embedded_catalogue(lang: Lang) -> catalogue::Catalogue {
    catalogue::embedded_for(&[lang])
}

#[divan::bench]
fn load_embedded_catalogue_every_language() -> catalogue::Catalogue {
    catalogue::embedded()
}

#[divan::bench]
fn parse_embedded_catalogue() -> catalogue::Catalogue {
    catalogue::parse(divan::black_box(catalogue::EMBEDDED), "tariffs.toml").unwrap()
}

#[divan::bench]
fn postcode_lookup() -> postcode::PostcodeInfo {
    postcode::lookup(divan::black_box("b11bb")).unwrap()
}

#[divan::bench(args = [Lang::EnGb, Lang::Cy, Lang::Ur])]
fn localizer_start(lang: Lang) -> Localizer {
    Localizer::new(lang)
}

/// Everything `check` does after start-up: load, look up, evaluate, render.
fn whole_check(lang: Lang, format: Format, also_english: bool) -> String {
    let cat = catalogue::embedded_for(&[lang, Lang::EnGb]);
    let a = answers();
    let pc = postcode::lookup(a.postcode.as_deref().unwrap()).unwrap();
    let report = Report::new(&cat, &Origin::Embedded, &a, Some(&pc), Date::new(2026, 11, 26).unwrap());
    let how = Render {
        format,
        options: Options::default(),
        also_english,
        width: 80,
    };
    guidance::render(&report, &Localizer::new(lang), how)
}

#[divan::bench]
fn whole_check_text() -> String {
    whole_check(Lang::EnGb, Format::Text, false)
}

#[divan::bench]
fn whole_check_json() -> String {
    whole_check(Lang::EnGb, Format::Json, false)
}

#[divan::bench]
fn whole_check_html_welsh_and_english() -> String {
    whole_check(Lang::Cy, Format::Html, true)
}

/// Start-up with a refreshed catalogue in the cache: verify its signature, then parse and
/// validate it (what `check` pays over the embedded copy when a newer one is cached).
#[divan::bench]
fn load_signed_cached_catalogue(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let pair = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
    let text = catalogue::EMBEDDED.replacen("\nserial = 1\n", "\nserial = 2\n", 1);
    let vouched = tariff_finder::signing::Vouched {
        edition: Date::new(2026, 11, 26).unwrap(),
        serial: 2,
        expires: Date::new(2099, 1, 1).unwrap(),
    };
    let sig = tariff_finder::signing::sign(text.as_bytes(), &pair.sk, vouched).unwrap();
    tariff_finder::cache::store(dir.path(), &text, &sig, vouched).unwrap();
    let keys = [pair.pk.clone()];
    bencher.bench(|| tariff_finder::cache::newest(dir.path(), &keys, false, None).unwrap());
}

/// The signature check alone, on the catalogue's bytes.
#[divan::bench]
fn verify_catalogue_signature(bencher: divan::Bencher) {
    let pair = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
    let vouched = tariff_finder::signing::Vouched {
        edition: Date::new(2026, 11, 26).unwrap(),
        serial: 1,
        expires: Date::new(2099, 1, 1).unwrap(),
    };
    let sig = tariff_finder::signing::sign(catalogue::EMBEDDED.as_bytes(), &pair.sk, vouched).unwrap();
    let keys = [pair.pk.clone()];
    bencher.bench(|| tariff_finder::signing::vouched_by(catalogue::EMBEDDED.as_bytes(), &sig, &keys).unwrap());
}

/// A catalogue of `n` copies of the minimal offer (each with its own id).
fn catalogue_of(n: usize) -> String {
    let minimal = include_str!("../tests/catalogues/valid-minimal.toml");
    let (head, offer) = minimal.split_once("[[tariff]]").unwrap();
    let mut text = head.to_string();
    for i in 0..n {
        text.push_str("[[tariff]]");
        text.push_str(&offer.replace("example-essentials", &format!("example-{i}")));
    }
    text
}

/// Load and validate at 10, 1,000 and 10,000 offers: the growth should be linear.
#[divan::bench(args = [10, 1_000, 10_000], sample_count = 10)]
fn parse_catalogue_of(bencher: divan::Bencher, offers: usize) {
    let text = catalogue_of(offers);
    bencher.bench(|| catalogue::parse(divan::black_box(&text), "growth.toml").unwrap());
}
