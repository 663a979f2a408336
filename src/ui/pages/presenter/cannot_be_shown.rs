use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;

#[derive(Properties, PartialEq)]
pub struct CannotBeShownProps {
    /// Why the scenario's people cannot be held as a family record.
    pub problem: AttrValue,
}

#[component]
pub fn CannotBeShown(props: &CannotBeShownProps) -> Html {
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "This scenario cannot be shown" }</h1>
            <p class="govuk-body">{ format!("Hearth cannot hold its people as a family record: {}. Correct the file and load it again.", props.problem) }</p>
            <p class="govuk-body"><Link<Route> to={Route::Trainer} classes="govuk-link">{ "Go to trainer mode" }</Link<Route>></p>
        </>
    }
}
