use yew::prelude::*;

use crate::domain::visit_lock::TRIES_HINT;
use crate::ui::forms::{keep_text, ErrorSummary, FieldError, TextInput};

pub const UNLOCK_PIN: &str = "unlock-pin";

/// The lock over a sealed record, in place of the page: the PIN or passphrase set for the visit,
/// Unlock, and Forget and leave. What they do is the idle lock's.
pub fn lock_screen(
    pin: &UseStateHandle<String>,
    error: Option<String>,
    onsubmit: Callback<SubmitEvent>,
    forget: Callback<MouseEvent>,
) -> Html {
    let errors: Vec<FieldError> =
        error.iter().map(|message| FieldError { field: UNLOCK_PIN.into(), message: message.clone() }).collect();
    html! {
        <>
            <ErrorSummary {errors} />
            <h1 class="govuk-heading-xl">{ "Hearth is locked" }</h1>
            <p class="govuk-body">
                { "The record you had open is held in this tab only in encrypted form. Enter the PIN or passphrase \
                   set for this visit to go back to it. Forget and leave clears it now, for example if the PIN is \
                   lost." }
            </p>
            <form {onsubmit} novalidate=true>
                <TextInput id={UNLOCK_PIN} label="PIN or passphrase for this visit" password=true
                    hint={TRIES_HINT} value={(**pin).clone()}
                    oninput={keep_text(pin)} {error} width="govuk-input--width-20" />
                <div class="govuk-button-group">
                    <button type="submit" class="govuk-button">{ "Unlock" }</button>
                    <button type="button" class="govuk-button govuk-button--warning" onclick={forget}>
                        { "Forget and leave" }
                    </button>
                </div>
            </form>
        </>
    }
}
