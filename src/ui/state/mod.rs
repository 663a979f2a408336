//! Everything Hearth holds about the user's work: memory only, never stored unless they ask.

pub mod providers;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::casework::{CaseChange, Casework};
use crate::domain::conflict::assessment::ConflictAssessment;
use crate::domain::conflict::change::ConflictChange;
use crate::domain::conflict::routing::{route, Routing};
use crate::domain::family_record::{ChildAge, FamilyRecord, Label, PersonId};
use crate::domain::guide::{SleepPlan, TonightAnswer, TonightAnswers};
use crate::domain::record_file::Snapshot;
use crate::domain::removal::Removal;
use crate::domain::scenario::Scenario;
use crate::domain::sleep::assessment::SleepAssessment;
use crate::domain::sleep::change::SleepChange;
use crate::domain::sleep::outcome::{route_sleep, SleepRouting};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct HearthState {
    pub record: FamilyRecord,
    pub conflict: ConflictAssessment,
    pub sleep: SleepAssessment,
    pub casework: Casework,
    pub tonight: TonightAnswers,
    pub guide_plan: SleepPlan,
    /// Outcomes and summaries show roles ("Adult 1") instead of labels, for printing.
    pub without_names: bool,
    /// Minutes without use before open answers are cleared; `None` for the local default.
    pub idle_minutes: Option<u32>,
    /// How many times everything has been forgotten: the pages are built afresh each time.
    pub forgotten: u32,
    /// Someone just taken out of the record, until the practitioner does anything else.
    pub removal: Option<Removal>,
    /// The names of records saved or opened on this device in this tab, by storage key: kept
    /// here, not on the page, so they outlive a visit to another page and go when Hearth is
    /// cleared.
    pub saved_names: Vec<(String, String)>,
    /// The PIN or passphrase the practitioner set for this visit; forgotten while locked.
    pub visit_pin: Option<String>,
    pub lock: Lock,
}

/// The idle lock: the record is sealed with the visit's PIN, then nothing plain is kept.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Lock {
    #[default]
    Open,
    /// The screen is covered while the record is sealed.
    Locking,
    /// Only the record file sealed with the PIN is held.
    Locked(String),
}

impl HearthState {
    /// The practitioner's record and both question sets, as a record file holds them.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            record: self.record.clone(),
            conflict: self.conflict.clone(),
            sleep: self.sleep.clone(),
            casework: self.casework.clone(),
        }
    }

    fn open(&mut self, Snapshot { record, conflict, sleep, casework }: Snapshot) {
        self.record = record;
        self.conflict = conflict;
        self.sleep = sleep;
        self.casework = casework;
    }

    pub fn idle_minutes(&self) -> u32 {
        self.idle_minutes.unwrap_or(crate::content::local().idle_minutes)
    }

    /// Whether anything the user entered is open in memory, locked or not.
    pub fn holds_answers(&self) -> bool {
        *self != self.settings_only()
    }

    /// This state with everything entered taken out, settings kept.
    fn settings_only(&self) -> HearthState {
        HearthState {
            idle_minutes: self.idle_minutes,
            without_names: self.without_names,
            forgotten: self.forgotten,
            visit_pin: self.visit_pin.clone(),
            ..HearthState::default()
        }
    }

    /// The family record as outcomes and summaries show it: with labels, or without names.
    pub fn shown_record(&self) -> std::borrow::Cow<'_, FamilyRecord> {
        if self.without_names {
            std::borrow::Cow::Owned(self.record.with_role_labels())
        } else {
            std::borrow::Cow::Borrowed(&self.record)
        }
    }

    pub fn conflict_routing(&self) -> Option<Routing> {
        route(&CONFLICT_OR_ABUSE, &self.record, &self.conflict)
    }

    /// The safer-sleep outcome, joined to whatever the conflict-or-abuse set has found.
    pub fn sleep_routing(&self) -> SleepRouting {
        route_sleep(&SAFER_SLEEP, &self.record, &self.sleep, self.conflict_routing().as_ref())
    }
}

/// What the user did. The reducer makes the change from the state as it is now, so two quick
/// changes never undo each other.
pub enum Action {
    AddAdult(Label),
    AddChild(Label, ChildAge),
    Remove(PersonId),
    /// Puts back the person just removed, with their answers.
    UndoRemoval,
    Conflict(ConflictChange),
    Sleep(SleepChange),
    Casework(CaseChange),
    AnswerTonight {
        question: &'static str,
        answer: TonightAnswer,
    },
    /// A time the family chose for their plan, or took out of it.
    PlanFor {
        situation: &'static str,
        chosen: bool,
    },
    PlanWhere {
        situation: &'static str,
        text: String,
    },
    PlanWho {
        situation: &'static str,
        text: String,
    },
    /// A plan the family kept on this phone, opened again.
    OpenGuidePlan(SleepPlan),
    WithoutNames(bool),
    /// A record opened from a file, replacing the one open now.
    OpenRecord(Box<Snapshot>),
    IdleMinutes(u32),
    /// A PIN or passphrase for this visit, set or removed.
    VisitPin(Option<String>),
    /// Lock now, or the idle time ran out with a PIN set: covers the screen while sealing.
    Lock,
    /// The record file sealed with the PIN: the plain record and the PIN are forgotten.
    Locked(String),
    /// The right PIN at the lock: the record as it was. While it is still being sealed, the
    /// lock is simply lifted.
    Unlocked {
        snapshot: Box<Snapshot>,
        pin: String,
    },
    /// Exit this page, and anything else that must leave nothing behind: the page is built
    /// afresh too, so no field keeps what was typed into it.
    ForgetAll,
    /// "Forget everything on this device", on a page with no fields that says what it removed.
    ForgetAnswers,
    /// The name of the record saved under a storage key, now known; or `None` once deleted.
    SavedName {
        key: String,
        name: Option<String>,
    },
}

impl From<ConflictChange> for Action {
    fn from(change: ConflictChange) -> Self {
        Self::Conflict(change)
    }
}

impl From<SleepChange> for Action {
    fn from(change: SleepChange) -> Self {
        Self::Sleep(change)
    }
}

impl From<CaseChange> for Action {
    fn from(change: CaseChange) -> Self {
        Self::Casework(change)
    }
}

impl Reducible for HearthState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let removal = next.removal.take();
        match action {
            // The pages check labels before dispatching, so a refusal here changes nothing.
            Action::AddAdult(label) => {
                let _ = next.record.add_adult(label);
            }
            Action::AddChild(label, age) => {
                let _ = next.record.add_child(label, age);
            }
            Action::Remove(id) => {
                let mut snapshot = next.snapshot();
                next.removal = Some(snapshot.remove(id));
                next.open(snapshot);
            }
            Action::UndoRemoval => {
                if let Some(removal) = removal {
                    next.open(*removal.before);
                }
            }
            Action::Conflict(change) => next.conflict.apply(change),
            Action::Sleep(change) => next.sleep.apply(change),
            Action::Casework(change) => {
                next.casework.apply(change);
            }
            Action::AnswerTonight { question, answer } => {
                next.tonight.insert(question, answer);
            }
            Action::PlanFor { situation, chosen: true } => {
                next.guide_plan.entry(situation).or_default();
            }
            Action::PlanFor { situation, chosen: false } => {
                next.guide_plan.remove(situation);
            }
            Action::PlanWhere { situation, text } => {
                next.guide_plan.entry(situation).or_default().where_baby_sleeps = text
            }
            Action::PlanWho { situation, text } => {
                next.guide_plan.entry(situation).or_default().who_is_in_charge = text
            }
            Action::OpenGuidePlan(plan) => next.guide_plan = plan,
            Action::WithoutNames(on) => next.without_names = on,
            Action::OpenRecord(snapshot) => next.open(*snapshot),
            Action::IdleMinutes(minutes) => next.idle_minutes = Some(minutes),
            Action::VisitPin(pin) => next.visit_pin = pin,
            Action::Lock => {
                if next.visit_pin.is_some() && next.lock == Lock::Open {
                    next.lock = Lock::Locking;
                }
            }
            // Only while locking: a seal that finishes after Exit this page must not bring back
            // a copy of the record, even a sealed one.
            Action::Locked(sealed) => {
                if next.lock == Lock::Locking {
                    next = HearthState { lock: Lock::Locked(sealed), visit_pin: None, ..self.settings_only() };
                }
            }
            // Only while locking or locked, for the same reason.
            Action::Unlocked { snapshot, pin } => {
                if next.lock != Lock::Open {
                    next.open(*snapshot);
                    next.lock = Lock::Open;
                    next.visit_pin = Some(pin);
                }
            }
            Action::ForgetAll => {
                next = HearthState { forgotten: self.forgotten.wrapping_add(1), ..HearthState::default() }
            }
            Action::ForgetAnswers => next = HearthState { forgotten: self.forgotten, ..HearthState::default() },
            Action::SavedName { key, name } => {
                next.saved_names.retain(|(known, _)| *known != key);
                next.saved_names.extend(name.map(|name| (key, name)));
            }
        }
        next.into()
    }
}

pub type HearthContext = UseReducerHandle<HearthState>;

/// The shared state; every page sits inside the provider, so it is always there.
#[hook]
pub fn use_hearth() -> HearthContext {
    use_context::<HearthContext>().expect("pages render inside the HearthState provider")
}

/// Only the means to change the state. It never changes, so a component that only dispatches
/// (the page frame, Exit this page) is not rendered again each time an answer changes.
pub type HearthDispatch = UseReducerDispatcher<HearthState>;

#[hook]
pub fn use_hearth_dispatch() -> HearthDispatch {
    use_context::<HearthDispatch>().expect("pages render inside the HearthState dispatch provider")
}

/// A scenario a trainer loaded from a file. Fictional by design, and held apart from the
/// user's answers so that the idle lock never takes it away in the middle of a session.
pub type LoadedScenario = UseStateHandle<Option<Rc<Scenario>>>;

#[hook]
pub fn use_loaded_scenario() -> LoadedScenario {
    use_context::<LoadedScenario>().expect("pages render inside the loaded-scenario provider")
}

/// A scenario by id: the one loaded from a file, or one built into Hearth.
#[hook]
pub fn use_scenario(id: &str) -> Option<Rc<Scenario>> {
    let loaded = use_loaded_scenario();
    let built_in = use_memo(id.to_owned(), |id| crate::content::built_in_scenario(id).map(Rc::new));
    match &*loaded {
        Some(scenario) if scenario.id == id => Some(scenario.clone()),
        _ => (*built_in).clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed() -> String {
        "{\"format\": \"hearth-record-encrypted\"}".into()
    }

    fn with_parent_and_pin() -> Rc<HearthState> {
        let state = Rc::new(HearthState { idle_minutes: Some(5), ..HearthState::default() })
            .reduce(Action::AddAdult(Label::parse("Parent 1").unwrap()));
        assert!(state.holds_answers());
        state.reduce(Action::VisitPin(Some("2468".into())))
    }

    #[test]
    fn a_pin_alone_is_not_an_answer() {
        let state = Rc::new(HearthState::default()).reduce(Action::VisitPin(Some("2468".into())));
        assert!(!state.holds_answers());
    }

    #[test]
    fn locking_keeps_the_sealed_record_and_settings_and_nothing_plain() {
        let locking = with_parent_and_pin().reduce(Action::Lock);
        assert_eq!(locking.lock, Lock::Locking);
        assert_eq!(locking.record.adults().len(), 1, "the record is there to seal");
        let locked = locking.reduce(Action::Locked(sealed()));
        assert_eq!(
            *locked,
            HearthState { idle_minutes: Some(5), lock: Lock::Locked(sealed()), ..HearthState::default() }
        );
        assert!(locked.holds_answers(), "a reload would lose the locked record");
        assert_eq!(locked.clone().reduce(Action::Lock).lock, Lock::Locked(sealed()));
    }

    #[test]
    fn without_a_pin_nothing_locks() {
        let state = with_parent_and_pin().reduce(Action::VisitPin(None)).reduce(Action::Lock);
        assert_eq!(state.lock, Lock::Open);
    }

    #[test]
    fn the_right_pin_brings_back_the_record_and_keeps_the_pin_for_the_next_lock() {
        let before = with_parent_and_pin();
        let locked = before.clone().reduce(Action::Lock).reduce(Action::Locked(sealed()));
        let open = locked.reduce(Action::Unlocked { snapshot: Box::new(before.snapshot()), pin: "2468".into() });
        assert_eq!(*open, *before);
    }

    #[test]
    fn the_right_pin_while_the_record_is_still_being_sealed_lifts_the_lock_and_the_late_seal_is_ignored() {
        let before = with_parent_and_pin();
        let locking = before.clone().reduce(Action::Lock);
        let open = locking.reduce(Action::Unlocked { snapshot: Box::new(before.snapshot()), pin: "2468".into() });
        assert_eq!(*open, *before);
        assert_eq!(*open.clone().reduce(Action::Locked(sealed())), *before);
    }

    #[test]
    fn a_seal_or_an_unseal_finishing_after_exit_this_page_brings_nothing_back() {
        let exited = with_parent_and_pin().reduce(Action::Lock).reduce(Action::ForgetAll);
        let late = exited.clone().reduce(Action::Locked(sealed()));
        assert_eq!(*late, *exited);
        let late = exited.clone().reduce(Action::Unlocked { snapshot: Box::default(), pin: "2468".into() });
        assert_eq!(*late, *exited);
        assert!(!late.holds_answers());
    }
}
