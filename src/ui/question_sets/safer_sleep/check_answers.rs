use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP as SET};
use crate::domain::answer::Answer;
use crate::domain::sleep::outcome::{answered_by_conflict_set, SleepTime};
use crate::domain::sleep::summary::sleep_question_text;
use crate::domain::words::join_words;
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::question_sets::safer_sleep::{SleepPage, SleepStep};
use crate::ui::question_sets::sorted_answers::{sorted_answers, Given, Recorded, Section};
use crate::ui::question_sets::step_page::{step_page, StepFrame};
use crate::ui::question_sets::steps::{page_address, StepList};
use crate::ui::question_sets::AnswerSubject;
use crate::ui::state::{HearthContext, HearthState};
use crate::ui::Route;

/// Everything one page asks, each with a Change link to it. Who took part, and whether a place
/// was seen, are about the conversation rather than risks: they are listed with the other answers.
fn page_rows(rows: &mut Vec<Recorded>, state: &HearthState, page: SleepPage, address: &Route) {
    let sleep = &state.sleep;
    let change = |field: &str| address.href_focusing(field);
    match page {
        SleepPage::Questions(subject, group) => {
            let conflict_found = state.conflict_routing().map(|r| r.outcome);
            for q in SET.in_group(group) {
                let key = sleep_question_text(q, subject, &state.record);
                rows.push(match conflict_found.filter(|_| answered_by_conflict_set(q, conflict_found)) {
                    Some(found) => Recorded {
                        key,
                        change: Route::ConflictStep { step: ConflictStep::Outcome }.href(),
                        given: Given::Elsewhere(
                            format!("From the conflict-or-abuse questions: {}", CONFLICT_OR_ABUSE.outcome(found).title),
                            "See the conflict-or-abuse outcome",
                        ),
                    },
                    None => Recorded::answer(key, change(&subject.field_id(q.id)), sleep.responses.get(subject, q.id)),
                });
            }
        }
        SleepPage::Place(when) => {
            let (place, id) = match when {
                SleepTime::Day => (&sleep.by_day, "sleeps-day"),
                SleepTime::Night => (&sleep.by_night, "sleeps-night"),
            };
            let words = when.words();
            let kind = place.kind.map_or("", |p| p.label);
            rows.push(Recorded::detail(format!("Where the baby sleeps {words}"), change(id), kind));
            // Anything added about the place is optional: shown when given, never counted as missing.
            if !place.place.trim().is_empty() {
                let key = format!("More about where the baby sleeps {words}");
                rows.push(Recorded::detail(key, change(&format!("{id}-notes")), &place.place));
            }
            let seen = place.seen.map_or("", Answer::label);
            rows.push(Recorded::detail(
                format!("Seen where the baby sleeps {words}"),
                change(&format!("{id}-seen")),
                seen,
            ));
        }
        SleepPage::Voices => {
            for adult in state.record.adults() {
                let voice = sleep.voices.get(&adult.id).cloned().unwrap_or_default();
                let n = adult.id.number();
                for (key, field, given) in [
                    (format!("{} present", adult.label), format!("present-{n}"), voice.present),
                    (format!("{}'s own view heard", adult.label), format!("heard-{n}"), voice.heard),
                ] {
                    rows.push(Recorded::detail(key, change(&field), given.map_or("", Answer::label)));
                }
            }
        }
    }
}

/// Everything one section asks, in page order.
fn recorded(state: &HearthState, step: SleepStep) -> Vec<Recorded> {
    let sleep = &state.sleep;
    let change = |field: &str| step.route().href_focusing(field);
    let mut rows = Vec::new();
    match step {
        SleepStep::Plan => {
            for situation in state.sleep_routing().situations {
                let plan = sleep.plans.get(situation.id).cloned().unwrap_or_default();
                let (label, id) = (situation.plan_label.unwrap_or(situation.text), situation.id);
                for (what, field, text) in [
                    ("where the baby sleeps", "where", &plan.where_baby_sleeps),
                    ("sober adult in charge", "who", &plan.who_is_in_charge),
                    ("what is needed", "needed", &plan.needed),
                ] {
                    rows.push(Recorded::detail(
                        format!("{label}: {what}"),
                        change(&format!("plan-{id}-{field}")),
                        text,
                    ));
                }
            }
        }
        SleepStep::Sharing => {
            let shared: Vec<&str> =
                SET.contacts.iter().filter(|c| sleep.shared.contains(c.id)).map(|c| c.name).collect();
            let first = SET.contacts.first().map_or("", |c| c.id);
            rows.push(Recorded::detail("Shared with".into(), change(&format!("shared-{first}")), &join_words(&shared)));
            let review = sleep.review.map(|d| d.to_string()).unwrap_or_default();
            rows.push(Recorded::detail("Review by".into(), change("review-date"), &review));
        }
        _ => {
            let pages = step.sleep_pages(&state.record);
            let slugs: Vec<String> = pages.iter().map(|(slug, _)| slug.clone()).collect();
            if step == SleepStep::Baby {
                rows.push(Recorded::detail("Baby's age in weeks".into(), change("baby-age"), &sleep.age_checked()));
            }
            for (n, (_, page)) in pages.iter().enumerate() {
                page_rows(&mut rows, state, *page, &page_address(step, &slugs, n));
            }
        }
    }
    rows
}

pub fn sleep_check(state: &HearthContext) -> Html {
    let sections: Vec<Section> = SleepStep::SECTIONS
        .iter()
        .map(|&step| Section { heading: step.title().to_owned(), recorded: recorded(state, step) })
        .collect();
    let page = StepFrame::of(SleepStep::CheckAnswers, state).into();
    step_page(
        page,
        html! {
            <>
                { sorted_answers(&sections) }
                <Link<Route> to={Route::SleepStep { step: SleepStep::Outcome }} classes="govuk-button">{ "Continue to the outcome" }</Link<Route>>
            </>
        },
    )
}
