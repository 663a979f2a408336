use std::rc::Rc;

use yew::prelude::*;

use crate::domain::scenario::Scenario;

#[derive(Properties, PartialEq)]
pub struct AgencySlideProps {
    pub scenario: Rc<Scenario>,
    /// Which step, from 1.
    pub step: usize,
    pub swapped: bool,
}

/// One agency's information, revealed, with questions for the room.
#[component]
pub fn AgencySlide(props: &AgencySlideProps) -> Html {
    let scenario = &props.scenario;
    let Some(step) = scenario.steps.get(props.step - 1) else {
        return html! {};
    };
    let words = |text: &str| scenario.words(text, props.swapped);
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
