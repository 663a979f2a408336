use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;

const SECTIONS: [(Route, &str); 5] = [
    (Route::Home, "Home"),
    (Route::Practitioner, "Practitioners"),
    (Route::Trainer, "Trainers"),
    (Route::Guide, "Families"),
    (Route::Help, "Help"),
];

pub fn site_header(current: &Route) -> Html {
    html! {
        <header class="hearth-header">
            <div class="govuk-width-container hearth-header__inner">
                <Link<Route> to={Route::Home} classes="hearth-header__name">{ "Hearth" }</Link<Route>>
                <nav aria-label="Main" class="hearth-header__nav">
                    <ul class="hearth-header__list">
                        { for SECTIONS.iter().map(|(route, label)| {
                            let current = route == current;
                            html! {
                                <li class={classes!("hearth-header__item", current.then_some("hearth-header__item--current"))}>
                                    if current {
                                        <a class="hearth-header__link" href={route.href()} aria-current="page">{ *label }</a>
                                    } else {
                                        <Link<Route> to={route.clone()} classes="hearth-header__link">{ *label }</Link<Route>>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </nav>
            </div>
        </header>
    }
}
