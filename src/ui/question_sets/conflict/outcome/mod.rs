use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::{national_helpline, CONFLICT_OR_ABUSE as SET, LOCAL};
use crate::domain::conflict::assessment::Judgement;
use crate::domain::conflict::change::ConflictChange;
use crate::domain::conflict::question::OutcomeKind;
use crate::domain::conflict::routing::{route, Routing, AGENCY_CHECKS_NEEDED};
use crate::domain::conflict::summary::{explain, plain_text, question_text, step_text, SummaryInput};
use crate::domain::date::CalendarDate;
use crate::ui::callbacks::Sends;
use crate::ui::components::case_summary::CaseSummary;
use crate::ui::components::error_summary::FieldError;
use crate::ui::components::helpline_list::HelplineList;
use crate::ui::components::rules_applied::{AppliedRule, RulesApplied};
use crate::ui::components::without_names::WithoutNames;
use crate::ui::question_sets::conflict::{ConflictStep, CONFLICT_SET_NAME};
use crate::ui::question_sets::step_page::StepPage;
use crate::ui::state::{use_hearth, HearthContext};
use crate::ui::Route;

const JUDGEMENT: &str = "judgement";
const JUDGEMENT_REASON: &str = "judgement-reason";

#[component]
pub fn ConflictOutcome() -> Html {
    let state = use_hearth();
    let errors = use_state(Vec::<FieldError>::new);
    let step = ConflictStep::Outcome;
    let Some(routing) = route(&SET, &state.record, &state.conflict) else {
        return html! { <StepPage<ConflictStep> {step}>{ Html::default() }</StepPage<ConflictStep>> };
    };
    let outcome = SET.outcome(routing.outcome);
    let shown = state.shown_record();
    let record = &*shown;
    html! {
        <StepPage<ConflictStep> {step} heading={format!("Outcome: {}", outcome.title)} errors={(*errors).clone()}>
            <WithoutNames />
            <div class={classes!("hearth-outcome", format!("hearth-outcome--{}", outcome.kind.id()))}>
                <p class="govuk-body-l govuk-!-margin-bottom-0">{ outcome.summary }</p>
            </div>
            <p class="govuk-body">
                { "Hearth shows where the answers point. It does not decide, it is not a risk assessment, and it does \
                   not replace a DASH risk checklist or your local procedures. Use your professional judgement." }
            </p>

            <RulesApplied set={CONFLICT_SET_NAME} rules={routing.rules.iter().map(|rule| AppliedRule {
                number: SET.rules.iter().position(|row| row.rule == *rule).unwrap_or_default() + 1,
                when: SET.rule(*rule).when,
                sets_outcome: rule.outcome().is_some(),
            }).collect::<Vec<_>>()} />

            <h2 class="govuk-heading-m">{ "The answers that led to this" }</h2>
            { for explain(&routing, record, &state.conflict).into_iter().map(|group| html! {
                <>
                    <h3 class="govuk-heading-s">{ group.heading }</h3>
                    <ul class="govuk-list govuk-list--bullet hearth-reasons">
                        { for group.items.into_iter().map(|item| html! { <li>{ item }</li> }) }
                    </ul>
                </>
            }) }

            { checks(&routing, &state) }

            <h2 class="govuk-heading-m">{ "Next steps" }</h2>
            <ol class="govuk-list govuk-list--number hearth-steps">
                { for outcome.steps.iter().filter(|step| routing.shows(step)).enumerate().map(|(n, step)| html! {
                    <li>
                        <p class="govuk-body">{ step_text(step, &routing, record) }</p>
                        if step.referral {
                            { follow_up(&state, routing.outcome, step.id, n + 1) }
                        }
                    </li>
                }) }
            </ol>

            <h2 class="govuk-heading-m">{ "Help lines to choose from" }</h2>
            <p class="govuk-body">{ "Each line says whom it is for. Offer the ones that fit each person, when it is safe for them to have the number." }</p>
            <HelplineList lines={outcome.lines.iter().filter_map(|id| national_helpline(id)).collect::<Vec<_>>()} />
            if LOCAL.contacts.is_empty() {
                <p class="govuk-body">{ "Use your local procedures for your children's front door and local domestic abuse service." }</p>
            } else {
                <h3 class="govuk-heading-s">{ "Local contacts" }</h3>
                <HelplineList lines={LOCAL.contacts.iter().collect::<Vec<_>>()} />
            }

            { judgement(&state, &errors) }

            <h2 class="govuk-heading-m hearth-no-print">{ "Summary for the case record" }</h2>
            { summary_box(&state, &routing) }
        </StepPage<ConflictStep>>
    }
}

fn checks(routing: &Routing, state: &HearthContext) -> Html {
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
                    <span class="govuk-details__summary-text">{ format!("The {} questions not known or not answered", routing.unknowns.len()) }</span>
                </summary>
                <div class="govuk-details__text">
                    <ul class="govuk-list govuk-list--bullet">
                        { for routing.unknowns.iter().map(|r| html! { <li>{ question_text(r.question, r.subject, &state.shown_record()) }</li> }) }
                    </ul>
                </div>
            </details>
        </>
    }
}

fn follow_up(state: &HearthContext, outcome: OutcomeKind, step: &'static str, number: usize) -> Html {
    let id = format!("follow-up-{}-{step}", outcome.id());
    let current = state.conflict.follow_ups.get(&(outcome, step)).copied();
    let onchange = state.sends(move |event: Event| ConflictChange::FollowUp {
        outcome,
        step,
        date: CalendarDate::parse_iso(&event.target_unchecked_into::<HtmlInputElement>().value()),
    });
    html! {
        <div class="govuk-form-group">
            <label class="govuk-label" for={id.clone()}>{ format!("Follow up by (step {number})") }</label>
            <div class="govuk-hint" id={format!("{id}-hint")}>
                { match current {
                    Some(date) => format!("Set for {date}. A referral is not an end in itself: check what happened."),
                    None => "Not set yet. A referral is not an end in itself: set a date to check what happened.".to_owned(),
                } }
            </div>
            <input class="govuk-input govuk-input--width-10" type="date" id={id.clone()} aria-describedby={format!("{id}-hint")}
                value={current.map(CalendarDate::iso).unwrap_or_default()} {onchange} />
        </div>
    }
}

fn judgement(state: &HearthContext, errors: &UseStateHandle<Vec<FieldError>>) -> Html {
    let saved = state.conflict.judgement.clone();
    let onsubmit = {
        let (state, errors) = (state.clone(), errors.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let form = browser::document();
            let chosen = OutcomeKind::ALL.into_iter().find(|kind| {
                form.get_element_by_id(&format!("{JUDGEMENT}-{}", kind.id()))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(e).ok())
                    .is_some_and(|input| input.checked())
            });
            let reason = form
                .get_element_by_id(JUDGEMENT_REASON)
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlTextAreaElement>(e).ok())
                .map(|t| t.value())
                .unwrap_or_default();
            let mut found = Vec::new();
            if chosen.is_none() {
                found.push(FieldError {
                    field: "judgement-high-risk",
                    message: "Choose the outcome your professional judgement points to".into(),
                });
            }
            match chosen.map(|kind| Judgement::new(kind, &reason)) {
                Some(Ok(judgement)) => state.dispatch(ConflictChange::Judge(Some(judgement)).into()),
                Some(Err(error)) => found.push(FieldError { field: JUDGEMENT_REASON, message: error.to_string() }),
                None => {}
            }
            errors.set(found);
        })
    };
    let clear = state.sends(|_: MouseEvent| ConflictChange::Judge(None));
    let error_for = |field: &str| errors.iter().find(|e| e.field.starts_with(field)).map(|e| e.message.clone());
    html! {
        <>
            <h2 class="govuk-heading-m">{ "Your professional judgement" }</h2>
            if let Some(judgement) = &saved {
                <div class="govuk-inset-text">
                    <p class="govuk-body">{ format!("Your judgement: {}", SET.outcome(judgement.outcome).title) }</p>
                    <p class="govuk-body hearth-note-text">{ format!("Reason: {}", judgement.reason) }</p>
                </div>
                <button type="button" class="govuk-button govuk-button--secondary" onclick={clear}>{ "Remove my judgement" }</button>
            } else {
                <form class="hearth-no-print" {onsubmit} novalidate=true>
                    <p class="govuk-body">{ "If your judgement differs from the outcome above, record it here with your reason. The summary shows both." }</p>
                    <div class={classes!("govuk-form-group", error_for(JUDGEMENT).is_some().then_some("govuk-form-group--error"))}>
                        <fieldset class="govuk-fieldset">
                            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{ "My judgement is" }</legend>
                            if let Some(message) = error_for(JUDGEMENT) {
                                <p class="govuk-error-message"><span class="govuk-visually-hidden">{ "Error: " }</span>{ message }</p>
                            }
                            <div class="govuk-radios govuk-radios--small">
                                { for OutcomeKind::ALL.iter().map(|kind| {
                                    let id = format!("{JUDGEMENT}-{}", kind.id());
                                    html! {
                                        <div class="govuk-radios__item">
                                            <input class="govuk-radios__input" id={id.clone()} name={JUDGEMENT} type="radio" />
                                            <label class="govuk-label govuk-radios__label" for={id}>{ SET.outcome(*kind).title }</label>
                                        </div>
                                    }
                                }) }
                            </div>
                        </fieldset>
                    </div>
                    <div class={classes!("govuk-form-group", error_for(JUDGEMENT_REASON).is_some().then_some("govuk-form-group--error"))}>
                        <label class="govuk-label" for={JUDGEMENT_REASON}>{ "Reason for your judgement" }</label>
                        if let Some(message) = error_for(JUDGEMENT_REASON) {
                            <p class="govuk-error-message"><span class="govuk-visually-hidden">{ "Error: " }</span>{ message }</p>
                        }
                        <textarea class="govuk-textarea" id={JUDGEMENT_REASON} rows="4" maxlength="2000" />
                    </div>
                    <button type="submit" class="govuk-button govuk-button--secondary">{ "Save my judgement" }</button>
                </form>
            }
        </>
    }
}

fn summary_box(state: &HearthContext, routing: &Routing) -> Html {
    let text = plain_text(&SummaryInput {
        set: &SET,
        record: &state.shown_record(),
        assessment: &state.conflict,
        routing,
        today: browser::today(),
        helpline: &national_helpline,
        local_lines: LOCAL.contacts,
        version: env!("CARGO_PKG_VERSION"),
    });
    html! {
        <CaseSummary id="case-summary" label="Plain text, ready to paste into a case record or referral form" {text} />
    }
}
