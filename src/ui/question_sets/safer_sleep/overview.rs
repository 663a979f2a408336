use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::SAFER_SLEEP as SET;
use crate::domain::conflict::summary::label_of;
use crate::domain::sleep::assessment::SleepSubject;
use crate::domain::sleep::change::SleepChange;
use crate::domain::sleep::outcome::answered_by_conflict_set;
use crate::ui::callbacks::Sends;
use crate::ui::components::task_list_item::{section_status, task_list_item};
use crate::ui::forms::{Choices, Item, Radios, Size};
use crate::ui::question_sets::safer_sleep::SleepStep;
use crate::ui::question_sets::steps::StepList;
use crate::ui::question_sets::use_obvious_start;
use crate::ui::state::{use_hearth, HearthState};
use crate::ui::Route;

fn status(state: &HearthState, step: SleepStep) -> (Html, Option<String>) {
    let sleep = &state.sleep;
    let subjects: Vec<SleepSubject> = match step {
        SleepStep::Carers => state.record.adults().iter().map(|a| SleepSubject::Carer(a.id)).collect(),
        _ => vec![SleepSubject::Family],
    };
    let (answered, total) = match step.part() {
        Some(part) => {
            let questions: Vec<_> = SET.in_part(part).collect();
            let conflict_found = state.conflict_routing().map(|r| r.outcome);
            let answered = subjects
                .iter()
                .flat_map(|s| questions.iter().map(move |q| (s, q)))
                .filter(|(s, q)| {
                    answered_by_conflict_set(q, conflict_found) || sleep.responses.answer(**s, q.id).is_some()
                })
                .count();
            (answered, questions.len() * subjects.len())
        }
        None if step == SleepStep::Plan => {
            let situations = state.sleep_routing().situations;
            (
                situations.iter().filter(|q| sleep.plans.get(q.id).is_some_and(|p| !p.is_empty())).count(),
                situations.len(),
            )
        }
        None => (sleep.shared.len() + usize::from(sleep.review.is_some()), SET.contacts.len() + 1),
    };
    section_status(answered, total, ("Nothing needed", "Nothing coming up is recorded"))
}

#[component]
pub fn SleepOverview() -> Html {
    let state = use_hearth();
    let babies: Vec<_> = state
        .record
        .children()
        .iter()
        .filter(|c| c.age.years() == 0)
        .map(|baby| Item::new(baby.id, baby.label.as_str().to_owned()).id(format!("baby-{}", baby.id.number())))
        .collect();
    let chosen = state.sleep.baby(&state.record);
    // With exactly one baby there is nothing to choose: the set starts with them.
    let obvious = match babies.as_slice() {
        [baby] if chosen.is_none() => Some(SleepChange::ChooseBaby(baby.value).into()),
        _ => None,
    };
    if use_obvious_start(obvious, Route::SleepStep { step: SleepStep::Baby }) {
        return Html::default();
    }
    html! {
        <>
            <Link<Route> to={Route::Practitioner} classes="govuk-back-link">{ "Back to practitioner tools" }</Link<Route>>
            <h1 class="govuk-heading-l">{ "Safer sleep: prevent and protect" }</h1>
            <p class="govuk-body-l">
                { "For any family with a baby under 12 months, whatever your role. Talk through safer sleep with every \
                   family, and plan with the family where risks come together or the routine is about to change." }
            </p>
            <p class="govuk-body">
                { "Ask every adult who cares for the baby, including fathers, partners and anyone who looks after the \
                   baby overnight. Add each of them to the family record as an adult. Domestic abuse recorded in the \
                   conflict-or-abuse questions shows up here automatically." }
            </p>
            if babies.is_empty() {
                <div class="govuk-inset-text">{ "Add the baby to the family record first, with age 0." }</div>
                <Link<Route> to={Route::Practitioner} classes="govuk-button">{ "Go to the family record" }</Link<Route>>
            } else {
                <Radios id="baby" legend="Which baby is this about?" legend_size={Size::M} small=true
                    choices={Choices::one_of(babies, chosen.as_ref(), state.sends(SleepChange::ChooseBaby))} />
                if let Some(baby) = chosen {
                    <h2 class="govuk-heading-m">{ format!("Sections for {}", label_of(&state.record, baby)) }</h2>
                    <ul class="govuk-task-list">
                        { for SleepStep::SECTIONS.iter().map(|step| {
                            let (tag, hint) = status(&state, *step);
                            task_list_item(&format!("sleep-{step}"), step.title(), &Route::SleepStep { step: *step }.href(), hint.as_deref(), tag)
                        }) }
                    </ul>
                    <div class="govuk-button-group">
                        <Link<Route> to={Route::SleepStep { step: SleepStep::Baby }} classes="govuk-button">{ "Start" }</Link<Route>>
                        <Link<Route> to={Route::SleepStep { step: SleepStep::CheckAnswers }} classes="govuk-button govuk-button--secondary">{ "Check your answers" }</Link<Route>>
                        <Link<Route> to={Route::SleepStep { step: SleepStep::Outcome }} classes="govuk-link">{ "See the outcome so far" }</Link<Route>>
                    </div>
                }
            }
        </>
    }
}
