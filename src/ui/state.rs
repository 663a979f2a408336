//! Everything Hearth holds about the user's work: memory only, never stored unless they ask.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::answer::Response;
use crate::domain::conflict::assessment::{AgencyCheck, ConflictAssessment, Judgement, SafetyCheck, Subject};
use crate::domain::conflict::question::OutcomeKind;
use crate::domain::date::CalendarDate;
use crate::domain::family::{ChildAge, FamilyRecord, Label, PersonId};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct HearthState {
    pub record: FamilyRecord,
    pub conflict: ConflictAssessment,
}

pub enum Action {
    AddAdult(Label),
    AddChild(Label, ChildAge),
    Remove(PersonId),
    ChooseAdults(PersonId, PersonId),
    SetSafety(PersonId, SafetyCheck),
    Answer(Subject, &'static str, Response),
    CheckAgency(&'static str, Option<AgencyCheck>),
    Judge(Option<Judgement>),
    FollowUp(OutcomeKind, usize, Option<CalendarDate>),
    /// Exit this page, and anything else that must leave nothing behind.
    ForgetAll,
}

impl Reducible for HearthState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let conflict = &mut next.conflict;
        match action {
            // The pages check labels before dispatching, so a refusal here changes nothing.
            Action::AddAdult(label) => {
                let _ = next.record.add_adult(label);
            }
            Action::AddChild(label, age) => {
                let _ = next.record.add_child(label, age);
            }
            Action::Remove(id) => {
                next.record.remove(id);
                conflict.forget_person(id);
            }
            Action::ChooseAdults(first, second) if first != second => conflict.pair = Some((first, second)),
            Action::ChooseAdults(..) => {}
            Action::SetSafety(person, check) => {
                conflict.safety.insert(person, check);
            }
            Action::Answer(subject, question, response) => conflict.set_response(subject, question, response),
            Action::CheckAgency(agency, Some(check)) => {
                conflict.agency_checks.insert(agency, check);
            }
            Action::CheckAgency(agency, None) => {
                conflict.agency_checks.remove(agency);
            }
            Action::Judge(judgement) => conflict.judgement = judgement,
            Action::FollowUp(outcome, step, Some(date)) => {
                conflict.follow_ups.insert((outcome, step), date);
            }
            Action::FollowUp(outcome, step, None) => {
                conflict.follow_ups.remove(&(outcome, step));
            }
            Action::ForgetAll => next = HearthState::default(),
        }
        next.into()
    }
}

pub type HearthContext = UseReducerHandle<HearthState>;

/// The shared state; every page sits inside the provider, so it is always there.
#[hook]
pub fn use_hearth() -> HearthContext {
    use_context::<HearthContext>().expect("pages render inside the HearthState provider")
}
