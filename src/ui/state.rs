//! Everything Hearth holds about the user's work: memory only, never stored unless they ask.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::family::{ChildAge, FamilyRecord, Label, PersonId};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct HearthState {
    pub record: FamilyRecord,
}

pub enum Action {
    AddAdult(Label),
    AddChild(Label, ChildAge),
    Remove(PersonId),
    /// Exit this page, and anything else that must leave nothing behind.
    ForgetAll,
}

impl Reducible for HearthState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // The pages check labels before dispatching, so a refusal here changes nothing.
        let _ = match action {
            Action::AddAdult(label) => next.record.add_adult(label).map(drop),
            Action::AddChild(label, age) => next.record.add_child(label, age).map(drop),
            Action::Remove(id) => {
                next.record.remove(id);
                Ok(())
            }
            Action::ForgetAll => {
                next = HearthState::default();
                Ok(())
            }
        };
        next.into()
    }
}

pub type HearthContext = UseReducerHandle<HearthState>;

/// The shared state; every page sits inside the provider, so it is always there.
#[hook]
pub fn use_hearth() -> HearthContext {
    use_context::<HearthContext>().expect("pages render inside the HearthState provider")
}
