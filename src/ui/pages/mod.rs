mod about;
mod conflict_check;
mod conflict_outcome;
mod conflict_overview;
pub mod conflict_section;
mod exit_info;
mod family;
mod help;
mod home;
mod not_found;
mod practitioner;
mod trainer;

pub use about::About;
pub use conflict_check::ConflictCheck;
pub use conflict_outcome::ConflictOutcome;
pub use conflict_overview::ConflictOverview;
pub use conflict_section::ConflictSection;
pub use exit_info::ExitInfo;
pub use family::Family;
pub use help::Help;
pub use home::Home;
pub use not_found::NotFound;
pub use practitioner::Practitioner;
pub use trainer::Trainer;

use yew::prelude::*;

use super::conflict_step::ConflictStep;
use super::Route;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Practitioner => html! { <Practitioner /> },
        Route::Conflict => html! { <ConflictOverview /> },
        Route::ConflictStep { step: ConflictStep::CheckAnswers } => html! { <ConflictCheck /> },
        Route::ConflictStep { step: ConflictStep::Outcome } => html! { <ConflictOutcome /> },
        Route::ConflictStep { step } => html! { <ConflictSection {step} /> },
        Route::Trainer => html! { <Trainer /> },
        Route::Family => html! { <Family /> },
        Route::Help => html! { <Help /> },
        Route::About => html! { <About /> },
        Route::ExitInfo => html! { <ExitInfo /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
