use yew::prelude::*;

use crate::ui::keys::presenter::Command;

#[derive(Properties, PartialEq)]
pub struct SlideControlsProps {
    pub number: u32,
    pub last: u32,
    pub swapped: bool,
    /// The phone code is on this slide, so it can be made larger.
    pub phone_code: bool,
    pub large_code: bool,
    pub run: Callback<Command>,
}

/// Buttons for what the keys do, each showing its key.
#[component]
pub fn SlideControls(props: &SlideControlsProps) -> Html {
    let button = |label, key, command, disabled| control(&props.run, label, key, command, disabled);
    html! {
        <div class="hearth-presenter__controls">
            { button("Previous", "←", Command::Back, props.number == 0) }
            { button("Next", "→", Command::Next, props.number == props.last) }
            { button(if props.swapped { "Swap the roles back" } else { "Swap the roles" }, "S", Command::Swap, false) }
            if props.phone_code {
                <span class="hearth-presenter__code-button">
                    { button(if props.large_code { "Smaller phone code" } else { "Larger phone code" }, "Q", Command::PhoneCode, false) }
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
