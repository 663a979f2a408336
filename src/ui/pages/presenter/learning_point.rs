use yew::prelude::*;

use crate::domain::scenario::Scenario;

/// One of what the room should take away (`point` counts from 1), with its source.
pub fn learning_point(scenario: &Scenario, point: usize, swapped: bool) -> Html {
    let Some(point) = scenario.learning_points.get(point - 1) else {
        return html! {};
    };
    html! {
        <>
            <h1 class="hearth-slide__title">{ scenario.words(&point.title, swapped) }</h1>
            <p class="hearth-slide__text">{ scenario.words(&point.text, swapped) }</p>
            <p class="hearth-slide__source">{ "Source: " }{ &point.source }</p>
        </>
    }
}
