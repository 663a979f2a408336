use std::rc::Rc;

use yew::prelude::*;

use crate::browser::storage::{self, Listed, RECORD_PREFIX};
use crate::browser::{self, crypto};
use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::passphrase::{check_new, HINT};
use crate::domain::record_file::{export, ImportError, Snapshot};
use crate::domain::saved_record::{contents, read_contents, read_stored, stored, Stored};
use crate::ui::components::record_file::open_record;
use crate::ui::components::warning_text::warning_text;
use crate::ui::forms::{keep_text, FieldError, TextInput};
use crate::ui::state::{use_hearth, Action};

const NAME: &str = "saved-name";
const SAVE_PASSPHRASE: &str = "saved-passphrase";
const OPEN_PASSPHRASE: &str = "saved-open-passphrase";
const CONFIRM: &str = "saved-confirm";
const NOT_PROTECTED: &str = "This browser could not protect the record, so it was not saved.";

fn new_key() -> Result<String, &'static str> {
    crypto::random_id().map(|id| storage::record_key(&id)).map_err(|_| NOT_PROTECTED)
}

/// Seals the record file and its name together with `passphrase`, and keeps them under `key`.
async fn save(key: &str, name: &str, passphrase: &str, record_file: &str) -> Result<(), &'static str> {
    let sealed = crypto::seal(passphrase, &contents(name, record_file)).await.map_err(|_| NOT_PROTECTED)?;
    storage::save_record(key, &stored(browser::this_minute(), &sealed))
}

struct Unlocked {
    name: String,
    snapshot: Snapshot,
    record_file: String,
    earlier: bool,
}

async fn unlock(key: &str, passphrase: &str) -> Result<Unlocked, ImportError> {
    let text = storage::saved_record(key).ok_or(ImportError::Damaged)?;
    let (name, record_file, earlier) = match read_stored(&text)? {
        Stored::Current { sealed, .. } => {
            let (name, record_file) = read_contents(&crypto::unseal(passphrase, &sealed).await?)?;
            (name, record_file, false)
        }
        Stored::Earlier(sealed) => {
            let plain = crypto::unseal(passphrase, &sealed).await?;
            let name = key.strip_prefix(RECORD_PREFIX).unwrap_or_default().to_owned();
            (name, String::from_utf8(plain).map_err(|_| ImportError::Damaged)?, true)
        }
    };
    let snapshot = open_record(record_file.as_bytes(), "").await?;
    Ok(Unlocked { name, snapshot, record_file, earlier })
}

/// A saved record as the list names it: by its name once opened or saved in this tab, and
/// otherwise by when it was saved.
fn title(listed: &Listed, name: Option<&String>) -> String {
    match (name, listed) {
        (Some(name), _) | (None, Listed::Earlier(name)) => name.clone(),
        (None, Listed::Saved(at)) => format!("Saved record, {at}"),
        (None, Listed::Unreadable) => "A saved record that cannot be read".to_owned(),
    }
}

/// The record in a sentence, once it is deleted.
fn called(listed: &Listed, name: Option<&String>) -> String {
    match (name, listed) {
        (Some(name), _) | (None, Listed::Earlier(name)) => format!("\"{name}\""),
        (None, Listed::Saved(at)) => format!("The record saved {at}"),
        (None, Listed::Unreadable) => "The saved record that could not be read".to_owned(),
    }
}

fn detail(listed: &Listed, named: bool) -> String {
    match listed {
        Listed::Saved(at) if named => format!("Saved {at}"),
        Listed::Saved(_) => "Its name shows once you open it with its passphrase.".to_owned(),
        Listed::Earlier(_) => "Saved by an earlier version of Hearth, which kept its name readable on this device. \
                               Open it to save it again with its name sealed inside."
            .to_owned(),
        Listed::Unreadable => "It is damaged and cannot be opened. You can delete it.".to_owned(),
    }
}

#[derive(Properties, PartialEq)]
pub struct SavedRecordsProps {
    /// The page's errors, which this section replaces when one of its buttons is pressed.
    pub errors: UseStateHandle<Vec<FieldError>>,
}

/// Saving records on this device: off until the practitioner chooses, always sealed with a
/// passphrase, the name sealed inside; listed with open and delete. A save never replaces
/// another record without asking.
#[component]
pub fn SavedRecords(props: &SavedRecordsProps) -> Html {
    let state = use_hearth();
    let errors = props.errors.clone();
    let name = use_state(String::new);
    let save_passphrase = use_state(String::new);
    let open_passphrase = use_state(String::new);
    let saved = use_state(storage::saved_records);
    // The key of a saved record with the name being saved, until the practitioner decides.
    let replacing = use_state(Option::<String>::default);
    let message = use_state(Option::<(bool, String)>::default);
    let busy = use_state(bool::default);

    use_effect_with(replacing.is_some(), |asking| {
        if *asking {
            browser::focus(CONFIRM);
        }
    });

    let save_to = {
        let (state, name, save_passphrase, saved, replacing, message, busy) = (
            state.clone(),
            name.clone(),
            save_passphrase.clone(),
            saved.clone(),
            replacing.clone(),
            message.clone(),
            busy.clone(),
        );
        Rc::new(move |key: String| {
            let (record_name, secret) = (name.trim().to_owned(), (*save_passphrase).clone());
            save_passphrase.set(String::new());
            replacing.set(None);
            let plain = export(&state.snapshot(), &CONFLICT_OR_ABUSE, &SAFER_SLEEP, browser::today());
            let (state, name, saved, message, busy) =
                (state.clone(), name.clone(), saved.clone(), message.clone(), busy.clone());
            busy.set(true);
            yew::platform::spawn_local(async move {
                message.set(Some(match save(&key, &record_name, &secret, &plain).await {
                    Ok(()) => {
                        state.dispatch(Action::SavedName { key, name: Some(record_name.clone()) });
                        name.set(String::new());
                        (true, format!("Saved on this device as \"{record_name}\", protected by your passphrase."))
                    }
                    Err(problem) => (false, problem.to_owned()),
                }));
                saved.set(storage::saved_records());
                busy.set(false);
            });
        })
    };

    let on_save = {
        let (state, name, save_passphrase, replacing, errors, message, save_to) = (
            state.clone(),
            name.clone(),
            save_passphrase.clone(),
            replacing.clone(),
            errors.clone(),
            message.clone(),
            save_to.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            message.set(None);
            let found: Vec<FieldError> = [
                name.trim()
                    .is_empty()
                    .then(|| FieldError { field: NAME.into(), message: "Enter a name for the saved record".into() }),
                check_new(&save_passphrase)
                    .err()
                    .map(|problem| FieldError { field: SAVE_PASSPHRASE.into(), message: problem.to_string() }),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !found.is_empty() {
                save_passphrase.set(String::new());
                errors.set(found);
                return;
            }
            errors.set(Vec::new());
            match state.saved_names.iter().find(|(_, known)| known == name.trim()) {
                Some((key, _)) => replacing.set(Some(key.clone())),
                None => match new_key() {
                    Ok(key) => save_to(key),
                    Err(problem) => {
                        save_passphrase.set(String::new());
                        message.set(Some((false, problem.to_owned())));
                    }
                },
            }
        })
    };
    let on_replace = {
        let (replacing, save_to) = (replacing.clone(), save_to.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(key) = (*replacing).clone() {
                save_to(key);
            }
        })
    };
    let on_cancel = {
        let (replacing, save_passphrase, message) = (replacing.clone(), save_passphrase.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            replacing.set(None);
            save_passphrase.set(String::new());
            message.set(Some((true, "Nothing was saved. The saved record is as it was.".to_owned())));
        })
    };
    let on_open = |key: String| {
        let (state, open_passphrase, saved, errors, message, busy) =
            (state.clone(), open_passphrase.clone(), saved.clone(), errors.clone(), message.clone(), busy.clone());
        Callback::from(move |_: MouseEvent| {
            let secret = (*open_passphrase).clone();
            open_passphrase.set(String::new());
            message.set(None);
            if secret.is_empty() {
                errors.set(vec![FieldError {
                    field: OPEN_PASSPHRASE.into(),
                    message: "Enter the passphrase the record was saved with".into(),
                }]);
                return;
            }
            errors.set(Vec::new());
            busy.set(true);
            let (key, state, saved, errors, message, busy) =
                (key.clone(), state.clone(), saved.clone(), errors.clone(), message.clone(), busy.clone());
            yew::platform::spawn_local(async move {
                let outcome = match unlock(&key, &secret).await {
                    Ok(Unlocked { name, snapshot, record_file, earlier }) => {
                        state.dispatch(Action::OpenRecord(Box::new(snapshot)));
                        let mut text = format!("\"{name}\" is open.");
                        if earlier {
                            let resaved = match new_key() {
                                Ok(new) => save(&new, &name, &secret, &record_file).await.map(|()| new),
                                Err(problem) => Err(problem),
                            };
                            text.push_str(match resaved {
                                Ok(new) if storage::delete_record(&key).is_ok() => {
                                    state.dispatch(Action::SavedName { key: new, name: Some(name.clone()) });
                                    " It was saved by an earlier version of Hearth, which kept its name readable on \
                                     this device. It is now saved again with its name sealed inside."
                                }
                                Ok(new) => {
                                    state.dispatch(Action::SavedName { key: new, name: Some(name.clone()) });
                                    " It is now saved again with its name sealed inside, but the copy saved by an \
                                     earlier version of Hearth could not be removed: delete it below."
                                }
                                Err(_) => {
                                    " It was saved by an earlier version of Hearth, which keeps its name readable on \
                                     this device, and it could not be saved again with its name sealed inside."
                                }
                            });
                        } else {
                            state.dispatch(Action::SavedName { key: key.clone(), name: Some(name.clone()) });
                        }
                        Some(text)
                    }
                    Err(error @ ImportError::WrongPassphrase) => {
                        errors.set(vec![FieldError { field: OPEN_PASSPHRASE.into(), message: error.to_string() }]);
                        None
                    }
                    Err(error) => {
                        message.set(Some((false, error.to_string())));
                        None
                    }
                };
                if let Some(text) = outcome {
                    message.set(Some((true, text)));
                }
                saved.set(storage::saved_records());
                busy.set(false);
            });
        })
    };
    let on_delete = |key: String, label: String| {
        let (state, saved, message) = (state.clone(), saved.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            message.set(Some(match storage::delete_record(&key) {
                Ok(()) => {
                    state.dispatch(Action::SavedName { key: key.clone(), name: None });
                    (true, format!("{label} was deleted from this device."))
                }
                Err(problem) => (false, problem.to_owned()),
            }));
            saved.set(storage::saved_records());
        })
    };
    let name_of = |key: &String| state.saved_names.iter().find(|(k, _)| k == key).map(|(_, name)| name);
    let replacing_name = replacing.as_ref().and_then(name_of).cloned();
    html! {
        <section class="hearth-subsection" aria-labelledby="saved-records">
            <h2 class="govuk-heading-l" id="saved-records">{ "Save on this device" }</h2>
            <p class="govuk-body">
                { "Off unless you choose it. A saved record is encrypted with your passphrase, its name with it, and \
                   stays in this browser until you delete it. Only save on a device that is yours or your organisation's." }
            </p>
            <TextInput id={NAME} label="Name for the saved record" hint="Not a real name: for example, initials and a date"
                value={(*name).clone()} oninput={keep_text(&name)} error={FieldError::for_field(&errors, NAME)} width="govuk-input--width-20" />
            <TextInput id={SAVE_PASSPHRASE} label="Passphrase for the saved record" hint={HINT} password=true
                value={(*save_passphrase).clone()} oninput={keep_text(&save_passphrase)} error={FieldError::for_field(&errors, SAVE_PASSPHRASE)}
                width="govuk-input--width-20" />
            if let Some(existing) = replacing_name {
                <div id={CONFIRM} tabindex="-1">
                    { warning_text(&format!("A record called \"{existing}\" is already saved on this device. Saving now replaces it.")) }
                    <div class="govuk-button-group">
                        <button type="button" class="govuk-button govuk-button--warning" onclick={on_replace} disabled={*busy}>{ "Replace the saved record" }</button>
                        <button type="button" class="govuk-button govuk-button--secondary" onclick={on_cancel}>{ "Cancel" }</button>
                    </div>
                </div>
            } else {
                <button type="button" class="govuk-button govuk-button--secondary" onclick={on_save} disabled={*busy}>{ "Save this record on this device" }</button>
            }
            if let Some((ok, text)) = &*message {
                <div class={classes!("hearth-message", (!ok).then_some("hearth-message--problem"))} role={if *ok { "status" } else { "alert" }}>
                    <p class="govuk-body govuk-!-margin-bottom-0">{ text.clone() }</p>
                </div>
            }
            if !saved.is_empty() {
                <h3 class="govuk-heading-m">{ "Records saved on this device" }</h3>
                <TextInput id={OPEN_PASSPHRASE} label="Passphrase to open a saved record" hint="The passphrase the record was saved with"
                    password=true value={(*open_passphrase).clone()} oninput={keep_text(&open_passphrase)}
                    error={FieldError::for_field(&errors, OPEN_PASSPHRASE)} width="govuk-input--width-20" />
                <dl class="govuk-summary-list">
                    { for saved.iter().map(|(key, listed)| {
                        let name = name_of(key);
                        let label = title(listed, name);
                        html! {
                            <div class="govuk-summary-list__row">
                                <dt class="govuk-summary-list__key">{ label.clone() }</dt>
                                <dd class="govuk-summary-list__value">{ detail(listed, name.is_some()) }</dd>
                                <dd class="govuk-summary-list__actions">
                                    if *listed != Listed::Unreadable {
                                        <button type="button" class="govuk-button govuk-button--secondary hearth-button--compact"
                                            onclick={on_open(key.clone())} disabled={*busy}>
                                            { "Open" }<span class="govuk-visually-hidden">{ format!(" {label}") }</span>
                                        </button>
                                        { " " }
                                    }
                                    <button type="button" class="govuk-button govuk-button--warning hearth-button--compact"
                                        onclick={on_delete(key.clone(), called(listed, name))}>
                                        { "Delete" }<span class="govuk-visually-hidden">{ format!(" {label}") }</span>
                                    </button>
                                </dd>
                            </div>
                        }
                    }) }
                </dl>
            }
        </section>
    }
}
