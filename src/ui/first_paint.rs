//! What Hearth shows before its WebAssembly has started: the page frame and a page, as the app
//! itself draws them. `src/bin/first-paint.rs` renders these at build time with Yew's server-side
//! renderer into `index.html`: the home page, and the pages a link most often opens directly
//! (`PRE_RENDERED`), which the page's early script swaps in for their addresses. The app takes
//! over once started, and an end-to-end test compares each with the app's own render, so they
//! cannot drift apart.

use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

use super::components::shell::Shell;
use super::state::providers::Providers;
use super::Route;

/// Where the first paint sits in `index.html`, until the app replaces it.
pub const FIRST_PAINT_ID: &str = "hearth-first-paint";
/// Where the app draws itself.
pub const APP_ID: &str = "hearth-app";

/// Pages other than the home page drawn into `index.html` for a direct link to them: the family
/// guide's, which a parent is sent to and may open on a slow phone, often in secret. Each costs
/// about a kilobyte of every first visit, so the list is short.
pub const PRE_RENDERED: [Route; 2] = [Route::Guide, Route::GuideTonight];

#[derive(Properties, PartialEq)]
pub struct FirstPaintProps {
    pub route: Route,
}

#[component]
pub fn FirstPaint(props: &FirstPaintProps) -> Html {
    // A history of its own, at the page: the server-side renderer has no address bar.
    let history = AnyHistory::from(MemoryHistory::with_entries([props.route.to_path()]));
    html! {
        <Providers>
            <Router {history}>
                <Shell />
            </Router>
        </Providers>
    }
}
