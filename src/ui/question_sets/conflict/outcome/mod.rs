//! The outcome page: where the answers point, why, what to do next, and the summary for the
//! case record.

mod checks;
mod follow_up;
mod help_lines;
mod judgement;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::{local, national_helpline, CASEWORK, CONFLICT_OR_ABUSE as SET};
use crate::domain::answer::answer_text;
use crate::domain::casework::summary::{accounts_heard, heard_not_alone};
use crate::domain::casework::SetName;
use crate::domain::conflict::question::OutcomeKind;
use crate::domain::conflict::routing::route;
use crate::domain::conflict::summary::label_of;
use crate::domain::conflict::summary::{explain, plain_text, step_text, SummaryInput};
use crate::domain::family_record::PersonId;
use crate::ui::components::case_summary::CaseSummary;
use crate::ui::components::outcome_noted::OutcomeNoted;
use crate::ui::components::print_button::print_button;
use crate::ui::components::printed_notes::printed_notes;
use crate::ui::components::rules_applied::{rules_applied, AppliedRule};
use crate::ui::components::step_contacts::step_contacts;
use crate::ui::components::without_names::without_names;
use crate::ui::forms::FieldError;
use crate::ui::pages::EntryKind;
use crate::ui::question_sets::conflict::{ConflictStep, CONFLICT_SET_NAME};
use crate::ui::question_sets::safer_sleep::SleepStep;
use crate::ui::question_sets::step_page::{step_page, StepFrame, StepPage};
use crate::ui::state::{use_hearth, HearthState};
use crate::ui::Route;
use checks::checks_to_make;
use follow_up::follow_up;
use help_lines::help_lines;
use judgement::ProfessionalJudgement;

#[component]
pub fn ConflictOutcome() -> Html {
    let state = use_hearth();
    let errors = use_state(Vec::<FieldError>::new);
    let keep_errors = {
        let errors = errors.clone();
        Callback::from(move |found| errors.set(found))
    };
    let step = ConflictStep::Outcome;
    let Some(routing) = route(&SET, &state.record, &state.conflict) else {
        return step_page(StepFrame::of(step, &state).into(), Html::default());
    };
    let outcome = SET.outcome(routing.outcome);
    let shown = state.shown_record();
    let record = &*shown;
    let adults: Vec<PersonId> = state.conflict.adults(record).map(|(a, b)| vec![a, b]).unwrap_or_default();
    let (heard_statement, hear_steps) = accounts_heard(record, &state.casework, &adults).unzip();
    let not_alone = heard_not_alone(record, &state.casework, &state.conflict.safety, &adults);
    let text = plain_text(&SummaryInput {
        set: &SET,
        record,
        assessment: &state.conflict,
        routing: &routing,
        today: browser::today(),
        helpline: &national_helpline,
        local: local(),
        version: env!("CARGO_PKG_VERSION"),
        casework: &state.casework,
        words: &CASEWORK,
    });
    let page = StepPage {
        heading: Some(format!("Outcome: {}", outcome.title).into()),
        errors: (*errors).clone(),
        ..StepFrame::of(step, &state).into()
    };
    step_page(
        page,
        html! {
            <>
                <OutcomeNoted set={SetName::Conflict} title={outcome.title} />
                { without_names(&state) }
                <div class={classes!("hearth-outcome", format!("hearth-outcome--{}", outcome.kind.id()))}>
                    <p class="govuk-body-l govuk-!-margin-bottom-0">{ outcome.summary }</p>
                </div>
                if let Some(statement) = not_alone {
                    <div class="govuk-inset-text">
                        { statement }{ " " }
                        <Link<Route> to={Route::ConflictStep { step: ConflictStep::Safety }} classes="govuk-link">{ "Record the safety check" }</Link<Route>>
                    </div>
                }
                if let Some(statement) = heard_statement {
                    <div class="govuk-inset-text">
                        { statement }{ " " }
                        <Link<Route> to={Route::ConflictStep { step: ConflictStep::Accounts }} classes="govuk-link">{ "Record each adult's own account" }</Link<Route>>
                    </div>
                }
                <p class="govuk-body">
                    { "Hearth shows where the answers point. It does not decide, it is not a risk assessment, and it does \
                       not replace a DASH risk checklist or your local procedures. Use your professional judgement." }
                </p>

                { rules_applied(CONFLICT_SET_NAME, &routing.rules.iter().map(|rule| AppliedRule {
                    number: SET.rules.iter().position(|row| row.rule == *rule).unwrap_or_default() + 1,
                    when: SET.rule(*rule).when,
                    sets_outcome: rule.outcome().is_some(),
                }).collect::<Vec<_>>()) }

                <h2 class="govuk-heading-m">{ "The answers that led to this" }</h2>
                { for explain(&routing, record, &state.conflict).into_iter().map(|group| html! {
                    <>
                        <h3 class="govuk-heading-s">{ group.heading }</h3>
                        <ul class="govuk-list govuk-list--bullet hearth-reasons">
                            { for group.items.into_iter().map(|item| html! { <li>{ item }</li> }) }
                        </ul>
                    </>
                }) }

                { checks_to_make(&routing, record, &state.conflict) }

                <h2 class="govuk-heading-m">{ "Next steps" }</h2>
                if routing.outcome == OutcomeKind::NotEnoughKnown {
                    <p class="govuk-body">
                        <Link<Route> to={Route::NewEntry { kind: EntryKind::Check }} classes="govuk-link">{ "Add an agency check" }</Link<Route>>
                        { ": record what you asked another agency and what they said." }
                    </p>
                }
                <ol class="govuk-list govuk-list--number hearth-steps">
                    { for outcome.steps.iter().filter(|step| routing.shows(step)).enumerate().map(|(n, step)| html! {
                        <li>
                            <p class="govuk-body">{ step_text(step, &routing, record) }</p>
                            { step_contacts(local(), step) }
                            if step.referral {
                                { follow_up(&state, routing.outcome, step, n + 1) }
                            }
                            if step.to_someone {
                                <p class="govuk-body hearth-lone-link">
                                    <a class="govuk-link" href={format!("{}?step={}/{}", Route::NewEntry { kind: EntryKind::Referral }.href(), routing.outcome.id(), step.id)}>
                                        { "Record this referral" }<span class="govuk-visually-hidden">{ format!(" (step {})", n + 1) }</span>
                                    </a>
                                </p>
                            }
                        </li>
                    }) }
                    { for hear_steps.into_iter().flatten().map(|step| html! { <li><p class="govuk-body">{ step }</p></li> }) }
                </ol>

                { accounts_side_by_side(&state, &adults) }

                { help_lines(outcome.lines) }

                <ProfessionalJudgement errors={(*errors).clone()} onerrors={keep_errors} />

                <h2 class="govuk-heading-m">{ "Summary for the case record" }</h2>
                <CaseSummary id="case-summary" label="Plain text, ready to paste into a case record or referral form" text={text.clone()} />
                <div class="govuk-button-group">
                    { print_button("Print this outcome") }
                    { safer_sleep_link(&state) }
                </div>
                { printed_notes(&text) }
            </>
        },
    )
}

/// Both adults' own accounts next to each other, as the case record will read them.
fn accounts_side_by_side(state: &HearthState, adults: &[PersonId]) -> Html {
    html! {
        <section aria-labelledby="both-accounts">
            <h2 class="govuk-heading-m" id="both-accounts">{ "Both accounts side by side" }</h2>
            <div class="govuk-grid-row">
                { for adults.iter().map(|person| {
                    let account = state.casework.accounts.get(person).cloned().unwrap_or_default();
                    let label = label_of(&state.record, *person);
                    html! {
                        <div class="govuk-grid-column-one-half">
                            <h3 class="govuk-heading-s">{ format!("{label}'s account") }</h3>
                            <dl class="govuk-summary-list">
                                <div class="govuk-summary-list__row">
                                    <dt class="govuk-summary-list__key">{ "Heard" }</dt>
                                    <dd class="govuk-summary-list__value">{ answer_text(account.heard) }</dd>
                                </div>
                                <div class="govuk-summary-list__row">
                                    <dt class="govuk-summary-list__key">{ "Needs an interpreter" }</dt>
                                    <dd class="govuk-summary-list__value">{ interpreter_text(state, *person) }</dd>
                                </div>
                                { for CASEWORK.account_prompts.iter().map(|prompt| html! {
                                    <div class="govuk-summary-list__row">
                                        <dt class="govuk-summary-list__key">{ prompt.label }</dt>
                                        <dd class="govuk-summary-list__value">
                                            { account.words.get(prompt.id).map_or("Not recorded", |w| w.trim()) }
                                        </dd>
                                    </div>
                                }) }
                            </dl>
                        </div>
                    }
                }) }
            </div>
        </section>
    }
}

/// "Yes (Polish)", "No", "Not answered".
fn interpreter_text(state: &HearthState, person: PersonId) -> String {
    let interpreter = state.casework.interpreters.get(&person);
    let needed = answer_text(interpreter.and_then(|i| i.needed));
    match interpreter.map(|i| i.language.trim()).filter(|l| !l.is_empty()) {
        Some(language) => format!("{needed} ({language})"),
        None => needed.to_owned(),
    }
}

/// When the record has a baby, the way on to the safer-sleep checklist, or to its outcome once
/// anything is answered there.
fn safer_sleep_link(state: &HearthState) -> Html {
    if !state.record.children().iter().any(|c| c.age.years() == 0) {
        return html! {};
    }
    let (to, text) = if state.sleep.baby(&state.record).is_some() && !state.sleep.responses.is_empty() {
        (Route::SleepStep { step: SleepStep::Outcome }, "See the safer-sleep outcome")
    } else {
        (Route::SaferSleep, "Continue to the safer-sleep checklist")
    };
    html! { <Link<Route> {to} classes="govuk-link">{ text }</Link<Route>> }
}
