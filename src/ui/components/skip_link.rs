use yew::prelude::*;

use crate::browser;

#[derive(Properties, PartialEq)]
pub struct SkipLinkProps {
    pub target: AttrValue,
}

/// Moves focus to the main content. Routes live in the URL fragment, so the link focuses its
/// target itself instead of changing the fragment.
#[component]
pub fn SkipLink(props: &SkipLinkProps) -> Html {
    let onclick = {
        let target = props.target.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            browser::focus(&target);
        })
    };
    html! {
        <a href={format!("#{}", props.target)} class="govuk-skip-link" {onclick}>{ "Skip to main content" }</a>
    }
}
