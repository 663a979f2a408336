use yew::prelude::*;

use crate::browser;

/// A problem with one field: the field's id, so the summary can link to it, and the fix.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: AttrValue,
    pub message: String,
}

impl FieldError {
    /// The message to show at `field`: the first for it, as the summary lists them, so the two
    /// always agree.
    pub fn for_field(errors: &[FieldError], field: &str) -> Option<String> {
        errors.iter().find(|error| error.field == field).map(|error| error.message.clone())
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<FieldError>,
}

/// GOV.UK error summary: shown at the top, focused when it appears so a screen reader reads it,
/// each error a link that moves focus to its field. While it shows, the page's title starts with
/// "Error: ", so every form gets that from the summary rather than from its own code.
#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.errors.clone(), move |errors| {
            browser::mark_title_as_error(!errors.is_empty());
            if !errors.is_empty() {
                if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
            || browser::mark_title_as_error(false)
        });
    }
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="govuk-error-summary" ref={node} tabindex="-1">
            <div role="alert">
                <h2 class="govuk-error-summary__title">{ "There is a problem" }</h2>
                <div class="govuk-error-summary__body">
                    <ul class="govuk-list govuk-error-summary__list">
                        { for props.errors.iter().map(|error| {
                            let field = error.field.clone();
                            // The link's own jump would scroll without focusing the field.
                            let onclick = Callback::from(move |event: MouseEvent| {
                                event.prevent_default();
                                browser::focus(&field);
                            });
                            html! { <li><a href={format!("#{}", error.field)} {onclick}>{ &error.message }</a></li> }
                        }) }
                    </ul>
                </div>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::FieldError;

    #[test]
    fn a_field_shows_its_first_error_and_only_its_own() {
        let errors = [
            FieldError { field: "name-2".into(), message: "Not this one".into() },
            FieldError { field: "name".into(), message: "First".into() },
            FieldError { field: "name".into(), message: "Second".into() },
        ];
        assert_eq!(FieldError::for_field(&errors, "name").as_deref(), Some("First"));
        assert_eq!(FieldError::for_field(&errors, "nam"), None);
    }
}
