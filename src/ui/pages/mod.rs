//! One page per route, and the switch from a route to its page. The question sets' pages live
//! in `ui/question_sets/`.

mod about;
mod child_voice;
mod exit_info;
mod expired;
pub mod guide;
mod help;
mod home;
mod how_hearth_decides;
mod local_settings;
mod not_found;
mod practitioner;
mod presenter;
mod record_summary;
mod setup;
mod trainer;

pub use about::about;
pub use exit_info::exit_info;
pub use expired::expired;
pub use help::help;
pub use home::home;
pub use how_hearth_decides::how_hearth_decides;
pub use local_settings::{local_settings, settings_line};
pub use not_found::not_found;
pub use practitioner::{
    casework, chronology, chronology_lines, information_sharing, other_routes, CaseEntry, EntryKind, Practitioner,
    RecordFiles,
};
pub use presenter::Presenter;
pub use record_summary::record_summary;
pub use setup::Setup;
pub use trainer::Trainer;

use yew::prelude::*;

use super::components::state_page::state_page;
use super::question_sets::conflict::{
    conflict_check, ConflictOutcome, ConflictOverview, ConflictSection, ConflictStep,
};
use super::question_sets::safer_sleep::{
    plan_handout, sleep_check, sleep_outcome, SleepOverview, SleepSection, SleepStep,
};
use super::question_sets::steps::StepList;
use super::Route;
use guide::{guide_home, MySleepPlan, Tonight};

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => home(),
        Route::Practitioner => html! { <Practitioner /> },
        Route::Conflict => html! { <ConflictOverview /> },
        Route::ConflictStep { step: ConflictStep::CheckAnswers } => state_page("conflict-check", conflict_check),
        Route::ConflictStep { step: ConflictStep::Outcome } => html! { <ConflictOutcome /> },
        Route::ConflictStep { step } | Route::ConflictPage { step, .. } if ConflictStep::SECTIONS.contains(&step) => {
            html! { <ConflictSection {step} /> }
        }
        Route::SaferSleep => html! { <SleepOverview /> },
        Route::SleepStep { step: SleepStep::CheckAnswers } => state_page("sleep-check", sleep_check),
        Route::SleepStep { step: SleepStep::Outcome } => state_page("sleep-outcome", sleep_outcome),
        Route::SleepStep { step } | Route::SleepPage { step, .. } if SleepStep::SECTIONS.contains(&step) => {
            html! { <SleepSection {step} /> }
        }
        Route::PlanHandout => state_page("plan-handout", plan_handout),
        Route::RecordSummary => state_page("record-summary", record_summary),
        Route::ChildVoice { n } => html! { <child_voice::ChildVoice {n} /> },
        Route::RecordFiles => html! { <RecordFiles /> },
        Route::InformationSharing => information_sharing(),
        Route::OtherRoutes => other_routes(),
        Route::Casework => state_page("casework", casework),
        Route::NewEntry { kind } => html! { <CaseEntry key={kind.to_string()} {kind} /> },
        Route::ChangeEntry { kind, number } => {
            html! { <CaseEntry key={format!("{kind}/{number}")} {kind} number={Some(number)} /> }
        }
        Route::Chronology => state_page("chronology", chronology),
        Route::Trainer => html! { <Trainer /> },
        Route::Presenting { scenario, slide } => html! { <Presenter {scenario} {slide} swapped={false} /> },
        Route::PresentingSwapped { scenario, slide } => html! { <Presenter {scenario} {slide} swapped={true} /> },
        Route::Guide => guide_home(),
        Route::GuideTonight => html! { <Tonight /> },
        Route::GuidePlan => html! { <MySleepPlan /> },
        Route::Help => help(),
        Route::About => about(),
        Route::LocalSettings => local_settings(),
        Route::Setup => html! { <Setup /> },
        Route::HowHearthDecides => how_hearth_decides(),
        Route::ExitInfo => exit_info(),
        Route::Expired => expired(),
        // A page after the check or the outcome, which have none: not found.
        Route::ConflictStep { .. }
        | Route::ConflictPage { .. }
        | Route::SleepStep { .. }
        | Route::SleepPage { .. }
        | Route::NotFound => not_found(),
    }
}
