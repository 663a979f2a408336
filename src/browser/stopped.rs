//! A panic must never be silent. If Hearth ever panics, its program cannot go on, so the page
//! says so in words written here with web-sys, outside Yew: Hearth has stopped, the answers in
//! it could not be kept, and how to start again. Exit this page stays, as a plain link.

use crate::content::local;

pub const STOPPED_ID: &str = "hearth-stopped";

const NOTICE: &str = r#"<div class="govuk-exit-this-page"><a role="button" draggable="false" rel="nofollow noreferrer" class="govuk-button govuk-button--warning govuk-exit-this-page__button"><span class="govuk-visually-hidden">Emergency</span> Exit this page</a></div><main class="govuk-main-wrapper" id="main-content" tabindex="-1"><div role="alert"><h1 class="govuk-heading-xl">Hearth has stopped</h1><p class="govuk-body">Something went wrong inside Hearth, so it stopped working. The answers in this page could not be kept. Nothing was sent anywhere.</p></div><p class="govuk-body"><a class="govuk-link">Reload Hearth</a> to start again, or close this tab.</p><p class="govuk-body">If anyone is in danger now, call 999.</p></main>"#;

/// The panic hook: main.rs sets it through Yew, which otherwise sets its own when it starts.
pub fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    // For whoever is asked to find the fault; the page itself says nothing technical.
    web_sys::console::error_1(&info.to_string().into());
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        show_in(&body);
    }
}

/// Replaces everything in `host` with the notice. What was on screen goes too: with Hearth
/// stopped, the idle lock and Exit this page's clearing can no longer take it away.
pub fn show_in(host: &web_sys::HtmlElement) {
    let Some(document) = host.owner_document() else { return };
    if document.get_element_by_id(STOPPED_ID).is_some() {
        return;
    }
    let Ok(notice) = document.create_element("div") else { return };
    notice.set_id(STOPPED_ID);
    notice.set_class_name("govuk-width-container");
    notice.set_inner_html(NOTICE);
    let set_href = |selector: &str, href: &str| {
        if let Ok(Some(link)) = notice.query_selector(selector) {
            let _ = link.set_attribute("href", href);
        }
    };
    set_href(".govuk-exit-this-page__button", &local().exit_url);
    let here = document.location().and_then(|l| l.href().ok()).unwrap_or_default();
    set_href("main .govuk-link", here.split('#').next().unwrap_or_default());
    host.set_inner_html("");
    let _ = host.append_child(&notice);
    if let Some(root) = document.document_element() {
        let _ = root.class_list().remove_1("hearth-exiting");
    }
    document.set_title("Hearth has stopped");
    crate::browser::focus("main-content");
}
