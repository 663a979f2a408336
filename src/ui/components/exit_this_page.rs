use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::content::local;
use crate::ui::keys::exit::{Key, Progress, ShiftSequence, PRESSES_TO_EXIT, WINDOW_MS};
use crate::ui::state::{use_hearth_dispatch, Action, HearthDispatch};

/// Forgets everything and leaves: the button, its skip link and the Shift shortcut all come here.
pub fn exit_now(dispatch: &HearthDispatch) {
    dispatch.dispatch(Action::ForgetAll);
    // If the browser refuses to navigate, the page is already blank and the answers gone.
    let _ = browser::leave(&local().exit_url);
}

fn key_of(event: &web_sys::KeyboardEvent) -> Key {
    if event.key() == "Shift" {
        Key::Shift
    } else {
        Key::Other
    }
}

type Timer = Rc<RefCell<Option<Timeout>>>;

/// The Shift shortcut's count, what it shows, and its two timers: the count lapses five seconds
/// after the last press, and the words saying so go five seconds after that.
#[derive(Clone)]
struct Shortcut {
    sequence: Rc<RefCell<ShiftSequence>>,
    progress: UseStateHandle<Progress>,
    lapse: Timer,
    settle: Timer,
}

impl Shortcut {
    fn key_down(&self, key: Key) {
        let now = self.sequence.borrow_mut().key_down(key);
        if now == Progress::Lapsed && self.lapse.borrow_mut().take().is_some() {
            self.settle_later();
        }
        self.progress.set(now);
    }

    fn key_up(&self, key: Key, dispatch: &HearthDispatch) {
        let now = self.sequence.borrow_mut().key_up(key, browser::now_ms());
        match now {
            Progress::Counting { .. } if key == Key::Shift => {
                self.settle.borrow_mut().take();
                self.lapse_later();
            }
            Progress::Exit => {
                self.stop_timers();
                exit_now(dispatch);
            }
            _ => {}
        }
        self.progress.set(now);
    }

    fn lapse_later(&self) {
        let shortcut = self.clone();
        *self.lapse.borrow_mut() = Some(Timeout::new(WINDOW_MS as u32, move || {
            shortcut.progress.set(shortcut.sequence.borrow_mut().expire());
            shortcut.settle_later();
        }));
    }

    fn settle_later(&self) {
        let (sequence, progress) = (self.sequence.clone(), self.progress.clone());
        *self.settle.borrow_mut() =
            Some(Timeout::new(WINDOW_MS as u32, move || progress.set(sequence.borrow_mut().settle())));
    }

    fn stop_timers(&self) {
        self.lapse.borrow_mut().take();
        self.settle.borrow_mut().take();
    }

    /// A page shown again from the back-forward cache starts from nothing: no count, no words.
    fn reset(&self) {
        self.stop_timers();
        *self.sequence.borrow_mut() = ShiftSequence::default();
        self.progress.set(Progress::Idle);
    }
}

/// The GOV.UK "Exit this page" pattern: a button on every page, and Shift pressed three times,
/// each within five seconds of the last. It is a real link, so it still leaves if the script fails.
#[component]
pub fn ExitThisPage() -> Html {
    let dispatch = use_hearth_dispatch();
    let progress = use_state(|| Progress::Idle);

    {
        let dispatch = dispatch.clone();
        let progress = progress.clone();
        use_effect_with((), move |_| {
            let shortcut = Shortcut { sequence: Rc::default(), progress, lapse: Rc::default(), settle: Rc::default() };
            let document = browser::document();
            let down = {
                let shortcut = shortcut.clone();
                EventListener::new(&document, "keydown", move |event| {
                    if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                        shortcut.key_down(key_of(event));
                    }
                })
            };
            let up = {
                let shortcut = shortcut.clone();
                EventListener::new(&document, "keyup", move |event| {
                    if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                        shortcut.key_up(key_of(event), &dispatch);
                    }
                })
            };
            let shown = web_sys::window().map(|window| {
                let shortcut = shortcut.clone();
                EventListener::new(&window, "pageshow", move |_| shortcut.reset())
            });
            move || {
                shortcut.stop_timers();
                drop((down, up, shown));
            }
        });
    }

    // Space presses it as it would a button, as GOV.UK's button script does for a link drawn as one.
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == " " {
                event.prevent_default();
                exit_now(&dispatch);
            }
        })
    };
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        exit_now(&dispatch);
    });
    let lit = match *progress {
        Progress::Idle | Progress::Lapsed => 0,
        Progress::Counting { remaining } => PRESSES_TO_EXIT - remaining,
        Progress::Exit => PRESSES_TO_EXIT,
    };
    html! {
        <div class="govuk-exit-this-page">
            <a href={local().exit_url.as_str()} role="button" draggable="false" rel="nofollow noreferrer"
                class="govuk-button govuk-button--warning govuk-exit-this-page__button" {onclick} {onkeydown}>
                <span class="govuk-visually-hidden">{ "Emergency" }</span>{ " Exit this page" }
            </a>
            <div class={classes!("govuk-exit-this-page__indicator", (lit > 0).then_some("govuk-exit-this-page__indicator--visible"))}
                aria-hidden="true">
                { for (0..PRESSES_TO_EXIT).map(|i| html! {
                    <span class={classes!("govuk-exit-this-page__indicator-light", (i < lit).then_some("govuk-exit-this-page__indicator-light--on"))}></span>
                }) }
            </div>
            <div class="govuk-visually-hidden" role="status" aria-live="polite">{ progress.announcement() }</div>
        </div>
    }
}
