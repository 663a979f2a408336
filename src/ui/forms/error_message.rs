use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorMessageProps {
    /// The id of the field in error; the message takes `{field}-error`, for its `aria-describedby`.
    pub field: AttrValue,
    pub message: AttrValue,
}

/// A GOV.UK error message, for a field no component here draws. "Error:" is for screen readers,
/// which otherwise hear the message as ordinary text.
#[component]
pub fn ErrorMessage(props: &ErrorMessageProps) -> Html {
    error_message(&props.field, &props.message)
}

pub(super) fn error_message(field: &str, message: &AttrValue) -> Html {
    html! {
        <p id={format!("{field}-error")} class="govuk-error-message">
            <span class="govuk-visually-hidden">{ "Error: " }</span>{ message.clone() }
        </p>
    }
}
