use yew::prelude::*;

use super::choice_group::{choice_group, ChoiceGroupProps, ChoiceKind};
use super::item::Choices;
use super::Size;

#[derive(Properties, PartialEq)]
pub struct CheckboxesProps {
    /// The group's id; see the module's id scheme.
    pub id: AttrValue,
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// Without a legend there is no fieldset; the hint and error then describe each checkbox.
    #[prop_or_default]
    pub legend: Option<AttrValue>,
    #[prop_or(Size::S)]
    pub legend_size: Size,
    #[prop_or_default]
    pub legend_heading: bool,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub choices: Choices,
    #[prop_or_default]
    pub inline: bool,
    #[prop_or_default]
    pub small: bool,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub form_group_classes: Classes,
}

/// GOV.UK checkboxes. `Choices::any_of` maps the values to the items, so every value type
/// shares this one component.
#[component]
pub fn Checkboxes(props: &CheckboxesProps) -> Html {
    choice_group(&ChoiceGroupProps {
        kind: ChoiceKind::Checkbox,
        id: props.id.clone(),
        name: props.name.clone(),
        legend: props.legend.clone(),
        legend_size: props.legend_size,
        legend_heading: props.legend_heading,
        hint: props.hint.clone(),
        error: props.error.clone(),
        items: props.choices.items.clone(),
        checked: props.choices.checked.clone(),
        onchange: props.choices.changed.clone(),
        inline: props.inline,
        small: props.small,
        classes: props.classes.clone(),
        form_group_classes: props.form_group_classes.clone(),
    })
}
