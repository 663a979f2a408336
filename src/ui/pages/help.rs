use yew::prelude::*;

use crate::content::{LOCAL, NATIONAL_HELPLINES};
use crate::ui::components::helpline_list::HelplineList;
use crate::ui::components::warning_text::WarningText;

#[component]
pub fn Help() -> Html {
    let local_heading =
        if LOCAL.area.is_empty() { "Local contacts".to_owned() } else { format!("Local contacts in {}", LOCAL.area) };
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "Help and support lines" }</h1>
            <WarningText text="If anyone is in danger now, call 999." />

            <h2 class="govuk-heading-l">{ "National lines" }</h2>
            <HelplineList lines={NATIONAL_HELPLINES.iter().collect::<Vec<_>>()} />

            <h2 class="govuk-heading-l">{ local_heading }</h2>
            if LOCAL.contacts.is_empty() {
                <p class="govuk-body">
                    { "No local contacts have been set up in this copy of Hearth. Check your local \
                       safeguarding procedures for your children's front door (often called the MASH) \
                       and your local domestic abuse service." }
                </p>
            } else {
                <HelplineList lines={LOCAL.contacts.iter().collect::<Vec<_>>()} />
                <p class="govuk-body-s">{ "These local contacts were set by your area when this copy of Hearth was built." }</p>
            }
        </>
    }
}
