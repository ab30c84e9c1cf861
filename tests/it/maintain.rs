//! The maintainers' commands as a maintainer runs them: `catalogue check` on a folder of broken
//! catalogues (each with the message it must give), `diff` on crafted pairs, `test`, `fmt`,
//! `schema`, and `links` against a server on 127.0.0.1.

use std::path::{Path, PathBuf};

use crate::common::server::{Reply, Server, ok, redirect, status};
use crate::common::tariff_finder;

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/catalogues")
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = tariff_finder().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_broken_catalogue_gives_its_message_with_the_line() {
    let mut seen = 0;
    for entry in std::fs::read_dir(folder()).unwrap().flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !(name.starts_with("broken-") && name.ends_with(".toml")) {
            continue;
        }
        seen += 1;
        let expected = std::fs::read_to_string(path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{name} has no .expected file"));
        let (code, out, err) = run(&["catalogue", "check", path.to_str().unwrap(), "--today", "2026-11-26"]);
        assert_eq!(code, 2, "{name}: {out}{err}");
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            assert!(err.contains(line), "{name}: expected {line:?} in:\n{err}");
        }
        // The offending line is shown with a caret under it.
        assert!(
            err.contains(" | ") && err.contains('^'),
            "{name}: no excerpt in:\n{err}"
        );
    }
    assert!(seen >= 12, "only {seen} broken catalogues");
}

#[test]
fn a_valid_catalogue_passes_with_warnings_and_strict_fails_on_them() {
    let file = folder().join("valid-minimal.toml");
    let (code, out, err) = run(&["catalogue", "check", file.to_str().unwrap(), "--today", "2026-11-26"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("valid-minimal.toml: valid,"), "{out}");
    assert!(
        out.contains("warning: ") && out.contains("no prose in cy, pl, ro, ur, pa, bn, ar"),
        "{out}"
    );
    assert!(
        out.contains("1 offer(s) (1 current, 0 unverified, 0 historic) from 1 provider(s)"),
        "{out}"
    );
    // Today injected: a year on, the facts are stale.
    let (_, later, _) = run(&["catalogue", "check", file.to_str().unwrap(), "--today", "2028-01-01"]);
    assert!(later.contains("its facts date from 2026-11-01"), "{later}");
    let (code, _, err) = run(&[
        "catalogue",
        "check",
        "--strict",
        file.to_str().unwrap(),
        "--today",
        "2026-11-26",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--strict"), "{err}");
    // With no file and no ./tariffs.toml, the catalogue in use (the built-in one) is checked.
    let dir = tempfile::tempdir().unwrap();
    let a = tariff_finder()
        .current_dir(dir.path())
        .args(["catalogue", "check", "--today", "2026-11-26"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&a.get_output().stdout).contains("tariffs.toml (built in): valid"));
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn diff_spells_out_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let old = std::fs::read_to_string(folder().join("valid-minimal.toml")).unwrap();
    let new = old
        .replace("serial = 1", "serial = 2")
        .replace("price_pence = 1500", "price_pence = 1600")
        .replace("\"pip\"]", "\"pip\", \"attendance-allowance\"]")
        .replace(
            "default = \"yes\"",
            "default = \"no\"\nrules = [{ areas = [\"HU\"], outcodes = [\"YO25\"], availability = \"yes\" }]",
        )
        + "\n[[tariff]]\nid = \"example-mobile\"\nstatus = \"current\"\nprovider = \"Example\"\nname = \"Mobile\"\n\
           kind = \"mobile\"\nopen_to_all = true\nnetwork = \"openreach\"\nfacts_as_of = 2026-11-01\n\
           sources = [{ url = \"https://example.org/m\", grade = \"P\" }]\n[tariff.text.en-GB]\nsummary = \"A phone offer.\"\n";
    let (a, b) = (write(dir.path(), "old.toml", &old), write(dir.path(), "new.toml", &new));
    let (code, out, err) = run(&["catalogue", "diff", &a, &b]);
    assert_eq!(code, 0, "{err}");
    for want in [
        "Edition 2026-11-26 serial 2 (was 2026-11-26 serial 1): 1 offer added, 0 removed, 0 made historic, 1 changed.",
        "+ Example Mobile (example-mobile)",
        "price: £15.00/month -> £16.00/month",
        "now also accepts Attendance Allowance (`attendance-allowance`)",
        "network openreach: now in HU and YO25",
        "network openreach: elsewhere yes -> no",
    ] {
        assert!(out.contains(want), "{want:?} in:\n{out}");
    }
    let (_, md, _) = run(&["catalogue", "diff", &a, &b, "--format", "markdown"]);
    assert!(md.contains("### Added") && md.contains("### Footprints"), "{md}");
    let (_, json, _) = run(&["catalogue", "diff", &a, &b, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["added"][0]["id"], "example-mobile");
    assert_eq!(v["new_serial"], 2);
    // Retiring an offer is "made historic", not "changed".
    let retired = new.replacen("status = \"current\"", "status = \"historic\"", 1);
    let c = write(dir.path(), "retired.toml", &retired);
    let (_, out, _) = run(&["catalogue", "diff", &b, &c]);
    assert!(
        out.contains("1 made historic") && out.contains("x Example Essentials"),
        "{out}"
    );
    // An invalid side is refused with its error, not diffed.
    let bad = write(dir.path(), "bad.toml", "schema = 1\n");
    let (code, _, err) = run(&["catalogue", "diff", &a, &bad]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn the_personas_pass_on_the_real_catalogue_and_a_change_is_caught() {
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("tariffs.toml");
    let (code, out, err) = run(&["catalogue", "test", real.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("every answer as expected"), "{out}");
    // A maintainer drops PIP from an offer that takes it: the households on PIP notice.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(&real).unwrap();
    let changed = text.replacen(
        "price_pence = 1500\ndownload_mbps = 36\ncontract_months = 12\nbenefits = [\"universal-credit-any\",",
        "price_pence = 1500\ndownload_mbps = 36\ncontract_months = 12\nbenefits = [",
        1,
    );
    assert_ne!(changed, text, "the edit applies");
    let f = write(dir.path(), "tariffs.toml", &changed);
    let (code, _, err) = run(&["catalogue", "test", &f]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("bt-home-essentials-36 expected yes/yes, got"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    let bad = write(dir.path(), "personas.toml", "[[persona]]\nname = 1\n");
    let (code, _, err) = run(&["catalogue", "test", "--personas", &bad, real.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn fmt_puts_a_messy_file_in_order_keeps_comments_and_check_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let tidy = std::fs::read_to_string(folder().join("valid-minimal.toml")).unwrap();
    let messy = tidy
        .replace("id = \"example-essentials\"\n", "")
        .replace(
            "status = \"current\"\n",
            "status = \"current\"   # checked in November\nid = \"example-essentials\"\n",
        )
        .replace("price_pence = 1500", "price_pence    =1500");
    let f = write(dir.path(), "tariffs.toml", &messy);
    let (code, _, err) = run(&["catalogue", "fmt", "--check", &f]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("not in canonical form"), "{err}");
    let (code, out, _) = run(&["catalogue", "fmt", &f]);
    assert_eq!(code, 0);
    assert!(out.contains("Formatted"), "{out}");
    let formatted = std::fs::read_to_string(&f).unwrap();
    assert!(
        formatted.contains("id = \"example-essentials\"\nstatus = \"current\" # checked in November\n"),
        "{formatted}"
    );
    assert!(formatted.contains("price_pence = 1500\n"), "{formatted}");
    assert!(
        formatted.starts_with("#:schema ../../tariffs.schema.json\n"),
        "{formatted}"
    );
    let (code, out, _) = run(&["catalogue", "fmt", "--check", &f]);
    assert_eq!((code, out.contains("already formatted")), (0, true));
    // Run in a folder: ./tariffs.toml is the default.
    let a = tariff_finder()
        .current_dir(dir.path())
        .args(["catalogue", "fmt", "--check"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&a.get_output().stdout).contains("already formatted"));
    // The real catalogue is in canonical form.
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("tariffs.toml");
    let (code, _, err) = run(&["catalogue", "fmt", "--check", real.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    // Not TOML: refused, file untouched.
    let broken = write(dir.path(), "broken.toml", "serial = [\n");
    let (code, _, _) = run(&["catalogue", "fmt", &broken]);
    assert_eq!(code, 2);
    assert_eq!(std::fs::read_to_string(&broken).unwrap(), "serial = [\n");
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let (code, out, _) = run(&["catalogue", "schema"]);
    assert_eq!(code, 0);
    let committed = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tariffs.schema.json")).unwrap();
    assert_eq!(out, committed);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["$defs"]["Tariff"]["properties"]["price_pence"].is_object());
    let toml = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tariffs.toml")).unwrap();
    assert!(toml.starts_with("#:schema ./tariffs.schema.json\n"));
}

#[test]
fn links_reports_dead_and_moved_addresses() {
    use tariff_finder::maintain::links::{Link, check_all, report};
    let server = Server::start();
    server.set("/fine", ok("hello"));
    server.set("/gone", status(404));
    server.set("/old", redirect("/new"));
    server.set("/new", ok("moved here"));
    server.set(
        "/no-head",
        Reply {
            refuse_head: true,
            ..ok("GET works")
        },
    );
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let addresses: Vec<(String, String)> = [
        (server.url("/fine"), "a source"),
        (server.url("/gone"), "b source"),
        (server.url("/old"), "c apply"),
        (server.url("/no-head"), "d source"),
        (format!("http://{closed}/x"), "e source"),
    ]
    .into_iter()
    .map(|(u, w)| (u, w.to_string()))
    .collect();
    let limits = tariff_finder::http::Limits {
        connect: std::time::Duration::from_secs(2),
        total: std::time::Duration::from_secs(5),
        max_bytes: 0,
    };
    let links = check_all(&addresses, limits, 3);
    assert_eq!(links[0], Link::Ok);
    assert_eq!(links[1], Link::Dead("HTTP 404".into()));
    assert_eq!(links[2], Link::Moved(server.url("/new")));
    assert_eq!(links[3], Link::Ok, "GET after a refused HEAD");
    assert!(
        matches!(&links[4], Link::Dead(why) if why.contains("refused")),
        "{:?}",
        links[4]
    );
    let (text, any_dead) = report(&addresses, &links);
    assert!(any_dead);
    assert!(text.contains("5 addresses: 2 fine, 1 moved, 2 dead."), "{text}");
    assert!(text.contains("used by b source"), "{text}");
    let methods: Vec<String> = server
        .seen()
        .iter()
        .filter(|s| s.path == "/no-head")
        .map(|s| s.method.clone())
        .collect();
    assert_eq!(methods, ["HEAD", "GET"]);
}
