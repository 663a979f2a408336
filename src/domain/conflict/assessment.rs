//! What the practitioner records in the "parental conflict or domestic abuse?" set, on the
//! shared family record.

use std::collections::BTreeMap;

use crate::domain::answer::{Answer, Responses};
use crate::domain::date::CalendarDate;
use crate::domain::family_record::{FamilyRecord, PersonId};

use super::question::OutcomeKind;

/// Whom one answer is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// What `actor` does, and how `target` is affected.
    Between {
        actor: PersonId,
        target: PersonId,
    },
    Family,
    Child(PersonId),
}

impl Subject {
    fn involves(self, person: PersonId) -> bool {
        match self {
            Self::Between { actor, target } => actor == person || target == person,
            Self::Family => false,
            Self::Child(child) => child == person,
        }
    }
}

/// Before asking anyone about abuse: are they alone, is it safe now, how to reach them safely.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SafetyCheck {
    pub alone: Option<Answer>,
    pub safe_to_talk: Option<Answer>,
    pub safe_contact: String,
}

impl SafetyCheck {
    /// Only a clear Yes to both means it is safe to ask now.
    pub fn safe_to_ask(&self) -> bool {
        self.alone == Some(Answer::Yes) && self.safe_to_talk == Some(Answer::Yes)
    }
}

/// Whether another agency has been asked what it knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgencyCheck {
    HoldsInformation,
    NothingKnown,
}

impl AgencyCheck {
    pub const ALL: [AgencyCheck; 2] = [AgencyCheck::HoldsInformation, AgencyCheck::NothingKnown];

    /// How the record file writes the check.
    pub fn id(self) -> &'static str {
        match self {
            Self::HoldsInformation => "holds-information",
            Self::NothingKnown => "nothing-known",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|check| check.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::HoldsInformation => "Checked: they hold information",
            Self::NothingKnown => "Checked: nothing known",
        }
    }
}

/// A professional judgement that differs from the computed outcome. The summary shows both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judgement {
    pub outcome: OutcomeKind,
    pub reason: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JudgementError {
    ReasonMissing,
}

impl std::fmt::Display for JudgementError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Give the reason for your professional judgement")
    }
}

impl Judgement {
    pub fn new(outcome: OutcomeKind, reason: &str) -> Result<Self, JudgementError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(JudgementError::ReasonMissing);
        }
        Ok(Self { outcome, reason: reason.to_owned() })
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConflictAssessment {
    /// The two adults the questions are about, in the order they were chosen.
    pub pair: Option<(PersonId, PersonId)>,
    pub safety: BTreeMap<PersonId, SafetyCheck>,
    pub responses: Responses<Subject>,
    pub agency_checks: BTreeMap<&'static str, AgencyCheck>,
    pub judgement: Option<Judgement>,
    /// Follow-up dates for referral steps, by the outcome and the step's id.
    pub follow_ups: BTreeMap<(OutcomeKind, &'static str), CalendarDate>,
}

impl ConflictAssessment {
    pub fn for_pair(first: PersonId, second: PersonId) -> Self {
        Self { pair: Some((first, second)), ..Self::default() }
    }

    /// The two adults, if both are still in the record.
    pub fn adults(&self, record: &FamilyRecord) -> Option<(PersonId, PersonId)> {
        let (a, b) = self.pair?;
        let present = |id| record.adults().iter().any(|adult| adult.id == id);
        (present(a) && present(b)).then_some((a, b))
    }

    /// Forgets everything about someone removed from the family record.
    /// How many answers (and notes) this set holds about `person`, safety checks included:
    /// what would go if they left the record.
    pub fn answers_about(&self, person: PersonId) -> usize {
        let safety = self.safety.get(&person).map_or(0, |check| {
            [check.alone.is_some(), check.safe_to_talk.is_some(), !check.safe_contact.trim().is_empty()]
                .into_iter()
                .filter(|given| *given)
                .count()
        });
        self.responses.count(|subject| subject.involves(person)) + safety
    }

    pub fn forget_person(&mut self, person: PersonId) {
        self.responses.retain(|subject| !subject.involves(person));
        self.safety.remove(&person);
        if self.pair.is_some_and(|(a, b)| a == person || b == person) {
            self.pair = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answer::Response;
    use crate::domain::family_record::Label;

    fn two_adults() -> (FamilyRecord, PersonId, PersonId) {
        let mut record = FamilyRecord::default();
        let a = record.add_adult(Label::parse("A").unwrap()).unwrap();
        let b = record.add_adult(Label::parse("B").unwrap()).unwrap();
        (record, a, b)
    }

    #[test]
    fn an_emptied_response_is_forgotten_not_kept_as_no() {
        let (_, a, b) = two_adults();
        let mut assessment = ConflictAssessment::default();
        let subject = Subject::Between { actor: a, target: b };
        assessment.responses.set(subject, "afraid", Response { answer: Some(Answer::Yes), note: String::new() });
        assert_eq!(assessment.responses.answer(subject, "afraid"), Some(Answer::Yes));
        assessment.responses.set(subject, "afraid", Response::default());
        assert_eq!(assessment.responses.get(subject, "afraid"), None);
    }

    #[test]
    fn removing_an_adult_forgets_their_answers_and_the_pair() {
        let (mut record, a, b) = two_adults();
        let mut assessment = ConflictAssessment::for_pair(a, b);
        let yes = Response { answer: Some(Answer::Yes), note: String::new() };
        assessment.responses.set(Subject::Between { actor: a, target: b }, "afraid", yes.clone());
        assessment.responses.set(Subject::Family, "argue-often", yes);
        record.remove(b);
        assert_eq!(assessment.adults(&record), None);
        assessment.forget_person(b);
        assert_eq!(assessment.responses.len(), 1, "the household answer stays");
        assert_eq!(assessment.pair, None);
    }

    #[test]
    fn only_a_clear_yes_to_both_safety_questions_means_safe_to_ask() {
        let mut check =
            SafetyCheck { alone: Some(Answer::Yes), safe_to_talk: Some(Answer::NotKnown), ..Default::default() };
        assert!(!check.safe_to_ask());
        check.safe_to_talk = Some(Answer::Yes);
        assert!(check.safe_to_ask());
    }

    #[test]
    fn a_judgement_needs_a_reason() {
        assert_eq!(Judgement::new(OutcomeKind::AbuseIndicated, "  "), Err(JudgementError::ReasonMissing));
        assert_eq!(Judgement::new(OutcomeKind::AbuseIndicated, " seen bruising ").unwrap().reason, "seen bruising");
    }
}
