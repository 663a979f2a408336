use yew::prelude::*;

use crate::ui::state::use_hearth;

#[derive(Properties, PartialEq)]
pub struct ForgettableProps {
    pub children: Html,
}

/// Builds everything inside afresh each time Hearth forgets everything (Exit this page, the
/// idle clearing): no field keeps what was typed into it, no passphrase stays, no file stays chosen.
#[component]
pub fn Forgettable(props: &ForgettableProps) -> Html {
    let state = use_hearth();
    html! { <div key={state.forgotten}>{ props.children.clone() }</div> }
}
