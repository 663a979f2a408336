use std::rc::Rc;

use yew::prelude::*;

use crate::domain::scenario::Scenario;

#[derive(Properties, PartialEq)]
pub struct LearningPointsProps {
    pub scenario: Rc<Scenario>,
    pub swapped: bool,
}

/// The closing view: what the room should take away, each point with its source.
#[component]
pub fn LearningPoints(props: &LearningPointsProps) -> Html {
    let scenario = &props.scenario;
    html! {
        <>
            <h1 class="hearth-slide__title">{ "Learning points" }</h1>
            <ol class="hearth-learning">
                { for scenario.learning_points.iter().map(|point| html! {
                    <li class="hearth-learning__point">
                        <h2 class="hearth-learning__title">{ scenario.words(&point.title, props.swapped) }</h2>
                        <p class="hearth-learning__text">{ scenario.words(&point.text, props.swapped) }</p>
                        <p class="hearth-learning__source">{ "Source: " }{ &point.source }</p>
                    </li>
                }) }
            </ol>
        </>
    }
}
