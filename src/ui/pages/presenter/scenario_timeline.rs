use yew::prelude::*;

use crate::domain::scenario::Scenario;

/// Every agency's facts in time order: who knew what, and when.
pub fn scenario_timeline(scenario: &Scenario, swapped: bool) -> Html {
    html! {
        <>
            <h1 class="hearth-slide__title">{ "Who knew what, and when" }</h1>
            <ol class="hearth-timeline">
                { for scenario.timeline().into_iter().map(|(agency, fact)| html! {
                    <li class="hearth-timeline__item">
                        <span class="hearth-timeline__when">{ &fact.when }{ ": " }{ agency.name() }</span>
                        <span class="hearth-timeline__text">{ scenario.words(&fact.text, swapped) }</span>
                    </li>
                }) }
            </ol>
        </>
    }
}
