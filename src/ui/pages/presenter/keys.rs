use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::ui::keys::presenter::{command_for, Command};
use crate::ui::Route;

pub struct PresenterKeys {
    /// Runs a command from a key or from a button on the page.
    pub run: Callback<Command>,
    pub large_code: bool,
    /// The keys work; shown on the page so tests (and anyone curious) can tell.
    pub ready: bool,
}

/// The keyboard and a presentation remote moving between slides, swapping the roles and
/// enlarging the phone code.
#[hook]
pub fn use_presenter_keys(id: &str, number: u32, swapped: bool, last: u32) -> PresenterKeys {
    let navigator = use_navigator();
    let large_code = use_state(|| false);
    let ready = use_state(|| false);
    // The slide on screen, updated as soon as a key is handled: keys pressed faster than the
    // page redraws still move one slide each.
    let current = use_mut_ref(|| (number, swapped));
    *current.borrow_mut() = (number, swapped);
    let run = command_runner(navigator, id.to_owned(), last, large_code.clone(), current);
    use_keydown(run.clone(), (id.to_owned(), last, *large_code), ready.setter());
    PresenterKeys { run, large_code: *large_code, ready: *ready }
}

fn command_runner(
    navigator: Option<Navigator>,
    id: String,
    last: u32,
    large_code: UseStateHandle<bool>,
    current: Rc<RefCell<(u32, bool)>>,
) -> Callback<Command> {
    Callback::from(move |command: Command| {
        let (number, swapped) = *current.borrow();
        let target = match command {
            Command::Next => ((number + 1).min(last), swapped),
            Command::Back => (number.saturating_sub(1), swapped),
            Command::First => (0, swapped),
            Command::Last => (last, swapped),
            Command::Swap => (number, !swapped),
            Command::PhoneCode => {
                large_code.set(!*large_code);
                return;
            }
        };
        if target != (number, swapped) {
            *current.borrow_mut() = target;
            if let Some(navigator) = &navigator {
                navigator.push(&Route::presenting(&id, target.0, target.1));
            }
        }
    })
}

/// Listens afresh whenever `deps`, what `run` was made from, change.
#[hook]
fn use_keydown(run: Callback<Command>, deps: (String, u32, bool), ready: UseStateSetter<bool>) {
    use_effect_with(deps, move |_| {
        ready.set(true);
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&browser::document(), "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            let modifiers = event.ctrl_key() || event.alt_key() || event.meta_key();
            if let Some(command) = command_for(&event.key(), modifiers, &focused_tag(event)) {
                event.prevent_default();
                run.emit(command);
            }
        });
        move || drop(listener)
    });
}

fn focused_tag(event: &web_sys::KeyboardEvent) -> String {
    event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|e| e.tag_name()).unwrap_or_default()
}
