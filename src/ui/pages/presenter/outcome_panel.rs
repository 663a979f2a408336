use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;

/// One practitioner outcome beside a step, short enough to read from the back of a room: the
/// outcome and what most needs saying about it (`notes`), with the answers that led to it one
/// click away, in `answers`.
///
/// `set` names the question set and `id` its panel; `outcome` is the outcome's id and `title`
/// its wording; `changed` says whether the last step revealed changed it.
pub fn outcome_panel(
    (set, id): (&str, &'static str),
    (outcome, title): (&str, &str),
    changed: bool,
    notes: Html,
    answers: Html,
) -> Html {
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
            { notes }
            <details class="govuk-details hearth-outcome-panel__answers">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{ "The answers behind this" }</span>
                </summary>
                <div class="govuk-details__text">
                    { answers }
                    <p class="hearth-outcome-panel__rules hearth-lone-link"><Link<Route> to={Route::HowHearthDecides} classes="govuk-link">{ "How Hearth decides" }</Link<Route>></p>
                </div>
            </details>
        </section>
    }
}
