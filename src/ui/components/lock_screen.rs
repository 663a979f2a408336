use yew::prelude::*;
use yew_router::prelude::*;

use super::shell::MAIN_ID;
use crate::browser::{self, crypto};
use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::record_file::{open, Opened};
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
    let busy = use_state(bool::default);
    let sealed = match &state.lock {
        Lock::Locked(sealed) => Some(sealed.clone()),
        _ => None,
    };
    // The page under the lock, whose title comes back with it.
    let here = use_mut_ref(|| Route::Home);
    *here.borrow_mut() = use_route::<Route>().unwrap_or(Route::NotFound);

    use_effect_with(error.is_some(), |has_error| {
        browser::set_title(&format!("{}Hearth is locked – Hearth", if *has_error { "Error: " } else { "" }));
    });
    use_effect_with(sealed.is_some(), |ready| browser::focus(if *ready { UNLOCK_PIN } else { MAIN_ID }));
    use_effect_with((), move |_| move || browser::set_title(&here.borrow().document_title(false)));

    let onsubmit = {
        let (state, pin, wrong, error, busy, clear) =
            (state.clone(), pin.clone(), wrong.clone(), error.clone(), busy.clone(), props.clear.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = pin.trim().to_owned();
            pin.set(String::new());
            let Some(sealed) = sealed.clone().filter(|_| !*busy) else { return };
            if typed.is_empty() {
                error.set(Some("Enter the PIN or passphrase for this visit".into()));
                return;
            }
            let (state, wrong, error, busy, clear) =
                (state.clone(), wrong.clone(), error.clone(), busy.clone(), clear.clone());
            busy.set(true);
            yew::platform::spawn_local(async move {
                let opened = match crypto::unseal(&typed, &sealed).await {
                    Ok(bytes) => open(&bytes, &CONFLICT_OR_ABUSE, &SAFER_SLEEP).ok(),
                    Err(_) => None,
                };
                busy.set(false);
                if let Some(Opened::Plain(snapshot)) = opened {
                    state.dispatch(Action::Unlocked { snapshot, pin: typed });
                    browser::focus(MAIN_ID);
                    return;
                }
                let count = wrong.saturating_add(1);
                match tries_left(count) {
                    Some(left) => {
                        wrong.set(count);
                        error.set(Some(wrong_pin_message(left)));
                    }
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
            if state.lock == Lock::Locking {
                <p class="govuk-body">{ "Locking the record…" }</p>
            } else {
                <p class="govuk-body">
                    { "The record you had open is held in this tab only in encrypted form. Enter the PIN or \
                       passphrase set for this visit to go back to it." }
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
                <p class="govuk-body">
                    { "Forget and leave clears the record now, for example if the PIN is lost, and goes to the \
                       start page. Exit this page clears it too, and leaves Hearth." }
                </p>
            }
        </>
    }
}
