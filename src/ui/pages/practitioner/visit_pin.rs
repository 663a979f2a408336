use yew::prelude::*;

use crate::browser;
use crate::domain::visit_lock::{check_pin, MAX_TRIES};
use crate::ui::callbacks::Sends;
use crate::ui::forms::{keep_text, FieldError, TextInput};
use crate::ui::state::{use_hearth, Action};

const VISIT_PIN: &str = "visit-pin";
const VISIT_PIN_AGAIN: &str = "visit-pin-again";
const PIN_SET: &str = "visit-pin-set";

#[derive(Properties, PartialEq)]
pub struct VisitPinProps {
    /// The page's errors, which this form replaces when it is sent.
    pub errors: UseStateHandle<Vec<FieldError>>,
}

/// A PIN or passphrase for this visit, typed twice: with one, Hearth locks the record after the
/// idle time instead of clearing it. Held in memory only, like the record.
#[component]
pub fn VisitPin(props: &VisitPinProps) -> Html {
    let state = use_hearth();
    let pin = use_state(String::new);
    let again = use_state(String::new);
    // Set when the practitioner sets the PIN, so that focus follows to what changed, and only then.
    let just_set = use_mut_ref(bool::default);
    let errors = &props.errors;

    {
        let just_set = just_set.clone();
        use_effect_with(state.visit_pin.is_some(), move |_| {
            if std::mem::take(&mut *just_set.borrow_mut()) {
                browser::focus(PIN_SET);
            }
        });
    }

    if state.visit_pin.is_some() {
        let lock = state.sends(|_: MouseEvent| Action::Lock);
        let remove = state.sends(|_: MouseEvent| Action::VisitPin(None));
        return html! {
            <>
                <p class="govuk-body" id={PIN_SET} tabindex="-1">
                    { format!("A PIN is set for this visit. After {} minutes without use, Hearth locks the record \
                               until it is entered.", state.idle_minutes()) }
                </p>
                <div class="govuk-button-group">
                    <button type="button" class="govuk-button" onclick={lock}>{ "Lock now" }</button>
                    <button type="button" class="govuk-button govuk-button--secondary" onclick={remove}>
                        { "Remove the PIN" }
                    </button>
                </div>
            </>
        };
    }

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
                    *just_set.borrow_mut() = true;
                    state.dispatch(Action::VisitPin(Some(pin)));
                }
                Err(problem) => errors.set(vec![FieldError {
                    field: if problem.in_second_field() { VISIT_PIN_AGAIN } else { VISIT_PIN }.into(),
                    message: problem.to_string(),
                }]),
            }
        })
    };
    html! {
        <form {onsubmit} novalidate=true>
            <h3 class="govuk-heading-m">{ "Lock with a PIN for this visit" }</h3>
            <p class="govuk-body">
                { format!("With a PIN or passphrase set, Hearth locks the record instead of clearing it, and only the \
                           PIN opens it again. It is held only in this tab's memory, for this visit: it is not saved \
                           anywhere, and it goes when you close the tab or use Exit this page. Hearth cannot recover \
                           a lost PIN, and after {MAX_TRIES} wrong tries it clears the record.") }
            </p>
            <TextInput id={VISIT_PIN} label="PIN or passphrase for this visit" hint="At least 4 characters"
                password=true value={(*pin).clone()} oninput={keep_text(&pin)}
                error={FieldError::for_field(errors, VISIT_PIN)} width="govuk-input--width-20" />
            <TextInput id={VISIT_PIN_AGAIN} label="Type it again" password=true value={(*again).clone()}
                oninput={keep_text(&again)} error={FieldError::for_field(errors, VISIT_PIN_AGAIN)}
                width="govuk-input--width-20" />
            <button type="submit" class="govuk-button">{ "Set PIN" }</button>
        </form>
    }
}
