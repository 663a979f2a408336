use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::{local, national_helpline, CASEWORK, CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::casework::SeenAlone;
use crate::domain::conflict::summary::SummaryInput;
use crate::domain::family_summary::{family_text, risks_together, CaseNotes};
use crate::domain::sleep::summary::SleepSummaryInput;
use crate::domain::words::{capitalise, plural};
use crate::ui::components::case_summary::CaseSummary;
use crate::ui::components::print_button::print_button;
use crate::ui::components::printed_notes::printed_notes;
use crate::ui::components::without_names::without_names;
use crate::ui::pages::chronology_lines;
use crate::ui::pages::practitioner::overdue_banner;
use crate::ui::state::HearthContext;
use crate::ui::Route;

/// Each child's voice and day, every child in the record, with the way to add to it; who needs
/// an interpreter is in the notes below.
fn children_voices(state: &HearthContext) -> Html {
    if state.record.children().is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h2 class="govuk-heading-m">{ "Each child's voice and day" }</h2>
            { for state.record.children().iter().enumerate().map(|(n, child)| {
                let voice = state.casework.children.get(&child.id).cloned().unwrap_or_default();
                let seen = voice.seen_alone.map_or("Not recorded".to_owned(), |s| match voice.why_not_alone.trim() {
                    why if why.is_empty() || s == SeenAlone::Yes => s.label().to_owned(),
                    why => format!("{} ({why})", s.label()),
                });
                let or_not = |text: &str| if text.trim().is_empty() { "Not recorded".to_owned() } else { text.trim().to_owned() };
                html! {
                    <>
                        <h3 class="govuk-heading-s">{ format!("{}, {}", child.label, child.age) }</h3>
                        <dl class="govuk-summary-list">
                            { row("Seen alone", seen) }
                            { row(if child.age.before_words() { "What was seen of them" } else { "In their own words" }, or_not(&voice.words)) }
                            { for CASEWORK.day_prompts.iter().filter_map(|p| voice.day.get(p.id).map(|w| row(p.label, or_not(w)))) }
                        </dl>
                        <p class="govuk-body hearth-lone-link">
                            <Link<Route> to={Route::ChildVoice { n: n + 1 }} classes="govuk-link">{ format!("Record {}'s voice and day", child.label) }</Link<Route>>
                        </p>
                    </>
                }
            }) }
        </>
    }
}

fn row(key: &str, value: String) -> Html {
    html! {
        <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{ key }</dt>
            <dd class="govuk-summary-list__value">{ value }</dd>
        </div>
    }
}

/// Both practitioner sets on one page, with the risks put together.
pub fn record_summary(state: &HearthContext) -> Html {
    let conflict = state.conflict_routing();
    let sleep_routing = state.sleep_routing();
    let baby = state.sleep.baby(&state.record).is_some();
    let sleep = baby.then_some(&sleep_routing);
    let risks = risks_together(&sleep_routing, baby);
    let today = browser::today();
    let shown = state.shown_record();
    let version = env!("CARGO_PKG_VERSION");
    let lines = chronology_lines(state);
    let text = family_text(
        conflict
            .as_ref()
            .map(|routing| SummaryInput {
                set: &CONFLICT_OR_ABUSE,
                record: &shown,
                assessment: &state.conflict,
                routing,
                today,
                helpline: &national_helpline,
                local: local(),
                version,
                casework: &state.casework,
                words: &CASEWORK,
            })
            .as_ref(),
        sleep
            .map(|routing| SleepSummaryInput {
                set: &SAFER_SLEEP,
                conflict_set: &CONFLICT_OR_ABUSE,
                record: &shown,
                assessment: &state.sleep,
                routing,
                today,
                version,
                casework: &state.casework,
                words: &CASEWORK,
            })
            .as_ref(),
        &risks,
        &CaseNotes { casework: &state.casework, chronology: &lines, today },
    );
    html! {
        <>
            <Link<Route> to={Route::Practitioner} classes="govuk-back-link">{ "Back to practitioner tools" }</Link<Route>>
            { overdue_banner(state) }
            <h1 class="govuk-heading-l">{ "Family summary" }</h1>
            { without_names(state) }
            <dl class="govuk-summary-list">
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{ "Parental conflict or domestic abuse?" }</dt>
                    <dd class="govuk-summary-list__value">
                        { conflict.as_ref().map_or("Not started", |r| CONFLICT_OR_ABUSE.outcome(r.outcome).title) }
                    </dd>
                </div>
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{ "Safer sleep" }</dt>
                    <dd class="govuk-summary-list__value">{ sleep.map_or("Not started", |r| SAFER_SLEEP.outcome(r.outcome).title) }</dd>
                </div>
            </dl>
            <h2 class="govuk-heading-m">{ "Risks together" }</h2>
            <p class="govuk-body">{ risks }</p>
            { children_voices(state) }
            <h2 class="govuk-heading-m">{ "Checks, sharing, referrals and chronology" }</h2>
            <p class="govuk-body">
                { format!("{} in the chronology. ", capitalise(&plural(lines.len(), "dated entry", "dated entries"))) }
                <Link<Route> to={Route::Chronology} classes="govuk-link">{ "View the chronology" }</Link<Route>>
                { ", or " }
                <Link<Route> to={Route::Casework} classes="govuk-link">{ "add checks, sharing and referrals" }</Link<Route>>
                { "." }
            </p>
            if text.is_empty() {
                <p class="govuk-body">{ "Nothing to summarise yet: start one of the question sets." }</p>
            } else {
                <CaseSummary id="family-summary" label="Plain text of both question sets, ready to paste into a case record" text={text.clone()} />
                { print_button("Print this summary") }
                { printed_notes(&text) }
            }
        </>
    }
}
