use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;

/// What Back or Forward from another site opens, whatever Hearth page was there before: someone
/// looking over a shoulder, or going through the history later, learns nothing about what the
/// page was for.
pub fn expired() -> Html {
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "This page has expired" }</h1>
            <p class="govuk-body hearth-lone-link">
                <Link<Route> to={Route::Home} classes="govuk-link">{ "Start again" }</Link<Route>>
            </p>
        </>
    }
}
