use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP as SET};
use crate::domain::answer::Answer;
use crate::domain::sleep::assessment::{SleepPlace, SleepSubject};
use crate::domain::sleep::outcome::answered_by_conflict_set;
use crate::domain::sleep::summary::sleep_question_text;
use crate::ui::components::summary_row::{answer_value, summary_row, summary_row_changed_elsewhere};
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::question_sets::safer_sleep::SleepStep;
use crate::ui::question_sets::step_page::{StepFrame, StepPage};
use crate::ui::question_sets::steps::StepList;
use crate::ui::question_sets::AnswerSubject;
use crate::ui::state::{use_hearth, HearthState};
use crate::ui::Route;

fn text_value(text: &str) -> Html {
    html! { <p class="govuk-body hearth-note-text">{ if text.trim().is_empty() { "Not answered" } else { text.trim() } }</p> }
}

fn place_rows(place: &SleepPlace, name: &str, id: &str) -> Html {
    let change = |field: String| Route::SleepStep { step: SleepStep::Baby }.href_focusing(&field);
    html! {
        <>
            { summary_row(
                &format!("Where the baby sleeps by {name}"),
                &change(id.to_owned()),
                html! { <p class="govuk-body">{ place.kind.map_or("Not answered", |p| p.label) }</p> },
            ) }
            { summary_row(&format!("More about where the baby sleeps by {name}"), &change(format!("{id}-notes")), text_value(&place.place)) }
            { summary_row(&format!("Seen where the baby sleeps by {name}"), &change(format!("{id}-seen")), answer_value(place.seen, "")) }
        </>
    }
}

fn rows(state: &HearthState, step: SleepStep) -> Html {
    let sleep = &state.sleep;
    let change = |field: String| Route::SleepStep { step }.href_focusing(&field);
    let conflict_found = state.conflict_routing().map(|r| r.outcome);
    let question_rows = |subjects: Vec<SleepSubject>| {
        let part = step.part().expect("question pages have a part");
        html! {
            { for subjects.into_iter().flat_map(|s| SET.in_part(part).map(move |q| (s, q))).map(|(subject, q)| {
                if let Some(found) = conflict_found.filter(|_| answered_by_conflict_set(q, conflict_found)) {
                    return summary_row_changed_elsewhere(
                        &sleep_question_text(q, subject, &state.record),
                        &Route::ConflictStep { step: ConflictStep::Outcome }.href(),
                        "See the conflict-or-abuse outcome",
                        html! { <p class="govuk-body">{ format!("From the conflict-or-abuse questions: {}", CONFLICT_OR_ABUSE.outcome(found).title) }</p> },
                    );
                }
                let response = sleep.responses.get(subject, q.id).cloned().unwrap_or_default();
                summary_row(
                    &sleep_question_text(q, subject, &state.record),
                    &change(subject.field_id(q.id)),
                    answer_value(response.answer, &response.note),
                )
            }) }
        }
    };
    match step {
        SleepStep::Baby => html! {
            <>
                { summary_row(
                    "Baby's age in weeks",
                    &change("baby-age".into()),
                    text_value(&sleep.age.map(|a| a.weeks().to_string()).unwrap_or_default()),
                ) }
                { question_rows(vec![SleepSubject::Family]) }
                { place_rows(&sleep.by_day, "day", "sleeps-day") }
                { place_rows(&sleep.by_night, "night", "sleeps-night") }
            </>
        },
        SleepStep::Conversation => html! {
            <>
                { for state.record.adults().iter().map(|adult| {
                    let voice = sleep.voices.get(&adult.id).cloned().unwrap_or_default();
                    let n = adult.id.number();
                    html! {
                        <>
                            { summary_row(&format!("{} present", adult.label), &change(format!("present-{n}")), answer_value(voice.present, "")) }
                            { summary_row(&format!("{}'s own view heard", adult.label), &change(format!("heard-{n}")), answer_value(voice.heard, "")) }
                        </>
                    }
                }) }
                { question_rows(vec![SleepSubject::Family]) }
            </>
        },
        SleepStep::Carers => question_rows(state.record.adults().iter().map(|a| SleepSubject::Carer(a.id)).collect()),
        SleepStep::Household | SleepStep::ComingUp => question_rows(vec![SleepSubject::Family]),
        SleepStep::Plan => html! {
            { for state.sleep_routing().situations.into_iter().map(|situation| {
                let plan = sleep.plans.get(situation.id).cloned().unwrap_or_default();
                let label = situation.plan_label.unwrap_or(situation.text);
                html! {
                    <>
                        { summary_row(&format!("{label}: where the baby sleeps"), &change(format!("plan-{}-where", situation.id)), text_value(&plan.where_baby_sleeps)) }
                        { summary_row(&format!("{label}: sober adult in charge"), &change(format!("plan-{}-who", situation.id)), text_value(&plan.who_is_in_charge)) }
                        { summary_row(&format!("{label}: what is needed"), &change(format!("plan-{}-needed", situation.id)), text_value(&plan.needed)) }
                    </>
                }
            }) }
        },
        SleepStep::Sharing => html! {
            <>
                { for SET.contacts.iter().map(|contact| summary_row(
                    &format!("Shared with {}", contact.name),
                    &change(format!("shared-{}", contact.id)),
                    answer_value(Some(if sleep.shared.contains(contact.id) { Answer::Yes } else { Answer::No }), ""),
                )) }
                { summary_row(
                    "Review by",
                    &change("review-date".into()),
                    text_value(&sleep.review.map(|d| d.to_string()).unwrap_or_default()),
                ) }
            </>
        },
        SleepStep::CheckAnswers | SleepStep::Outcome => html! {},
    }
}

#[component]
pub fn SleepCheck() -> Html {
    let state = use_hearth();
    html! {
        <StepPage frame={StepFrame::of(SleepStep::CheckAnswers, &state)}>
                <p class="govuk-body">{ "Questions left alone show as Not answered. They count as unknown, never as No." }</p>
                { for SleepStep::SECTIONS.iter().map(|section| html! {
                    <>
                        <h2 class="govuk-heading-m">{ section.title() }</h2>
                        <dl class="govuk-summary-list">{ rows(&state, *section) }</dl>
                    </>
                }) }
                <Link<Route> to={Route::SleepStep { step: SleepStep::Outcome }} classes="govuk-button">{ "Continue to the outcome" }</Link<Route>>
        </StepPage>
    }
}
