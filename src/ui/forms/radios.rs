use yew::prelude::*;

use super::choice_group::{choice_group, ChoiceKind, ChoicesProps};

/// GOV.UK radios: one of `Choices::one_of`'s values. Nothing is chosen until the user chooses.
#[component]
pub fn Radios(props: &ChoicesProps) -> Html {
    choice_group(ChoiceKind::Radio, props)
}
