//! Taking someone out of the family record takes every answer about them too, so it can be
//! undone: the record as it was is kept until the practitioner does something else.

use crate::domain::conflict::summary::label_of;
use crate::domain::family_record::PersonId;
use crate::domain::record_file::Snapshot;
use crate::domain::words::plural;

/// Someone just taken out of the record, with what went with them.
#[derive(Clone, Debug, PartialEq)]
pub struct Removal {
    pub label: String,
    /// Answers and notes about them, in both question sets, that went with them.
    pub answers: usize,
    /// The record as it was before, to put back on Undo.
    pub before: Box<Snapshot>,
}

impl Removal {
    /// What the page says, in plain words: "Dad was taken out of the record, with 3 answers about them."
    pub fn message(&self) -> String {
        match self.answers {
            0 => format!("{} was taken out of the record.", self.label),
            n => format!(
                "{} was taken out of the record, with {} about them.",
                self.label,
                plural(n, "answer", "answers")
            ),
        }
    }
}

impl Snapshot {
    /// Takes `person` out of the record and every answer about them, and says what went.
    pub fn remove(&mut self, person: PersonId) -> Removal {
        let removal = Removal {
            label: label_of(&self.record, person),
            answers: self.conflict.answers_about(person)
                + self.sleep.answers_about(person)
                + self.casework.answers_about(person),
            before: Box::new(self.clone()),
        };
        self.record.remove(person);
        self.conflict.forget_person(person);
        self.sleep.forget_person(person);
        self.casework.forget_person(person);
        removal
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answer::Answer;
    use crate::domain::conflict::assessment::Subject;
    use crate::domain::conflict::change::{ConflictChange, SafetyQuestion};
    use crate::domain::family_record::Label;
    use crate::domain::sleep::assessment::SleepSubject;
    use crate::domain::sleep::change::{SleepChange, VoiceQuestion};

    #[test]
    fn removing_someone_counts_every_answer_about_them_and_keeps_the_record_to_undo() {
        let mut snapshot = Snapshot::default();
        let a = snapshot.record.add_adult(Label::parse("Mum").unwrap()).unwrap();
        let b = snapshot.record.add_adult(Label::parse("Dad").unwrap()).unwrap();
        snapshot.conflict.apply(ConflictChange::Answer {
            subject: Subject::Between { actor: b, target: a },
            question: "afraid",
            answer: Answer::Yes,
        });
        snapshot.conflict.apply(ConflictChange::Note {
            subject: Subject::Between { actor: a, target: b },
            question: "afraid",
            text: "from GP".into(),
        });
        snapshot.conflict.apply(ConflictChange::Answer {
            subject: Subject::Family,
            question: "argue-often",
            answer: Answer::No,
        });
        snapshot.conflict.apply(ConflictChange::AnswerSafety {
            person: b,
            question: SafetyQuestion::Alone,
            answer: Answer::Yes,
        });
        snapshot.sleep.apply(SleepChange::Answer {
            subject: SleepSubject::Carer(b),
            question: "alcohol",
            answer: Answer::NotKnown,
        });
        snapshot.sleep.apply(SleepChange::Voice { person: b, question: VoiceQuestion::Heard, answer: Answer::No });
        let before = snapshot.clone();

        let removal = snapshot.remove(b);
        assert_eq!(
            removal.answers, 5,
            "two between the adults, the safety check, the carer's answer and whether heard"
        );
        assert_eq!(removal.message(), "Dad was taken out of the record, with 5 answers about them.");
        assert_eq!(*removal.before, before);
        assert_eq!(snapshot.record.adults().len(), 1);
        assert_eq!(snapshot.conflict.answers_about(b) + snapshot.sleep.answers_about(b), 0);
        assert_eq!(snapshot.conflict.responses.len(), 1, "the household's answer stays");
    }

    #[test]
    fn someone_with_no_answers_is_said_plainly() {
        let mut snapshot = Snapshot::default();
        let child = snapshot.record.add_adult(Label::parse("Gran").unwrap()).unwrap();
        assert_eq!(snapshot.remove(child).message(), "Gran was taken out of the record.");
    }
}
