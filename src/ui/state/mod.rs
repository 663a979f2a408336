//! Everything Hearth holds about the user's work: memory only, never stored unless they ask.

pub mod providers;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::answer::Response;
use crate::domain::conflict::assessment::{AgencyCheck, ConflictAssessment, Judgement, SafetyCheck, Subject};
use crate::domain::conflict::question::OutcomeKind;
use crate::domain::conflict::routing::{route, Routing};
use crate::domain::date::CalendarDate;
use crate::domain::family::{ChildAge, FamilyRecord, Label, PersonId};
use crate::domain::guide::{PlanEntry, SleepPlan, TonightAnswer, TonightAnswers};
use crate::domain::record_file::Snapshot;
use crate::domain::scenario::Scenario;
use crate::domain::sleep::assessment::{AgeInWeeks, RoutinePlan, SleepAssessment, SleepPlace, SleepSubject, Voice};
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
}

impl HearthState {
    /// The practitioner's record and both question sets, as a record file holds them.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot { record: self.record.clone(), conflict: self.conflict.clone(), sleep: self.sleep.clone() }
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

pub enum Action {
    AddAdult(Label),
    AddChild(Label, ChildAge),
    Remove(PersonId),
    ChooseAdults(PersonId, PersonId),
    SetSafety(PersonId, SafetyCheck),
    Answer(Subject, &'static str, Response),
    CheckAgency(&'static str, Option<AgencyCheck>),
    Judge(Option<Judgement>),
    FollowUp(OutcomeKind, &'static str, Option<CalendarDate>),
    ChooseBaby(PersonId),
    BabyAge(Option<AgeInWeeks>),
    SleepsByDay(SleepPlace),
    SleepsByNight(SleepPlace),
    Voice(PersonId, Voice),
    SleepAnswer(SleepSubject, &'static str, Response),
    Plan(&'static str, RoutinePlan),
    Shared(&'static str, bool),
    Review(Option<CalendarDate>),
    Tonight(&'static str, TonightAnswer),
    /// A time the family plans for, or `None` to take it out of the plan.
    GuidePlan(&'static str, Option<PlanEntry>),
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
}

impl Reducible for HearthState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let conflict = &mut next.conflict;
        let sleep = &mut next.sleep;
        match action {
            // The pages check labels before dispatching, so a refusal here changes nothing.
            Action::AddAdult(label) => {
                let _ = next.record.add_adult(label);
            }
            Action::AddChild(label, age) => {
                let _ = next.record.add_child(label, age);
            }
            Action::Remove(id) => {
                next.record.remove(id);
                conflict.forget_person(id);
                sleep.forget_person(id);
            }
            Action::ChooseAdults(first, second) if first != second => conflict.pair = Some((first, second)),
            Action::ChooseAdults(..) => {}
            Action::SetSafety(person, check) => {
                conflict.safety.insert(person, check);
            }
            Action::Answer(subject, question, response) => conflict.responses.set(subject, question, response),
            Action::CheckAgency(agency, Some(check)) => {
                conflict.agency_checks.insert(agency, check);
            }
            Action::CheckAgency(agency, None) => {
                conflict.agency_checks.remove(agency);
            }
            Action::Judge(judgement) => conflict.judgement = judgement,
            Action::FollowUp(outcome, step, Some(date)) => {
                conflict.follow_ups.insert((outcome, step), date);
            }
            Action::FollowUp(outcome, step, None) => {
                conflict.follow_ups.remove(&(outcome, step));
            }
            Action::ChooseBaby(baby) => sleep.baby = Some(baby),
            Action::BabyAge(age) => sleep.age = age,
            Action::SleepsByDay(place) => sleep.by_day = place,
            Action::SleepsByNight(place) => sleep.by_night = place,
            Action::Voice(person, voice) => {
                sleep.voices.insert(person, voice);
            }
            Action::SleepAnswer(subject, question, response) => sleep.responses.set(subject, question, response),
            Action::Plan(situation, plan) => {
                sleep.plans.insert(situation, plan);
            }
            Action::Shared(contact, true) => {
                sleep.shared.insert(contact);
            }
            Action::Shared(contact, false) => {
                sleep.shared.remove(contact);
            }
            Action::Review(date) => sleep.review = date,
            Action::Tonight(question, answer) => {
                next.tonight.insert(question, answer);
            }
            Action::GuidePlan(situation, Some(entry)) => {
                next.guide_plan.insert(situation, entry);
            }
            Action::GuidePlan(situation, None) => {
                next.guide_plan.remove(situation);
            }
            Action::OpenGuidePlan(plan) => next.guide_plan = plan,
            Action::WithoutNames(on) => next.without_names = on,
            Action::OpenRecord(snapshot) => {
                let Snapshot { record, conflict, sleep } = *snapshot;
                next.record = record;
                next.conflict = conflict;
                next.sleep = sleep;
            }
            Action::IdleMinutes(minutes) => next.idle_minutes = Some(minutes),
            Action::ForgetAll => {
                next = HearthState { forgotten: self.forgotten.wrapping_add(1), ..HearthState::default() }
            }
            Action::ForgetAnswers => next = HearthState { forgotten: self.forgotten, ..HearthState::default() },
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
