//! The shape of the safer-sleep checklist; the questions are content
//! (`content/safer-sleep.toml`), compiled in and checked by `build.rs`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Prevent: talked through with every family. "Yes" means it was talked about.
    Conversation,
    Baby,
    /// Protect: a predisposing risk, asked for every carer.
    EachCarer,
    /// Protect: a predisposing risk for the household.
    Household,
    /// Protect: a situation coming up that breaks the routine.
    ComingUp,
}

#[derive(Debug, PartialEq)]
pub struct SleepQuestion {
    pub id: &'static str,
    pub part: Part,
    pub text: &'static str,
    pub hint: &'static str,
    /// The risk a "Yes" shows, as named in the cumulative statement.
    pub risk: Option<&'static str>,
    /// For situations coming up: the situation in a family's words, for the printed plan.
    pub plan_label: Option<&'static str>,
    pub source: &'static str,
}

/// Someone who may need to know about the plan.
#[derive(Debug, PartialEq)]
pub struct Contact {
    pub id: &'static str,
    pub name: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct SleepSet {
    pub questions: &'static [SleepQuestion],
    pub contacts: &'static [Contact],
}

impl SleepSet {
    pub fn in_part(&self, part: Part) -> impl Iterator<Item = &'static SleepQuestion> {
        self.questions.iter().filter(move |q| q.part == part)
    }

    pub fn question(&self, id: &str) -> Option<&'static SleepQuestion> {
        self.questions.iter().find(|q| q.id == id)
    }
}
