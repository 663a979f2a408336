//! The safer-sleep checklist: its steps in order, and its pages.

mod check_answers;
mod outcome;
mod overview;
mod plan_handout;
pub mod section;

pub use check_answers::SleepCheck;
pub use outcome::SleepOutcome;
pub use overview::SleepOverview;
pub use plan_handout::PlanHandout;
pub use section::SleepSection;

use crate::domain::sleep::question::Part;
use crate::ui::question_sets::steps::StepList;
use crate::ui::state::HearthState;
use crate::ui::Route;

pub const SLEEP_SET_NAME: &str = "Safer sleep: prevent and protect";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SleepStep {
    Baby,
    Conversation,
    Carers,
    Household,
    ComingUp,
    Plan,
    Sharing,
    CheckAnswers,
    Outcome,
}

impl StepList for SleepStep {
    const SECTIONS: &'static [Self] =
        &[Self::Baby, Self::Conversation, Self::Carers, Self::Household, Self::ComingUp, Self::Plan, Self::Sharing];
    const SET_NAME: &'static str = SLEEP_SET_NAME;
    const OVERVIEW: Route = Route::SaferSleep;
    const CHOOSE_FIRST: (&'static str, &'static str) = ("Choose the baby this is about first.", "Choose the baby");
    const ALL: &'static [Self] = &[
        Self::Baby,
        Self::Conversation,
        Self::Carers,
        Self::Household,
        Self::ComingUp,
        Self::Plan,
        Self::Sharing,
        Self::CheckAnswers,
        Self::Outcome,
    ];

    fn slug(self) -> &'static str {
        match self {
            Self::Baby => "baby",
            Self::Conversation => "conversation",
            Self::Carers => "carers",
            Self::Household => "household",
            Self::ComingUp => "coming-up",
            Self::Plan => "plan",
            Self::Sharing => "sharing",
            Self::CheckAnswers => "check-answers",
            Self::Outcome => "outcome",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Self::Baby => "The baby and where they sleep",
            Self::Conversation => "The safer sleep conversation",
            Self::Carers => "Each carer",
            Self::Household => "The household",
            Self::ComingUp => "Coming up",
            Self::Plan => "Plan for nights out of the usual routine",
            Self::Sharing => "Who else should know, and review",
            Self::CheckAnswers => "Check your answers",
            Self::Outcome => "Safer sleep outcome",
        }
    }

    fn route(self) -> Route {
        Route::SleepStep { step: self }
    }

    fn ready(state: &HearthState) -> bool {
        state.sleep.baby(&state.record).is_some()
    }
}

impl SleepStep {
    /// The content part whose questions this page asks.
    pub fn part(self) -> Option<Part> {
        match self {
            Self::Baby => Some(Part::Baby),
            Self::Conversation => Some(Part::Conversation),
            Self::Carers => Some(Part::EachCarer),
            Self::Household => Some(Part::Household),
            Self::ComingUp => Some(Part::ComingUp),
            _ => None,
        }
    }
}

crate::step_addresses!(SleepStep);
