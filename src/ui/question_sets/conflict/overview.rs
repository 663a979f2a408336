use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::CONFLICT_OR_ABUSE as SET;
use crate::domain::conflict::change::ConflictChange;
use crate::domain::conflict::summary::{label_of, progress};
use crate::domain::family_record::PersonId;
use crate::ui::components::task_list_item::{section_status, task_list_item};
use crate::ui::components::warning_text::warning_text;
use crate::ui::forms::{Choices, ErrorSummary, FieldError, Item, Select};
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::question_sets::steps::StepList;
use crate::ui::question_sets::use_obvious_start;
use crate::ui::state::{use_hearth, HearthState};
use crate::ui::Route;

const FIRST: &str = "first-adult";
const SECOND: &str = "second-adult";

fn status(state: &HearthState, step: ConflictStep) -> (Html, Option<String>) {
    let (record, conflict) = (&state.record, &state.conflict);
    let (answered, total) = match step {
        ConflictStep::Safety => {
            let pair = conflict.adults(record).map(|(a, b)| vec![a, b]).unwrap_or_default();
            let answered = pair
                .iter()
                .filter_map(|id| conflict.safety.get(id))
                .map(|c| usize::from(c.alone.is_some()) + usize::from(c.safe_to_talk.is_some()))
                .sum();
            (answered, 2 * pair.len())
        }
        ConflictStep::Agencies => (conflict.agency_checks.len(), SET.agencies.len()),
        ConflictStep::Accounts => {
            let pair = conflict.adults(record).map(|(a, b)| vec![a, b]).unwrap_or_default();
            let heard =
                pair.iter().filter(|p| state.casework.accounts.get(p).is_some_and(|a| a.heard.is_some())).count();
            (heard, pair.len())
        }
        other => match other.scope() {
            Some(scope) => progress(&SET, conflict, scope, &other.subjects(record, conflict)),
            None => (0, 0),
        },
    };
    section_status(answered, total, ("Cannot start yet", "No children in the family record"))
}

#[component]
pub fn ConflictOverview() -> Html {
    let state = use_hearth();
    let adults = state.record.adults().to_vec();
    let chosen = state.conflict.adults(&state.record);
    let default_pair = chosen.or_else(|| (adults.len() >= 2).then(|| (adults[0].id, adults[1].id)));
    let first = use_state(|| default_pair.map(|p| p.0));
    let second = use_state(|| default_pair.map(|p| p.1));
    let errors = use_state(Vec::<FieldError>::new);
    // With exactly two adults there is nothing to choose: the set starts with them.
    let obvious = match adults.as_slice() {
        [a, b] if chosen.is_none() => Some(ConflictChange::ChooseAdults(a.id, b.id).into()),
        _ => None,
    };
    let starting = use_obvious_start(obvious, Route::ConflictStep { step: ConflictStep::Safety });
    let onsubmit = {
        let (state, first, second, errors) = (state.clone(), first.clone(), second.clone(), errors.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match (*first, *second) {
                (Some(a), Some(b)) if a != b => {
                    errors.set(Vec::new());
                    state.dispatch(ConflictChange::ChooseAdults(a, b).into());
                }
                _ => {
                    errors.set(vec![FieldError { field: SECOND.into(), message: "Choose two different adults".into() }])
                }
            }
        })
    };
    let select = |id: &'static str, label: &'static str, handle: &UseStateHandle<Option<PersonId>>| {
        let items = adults.iter().map(|a| Item::new(a.id, a.label.as_str().to_owned())).collect();
        let handle_for_change = handle.clone();
        let onchange = Callback::from(move |adult| handle_for_change.set(Some(adult)));
        html! {
            <Select {id} {label} choices={Choices::one_of(items, (**handle).as_ref(), onchange)}
                error={FieldError::for_field(&errors, id)} />
        }
    };

    if starting {
        return Html::default();
    }
    html! {
        <>
            <Link<Route> to={Route::Practitioner} classes="govuk-back-link">{ "Back to practitioner tools" }</Link<Route>>
            <ErrorSummary errors={(*errors).clone()} />
            <h1 class="govuk-heading-l">{ "Parental conflict or domestic abuse?" }</h1>
            <p class="govuk-body-l">
                { "Questions to help you tell harmful conflict, where conflict-reduction support can help, from \
                   domestic abuse, where it cannot and your domestic abuse procedures apply." }
            </p>
            { warning_text("Ask about abuse only when the person is on their own and it is safe. Ask each adult separately: \
                            never in front of the other adult or children old enough to talk, and never through a family \
                            member acting as interpreter.") }
            <p class="govuk-body">
                { "Use what other agencies know as well as what the adults tell you. Answer Not known when nobody \
                   knows yet: Hearth turns those answers into checks to make. This does not replace a DASH risk \
                   checklist or your local procedures, and it does not decide anything: it shows which answers point \
                   where, and you can record a different professional judgement." }
            </p>

            if adults.len() < 2 {
                <div class="govuk-inset-text">
                    { "Add both adults to the family record first. The questions are asked both ways, about what each \
                       adult does and how the other is affected." }
                </div>
                <Link<Route> to={Route::Practitioner} classes="govuk-button">{ "Go to the family record" }</Link<Route>>
            } else {
                <form {onsubmit} novalidate=true>
                    <h2 class="govuk-heading-m">{ "Which two adults is this about?" }</h2>
                    { select(FIRST, "First adult", &first) }
                    { select(SECOND, "Second adult", &second) }
                    <button type="submit" class={classes!("govuk-button", chosen.is_some().then_some("govuk-button--secondary"))}>
                        { if chosen.is_some() { "Change adults" } else { "Start with these adults" } }
                    </button>
                </form>
                if let Some((a, b)) = chosen {
                    <h2 class="govuk-heading-m">{ format!("Sections for {} and {}", label_of(&state.record, a), label_of(&state.record, b)) }</h2>
                    <ul class="govuk-task-list">
                        { for ConflictStep::SECTIONS.iter().map(|step| section_row(&state, *step)) }
                    </ul>
                    <div class="govuk-button-group">
                        <Link<Route> to={Route::ConflictStep { step: ConflictStep::Safety }} classes="govuk-button">{ "Start" }</Link<Route>>
                        <Link<Route> to={Route::ConflictStep { step: ConflictStep::CheckAnswers }} classes="govuk-button govuk-button--secondary">{ "Check your answers" }</Link<Route>>
                        <Link<Route> to={Route::ConflictStep { step: ConflictStep::Outcome }} classes="govuk-link">{ "See the outcome so far" }</Link<Route>>
                    </div>
                }
            }
        </>
    }
}

fn section_row(state: &HearthState, step: ConflictStep) -> Html {
    let name = step.heading(state);
    let (tag, hint) = status(state, step);
    task_list_item(step.slug(), &name, &Route::ConflictStep { step }.href(), hint.as_deref(), tag)
}
