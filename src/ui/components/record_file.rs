use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::{self, crypto};
use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::record_file::{export, export_sealed, open, ImportError, Opened, Snapshot, MAX_FILE_BYTES};
use crate::ui::state::{use_hearth, Action};

const EXPORT_PASSPHRASE: &str = "export-passphrase";
const IMPORT_FILE: &str = "import-file";
const IMPORT_PASSPHRASE: &str = "import-passphrase";

fn input(id: &str) -> Option<HtmlInputElement> {
    browser::document().get_element_by_id(id).and_then(|e| e.dyn_into().ok())
}

async fn read_chosen_file() -> Result<Vec<u8>, ImportError> {
    let file = input(IMPORT_FILE).and_then(|i| i.files()).and_then(|f| f.get(0)).ok_or(ImportError::NotHearth)?;
    // Refused before reading, however big the file is.
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(ImportError::TooLarge);
    }
    let text = JsFuture::from(file.text()).await.map_err(|_| ImportError::Damaged)?;
    Ok(text.as_string().unwrap_or_default().into_bytes())
}

/// Opens a record file's bytes, unsealing them with `passphrase` when the file is sealed.
pub async fn open_record(bytes: &[u8], passphrase: &str) -> Result<Snapshot, ImportError> {
    match open(bytes, &CONFLICT_OR_ABUSE, &SAFER_SLEEP)? {
        Opened::Plain(snapshot) => Ok(*snapshot),
        Opened::Sealed(_) if passphrase.is_empty() => Err(ImportError::NeedsPassphrase),
        Opened::Sealed(sealed) => {
            match open(&crypto::unseal(passphrase, &sealed).await?, &CONFLICT_OR_ABUSE, &SAFER_SLEEP)? {
                Opened::Plain(snapshot) => Ok(*snapshot),
                Opened::Sealed(_) => Err(ImportError::Damaged),
            }
        }
    }
}

/// Export the record as a file (sealed with a passphrase if one is given) and open one again.
/// A file that cannot be opened leaves the record open now untouched.
#[component]
pub fn RecordFile() -> Html {
    let state = use_hearth();
    let message = use_state(|| Option::<(bool, String)>::None);
    let busy = use_state(|| false);

    let on_export = {
        let (state, message, busy) = (state.clone(), message.clone(), busy.clone());
        Callback::from(move |_| {
            let plain = export(&state.snapshot(), &CONFLICT_OR_ABUSE, &SAFER_SLEEP, browser::today());
            let passphrase = input(EXPORT_PASSPHRASE).map(|i| i.value()).unwrap_or_default();
            let (message, busy) = (message.clone(), busy.clone());
            busy.set(true);
            yew::platform::spawn_local(async move {
                let file = if passphrase.is_empty() {
                    Ok(plain)
                } else {
                    crypto::seal(&passphrase, &plain).await.map(|sealed| export_sealed(&sealed))
                };
                let saved = file.and_then(|text| browser::save_file("hearth-record.json", &text));
                message.set(Some(match (saved, passphrase.is_empty()) {
                    (Ok(()), false) => {
                        (true, "The record file is ready, protected by your passphrase. Look in your downloads.".into())
                    }
                    (Ok(()), true) => (
                        true,
                        "The record file is ready. It is not protected: anyone with the file can read it.".into(),
                    ),
                    (Err(_), _) => (false, "The file could not be made in this browser. Nothing was saved.".into()),
                }));
                busy.set(false);
            });
        })
    };
    let on_import = {
        let (state, message, busy) = (state.clone(), message.clone(), busy.clone());
        Callback::from(move |_| {
            let passphrase = input(IMPORT_PASSPHRASE).map(|i| i.value()).unwrap_or_default();
            let (state, message, busy) = (state.clone(), message.clone(), busy.clone());
            busy.set(true);
            yew::platform::spawn_local(async move {
                let opened = match read_chosen_file().await {
                    Ok(bytes) => open_record(&bytes, &passphrase).await,
                    Err(error) => Err(error),
                };
                message.set(Some(match opened {
                    Ok(snapshot) => {
                        state.dispatch(Action::OpenRecord(Box::new(snapshot)));
                        (true, "The record is open.".into())
                    }
                    Err(error) => (false, error.to_string()),
                }));
                busy.set(false);
            });
        })
    };
    html! {
        <section class="hearth-subsection" aria-labelledby="record-file">
            <h2 class="govuk-heading-l" id="record-file">{ "Move this record as a file" }</h2>
            <p class="govuk-body">
                { "Nothing leaves this device unless you move it yourself. A passphrase protects the file; \
                   without one, anyone who gets the file can read it." }
            </p>
            <div class="govuk-form-group">
                <label class="govuk-label" for={EXPORT_PASSPHRASE}>{ "Passphrase for the file (optional)" }</label>
                <div class="govuk-hint" id="export-passphrase-hint">{ "Use several words. Hearth cannot recover a lost passphrase." }</div>
                <input class="govuk-input govuk-input--width-20" id={EXPORT_PASSPHRASE} type="password" autocomplete="new-password"
                    aria-describedby="export-passphrase-hint" />
            </div>
            <button type="button" class="govuk-button govuk-button--secondary" onclick={on_export} disabled={*busy}>
                { "Export record as a file" }
            </button>
            <div class="govuk-form-group">
                <label class="govuk-label" for={IMPORT_FILE}>{ "Open a record file" }</label>
                <div class="govuk-hint" id="import-file-hint">{ "Opening a record replaces the one open now." }</div>
                <input class="govuk-file-upload" id={IMPORT_FILE} type="file" accept=".json,application/json" aria-describedby="import-file-hint" />
            </div>
            <div class="govuk-form-group">
                <label class="govuk-label" for={IMPORT_PASSPHRASE}>{ "Passphrase, if the file has one" }</label>
                <input class="govuk-input govuk-input--width-20" id={IMPORT_PASSPHRASE} type="password" autocomplete="off" />
            </div>
            <button type="button" class="govuk-button govuk-button--secondary" onclick={on_import} disabled={*busy}>{ "Open record" }</button>
            if let Some((ok, text)) = &*message {
                <div class={classes!("hearth-message", (!ok).then_some("hearth-message--problem"))} role={if *ok { "status" } else { "alert" }}>
                    <p class="govuk-body govuk-!-margin-bottom-0">{ text.clone() }</p>
                </div>
            }
        </section>
    }
}
