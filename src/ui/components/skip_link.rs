use yew::prelude::*;

use crate::browser;

/// Moves focus to the main content. Routes live in the URL fragment, so the link focuses its
/// target itself instead of changing the fragment.
pub fn skip_link(target: &str) -> Html {
    let onclick = {
        let target = target.to_owned();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            browser::focus(&target);
        })
    };
    html! {
        <a href={format!("#{target}")} class="govuk-skip-link" {onclick}>{ "Skip to main content" }</a>
    }
}
