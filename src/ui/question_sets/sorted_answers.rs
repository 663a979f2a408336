//! Check your answers as both sets show it, sorted so that a few answers of Yes are not lost
//! among many questions left alone: Yes first, then Not known, then one line for each section
//! with questions not answered, then everything else given, and last the answers of No, folded
//! away but one click from view.

use yew::prelude::*;

use crate::domain::answer::{Answer, Response};
use crate::domain::words::plural;
use crate::ui::components::summary_row::{answer_value, summary_row, summary_row_changed_elsewhere};

/// What was given for one thing a set asks.
pub enum Given {
    /// A question answered Yes, No or Not known, or not answered, with any note.
    Answer(Option<Answer>, String),
    /// Anything else: a choice, a date or words; empty when nothing is recorded.
    Detail(String),
    /// Answered by the other set: what it found, and the words of the link to it.
    Elsewhere(String, &'static str),
}

/// One thing a set asks, with where Change goes: its page, focused on the field.
pub struct Recorded {
    pub key: String,
    pub change: String,
    pub given: Given,
}

impl Recorded {
    pub fn answer(key: String, change: String, response: Option<&Response>) -> Self {
        let response = response.cloned().unwrap_or_default();
        Self { key, change, given: Given::Answer(response.answer, response.note) }
    }

    fn missing(&self) -> bool {
        match &self.given {
            Given::Answer(None, text) | Given::Detail(text) => text.trim().is_empty(),
            _ => false,
        }
    }

    fn answered(&self, answer: Answer) -> bool {
        matches!(self.given, Given::Answer(Some(given), _) if given == answer)
    }

    fn row(&self) -> Html {
        match &self.given {
            Given::Answer(answer, note) => summary_row(&self.key, &self.change, answer_value(*answer, note)),
            Given::Detail(text) => summary_row(
                &self.key,
                &self.change,
                html! { <p class="govuk-body hearth-note-text">{ text.trim() }</p> },
            ),
            Given::Elsewhere(found, link) => summary_row_changed_elsewhere(
                &self.key,
                &self.change,
                link,
                html! { <p class="govuk-body">{ found }</p> },
            ),
        }
    }
}

/// One section of a set: its heading, and everything it asks, in page order.
pub struct Section {
    pub heading: String,
    pub recorded: Vec<Recorded>,
}

fn list(heading: &str, rows: &[&Recorded]) -> Html {
    if rows.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h2 class="govuk-heading-m">{ heading }</h2>
            <dl class="govuk-summary-list">{ for rows.iter().map(|r| r.row()) }</dl>
        </>
    }
}

pub fn sorted_answers(sections: &[Section]) -> Html {
    let all: Vec<&Recorded> = sections.iter().flat_map(|s| &s.recorded).collect();
    let answered = |answer| all.iter().copied().filter(|r| r.answered(answer)).collect::<Vec<_>>();
    let other: Vec<&Recorded> =
        all.iter().copied().filter(|r| !r.missing() && !matches!(r.given, Given::Answer(Some(_), _))).collect();
    let no = answered(Answer::No);
    let not_answered: Vec<Html> = sections
        .iter()
        .filter_map(|section| {
            let missing: Vec<&Recorded> = section.recorded.iter().filter(|r| r.missing()).collect();
            let count = plural(missing.len(), "question not answered", "questions not answered");
            missing.first().map(|first| {
                summary_row_changed_elsewhere(
                    &section.heading,
                    &first.change,
                    "Answer",
                    html! { <p class="govuk-body">{ count }</p> },
                )
            })
        })
        .collect();
    html! {
        <>
            <p class="govuk-body">{ "Questions left alone count as unknown, never as No." }</p>
            { list("Answered Yes", &answered(Answer::Yes)) }
            { list("Not known", &answered(Answer::NotKnown)) }
            if !not_answered.is_empty() {
                <h2 class="govuk-heading-m">{ "Not answered" }</h2>
                <dl class="govuk-summary-list">{ for not_answered }</dl>
            }
            { list("Other answers", &other) }
            if !no.is_empty() {
                <h2 class="govuk-heading-m">{ "Answered No" }</h2>
                <details class="govuk-details">
                    <summary class="govuk-details__summary">
                        <span class="govuk-details__summary-text">
                            { format!("Show the {}", plural(no.len(), "question answered No", "questions answered No")) }
                        </span>
                    </summary>
                    <div class="govuk-details__text">
                        <dl class="govuk-summary-list">{ for no.iter().map(|r| r.row()) }</dl>
                    </div>
                </details>
            }
        </>
    }
}
