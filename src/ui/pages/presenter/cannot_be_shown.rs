use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;

/// A scenario whose people cannot be held as a family record: `problem` says why.
pub fn cannot_be_shown(problem: &str) -> Html {
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "This scenario cannot be shown" }</h1>
            <p class="govuk-body">{ format!("Hearth cannot hold its people as a family record: {problem}. Correct the file and load it again.") }</p>
            <p class="govuk-body hearth-lone-link"><Link<Route> to={Route::Trainer} classes="govuk-link">{ "Go to trainer mode" }</Link<Route>></p>
        </>
    }
}
