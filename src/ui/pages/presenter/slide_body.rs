use std::rc::Rc;

use yew::prelude::*;

use super::slide::Slide;
use crate::domain::scenario::Scenario;
use crate::ui::components::agency_slide::AgencySlide;
use crate::ui::components::alone_table::AloneTable;
use crate::ui::components::learning_points::LearningPoints;
use crate::ui::components::scenario_intro::ScenarioIntro;
use crate::ui::components::scenario_timeline::ScenarioTimeline;

/// What the slide itself shows: the introduction, one agency's step, or a closing slide.
pub fn slide_body(scenario: &Rc<Scenario>, slide: Slide, swapped: bool) -> Html {
    let scenario = scenario.clone();
    match slide {
        Slide::Start => html! { <ScenarioIntro {scenario} {swapped} /> },
        Slide::Agency(step) => html! { <AgencySlide {scenario} {step} {swapped} /> },
        Slide::Alone => html! { <AloneTable {scenario} /> },
        Slide::Timeline => html! { <ScenarioTimeline {scenario} {swapped} /> },
        Slide::Learning => html! { <LearningPoints {scenario} {swapped} /> },
    }
}
