use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::{self, storage};
use crate::ui::state::{use_hearth, Action};
use crate::ui::Route;

const MINUTE_MS: u32 = 60_000;
const WARNING_ID: &str = "idle-warning";

#[derive(Clone, PartialEq)]
enum Idle {
    Active,
    Warned,
    /// After how many minutes, and what stays on this device.
    Cleared(u32, String),
}

/// Clears open answers from memory after a spell without use, warning a minute before, and every
/// field on the page with them. A shared or left-open device should not keep showing a family's
/// answers, nor text typed but not yet added, a passphrase or a chosen file.
#[component]
pub fn IdleWipe() -> Html {
    let state = use_hearth();
    let navigator = use_navigator();
    let idle = use_state(|| Idle::Active);
    let minutes = state.idle_minutes();
    // Read by the timers, which outlive the render that armed them.
    let holds_answers = use_mut_ref(|| false);
    *holds_answers.borrow_mut() = state.holds_answers();
    let anything_entered = {
        let holds_answers = holds_answers.clone();
        move || *holds_answers.borrow() || browser::fields_hold_text()
    };
    let timers: Rc<RefCell<Vec<Timeout>>> = use_mut_ref(Vec::new);
    let warned = use_mut_ref(|| false);
    *warned.borrow_mut() = *idle == Idle::Warned;

    let arm = {
        let (state, idle, timers) = (state.clone(), idle.clone(), timers.clone());
        Rc::new(move || {
            let warn = {
                let (idle, anything_entered) = (idle.clone(), anything_entered.clone());
                Timeout::new((minutes - 1) * MINUTE_MS, move || {
                    if anything_entered() {
                        idle.set(Idle::Warned);
                    }
                })
            };
            let clear = {
                let (state, idle, anything_entered, navigator) =
                    (state.clone(), idle.clone(), anything_entered.clone(), navigator.clone());
                Timeout::new(minutes * MINUTE_MS, move || {
                    if anything_entered() {
                        state.dispatch(Action::ForgetAll);
                        if let Some(navigator) = &navigator {
                            navigator.replace(&Route::Home);
                        }
                        idle.set(Idle::Cleared(minutes, storage::still_kept()));
                    }
                })
            };
            *timers.borrow_mut() = vec![warn, clear];
        })
    };

    {
        let (arm, idle, warned) = (arm.clone(), idle.clone(), warned.clone());
        use_effect_with(minutes, move |_| {
            arm();
            let document = browser::document();
            let listeners: Vec<EventListener> = ["keydown", "pointerdown", "input"]
                .into_iter()
                .map(|kind| {
                    let (arm, idle, warned) = (arm.clone(), idle.clone(), warned.clone());
                    EventListener::new(&document, kind, move |_| {
                        if *warned.borrow() {
                            idle.set(Idle::Active);
                        }
                        arm();
                    })
                })
                .collect();
            move || drop(listeners)
        });
    }
    use_effect_with(*idle == Idle::Warned, |warned| {
        if *warned {
            browser::focus(WARNING_ID);
        }
    });

    let keep = {
        let (idle, arm) = (idle.clone(), arm.clone());
        Callback::from(move |_| {
            idle.set(Idle::Active);
            arm();
        })
    };
    let dismiss = {
        let idle = idle.clone();
        Callback::from(move |_| idle.set(Idle::Active))
    };
    match &*idle {
        Idle::Active => html! {},
        Idle::Warned => html! {
            <div class="hearth-idle" role="alertdialog" aria-labelledby="idle-warning-title" aria-describedby="idle-warning-text">
                <h2 class="govuk-heading-m" id="idle-warning-title">{ "Are you still there?" }</h2>
                <p class="govuk-body" id="idle-warning-text">
                    { format!("Hearth has not been used for {} minutes. To protect what you entered, it will be cleared in 1 minute.", minutes - 1) }
                </p>
                <button type="button" class="govuk-button" id={WARNING_ID} onclick={keep}>{ "Keep working" }</button>
            </div>
        },
        Idle::Cleared(after, kept) => html! {
            <div class="hearth-idle" role="status">
                <p class="govuk-body">{ format!("Your answers were cleared after {after} minutes without use. {kept}") }</p>
                <button type="button" class="govuk-button govuk-button--secondary" onclick={dismiss}>{ "OK" }</button>
            </div>
        },
    }
}
