//! Finds the partnership's local settings as Hearth starts: built into a single file, or
//! `local.json` beside Hearth's page (the offline worker answers from its copy when the website
//! does not). A file that cannot be read or has any problem gives the national settings.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::content::local::{InUse, Origin};
use crate::domain::local_settings::file::{read, BUILT_IN_ID};
use crate::domain::local_settings::LocalSettings;

const BESIDE: &str = "local.json";

pub async fn find() -> InUse {
    let built_in = super::document().get_element_by_id(BUILT_IN_ID).and_then(|element| element.text_content());
    match built_in {
        Some(text) if !text.trim().is_empty() => judge(text.as_bytes(), Origin::BuiltIn),
        _ => match fetch_beside(BESIDE).await {
            Some(bytes) => judge(&bytes, Origin::Beside),
            None => national(Origin::NoFile),
        },
    }
}

fn judge(bytes: &[u8], origin: Origin) -> InUse {
    match read(bytes) {
        Ok(settings) => InUse { settings, origin },
        Err(problems) => national(Origin::Refused(problems)),
    }
}

fn national(origin: Origin) -> InUse {
    InUse { settings: LocalSettings::national(), origin }
}

/// The bytes of the file called `name` beside Hearth's page; `None` when there is none (or no
/// website, as from `file://`).
pub async fn fetch_beside(name: &str) -> Option<Vec<u8>> {
    let window = web_sys::window()?;
    if window.location().protocol().ok()? == "file:" {
        return None;
    }
    let init = web_sys::RequestInit::new();
    // Ask the website each time rather than the browser's own cache, so a changed number is used
    // on the next visit.
    init.set_cache(web_sys::RequestCache::NoCache);
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str_and_init(name, &init)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
