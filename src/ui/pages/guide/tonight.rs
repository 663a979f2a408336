use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::GUIDE;
use crate::domain::guide::{tonight_advice, TonightAnswer, TonightQuestion};
use crate::ui::callbacks::Sends;
use crate::ui::forms::{Choices, ErrorSummary, FieldError, Item, Radios, Size};
use crate::ui::state::{use_hearth, Action};
use crate::ui::Route;

const ANSWER_ID: &str = "tonight-answer";
const MISSING: &str = "Choose Yes, No or Not sure";

/// The id of a question's first choice, where its error links to.
fn first_choice(question: &TonightQuestion) -> String {
    format!("tonight-{}-1", question.id)
}

/// A few questions about tonight, then one clear, kind answer. Every question needs an answer:
/// one left blank is never taken as "No", and "Not sure" is always there to choose.
#[component]
pub fn Tonight() -> Html {
    let state = use_hearth();
    let shown = use_state(|| false);
    // Whether "Show my answer" was pressed with questions left, until they are all answered.
    let tried = use_state(|| false);
    let unanswered: Vec<&TonightQuestion> =
        GUIDE.tonight.iter().filter(|q| !state.tonight.contains_key(q.id)).collect();
    let complete = unanswered.is_empty();
    let errors: Vec<FieldError> = if *tried {
        unanswered
            .iter()
            .map(|q| FieldError { field: first_choice(q).into(), message: format!("{MISSING}: {}", q.question) })
            .collect()
    } else {
        Vec::new()
    };
    let onsubmit = {
        let (shown, tried) = (shown.clone(), tried.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            tried.set(!complete);
            shown.set(complete);
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
    use_effect_with(errors.is_empty(), |no_errors| browser::set_title(&Route::GuideTonight.document_title(!no_errors)));
    let advice = tonight_advice(&GUIDE, &state.tonight);
    html! {
        <div class="hearth-family">
            <ErrorSummary errors={errors.clone()} />
            <Link<Route> to={Route::Guide} classes="govuk-back-link">{ "Back" }</Link<Route>>
            <h1 class="govuk-heading-xl">{ "Tonight" }</h1>
            <p class="govuk-body-l">{ GUIDE.words.tonight_intro }</p>
            <p class="govuk-body">{ GUIDE.words.not_sure }</p>
            <form {onsubmit} novalidate=true>
                { for GUIDE.tonight.iter().map(|question| {
                    let id = format!("tonight-{}", question.id);
                    // Numbered from 1, the first included, as this page always has been.
                    let items = TonightAnswer::ALL
                        .iter()
                        .enumerate()
                        .map(|(n, answer)| Item::new(*answer, answer.label()).id(format!("{id}-{}", n + 1)))
                        .collect::<Vec<_>>();
                    let question_id = question.id;
                    html! {
                        <Radios {id} legend={question.question} legend_size={Size::M} inline=true
                            error={FieldError::for_field(&errors, &first_choice(question)).map(|_| AttrValue::from(MISSING))}
                            choices={Choices::one_of(items, state.tonight.get(question.id),
                                state.sends(move |answer| Action::AnswerTonight { question: question_id, answer }))} />
                    }
                }) }
                <button type="submit" class="govuk-button">{ "Show my answer for tonight" }</button>
            </form>
            if *shown {
                <section class="hearth-answer" id={ANSWER_ID} tabindex="-1" aria-labelledby="tonight-answer-heading">
                    <h2 class="govuk-heading-l" id="tonight-answer-heading">{ "Your answer for tonight" }</h2>
                    { for advice.iter().map(|paragraph| html! { <p class="govuk-body-l">{ paragraph }</p> }) }
                    <p class="govuk-body">
                        <Link<Route> to={Route::GuidePlan} classes="govuk-link">{ "Plan ahead for other nights" }</Link<Route>>
                    </p>
                </section>
            }
        </div>
    }
}
