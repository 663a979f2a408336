use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::conflict::assessment::ConflictAssessment;
use crate::domain::conflict::routing::{Routing, AGENCY_CHECKS_NEEDED};
use crate::domain::conflict::summary::unknowns_by_part;
use crate::domain::family_record::FamilyRecord;
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::Route;

/// Checks to make with other agencies, while answers are not known or too few agencies have been
/// checked with: a line for each part counting what is not known, naming the agencies that may
/// know, as the summary for the case record does; nothing otherwise.
pub fn checks_to_make(routing: &Routing, record: &FamilyRecord, assessment: &ConflictAssessment) -> Html {
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
            if !routing.unknowns.is_empty() {
                <p class="govuk-body">{ "Not known or not answered, and the agencies not yet checked with that may know:" }</p>
                <ul class="govuk-list govuk-list--bullet">
                    { for unknowns_by_part(record, assessment, routing).into_iter().map(|line| html! { <li>{ line }</li> }) }
                </ul>
            }
        </>
    }
}
