use yew::prelude::*;

use crate::ui::callbacks::Sends;
use crate::ui::state::{Action, HearthContext};
use crate::ui::Route;
use yew_router::prelude::*;

/// Where focus goes after a removal, so a keyboard user lands on the way to undo it.
pub const REMOVED_ID: &str = "removed";

/// The adults and children in the family record, each with a Remove button; after a removal,
/// what went with them and the way to put them back.
pub fn people_list(state: &HearthContext) -> Html {
    let undo = state.removal.as_ref().map(|removal| {
        html! {
            <div class="govuk-inset-text" id={REMOVED_ID} tabindex="-1">
                <p class="govuk-body" role="status">{ removal.message() }</p>
                <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    onclick={state.sends(|_: MouseEvent| Action::UndoRemoval)}>
                    { format!("Undo: put {} back", removal.label) }
                </button>
            </div>
        }
    });
    let record = &state.record;
    if record.is_empty() {
        return html! {
            <>
                { undo.unwrap_or_default() }
                <p class="govuk-body">{ "No one has been added yet." }</p>
            </>
        };
    }
    let people = record.adults().iter().map(|a| (a.id, a.label.to_string(), "Adult".to_owned(), None)).chain(
        record.children().iter().enumerate().map(|(n, c)| {
            (c.id, c.label.to_string(), format!("Child, {}", c.age), Some(Route::ChildVoice { n: n + 1 }))
        }),
    );
    html! {
        <>
        { undo.unwrap_or_default() }
        <dl class="govuk-summary-list hearth-family-record">
            { for people.map(|(id, label, role, voice)| html! {
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{ &label }</dt>
                    <dd class="govuk-summary-list__value">{ role }</dd>
                    <dd class="govuk-summary-list__actions">
                        <ul class="govuk-summary-list__actions-list">
                            if let Some(voice) = voice {
                                <li class="govuk-summary-list__actions-list-item">
                                    <Link<Route> to={voice} classes="govuk-link">
                                        <span class="govuk-visually-hidden">{ format!("{label}'s ") }</span>{ "Voice and day" }
                                    </Link<Route>>
                                </li>
                            }
                            <li class="govuk-summary-list__actions-list-item">
                                <button type="button" class="govuk-button govuk-button--secondary hearth-button--compact"
                                    onclick={state.sends(move |_: MouseEvent| Action::Remove(id))}>
                                    { "Remove" }<span class="govuk-visually-hidden">{ format!(" {label}") }</span>
                                </button>
                            </li>
                        </ul>
                    </dd>
                </div>
            }) }
        </dl>
        </>
    }
}
