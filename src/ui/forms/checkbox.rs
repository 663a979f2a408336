use yew::prelude::*;

use super::choice_group::{choice_group, ChoiceKind, ChoicesProps};
use super::item::{Choices, Item};
use super::Size;

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    /// The checkbox's id; its hint is `{id}-item-hint`, its error `{id}-error`.
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub checked: bool,
    pub onchange: Callback<bool>,
    #[prop_or_default]
    pub small: bool,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub form_group_classes: Classes,
}

/// One yes-or-no tick, such as a setting: a GOV.UK checkbox with no fieldset, since its label
/// is the whole question.
#[component]
pub fn Checkbox(props: &CheckboxProps) -> Html {
    let mut item = Item::new((), props.label.clone());
    if let Some(hint) = &props.hint {
        item = item.hint(hint.clone());
    }
    let choices = Choices {
        items: vec![item.into()],
        checked: vec![props.checked],
        changed: props.onchange.reform(|(_, ticked)| ticked),
    };
    choice_group(
        ChoiceKind::Checkbox,
        &ChoicesProps {
            id: props.id.clone(),
            name: None,
            legend: None,
            legend_size: Size::S,
            hint: None,
            error: props.error.clone(),
            choices,
            inline: false,
            small: props.small,
            classes: props.classes.clone(),
            form_group_classes: props.form_group_classes.clone(),
        },
    )
}
