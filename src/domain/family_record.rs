//! The family record: the adults and children a practitioner is working with, shared by every
//! practitioner tool. Adults are symmetric: nothing here knows who is a mother or a father, and
//! nobody's real name is needed.

use std::fmt;

pub const LABEL_MAX_CHARS: usize = 40;
/// More people than any one family record needs; a file with more is refused before it is read.
pub const PEOPLE_MAX: usize = 40;
pub const CHILD_AGE_MAX_YEARS: u8 = 17;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PersonId(u32);

impl PersonId {
    /// A number for element ids and file formats; never shown to people.
    pub fn number(self) -> u32 {
        self.0
    }
}

/// What the practitioner calls someone: initials or a role, never required to be a real name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label(String);

impl Label {
    /// The one label rule, for labels typed, read from a record file or cast in a scenario:
    /// spaces collapsed, 1 to 40 characters, and no hidden characters (control, direction or
    /// zero-width), which could make a label look like another in a pasted summary.
    pub fn parse(text: &str) -> Result<Self, RecordError> {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.chars().any(is_hidden) {
            return Err(RecordError::LabelHidden);
        }
        match text.chars().count() {
            0 => Err(RecordError::LabelMissing),
            n if n > LABEL_MAX_CHARS => Err(RecordError::LabelTooLong),
            _ => Ok(Self(text)),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What two labels are compared by: the same label whatever its case, in any script.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Characters that do not show, or that change how the text around them shows.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}')
}

/// A child's age in whole years; 0 is a baby under one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChildAge(u8);

impl ChildAge {
    pub fn parse(text: &str) -> Result<Self, RecordError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(RecordError::AgeMissing);
        }
        match text.parse::<u8>() {
            Ok(years) if years <= CHILD_AGE_MAX_YEARS => Ok(Self(years)),
            _ => Err(RecordError::AgeNotValid),
        }
    }

    pub fn years(self) -> u8 {
        self.0
    }

    /// Under 3: what a practitioner sees of the child stands in for their own words.
    pub fn before_words(self) -> bool {
        self.0 < 3
    }
}

impl fmt::Display for ChildAge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            0 => f.write_str("under 1"),
            1 => f.write_str("1 year"),
            n => write!(f, "{n} years"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Adult {
    pub id: PersonId,
    pub label: Label,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Child {
    pub id: PersonId,
    pub label: Label,
    pub age: ChildAge,
}

/// Why something could not be added to the record, worded as the fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordError {
    LabelMissing,
    LabelTooLong,
    LabelHidden,
    LabelInUse,
    TooManyPeople,
    AgeMissing,
    AgeNotValid,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::LabelMissing => f.write_str("Enter a label, such as initials or a role like Parent 1"),
            Self::LabelTooLong => write!(f, "Label must be {LABEL_MAX_CHARS} characters or fewer"),
            Self::LabelHidden => f.write_str(
                "Label has hidden characters, such as control or text-direction marks: type it again using letters, numbers and punctuation",
            ),
            Self::LabelInUse => f.write_str("Someone in this record already has that label: choose a different one"),
            Self::TooManyPeople => write!(f, "A family record can hold up to {PEOPLE_MAX} people"),
            Self::AgeMissing => f.write_str("Enter the child's age in years, or 0 for a baby under 1"),
            Self::AgeNotValid => {
                write!(
                    f,
                    "Age must be a whole number of years from 0 to {CHILD_AGE_MAX_YEARS}, with 0 for a baby under 1"
                )
            }
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FamilyRecord {
    adults: Vec<Adult>,
    children: Vec<Child>,
    next_id: u32,
}

impl FamilyRecord {
    pub fn adults(&self) -> &[Adult] {
        &self.adults
    }

    pub fn children(&self) -> &[Child] {
        &self.children
    }

    pub fn is_empty(&self) -> bool {
        self.adults.is_empty() && self.children.is_empty()
    }

    /// Labels must differ, ignoring case, so that every answer says unambiguously whose it is.
    pub fn check_label_free(&self, label: &Label) -> Result<(), RecordError> {
        let key = label.key();
        let taken =
            self.adults.iter().map(|a| &a.label).chain(self.children.iter().map(|c| &c.label)).any(|l| l.key() == key);
        if taken {
            Err(RecordError::LabelInUse)
        } else {
            Ok(())
        }
    }

    fn check_room(&self) -> Result<(), RecordError> {
        if self.adults.len() + self.children.len() >= PEOPLE_MAX {
            Err(RecordError::TooManyPeople)
        } else {
            Ok(())
        }
    }

    fn take_id(&mut self) -> PersonId {
        self.next_id += 1;
        PersonId(self.next_id)
    }

    pub fn add_adult(&mut self, label: Label) -> Result<PersonId, RecordError> {
        self.check_room()?;
        self.check_label_free(&label)?;
        let id = self.take_id();
        self.adults.push(Adult { id, label });
        Ok(id)
    }

    pub fn add_child(&mut self, label: Label, age: ChildAge) -> Result<PersonId, RecordError> {
        self.check_room()?;
        self.check_label_free(&label)?;
        let id = self.take_id();
        self.children.push(Child { id, label, age });
        Ok(id)
    }

    /// The same record with everyone's label replaced by their role and number ("Adult 1",
    /// "Child 2"), for printing or sharing without names.
    pub fn with_role_labels(&self) -> Self {
        let relabel = |role: &str, n: usize| Label(format!("{role} {}", n + 1));
        Self {
            adults: self
                .adults
                .iter()
                .enumerate()
                .map(|(n, a)| Adult { id: a.id, label: relabel("Adult", n) })
                .collect(),
            children: self
                .children
                .iter()
                .enumerate()
                .map(|(n, c)| Child { id: c.id, label: relabel("Child", n), age: c.age })
                .collect(),
            next_id: self.next_id,
        }
    }

    pub fn remove(&mut self, id: PersonId) {
        self.adults.retain(|a| a.id != id);
        self.children.retain(|c| c.id != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(text: &str) -> Label {
        Label::parse(text).expect("valid label")
    }

    #[test]
    fn a_label_is_trimmed_and_inner_spaces_collapsed() {
        assert_eq!(label("  Parent   1 ").as_str(), "Parent 1");
    }

    #[test]
    fn hidden_characters_are_refused_and_case_is_ignored_in_any_script() {
        for hidden in ["A\u{0}B", "Mum\u{202E}", "Da\u{200B}d", "\u{2066}Sam", "Al\u{FEFF}ex"] {
            assert_eq!(Label::parse(hidden), Err(RecordError::LabelHidden), "{hidden:?}");
        }
        let mut record = FamilyRecord::default();
        record.add_adult(label("Ölaf")).unwrap();
        assert_eq!(record.add_adult(label("ölaf")), Err(RecordError::LabelInUse));
        record.add_child(label("Sam Lee"), ChildAge::parse("3").unwrap()).unwrap();
        assert_eq!(record.add_child(label("sam   LEE"), ChildAge::parse("3").unwrap()), Err(RecordError::LabelInUse));
    }

    #[test]
    fn a_record_holds_up_to_forty_people() {
        let mut record = FamilyRecord::default();
        for n in 0..PEOPLE_MAX {
            record.add_adult(label(&format!("P{n}"))).unwrap();
        }
        assert_eq!(record.add_child(label("One more"), ChildAge::parse("1").unwrap()), Err(RecordError::TooManyPeople));
    }

    #[test]
    fn an_empty_or_blank_label_is_refused() {
        assert_eq!(Label::parse(""), Err(RecordError::LabelMissing));
        assert_eq!(Label::parse(" \t "), Err(RecordError::LabelMissing));
    }

    #[test]
    fn a_label_may_have_forty_characters_but_not_more() {
        assert!(Label::parse(&"é".repeat(LABEL_MAX_CHARS)).is_ok());
        assert_eq!(Label::parse(&"a".repeat(LABEL_MAX_CHARS + 1)), Err(RecordError::LabelTooLong));
    }

    #[test]
    fn child_ages_run_from_0_to_17() {
        assert_eq!(ChildAge::parse("0").map(ChildAge::years), Ok(0));
        assert_eq!(ChildAge::parse(" 17 ").map(ChildAge::years), Ok(17));
        for bad in ["18", "-1", "2.5", "three", "300"] {
            assert_eq!(ChildAge::parse(bad), Err(RecordError::AgeNotValid), "{bad}");
        }
        assert_eq!(ChildAge::parse(""), Err(RecordError::AgeMissing));
    }

    #[test]
    fn ages_read_naturally() {
        let shown: Vec<String> = ["0", "1", "6"].iter().map(|a| ChildAge::parse(a).unwrap().to_string()).collect();
        assert_eq!(shown, ["under 1", "1 year", "6 years"]);
    }

    #[test]
    fn adults_and_children_are_added_with_distinct_ids() {
        let mut record = FamilyRecord::default();
        let a = record.add_adult(label("Parent 1")).unwrap();
        let b = record.add_adult(label("Parent 2")).unwrap();
        let c = record.add_child(label("Baby"), ChildAge::parse("0").unwrap()).unwrap();
        assert!(a != b && b != c && a != c);
        assert_eq!(record.adults().len(), 2);
        assert_eq!(record.children().len(), 1);
    }

    #[test]
    fn a_label_already_used_by_anyone_is_refused_whatever_its_case() {
        let mut record = FamilyRecord::default();
        record.add_child(label("JS"), ChildAge::parse("0").unwrap()).unwrap();
        assert_eq!(record.add_adult(label("js")), Err(RecordError::LabelInUse));
        assert_eq!(record.adults().len(), 0, "a refused adult is not added");
    }

    #[test]
    fn removing_someone_frees_their_label_and_keeps_ids_unique() {
        let mut record = FamilyRecord::default();
        let first = record.add_adult(label("Mother")).unwrap();
        record.remove(first);
        assert!(record.is_empty());
        let again = record.add_adult(label("Mother")).unwrap();
        assert_ne!(first, again);
    }

    #[test]
    fn role_labels_replace_every_name_and_keep_everything_else() {
        let mut record = FamilyRecord::default();
        let mum = record.add_adult(label("Mum")).unwrap();
        record.add_adult(label("Dad")).unwrap();
        record.add_child(label("JS"), ChildAge::parse("0").unwrap()).unwrap();
        let shown = record.with_role_labels();
        let labels: Vec<&str> = shown
            .adults()
            .iter()
            .map(|a| a.label.as_str())
            .chain(shown.children().iter().map(|c| c.label.as_str()))
            .collect();
        assert_eq!(labels, ["Adult 1", "Adult 2", "Child 1"]);
        assert_eq!(shown.adults()[0].id, mum);
        assert_eq!(shown.children()[0].age, record.children()[0].age);
    }

    #[test]
    fn every_error_is_worded_as_what_to_do() {
        for error in [
            RecordError::LabelMissing,
            RecordError::LabelTooLong,
            RecordError::LabelInUse,
            RecordError::AgeMissing,
            RecordError::AgeNotValid,
        ] {
            let text = error.to_string();
            assert!(!text.is_empty() && !text.ends_with('.'), "{text}");
            assert!(!text.to_lowercase().contains("invalid"), "plain words, not 'invalid': {text}");
        }
    }
}
