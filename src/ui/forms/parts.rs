//! The pieces every field shares, written once so labels, hints, errors and their ids cannot
//! drift apart between components.

use yew::prelude::*;

use super::error_message::error_message;
use super::Size;

pub(super) fn hint_id(id: &str) -> String {
    format!("{id}-hint")
}

/// `aria-describedby` for a field: its hint, then its error, in GOV.UK's order.
pub(super) fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    match (hint, error) {
        (false, false) => None,
        (true, false) => Some(hint_id(id)),
        (false, true) => Some(format!("{id}-error")),
        (true, true) => Some(format!("{id}-hint {id}-error")),
    }
}

/// Two `aria-describedby` lists as one.
pub(super) fn join(first: Option<String>, second: Option<String>) -> Option<String> {
    match (first, second) {
        (Some(first), Some(second)) => Some(format!("{first} {second}")),
        (first, second) => first.or(second),
    }
}

pub(super) fn hint(id: String, text: &AttrValue, class: Option<&'static str>) -> Html {
    html! { <div {id} class={classes!("govuk-hint", class)}>{ text.clone() }</div> }
}

pub(super) fn form_group(error: bool, classes: &Classes, children: Html) -> Html {
    html! {
        <div class={classes!("govuk-form-group", error.then_some("govuk-form-group--error"), classes.clone())}>
            { children }
        </div>
    }
}

/// What a single-control field shows around its control: the label (with any words for screen
/// readers only), hint and error, in a form group.
pub(super) struct Field<'a> {
    pub id: &'a AttrValue,
    pub label: &'a AttrValue,
    pub label_size: Option<Size>,
    pub label_hidden: Option<&'a AttrValue>,
    pub hint: Option<&'a AttrValue>,
    pub error: Option<&'a AttrValue>,
    pub form_group_classes: &'a Classes,
}

impl Field<'_> {
    pub fn described_by(&self) -> Option<String> {
        described_by(self.id, self.hint.is_some(), self.error.is_some())
    }

    pub fn render(&self, control: Html) -> Html {
        let label = html! {
            <label class={classes!("govuk-label", self.label_size.map(Size::label_class))} for={self.id.clone()}>
                { self.label.clone() }
                if let Some(hidden) = self.label_hidden {
                    <span class="govuk-visually-hidden">{ hidden.clone() }</span>
                }
            </label>
        };
        form_group(
            self.error.is_some(),
            self.form_group_classes,
            html! {
                <>
                    { label }
                    if let Some(text) = self.hint { { hint(hint_id(self.id), text, None) } }
                    if let Some(text) = self.error { { error_message(self.id, text) } }
                    { control }
                </>
            },
        )
    }
}
