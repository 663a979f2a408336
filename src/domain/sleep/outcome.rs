//! Prevent, protect or not enough known, with the rules and answers that led to it. Pure
//! functions over the answers; the rules are the `SleepRule`s, applied in the order of the table
//! in `content/safer-sleep.toml` ("How Hearth decides"), built on the "prevent and protect"
//! model (its sources are in `docs/sources.md`):
//!
//! - an unsafe place to sleep, any predisposing risk, a situation coming up that breaks the
//!   routine, or a risk found by the conflict-or-abuse questions on the same record, makes it
//!   protect: targeted work, with a plan;
//! - otherwise, prevent (the conversation every family gets) needs evidence: where the baby
//!   sleeps by day and night, and every risk question answered No; anything less is "not
//!   enough known", with what to find out;
//! - when two or more different risks are present, a cumulative statement names them together.
//!
//! "Not known" is never "No".

use crate::domain::answer::Answer;
use crate::domain::conflict::question::OutcomeKind;
use crate::domain::conflict::routing::{Reason, Routing, DOMESTIC_ABUSE_RISK};
use crate::domain::family_record::{FamilyRecord, PersonId};
use crate::domain::rules::apply;

use super::assessment::{SleepAssessment, SleepSubject};
use super::question::{Part, PlaceOption, PlaceSafety, SleepOutcome, SleepQuestion, SleepRule, SleepSet};
use crate::domain::conflict::question::{Step, StepWhen};

/// The risk name an unsafe place to sleep has in the cumulative statement.
pub const UNSAFE_PLACE_RISK: &str = "an unsafe place to sleep";

/// By day or by night.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SleepTime {
    Day,
    Night,
}

impl SleepTime {
    pub fn words(self) -> &'static str {
        match self {
            Self::Day => "by day",
            Self::Night => "by night",
        }
    }
}

/// Why a risk is on the list.
#[derive(Clone, Debug, PartialEq)]
pub enum Evidence {
    Answer {
        subject: SleepSubject,
        question: &'static SleepQuestion,
    },
    /// Where the baby sleeps now.
    Place {
        time: SleepTime,
        place: &'static PlaceOption,
    },
    /// Domestic abuse indicated in the conflict-or-abuse set: who towards whom.
    ConflictSet {
        outcome: OutcomeKind,
        directions: Vec<(PersonId, PersonId)>,
    },
    /// Another risk answered in the conflict-or-abuse set.
    ConflictAnswer(Reason),
}

#[derive(Clone, Debug, PartialEq)]
pub struct RiskFound {
    pub name: &'static str,
    pub evidence: Vec<Evidence>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SleepRouting {
    pub outcome: SleepOutcome,
    /// The rule that decided the outcome first, then any other rules for the same outcome that
    /// also hold, then the rules that change only the risks named.
    pub rules: Vec<SleepRule>,
    /// Each distinct risk present, in the order the checklist asks about them.
    pub risks: Vec<RiskFound>,
    /// Situations coming up, each needing an out-of-routine plan.
    pub situations: Vec<&'static SleepQuestion>,
    /// Risk questions answered "Not known" or not answered: things to find out.
    pub unknowns: Vec<(SleepSubject, &'static SleepQuestion)>,
    /// When the baby sleeps somewhere not known or not recorded.
    pub places_not_known: Vec<SleepTime>,
    /// When the baby sleeps somewhere safe that nobody has seen.
    pub places_not_seen: Vec<SleepTime>,
    /// Places that are not a risk on their own but worth talking about.
    pub to_talk_about: Vec<(SleepTime, &'static PlaceOption)>,
    /// What the conflict-or-abuse questions on this record found, when they have an outcome:
    /// it stands in for the domestic abuse question here.
    pub conflict_found: Option<OutcomeKind>,
    /// Parts of the prevent conversation not yet recorded as talked about.
    pub not_discussed: Vec<&'static SleepQuestion>,
}

impl SleepRouting {
    /// The risks that are present together, when there are two or more.
    pub fn cumulative(&self) -> Option<Vec<&'static str>> {
        (self.risks.len() >= 2).then(|| self.risks.iter().map(|r| r.name).collect())
    }

    pub fn decided_by(&self) -> SleepRule {
        self.rules[0]
    }

    /// Whether a next step applies to these answers.
    pub fn shows(&self, step: &Step) -> bool {
        match step.when {
            StepWhen::UnsafePlace => self.risks.iter().any(|r| r.name == UNSAFE_PLACE_RISK),
            StepWhen::ComingUp => !self.situations.is_empty(),
            StepWhen::Always => true,
            StepWhen::OneDirection | StepWhen::BothDirections | StepWhen::ChildHarmed => false,
        }
    }
}

/// Whether the conflict-or-abuse set's outcome answers this question on the record: once that
/// set has an outcome, it stands in for the question about domestic abuse.
pub fn answered_by_conflict_set(question: &SleepQuestion, conflict: Option<OutcomeKind>) -> bool {
    conflict.is_some() && question.risk == Some(DOMESTIC_ABUSE_RISK)
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
    let mut places_not_known = Vec::new();
    let mut places_not_seen = Vec::new();
    let mut to_talk_about = Vec::new();
    for (time, place) in [(SleepTime::Day, &assessment.by_day), (SleepTime::Night, &assessment.by_night)] {
        let seen = place.seen == Some(Answer::Yes);
        match place.kind.map(|p| (p, p.safety)) {
            Some((kind, PlaceSafety::Unsafe)) => {
                add(&mut risks, UNSAFE_PLACE_RISK, Evidence::Place { time, place: kind })
            }
            Some((kind, PlaceSafety::Talk)) => {
                to_talk_about.push((time, kind));
                if !seen {
                    places_not_seen.push(time);
                }
            }
            Some((_, PlaceSafety::Safe)) if !seen => places_not_seen.push(time),
            Some((_, PlaceSafety::Safe)) => {}
            Some((_, PlaceSafety::NotKnown)) | None => places_not_known.push(time),
        }
    }
    let conflict_found = conflict.map(|r| r.outcome);
    let mut unknowns = Vec::new();
    let mut answered_risk = false;
    for question in set.questions.iter().filter(|q| q.risk.is_some()) {
        let stands_in = answered_by_conflict_set(question, conflict_found);
        for subject in subjects(question.part, record) {
            match assessment.responses.answer(subject, question.id) {
                Some(Answer::Yes) => {
                    add(&mut risks, question.risk.expect("filtered"), Evidence::Answer { subject, question });
                    answered_risk |= question.part != Part::ComingUp;
                }
                Some(Answer::No) => {}
                Some(Answer::NotKnown) | None if stands_in => {}
                Some(Answer::NotKnown) | None => unknowns.push((subject, question)),
            }
        }
    }
    let mut from_conflict = false;
    if let Some(routing) = conflict {
        if matches!(routing.outcome, OutcomeKind::HighRisk | OutcomeKind::AbuseIndicated) {
            let directions = routing.findings.iter().map(|f| (f.actor, f.target)).collect();
            add(&mut risks, DOMESTIC_ABUSE_RISK, Evidence::ConflictSet { outcome: routing.outcome, directions });
            from_conflict = true;
        }
        for reason in routing.care_risks.iter().chain(&routing.children_harmed) {
            let name = reason.question.risk.expect("build.rs checks every question that adds up names its risk");
            add(&mut risks, name, Evidence::ConflictAnswer(*reason));
            from_conflict = true;
        }
    }
    let situations: Vec<&'static SleepQuestion> = set
        .in_part(Part::ComingUp)
        .filter(|q| assessment.responses.answer(SleepSubject::Family, q.id) == Some(Answer::Yes))
        .collect();
    let not_discussed = set
        .in_part(Part::Conversation)
        .filter(|q| assessment.responses.answer(SleepSubject::Family, q.id) != Some(Answer::Yes))
        .collect();

    let holds = |rule: SleepRule| match rule {
        SleepRule::UnsafePlace => risks.iter().any(|r| r.name == UNSAFE_PLACE_RISK),
        SleepRule::RiskPresent => answered_risk,
        SleepRule::ComingUp => !situations.is_empty(),
        SleepRule::ConflictSetRisk => from_conflict,
        SleepRule::PlaceNotKnown => !places_not_known.is_empty() || !places_not_seen.is_empty(),
        SleepRule::RiskNotKnown => !unknowns.is_empty() || conflict_found == Some(OutcomeKind::NotEnoughKnown),
        SleepRule::NoAddedRisk => {
            risks.is_empty()
                && places_not_known.is_empty()
                && places_not_seen.is_empty()
                && unknowns.is_empty()
                && conflict_found != Some(OutcomeKind::NotEnoughKnown)
        }
        SleepRule::RisksAddUp => risks.len() >= 2,
    };
    let (outcome, rules) = apply(&SleepRule::ALL, SleepRule::outcome, holds)
        .expect("no-added-risk holds whenever no other outcome rule does");
    SleepRouting {
        outcome,
        rules,
        risks,
        situations,
        unknowns,
        places_not_known,
        places_not_seen,
        to_talk_about,
        conflict_found,
        not_discussed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP as SET};
    use crate::domain::answer::Response;
    use crate::domain::conflict::assessment::{ConflictAssessment, Subject};
    use crate::domain::conflict::routing::route;
    use crate::domain::family_record::{ChildAge, Label};
    use crate::domain::sleep::assessment::SleepPlace;

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

    /// Everything prevent needs: every risk question No, and the baby in their own cot in the
    /// parents' room, day and night.
    fn known_safe() -> Home {
        let mut h = home();
        h.all_risks(Answer::No).sleeps("own-cot-parents-room", "own-cot-parents-room");
        h
    }

    impl Home {
        fn set(&mut self, subject: SleepSubject, question: &str, answer: Answer) -> &mut Self {
            let id = SET.question(question).unwrap_or_else(|| panic!("no question {question}")).id;
            self.sleep.responses.set(subject, id, Response { answer: Some(answer), note: String::new() });
            self
        }

        fn sleeps(&mut self, day: &str, night: &str) -> &mut Self {
            let place = |id: &str| SleepPlace {
                kind: Some(SET.place(id).unwrap()),
                seen: Some(Answer::Yes),
                ..SleepPlace::default()
            };
            self.sleep.by_day = place(day);
            self.sleep.by_night = place(night);
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

        fn with_conflict(&self, conflict: &ConflictAssessment) -> SleepRouting {
            let conflict = route(&CONFLICT_OR_ABUSE, &self.record, conflict).unwrap();
            route_sleep(&SET, &self.record, &self.sleep, Some(&conflict))
        }
    }

    fn names(routing: &SleepRouting) -> Vec<&'static str> {
        routing.risks.iter().map(|r| r.name).collect()
    }

    fn abuse_by(h: &Home, actor: PersonId, target: PersonId) -> ConflictAssessment {
        let mut conflict = ConflictAssessment::for_pair(h.mum, h.dad);
        conflict.responses.set(
            Subject::Between { actor, target },
            "physical-harm",
            Response { answer: Some(Answer::Yes), note: String::new() },
        );
        conflict
    }

    /// A worked case for every rule in the published table.
    fn worked_case(rule: SleepRule) -> (Home, Option<ConflictAssessment>) {
        let mut h = known_safe();
        let mut conflict = None;
        match rule {
            SleepRule::UnsafePlace => {
                h.sleeps("own-cot-parents-room", "sofa-with-adult");
            }
            SleepRule::RiskPresent => {
                h.set(SleepSubject::Carer(h.dad), "smokes", Answer::Yes);
            }
            SleepRule::ComingUp => {
                h.set(SleepSubject::Family, "festive-season", Answer::Yes);
            }
            SleepRule::ConflictSetRisk => conflict = Some(abuse_by(&h, h.mum, h.dad)),
            SleepRule::PlaceNotKnown => {
                h.sleeps("own-cot-parents-room", "not-known");
            }
            SleepRule::RiskNotKnown => {
                h.set(SleepSubject::Carer(h.mum), "sedating-medication", Answer::NotKnown);
            }
            SleepRule::NoAddedRisk => {}
            SleepRule::RisksAddUp => {
                let (mum, dad) = (SleepSubject::Carer(h.mum), SleepSubject::Carer(h.dad));
                h.set(dad, "smokes", Answer::Yes).set(mum, "alcohol", Answer::Yes);
            }
        }
        (h, conflict)
    }

    #[test]
    fn every_published_rule_matches_the_code() {
        assert!(SET.rules.iter().map(|row| row.rule).eq(SleepRule::ALL), "one row per rule, in order");
        for row in SET.rules {
            assert_eq!(row.outcome, row.rule.outcome(), "{:?}: the table's outcome is not the code's", row.rule);
            let (h, conflict) = worked_case(row.rule);
            let routing = match &conflict {
                Some(c) => h.with_conflict(c),
                None => h.route(),
            };
            assert!(routing.rules.contains(&row.rule), "{:?} does not hold: {:?}", row.rule, routing.rules);
            if let Some(outcome) = row.outcome {
                assert_eq!(routing.outcome, outcome, "{:?}", row.rule);
                assert_eq!(routing.decided_by(), row.rule, "{:?}", row.rule);
                assert_eq!(
                    routing.rules.iter().filter(|r| r.outcome().is_some()).count(),
                    1,
                    "{:?}: {:?}",
                    row.rule,
                    routing.rules
                );
            }
        }
    }

    #[test]
    fn every_risk_answered_no_and_a_cot_in_the_parents_room_is_prevent() {
        let routing = known_safe().route();
        assert_eq!(routing.outcome, SleepOutcome::Prevent);
        assert_eq!(routing.rules, [SleepRule::NoAddedRisk]);
        assert!(routing.unknowns.is_empty() && routing.cumulative().is_none());
    }

    /// Item 11: where the baby sleeps is read by the rules.
    #[test]
    fn a_baby_sleeping_on_a_sofa_with_an_adult_is_protect_even_with_every_other_answer_no() {
        for unsafe_place in ["sofa-with-adult", "adult-bed", "car-seat-pod-other"] {
            let mut h = known_safe();
            h.sleeps(unsafe_place, "own-cot-parents-room");
            let routing = h.route();
            assert_eq!(routing.outcome, SleepOutcome::Protect, "{unsafe_place}");
            assert_eq!(names(&routing), [UNSAFE_PLACE_RISK]);
            assert_eq!(
                routing.risks[0].evidence,
                [Evidence::Place { time: SleepTime::Day, place: SET.place(unsafe_place).unwrap() }]
            );
        }
        let mut h = known_safe();
        h.sleeps("own-room", "own-room");
        let routing = h.route();
        assert_eq!(routing.outcome, SleepOutcome::Prevent, "a room of their own is to talk about, not a risk");
        assert_eq!(routing.to_talk_about.len(), 2);
    }

    /// Item 12: with nothing or little known, the outcome is not "no added risks".
    #[test]
    fn nothing_known_is_not_enough_known_with_what_to_find_out() {
        let h = home();
        let routing = h.route();
        assert_eq!(routing.outcome, SleepOutcome::NotEnoughKnown);
        assert_eq!(routing.rules, [SleepRule::PlaceNotKnown, SleepRule::RiskNotKnown]);
        assert_eq!(routing.places_not_known, [SleepTime::Day, SleepTime::Night]);
        let carer_questions = SET.in_part(Part::EachCarer).count();
        let family_questions = SET.questions.iter().filter(|q| q.risk.is_some() && q.part != Part::EachCarer).count();
        assert_eq!(routing.unknowns.len(), 2 * carer_questions + family_questions);
        let mut one_gap = known_safe();
        one_gap.set(SleepSubject::Carer(one_gap.dad), "drugs", Answer::NotKnown);
        assert_eq!(one_gap.route().outcome, SleepOutcome::NotEnoughKnown);
    }

    #[test]
    fn each_risk_question_on_its_own_makes_it_protect() {
        for question in SET.questions.iter().filter(|q| q.risk.is_some()) {
            let mut h = known_safe();
            let subject =
                if question.part == Part::EachCarer { SleepSubject::Carer(h.dad) } else { SleepSubject::Family };
            h.set(subject, question.id, Answer::Yes);
            let routing = h.route();
            assert_eq!(routing.outcome, SleepOutcome::Protect, "{}", question.id);
            assert_eq!(names(&routing), [question.risk.unwrap()]);
        }
    }

    /// Item 13: the alcohol question is about the baby's care and sleep, and the prevent
    /// conversation asks who is in charge when adults drink.
    #[test]
    fn drinking_is_asked_about_around_the_babys_care_and_who_is_in_charge_is_talked_about() {
        let alcohol = SET.question("alcohol").unwrap();
        assert!(alcohol.text.contains("while caring for the baby") && alcohol.text.contains("before sleeping"));
        let in_charge = SET.question("who-is-in-charge").unwrap();
        assert_eq!(in_charge.part, Part::Conversation);
        assert!(home().route().not_discussed.contains(&in_charge));
        let mut h = known_safe();
        let mum = SleepSubject::Carer(h.mum);
        h.set(mum, "alcohol", Answer::Yes);
        assert_eq!(h.route().risks[0].evidence, [Evidence::Answer { subject: mum, question: alcohol }]);
    }

    /// Item 14: protect has an escalation step, a place in the child's plan and a named review.
    #[test]
    fn protect_escalates_records_and_names_a_review() {
        let steps: Vec<&str> = SET.outcome(SleepOutcome::Protect).steps.iter().map(|s| s.id).collect();
        for id in ["safeguarding-lead", "child-plan", "review"] {
            assert!(steps.contains(&id), "{id} missing from {steps:?}");
        }
    }

    /// Item 15: when the conflict-or-abuse set has an outcome, it stands in for the abuse
    /// question, and is never also listed as something to find out.
    #[test]
    fn the_conflict_sets_outcome_answers_the_abuse_question() {
        let mut h = known_safe();
        for carer in [h.mum, h.dad] {
            h.sleep.responses.set(SleepSubject::Carer(carer), "domestic-abuse", Response::default());
        }
        assert_eq!(h.route().outcome, SleepOutcome::NotEnoughKnown, "without the conflict set, still to find out");
        let nothing_found_yet = ConflictAssessment::for_pair(h.mum, h.dad);
        let routing = h.with_conflict(&nothing_found_yet);
        assert_eq!(routing.conflict_found, Some(OutcomeKind::NotEnoughKnown));
        assert!(!routing.unknowns.iter().any(|(_, q)| q.id == "domestic-abuse"));
        assert_eq!(routing.outcome, SleepOutcome::NotEnoughKnown);
        assert_eq!(routing.rules, [SleepRule::RiskNotKnown]);
        let routing = h.with_conflict(&abuse_by(&h, h.dad, h.mum));
        assert_eq!(routing.conflict_found, Some(OutcomeKind::AbuseIndicated));
        assert_eq!(routing.outcome, SleepOutcome::Protect);
        assert!(routing.unknowns.is_empty());
    }

    #[test]
    fn risks_together_give_a_cumulative_statement_naming_each_once() {
        let mut h = known_safe();
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
        let mut h = known_safe();
        h.set(SleepSubject::Family, "visitors", Answer::Yes).set(SleepSubject::Family, "festive-season", Answer::Yes);
        let routing = h.route();
        assert_eq!(routing.situations.iter().map(|q| q.id).collect::<Vec<_>>(), ["visitors", "festive-season"]);
        assert_eq!(names(&routing), ["a break in routine"]);
        assert_eq!(routing.rules, [SleepRule::ComingUp]);
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
    fn abuse_and_care_risks_recorded_in_the_conflict_set_show_up_here() {
        let h = known_safe();
        let mut conflict = abuse_by(&h, h.mum, h.dad);
        let routing = h.with_conflict(&conflict);
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
        conflict.responses.set(
            Subject::Between { actor: h.dad, target: h.mum },
            "substances-care",
            Response { answer: Some(Answer::Yes), note: String::new() },
        );
        let routing = h.with_conflict(&conflict);
        assert_eq!(names(&routing), [DOMESTIC_ABUSE_RISK, "alcohol or drugs affecting the children's care"]);
        assert!(routing.rules.contains(&SleepRule::RisksAddUp));
    }

    #[test]
    fn conflict_without_abuse_adds_nothing_here() {
        let h = known_safe();
        let mut conflict = ConflictAssessment::for_pair(h.mum, h.dad);
        for q in CONFLICT_OR_ABUSE.questions {
            for subject in [
                Subject::Between { actor: h.mum, target: h.dad },
                Subject::Between { actor: h.dad, target: h.mum },
                Subject::Family,
            ] {
                conflict.responses.set(subject, q.id, Response { answer: Some(Answer::No), note: String::new() });
            }
        }
        for agency in ["police", "gp"] {
            conflict.agency_checks.insert(agency, crate::domain::conflict::assessment::AgencyCheck::NothingKnown);
        }
        let routing = h.with_conflict(&conflict);
        assert_eq!(routing.conflict_found, Some(OutcomeKind::NoAbuseIndicated));
        assert_eq!(routing.outcome, SleepOutcome::Prevent);
    }
}
