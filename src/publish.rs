//! `catalogue keygen`, `sign` and `verify`: the maintainer's side of signed catalogues. Files and
//! prompts live here; the signature rules are in `signing.rs`.

use std::path::{Path, PathBuf};

use crate::catalogue_source::read_catalogue;
use crate::date::Date;
use crate::failure::Exit;
use crate::failure::Failure;
use crate::signing::{self, Vouched};

const KEY_NAME: &str = "tariff-finder-catalogue";
/// Set this to give the secret key's password without a prompt (CI, scripts).
const PASSWORD_ENV: &str = "TARIFF_FINDER_KEY_PASSWORD";

fn failure(exit: Exit, message: String, hint: &str) -> Failure {
    Failure::new(exit, message, hint)
}

/// The password for a secret key: the environment variable, else asked for without echo.
fn password(confirm: bool) -> Result<crate::prompt::Secret, Failure> {
    if let Ok(p) = std::env::var(PASSWORD_ENV) {
        return Ok(p.into());
    }
    let again = confirm.then_some("The same password again: ");
    crate::prompt::secret("Password for the signing key: ", again).map_err(|e| {
        failure(
            Exit::BadInput,
            format!("no password: {e}"),
            "set TARIFF_FINDER_KEY_PASSWORD or run it in a terminal",
        )
    })
}

/// Writes a new key pair into `dir`: the secret key (password-protected unless `unencrypted`,
/// readable only by its owner) and the public key to publish and to put in `[refresh] public_keys`.
pub(crate) fn keygen(dir: &Path, unencrypted: bool) -> Result<String, Failure> {
    let secret = dir.join(format!("{KEY_NAME}.key"));
    let public = dir.join(format!("{KEY_NAME}.pub"));
    for p in [&secret, &public] {
        if p.exists() {
            return Err(failure(
                Exit::BadInput,
                format!("{} already exists", p.display()),
                "move the old key away first: a catalogue signed with a lost key cannot be trusted again",
            ));
        }
    }
    let pair = if unencrypted {
        minisign::KeyPair::generate_unencrypted_keypair()
    } else {
        minisign::KeyPair::generate_encrypted_keypair(Some(password(true)?.into_inner()))
    }
    .map_err(|e| failure(Exit::Failed, format!("could not make a key: {e}"), "try again"))?;
    let io =
        |p: &PathBuf, e: std::io::Error| failure(Exit::Failed, format!("{}: {e}", p.display()), "check the folder");
    let sk = pair
        .sk
        .to_box(Some("tariff-finder catalogue signing key"))
        .map_err(|e| failure(Exit::Failed, e.to_string(), "try again"))?
        .into_string();
    let pk = pair
        .pk
        .to_box()
        .map_err(|e| failure(Exit::Failed, e.to_string(), "try again"))?
        .into_string();
    // Both new files, never through a symlink planted at either name.
    crate::files::create_new(&secret, sk.as_bytes(), 0o600).map_err(|e| io(&secret, e))?;
    crate::files::create_new(&public, pk.as_bytes(), 0o644).map_err(|e| io(&public, e))?;
    Ok(format!(
        "Secret key (keep it offline, never commit it): {}\nPublic key (publish it; put its second line in [refresh] public_keys): {}\n{}",
        secret.display(),
        public.display(),
        pk
    ))
}

/// Validates the catalogue and writes `FILE.minisig` vouching for its edition and serial until
/// `expires`.
pub(crate) fn sign(file: &Path, key: &Path, expires: &str, out: Option<&Path>) -> Result<String, Failure> {
    let expires = Date::parse(expires).ok_or_else(|| {
        failure(
            Exit::BadInput,
            format!("--expires {expires:?} is not a date"),
            "write it as YYYY-MM-DD",
        )
    })?;
    let (text, catalogue) = read_catalogue(file)?;
    if expires <= catalogue.edition {
        return Err(failure(
            Exit::BadInput,
            format!("--expires {expires} is not after the edition {}", catalogue.edition),
            "choose the date after which no one should use this catalogue, e.g. the next April",
        ));
    }
    let key_text = std::fs::read_to_string(key).map_err(|e| {
        failure(
            Exit::BadInput,
            format!("{}: {e}", key.display()),
            "give the .key file from `catalogue keygen`",
        )
    })?;
    let sk_box = minisign::SecretKeyBox::from_string(&key_text).map_err(|e| {
        failure(
            Exit::BadInput,
            format!("{}: not a secret key ({e})", key.display()),
            "give the .key file",
        )
    })?;
    let sk = match sk_box.clone().into_unencrypted_secret_key() {
        Ok(sk) if !sk.is_encrypted() => sk,
        _ => sk_box
            .into_secret_key(Some(password(false)?.into_inner()))
            .map_err(|_| failure(Exit::BadInput, "wrong password for the signing key".into(), "try again"))?,
    };
    let vouched = Vouched {
        edition: catalogue.edition,
        serial: catalogue.serial,
        expires,
    };
    let signature = signing::sign(text.as_bytes(), &sk, vouched).map_err(|e| failure(Exit::Failed, e, "try again"))?;
    let out = out.map_or_else(|| signature_path(file), Path::to_path_buf);
    // Signing again replaces the old signature: renamed over it, never written through a symlink.
    crate::files::replace(&out, signature.as_bytes(), 0o644)
        .map_err(|e| failure(Exit::Failed, format!("{}: {e}", out.display()), "check the folder"))?;
    Ok(format!(
        "Signed {} ({}): {}\n",
        file.display(),
        vouched.comment(),
        out.display()
    ))
}

/// Checks FILE against its signature and the given public keys.
pub(crate) fn verify(file: &Path, signature: Option<&Path>, keys: &[PathBuf], today: Date) -> Result<String, Failure> {
    if keys.is_empty() {
        return Err(failure(
            Exit::BadInput,
            "no public key to check against".into(),
            "give the publisher's key with --public-key FILE",
        ));
    }
    let trusted = keys
        .iter()
        .map(|k| {
            std::fs::read_to_string(k)
                .map_err(|e| e.to_string())
                .and_then(|t| signing::public_key(&t))
                .map_err(|e| {
                    failure(
                        Exit::BadInput,
                        format!("{}: not a public key ({e})", k.display()),
                        "give a .pub file",
                    )
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let (text, catalogue) = read_catalogue(file)?;
    let sig_path = signature.map_or_else(|| signature_path(file), Path::to_path_buf);
    let sig = std::fs::read_to_string(&sig_path).map_err(|e| {
        failure(
            Exit::BadInput,
            format!("{}: {e}", sig_path.display()),
            "give the signature with --signature FILE",
        )
    })?;
    let vouched = signing::verify(
        text.as_bytes(),
        &sig,
        &trusted,
        (catalogue.edition, catalogue.serial),
        today,
    )
    .map_err(|e| {
        failure(
            Exit::BadInput,
            format!("{}: {e}", file.display()),
            "do not use or publish this file",
        )
    })?;
    Ok(format!("Good signature: {} ({})\n", file.display(), vouched.comment()))
}

fn signature_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".minisig");
    PathBuf::from(name)
}
