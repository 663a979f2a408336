fn main() {
    yew::set_custom_panic_hook(Box::new(hearth::browser::stopped::on_panic));
    yew::Renderer::<hearth::ui::App>::new().render();
}
