use yew::prelude::*;

use crate::domain::scenario::Scenario;

/// The closing view: what the room should take away, each point with its source.
pub fn learning_points(scenario: &Scenario, swapped: bool) -> Html {
    html! {
        <>
            <h1 class="hearth-slide__title">{ "Learning points" }</h1>
            <ol class="hearth-learning">
                { for scenario.learning_points.iter().map(|point| html! {
                    <li class="hearth-learning__point">
                        <h2 class="hearth-learning__title">{ scenario.words(&point.title, swapped) }</h2>
                        <p class="hearth-learning__text">{ scenario.words(&point.text, swapped) }</p>
                        <p class="hearth-learning__source">{ "Source: " }{ &point.source }</p>
                    </li>
                }) }
            </ol>
        </>
    }
}
