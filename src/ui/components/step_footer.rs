use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::conflict_step::ConflictStep;
use crate::ui::Route;

#[derive(Properties, PartialEq)]
pub struct StepFooterProps {
    pub step: ConflictStep,
}

/// Continue to the next page, or go back to the list of sections. Answers are already kept.
#[component]
pub fn StepFooter(props: &StepFooterProps) -> Html {
    html! {
        <div class="govuk-button-group">
            if let Some(next) = props.step.next() {
                <Link<Route> to={Route::ConflictStep { step: next }} classes="govuk-button">{ "Continue" }</Link<Route>>
            }
            <Link<Route> to={Route::Conflict} classes="govuk-link">{ "Back to all sections" }</Link<Route>>
        </div>
    }
}
