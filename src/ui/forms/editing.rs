use std::ops::Deref;
use std::rc::Rc;

use yew::{Reducible, UseReducerHandle};

/// A form's draft that changes as a reducer does, so two quick changes never undo each other.
#[derive(Clone, PartialEq)]
pub struct Editing<T>(pub T);

/// A form's draft as its page holds it: `use_reducer(|| Editing(first_draft))`.
pub type Form<T> = UseReducerHandle<Editing<T>>;

impl<T: Clone> Reducible for Editing<T> {
    type Action = Box<dyn FnOnce(&mut T)>;

    fn reduce(self: Rc<Self>, edit: Self::Action) -> Rc<Self> {
        let mut next = self.0.clone();
        edit(&mut next);
        Editing(next).into()
    }
}

impl<T> Deref for Editing<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}
