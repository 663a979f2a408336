//! The practitioner's two question sets: each set's steps (`conflict`, `safer_sleep`), its pages,
//! and what the pages of both sets share.

pub mod conflict;
pub mod safer_sleep;
pub mod sorted_answers;
pub mod step_page;
pub mod steps;

use std::fmt::Write;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::conflict::assessment::Subject;
use crate::domain::family_record::PersonId;
use crate::domain::sleep::assessment::SleepSubject;
use crate::ui::state::{use_hearth_dispatch, Action};
use crate::ui::Route;

/// Where there is nothing to choose before a set can start (exactly two adults, or one baby):
/// records the choice and opens the set's first page in place of its overview, which stays in
/// reach by Back to change it. Returns whether it is doing so.
#[hook]
pub fn use_obvious_start(choice: Option<Action>, first: Route) -> bool {
    let (dispatch, navigator) = (use_hearth_dispatch(), use_navigator());
    let starting = choice.is_some();
    use_effect_with(starting, move |_| {
        if let (Some(choice), Some(navigator)) = (choice, navigator) {
            dispatch.dispatch(choice);
            navigator.replace(&first);
        }
    });
    starting
}

/// Whom one answer is about, in either set, as the pages need it for the answer's element id.
pub trait AnswerSubject: Copy {
    /// The start of every answer id in the set, so the two sets' ids never meet.
    const PREFIX: &'static str;

    /// The people the answer is about, in order.
    fn people(self) -> Vec<PersonId>;

    /// The element id for one answer, which check your answers links back to: the set's prefix,
    /// the question, then the number of each person it is about.
    fn field_id(self, question: &str) -> String {
        let mut id = format!("{}-{question}", Self::PREFIX);
        for person in self.people() {
            let _ = write!(id, "-{}", person.number());
        }
        id
    }
}

impl AnswerSubject for Subject {
    const PREFIX: &'static str = "q";

    fn people(self) -> Vec<PersonId> {
        match self {
            Subject::Between { actor, target } => vec![actor, target],
            Subject::Family => Vec::new(),
            Subject::Child(child) => vec![child],
        }
    }
}

impl AnswerSubject for SleepSubject {
    const PREFIX: &'static str = "s";

    fn people(self) -> Vec<PersonId> {
        match self {
            SleepSubject::Family => Vec::new(),
            SleepSubject::Carer(carer) => vec![carer],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::family_record::{ChildAge, FamilyRecord, Label};

    #[test]
    fn answer_ids_name_the_set_the_question_and_the_people_in_order() {
        let mut record = FamilyRecord::default();
        let a = record.add_adult(Label::parse("Sam").unwrap()).unwrap();
        let b = record.add_adult(Label::parse("Alex").unwrap()).unwrap();
        let child = record.add_child(Label::parse("Jo").unwrap(), ChildAge::parse("6").unwrap()).unwrap();
        let (na, nb, nc) = (a.number(), b.number(), child.number());
        assert_eq!(Subject::Between { actor: b, target: a }.field_id("afraid"), format!("q-afraid-{nb}-{na}"));
        assert_eq!(Subject::Family.field_id("argue-often"), "q-argue-often");
        assert_eq!(Subject::Child(child).field_id("sees"), format!("q-sees-{nc}"));
        assert_eq!(SleepSubject::Family.field_id("on-back"), "s-on-back");
        assert_eq!(SleepSubject::Carer(a).field_id("drink"), format!("s-drink-{na}"));
    }
}
