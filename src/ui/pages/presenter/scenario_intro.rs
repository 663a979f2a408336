use yew::prelude::*;

use crate::domain::scenario::{Scenario, Side};

/// The first slide: the made-up family, and who will share what they knew.
pub fn scenario_intro(scenario: &Scenario, swapped: bool) -> Html {
    let adult = |side| {
        let cast = scenario.adult(side);
        html! { <li>{ format!("{}, the {}", cast.name, scenario.role(side, swapped)) }</li> }
    };
    let agencies: Vec<&str> = scenario.agencies().into_iter().map(|a| a.name()).collect();
    html! {
        <div class="hearth-intro">
            <h1 class="hearth-slide__title">{ &scenario.title }</h1>
            <p class="hearth-slide__text">{ scenario.words(&scenario.summary, swapped) }</p>
            <div class="hearth-intro__cast">
                <h2 class="hearth-slide__subtitle">{ "The family" }</h2>
                <ul class="hearth-slide__list">
                    { adult(Side::A) }
                    { adult(Side::B) }
                    { for scenario.children.iter().map(|child| html! {
                        <li>{ if child.baby { format!("{}, the baby", child.name) } else { format!("{}, aged {}", child.name, child.age_years) } }</li>
                    }) }
                </ul>
                <h2 class="hearth-slide__subtitle">{ "Who will share what they knew" }</h2>
                <p class="hearth-slide__text">{ agencies.join(", ") }</p>
            </div>
        </div>
    }
}
