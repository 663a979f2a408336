//! Prints the first paint (`hearth::ui::FirstPaint`: the page frame and the home page) as HTML,
//! for `scripts/first-paint.mjs` to put into `index.html` at build time. It runs on the build
//! machine only; cargo still builds every binary for the wasm tests, where it does nothing.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime for one render");
    let html = tokio::task::LocalSet::new()
        .block_on(&runtime, yew::LocalServerRenderer::<hearth::ui::FirstPaint>::new().hydratable(false).render());
    // The app's router keeps its routes after "#"; the renderer's has no address bar to do so.
    print!("{}", html.replace("href=\"/", "href=\"#/"));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
