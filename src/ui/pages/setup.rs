use wasm_bindgen_futures::JsFuture;
use web_sys::File;
use yew::prelude::*;

use super::help::help_lines;
use crate::browser::{self, crypto, local_file};
use crate::content::{local, CONFLICT_OR_ABUSE};
use crate::domain::conflict::question::OutcomeKind;
use crate::domain::local_settings::draft::{
    contact_field, own_contact_field, stage_field, Draft, FieldProblem, MAX_OWN_CONTACTS, PROCEDURE_FIELDS,
};
use crate::domain::local_settings::file::{built_into, read, write, MAX_FILE_BYTES, MAX_STAGES};
use crate::domain::local_settings::{ContactRole, LocalSettings, CONTACT_ROLES};
use crate::ui::components::step_contacts::step_contacts;
use crate::ui::forms::{self, Editing, ErrorSummary, FieldError, FileUpload, TextInput, Textarea};

const SETTINGS_FILE: &str = "settings-file";
const SINGLE_FILE: &str = "hearth.html";

/// What the page last did, said beside where it was asked for.
#[derive(Clone, PartialEq)]
enum Done {
    /// A file filled the form.
    Loaded,
    LocalFile,
    /// The single file is saved: its SHA-256, when the browser could work it out.
    SingleFile(Option<String>),
    NoSingleFile,
}

type Form = forms::Form<Draft>;

/// Makes a partnership's `local.json`, or a single file with it built in, from a form that starts
/// with the settings in use. Everything happens in this tab; the user saves the file.
#[component]
pub fn Setup() -> Html {
    let form = use_reducer(|| Editing(Draft::from_settings(local())));
    let summary = use_state(Vec::<FieldError>::new);
    // Once a file is asked for, every problem shows at its field, not only mistakes in typing.
    let asked = use_state(|| false);
    let chosen = use_state(Option::<File>::default);
    let done = use_state(Option::<Done>::default);
    let (settings, problems) = form.settings(browser::today());
    let shown: Vec<FieldProblem> = problems.iter().filter(|p| p.in_typing || *asked).cloned().collect();
    let fields = Fields { form: &form, shown: &shown };

    let on_load = {
        let (chosen, form, summary, done) = (chosen.clone(), form.dispatcher(), summary.clone(), done.clone());
        Callback::from(move |_| {
            let (file, form, summary, done) = ((*chosen).clone(), form.clone(), summary.clone(), done.clone());
            yew::platform::spawn_local(async move {
                match chosen_bytes(file).await.and_then(|bytes| read(&bytes)) {
                    Ok(loaded) => {
                        summary.set(Vec::new());
                        done.set(Some(Done::Loaded));
                        form.dispatch(Box::new(move |draft: &mut Draft| *draft = Draft::from_settings(&loaded)));
                    }
                    Err(found) => {
                        done.set(None);
                        summary.set(
                            found
                                .into_iter()
                                .map(|message| FieldError { field: SETTINGS_FILE.into(), message })
                                .collect(),
                        );
                    }
                }
            });
        })
    };
    let download = |single: bool| {
        let (settings, problems) = (settings.clone(), problems.clone());
        let (summary, asked, done) = (summary.clone(), asked.clone(), done.clone());
        Callback::from(move |_: MouseEvent| {
            asked.set(true);
            done.set(None);
            let text = match file_text(&settings, &problems) {
                Ok(text) => text,
                Err(found) => return summary.set(found),
            };
            summary.set(Vec::new());
            if !single {
                if browser::save_file("local.json", &text).is_ok() {
                    done.set(Some(Done::LocalFile));
                }
                return;
            }
            let done = done.clone();
            yew::platform::spawn_local(async move { done.set(Some(single_file(&text).await)) });
        })
    };
    // A row added is where the user carries on: its first field takes focus once it is drawn.
    let added = use_state(Option::<String>::default);
    use_effect_with((*added).clone(), |added| {
        if let Some(field) = added {
            browser::focus(field);
        }
    });
    let add_stage = {
        let (form, added, n) = (form.dispatcher(), added.clone(), form.stage_rows);
        Callback::from(move |_| {
            form.dispatch(Box::new(|draft: &mut Draft| draft.stage_rows += 1));
            added.set(Some(stage_field(n, "id")));
        })
    };
    let add_own_contact = {
        let (form, added, n) = (form.dispatcher(), added.clone(), form.own_contact_rows);
        Callback::from(move |_| {
            form.dispatch(Box::new(|draft: &mut Draft| draft.own_contact_rows += 1));
            added.set(Some(own_contact_field(n, "id")));
        })
    };
    let load_refused = summary.iter().any(|error| error.field == SETTINGS_FILE);

    // An area's contacts and addresses are no one's personal details: the idle lock leaves them.
    html! {
        <div data-not-personal="">
            <ErrorSummary errors={(*summary).clone()} />
            <h1 class="govuk-heading-xl">{ "Set up Hearth for your area" }</h1>
            <p class="govuk-body-l">
                { "Make the local settings file (local.json) that gives Hearth your area's contacts, procedures \
                   and escalation stages. Nothing you enter here leaves this device: Hearth makes the file in \
                   this browser and you choose where to save it. The form starts with the settings this copy of \
                   Hearth uses now." }
            </p>

            <h2 class="govuk-heading-l">{ "Start from your local.json" }</h2>
            <p class="govuk-body">
                { "Load the local.json you use now, so an update is an edit, not a rewrite. A file with problems is \
                   not loaded, and the form keeps what it holds." }
            </p>
            <FileUpload id={SETTINGS_FILE} label="local.json file" accept=".json,application/json" value={(*chosen).clone()}
                onchange={let chosen = chosen.clone(); Callback::from(move |file| chosen.set(file))}
                error={load_refused.then_some(AttrValue::Static(
                    "The file was not loaded: its problems are listed at the top of the page. The form still holds what it did."
                ))} />
            <button type="button" class="govuk-button govuk-button--secondary" onclick={on_load}>{ "Load local.json" }</button>
            if *done == Some(Done::Loaded) {
                <p class="hearth-message" role="status">
                    { "Loaded: the form now holds the settings from your file. Check each one, then download local.json again." }
                </p>
            }

            <h2 class="govuk-heading-l">{ "Your area" }</h2>
            { fields.text("area", "Area or partnership name", "Shown in headings, such as \"Local contacts in Northshire\". Leave empty for none.", None) }
            { fields.text("exit-url", "Where Exit this page goes", "A full web address starting with https://, of a busy, everyday website.", None) }
            { fields.text("idle-minutes", "Minutes without use before an open record is locked or cleared", "A whole number from 2 to 240. 30 suits most home visits.", Some("govuk-input--width-3")) }

            <h2 class="govuk-heading-l">{ "Local contacts" }</h2>
            <p class="govuk-body">
                { "Next steps point to these contacts. Leave a contact's name and number empty if your area has no such \
                   contact: it is left out." }
            </p>
            { for CONTACT_ROLES.iter().map(|role| contact(&fields, role)) }

            <h3 class="govuk-heading-m">{ "Contacts of your own" }</h3>
            <p class="govuk-body">
                { "Optional. The Help page lists them with your area's other contacts; no next step points to them. \
                   A contact left empty is left out." }
            </p>
            { for (0..form.own_contact_rows).map(|n| own_contact(&fields, n)) }
            if form.own_contact_rows < MAX_OWN_CONTACTS {
                <button type="button" class="govuk-button govuk-button--secondary" onclick={add_own_contact}>{ "Add a contact of your own" }</button>
            }

            <h2 class="govuk-heading-l">{ "Your procedures" }</h2>
            { for PROCEDURE_FIELDS.iter().map(|(field, label)| fields.text(field, label, "A full web address starting with https://. Leave empty if it is not online.", None)) }

            <h2 class="govuk-heading-l">{ "Escalation stages" }</h2>
            <p class="govuk-body">
                { "Optional. Without any, Hearth offers its usual four stages for challenging a decision. A stage left \
                   empty is left out." }
            </p>
            { for (0..form.stage_rows).map(|n| stage(&fields, n)) }
            if form.stage_rows < MAX_STAGES {
                <button type="button" class="govuk-button govuk-button--secondary" onclick={add_stage}>{ "Add an escalation stage" }</button>
            }

            <h2 class="govuk-heading-l">{ "Preview with these settings" }</h2>
            { preview(&settings) }

            <h2 class="govuk-heading-l">{ "Download" }</h2>
            <p class="govuk-body">
                { "The file says it was updated today." }
            </p>
            <div class="govuk-button-group">
                <button type="button" id="download" class="govuk-button" onclick={download(false)}>{ "Download local.json" }</button>
                <button type="button" class="govuk-button govuk-button--secondary" onclick={download(true)}>
                    { "Download Hearth as a single file with these settings" }
                </button>
            </div>
            { done.as_ref().map(saved).unwrap_or_default() }
        </div>
    }
}

/// The form's fields, each showing its own problem.
struct Fields<'a> {
    form: &'a Form,
    shown: &'a [FieldProblem],
}

impl Fields<'_> {
    fn error(&self, field: &str) -> Option<AttrValue> {
        self.shown.iter().find(|problem| problem.field == field).map(|problem| problem.message.clone().into())
    }

    fn typing(&self, field: &str) -> Callback<String> {
        let (form, field) = (self.form.dispatcher(), field.to_owned());
        Callback::from(move |text: String| {
            let field = field.clone();
            form.dispatch(Box::new(move |draft: &mut Draft| draft.set(&field, &text)));
        })
    }

    fn text(&self, field: &str, label: &str, hint: &'static str, width: Option<&'static str>) -> Html {
        html! {
            <TextInput id={field.to_owned()} label={label.to_owned()} hint={(!hint.is_empty()).then_some(AttrValue::Static(hint))}
                error={self.error(field)} value={self.form.get(field).to_owned()} oninput={self.typing(field)} {width} />
        }
    }

    fn area(&self, field: &str, label: &'static str, hint: &'static str) -> Html {
        html! {
            <Textarea id={field.to_owned()} {label} hint={(!hint.is_empty()).then_some(AttrValue::Static(hint))} rows={2} error={self.error(field)}
                value={self.form.get(field).to_owned()} oninput={self.typing(field)} />
        }
    }
}

fn fieldset(legend: String, fields: Html) -> Html {
    html! {
        <div class="govuk-form-group">
            <fieldset class="govuk-fieldset">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{ legend }</legend>
                { fields }
            </fieldset>
        </div>
    }
}

fn contact(fields: &Fields, role: &ContactRole) -> Html {
    let purpose_hint = "Hearth's own words to start with: change them as you like.";
    contact_fieldset(fields, role.label.to_owned(), &|part: &str| contact_field(role, part), None, purpose_hint)
}

fn own_contact(fields: &Fields, n: usize) -> Html {
    let field = |part: &str| own_contact_field(n, part);
    let id = fields.text(
        &field("id"),
        "Id",
        "Small letters, digits and hyphens, such as health-visiting.",
        Some("govuk-input--width-20"),
    );
    contact_fieldset(fields, format!("Your contact {}", n + 1), &field, Some(id), "")
}

fn contact_fieldset(
    fields: &Fields,
    legend: String,
    field: &dyn Fn(&str) -> String,
    id: Option<Html>,
    purpose_hint: &'static str,
) -> Html {
    fieldset(
        legend,
        html! {
            <>
                { id.unwrap_or_default() }
                { fields.text(&field("name"), "Name", "", None) }
                { fields.text(&field("number"), "Phone number", "As people dial it, with spaces, such as 01632 960 001", Some("govuk-input--width-20")) }
                { fields.text(&field("hours"), "Hours", "Such as Monday to Friday, 9am to 5pm. Leave empty if it always answers.", None) }
                { fields.area(&field("purpose"), "Why someone would call", purpose_hint) }
            </>
        },
    )
}

fn stage(fields: &Fields, n: usize) -> Html {
    fieldset(
        format!("Escalation stage {}", n + 1),
        html! {
            <>
                { fields.text(&stage_field(n, "id"), "Id", "Small letters, digits and hyphens, such as talk-to-manager. Keep it from year to year: saved records remember it.", Some("govuk-input--width-20")) }
                { fields.text(&stage_field(n, "label"), "Name", "", None) }
                { fields.area(&stage_field(n, "hint"), "What to do at this stage", "") }
            </>
        },
    )
}

/// The Help page's lines and the next steps of a high-risk outcome, as they will be.
fn preview(settings: &LocalSettings) -> Html {
    let steps = CONFLICT_OR_ABUSE.outcome(OutcomeKind::HighRisk).steps.iter().filter(|step| !step.contacts.is_empty());
    html! {
        <>
            <details class="govuk-details">
                <summary class="govuk-details__summary"><span class="govuk-details__summary-text">{ "The Help page" }</span></summary>
                <div class="govuk-details__text">{ help_lines(settings) }</div>
            </details>
            <details class="govuk-details">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{ "Next steps when high-risk markers are present" }</span>
                </summary>
                <div class="govuk-details__text">
                    <ol class="govuk-list govuk-list--number">
                        { for steps.map(|step| html! {
                            <li>
                                <p class="govuk-body">{ step.text.replace("{at_risk}", "the person at risk") }</p>
                                { step_contacts(settings, step) }
                            </li>
                        }) }
                    </ol>
                </div>
            </details>
        </>
    }
}

/// The file's text, read back as Hearth will read it, or every problem with the form.
fn file_text(settings: &LocalSettings, problems: &[FieldProblem]) -> Result<String, Vec<FieldError>> {
    let error = |field: &str, message: String| FieldError { field: field.to_owned().into(), message };
    if !problems.is_empty() {
        return Err(problems.iter().map(|problem| error(&problem.field, problem.message.clone())).collect());
    }
    let text = write(settings);
    read(text.as_bytes())
        .map(|_| text)
        .map_err(|found| found.into_iter().map(|message| error("download", message)).collect())
}

async fn chosen_bytes(file: Option<File>) -> Result<Vec<u8>, Vec<String>> {
    let file = file.ok_or_else(|| vec!["Choose a local.json file first".to_owned()])?;
    // Refused before reading, however big the file is.
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(vec![format!(
            "The file is larger than {} KB, far more than any local settings need. Choose your local.json.",
            MAX_FILE_BYTES / 1024
        )]);
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| vec!["The file could not be read. Try choosing it again.".to_owned()])?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Builds the settings into the release's single file beside this page and saves it.
async fn single_file(text: &str) -> Done {
    let page = local_file::fetch_beside(SINGLE_FILE).await.and_then(|bytes| String::from_utf8(bytes).ok());
    let Some(built) = page.and_then(|page| built_into(&page, text)) else { return Done::NoSingleFile };
    if browser::save_file(SINGLE_FILE, &built).is_err() {
        return Done::NoSingleFile;
    }
    Done::SingleFile(crypto::sha256_hex(built.as_bytes()).await.ok())
}

fn saved(done: &Done) -> Html {
    let said = |text: &str| html! { <p class="govuk-body">{ text.to_owned() }</p> };
    let body = match done {
        Done::Loaded => return Html::default(),
        Done::LocalFile => said(
            "local.json is downloaded. Put it beside index.html in the folder you host Hearth from, replacing the \
             one there (HOSTING.md in the release download says how). Hearth uses it from the next visit.",
        ),
        Done::SingleFile(sha256) => html! {
            <>
                { said("hearth.html is downloaded, with these settings built in. It opens from a laptop or USB stick with no network.") }
                if let Some(sha256) = sha256 {
                    <Textarea id="single-file-sha256" label="SHA-256 of hearth.html" rows={2} readonly=true value={sha256.clone()}
                        hint="Publish it beside the file, so people can check their copy with: sha256sum hearth.html" />
                } else {
                    { said("This browser could not work out its SHA-256: run sha256sum hearth.html and publish what it prints.") }
                }
            </>
        },
        Done::NoSingleFile => said(
            "This copy of Hearth was not installed from a release download, so it cannot make a single file. Download \
             local.json instead, and use the release's hearth.html with make single-file LOCAL=path/to/local.json.",
        ),
    };
    html! { <div class="hearth-message" role="status">{ body }</div> }
}
