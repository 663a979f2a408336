use yew::prelude::*;

use crate::domain::visit_lock::{check_pin, MAX_TRIES};
use crate::ui::callbacks::Sends;
use crate::ui::forms::{keep_text, FieldError, TextInput};
use crate::ui::state::{use_hearth, Action};

const VISIT_PIN: &str = "visit-pin";
const VISIT_PIN_AGAIN: &str = "visit-pin-again";

#[derive(Properties, PartialEq)]
pub struct VisitPinProps {
    /// The page's errors, which this form replaces when it is sent.
    pub errors: UseStateHandle<Vec<FieldError>>,
}

/// A PIN or passphrase for this visit, typed twice: with one, Hearth locks the record after the
/// idle time instead of clearing it. Held in memory only, like the record. The form stays where
/// it is once a PIN is set, to change it, so focus is never lost; the status line says which.
#[component]
pub fn VisitPin(props: &VisitPinProps) -> Html {
    let state = use_hearth();
    let pin = use_state(String::new);
    let again = use_state(String::new);
    let errors = &props.errors;
    let set = state.visit_pin.is_some();

    let onsubmit = {
        let (state, pin, again, errors) = (state.clone(), pin.clone(), again.clone(), errors.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let checked = check_pin(&pin, &again);
            pin.set(String::new());
            again.set(String::new());
            match checked {
                Ok(pin) => {
                    errors.set(Vec::new());
                    state.dispatch(Action::VisitPin(Some(pin)));
                }
                Err(problem) => errors.set(vec![FieldError {
                    field: if problem.in_second_field() { VISIT_PIN_AGAIN } else { VISIT_PIN }.into(),
                    message: problem.to_string(),
                }]),
            }
        })
    };
    let status = if set {
        format!("A PIN is set for this visit: after {} minutes without use, Hearth locks the record.", state.idle_minutes())
    } else {
        "No PIN is set: Hearth warns you a minute before the time runs out, then clears the record.".to_owned()
    };
    html! {
        <form {onsubmit} novalidate=true>
            <p class="govuk-body">
                { format!("With a PIN or passphrase for this visit, Hearth locks the record instead of clearing it, \
                           and only the PIN opens it again. The PIN is held only in this tab's memory: it is not \
                           saved, and it goes when you close the tab or use Exit this page. Hearth cannot recover a \
                           lost PIN, and clears the record after {MAX_TRIES} wrong tries.") }
            </p>
            <p class="govuk-body" aria-live="polite">{ status }</p>
            <TextInput id={VISIT_PIN} label="PIN or passphrase for this visit" hint="At least 4 characters"
                password=true value={(*pin).clone()} oninput={keep_text(&pin)}
                error={FieldError::for_field(errors, VISIT_PIN)} width="govuk-input--width-20" />
            <TextInput id={VISIT_PIN_AGAIN} label="Type it again" password=true value={(*again).clone()}
                oninput={keep_text(&again)} error={FieldError::for_field(errors, VISIT_PIN_AGAIN)}
                width="govuk-input--width-20" />
            <div class="govuk-button-group">
                <button type="submit" class="govuk-button">{ if set { "Change the PIN" } else { "Set PIN" } }</button>
                if set {
                    <>
                    <button type="button" class="govuk-button govuk-button--secondary" onclick={state.sends(|_| Action::Lock)}>
                        { "Lock now" }
                    </button>
                    <button type="button" class="govuk-button govuk-button--secondary"
                        onclick={state.sends(|_| Action::VisitPin(None))}>{ "Remove the PIN" }</button>
                    </>
                }
            </div>
        </form>
    }
}
