use yew::prelude::*;

use super::conflict_panel::conflict_panel;
use super::sleep_panel::sleep_panel;
use crate::domain::scenario::Scenario;

/// Both practitioner outcomes beside an agency's step.
///
/// `revealed` is how many agencies have shared so far; `conflict_changed` and `sleep_changed`
/// say whether the last step revealed changed each outcome.
pub fn slide_outcomes(
    scenario: &Scenario,
    revealed: usize,
    swapped: bool,
    (conflict_changed, sleep_changed): (bool, bool),
) -> Html {
    html! {
        <aside class="hearth-presenter__outcomes" aria-label="Outcomes from what has been shared so far">
            { conflict_panel(scenario, revealed, swapped, conflict_changed) }
            { sleep_panel(scenario, revealed, swapped, sleep_changed) }
        </aside>
    }
}
