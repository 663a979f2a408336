use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::{national_helpline, CONFLICT_OR_ABUSE, LOCAL, SAFER_SLEEP};
use crate::domain::conflict::summary::{plain_text, SummaryInput};
use crate::domain::sleep::summary::{cumulative_statement, sleep_plain_text, SleepSummaryInput};
use crate::domain::words::{capitalise, join_words};
use crate::ui::components::case_summary::CaseSummary;
use crate::ui::components::print_button::print_button;
use crate::ui::components::without_names::WithoutNames;
use crate::ui::state::use_hearth;
use crate::ui::Route;

/// Both practitioner sets on one page, with the risks put together.
#[component]
pub fn RecordSummary() -> Html {
    let state = use_hearth();
    let conflict = state.conflict_routing();
    let baby_chosen = state.sleep.baby(&state.record).is_some();
    let sleep = state.sleep_routing();
    let today = browser::today();
    let shown = state.shown_record();
    let version = env!("CARGO_PKG_VERSION");
    let mut text = String::new();
    if let Some(routing) = &conflict {
        text += &plain_text(&SummaryInput {
            set: &CONFLICT_OR_ABUSE,
            record: &shown,
            assessment: &state.conflict,
            routing,
            today,
            helpline: &national_helpline,
            local_lines: LOCAL.contacts,
            version,
        });
    }
    if baby_chosen {
        if !text.is_empty() {
            text += "\n\n";
        }
        text += &sleep_plain_text(&SleepSummaryInput {
            set: &SAFER_SLEEP,
            conflict_set: &CONFLICT_OR_ABUSE,
            record: &shown,
            assessment: &state.sleep,
            routing: &sleep,
            today,
            version,
        });
    }
    html! {
        <>
            <Link<Route> to={Route::Practitioner} classes="govuk-back-link">{ "Back to practitioner tools" }</Link<Route>>
            <h1 class="govuk-heading-l">{ "Family summary" }</h1>
            <p class="govuk-body hearth-print-meta">{ format!("{today}, Hearth {version}") }</p>
            <WithoutNames />
            <dl class="govuk-summary-list">
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{ "Parental conflict or domestic abuse?" }</dt>
                    <dd class="govuk-summary-list__value">
                        { conflict.as_ref().map_or("Not started", |r| CONFLICT_OR_ABUSE.outcome(r.outcome).title) }
                    </dd>
                </div>
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{ "Safer sleep" }</dt>
                    <dd class="govuk-summary-list__value">{ if baby_chosen { SAFER_SLEEP.outcome(sleep.outcome).title } else { "Not started" } }</dd>
                </div>
            </dl>
            <h2 class="govuk-heading-m">{ "Risks together" }</h2>
            if let Some(names) = sleep.cumulative().filter(|_| baby_chosen) {
                <p class="govuk-body">{ cumulative_statement(&names) }</p>
            } else if let Some(names) = conflict.as_ref().and_then(|r| r.cumulative()) {
                <p class="govuk-body">{ format!("{} are present together. Consider them together, and share them with the agencies involved.", capitalise(&join_words(&names))) }</p>
            } else if sleep.risks.len() == 1 {
                <p class="govuk-body">{ format!("One risk is recorded: {}.", sleep.risks[0].name) }</p>
            } else {
                <p class="govuk-body">{ "No risks are recorded as present, on what is known." }</p>
            }
            if text.is_empty() {
                <p class="govuk-body">{ "Nothing to summarise yet: start one of the question sets." }</p>
            } else {
                <CaseSummary id="family-summary" label="Plain text of both question sets, ready to paste into a case record" text={text.clone()} />
            }
            { print_button("Print this summary") }
        </>
    }
}
