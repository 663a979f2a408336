use yew::prelude::*;

use crate::content::{local, national_helpline};
use crate::ui::components::helpline_list::{helpline_list, local_contact_list};

/// The outcome's national help `lines`, by id, then the local contacts or a pointer to local
/// procedures.
pub fn help_lines(lines: &[&str]) -> Html {
    let local = local();
    html! {
        <>
            <h2 class="govuk-heading-m">{ "Help lines to choose from" }</h2>
            <p class="govuk-body">{ "Each line says whom it is for. Offer the ones that fit each person, when it is safe for them to have the number." }</p>
            { helpline_list(lines.iter().filter_map(|id| national_helpline(id))) }
            if local.contacts.is_empty() {
                <p class="govuk-body">{ "Use your local procedures for your children's front door and local domestic abuse service." }</p>
            } else {
                <h3 class="govuk-heading-s">{ local.contacts_heading() }</h3>
                { local_contact_list(&local.contacts) }
            }
        </>
    }
}
