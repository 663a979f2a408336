use yew::prelude::*;

use super::agency_slide::agency_slide;
use super::alone_table::alone_table;
use super::discussion_slide::discussion_slide;
use super::learning_point::learning_point;
use super::scenario_intro::scenario_intro;
use super::scenario_timeline::scenario_timeline;
use super::slide::Slide;
use crate::domain::scenario::Scenario;

/// What the slide itself shows: the introduction, one agency's step, or a closing slide.
pub fn slide_body(scenario: &Scenario, slide: Slide, swapped: bool) -> Html {
    match slide {
        Slide::Start => scenario_intro(scenario, swapped),
        Slide::Agency(step) => agency_slide(scenario, step, swapped),
        Slide::Discussion(step) => discussion_slide(scenario, step, swapped),
        Slide::Alone => alone_table(scenario),
        Slide::Timeline { page, .. } => scenario_timeline(scenario, page, swapped),
        Slide::Learning { point, .. } => learning_point(scenario, point, swapped),
    }
}
