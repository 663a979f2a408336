use yew::prelude::*;

use crate::ui::callbacks::Sends;
use crate::ui::forms::{Choices, Item, Select};
use crate::ui::state::{Action, HearthContext};

const IDLE_CHOICES: [u32; 4] = [5, 15, 30, 60];

/// How long Hearth waits without use before it locks or clears the record, for this tab.
pub fn idle_setting(state: &HearthContext) -> Html {
    let current = state.idle_minutes();
    let mut choices: Vec<u32> = IDLE_CHOICES.to_vec();
    if !choices.contains(&current) {
        choices.push(current);
        choices.sort_unstable();
    }
    let items: Vec<Item<u32>> = choices.into_iter().map(|m| Item::new(m, format!("{m} minutes"))).collect();
    html! {
        <Select id="idle-minutes" label="Lock or clear the record after this long without use"
            hint="This setting lasts until you close the tab."
            choices={Choices::one_of(items, Some(&current), state.sends(Action::IdleMinutes))} />
    }
}
