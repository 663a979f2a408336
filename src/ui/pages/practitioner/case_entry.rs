use std::fmt;
use std::str::FromStr;

use yew::prelude::*;
use yew_router::prelude::*;

use super::entry_fields::{entry_fields, Draft};
use crate::browser;
use crate::content::CONFLICT_OR_ABUSE;
use crate::domain::casework::{
    AgencyCheckEntry, CaseChange, Challenge, Dated, Incident, Referral, ReferralResult, Share,
};
use crate::domain::conflict::change::ConflictChange;
use crate::domain::date::CalendarDate;
use crate::ui::forms::{Editing, ErrorSummary, FieldError};
use crate::ui::state::{use_hearth, Action, HearthState};
use crate::ui::Route;

/// The kinds of dated entry a practitioner adds by hand, as their addresses name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    Check,
    Share,
    Incident,
    Referral,
    Challenge,
}

impl EntryKind {
    const ALL: [EntryKind; 5] = [Self::Check, Self::Share, Self::Incident, Self::Referral, Self::Challenge];

    pub fn of(dated: &Dated) -> Option<Self> {
        match dated {
            Dated::Check(_) => Some(Self::Check),
            Dated::Share(_) => Some(Self::Share),
            Dated::Incident(_) => Some(Self::Incident),
            Dated::Referral(_) => Some(Self::Referral),
            Dated::Challenge(_) => Some(Self::Challenge),
            Dated::Outcome(_) => None,
        }
    }

    fn id(self) -> &'static str {
        match self {
            Self::Check => "check",
            Self::Share => "share",
            Self::Incident => "incident",
            Self::Referral => "referral",
            Self::Challenge => "challenge",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Self::Check => "Agency check",
            Self::Share => "Information shared",
            Self::Incident => "Incident",
            Self::Referral => "Referral",
            Self::Challenge => "Challenge a decision",
        }
    }

    /// The title as it reads inside a sentence ("Change: agency check").
    pub fn in_sentence(self) -> &'static str {
        match self {
            Self::Check => "agency check",
            Self::Share => "information shared",
            Self::Incident => "incident",
            Self::Referral => "referral",
            Self::Challenge => "challenge a decision",
        }
    }

    /// A blank entry of this kind on `today`.
    fn blank(self, today: CalendarDate) -> Dated {
        let text = String::new;
        match self {
            Self::Check => Dated::Check(AgencyCheckEntry {
                agency: text(),
                asked_on: today,
                said: None,
                answer: text(),
                by_whom: text(),
            }),
            Self::Share => {
                Dated::Share(Share { on: today, what: text(), with_whom: text(), reason: text(), basis: text() })
            }
            Self::Incident => Dated::Incident(Incident { on: today, what: text() }),
            Self::Referral => Dated::Referral(Referral {
                step: None,
                to_whom: text(),
                made_on: today,
                reference: text(),
                follow_up: None,
                result: ReferralResult::Awaiting,
                disagree: false,
            }),
            Self::Challenge => Dated::Challenge(Challenge {
                on: today,
                decision: text(),
                why: text(),
                stage: text(),
                result: text(),
                referral: None,
            }),
        }
    }
}

impl fmt::Display for EntryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for EntryKind {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        Self::ALL.into_iter().find(|k| k.id() == s).ok_or(())
    }
}

/// A value from the address's query, such as the referral a challenge begins from.
fn query_value(query: &str, key: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('=').map(str::to_owned))
}

/// The entry the form begins with: the one being changed, or a new one, filled from the referral
/// it challenges or the outcome step it records.
fn first_draft(state: &HearthState, kind: EntryKind, number: Option<u32>, query: &str) -> Draft {
    let mut dated = match number.and_then(|n| state.casework.entry(n)) {
        Some(entry) => entry.dated.clone(),
        None => kind.blank(browser::today()),
    };
    match &mut dated {
        Dated::Challenge(c) if number.is_none() => {
            c.referral = query_value(query, "referral").and_then(|n| n.parse().ok());
            if let Some(Dated::Referral(r)) = c.referral.and_then(|n| state.casework.entry(n)).map(|e| &e.dated) {
                let reason = match &r.result {
                    ReferralResult::Declined(why) => format!(": {}", why.trim()),
                    _ => String::new(),
                };
                c.decision = format!("Referral to {} declined{reason}", r.to_whom.trim());
            }
        }
        Dated::Referral(r) if number.is_none() => r.step = query_value(query, "step"),
        _ => {}
    }
    let agency = match &dated {
        Dated::Check(c) => CONFLICT_OR_ABUSE.agencies.iter().find(|a| a.name == c.agency.trim()),
        _ => None,
    };
    let other_agency = matches!(&dated, Dated::Check(c) if agency.is_none() && !c.agency.trim().is_empty());
    let said = match &dated {
        Dated::Check(c) => c.said,
        _ => None,
    };
    Draft { dated, date_blank: false, other_agency, said }
}

/// When a check naming one of the set's agencies is removed, or changed to another agency, the
/// set's check for that agency follows the latest check still naming it, and goes with the last:
/// the set never counts a check the record no longer holds.
pub fn check_left_behind(state: &HearthState, number: u32) -> Option<ConflictChange> {
    let Some(Dated::Check(old)) = state.casework.entry(number).map(|e| &e.dated) else { return None };
    let agency = CONFLICT_OR_ABUSE.agencies.iter().find(|a| a.name == old.agency.trim())?;
    let mut latest = state.casework.entries().iter().filter(|e| e.number != number).filter_map(|e| match &e.dated {
        Dated::Check(c) if c.agency.trim() == agency.name => Some(c.said),
        _ => None,
    });
    Some(ConflictChange::CheckAgency { agency: agency.id, check: latest.next_back().flatten() })
}

#[derive(Properties, PartialEq)]
pub struct CaseEntryProps {
    pub kind: EntryKind,
    #[prop_or_default]
    pub number: Option<u32>,
}

/// Adds or changes one dated entry. Nothing reaches the record until it is saved, and a form
/// with problems keeps everything typed into it.
#[component]
pub fn CaseEntry(props: &CaseEntryProps) -> Html {
    let state = use_hearth();
    let navigator = use_navigator();
    let query = use_location().map(|l| l.query_str().to_owned()).unwrap_or_default();
    let (kind, number) = (props.kind, props.number);
    let draft = {
        let state = state.clone();
        use_reducer(move || Editing(first_draft(&state, kind, number, &query)))
    };
    let errors = use_state(Vec::<FieldError>::new);
    if number.is_some_and(|n| state.casework.entry(n).is_none()) {
        return html! {
            <>
                <h1 class="govuk-heading-l">{ "This entry is no longer in the record" }</h1>
                <p class="govuk-body hearth-lone-link"><Link<Route> to={Route::Casework} classes="govuk-link">{ "Back to checks, sharing and referrals" }</Link<Route>></p>
            </>
        };
    }
    let save = {
        let (state, draft, errors) = (state.clone(), draft.clone(), errors.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut found: Vec<FieldError> = draft
                .dated
                .problems()
                .into_iter()
                .map(|p| {
                    let field = if p.field == "agency" && draft.other_agency { "agency-other" } else { p.field };
                    FieldError { field: field.into(), message: p.message.to_owned() }
                })
                .collect();
            if draft.date_blank {
                found.insert(0, FieldError { field: "on".into(), message: "Enter the date".to_owned() });
            } else if let Some(ahead) = draft.dated.date_ahead(browser::today()) {
                found.insert(0, FieldError { field: ahead.field.into(), message: ahead.message.to_owned() });
            }
            if !found.is_empty() {
                errors.set(found);
                return;
            }
            if let Dated::Check(c) = &draft.dated {
                let moved = number.and_then(|n| match state.casework.entry(n).map(|e| &e.dated) {
                    Some(Dated::Check(old)) if old.agency.trim() != c.agency.trim() => check_left_behind(&state, n),
                    _ => None,
                });
                if let Some(change) = moved {
                    state.dispatch(Action::Conflict(change));
                }
                if let Some(agency) = CONFLICT_OR_ABUSE.agencies.iter().find(|a| a.name == c.agency.trim()) {
                    state.dispatch(Action::Conflict(ConflictChange::CheckAgency {
                        agency: agency.id,
                        check: draft.said,
                    }));
                }
            }
            let mut dated = draft.dated.clone();
            if let Dated::Check(c) = &mut dated {
                c.said = draft.said;
            }
            state.dispatch(Action::Casework(match number {
                Some(n) => CaseChange::Replace(n, dated),
                None => CaseChange::Add(dated),
            }));
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Casework);
            }
        })
    };
    let heading = match (kind, number) {
        (EntryKind::Challenge, _) => "Challenge a decision",
        (EntryKind::Check, None) => "Add an agency check",
        (EntryKind::Check, Some(_)) => "Change this agency check",
        (EntryKind::Share, None) => "Record information shared",
        (EntryKind::Share, Some(_)) => "Change this record of sharing",
        (EntryKind::Incident, None) => "Add an incident",
        (EntryKind::Incident, Some(_)) => "Change this incident",
        (EntryKind::Referral, None) => "Record a referral",
        (EntryKind::Referral, Some(_)) => "Change this referral",
    };
    html! {
        <>
            <Link<Route> to={Route::Casework} classes="govuk-back-link">{ "Back to checks, sharing and referrals" }</Link<Route>>
            <ErrorSummary errors={(*errors).clone()} />
            <h1 class="govuk-heading-l">{ heading }</h1>
            <form novalidate=true onsubmit={save}>
                { entry_fields(&draft, &errors) }
                <button type="submit" class="govuk-button">{ "Save" }</button>
            </form>
        </>
    }
}
