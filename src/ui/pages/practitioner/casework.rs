use yew::prelude::*;
use yew_router::prelude::*;

use super::case_entry::check_left_behind;
use super::overdue::overdue_banner;
use super::EntryKind;
use crate::content::casework_words;
use crate::domain::casework::chronology::describe;
use crate::domain::casework::{CaseChange, Dated, Entry};
use crate::ui::state::{Action, HearthContext};
use crate::ui::Route;

/// The challenge form, begun from the referral numbered `number`.
pub fn challenge_href(number: u32) -> String {
    format!("{}?referral={number}", Route::NewEntry { kind: EntryKind::Challenge }.href())
}

fn entry_row(state: &HearthContext, kind: EntryKind, entry: &Entry) -> Html {
    let number = entry.number;
    let (_, what) = describe(&entry.dated, &casework_words());
    let hidden = format!(" {} of {}", kind.in_sentence(), entry.dated.on());
    let challenge = matches!(&entry.dated, Dated::Referral(r) if r.wants_challenge());
    let remove = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(change) = check_left_behind(&state, number) {
                state.dispatch(Action::Conflict(change));
            }
            state.dispatch(Action::Casework(CaseChange::Remove(number)));
        })
    };
    html! {
        <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{ entry.dated.on().to_string() }</dt>
            <dd class="govuk-summary-list__value">
                { what }
                if challenge {
                    <p class="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0 hearth-lone-link">
                        <a class="govuk-link" href={challenge_href(number)}>{ "Challenge this decision" }</a>
                    </p>
                }
            </dd>
            <dd class="govuk-summary-list__actions">
                <ul class="govuk-summary-list__actions-list">
                    <li class="govuk-summary-list__actions-list-item">
                        <Link<Route> to={Route::ChangeEntry { kind, number }} classes="govuk-link">
                            { "Change" }<span class="govuk-visually-hidden">{ hidden.clone() }</span>
                        </Link<Route>>
                    </li>
                    <li class="govuk-summary-list__actions-list-item">
                        <button type="button" class="govuk-button govuk-button--secondary hearth-button--compact"
                            onclick={remove}>
                            { "Remove" }<span class="govuk-visually-hidden">{ hidden }</span>
                        </button>
                    </li>
                </ul>
            </dd>
        </div>
    }
}

fn entry_list(state: &HearthContext, kind: EntryKind, heading: &str, add: &str) -> Html {
    let entries: Vec<&Entry> =
        state.casework.entries().iter().filter(|e| EntryKind::of(&e.dated) == Some(kind)).collect();
    html! {
        <>
            <h2 class="govuk-heading-m">{ heading }</h2>
            if entries.is_empty() {
                <p class="govuk-body">{ "None recorded yet." }</p>
            } else {
                <dl class="govuk-summary-list">{ for entries.into_iter().map(|e| entry_row(state, kind, e)) }</dl>
            }
            if !add.is_empty() {
                <Link<Route> to={Route::NewEntry { kind }} classes="govuk-button govuk-button--secondary">{ add.to_owned() }</Link<Route>>
            }
        </>
    }
}

/// The casework around the question sets: what was checked, shared, referred and challenged.
pub fn casework(state: &HearthContext) -> Html {
    html! {
        <>
            <Link<Route> to={Route::Practitioner} classes="govuk-back-link">{ "Back to practitioner tools" }</Link<Route>>
            { overdue_banner(state) }
            <h1 class="govuk-heading-l">{ "Checks, sharing, referrals and chronology" }</h1>
            <p class="govuk-body">
                { "Record what you asked other agencies, what you shared and why, the referrals you made and what came \
                   of them. Everything here goes into the chronology, the family summary and the record file." }
            </p>
            <p class="govuk-body hearth-lone-link">
                <Link<Route> to={Route::Chronology} classes="govuk-link">{ "View the chronology" }</Link<Route>>
            </p>
            { entry_list(state, EntryKind::Check, "Agency checks", "Add an agency check") }
            { entry_list(state, EntryKind::Share, "Information shared", "Record information shared") }
            { entry_list(state, EntryKind::Referral, "Referrals", "Record a referral") }
            { entry_list(state, EntryKind::Challenge, "Challenges", "Challenge a decision") }
            { entry_list(state, EntryKind::Incident, "Incidents", "Add an incident") }
        </>
    }
}
