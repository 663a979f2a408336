//! Hearth: safeguarding practice tools that run entirely in the browser.
//!
//! `domain` and `content` know nothing of the browser and are tested natively; `browser` holds
//! the few calls that need a real browser; `ui` is the Yew app.

pub mod browser;
pub mod content;
pub mod domain;
pub mod ui;
