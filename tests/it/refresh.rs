//! `refresh` and live postcode confirmation against a real HTTP server on 127.0.0.1 (a small one
//! here, so every failure can be staged: stalls, huge bodies, redirects). After each failure,
//! `check` must still answer from the last good catalogue.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::server::{Reply, Server, ok, redirect, status};
use crate::common::tariff_finder;
use serde_json::Value;
use tariff_finder::date::Date;
use tariff_finder::signing::{self, Vouched};

// ---------------------------------------------------------------- catalogues and keys

const EMBEDDED: &str = include_str!("../../tariffs.toml");

fn catalogue(edition: &str, serial: u32) -> String {
    EMBEDDED
        .replacen("\nedition = 2026-11-26\n", &format!("\nedition = {edition}\n"), 1)
        .replacen("\nserial = 1\n", &format!("\nserial = {serial}\n"), 1)
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

struct Publisher {
    pair: minisign::KeyPair,
}

impl Publisher {
    fn new() -> Publisher {
        Publisher {
            pair: minisign::KeyPair::generate_unencrypted_keypair().unwrap(),
        }
    }

    fn public_line(&self) -> String {
        self.pair.pk.to_base64()
    }

    fn sign(&self, text: &str, edition: &str, serial: u32, expires: &str) -> String {
        let vouched = Vouched {
            edition: date(edition),
            serial,
            expires: date(expires),
        };
        signing::sign(text.as_bytes(), &self.pair.sk, vouched).unwrap()
    }

    /// Puts a signed catalogue of edition 2026-11-26 straight into a cache, as `refresh` would.
    fn store_in(&self, cache: &Path, serial: u32, expires: &str) {
        let text = catalogue("2026-11-26", serial);
        let vouched = Vouched {
            edition: date("2026-11-26"),
            serial,
            expires: date(expires),
        };
        let sig = signing::sign(text.as_bytes(), &self.pair.sk, vouched).unwrap();
        tariff_finder::cache::store(cache, &text, &sig, vouched).unwrap();
    }

    /// Puts a catalogue and its signature on the server.
    fn publish(&self, server: &Server, text: &str, edition: &str, serial: u32, expires: &str) {
        server.set("/tariffs.toml", ok(text.to_string()));
        server.set("/tariffs.toml.minisig", ok(self.sign(text, edition, serial, expires)));
    }
}

/// A laptop: a config pointing at the server and trusting `key`, and its own cache folder.
struct Laptop {
    dir: tempfile::TempDir,
}

impl Laptop {
    fn new(server: &Server, key: &str) -> Laptop {
        let dir = tempfile::tempdir().unwrap();
        let config = format!(
            "[refresh]\nurl = \"{}\"\npublic_keys = [\"{key}\"]\n\n[postcode_lookup]\nurl = \"{}\"\n",
            server.url("/tariffs.toml"),
            server.url("/api"),
        );
        std::fs::write(dir.path().join("config.toml"), config).unwrap();
        Laptop { dir }
    }

    fn cache(&self) -> PathBuf {
        self.dir.path().join("cache")
    }

    fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        tariff_finder()
            .env("TARIFF_FINDER_CONFIG", self.dir.path().join("config.toml"))
            .env("TARIFF_FINDER_CACHE", self.cache())
            .args(args)
            .assert()
    }

    /// `refresh`: (exit code, stdout, stderr).
    fn refresh(&self) -> (i32, String, String) {
        let out = self.run(&["refresh"]).get_output().clone();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// The catalogue `check` uses now: (source, serial).
    fn in_use(&self) -> (String, u64) {
        let a = self
            .run(&["check", "--benefit", "universal-credit", "--format", "json"])
            .success();
        let v: Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
        let c = &v["catalogue"];
        (c["source"].as_str().unwrap().to_string(), c["serial"].as_u64().unwrap())
    }
}

fn cached(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// A laptop that already fetched serial 2 (edition 2026-11-26) from `server`.
fn laptop_on_serial_2() -> (Server, Publisher, Laptop) {
    let server = Server::start();
    let publisher = Publisher::new();
    let laptop = Laptop::new(&server, &publisher.public_line());
    publisher.publish(&server, &catalogue("2026-11-26", 2), "2026-11-26", 2, "2099-12-31");
    let (code, out, err) = laptop.refresh();
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(laptop.in_use(), ("cache".into(), 2));
    (server, publisher, laptop)
}

/// A refresh that must fail, leave serial 2 in use and say `expect`.
fn refused(laptop: &Laptop, expect: &str) -> String {
    let (code, out, err) = laptop.refresh();
    assert_eq!(code, 1, "stdout: {out}\nstderr: {err}");
    assert!(err.contains(expect), "expected {expect:?} in:\n{err}");
    assert!(err.contains("still using edition 2026-11-26 serial 2 (cache)"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert_eq!(
        laptop.in_use(),
        ("cache".into(), 2),
        "the last good catalogue stays in use"
    );
    err
}

// ---------------------------------------------------------------- refresh

#[test]
fn a_new_edition_is_fetched_then_a_second_poll_costs_one_conditional_request() {
    let server = Server::start();
    let publisher = Publisher::new();
    let laptop = Laptop::new(&server, &publisher.public_line());
    assert_eq!(laptop.in_use(), ("embedded".into(), 1));
    let mut text = catalogue("2026-12-01", 1);
    text = text.replacen("price_pence = 1500", "price_pence = 1600", 1);
    server.set(
        "/tariffs.toml",
        Reply {
            headers: vec![("ETag".into(), "\"v1\"".into())],
            ..ok(text.clone())
        },
    );
    server.set(
        "/tariffs.toml.minisig",
        ok(publisher.sign(&text, "2026-12-01", 1, "2027-05-31")),
    );
    let (code, out, err) = laptop.refresh();
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Edition 2026-12-01 serial 1 (was 2026-11-26 serial 1)"),
        "{out}"
    );
    assert!(out.contains("£15.00/month -> £16.00/month"), "{out}");
    assert!(out.contains("valid until 2027-05-31"), "{out}");
    assert_eq!(
        cached(&laptop.cache()),
        [
            "http.toml",
            "tariffs-2026-12-01-1.toml",
            "tariffs-2026-12-01-1.toml.minisig"
        ]
    );
    let a = laptop
        .run(&["check", "--benefit", "universal-credit", "--format", "json"])
        .success();
    let v: Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert_eq!(v["catalogue"]["source"], "cache");
    assert_eq!(v["catalogue"]["edition"], "2026-12-01");
    assert_eq!(v["catalogue"]["expires"], "2027-05-31");
    assert_eq!(v["catalogue"]["expired"], false);

    let before = server.seen().len();
    let (code, out, _) = laptop.refresh();
    assert_eq!(code, 0);
    assert!(out.contains("has not changed since the last refresh"), "{out}");
    let seen = server.seen();
    assert_eq!(seen.len(), before + 1, "one small request: {seen:?}");
    assert_eq!(
        seen.last().unwrap().headers.get("if-none-match").map(String::as_str),
        Some("\"v1\"")
    );
    // Nothing about the resident or the machine beyond the program's name goes out.
    let ua = seen
        .last()
        .unwrap()
        .headers
        .get("user-agent")
        .cloned()
        .unwrap_or_default();
    assert!(ua.starts_with("tariff-finder/"), "{ua}");
    assert!(!seen.last().unwrap().headers.contains_key("cookie"));
}

#[test]
fn server_failures_keep_the_last_good_catalogue() {
    let (server, _publisher, laptop) = laptop_on_serial_2();
    server.set("/tariffs.toml", status(404));
    refused(&laptop, "no such file (404)");
    server.set("/tariffs.toml", status(500));
    refused(&laptop, "HTTP 500");
    // Declared too big: refused before reading.
    server.set("/tariffs.toml", ok(vec![b'#'; 4 * 1024 * 1024 + 1]));
    refused(&laptop, "over the 4096 KiB limit");
    // Too big with no length given: refused once the count passes the limit.
    server.set(
        "/tariffs.toml",
        Reply {
            no_length: true,
            ..ok(vec![b'#'; 5 * 1024 * 1024])
        },
    );
    refused(&laptop, "over the 4096 KiB limit");
    // A captive portal's sign-in page.
    let portal = "<!DOCTYPE html><html>Sign in to the library wifi</html>";
    server.set("/tariffs.toml", ok(portal));
    server.set("/tariffs.toml.minisig", ok(portal));
    let err = refused(&laptop, "sent a web page, not a catalogue");
    assert!(err.contains("sign-in page"), "{err}");
    // A signature file that is not one.
    server.set("/tariffs.toml", ok(catalogue("2026-11-26", 3)));
    refused(&laptop, "not a minisign signature");
}

#[test]
fn redirects_only_under_the_same_rules_and_never_in_a_loop() {
    let (server, _publisher, laptop) = laptop_on_serial_2();
    server.set("/tariffs.toml", redirect("http://example.org/tariffs.toml"));
    let err = refused(&laptop, "refused a redirect");
    assert!(err.contains("plain HTTP"), "{err}");
    server.set("/tariffs.toml", redirect("/loop-a"));
    server.set("/loop-a", redirect("/loop-b"));
    server.set("/loop-b", redirect("/loop-a"));
    refused(&laptop, "redirect loop");
    // A redirect that stays on loopback is followed.
    server.set("/moved.toml", ok(catalogue("2026-11-26", 2)));
    server.set("/tariffs.toml", redirect("/moved.toml"));
    let (code, out, err) = laptop.refresh();
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("already in use"), "{out}");
}

#[test]
fn signatures_fail_closed() {
    let (server, publisher, laptop) = laptop_on_serial_2();
    let text3 = catalogue("2026-11-26", 3);
    server.set("/tariffs.toml", ok(text3.clone()));
    server.set("/tariffs.toml.minisig", status(404));
    refused(&laptop, "there is no signature at");

    let stranger = Publisher::new();
    stranger.publish(&server, &text3, "2026-11-26", 3, "2099-12-31");
    refused(&laptop, "not made by a trusted key");

    publisher.publish(&server, &text3, "2026-11-26", 3, "2099-12-31");
    server.set(
        "/tariffs.toml",
        ok(text3.replacen("price_pence = 1500", "price_pence = 100", 1)),
    );
    refused(&laptop, "changed after it was signed");

    // A signature vouching for another serial than the file says.
    server.set("/tariffs.toml", ok(text3.clone()));
    server.set(
        "/tariffs.toml.minisig",
        ok(publisher.sign(&text3, "2026-11-26", 4, "2099-12-31")),
    );
    refused(&laptop, "the signature is for edition 2026-11-26 serial 4");

    publisher.publish(&server, &text3, "2026-11-26", 3, "2020-01-01");
    refused(&laptop, "expired on 2020-01-01");
}

#[test]
fn older_catalogues_are_refused_as_rollbacks() {
    let (server, publisher, laptop) = laptop_on_serial_2();
    publisher.publish(&server, &catalogue("2026-10-01", 7), "2026-10-01", 7, "2099-12-31");
    refused(&laptop, "refused an older catalogue");
    publisher.publish(&server, &catalogue("2026-11-26", 1), "2026-11-26", 1, "2099-12-31");
    let err = refused(&laptop, "refused an older catalogue");
    assert!(err.contains("edition 2026-11-26 serial 1"), "{err}");
}

#[test]
fn signed_but_broken_catalogues_are_refused() {
    let (server, publisher, laptop) = laptop_on_serial_2();
    let malformed = "edition = 2026-11-26\nserial = 3\n[[tariff]\nid = ";
    publisher.publish(&server, malformed, "2026-11-26", 3, "2099-12-31");
    refused(&laptop, "does not validate");
    let invalid = catalogue("2026-11-26", 3).replacen("price_pence = 1500", "price_pence = -5", 1);
    publisher.publish(&server, &invalid, "2026-11-26", 3, "2099-12-31");
    refused(&laptop, "does not validate");
}

#[test]
fn a_dead_network_and_a_stalled_server_are_failures_not_hangs() {
    let (server, publisher, laptop) = laptop_on_serial_2();
    // Nothing listens on this port any more.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let config = laptop.dir.path().join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, text.replace(&server.base, &format!("http://{closed}"))).unwrap();
    refused(&laptop, "could not connect");
    std::fs::write(&config, text).unwrap();

    // The stall, through the library with short limits so the test does not wait 20 s.
    server.set("/tariffs.toml", Reply { stall: true, ..ok("x") });
    let in_use = tariff_finder::catalogue::embedded();
    let keys = [publisher.pair.pk.clone()];
    let url = server.url("/tariffs.toml");
    let plan = tariff_finder::refresh::Plan {
        url: &url,
        keys: &keys,
        cache: &laptop.cache(),
        in_use: &in_use,
        today: date("2026-11-26"),
        limits: tariff_finder::http::Limits {
            connect: Duration::from_secs(1),
            total: Duration::from_millis(800),
            max_bytes: 1024,
        },
    };
    let started = std::time::Instant::now();
    let err = tariff_finder::refresh::run(&plan).unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    assert!(err.what.contains("no complete answer within"), "{}", err.what);
    assert_eq!(laptop.in_use(), ("cache".into(), 2));
}

#[test]
fn a_crash_mid_write_leaves_the_cache_readable() {
    let (_server, _publisher, laptop) = laptop_on_serial_2();
    let cache = laptop.cache();
    // A newer catalogue whose rename happened but whose signature never arrived, a torn newer
    // pair, and a temporary file left by a crash before its rename.
    std::fs::write(cache.join("tariffs-2026-11-26-9.toml"), catalogue("2026-11-26", 9)).unwrap();
    std::fs::write(cache.join("tariffs-2026-11-26-8.toml"), "edition = 2026-11-26\nser").unwrap();
    std::fs::write(cache.join("tariffs-2026-11-26-8.toml.minisig"), "untrusted comment:").unwrap();
    std::fs::write(cache.join(".incoming-XYZ"), "half a file").unwrap();
    assert_eq!(laptop.in_use(), ("cache".into(), 2));
}

#[test]
fn an_expired_catalogue_in_use_is_shown_with_a_warning() {
    let server = Server::start();
    let publisher = Publisher::new();
    let laptop = Laptop::new(&server, &publisher.public_line());
    publisher.store_in(&laptop.cache(), 5, "2026-11-30");
    let a = laptop
        .run(&[
            "check",
            "--benefit",
            "universal-credit",
            "--today",
            "2026-12-15",
            "--format",
            "json",
        ])
        .success();
    let v: Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert_eq!(v["catalogue"]["serial"], 5);
    assert_eq!(v["catalogue"]["expired"], true);
    let a = laptop
        .run(&["check", "--benefit", "universal-credit", "--today", "2026-12-15"])
        .success();
    let text_out = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    assert!(
        text_out.contains("This catalogue expired on 30 November 2026"),
        "{text_out}"
    );
    let a = laptop
        .run(&["check", "--benefit", "universal-credit", "--today", "2026-11-28"])
        .success();
    assert!(!String::from_utf8_lossy(&a.get_output().stdout).contains("expired"));
}

#[test]
fn a_cache_is_used_only_when_signed_by_a_trusted_key_and_newer() {
    let server = Server::start();
    let publisher = Publisher::new();
    let laptop = Laptop::new(&server, &publisher.public_line());
    // The same edition as the embedded one: the embedded copy wins.
    publisher.store_in(&laptop.cache(), 1, "2099-12-31");
    assert_eq!(laptop.in_use(), ("embedded".into(), 1));
    // Newer, but signed by a key this laptop does not trust.
    Publisher::new().store_in(&laptop.cache(), 6, "2099-12-31");
    assert_eq!(laptop.in_use(), ("embedded".into(), 1));
    // Signed by the trusted key: used. (--catalogue still wins over it, below.)
    publisher.store_in(&laptop.cache(), 6, "2099-12-31");
    assert_eq!(laptop.in_use(), ("cache".into(), 6));
    let file = laptop.dir.path().join("mine.toml");
    std::fs::write(&file, catalogue("2026-11-26", 3)).unwrap();
    let a = laptop
        .run(&["--catalogue", file.to_str().unwrap(), "check", "--format", "json"])
        .success();
    let out: Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert_eq!(
        (out["catalogue"]["source"].as_str(), out["catalogue"]["serial"].as_u64()),
        (Some("file"), Some(3))
    );
}

#[test]
fn refresh_system_writes_the_system_cache() {
    let server = Server::start();
    let publisher = Publisher::new();
    let laptop = Laptop::new(&server, &publisher.public_line());
    publisher.publish(&server, &catalogue("2026-11-26", 4), "2026-11-26", 4, "2099-12-31");
    let system = laptop.dir.path().join("var-cache");
    let a = tariff_finder()
        .env("TARIFF_FINDER_SYSTEM_CONFIG", laptop.dir.path().join("config.toml"))
        .env("TARIFF_FINDER_SYSTEM_CACHE", &system)
        .args(["refresh", "--system"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&a.get_output().stdout).contains("Kiosks switch to it at their next reset"));
    assert!(cached(&system).contains(&"tariffs-2026-11-26-4.toml".to_string()));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(system.join("tariffs-2026-11-26-4.toml"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(
        mode & 0o777,
        0o644,
        "readable by the kiosk's user, writable by root only"
    );
    // An adviser's check on the same laptop sees it too.
    let a = tariff_finder()
        .env("TARIFF_FINDER_SYSTEM_CONFIG", laptop.dir.path().join("config.toml"))
        .env("TARIFF_FINDER_SYSTEM_CACHE", &system)
        .args(["check", "--format", "json"])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert_eq!(v["catalogue"]["serial"], 4);
}

#[test]
fn refresh_config_mistakes_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let run = |text: &str| {
        std::fs::write(&config, text).unwrap();
        let a = tariff_finder()
            .env("TARIFF_FINDER_CONFIG", &config)
            .arg("refresh")
            .assert()
            .code(2);
        String::from_utf8_lossy(&a.get_output().stderr).into_owned()
    };
    let err = run("[refresh]\nurl = \"http://example.org/tariffs.toml\"\n");
    assert!(err.contains("plain HTTP") && err.contains("[refresh] url"), "{err}");
    let err = run("[refresh]\nurl = \"https://example.org/t.toml\"\nrefresh_every = 3\n");
    assert!(err.contains("refresh_every") && err.contains("line 3"), "{err}");
    let err = run("[refresh]\npublic_keys = \"RWQ\"\n");
    assert!(err.contains("public_keys"), "{err}");
    let err = run("");
    assert!(err.contains("no catalogue address is set up"), "{err}");
    let a = tariff_finder()
        .env("TARIFF_FINDER_CONFIG", dir.path().join("missing.toml"))
        .arg("refresh")
        .assert()
        .code(2);
    assert!(String::from_utf8_lossy(&a.get_output().stderr).contains("missing.toml"));
    // A config with an address but no key: fails closed before any request.
    let err = {
        std::fs::write(&config, "[refresh]\nurl = \"https://example.invalid/t.toml\"\n").unwrap();
        let a = tariff_finder()
            .env("TARIFF_FINDER_CONFIG", &config)
            .arg("refresh")
            .assert()
            .code(1);
        String::from_utf8_lossy(&a.get_output().stderr).into_owned()
    };
    assert!(err.contains("no trusted signing key"), "{err}");
}

// ---------------------------------------------------------------- live postcode confirmation

fn postcode_check(laptop: &Laptop, postcode: &str) -> (Value, String) {
    let a = laptop
        .run(&[
            "check",
            "--benefit",
            "universal-credit",
            "--postcode",
            postcode,
            "--format",
            "json",
        ])
        .success();
    let out = a.get_output();
    (
        serde_json::from_slice(&out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn live_postcode_confirmation() {
    let server = Server::start();
    let laptop = Laptop::new(&server, &Publisher::new().public_line());
    // HR3 sector 5 straddles England and Wales in the offline table.
    let (offline, _) = postcode_check(&laptop, "HR3 5AA");
    assert_eq!(
        offline["postcode"]["live_check"], "not-found",
        "the server answers 404 by default"
    );
    server.set(
        "/api/postcodes/HR35AA",
        ok(r#"{"status":200,"result":{"postcode":"HR3 5AA","country":"Wales"}}"#),
    );
    let (v, err) = postcode_check(&laptop, "hr3 5aa");
    assert_eq!(v["postcode"]["live_check"], "confirmed");
    assert_eq!(v["postcode"]["nation"], "Wales");
    assert!(err.contains("postcode confirmed online: it is in Wales"), "{err}");
    let asked = server
        .seen()
        .into_iter()
        .rfind(|s| s.path.starts_with("/api/"))
        .unwrap();
    assert_eq!(asked.path, "/api/postcodes/HR35AA", "only the postcode is sent");

    let (v, err) = postcode_check(&laptop, "B1 1ZZ");
    assert_eq!(v["postcode"]["live_check"], "not-found");
    assert!(err.contains("postcode not found"), "{err}");
    assert!(
        !v["results"].as_array().unwrap().is_empty(),
        "the offline answer still comes"
    );

    server.set("/api/postcodes/B11BB", ok("<html>captive portal</html>"));
    let (v, err) = postcode_check(&laptop, "B1 1BB");
    assert_eq!(v["postcode"]["live_check"], "unavailable");
    assert_eq!(v["postcode"]["nation"], "England");
    assert!(err.contains("using the built-in table"), "{err}");

    // An outward code alone is never sent.
    let before = server.seen().len();
    let (v, _) = postcode_check(&laptop, "B1");
    assert!(v["postcode"].get("live_check").is_none());
    assert_eq!(server.seen().len(), before);
}

#[test]
fn live_postcode_lookup_times_out_quickly() {
    let server = Server::start();
    server.set(
        "/api/postcodes/HR35AA",
        Reply {
            stall: true,
            ..ok("{}")
        },
    );
    let limits = tariff_finder::http::Limits {
        connect: Duration::from_secs(1),
        total: Duration::from_millis(500),
        max_bytes: 1024,
    };
    let started = std::time::Instant::now();
    let found = tariff_finder::postcode_lookup::confirm(&server.url("/api"), "HR3 5AA", limits);
    assert!(started.elapsed() < Duration::from_secs(3));
    assert!(
        matches!(found, tariff_finder::postcode_lookup::Lookup::Unavailable(ref why) if why.contains("no complete answer")),
        "{found:?}"
    );
    assert_eq!(tariff_finder::postcode_lookup::LIMITS.total, Duration::from_secs(4));
}

#[test]
fn a_dripping_server_is_cut_off_at_the_deadline_for_the_whole_transfer() {
    let server = Server::start();
    // One byte every 150 ms: each read is quick, the whole answer would take 15 s.
    let drip = |body: &str| Reply {
        drip: Some(Duration::from_millis(150)),
        ..ok(body.repeat(100))
    };
    server.set("/tariffs.toml", drip("x"));
    server.set("/api/postcodes/HR35AA", drip(" "));
    let limits = tariff_finder::http::Limits {
        connect: Duration::from_secs(1),
        total: Duration::from_millis(1200),
        max_bytes: 4096,
    };
    let url = server.url("/tariffs.toml");
    let client = tariff_finder::http::client(&url, limits).unwrap();
    let started = std::time::Instant::now();
    let err = tariff_finder::http::get(&client, &url, None, limits).unwrap_err();
    let took = started.elapsed();
    assert!(
        took < Duration::from_millis(1700),
        "cut off at the deadline, took {took:?}"
    );
    assert!(
        matches!(err, tariff_finder::http::FetchError::Timeout { .. }),
        "{err:?}"
    );

    let started = std::time::Instant::now();
    let found = tariff_finder::postcode_lookup::confirm(&server.url("/api"), "HR3 5AA", limits);
    assert!(
        started.elapsed() < Duration::from_millis(1700),
        "{:?}",
        started.elapsed()
    );
    assert!(
        matches!(found, tariff_finder::postcode_lookup::Lookup::Unavailable(ref why) if why.contains("no complete answer")),
        "{found:?}"
    );
}

#[test]
fn a_304_to_a_first_unconditional_request_is_a_failure() {
    let server = Server::start();
    let publisher = Publisher::new();
    let laptop = Laptop::new(&server, &publisher.public_line());
    server.set(
        "/tariffs.toml",
        Reply {
            always_304: true,
            ..ok("")
        },
    );
    let (code, out, err) = laptop.refresh();
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("304 Not Modified to a request for the whole file"),
        "{err}"
    );
    assert!(!out.contains("Up to date"), "{out}");
    assert_eq!(laptop.in_use(), ("embedded".into(), 1));
}

#[test]
fn an_edition_far_in_the_future_or_a_huge_serial_jump_is_refused() {
    let (server, publisher, laptop) = laptop_on_serial_2();
    let future = catalogue("9999-12-30", 1);
    publisher.publish(&server, &future, "9999-12-30", 1, "9999-12-31");
    refused(&laptop, "more than a year after today");
    let jump = catalogue("2026-11-26", u32::MAX);
    publisher.publish(&server, &jump, "2026-11-26", u32::MAX, "2099-12-31");
    refused(&laptop, "refused a serial jump");
    // An honest next serial still goes through afterwards.
    publisher.publish(&server, &catalogue("2026-11-26", 3), "2026-11-26", 3, "2099-12-31");
    let (code, out, err) = laptop.refresh();
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(laptop.in_use(), ("cache".into(), 3));
}
