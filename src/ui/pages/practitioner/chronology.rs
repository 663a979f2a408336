use yew::prelude::*;
use yew_router::prelude::*;

use super::EntryKind;
use crate::content::{casework_words, CONFLICT_OR_ABUSE};
use crate::domain::casework::chronology::{chronology as lines_of, ChronologyLine};
use crate::domain::casework::summary::chronology_text;
use crate::ui::components::case_summary::CaseSummary;
use crate::ui::components::print_button::print_button;
use crate::ui::components::printed_notes::printed_notes;
use crate::ui::state::{HearthContext, HearthState};
use crate::ui::Route;

/// Every dated thing the record holds: the casework's entries, and the dates the question sets
/// hold (follow-ups of the conflict set's steps, the safer-sleep review).
pub fn chronology_lines(state: &HearthState) -> Vec<ChronologyLine> {
    let follow_ups = state.conflict.follow_ups.iter().map(|(&(outcome, step), &on)| {
        let text = CONFLICT_OR_ABUSE.outcome(outcome).steps.iter().find(|s| s.id == step).map_or(step, |s| s.text);
        (on, "Follow-up due", text.to_owned())
    });
    let review =
        state.sleep.review.map(|on| (on, "Review due", "Review the safer-sleep plan with the family.".to_owned()));
    lines_of(&state.casework, &casework_words(), follow_ups.chain(review).collect())
}

/// Where a line's entry is changed.
fn change_link(state: &HearthState, number: u32) -> Html {
    let Some(kind) = state.casework.entry(number).and_then(|e| EntryKind::of(&e.dated)) else { return html! {} };
    html! {
        <Link<Route> to={Route::ChangeEntry { kind, number }} classes="govuk-link">
            { "Change" }<span class="govuk-visually-hidden">{ format!(" {}", kind.in_sentence()) }</span>
        </Link<Route>>
    }
}

pub fn chronology(state: &HearthContext) -> Html {
    let lines = chronology_lines(state);
    let mut text = String::from("Chronology of the family record");
    chronology_text(&mut text, &lines);
    html! {
        <>
            <Link<Route> to={Route::Casework} classes="govuk-back-link">{ "Back to checks, sharing and referrals" }</Link<Route>>
            <h1 class="govuk-heading-l">{ "Chronology" }</h1>
            <p class="govuk-body">{ "Every dated thing this record holds, oldest first. Entries of the same day are in the order you added them." }</p>
            if lines.is_empty() {
                <p class="govuk-body">{ "Nothing dated is recorded yet." }</p>
            } else {
                <table class="govuk-table">
                    <caption class="govuk-table__caption govuk-visually-hidden">{ "Chronology, oldest first" }</caption>
                    <thead class="govuk-table__head">
                        <tr class="govuk-table__row">
                            <th scope="col" class="govuk-table__header">{ "Date" }</th>
                            <th scope="col" class="govuk-table__header">{ "What" }</th>
                            <th scope="col" class="govuk-table__header hearth-no-print"><span class="govuk-visually-hidden">{ "Change" }</span></th>
                        </tr>
                    </thead>
                    <tbody class="govuk-table__body">
                        { for lines.iter().map(|line| html! {
                            <tr class="govuk-table__row">
                                <td class="govuk-table__cell">{ line.on.to_string() }</td>
                                <td class="govuk-table__cell"><strong>{ line.kind }</strong>{ format!(": {}", line.what) }</td>
                                <td class="govuk-table__cell hearth-no-print hearth-lone-link">{ line.entry.map(|n| change_link(state, n)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            <CaseSummary id="chronology-text" label="Plain text of the chronology, ready to paste into a case record" text={text.clone()} />
            { print_button("Print the chronology") }
            { printed_notes(&text) }
        </>
    }
}
