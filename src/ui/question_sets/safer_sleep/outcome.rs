use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::{CASEWORK, CONFLICT_OR_ABUSE, SAFER_SLEEP as SET};
use crate::domain::answer::answer_text;
use crate::domain::casework::SetName;
use crate::domain::conflict::summary::label_of;
use crate::domain::sleep::summary::{
    cumulative_statement, evidence_text, sleep_plain_text, sleep_unknowns_by_part, SleepSummaryInput,
};
use crate::domain::words::capitalise;
use crate::ui::components::case_summary::CaseSummary;
use crate::ui::components::outcome_noted::OutcomeNoted;
use crate::ui::components::print_button::print_button;
use crate::ui::components::printed_notes::printed_notes;
use crate::ui::components::rules_applied::{rules_applied, AppliedRule};
use crate::ui::components::warning_text::warning_text;
use crate::ui::components::without_names::without_names;
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::question_sets::safer_sleep::{SleepStep, SLEEP_SET_NAME};
use crate::ui::question_sets::step_page::{step_page, StepFrame, StepPage};
use crate::ui::question_sets::steps::StepList;
use crate::ui::state::HearthContext;
use crate::ui::Route;

pub fn sleep_outcome(state: &HearthContext) -> Html {
    let step = SleepStep::Outcome;
    if !SleepStep::ready(state) {
        return step_page(StepFrame::of(step, state).into(), Html::default());
    }
    let routing = state.sleep_routing();
    let outcome = SET.outcome(routing.outcome);
    let shown = state.shown_record();
    let record = &*shown;
    let not_heard = state.sleep.carers_not_heard(record);
    let unknowns = sleep_unknowns_by_part(record, &state.sleep, &routing);
    let text = sleep_plain_text(&SleepSummaryInput {
        set: &SET,
        conflict_set: &CONFLICT_OR_ABUSE,
        record,
        assessment: &state.sleep,
        routing: &routing,
        today: browser::today(),
        version: env!("CARGO_PKG_VERSION"),
        casework: &state.casework,
        words: &CASEWORK,
    });
    let page =
        StepPage { heading: Some(format!("Outcome: {}", outcome.title).into()), ..StepFrame::of(step, state).into() };
    step_page(
        page,
        html! {
            <>
                <OutcomeNoted set={SetName::SaferSleep} title={outcome.title} />
                { without_names(state) }
                <div class={classes!("hearth-outcome", format!("hearth-outcome--{}", routing.outcome.id()))}>
                    <p class="govuk-body-l govuk-!-margin-bottom-0">{ outcome.summary }</p>
                </div>
                <p class="govuk-body">
                    { "Hearth shows where the answers point. It does not decide, and it does not replace your local \
                       safer sleep procedures or your professional judgement." }
                </p>
                { rules_applied(SLEEP_SET_NAME, &routing.rules.iter().map(|rule| AppliedRule {
                    number: SET.rules.iter().position(|row| row.rule == *rule).unwrap_or_default() + 1,
                    when: SET.rule(*rule).when,
                    sets_outcome: rule.outcome().is_some(),
                }).collect::<Vec<_>>()) }
                if let Some(found) = routing.conflict_found {
                    <p class="govuk-body hearth-conflict-found">
                        { format!("Domestic abuse: the conflict-or-abuse questions on this record found \"{}\". ", CONFLICT_OR_ABUSE.outcome(found).title) }
                        <Link<Route> to={Route::ConflictStep { step: ConflictStep::Outcome }} classes="govuk-link">{ "See the conflict-or-abuse outcome" }</Link<Route>>
                    </p>
                }
                if let Some(names) = routing.cumulative() {
                    { warning_text(&cumulative_statement(&names)) }
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
                if !routing.places_not_known.is_empty() || !routing.to_talk_about.is_empty() {
                    <h2 class="govuk-heading-m">{ "Where the baby sleeps" }</h2>
                    <ul class="govuk-list govuk-list--bullet">
                        { for routing.places_not_known.iter().map(|time| html! { <li>{ format!("To find out: where the baby sleeps {}", time.words()) }</li> }) }
                        { for routing.to_talk_about.iter().map(|(time, place)| html! { <li>{ format!("To talk about: {}, the baby sleeps {}", capitalise(time.words()), place.reason.unwrap_or(place.label)) }</li> }) }
                    </ul>
                }
                if !not_heard.is_empty() {
                    <h2 class="govuk-heading-m">{ "Carers whose own view is not yet heard" }</h2>
                    <p class="govuk-body">
                        { "Fathers and partners are often missed. Hear each carer's own view of how the baby sleeps before the plan is final." }
                    </p>
                    <ul class="govuk-list govuk-list--bullet">
                        { for not_heard.iter().map(|id| {
                            let voice = state.sleep.voices.get(id).cloned().unwrap_or_default();
                            html! {
                                <li>{ format!("{}: present: {}; their view heard: {}", label_of(record, *id),
                                    answer_text(voice.present), answer_text(voice.heard)) }</li>
                            }
                        }) }
                    </ul>
                }
                if !unknowns.is_empty() {
                    <h2 class="govuk-heading-m">{ "Not known or not answered" }</h2>
                    <ul class="govuk-list govuk-list--bullet">
                        { for unknowns.into_iter().map(|line| html! { <li>{ line }</li> }) }
                    </ul>
                }
                <h2 class="govuk-heading-m">{ "Next steps" }</h2>
                <ol class="govuk-list govuk-list--number hearth-steps">
                    { for outcome.steps.iter().filter(|s| routing.shows(s)).map(|s| html! { <li>{ s.text }</li> }) }
                </ol>
                <p class="govuk-body">
                    { match state.sleep.review {
                        Some(date) => format!("Review by {date}. "),
                        None => "No review date set yet. ".to_owned(),
                    } }
                    <Link<Route> to={Route::SleepStep { step: SleepStep::Sharing }} classes="govuk-link">{ "Who else should know, and review" }</Link<Route>>
                </p>
                if !routing.situations.is_empty() {
                    <p class="govuk-body hearth-lone-link">
                        <Link<Route> to={Route::PlanHandout} classes="govuk-link">{ "The family's copy of the plan" }</Link<Route>>
                    </p>
                }
                <h2 class="govuk-heading-m">{ "Summary for the case record" }</h2>
                <CaseSummary id="sleep-summary" label="Plain text, ready to paste into a case record" text={text.clone()} />
                <div class="govuk-button-group">
                    { print_button("Print this outcome") }
                    <Link<Route> to={Route::RecordSummary} classes="govuk-link">{ "See the combined family summary" }</Link<Route>>
                </div>
                { printed_notes(&text) }
            </>
        },
    )
}
