use yew::prelude::*;

use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::conflict::question::{Question, Scope, Signal};
use crate::domain::scenario::ScenarioAgency;
use crate::domain::sleep::question::Part;

/// How to write a scenario file, with every id a file may use.
pub fn scenario_guide() -> Html {
    let conflict_about = |q: &Question| match q.scope {
        Scope::BetweenAdults if q.signal == Signal::CareRisk => "a-to-b (about a) or b-to-a (about b)",
        Scope::BetweenAdults => "a-to-b or b-to-a",
        Scope::Family => "family",
        Scope::EachChild => "a child's key",
    };
    let sleep_about = |part: Part| if part == Part::EachCarer { "a or b" } else { "family" };
    let row = |id: &str, about: &str, text: &str| {
        html! {
            <tr class="govuk-table__row">
                <td class="govuk-table__cell"><code>{ id.to_owned() }</code></td>
                <td class="govuk-table__cell">{ about.to_owned() }</td>
                <td class="govuk-table__cell">{ text.to_owned() }</td>
            </tr>
        }
    };
    let head = html! {
        <thead class="govuk-table__head">
            <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">{ "question" }</th>
                <th scope="col" class="govuk-table__header">{ "about" }</th>
                <th scope="col" class="govuk-table__header">{ "Question" }</th>
            </tr>
        </thead>
    };
    let agencies: Vec<&str> = ScenarioAgency::ALL.iter().map(|a| a.id()).collect();
    html! {
        <details class="govuk-details">
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{ "How to write a scenario file" }</span>
            </summary>
            <div class="govuk-details__text">
                <p class="govuk-body">{ "Download a scenario above and change it in a text editor. The file holds:" }</p>
                <ul class="govuk-list govuk-list--bullet">
                    <li>{ "an id (lower-case letters, digits and hyphens), a title and a summary;" }</li>
                    <li>{ "two adults, a and b, each with a name and a role such as mother or father. In any text, write {a} or {b} where the role belongs, so the swap exercise can exchange them;" }</li>
                    <li>{ "the children, each with a key, a name and an age in years; mark the baby with \"baby\": true;" }</li>
                    <li>{ format!("steps, one for each time an agency shares: the agency ({}), its facts (when, day from the birth, text), its answers, and questions for the room;", agencies.join(", ")) }</li>
                    <li>{ "learning points, each with a title, text and source." }</li>
                </ul>
                <p class="govuk-body">
                    { "Each answer names the set (conflict-or-abuse or safer-sleep), the question, whom it is about, and yes, no or not-known. \
                       When agencies differ about one question, a yes from anyone stands, and no stands over not-known." }
                </p>
                <table class="govuk-table hearth-guide-table">
                    <caption class="govuk-table__caption govuk-table__caption--m">{ "Questions in the conflict-or-abuse set" }</caption>
                    { head.clone() }
                    <tbody class="govuk-table__body">
                        { for CONFLICT_OR_ABUSE.questions.iter().map(|q| row(q.id, conflict_about(q), q.text)) }
                    </tbody>
                </table>
                <table class="govuk-table hearth-guide-table">
                    <caption class="govuk-table__caption govuk-table__caption--m">{ "Questions in the safer-sleep set" }</caption>
                    { head }
                    <tbody class="govuk-table__body">
                        { for SAFER_SLEEP.questions.iter().map(|q| row(q.id, sleep_about(q.part), q.text)) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}
