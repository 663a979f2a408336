//! Trainer scenarios: fictional families whose facts are shared one agency at a time, so a room
//! can watch the practitioner tools' outcomes change as the pieces are put together.
//!
//! A scenario names its two adults `a` and `b`, each with a role word ("mother", "father").
//! Text says `{a}` and `{b}` where the role belongs, so the swap exercise can exchange the roles
//! without touching anything the rules see.

pub mod file;
pub mod picture;

use crate::domain::answer::Answer;

/// One of the scenario's two adults.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    A,
    B,
}

impl Side {
    pub fn other(self) -> Self {
        match self {
            Self::A => Self::B,
            Self::B => Self::A,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CastAdult {
    pub name: String,
    pub role: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CastChild {
    pub key: String,
    pub name: String,
    pub age_years: u8,
    /// The baby the safer-sleep checklist is about.
    pub baby: bool,
}

/// The agencies a scenario's information comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ScenarioAgency {
    HealthVisitor,
    PerinatalMentalHealth,
    FrontDoor,
    Police,
    School,
    Gp,
    FamilySupport,
}

impl ScenarioAgency {
    pub const ALL: [ScenarioAgency; 7] = [
        Self::HealthVisitor,
        Self::PerinatalMentalHealth,
        Self::FrontDoor,
        Self::Police,
        Self::School,
        Self::Gp,
        Self::FamilySupport,
    ];

    /// The agency in the conflict-or-abuse set's checks that this agency's sharing counts as.
    pub fn checked_as(self) -> Option<&'static str> {
        match self {
            Self::HealthVisitor => Some("health-visitor"),
            Self::PerinatalMentalHealth => Some("perinatal-mental-health"),
            Self::FrontDoor => Some("childrens-social-care"),
            Self::Police => Some("police"),
            Self::School => Some("school"),
            Self::Gp => Some("gp"),
            Self::FamilySupport => None,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::HealthVisitor => "health-visitor",
            Self::PerinatalMentalHealth => "perinatal-mental-health",
            Self::FrontDoor => "front-door",
            Self::Police => "police",
            Self::School => "school",
            Self::Gp => "gp",
            Self::FamilySupport => "family-support",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::HealthVisitor => "Health visitor",
            Self::PerinatalMentalHealth => "Perinatal mental health team",
            Self::FrontDoor => "Children's social care front door",
            Self::Police => "Police",
            Self::School => "School",
            Self::Gp => "GP",
            Self::FamilySupport => "Family support worker",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|agency| agency.id() == id)
    }
}

/// Whom a conflict-or-abuse answer is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConflictAbout {
    Between {
        actor: Side,
        target: Side,
    },
    Family,
    /// A child, by position in the scenario's list.
    Child(usize),
}

/// Whom a safer-sleep answer is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SleepAbout {
    Family,
    Carer(Side),
}

/// Which question an agency's information answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuestionRef {
    Conflict { question: &'static str, about: ConflictAbout },
    Sleep { question: &'static str, about: SleepAbout },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScenarioAnswer {
    pub question: QuestionRef,
    pub answer: Answer,
}

/// Something one agency knew, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub when: String,
    /// Days from the baby's birth (negative before it), to put every agency's facts in one
    /// timeline.
    pub day: i32,
    pub text: String,
}

/// What one agency shares when the trainer reveals it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub agency: ScenarioAgency,
    pub facts: Vec<Fact>,
    pub answers: Vec<ScenarioAnswer>,
    pub prompts: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LearningPoint {
    pub title: String,
    pub text: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub adults: [CastAdult; 2],
    pub children: Vec<CastChild>,
    pub steps: Vec<Step>,
    pub learning_points: Vec<LearningPoint>,
}

impl Scenario {
    pub fn adult(&self, side: Side) -> &CastAdult {
        match side {
            Side::A => &self.adults[0],
            Side::B => &self.adults[1],
        }
    }

    /// The role word shown for an adult; the swap exercise exchanges the two.
    pub fn role(&self, side: Side, swapped: bool) -> &str {
        &self.adult(if swapped { side.other() } else { side }).role
    }

    /// Text with `{a}` and `{b}` replaced by the adults' roles.
    pub fn words(&self, text: &str, swapped: bool) -> String {
        text.replace("{a}", self.role(Side::A, swapped)).replace("{b}", self.role(Side::B, swapped))
    }

    /// How an adult is named in outcomes: "Alex (mother)".
    pub fn adult_label(&self, side: Side, swapped: bool) -> String {
        format!("{} ({})", self.adult(side).name, self.role(side, swapped))
    }

    /// Every fact from every agency in time order, with its agency.
    pub fn timeline(&self) -> Vec<(ScenarioAgency, &Fact)> {
        let mut all: Vec<(ScenarioAgency, &Fact)> =
            self.steps.iter().flat_map(|step| step.facts.iter().map(move |fact| (step.agency, fact))).collect();
        all.sort_by_key(|(_, fact)| fact.day);
        all
    }

    /// Each agency that shares anything, in the order they first appear.
    pub fn agencies(&self) -> Vec<ScenarioAgency> {
        let mut seen = Vec::new();
        for step in &self.steps {
            if !seen.contains(&step.agency) {
                seen.push(step.agency);
            }
        }
        seen
    }
}

#[cfg(test)]
mod tests;
