use yew::prelude::*;

use super::{HearthContext, HearthDispatch, HearthState, LoadedScenario};

#[derive(Properties, PartialEq)]
pub struct ProvidersProps {
    pub children: Html,
}

/// The shared state around everything inside: the app, and the component tests' harness, so
/// both always have the same contexts.
#[component]
pub fn Providers(props: &ProvidersProps) -> Html {
    let state = use_reducer(HearthState::default);
    let loaded_scenario = use_state(|| None);
    html! {
        <ContextProvider<HearthDispatch> context={state.dispatcher()}>
            <ContextProvider<HearthContext> context={state}>
                <ContextProvider<LoadedScenario> context={loaded_scenario}>
                    { props.children.clone() }
                </ContextProvider<LoadedScenario>>
            </ContextProvider<HearthContext>>
        </ContextProvider<HearthDispatch>>
    }
}
