use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;

pub fn not_found() -> Html {
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "Page not found" }</h1>
            <p class="govuk-body">{ "If you typed the web address, check it is correct." }</p>
            <p class="govuk-body hearth-lone-link">
                <Link<Route> to={Route::Home} classes="govuk-link">{ "Go to the Hearth home page" }</Link<Route>>
            </p>
        </>
    }
}
