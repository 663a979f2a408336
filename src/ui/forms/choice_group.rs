use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::error_message::error_message;
use super::item::{item_id, Choices};
use super::parts::{described_by, form_group, hint, hint_id, join};
use super::Size;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceKind {
    Radio,
    Checkbox,
}

/// GOV.UK's class names, which differ between radios and checkboxes only in their block.
struct Names {
    block: &'static str,
    small: &'static str,
    inline: &'static str,
    item: &'static str,
    input: &'static str,
    label: &'static str,
    hint: &'static str,
    conditional: &'static str,
    input_type: &'static str,
}

const RADIO: Names = Names {
    block: "govuk-radios",
    small: "govuk-radios--small",
    inline: "govuk-radios--inline",
    item: "govuk-radios__item",
    input: "govuk-radios__input",
    label: "govuk-radios__label",
    hint: "govuk-radios__hint",
    conditional: "govuk-radios__conditional",
    input_type: "radio",
};

const CHECKBOX: Names = Names {
    block: "govuk-checkboxes",
    small: "govuk-checkboxes--small",
    inline: "govuk-checkboxes--inline",
    item: "govuk-checkboxes__item",
    input: "govuk-checkboxes__input",
    label: "govuk-checkboxes__label",
    hint: "govuk-checkboxes__hint",
    conditional: "govuk-checkboxes__conditional",
    input_type: "checkbox",
};

/// A group of radios or checkboxes, as GOV.UK's macros take it.
#[derive(Properties, PartialEq)]
pub struct ChoicesProps {
    /// The group's id: its hint and error take `{id}-hint` and `{id}-error`, its items
    /// `{id}`, `{id}-2` and so on unless they set their own.
    pub id: AttrValue,
    /// Radios are named by the group's id unless this says otherwise; checkboxes have no name
    /// unless given one.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// Without a legend there is no fieldset, and the group's hint and error describe each input.
    #[prop_or_default]
    pub legend: Option<AttrValue>,
    /// Small by default: most of Hearth's questions sit several to a page.
    #[prop_or(Size::S)]
    pub legend_size: Size,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The items, from `Choices::one_of` (radios) or `Choices::any_of` (checkboxes).
    pub choices: Choices,
    #[prop_or_default]
    pub inline: bool,
    #[prop_or_default]
    pub small: bool,
    /// More classes for the `govuk-radios` or `govuk-checkboxes` element.
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub form_group_classes: Classes,
}

/// Radios and checkboxes alike: the one body behind `Radios`, `Checkboxes`, `AnswerRadios` and
/// `Checkbox`.
pub(super) fn choice_group(kind: ChoiceKind, props: &ChoicesProps) -> Html {
    let names = match kind {
        ChoiceKind::Radio => &RADIO,
        ChoiceKind::Checkbox => &CHECKBOX,
    };
    let name = match kind {
        ChoiceKind::Radio => Some(props.name.clone().unwrap_or_else(|| props.id.clone())),
        ChoiceKind::Checkbox => props.name.clone(),
    };
    let described = described_by(&props.id, props.hint.is_some(), props.error.is_some());
    // GOV.UK's rule: the fieldset carries the group's description, or each input does.
    let input_described = if props.legend.is_some() { None } else { described.clone() };
    let items = props.choices.items.iter().enumerate().map(|(n, item)| {
        let id = item.id.clone().unwrap_or_else(|| item_id(&props.id, n).into());
        let checked = props.choices.checked.get(n).copied().unwrap_or_default();
        let item_hint_id = item.hint.as_ref().map(|_| format!("{id}-item-hint"));
        let onchange = props
            .choices
            .changed
            .reform(move |event: Event| (n, event.target_unchecked_into::<HtmlInputElement>().checked()));
        html! {
            <>
                <div class={names.item}>
                    <input class={names.input} id={id.clone()} name={name.clone()} type={names.input_type} {checked}
                        aria-describedby={join(input_described.clone(), item_hint_id.clone())} {onchange} />
                    <label class={classes!("govuk-label", names.label)} for={id.clone()}>{ item.label.clone() }</label>
                    if let (Some(text), Some(hint_id)) = (&item.hint, item_hint_id) {
                        { hint(hint_id, text, Some(names.hint)) }
                    }
                </div>
                if let Some(content) = item.conditional.as_ref().filter(|_| checked) {
                    <div class={names.conditional} id={format!("conditional-{id}")}>{ content.clone() }</div>
                }
            </>
        }
    });
    let body = html! {
        <>
            if let Some(text) = &props.hint { { hint(hint_id(&props.id), text, None) } }
            if let Some(text) = &props.error { { error_message(&props.id, text) } }
            <div class={classes!(names.block, props.small.then_some(names.small), props.inline.then_some(names.inline), props.classes.clone())}>
                { for items }
            </div>
        </>
    };
    let body = match &props.legend {
        Some(legend) => html! {
            <fieldset class="govuk-fieldset" aria-describedby={described}>
                <legend class={classes!("govuk-fieldset__legend", props.legend_size.legend_class())}>
                    { legend.clone() }
                </legend>
                { body }
            </fieldset>
        },
        None => body,
    };
    form_group(props.error.is_some(), &props.form_group_classes, body)
}
