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
    // The first paint it replaces goes once the app has drawn itself. The stylesheet already
    // hides it in the frame the app first appears, so no frame shows both or neither.
    use_effect_with((), |_| browser::remove(super::FIRST_PAINT_ID));
    html! {
        <Providers>
            <HashRouter>
                <Shell />
            </HashRouter>
        </Providers>
    }
}
