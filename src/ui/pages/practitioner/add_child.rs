use yew::prelude::*;

use super::{field_error, new_label};
use crate::domain::family_record::ChildAge;
use crate::ui::forms::{keep_text, FieldError, TextInput};
use crate::ui::state::{use_hearth, Action};

const CHILD_LABEL: &str = "child-label";
const CHILD_AGE: &str = "child-age";

#[derive(Properties, PartialEq)]
pub struct AddChildProps {
    /// The page's errors, which this form replaces when it is sent.
    pub errors: UseStateHandle<Vec<FieldError>>,
}

/// Adds a child to the family record by a label and an age in years. A refused child keeps what
/// was typed, so only the mistake needs fixing.
#[component]
pub fn AddChild(props: &AddChildProps) -> Html {
    let state = use_hearth();
    let child_label = use_state(String::new);
    let child_age = use_state(String::new);
    let errors = &props.errors;

    let onsubmit = {
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

    html! {
        <form {onsubmit} novalidate=true>
            <h3 class="govuk-heading-m">{ "Add a child" }</h3>
            <TextInput id={CHILD_LABEL} label="Label for this child" hint="Initials or a role, such as Baby or Older child"
                value={(*child_label).clone()} error={FieldError::for_field(errors, CHILD_LABEL)}
                oninput={keep_text(&child_label)} width="govuk-input--width-20" />
            <TextInput id={CHILD_AGE} label="Age in years" hint="Enter 0 for a baby under 1"
                value={(*child_age).clone()} error={FieldError::for_field(errors, CHILD_AGE)}
                oninput={keep_text(&child_age)} width="govuk-input--width-3" numeric=true />
            <button type="submit" class="govuk-button">{ "Add child" }</button>
        </form>
    }
}
