use yew::prelude::*;
use yew_router::prelude::*;

use super::tonight_question::TonightQuestionRadios;
use crate::browser;
use crate::content::GUIDE;
use crate::domain::guide::{tonight_advice, TonightQuestion};
use crate::ui::forms::{ErrorSummary, FieldError};
use crate::ui::state::use_hearth;
use crate::ui::Route;

const ANSWER_ID: &str = "tonight-answer";
const MISSING: &str = "Choose Yes, No or Not sure";

/// The id of a question's first choice, where the error summary links to.
fn first_choice(question: &TonightQuestion) -> String {
    format!("tonight-{}-1", question.id)
}

/// A few questions about tonight, then one clear, kind answer. Every question needs an answer:
/// one left blank is never taken as "No", and "Not sure" is always there to choose.
#[component]
pub fn Tonight() -> Html {
    let state = use_hearth();
    let shown = use_state(|| false);
    // Whether "Show my answer" was pressed with questions left: each still unanswered says so.
    let tried = use_state(|| false);
    // The summary as it was when the button was pressed: one line, however many are left, so a
    // parent is not met by a wall of repeated questions; gone once every question has an answer.
    let summary = use_state(Vec::<FieldError>::new);
    let unanswered: Vec<&TonightQuestion> =
        GUIDE.tonight.iter().filter(|q| !state.tonight.contains_key(q.id)).collect();
    let complete = unanswered.is_empty();
    let onsubmit = {
        let (shown, tried, summary) = (shown.clone(), tried.clone(), summary.clone());
        let first = unanswered.first().map(|q| first_choice(q));
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            tried.set(!complete);
            shown.set(complete);
            let message = format!("Some questions have no answer yet. {MISSING} for each one.");
            summary.set(
                first
                    .iter()
                    .map(|field| FieldError { field: field.clone().into(), message: message.clone() })
                    .collect(),
            );
        })
    };
    {
        let shown = *shown;
        use_effect_with(shown, move |shown| {
            if *shown && complete {
                browser::focus(ANSWER_ID);
            }
        });
    }
    let advice = tonight_advice(&GUIDE, &state.tonight);
    html! {
        <div class="hearth-family">
            <ErrorSummary errors={if complete { Vec::new() } else { (*summary).clone() }} />
            <Link<Route> to={Route::Guide} classes="govuk-back-link">{ "Back" }</Link<Route>>
            <h1 class="govuk-heading-xl">{ "Tonight" }</h1>
            <p class="govuk-body-l">{ GUIDE.words.tonight_intro }</p>
            <p class="govuk-body">{ GUIDE.words.not_sure }</p>
            <form {onsubmit} novalidate=true>
                { for GUIDE.tonight.iter().map(|question| {
                    let missing = *tried && !state.tonight.contains_key(question.id);
                    html! {
                        <TonightQuestionRadios {question} answer={state.tonight.get(question.id).copied()}
                            error={missing.then_some(AttrValue::from(MISSING))} />
                    }
                }) }
                <button type="submit" class="govuk-button">{ "Show my answer for tonight" }</button>
            </form>
            if *shown {
                <section class="hearth-answer" id={ANSWER_ID} tabindex="-1" aria-labelledby="tonight-answer-heading">
                    <h2 class="govuk-heading-l" id="tonight-answer-heading">{ "Your answer for tonight" }</h2>
                    { for advice.iter().map(|paragraph| html! { <p class="govuk-body-l">{ paragraph }</p> }) }
                    <p class="govuk-body hearth-lone-link">
                        <Link<Route> to={Route::GuidePlan} classes="govuk-link">{ "Plan ahead for other nights" }</Link<Route>>
                    </p>
                </section>
            }
        </div>
    }
}
