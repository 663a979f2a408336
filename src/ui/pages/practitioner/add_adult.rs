use yew::prelude::*;

use super::{field_error, new_label};
use crate::ui::forms::{keep_text, FieldError, TextInput};
use crate::ui::state::{use_hearth, Action};

const ADULT_LABEL: &str = "adult-label";

#[derive(Properties, PartialEq)]
pub struct AddAdultProps {
    /// The page's errors, which this form replaces when it is sent.
    pub errors: UseStateHandle<Vec<FieldError>>,
}

/// Adds an adult to the family record by a label: initials or a role.
#[component]
pub fn AddAdult(props: &AddAdultProps) -> Html {
    let state = use_hearth();
    let adult_label = use_state(String::new);
    let errors = &props.errors;

    let onsubmit = {
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

    html! {
        <form {onsubmit} novalidate=true>
            <h3 class="govuk-heading-m">{ "Add an adult" }</h3>
            <TextInput id={ADULT_LABEL} label="Label for this adult"
                hint="Initials or a role, such as Mother, Father, Partner or Grandparent"
                value={(*adult_label).clone()} error={FieldError::for_field(errors, ADULT_LABEL)}
                oninput={keep_text(&adult_label)} width="govuk-input--width-20" />
            <button type="submit" class="govuk-button">{ "Add adult" }</button>
        </form>
    }
}
