//! Prevent or protect, with the reasons, and the cumulative view. Pure functions over the
//! answers; the rules are the "prevent and protect" model in the content brief §3:
//!
//! - every family gets the prevent conversation;
//! - any predisposing risk (a carer's, the household's, or the baby's), any situation coming up
//!   that breaks the routine, or domestic abuse indicated in the conflict-or-abuse questions on
//!   the same record, makes it protect: targeted work, with a plan;
//! - when two or more different risks are present, a cumulative statement names them together.
//!
//! "Not known" is never "No": unknown risks are listed as things to find out.

use crate::domain::answer::Answer;
use crate::domain::conflict::question::OutcomeKind;
use crate::domain::conflict::routing::Routing;
use crate::domain::family::{FamilyRecord, PersonId};

use super::assessment::{SleepAssessment, SleepSubject};
use super::question::{Part, SleepQuestion, SleepSet};

/// The risk name that domestic abuse recorded in the conflict-or-abuse set joins.
pub const DOMESTIC_ABUSE_RISK: &str = "domestic abuse";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SleepOutcome {
    Prevent,
    Protect,
}

/// Why a risk is on the list.
#[derive(Clone, Debug, PartialEq)]
pub enum Evidence {
    Answer {
        subject: SleepSubject,
        question: &'static SleepQuestion,
    },
    /// Domestic abuse indicated in the conflict-or-abuse set: who towards whom.
    ConflictSet {
        outcome: OutcomeKind,
        directions: Vec<(PersonId, PersonId)>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct RiskFound {
    pub name: &'static str,
    pub evidence: Vec<Evidence>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SleepRouting {
    pub outcome: SleepOutcome,
    /// Each distinct risk present, in the order the checklist asks about them.
    pub risks: Vec<RiskFound>,
    /// Situations coming up, each needing an out-of-routine plan.
    pub situations: Vec<&'static SleepQuestion>,
    /// Risk questions answered "Not known" or not answered: things to find out.
    pub unknowns: Vec<(SleepSubject, &'static SleepQuestion)>,
    /// Parts of the prevent conversation not yet recorded as talked about.
    pub not_discussed: Vec<&'static SleepQuestion>,
}

impl SleepRouting {
    /// The risks that are present together, when there are two or more.
    pub fn cumulative(&self) -> Option<Vec<&'static str>> {
        (self.risks.len() >= 2).then(|| self.risks.iter().map(|r| r.name).collect())
    }
}

fn subjects(part: Part, record: &FamilyRecord) -> Vec<SleepSubject> {
    match part {
        Part::EachCarer => record.adults().iter().map(|a| SleepSubject::Carer(a.id)).collect(),
        _ => vec![SleepSubject::Family],
    }
}

fn add(risks: &mut Vec<RiskFound>, name: &'static str, evidence: Evidence) {
    match risks.iter_mut().find(|r| r.name == name) {
        Some(risk) => risk.evidence.push(evidence),
        None => risks.push(RiskFound { name, evidence: vec![evidence] }),
    }
}

pub fn route_sleep(
    set: &SleepSet,
    record: &FamilyRecord,
    assessment: &SleepAssessment,
    conflict: Option<&Routing>,
) -> SleepRouting {
    let mut risks = Vec::new();
    let mut unknowns = Vec::new();
    for question in set.questions.iter().filter(|q| q.risk.is_some()) {
        for subject in subjects(question.part, record) {
            match assessment.responses.answer(subject, question.id) {
                Some(Answer::Yes) => {
                    add(&mut risks, question.risk.expect("filtered"), Evidence::Answer { subject, question })
                }
                Some(Answer::No) => {}
                Some(Answer::NotKnown) | None => unknowns.push((subject, question)),
            }
        }
    }
    if let Some(routing) = conflict.filter(|r| matches!(r.outcome, OutcomeKind::HighRisk | OutcomeKind::AbuseIndicated))
    {
        let directions = routing.findings.iter().map(|f| (f.actor, f.target)).collect();
        add(&mut risks, DOMESTIC_ABUSE_RISK, Evidence::ConflictSet { outcome: routing.outcome, directions });
    }
    let situations = set
        .in_part(Part::ComingUp)
        .filter(|q| assessment.responses.answer(SleepSubject::Family, q.id) == Some(Answer::Yes))
        .collect();
    let not_discussed = set
        .in_part(Part::Conversation)
        .filter(|q| assessment.responses.answer(SleepSubject::Family, q.id) != Some(Answer::Yes))
        .collect();
    let outcome = if risks.is_empty() { SleepOutcome::Prevent } else { SleepOutcome::Protect };
    SleepRouting { outcome, risks, situations, unknowns, not_discussed }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP as SET};
    use crate::domain::answer::Response;
    use crate::domain::conflict::assessment::{ConflictAssessment, Subject};
    use crate::domain::conflict::routing::route;
    use crate::domain::family::{ChildAge, Label};

    struct Home {
        record: FamilyRecord,
        mum: PersonId,
        dad: PersonId,
        sleep: SleepAssessment,
    }

    fn home() -> Home {
        let mut record = FamilyRecord::default();
        let mum = record.add_adult(Label::parse("Mum").unwrap()).unwrap();
        let dad = record.add_adult(Label::parse("Dad").unwrap()).unwrap();
        let baby = record.add_child(Label::parse("Baby").unwrap(), ChildAge::parse("0").unwrap()).unwrap();
        let sleep = SleepAssessment::for_baby(baby);
        Home { record, mum, dad, sleep }
    }

    impl Home {
        fn set(&mut self, subject: SleepSubject, question: &str, answer: Answer) -> &mut Self {
            let id = SET.question(question).unwrap_or_else(|| panic!("no question {question}")).id;
            self.sleep.responses.set(subject, id, Response { answer: Some(answer), note: String::new() });
            self
        }

        fn all_risks(&mut self, answer: Answer) -> &mut Self {
            for q in SET.questions.iter().filter(|q| q.risk.is_some()) {
                for subject in subjects(q.part, &self.record) {
                    self.sleep.responses.set(subject, q.id, Response { answer: Some(answer), note: String::new() });
                }
            }
            self
        }

        fn route(&self) -> SleepRouting {
            route_sleep(&SET, &self.record, &self.sleep, None)
        }
    }

    fn names(routing: &SleepRouting) -> Vec<&'static str> {
        routing.risks.iter().map(|r| r.name).collect()
    }

    #[test]
    fn no_risks_on_what_is_known_is_prevent() {
        let mut h = home();
        h.all_risks(Answer::No);
        let routing = h.route();
        assert_eq!(routing.outcome, SleepOutcome::Prevent);
        assert!(routing.unknowns.is_empty() && routing.cumulative().is_none());
    }

    #[test]
    fn each_risk_question_on_its_own_makes_it_protect() {
        for question in SET.questions.iter().filter(|q| q.risk.is_some()) {
            let mut h = home();
            h.all_risks(Answer::No);
            let subject =
                if question.part == Part::EachCarer { SleepSubject::Carer(h.dad) } else { SleepSubject::Family };
            h.set(subject, question.id, Answer::Yes);
            let routing = h.route();
            assert_eq!(routing.outcome, SleepOutcome::Protect, "{}", question.id);
            assert_eq!(names(&routing), [question.risk.unwrap()]);
        }
    }

    #[test]
    fn occasional_drinking_by_one_carer_is_protect_and_names_the_carer() {
        let mut h = home();
        h.all_risks(Answer::No);
        let mum = SleepSubject::Carer(h.mum);
        h.set(mum, "alcohol", Answer::Yes);
        let routing = h.route();
        assert_eq!(
            routing.risks[0].evidence,
            [Evidence::Answer { subject: mum, question: SET.question("alcohol").unwrap() }]
        );
    }

    #[test]
    fn not_known_is_never_no() {
        let h = home();
        let routing = h.route();
        assert_eq!(routing.outcome, SleepOutcome::Prevent, "nothing known to be present");
        let carer_questions = SET.in_part(Part::EachCarer).count();
        let family_questions = SET.questions.iter().filter(|q| q.risk.is_some() && q.part != Part::EachCarer).count();
        assert_eq!(routing.unknowns.len(), 2 * carer_questions + family_questions);
    }

    #[test]
    fn risks_together_give_a_cumulative_statement_naming_each_once() {
        let mut h = home();
        h.all_risks(Answer::No);
        let (mum, dad) = (SleepSubject::Carer(h.mum), SleepSubject::Carer(h.dad));
        h.set(mum, "alcohol", Answer::Yes).set(dad, "alcohol", Answer::Yes).set(mum, "mental-health", Answer::Yes);
        let routing = h.route();
        assert_eq!(routing.cumulative(), Some(vec!["alcohol", "mental health"]));
        assert_eq!(routing.risks[0].evidence.len(), 2, "both carers' drinking counts as one risk");
        h.set(SleepSubject::Family, "born-early", Answer::Yes).set(
            SleepSubject::Family,
            "low-birthweight",
            Answer::Yes,
        );
        assert_eq!(h.route().cumulative(), Some(vec!["a baby born early or small", "alcohol", "mental health"]));
    }

    #[test]
    fn situations_coming_up_need_plans_and_count_as_a_break_in_routine() {
        let mut h = home();
        h.all_risks(Answer::No);
        h.set(SleepSubject::Family, "visitors", Answer::Yes).set(SleepSubject::Family, "festive-season", Answer::Yes);
        let routing = h.route();
        assert_eq!(routing.situations.iter().map(|q| q.id).collect::<Vec<_>>(), ["visitors", "festive-season"]);
        assert_eq!(names(&routing), ["a break in routine"]);
    }

    #[test]
    fn the_prevent_conversation_lists_what_has_not_been_talked_about() {
        let mut h = home();
        h.set(SleepSubject::Family, "on-back", Answer::Yes).set(SleepSubject::Family, "never-sofa", Answer::NotKnown);
        let routing = h.route();
        assert!(!routing.not_discussed.iter().any(|q| q.id == "on-back"));
        assert!(routing.not_discussed.iter().any(|q| q.id == "never-sofa"));
    }

    #[test]
    fn abuse_recorded_in_the_conflict_set_shows_up_here() {
        let mut h = home();
        h.all_risks(Answer::No);
        let mut conflict = ConflictAssessment::for_pair(h.mum, h.dad);
        let physical = CONFLICT_OR_ABUSE.question("physical-harm").unwrap().id;
        conflict.responses.set(
            Subject::Between { actor: h.mum, target: h.dad },
            physical,
            Response { answer: Some(Answer::Yes), note: String::new() },
        );
        let conflict_routing = route(&CONFLICT_OR_ABUSE, &h.record, &conflict).unwrap();
        let routing = route_sleep(&SET, &h.record, &h.sleep, Some(&conflict_routing));
        assert_eq!(routing.outcome, SleepOutcome::Protect);
        assert_eq!(
            routing.risks[0],
            RiskFound {
                name: DOMESTIC_ABUSE_RISK,
                evidence: vec![Evidence::ConflictSet {
                    outcome: OutcomeKind::AbuseIndicated,
                    directions: vec![(h.mum, h.dad)]
                }]
            }
        );
        h.set(SleepSubject::Carer(h.dad), "domestic-abuse", Answer::Yes);
        let joined = route_sleep(&SET, &h.record, &h.sleep, Some(&conflict_routing));
        assert_eq!(names(&joined), [DOMESTIC_ABUSE_RISK], "the same risk from both sets is one risk");
        assert_eq!(joined.risks[0].evidence.len(), 2);
    }

    #[test]
    fn conflict_without_abuse_adds_nothing_here() {
        let mut h = home();
        h.all_risks(Answer::No);
        let conflict = ConflictAssessment::for_pair(h.mum, h.dad);
        let not_enough_known = route(&CONFLICT_OR_ABUSE, &h.record, &conflict).unwrap();
        assert_eq!(route_sleep(&SET, &h.record, &h.sleep, Some(&not_enough_known)).outcome, SleepOutcome::Prevent);
    }
}
