use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::item::Choices;
use super::parts::Field;
use super::Size;

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    /// The select's id; its hint is `{id}-hint`, its error `{id}-error`.
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub label_size: Option<Size>,
    #[prop_or_default]
    pub label_hidden: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// From `Choices::one_of`; a select shows only each item's label.
    pub choices: Choices,
    /// More classes for the select, such as a width.
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub form_group_classes: Classes,
}

/// A GOV.UK select.
#[component]
pub fn Select(props: &SelectProps) -> Html {
    let field = Field {
        id: &props.id,
        label: &props.label,
        label_size: props.label_size,
        label_hidden: props.label_hidden.as_ref(),
        hint: props.hint.as_ref(),
        error: props.error.as_ref(),
        form_group_classes: &props.form_group_classes,
    };
    let onchange = props.choices.changed.reform(|event: Event| {
        // -1 when nothing is selected, which no index matches.
        let n = usize::try_from(event.target_unchecked_into::<HtmlSelectElement>().selected_index());
        (n.unwrap_or(usize::MAX), true)
    });
    field.render(html! {
        <select class={classes!("govuk-select", props.classes.clone(), props.error.is_some().then_some("govuk-select--error"))}
            id={props.id.clone()} aria-describedby={field.described_by()} {onchange}>
            { for props.choices.items.iter().zip(&props.choices.checked).map(|(item, selected)| html! {
                <option selected={*selected}>{ item.label.clone() }</option>
            }) }
        </select>
    })
}
