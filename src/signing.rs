//! Catalogue signatures in minisign's format. The trusted comment (covered by the signature)
//! carries `edition`, `serial` and `expires`, so a reader knows what it is getting before it parses
//! the file, and an old catalogue cannot be passed off as new. No files here: bytes in, verdict out.

use std::io::Cursor;

use minisign::{PublicKey, PublicKeyBox, SecretKey, SignatureBox};

use crate::date::Date;

/// What a signature vouches for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Vouched {
    pub edition: Date,
    pub serial: u32,
    pub expires: Date,
}

impl Vouched {
    pub fn comment(&self) -> String {
        format!(
            "edition={} serial={} expires={}",
            self.edition, self.serial, self.expires
        )
    }

    /// Reads `edition=YYYY-MM-DD serial=N expires=YYYY-MM-DD` (any order, nothing else).
    pub fn parse(comment: &str) -> Option<Vouched> {
        let (mut edition, mut serial, mut expires) = (None, None, None);
        for part in comment.split_whitespace() {
            match part.split_once('=')? {
                ("edition", v) => edition = Some(Date::parse(v)?),
                ("serial", v) => serial = Some(v.parse().ok()?),
                ("expires", v) => expires = Some(Date::parse(v)?),
                _ => return None,
            }
        }
        Some(Vouched {
            edition: edition?,
            serial: serial?,
            expires: expires?,
        })
    }
}

/// Why a signed catalogue was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignatureError {
    /// The signature file is not a minisign signature.
    Malformed(String),
    /// No trusted key made this signature.
    UnknownKey,
    /// A trusted key's signature, but the file was changed after signing.
    Tampered,
    /// The trusted comment is missing or not ours.
    NoVouch,
    /// The signature vouches for another edition or serial than the file says.
    Mismatch {
        signed: String,
        file: String,
    },
    Expired {
        expires: Date,
    },
}

impl std::fmt::Display for SignatureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SignatureError::Malformed(why) => write!(f, "the signature file is not a minisign signature ({why})"),
            SignatureError::UnknownKey => write!(f, "the signature was not made by a trusted key"),
            SignatureError::Tampered => write!(f, "the catalogue was changed after it was signed"),
            SignatureError::NoVouch => write!(
                f,
                "the signature's trusted comment does not say edition, serial and expires"
            ),
            SignatureError::Mismatch { signed, file } => {
                write!(f, "the signature is for {signed} but the file is {file}")
            }
            SignatureError::Expired { expires } => write!(f, "this catalogue expired on {expires}"),
        }
    }
}

/// A public key from a `.pub` file's text (two lines) or its base64 line alone.
pub fn public_key(text: &str) -> Result<PublicKey, String> {
    let text = text.trim();
    let parsed = if text.lines().count() >= 2 {
        PublicKeyBox::from_string(text).and_then(PublicKeyBox::into_public_key)
    } else {
        PublicKey::from_base64(text)
    };
    parsed.map_err(|e| e.to_string())
}

/// Signs catalogue bytes; the signature's trusted comment vouches for `vouched`.
pub fn sign(catalogue: &[u8], sk: &SecretKey, vouched: Vouched) -> Result<String, String> {
    let untrusted = format!("tariff-finder catalogue {} serial {}", vouched.edition, vouched.serial);
    minisign::sign(
        None,
        sk,
        Cursor::new(catalogue),
        Some(&vouched.comment()),
        Some(&untrusted),
    )
    .map(|b| b.into_string())
    .map_err(|e| e.to_string())
}

/// Checks a signature against the trusted keys and reads what it vouches for. Fails closed: any
/// doubt is an error. Expiry is the caller's call (a cache in use may be past it; a download may not).
pub fn vouched_by(catalogue: &[u8], signature: &str, trusted: &[PublicKey]) -> Result<Vouched, SignatureError> {
    let sig = SignatureBox::from_string(signature).map_err(|e| SignatureError::Malformed(e.to_string()))?;
    let key = trusted
        .iter()
        .find(|k| k.keynum() == sig.keynum())
        .ok_or(SignatureError::UnknownKey)?;
    // A signature without a trusted comment would verify; ours must have one.
    let comment = sig.trusted_comment().map_err(|_| SignatureError::NoVouch)?;
    minisign::verify(key, &sig, Cursor::new(catalogue), true, false, false).map_err(|_| SignatureError::Tampered)?;
    Vouched::parse(&comment).ok_or(SignatureError::NoVouch)
}

impl Vouched {
    /// The signature must speak of the file it sits beside, not of another edition.
    pub fn matches(&self, file: (Date, u32)) -> Result<(), SignatureError> {
        if (self.edition, self.serial) != file {
            return Err(SignatureError::Mismatch {
                signed: format!("edition {} serial {}", self.edition, self.serial),
                file: format!("edition {} serial {}", file.0, file.1),
            });
        }
        Ok(())
    }

    pub fn expired(&self, today: Date) -> bool {
        today > self.expires
    }
}

/// Checks a signature against the trusted keys, then that it vouches for this file's edition and
/// serial and has not expired by `today`. Fails closed: any doubt is an error.
pub fn verify(
    catalogue: &[u8],
    signature: &str,
    trusted: &[PublicKey],
    file: (Date, u32),
    today: Date,
) -> Result<Vouched, SignatureError> {
    let vouched = vouched_by(catalogue, signature, trusted)?;
    vouched.matches(file)?;
    if vouched.expired(today) {
        return Err(SignatureError::Expired {
            expires: vouched.expires,
        });
    }
    Ok(vouched)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn vouched() -> Vouched {
        Vouched {
            edition: d("2026-11-26"),
            serial: 3,
            expires: d("2027-05-31"),
        }
    }

    #[test]
    fn the_trusted_comment_round_trips_and_rejects_strangers() {
        let v = vouched();
        assert_eq!(v.comment(), "edition=2026-11-26 serial=3 expires=2027-05-31");
        assert_eq!(Vouched::parse(&v.comment()), Some(v));
        assert_eq!(Vouched::parse("timestamp:1700000000"), None);
        assert_eq!(Vouched::parse("edition=2026-11-26 serial=3"), None);
        assert_eq!(
            Vouched::parse("edition=2026-11-26 serial=3 expires=2027-05-31 extra=1"),
            None
        );
    }

    #[test]
    fn sign_then_verify_and_every_way_it_fails() {
        let pair = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        let other = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        let data = b"edition = 2026-11-26\nserial = 3\n";
        let file = (d("2026-11-26"), 3);
        let today = d("2026-12-01");
        let sig = sign(data, &pair.sk, vouched()).unwrap();
        assert!(
            sig.contains("trusted comment: edition=2026-11-26 serial=3 expires=2027-05-31"),
            "{sig}"
        );
        let keys = [pair.pk.clone()];
        assert_eq!(verify(data, &sig, &keys, file, today), Ok(vouched()));
        // Round trip of the public key through its text form.
        let pk_text = pair.pk.to_box().unwrap().into_string();
        assert!(public_key(&pk_text).is_ok());
        assert!(public_key(&pair.pk.to_base64()).is_ok());

        assert_eq!(
            verify(data, &sig, std::slice::from_ref(&other.pk), file, today),
            Err(SignatureError::UnknownKey)
        );
        assert_eq!(
            verify(b"edition = 2026-11-26\nserial = 4\n", &sig, &keys, file, today),
            Err(SignatureError::Tampered)
        );
        assert!(matches!(
            verify(data, &sig, &keys, (d("2026-11-26"), 4), today),
            Err(SignatureError::Mismatch { .. })
        ));
        assert_eq!(
            verify(data, &sig, &keys, file, d("2027-06-01")),
            Err(SignatureError::Expired {
                expires: d("2027-05-31")
            })
        );
        assert!(matches!(
            verify(data, "not a signature", &keys, file, today),
            Err(SignatureError::Malformed(_))
        ));
        // A plain minisign signature (timestamp comment) is not ours.
        let plain = minisign::sign(None, &pair.sk, Cursor::new(&data[..]), None, None)
            .unwrap()
            .into_string();
        assert_eq!(verify(data, &plain, &keys, file, today), Err(SignatureError::NoVouch));
        // Changing the trusted comment breaks the global signature.
        let forged = sig.replace("serial=3", "serial=9");
        assert!(verify(data, &forged, &keys, file, today).is_err());
    }
}
