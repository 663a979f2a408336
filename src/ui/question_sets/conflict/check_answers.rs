use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::CONFLICT_OR_ABUSE as SET;
use crate::domain::conflict::summary::{label_of, question_text, SAFETY_ALONE, SAFETY_CONTACT, SAFETY_NOW};
use crate::ui::components::summary_row::{answer_value, summary_row};
use crate::ui::question_sets::conflict::section::NOT_CHECKED;
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::question_sets::step_page::{StepFrame, StepPage};
use crate::ui::question_sets::steps::StepList;
use crate::ui::question_sets::AnswerSubject;
use crate::ui::state::{use_hearth, HearthState};
use crate::ui::Route;

fn row(key: String, value: Html, step: ConflictStep, field: String) -> Html {
    summary_row(&key, &Route::ConflictStep { step }.href_focusing(&field), value)
}

fn section_rows(state: &HearthState, step: ConflictStep) -> Html {
    let (record, conflict) = (&state.record, &state.conflict);
    match step {
        ConflictStep::Safety => html! {
            { for conflict.adults(record).map(|(a, b)| vec![a, b]).unwrap_or_default().into_iter().map(|person| {
                let check = conflict.safety.get(&person).cloned().unwrap_or_default();
                let label = label_of(record, person);
                let n = person.number();
                let contact = if check.safe_contact.trim().is_empty() { "Not answered".to_owned() } else { check.safe_contact.clone() };
                html! {
                    <>
                        { row(format!("{label}: {SAFETY_ALONE}"), answer_value(check.alone, ""), step, format!("safety-alone-{n}")) }
                        { row(format!("{label}: {SAFETY_NOW}"), answer_value(check.safe_to_talk, ""), step, format!("safety-now-{n}")) }
                        { row(format!("{label}: {SAFETY_CONTACT}"), html! { <p class="govuk-body hearth-note-text">{ contact }</p> }, step, format!("safety-contact-{n}")) }
                    </>
                }
            }) }
        },
        ConflictStep::Agencies => html! {
            { for SET.agencies.iter().map(|agency| {
                let status = conflict.agency_checks.get(agency.id).map_or(NOT_CHECKED, |c| c.label());
                row(agency.name.to_owned(), html! { { status } }, step, format!("agency-{}", agency.id))
            }) }
        },
        other => {
            let scope = other.scope().expect("question sections have a scope");
            html! {
                { for other.subjects(record, conflict).into_iter().flat_map(|subject| SET.in_scope(scope).map(move |q| (subject, q))).map(|(subject, q)| {
                    let response = conflict.responses.get(subject, q.id).cloned().unwrap_or_default();
                    row(question_text(q, subject, record), answer_value(response.answer, &response.note), other, subject.field_id(q.id))
                }) }
            }
        }
    }
}

#[component]
pub fn ConflictCheck() -> Html {
    let state = use_hearth();
    html! {
        <StepPage frame={StepFrame::of(ConflictStep::CheckAnswers, &state)}>
            <p class="govuk-body">{ "Questions left alone show as Not answered. They count as unknown, never as No." }</p>
            { for ConflictStep::SECTIONS.iter().map(|step| html! {
                <>
                    <h2 class="govuk-heading-m">{ step.heading(&state) }</h2>
                    if step.scope() == Some(crate::domain::conflict::question::Scope::EachChild) && state.record.children().is_empty() {
                        <p class="govuk-body">{ "No children in the family record." }</p>
                    } else {
                        <dl class="govuk-summary-list">{ section_rows(&state, *step) }</dl>
                    }
                </>
            }) }
            <Link<Route> to={Route::ConflictStep { step: ConflictStep::Outcome }} classes="govuk-button">{ "Continue to the outcome" }</Link<Route>>
        </StepPage>
    }
}
