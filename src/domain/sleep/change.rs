//! What a practitioner does in the safer-sleep set, as the change it makes: the assessment makes
//! the change from what it holds now, never from a copy the page made when it was drawn.

use crate::domain::answer::Answer;
use crate::domain::date::CalendarDate;
use crate::domain::family_record::PersonId;

use super::assessment::{AgeInWeeks, SleepAssessment, SleepPlace, SleepSubject};
use super::outcome::SleepTime;
use super::question::PlaceOption;

/// The two questions about each adult's part in the safer-sleep conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoiceQuestion {
    Present,
    Heard,
}

/// The three parts of a plan for a night out of the usual routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanPart {
    WhereBabySleeps,
    WhoIsInCharge,
    Needed,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SleepChange {
    ChooseBaby(PersonId),
    /// The baby's age as typed, whether or not it is an age yet.
    BabyAge(String),
    SleepPlace {
        when: SleepTime,
        place: &'static PlaceOption,
    },
    DescribePlace {
        when: SleepTime,
        text: String,
    },
    SeenPlace {
        when: SleepTime,
        answer: Answer,
    },
    Voice {
        person: PersonId,
        question: VoiceQuestion,
        answer: Answer,
    },
    Answer {
        subject: SleepSubject,
        question: &'static str,
        answer: Answer,
    },
    Note {
        subject: SleepSubject,
        question: &'static str,
        text: String,
    },
    Plan {
        situation: &'static str,
        part: PlanPart,
        text: String,
    },
    Shared {
        contact: &'static str,
        shared: bool,
    },
    Review(Option<CalendarDate>),
}

impl SleepAssessment {
    pub fn apply(&mut self, change: SleepChange) {
        match change {
            SleepChange::ChooseBaby(baby) => self.baby = Some(baby),
            SleepChange::BabyAge(text) => match AgeInWeeks::parse(&text) {
                Ok(age) => (self.age, self.age_typed) = (Some(age), None),
                Err(_) if text.trim().is_empty() => (self.age, self.age_typed) = (None, None),
                Err(_) => self.age_typed = Some(text),
            },
            SleepChange::SleepPlace { when, place } => self.place_mut(when).kind = Some(place),
            SleepChange::DescribePlace { when, text } => self.place_mut(when).place = text,
            SleepChange::SeenPlace { when, answer } => self.place_mut(when).seen = Some(answer),
            SleepChange::Voice { person, question, answer } => {
                let voice = self.voices.entry(person).or_default();
                match question {
                    VoiceQuestion::Present => voice.present = Some(answer),
                    VoiceQuestion::Heard => voice.heard = Some(answer),
                }
            }
            SleepChange::Answer { subject, question, answer } => self.responses.set_answer(subject, question, answer),
            SleepChange::Note { subject, question, text } => self.responses.set_note(subject, question, text),
            SleepChange::Plan { situation, part, text } => {
                let plan = self.plans.entry(situation).or_default();
                match part {
                    PlanPart::WhereBabySleeps => plan.where_baby_sleeps = text,
                    PlanPart::WhoIsInCharge => plan.who_is_in_charge = text,
                    PlanPart::Needed => plan.needed = text,
                }
            }
            SleepChange::Shared { contact, shared: true } => {
                self.shared.insert(contact);
            }
            SleepChange::Shared { contact, shared: false } => {
                self.shared.remove(contact);
            }
            SleepChange::Review(date) => self.review = date,
        }
    }

    fn place_mut(&mut self, when: SleepTime) -> &mut SleepPlace {
        match when {
            SleepTime::Day => &mut self.by_day,
            SleepTime::Night => &mut self.by_night,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::SAFER_SLEEP;
    use crate::domain::family_record::{FamilyRecord, Label};

    #[test]
    fn an_age_typed_that_is_not_one_is_kept_beside_the_last_age_until_a_valid_one_replaces_it() {
        let mut sleep = SleepAssessment::default();
        sleep.apply(SleepChange::BabyAge("6".into()));
        sleep.apply(SleepChange::BabyAge("60".into()));
        assert_eq!(sleep.age.map(AgeInWeeks::weeks), Some(6), "the valid 6 stays");
        assert_eq!(
            (sleep.age_text(), sleep.age_problem()),
            ("60".into(), Some("Age must be a whole number of weeks from 0 to 52"))
        );
        sleep.apply(SleepChange::BabyAge("16".into()));
        assert_eq!(
            (sleep.age.map(AgeInWeeks::weeks), sleep.age_text(), sleep.age_problem()),
            (Some(16), "16".into(), None)
        );
        sleep.apply(SleepChange::BabyAge("x".into()));
        sleep.apply(SleepChange::BabyAge(" ".into()));
        assert_eq!(sleep, SleepAssessment::default(), "an empty field is no age, and nothing typed");
    }

    #[test]
    fn where_the_baby_sleeps_keeps_each_part_and_each_time_apart() {
        let mut sleep = SleepAssessment::default();
        let cot = &SAFER_SLEEP.places[0];
        sleep.apply(SleepChange::SleepPlace { when: SleepTime::Night, place: cot });
        sleep.apply(SleepChange::DescribePlace { when: SleepTime::Night, text: "upstairs".into() });
        sleep.apply(SleepChange::SeenPlace { when: SleepTime::Night, answer: Answer::Yes });
        assert_eq!(sleep.by_night, SleepPlace { kind: Some(cot), place: "upstairs".into(), seen: Some(Answer::Yes) });
        assert_eq!(sleep.by_day, SleepPlace::default());
    }

    #[test]
    fn each_part_of_a_plan_and_each_voice_question_stays() {
        let mut record = FamilyRecord::default();
        let adult = record.add_adult(Label::parse("Sam").unwrap()).unwrap();
        let mut sleep = SleepAssessment::default();
        sleep.apply(SleepChange::Plan { situation: "party", part: PlanPart::WhereBabySleeps, text: "cot".into() });
        sleep.apply(SleepChange::Plan { situation: "party", part: PlanPart::Needed, text: "sleep bag".into() });
        assert_eq!(
            (sleep.plans["party"].where_baby_sleeps.as_str(), sleep.plans["party"].needed.as_str()),
            ("cot", "sleep bag")
        );
        sleep.apply(SleepChange::Voice { person: adult, question: VoiceQuestion::Present, answer: Answer::No });
        sleep.apply(SleepChange::Voice { person: adult, question: VoiceQuestion::Heard, answer: Answer::Yes });
        assert_eq!((sleep.voices[&adult].present, sleep.voices[&adult].heard), (Some(Answer::No), Some(Answer::Yes)));
    }

    #[test]
    fn sharing_can_be_undone() {
        let mut sleep = SleepAssessment::default();
        sleep.apply(SleepChange::Shared { contact: "gp", shared: true });
        sleep.apply(SleepChange::Shared { contact: "gp", shared: false });
        assert!(sleep.shared.is_empty());
    }
}
