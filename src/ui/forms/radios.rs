use yew::prelude::*;

use super::choice_group::{choice_group, ChoiceGroupProps, ChoiceKind};
use super::item::Choices;
use super::Size;

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    /// The group's id; see the module's id scheme.
    pub id: AttrValue,
    /// The radios' shared name; the group's id unless set.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    #[prop_or_default]
    pub legend: Option<AttrValue>,
    /// Small by default: most of Hearth's questions sit several to a page.
    #[prop_or(Size::S)]
    pub legend_size: Size,
    /// The legend is the page's `h1`, for a page that asks only this.
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

/// GOV.UK radios. `Choices::one_of` maps the values to the items, so every value type shares
/// this one component.
#[component]
pub fn Radios(props: &RadiosProps) -> Html {
    choice_group(&ChoiceGroupProps {
        kind: ChoiceKind::Radio,
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
