//! The few things that need a real browser, kept small so the rest of Hearth stays testable
//! natively.

pub mod clipboard;
pub mod crypto;
pub mod offline;
pub mod stopped;
pub mod storage;

use wasm_bindgen::{JsCast, JsValue};

const EXITING_CLASS: &str = "hearth-exiting";

pub fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("Hearth runs in a browser page")
}

/// Blanks the page at once, then replaces the current history entry with `destination`, so
/// that Back does not return to what was on screen.
pub fn leave(destination: &str) -> Result<(), JsValue> {
    if let Some(root) = document().document_element() {
        root.class_list().add_1(EXITING_CLASS)?;
    }
    web_sys::window().expect("a window").location().replace(destination)
}

/// Undoes the blanking when the browser restores the page from its back-forward cache.
pub fn unblank() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().remove_1(EXITING_CLASS);
    }
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Moves focus to the element with `id`, as a screen reader user expects after a page change.
pub fn focus(id: &str) {
    if let Some(element) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Scrolls to the top of the page once this page change is done: after focus has moved, which
/// scrolls the focused element into view.
pub fn scroll_to_top() {
    gloo_timers::callback::Timeout::new(0, || {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    })
    .forget();
}

/// Whether any field on the page holds something typed, or a chosen file: what the idle wipe
/// must clear even when nothing has been added to the record.
pub fn fields_hold_text() -> bool {
    let Ok(fields) = document().query_selector_all("input, textarea") else { return false };
    (0..fields.length()).filter_map(|i| fields.item(i)).any(|node| {
        if let Some(input) = node.dyn_ref::<web_sys::HtmlInputElement>() {
            match input.type_().as_str() {
                "radio" | "checkbox" | "button" | "submit" | "hidden" => false,
                "file" => input.files().is_some_and(|files| files.length() > 0),
                _ => !input.value().is_empty(),
            }
        } else {
            node.dyn_ref::<web_sys::HtmlTextAreaElement>().is_some_and(|text| !text.value().is_empty())
        }
    })
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today's date on this device.
pub fn today() -> crate::domain::date::CalendarDate {
    let now = js_sys::Date::new_0();
    let part = |value: u32| u8::try_from(value).expect("months and days fit in a byte");
    crate::domain::date::CalendarDate::new(
        u16::try_from(now.get_full_year()).unwrap_or(2000),
        part(now.get_month() + 1),
        part(now.get_date()),
    )
    .expect("the device's date is a real date")
}

/// This minute on this device's clock.
pub fn this_minute() -> crate::domain::saved_record::SavedAt {
    let now = js_sys::Date::new_0();
    let part = |value: u32| u8::try_from(value).unwrap_or(0);
    crate::domain::saved_record::SavedAt::new(today(), part(now.get_hours()), part(now.get_minutes()))
}

/// Opens the browser's print dialogue; the print stylesheet leaves out everything but the page.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Offers `text` to the user as a file download; nothing is sent anywhere.
pub fn save_file(name: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// This page's address with `route` (such as "/trainer/x/1") as its fragment, and whether
/// another device could open it: not when Hearth runs from a file or from this computer only.
pub fn address_for(route: &str) -> (String, bool) {
    let location = web_sys::window().expect("a window").location();
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    let protocol = location.protocol().unwrap_or_default();
    let host = location.hostname().unwrap_or_default();
    let local = host == "localhost" || host.ends_with(".localhost") || host.starts_with("127.") || host == "[::1]";
    (format!("{base}#{route}"), (protocol == "https:" || protocol == "http:") && !local)
}
