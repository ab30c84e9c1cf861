//! What a server sends back: a signature file with any catalogue bytes, the trusted comment, and a
//! postcode service's JSON. Never a panic; never "verified" without the trusted key's signature.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tariff_finder::signing;

fn key() -> &'static minisign::KeyPair {
    static KEY: OnceLock<minisign::KeyPair> = OnceLock::new();
    KEY.get_or_init(|| minisign::KeyPair::generate_unencrypted_keypair().unwrap())
}

fuzz_target!(|data: &[u8]| {
    // Split the input into a "signature file" and a "catalogue".
    let split = data.iter().position(|b| *b == 0).unwrap_or(data.len());
    let (sig, body) = data.split_at(split);
    let sig = String::from_utf8_lossy(sig);
    let keys = [key().pk.clone()];
    // Random bytes are never signed by a key made in this process.
    assert!(signing::vouched_by(body, &sig, &keys).is_err());
    let _ = signing::Vouched::parse(&sig);
    let _ = tariff_finder::postcode_lookup::parse_answer(data);
    let _ = tariff_finder::url_policy::check(&String::from_utf8_lossy(data));
});
