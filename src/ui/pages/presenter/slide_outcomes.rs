use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::scenario::Scenario;
use crate::ui::components::conflict_panel::ConflictPanel;
use crate::ui::components::follow_on_phone::FollowOnPhone;
use crate::ui::components::sleep_panel::SleepPanel;
use crate::ui::Route;

/// Both practitioner outcomes beside the slide, and the code to follow it on a phone.
///
/// `revealed` is how many agencies have shared so far; `conflict_changed` and `sleep_changed`
/// say whether the last step revealed changed each outcome; `route` is this slide's route, for
/// the phone code.
pub fn slide_outcomes(
    scenario: &Rc<Scenario>,
    revealed: usize,
    swapped: bool,
    (conflict_changed, sleep_changed): (bool, bool),
    route: &str,
    large_code: bool,
) -> Html {
    html! {
        <aside class="hearth-presenter__outcomes" aria-label="Outcomes from what has been shared so far">
            <ConflictPanel scenario={scenario.clone()} {revealed} {swapped} changed={conflict_changed} />
            <SleepPanel scenario={scenario.clone()} {revealed} {swapped} changed={sleep_changed} />
            <p class="govuk-body-s"><Link<Route> to={Route::HowHearthDecides} classes="govuk-link">{ "How Hearth decides" }</Link<Route>></p>
            <FollowOnPhone route={route.to_owned()} large={large_code} />
        </aside>
    }
}
