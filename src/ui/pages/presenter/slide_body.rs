use yew::prelude::*;

use super::agency_slide::agency_slide;
use super::alone_table::alone_table;
use super::learning_points::learning_points;
use super::scenario_intro::scenario_intro;
use super::scenario_timeline::scenario_timeline;
use super::slide::Slide;
use crate::domain::scenario::Scenario;

/// What the slide itself shows: the introduction, one agency's step, or a closing slide.
pub fn slide_body(scenario: &Scenario, slide: Slide, swapped: bool) -> Html {
    match slide {
        Slide::Start => scenario_intro(scenario, swapped),
        Slide::Agency(step) => agency_slide(scenario, step, swapped),
        Slide::Alone => alone_table(scenario),
        Slide::Timeline => scenario_timeline(scenario, swapped),
        Slide::Learning => learning_points(scenario, swapped),
    }
}
