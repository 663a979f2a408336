use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::{CASEWORK, CONFLICT_OR_ABUSE as SET};
use crate::domain::answer::Answer;
use crate::domain::conflict::summary::{label_of, question_text, SAFETY_ALONE, SAFETY_CONTACT, SAFETY_NOW};
use crate::domain::words::join_words;
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::question_sets::sorted_answers::{sorted_answers, Recorded, Section};
use crate::ui::question_sets::step_page::{step_page, StepFrame};
use crate::ui::question_sets::steps::{page_address, StepList};
use crate::ui::question_sets::AnswerSubject;
use crate::ui::state::{HearthContext, HearthState};
use crate::ui::Route;

/// Everything one section asks, in page order, each with a Change link to its page.
fn recorded(state: &HearthState, step: ConflictStep) -> Vec<Recorded> {
    let (record, conflict) = (&state.record, &state.conflict);
    let change = |field: String| step.route().href_focusing(&field);
    let mut rows = Vec::new();
    match step {
        ConflictStep::Safety => {
            for person in conflict.adults(record).map(|(a, b)| vec![a, b]).unwrap_or_default() {
                let check = conflict.safety.get(&person).cloned().unwrap_or_default();
                let (label, n) = (label_of(record, person), person.number());
                // The checks before asking are about asking safely, not signs of abuse: they are
                // listed with the other answers.
                for (question, field, given) in [
                    (SAFETY_ALONE, "safety-alone", check.alone.map_or("", Answer::label)),
                    (SAFETY_NOW, "safety-now", check.safe_to_talk.map_or("", Answer::label)),
                    (SAFETY_CONTACT, "safety-contact", check.safe_contact.as_str()),
                ] {
                    rows.push(Recorded::detail(format!("{label}: {question}"), change(format!("{field}-{n}")), given));
                }
            }
        }
        ConflictStep::Accounts => {
            for person in conflict.adults(record).map(|(a, b)| vec![a, b]).unwrap_or_default() {
                let account = state.casework.accounts.get(&person).cloned().unwrap_or_default();
                let (label, n) = (label_of(record, person), person.number());
                rows.push(Recorded::detail(
                    format!("Was {label}'s own account heard?"),
                    change(format!("heard-account-{n}")),
                    account.heard.map_or("", Answer::label),
                ));
                for prompt in CASEWORK.account_prompts {
                    rows.push(Recorded::detail(
                        format!("{label}: {}", prompt.label),
                        change(format!("account-{n}-{}", prompt.id)),
                        account.words.get(prompt.id).map_or("", String::as_str),
                    ));
                }
            }
        }
        ConflictStep::Agencies => {
            let mut unchecked = Vec::new();
            for agency in SET.agencies {
                match conflict.agency_checks.get(agency.id) {
                    Some(check) => rows.push(Recorded::detail(
                        agency.name.to_owned(),
                        change(format!("agency-{}", agency.id)),
                        check.label(),
                    )),
                    None => unchecked.push(agency.name),
                }
            }
            if !unchecked.is_empty() {
                let first =
                    SET.agencies.iter().find(|a| !conflict.agency_checks.contains_key(a.id)).map_or("", |a| a.id);
                rows.push(Recorded::detail(
                    "Agencies not checked yet".to_owned(),
                    change(format!("agency-{first}")),
                    &join_words(&unchecked),
                ));
            }
        }
        _ => {
            let pages = step.question_pages(record, conflict);
            let slugs: Vec<String> = pages.iter().map(|p| p.slug.clone()).collect();
            for (n, page) in pages.iter().enumerate() {
                let address = page_address(step, &slugs, n);
                for q in SET.in_group(page.group) {
                    rows.push(Recorded::answer(
                        question_text(q, page.subject, record),
                        address.href_focusing(&page.subject.field_id(q.id)),
                        conflict.responses.get(page.subject, q.id),
                    ));
                }
            }
        }
    }
    rows
}

pub fn conflict_check(state: &HearthContext) -> Html {
    let sections: Vec<Section> = ConflictStep::SECTIONS
        .iter()
        .map(|&step| Section { heading: step.heading(state), recorded: recorded(state, step) })
        .collect();
    let page = StepFrame::of(ConflictStep::CheckAnswers, state).into();
    step_page(
        page,
        html! {
            <>
                { sorted_answers(&sections) }
                <Link<Route> to={Route::ConflictStep { step: ConflictStep::Outcome }} classes="govuk-button">{ "Continue to the outcome" }</Link<Route>>
            </>
        },
    )
}
