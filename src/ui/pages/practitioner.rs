use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::domain::family::{ChildAge, FamilyRecord, Label, RecordError};
use crate::ui::components::error_summary::{ErrorSummary, FieldError};
use crate::ui::components::record_file::RecordFile;
use crate::ui::components::saved_records::SavedRecords;
use crate::ui::components::text_field::{keep_text, TextField};
use crate::ui::state::{use_hearth, Action};
use crate::ui::Route;

const ADULT_LABEL: &str = "adult-label";
const CHILD_LABEL: &str = "child-label";
const CHILD_AGE: &str = "child-age";

fn new_label(record: &FamilyRecord, text: &str) -> Result<Label, RecordError> {
    let label = Label::parse(text)?;
    record.check_label_free(&label)?;
    Ok(label)
}

fn error_for(errors: &[FieldError], field: &str) -> Option<String> {
    errors.iter().find(|e| e.field == field).map(|e| e.message.clone())
}

fn field_error(field: &'static str, error: RecordError) -> FieldError {
    FieldError { field, message: error.to_string() }
}

const IDLE_CHOICES: [u32; 4] = [5, 15, 30, 60];

fn idle_setting(state: &crate::ui::state::HearthContext) -> Html {
    let current = state.idle_minutes();
    let mut choices: Vec<u32> = IDLE_CHOICES.to_vec();
    if !choices.contains(&current) {
        choices.push(current);
        choices.sort_unstable();
    }
    let onchange = {
        let (state, choices) = (state.clone(), choices.clone());
        Callback::from(move |event: Event| {
            let index = event.target_unchecked_into::<web_sys::HtmlSelectElement>().selected_index();
            if let Some(minutes) = usize::try_from(index).ok().and_then(|i| choices.get(i)) {
                state.dispatch(Action::IdleMinutes(*minutes));
            }
        })
    };
    html! {
        <div class="govuk-form-group">
            <label class="govuk-label" for="idle-minutes">{ "Clear my answers after this long without use" }</label>
            <div class="govuk-hint" id="idle-minutes-hint">{ "Hearth warns you a minute before. This setting lasts until you close the tab." }</div>
            <select class="govuk-select" id="idle-minutes" aria-describedby="idle-minutes-hint" {onchange}>
                { for choices.iter().map(|m| html! { <option selected={*m == current}>{ format!("{m} minutes") }</option> }) }
            </select>
        </div>
    }
}

#[component]
pub fn Practitioner() -> Html {
    let state = use_hearth();
    let adult_label = use_state(String::new);
    let child_label = use_state(String::new);
    let child_age = use_state(String::new);
    let errors = use_state(Vec::<FieldError>::new);

    use_effect_with(errors.is_empty(), |no_errors| {
        browser::set_title(&Route::Practitioner.document_title(!no_errors));
    });

    let add_adult = {
        let (state, adult_label, errors) = (state.clone(), adult_label.clone(), errors.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match new_label(&state.record, &adult_label) {
                Ok(label) => {
                    state.dispatch(Action::AddAdult(label));
                    adult_label.set(String::new());
                    errors.set(Vec::new());
                }
                Err(error) => errors.set(vec![field_error(ADULT_LABEL, error)]),
            }
        })
    };

    let add_child = {
        let (state, child_label, child_age, errors) =
            (state.clone(), child_label.clone(), child_age.clone(), errors.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let label = new_label(&state.record, &child_label);
            let age = ChildAge::parse(&child_age);
            match (label, age) {
                (Ok(label), Ok(age)) => {
                    state.dispatch(Action::AddChild(label, age));
                    child_label.set(String::new());
                    child_age.set(String::new());
                    errors.set(Vec::new());
                }
                (label, age) => errors.set(
                    [label.err().map(|e| field_error(CHILD_LABEL, e)), age.err().map(|e| field_error(CHILD_AGE, e))]
                        .into_iter()
                        .flatten()
                        .collect(),
                ),
            }
        })
    };

    let record = &state.record;
    let people = record
        .adults()
        .iter()
        .map(|a| (a.id, a.label.to_string(), "Adult".to_owned()))
        .chain(record.children().iter().map(|c| (c.id, c.label.to_string(), format!("Child, {}", c.age))));

    html! {
        <>
            <ErrorSummary errors={(*errors).clone()} />
            <h1 class="govuk-heading-xl">{ "Practitioner tools" }</h1>
            <p class="govuk-body-l">
                { "Start with the family record: the adults and children you are working with. Each question \
                   set uses the same record, so what one finds shows in the others." }
            </p>
            <div class="govuk-inset-text">
                { "Nothing here is saved. The record is held only in this browser tab and is cleared when you \
                   close it, reload, or use Exit this page. Real names are not needed: use initials or a role." }
            </div>

            <h2 class="govuk-heading-l">{ "Family record" }</h2>
            if record.is_empty() {
                <p class="govuk-body">{ "No one has been added yet." }</p>
            } else {
                <dl class="govuk-summary-list hearth-family-record">
                    { for people.map(|(id, label, role)| {
                        let state = state.clone();
                        let onclick = Callback::from(move |_| state.dispatch(Action::Remove(id)));
                        html! {
                            <div class="govuk-summary-list__row">
                                <dt class="govuk-summary-list__key">{ &label }</dt>
                                <dd class="govuk-summary-list__value">{ role }</dd>
                                <dd class="govuk-summary-list__actions">
                                    <button type="button" class="govuk-button govuk-button--secondary hearth-button--compact" {onclick}>
                                        { "Remove" }<span class="govuk-visually-hidden">{ format!(" {label}") }</span>
                                    </button>
                                </dd>
                            </div>
                        }
                    }) }
                </dl>
            }

            <form onsubmit={add_adult} novalidate=true>
                <h3 class="govuk-heading-m">{ "Add an adult" }</h3>
                <TextField id={ADULT_LABEL} label="Label for this adult"
                    hint="Initials or a role, such as Mother, Father, Partner or Grandparent"
                    value={(*adult_label).clone()} error={error_for(&errors, ADULT_LABEL)}
                    oninput={keep_text(&adult_label)} width="govuk-input--width-20" />
                <button type="submit" class="govuk-button">{ "Add adult" }</button>
            </form>

            <form onsubmit={add_child} novalidate=true>
                <h3 class="govuk-heading-m">{ "Add a child" }</h3>
                <TextField id={CHILD_LABEL} label="Label for this child" hint="Initials or a role, such as Baby or Older child"
                    value={(*child_label).clone()} error={error_for(&errors, CHILD_LABEL)}
                    oninput={keep_text(&child_label)} width="govuk-input--width-20" />
                <TextField id={CHILD_AGE} label="Age in years" hint="Enter 0 for a baby under 1"
                    value={(*child_age).clone()} error={error_for(&errors, CHILD_AGE)}
                    oninput={keep_text(&child_age)} width="govuk-input--width-3" numeric=true />
                <button type="submit" class="govuk-button">{ "Add child" }</button>
            </form>

            { idle_setting(&state) }
            <RecordFile />
            <SavedRecords />

            <h2 class="govuk-heading-l">{ "Question sets" }</h2>
            <p class="govuk-body">
                { "Both sets use this family record. " }
                <Link<Route> to={Route::RecordSummary} classes="govuk-link">{ "See the combined family summary" }</Link<Route>>
            </p>
            <ul class="govuk-task-list">
                <li class="govuk-task-list__item govuk-task-list__item--with-link">
                    <div class="govuk-task-list__name-and-hint">
                        <a class="govuk-link govuk-task-list__link" href={Route::Conflict.href()} aria-describedby="conflict-status">
                            { "Parental conflict or domestic abuse?" }
                        </a>
                        <div class="govuk-task-list__hint">{ "Asked of each adult separately, with what other agencies know" }</div>
                    </div>
                    <div class="govuk-task-list__status" id="conflict-status">
                        if record.adults().len() < 2 {
                            { "Add two adults first" }
                        } else if state.conflict.adults(record).is_some() {
                            <strong class="govuk-tag govuk-tag--light-blue">{ "In progress" }</strong>
                        } else {
                            <strong class="govuk-tag govuk-tag--blue">{ "Not started" }</strong>
                        }
                    </div>
                </li>
                <li class="govuk-task-list__item govuk-task-list__item--with-link">
                    <div class="govuk-task-list__name-and-hint">
                        <a class="govuk-link govuk-task-list__link" href={Route::SaferSleep.href()} aria-describedby="sleep-status">
                            { "Safer sleep: prevent and protect" }
                        </a>
                        <div class="govuk-task-list__hint">{ "For any family with a baby under 12 months" }</div>
                    </div>
                    <div class="govuk-task-list__status" id="sleep-status">
                        if !record.children().iter().any(|c| c.age.years() == 0) {
                            { "Add a baby first" }
                        } else if state.sleep.baby(record).is_some() {
                            <strong class="govuk-tag govuk-tag--light-blue">{ "In progress" }</strong>
                        } else {
                            <strong class="govuk-tag govuk-tag--blue">{ "Not started" }</strong>
                        }
                    </div>
                </li>
            </ul>
        </>
    }
}
