fn main() {
    yew::set_custom_panic_hook(Box::new(hearth::browser::stopped::on_panic));
    // The local settings are chosen before the first page is drawn, so no page ever shows the
    // national ones and then changes.
    wasm_bindgen_futures::spawn_local(async {
        hearth::content::local::start_with(hearth::browser::local_file::find().await);
        let root = hearth::browser::document().get_element_by_id(hearth::ui::APP_ID);
        match root {
            Some(root) => yew::Renderer::<hearth::ui::App>::with_root(root).render(),
            None => yew::Renderer::<hearth::ui::App>::new().render(),
        };
        // Queued behind the first render, which Yew runs whole before it yields to the browser.
        wasm_bindgen_futures::spawn_local(async {
            hearth::browser::take_over(hearth::ui::FIRST_PAINT_ID, hearth::ui::APP_ID);
        });
    });
}
