use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::SAFER_SLEEP as SET;
use crate::domain::sleep::summary::{
    cumulative_statement, evidence_text, outcome_summary, outcome_title, sleep_plain_text, sleep_question_text,
    SleepSummaryInput,
};
use crate::ui::components::case_summary::CaseSummary;
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::step_header::StepHeader;
use crate::ui::components::warning_text::WarningText;
use crate::ui::components::without_names::WithoutNames;
use crate::ui::sleep_step::{SleepStep, SLEEP_SET_NAME};
use crate::ui::state::use_hearth;
use crate::ui::Route;

#[component]
pub fn SleepOutcome() -> Html {
    let state = use_hearth();
    let step = SleepStep::Outcome;
    if state.sleep.baby(&state.record).is_none() {
        return html! {
            <>
                <StepHeader set={SLEEP_SET_NAME} position={None} back={step.back()} heading={step.title()} />
                <p class="govuk-body">{ "Choose the baby this is about first." }</p>
                <Link<Route> to={Route::SaferSleep} classes="govuk-button">{ "Choose the baby" }</Link<Route>>
            </>
        };
    }
    let routing = state.sleep_routing();
    let shown = state.shown_record();
    let record = &*shown;
    let text = sleep_plain_text(&SleepSummaryInput {
        set: &SET,
        record,
        assessment: &state.sleep,
        routing: &routing,
        today: browser::today(),
        version: env!("CARGO_PKG_VERSION"),
    });
    html! {
        <>
            <StepHeader set={SLEEP_SET_NAME} position={None} back={step.back()} heading={format!("Outcome: {}", outcome_title(routing.outcome))} />
            <WithoutNames />
            <div class={classes!("hearth-outcome", format!("hearth-outcome--{:?}", routing.outcome).to_lowercase())}>
                <p class="govuk-body-l govuk-!-margin-bottom-0">{ outcome_summary(routing.outcome) }</p>
            </div>
            if let Some(names) = routing.cumulative() {
                <WarningText text={cumulative_statement(&names)} />
            }
            if !routing.risks.is_empty() {
                <h2 class="govuk-heading-m">{ "The answers that led to this" }</h2>
                { for routing.risks.iter().map(|risk| html! {
                    <>
                        <h3 class="govuk-heading-s">{ format!("Risk: {}", risk.name) }</h3>
                        <ul class="govuk-list govuk-list--bullet hearth-reasons">
                            { for risk.evidence.iter().map(|e| html! { <li>{ evidence_text(e, record, &state.sleep) }</li> }) }
                        </ul>
                    </>
                }) }
            }
            if !routing.not_discussed.is_empty() {
                <h2 class="govuk-heading-m">{ "Not yet talked about" }</h2>
                <ul class="govuk-list govuk-list--bullet">
                    { for routing.not_discussed.iter().map(|q| html! { <li>{ q.text }</li> }) }
                </ul>
            }
            if !routing.unknowns.is_empty() {
                <details class="govuk-details">
                    <summary class="govuk-details__summary">
                        <span class="govuk-details__summary-text">{ format!("{} things to find out: Not known or not answered", routing.unknowns.len()) }</span>
                    </summary>
                    <div class="govuk-details__text">
                        <ul class="govuk-list govuk-list--bullet">
                            { for routing.unknowns.iter().map(|(subject, q)| html! { <li>{ sleep_question_text(q, *subject, record) }</li> }) }
                        </ul>
                    </div>
                </details>
            }
            <h2 class="govuk-heading-m">{ "Next steps" }</h2>
            <ul class="govuk-list govuk-list--bullet">
                <li>{ "Talk through anything not yet covered, with every carer, including how the baby will sleep when the routine changes." }</li>
                if !routing.situations.is_empty() {
                    <li>
                        { "Agree the plan for each situation coming up, naming the sober adult in charge. " }
                        <Link<Route> to={Route::FamilyPlan} classes="govuk-link">{ "The family's copy of the plan" }</Link<Route>>
                    </li>
                }
                <li>{ "Share what you know with the people who need it, and review at the next contact or sooner if things change." }</li>
            </ul>
            <h2 class="govuk-heading-m hearth-no-print">{ "Summary for the case record" }</h2>
            <CaseSummary id="sleep-summary" label="Plain text, ready to paste into a case record" {text} />
            <div class="govuk-button-group">
                <PrintButton label="Print this outcome" />
                <Link<Route> to={Route::FamilySummary} classes="govuk-link">{ "See the combined family summary" }</Link<Route>>
            </div>
        </>
    }
}
