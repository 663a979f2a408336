//! The shape of the "parental conflict or domestic abuse?" question set. The questions
//! themselves are content (`content/conflict-or-abuse.toml`), compiled in and checked by
//! `build.rs`.

use crate::domain::rules::RuleRow;

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
    /// A risk to the children's care from the actor; the question may not name the target.
    CareRisk,
    /// The target is worried about how the actor cares for the children.
    CareWorry,
    Conflict,
    Separation,
    Incident,
    Child,
    ChildHarmed,
}

impl Signal {
    /// A "Yes" indicates abuse from the actor towards the target.
    pub fn indicates_abuse(self) -> bool {
        matches!(self, Self::Abuse | Self::Control | Self::Violence | Self::HighRisk)
    }

    /// A "Yes" names a risk that joins the statement of risks that add up.
    pub fn adds_up(self) -> bool {
        matches!(self, Self::CareRisk | Self::CareWorry | Self::ChildHarmed)
    }
}

/// One page of related questions. Grouping is how questions are shown a short page at a time;
/// the rules never read it. Both question sets use it.
#[derive(Debug, PartialEq, Eq)]
pub struct Group {
    pub id: &'static str,
    pub title: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Question {
    pub id: &'static str,
    pub scope: Scope,
    /// The id of the group whose page asks it.
    pub group: &'static str,
    pub text: &'static str,
    pub hint: &'static str,
    pub signal: Signal,
    /// Must be answered No, both ways, before Hearth can say there are no indicators of abuse.
    pub critical: bool,
    /// For signals that add up: the risk's name in the statement of risks that add up.
    pub risk: Option<&'static str>,
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

/// When a next step is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepWhen {
    Always,
    /// Abuse indicated in one direction only.
    OneDirection,
    /// Abuse indicated in both directions: each adult separately, never together.
    BothDirections,
    /// A child hurt or caught up in an incident.
    ChildHarmed,
    /// Safer sleep: the baby sleeps somewhere unsafe now.
    UnsafePlace,
    /// Safer sleep: a situation that breaks the routine is coming up.
    ComingUp,
}

#[derive(Debug, PartialEq)]
pub struct Step {
    /// Unique within its outcome; follow-up dates are kept against it.
    pub id: &'static str,
    pub text: &'static str,
    pub when: StepWhen,
    /// A referral is not an end in itself: it gets a follow-up date.
    pub referral: bool,
    /// A referral made to someone, recorded and followed up in the casework; false for a date to
    /// come back to the set.
    pub to_someone: bool,
    /// Roles of the local contacts to show with it (`local_settings::CONTACT_ROLES`), where the
    /// partnership has set them.
    pub contacts: &'static [&'static str],
}

/// The rules, as the code applies them; `content/conflict-or-abuse.toml` describes each in plain
/// words in the same order, and a test checks every row against the code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConflictRule {
    HighRiskMarker,
    Escalation,
    Separation,
    AbuseSign,
    BehaviourUnexplained,
    ChildHarmed,
    IncidentUnexplained,
    IncidentNotKnown,
    KeyQuestionNotKnown,
    TooFewChecks,
    NoIndicators,
    BothDirections,
    ChildReferral,
    RisksAddUp,
}

impl ConflictRule {
    pub const ALL: [ConflictRule; 14] = [
        Self::HighRiskMarker,
        Self::Escalation,
        Self::Separation,
        Self::AbuseSign,
        Self::BehaviourUnexplained,
        Self::ChildHarmed,
        Self::IncidentUnexplained,
        Self::IncidentNotKnown,
        Self::KeyQuestionNotKnown,
        Self::TooFewChecks,
        Self::NoIndicators,
        Self::BothDirections,
        Self::ChildReferral,
        Self::RisksAddUp,
    ];

    /// The outcome the rule decides, or `None` for a rule that changes only the steps.
    pub fn outcome(self) -> Option<OutcomeKind> {
        match self {
            Self::HighRiskMarker | Self::Escalation | Self::Separation => Some(OutcomeKind::HighRisk),
            Self::AbuseSign => Some(OutcomeKind::AbuseIndicated),
            Self::BehaviourUnexplained
            | Self::ChildHarmed
            | Self::IncidentUnexplained
            | Self::IncidentNotKnown
            | Self::KeyQuestionNotKnown
            | Self::TooFewChecks => Some(OutcomeKind::NotEnoughKnown),
            Self::NoIndicators => Some(OutcomeKind::NoAbuseIndicated),
            Self::BothDirections | Self::ChildReferral | Self::RisksAddUp => None,
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub kind: OutcomeKind,
    pub title: &'static str,
    pub summary: &'static str,
    pub steps: &'static [Step],
    /// National help lines to offer, by id; each is shown with whom it is for.
    pub lines: &'static [&'static str],
}

#[derive(Debug, PartialEq)]
pub struct QuestionSet {
    pub groups: &'static [Group],
    pub questions: &'static [Question],
    pub agencies: &'static [Agency],
    pub outcomes: &'static [Outcome],
    pub rules: &'static [RuleRow<ConflictRule, OutcomeKind>],
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

    /// The pages asking this scope's questions, in order; build.rs checks each group keeps to
    /// one scope.
    pub fn groups_in(&self, scope: Scope) -> impl Iterator<Item = &'static Group> + '_ {
        self.groups.iter().filter(move |g| self.in_group(g).any(|q| q.scope == scope))
    }

    pub fn in_group<'a>(&self, group: &'a Group) -> impl Iterator<Item = &'static Question> + 'a {
        self.questions.iter().filter(move |q| q.group == group.id)
    }

    pub fn rule(&self, rule: ConflictRule) -> &'static RuleRow<ConflictRule, OutcomeKind> {
        self.rules.iter().find(|r| r.rule == rule).expect("build.rs checks every rule is described")
    }
}
