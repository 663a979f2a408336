use yew::prelude::*;

use crate::ui::keys::presenter::Command;

/// Buttons for what the keys do, each showing its key. The phone code can be made larger only
/// on a slide that shows it (`phone_code`).
pub fn slide_controls(
    number: u32,
    last: u32,
    swapped: bool,
    phone_code: bool,
    large_code: bool,
    run: &Callback<Command>,
) -> Html {
    let button = |label, key, command, disabled| control(run, label, key, command, disabled);
    html! {
        <div class="hearth-presenter__controls">
            { button("Previous", "←", Command::Back, number == 0) }
            { button("Next", "→", Command::Next, number == last) }
            { button(if swapped { "Swap the roles back" } else { "Swap the roles" }, "S", Command::Swap, false) }
            if phone_code {
                <span class="hearth-presenter__code-button">
                    { button(if large_code { "Smaller phone code" } else { "Larger phone code" }, "Q", Command::PhoneCode, false) }
                </span>
            }
        </div>
    }
}

fn control(run: &Callback<Command>, label: &'static str, key: &'static str, command: Command, disabled: bool) -> Html {
    let run = run.clone();
    html! {
        <button type="button" class="govuk-button govuk-button--secondary hearth-presenter__button" {disabled}
            onclick={Callback::from(move |_| run.emit(command))}>
            { label }<span class="hearth-key" aria-hidden="true">{ key }</span>
        </button>
    }
}
