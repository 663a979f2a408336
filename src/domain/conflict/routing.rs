//! Explainable routing: from the answers to one of four outcomes, with the rules and answers
//! that led to it. Pure functions. The rules are the `ConflictRule`s, applied in the order of
//! the table in `content/conflict-or-abuse.toml` (shown to users as "How Hearth decides"): the
//! first rule that holds decides the outcome (the sources behind the rules are in
//! `docs/sources.md`). In short:
//!
//! - any "Yes" to a sign of abuse indicates abuse from that actor towards that target; a
//!   high-risk marker, escalation alongside abuse, or separation alongside both control and
//!   physical or sexual violence in the same direction makes the risk high;
//! - with no sign of abuse, "no indicators" needs evidence: every key question answered No both
//!   ways, earlier incidents answered No, no child hurt, no unexplained pattern, no more than a
//!   quarter of the questions about abuse unknown, and checks with at least two agencies;
//!   anything less is "not enough known", with what is missing.
//!
//! Nothing here knows who is a mother or a father: the rules see only who did what to whom.

use crate::domain::answer::Answer;
use crate::domain::family_record::{FamilyRecord, PersonId};
use crate::domain::rules::apply;

use super::assessment::{AgencyCheck, ConflictAssessment, Subject};
use super::question::{Agency, ConflictRule, OutcomeKind, Question, QuestionSet, Scope, Signal, Step, StepWhen};

/// "No indicators of abuse" needs checks with at least this many other agencies.
pub const AGENCY_CHECKS_NEEDED: usize = 2;

/// The risk name domestic abuse has in the statement of risks that add up.
pub const DOMESTIC_ABUSE_RISK: &str = "domestic abuse";

/// One recorded answer that counts towards the outcome.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reason {
    pub subject: Subject,
    pub question: &'static Question,
    pub answer: Option<Answer>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HighRiskBecause {
    Marker(&'static Question),
    Escalating,
    SeparationWithControlAndViolence,
}

/// Abuse indicated from one adult towards the other.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub actor: PersonId,
    pub target: PersonId,
    pub indicators: Vec<Reason>,
    pub high_risk: Vec<HighRiskBecause>,
    /// Harmful behaviour has happened more than once.
    pub repeated: bool,
}

/// Something that must be found out before Hearth could say "no indicators of abuse".
#[derive(Clone, Debug, PartialEq)]
pub enum Missing {
    /// Repeated or worsening harmful behaviour, with no sign of abuse recorded.
    Behaviour(Vec<Reason>),
    /// A child hurt or caught up in an incident, with no sign of abuse recorded.
    ChildHarmed(Vec<Reason>),
    /// An earlier incident nobody has explained.
    Incident(Reason),
    /// Whether there was an earlier incident.
    IncidentNotKnown(Reason),
    /// Key questions not answered No, in the directions given.
    KeyQuestions(Vec<Reason>),
    AgencyChecks {
        done: usize,
        needed: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Routing {
    pub outcome: OutcomeKind,
    /// The rule that decided the outcome first, then any other rules for the same outcome that
    /// also hold, then the rules that change the steps.
    pub rules: Vec<ConflictRule>,
    /// Each direction in which abuse is indicated: none, one, or both.
    pub findings: Vec<Finding>,
    pub conflict_signs: Vec<Reason>,
    /// An earlier incident or call-out, when one is recorded.
    pub incident: Option<Reason>,
    pub child_signs: Vec<Reason>,
    /// Children hurt or caught up in an incident.
    pub children_harmed: Vec<Reason>,
    /// Risks to the children's care named in the answers (alcohol or drugs, worries about care).
    pub care_risks: Vec<Reason>,
    /// With no sign of abuse: what stands between the answers and "no indicators of abuse".
    pub missing: Vec<Missing>,
    /// Questions about abuse answered "No", out of all asked (both ways).
    pub abuse_questions_no: usize,
    pub abuse_questions_unknown: usize,
    pub abuse_questions_total: usize,
    /// Every question answered "Not known" or not answered: the checks to make.
    pub unknowns: Vec<Reason>,
    /// Agencies who may know an unknown answer and have not yet been checked with.
    pub checks: Vec<&'static Agency>,
    pub agencies_checked: usize,
    /// Agencies checked with that hold information: the answers should reflect what they hold.
    pub holding_information: Vec<&'static Agency>,
}

impl Routing {
    pub fn both_directions(&self) -> bool {
        self.findings.len() == 2
    }

    /// People at risk and people using harm, in the order of the findings.
    pub fn at_risk(&self) -> Vec<PersonId> {
        self.findings.iter().map(|f| f.target).collect()
    }

    pub fn using_harm(&self) -> Vec<PersonId> {
        self.findings.iter().map(|f| f.actor).collect()
    }

    /// The rule that decided the outcome.
    pub fn decided_by(&self) -> ConflictRule {
        self.rules[0]
    }

    /// Whether a next step applies to these answers.
    pub fn shows(&self, step: &Step) -> bool {
        match step.when {
            StepWhen::Always => true,
            StepWhen::OneDirection => self.findings.len() == 1,
            StepWhen::BothDirections => self.both_directions(),
            StepWhen::ChildHarmed => !self.children_harmed.is_empty(),
            StepWhen::UnsafePlace | StepWhen::ComingUp => false,
        }
    }

    /// Each distinct risk present, by name, with the answers behind it; domestic abuse first.
    pub fn risks(&self) -> Vec<(&'static str, Vec<Reason>)> {
        let mut risks: Vec<(&'static str, Vec<Reason>)> = Vec::new();
        if !self.findings.is_empty() {
            risks.push((DOMESTIC_ABUSE_RISK, self.findings.iter().flat_map(|f| f.indicators.clone()).collect()));
        }
        for reason in self.care_risks.iter().chain(&self.children_harmed) {
            let name = reason.question.risk.expect("build.rs checks every question that adds up names its risk");
            match risks.iter_mut().find(|(n, _)| *n == name) {
                Some((_, reasons)) => reasons.push(*reason),
                None => risks.push((name, vec![*reason])),
            }
        }
        risks
    }

    /// The risks present together, when there are two or more.
    pub fn cumulative(&self) -> Option<Vec<&'static str>> {
        let names: Vec<&'static str> = self.risks().into_iter().map(|(name, _)| name).collect();
        (names.len() >= 2).then_some(names)
    }
}

fn reason(assessment: &ConflictAssessment, subject: Subject, question: &'static Question) -> Reason {
    Reason { subject, question, answer: assessment.responses.answer(subject, question.id) }
}

fn yes(reason: &Reason) -> bool {
    reason.answer == Some(Answer::Yes)
}

fn unknown(reason: &Reason) -> bool {
    matches!(reason.answer, None | Some(Answer::NotKnown))
}

fn finding(
    set: &QuestionSet,
    assessment: &ConflictAssessment,
    actor: PersonId,
    target: PersonId,
    separated: bool,
) -> Option<Finding> {
    let subject = Subject::Between { actor, target };
    let answered_yes = |signal: Signal| {
        set.in_scope(Scope::BetweenAdults)
            .filter(move |q| q.signal == signal)
            .map(move |q| reason(assessment, subject, q))
            .filter(yes)
    };
    let indicators: Vec<Reason> = set
        .in_scope(Scope::BetweenAdults)
        .filter(|q| q.signal.indicates_abuse())
        .map(|q| reason(assessment, subject, q))
        .filter(yes)
        .collect();
    if indicators.is_empty() {
        return None;
    }
    let mut high_risk: Vec<HighRiskBecause> =
        answered_yes(Signal::HighRisk).map(|r| HighRiskBecause::Marker(r.question)).collect();
    if answered_yes(Signal::Escalation).next().is_some() {
        high_risk.push(HighRiskBecause::Escalating);
    }
    if separated && answered_yes(Signal::Control).next().is_some() && answered_yes(Signal::Violence).next().is_some() {
        high_risk.push(HighRiskBecause::SeparationWithControlAndViolence);
    }
    let repeated = answered_yes(Signal::Pattern).next().is_some();
    Some(Finding { actor, target, indicators, high_risk, repeated })
}

/// Routes the answers for the chosen pair of adults; `None` until two adults are chosen.
pub fn route(set: &QuestionSet, record: &FamilyRecord, assessment: &ConflictAssessment) -> Option<Routing> {
    let (a, b) = assessment.adults(record)?;
    let family = |signal: Signal| {
        set.in_scope(Scope::Family).filter(move |q| q.signal == signal).map(|q| reason(assessment, Subject::Family, q))
    };
    let separated = family(Signal::Separation).any(|r| yes(&r));
    let findings: Vec<Finding> = [(a, b), (b, a)]
        .into_iter()
        .filter_map(|(actor, target)| finding(set, assessment, actor, target, separated))
        .collect();

    let directions = [Subject::Between { actor: a, target: b }, Subject::Between { actor: b, target: a }];
    let abuse_answers: Vec<Reason> = set
        .in_scope(Scope::BetweenAdults)
        .filter(|q| q.signal.indicates_abuse())
        .flat_map(|q| directions.map(|subject| reason(assessment, subject, q)))
        .collect();
    let abuse_questions_total = abuse_answers.len();
    let abuse_questions_no = abuse_answers.iter().filter(|r| r.answer == Some(Answer::No)).count();
    let abuse_questions_unknown = abuse_answers.iter().filter(|r| unknown(r)).count();
    let key_unknown: Vec<Reason> = set
        .in_scope(Scope::BetweenAdults)
        .filter(|q| q.critical)
        .flat_map(|q| directions.map(|subject| reason(assessment, subject, q)))
        .filter(unknown)
        .collect();

    let every_subject = |scope: Scope| -> Vec<Subject> {
        match scope {
            Scope::BetweenAdults => directions.to_vec(),
            Scope::Family => vec![Subject::Family],
            Scope::EachChild => record.children().iter().map(|c| Subject::Child(c.id)).collect(),
        }
    };
    let all_answers: Vec<Reason> = set
        .questions
        .iter()
        .flat_map(|q| every_subject(q.scope).into_iter().map(move |subject| reason(assessment, subject, q)))
        .collect();
    let unknowns: Vec<Reason> = all_answers.iter().copied().filter(unknown).collect();
    let checks = set
        .agencies
        .iter()
        .filter(|agency| !assessment.agency_checks.contains_key(agency.id))
        .filter(|agency| unknowns.iter().any(|r| r.question.may_know.contains(&agency.id)))
        .collect();
    let with_signal = |signal: Signal| -> Vec<Reason> {
        all_answers.iter().copied().filter(|r| r.question.signal == signal && yes(r)).collect()
    };
    let incident_answer = family(Signal::Incident).next();
    let incident = incident_answer.filter(yes);
    let children_harmed = with_signal(Signal::ChildHarmed);
    let behaviour: Vec<Reason> = [with_signal(Signal::Pattern), with_signal(Signal::Escalation)].concat();
    let agencies_checked = assessment.agency_checks.len();

    let no_abuse = findings.is_empty();
    let mut missing = Vec::new();
    if no_abuse && !behaviour.is_empty() {
        missing.push(Missing::Behaviour(behaviour));
    }
    if no_abuse && !children_harmed.is_empty() {
        missing.push(Missing::ChildHarmed(children_harmed.clone()));
    }
    if let Some(incident) = incident.filter(|_| no_abuse) {
        missing.push(Missing::Incident(incident));
    }
    if let Some(answer) = incident_answer.filter(unknown) {
        missing.push(Missing::IncidentNotKnown(answer));
    }
    if !key_unknown.is_empty() {
        missing.push(Missing::KeyQuestions(key_unknown));
    }
    if agencies_checked < AGENCY_CHECKS_NEEDED {
        missing.push(Missing::AgencyChecks { done: agencies_checked, needed: AGENCY_CHECKS_NEEDED });
    }

    let holds = |rule: ConflictRule| -> bool {
        let high_risk =
            |because: fn(&HighRiskBecause) -> bool| findings.iter().any(|f| f.high_risk.iter().any(because));
        let is_missing = |wanted: fn(&Missing) -> bool| missing.iter().any(wanted);
        match rule {
            ConflictRule::HighRiskMarker => high_risk(|b| matches!(b, HighRiskBecause::Marker(_))),
            ConflictRule::Escalation => high_risk(|b| matches!(b, HighRiskBecause::Escalating)),
            ConflictRule::Separation => high_risk(|b| matches!(b, HighRiskBecause::SeparationWithControlAndViolence)),
            ConflictRule::AbuseSign => !no_abuse,
            ConflictRule::BehaviourUnexplained => is_missing(|m| matches!(m, Missing::Behaviour(_))),
            ConflictRule::ChildHarmed => is_missing(|m| matches!(m, Missing::ChildHarmed(_))),
            ConflictRule::IncidentUnexplained => is_missing(|m| matches!(m, Missing::Incident(_))),
            ConflictRule::IncidentNotKnown => is_missing(|m| matches!(m, Missing::IncidentNotKnown(_))),
            ConflictRule::KeyQuestionNotKnown => is_missing(|m| matches!(m, Missing::KeyQuestions(_))),
            ConflictRule::TooFewChecks => is_missing(|m| matches!(m, Missing::AgencyChecks { .. })),
            ConflictRule::NoIndicators => no_abuse && missing.is_empty(),
            ConflictRule::BothDirections => findings.len() == 2,
            ConflictRule::ChildReferral => !children_harmed.is_empty(),
            ConflictRule::RisksAddUp => false,
        }
    };
    let (outcome, rules) = apply(&ConflictRule::ALL, ConflictRule::outcome, holds)
        .expect("no-indicators holds whenever no other outcome rule does");

    let mut routing = Routing {
        outcome,
        rules,
        findings,
        conflict_signs: with_signal(Signal::Conflict),
        incident,
        child_signs: with_signal(Signal::Child),
        children_harmed,
        care_risks: [with_signal(Signal::CareRisk), with_signal(Signal::CareWorry)].concat(),
        missing: if no_abuse { missing } else { Vec::new() },
        abuse_questions_no,
        abuse_questions_unknown,
        abuse_questions_total,
        unknowns,
        checks,
        agencies_checked,
        holding_information: set
            .agencies
            .iter()
            .filter(|a| assessment.agency_checks.get(a.id) == Some(&AgencyCheck::HoldsInformation))
            .collect(),
    };
    if routing.cumulative().is_some() {
        routing.rules.push(ConflictRule::RisksAddUp);
    }
    Some(routing)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CONFLICT_OR_ABUSE as SET;
    use crate::domain::answer::{Answer, Response};
    use crate::domain::conflict::assessment::AgencyCheck;
    use crate::domain::family_record::{ChildAge, Label};
    use proptest::prelude::*;

    struct Family {
        record: FamilyRecord,
        a: PersonId,
        b: PersonId,
        child: PersonId,
        assessment: ConflictAssessment,
    }

    fn family(first: &str, second: &str) -> Family {
        let mut record = FamilyRecord::default();
        let a = record.add_adult(Label::parse(first).unwrap()).unwrap();
        let b = record.add_adult(Label::parse(second).unwrap()).unwrap();
        let child = record.add_child(Label::parse("Baby").unwrap(), ChildAge::parse("0").unwrap()).unwrap();
        let assessment = ConflictAssessment::for_pair(a, b);
        Family { record, a, b, child, assessment }
    }

    /// Everything "no indicators of abuse" needs: every question about abuse answered No both
    /// ways, no earlier incident, and checks with two agencies.
    fn cleared() -> Family {
        let mut f = family("A", "B");
        f.all_abuse_questions(Answer::No);
        f.set(Subject::Family, "earlier-incidents", Answer::No);
        f.check("police").check("health-visitor");
        f
    }

    impl Family {
        fn set(&mut self, subject: Subject, question: &str, answer: Answer) -> &mut Self {
            let question = SET.question(question).unwrap_or_else(|| panic!("no question {question}")).id;
            self.assessment.responses.set(subject, question, Response { answer: Some(answer), note: String::new() });
            self
        }

        fn check(&mut self, agency: &'static str) -> &mut Self {
            self.assessment.agency_checks.insert(agency, AgencyCheck::NothingKnown);
            self
        }

        fn ab(&self) -> Subject {
            Subject::Between { actor: self.a, target: self.b }
        }

        fn ba(&self) -> Subject {
            Subject::Between { actor: self.b, target: self.a }
        }

        /// Every key question (about abuse and its pattern) answered the same way, both ways.
        fn all_abuse_questions(&mut self, answer: Answer) -> &mut Self {
            for q in SET.in_scope(Scope::BetweenAdults).filter(|q| q.critical) {
                for subject in [self.ab(), self.ba()] {
                    self.assessment.responses.set(
                        subject,
                        q.id,
                        Response { answer: Some(answer), note: String::new() },
                    );
                }
            }
            self
        }

        fn route(&self) -> Routing {
            route(&SET, &self.record, &self.assessment).expect("two adults chosen")
        }
    }

    fn ids(reasons: &[Reason]) -> Vec<&'static str> {
        reasons.iter().map(|r| r.question.id).collect()
    }

    /// A worked case for every rule in the published table: answers for which the rule holds.
    /// For the rules that decide "not enough known", it is the only such rule that holds.
    fn worked_case(rule: ConflictRule) -> Family {
        let mut f = cleared();
        let (ab, ba) = (f.ab(), f.ba());
        let child = Subject::Child(f.child);
        match rule {
            ConflictRule::HighRiskMarker => f.set(ab, "strangulation", Answer::Yes),
            ConflictRule::Escalation => f.set(ab, "controls", Answer::Yes).set(ab, "getting-worse", Answer::Yes),
            ConflictRule::Separation => f
                .set(Subject::Family, "separation", Answer::Yes)
                .set(ab, "monitors", Answer::Yes)
                .set(ab, "sexual-coercion", Answer::Yes),
            ConflictRule::AbuseSign => f.set(ba, "afraid", Answer::Yes),
            ConflictRule::BehaviourUnexplained => f.set(ab, "more-than-once", Answer::Yes),
            ConflictRule::ChildHarmed => f.set(child, "child-caught-up", Answer::Yes),
            ConflictRule::IncidentUnexplained => f.set(Subject::Family, "earlier-incidents", Answer::Yes),
            ConflictRule::IncidentNotKnown => f.set(Subject::Family, "earlier-incidents", Answer::NotKnown),
            ConflictRule::KeyQuestionNotKnown => f.set(ba, "monitors", Answer::NotKnown),
            ConflictRule::TooFewChecks => {
                f.assessment.agency_checks.remove("police");
                &mut f
            }
            ConflictRule::NoIndicators => &mut f,
            ConflictRule::BothDirections => f.set(ab, "physical-harm", Answer::Yes).set(ba, "controls", Answer::Yes),
            ConflictRule::ChildReferral => {
                f.set(ab, "physical-harm", Answer::Yes).set(child, "child-caught-up", Answer::Yes)
            }
            ConflictRule::RisksAddUp => f.set(ab, "physical-harm", Answer::Yes).set(ba, "substances-care", Answer::Yes),
        };
        f
    }

    /// The published table and the code agree: every rule the code applies has exactly one row,
    /// in the code's order, and each row's worked case gives the row's outcome with that rule
    /// among the reasons.
    #[test]
    fn every_published_rule_matches_the_code() {
        assert!(SET.rules.iter().map(|row| row.rule).eq(ConflictRule::ALL), "one row per rule, in order");
        for row in SET.rules {
            assert_eq!(row.outcome, row.rule.outcome(), "{:?}: the table's outcome is not the code's", row.rule);
            let routing = worked_case(row.rule).route();
            assert!(
                routing.rules.contains(&row.rule),
                "{:?} does not hold in its worked case: {:?}",
                row.rule,
                routing.rules
            );
            if let Some(outcome) = row.outcome {
                assert_eq!(routing.outcome, outcome, "{:?}", row.rule);
                assert_eq!(routing.decided_by(), row.rule, "{:?}", row.rule);
            }
            if row.outcome == Some(OutcomeKind::NotEnoughKnown) {
                assert_eq!(
                    routing.missing.len(),
                    1,
                    "{:?}: exactly one thing missing: {:?}",
                    row.rule,
                    routing.missing
                );
            }
        }
    }

    #[test]
    fn no_route_until_two_adults_are_chosen() {
        let mut f = family("A", "B");
        f.assessment.pair = None;
        assert_eq!(route(&SET, &f.record, &f.assessment), None);
    }

    #[test]
    fn all_no_with_heated_unresolved_arguments_and_checks_made_is_conflict_not_abuse() {
        let mut f = cleared();
        f.set(Subject::Family, "argue-often", Answer::Yes).set(Subject::Family, "argue-unresolved", Answer::Yes);
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::NoAbuseIndicated);
        assert_eq!(routing.rules, [ConflictRule::NoIndicators]);
        assert!(routing.findings.is_empty() && routing.missing.is_empty());
        assert_eq!(ids(&routing.conflict_signs), ["argue-often", "argue-unresolved"]);
        assert_eq!(routing.abuse_questions_no, routing.abuse_questions_total);
    }

    /// Item 1: the parents' own answers alone, with no check with any other agency, are not
    /// enough to say there is no abuse.
    #[test]
    fn the_adults_own_answers_without_two_agency_checks_are_not_enough() {
        let mut f = cleared();
        f.assessment.agency_checks.clear();
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::NotEnoughKnown);
        assert_eq!(routing.missing, [Missing::AgencyChecks { done: 0, needed: 2 }]);
        f.check("gp");
        assert_eq!(f.route().missing, [Missing::AgencyChecks { done: 1, needed: 2 }]);
        f.check("school");
        assert_eq!(f.route().outcome, OutcomeKind::NoAbuseIndicated);
    }

    /// Item 2: any one key question left unknown, in either direction, stops "no indicators",
    /// and the outcome lists it.
    #[test]
    fn every_key_question_must_be_answered_no_both_ways() {
        let key: Vec<&Question> = SET.questions.iter().filter(|q| q.critical).collect();
        let expected = [
            "afraid",
            "cannot-disagree",
            "changes-behaviour",
            "controls",
            "monitors",
            "stalks",
            "physical-harm",
            "sexual-coercion",
            "threatens",
            "threat-to-kill",
            "strangulation",
            "weapon",
            "damages-property",
            "uses-children",
            "more-than-once",
            "getting-worse",
            "very-frightened",
        ];
        assert!(key.iter().map(|q| q.id).eq(expected));
        for question in key {
            for unknown in [Some(Answer::NotKnown), None] {
                let mut f = cleared();
                let ba = f.ba();
                f.assessment.responses.set(ba, question.id, Response { answer: unknown, note: String::new() });
                let routing = f.route();
                assert_eq!(routing.outcome, OutcomeKind::NotEnoughKnown, "{}", question.id);
                let Missing::KeyQuestions(reasons) = &routing.missing[0] else { panic!("{:?}", routing.missing) };
                assert_eq!((reasons[0].question.id, reasons[0].subject), (question.id, ba));
            }
        }
    }

    /// Item 3: repeated or worsening harm with nothing else is not "no indicators".
    #[test]
    fn repeated_or_worsening_harm_alone_means_find_out_what_it_is() {
        for id in ["more-than-once", "getting-worse"] {
            let mut f = cleared();
            let ab = f.ab();
            f.set(ab, id, Answer::Yes);
            let routing = f.route();
            assert_eq!(routing.outcome, OutcomeKind::NotEnoughKnown, "{id}");
            assert_eq!(routing.rules, [ConflictRule::BehaviourUnexplained]);
        }
    }

    /// Item 4: a child hurt or caught up changes the outcome and adds a child step, whatever
    /// the route for the adults.
    #[test]
    fn a_child_hurt_or_caught_up_changes_the_outcome_and_the_steps() {
        let mut f = cleared();
        let child = Subject::Child(f.child);
        f.set(child, "child-caught-up", Answer::Yes);
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::NotEnoughKnown);
        assert!(routing.rules.contains(&ConflictRule::ChildReferral));
        for kind in OutcomeKind::ALL.into_iter().filter(|k| *k != OutcomeKind::NoAbuseIndicated) {
            let first = SET.outcome(kind).steps.iter().find(|s| routing.shows(s)).unwrap();
            assert_eq!((first.id, first.referral), ("child-referral", true), "{kind:?}");
        }
        let ab = f.ab();
        f.set(ab, "physical-harm", Answer::Yes);
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::AbuseIndicated);
        assert!(routing.rules.contains(&ConflictRule::ChildReferral));
        assert!(!cleared().route().shows(&SET.outcome(OutcomeKind::AbuseIndicated).steps[0]));
    }

    #[test]
    fn one_yes_to_a_sign_of_abuse_indicates_abuse_in_that_direction_only() {
        for question in SET
            .in_scope(Scope::BetweenAdults)
            .filter(|q| matches!(q.signal, Signal::Abuse | Signal::Control | Signal::Violence))
        {
            let mut f = family("A", "B");
            f.all_abuse_questions(Answer::No);
            let ba = f.ba();
            f.set(ba, question.id, Answer::Yes);
            let routing = f.route();
            assert_eq!(routing.outcome, OutcomeKind::AbuseIndicated, "{}", question.id);
            assert_eq!(routing.findings.len(), 1);
            assert_eq!((routing.findings[0].actor, routing.findings[0].target), (f.b, f.a));
            assert_eq!(ids(&routing.findings[0].indicators), [question.id]);
        }
    }

    #[test]
    fn each_high_risk_marker_on_its_own_makes_the_risk_high() {
        let markers: Vec<&Question> =
            SET.in_scope(Scope::BetweenAdults).filter(|q| q.signal == Signal::HighRisk).collect();
        assert!(markers.iter().map(|q| q.id).eq(["stalks", "threat-to-kill", "strangulation", "very-frightened"]));
        for marker in markers {
            let mut f = family("A", "B");
            f.all_abuse_questions(Answer::No);
            let ab = f.ab();
            f.set(ab, marker.id, Answer::Yes);
            let routing = f.route();
            assert_eq!(routing.outcome, OutcomeKind::HighRisk, "{}", marker.id);
            assert_eq!(routing.findings[0].high_risk, [HighRiskBecause::Marker(marker)]);
        }
    }

    #[test]
    fn escalation_raises_the_risk_only_alongside_abuse() {
        let mut f = cleared();
        let ab = f.ab();
        f.set(ab, "getting-worse", Answer::Yes);
        assert_eq!(f.route().outcome, OutcomeKind::NotEnoughKnown);
        f.set(ab, "controls", Answer::Yes);
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::HighRisk);
        assert_eq!(routing.findings[0].high_risk, [HighRiskBecause::Escalating]);
    }

    /// Item 5: sexual violence counts alongside physical violence.
    #[test]
    fn separation_with_control_and_physical_or_sexual_violence_in_one_direction_is_high_risk() {
        for violence in ["physical-harm", "sexual-coercion", "weapon"] {
            let mut f = family("A", "B");
            f.all_abuse_questions(Answer::No);
            let ab = f.ab();
            f.set(Subject::Family, "separation", Answer::Yes).set(ab, "controls", Answer::Yes);
            assert_eq!(f.route().outcome, OutcomeKind::AbuseIndicated, "control without violence");
            f.set(ab, violence, Answer::Yes);
            let routing = f.route();
            assert_eq!(routing.outcome, OutcomeKind::HighRisk, "{violence}");
            assert_eq!(routing.findings[0].high_risk, [HighRiskBecause::SeparationWithControlAndViolence]);
        }

        let mut split = family("A", "B");
        split.all_abuse_questions(Answer::No);
        let (ab, ba) = (split.ab(), split.ba());
        split.set(Subject::Family, "separation", Answer::Yes).set(ab, "controls", Answer::Yes).set(
            ba,
            "physical-harm",
            Answer::Yes,
        );
        assert_eq!(
            split.route().outcome,
            OutcomeKind::AbuseIndicated,
            "control and violence must be in the same direction"
        );
    }

    /// Item 6: abuse both ways means each adult separately, never one conversation.
    #[test]
    fn abuse_both_ways_gives_separate_steps_for_each_adult() {
        let mut f = family("A", "B");
        f.all_abuse_questions(Answer::No);
        let (ab, ba) = (f.ab(), f.ba());
        f.set(ab, "physical-harm", Answer::Yes).set(ba, "controls", Answer::Yes);
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::AbuseIndicated);
        assert!(routing.both_directions() && routing.rules.contains(&ConflictRule::BothDirections));
        assert_eq!(routing.at_risk(), [f.b, f.a]);
        let shown: Vec<&str> =
            SET.outcome(routing.outcome).steps.iter().filter(|s| routing.shows(s)).map(|s| s.id).collect();
        assert!(shown.contains(&"risk-checklist-each") && shown.contains(&"who-is-doing-what"));
        assert!(!shown.contains(&"risk-checklist") && !shown.contains(&"behaviour-change"));
        for kind in [OutcomeKind::HighRisk, OutcomeKind::AbuseIndicated] {
            let step = SET.outcome(kind).steps.iter().find(|s| s.id == "risk-checklist-each").unwrap();
            assert!(step.text.contains("separately") && step.text.contains("never together"), "{kind:?}");
        }
    }

    /// Item 9: alcohol or drugs affecting care, and one adult's worry about the other's care,
    /// are asked about each adult and add up with abuse even with no baby.
    #[test]
    fn care_risks_are_asked_of_each_adult_and_add_up() {
        let mut f = cleared();
        f.record.remove(f.child);
        let (ab, ba) = (f.ab(), f.ba());
        f.set(ba, "substances-care", Answer::Yes);
        assert_eq!(f.route().cumulative(), None, "one risk alone");
        f.set(ab, "worried-about-care", Answer::Yes);
        let routing = f.route();
        assert_eq!(
            routing.cumulative(),
            Some(vec![
                "alcohol or drugs affecting the children's care",
                "an adult worried about the other's care of the children"
            ])
        );
        assert!(routing.rules.contains(&ConflictRule::RisksAddUp));
        f.set(ab, "physical-harm", Answer::Yes);
        assert_eq!(f.route().cumulative().unwrap()[0], DOMESTIC_ABUSE_RISK);
    }

    #[test]
    fn nothing_answered_is_not_enough_known_with_every_agency_to_check() {
        let f = family("A", "B");
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::NotEnoughKnown);
        assert_eq!(routing.abuse_questions_unknown, routing.abuse_questions_total);
        let expected = 2 * SET.in_scope(Scope::BetweenAdults).count()
            + SET.in_scope(Scope::Family).count()
            + SET.in_scope(Scope::EachChild).count();
        assert_eq!(routing.unknowns.len(), expected);
        assert_eq!(routing.checks.len(), SET.agencies.len());
        assert_eq!(
            routing.rules,
            [ConflictRule::IncidentNotKnown, ConflictRule::KeyQuestionNotKnown, ConflictRule::TooFewChecks]
        );
    }

    #[test]
    fn not_known_never_counts_as_no() {
        let mut f = cleared();
        f.all_abuse_questions(Answer::NotKnown);
        assert_eq!(f.route().outcome, OutcomeKind::NotEnoughKnown);
        assert_eq!(f.route().abuse_questions_no, 0);
    }

    /// Item 2: any question about abuse or its pattern left unknown is a key question still to
    /// answer; none may be skipped on the way to "no indicators".
    #[test]
    fn every_question_about_abuse_and_its_pattern_is_a_key_question() {
        for q in SET.in_scope(Scope::BetweenAdults) {
            let key = q.signal.indicates_abuse() || matches!(q.signal, Signal::Pattern | Signal::Escalation);
            assert_eq!(q.critical, key, "{}", q.id);
        }
    }

    #[test]
    fn an_unexplained_earlier_incident_means_find_out_first() {
        let mut f = cleared();
        f.set(Subject::Family, "earlier-incidents", Answer::Yes);
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::NotEnoughKnown);
        assert_eq!(routing.incident.map(|r| r.question.id), Some("earlier-incidents"));
        let ab = f.ab();
        f.set(ab, "physical-harm", Answer::Yes);
        assert_eq!(f.route().outcome, OutcomeKind::AbuseIndicated);
    }

    #[test]
    fn checked_agencies_drop_off_the_list_of_checks() {
        let mut f = family("A", "B");
        f.check("police");
        let routing = f.route();
        assert!(!routing.checks.iter().any(|a| a.id == "police"));
        assert_eq!(routing.checks.len(), SET.agencies.len() - 1);
    }

    #[test]
    fn the_childs_experience_is_kept_with_every_outcome() {
        let mut f = cleared();
        let child = Subject::Child(f.child);
        f.set(child, "child-sees-hears", Answer::Yes);
        assert_eq!(ids(&f.route().child_signs), ["child-sees-hears"]);
    }

    const CHOICES: [Option<Answer>; 4] = [None, Some(Answer::Yes), Some(Answer::No), Some(Answer::NotKnown)];

    /// Answers for every question: both ways between the adults, the household, one child.
    fn answer_slots() -> usize {
        SET.in_scope(Scope::BetweenAdults).count() * 2
            + SET.in_scope(Scope::Family).count()
            + SET.in_scope(Scope::EachChild).count()
    }

    /// Fills in answers, mostly No so that every outcome is reached, and checks with some agencies.
    fn fill(f: &mut Family, choices: &[usize], checks: usize, mirrored: bool) {
        let (ab, ba) = if mirrored { (f.ba(), f.ab()) } else { (f.ab(), f.ba()) };
        let child = Subject::Child(f.child);
        let subjects = SET
            .in_scope(Scope::BetweenAdults)
            .flat_map(|q| [(ab, q), (ba, q)])
            .chain(SET.in_scope(Scope::Family).map(|q| (Subject::Family, q)))
            .chain(SET.in_scope(Scope::EachChild).map(|q| (child, q)));
        for ((subject, question), choice) in subjects.zip(choices) {
            let answer = CHOICES.get(*choice).copied().unwrap_or(Some(Answer::No));
            f.assessment.responses.set(subject, question.id, Response { answer, note: String::new() });
        }
        for agency in SET.agencies.iter().take(checks) {
            f.check(agency.id);
        }
    }

    fn mirror(finding: &Finding) -> (PersonId, PersonId, usize, bool) {
        (finding.target, finding.actor, finding.high_risk.len(), finding.repeated)
    }

    fn choices() -> impl Strategy<Value = Vec<usize>> {
        proptest::collection::vec(prop_oneof![1 => 0..4usize, 12 => Just(4usize)], answer_slots())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1500))]

        /// Whichever adult is the mother, the same answers give the same result.
        #[test]
        fn swapping_who_is_mother_and_father_changes_nothing(choices in choices(), checks in 0..4usize) {
            let mut mother_first = family("Mother", "Father");
            let mut father_first = family("Father", "Mother");
            fill(&mut mother_first, &choices, checks, false);
            fill(&mut father_first, &choices, checks, false);
            prop_assert_eq!(mother_first.route(), father_first.route());
        }

        /// The same answers given the other way round give the mirrored result: the rules do
        /// not depend on which adult was listed first.
        #[test]
        fn mirrored_answers_give_the_mirrored_outcome(choices in choices(), checks in 0..4usize) {
            let mut forward = family("Mother", "Father");
            let mut mirrored = family("Mother", "Father");
            fill(&mut forward, &choices, checks, false);
            fill(&mut mirrored, &choices, checks, true);
            let (there, back) = (forward.route(), mirrored.route());
            prop_assert_eq!(there.outcome, back.outcome);
            prop_assert_eq!(&there.rules, &back.rules);
            prop_assert_eq!(there.cumulative(), back.cumulative());
            let mut expected: Vec<_> = there.findings.iter().map(mirror).collect();
            let mut actual: Vec<_> = back.findings.iter().map(|f| (f.actor, f.target, f.high_risk.len(), f.repeated)).collect();
            expected.sort();
            actual.sort();
            prop_assert_eq!(expected, actual);
            prop_assert_eq!(there.abuse_questions_unknown, back.abuse_questions_unknown);
            mirrored.assessment.pair = Some((mirrored.b, mirrored.a));
            prop_assert_eq!(mirrored.route().outcome, there.outcome);
        }

        /// No all-clear without evidence: "no indicators" only ever comes with every key
        /// question No both ways, earlier incidents No, no child hurt and two agency checks.
        #[test]
        fn no_indicators_always_has_the_evidence_behind_it(choices in choices(), checks in 0..4usize) {
            let mut f = family("A", "B");
            fill(&mut f, &choices, checks, false);
            let routing = f.route();
            let answer = |subject, id| f.assessment.responses.answer(subject, id);
            let evidence = SET.questions.iter().filter(|q| q.critical).all(|q| {
                answer(f.ab(), q.id) == Some(Answer::No) && answer(f.ba(), q.id) == Some(Answer::No)
            }) && answer(Subject::Family, "earlier-incidents") == Some(Answer::No)
                && answer(Subject::Child(f.child), "child-caught-up") != Some(Answer::Yes)
                && f.assessment.agency_checks.len() >= AGENCY_CHECKS_NEEDED;
            if routing.outcome == OutcomeKind::NoAbuseIndicated {
                prop_assert!(evidence);
                prop_assert!(routing.missing.is_empty());
            }
            if routing.outcome == OutcomeKind::NotEnoughKnown {
                prop_assert!(!routing.missing.is_empty());
            }
        }
    }
}
