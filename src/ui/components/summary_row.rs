use yew::prelude::*;

use crate::domain::answer::{answer_text, Answer};

#[derive(Properties, PartialEq)]
pub struct SummaryRowProps {
    pub key_text: AttrValue,
    pub children: Html,
    /// Where "Change" goes: the page, focused on the field.
    pub change: AttrValue,
    /// The link's words, when the answer is changed somewhere else.
    #[prop_or(AttrValue::Static("Change"))]
    pub change_text: AttrValue,
}

/// One row of a GOV.UK check-your-answers list.
#[component]
pub fn SummaryRow(props: &SummaryRowProps) -> Html {
    html! {
        <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{ props.key_text.clone() }</dt>
            <dd class="govuk-summary-list__value">{ props.children.clone() }</dd>
            <dd class="govuk-summary-list__actions">
                <a class="govuk-link" href={props.change.clone()}>
                    { props.change_text.clone() }<span class="govuk-visually-hidden">{ format!(" {}", props.key_text) }</span>
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
