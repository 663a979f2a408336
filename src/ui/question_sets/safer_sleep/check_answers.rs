use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP as SET};
use crate::domain::answer::Answer;
use crate::domain::sleep::assessment::SleepPlace;
use crate::domain::sleep::outcome::{answered_by_conflict_set, SleepTime};
use crate::domain::sleep::summary::sleep_question_text;
use crate::domain::words::join_words;
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::question_sets::safer_sleep::{SleepPage, SleepStep};
use crate::ui::question_sets::sorted_answers::{sorted_answers, Given, Recorded, Section};
use crate::ui::question_sets::step_page::{StepFrame, StepPage};
use crate::ui::question_sets::steps::{page_address, StepList};
use crate::ui::question_sets::AnswerSubject;
use crate::ui::state::{use_hearth, HearthState};
use crate::ui::Route;

fn detail(key: String, change: String, text: String) -> Recorded {
    Recorded { key, change, given: Given::Detail(text) }
}

/// Who took part, and whether a place was seen, are about the conversation rather than risks:
/// listed with the other answers.
fn answer(key: String, change: String, answer: Option<Answer>) -> Recorded {
    detail(key, change, answer.map_or("", Answer::label).to_owned())
}

fn place_rows(place: &SleepPlace, when: SleepTime, change: &Route) -> Vec<Recorded> {
    let (words, id) = match when {
        SleepTime::Day => ("by day", "sleeps-day"),
        SleepTime::Night => ("by night", "sleeps-night"),
    };
    let mut rows = vec![detail(
        format!("Where the baby sleeps {words}"),
        change.href_focusing(id),
        place.kind.map(|p| p.label).unwrap_or_default().to_owned(),
    )];
    // Anything added about the place is optional: shown when given, never counted as missing.
    if !place.place.trim().is_empty() {
        rows.push(detail(
            format!("More about where the baby sleeps {words}"),
            change.href_focusing(&format!("{id}-notes")),
            place.place.clone(),
        ));
    }
    rows.push(answer(
        format!("Seen where the baby sleeps {words}"),
        change.href_focusing(&format!("{id}-seen")),
        place.seen,
    ));
    rows
}

/// Everything one page asks, each with a Change link to it.
fn page_rows(state: &HearthState, page: SleepPage, address: &Route) -> Vec<Recorded> {
    let sleep = &state.sleep;
    let conflict_found = state.conflict_routing().map(|r| r.outcome);
    match page {
        SleepPage::Questions(subject, group) => SET
            .in_group(group)
            .map(|q| {
                let key = sleep_question_text(q, subject, &state.record);
                match conflict_found.filter(|_| answered_by_conflict_set(q, conflict_found)) {
                    Some(found) => Recorded {
                        key,
                        change: Route::ConflictStep { step: ConflictStep::Outcome }.href(),
                        given: Given::Elsewhere(
                            format!("From the conflict-or-abuse questions: {}", CONFLICT_OR_ABUSE.outcome(found).title),
                            "See the conflict-or-abuse outcome",
                        ),
                    },
                    None => Recorded::answer(
                        key,
                        address.href_focusing(&subject.field_id(q.id)),
                        sleep.responses.get(subject, q.id),
                    ),
                }
            })
            .collect(),
        SleepPage::Place(when) => {
            let place = match when {
                SleepTime::Day => &sleep.by_day,
                SleepTime::Night => &sleep.by_night,
            };
            place_rows(place, when, address)
        }
        SleepPage::Voices => state
            .record
            .adults()
            .iter()
            .flat_map(|adult| {
                let voice = sleep.voices.get(&adult.id).cloned().unwrap_or_default();
                let n = adult.id.number();
                [
                    answer(
                        format!("{} present", adult.label),
                        address.href_focusing(&format!("present-{n}")),
                        voice.present,
                    ),
                    answer(
                        format!("{}'s own view heard", adult.label),
                        address.href_focusing(&format!("heard-{n}")),
                        voice.heard,
                    ),
                ]
            })
            .collect(),
    }
}

/// Everything one section asks, in page order.
fn recorded(state: &HearthState, step: SleepStep) -> Vec<Recorded> {
    let sleep = &state.sleep;
    let change = |field: &str| step.route().href_focusing(field);
    match step {
        SleepStep::Plan => state
            .sleep_routing()
            .situations
            .into_iter()
            .flat_map(|situation| {
                let plan = sleep.plans.get(situation.id).cloned().unwrap_or_default();
                let label = situation.plan_label.unwrap_or(situation.text);
                let id = situation.id;
                [
                    detail(
                        format!("{label}: where the baby sleeps"),
                        change(&format!("plan-{id}-where")),
                        plan.where_baby_sleeps,
                    ),
                    detail(
                        format!("{label}: sober adult in charge"),
                        change(&format!("plan-{id}-who")),
                        plan.who_is_in_charge,
                    ),
                    detail(format!("{label}: what is needed"), change(&format!("plan-{id}-needed")), plan.needed),
                ]
            })
            .collect(),
        SleepStep::Sharing => {
            let shared: Vec<&str> =
                SET.contacts.iter().filter(|c| sleep.shared.contains(c.id)).map(|c| c.name).collect();
            let first = SET.contacts.first().map_or("", |c| c.id);
            vec![
                detail("Shared with".into(), change(&format!("shared-{first}")), join_words(&shared)),
                detail(
                    "Review by".into(),
                    change("review-date"),
                    sleep.review.map(|d| d.to_string()).unwrap_or_default(),
                ),
            ]
        }
        _ => {
            let pages = step.sleep_pages(&state.record);
            let slugs: Vec<String> = pages.iter().map(|(slug, _)| slug.clone()).collect();
            let mut rows = Vec::new();
            if step == SleepStep::Baby {
                let age = sleep.age.map(|a| a.weeks().to_string()).unwrap_or_default();
                rows.push(detail(
                    "Baby's age in weeks".into(),
                    page_address(step, &slugs, 0).href_focusing("baby-age"),
                    age,
                ));
            }
            rows.extend(
                pages
                    .iter()
                    .enumerate()
                    .flat_map(|(n, (_, page))| page_rows(state, *page, &page_address(step, &slugs, n))),
            );
            rows
        }
    }
}

#[component]
pub fn SleepCheck() -> Html {
    let state = use_hearth();
    let sections: Vec<Section> = SleepStep::SECTIONS
        .iter()
        .map(|&step| Section { heading: step.title().to_owned(), recorded: recorded(&state, step) })
        .collect();
    html! {
        <StepPage frame={StepFrame::of(SleepStep::CheckAnswers, &state)}>
            { sorted_answers(&sections) }
            <Link<Route> to={Route::SleepStep { step: SleepStep::Outcome }} classes="govuk-button">{ "Continue to the outcome" }</Link<Route>>
        </StepPage>
    }
}
