use yew::prelude::*;

use crate::ui::callbacks::Sends;
use crate::ui::state::{Action, HearthContext};

/// The adults and children in the family record, each with a Remove button.
pub fn people_list(state: &HearthContext) -> Html {
    let record = &state.record;
    if record.is_empty() {
        return html! { <p class="govuk-body">{ "No one has been added yet." }</p> };
    }
    let people = record
        .adults()
        .iter()
        .map(|a| (a.id, a.label.to_string(), "Adult".to_owned()))
        .chain(record.children().iter().map(|c| (c.id, c.label.to_string(), format!("Child, {}", c.age))));
    html! {
        <dl class="govuk-summary-list hearth-family-record">
            { for people.map(|(id, label, role)| html! {
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{ &label }</dt>
                    <dd class="govuk-summary-list__value">{ role }</dd>
                    <dd class="govuk-summary-list__actions">
                        <button type="button" class="govuk-button govuk-button--secondary hearth-button--compact"
                            onclick={state.sends(move |_: MouseEvent| Action::Remove(id))}>
                            { "Remove" }<span class="govuk-visually-hidden">{ format!(" {label}") }</span>
                        </button>
                    </dd>
                </div>
            }) }
        </dl>
    }
}
