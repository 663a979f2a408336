use yew::prelude::*;

#[component]
fn Floor() -> Html {
    let presses = use_state(|| 0u32);
    let onclick = {
        let presses = presses.clone();
        Callback::from(move |_| presses.set(*presses + 1))
    };
    html! { <button {onclick}>{ format!("Pressed {} times", *presses) }</button> }
}

fn main() {
    yew::Renderer::<Floor>::new().render();
}
