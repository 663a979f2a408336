use yew::prelude::*;

use crate::browser::storage;
use crate::ui::state::{use_hearth, Action};

/// "What is stored on this device", exactly as it is now, and a button that forgets it all.
#[component]
pub fn StoredHere() -> Html {
    let state = use_hearth();
    let keys = use_state(storage::hearth_keys);
    let outcome = use_state(|| Option::<Result<String, &'static str>>::None);
    let forget = {
        let (state, keys, outcome) = (state.clone(), keys.clone(), outcome.clone());
        Callback::from(move |_| {
            let had_answers = state.holds_answers();
            state.dispatch(Action::ForgetAnswers);
            let result = storage::forget_everything().map(|removed| {
                let mut parts: Vec<String> = removed.iter().map(|k| storage::describe(k).to_owned()).collect();
                if had_answers {
                    parts.push("The answers open in this tab".to_owned());
                }
                if parts.is_empty() {
                    "There was nothing to remove: Hearth held nothing on this device.".to_owned()
                } else {
                    format!("Removed: {}.", parts.join("; "))
                }
            });
            keys.set(storage::hearth_keys());
            outcome.set(Some(result));
        })
    };
    html! {
        <section class="hearth-stored" aria-labelledby="stored-here">
            <h2 class="govuk-heading-m" id="stored-here">{ "What is stored on this device now" }</h2>
            <ul class="govuk-list govuk-list--bullet">
                <li>
                    { if state.holds_answers() { "In this tab's memory: the answers you have open. They go when you close the tab." }
                      else { "In this tab's memory: nothing." } }
                </li>
                if keys.is_empty() {
                    <li>{ "In this browser's storage: nothing from Hearth." }</li>
                } else {
                    { for keys.iter().map(|key| html! {
                        <li>{ format!("In this browser's storage: {} (stored as \"{key}\").", storage::describe(key)) }</li>
                    }) }
                }
                <li>
                    { "Where Hearth is hosted on a website: a copy of Hearth's own program files, kept by the browser so that \
                       Hearth opens without a network. It holds nothing you enter. Clearing this site's data in the browser removes it." }
                </li>
            </ul>
            if let Some(result) = &*outcome {
                <div class={classes!("hearth-message", result.is_err().then_some("hearth-message--problem"))} role="status">
                    <p class="govuk-body govuk-!-margin-bottom-0">{ match result { Ok(text) => text.clone(), Err(problem) => (*problem).to_owned() } }</p>
                </div>
            }
            <button type="button" class="govuk-button govuk-button--warning" onclick={forget}>{ "Forget everything on this device" }</button>
        </section>
    }
}
