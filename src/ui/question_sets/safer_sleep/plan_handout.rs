use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::national_helpline;
use crate::domain::conflict::summary::label_of;
use crate::ui::components::print_button::print_button;
use crate::ui::question_sets::safer_sleep::SleepStep;
use crate::ui::state::HearthContext;
use crate::ui::Route;

/// The family's own copy of the sleep plan: plain words, one printed page.
pub fn plan_handout(state: &HearthContext) -> Html {
    let routing = state.sleep_routing();
    let baby = state.sleep.baby(&state.record).map_or("your baby".to_owned(), |id| label_of(&state.record, id));
    let lullaby = national_helpline("lullaby-information");
    let or_ask = |text: &str| if text.trim().is_empty() { "(to agree)".to_owned() } else { text.trim().to_owned() };
    html! {
        <article class="hearth-family-plan">
            <Link<Route> to={Route::SleepStep { step: SleepStep::Plan }} classes="govuk-back-link">{ "Back to the plan" }</Link<Route>>
            <h1 class="govuk-heading-l">{ format!("Sleep plan for {baby}") }</h1>
            <p class="govuk-body hearth-print-meta">{ format!("Made on {} with Hearth {}", browser::today(), env!("CARGO_PKG_VERSION")) }</p>
            <h2 class="govuk-heading-m">{ "Every sleep, day and night" }</h2>
            <ul class="govuk-list govuk-list--bullet">
                <li>{ "On their back." }</li>
                <li>{ "In their own cot or Moses basket: clear, flat and firm, with nothing else in it." }</li>
                <li>{ "In the same room as you for the first 6 months." }</li>
                <li>{ "Never on a sofa or armchair with an adult." }</li>
                <li>{ "Not in a bed with anyone who has been drinking, taken drugs or medicine that makes them sleepy, or who smokes." }</li>
            </ul>
            <h2 class="govuk-heading-m">{ "When things are different" }</h2>
            if routing.situations.is_empty() {
                <p class="govuk-body">{ "Nothing is planned yet. If something changes, like visitors or a night out, plan where the baby will sleep and who is in charge." }</p>
            } else {
                <p class="govuk-body">{ "Who's in charge? If adults are drinking, one adult stays sober and looks after the baby." }</p>
                <dl class="govuk-summary-list">
                    { for routing.situations.iter().map(|situation| {
                        let plan = state.sleep.plans.get(situation.id).cloned().unwrap_or_default();
                        html! {
                            <div class="govuk-summary-list__row">
                                <dt class="govuk-summary-list__key">{ situation.plan_label.unwrap_or(situation.text) }</dt>
                                <dd class="govuk-summary-list__value">
                                    <p class="govuk-body govuk-!-margin-bottom-1">{ format!("Baby sleeps: {}", or_ask(&plan.where_baby_sleeps)) }</p>
                                    <p class="govuk-body govuk-!-margin-bottom-1">{ format!("In charge, and sober: {}", or_ask(&plan.who_is_in_charge)) }</p>
                                    <p class="govuk-body govuk-!-margin-bottom-0">{ format!("We need: {}", or_ask(&plan.needed)) }</p>
                                </dd>
                            </div>
                        }
                    }) }
                </dl>
            }
            <h2 class="govuk-heading-m">{ "If you are worried" }</h2>
            <p class="govuk-body">{ "If your baby stops breathing or will not wake, call 999." }</p>
            if let Some(line) = lullaby {
                <p class="govuk-body">{ format!("For advice about safer sleep: {} {}.", line.name, line.number) }</p>
            }
            { print_button("Print this plan") }
        </article>
    }
}
