use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::parts::Field;
use super::Size;

#[derive(Properties, PartialEq)]
pub struct TextInputProps {
    /// The input's id and name; its hint is `{id}-hint`, its error `{id}-error`.
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub label_size: Option<Size>,
    /// Words after the label for screen readers only, to tell apart labels repeated on a page.
    #[prop_or_default]
    pub label_hidden: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    /// A GOV.UK width class, such as `govuk-input--width-10`.
    #[prop_or_default]
    pub width: Option<&'static str>,
    #[prop_or_default]
    pub numeric: bool,
    /// A passphrase: hidden as it is typed.
    #[prop_or_default]
    pub password: bool,
    /// Off unless set: a shared device should not offer one family's details on another's form.
    #[prop_or(AttrValue::Static("off"))]
    pub autocomplete: AttrValue,
    #[prop_or_default]
    pub form_group_classes: Classes,
}

/// A GOV.UK text or passphrase input, with its label, hint and error.
#[component]
pub fn TextInput(props: &TextInputProps) -> Html {
    let field = Field {
        id: &props.id,
        label: &props.label,
        label_size: props.label_size,
        label_hidden: props.label_hidden.as_ref(),
        hint: props.hint.as_ref(),
        error: props.error.as_ref(),
        form_group_classes: &props.form_group_classes,
    };
    let oninput = props.oninput.reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    field.render(html! {
        <input
            class={classes!("govuk-input", props.width, props.error.is_some().then_some("govuk-input--error"))}
            id={props.id.clone()}
            name={props.id.clone()}
            type={if props.password { "password" } else { "text" }}
            autocomplete={props.autocomplete.clone()}
            spellcheck="false"
            inputmode={props.numeric.then_some("numeric")}
            aria-describedby={field.described_by()}
            value={props.value.clone()}
            {oninput}
        />
    })
}

/// A callback that keeps a text field's value in `handle`.
pub fn keep_text(handle: &UseStateHandle<String>) -> Callback<String> {
    let handle = handle.clone();
    Callback::from(move |value: String| handle.set(value))
}
