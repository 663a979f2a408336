use yew::prelude::*;

use crate::content::{national_helpline, LOCAL};
use crate::ui::components::helpline_list::helpline_list;

/// The outcome's national help `lines`, by id, then the local contacts or a pointer to local
/// procedures.
pub fn help_lines(lines: &[&str]) -> Html {
    html! {
        <>
            <h2 class="govuk-heading-m">{ "Help lines to choose from" }</h2>
            <p class="govuk-body">{ "Each line says whom it is for. Offer the ones that fit each person, when it is safe for them to have the number." }</p>
            { helpline_list(lines.iter().filter_map(|id| national_helpline(id))) }
            if LOCAL.contacts.is_empty() {
                <p class="govuk-body">{ "Use your local procedures for your children's front door and local domestic abuse service." }</p>
            } else {
                <h3 class="govuk-heading-s">{ "Local contacts" }</h3>
                { helpline_list(LOCAL.contacts) }
            }
        </>
    }
}
