use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::conflict::routing::{Routing, AGENCY_CHECKS_NEEDED};
use crate::domain::conflict::summary::question_text;
use crate::domain::family_record::FamilyRecord;
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::Route;

/// Checks to make with other agencies, while answers are not known or too few agencies have been
/// checked with; nothing otherwise.
pub fn checks_to_make(routing: &Routing, record: &FamilyRecord) -> Html {
    if routing.unknowns.is_empty() && routing.agencies_checked >= AGENCY_CHECKS_NEEDED {
        return html! {};
    }
    html! {
        <>
            <h2 class="govuk-heading-m">{ "Checks to make" }</h2>
            <p class="govuk-body">
                { format!("Checks recorded with other agencies: {}. ", routing.agencies_checked) }
                <Link<Route> to={Route::ConflictStep { step: ConflictStep::Agencies }} classes="govuk-link">{ "Record a check with another agency" }</Link<Route>>
            </p>
            if routing.checks.is_empty() {
                <p class="govuk-body">{ "Every agency that may know has been checked with." }</p>
            } else {
                <p class="govuk-body">{ "These agencies may know answers that are Not known or not answered, and have not been checked with yet:" }</p>
                <ul class="govuk-list govuk-list--bullet">
                    { for routing.checks.iter().map(|agency| html! { <li>{ agency.name }</li> }) }
                </ul>
            }
            <details class="govuk-details">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{ match routing.unknowns.len() {
                        1 => "The 1 question not known or not answered".to_owned(),
                        n => format!("The {n} questions not known or not answered"),
                    } }</span>
                </summary>
                <div class="govuk-details__text">
                    <ul class="govuk-list govuk-list--bullet">
                        { for routing.unknowns.iter().map(|r| html! { <li>{ question_text(r.question, r.subject, record) }</li> }) }
                    </ul>
                </div>
            </details>
        </>
    }
}
