//! What a practitioner does in the conflict-or-abuse set, as the change it makes: each page sends
//! one of these, and the assessment makes the change from what it holds now, never from a copy
//! the page made when it was drawn.

use crate::domain::answer::Answer;
use crate::domain::date::CalendarDate;
use crate::domain::family_record::PersonId;

use super::assessment::{AgencyCheck, ConflictAssessment, Judgement, Subject};
use super::question::OutcomeKind;

/// The two safety questions asked of each adult before asking about abuse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SafetyQuestion {
    Alone,
    SafeToTalk,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ConflictChange {
    ChooseAdults(PersonId, PersonId),
    AnswerSafety { person: PersonId, question: SafetyQuestion, answer: Answer },
    SafeContact { person: PersonId, text: String },
    Answer { subject: Subject, question: &'static str, answer: Answer },
    Note { subject: Subject, question: &'static str, text: String },
    CheckAgency { agency: &'static str, check: Option<AgencyCheck> },
    Judge(Option<Judgement>),
    FollowUp { outcome: OutcomeKind, step: &'static str, date: Option<CalendarDate> },
}

impl ConflictAssessment {
    pub fn apply(&mut self, change: ConflictChange) {
        match change {
            ConflictChange::ChooseAdults(first, second) if first != second => self.pair = Some((first, second)),
            ConflictChange::ChooseAdults(..) => {}
            ConflictChange::AnswerSafety { person, question, answer } => {
                let check = self.safety.entry(person).or_default();
                match question {
                    SafetyQuestion::Alone => check.alone = Some(answer),
                    SafetyQuestion::SafeToTalk => check.safe_to_talk = Some(answer),
                }
            }
            ConflictChange::SafeContact { person, text } => self.safety.entry(person).or_default().safe_contact = text,
            ConflictChange::Answer { subject, question, answer } => {
                self.responses.set_answer(subject, question, answer)
            }
            ConflictChange::Note { subject, question, text } => self.responses.set_note(subject, question, text),
            ConflictChange::CheckAgency { agency, check: Some(check) } => {
                self.agency_checks.insert(agency, check);
            }
            ConflictChange::CheckAgency { agency, check: None } => {
                self.agency_checks.remove(agency);
            }
            ConflictChange::Judge(judgement) => self.judgement = judgement,
            ConflictChange::FollowUp { outcome, step, date: Some(date) } => {
                self.follow_ups.insert((outcome, step), date);
            }
            ConflictChange::FollowUp { outcome, step, date: None } => {
                self.follow_ups.remove(&(outcome, step));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::family_record::{FamilyRecord, Label};

    fn adults() -> (PersonId, PersonId) {
        let mut record = FamilyRecord::default();
        let a = record.add_adult(Label::parse("Sam").unwrap()).unwrap();
        let b = record.add_adult(Label::parse("Alex").unwrap()).unwrap();
        (a, b)
    }

    #[test]
    fn two_changes_to_one_safety_check_both_stay() {
        let (a, _) = adults();
        let mut conflict = ConflictAssessment::default();
        conflict.apply(ConflictChange::AnswerSafety {
            person: a,
            question: SafetyQuestion::Alone,
            answer: Answer::Yes,
        });
        conflict.apply(ConflictChange::AnswerSafety {
            person: a,
            question: SafetyQuestion::SafeToTalk,
            answer: Answer::No,
        });
        conflict.apply(ConflictChange::SafeContact { person: a, text: "after 3pm".into() });
        let check = &conflict.safety[&a];
        assert_eq!(
            (check.alone, check.safe_to_talk, check.safe_contact.as_str()),
            (Some(Answer::Yes), Some(Answer::No), "after 3pm")
        );
    }

    #[test]
    fn an_answer_and_a_note_to_one_question_both_stay() {
        let mut conflict = ConflictAssessment::default();
        conflict.apply(ConflictChange::Note { subject: Subject::Family, question: "q", text: "from school".into() });
        conflict.apply(ConflictChange::Answer { subject: Subject::Family, question: "q", answer: Answer::NotKnown });
        let response = conflict.responses.get(Subject::Family, "q").unwrap();
        assert_eq!((response.answer, response.note.as_str()), (Some(Answer::NotKnown), "from school"));
    }

    #[test]
    fn the_same_adult_twice_is_not_a_pair() {
        let (a, b) = adults();
        let mut conflict = ConflictAssessment::default();
        conflict.apply(ConflictChange::ChooseAdults(a, a));
        assert_eq!(conflict.pair, None);
        conflict.apply(ConflictChange::ChooseAdults(a, b));
        assert_eq!(conflict.pair, Some((a, b)));
    }

    #[test]
    fn clearing_a_check_or_a_date_forgets_it() {
        let mut conflict = ConflictAssessment::default();
        conflict.apply(ConflictChange::CheckAgency { agency: "police", check: Some(AgencyCheck::NothingKnown) });
        conflict.apply(ConflictChange::CheckAgency { agency: "police", check: None });
        assert!(conflict.agency_checks.is_empty());
        let date = CalendarDate::parse_iso("2026-12-01");
        conflict.apply(ConflictChange::FollowUp { outcome: OutcomeKind::ALL[0], step: "s", date });
        conflict.apply(ConflictChange::FollowUp { outcome: OutcomeKind::ALL[0], step: "s", date: None });
        assert!(conflict.follow_ups.is_empty());
    }
}
