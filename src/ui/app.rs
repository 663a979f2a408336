use yew::prelude::*;
use yew_router::prelude::*;

use super::components::shell::Shell;
use super::state::{HearthContext, HearthState, LoadedScenario};

#[component]
pub fn App() -> Html {
    let state = use_reducer(HearthState::default);
    let loaded_scenario = use_state(|| None);
    html! {
        <ContextProvider<HearthContext> context={state}>
            <ContextProvider<LoadedScenario> context={loaded_scenario}>
                <HashRouter>
                    <Shell />
                </HashRouter>
            </ContextProvider<LoadedScenario>>
        </ContextProvider<HearthContext>>
    }
}
