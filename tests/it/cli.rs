//! The real binary, as a user runs it: answers, formats, exit codes and every kind of bad input.

use crate::common::tariff_finder;
use std::io::Write;

use serde_json::Value;

const TODAY: &str = "2026-11-26";

fn check(args: &[&str]) -> assert_cmd::assert::Assert {
    tariff_finder()
        .arg("check")
        .args(["--today", TODAY])
        .args(args)
        .assert()
}

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stdout.clone()).unwrap()
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stderr.clone()).unwrap()
}

/// Runs check expecting exit 2, and returns stderr.
fn bad_input(args: &[&str]) -> String {
    let a = check(args).code(2);
    assert!(stdout(&a).is_empty(), "no partial answer on bad input");
    let err = stderr(&a);
    assert!(err.contains("hint:"), "every bad-input error has a hint: {err}");
    err
}

fn json(args: &[&str]) -> Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&stdout(&check(&all).success())).unwrap()
}

fn result<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no result {id}"))
}

#[test]
fn text_answer_for_a_birmingham_household() {
    let out = stdout(&check(&["--benefit", "universal-credit", "--postcode", "b11bb"]).success());
    assert!(
        out.starts_with("Social tariffs: cheaper broadband and phone deals\n"),
        "{out}"
    );
    assert!(out.contains("\nFor an address in: England, West Midlands\n"), "{out}");
    assert!(
        !out.contains("B1 1BB") && !out.contains("Benefits:"),
        "no personal data without --personal"
    );
    // The answer first: what to do next within the first 15 lines, cheapest first.
    let next = out.lines().position(|l| l == "WHAT TO DO NEXT").expect("the answer");
    let first_offer = out.lines().position(|l| l.starts_with("* ")).unwrap();
    assert!(next < first_offer && first_offer < 15, "{out}");
    assert!(
        out.contains("Broadband:\n* Vodafone Essentials Broadband\n    £12.00 a month"),
        "{out}"
    );
    assert!(out.contains("* BT Home Essentials (36 Mbps)\n    £15.00 a month, 36 Mbps, 12-month contract"));
    assert!(out.find("Vodafone Essentials Broadband").unwrap() < out.find("BT Home Essentials (36 Mbps)").unwrap());
    // Offers to check first: one line each (wrapped), after the answer.
    assert!(out.find("\nCHECK FIRST\n").unwrap() > out.find("BT Home Essentials (36 Mbps)").unwrap());
    // The rest in one line, and how to see them.
    assert!(out.contains("more offers are not offered at this address or do not fit these answers. To\nsee them all, with the reasons, add --full."), "{out}");
    assert!(
        !out.contains("Community Fibre"),
        "offers not offered here are counted, not listed"
    );
    // The phone script and the facts' age once each.
    assert_eq!(
        out.matches("What to say on the phone (in English):").count(),
        1,
        "{out}"
    );
    assert_eq!(out.matches("These facts date from").count(), 1);
    assert!(!out.contains("Old information"), "no per-offer age warnings");
    assert!(out.contains("Catalogue edition 2026-11-26 (serial 1)."));
    assert!(
        out.lines().count() <= 90 && out.split_whitespace().count() <= 600,
        "short: {out}"
    );
    assert!(out.lines().all(|l| l.chars().count() <= 80), "80 columns when piped");
}

#[test]
fn full_lists_every_offer_with_every_detail() {
    let out = stdout(&check(&["--benefit", "universal-credit", "--postcode", "b11bb", "--full"]).success());
    assert!(out.contains("\nBROADBAND\n"));
    assert!(out.contains("You can get these here:"));
    assert!(out.contains("Who can get it:"));
    assert!(out.contains("Not offered at this address:\n* Community Fibre"));
    assert_eq!(
        out.matches("What to say on the phone (in English):").count(),
        1,
        "one script"
    );
    assert!(!out.contains("add --full"));
    let short = stdout(&check(&["--benefit", "universal-credit", "--postcode", "b11bb"]).success());
    assert!(out.lines().count() > 2 * short.lines().count());
}

#[test]
fn personal_adds_the_postcode_and_benefits() {
    let out = stdout(
        &check(&[
            "--benefit",
            "universal-credit",
            "--postcode",
            "b11bb",
            "--personal",
            "--full",
        ])
        .success(),
    );
    assert!(out.contains("Postcode: B1 1BB (England, West Midlands)"), "{out}");
    assert!(out.contains("Benefits: Universal Credit\n"), "{out}");
    assert!(out.contains("You get: Universal Credit"), "{out}");
}

#[test]
fn ruled_out_offers_say_why() {
    let out = stdout(
        &check(&[
            "--benefit",
            "pension-credit-savings",
            "--postcode",
            "CF10 1AA",
            "--full",
        ])
        .success(),
    );
    assert!(out.contains("Ruled out, and why:"), "{out}");
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("BT Home Essentials (36 Mbps): Needs this type: Pension Credit (Guarantee Credit)."),
        "{flat}"
    );
    assert!(
        !flat.contains("You told us"),
        "what the resident said stays out of a handout"
    );
    assert!(
        flat.contains("Check: The sources do not say which type counts"),
        "{flat}"
    );
    let personal = stdout(
        &check(&[
            "--benefit",
            "pension-credit-savings",
            "--postcode",
            "CF10 1AA",
            "--personal",
            "--full",
        ])
        .success(),
    );
    let flat = personal.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("You told us: Pension Credit (Savings Credit only)."),
        "{flat}"
    );
}

#[test]
fn json_has_every_contract_field() {
    let v = json(&[
        "--benefit",
        "universal-credit",
        "--postcode",
        "b11bb",
        "--account-holder",
        "not-sure",
    ]);
    assert_eq!(v["catalogue"]["edition"], "2026-11-26");
    assert_eq!(v["catalogue"]["serial"], 1);
    assert_eq!(v["catalogue"]["source"], "embedded");
    assert_eq!(v["answers"]["benefits"], serde_json::json!(["universal-credit"]));
    assert_eq!(v["answers"]["account_holder"], "not-sure");
    assert_eq!(v["answers"]["current_provider"], Value::Null);
    let pc = &v["postcode"];
    assert_eq!(pc["input"], "b11bb");
    assert_eq!(pc["normalised"], "B1 1BB");
    assert_eq!(pc["outcode"], "B1");
    assert_eq!(pc["status"], "home");
    assert_eq!(pc["nation"], "England");
    assert_eq!(pc["nations"], serde_json::json!(["England"]));
    assert_eq!(pc["region"], "West Midlands");
    assert_eq!(pc["in_scope"], true);

    let bt = result(&v, "bt-home-essentials-36");
    assert_eq!(bt["provider"], "BT");
    assert_eq!(bt["kind"], "broadband");
    assert_eq!(bt["eligibility"], "yes");
    assert_eq!(bt["availability"], "yes");
    assert_eq!(bt["qualifying_benefits"], serde_json::json!(["universal-credit"]));
    assert_eq!(bt["why_not"], serde_json::json!([]));
    assert_eq!(bt["price_pence"], 1500);
    assert_eq!(bt["facts_as_of"], "2023-04-20");

    let sky = result(&v, "sky-broadband-basics");
    assert_eq!(sky["to_check"][0]["code"], "account-holder-claims");
    assert!(sky["to_check"][0]["text"].as_str().unwrap().contains("account holder"));

    let plus = result(&v, "virgin-media-essential-plus");
    assert_eq!(plus["price_pence"], Value::Null, "an unknown price is null");

    let kcom = result(&v, "kcom-flex");
    assert_eq!(kcom["why_not"][0]["code"], "not-in-area");

    // Every offer that is not historic, and no historic one.
    let ids: Vec<&str> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let cat = tariff_finder::catalogue::embedded();
    assert_eq!(ids.len(), cat.offered().count());
    assert!(!ids.contains(&"virgin-media-essential-2020"));
    for r in v["results"].as_array().unwrap() {
        for field in ["eligibility", "availability"] {
            assert!(["yes", "maybe", "no"].contains(&r[field].as_str().unwrap()), "{r}");
        }
    }
}

#[test]
fn json_without_postcode_and_outside_the_uk() {
    let v = json(&["--benefit", "pip"]);
    assert_eq!(v["postcode"], Value::Null);
    assert_eq!(result(&v, "bt-home-essentials-36")["availability"], "maybe");

    let v = json(&["--benefit", "universal-credit", "--postcode", "JE2 3AB"]);
    assert_eq!(v["postcode"]["status"], "crown-dependency");
    assert_eq!(v["postcode"]["in_scope"], false);
    assert_eq!(v["postcode"]["nation"], Value::Null);
    for r in v["results"].as_array().unwrap() {
        assert_eq!(
            (r["eligibility"].as_str(), r["availability"].as_str()),
            (Some("no"), Some("no"))
        );
        assert_eq!(r["why_not"][0]["code"], "outside-uk");
    }
    let v = json(&["--postcode", "TD15"]);
    assert_eq!(
        v["postcode"]["nation"],
        Value::Null,
        "a border district spans two nations"
    );
    assert_eq!(v["postcode"]["nations"], serde_json::json!(["England", "Scotland"]));
}

#[test]
fn outside_the_uk_is_an_answer_not_an_error() {
    let out = stdout(&check(&["--benefit", "universal-credit", "--postcode", "JE2 3AB"]).success());
    assert!(out.contains("Jersey is a Crown Dependency, outside the UK"), "{out}");
    assert!(!out.contains("BROADBAND"));
}

#[test]
fn own_provider_comes_first_with_the_exit_fee_note() {
    let out = stdout(
        &check(&[
            "--benefit",
            "universal-credit",
            "--postcode",
            "B1 1BB",
            "--current-provider",
            "Sky",
        ])
        .success(),
    );
    assert!(out.contains("Moving to your own provider’s social tariff usually costs no exit fee"));
    let first_offer = out.lines().find(|l| l.starts_with("* ")).unwrap();
    assert_eq!(first_offer, "* Sky Broadband Basics - your provider");
    let v = json(&["--benefit", "universal-credit", "--current-provider", "Sky"]);
    assert_eq!(result(&v, "sky-broadband-basics")["current_provider"], true);
}

#[test]
fn a_misspelt_provider_is_pointed_out_not_silently_ignored() {
    let a = check(&["--benefit", "uc", "--current-provider", "Virgn Media"]).success();
    assert!(stderr(&a).contains("did you mean \"Virgin Media\"?"), "{}", stderr(&a));
    let a = check(&["--benefit", "uc", "--current-provider", "Virgin Media"]).success();
    assert_eq!(stderr(&a), "", "a provider the catalogue knows needs no note");
}

#[test]
fn answers_from_a_file_and_from_stdin_match_the_flags() {
    let flags = stdout(
        &check(&[
            "--format",
            "json",
            "--benefit",
            "pip",
            "--postcode",
            "HU1 1AA",
            "--account-holder",
            "yes",
        ])
        .success(),
    );
    let answers = "benefits = [\"pip\"]\npostcode = \"HU1 1AA\"\naccount_holder = \"yes\"\n";
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(answers.as_bytes()).unwrap();
    let from_file = stdout(&check(&["--format", "json", "--answers", file.path().to_str().unwrap()]).success());
    assert_eq!(flags, from_file);
    let from_stdin = tariff_finder()
        .args(["check", "--today", TODAY, "--format", "json", "--answers", "-"])
        .write_stdin(answers)
        .assert()
        .success();
    assert_eq!(flags, stdout(&from_stdin));
}

#[test]
fn bad_postcodes() {
    let err = bad_input(&["--postcode", "12345"]);
    assert!(err.contains("is not the shape of a UK postcode"), "{err}");
    let err = bad_input(&["--postcode", "B1 IBB"]);
    assert!(err.contains("did you mean B1 1BB?"), "{err}");
    let err = bad_input(&["--postcode", "ZE9 1AA"]);
    assert!(err.contains("there is no district ZE9"), "{err}");
    assert!(err.contains("may have changed"), "{err}");
    let err = bad_input(&["--postcode", "   "]);
    assert!(err.contains("the postcode is empty"), "{err}");
    let err = bad_input(&["--postcode", "B1 1BÉ"]);
    assert!(err.contains("not a letter or digit: 'É'"), "{err}");
    let err = bad_input(&["--postcode", "\u{202e}B1 1BB"]);
    assert!(err.contains("not a letter or digit"), "{err}");
}

#[test]
fn bad_benefits_and_facts() {
    let err = bad_input(&["--benefit", "pension-credit-guarentee"]);
    assert!(err.contains("unknown benefit id \"pension-credit-guarentee\""), "{err}");
    assert!(err.contains("did you mean `pension-credit-guarantee`?"), "{err}");
    let err = bad_input(&[
        "--benefit",
        "universal-credit-no-earnings",
        "--benefit",
        "universal-credit-with-earnings",
    ]);
    assert!(err.contains("cannot both be true"), "{err}");
    let err = bad_input(&["--benefit", "pïp"]);
    assert!(
        err.contains("did you mean `pip`?"),
        "non-ASCII input gets a suggestion: {err}"
    );
    let err = bad_input(&["--benefit", ""]);
    assert!(err.contains("unknown benefit id"), "{err}");
    let err = bad_input(&["--fact", "aged-18-or-ovr=yes"]);
    assert!(err.contains("did you mean `aged-18-or-over`?"), "{err}");
    let err = bad_input(&["--fact", "aged-18-or-over"]);
    assert!(err.contains("--fact takes ID=yes|no|not-sure"), "{err}");
    let err = bad_input(&["--fact", "aged-18-or-over=perhaps"]);
    assert!(err.contains("must be yes, no or not-sure"), "{err}");
    check(&["--account-holder", "perhaps"]).code(2);
}

#[test]
fn bad_answers_files() {
    let err = bad_input(&["--answers", "/nonexistent/answers.toml"]);
    assert!(err.contains("cannot read the answers file"), "{err}");
    let big = "# padding\n".repeat(1_000_000);
    let a = tariff_finder()
        .args(["check", "--answers", "-"])
        .write_stdin(big)
        .assert()
        .code(2);
    assert!(stderr(&a).contains("over the 64 KiB limit"), "{}", stderr(&a));
    let a = tariff_finder()
        .args(["check", "--answers", "-"])
        .write_stdin("benefits = [\"pip\"\n")
        .assert()
        .code(2);
    assert!(
        stderr(&a).contains("the answers file is not valid: line"),
        "{}",
        stderr(&a)
    );
}

fn bad_catalogue(text: &str) -> String {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(text.as_bytes()).unwrap();
    bad_input(&["--catalogue", file.path().to_str().unwrap(), "--benefit", "pip"])
}

fn embedded_with(from: &str, to: &str) -> String {
    let text = tariff_finder::catalogue::EMBEDDED;
    assert!(text.contains(from), "fixture anchor {from:?} is gone");
    text.replacen(from, to, 1)
}

#[test]
fn bad_catalogues_name_the_line_and_say_what_to_change() {
    let err = bad_catalogue(&embedded_with("serial = 1", "serial = = 1"));
    assert!(err.contains(":12:"), "syntax error names its line: {err}");
    assert!(err.contains("serial = = 1"), "shows the line: {err}");

    let err = bad_catalogue(&embedded_with(
        "id = \"bt-home-essentials-67\"",
        "id = \"bt-home-essentials-36\"",
    ));
    assert!(err.contains("duplicate tariff id `bt-home-essentials-36`"), "{err}");
    assert!(err.contains("id = \"bt-home-essentials-36\""), "{err}");

    let err = bad_catalogue(&embedded_with(
        "\"pension-credit-guarantee\", \"income-support\"",
        "\"pension-credit-guarantee\", \"income-suport\"",
    ));
    assert!(err.contains("unknown benefit id `income-suport`"), "{err}");
    assert!(err.contains("did you mean `income-support`?"), "{err}");

    let err = bad_catalogue(&embedded_with("price_pence = 1500", "price_pence = -1500"));
    assert!(err.contains("price_pence is negative (-1500)"), "{err}");
    assert!(err.contains("price_pence = -1500"), "{err}");

    let err = bad_catalogue(&embedded_with("provider = \"BT\"\n", "\n"));
    assert!(err.contains("missing field `provider`"), "{err}");

    let err = bad_catalogue(&embedded_with("grade = \"P\"", "grade = \"W\""));
    assert!(err.contains("unknown variant `W`"), "weak sources are refused: {err}");

    let err = bad_catalogue(&embedded_with(
        "{ url = \"https://bt.com/exp",
        "{ url = \"http://bt.com/exp",
    ));
    assert!(
        err.contains("apply.url is not a safe https address") && err.contains("is not an https address"),
        "{err}"
    );

    let err = bad_catalogue(&embedded_with("phone = \"01482 484191\"", "phone = \"+1 555 0100\""));
    assert!(err.contains("is not a UK phone number"), "{err}");

    let err = bad_catalogue(&embedded_with(
        "network = \"openreach\"\nalso",
        "network = \"openreech\"\nalso",
    ));
    assert!(err.contains("did you mean `openreach`?"), "{err}");

    let err = bad_catalogue(&embedded_with("schema = 1", "schema = 2"));
    assert!(err.contains("unknown schema version 2"), "{err}");

    let err = bad_catalogue(&embedded_with("facts_as_of = 2023-04-20", "facts_as_of = 2023-02-30"));
    assert!(err.contains("invalid date"), "{err}");
}

#[test]
fn catalogue_files_that_are_not_catalogues() {
    let err = bad_input(&["--catalogue", "/nonexistent/tariffs.toml"]);
    assert!(err.contains("cannot read the catalogue"), "{err}");

    let mut big = tempfile::NamedTempFile::new().unwrap();
    big.as_file().set_len(16 * 1024 * 1024 + 1).unwrap();
    let err = bad_input(&["--catalogue", big.path().to_str().unwrap()]);
    assert!(err.contains("over the 16 MiB limit"), "{err}");
    big.flush().unwrap();

    let mut binary = tempfile::NamedTempFile::new().unwrap();
    binary.write_all(&[0xff, 0xfe, 0x00, 0x80]).unwrap();
    let err = bad_input(&["--catalogue", binary.path().to_str().unwrap()]);
    assert!(err.contains("not UTF-8 text"), "{err}");

    let err = bad_catalogue("");
    assert!(err.contains("missing field"), "{err}");
}

#[test]
fn a_valid_catalogue_file_is_used_and_named() {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(embedded_with("serial = 1", "serial = 7").as_bytes())
        .unwrap();
    let v = json(&["--catalogue", file.path().to_str().unwrap()]);
    assert_eq!(v["catalogue"]["serial"], 7);
    assert_eq!(v["catalogue"]["source"], "file");
}

#[test]
fn global_options_go_before_or_after_the_subcommand() {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(embedded_with("serial = 1", "serial = 9").as_bytes())
        .unwrap();
    let path = file.path().to_str().unwrap();
    let a = tariff_finder()
        .args(["--catalogue", path, "check", "--format", "json"])
        .assert()
        .success();
    assert!(stdout(&a).contains("\"serial\": 9"));
}

#[test]
fn without_a_terminal_the_wizard_is_plain_mode() {
    // No terminal on stdin or stdout: the numbered prompts, read line by line.
    let a = tariff_finder().write_stdin("\n\n1\nB1 1BB\n2\n1\n").assert().success();
    let out = stdout(&a);
    assert!(out.contains("Screen language?"), "{out}");
    assert!(out.contains("\nBT Home Essentials (36 Mbps)\n"), "{out}");
    assert!(!out.contains('\u{1b}'), "no escape codes in plain mode");
    let a = tariff_finder()
        .arg("plain")
        .env("TERM", "dumb")
        .write_stdin("")
        .assert()
        .success();
    assert!(
        stdout(&a).contains("Catalogue edition"),
        "end of input finishes with what it has"
    );
}

#[test]
fn help_is_for_a_new_adviser() {
    let a = tariff_finder().args(["check", "--help"]).assert().success();
    let out = stdout(&a);
    assert!(out.contains("universal-credit-no-earnings"));
    assert!(out.contains("--answers"));
    assert!(out.contains("Exit status"));
    let a = tariff_finder().arg("--help").assert().success();
    assert!(stdout(&a).contains("Social tariffs are cheaper broadband and phone deals"));
}

#[test]
fn config_languages_apply_and_broken_configs_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.toml");
    std::fs::write(&good, "[general]\nlang = \"cy\"\n").unwrap();
    let out = stdout(&check(&["--config", good.to_str().unwrap(), "--benefit", "pip"]).success());
    assert!(
        out.contains("Taliad Annibyniaeth Personol") || out.contains("tariff"),
        "{out}"
    );
    assert!(
        !out.contains("Social tariffs: cheaper"),
        "guidance in Welsh from the config:\n{out}"
    );
    // --lang still wins over the config.
    let out = stdout(&check(&["--config", good.to_str().unwrap(), "--lang", "en-GB"]).success());
    assert!(out.contains("Social tariffs"), "{out}");

    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[general]\nlang = \"cy\"\n[kiosk]\nidle = 3\n").unwrap();
    let err = bad_input(&["--config", bad.to_str().unwrap()]);
    assert!(
        err.contains("bad.toml") && err.contains("line 4") && err.contains("`idle`"),
        "{err}"
    );
    let err = bad_input(&["--config", dir.path().join("missing.toml").to_str().unwrap()]);
    assert!(err.contains("cannot read") && err.contains("--config"), "{err}");
}

#[test]
fn kiosk_refuses_to_start_without_a_terminal() {
    let a = tariff_finder().arg("--kiosk").write_stdin("").assert().code(2);
    assert!(stderr(&a).contains("kiosk mode needs a terminal"), "{}", stderr(&a));
    assert!(stdout(&a).is_empty());
    // Nor does it run commands: no personal handout from a public laptop.
    let a = tariff_finder()
        .args(["--kiosk", "check", "--personal", "--benefit", "pip"])
        .assert()
        .code(2);
    assert!(stderr(&a).contains("cannot be combined"), "{}", stderr(&a));
}

#[test]
fn kiosk_hash_pin_from_a_pipe_and_packaging_outputs() {
    let a = tariff_finder()
        .args(["kiosk", "hash-pin"])
        .write_stdin("2468\n")
        .assert()
        .success();
    let out = stdout(&a);
    let hash = out
        .lines()
        .find_map(|l| l.strip_prefix("admin_pin_hash = \""))
        .unwrap()
        .trim_end_matches('"');
    assert!(tariff_finder::pin::verify_pin(hash, "2468"), "{out}");
    assert!(!out.contains("2468"), "the PIN itself is never printed");
    let a = tariff_finder()
        .args(["kiosk", "hash-pin"])
        .write_stdin("12\n")
        .assert()
        .code(2);
    assert!(stderr(&a).contains("4 to 32"), "{}", stderr(&a));

    let man = stdout(&tariff_finder().args(["generate", "man"]).assert().success());
    assert!(man.contains(".TH tariff-finder") && man.contains("kiosk"), "{man}");
    let bash = stdout(&tariff_finder().args(["generate", "bash"]).assert().success());
    assert!(
        bash.contains("_tariff__finder()") && bash.contains("--benefit"),
        "{bash}"
    );
}

#[test]
fn catalogue_keygen_sign_verify() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let path = |n: &str| d.join(n).display().to_string();
    let run = |args: &[&str]| tariff_finder().args(args).assert();
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tariffs.toml"),
        d.join("tariffs.toml"),
    )
    .unwrap();
    let out = stdout(&run(&["catalogue", "keygen", "--out", &path(""), "--unencrypted"]).success());
    assert!(out.contains("minisign public key"), "{out}");
    let err = stderr(&run(&["catalogue", "keygen", "--out", &path(""), "--unencrypted"]).code(2));
    assert!(err.contains("already exists"), "a key is never overwritten: {err}");
    let key = path("tariff-finder-catalogue.key");
    let public = path("tariff-finder-catalogue.pub");
    let cat = path("tariffs.toml");

    let err = stderr(&run(&["catalogue", "sign", &cat, "--key", &key, "--expires", "2026-01-01"]).code(2));
    assert!(err.contains("not after the edition"), "{err}");
    let out = stdout(&run(&["catalogue", "sign", &cat, "--key", &key, "--expires", "2027-05-31"]).success());
    assert!(out.contains("edition=2026-11-26 serial=1 expires=2027-05-31"), "{out}");
    let sig = std::fs::read_to_string(d.join("tariffs.toml.minisig")).unwrap();
    assert!(sig.contains("trusted comment: edition=2026-11-26 serial=1 expires=2027-05-31"));

    let verify = |today: &str, key: &str| run(&["catalogue", "verify", &cat, "--public-key", key, "--today", today]);
    assert!(stdout(&verify("2026-12-01", &public).success()).contains("Good signature"));
    let err = stderr(&verify("2027-06-01", &public).code(2));
    assert!(err.contains("expired on 2027-05-31"), "{err}");
    let err = stderr(&run(&["catalogue", "verify", &cat]).code(2));
    assert!(err.contains("--public-key"), "{err}");

    // Another publisher's key is not trusted; a changed file is refused.
    let other = tempfile::tempdir().unwrap();
    run(&[
        "catalogue",
        "keygen",
        "--out",
        other.path().to_str().unwrap(),
        "--unencrypted",
    ])
    .success();
    let other_pub = other.path().join("tariff-finder-catalogue.pub").display().to_string();
    assert!(stderr(&verify("2026-12-01", &other_pub).code(2)).contains("not made by a trusted key"));
    let text = std::fs::read_to_string(&cat).unwrap();
    std::fs::write(&cat, text.replacen("price_pence = 1500", "price_pence = 1", 1)).unwrap();
    assert!(stderr(&verify("2026-12-01", &public).code(2)).contains("changed after it was signed"));
}

#[test]
fn keygen_and_sign_never_write_through_a_planted_symlink() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let run = |args: &[&str]| tariff_finder().args(args).assert();
    // A dangling link where the public key will go: following it would create the target.
    let target = d.join("planted-target");
    std::os::unix::fs::symlink(&target, d.join("tariff-finder-catalogue.pub")).unwrap();
    let out = d.to_str().unwrap();
    let err = stderr(&run(&["catalogue", "keygen", "--out", out, "--unencrypted"]).failure());
    assert!(err.contains("tariff-finder-catalogue.pub"), "{err}");
    assert!(!target.exists(), "the link was not followed");
    std::fs::remove_file(d.join("tariff-finder-catalogue.pub")).unwrap();
    std::fs::remove_file(d.join("tariff-finder-catalogue.key")).unwrap_or_default();
    run(&["catalogue", "keygen", "--out", out, "--unencrypted"]).success();

    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tariffs.toml"),
        d.join("tariffs.toml"),
    )
    .unwrap();
    let victim = d.join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    std::os::unix::fs::symlink(&victim, d.join("tariffs.toml.minisig")).unwrap();
    let (cat, key) = (d.join("tariffs.toml"), d.join("tariff-finder-catalogue.key"));
    run(&[
        "catalogue",
        "sign",
        cat.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
        "--expires",
        "2027-05-31",
    ])
    .success();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    let sig = std::fs::read_to_string(d.join("tariffs.toml.minisig")).unwrap();
    assert!(sig.contains("trusted comment: edition="), "{sig}");
}

#[test]
fn a_fifo_as_the_catalogue_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("tariffs.toml");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    // With a time limit: before the fix the open waited for a writer for ever.
    let a = tariff_finder()
        .args(["--catalogue", fifo.to_str().unwrap(), "check", "--benefit", "pip"])
        .timeout(std::time::Duration::from_secs(10))
        .assert()
        .code(2);
    assert!(stderr(&a).contains("not a regular file"), "{}", stderr(&a));
    let a = tariff_finder()
        .args(["catalogue", "check", fifo.to_str().unwrap()])
        .timeout(std::time::Duration::from_secs(10))
        .assert()
        .code(2);
    assert!(stderr(&a).contains("not a regular file"), "{}", stderr(&a));
}

#[test]
fn a_kiosk_refuses_a_catalogue_file_others_can_change() {
    let dir = tempfile::tempdir().unwrap();
    let cat = dir.path().join("tariffs.toml");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/tariffs.toml"), &cat).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&cat, std::fs::Permissions::from_mode(0o666)).unwrap();
    let kiosk_refuses = || {
        let a = tariff_finder()
            .env("TARIFF_FINDER_SYSTEM_CONFIG", "")
            .env("TARIFF_FINDER_SYSTEM_CACHE", "")
            .args(["--kiosk", "--catalogue", cat.to_str().unwrap()])
            .assert()
            .code(2);
        stderr(&a)
    };
    let err = kiosk_refuses();
    assert!(
        err.contains("a kiosk uses a catalogue file only when root owns it") && err.contains("others can write it"),
        "{err}"
    );
    // Not owned by root (checked only where the tests can give a file away).
    let nobody = 65534;
    std::fs::set_permissions(&cat, std::fs::Permissions::from_mode(0o644)).unwrap();
    if std::os::unix::fs::chown(&cat, Some(nobody), None).is_ok() {
        let err = kiosk_refuses();
        assert!(err.contains("not root"), "{err}");
    }
}

#[test]
fn advisers_abbreviations_are_accepted() {
    let v = json(&[
        "--benefit",
        "uc",
        "--benefit",
        "PC",
        "--benefit",
        "ctr",
        "--postcode",
        "B1 1BB",
    ]);
    let benefits: Vec<&str> = v["answers"]["benefits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_str().unwrap())
        .collect();
    assert_eq!(
        benefits,
        ["universal-credit", "pension-credit", "council-tax-reduction"]
    );
    let help = stdout(&tariff_finder().args(["check", "--help"]).assert().success());
    assert!(
        help.contains("Abbreviations") && help.contains("hb (Housing Benefit)"),
        "{help}"
    );
}

#[test]
fn an_age_band_rules_out_only_what_depends_on_age() {
    // A pensioner on Pension Credit in Hull: the jobcentre scheme is for jobseekers.
    let unsure = json(&["--benefit", "pc", "--postcode", "HU1 1AA"]);
    assert_eq!(unsure["answers"]["age"], "not-sure");
    assert_eq!(result(&unsure, "talktalk-jobcentre-broadband")["eligibility"], "maybe");
    let pensioner = json(&["--benefit", "pc", "--postcode", "HU1 1AA", "--age", "pension-age"]);
    assert_eq!(pensioner["answers"]["age"], "pension-age");
    let scheme = result(&pensioner, "talktalk-jobcentre-broadband");
    assert_eq!(scheme["eligibility"], "no");
    assert_eq!(scheme["why_not"][0]["code"], "referred-by-work-coach");
    // A young care leaver is not pointed at Pension Credit; a "not sure" age still is.
    let young =
        |age: &str| stdout(&check(&["--benefit", "care-leaver", "--postcode", "HU1 1AA", "--age", age]).success());
    assert!(young("not-sure").contains("Pension Credit. Offers it would open here"));
    assert!(!young("under-18").contains("Pension Credit"), "{}", young("under-18"));
    // A bad band is a clear error that lists the good ones.
    let err = stderr(&check(&["--benefit", "pc", "--age", "old"]).code(2));
    assert!(err.contains("pension-age") && err.contains("under-18"), "{err}");
}
