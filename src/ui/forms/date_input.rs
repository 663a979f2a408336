use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::parts::Field;
use super::Size;
use crate::domain::date::CalendarDate;

#[derive(Properties, PartialEq)]
pub struct DateInputProps {
    /// The input's id; its hint is `{id}-hint`, its error `{id}-error`.
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
    pub value: Option<CalendarDate>,
    /// The date chosen, or None when it is cleared or not a whole date.
    pub onchange: Callback<Option<CalendarDate>>,
    #[prop_or_default]
    pub form_group_classes: Classes,
}

/// A date, as the browser's own date picker rather than GOV.UK's three boxes: one field to fill,
/// and the browser checks it is a real date.
#[component]
pub fn DateInput(props: &DateInputProps) -> Html {
    let field = Field {
        id: &props.id,
        label: &props.label,
        label_size: props.label_size,
        label_hidden: props.label_hidden.as_ref(),
        hint: props.hint.as_ref(),
        error: props.error.as_ref(),
        form_group_classes: &props.form_group_classes,
    };
    let onchange = props
        .onchange
        .reform(|event: Event| CalendarDate::parse_iso(&event.target_unchecked_into::<HtmlInputElement>().value()));
    field.render(html! {
        <input class={classes!("govuk-input", "govuk-input--width-10", props.error.is_some().then_some("govuk-input--error"))}
            type="date" id={props.id.clone()} aria-describedby={field.described_by()}
            value={props.value.map(CalendarDate::iso).unwrap_or_default()} {onchange} />
    })
}
