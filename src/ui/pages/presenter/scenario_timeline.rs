use yew::prelude::*;

use super::slide::timeline_pages;
use crate::domain::scenario::Scenario;

/// Page `page` (from 1) of every agency's facts in time order: who knew what, and when.
pub fn scenario_timeline(scenario: &Scenario, page: usize, swapped: bool) -> Html {
    let Some(facts) = timeline_pages(scenario).get(page - 1).cloned() else {
        return html! {};
    };
    html! {
        <>
            <h1 class="hearth-slide__title">{ "Who knew what, and when" }</h1>
            <ol class="hearth-timeline" start={(facts.start + 1).to_string()}>
                { for scenario.timeline()[facts].iter().map(|(agency, fact)| html! {
                    <li class="hearth-timeline__item">
                        <span class="hearth-timeline__when">{ &fact.when }{ ": " }{ agency.name() }{ ". " }</span>
                        { scenario.words(&fact.text, swapped) }
                    </li>
                }) }
            </ol>
        </>
    }
}
