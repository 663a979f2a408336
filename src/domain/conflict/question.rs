//! The shape of the "parental conflict or domestic abuse?" question set. The questions
//! themselves are content (`content/conflict-or-abuse.toml`), compiled in and checked by
//! `build.rs`.

/// Whom a question is about, and so how many times it is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Asked both ways between the two adults: what `{actor}` does, and how `{target}` is affected.
    BetweenAdults,
    /// Asked once about the household.
    Family,
    /// Asked for each child in the family record.
    EachChild,
}

/// What a "Yes" means for the routing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    Abuse,
    Control,
    Violence,
    HighRisk,
    Escalation,
    Pattern,
    Conflict,
    Separation,
    Incident,
    Child,
}

impl Signal {
    /// A "Yes" indicates abuse from the actor towards the target.
    pub fn indicates_abuse(self) -> bool {
        matches!(self, Self::Abuse | Self::Control | Self::Violence | Self::HighRisk)
    }
}

#[derive(Debug, PartialEq)]
pub struct Question {
    pub id: &'static str,
    pub scope: Scope,
    pub text: &'static str,
    pub hint: &'static str,
    pub signal: Signal,
    pub may_know: &'static [&'static str],
    pub source: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Agency {
    pub id: &'static str,
    pub name: &'static str,
}

/// The four routes out of the question set, most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OutcomeKind {
    HighRisk,
    AbuseIndicated,
    NotEnoughKnown,
    NoAbuseIndicated,
}

impl OutcomeKind {
    pub const ALL: [OutcomeKind; 4] = [
        OutcomeKind::HighRisk,
        OutcomeKind::AbuseIndicated,
        OutcomeKind::NotEnoughKnown,
        OutcomeKind::NoAbuseIndicated,
    ];

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.id() == id)
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::HighRisk => "high-risk",
            Self::AbuseIndicated => "abuse-indicated",
            Self::NotEnoughKnown => "not-enough-known",
            Self::NoAbuseIndicated => "no-abuse-indicated",
        }
    }
}

/// Whom a help line in an outcome is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineFor {
    AtRisk,
    UsingHarm,
    Children,
    Anyone,
}

#[derive(Debug, PartialEq)]
pub struct LineRef {
    pub helpline: &'static str,
    pub line_for: LineFor,
}

#[derive(Debug, PartialEq)]
pub struct Step {
    pub text: &'static str,
    /// A referral is not an end in itself: it gets a follow-up date.
    pub referral: bool,
}

#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub kind: OutcomeKind,
    pub title: &'static str,
    pub summary: &'static str,
    pub steps: &'static [Step],
    pub lines: &'static [LineRef],
}

#[derive(Debug, PartialEq)]
pub struct QuestionSet {
    pub questions: &'static [Question],
    pub agencies: &'static [Agency],
    pub outcomes: &'static [Outcome],
}

impl QuestionSet {
    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn outcome(&self, kind: OutcomeKind) -> &'static Outcome {
        self.outcomes.iter().find(|o| o.kind == kind).expect("build.rs checks every outcome is present")
    }

    pub fn in_scope(&self, scope: Scope) -> impl Iterator<Item = &'static Question> {
        self.questions.iter().filter(move |q| q.scope == scope)
    }
}
