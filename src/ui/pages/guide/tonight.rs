use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::GUIDE;
use crate::domain::guide::{tonight_advice, TonightAnswer};
use crate::ui::callbacks::Sends;
use crate::ui::forms::{Choices, Item, Radios, Size};
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
