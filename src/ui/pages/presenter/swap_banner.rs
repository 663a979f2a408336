use std::rc::Rc;

use yew::prelude::*;

use crate::domain::scenario::{Scenario, Side};

#[derive(Properties, PartialEq)]
pub struct SwapBannerProps {
    pub scenario: Rc<Scenario>,
}

/// Who holds which role now the roles are swapped, and the question it is there to ask.
#[component]
pub fn SwapBanner(props: &SwapBannerProps) -> Html {
    let scenario = &props.scenario;
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
