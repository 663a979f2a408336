use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::parts::Field;
use super::Size;

#[derive(Properties, PartialEq)]
pub struct TextareaProps {
    /// The textarea's id; its hint is `{id}-hint`, its error `{id}-error`.
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub label_size: Option<Size>,
    /// Words after the label for screen readers only, such as which question a note is about.
    #[prop_or_default]
    pub label_hidden: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub value: AttrValue,
    /// Not needed when `readonly`.
    #[prop_or_default]
    pub oninput: Callback<String>,
    #[prop_or(5)]
    pub rows: u32,
    #[prop_or_default]
    pub maxlength: Option<u32>,
    /// Text to read, select and copy, not to edit, such as a summary for a case record.
    #[prop_or_default]
    pub readonly: bool,
    /// More classes for the textarea itself.
    #[prop_or_default]
    pub classes: Classes,
    /// Shown between the label, hint and error and the textarea, as GOV.UK's
    /// `formGroup.beforeInput`: for example a button that copies the text.
    #[prop_or_default]
    pub before_input: Html,
    #[prop_or_default]
    pub form_group_classes: Classes,
}

/// A GOV.UK textarea, with its label, hint and error.
#[component]
pub fn Textarea(props: &TextareaProps) -> Html {
    let field = Field {
        id: &props.id,
        label: &props.label,
        label_size: props.label_size,
        label_hidden: props.label_hidden.as_ref(),
        hint: props.hint.as_ref(),
        error: props.error.as_ref(),
        form_group_classes: &props.form_group_classes,
    };
    let oninput =
        props.oninput.reform(|event: InputEvent| event.target_unchecked_into::<HtmlTextAreaElement>().value());
    field.render(html! {
        <>
            { props.before_input.clone() }
            <textarea class={classes!("govuk-textarea", props.classes.clone(), props.error.is_some().then_some("govuk-textarea--error"))}
                id={props.id.clone()} rows={props.rows.to_string()} maxlength={props.maxlength.map(|n| n.to_string())}
                readonly={props.readonly} aria-describedby={field.described_by()} value={props.value.clone()} {oninput} />
        </>
    })
}
