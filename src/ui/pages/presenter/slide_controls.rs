use yew::prelude::*;

use crate::ui::keys::presenter::Command;

/// Buttons for what the keys do, each showing its key. `phone_code` says whether the phone code
/// is on screen in place of the slide.
pub fn slide_controls(number: u32, last: u32, swapped: bool, phone_code: bool, run: &Callback<Command>) -> Html {
    let button = |label, key, command, disabled, pressed| control(run, label, key, command, disabled, pressed);
    html! {
        <div class="hearth-presenter__controls">
            { button("Previous", "←", Command::Back, number == 0, None) }
            { button("Next", "→", Command::Next, number == last, None) }
            { button(if swapped { "Swap the roles back" } else { "Swap the roles" }, "S", Command::Swap, false, None) }
            <span class="hearth-presenter__code-button">
                { button("Phone code", "Q", Command::PhoneCode, false, Some(phone_code)) }
            </span>
        </div>
    }
}

fn control(
    run: &Callback<Command>,
    label: &'static str,
    key: &'static str,
    command: Command,
    disabled: bool,
    pressed: Option<bool>,
) -> Html {
    let run = run.clone();
    html! {
        <button type="button" class="govuk-button govuk-button--secondary hearth-presenter__button" {disabled}
            aria-pressed={pressed.map(|p| if p { "true" } else { "false" })} onclick={Callback::from(move |_| run.emit(command))}>
            { label }<span class="hearth-key" aria-hidden="true">{ key }</span>
        </button>
    }
}
