use wasm_bindgen_futures::JsFuture;
use web_sys::File;
use yew::prelude::*;

use crate::browser::{self, crypto};
use crate::content::{CASEWORK, CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::passphrase::{check_new, HINT};
use crate::domain::record_file::{export, export_sealed, open, ImportError, Opened, Snapshot, MAX_FILE_BYTES};
use crate::ui::components::warning_text::warning_text;
use crate::ui::forms::{keep_text, Choices, FieldError, FileUpload, Item, Radios, TextInput};
use crate::ui::state::{use_hearth, Action};

const EXPORT_PASSPHRASE: &str = "export-passphrase";
const IMPORT_FILE: &str = "import-file";
const IMPORT_PASSPHRASE: &str = "import-passphrase";

async fn read_chosen_file(file: Option<File>) -> Result<Vec<u8>, ImportError> {
    let file = file.ok_or(ImportError::NotHearth)?;
    // Refused before reading, however big the file is.
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(ImportError::TooLarge);
    }
    let text = JsFuture::from(file.text()).await.map_err(|_| ImportError::Damaged)?;
    Ok(text.as_string().unwrap_or_default().into_bytes())
}

/// Opens a record file's bytes, unsealing them with `passphrase` when the file is sealed.
pub async fn open_record(bytes: &[u8], passphrase: &str) -> Result<Snapshot, ImportError> {
    match open(bytes, &CONFLICT_OR_ABUSE, &SAFER_SLEEP, &CASEWORK)? {
        Opened::Plain(snapshot) => Ok(*snapshot),
        Opened::Sealed(_) if passphrase.is_empty() => Err(ImportError::NeedsPassphrase),
        Opened::Sealed(sealed) => {
            match open(&crypto::unseal(passphrase, &sealed).await?, &CONFLICT_OR_ABUSE, &SAFER_SLEEP, &CASEWORK)? {
                Opened::Plain(snapshot) => Ok(*snapshot),
                Opened::Sealed(_) => Err(ImportError::Damaged),
            }
        }
    }
}

// The two ways to protect the file: the radios' values and ids.
const SEALED: &str = "export-sealed";
const PLAIN: &str = "export-plain";

#[derive(Properties, PartialEq)]
pub struct RecordFileProps {
    /// The page's errors, which this section replaces when one of its buttons is pressed.
    pub errors: UseStateHandle<Vec<FieldError>>,
}

fn field_error(field: &'static str, message: impl ToString) -> Vec<FieldError> {
    vec![FieldError { field: field.into(), message: message.to_string() }]
}

/// Export the record as a file, sealed with a passphrase unless the practitioner chooses
/// otherwise before the download, and open one again. A file that cannot be opened leaves the
/// record open now untouched. Passphrases are cleared after every use.
#[component]
pub fn RecordFile(props: &RecordFileProps) -> Html {
    let state = use_hearth();
    let errors = &props.errors;
    // Sealed unless the practitioner chooses otherwise. Initialisers are shared functions rather
    // than closures, so each kind of state costs its code once.
    let unsealed = use_state(bool::default);
    let export_passphrase = use_state(String::new);
    let import_file = use_state(Option::<File>::default);
    let import_passphrase = use_state(String::new);
    let message = use_state(Option::<(bool, String)>::default);
    let busy = use_state(bool::default);

    let on_export = {
        let (state, unsealed, export_passphrase, errors, message, busy) =
            (state.clone(), unsealed.clone(), export_passphrase.clone(), errors.clone(), message.clone(), busy.clone());
        Callback::from(move |_| {
            let passphrase = (*export_passphrase).clone();
            export_passphrase.set(String::new());
            if !*unsealed {
                if let Err(problem) = check_new(&passphrase) {
                    errors.set(field_error(EXPORT_PASSPHRASE, problem));
                    message.set(None);
                    return;
                }
            }
            errors.set(Vec::new());
            let plain = export(&state.snapshot(), &CONFLICT_OR_ABUSE, &SAFER_SLEEP, browser::today());
            let (sealing, message, busy) = (!*unsealed, message.clone(), busy.clone());
            busy.set(true);
            yew::platform::spawn_local(async move {
                let file = if sealing {
                    crypto::seal(&passphrase, &plain).await.map(|sealed| export_sealed(&sealed))
                } else {
                    Ok(plain)
                };
                let saved = file.and_then(|text| browser::save_file("hearth-record.json", &text));
                message.set(Some(match (saved, sealing) {
                    (Ok(()), true) => {
                        (true, "The record file is ready, protected by your passphrase. Look in your downloads.".into())
                    }
                    (Ok(()), false) => (
                        true,
                        "The record file is ready, without a passphrase, as you chose. Look in your downloads.".into(),
                    ),
                    (Err(_), _) => (false, "The file could not be made in this browser. Nothing was saved.".into()),
                }));
                busy.set(false);
            });
        })
    };
    let on_import = {
        let (state, import_file, import_passphrase, errors, message, busy) = (
            state.clone(),
            import_file.clone(),
            import_passphrase.clone(),
            errors.clone(),
            message.clone(),
            busy.clone(),
        );
        Callback::from(move |_| {
            let (chosen, passphrase) = ((*import_file).clone(), (*import_passphrase).clone());
            import_passphrase.set(String::new());
            message.set(None);
            if chosen.is_none() {
                errors.set(field_error(IMPORT_FILE, "Choose a record file to open"));
                return;
            }
            errors.set(Vec::new());
            let (state, import_file, errors, message, busy) =
                (state.clone(), import_file.clone(), errors.clone(), message.clone(), busy.clone());
            busy.set(true);
            yew::platform::spawn_local(async move {
                let opened = match read_chosen_file(chosen).await {
                    Ok(bytes) => open_record(&bytes, &passphrase).await,
                    Err(error) => Err(error),
                };
                match opened {
                    Ok(snapshot) => {
                        state.dispatch(Action::OpenRecord(Box::new(snapshot)));
                        // Empties the file input too: an opened file is no longer chosen.
                        import_file.set(None);
                        message.set(Some((true, "The record is open.".into())));
                    }
                    Err(error @ (ImportError::NeedsPassphrase | ImportError::WrongPassphrase)) => {
                        errors.set(field_error(IMPORT_PASSPHRASE, error));
                    }
                    Err(error) => errors.set(field_error(IMPORT_FILE, error)),
                }
                busy.set(false);
            });
        })
    };
    let choose = {
        let (unsealed, errors) = (unsealed.clone(), errors.clone());
        Callback::from(move |choice: &'static str| {
            unsealed.set(choice == PLAIN);
            // The passphrase's problem goes with the passphrase's field.
            if FieldError::for_field(&errors, EXPORT_PASSPHRASE).is_some() {
                errors.set(Vec::new());
            }
        })
    };
    let choose_file = {
        let import_file = import_file.clone();
        Callback::from(move |file| import_file.set(file))
    };
    let protections = vec![
        Item::new(SEALED, "Seal with a passphrase (recommended)").id(SEALED).conditional(html! {
            <TextInput id={EXPORT_PASSPHRASE} label="Passphrase for the file" hint={HINT} password=true
                value={(*export_passphrase).clone()} oninput={keep_text(&export_passphrase)}
                error={FieldError::for_field(errors, EXPORT_PASSPHRASE)} width="govuk-input--width-20" />
        }),
        Item::new(PLAIN, "Save without a passphrase: anyone who gets the file can read it")
            .id(PLAIN)
            .conditional(warning_text(
            "Anyone who gets this file can read everything in the record. Keep it only where no one else can reach it.",
        )),
    ];
    html! {
        <section class="hearth-subsection" aria-labelledby="record-file">
            <h2 class="govuk-heading-l" id="record-file">{ "Move this record as a file" }</h2>
            <p class="govuk-body">{ "Nothing leaves this device unless you move it yourself." }</p>
            <Radios id="export-protection" legend="How should the file be protected?"
                choices={Choices::one_of(protections, Some(&if *unsealed { PLAIN } else { SEALED }), choose)} />
            <button type="button" class="govuk-button govuk-button--secondary" onclick={on_export} disabled={*busy}>
                { "Export record as a file" }
            </button>
            <FileUpload id={IMPORT_FILE} label="Open a record file" hint="Opening a record replaces the one open now."
                accept=".json,application/json" value={(*import_file).clone()} onchange={choose_file}
                error={FieldError::for_field(errors, IMPORT_FILE)} />
            <TextInput id={IMPORT_PASSPHRASE} label="Passphrase, if the file has one" password=true
                value={(*import_passphrase).clone()} oninput={keep_text(&import_passphrase)} width="govuk-input--width-20"
                error={FieldError::for_field(errors, IMPORT_PASSPHRASE)} />
            <button type="button" class="govuk-button govuk-button--secondary" onclick={on_import} disabled={*busy}>{ "Open record" }</button>
            if let Some((ok, text)) = &*message {
                <div class={classes!("hearth-message", (!ok).then_some("hearth-message--problem"))} role={if *ok { "status" } else { "alert" }}>
                    <p class="govuk-body govuk-!-margin-bottom-0">{ text.clone() }</p>
                </div>
            }
        </section>
    }
}
