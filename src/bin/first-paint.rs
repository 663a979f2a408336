//! Prints the first paint (`hearth::ui::FirstPaint`) as HTML, for `scripts/first-paint.mjs` to
//! put into `index.html` at build time: the page frame and the home page, then each page of
//! `PRE_RENDERED` in a `template` that the page's early script uses for that page's address. It
//! runs on the build machine only; cargo still builds every binary for the wasm tests, where it
//! does nothing.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use hearth::ui::{FirstPaint, FirstPaintProps, Route, PRE_RENDERED};

    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime for one render");
    let render = |route: Route| {
        let html = tokio::task::LocalSet::new().block_on(
            &runtime,
            yew::LocalServerRenderer::<FirstPaint>::with_props(FirstPaintProps { route }).hydratable(false).render(),
        );
        // The app's router keeps its routes after "#"; the renderer's has no address bar to do so.
        html.replace("href=\"/", "href=\"#/")
    };
    print!("{}", render(Route::Home));
    for route in PRE_RENDERED {
        let (address, title) = (route.href(), route.document_title().replace('&', "&amp;").replace('"', "&quot;"));
        print!("<template data-address=\"{address}\" data-title=\"{title}\">{}</template>", render(route));
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
