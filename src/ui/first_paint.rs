//! What Hearth shows before its WebAssembly has started: the page frame and the home page, as
//! the app itself draws them. `src/bin/first-paint.rs` renders this at build time with Yew's
//! server-side renderer into `index.html`; the app takes over from it once started, and an
//! end-to-end test compares the two, so they cannot drift apart.

use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

use super::components::shell::Shell;
use super::state::providers::Providers;

/// Where the first paint sits in `index.html`, until the app replaces it.
pub const FIRST_PAINT_ID: &str = "hearth-first-paint";
/// Where the app draws itself.
pub const APP_ID: &str = "hearth-app";

#[component]
pub fn FirstPaint() -> Html {
    // A history of its own, at the home page: the server-side renderer has no address bar.
    let history = AnyHistory::from(MemoryHistory::new());
    html! {
        <Providers>
            <Router {history}>
                <Shell />
            </Router>
        </Providers>
    }
}
