//! Reading and checking Hearth's content files. `build.rs` uses this to compile the content into
//! the app, so a content mistake stops the build with a message a content reviewer can act on;
//! the library includes it only for its tests.
//!
//! - `loading`: the shape of each file, as TOML is read into it;
//! - `checking`: the checks, each problem in words for whoever edits the file;
//! - `generating`: the Rust source written for checked content;
//! - `names`: the fixed names a file may use, with the Rust name generated for each.

mod checking;
mod generating;
mod loading;
mod names;
#[cfg(test)]
mod tests;

pub use checking::{check, check_casework, check_conflict, check_guide, check_reviews, check_sleep};
pub use generating::{render, render_casework, render_conflict, render_guide, render_reviews, render_sleep};
pub use loading::*;

// Finding placeholders is shared with the scenario reader, in `src/domain/words.rs`: the library
// has it as `crate::domain::words`, and `build.rs` includes that file beside this folder, so both
// reach it here as `super::words`.
use super::words;
