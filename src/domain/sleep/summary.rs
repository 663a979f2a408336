//! Words for the safer-sleep outcome: questions with labels filled in, the reasons, the
//! cumulative statement, and the plain-text summary for a case record.

use std::fmt::Write;

use crate::domain::conflict::question::QuestionSet;
use crate::domain::words::plural;

use crate::domain::answer::{answer_text, Answer};
use crate::domain::conflict::summary::{join_labels, label_of, question_text};
use crate::domain::date::CalendarDate;
use crate::domain::family_record::FamilyRecord;
use crate::domain::words::{capitalise, join_words};

use super::assessment::{SleepAssessment, SleepPlace, SleepSubject};
use super::outcome::{Evidence, SleepRouting};
use super::question::{SleepQuestion, SleepSet};

pub fn sleep_question_text(question: &SleepQuestion, subject: SleepSubject, record: &FamilyRecord) -> String {
    match subject {
        SleepSubject::Carer(carer) => question.text.replace("{carer}", &label_of(record, carer)),
        SleepSubject::Family => question.text.to_owned(),
    }
}

pub fn evidence_text(evidence: &Evidence, record: &FamilyRecord, assessment: &SleepAssessment) -> String {
    match evidence {
        Evidence::Answer { subject, question } => {
            let mut text = format!("{} Yes", sleep_question_text(question, *subject, record));
            if let Some(note) =
                assessment.responses.get(*subject, question.id).map(|r| r.note.trim()).filter(|n| !n.is_empty())
            {
                let _ = write!(text, " (note: {note})");
            }
            text
        }
        Evidence::Place { time, place } => {
            format!(
                "By {}, the baby sleeps {}",
                time.words().trim_start_matches("by "),
                place.reason.unwrap_or(place.label)
            )
        }
        Evidence::ConflictAnswer(reason) => format!(
            "{} Yes (in the conflict-or-abuse questions on this record)",
            question_text(reason.question, reason.subject, record)
        ),
        Evidence::ConflictSet { directions, .. } => {
            let who: Vec<String> = directions
                .iter()
                .map(|(actor, target)| {
                    format!("from {} towards {}", label_of(record, *actor), label_of(record, *target))
                })
                .collect();
            format!("Domestic abuse indicated in the conflict-or-abuse questions on this record ({})", who.join("; "))
        }
    }
}

/// "Alcohol, mental health and domestic abuse are present together. …"
pub fn cumulative_statement(names: &[&str]) -> String {
    format!(
        "{} are present together. Risks like these add up: reviews of babies' deaths found several at once in many families. Plan with the family how the baby will sleep, above all on nights out of the usual routine.",
        capitalise(&join_words(names))
    )
}

fn place_text(place: &SleepPlace) -> String {
    let chosen = place.kind.map_or("where not recorded", |p| p.label);
    let where_ =
        if place.place.trim().is_empty() { chosen.to_owned() } else { format!("{chosen}: {}", place.place.trim()) };
    let seen = match place.seen {
        Some(Answer::Yes) => "seen",
        Some(Answer::No) => "not seen",
        Some(Answer::NotKnown) | None => "not recorded whether seen",
    };
    format!("{where_} ({seen})")
}

pub struct SleepSummaryInput<'a> {
    pub set: &'a SleepSet,
    /// For the title of the conflict-or-abuse outcome, when it stands in for the abuse question.
    pub conflict_set: &'a QuestionSet,
    pub record: &'a FamilyRecord,
    pub assessment: &'a SleepAssessment,
    pub routing: &'a SleepRouting,
    pub today: CalendarDate,
    pub version: &'a str,
}

pub fn sleep_plain_text(input: &SleepSummaryInput) -> String {
    let SleepSummaryInput { set, conflict_set, record, assessment, routing, today, version } = input;
    let mut out = String::new();
    let _ = writeln!(out, "Safer sleep: prevent and protect. Summary");
    let _ = writeln!(out, "Date: {today}");
    let _ = writeln!(out, "Made with Hearth {version}. Hearth structures professional judgement; it does not replace local safer sleep procedures.");
    let baby = assessment.baby(record).map_or("not chosen".to_owned(), |id| label_of(record, id));
    let age = assessment
        .age
        .map_or("age not recorded".to_owned(), |a| format!("{} old", plural(usize::from(a.weeks()), "week", "weeks")));
    let _ = writeln!(out, "\nBaby: {baby}, {age}");
    let carers: Vec<_> = record.adults().iter().map(|a| a.id).collect();
    let _ = writeln!(out, "Carers: {}", join_labels(record, &carers));
    let _ = writeln!(out, "Sleeps by day: {}", place_text(&assessment.by_day));
    let _ = writeln!(out, "Sleeps by night: {}", place_text(&assessment.by_night));
    let outcome = set.outcome(routing.outcome);
    let _ = writeln!(out, "\nOutcome: {}", outcome.title);
    let _ = writeln!(out, "{}", outcome.summary);
    let _ = writeln!(out, "\nRules that applied (see How Hearth decides):");
    for rule in &routing.rules {
        let _ = writeln!(out, "- {}", set.rule(*rule).when);
    }
    if let Some(found) = routing.conflict_found {
        let _ = writeln!(
            out,
            "\nDomestic abuse: the conflict-or-abuse questions on this record found: {}",
            conflict_set.outcome(found).title
        );
    }
    for time in &routing.places_not_known {
        let _ = writeln!(out, "To find out: where the baby sleeps {}", time.words());
    }
    for (time, place) in &routing.to_talk_about {
        let _ = writeln!(
            out,
            "To talk about: {}, the baby sleeps {}",
            capitalise(time.words()),
            place.reason.unwrap_or(place.label)
        );
    }
    if let Some(names) = routing.cumulative() {
        let _ = writeln!(out, "\nRisks together: {}", cumulative_statement(&names));
    }
    for risk in &routing.risks {
        let _ = writeln!(out, "\n{}:", capitalise(risk.name));
        for evidence in &risk.evidence {
            let _ = writeln!(out, "- {}", evidence_text(evidence, record, assessment));
        }
    }
    let _ = writeln!(out, "\nWho took part:");
    for id in &carers {
        let voice = assessment.voices.get(id).cloned().unwrap_or_default();
        let _ = writeln!(
            out,
            "- {}: present: {}; their view heard: {}",
            label_of(record, *id),
            answer_text(voice.present),
            answer_text(voice.heard)
        );
    }
    if !routing.not_discussed.is_empty() {
        let _ = writeln!(out, "\nNot yet talked about:");
        for q in &routing.not_discussed {
            let _ = writeln!(out, "- {}", q.text);
        }
    }
    if !routing.unknowns.is_empty() {
        let _ = writeln!(out, "\nTo find out ({}):", routing.unknowns.len());
        for (subject, q) in &routing.unknowns {
            let _ = writeln!(out, "- {}", sleep_question_text(q, *subject, record));
        }
    }
    if !routing.situations.is_empty() {
        let _ = writeln!(out, "\nPlan for nights out of the usual routine:");
        for situation in &routing.situations {
            let plan = assessment.plans.get(situation.id).cloned().unwrap_or_default();
            let or_missing =
                |t: &str| if t.trim().is_empty() { "not planned yet".to_owned() } else { t.trim().to_owned() };
            let _ = writeln!(
                out,
                "- {} Baby sleeps: {}. Sober adult in charge: {}. Needed: {}.",
                situation.text,
                or_missing(&plan.where_baby_sleeps),
                or_missing(&plan.who_is_in_charge),
                or_missing(&plan.needed)
            );
        }
    }
    let _ = writeln!(out, "\nNext steps:");
    for (n, step) in outcome.steps.iter().filter(|step| routing.shows(step)).enumerate() {
        let _ = writeln!(out, "{}. {}", n + 1, step.text);
    }
    let shared: Vec<&str> = set.contacts.iter().filter(|c| assessment.shared.contains(c.id)).map(|c| c.name).collect();
    let _ =
        writeln!(out, "\nShared with: {}", if shared.is_empty() { "nobody yet".to_owned() } else { shared.join(", ") });
    let _ = writeln!(
        out,
        "Review: {}",
        assessment
            .review
            .map_or("no date set yet".to_owned(), |d| format!("by {d}, or sooner if circumstances change"))
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cumulative_statement_names_every_risk_once_in_a_sentence() {
        let text = cumulative_statement(&["alcohol", "mental health", "domestic abuse"]);
        assert!(text.starts_with("Alcohol, mental health and domestic abuse are present together."), "{text}");
        assert!(cumulative_statement(&["alcohol", "smoking"]).starts_with("Alcohol and smoking are present together."));
    }
}
