//! Casework around the two question sets: each voice heard, information checked and shared,
//! referrals followed up, challenges made, and one chronology of it all. Everything here is part
//! of the family record: saved, sealed, printed and forgotten with it.

pub mod chronology;
pub mod entry;
pub mod summary;
pub mod words;

use crate::domain::answer::Answer;
use crate::domain::date::CalendarDate;
use crate::domain::family_record::PersonId;
use crate::domain::keyed::Keyed;

pub use entry::{
    AgencyCheckEntry, Challenge, Dated, Entry, Incident, OutcomeNoted, Referral, ReferralResult, SetName, Share,
};

/// An adult's own account in the conflict set: whether it was heard, and their words, by the id
/// of the account prompt (relationship, the children's care, worries about the other adult).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Account {
    pub heard: Option<Answer>,
    pub words: Keyed<&'static str, String>,
}

impl Account {
    fn is_empty(&self) -> bool {
        self.heard.is_none() && self.words.values().all(|w| w.trim().is_empty())
    }
}

/// Whether a child was seen on their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeenAlone {
    Yes,
    No,
    NotPossible,
}

impl SeenAlone {
    pub const ALL: [SeenAlone; 3] = [SeenAlone::Yes, SeenAlone::No, SeenAlone::NotPossible];

    pub fn id(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::NotPossible => "not-possible",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Yes => "Yes",
            Self::No => "No",
            Self::NotPossible => "Not possible",
        }
    }
}

/// A child's voice and day: seen alone or why not, their own words, and "a day in this child's
/// life" by the id of each day prompt.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChildVoice {
    pub seen_alone: Option<SeenAlone>,
    pub why_not_alone: String,
    pub words: String,
    pub day: Keyed<&'static str, String>,
}

impl ChildVoice {
    fn is_empty(&self) -> bool {
        self.seen_alone.is_none()
            && [&self.why_not_alone, &self.words].iter().all(|w| w.trim().is_empty())
            && self.day.values().all(|w| w.trim().is_empty())
    }
}

/// Whether someone needs an interpreter, and in which language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Interpreter {
    pub needed: Option<Answer>,
    pub language: String,
}

impl Interpreter {
    fn is_empty(&self) -> bool {
        self.needed.is_none() && self.language.trim().is_empty()
    }
}

/// One change to the casework, as the pages make them.
#[derive(Clone, Debug, PartialEq)]
pub enum CaseChange {
    Heard(PersonId, Option<Answer>),
    AccountWords(PersonId, &'static str, String),
    SeenAlone(PersonId, Option<SeenAlone>),
    WhyNotAlone(PersonId, String),
    ChildWords(PersonId, String),
    Day(PersonId, &'static str, String),
    InterpreterNeeded(PersonId, Option<Answer>),
    Language(PersonId, String),
    /// A new dated entry: it is numbered after every entry before it.
    Add(Dated),
    /// An entry changed in place, keeping its number and so its place among same-day entries.
    Replace(u32, Dated),
    Remove(u32),
    /// A question set's outcome as the practitioner saw it on `on`: noted only when it differs
    /// from the last one noted for that set, so the chronology shows each change once.
    OutcomeSeen {
        set: SetName,
        title: &'static str,
        on: CalendarDate,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Casework {
    pub accounts: Keyed<PersonId, Account>,
    pub children: Keyed<PersonId, ChildVoice>,
    pub interpreters: Keyed<PersonId, Interpreter>,
    entries: Vec<Entry>,
    next_number: u32,
}

impl Casework {
    /// The dated entries, in the order entered.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, number: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.number == number)
    }

    /// Puts back entries read from a file, numbers and all; the next entry is numbered after them.
    pub fn with_entries(mut self, entries: Vec<Entry>) -> Self {
        self.next_number = entries.iter().map(|e| e.number).max().unwrap_or(0);
        self.entries = entries;
        self
    }

    /// Applies a change; returns the number of an entry added, so a page can go to it.
    pub fn apply(&mut self, change: CaseChange) -> Option<u32> {
        match change {
            CaseChange::Heard(person, heard) => self.accounts.entry_or_default(person).heard = heard,
            CaseChange::AccountWords(person, prompt, text) => {
                set_text(&mut self.accounts.entry_or_default(person).words, prompt, text);
            }
            CaseChange::SeenAlone(person, seen) => self.children.entry_or_default(person).seen_alone = seen,
            CaseChange::WhyNotAlone(person, text) => self.children.entry_or_default(person).why_not_alone = text,
            CaseChange::ChildWords(person, text) => self.children.entry_or_default(person).words = text,
            CaseChange::Day(person, prompt, text) => {
                set_text(&mut self.children.entry_or_default(person).day, prompt, text)
            }
            CaseChange::InterpreterNeeded(person, needed) => self.interpreters.entry_or_default(person).needed = needed,
            CaseChange::Language(person, text) => self.interpreters.entry_or_default(person).language = text,
            CaseChange::Add(dated) => return Some(self.add(dated)),
            CaseChange::Replace(number, dated) => {
                if let Some(entry) = self.entries.iter_mut().find(|e| e.number == number) {
                    entry.dated = dated;
                }
            }
            CaseChange::Remove(number) => self.entries.retain(|e| e.number != number),
            CaseChange::OutcomeSeen { set, title, on } => {
                let last = self.entries.iter().rev().find_map(|e| match &e.dated {
                    Dated::Outcome(noted) if noted.set == set => Some(noted.title.as_str()),
                    _ => None,
                });
                if last != Some(title) {
                    return Some(self.add(Dated::Outcome(OutcomeNoted { set, title: title.to_owned(), on })));
                }
            }
        }
        self.tidy();
        None
    }

    fn add(&mut self, dated: Dated) -> u32 {
        self.next_number += 1;
        self.entries.push(Entry { number: self.next_number, dated });
        self.next_number
    }

    /// Drops what holds nothing, so an emptied record is empty and its file carries no blanks.
    pub fn tidy(&mut self) {
        self.accounts.retain(|_, a| !a.is_empty());
        self.children.retain(|_, c| !c.is_empty());
        self.interpreters.retain(|_, i| !i.is_empty());
    }

    /// Referrals for the top of the record: those overdue first (the longest overdue first),
    /// then the rest in the order they were made.
    pub fn referrals_overdue_first(&self, today: CalendarDate) -> Vec<(u32, &Referral)> {
        let all = self.entries.iter().filter_map(|e| match &e.dated {
            Dated::Referral(r) => Some((e.number, r)),
            _ => None,
        });
        let mut overdue: Vec<(u32, &Referral)> = Vec::new();
        for (number, referral) in all.clone().filter(|(_, r)| r.is_overdue(today)) {
            let at = overdue.partition_point(|(_, placed)| placed.follow_up <= referral.follow_up);
            overdue.insert(at, (number, referral));
        }
        overdue.extend(all.filter(|(_, r)| !r.is_overdue(today)));
        overdue
    }

    pub fn overdue(&self, today: CalendarDate) -> Vec<(u32, &Referral)> {
        self.referrals_overdue_first(today).into_iter().filter(|(_, r)| r.is_overdue(today)).collect()
    }

    /// Whose own accounts are not recorded as heard, of `adults`: a "Not known" or a blank is not
    /// a Yes.
    pub fn accounts_not_heard(&self, adults: &[PersonId]) -> Vec<PersonId> {
        adults.iter().copied().filter(|p| self.accounts.get(p).and_then(|a| a.heard) != Some(Answer::Yes)).collect()
    }

    /// How many things this record holds about `person`: what would go if they left it.
    pub fn answers_about(&self, person: PersonId) -> usize {
        let account = self
            .accounts
            .get(&person)
            .map_or(0, |a| usize::from(a.heard.is_some()) + a.words.values().filter(|w| !w.trim().is_empty()).count());
        let child = self.children.get(&person).map_or(0, |c| {
            usize::from(c.seen_alone.is_some())
                + [&c.why_not_alone, &c.words].iter().filter(|w| !w.trim().is_empty()).count()
                + c.day.values().filter(|w| !w.trim().is_empty()).count()
        });
        let interpreter = self
            .interpreters
            .get(&person)
            .map_or(0, |i| usize::from(i.needed.is_some()) + usize::from(!i.language.trim().is_empty()));
        account + child + interpreter
    }

    /// Forgets what is kept about someone removed from the family record. Dated entries are
    /// written about people in the practitioner's words, so they stay.
    pub fn forget_person(&mut self, person: PersonId) {
        self.accounts.remove(&person);
        self.children.remove(&person);
        self.interpreters.remove(&person);
    }
}

fn set_text(map: &mut Keyed<&'static str, String>, key: &'static str, text: String) {
    if text.trim().is_empty() {
        map.remove(key);
    } else {
        map.insert(key, text);
    }
}

#[cfg(test)]
mod tests;
