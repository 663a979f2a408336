use yew::prelude::*;

use crate::browser::offline;

/// Registers the offline copy, and says so when a new version of Hearth has arrived: it is
/// used from the next visit, never in the middle of someone's work.
#[component]
pub fn UpdateNotice() -> Html {
    let updated = use_state(|| false);
    {
        let updated = updated.setter();
        use_effect_with((), move |_| offline::register(move || updated.set(true)));
    }
    if !*updated {
        return html! {};
    }
    html! {
        <div class="hearth-message" role="status">
            <p class="govuk-body govuk-!-margin-bottom-0">
                { "A new version of Hearth has been saved on this device, so it works without a connection. If this page looks out of date, close Hearth and open it again." }
            </p>
        </div>
    }
}
