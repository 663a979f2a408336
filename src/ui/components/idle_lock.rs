use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use yew::prelude::*;
use yew_router::prelude::*;

use super::lock_screen::LockScreen;
use crate::browser::{self, crypto, storage};
use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::record_file::{export, export_sealed};
use crate::domain::visit_lock::{idle_step, IdleMoment, IdleStep};
use crate::ui::state::{use_hearth, Action, Lock};
use crate::ui::Route;

const MINUTE_MS: u32 = 60_000;
const WARNING_ID: &str = "idle-warning";

#[derive(Clone, PartialEq)]
enum Notice {
    None,
    Warned,
    /// Why the answers were cleared, and what stays on this device.
    Cleared(String),
}

#[derive(Properties, PartialEq)]
pub struct IdleLockProps {
    pub children: Html,
}

/// Protects what is open on a device left alone. With a PIN set for the visit, when the idle
/// time runs out (or on Lock now) the record is sealed with the PIN and only the lock is shown:
/// nothing plain stays in memory or on the page. Without one, Hearth warns a minute before and
/// then clears the answers and every field on the page. While anything is open, a reload or
/// closing the tab asks first.
#[component]
pub fn IdleLock(props: &IdleLockProps) -> Html {
    let state = use_hearth();
    let navigator = use_navigator();
    let notice = use_state(|| Notice::None);
    let minutes = state.idle_minutes();
    let locked = state.lock != Lock::Open;
    let holds_answers = state.holds_answers();
    // Read by the timers and listeners, which outlive the render that made them.
    let now = use_mut_ref(|| (false, false, false, false));
    *now.borrow_mut() = (holds_answers, state.visit_pin.is_some(), locked, *notice == Notice::Warned);
    let timers: Rc<RefCell<Vec<Timeout>>> = use_mut_ref(Vec::new);

    let clear = {
        let (state, notice) = (state.clone(), notice.clone());
        Callback::from(move |why: String| {
            state.dispatch(Action::ForgetAll);
            if let Some(navigator) = &navigator {
                navigator.replace(&Route::Home);
            }
            notice.set(Notice::Cleared(format!("{why} {}", storage::still_kept())));
        })
    };

    let arm = {
        let (state, notice, timers, now, clear) = (state.clone(), notice.clone(), timers.clone(), now.clone(), clear.clone());
        Rc::new(move || {
            let wake = |moment, after: u32| {
                let (state, notice, now, clear) = (state.clone(), notice.clone(), now.clone(), clear.clone());
                Timeout::new(after * MINUTE_MS, move || {
                    let (holds_answers, pin_set, locked, _) = *now.borrow();
                    match idle_step(moment, holds_answers || browser::fields_hold_text(), pin_set, locked) {
                        IdleStep::Nothing => {}
                        IdleStep::Warn => notice.set(Notice::Warned),
                        IdleStep::Lock => state.dispatch(Action::Lock),
                        IdleStep::Clear => clear.emit(format!("Your answers were cleared after {minutes} minutes without use.")),
                    }
                })
            };
            *timers.borrow_mut() = vec![wake(IdleMoment::MinuteBefore, minutes - 1), wake(IdleMoment::TimeUp, minutes)];
        })
    };

    {
        let (arm, notice, now) = (arm.clone(), notice.clone(), now.clone());
        use_effect_with(minutes, move |_| {
            arm();
            let document = browser::document();
            let mut listeners: Vec<EventListener> = ["keydown", "pointerdown", "input"]
                .into_iter()
                .map(|kind| {
                    let (arm, notice, now) = (arm.clone(), notice.clone(), now.clone());
                    EventListener::new(&document, kind, move |_| {
                        if now.borrow().3 {
                            notice.set(Notice::None);
                        }
                        arm();
                    })
                })
                .collect();
            // Never when Exit this page is leaving: nothing may hold it back.
            let window = web_sys::window().expect("Hearth runs in a browser window");
            let options = EventListenerOptions::enable_prevent_default();
            listeners.push(EventListener::new_with_options(&window, "beforeunload", options, move |event| {
                if now.borrow().0 && !browser::exiting() {
                    browser::ask_before_leaving(event);
                }
            }));
            move || drop(listeners)
        });
    }
    // Sealing starts from the state at this render, which still holds the record.
    {
        let (state, clear) = (state.clone(), clear.clone());
        use_effect_with((*notice == Notice::Warned, state.lock == Lock::Locking), move |(warned, locking)| {
            if *warned {
                browser::focus(WARNING_ID);
            }
            if *locking {
                let plain = export(&state.snapshot(), &CONFLICT_OR_ABUSE, &SAFER_SLEEP, browser::today());
                let pin = state.visit_pin.clone().unwrap_or_default();
                yew::platform::spawn_local(async move {
                    match crypto::seal(&pin, &plain).await {
                        Ok(sealed) => state.dispatch(Action::Locked(export_sealed(&sealed))),
                        Err(_) => clear.emit("Hearth could not lock the record in this browser, so it cleared it.".into()),
                    }
                });
            }
        });
    }

    let keep = {
        let (notice, arm) = (notice.clone(), arm.clone());
        Callback::from(move |_| {
            notice.set(Notice::None);
            arm();
        })
    };
    let dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(Notice::None))
    };
    if locked {
        return html! { <LockScreen {clear} /> };
    }
    html! {
        <>
            if *notice == Notice::Warned {
                <div class="hearth-idle" role="alertdialog" aria-labelledby="idle-warning-title" aria-describedby="idle-warning-text">
                    <h2 class="govuk-heading-m" id="idle-warning-title">{ "Are you still there?" }</h2>
                    <p class="govuk-body" id="idle-warning-text">
                        { format!("Hearth has not been used for {} minutes. To protect what you entered, it will be cleared in 1 minute.", minutes - 1) }
                    </p>
                    <button type="button" class="govuk-button" id={WARNING_ID} onclick={keep}>{ "Keep working" }</button>
                </div>
            }
            if let Notice::Cleared(what) = &*notice {
                <div class="hearth-idle" role="status">
                    <p class="govuk-body">{ what }</p>
                    <button type="button" class="govuk-button govuk-button--secondary" onclick={dismiss}>{ "OK" }</button>
                </div>
            }
            { props.children.clone() }
        </>
    }
}
