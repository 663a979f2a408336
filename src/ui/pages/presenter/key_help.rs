use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;

/// The way out of the presentation, and the keys that drive it.
pub fn key_help() -> Html {
    html! {
        <p class="govuk-body-s hearth-presenter__keys">
            <Link<Route> to={Route::Trainer} classes="govuk-link">{ "Leave the presentation" }</Link<Route>>
            <span class="hearth-presenter__key-help">
                { ". Keys: → or Space for next, ← for back, Home for the start, End for the learning points, S to swap the roles, Q for the phone code." }
            </span>
        </p>
    }
}
