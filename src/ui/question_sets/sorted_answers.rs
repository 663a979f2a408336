//! Check your answers as both sets show it, sorted so that a few answers of Yes are not lost
//! among many questions left alone: Yes first, then Not known, then one line for each section
//! with questions not answered, then everything else given, and last one line for each section
//! with answers of No, which are never hidden but rarely need checking one by one.

use yew::prelude::*;

use crate::domain::answer::{Answer, Response};
use crate::domain::words::plural;
use crate::ui::components::summary_row::{answer_value, summary_row_changed_elsewhere};

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

    pub fn detail(key: String, change: String, text: &str) -> Self {
        Self { key, change, given: Given::Detail(text.to_owned()) }
    }

    /// Which part of the page it is listed in: an index into `PARTS`.
    fn part(&self) -> usize {
        match &self.given {
            Given::Answer(Some(Answer::Yes), _) => 0,
            Given::Answer(Some(Answer::NotKnown), _) => 1,
            Given::Answer(Some(Answer::No), _) => 4,
            Given::Answer(None, text) | Given::Detail(text) if text.trim().is_empty() => 2,
            _ => 3,
        }
    }

    fn row(&self) -> Html {
        let (value, link) = match &self.given {
            Given::Answer(answer, note) => (answer_value(*answer, note), "Change"),
            Given::Detail(text) | Given::Elsewhere(text, _) => {
                let link = if let Given::Elsewhere(_, link) = self.given { link } else { "Change" };
                (html! { <p class="govuk-body hearth-note-text">{ text.trim() }</p> }, link)
            }
        };
        summary_row_changed_elsewhere(&self.key, &self.change, link, value)
    }
}

/// One section of a set: its heading, and everything it asks, in page order.
pub struct Section {
    pub heading: String,
    pub recorded: Vec<Recorded>,
}

/// The parts of the page, in order, each with its heading.
const PARTS: [&str; 5] = ["Answered Yes", "Not known", "Not answered", "Other answers", "Answered No"];

/// For the parts shown one line a section: the words for how many, and the link's words.
const PER_SECTION: [(usize, &str, &str, &str); 2] =
    [(2, "question not answered", "questions not answered", "Answer"), (4, "answer of No", "answers of No", "Change")];

/// Answers of Yes and Not known each in their own row; questions not answered, and answers of
/// No, one line for each section, with how many and a link to the first of them; anything else
/// given in its own row.
pub fn sorted_answers(sections: &[Section]) -> Html {
    let mut parts: [Vec<Html>; 5] = Default::default();
    for section in sections {
        let mut counted: [(usize, &str); 5] = [(0, ""); 5];
        for recorded in &section.recorded {
            let part = recorded.part();
            if PER_SECTION.iter().any(|(p, ..)| *p == part) {
                let (count, first) = &mut counted[part];
                *count += 1;
                if first.is_empty() {
                    *first = &recorded.change;
                }
            } else {
                parts[part].push(recorded.row());
            }
        }
        for (part, one, many, link) in PER_SECTION {
            let (count, first) = counted[part];
            if count > 0 {
                let value = html! { <p class="govuk-body">{ plural(count, one, many) }</p> };
                parts[part].push(summary_row_changed_elsewhere(&section.heading, first, link, value));
            }
        }
    }
    html! {
        <>
            <p class="govuk-body">{ "Questions left alone count as unknown, never as No." }</p>
            { for PARTS.into_iter().zip(parts).filter(|(_, rows)| !rows.is_empty()).map(|(heading, rows)| html! {
                <>
                    <h2 class="govuk-heading-m">{ heading }</h2>
                    <dl class="govuk-summary-list">{ for rows }</dl>
                </>
            }) }
        </>
    }
}
