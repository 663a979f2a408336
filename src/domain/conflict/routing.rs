//! Explainable routing: from the answers to one of four outcomes, with the answers that led to
//! it. Pure functions; the rules are the facts in the content brief §1-2:
//!
//! - any "Yes" to a sign of abuse indicates abuse from that actor towards that target;
//! - a high-risk marker, escalation alongside abuse, or separation alongside both control and
//!   violence in the same direction makes the risk high;
//! - with no sign of abuse, too many unknowns (more than a quarter of the questions about
//!   abuse), or an earlier incident nobody has explained, means not enough is known;
//! - otherwise there are no indicators of abuse on what is known.
//!
//! Nothing here knows who is a mother or a father: the rules see only who did what to whom.

use crate::domain::answer::Answer;
use crate::domain::family::{FamilyRecord, PersonId};

use super::assessment::{ConflictAssessment, Subject};
use super::question::{Agency, OutcomeKind, Question, QuestionSet, Scope, Signal};

/// With no sign of abuse, more than this share of unknown answers to the questions about abuse
/// means not enough is known to say.
pub const UNKNOWN_SHARE_LIMIT: (usize, usize) = (1, 4);

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

#[derive(Clone, Debug, PartialEq)]
pub struct Routing {
    pub outcome: OutcomeKind,
    /// Each direction in which abuse is indicated: none, one, or both.
    pub findings: Vec<Finding>,
    pub conflict_signs: Vec<Reason>,
    /// An earlier incident or call-out, when one is recorded.
    pub incident: Option<Reason>,
    pub child_signs: Vec<Reason>,
    /// Questions about abuse answered "No", out of all asked (both ways).
    pub abuse_questions_no: usize,
    pub abuse_questions_unknown: usize,
    pub abuse_questions_total: usize,
    /// Every question answered "Not known" or not answered: the checks to make.
    pub unknowns: Vec<Reason>,
    /// Agencies who may know an unknown answer and have not yet been checked with.
    pub checks: Vec<&'static Agency>,
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
    let incident = with_signal(Signal::Incident).into_iter().next();

    let (limit_num, limit_den) = UNKNOWN_SHARE_LIMIT;
    let too_much_unknown = abuse_questions_unknown * limit_den > abuse_questions_total * limit_num;
    let outcome = if findings.iter().any(|f| !f.high_risk.is_empty()) {
        OutcomeKind::HighRisk
    } else if !findings.is_empty() {
        OutcomeKind::AbuseIndicated
    } else if too_much_unknown || incident.is_some() {
        OutcomeKind::NotEnoughKnown
    } else {
        OutcomeKind::NoAbuseIndicated
    };

    Some(Routing {
        outcome,
        findings,
        conflict_signs: with_signal(Signal::Conflict),
        incident,
        child_signs: with_signal(Signal::Child),
        abuse_questions_no,
        abuse_questions_unknown,
        abuse_questions_total,
        unknowns,
        checks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CONFLICT_OR_ABUSE as SET;
    use crate::domain::answer::{Answer, Response};
    use crate::domain::conflict::assessment::AgencyCheck;
    use crate::domain::family::{ChildAge, Label};
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

    impl Family {
        fn set(&mut self, subject: Subject, question: &str, answer: Answer) -> &mut Self {
            let question = SET.question(question).unwrap_or_else(|| panic!("no question {question}")).id;
            self.assessment.responses.set(subject, question, Response { answer: Some(answer), note: String::new() });
            self
        }

        fn ab(&self) -> Subject {
            Subject::Between { actor: self.a, target: self.b }
        }

        fn ba(&self) -> Subject {
            Subject::Between { actor: self.b, target: self.a }
        }

        /// Every question about abuse answered the same way, both ways.
        fn all_abuse_questions(&mut self, answer: Answer) -> &mut Self {
            for q in SET.in_scope(Scope::BetweenAdults) {
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

    #[test]
    fn no_route_until_two_adults_are_chosen() {
        let mut f = family("A", "B");
        f.assessment.pair = None;
        assert_eq!(route(&SET, &f.record, &f.assessment), None);
    }

    #[test]
    fn all_no_with_heated_unresolved_arguments_is_conflict_not_abuse() {
        let mut f = family("A", "B");
        f.all_abuse_questions(Answer::No);
        f.set(Subject::Family, "argue-often", Answer::Yes).set(Subject::Family, "argue-unresolved", Answer::Yes);
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::NoAbuseIndicated);
        assert!(routing.findings.is_empty());
        assert_eq!(ids(&routing.conflict_signs), ["argue-often", "argue-unresolved"]);
        assert_eq!(routing.abuse_questions_no, routing.abuse_questions_total);
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
        let mut f = family("A", "B");
        f.all_abuse_questions(Answer::No);
        let ab = f.ab();
        f.set(ab, "getting-worse", Answer::Yes);
        assert_eq!(f.route().outcome, OutcomeKind::NoAbuseIndicated);
        f.set(ab, "controls", Answer::Yes);
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::HighRisk);
        assert_eq!(routing.findings[0].high_risk, [HighRiskBecause::Escalating]);
    }

    #[test]
    fn separation_with_control_and_violence_in_one_direction_is_high_risk() {
        let mut f = family("A", "B");
        f.all_abuse_questions(Answer::No);
        let ab = f.ab();
        f.set(Subject::Family, "separation", Answer::Yes).set(ab, "controls", Answer::Yes);
        assert_eq!(f.route().outcome, OutcomeKind::AbuseIndicated, "control without violence");
        f.set(ab, "physical-harm", Answer::Yes);
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::HighRisk);
        assert_eq!(routing.findings[0].high_risk, [HighRiskBecause::SeparationWithControlAndViolence]);

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

    #[test]
    fn abuse_both_ways_is_said_plainly() {
        let mut f = family("A", "B");
        f.all_abuse_questions(Answer::No);
        let (ab, ba) = (f.ab(), f.ba());
        f.set(ab, "physical-harm", Answer::Yes).set(ba, "controls", Answer::Yes);
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::AbuseIndicated);
        assert!(routing.both_directions());
        assert_eq!(routing.at_risk(), [f.b, f.a]);
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
    }

    #[test]
    fn not_known_never_counts_as_no() {
        let mut f = family("A", "B");
        f.all_abuse_questions(Answer::NotKnown);
        assert_eq!(f.route().outcome, OutcomeKind::NotEnoughKnown);
        assert_eq!(f.route().abuse_questions_no, 0);
    }

    #[test]
    fn up_to_a_quarter_unknown_is_judged_on_what_is_known_and_more_is_not_enough() {
        let abuse_questions: Vec<&Question> =
            SET.in_scope(Scope::BetweenAdults).filter(|q| q.signal.indicates_abuse()).collect();
        let total = abuse_questions.len() * 2;
        let limit = total * UNKNOWN_SHARE_LIMIT.0 / UNKNOWN_SHARE_LIMIT.1;
        let mut f = family("A", "B");
        f.all_abuse_questions(Answer::No);
        let (ab, ba) = (f.ab(), f.ba());
        let slots: Vec<(Subject, &str)> = abuse_questions.iter().flat_map(|q| [(ab, q.id), (ba, q.id)]).collect();
        for (subject, id) in &slots[..limit] {
            f.set(*subject, id, Answer::NotKnown);
        }
        let routing = f.route();
        assert_eq!(routing.outcome, OutcomeKind::NoAbuseIndicated, "{limit} of {total} unknown");
        assert_eq!(routing.abuse_questions_unknown, limit);
        let (subject, id) = slots[limit];
        f.set(subject, id, Answer::NotKnown);
        assert_eq!(f.route().outcome, OutcomeKind::NotEnoughKnown);
    }

    #[test]
    fn an_unexplained_earlier_incident_means_find_out_first() {
        let mut f = family("A", "B");
        f.all_abuse_questions(Answer::No);
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
        f.assessment.agency_checks.insert("police", AgencyCheck::NothingKnown);
        let routing = f.route();
        assert!(!routing.checks.iter().any(|a| a.id == "police"));
        assert_eq!(routing.checks.len(), SET.agencies.len() - 1);
    }

    #[test]
    fn the_childs_experience_is_kept_with_every_outcome() {
        let mut f = family("A", "B");
        f.all_abuse_questions(Answer::No);
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

    fn fill(f: &mut Family, choices: &[usize], mirrored: bool) {
        let (ab, ba) = if mirrored { (f.ba(), f.ab()) } else { (f.ab(), f.ba()) };
        let child = Subject::Child(f.child);
        let subjects = SET
            .in_scope(Scope::BetweenAdults)
            .flat_map(|q| [(ab, q), (ba, q)])
            .chain(SET.in_scope(Scope::Family).map(|q| (Subject::Family, q)))
            .chain(SET.in_scope(Scope::EachChild).map(|q| (child, q)));
        for ((subject, question), choice) in subjects.zip(choices) {
            f.assessment.responses.set(
                subject,
                question.id,
                Response { answer: CHOICES[*choice], note: String::new() },
            );
        }
    }

    fn mirror(finding: &Finding) -> (PersonId, PersonId, usize, bool) {
        (finding.target, finding.actor, finding.high_risk.len(), finding.repeated)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1500))]

        /// Whichever adult is the mother, the same answers give the same result.
        #[test]
        fn swapping_who_is_mother_and_father_changes_nothing(choices in proptest::collection::vec(0..4usize, answer_slots())) {
            let mut mother_first = family("Mother", "Father");
            let mut father_first = family("Father", "Mother");
            fill(&mut mother_first, &choices, false);
            fill(&mut father_first, &choices, false);
            prop_assert_eq!(mother_first.route(), father_first.route());
        }

        /// The same answers given the other way round give the mirrored result: the rules do
        /// not depend on which adult was listed first.
        #[test]
        fn mirrored_answers_give_the_mirrored_outcome(choices in proptest::collection::vec(0..4usize, answer_slots())) {
            let mut forward = family("Mother", "Father");
            let mut mirrored = family("Mother", "Father");
            fill(&mut forward, &choices, false);
            fill(&mut mirrored, &choices, true);
            let (there, back) = (forward.route(), mirrored.route());
            prop_assert_eq!(there.outcome, back.outcome);
            let mut expected: Vec<_> = there.findings.iter().map(mirror).collect();
            let mut actual: Vec<_> = back.findings.iter().map(|f| (f.actor, f.target, f.high_risk.len(), f.repeated)).collect();
            expected.sort();
            actual.sort();
            prop_assert_eq!(expected, actual);
            prop_assert_eq!(there.abuse_questions_unknown, back.abuse_questions_unknown);
            mirrored.assessment.pair = Some((mirrored.b, mirrored.a));
            prop_assert_eq!(mirrored.route().outcome, there.outcome);
        }
    }
}
