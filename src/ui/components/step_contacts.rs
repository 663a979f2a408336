use yew::prelude::*;

use crate::domain::conflict::question::Step;
use crate::domain::local_settings::LocalSettings;

/// The local contacts a next step points to, each to call from the page; nothing where the
/// partnership has set none of them.
pub fn step_contacts(settings: &LocalSettings, step: &Step) -> Html {
    html! {
        { for settings.contacts_for(step.contacts).map(|contact| html! {
            <p class="govuk-body hearth-step-contact">
                { format!("{}: ", contact.name) }
                <a class="govuk-link" href={format!("tel:{}", contact.tel())}>{ &contact.number }</a>
                if !contact.hours.is_empty() {
                    { format!(" ({})", contact.hours) }
                }
            </p>
        }) }
    }
}
