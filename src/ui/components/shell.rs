use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use super::exit_skip_link::exit_skip_link;
use super::exit_this_page::ExitThisPage;
use super::forgettable::Forgettable;
use super::idle_lock::IdleLock;
use super::site_footer::site_footer;
use super::site_header::site_header;
use super::skip_link::skip_link;
use super::update_notice::UpdateNotice;
use crate::browser;
use crate::ui::pages::switch;
use crate::ui::state::{use_hearth_dispatch, Action};
use crate::ui::Route;

pub const MAIN_ID: &str = "main-content";

/// The frame around every page: the skip links, header, Exit this page, the page, the footer.
#[component]
pub fn Shell() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let dispatch = use_hearth_dispatch();
    let navigator = use_navigator();
    let first_render = use_mut_ref(|| true);
    // "?focus=<id>" after a route (from a Change link) puts focus on that field, not the page.
    let focus_target = use_location().and_then(|l| l.query_str().strip_prefix("?focus=").map(str::to_owned));

    use_effect_with((route.clone(), focus_target), move |(route, focus_target)| {
        // A presented scenario names its own slide in the title, and the lock its own.
        if !matches!(route, Route::Presenting { .. } | Route::PresentingSwapped { .. }) && !browser::locked() {
            browser::set_title(&route.document_title());
        }
        if !std::mem::replace(&mut *first_render.borrow_mut(), false) || focus_target.is_some() {
            browser::focus(focus_target.as_deref().unwrap_or(MAIN_ID));
        }
    });

    // A page restored from the back-forward cache, after Exit this page or any other way of
    // leaving, must show nothing that was entered nor what the page was for: forget everything
    // again and open the neutral page before unblanking.
    let leave = dispatch.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "pageshow", move |event| {
                let restored = event.dyn_ref::<web_sys::PageTransitionEvent>().is_some_and(|e| e.persisted());
                if restored {
                    dispatch.dispatch(Action::ForgetAll);
                    if let Some(navigator) = &navigator {
                        navigator.replace(&Route::Expired);
                    }
                }
                browser::unblank();
            })
        });
        move || drop(listener)
    });

    use_effect_with((), |_| {
        let listener = EventListener::new(&browser::document(), "focusin", |event| {
            if let Some(focused) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                browser::uncover(focused, ".govuk-exit-this-page");
            }
        });
        move || drop(listener)
    });

    let presenting = matches!(route, Route::Presenting { .. } | Route::PresentingSwapped { .. });
    // The neutral page shows no navigation or footer, whose words would say what Hearth is for.
    let framed = !presenting && route != Route::Expired;
    html! {
        <>
            { skip_link(MAIN_ID) }
            { exit_skip_link(&leave) }
            if framed {
                { site_header(&route) }
            }
            <div class={classes!("govuk-width-container", presenting.then_some("hearth-wide"))}>
                <ExitThisPage />
                <UpdateNotice />
                <main class="govuk-main-wrapper" id={MAIN_ID} tabindex="-1">
                    <IdleLock><Forgettable><Switch<Route> render={switch} /></Forgettable></IdleLock>
                </main>
            </div>
            if framed {
                { site_footer() }
            }
        </>
    }
}
