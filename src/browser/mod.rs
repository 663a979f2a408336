//! The few things that need a real browser, kept small so the rest of Hearth stays testable
//! natively.

pub mod clipboard;
pub mod crypto;
pub mod idle_clock;
pub mod local_file;
pub mod offline;
pub mod stopped;
pub mod storage;

use wasm_bindgen::{JsCast, JsValue};

const EXITING_CLASS: &str = "hearth-exiting";
const LEAVING_ID: &str = "hearth-leaving";
/// What the page says while Exit this page leaves: where to, or what was there, it does not say.
const LEAVING_WORDS: &str = "Loading.";

pub fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("Hearth runs in a browser page")
}

/// Blanks the page at once, then replaces the current history entry with `destination`, so
/// that Back does not return to what was on screen.
pub fn leave(destination: &str) -> Result<(), JsValue> {
    let document = document();
    if let Some(root) = document.document_element() {
        root.class_list().add_1(EXITING_CLASS)?;
    }
    // The tab's title would otherwise name the page until the destination has loaded.
    document.set_title(LEAVING_WORDS);
    // A screen reader hears that something is happening while the destination loads.
    let _ = announce_leaving(&document);
    web_sys::window().expect("a window").location().replace(destination)
}

/// "Loading.", as GOV.UK's component says: a word that does not say where to, in the only part
/// of the blank page that stays visible (styles/hearth.scss).
fn announce_leaving(document: &web_sys::Document) -> Result<(), JsValue> {
    let (Some(body), None) = (document.body(), document.get_element_by_id(LEAVING_ID)) else { return Ok(()) };
    let alert = document.create_element("div")?;
    alert.set_id(LEAVING_ID);
    alert.set_class_name("govuk-visually-hidden");
    alert.set_attribute("role", "alert")?;
    body.append_child(&alert)?;
    // Words put into a live region already on the page are read out more reliably.
    alert.set_text_content(Some(LEAVING_WORDS));
    Ok(())
}

/// Whether this document was opened by the browser's Back or Forward button (from another site,
/// or from Hearth before a reload), rather than by a link, an address or a reload.
pub fn reached_by_history() -> bool {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else { return false };
    let entries = performance.get_entries_by_type("navigation");
    entries
        .get(0)
        .dyn_into::<web_sys::PerformanceNavigationTiming>()
        .is_ok_and(|timing| timing.type_() == web_sys::NavigationType::BackForward)
}

/// Shows the app, drawn out of sight in `app_id`, and removes the first paint in the same task, so
/// no frame shows both or neither. Keyboard focus stays where it was (someone may have tabbed to
/// Exit this page before the app started): on the element at the same place in the app's markup,
/// when it is the same kind of element with the same words.
pub fn take_over(first_paint_id: &str, app_id: &str) {
    let document = document();
    let Some(paint) = document.get_element_by_id(first_paint_id) else { return };
    let app = document.get_element_by_id(app_id);
    let focused = document.active_element().filter(|focused| paint.contains(Some(focused)));
    let same = focused.as_ref().zip(app.clone()).and_then(|(focused, app)| {
        let mut path = Vec::new();
        let mut node = focused.clone();
        while !node.is_same_node(Some(&paint)) {
            let parent = node.parent_element()?;
            path.push(element_index(&parent, &node)?);
            node = parent;
        }
        let mut there = app;
        for index in path.into_iter().rev() {
            there = child_elements(&there).nth(index)?;
        }
        (there.tag_name() == focused.tag_name() && there.text_content() == focused.text_content()).then_some(there)
    });
    paint.remove();
    if let Some(app) = app {
        let _ = app.remove_attribute("hidden");
    }
    if let Some(same) = same.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        // The same place on the page, so the page stays where it was scrolled to.
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = same.focus_with_options(&options);
    }
}

fn child_elements(parent: &web_sys::Element) -> impl Iterator<Item = web_sys::Element> {
    let children = parent.child_nodes();
    (0..children.length()).filter_map(move |i| children.item(i)?.dyn_into::<web_sys::Element>().ok())
}

fn element_index(parent: &web_sys::Element, child: &web_sys::Element) -> Option<usize> {
    child_elements(parent).position(|element| element.is_same_node(Some(child)))
}

/// Moves to `fragment` without a new history entry and before anything reads the address.
pub fn replace_fragment(fragment: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(fragment);
    }
}

const LOCKED_CLASS: &str = "hearth-locked";

fn page_is(class: &str) -> bool {
    document().document_element().is_some_and(|root| root.class_list().contains(class))
}

/// Whether Exit this page is under way: nothing may hold the browser back then.
pub fn exiting() -> bool {
    page_is(EXITING_CLASS)
}

/// While Hearth is locked, only the lock and Exit this page are shown (styles/_idle-lock.scss),
/// and the lock keeps its own title.
pub fn show_locked(locked: bool) {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().toggle_with_force(LOCKED_CLASS, locked);
    }
}

pub fn locked() -> bool {
    page_is(LOCKED_CLASS)
}

/// Asks before the page is reloaded or closed, through the browser's own question. Setting the
/// return value is enough in every engine, even from a passive listener.
pub fn ask_before_leaving(event: &web_sys::Event) {
    let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"leave".into());
}

/// Undoes the blanking and its announcement when the browser restores the page from its
/// back-forward cache.
pub fn unblank() {
    let document = document();
    if let Some(root) = document.document_element() {
        let _ = root.class_list().remove_1(EXITING_CLASS);
    }
    if let Some(alert) = document.get_element_by_id(LEAVING_ID) {
        alert.remove();
    }
}

/// Scrolls `focused` (and its label) out from under the element matching `sticky` when the two overlap. Browsers
/// leave a field where it is when any of it is on screen, even under a bar stuck to the top.
///
/// Measured just before the next frame is drawn: measuring at once, as focus moves, would make the
/// browser lay the page out an extra time whenever an answer is tapped and then changes the page.
pub fn uncover(focused: web_sys::Element, sticky: &'static str) {
    let Some(window) = web_sys::window() else { return };
    let measure = wasm_bindgen::closure::Closure::once_into_js(move || uncover_now(&focused, sticky));
    let _ = window.request_animation_frame(measure.unchecked_ref());
}

fn uncover_now(focused: &web_sys::Element, sticky: &str) {
    // Focus may have moved on since (a held Tab key): only where it is now matters.
    if document().active_element().as_ref() != Some(focused) {
        return;
    }
    let Ok(Some(bar)) = document().query_selector(sticky) else { return };
    if bar.contains(Some(focused)) {
        return;
    }
    let (bar, field) = (bar.get_bounding_client_rect(), focused.get_bounding_client_rect());
    // A field's label says what to enter: it comes into view with the field.
    let label = document().query_selector(&format!("label[for=\"{}\"]", focused.id())).ok().flatten();
    let top = label.map_or(field.top(), |label| label.get_bounding_client_rect().top().min(field.top()));
    let overlaps =
        top < bar.bottom() && field.bottom() > bar.top() && field.left() < bar.right() && field.right() > bar.left();
    if overlaps {
        if let Some(window) = web_sys::window() {
            window.scroll_by_with_x_and_y(0.0, top - bar.bottom() - 8.0);
        }
    }
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Puts GOV.UK's "Error: " before the page's title, or takes it away.
pub fn mark_title_as_error(has_errors: bool) {
    const PREFIX: &str = "Error: ";
    let title = document().title();
    match (has_errors, title.strip_prefix(PREFIX)) {
        (true, None) => set_title(&format!("{PREFIX}{title}")),
        (false, Some(plain)) => set_title(plain),
        _ => {}
    }
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

/// Whether any field on the page holds something typed, or a chosen file: what the idle lock
/// must clear even when nothing has been added to the record. Fields inside an element marked
/// `data-not-personal` (the setup page's area settings) hold no one's details and do not count.
pub fn fields_hold_text() -> bool {
    let Ok(fields) = document().query_selector_all("input, textarea") else { return false };
    let personal = |node: &web_sys::Node| {
        node.dyn_ref::<web_sys::Element>()
            .is_some_and(|field| field.closest("[data-not-personal]").ok().flatten().is_none())
    };
    (0..fields.length()).filter_map(|i| fields.item(i)).filter(personal).any(|node| {
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
#[cfg(target_arch = "wasm32")]
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

/// Today on the build machine's clock (UTC), for the first paint rendered at build time, which
/// the app replaces, date and all, once started.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> crate::domain::date::CalendarDate {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    // Days since 1970 to a civil date (Howard Hinnant's method).
    let z = (seconds / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (year_of_era + era * 400 + i64::from(month <= 2)) as u16;
    crate::domain::date::CalendarDate::new(year, month, day).expect("the build machine's date is a real date")
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
