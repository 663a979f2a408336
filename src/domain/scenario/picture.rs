//! The picture the room sees after some of a scenario's steps: a family record and both
//! practitioner question sets filled in from what has been shared so far, routed by exactly the
//! rules the practitioner tools use.

use std::collections::BTreeMap;

use crate::domain::answer::{Answer, Response};
use crate::domain::conflict::assessment::{AgencyCheck, ConflictAssessment, Subject};
use crate::domain::conflict::question::{OutcomeKind, QuestionSet};
use crate::domain::conflict::routing::{route, Routing};
use crate::domain::family_record::{ChildAge, FamilyRecord, Label, PersonId, RecordError};
use crate::domain::sleep::assessment::{SleepAssessment, SleepSubject};
use crate::domain::sleep::outcome::{route_sleep, SleepRouting};
use crate::domain::sleep::question::SleepOutcome;
use crate::domain::sleep::question::SleepSet;

use super::{ConflictAbout, QuestionRef, Scenario, ScenarioAgency, Side, SleepAbout, Step};

/// When agencies' information about one question differs, a "Yes" from anyone stands (a
/// disclosure or a recorded incident is not undone by someone else not knowing of it), and
/// "No" stands over "Not known".
fn weight(answer: Answer) -> u8 {
    match answer {
        Answer::Yes => 2,
        Answer::No => 1,
        Answer::NotKnown => 0,
    }
}

pub struct Picture {
    pub record: FamilyRecord,
    pub conflict: ConflictAssessment,
    pub sleep: SleepAssessment,
    sides: [PersonId; 2],
    conflict_told: BTreeMap<(Subject, &'static str), ScenarioAgency>,
    sleep_told: BTreeMap<(SleepSubject, &'static str), ScenarioAgency>,
}

/// The outcomes in a form that can be compared between steps, and with the roles swapped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    pub conflict: OutcomeKind,
    /// Each direction in which abuse is indicated, as (actor, target).
    pub directions: Vec<(Side, Side)>,
    pub sleep: SleepOutcome,
    pub risks: Vec<&'static str>,
}

/// The family the room sees: both adults labelled with their names and roles, and the children.
pub struct Cast {
    pub record: FamilyRecord,
    pub sides: [PersonId; 2],
    pub children: Vec<PersonId>,
}

/// The scenario's people as a family record, by the family record's own label rule. The
/// scenario reader refuses a file whose people this cannot hold, with the roles swapped or not.
pub fn cast(scenario: &Scenario, swapped: bool) -> Result<Cast, String> {
    let mut record = FamilyRecord::default();
    let mut add = |label: &str, age: Option<u8>| {
        let why = |e: RecordError| format!("\"{label}\": {e}");
        let parsed = Label::parse(label).map_err(why)?;
        match age {
            None => record.add_adult(parsed),
            Some(years) => ChildAge::parse(&years.to_string()).and_then(|age| record.add_child(parsed, age)),
        }
        .map_err(why)
    };
    let sides =
        [add(&scenario.adult_label(Side::A, swapped), None)?, add(&scenario.adult_label(Side::B, swapped), None)?];
    let children =
        scenario.children.iter().map(|child| add(&child.name, Some(child.age_years))).collect::<Result<_, _>>()?;
    Ok(Cast { record, sides, children })
}

impl Picture {
    /// The picture from `steps`, with the adults' roles swapped or not; an error names whom the
    /// family record cannot hold.
    pub fn new<'a>(
        scenario: &Scenario,
        steps: impl IntoIterator<Item = &'a Step>,
        swapped: bool,
    ) -> Result<Self, String> {
        let Cast { record, sides, children } = cast(scenario, swapped)?;
        let baby = scenario.children.iter().position(|c| c.baby).and_then(|n| children.get(n).copied());

        let mut combined: BTreeMap<QuestionRef, (Answer, ScenarioAgency)> = BTreeMap::new();
        let mut shared = Vec::new();
        for step in steps {
            shared.extend(step.agency.checked_as());
            for answer in &step.answers {
                let stronger =
                    combined.get(&answer.question).is_none_or(|(old, _)| weight(answer.answer) > weight(*old));
                if stronger {
                    combined.insert(answer.question, (answer.answer, step.agency));
                }
            }
        }

        let person = |side: Side| match side {
            Side::A => sides[0],
            Side::B => sides[1],
        };
        let mut conflict = ConflictAssessment::for_pair(sides[0], sides[1]);
        for agency in shared {
            conflict.agency_checks.insert(agency, AgencyCheck::HoldsInformation);
        }
        let mut sleep = SleepAssessment { baby, ..SleepAssessment::default() };
        let mut conflict_told = BTreeMap::new();
        let mut sleep_told = BTreeMap::new();
        for (question, (answer, agency)) in combined {
            let response = Response { answer: Some(answer), note: String::new() };
            match question {
                QuestionRef::Conflict { question, about } => {
                    let subject = match about {
                        ConflictAbout::Between { actor, target } => {
                            Subject::Between { actor: person(actor), target: person(target) }
                        }
                        ConflictAbout::Family => Subject::Family,
                        ConflictAbout::Child(n) => match children.get(n) {
                            Some(child) => Subject::Child(*child),
                            None => continue,
                        },
                    };
                    conflict.responses.set(subject, question, response);
                    conflict_told.insert((subject, question), agency);
                }
                QuestionRef::Sleep { question, about } => {
                    let subject = match about {
                        SleepAbout::Family => SleepSubject::Family,
                        SleepAbout::Carer(side) => SleepSubject::Carer(person(side)),
                    };
                    sleep.responses.set(subject, question, response);
                    sleep_told.insert((subject, question), agency);
                }
            }
        }
        Ok(Self { record, conflict, sleep, sides, conflict_told, sleep_told })
    }

    pub fn conflict_routing(&self, set: &QuestionSet) -> Routing {
        route(set, &self.record, &self.conflict).expect("both adults are always in a scenario's record")
    }

    pub fn sleep_routing(&self, set: &SleepSet, conflict: &Routing) -> SleepRouting {
        route_sleep(set, &self.record, &self.sleep, Some(conflict))
    }

    pub fn headline(&self, conflict_set: &QuestionSet, sleep_set: &SleepSet) -> Headline {
        let conflict = self.conflict_routing(conflict_set);
        let sleep = self.sleep_routing(sleep_set, &conflict);
        Headline {
            conflict: conflict.outcome,
            directions: conflict.findings.iter().map(|f| (self.side(f.actor), self.side(f.target))).collect(),
            sleep: sleep.outcome,
            risks: sleep.risks.iter().map(|r| r.name).collect(),
        }
    }

    fn side(&self, id: PersonId) -> Side {
        if id == self.sides[0] {
            Side::A
        } else {
            Side::B
        }
    }

    /// Which agency's information gave the answer to a conflict-or-abuse question.
    pub fn conflict_told_by(&self, subject: Subject, question: &str) -> Option<ScenarioAgency> {
        self.conflict_told.iter().find(|((s, q), _)| *s == subject && *q == question).map(|(_, a)| *a)
    }

    pub fn sleep_told_by(&self, subject: SleepSubject, question: &str) -> Option<ScenarioAgency> {
        self.sleep_told.iter().find(|((s, q), _)| *s == subject && *q == question).map(|(_, a)| *a)
    }
}

/// The outcomes after the first `revealed` steps.
pub fn after(scenario: &Scenario, revealed: usize, swapped: bool) -> Result<Picture, String> {
    Picture::new(scenario, scenario.steps.iter().take(revealed), swapped)
}

/// The outcomes from one agency's information alone.
pub fn alone(scenario: &Scenario, agency: ScenarioAgency) -> Result<Picture, String> {
    Picture::new(scenario, scenario.steps.iter().filter(|s| s.agency == agency), false)
}
