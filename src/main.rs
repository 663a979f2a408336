fn main() {
    yew::set_custom_panic_hook(Box::new(hearth::browser::stopped::on_panic));
    // The local settings are chosen before the first page is drawn, so no page ever shows the
    // national ones and then changes. Reading them is a task of its own, and drawing the app the
    // next: on a slow phone each is shorter than the two together.
    wasm_bindgen_futures::spawn_local(async {
        hearth::content::local::start_with(hearth::browser::local_file::find().await);
        gloo_timers::callback::Timeout::new(0, render).forget();
    });
}

fn render() {
    match hearth::browser::document().get_element_by_id(hearth::ui::APP_ID) {
        Some(root) => yew::Renderer::<hearth::ui::App>::with_root(root).render(),
        None => yew::Renderer::<hearth::ui::App>::new().render(),
    };
}
