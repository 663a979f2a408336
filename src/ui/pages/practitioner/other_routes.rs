use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::{Helpline, CASEWORK};
use crate::domain::casework::words::OtherRoute;
use crate::ui::components::warning_text::warning_text;
use crate::ui::Route;

/// A route's lines as numbers to tap; the Help page gives each line's purpose in full.
fn lines(lines: &[&Helpline]) -> Html {
    html! {
        <ul class="govuk-list">
            { for lines.iter().map(|line| html! {
                <li>
                    <a class="govuk-link govuk-!-font-weight-bold" href={format!("tel:{}", line.tel)}>{ line.number }</a>
                    { " " }{ line.name }
                </li>
            }) }
        </ul>
    }
}

fn route(route: &OtherRoute) -> Html {
    html! {
        <>
            <h2 class="govuk-heading-m" id={route.id}>{ route.title }</h2>
            <p class="govuk-body">{ route.when }</p>
            <ul class="govuk-list govuk-list--bullet">
                { for route.what_to_do.iter().map(|step| html! { <li>{ *step }</li> }) }
            </ul>
            { lines(route.lines) }
            <p class="govuk-body-s">{ "Source: " }{ route.source }</p>
        </>
    }
}

pub fn other_routes() -> Html {
    html! {
        <>
            <Link<Route> to={Route::Practitioner} classes="govuk-back-link">{ "Back to practitioner tools" }</Link<Route>>
            <h1 class="govuk-heading-l">{ "Other routes: forced marriage, FGM, disclosure scheme, school notification and MARAC" }</h1>
            { warning_text("If anyone is in danger now, call 999.") }
            { for CASEWORK.other_routes.iter().map(route) }
        </>
    }
}
