use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::{national_helpline, CASEWORK, CONFLICT_OR_ABUSE, LOCAL, SAFER_SLEEP};
use crate::domain::conflict::summary::SummaryInput;
use crate::domain::family_summary::{family_text, risks_together};
use crate::domain::sleep::summary::SleepSummaryInput;
use crate::ui::components::case_summary::CaseSummary;
use crate::ui::components::print_button::print_button;
use crate::ui::components::printed_notes::printed_notes;
use crate::ui::components::without_names::without_names;
use crate::ui::state::HearthContext;
use crate::ui::Route;

/// Both practitioner sets on one page, with the risks put together.
pub fn record_summary(state: &HearthContext) -> Html {
    let conflict = state.conflict_routing();
    let sleep_routing = state.sleep_routing();
    let baby = state.sleep.baby(&state.record).is_some();
    let sleep = baby.then_some(&sleep_routing);
    let risks = risks_together(&sleep_routing, baby);
    let today = browser::today();
    let shown = state.shown_record();
    let version = env!("CARGO_PKG_VERSION");
    let text = family_text(
        conflict
            .as_ref()
            .map(|routing| SummaryInput {
                set: &CONFLICT_OR_ABUSE,
                record: &shown,
                assessment: &state.conflict,
                routing,
                today,
                helpline: &national_helpline,
                local_lines: LOCAL.contacts,
                version,
                casework: &state.casework,
                words: &CASEWORK,
            })
            .as_ref(),
        sleep
            .map(|routing| SleepSummaryInput {
                set: &SAFER_SLEEP,
                conflict_set: &CONFLICT_OR_ABUSE,
                record: &shown,
                assessment: &state.sleep,
                routing,
                today,
                version,
                casework: &state.casework,
                words: &CASEWORK,
            })
            .as_ref(),
        &risks,
    );
    html! {
        <>
            <Link<Route> to={Route::Practitioner} classes="govuk-back-link">{ "Back to practitioner tools" }</Link<Route>>
            <h1 class="govuk-heading-l">{ "Family summary" }</h1>
            { without_names(state) }
            <dl class="govuk-summary-list">
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{ "Parental conflict or domestic abuse?" }</dt>
                    <dd class="govuk-summary-list__value">
                        { conflict.as_ref().map_or("Not started", |r| CONFLICT_OR_ABUSE.outcome(r.outcome).title) }
                    </dd>
                </div>
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{ "Safer sleep" }</dt>
                    <dd class="govuk-summary-list__value">{ sleep.map_or("Not started", |r| SAFER_SLEEP.outcome(r.outcome).title) }</dd>
                </div>
            </dl>
            <h2 class="govuk-heading-m">{ "Risks together" }</h2>
            <p class="govuk-body">{ risks }</p>
            if text.is_empty() {
                <p class="govuk-body">{ "Nothing to summarise yet: start one of the question sets." }</p>
            } else {
                <CaseSummary id="family-summary" label="Plain text of both question sets, ready to paste into a case record" text={text.clone()} />
                { print_button("Print this summary") }
                { printed_notes(&text) }
            }
        </>
    }
}
