use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::GUIDE;
use crate::domain::guide::{tonight_advice, TonightAnswer};
use crate::ui::callbacks::Sends;
use crate::ui::state::{use_hearth, Action};
use crate::ui::Route;

const ANSWER_ID: &str = "tonight-answer";

/// A few questions about tonight, then one clear, kind answer.
#[component]
pub fn Tonight() -> Html {
    let state = use_hearth();
    let shown = use_state(|| false);
    let onsubmit = {
        let shown = shown.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            shown.set(true);
        })
    };
    {
        let shown = *shown;
        use_effect_with(shown, move |shown| {
            if *shown {
                browser::focus(ANSWER_ID);
            }
        });
    }
    let advice = tonight_advice(&GUIDE, &state.tonight);
    html! {
        <div class="hearth-family">
            <Link<Route> to={Route::Guide} classes="govuk-back-link">{ "Back" }</Link<Route>>
            <h1 class="govuk-heading-xl">{ "Tonight" }</h1>
            <p class="govuk-body-l">{ GUIDE.words.tonight_intro }</p>
            <p class="govuk-body">{ GUIDE.words.not_sure }</p>
            <form {onsubmit} novalidate=true>
                { for GUIDE.tonight.iter().map(|question| {
                    let current = state.tonight.get(question.id).copied();
                    html! {
                        <div class="govuk-form-group">
                            <fieldset class="govuk-fieldset">
                                <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{ question.question }</legend>
                                <div class="govuk-radios govuk-radios--inline">
                                    { for TonightAnswer::ALL.iter().enumerate().map(|(n, answer)| {
                                        let answer = *answer;
                                        let id = format!("tonight-{}-{}", question.id, n + 1);
                                        let question_id = question.id;
                                        let onchange = state.sends(move |_: Event| Action::AnswerTonight { question: question_id, answer });
                                        html! {
                                            <div class="govuk-radios__item">
                                                <input class="govuk-radios__input" type="radio" id={id.clone()} name={format!("tonight-{}", question.id)}
                                                    checked={current == Some(answer)} {onchange} />
                                                <label class="govuk-label govuk-radios__label" for={id}>{ answer.label() }</label>
                                            </div>
                                        }
                                    }) }
                                </div>
                            </fieldset>
                        </div>
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
