use yew::prelude::*;

use crate::ui::state::{use_hearth, HearthContext};

#[derive(Properties)]
pub struct StatePageProps {
    pub view: fn(&HearthContext) -> Html,
}

impl PartialEq for StatePageProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.view, other.view)
    }
}

/// A page that only shows the state, drawn by `view` each time the state changes. One component
/// type for all such pages, since every component type costs about 0.5 KB on a phone.
#[component]
pub fn StatePage(props: &StatePageProps) -> Html {
    let state = use_hearth();
    (props.view)(&state)
}

/// The page `view` draws, keyed by `page` so that each page is built afresh, as its own
/// component would be.
pub fn state_page(page: &'static str, view: fn(&HearthContext) -> Html) -> Html {
    html! { <StatePage key={page} {view} /> }
}
