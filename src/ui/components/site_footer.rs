use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::CONTENT_REVIEWS;
use crate::domain::date::CalendarDate;
use crate::ui::pages::settings_line;
use crate::ui::Route;

/// What a printout says of where it came from: the date, Hearth's version, when its content was
/// last reviewed, and the local settings in use.
fn print_stamp() -> String {
    let reviewed = CONTENT_REVIEWS.iter().filter_map(|review| CalendarDate::parse_iso(review.date)).max();
    let reviewed = reviewed.map(|date| format!(", content reviewed up to {date}")).unwrap_or_default();
    format!(
        "Printed on {} from Hearth {}{reviewed}. {}",
        crate::browser::today(),
        env!("CARGO_PKG_VERSION"),
        settings_line()
    )
}

pub fn site_footer() -> Html {
    html! {
        <footer class="hearth-footer">
            <div class="govuk-width-container">
                <p class="govuk-body-s">
                    { "Nothing you enter in Hearth leaves this device. " }
                    <Link<Route> to={Route::About} classes="govuk-link">{ "About Hearth and your privacy" }</Link<Route>>
                </p>
                <ul class="hearth-footer__links">
                    <li><Link<Route> to={Route::Help} classes="govuk-link">{ "Help and support lines" }</Link<Route>></li>
                    <li><Link<Route> to={Route::ExitInfo} classes="govuk-link">{ "What Exit this page cannot hide" }</Link<Route>></li>
                    <li><Link<Route> to={Route::HowHearthDecides} classes="govuk-link">{ "How Hearth decides" }</Link<Route>></li>
                </ul>
                <p class="govuk-body-s">{ concat!("Hearth version ", env!("CARGO_PKG_VERSION")) }</p>
            </div>
            <p class="hearth-print-stamp">{ print_stamp() }</p>
        </footer>
    }
}
