//! The service worker that keeps Hearth's own files for use with no network. It holds code,
//! never anything a user enters.

use gloo_events::EventListener;
use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, CacheStorage, ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// The worker (scripts/offline.mjs) names every cache it makes with this.
const CACHE_PREFIX: &str = "hearth-";

/// Whether the browser can keep an offline copy here: where it allows a service worker (an
/// https address, or this computer), and not for the single file run from file://, where there
/// is no server to cache from.
pub fn available() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let supported = js_sys::Reflect::has(&window.navigator(), &JsValue::from_str("serviceWorker")).unwrap_or(false);
    let served = matches!(window.location().protocol().as_deref(), Ok("https:" | "http:"));
    supported && served && window.is_secure_context()
}

/// Registers the service worker where the browser allows one, and calls `on_update` when a new
/// version has been fetched and will be used next visit.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    if !available() {
        return;
    }
    let container = web_sys::window().expect("a window").navigator().service_worker();
    // A page the worker already serves only looks the registration up: registering again would
    // bring back a worker that has just removed itself because its script has gone from the
    // website. The browser checks for a new version on each visit either way.
    let registering =
        if container.controller().is_some() { container.get_registration() } else { container.register("./sw.js") };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(registering).await else { return };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
        // The browser may have found the new version before this page was listening.
        if registration.waiting().is_some() && replacing_a_version() {
            on_update();
        }
        if let Some(installing) = registration.installing() {
            watch(&installing, on_update.clone());
        }
        let watched = registration.clone();
        EventListener::new(&registration, "updatefound", move |_| {
            if let Some(installing) = watched.installing() {
                watch(&installing, on_update.clone());
            }
        })
        .forget();
    });
}

fn watch(installing: &ServiceWorker, on_update: impl Fn() + 'static) {
    let worker = installing.clone();
    EventListener::new(installing, "statechange", move |_| {
        if worker.state() == ServiceWorkerState::Installed && replacing_a_version() {
            on_update();
        }
    })
    .forget();
}

fn replacing_a_version() -> bool {
    web_sys::window().and_then(|w| w.navigator().service_worker().controller()).is_some()
}

/// What the offline copy holds: Hearth's service worker and the files it keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OfflineCopy {
    pub workers: usize,
    pub files: usize,
}

impl OfflineCopy {
    pub fn is_empty(self) -> bool {
        self.workers == 0 && self.files == 0
    }

    /// In words: "Hearth's service worker and 8 program files".
    pub fn describe(self) -> String {
        let files = if self.files == 1 { "1 program file".to_owned() } else { format!("{} program files", self.files) };
        match (self.workers, self.files) {
            (0, _) => format!("Hearth's {files}"),
            (_, 0) => "Hearth's service worker".to_owned(),
            _ => format!("Hearth's service worker and {files}"),
        }
    }
}

/// The offline copy as it is now, as far as the browser will say.
pub async fn current() -> OfflineCopy {
    if !available() {
        return OfflineCopy::default();
    }
    let workers = registrations().await.map(|found| found.len()).unwrap_or(0);
    let files = match caches().await {
        Ok((storage, names)) => count_files(&storage, &names).await.unwrap_or(0),
        Err(_) => 0,
    };
    OfflineCopy { workers, files }
}

/// Removes the offline copy and says what it held. The worker goes first, so that it cannot
/// fill a cache again once the caches are deleted.
pub async fn forget() -> Result<OfflineCopy, &'static str> {
    if !available() {
        return Ok(OfflineCopy::default());
    }
    let removing = async {
        let mut workers = 0;
        for registration in registrations().await? {
            if JsFuture::from(registration.unregister()?).await?.as_bool() == Some(true) {
                workers += 1;
            }
        }
        let (storage, names) = caches().await?;
        let files = count_files(&storage, &names).await?;
        for name in &names {
            JsFuture::from(storage.delete(name)).await?;
        }
        Ok::<_, JsValue>(OfflineCopy { workers, files })
    };
    removing.await.map_err(|_| {
        "The offline copy of Hearth could not be removed. Clear this site's data in the browser's settings instead."
    })
}

/// Hearth's registrations: those for the folder Hearth is served from, not other sites that
/// share its address.
async fn registrations() -> Result<Vec<ServiceWorkerRegistration>, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let scope = web_sys::Url::new_with_base("./", &window.location().href()?)?.href();
    let found = JsFuture::from(window.navigator().service_worker().get_registrations()).await?;
    Ok(Array::from(&found)
        .iter()
        .filter_map(|registration| registration.dyn_into::<ServiceWorkerRegistration>().ok())
        .filter(|registration| registration.scope() == scope)
        .collect())
}

/// Hearth's caches for this folder (`scripts/offline.mjs` ends their names with its address), not
/// those of another area's copy in another folder of the same website.
async fn caches() -> Result<(CacheStorage, Vec<String>), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let scope = format!(" {}", web_sys::Url::new_with_base("./", &window.location().href()?)?.href());
    let storage = window.caches()?;
    let names = Array::from(&JsFuture::from(storage.keys()).await?)
        .iter()
        .filter_map(|name| name.as_string())
        .filter(|name| name.starts_with(CACHE_PREFIX) && name.ends_with(&scope))
        .collect();
    Ok((storage, names))
}

async fn count_files(storage: &CacheStorage, names: &[String]) -> Result<usize, JsValue> {
    let mut files = 0;
    for name in names {
        let cache: Cache = JsFuture::from(storage.open(name)).await?.dyn_into()?;
        files += Array::from(&JsFuture::from(cache.keys()).await?).length() as usize;
    }
    Ok(files)
}
