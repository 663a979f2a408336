use yew::prelude::*;

use crate::browser;

pub fn print_button(label: &str) -> Html {
    html! {
        <button type="button" class="govuk-button govuk-button--secondary hearth-no-print" onclick={Callback::from(|_| browser::print())}>
            { label }
        </button>
    }
}
