//! Words for the safer-sleep outcome: questions with labels filled in, the reasons, the
//! cumulative statement, and the plain-text summary for a case record.

use std::fmt::Write;

use crate::domain::answer::{answer_text, Answer};
use crate::domain::casework::summary::{children_text, interpreters_text};
use crate::domain::casework::words::CaseworkWords;
use crate::domain::casework::Casework;
use crate::domain::conflict::question::QuestionSet;
use crate::domain::conflict::summary::{join_labels, label_of, question_text, unknown_counts, write_list};
use crate::domain::date::CalendarDate;
use crate::domain::family_record::FamilyRecord;
use crate::domain::words::plural;
use crate::domain::words::{capitalise, join_words};

use super::assessment::{SleepAssessment, SleepPlace, SleepSubject};
use super::outcome::{Evidence, SleepRouting};
use super::question::{Part, SleepQuestion, SleepSet};

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
    pub casework: &'a Casework,
    pub words: &'a CaseworkWords,
}

/// The checklist's parts, named as the notes name them: the baby, the conversation, each carer,
/// the household, what is coming up.
fn sleep_parts(record: &FamilyRecord) -> Vec<(SleepSubject, Part, String)> {
    let mut parts = vec![
        (SleepSubject::Family, Part::Baby, "The baby".to_owned()),
        (SleepSubject::Family, Part::Conversation, "The safer sleep conversation".to_owned()),
    ];
    for adult in record.adults() {
        parts.push((SleepSubject::Carer(adult.id), Part::EachCarer, format!("About {}", adult.label)));
    }
    parts.push((SleepSubject::Family, Part::Household, "The household".to_owned()));
    parts.push((SleepSubject::Family, Part::ComingUp, "Coming up".to_owned()));
    parts
}

/// One line for each part with risk questions Not known or not answered, counting each. The
/// conversation has no risk questions: what is not yet talked about is listed on its own.
pub fn sleep_unknowns_by_part(
    record: &FamilyRecord,
    assessment: &SleepAssessment,
    routing: &SleepRouting,
) -> Vec<String> {
    let mut lines = Vec::new();
    for (subject, part, name) in sleep_parts(record) {
        let (mut not_known, mut not_answered) = (0, 0);
        for (_, q) in routing.unknowns.iter().filter(|(s, q)| *s == subject && q.part == part) {
            match assessment.responses.answer(subject, q.id) {
                None => not_answered += 1,
                Some(_) => not_known += 1,
            }
        }
        if not_known + not_answered > 0 {
            lines.push(format!("{name}: {}", unknown_counts(not_known, not_answered)));
        }
    }
    lines
}

/// Findings first: the outcome, the risks and what else led to it, who took part, the next
/// steps, plans and review, each part's notes, one line for each part counting what is not
/// known; then the rules.
pub fn sleep_plain_text(input: &SleepSummaryInput) -> String {
    let SleepSummaryInput { set, conflict_set, record, assessment, routing, today, version, casework, words } = input;
    let mut out = String::new();
    let _ = writeln!(out, "Safer sleep: prevent and protect. Summary");
    let _ = writeln!(out, "Date: {today}");
    let _ = writeln!(out, "Made with Hearth {version}. Hearth structures professional judgement; it does not replace local safer sleep procedures.");
    let baby = assessment.baby(record).map_or("not chosen".to_owned(), |id| label_of(record, id));
    let age = assessment
        .age
        .map_or("age not recorded".to_owned(), |a| format!("{} old", plural(usize::from(a.weeks()), "week", "weeks")));
    let _ = writeln!(out, "Baby: {baby}, {age}");
    let carers: Vec<_> = record.adults().iter().map(|a| a.id).collect();
    let _ = writeln!(out, "Carers: {}", join_labels(record, &carers));
    let _ = writeln!(out, "Sleeps by day: {}", place_text(&assessment.by_day));
    let _ = writeln!(out, "Sleeps by night: {}", place_text(&assessment.by_night));
    let outcome = set.outcome(routing.outcome);
    let _ = writeln!(out, "\nOutcome: {}", outcome.title);
    let _ = writeln!(out, "{}", outcome.summary);
    if let Some(names) = routing.cumulative() {
        let _ = writeln!(out, "Risks together: {}", cumulative_statement(&names));
    }
    if let Some(found) = routing.conflict_found {
        let _ = writeln!(
            out,
            "Domestic abuse: the conflict-or-abuse questions on this record found: {}",
            conflict_set.outcome(found).title
        );
    }
    for risk in &routing.risks {
        let _ = writeln!(out, "\nRisk: {}:", risk.name);
        for evidence in &risk.evidence {
            let _ = writeln!(out, "- {}", evidence_text(evidence, record, assessment));
        }
    }
    if !routing.places_not_known.is_empty() || !routing.to_talk_about.is_empty() {
        let _ = writeln!(out, "\nWhere the baby sleeps:");
        for time in &routing.places_not_known {
            let _ = writeln!(out, "- To find out: where the baby sleeps {}", time.words());
        }
        for (time, place) in &routing.to_talk_about {
            let _ = writeln!(
                out,
                "- To talk about: {}, the baby sleeps {}",
                capitalise(time.words()),
                place.reason.unwrap_or(place.label)
            );
        }
    }
    if !routing.not_discussed.is_empty() {
        let _ = writeln!(out, "\nNot yet talked about:");
        for q in &routing.not_discussed {
            let _ = writeln!(out, "- {}", q.text);
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
    let _ = writeln!(out, "\nNext steps:");
    for (n, step) in outcome.steps.iter().filter(|step| routing.shows(step)).enumerate() {
        let _ = writeln!(out, "{}. {}", n + 1, step.text);
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
    let shared: Vec<&str> = set.contacts.iter().filter(|c| assessment.shared.contains(c.id)).map(|c| c.name).collect();
    let _ = writeln!(
        out,
        "\nFollow-up:\nShared with: {}",
        if shared.is_empty() { "nobody yet".to_owned() } else { shared.join(", ") }
    );
    let _ = writeln!(
        out,
        "Review: {}",
        assessment
            .review
            .map_or("no date set yet".to_owned(), |d| format!("by {d}, or sooner if circumstances change"))
    );
    for (subject, part, name) in sleep_parts(record) {
        let mut noted = String::new();
        for q in set.in_part(part) {
            if let Some(response) = assessment.responses.get(subject, q.id).filter(|r| !r.note.trim().is_empty()) {
                let _ = writeln!(
                    noted,
                    "- {} {} (note: {})",
                    sleep_question_text(q, subject, record),
                    response.answer_text(),
                    response.note.trim()
                );
            }
        }
        if !noted.is_empty() {
            let _ = write!(out, "\nNotes: {name}:\n{noted}");
        }
    }
    children_text(&mut out, record, casework, words);
    interpreters_text(&mut out, record, casework, words);
    let unknown_lines = sleep_unknowns_by_part(record, assessment, routing);
    write_list(&mut out, "Not known or not answered", &unknown_lines);
    let _ = writeln!(out, "\nRules that applied (see How Hearth decides):");
    for rule in &routing.rules {
        let _ = writeln!(out, "- {}", set.rule(*rule).when);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP as SET};
    use crate::domain::family_record::{ChildAge, Label};
    use crate::domain::sleep::outcome::route_sleep;

    fn notes(record: &FamilyRecord, assessment: &SleepAssessment) -> String {
        notes_with(record, assessment, &Casework::default())
    }

    fn notes_with(record: &FamilyRecord, assessment: &SleepAssessment, casework: &Casework) -> String {
        let routing = route_sleep(&SET, record, assessment, None);
        sleep_plain_text(&SleepSummaryInput {
            set: &SET,
            conflict_set: &CONFLICT_OR_ABUSE,
            record,
            assessment,
            routing: &routing,
            today: CalendarDate::new(2026, 11, 26).unwrap(),
            version: "test",
            casework,
            words: &crate::content::CASEWORK,
        })
    }

    fn family() -> (FamilyRecord, SleepAssessment, [crate::domain::family_record::PersonId; 2]) {
        let mut record = FamilyRecord::default();
        let mum = record.add_adult(Label::parse("Mum").unwrap()).unwrap();
        let dad = record.add_adult(Label::parse("Dad").unwrap()).unwrap();
        let baby = record.add_child(Label::parse("Baby").unwrap(), ChildAge::parse("0").unwrap()).unwrap();
        (record, SleepAssessment::for_baby(baby), [mum, dad])
    }

    #[test]
    fn every_child_and_each_interpreter_need_is_in_the_notes_siblings_too() {
        use crate::domain::casework::{CaseChange, SeenAlone};
        let (mut record, assessment, [mum, _]) = family();
        let sister = record.add_child(Label::parse("Sister").unwrap(), ChildAge::parse("9").unwrap()).unwrap();
        let mut casework = Casework::default();
        casework.apply(CaseChange::SeenAlone(sister, Some(SeenAlone::No)));
        casework.apply(CaseChange::WhyNotAlone(sister, "At school".into()));
        casework.apply(CaseChange::ChildWords(sister, "Baby cries a lot at night".into()));
        casework.apply(CaseChange::Day(sister, "bedtime", "Shares a room with Baby".into()));
        casework.apply(CaseChange::InterpreterNeeded(mum, Some(Answer::Yes)));
        casework.apply(CaseChange::Language(mum, "Polish".into()));
        let text = notes_with(&record, &assessment, &casework);
        for expected in [
            "Each child's voice and day:\n- Baby (under 1): Seen alone: not recorded.",
            "- Sister (9 years): Seen alone: No (At school).\n  In their own words: Baby cries a lot at night",
            "  A day in their life:\n    Bedtime: Shares a room with Baby",
            "Interpreters:\n- Mum needs an interpreter: Yes (language: Polish)",
            crate::content::CASEWORK.interpreter_reminder,
        ] {
            assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
        }
    }

    #[test]
    fn the_findings_come_first_then_notes_then_one_line_for_each_part_not_known() {
        let (record, mut assessment, [mum, dad]) = family();
        assessment.responses.set_answer(SleepSubject::Carer(mum), "alcohol", Answer::Yes);
        assessment.responses.set_note(SleepSubject::Carer(mum), "alcohol", "At weekends".into());
        assessment.responses.set_answer(SleepSubject::Carer(dad), "alcohol", Answer::NotKnown);
        assessment.responses.set_answer(SleepSubject::Carer(dad), "drugs", Answer::NotKnown);
        let routing = route_sleep(&SET, &record, &assessment, None);
        assert!(routing.unknowns.len() > 20, "{}", routing.unknowns.len());
        let text = notes(&record, &assessment);
        let at: Vec<usize> = [
            "Outcome: Protect",
            "Risk: alcohol:\n- Does Mum ever drink alcohol",
            "Next steps:\n1. ",
            "Follow-up:\nShared with: nobody yet\nReview: no date set yet",
            "Notes: About Mum:\n- Does Mum ever drink alcohol while caring for the baby, or before sleeping in the same bed, room or sofa as the baby, even once in a while? Yes (note: At weekends)",
            "Not known or not answered:\n",
            "Rules that applied",
        ]
        .iter()
        .map(|t| text.find(t).unwrap_or_else(|| panic!("missing {t:?} in:\n{text}")))
        .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "out of order {at:?} in:\n{text}");
        let part = text.split("Not known or not answered:\n").nth(1).unwrap().split("\n\n").next().unwrap();
        let per_carer = SET.in_part(Part::EachCarer).count();
        assert_eq!(
            part.lines().collect::<Vec<_>>(),
            [
                "- The baby: 2 not answered".to_owned(),
                format!("- About Mum: {} not answered", per_carer - 1),
                format!("- About Dad: 2 not known, {} not answered", per_carer - 2),
                format!("- The household: {} not answered", SET.in_part(Part::Household).count()),
                format!("- Coming up: {} not answered", SET.in_part(Part::ComingUp).count()),
            ],
            "{text}"
        );
        assert!(!text.contains("Notes: About Dad"), "{text}");
    }

    #[test]
    fn the_cumulative_statement_names_every_risk_once_in_a_sentence() {
        let text = cumulative_statement(&["alcohol", "mental health", "domestic abuse"]);
        assert!(text.starts_with("Alcohol, mental health and domestic abuse are present together."), "{text}");
        assert!(cumulative_statement(&["alcohol", "smoking"]).starts_with("Alcohol and smoking are present together."));
    }
}
