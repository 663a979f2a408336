//! The Yew app: one state shared through a context, a hash router, one file per page and per
//! component.

mod app;
pub mod components;
pub mod conflict_step;
pub mod exit_keys;
pub mod forms;
pub mod pages;
pub mod presenter_keys;
pub mod providers;
mod route;
pub mod sleep_step;
pub mod stable_callbacks;
pub mod state;
pub mod steps;

pub use app::App;
pub use route::Route;
