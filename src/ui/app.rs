use yew::prelude::*;
use yew_router::prelude::*;

use super::components::shell::Shell;
use super::state::providers::Providers;

#[component]
pub fn App() -> Html {
    html! {
        <Providers>
            <HashRouter>
                <Shell />
            </HashRouter>
        </Providers>
    }
}
