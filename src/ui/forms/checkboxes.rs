use yew::prelude::*;

use super::choice_group::{choice_group, ChoiceKind, ChoicesProps};

/// GOV.UK checkboxes: any of `Choices::any_of`'s values.
#[component]
pub fn Checkboxes(props: &ChoicesProps) -> Html {
    choice_group(ChoiceKind::Checkbox, props)
}
