use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;

#[derive(Properties, PartialEq)]
pub struct StepFooterProps {
    pub next: Option<Route>,
    /// The set's overview, listing all its sections.
    pub overview: Route,
}

/// Continue to the next page, or go back to the list of sections. Answers are already kept.
#[component]
pub fn StepFooter(props: &StepFooterProps) -> Html {
    html! {
        <div class="govuk-button-group">
            if let Some(next) = &props.next {
                <Link<Route> to={next.clone()} classes="govuk-button">{ "Continue" }</Link<Route>>
            }
            <Link<Route> to={props.overview.clone()} classes="govuk-link">{ "Back to all sections" }</Link<Route>>
        </div>
    }
}
