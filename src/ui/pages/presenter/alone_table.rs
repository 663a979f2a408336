use yew::prelude::*;

use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::scenario::picture::{after, alone, Headline};
use crate::domain::scenario::Scenario;
use crate::domain::sleep::question::SleepOutcome;
use crate::domain::words::plural;

fn cells(headline: &Headline) -> Html {
    let sleep = match headline.sleep {
        SleepOutcome::Prevent => "Prevent".to_owned(),
        SleepOutcome::NotEnoughKnown => "Not enough known".to_owned(),
        SleepOutcome::Protect => format!("Protect: {}", plural(headline.risks.len(), "risk", "risks")),
    };
    html! {
        <>
            <td class="govuk-table__cell">{ CONFLICT_OR_ABUSE.outcome(headline.conflict).title }</td>
            <td class="govuk-table__cell">{ sleep }</td>
        </>
    }
}

/// What each agency would have concluded from its own information alone, beside the outcome
/// from everything shared: the review's central lesson, worked out by the same rules.
pub fn alone_table(scenario: &Scenario) -> Html {
    let Ok(together) =
        after(scenario, scenario.steps.len(), false).map(|p| p.headline(&CONFLICT_OR_ABUSE, &SAFER_SLEEP))
    else {
        return html! {};
    };
    html! {
        <>
        <h1 class="hearth-slide__title">{ "What each agency could see on its own" }</h1>
        <table class="govuk-table hearth-alone-table">
            <caption class="govuk-visually-hidden">{ "The outcomes from each agency's information alone, and from all of it together" }</caption>
            <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">{ "Information from" }</th>
                    <th scope="col" class="govuk-table__header">{ "Conflict or abuse?" }</th>
                    <th scope="col" class="govuk-table__header">{ "Safer sleep" }</th>
                </tr>
            </thead>
            <tbody class="govuk-table__body">
                { for scenario.agencies().into_iter().filter_map(|agency| alone(scenario, agency).ok().map(|p| (agency, p))).map(|(agency, picture)| html! {
                    <tr class="govuk-table__row">
                        <th scope="row" class="govuk-table__header">{ agency.name() }</th>
                        { cells(&picture.headline(&CONFLICT_OR_ABUSE, &SAFER_SLEEP)) }
                    </tr>
                }) }
                <tr class="govuk-table__row hearth-alone-table__together">
                    <th scope="row" class="govuk-table__header">{ "All agencies together" }</th>
                    { cells(&together) }
                </tr>
            </tbody>
        </table>
        </>
    }
}
