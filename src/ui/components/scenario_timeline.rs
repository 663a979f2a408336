use std::rc::Rc;

use yew::prelude::*;

use crate::domain::scenario::Scenario;

#[derive(Properties, PartialEq)]
pub struct ScenarioTimelineProps {
    pub scenario: Rc<Scenario>,
    pub swapped: bool,
}

/// Every agency's facts in time order: who knew what, and when.
#[component]
pub fn ScenarioTimeline(props: &ScenarioTimelineProps) -> Html {
    let scenario = &props.scenario;
    html! {
        <>
            <h1 class="hearth-slide__title">{ "Who knew what, and when" }</h1>
            <ol class="hearth-timeline">
                { for scenario.timeline().into_iter().map(|(agency, fact)| html! {
                    <li class="hearth-timeline__item">
                        <span class="hearth-timeline__when">{ &fact.when }{ ": " }{ agency.name() }</span>
                        <span class="hearth-timeline__text">{ scenario.words(&fact.text, props.swapped) }</span>
                    </li>
                }) }
            </ol>
        </>
    }
}
