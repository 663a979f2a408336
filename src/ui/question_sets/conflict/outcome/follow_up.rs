use yew::prelude::*;

use crate::domain::conflict::change::ConflictChange;
use crate::domain::conflict::question::{OutcomeKind, Step};
use crate::ui::callbacks::Sends;
use crate::ui::forms::DateInput;
use crate::ui::state::HearthContext;

/// The date to check what came of a referral step, or to come back to the set: `step` is the
/// step's id, `number` its number as the list shows it.
pub fn follow_up(state: &HearthContext, outcome: OutcomeKind, step: &Step, number: usize) -> Html {
    let current = state.conflict.follow_ups.get(&(outcome, step.id)).copied();
    let why = if step.to_someone {
        "A referral is not an end in itself: check what happened"
    } else {
        "Come back to this question set with what you found"
    };
    let hint = match current {
        Some(date) => format!("Set for {date}. {why}."),
        None => format!("Not set yet. {why}: set a date."),
    };
    let step = step.id;
    html! {
        <DateInput id={format!("follow-up-{}-{step}", outcome.id())} label={format!("Follow up by (step {number})")}
            {hint} value={current} onchange={state.sends(move |date| ConflictChange::FollowUp { outcome, step, date })} />
    }
}
