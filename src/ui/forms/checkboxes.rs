use yew::prelude::*;

use super::choice_group::{choice_group, ChoiceGroupProps, ChoiceKind};
use super::item::{split, Item};
use super::Size;

#[derive(Properties, PartialEq)]
pub struct CheckboxesProps<T: PartialEq + 'static> {
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
    pub items: Vec<Item<T>>,
    /// The values now ticked.
    pub values: Vec<T>,
    /// The value the user ticked (true) or unticked (false).
    pub onchange: Callback<(T, bool)>,
    #[prop_or_default]
    pub inline: bool,
    #[prop_or_default]
    pub small: bool,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub form_group_classes: Classes,
}

/// GOV.UK checkboxes over any value type, drawn by the same non-generic
/// `ChoiceGroup` body as radios.
#[component]
pub fn Checkboxes<T: Clone + PartialEq + 'static>(props: &CheckboxesProps<T>) -> Html {
    let (items, checked, values) = split(&props.items, |value| props.values.contains(value));
    let onchange = {
        let onchange = props.onchange.clone();
        Callback::from(move |(n, ticked): (usize, bool)| {
            if let Some(value) = values.get(n) {
                onchange.emit((value.clone(), ticked));
            }
        })
    };
    choice_group(&ChoiceGroupProps {
        kind: ChoiceKind::Checkbox,
        id: props.id.clone(),
        name: props.name.clone(),
        legend: props.legend.clone(),
        legend_size: props.legend_size,
        legend_heading: props.legend_heading,
        hint: props.hint.clone(),
        error: props.error.clone(),
        items,
        checked,
        onchange,
        inline: props.inline,
        small: props.small,
        classes: props.classes.clone(),
        form_group_classes: props.form_group_classes.clone(),
    })
}
