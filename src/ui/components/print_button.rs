use yew::prelude::*;

use crate::browser;

#[derive(Properties, PartialEq)]
pub struct PrintButtonProps {
    pub label: AttrValue,
}

#[component]
pub fn PrintButton(props: &PrintButtonProps) -> Html {
    html! {
        <button type="button" class="govuk-button govuk-button--secondary hearth-no-print" onclick={Callback::from(|_| browser::print())}>
            { props.label.clone() }
        </button>
    }
}
