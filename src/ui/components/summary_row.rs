use yew::prelude::*;

use crate::domain::answer::{answer_text, Answer};

/// One row of a GOV.UK check-your-answers list. `change` is where "Change" goes: the page,
/// focused on the field.
pub fn summary_row(key_text: &str, change: &str, value: Html) -> Html {
    summary_row_changed_elsewhere(key_text, change, "Change", value)
}

/// A summary row whose answer is changed somewhere else, the link saying where.
pub fn summary_row_changed_elsewhere(key_text: &str, change: &str, change_text: &str, value: Html) -> Html {
    html! {
        <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{ key_text }</dt>
            <dd class="govuk-summary-list__value">{ value }</dd>
            <dd class="govuk-summary-list__actions">
                <a class="govuk-link" href={change.to_owned()}>
                    { change_text }<span class="govuk-visually-hidden">{ format!(" {key_text}") }</span>
                </a>
            </dd>
        </div>
    }
}

/// An answer as a summary shows it: "Not answered" when there is none, and any note beneath.
pub fn answer_value(answer: Option<Answer>, note: &str) -> Html {
    html! {
        <>
            <p class="govuk-body govuk-!-margin-bottom-1">{ answer_text(answer) }</p>
            if !note.trim().is_empty() {
                <p class="govuk-body hearth-note-text">{ format!("Note: {}", note.trim()) }</p>
            }
        </>
    }
}
