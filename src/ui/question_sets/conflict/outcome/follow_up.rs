use yew::prelude::*;

use crate::domain::conflict::change::ConflictChange;
use crate::domain::conflict::question::OutcomeKind;
use crate::ui::callbacks::Sends;
use crate::ui::forms::DateInput;
use crate::ui::state::use_hearth;

#[derive(Properties, PartialEq)]
pub struct FollowUpProps {
    pub outcome: OutcomeKind,
    /// The referral step's id.
    pub step: &'static str,
    /// The step's number as the list shows it.
    pub number: usize,
}

/// The date to check what came of a referral step.
#[component]
pub fn FollowUp(props: &FollowUpProps) -> Html {
    let state = use_hearth();
    let (outcome, step) = (props.outcome, props.step);
    let current = state.conflict.follow_ups.get(&(outcome, step)).copied();
    let hint = match current {
        Some(date) => format!("Set for {date}. A referral is not an end in itself: check what happened."),
        None => "Not set yet. A referral is not an end in itself: set a date to check what happened.".to_owned(),
    };
    html! {
        <DateInput id={format!("follow-up-{}-{step}", outcome.id())} label={format!("Follow up by (step {})", props.number)}
            {hint} value={current} onchange={state.sends(move |date| ConflictChange::FollowUp { outcome, step, date })} />
    }
}
