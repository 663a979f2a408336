use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    pub oninput: Callback<String>,
    /// A GOV.UK width class, such as `govuk-input--width-10`.
    #[prop_or_default]
    pub width: Option<&'static str>,
    #[prop_or_default]
    pub numeric: bool,
    /// A passphrase: hidden as it is typed.
    #[prop_or_default]
    pub password: bool,
}

/// A labelled text or passphrase input with its hint and error message, to the GOV.UK pattern.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = [props.hint.as_ref().map(|_| hint_id.clone()), props.error.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let oninput = props.oninput.reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class={classes!("govuk-form-group", props.error.is_some().then_some("govuk-form-group--error"))}>
            <label class="govuk-label" for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <div id={hint_id} class="govuk-hint">{ hint.clone() }</div>
            }
            if let Some(error) = &props.error {
                <p id={error_id} class="govuk-error-message">
                    <span class="govuk-visually-hidden">{ "Error: " }</span>{ error }
                </p>
            }
            <input
                class={classes!("govuk-input", props.width, props.error.is_some().then_some("govuk-input--error"))}
                id={props.id.clone()}
                name={props.id.clone()}
                type={if props.password { "password" } else { "text" }}
                autocomplete="off"
                spellcheck="false"
                inputmode={props.numeric.then_some("numeric")}
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                value={props.value.clone()}
                {oninput}
            />
        </div>
    }
}

/// A callback that keeps a text field's value in `handle`.
pub fn keep_text(handle: &UseStateHandle<String>) -> Callback<String> {
    let handle = handle.clone();
    Callback::from(move |value: String| handle.set(value))
}
