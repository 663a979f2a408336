//! The shape of the safer-sleep checklist; the questions are content
//! (`content/safer-sleep.toml`), compiled in and checked by `build.rs`.

use crate::domain::conflict::question::{Group, Step};
use crate::domain::rules::RuleRow;

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
    /// The id of the group whose page asks it.
    pub group: &'static str,
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

/// How a place where the baby sleeps counts in the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceSafety {
    Safe,
    /// Not a risk on its own, but worth talking about.
    Talk,
    /// Makes the outcome Protect.
    Unsafe,
    NotKnown,
}

/// One choice for where the baby sleeps.
#[derive(Debug, PartialEq, Eq)]
pub struct PlaceOption {
    pub id: &'static str,
    pub label: &'static str,
    pub safety: PlaceSafety,
    /// For Talk and Unsafe: why, as it reads after "The baby sleeps ...".
    pub reason: Option<&'static str>,
    pub source: &'static str,
}

/// The three outcomes, most concern first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SleepOutcome {
    Protect,
    NotEnoughKnown,
    Prevent,
}

impl SleepOutcome {
    pub fn id(self) -> &'static str {
        match self {
            Self::Protect => "protect",
            Self::NotEnoughKnown => "not-enough-known",
            Self::Prevent => "prevent",
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct SleepOutcomeWords {
    pub outcome: SleepOutcome,
    pub title: &'static str,
    pub summary: &'static str,
    pub steps: &'static [Step],
}

/// The safer-sleep rules, as the code applies them; `content/safer-sleep.toml` describes each
/// in plain words in the same order, and a test checks every row against the code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SleepRule {
    UnsafePlace,
    RiskPresent,
    ComingUp,
    ConflictSetRisk,
    PlaceNotKnown,
    RiskNotKnown,
    NoAddedRisk,
    RisksAddUp,
}

impl SleepRule {
    pub const ALL: [SleepRule; 8] = [
        Self::UnsafePlace,
        Self::RiskPresent,
        Self::ComingUp,
        Self::ConflictSetRisk,
        Self::PlaceNotKnown,
        Self::RiskNotKnown,
        Self::NoAddedRisk,
        Self::RisksAddUp,
    ];

    /// The outcome the rule decides, or `None` for a rule that changes only the risks named.
    pub fn outcome(self) -> Option<SleepOutcome> {
        match self {
            Self::UnsafePlace | Self::RiskPresent | Self::ComingUp | Self::ConflictSetRisk => {
                Some(SleepOutcome::Protect)
            }
            Self::PlaceNotKnown | Self::RiskNotKnown => Some(SleepOutcome::NotEnoughKnown),
            Self::NoAddedRisk => Some(SleepOutcome::Prevent),
            Self::RisksAddUp => None,
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct SleepSet {
    pub groups: &'static [Group],
    pub questions: &'static [SleepQuestion],
    pub contacts: &'static [Contact],
    pub places: &'static [PlaceOption],
    pub outcomes: &'static [SleepOutcomeWords],
    pub rules: &'static [RuleRow<SleepRule, SleepOutcome>],
}

impl SleepSet {
    pub fn in_part(&self, part: Part) -> impl Iterator<Item = &'static SleepQuestion> {
        self.questions.iter().filter(move |q| q.part == part)
    }

    /// The pages asking this part's questions, in order; build.rs checks each group keeps to
    /// one part.
    pub fn groups_in(&self, part: Part) -> impl Iterator<Item = &'static Group> + '_ {
        self.groups.iter().filter(move |g| self.in_group(g).any(|q| q.part == part))
    }

    pub fn in_group<'a>(&self, group: &'a Group) -> impl Iterator<Item = &'static SleepQuestion> + 'a {
        self.questions.iter().filter(move |q| q.group == group.id)
    }

    pub fn question(&self, id: &str) -> Option<&'static SleepQuestion> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn place(&self, id: &str) -> Option<&'static PlaceOption> {
        self.places.iter().find(|p| p.id == id)
    }

    pub fn outcome(&self, outcome: SleepOutcome) -> &'static SleepOutcomeWords {
        self.outcomes.iter().find(|o| o.outcome == outcome).expect("build.rs checks every outcome is present")
    }

    pub fn rule(&self, rule: SleepRule) -> &'static RuleRow<SleepRule, SleepOutcome> {
        self.rules.iter().find(|r| r.rule == rule).expect("build.rs checks every rule is described")
    }
}
