//! The passphrase seal of record files, with the browser's real Web Crypto: `make test-browser`.
#![cfg(target_arch = "wasm32")]

use hearth::browser::crypto::{seal, unseal};
use hearth::domain::record_file::{from_hex, to_hex, ImportError, PBKDF2_ITERATIONS};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_sealed_record_opens_with_its_passphrase_only() {
    let sealed = seal("correct horse battery staple", "{\"the\": \"record\"}").await.unwrap();
    assert_eq!(sealed.iterations, PBKDF2_ITERATIONS);
    assert!(!sealed.ciphertext.contains(&to_hex(b"record")), "the record is not readable in the file");
    let opened = unseal("correct horse battery staple", &sealed).await.unwrap();
    assert_eq!(opened, b"{\"the\": \"record\"}");
    assert_eq!(unseal("wrong", &sealed).await, Err(ImportError::WrongPassphrase));
}

#[wasm_bindgen_test]
async fn each_seal_has_its_own_salt_and_nonce_and_an_altered_file_is_refused() {
    let first = seal("pass", "same").await.unwrap();
    let second = seal("pass", "same").await.unwrap();
    assert_ne!(first.salt, second.salt);
    assert_ne!(first.nonce, second.nonce);
    let mut bytes = from_hex(&first.ciphertext).unwrap();
    bytes[0] ^= 1;
    let altered = hearth::domain::record_file::Sealed { ciphertext: to_hex(&bytes), ..first };
    assert_eq!(unseal("pass", &altered).await, Err(ImportError::WrongPassphrase));
}

#[wasm_bindgen_test]
async fn a_sealed_file_asking_for_billions_of_iterations_is_refused_at_once() {
    let sealed = seal("correct horse battery staple", "{}").await.unwrap();
    let hostile = hearth::domain::record_file::Sealed { iterations: u32::MAX, ..sealed };
    let started = js_sys::Date::now();
    assert_eq!(unseal("correct horse battery staple", &hostile).await, Err(ImportError::Iterations(u32::MAX)));
    assert!(js_sys::Date::now() - started < 1000.0, "refused before any key is derived");
}
