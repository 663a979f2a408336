use yew::prelude::*;

use crate::domain::scenario::Scenario;

/// One agency's information, revealed, with questions for the room. `step` counts from 1.
pub fn agency_slide(scenario: &Scenario, step: usize, swapped: bool) -> Html {
    let Some(step) = scenario.steps.get(step - 1) else {
        return html! {};
    };
    let words = |text: &str| scenario.words(text, swapped);
    html! {
        <>
            <h1 class="hearth-slide__title">{ step.agency.name() }</h1>
            <ul class="hearth-facts">
                { for step.facts.iter().map(|fact| html! {
                    <li class="hearth-facts__fact">
                        <span class="hearth-facts__when">{ &fact.when }{ ". " }</span>
                        { words(&fact.text) }
                    </li>
                }) }
            </ul>
            <div class="hearth-prompts">
                <h2 class="hearth-prompts__title">{ "For discussion" }</h2>
                <ul class="hearth-prompts__list">
                    { for step.prompts.iter().map(|prompt| html! { <li>{ words(prompt) }</li> }) }
                </ul>
            </div>
        </>
    }
}
