use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::conflict_step::ConflictStep;
use crate::ui::Route;

#[derive(Properties, PartialEq)]
pub struct StepHeaderProps {
    pub step: ConflictStep,
    pub heading: AttrValue,
}

/// Back link, where this page sits in the set, and the page heading.
#[component]
pub fn StepHeader(props: &StepHeaderProps) -> Html {
    let back = props.step.previous().map_or(Route::Conflict, |step| Route::ConflictStep { step });
    html! {
        <>
            <Link<Route> to={back} classes="govuk-back-link">{ "Back" }</Link<Route>>
            <span class="govuk-caption-l">
                { "Parental conflict or domestic abuse?" }
                if let Some((n, of)) = props.step.position() {
                    { format!(" – step {n} of {of}") }
                }
            </span>
            <h1 class="govuk-heading-l">{ props.heading.clone() }</h1>
        </>
    }
}
