use yew::prelude::*;

/// One practitioner outcome beside a step, short enough to read from the back of a room; the
/// answers that led to it are one click away, in `answers`.
///
/// `set` names the question set and `id` its panel; `outcome` is the outcome's id and `title`
/// its wording; `changed` says whether the last step revealed changed it.
pub fn outcome_panel(set: &str, id: &'static str, outcome: &str, title: &str, changed: bool, answers: Html) -> Html {
    html! {
        <section class={classes!("hearth-outcome-panel", format!("hearth-outcome-panel--{outcome}"))}
            aria-labelledby={id} data-outcome={outcome.to_owned()}>
            <h2 class="hearth-outcome-panel__set" {id}>{ set }</h2>
            <p class="hearth-outcome-panel__outcome">
                { title }
                if changed {
                    <strong class="hearth-changed">{ "Changed" }</strong>
                }
            </p>
            <details class="govuk-details hearth-outcome-panel__answers">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{ "The answers behind this" }</span>
                </summary>
                <div class="govuk-details__text">{ answers }</div>
            </details>
        </section>
    }
}
