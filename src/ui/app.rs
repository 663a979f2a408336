use yew::prelude::*;
use yew_router::prelude::*;

use super::components::shell::Shell;
use super::state::{HearthContext, HearthState};

#[component]
pub fn App() -> Html {
    let state = use_reducer(HearthState::default);
    html! {
        <ContextProvider<HearthContext> context={state}>
            <HashRouter>
                <Shell />
            </HashRouter>
        </ContextProvider<HearthContext>>
    }
}
