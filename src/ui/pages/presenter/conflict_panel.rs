use yew::prelude::*;

use super::outcome_panel::outcome_panel;
use crate::content::CONFLICT_OR_ABUSE;
use crate::domain::conflict::assessment::Subject;
use crate::domain::conflict::question::Signal;
use crate::domain::conflict::routing::{HighRiskBecause, Reason};
use crate::domain::conflict::summary::{label_of, missing_text, question_text};
use crate::domain::scenario::picture::after;
use crate::domain::scenario::Scenario;
use crate::domain::words::join_words;

/// The conflict-or-abuse outcome from what has been shared so far, by the practitioner tool's
/// own rules, with each answer that led to it and the agency it came from.
///
/// `revealed` is how many agencies have shared so far; `changed` says whether the last step
/// revealed changed this outcome.
pub fn conflict_panel(scenario: &Scenario, revealed: usize, swapped: bool, changed: bool) -> Html {
    // The presenter says when a scenario cannot be shown.
    let Ok(picture) = after(scenario, revealed, swapped) else {
        return html! {};
    };
    let routing = picture.conflict_routing(&CONFLICT_OR_ABUSE);
    let record = &picture.record;
    let told = |subject: Subject, question: &str| {
        picture.conflict_told_by(subject, question).map(|agency| format!(" ({})", agency.name())).unwrap_or_default()
    };
    let reason =
        |r: &Reason| format!("{}{}", question_text(r.question, r.subject, record), told(r.subject, r.question.id));
    let mut because: Vec<String> = Vec::new();
    for finding in &routing.findings {
        let subject = Subject::Between { actor: finding.actor, target: finding.target };
        // A high-risk marker is listed once, as a marker.
        because.extend(finding.indicators.iter().filter(|r| r.question.signal != Signal::HighRisk).map(reason));
        for high in &finding.high_risk {
            because.push(match high {
                HighRiskBecause::Marker(q) => {
                    format!("High-risk marker: {}", reason(&Reason { subject, question: q, answer: None }))
                }
                HighRiskBecause::Escalating => {
                    "High-risk marker: it is happening more often or getting worse".to_owned()
                }
                HighRiskBecause::SeparationWithControlAndViolence => {
                    "High-risk marker: separation, with both control and violence".to_owned()
                }
            });
        }
    }
    if routing.findings.is_empty() {
        because.push(format!(
            "Answers about abuse: {} No, {} not known, of {}",
            routing.abuse_questions_no, routing.abuse_questions_unknown, routing.abuse_questions_total
        ));
        because.extend(routing.missing.iter().map(|m| missing_text(m, record)));
    }
    if let Some(names) = routing.cumulative() {
        because.push(format!("Risks that add up: {}", join_words(&names)));
    }
    let directions: Html = routing
        .findings
        .iter()
        .map(|f| {
            html! {
                <p class="hearth-outcome-panel__direction">
                    { format!("From {} towards {}", label_of(record, f.actor), label_of(record, f.target)) }
                </p>
            }
        })
        .collect();
    let both = routing.both_directions();
    // Both directions in one line on the slide; each is listed behind it.
    let notes = match routing.findings.first() {
        Some(f) if both => html! {
            <p class="hearth-outcome-panel__direction">
                { format!("Both directions, between {} and {}", label_of(record, f.actor), label_of(record, f.target)) }
            </p>
        },
        _ => directions.clone(),
    };
    let answers = html! {
        <>
            if both {
                { directions }
                <p class="hearth-outcome-panel__direction">{ "Both directions: each adult separately, never together; seek specialist advice on who is doing what to whom" }</p>
            }
            <h3 class="hearth-outcome-panel__because">{ "Because" }</h3>
            <ul class="hearth-outcome-panel__reasons">
                { for because.into_iter().map(|item| html! { <li>{ item }</li> }) }
            </ul>
        </>
    };
    let outcome = routing.outcome;
    let title = CONFLICT_OR_ABUSE.outcome(outcome).title;
    outcome_panel(("Conflict or abuse?", "conflict-panel-title"), (outcome.id(), title), changed, notes, answers)
}
