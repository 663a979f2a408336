//! What the practitioner records in the safer-sleep checklist, on the shared family record.

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::answer::{Answer, Responses};
use crate::domain::date::CalendarDate;
use crate::domain::family_record::{FamilyRecord, PersonId};

use super::question::PlaceOption;

/// Whom one answer is about: the family as a whole (and the baby), or one carer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SleepSubject {
    Family,
    Carer(PersonId),
}

pub const BABY_WEEKS_MAX: u8 = 52;

/// The baby's age in whole weeks, under one year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgeInWeeks(u8);

impl AgeInWeeks {
    pub fn parse(text: &str) -> Result<Self, &'static str> {
        match text.trim().parse::<u8>() {
            Ok(weeks) if weeks <= BABY_WEEKS_MAX => Ok(Self(weeks)),
            _ if text.trim().is_empty() => Err("Enter the baby's age in weeks"),
            _ => Err("Age must be a whole number of weeks from 0 to 52"),
        }
    }

    pub fn weeks(self) -> u8 {
        self.0
    }
}

/// Where the baby sleeps (one of the content's choices, with the practitioner's own words), and
/// whether the practitioner has seen it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SleepPlace {
    pub kind: Option<&'static PlaceOption>,
    pub place: String,
    pub seen: Option<Answer>,
}

/// Who took part in the conversation, and whose view was heard: fathers and partners too.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Voice {
    pub present: Option<Answer>,
    pub heard: Option<Answer>,
}

/// For a night out of the usual routine: where the baby sleeps, who is the sober adult in
/// charge, and what is needed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoutinePlan {
    pub where_baby_sleeps: String,
    pub who_is_in_charge: String,
    pub needed: String,
}

impl RoutinePlan {
    pub fn is_empty(&self) -> bool {
        [&self.where_baby_sleeps, &self.who_is_in_charge, &self.needed].iter().all(|t| t.trim().is_empty())
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SleepAssessment {
    pub baby: Option<PersonId>,
    pub age: Option<AgeInWeeks>,
    /// What was typed for the age while it is not one: kept, so nothing typed is lost, while
    /// `age` keeps the last age until a valid one replaces it.
    pub age_typed: Option<String>,
    pub by_day: SleepPlace,
    pub by_night: SleepPlace,
    pub voices: BTreeMap<PersonId, Voice>,
    pub responses: Responses<SleepSubject>,
    /// Plans for situations coming up, by the situation's question id.
    pub plans: BTreeMap<&'static str, RoutinePlan>,
    /// Contacts the plan has been shared with.
    pub shared: BTreeSet<&'static str>,
    pub review: Option<CalendarDate>,
}

impl SleepAssessment {
    pub fn for_baby(baby: PersonId) -> Self {
        Self { baby: Some(baby), ..Self::default() }
    }

    /// The age as the field shows it: what was typed, or the age recorded.
    pub fn age_text(&self) -> String {
        self.age_typed.clone().unwrap_or_else(|| self.age.map(|a| a.weeks().to_string()).unwrap_or_default())
    }

    /// The age as the check page lists it: the age recorded and, while something typed after it
    /// is not an age, that too, so the page never seems to hold only what the record holds.
    pub fn age_checked(&self) -> String {
        let recorded = self.age.map(|a| a.weeks().to_string());
        match (self.age_problem().and(self.age_typed.as_deref()), recorded) {
            (Some(typed), Some(age)) => format!("{age} (typed since: {typed}, which is not an age in weeks)"),
            (Some(typed), None) => format!("Typed: {typed}, which is not an age in weeks"),
            (None, recorded) => recorded.unwrap_or_default(),
        }
    }

    /// What is wrong with the age typed, while it is not an age.
    pub fn age_problem(&self) -> Option<&'static str> {
        self.age_typed.as_deref().and_then(|text| AgeInWeeks::parse(text).err())
    }

    /// The adults whose own view of how the baby sleeps was not heard: recorded as No or Not
    /// known, or not recorded at all. Fathers and partners are the ones most often missed.
    pub fn carers_not_heard(&self, record: &FamilyRecord) -> Vec<PersonId> {
        record
            .adults()
            .iter()
            .map(|adult| adult.id)
            .filter(|id| self.voices.get(id).and_then(|voice| voice.heard) != Some(Answer::Yes))
            .collect()
    }

    pub fn baby(&self, record: &FamilyRecord) -> Option<PersonId> {
        self.baby.filter(|id| record.children().iter().any(|c| c.id == *id))
    }

    /// How many answers this set holds about `person` as a carer, including whether they took part.
    pub fn answers_about(&self, person: PersonId) -> usize {
        let voice =
            self.voices.get(&person).map_or(0, |v| usize::from(v.present.is_some()) + usize::from(v.heard.is_some()));
        self.responses.count(|subject| subject == SleepSubject::Carer(person)) + voice
    }

    pub fn forget_person(&mut self, person: PersonId) {
        self.responses.retain(|subject| subject != SleepSubject::Carer(person));
        self.voices.remove(&person);
        if self.baby == Some(person) {
            self.baby = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answer::Response;

    #[test]
    fn a_carer_is_heard_only_on_a_clear_yes() {
        let mut record = FamilyRecord::default();
        let mum = record.add_adult(crate::domain::family_record::Label::parse("Mum").unwrap()).unwrap();
        let dad = record.add_adult(crate::domain::family_record::Label::parse("Dad").unwrap()).unwrap();
        let gran = record.add_adult(crate::domain::family_record::Label::parse("Gran").unwrap()).unwrap();
        let mut sleep = SleepAssessment::default();
        sleep.voices.insert(mum, Voice { present: Some(Answer::Yes), heard: Some(Answer::Yes) });
        sleep.voices.insert(dad, Voice { present: Some(Answer::No), heard: Some(Answer::NotKnown) });
        assert_eq!(sleep.carers_not_heard(&record), [dad, gran], "Not known and not recorded are not heard");
    }

    #[test]
    fn a_babys_age_is_0_to_52_weeks() {
        assert_eq!(AgeInWeeks::parse(" 16 ").map(AgeInWeeks::weeks), Ok(16));
        assert!(AgeInWeeks::parse("53").is_err());
        assert_eq!(AgeInWeeks::parse(""), Err("Enter the baby's age in weeks"));
        assert_eq!(AgeInWeeks::parse("six"), Err("Age must be a whole number of weeks from 0 to 52"));
    }

    #[test]
    fn the_check_page_lists_an_age_typed_that_is_not_one_beside_the_age_recorded() {
        let typed = |age: Option<u8>, text: Option<&str>| SleepAssessment {
            age: age.map(|weeks| AgeInWeeks::parse(&weeks.to_string()).unwrap()),
            age_typed: text.map(str::to_owned),
            ..SleepAssessment::default()
        };
        assert_eq!(typed(Some(6), None).age_checked(), "6");
        assert_eq!(typed(None, None).age_checked(), "", "no age is listed as not answered");
        assert_eq!(typed(Some(6), Some("6000")).age_checked(), "6 (typed since: 6000, which is not an age in weeks)");
        assert_eq!(typed(None, Some("six")).age_checked(), "Typed: six, which is not an age in weeks");
    }

    #[test]
    fn removing_a_carer_forgets_their_answers_only() {
        let mut record = FamilyRecord::default();
        let carer = record.add_adult(crate::domain::family_record::Label::parse("Gran").unwrap()).unwrap();
        let mut assessment = SleepAssessment::default();
        let yes = Response { answer: Some(Answer::Yes), note: String::new() };
        assessment.responses.set(SleepSubject::Carer(carer), "alcohol", yes.clone());
        assessment.responses.set(SleepSubject::Family, "housing", yes);
        assessment.forget_person(carer);
        assert_eq!(assessment.responses.answer(SleepSubject::Carer(carer), "alcohol"), None);
        assert_eq!(assessment.responses.answer(SleepSubject::Family, "housing"), Some(Answer::Yes));
    }
}
