use yew::prelude::*;

use crate::browser::offline::{self, OfflineCopy};
use crate::browser::storage;
use crate::ui::forms::Checkbox;
use crate::ui::state::{use_hearth, Action};

/// "What is stored on this device", exactly as it is now, and a button that forgets it all,
/// with the offline copy too unless the user keeps it.
#[component]
pub fn StoredHere() -> Html {
    let state = use_hearth();
    let keys = use_state(storage::hearth_keys);
    // None until the browser has said; reading its offline copy takes a moment.
    let copy = use_state(|| Option::<OfflineCopy>::None);
    let remove_copy = use_state(|| true);
    let outcome = use_state(|| Option::<Result<String, &'static str>>::None);
    {
        let copy = copy.setter();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move { copy.set(Some(offline::current().await)) })
        });
    }
    let on_remove_copy = {
        let remove_copy = remove_copy.setter();
        Callback::from(move |remove: bool| remove_copy.set(remove))
    };
    let forget = {
        let (state, keys, copy, outcome) = (state.clone(), keys.clone(), copy.setter(), outcome.setter());
        let remove_copy = *remove_copy;
        Callback::from(move |_| {
            let had_answers = state.holds_answers();
            state.dispatch(Action::ForgetAnswers);
            let stored = storage::forget_everything();
            keys.set(storage::hearth_keys());
            let (copy, outcome) = (copy.clone(), outcome.clone());
            yew::platform::spawn_local(async move {
                let removed_copy = if remove_copy { offline::forget().await } else { Ok(OfflineCopy::default()) };
                let now = offline::current().await;
                copy.set(Some(now));
                let kept_copy = if remove_copy { OfflineCopy::default() } else { now };
                outcome.set(Some(describe_forgetting(stored, had_answers, removed_copy, kept_copy)));
            });
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
                if let Some(copy) = *copy {
                    <li>
                        { if copy.is_empty() { "In this browser's offline copy: nothing from Hearth.".to_owned() }
                          else { format!("In this browser's offline copy: {}, so that Hearth opens without a network. \
                                          It holds nothing you enter.", copy.describe()) } }
                    </li>
                }
            </ul>
            if let Some(result) = &*outcome {
                <div class={classes!("hearth-message", result.is_err().then_some("hearth-message--problem"))} role="status">
                    <p class="govuk-body govuk-!-margin-bottom-0">{ match result { Ok(text) => text.clone(), Err(problem) => (*problem).to_owned() } }</p>
                </div>
            }
            if offline::available() {
                <Checkbox id="forget-offline-copy" label="Also remove the offline copy of Hearth"
                    hint="Hearth will then need a network to open on this device, until it is next opened from its website."
                    checked={*remove_copy} onchange={on_remove_copy} small=true />
            }
            <button type="button" class="govuk-button govuk-button--warning" onclick={forget}>{ "Forget everything on this device" }</button>
        </section>
    }
}

/// What Forget everything did, in words: each thing removed, and the offline copy if it was kept.
fn describe_forgetting(
    stored: Result<Vec<String>, &'static str>,
    had_answers: bool,
    removed_copy: Result<OfflineCopy, &'static str>,
    kept_copy: OfflineCopy,
) -> Result<String, &'static str> {
    let mut removed: Vec<String> = stored?.iter().map(|key| storage::describe(key).to_owned()).collect();
    if had_answers {
        removed.push("The answers open in this tab".to_owned());
    }
    let removed_copy = removed_copy?;
    if !removed_copy.is_empty() {
        removed.push(format!("The offline copy ({})", removed_copy.describe()));
    }
    Ok(match (removed.is_empty(), kept_copy.is_empty()) {
        (true, true) => "There was nothing to remove: Hearth held nothing on this device.".to_owned(),
        (true, false) => {
            "Nothing was removed: Hearth held nothing on this device but its offline copy, which you chose to keep."
                .to_owned()
        }
        (false, true) => format!("Removed: {}.", removed.join("; ")),
        (false, false) => format!("Removed: {}. The offline copy of Hearth is kept, as you chose.", removed.join("; ")),
    })
}
