use yew::prelude::*;

use crate::domain::conflict::change::ConflictChange;
use crate::domain::conflict::question::OutcomeKind;
use crate::ui::callbacks::Sends;
use crate::ui::forms::DateInput;
use crate::ui::state::HearthContext;

/// The date to check what came of a referral step: `step` is the step's id, `number` its number
/// as the list shows it.
pub fn follow_up(state: &HearthContext, outcome: OutcomeKind, step: &'static str, number: usize) -> Html {
    let current = state.conflict.follow_ups.get(&(outcome, step)).copied();
    let hint = match current {
        Some(date) => format!("Set for {date}. A referral is not an end in itself: check what happened."),
        None => "Not set yet. A referral is not an end in itself: set a date to check what happened.".to_owned(),
    };
    html! {
        <DateInput id={format!("follow-up-{}-{step}", outcome.id())} label={format!("Follow up by (step {number})")}
            {hint} value={current} onchange={state.sends(move |date| ConflictChange::FollowUp { outcome, step, date })} />
    }
}
