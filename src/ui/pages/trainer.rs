use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::{built_in_scenario, SCENARIO_FILES};
use crate::ui::components::scenario_guide::scenario_guide;
use crate::ui::components::scenario_loader::ScenarioLoader;
use crate::ui::components::warning_text::warning_text;
use crate::ui::forms::{ErrorSummary, FieldError};
use crate::ui::Route;

/// Choose, load or adapt a scenario for a learning event.
#[component]
pub fn Trainer() -> Html {
    let failed_download = use_state(|| false);
    // The scenario file's problems, summarised at the top of the page.
    let errors = use_state(Vec::<FieldError>::new);
    let (_, phones_can_follow) = browser::address_for("/trainer");
    let scenarios = SCENARIO_FILES.iter().filter_map(|(id, text)| {
        let scenario = built_in_scenario(id)?;
        let on_download = {
            let failed_download = failed_download.clone();
            let (id, text) = (*id, *text);
            Callback::from(move |_| failed_download.set(browser::save_file(&format!("{id}.json"), text).is_err()))
        };
        Some(html! {
            <li class="hearth-scenario-choice">
                <h3 class="govuk-heading-m">{ &scenario.title }</h3>
                <p class="govuk-body">{ scenario.words(&scenario.summary, false) }</p>
                <div class="govuk-button-group">
                    <Link<Route> to={Route::presenting(id, 0, false)} classes="govuk-button">
                        { "Present" }<span class="govuk-visually-hidden">{ format!(" {}", scenario.title) }</span>
                    </Link<Route>>
                    <button type="button" class="govuk-button govuk-button--secondary" onclick={on_download}>
                        { "Download to adapt" }<span class="govuk-visually-hidden">{ format!(" {}", scenario.title) }</span>
                    </button>
                </div>
            </li>
        })
    });
    html! {
        <>
            <ErrorSummary errors={(*errors).clone()} />
            <h1 class="govuk-heading-xl">{ "Trainer mode" }</h1>
            <p class="govuk-body-l">
                { "For multi-agency learning events. Reveal what each agency knew about a made-up family, one agency at a time, \
                   and watch both practitioner outcomes change only when the pieces are put together." }
            </p>
            <h2 class="govuk-heading-l">{ "Choose a scenario" }</h2>
            <ul class="govuk-list">{ for scenarios }</ul>
            if *failed_download {
                <p class="govuk-error-message" role="alert">{ "The file could not be made in this browser." }</p>
            }
            <h2 class="govuk-heading-l">{ "Presenting" }</h2>
            <p class="govuk-body">{ "These notes are for you; the slides show only what the room needs." }</p>
            <ul class="govuk-list govuk-list--bullet">
                <li>{ "→, Space or a presentation remote moves to the next slide, ← back, Home and End to the first and last. S swaps which adult is the mother and which the father; the outcomes stay the same." }</li>
                <li>{ "The outcomes beside each step come from the same rules as the practitioner tools, using only what has been shared so far. \"The answers behind this\" shows the answers that led to each." }</li>
                <li>{ "Q, or Phone code, shows a code for participants to follow the slides on their phones. It holds only the scenario and the slide." }</li>
                <li>{ "Once this page has loaded, trainer mode needs no network: venue Wi-Fi can drop without stopping you." }</li>
            </ul>
            if !phones_can_follow {
                { warning_text("Phones cannot open Hearth here: it is running from this computer only. Host it on your organisation's website for participants to follow.") }
            }
            <ScenarioLoader {errors} />
            { scenario_guide() }
        </>
    }
}
