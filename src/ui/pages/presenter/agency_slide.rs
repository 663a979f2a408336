use yew::prelude::*;

use crate::domain::scenario::Scenario;

/// What one agency knew, revealed. `step` counts from 1.
pub fn agency_slide(scenario: &Scenario, step: usize, swapped: bool) -> Html {
    let Some(step) = scenario.steps.get(step - 1) else {
        return html! {};
    };
    html! {
        <>
            <h1 class="hearth-slide__title">{ step.agency.name() }</h1>
            <ul class="hearth-facts">
                { for step.facts.iter().map(|fact| html! {
                    <li class="hearth-facts__fact">
                        <span class="hearth-facts__when">{ &fact.when }{ ". " }</span>
                        { scenario.words(&fact.text, swapped) }
                    </li>
                }) }
            </ul>
        </>
    }
}
