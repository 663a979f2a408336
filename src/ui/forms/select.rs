use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::item::Item;
use super::parts::Field;
use super::Size;

#[derive(Properties, PartialEq)]
pub struct SelectProps<T: PartialEq + 'static> {
    /// The select's id; its hint is `{id}-hint`, its error `{id}-error`.
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub label_size: Option<Size>,
    #[prop_or_default]
    pub label_heading: bool,
    #[prop_or_default]
    pub label_hidden: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Each option's label; hints and conditional content are not shown in a select.
    pub items: Vec<Item<T>>,
    pub value: Option<T>,
    pub onchange: Callback<T>,
    /// More classes for the select, such as a width.
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub form_group_classes: Classes,
}

/// A GOV.UK select over any value type; only the mapping to indices is generic.
#[component]
pub fn Select<T: Clone + PartialEq + 'static>(props: &SelectProps<T>) -> Html {
    let options: Vec<AttrValue> = props.items.iter().map(|item| item.label().clone()).collect();
    let selected = props.items.iter().position(|item| props.value.as_ref() == Some(&item.value));
    let values: Vec<T> = props.items.iter().map(|item| item.value.clone()).collect();
    let onchange = {
        let onchange = props.onchange.clone();
        Callback::from(move |n: usize| {
            if let Some(value) = values.get(n) {
                onchange.emit(value.clone());
            }
        })
    };
    select_by_index(&SelectByIndexProps {
        id: props.id.clone(),
        label: props.label.clone(),
        label_size: props.label_size,
        label_heading: props.label_heading,
        label_hidden: props.label_hidden.clone(),
        hint: props.hint.clone(),
        error: props.error.clone(),
        options,
        selected,
        onchange,
        classes: props.classes.clone(),
        form_group_classes: props.form_group_classes.clone(),
    })
}

#[derive(Properties, PartialEq)]
pub struct SelectByIndexProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub label_size: Option<Size>,
    #[prop_or_default]
    pub label_heading: bool,
    #[prop_or_default]
    pub label_hidden: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub options: Vec<AttrValue>,
    pub selected: Option<usize>,
    /// The index of the option chosen.
    pub onchange: Callback<usize>,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub form_group_classes: Classes,
}

/// The select itself, by index: the one body behind every `Select<T>`.
#[component]
pub fn SelectByIndex(props: &SelectByIndexProps) -> Html {
    select_by_index(props)
}

/// A plain function, so `Select<T>` adds no component of its own to the tree or the download.
fn select_by_index(props: &SelectByIndexProps) -> Html {
    let field = Field {
        id: &props.id,
        label: &props.label,
        label_size: props.label_size,
        label_heading: props.label_heading,
        label_hidden: props.label_hidden.as_ref(),
        hint: props.hint.as_ref(),
        error: props.error.as_ref(),
        form_group_classes: &props.form_group_classes,
    };
    let onchange = {
        let onchange = props.onchange.clone();
        Callback::from(move |event: Event| {
            // -1 when nothing is selected.
            if let Ok(n) = usize::try_from(event.target_unchecked_into::<HtmlSelectElement>().selected_index()) {
                onchange.emit(n);
            }
        })
    };
    field.render(html! {
        <select class={classes!("govuk-select", props.classes.clone(), props.error.is_some().then_some("govuk-select--error"))}
            id={props.id.clone()} aria-describedby={field.described_by()} {onchange}>
            { for props.options.iter().enumerate().map(|(n, label)| html! {
                <option selected={props.selected == Some(n)}>{ label.clone() }</option>
            }) }
        </select>
    })
}
