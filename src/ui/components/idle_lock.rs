use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;
use yew_router::prelude::*;

use super::lock_screen::{lock_screen, UNLOCK_PIN};
use super::record_file::open_record;
use super::shell::MAIN_ID;
use crate::browser::idle_clock::IdleClock;
use crate::browser::{self, crypto, storage};
use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::record_file::{export, export_sealed};
use crate::domain::visit_lock::{idle_step, tries_left, wrong_pin_message, IdleStep, CLEARED_AFTER_TRIES};
use crate::ui::state::{use_hearth, Action, Lock};
use crate::ui::Route;

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
/// nothing plain stays in memory or on the page. The PIN opens it on the page it was locked on;
/// too many wrong tries, or Forget and leave, clear it. Without a PIN, Hearth warns a minute
/// before and then clears the answers and every field on the page. While anything is open, a
/// reload or closing the tab asks first.
#[component]
pub fn IdleLock(props: &IdleLockProps) -> Html {
    let state = use_hearth();
    let navigator = use_navigator();
    let notice = use_state(|| Notice::None);
    let minutes = state.idle_minutes();
    let locked = state.lock != Lock::Open;
    let holds_answers = state.holds_answers();
    // Read by the clock and listeners, which outlive the render that made them.
    let now = use_mut_ref(|| (false, false, false, false));
    *now.borrow_mut() = (holds_answers, state.visit_pin.is_some(), locked, *notice == Notice::Warned);
    // The lock's field, its wrong tries and its error; each lock starts afresh.
    let pin = use_state(String::new);
    let wrong = use_state(u8::default);
    let error = use_state(Option::<String>::default);
    // The page under the lock, whose title comes back with it.
    let here = use_mut_ref(|| Route::Home);
    *here.borrow_mut() = use_route::<Route>().unwrap_or(Route::NotFound);

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

    // The clock runs while the page is shown; `Keep working` counts as a use of the page.
    let clock: Rc<RefCell<Option<IdleClock>>> = use_mut_ref(|| None);
    {
        let (state, notice, now, clear, clock) =
            (state.clone(), notice.clone(), now.clone(), clear.clone(), clock.clone());
        use_effect_with(minutes, move |_| {
            let reached = {
                let (notice, now) = (notice.clone(), now.clone());
                move |moment| {
                    let (holds_answers, pin_set, locked, _) = *now.borrow();
                    match idle_step(moment, holds_answers || browser::fields_hold_text(), pin_set, locked) {
                        IdleStep::Nothing => {}
                        IdleStep::Warn => notice.set(Notice::Warned),
                        IdleStep::Lock => state.dispatch(Action::Lock),
                        IdleStep::Clear => {
                            clear.emit(format!("Your answers were cleared after {minutes} minutes without use."))
                        }
                    }
                }
            };
            *clock.borrow_mut() = Some(IdleClock::start(minutes, reached));
            let document = browser::document();
            let mut listeners: Vec<EventListener> = ["keydown", "pointerdown", "input"]
                .into_iter()
                .map(|kind| {
                    let (clock, notice, now) = (clock.clone(), notice.clone(), now.clone());
                    EventListener::new(&document, kind, move |_| {
                        if now.borrow().3 {
                            notice.set(Notice::None);
                        }
                        if let Some(clock) = &*clock.borrow() {
                            clock.used();
                        }
                    })
                })
                .collect();
            // Never when Exit this page is leaving: nothing may hold it back.
            let window = web_sys::window().expect("Hearth runs in a browser window");
            listeners.push(EventListener::new(&window, "beforeunload", move |event| {
                if now.borrow().0 && !browser::exiting() {
                    browser::ask_before_leaving(event);
                }
            }));
            move || {
                drop(listeners);
                clock.borrow_mut().take();
            }
        });
    }
    // Sealing starts from the state at this render, which still holds the record.
    {
        let (state, clear, wrong, error) = (state.clone(), clear.clone(), wrong.clone(), error.clone());
        use_effect_with((*notice == Notice::Warned, state.lock == Lock::Locking), move |(warned, locking)| {
            if *warned {
                browser::focus(WARNING_ID);
            }
            if *locking {
                wrong.set(0);
                error.set(None);
                let plain = export(&state.snapshot(), &CONFLICT_OR_ABUSE, &SAFER_SLEEP, browser::today());
                let pin = state.visit_pin.clone().unwrap_or_default();
                yew::platform::spawn_local(async move {
                    match crypto::seal(&pin, &plain).await {
                        Ok(sealed) => state.dispatch(Action::Locked(export_sealed(&sealed))),
                        Err(_) => {
                            clear.emit("Hearth could not lock the record in this browser, so it cleared it.".into())
                        }
                    }
                });
            }
        });
    }
    // While locked: the lock's look and title, and focus on the field unless the error summary
    // takes it. Unlocked, the page's own title again.
    use_effect_with((locked, error.is_some()), move |(locked, has_error)| {
        let locked = *locked;
        if locked {
            browser::show_locked(true);
            browser::set_title(if *has_error {
                "Error: Hearth is locked – Hearth"
            } else {
                "Hearth is locked – Hearth"
            });
            if !has_error {
                browser::focus(UNLOCK_PIN);
            }
        }
        move || {
            if locked {
                browser::show_locked(false);
                browser::set_title(&here.borrow().document_title());
            }
        }
    });

    let unlock = {
        let (state, pin, wrong, error, clear) =
            (state.clone(), pin.clone(), wrong.clone(), error.clone(), clear.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = pin.trim().to_owned();
            pin.set(String::new());
            if typed.is_empty() {
                error.set(Some("Enter the PIN or passphrase for this visit".into()));
                return;
            }
            let (state, wrong, error, clear) = (state.clone(), wrong.clone(), error.clone(), clear.clone());
            yew::platform::spawn_local(async move {
                let opened = match &state.lock {
                    Lock::Locked(sealed) => open_record(sealed.as_bytes(), &typed).await.ok(),
                    // Still being sealed: the record and the PIN are still here.
                    _ => (state.visit_pin.as_ref() == Some(&typed)).then(|| state.snapshot()),
                };
                if let Some(snapshot) = opened {
                    state.dispatch(Action::Unlocked { snapshot: Box::new(snapshot), pin: typed });
                    browser::focus(MAIN_ID);
                    return;
                }
                let count = wrong.saturating_add(1);
                wrong.set(count);
                match tries_left(count) {
                    Some(left) => error.set(Some(wrong_pin_message(left))),
                    None => clear.emit(CLEARED_AFTER_TRIES.into()),
                }
            });
        })
    };

    let keep = {
        let (notice, clock) = (notice.clone(), clock.clone());
        Callback::from(move |_| {
            notice.set(Notice::None);
            if let Some(clock) = &*clock.borrow() {
                clock.used();
            }
        })
    };
    let dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(Notice::None))
    };
    if locked {
        let forget = clear.reform(|_| "You chose Forget and leave, so the record was cleared.".to_owned());
        return lock_screen(&pin, (*error).clone(), unlock, forget);
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
