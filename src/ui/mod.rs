//! The Yew app: one state shared through a context, a hash router, one file per page and per
//! component.
//!
//! - `state/`: what Hearth holds in memory, the actions that change it, and its providers.
//! - `question_sets/`: the practitioner's two question sets, their steps and their pages.
//! - `pages/`: every other page, one per route; `pages/guide/` is the guide for families.
//! - `components/`: widgets used by several pages; `forms/`: the GOV.UK form components.
//! - `keys/`: the key sequences (Exit this page, presenting a scenario), as plain state machines.

mod app;
pub mod callbacks;
pub mod components;
mod first_paint;
pub mod forms;
pub mod keys;
pub mod pages;
pub mod question_sets;
mod route;
pub mod state;

pub use app::App;
pub use first_paint::{FirstPaint, FirstPaintProps, APP_ID, FIRST_PAINT_ID, PRE_RENDERED};
pub use route::Route;
