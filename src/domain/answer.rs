//! Answers to any question set: Yes, No or Not known, with an optional note. A question left
//! alone is "not answered", which is different from "Not known", and neither is ever "No".

use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    Yes,
    No,
    NotKnown,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotKnown];

    /// How files write the answer: "yes", "no" or "not-known".
    pub fn id(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::NotKnown => "not-known",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|answer| answer.id() == id)
    }

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

/// How an answer reads in a summary: "Not answered" when there is none.
pub fn answer_text(answer: Option<Answer>) -> &'static str {
    answer.map_or("Not answered", Answer::label)
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
        answer_text(self.answer)
    }
}

/// The responses to one question set, by whom each is about and the question's id. A response
/// emptied of answer and note is forgotten, not kept as "No".
#[derive(Clone, Debug, PartialEq)]
pub struct Responses<S: Ord>(BTreeMap<(S, &'static str), Response>);

impl<S: Ord> Default for Responses<S> {
    fn default() -> Self {
        Self(BTreeMap::new())
    }
}

impl<S: Ord + Copy> Responses<S> {
    pub fn get(&self, subject: S, question: &'static str) -> Option<&Response> {
        self.0.get(&(subject, question))
    }

    pub fn answer(&self, subject: S, question: &'static str) -> Option<Answer> {
        self.get(subject, question).and_then(|r| r.answer)
    }

    pub fn set(&mut self, subject: S, question: &'static str, response: Response) {
        if response.is_empty() {
            self.0.remove(&(subject, question));
        } else {
            self.0.insert((subject, question), response);
        }
    }

    /// Records an answer, keeping the question's note.
    pub fn set_answer(&mut self, subject: S, question: &'static str, answer: Answer) {
        let response = Response { answer: Some(answer), ..self.get(subject, question).cloned().unwrap_or_default() };
        self.set(subject, question, response);
    }

    /// Records a note, keeping the question's answer.
    pub fn set_note(&mut self, subject: S, question: &'static str, note: String) {
        let response = Response { note, ..self.get(subject, question).cloned().unwrap_or_default() };
        self.set(subject, question, response);
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps only the responses about subjects for which `keep` is true.
    /// How many questions have an answer or a note about the subjects that match.
    pub fn count(&self, about: impl Fn(S) -> bool) -> usize {
        self.0.keys().filter(|(subject, _)| about(*subject)).count()
    }

    pub fn retain(&mut self, keep: impl Fn(S) -> bool) {
        self.0.retain(|(subject, _), _| keep(*subject));
    }
}
