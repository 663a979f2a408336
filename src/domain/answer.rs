//! Answers to any question set: Yes, No or Not known, with an optional note. A question left
//! alone is "not answered", which is different from "Not known", and neither is ever "No".

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    Yes,
    No,
    NotKnown,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotKnown];

    pub fn label(self) -> &'static str {
        match self {
            Self::Yes => "Yes",
            Self::No => "No",
            Self::NotKnown => "Not known",
        }
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// What was recorded for one question: the answer, if any, and a note in the practitioner's
/// words (plain text, never markup).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Response {
    pub answer: Option<Answer>,
    pub note: String,
}

impl Response {
    pub fn is_empty(&self) -> bool {
        self.answer.is_none() && self.note.trim().is_empty()
    }

    /// How the answer reads in a summary: "Not answered" when there is none.
    pub fn answer_text(&self) -> &'static str {
        self.answer.map_or("Not answered", Answer::label)
    }
}
