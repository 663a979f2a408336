use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use web_sys::File;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::scenario_checks;
use crate::domain::scenario::file::{read, MAX_FILE_BYTES};
use crate::ui::forms::{FieldError, FileUpload};
use crate::ui::state::use_loaded_scenario;
use crate::ui::Route;

const SCENARIO_FILE: &str = "scenario-file";

async fn read_chosen_file(file: Option<File>) -> Result<Vec<u8>, String> {
    let file = file.ok_or_else(|| "Choose a scenario file first".to_owned())?;
    // Refused before reading, however big the file is.
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(format!(
            "The file is larger than {} KB, which is far more than any scenario needs. Choose a Hearth scenario file.",
            MAX_FILE_BYTES / 1024
        ));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| "The file could not be read. Try choosing it again.".to_owned())?;
    Ok(text.as_string().unwrap_or_default().into_bytes())
}

#[derive(Properties, PartialEq)]
pub struct ScenarioLoaderProps {
    /// The page's errors, listed in its error summary: this section's problems with the file.
    pub errors: UseStateHandle<Vec<FieldError>>,
}

/// Loads a trainer's own scenario file. A file with problems is refused with every problem
/// listed, and the scenario loaded before stays.
#[component]
pub fn ScenarioLoader(props: &ScenarioLoaderProps) -> Html {
    let loaded = use_loaded_scenario();
    let file = use_state(Option::<File>::default);
    let problems = &props.errors;
    let choose_file = {
        let file = file.clone();
        Callback::from(move |chosen| file.set(chosen))
    };
    let on_load = {
        let (file, loaded, problems) = (file.clone(), loaded.clone(), problems.clone());
        Callback::from(move |_| {
            let (chosen, loaded, problems) = ((*file).clone(), loaded.clone(), problems.clone());
            yew::platform::spawn_local(async move {
                let result = read_chosen_file(chosen)
                    .await
                    .map_err(|p| vec![p])
                    .and_then(|bytes| read(&bytes, &scenario_checks()));
                match result {
                    Ok(scenario) => {
                        problems.set(Vec::new());
                        loaded.set(Some(Rc::new(scenario)));
                    }
                    Err(found) => problems.set(
                        found.into_iter().map(|message| FieldError { field: SCENARIO_FILE.into(), message }).collect(),
                    ),
                }
            });
        })
    };
    html! {
        <section class="hearth-subsection" aria-labelledby="load-scenario">
            <h2 class="govuk-heading-l" id="load-scenario">{ "Load your own scenario" }</h2>
            if !problems.is_empty() {
                <p class="govuk-body" role="status">
                    { format!("The file was not loaded: {} to fix.", match problems.len() { 1 => "1 problem".to_owned(), n => format!("{n} problems") }) }
                    if loaded.is_some() { { " The scenario loaded before is still here." } }
                </p>
            }
            <p class="govuk-body">
                { "A scenario file stays on this computer: Hearth reads it here and never sends it anywhere. \
                   Use only made-up families, never a real case." }
            </p>
            // Every problem is in the summary at the top; the field says the first, as the summary does.
            <FileUpload id={SCENARIO_FILE} label="Scenario file" hint="A .json file that starts from one downloaded from this page."
                accept=".json,application/json" value={(*file).clone()} onchange={choose_file}
                error={FieldError::for_field(problems, SCENARIO_FILE)} />
            <button type="button" class="govuk-button govuk-button--secondary" onclick={on_load}>{ "Load scenario" }</button>
            if let Some(scenario) = &*loaded {
                <div class="hearth-message" role="status">
                    <p class="govuk-body">{ format!("Loaded from your file: {}", scenario.title) }</p>
                    <p class="govuk-body govuk-!-margin-bottom-0 hearth-lone-link">
                        <Link<Route> to={Route::presenting(&scenario.id, 0, false)} classes="govuk-link">
                            { format!("Present {}", scenario.title) }
                        </Link<Route>>
                    </p>
                </div>
            }
        </section>
    }
}
