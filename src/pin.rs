//! The kiosk's admin PIN: argon2id hashes, made by `kiosk hash-pin` and checked by the kiosk.

/// Whether `pin` matches an argon2id PHC string. A malformed hash matches nothing.
pub fn verify_pin(hash: &str, pin: &str) -> bool {
    use argon2::password_hash::{PasswordHash, PasswordVerifier};
    PasswordHash::new(hash).is_ok_and(|parsed| {
        argon2::Argon2::default()
            .verify_password(pin.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A new argon2id PHC string for `pin`, with a random salt and the crate's recommended cost.
pub fn hash_pin(pin: &str) -> Result<String, String> {
    use argon2::password_hash::{PasswordHasher, SaltString};
    use std::io::Read;
    let mut random = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut random))
        .map_err(|e| format!("no random salt: {e}"))?;
    let salt = SaltString::encode_b64(&random).map_err(|e| e.to_string())?;
    argon2::Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}
