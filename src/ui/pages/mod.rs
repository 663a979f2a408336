mod about;
mod conflict_check;
mod conflict_outcome;
mod conflict_overview;
pub mod conflict_section;
mod exit_info;
mod family;
mod family_plan;
mod family_summary;
mod help;
mod home;
mod how_hearth_decides;
mod my_sleep_plan;
mod not_found;
mod practitioner;
mod presenter;
mod sleep_check;
mod sleep_outcome;
mod sleep_overview;
pub mod sleep_section;
mod tonight;
mod trainer;

pub use about::About;
pub use conflict_check::ConflictCheck;
pub use conflict_outcome::ConflictOutcome;
pub use conflict_overview::ConflictOverview;
pub use conflict_section::ConflictSection;
pub use exit_info::ExitInfo;
pub use family::Family;
pub use family_plan::FamilyPlan;
pub use family_summary::FamilySummary;
pub use help::Help;
pub use home::Home;
pub use how_hearth_decides::HowHearthDecides;
pub use my_sleep_plan::MySleepPlan;
pub use not_found::NotFound;
pub use practitioner::Practitioner;
pub use presenter::Presenter;
pub use sleep_check::SleepCheck;
pub use sleep_outcome::SleepOutcome;
pub use sleep_overview::SleepOverview;
pub use sleep_section::SleepSection;
pub use tonight::Tonight;
pub use trainer::Trainer;

use yew::prelude::*;

use super::conflict_step::ConflictStep;
use super::sleep_step::SleepStep;
use super::Route;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Practitioner => html! { <Practitioner /> },
        Route::Conflict => html! { <ConflictOverview /> },
        Route::ConflictStep { step: ConflictStep::CheckAnswers } => html! { <ConflictCheck /> },
        Route::ConflictStep { step: ConflictStep::Outcome } => html! { <ConflictOutcome /> },
        Route::ConflictStep { step } => html! { <ConflictSection {step} /> },
        Route::SaferSleep => html! { <SleepOverview /> },
        Route::SleepStep { step: SleepStep::CheckAnswers } => html! { <SleepCheck /> },
        Route::SleepStep { step: SleepStep::Outcome } => html! { <SleepOutcome /> },
        Route::SleepStep { step } => html! { <SleepSection {step} /> },
        Route::FamilyPlan => html! { <FamilyPlan /> },
        Route::FamilySummary => html! { <FamilySummary /> },
        Route::Trainer => html! { <Trainer /> },
        Route::Presenting { scenario, slide } => html! { <Presenter {scenario} {slide} swapped={false} /> },
        Route::PresentingSwapped { scenario, slide } => html! { <Presenter {scenario} {slide} swapped={true} /> },
        Route::Family => html! { <Family /> },
        Route::Tonight => html! { <Tonight /> },
        Route::MySleepPlan => html! { <MySleepPlan /> },
        Route::Help => html! { <Help /> },
        Route::About => html! { <About /> },
        Route::HowHearthDecides => html! { <HowHearthDecides /> },
        Route::ExitInfo => html! { <ExitInfo /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
