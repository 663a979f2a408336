fn main() {
    yew::Renderer::<hearth::ui::App>::new().render();
}
