use yew::prelude::*;

use super::outcome_panel::outcome_panel;
use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::scenario::picture::after;
use crate::domain::scenario::Scenario;
use crate::domain::sleep::outcome::Evidence;
use crate::domain::sleep::question::SleepOutcome;
use crate::domain::words::plural;

/// The safer-sleep outcome from what has been shared so far, joined to the conflict-or-abuse
/// outcome exactly as in the practitioner tool, with where each risk came from.
///
/// `revealed` is how many agencies have shared so far; `changed` says whether the last step
/// revealed changed this outcome.
pub fn sleep_panel(scenario: &Scenario, revealed: usize, swapped: bool, changed: bool) -> Html {
    // The presenter says when a scenario cannot be shown.
    let Ok(picture) = after(scenario, revealed, swapped) else {
        return html! {};
    };
    let conflict = picture.conflict_routing(&CONFLICT_OR_ABUSE);
    let routing = picture.sleep_routing(&SAFER_SLEEP, &conflict);
    let (outcome, summary) = match routing.outcome {
        SleepOutcome::Prevent => ("Prevent: the safer sleep conversation", "No added risk, on what is known"),
        SleepOutcome::NotEnoughKnown => ("Not enough is known to say", "Still to find out"),
        SleepOutcome::Protect => ("Protect: plan with the family", "Risks known so far"),
    };
    let risk_line = |risk: &crate::domain::sleep::outcome::RiskFound| {
        let mut from: Vec<&str> = Vec::new();
        for evidence in &risk.evidence {
            let agency = match evidence {
                Evidence::Answer { subject, question } => {
                    picture.sleep_told_by(*subject, question.id).map(|a| a.name())
                }
                Evidence::ConflictSet { .. } => Some("the conflict-or-abuse outcome"),
                Evidence::ConflictAnswer(reason) => {
                    picture.conflict_told_by(reason.subject, reason.question.id).map(|a| a.name())
                }
                Evidence::Place { .. } => None,
            };
            if let Some(agency) = agency.filter(|a| !from.contains(a)) {
                from.push(agency);
            }
        }
        format!("{} ({})", risk.name, from.join(", "))
    };
    let notes = html! {
        if routing.cumulative().is_some() {
            <p class="hearth-outcome-panel__direction">
                { format!("{} risks present together: they add up", routing.risks.len()) }
            </p>
        }
    };
    let answers = html! {
        <>
            <h3 class="hearth-outcome-panel__because">{ summary }</h3>
            <ul class="hearth-outcome-panel__reasons">
                { for routing.risks.iter().map(|risk| html! { <li>{ risk_line(risk) }</li> }) }
                <li>{ format!("Not known yet: {} about risk", plural(routing.unknowns.len(), "answer", "answers")) }</li>
                if !routing.places_not_known.is_empty() {
                    <li>{ "Not known yet: where the baby sleeps" }</li>
                }
            </ul>
        </>
    };
    outcome_panel(("Safer sleep", "sleep-panel-title"), (routing.outcome.id(), outcome), changed, notes, answers)
}
