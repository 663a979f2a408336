use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;

/// A scenario loaded from a file on another computer, followed here from its phone code.
pub fn not_on_this_device() -> Html {
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "This scenario is not on this device" }</h1>
            <p class="govuk-body">
                { "It was loaded from a file on the trainer's computer, and files never leave the device they are opened on. \
                   Ask the trainer for the file, or choose a scenario that comes with Hearth." }
            </p>
            <p class="govuk-body hearth-lone-link"><Link<Route> to={Route::Trainer} classes="govuk-link">{ "Go to trainer mode" }</Link<Route>></p>
        </>
    }
}
