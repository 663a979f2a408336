//! Copying text for case notes. The Clipboard API is behind an unstable flag in web-sys, so it
//! is bound here directly; a refusal (no permission, no secure context) comes back as an error.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

pub async fn copy(text: &str) -> Result<(), JsValue> {
    JsFuture::from(write_text(text)?).await.map(drop)
}

/// Selects all the text in a text box, so the user can copy it by hand.
pub fn select_all(id: &str) {
    if let Some(area) =
        super::document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = area.focus();
        area.select();
    }
}
