use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::{local, NATIONAL_HELPLINES};
use crate::domain::local_settings::LocalSettings;
use crate::ui::components::helpline_list::{helpline_list, local_contact_list};
use crate::ui::components::warning_text::warning_text;
use crate::ui::Route;

pub fn help() -> Html {
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "Help and support lines" }</h1>
            { help_lines(local()) }
            <p class="govuk-body-s hearth-lone-link">
                <Link<Route> to={Route::LocalSettings} classes="govuk-link">{ "Where these local settings come from" }</Link<Route>>
            </p>
        </>
    }
}

/// The Help page's lines with these `settings`, as the setup page previews them.
pub fn help_lines(settings: &LocalSettings) -> Html {
    html! {
        <>
            { warning_text("If anyone is in danger now, call 999.") }

            <h2 class="govuk-heading-l">{ "National lines" }</h2>
            { helpline_list(NATIONAL_HELPLINES) }

            <h2 class="govuk-heading-l">{ settings.contacts_heading() }</h2>
            if settings.contacts.is_empty() {
                <p class="govuk-body">
                    { "No local contacts have been set up in this copy of Hearth. Check your local \
                       safeguarding procedures for your children's front door (often called the MASH) \
                       and your local domestic abuse service." }
                </p>
            } else {
                { local_contact_list(&settings.contacts) }
            }
            { procedure_links(settings) }
        </>
    }
}

/// Links to the partnership's own procedures, where it has given them.
pub fn procedure_links(settings: &LocalSettings) -> Html {
    let links = settings.procedures.listed();
    if links.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h2 class="govuk-heading-m">{ "Your area's procedures" }</h2>
            <ul class="govuk-list">
                { for links.into_iter().map(|(title, url)| html! {
                    <li class="hearth-lone-link"><a class="govuk-link" href={url.to_owned()} rel="noreferrer noopener" target="_blank">{ format!("{title} (opens in a new tab)") }</a></li>
                }) }
            </ul>
        </>
    }
}
