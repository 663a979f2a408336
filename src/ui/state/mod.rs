//! Everything Hearth holds about the user's work: memory only, never stored unless they ask.

pub mod providers;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
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
}

impl HearthState {
    /// The practitioner's record and both question sets, as a record file holds them.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot { record: self.record.clone(), conflict: self.conflict.clone(), sleep: self.sleep.clone() }
    }

    fn open(&mut self, Snapshot { record, conflict, sleep }: Snapshot) {
        self.record = record;
        self.conflict = conflict;
        self.sleep = sleep;
    }

    pub fn idle_minutes(&self) -> u32 {
        self.idle_minutes.unwrap_or(crate::content::LOCAL.idle_minutes)
    }

    /// Whether anything the user entered is open in memory.
    pub fn holds_answers(&self) -> bool {
        *self
            != HearthState {
                idle_minutes: self.idle_minutes,
                without_names: self.without_names,
                forgotten: self.forgotten,
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
/// user's answers so that the idle wipe never takes it away in the middle of a session.
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
