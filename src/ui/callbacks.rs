//! Callbacks that stay the same from one render to the next.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;
use std::rc::Rc;

use yew::prelude::*;

/// One callback per key, made the first time it is asked for and kept while the page is shown.
/// Yew re-renders a child only when its props change, and a newly made callback always counts
/// as a change: with these, answering one question re-renders that question, not the whole
/// page of them. What a callback does must depend on its key alone.
pub struct StableCallbacks<K, T> {
    made: Rc<RefCell<HashMap<K, Callback<T>>>>,
}

impl<K: Eq + Hash, T> StableCallbacks<K, T> {
    pub fn get(&self, key: K, make: impl FnOnce() -> Callback<T>) -> Callback<T> {
        self.made.borrow_mut().entry(key).or_insert_with(make).clone()
    }
}

#[hook]
pub fn use_stable_callbacks<K: Eq + Hash + 'static, T: 'static>() -> StableCallbacks<K, T> {
    StableCallbacks { made: use_mut_ref(HashMap::new) }
}
