use yew::prelude::*;

use crate::domain::scenario::{Scenario, Side};

/// Who holds which role now the roles are swapped, and the question it is there to ask.
pub fn swap_banner(scenario: &Scenario) -> Html {
    html! {
        <div class="hearth-swap-banner">
            <p>
                { format!(
                    "Roles swapped: {} is now the {} and {} the {}. The outcomes have not changed. Did your instinct?",
                    scenario.adult(Side::A).name, scenario.role(Side::A, true),
                    scenario.adult(Side::B).name, scenario.role(Side::B, true),
                ) }
            </p>
        </div>
    }
}
