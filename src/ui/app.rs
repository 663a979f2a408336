use yew::prelude::*;
use yew_router::prelude::*;

use super::components::shell::Shell;
use super::state::providers::Providers;
use super::Route;
use crate::browser;

#[component]
pub fn App() -> Html {
    // Before the router reads the address: Back or Forward into Hearth from elsewhere never
    // reopens the page that was there.
    use_state(|| {
        if browser::reached_by_history() {
            browser::replace_fragment(&Route::Expired.href());
        }
    });
    html! {
        <Providers>
            <HashRouter>
                <Shell starting=true />
            </HashRouter>
        </Providers>
    }
}
