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

fn exit_now(dispatch: &HearthDispatch) {
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

/// The GOV.UK "Exit this page" pattern: a button on every page, and Shift pressed three times
/// within five seconds. It is a real link, so it still leaves if the script fails.
#[component]
pub fn ExitThisPage() -> Html {
    let dispatch = use_hearth_dispatch();
    let progress = use_state(|| Progress::Idle);

    {
        let dispatch = dispatch.clone();
        let progress = progress.clone();
        use_effect_with((), move |_| {
            let sequence = Rc::new(RefCell::new(ShiftSequence::default()));
            let expiry: Rc<RefCell<Option<Timeout>>> = Rc::default();
            let document = browser::document();
            let down = {
                let (sequence, progress) = (sequence.clone(), progress.clone());
                EventListener::new(&document, "keydown", move |event| {
                    if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                        progress.set(sequence.borrow_mut().key_down(key_of(event)));
                    }
                })
            };
            let up = EventListener::new(&document, "keyup", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                let now = sequence.borrow_mut().key_up(key_of(event), browser::now_ms());
                if now == (Progress::Counting { remaining: PRESSES_TO_EXIT - 1 }) {
                    let (sequence, progress) = (sequence.clone(), progress.clone());
                    *expiry.borrow_mut() = Some(Timeout::new(WINDOW_MS as u32, move || {
                        sequence.borrow_mut().expire();
                        progress.set(Progress::Idle);
                    }));
                }
                if now == Progress::Exit {
                    expiry.borrow_mut().take();
                    exit_now(&dispatch);
                }
                progress.set(now);
            });
            move || drop((down, up))
        });
    }

    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        exit_now(&dispatch);
    });
    let lit = match *progress {
        Progress::Idle => 0,
        Progress::Counting { remaining } => PRESSES_TO_EXIT - remaining,
        Progress::Exit => PRESSES_TO_EXIT,
    };
    html! {
        <div class="govuk-exit-this-page">
            <a href={local().exit_url.as_str()} role="button" draggable="false" rel="nofollow noreferrer"
                class="govuk-button govuk-button--warning govuk-exit-this-page__button" {onclick}>
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
