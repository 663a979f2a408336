//! Callbacks that stay the same from one render to the next.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;
use std::rc::Rc;

use yew::prelude::*;

use super::state::{Action, HearthContext, HearthDispatch};

/// One callback per key, made the first time it is asked for and kept while the page is shown.
/// Yew re-renders a child only when its props change, and a newly made callback always counts
/// as a change: with these, answering one question re-renders that question, not the whole
/// page of them. What a callback does must depend on its key alone.
pub struct StableCallbacks<K, C> {
    made: Rc<RefCell<HashMap<K, C>>>,
}

impl<K: Eq + Hash, C: Clone> StableCallbacks<K, C> {
    pub fn get(&self, key: K, make: impl FnOnce() -> C) -> C {
        self.made.borrow_mut().entry(key).or_insert_with(make).clone()
    }
}

#[hook]
pub fn use_stable_callbacks<K: Eq + Hash + 'static, C: 'static>() -> StableCallbacks<K, C> {
    StableCallbacks { made: use_mut_ref(HashMap::new) }
}

/// A callback that sends what the user did, for example
/// `state.sends(move |answer| ConflictChange::Answer { subject, question, answer })`.
pub trait Sends {
    fn sends<T: 'static, A: Into<Action>>(&self, intent: impl Fn(T) -> A + 'static) -> Callback<T>;
}

impl Sends for HearthDispatch {
    fn sends<T: 'static, A: Into<Action>>(&self, intent: impl Fn(T) -> A + 'static) -> Callback<T> {
        let dispatch = self.clone();
        Callback::from(move |value| dispatch.dispatch(intent(value).into()))
    }
}

impl Sends for HearthContext {
    fn sends<T: 'static, A: Into<Action>>(&self, intent: impl Fn(T) -> A + 'static) -> Callback<T> {
        self.dispatcher().sends(intent)
    }
}
