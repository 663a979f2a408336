use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP as SET};
use crate::domain::answer::Answer;
use crate::domain::sleep::assessment::{SleepPlace, SleepSubject};
use crate::domain::sleep::outcome::answered_by_conflict_set;
use crate::domain::sleep::summary::sleep_question_text;
use crate::ui::components::summary_row::{answer_value, SummaryRow};
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::question_sets::safer_sleep::section::sleep_field_id;
use crate::ui::question_sets::safer_sleep::SleepStep;
use crate::ui::question_sets::step_page::{StepFrame, StepPage};
use crate::ui::question_sets::steps::StepList;
use crate::ui::state::{use_hearth, HearthState};
use crate::ui::Route;

fn text_value(text: &str) -> Html {
    html! { <p class="govuk-body hearth-note-text">{ if text.trim().is_empty() { "Not answered" } else { text.trim() } }</p> }
}

fn place_rows(place: &SleepPlace, name: &str, id: &str) -> Html {
    let change = |field: String| Route::SleepStep { step: SleepStep::Baby }.href_focusing(&field);
    html! {
        <>
            <SummaryRow key_text={format!("Where the baby sleeps by {name}")} change={change(id.to_owned())}>
                <p class="govuk-body">{ place.kind.map_or("Not answered", |p| p.label) }</p>
            </SummaryRow>
            <SummaryRow key_text={format!("More about where the baby sleeps by {name}")} change={change(format!("{id}-notes"))}>{ text_value(&place.place) }</SummaryRow>
            <SummaryRow key_text={format!("Seen where the baby sleeps by {name}")} change={change(format!("{id}-seen"))}>{ answer_value(place.seen, "") }</SummaryRow>
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
                    return html! {
                        <SummaryRow key_text={sleep_question_text(q, subject, &state.record)}
                            change={Route::ConflictStep { step: ConflictStep::Outcome }.href()} change_text="See the conflict-or-abuse outcome">
                            <p class="govuk-body">{ format!("From the conflict-or-abuse questions: {}", CONFLICT_OR_ABUSE.outcome(found).title) }</p>
                        </SummaryRow>
                    };
                }
                let response = sleep.responses.get(subject, q.id).cloned().unwrap_or_default();
                html! {
                    <SummaryRow key_text={sleep_question_text(q, subject, &state.record)} change={change(sleep_field_id(subject, q.id))}>
                        { answer_value(response.answer, &response.note) }
                    </SummaryRow>
                }
            }) }
        }
    };
    match step {
        SleepStep::Baby => html! {
            <>
                <SummaryRow key_text="Baby's age in weeks" change={change("baby-age".into())}>
                    { text_value(&sleep.age.map(|a| a.weeks().to_string()).unwrap_or_default()) }
                </SummaryRow>
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
                            <SummaryRow key_text={format!("{} present", adult.label)} change={change(format!("present-{n}"))}>{ answer_value(voice.present, "") }</SummaryRow>
                            <SummaryRow key_text={format!("{}'s own view heard", adult.label)} change={change(format!("heard-{n}"))}>{ answer_value(voice.heard, "") }</SummaryRow>
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
                        <SummaryRow key_text={format!("{label}: where the baby sleeps")} change={change(format!("plan-{}-where", situation.id))}>{ text_value(&plan.where_baby_sleeps) }</SummaryRow>
                        <SummaryRow key_text={format!("{label}: sober adult in charge")} change={change(format!("plan-{}-who", situation.id))}>{ text_value(&plan.who_is_in_charge) }</SummaryRow>
                        <SummaryRow key_text={format!("{label}: what is needed")} change={change(format!("plan-{}-needed", situation.id))}>{ text_value(&plan.needed) }</SummaryRow>
                    </>
                }
            }) }
        },
        SleepStep::Sharing => html! {
            <>
                { for SET.contacts.iter().map(|contact| html! {
                    <SummaryRow key_text={format!("Shared with {}", contact.name)} change={change(format!("shared-{}", contact.id))}>
                        { answer_value(Some(if sleep.shared.contains(contact.id) { Answer::Yes } else { Answer::No }), "") }
                    </SummaryRow>
                }) }
                <SummaryRow key_text="Review by" change={change("review-date".into())}>
                    { text_value(&sleep.review.map(|d| d.to_string()).unwrap_or_default()) }
                </SummaryRow>
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
