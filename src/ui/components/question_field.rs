use yew::prelude::*;

use crate::domain::answer::{Answer, Response};
use crate::ui::forms::{AnswerRadios, Textarea};

#[derive(Properties, PartialEq)]
pub struct QuestionFieldProps {
    pub id: AttrValue,
    pub question: AttrValue,
    pub hint: AttrValue,
    pub response: Response,
    pub onanswer: Callback<Answer>,
    pub onnote: Callback<String>,
}

/// One question: Yes / No / Not known, why we ask, and an optional note. Every change is kept
/// at once, so nothing entered is lost by moving between pages.
#[component]
pub fn QuestionField(props: &QuestionFieldProps) -> Html {
    html! {
        <div class="hearth-question-field">
            <AnswerRadios id={props.id.clone()} legend={props.question.clone()}
                hint={format!("Why we ask: {}", props.hint)} value={props.response.answer} onchange={props.onanswer.clone()} />
            <details class="govuk-details hearth-note" open={!props.response.note.is_empty()}>
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{ "Add a note" }<span class="govuk-visually-hidden">{ format!(" about: {}", props.question) }</span></span>
                </summary>
                <div class="govuk-details__text">
                    <Textarea id={format!("{}-note", props.id)} label="Note (optional): what you know and who told you"
                        label_hidden={format!(", about: {}", props.question)} rows={3} maxlength={2000}
                        value={props.response.note.clone()} oninput={props.onnote.clone()}
                        form_group_classes="govuk-!-margin-bottom-0" />
                </div>
            </details>
        </div>
    }
}
