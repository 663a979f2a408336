use yew::prelude::*;

use crate::content::{LOCAL, NATIONAL_HELPLINES};
use crate::ui::components::helpline_list::helpline_list;
use crate::ui::components::warning_text::warning_text;

pub fn help() -> Html {
    let local_heading =
        if LOCAL.area.is_empty() { "Local contacts".to_owned() } else { format!("Local contacts in {}", LOCAL.area) };
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "Help and support lines" }</h1>
            { warning_text("If anyone is in danger now, call 999.") }

            <h2 class="govuk-heading-l">{ "National lines" }</h2>
            { helpline_list(NATIONAL_HELPLINES) }

            <h2 class="govuk-heading-l">{ local_heading }</h2>
            if LOCAL.contacts.is_empty() {
                <p class="govuk-body">
                    { "No local contacts have been set up in this copy of Hearth. Check your local \
                       safeguarding procedures for your children's front door (often called the MASH) \
                       and your local domestic abuse service." }
                </p>
            } else {
                { helpline_list(LOCAL.contacts) }
                <p class="govuk-body-s">{ "These local contacts were set by your area when this copy of Hearth was built." }</p>
            }
        </>
    }
}
