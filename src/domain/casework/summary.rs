//! The casework in the case-notes copy and the printout: whose accounts were heard, each child's
//! voice and day, interpreters, overdue follow-ups and the chronology, as plain text.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::chronology::ChronologyLine;
use super::words::CaseworkWords;
use super::Casework;
use crate::domain::answer::{answer_text, Answer};
use crate::domain::conflict::assessment::SafetyCheck;
use crate::domain::date::CalendarDate;
use crate::domain::family_record::{FamilyRecord, PersonId};
use crate::domain::words::join_words;

fn label(record: &FamilyRecord, person: PersonId) -> String {
    record
        .adults()
        .iter()
        .find(|a| a.id == person)
        .map(|a| a.label.to_string())
        .or_else(|| record.children().iter().find(|c| c.id == person).map(|c| c.label.to_string()))
        .unwrap_or_default()
}

/// What the outcome says when not every adult's own account was heard, and the next step for
/// each adult not yet heard; nothing when all were.
pub fn accounts_heard(
    record: &FamilyRecord,
    casework: &Casework,
    adults: &[PersonId],
) -> Option<(String, Vec<String>)> {
    let not_heard = casework.accounts_not_heard(adults);
    if not_heard.is_empty() {
        return None;
    }
    let heard: Vec<String> =
        adults.iter().filter(|a| !not_heard.contains(a)).map(|a| format!("{}'s", label(record, *a))).collect();
    let statement = match heard.len() {
        0 => "No adult's own account is recorded as heard: the outcome rests on what others have said.".to_owned(),
        _ => format!(
            "Only {} own account {} been heard. Without the other account, the picture is one-sided.",
            join_words(&heard.iter().map(String::as_str).collect::<Vec<_>>()),
            if heard.len() == 1 { "has" } else { "have" }
        ),
    };
    let steps = not_heard
        .iter()
        .map(|a| {
            format!("Hear {}'s own account, alone and where it is safe to talk, before deciding.", label(record, *a))
        })
        .collect();
    Some((statement, steps))
}

/// Accounts heard without a clear Yes to both "alone" and "safe to talk": the other adult may have
/// been there, or listening, so the account is weighed with that in mind. Nothing when none is.
pub fn heard_not_alone(
    record: &FamilyRecord,
    casework: &Casework,
    safety: &BTreeMap<PersonId, SafetyCheck>,
    adults: &[PersonId],
) -> Option<String> {
    let names: Vec<String> = adults
        .iter()
        .filter(|a| casework.accounts.get(*a).and_then(|account| account.heard) == Some(Answer::Yes))
        .filter(|a| !safety.get(*a).is_some_and(SafetyCheck::safe_to_ask))
        .map(|a| format!("{}'s", label(record, *a)))
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    (!names.is_empty()).then(|| {
        format!(
            "{} {} heard, but not recorded as given alone and where it was safe to talk: weigh {} with that in mind.",
            join_words(&names),
            if names.len() == 1 { "account was" } else { "accounts were" },
            if names.len() == 1 { "it" } else { "them" }
        )
    })
}

/// Each adult's own account: heard, spoken to alone and safely, and their words.
pub fn accounts_text(
    out: &mut String,
    record: &FamilyRecord,
    casework: &Casework,
    words: &CaseworkWords,
    safety: &BTreeMap<PersonId, SafetyCheck>,
    adults: &[PersonId],
) {
    if adults.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nEach adult's own account:");
    for adult in adults {
        let account = casework.accounts.get(adult);
        let check = safety.get(adult);
        let _ = writeln!(
            out,
            "- {}: account heard: {}. Spoken to alone: {}. Safe to talk: {}.",
            label(record, *adult),
            answer_text(account.and_then(|a| a.heard)),
            answer_text(check.and_then(|c| c.alone)),
            answer_text(check.and_then(|c| c.safe_to_talk)),
        );
        for prompt in words.account_prompts {
            if let Some(text) = account.and_then(|a| a.words.get(prompt.id)) {
                let _ = writeln!(out, "  {}: {}", prompt.label, text.trim());
            }
        }
    }
}

/// Every child, whether or not anything is recorded about them: a child never drops out of view.
pub fn children_text(out: &mut String, record: &FamilyRecord, casework: &Casework, words: &CaseworkWords) {
    if record.children().is_empty() {
        return;
    }
    let _ = writeln!(out, "\nEach child's voice and day:");
    for child in record.children() {
        let voice = casework.children.get(&child.id);
        let seen = match voice.and_then(|v| v.seen_alone) {
            None => "Seen alone: not recorded.".to_owned(),
            Some(seen) => {
                let why = voice.map(|v| v.why_not_alone.trim()).unwrap_or_default();
                if why.is_empty() || seen == super::SeenAlone::Yes {
                    format!("Seen alone: {}.", seen.label())
                } else {
                    format!("Seen alone: {} ({why}).", seen.label())
                }
            }
        };
        let _ = writeln!(out, "- {} ({}): {seen}", child.label, child.age);
        let heading = if child.age.before_words() { "What was seen of them" } else { "In their own words" };
        match voice.map(|v| v.words.trim()).filter(|w| !w.is_empty()) {
            Some(said) => {
                let _ = writeln!(out, "  {heading}: {said}");
            }
            None => {
                let _ = writeln!(out, "  {heading}: not recorded.");
            }
        }
        let day: Vec<String> = words
            .day_prompts
            .iter()
            .filter_map(|p| voice.and_then(|v| v.day.get(p.id)).map(|text| format!("  {}: {}", p.label, text.trim())))
            .collect();
        if day.is_empty() {
            let _ = writeln!(out, "  A day in their life: not recorded.");
        } else {
            let _ = writeln!(out, "  A day in their life:");
            for line in day {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
}

/// Who needs an interpreter, with the reminder whenever anyone does.
pub fn interpreters_text(out: &mut String, record: &FamilyRecord, casework: &Casework, words: &CaseworkWords) {
    let lines: Vec<String> = casework
        .interpreters
        .iter()
        .filter(|(person, _)| !label(record, **person).is_empty())
        .map(|(person, i)| {
            let language = i.language.trim();
            let language = if language.is_empty() { String::new() } else { format!(" (language: {language})") };
            format!("{} needs an interpreter: {}{language}", label(record, *person), answer_text(i.needed))
        })
        .collect();
    if lines.is_empty() {
        let _ = writeln!(out, "\nInterpreters: not recorded.");
        return;
    }
    let _ = writeln!(out, "\nInterpreters:");
    for line in lines {
        let _ = writeln!(out, "- {line}");
    }
    if casework.interpreters.values().any(|i| i.needed == Some(Answer::Yes)) {
        let _ = writeln!(out, "{}", words.interpreter_reminder);
    }
}

/// Follow-ups past their date, the longest overdue first; nothing when none is.
pub fn overdue_text(out: &mut String, casework: &Casework, today: CalendarDate) {
    let overdue = casework.overdue(today);
    if overdue.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nOverdue follow-ups:");
    for (_, referral) in overdue {
        let due = referral.follow_up.map(|d| d.to_string()).unwrap_or_default();
        let _ = writeln!(out, "- Referral to {}: follow-up was due {due}.", referral.to_whom.trim());
    }
}

pub fn chronology_text(out: &mut String, lines: &[ChronologyLine]) {
    let _ = writeln!(out, "\nChronology:");
    if lines.is_empty() {
        let _ = writeln!(out, "Nothing dated is recorded yet.");
    }
    for line in lines {
        let _ = writeln!(out, "- {} - {}: {}", line.on, line.kind, line.what);
    }
}
