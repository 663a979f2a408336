use yew::prelude::*;

/// GOV.UK warning text: a bold line with a "!" icon, read out as "Warning".
pub fn warning_text(text: &str) -> Html {
    html! {
        <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">{ "!" }</span>
            <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">{ "Warning" }</span>{ text }
            </strong>
        </div>
    }
}
