use yew::prelude::*;
use yew_router::prelude::*;

use super::record_file::open_record;
use super::shell::MAIN_ID;
use crate::browser;
use crate::domain::visit_lock::{tries_left, wrong_pin_message, MAX_TRIES};
use crate::ui::forms::{keep_text, ErrorSummary, FieldError, TextInput};
use crate::ui::state::{use_hearth, Action, Lock};
use crate::ui::Route;

const UNLOCK_PIN: &str = "unlock-pin";

#[derive(Properties, PartialEq)]
pub struct LockScreenProps {
    /// Forgets everything, saying why.
    pub clear: Callback<String>,
}

/// The lock over a sealed record: the PIN or passphrase set for the visit opens it, on the page
/// it was locked on. Too many wrong tries, or Forget and leave, clear it.
#[component]
pub fn LockScreen(props: &LockScreenProps) -> Html {
    let state = use_hearth();
    let pin = use_state(String::new);
    let wrong = use_state(u8::default);
    let error = use_state(Option::<String>::default);
    // The page under the lock, whose title comes back with it.
    let here = use_mut_ref(|| Route::Home);
    *here.borrow_mut() = use_route::<Route>().unwrap_or(Route::NotFound);

    // The error summary takes focus when there is an error; otherwise the field has it.
    use_effect_with(error.is_some(), move |has_error| {
        browser::show_locked(true);
        browser::set_title(&format!("{}Hearth is locked – Hearth", if *has_error { "Error: " } else { "" }));
        if !has_error {
            browser::focus(UNLOCK_PIN);
        }
        move || {
            browser::show_locked(false);
            browser::set_title(&here.borrow().document_title(false));
        }
    });

    let onsubmit = {
        let (state, pin, wrong, error, clear) =
            (state.clone(), pin.clone(), wrong.clone(), error.clone(), props.clear.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = pin.trim().to_owned();
            pin.set(String::new());
            if typed.is_empty() {
                error.set(Some("Enter the PIN or passphrase for this visit".into()));
                return;
            }
            let (state, wrong, error, clear) = (state.clone(), wrong.clone(), error.clone(), clear.clone());
            yew::platform::spawn_local(async move {
                let opened = match &state.lock {
                    Lock::Locked(sealed) => open_record(sealed.as_bytes(), &typed).await.ok(),
                    // Still being sealed: the record and the PIN are still here.
                    _ => (state.visit_pin.as_ref() == Some(&typed)).then(|| state.snapshot()),
                };
                if let Some(snapshot) = opened {
                    state.dispatch(Action::Unlocked { snapshot: Box::new(snapshot), pin: typed });
                    browser::focus(MAIN_ID);
                    return;
                }
                let count = wrong.saturating_add(1);
                wrong.set(count);
                match tries_left(count) {
                    Some(left) => error.set(Some(wrong_pin_message(left))),
                    None => clear.emit(format!("The record was cleared after {MAX_TRIES} wrong tries at the lock.")),
                }
            });
        })
    };
    let forget = props.clear.reform(|_| "You chose Forget and leave, so the record was cleared.".to_owned());

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
                    hint={format!("After {MAX_TRIES} wrong tries, Hearth clears the record.")}
                    value={(*pin).clone()} oninput={keep_text(&pin)} error={(*error).clone()}
                    width="govuk-input--width-20" />
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
