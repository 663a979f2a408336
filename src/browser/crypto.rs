//! Sealing a record file with a passphrase, through the browser's Web Crypto: PBKDF2-SHA-256
//! (600,000 iterations, random 16-byte salt) derives an AES-GCM-256 key; each file gets a
//! random 12-byte nonce. No cryptography is written here, only the calls.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, AesKeyGenParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::domain::record_file::{
    accept_iterations, from_hex, to_hex, ImportError, Sealed, PBKDF2_ITERATIONS, SCHEMA, SEALED_FORMAT,
};

fn crypto() -> Result<web_sys::Crypto, JsValue> {
    web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?.crypto()
}

fn random(length: usize) -> Result<Vec<u8>, JsValue> {
    let mut bytes = vec![0; length];
    crypto()?.get_random_values_with_u8_array(&mut bytes)?;
    Ok(bytes)
}

/// A random id for a saved record's storage key: 16 hex digits.
pub fn random_id() -> Result<String, JsValue> {
    random(8).map(|bytes| to_hex(&bytes))
}

async fn key(subtle: &SubtleCrypto, passphrase: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, JsValue> {
    let material = Uint8Array::from(passphrase.as_bytes());
    let usages = Array::of1(&JsValue::from_str("deriveKey"));
    let base: CryptoKey =
        JsFuture::from(subtle.import_key_with_str("raw", &material, "PBKDF2", false, &usages)?).await?.dyn_into()?;
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
    let target = AesKeyGenParams::new("AES-GCM", 256);
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    JsFuture::from(subtle.derive_key_with_object_and_object(&params, &base, &target, false, &usages)?).await?.dyn_into()
}

pub async fn seal(passphrase: &str, plaintext: &str) -> Result<Sealed, JsValue> {
    let subtle = crypto()?.subtle();
    let (salt, nonce) = (random(16)?, random(12)?);
    let key = key(&subtle, passphrase, &salt, PBKDF2_ITERATIONS).await?;
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(nonce.as_slice()));
    let sealed = JsFuture::from(subtle.encrypt_with_object_and_u8_array(&params, &key, plaintext.as_bytes())?).await?;
    Ok(Sealed {
        format: SEALED_FORMAT.into(),
        schema: SCHEMA,
        kdf: "PBKDF2-SHA-256".into(),
        iterations: PBKDF2_ITERATIONS,
        salt: to_hex(&salt),
        nonce: to_hex(&nonce),
        ciphertext: to_hex(&Uint8Array::new(&sealed).to_vec()),
    })
}

/// Opens a sealed record. AES-GCM refuses a wrong passphrase and any change to the file alike.
/// A count outside what Hearth writes is refused first: Web Crypto would work through any count.
pub async fn unseal(passphrase: &str, sealed: &Sealed) -> Result<Vec<u8>, ImportError> {
    accept_iterations(sealed.iterations)?;
    let hex = |t: &str| from_hex(t).ok_or(ImportError::Damaged);
    let (salt, nonce, ciphertext) = (hex(&sealed.salt)?, hex(&sealed.nonce)?, hex(&sealed.ciphertext)?);
    let subtle = crypto().map_err(|_| ImportError::Damaged)?.subtle();
    let key = key(&subtle, passphrase, &salt, sealed.iterations).await.map_err(|_| ImportError::WrongPassphrase)?;
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(nonce.as_slice()));
    let promise = subtle
        .decrypt_with_object_and_u8_array(&params, &key, &ciphertext)
        .map_err(|_| ImportError::WrongPassphrase)?;
    let plain = JsFuture::from(promise).await.map_err(|_| ImportError::WrongPassphrase)?;
    Ok(Uint8Array::new(&plain).to_vec())
}

/// The SHA-256 of `bytes` in hex, as `sha256sum` prints it.
pub async fn sha256_hex(bytes: &[u8]) -> Result<String, JsValue> {
    let digest = JsFuture::from(crypto()?.subtle().digest_with_str_and_u8_array("SHA-256", bytes)?).await?;
    Ok(to_hex(&Uint8Array::new(&digest).to_vec()))
}
