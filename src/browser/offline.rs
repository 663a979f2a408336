//! The service worker that keeps Hearth's own files for use with no network. It holds code,
//! never anything a user enters.

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// Registers the service worker where browsers allow one (an https address, or this computer),
/// and calls `on_update` when a new version has been fetched and will be used next visit.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    let supported = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    // The single-file copy runs from file://, where there is no server to cache from.
    let served = matches!(window.location().protocol().as_deref(), Ok("https:" | "http:"));
    if !supported || !served || !window.is_secure_context() {
        return;
    }
    let container = navigator.service_worker();
    let registering = container.register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(registering).await else { return };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
        let watched = registration.clone();
        EventListener::new(&registration, "updatefound", move |_| {
            let Some(installing) = watched.installing() else { return };
            let worker = installing.clone();
            let on_update = on_update.clone();
            EventListener::new(&installing, "statechange", move |_| {
                let replacing_a_version =
                    web_sys::window().and_then(|w| w.navigator().service_worker().controller()).is_some();
                if worker.state() == ServiceWorkerState::Installed && replacing_a_version {
                    on_update();
                }
            })
            .forget();
        })
        .forget();
    });
}
