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

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// Hearth starting in the browser behind its first paint: the frame is drawn in one task and
    /// the page in the next, then the app takes over from the first paint. Each task is shorter
    /// than the two together, so a slow phone can answer a tap between them.
    #[prop_or_default]
    pub starting: bool,
}

/// The frame around every page: the skip links, header, Exit this page, the page, the footer.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let page_drawn = use_state(|| !props.starting);
    {
        let (waiting, page_drawn) = (!*page_drawn, page_drawn.setter());
        use_effect_with((), move |_| {
            if waiting {
                gloo_timers::callback::Timeout::new(0, move || page_drawn.set(true)).forget();
            }
        });
    }
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let dispatch = use_hearth_dispatch();
    let navigator = use_navigator();
    let first_page = use_mut_ref(|| true);
    // "?focus=<id>" after a route (from a Change link) puts focus on that field, not the page.
    let focus_target = use_location().and_then(|l| l.query_str().strip_prefix("?focus=").map(str::to_owned));

    use_effect_with((route.clone(), focus_target, *page_drawn), move |(route, focus_target, page_drawn)| {
        if !page_drawn {
            return;
        }
        let first = std::mem::replace(&mut *first_page.borrow_mut(), false);
        if first {
            // Once the page is drawn, after the rest of this render: the app takes the first
            // paint's place.
            wasm_bindgen_futures::spawn_local(async {
                browser::take_over(crate::ui::FIRST_PAINT_ID, crate::ui::APP_ID);
            });
        }
        // A presented scenario names its own slide in the title, and the lock its own.
        if !matches!(route, Route::Presenting { .. } | Route::PresentingSwapped { .. }) && !browser::locked() {
            browser::set_title(&route.document_title());
        }
        if !first || focus_target.is_some() {
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
                if *page_drawn {
                    <ExitThisPage />
                    <UpdateNotice />
                }
                <main class="govuk-main-wrapper" id={MAIN_ID} tabindex="-1">
                    if *page_drawn {
                        <IdleLock><Forgettable><Switch<Route> render={switch} /></Forgettable></IdleLock>
                    }
                </main>
            </div>
            if framed {
                { site_footer() }
            }
        </>
    }
}
