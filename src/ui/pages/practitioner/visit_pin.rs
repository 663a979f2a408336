use yew::prelude::*;

use crate::domain::visit_lock::{check_pin, WHAT_A_PIN_DOES};
use crate::ui::callbacks::Sends;
use crate::ui::forms::{keep_text, FieldError, TextInput};
use crate::ui::state::{Action, HearthContext};

const VISIT_PIN: &str = "visit-pin";
const VISIT_PIN_AGAIN: &str = "visit-pin-again";

/// A PIN or passphrase for this visit, typed twice into `pin` and `again`: with one, Hearth
/// locks the record after the idle time instead of clearing it. The form stays once a PIN is
/// set, to change it, so focus is never lost; the status line says which. Its problems replace
/// the page's `errors`.
pub fn visit_pin(
    state: &HearthContext,
    pin: &UseStateHandle<String>,
    again: &UseStateHandle<String>,
    errors: &UseStateHandle<Vec<FieldError>>,
) -> Html {
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
        format!(
            "A PIN is set for this visit: after {} minutes without use, Hearth locks the record.",
            state.idle_minutes()
        )
    } else {
        "No PIN is set: Hearth warns you a minute before the time runs out, then clears the record.".to_owned()
    };
    html! {
        <form {onsubmit} novalidate=true>
            <p class="govuk-body">{ WHAT_A_PIN_DOES }</p>
            <p class="govuk-body" aria-live="polite">{ status }</p>
            <TextInput id={VISIT_PIN} label="PIN or passphrase for this visit" hint="At least 4 characters"
                password=true value={(**pin).clone()} oninput={keep_text(pin)}
                error={FieldError::for_field(errors, VISIT_PIN)} width="govuk-input--width-20" />
            <TextInput id={VISIT_PIN_AGAIN} label="Type it again" password=true value={(**again).clone()}
                oninput={keep_text(again)} error={FieldError::for_field(errors, VISIT_PIN_AGAIN)}
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
