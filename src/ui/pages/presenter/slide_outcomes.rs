use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::scenario::Scenario;
use crate::ui::components::conflict_panel::ConflictPanel;
use crate::ui::components::follow_on_phone::FollowOnPhone;
use crate::ui::components::sleep_panel::SleepPanel;
use crate::ui::Route;

#[derive(Properties, PartialEq)]
pub struct SlideOutcomesProps {
    pub scenario: Rc<Scenario>,
    /// How many agencies have shared so far.
    pub revealed: usize,
    pub swapped: bool,
    /// The last step revealed changed the conflict-or-abuse outcome.
    pub conflict_changed: bool,
    /// The last step revealed changed the safer sleep outcome.
    pub sleep_changed: bool,
    /// This slide's route, for the phone code.
    pub route: AttrValue,
    pub large_code: bool,
}

/// Both practitioner outcomes beside the slide, and the code to follow it on a phone.
#[component]
pub fn SlideOutcomes(props: &SlideOutcomesProps) -> Html {
    let SlideOutcomesProps { scenario, revealed, swapped, .. } = props;
    let (revealed, swapped) = (*revealed, *swapped);
    html! {
        <aside class="hearth-presenter__outcomes" aria-label="Outcomes from what has been shared so far">
            <ConflictPanel scenario={scenario.clone()} {revealed} {swapped} changed={props.conflict_changed} />
            <SleepPanel scenario={scenario.clone()} {revealed} {swapped} changed={props.sleep_changed} />
            <p class="govuk-body-s"><Link<Route> to={Route::HowHearthDecides} classes="govuk-link">{ "How Hearth decides" }</Link<Route>></p>
            <FollowOnPhone route={props.route.clone()} large={props.large_code} />
        </aside>
    }
}
