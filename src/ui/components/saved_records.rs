use yew::prelude::*;

use crate::browser::{self, crypto, storage};
use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::record_file::{export, export_sealed, ImportError, Snapshot};
use crate::ui::components::record_file::open_record;
use crate::ui::components::text_field::{keep_text, TextField};
use crate::ui::state::{use_hearth, Action};

async fn unseal_saved(name: &str, passphrase: &str) -> Result<Snapshot, ImportError> {
    let file = storage::saved_record(name).ok_or(ImportError::Damaged)?;
    open_record(file.as_bytes(), passphrase).await
}

/// Saving records on this device: off until the practitioner chooses, always sealed with a
/// passphrase, listed with open and delete.
#[component]
pub fn SavedRecords() -> Html {
    let state = use_hearth();
    let name = use_state(String::new);
    let passphrase = use_state(String::new);
    let saved = use_state(storage::saved_records);
    let message = use_state(|| Option::<(bool, String)>::None);

    let on_save = {
        let (state, name, passphrase, saved, message) =
            (state.clone(), name.clone(), passphrase.clone(), saved.clone(), message.clone());
        Callback::from(move |_| {
            let (record_name, secret) = (name.trim().to_owned(), (*passphrase).clone());
            if record_name.is_empty() || secret.is_empty() {
                message.set(Some((false, "Enter a name for the saved record and a passphrase to protect it.".into())));
                return;
            }
            let plain = export(&state.snapshot(), &CONFLICT_OR_ABUSE, &SAFER_SLEEP, browser::today());
            let (saved, message, passphrase) = (saved.clone(), message.clone(), passphrase.clone());
            yew::platform::spawn_local(async move {
                let result = match crypto::seal(&secret, &plain).await {
                    Ok(sealed) => storage::save_record(&record_name, &export_sealed(&sealed)),
                    Err(_) => Err("This browser could not protect the record, so it was not saved."),
                };
                message.set(Some(match result {
                    Ok(()) => {
                        (true, format!("Saved on this device as \"{record_name}\", protected by your passphrase."))
                    }
                    Err(problem) => (false, problem.to_owned()),
                }));
                passphrase.set(String::new());
                saved.set(storage::saved_records());
            });
        })
    };
    let on_open = |record_name: String| {
        let (state, passphrase, message) = (state.clone(), passphrase.clone(), message.clone());
        Callback::from(move |_| {
            let (record_name, secret, state, message) =
                (record_name.clone(), (*passphrase).clone(), state.clone(), message.clone());
            yew::platform::spawn_local(async move {
                message.set(Some(match unseal_saved(&record_name, &secret).await {
                    Ok(snapshot) => {
                        state.dispatch(Action::OpenRecord(Box::new(snapshot)));
                        (true, format!("\"{record_name}\" is open."))
                    }
                    Err(error) => (false, error.to_string()),
                }));
            });
        })
    };
    let on_delete = |record_name: String| {
        let (saved, message) = (saved.clone(), message.clone());
        Callback::from(move |_| {
            message.set(Some(match storage::delete_record(&record_name) {
                Ok(()) => (true, format!("\"{record_name}\" was deleted from this device.")),
                Err(problem) => (false, problem.to_owned()),
            }));
            saved.set(storage::saved_records());
        })
    };
    html! {
        <section class="hearth-subsection" aria-labelledby="saved-records">
            <h2 class="govuk-heading-l" id="saved-records">{ "Save on this device" }</h2>
            <p class="govuk-body">
                { "Off unless you choose it. A saved record is encrypted with your passphrase and stays in this \
                   browser until you delete it. Only save on a device that is yours or your organisation's." }
            </p>
            <TextField id="saved-name" label="Name for the saved record" hint="Not a real name: for example, initials and a date"
                value={(*name).clone()} oninput={keep_text(&name)} width="govuk-input--width-20" />
            <div class="govuk-form-group">
                <label class="govuk-label" for="saved-passphrase">{ "Passphrase" }</label>
                <div class="govuk-hint" id="saved-passphrase-hint">{ "Needed to save and to open. Hearth cannot recover it." }</div>
                <input class="govuk-input govuk-input--width-20" id="saved-passphrase" type="password" autocomplete="off"
                    aria-describedby="saved-passphrase-hint" value={(*passphrase).clone()}
                    oninput={keep_text(&passphrase).reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().value())} />
            </div>
            <button type="button" class="govuk-button govuk-button--secondary" onclick={on_save}>{ "Save this record on this device" }</button>
            if let Some((ok, text)) = &*message {
                <div class={classes!("hearth-message", (!ok).then_some("hearth-message--problem"))} role={if *ok { "status" } else { "alert" }}>
                    <p class="govuk-body govuk-!-margin-bottom-0">{ text.clone() }</p>
                </div>
            }
            if !saved.is_empty() {
                <h3 class="govuk-heading-m">{ "Records saved on this device" }</h3>
                <dl class="govuk-summary-list">
                    { for saved.iter().map(|record_name| html! {
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{ record_name.clone() }</dt>
                            <dd class="govuk-summary-list__actions">
                                <button type="button" class="govuk-button govuk-button--secondary hearth-button--compact" onclick={on_open(record_name.clone())}>
                                    { "Open" }<span class="govuk-visually-hidden">{ format!(" {record_name} with the passphrase above") }</span>
                                </button>
                                { " " }
                                <button type="button" class="govuk-button govuk-button--warning hearth-button--compact" onclick={on_delete(record_name.clone())}>
                                    { "Delete" }<span class="govuk-visually-hidden">{ format!(" {record_name}") }</span>
                                </button>
                            </dd>
                        </div>
                    }) }
                </dl>
            }
        </section>
    }
}
