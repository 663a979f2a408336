use yew::prelude::*;

use super::swap_question::swap_question;
use crate::domain::scenario::Scenario;

/// The questions for the room once an agency has shared, led by the swap exercise's own when the
/// roles are swapped. `step` counts from 1.
pub fn discussion_slide(scenario: &Scenario, step: usize, swapped: bool) -> Html {
    let Some(step) = scenario.steps.get(step - 1) else {
        return html! {};
    };
    html! {
        <>
            <h1 class="hearth-slide__title">{ "For discussion: " }{ step.agency.name() }</h1>
            <ul class="hearth-prompts">
                if swapped {
                    <li class="hearth-prompts__prompt hearth-prompts__prompt--swap">{ swap_question(scenario) }</li>
                }
                { for step.prompts.iter().map(|prompt| html! { <li class="hearth-prompts__prompt">{ scenario.words(prompt, swapped) }</li> }) }
            </ul>
        </>
    }
}
