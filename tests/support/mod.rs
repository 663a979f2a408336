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

/// Waits, 10 ms at a time for up to two seconds, until `selector` matches in `root`. WebKit under
/// a virtual display has been seen to show a click's result a moment after Yew's flush; what never
/// appears still fails, naming the selector.
pub async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..200 {
        yew::scheduler::flush().await;
        if let Some(found) = root.query_selector(selector).unwrap() {
            return found;
        }
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(pause).await.unwrap();
    }
    find(root, selector)
}
