use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;

#[derive(Properties, PartialEq)]
pub struct StepHeaderProps {
    /// The question set's name, shown above the heading.
    pub set: AttrValue,
    pub position: Option<(usize, usize)>,
    pub back: Route,
    pub heading: AttrValue,
}

/// Back link, where this page sits in its set, and the page heading.
#[component]
pub fn StepHeader(props: &StepHeaderProps) -> Html {
    html! {
        <>
            <Link<Route> to={props.back.clone()} classes="govuk-back-link">{ "Back" }</Link<Route>>
            <span class="govuk-caption-l">
                { props.set.clone() }
                if let Some((n, of)) = props.position {
                    { format!(" – step {n} of {of}") }
                }
            </span>
            <h1 class="govuk-heading-l">{ props.heading.clone() }</h1>
        </>
    }
}
