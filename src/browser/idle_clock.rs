//! The idle lock's clock: every tap, key or keystroke only notes the time, and one timer works
//! out what is due when it wakes. (Re-arming timers on each use cost a tap on a slow phone a
//! few milliseconds before the page could answer it.)

use std::cell::Cell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::visit_lock::{idle_moment, IdleMoment};

pub struct IdleClock(Rc<Ticking>);

struct Ticking {
    minutes: u32,
    last_use: Cell<f64>,
    /// The timer's id while one is set: none once the time is up, until the page is used again.
    pending: Cell<Option<i32>>,
    wake: Closure<dyn FnMut()>,
    reached: Box<dyn Fn(IdleMoment)>,
}

impl IdleClock {
    /// Calls `reached` a minute before `minutes` without use run out, and when they do.
    pub fn start(minutes: u32, reached: impl Fn(IdleMoment) + 'static) -> Self {
        let ticking = Rc::new_cyclic(|me: &Weak<Ticking>| {
            let me = me.clone();
            Ticking {
                minutes,
                last_use: Cell::new(js_sys::Date::now()),
                pending: Cell::new(None),
                wake: Closure::new(move || {
                    if let Some(ticking) = me.upgrade() {
                        ticking.woken();
                    }
                }),
                reached: Box::new(reached),
            }
        });
        ticking.look_again();
        Self(ticking)
    }

    /// The page was used: the quiet spell starts again.
    pub fn used(&self) {
        self.0.last_use.set(js_sys::Date::now());
        if self.0.pending.get().is_none() {
            self.0.look_again();
        }
    }
}

impl Ticking {
    fn idle_ms(&self) -> f64 {
        js_sys::Date::now() - self.last_use.get()
    }

    fn look_again(&self) {
        if let (_, Some(after)) = idle_moment(self.idle_ms(), self.minutes) {
            self.set_timer(after);
        }
    }

    fn set_timer(&self, after_ms: f64) {
        let Some(window) = web_sys::window() else { return };
        // Whole milliseconds, rounded up so the timer never wakes before the moment it waits for.
        let after = after_ms.ceil().clamp(0.0, f64::from(i32::MAX)) as i32;
        let id = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(self.wake.as_ref().unchecked_ref(), after)
            .ok();
        self.pending.set(id);
    }

    fn woken(&self) {
        self.pending.set(None);
        let (moment, next) = idle_moment(self.idle_ms(), self.minutes);
        if let Some(after) = next {
            self.set_timer(after);
        }
        if let Some(moment) = moment {
            (self.reached)(moment);
        }
    }
}

impl Drop for Ticking {
    fn drop(&mut self) {
        if let (Some(window), Some(id)) = (web_sys::window(), self.pending.get()) {
            window.clear_timeout_with_handle(id);
        }
    }
}
