use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::CONFLICT_OR_ABUSE as SET;
use crate::domain::answer::Answer;
use crate::domain::conflict::summary::{label_of, question_text, SAFETY_ALONE, SAFETY_CONTACT, SAFETY_NOW};
use crate::domain::words::join_words;
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::question_sets::sorted_answers::{sorted_answers, Given, Recorded, Section};
use crate::ui::question_sets::step_page::{StepFrame, StepPage};
use crate::ui::question_sets::steps::{page_address, StepList};
use crate::ui::question_sets::AnswerSubject;
use crate::ui::state::{use_hearth, HearthState};
use crate::ui::Route;

/// Everything one section asks, in page order, each with a Change link to its page.
fn recorded(state: &HearthState, step: ConflictStep) -> Vec<Recorded> {
    let (record, conflict) = (&state.record, &state.conflict);
    let change = |field: String| step.route().href_focusing(&field);
    match step {
        ConflictStep::Safety => conflict
            .adults(record)
            .map(|(a, b)| vec![a, b])
            .unwrap_or_default()
            .into_iter()
            .flat_map(|person| {
                let check = conflict.safety.get(&person).cloned().unwrap_or_default();
                let (label, n) = (label_of(record, person), person.number());
                // The checks before asking are about asking safely, not signs: listed with the other answers.
                let answer = |question: &str, field: &str, answer: Option<Answer>| Recorded {
                    key: format!("{label}: {question}"),
                    change: change(format!("{field}-{n}")),
                    given: Given::Detail(answer.map_or("", Answer::label).to_owned()),
                };
                [
                    answer(SAFETY_ALONE, "safety-alone", check.alone),
                    answer(SAFETY_NOW, "safety-now", check.safe_to_talk),
                    Recorded {
                        key: format!("{label}: {SAFETY_CONTACT}"),
                        change: change(format!("safety-contact-{n}")),
                        given: Given::Detail(check.safe_contact.clone()),
                    },
                ]
            })
            .collect(),
        ConflictStep::Agencies => {
            let (checked, unchecked): (Vec<_>, Vec<_>) =
                SET.agencies.iter().partition(|agency| conflict.agency_checks.contains_key(agency.id));
            let mut rows: Vec<Recorded> = checked
                .into_iter()
                .map(|agency| Recorded {
                    key: agency.name.to_owned(),
                    change: change(format!("agency-{}", agency.id)),
                    given: Given::Detail(conflict.agency_checks[agency.id].label().to_owned()),
                })
                .collect();
            if let Some(first) = unchecked.first() {
                let names: Vec<&str> = unchecked.iter().map(|agency| agency.name).collect();
                rows.push(Recorded {
                    key: "Agencies not checked yet".to_owned(),
                    change: change(format!("agency-{}", first.id)),
                    given: Given::Detail(join_words(&names)),
                });
            }
            rows
        }
        _ => {
            let pages = step.question_pages(record, conflict);
            let slugs: Vec<String> = pages.iter().map(|p| p.slug.clone()).collect();
            pages
                .iter()
                .enumerate()
                .flat_map(|(n, page)| {
                    let address = page_address(step, &slugs, n);
                    SET.in_group(page.group).map(move |q| {
                        Recorded::answer(
                            question_text(q, page.subject, record),
                            address.href_focusing(&page.subject.field_id(q.id)),
                            conflict.responses.get(page.subject, q.id),
                        )
                    })
                })
                .collect()
        }
    }
}

#[component]
pub fn ConflictCheck() -> Html {
    let state = use_hearth();
    let sections: Vec<Section> = ConflictStep::SECTIONS
        .iter()
        .map(|&step| Section { heading: step.heading(&state), recorded: recorded(&state, step) })
        .collect();
    html! {
        <StepPage frame={StepFrame::of(ConflictStep::CheckAnswers, &state)}>
            { sorted_answers(&sections) }
            <Link<Route> to={Route::ConflictStep { step: ConflictStep::Outcome }} classes="govuk-button">{ "Continue to the outcome" }</Link<Route>>
        </StepPage>
    }
}
