use yew::prelude::*;

use crate::ui::callbacks::Sends;
use crate::ui::forms::Checkbox;
use crate::ui::state::{Action, HearthContext};

/// A tick that shows roles ("Adult 1", "Child 1") instead of the labels on this page, its
/// summary and its printout.
pub fn without_names(state: &HearthContext) -> Html {
    html! {
        <Checkbox id="without-names" label="Show and print without names: Adult 1, Child 1 and so on"
            hint="Notes and reasons stay as you typed them: check them for names before you share."
            checked={state.without_names} onchange={state.sends(Action::WithoutNames)} small=true
            form_group_classes={classes!("hearth-no-print")} />
    }
}
