mod about;
mod exit_info;
mod family;
mod help;
mod home;
mod not_found;
mod practitioner;
mod trainer;

pub use about::About;
pub use exit_info::ExitInfo;
pub use family::Family;
pub use help::Help;
pub use home::Home;
pub use not_found::NotFound;
pub use practitioner::Practitioner;
pub use trainer::Trainer;

use yew::prelude::*;

use super::Route;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Practitioner => html! { <Practitioner /> },
        Route::Trainer => html! { <Trainer /> },
        Route::Family => html! { <Family /> },
        Route::Help => html! { <Help /> },
        Route::About => html! { <About /> },
        Route::ExitInfo => html! { <ExitInfo /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
