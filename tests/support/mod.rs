//! What the browser tests share: a page with Hearth's state and an in-memory router around
//! whatever a test renders, and ways to find things in it.

use hearth::ui::state::providers::Providers;
use web_sys::Element;
use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::Router;

#[derive(Properties, PartialEq)]
pub struct HarnessProps {
    pub children: Html,
}

/// The app's state and a router kept in memory, so links work without touching the test page's URL.
#[component]
pub fn Harness(props: &HarnessProps) -> Html {
    let history = use_memo((), |_| AnyHistory::from(MemoryHistory::new()));
    html! {
        <Providers>
            <Router history={(*history).clone()}>{ props.children.clone() }</Router>
        </Providers>
    }
}

pub async fn render(children: Html) -> Element {
    let document = document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { children }).render();
    yew::scheduler::flush().await;
    root
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}"))
}
