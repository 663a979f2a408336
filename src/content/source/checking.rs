//! Checking: everything `build.rs` refuses in the content before compiling it in, each problem
//! worded for the content reviewer who edits that file, naming the file and the entry.

use std::collections::HashSet;
use std::fmt;

use super::loading::*;
use super::names::{
    file_names, CONFLICT_RULES, OUTCOMES, PARTS, PLACE_SAFETY, SCOPES, SLEEP_OUTCOMES, SLEEP_RULES, SLEEP_STEP_WHEN,
    STEP_WHEN,
};
use super::words::placeholders;

/// One thing wrong with a content file, worded for the person who edits that file.
#[derive(Debug, PartialEq)]
pub struct Problem {
    pub file: String,
    pub entry: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, {}: {}", self.file, self.entry, self.message)
    }
}

fn problem(file: &str, entry: &str, message: String) -> Problem {
    Problem { file: file.to_owned(), entry: entry.to_owned(), message }
}

fn check_id(id: &str) -> Option<String> {
    let well_formed = !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-');
    (!well_formed).then(|| {
        format!("the id \"{id}\" must be lower-case letters and digits joined by hyphens, like \"nspcc-helpline\"")
    })
}

fn check_number(number: &str) -> Option<String> {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    if number.chars().any(|c| !(c.is_ascii_digit() || c == ' ')) {
        Some(format!("the number \"{number}\" may hold only digits and spaces, as people dial it"))
    } else if digits < 3 {
        Some(format!("the number \"{number}\" is too short to dial"))
    } else {
        None
    }
}

fn check_text(field: &str, value: &str) -> Option<String> {
    value.trim().is_empty().then(|| format!("the {field} is empty"))
}

struct Entry<'a> {
    id: &'a str,
    name: &'a str,
    number: &'a str,
    purpose: &'a str,
    source: Option<&'a str>,
}

fn check_entries(file: &str, kind: &str, entries: &[Entry], seen: &mut HashSet<String>) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let label = format!("{kind} {} (\"{}\")", index + 1, entry.id);
        let mut found = vec![
            check_id(entry.id),
            check_text("name", entry.name),
            check_number(entry.number),
            check_text("purpose", entry.purpose),
        ];
        if let Some(source) = entry.source {
            found.push(check_text("source", source).map(|m| format!("{m}: say where the number was checked")));
        }
        if !seen.insert(entry.id.to_owned()) {
            found.push(Some(format!("the id \"{}\" is used more than once; each id must be unique", entry.id)));
        }
        problems.extend(found.into_iter().flatten().map(|m| problem(file, &label, m)));
    }
    problems
}

/// Checks the national help lines.
pub fn check(helplines: &HelplineFile, helpline_file: &str) -> Vec<Problem> {
    let mut seen = HashSet::new();
    let national: Vec<Entry> = helplines
        .helpline
        .iter()
        .map(|h| Entry { id: &h.id, name: &h.name, number: &h.number, purpose: &h.purpose, source: Some(&h.source) })
        .collect();
    let mut problems = check_entries(helpline_file, "help line", &national, &mut seen);
    if helplines.helpline.first().map(|h| h.number.as_str()) != Some("999") {
        problems.push(problem(
            helpline_file,
            "the list",
            "the first help line must be 999, the emergency number".into(),
        ));
    }
    problems
}

/// Every content file has exactly one review record, with a version, a date and what was
/// checked against which source.
pub fn check_reviews(reviews: &ReviewFile, content_files: &[&str], file: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (index, review) in reviews.review.iter().enumerate() {
        let label = format!("review {} (\"{}\")", index + 1, review.file);
        let mut found = Vec::new();
        if !content_files.contains(&review.file.as_str()) {
            found.push(format!("\"{}\" is not a content file (they are: {})", review.file, content_files.join(", ")));
        }
        if review.version == 0 {
            found.push("version must be 1 or more".to_owned());
        }
        let date_ok = review.date.len() == 10
            && review.date.char_indices().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
        if !date_ok {
            found.push(format!("the date \"{}\" must be written YYYY-MM-DD, like 2026-12-01", review.date));
        }
        found.extend(check_text("by", &review.by).map(|m| format!("{m}: say who reviewed it, by role")));
        if review.checked.is_empty() {
            found.push("checked is empty: say what was checked, against which source".to_owned());
        }
        for (n, check) in review.checked.iter().enumerate() {
            found.extend(
                [check_text("what", &check.what), check_text("against", &check.against)]
                    .into_iter()
                    .flatten()
                    .map(|m| format!("check {}: {m}", n + 1)),
            );
        }
        problems.extend(found.into_iter().map(|m| problem(file, &label, m)));
    }
    for content in content_files {
        let count = reviews.review.iter().filter(|r| r.file == *content).count();
        if count != 1 {
            problems.push(problem(
                file,
                content,
                format!("every content file needs exactly one review record (found {count})"),
            ));
        }
    }
    problems
}

/// Signals whose questions may be key questions: those whose Yes indicates abuse, and the
/// pattern and escalation of harmful behaviour.
const KEY_SIGNALS: [&str; 6] = ["abuse", "control", "violence", "high-risk", "escalation", "pattern"];
/// Signals whose Yes joins the risks that add up, and so need a risk name; see `Signal::adds_up`.
const ADDING_UP_SIGNALS: [&str; 3] = ["care-risk", "care-worry", "child-harmed"];
/// A care-risk question is about the actor alone: it need not name the target.
const ACTOR_ONLY_SIGNALS: [&str; 1] = ["care-risk"];
const STEP_PLACEHOLDERS: [&str; 2] = ["{at_risk}", "{using_harm}"];

fn check_placeholders(field: &str, text: &str, allowed: &[&str], required: &[&str]) -> Vec<String> {
    let found = placeholders(text);
    let mut problems: Vec<String> = found
        .iter()
        .filter(|p| !allowed.contains(p))
        .map(|p| {
            let allowed = if allowed.is_empty() { "none".to_owned() } else { allowed.join(", ") };
            format!("the {field} uses {p}, which this entry cannot fill in (it may use: {allowed})")
        })
        .collect();
    problems.extend(
        required
            .iter()
            .filter(|r| !found.contains(r))
            .map(|r| format!("the {field} must name {r}, so each person asked about is clear")),
    );
    problems
}

/// What every question must have, in any set: a well-formed unique id, the question, why we
/// ask, and a source.
fn check_question(id: &str, text: &str, hint: &str, source: &str, seen: &mut HashSet<String>) -> Vec<String> {
    let mut found: Vec<String> = [
        check_id(id),
        check_text("question text", text),
        check_text("hint", hint),
        check_text("source", source).map(|m| format!("{m}: every question must say where its facts come from")),
        (!seen.insert(id.to_owned()))
            .then(|| format!("the id \"{id}\" is used more than once; each id must be unique")),
        (!text.trim_end().ends_with('?')).then(|| "the question text must end with a question mark".to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect();
    found.extend(check_placeholders("hint", hint, &[], &[]));
    found
}

/// The pages of a question set: each `[[group]]` with a well-formed unique id and a title, and
/// questions that all share one scope (or part), since a page asks about one set of people; each
/// question on one of them. `questions` holds each question's label, group and scope or part;
/// `kind` says which ("scope" or "part").
fn check_groups(
    file: &str,
    groups: &[RawGroup],
    questions: &[(String, Option<&str>, &str)],
    kind: &str,
) -> Vec<Problem> {
    let ids: Vec<&str> = groups.iter().map(|g| g.id.as_str()).collect();
    let mut seen = HashSet::new();
    let mut problems = Vec::new();
    for (index, group) in groups.iter().enumerate() {
        let label = format!("group {} (\"{}\")", index + 1, group.id);
        let mut kinds: Vec<&str> =
            questions.iter().filter(|(_, g, _)| *g == Some(group.id.as_str())).map(|(_, _, k)| *k).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let found = [
            check_id(&group.id),
            check_text("title", &group.title),
            (!seen.insert(group.id.as_str())).then(|| format!("the id \"{}\" is used more than once", group.id)),
            kinds.is_empty().then(|| "no question names this group, so its page would be empty: put questions on it or remove it".to_owned()),
            (kinds.len() > 1).then(|| format!(
                "its questions have different {kind}s ({}); a page asks about one set of people, so keep each group to one {kind}",
                kinds.join(", ")
            )),
        ];
        problems.extend(found.into_iter().flatten().map(|m| problem(file, &label, m)));
    }
    for (label, group, _) in questions {
        let message = match group {
            None => format!("group is missing: name the page the question is asked on (one of: {})", ids.join(", ")),
            Some(group) if !ids.contains(group) => {
                format!("the group \"{group}\" is not one of the [[group]] entries in this file: {}", ids.join(", "))
            }
            Some(_) => continue,
        };
        problems.push(problem(file, label, message));
    }
    problems
}

/// A list of named entries (agencies, contacts): well-formed unique ids and a name each.
/// Returns the problems and the ids, for checking references to them.
fn check_named(file: &str, kind: &str, entries: &[RawAgency]) -> (Vec<Problem>, HashSet<String>) {
    let mut ids = HashSet::new();
    let mut problems = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let label = format!("{kind} {} (\"{}\")", index + 1, entry.id);
        let found = [
            check_id(&entry.id),
            check_text("name", &entry.name),
            (!ids.insert(entry.id.clone())).then(|| format!("the id \"{}\" is used more than once", entry.id)),
        ];
        problems.extend(found.into_iter().flatten().map(|m| problem(file, &label, m)));
    }
    (problems, ids)
}

/// Checks the conflict-or-abuse question set; `helpline_ids` are the national help lines its
/// outcomes may point to.
pub fn check_conflict(set: &ConflictFile, helpline_ids: &[&str], file: &str) -> Vec<Problem> {
    let (mut problems, agency_ids) = check_named(file, "agency", &set.agency);
    let mut question_ids = HashSet::new();
    for (index, q) in set.question.iter().enumerate() {
        let label = format!("question {} (\"{}\")", index + 1, q.id);
        let mut found = check_question(&q.id, &q.text, &q.hint, &q.source, &mut question_ids);
        if q.may_know.is_empty() {
            found.push("may_know is empty: name at least one agency who may know the answer".to_owned());
        }
        found.extend(
            q.may_know
                .iter()
                .filter(|a| !agency_ids.contains(*a))
                .map(|a| format!("may_know names \"{a}\", which is not an agency in this file")),
        );
        match SCOPES.iter().find(|(name, ..)| *name == q.scope) {
            None => found.push(format!(
                "the scope \"{}\" is not one of: {}",
                q.scope,
                SCOPES.map(|(name, ..)| name).join(", ")
            )),
            Some((_, _, holders, signals)) => {
                let required: &[&str] =
                    if ACTOR_ONLY_SIGNALS.contains(&q.signal.as_str()) { &["{actor}"] } else { holders };
                found.extend(check_placeholders("question text", &q.text, holders, required));
                if !signals.iter().any(|(name, _)| *name == q.signal) {
                    found.push(format!(
                        "the signal \"{}\" cannot be used in scope {} (use one of: {})",
                        q.signal,
                        q.scope,
                        file_names(signals).join(", ")
                    ));
                }
            }
        }
        if q.critical && !KEY_SIGNALS.contains(&q.signal.as_str()) {
            found.push(format!(
                "critical = true only fits a question about abuse or its pattern (signal {}), not \"{}\"",
                KEY_SIGNALS.join(", "),
                q.signal
            ));
        }
        match (&q.risk, ADDING_UP_SIGNALS.contains(&q.signal.as_str())) {
            (None, true) => found.push(format!(
                "risk is missing: a {} question names the risk it adds, as it reads in a sentence",
                q.signal
            )),
            (Some(risk), true) => found.extend(check_text("risk", risk)),
            (Some(_), false) => {
                found.push(format!("only {} questions name a risk: remove risk", ADDING_UP_SIGNALS.join(", ")))
            }
            (None, false) => {}
        }
        problems.extend(found.into_iter().map(|m| problem(file, &label, m)));
    }
    for agency in &set.agency {
        if !set.question.iter().any(|q| q.may_know.contains(&agency.id)) {
            problems.push(problem(
                file,
                &format!("agency \"{}\"", agency.id),
                "no question names this agency in may_know, so Hearth would never suggest checking with it".into(),
            ));
        }
    }
    let pages: Vec<_> = set
        .question
        .iter()
        .enumerate()
        .map(|(i, q)| (format!("question {} (\"{}\")", i + 1, q.id), q.group.as_deref(), q.scope.as_str()))
        .collect();
    problems.extend(check_groups(file, &set.group, &pages, "scope"));
    problems.extend(check_outcomes_present(file, &OUTCOMES, set.outcome.iter().map(|o| o.id.as_str())));
    for (index, outcome) in set.outcome.iter().enumerate() {
        let label = format!("outcome {} (\"{}\")", index + 1, outcome.id);
        let words =
            OutcomeWords { id: &outcome.id, title: &outcome.title, summary: &outcome.summary, steps: &outcome.steps };
        let mut found = check_outcome(&words, &OUTCOMES, &STEP_WHEN, &STEP_PLACEHOLDERS, true);
        let mut lines = HashSet::new();
        for line in &outcome.lines {
            if !helpline_ids.contains(&line.as_str()) {
                found.push(format!("the help line \"{line}\" is not in content/helplines.toml"));
            }
            if !lines.insert(line.as_str()) {
                found.push(format!("the help line \"{line}\" is listed more than once"));
            }
        }
        problems.extend(found.into_iter().map(|m| problem(file, &label, m)));
    }
    problems.extend(check_rules(file, &set.rule, &CONFLICT_RULES, &OUTCOMES));
    problems
}

/// Every outcome the code has appears exactly once.
fn check_outcomes_present<'a>(
    file: &str,
    expected: &[(&str, &str)],
    ids: impl Iterator<Item = &'a str> + Clone,
) -> Vec<Problem> {
    expected
        .iter()
        .filter_map(|(id, _)| {
            let count = ids.clone().filter(|found| found == id).count();
            (count != 1).then(|| {
                problem(file, "outcomes", format!("the outcome \"{id}\" must appear exactly once (found {count})"))
            })
        })
        .collect()
}

/// The parts of an outcome that every question set's outcomes share.
struct OutcomeWords<'a> {
    id: &'a str,
    title: &'a str,
    summary: &'a str,
    steps: &'a [RawStep],
}

/// One outcome: a known id, a title and summary, and next steps with unique ids, known "when"
/// conditions and only the placeholders allowed.
fn check_outcome(
    outcome: &OutcomeWords,
    expected: &[(&str, &str)],
    when: &[(&str, &str)],
    placeholders: &[&str],
    referral_allowed: bool,
) -> Vec<String> {
    let mut found: Vec<String> =
        [check_text("title", outcome.title), check_text("summary", outcome.summary)].into_iter().flatten().collect();
    if !expected.iter().any(|(id, _)| *id == outcome.id) {
        found.push(format!("\"{}\" is not one of the outcomes: {}", outcome.id, file_names(expected).join(", ")));
    }
    if outcome.steps.is_empty() {
        found.push("there are no steps: every outcome needs at least one next step".into());
    }
    let mut step_ids = HashSet::new();
    for (n, step) in outcome.steps.iter().enumerate() {
        let mut step_found: Vec<String> = [
            check_id(&step.id),
            check_text("step text", &step.text),
            (!step_ids.insert(step.id.as_str()))
                .then(|| format!("the step id \"{}\" is used more than once in this outcome", step.id)),
            (step.referral && !referral_allowed)
                .then(|| "these steps have no follow-up date: remove referral".to_owned()),
            (step.follow_up_only && !step.referral)
                .then(|| "follow_up_only needs referral = true, the follow-up date it qualifies".to_owned()),
            step.when.as_deref().filter(|w| !when.iter().any(|(name, _)| name == w)).map(|w| {
                let names = file_names(when).join(", ");
                format!("when = \"{w}\" must be one of: {names}, or left out to always show the step")
            }),
        ]
        .into_iter()
        .flatten()
        .collect();
        step_found.extend(check_placeholders("step text", &step.text, placeholders, &[]));
        found.extend(step_found.into_iter().map(|m| format!("step {} (\"{}\"): {m}", n + 1, step.id)));
    }
    found
}

/// A rules table: one row for every rule the code applies, in the code's order, each in words
/// with its outcome and source.
fn check_rules(file: &str, rows: &[RawRule], rules: &[(&str, &str)], outcomes: &[(&str, &str)]) -> Vec<Problem> {
    let (rule_ids, outcomes) = (file_names(rules), file_names(outcomes));
    let mut problems = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let label = format!("rule {} (\"{}\")", index + 1, row.id);
        let mut found: Vec<String> = [
            check_text("when", &row.when),
            check_text("why", &row.why),
            check_text("source", &row.source).map(|m| format!("{m}: every rule must say where it comes from")),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !rule_ids.contains(&row.id.as_str()) {
            found.push(format!("\"{}\" is not a rule Hearth applies (the rules are: {})", row.id, rule_ids.join(", ")));
        }
        if row.outcome != "steps" && !outcomes.contains(&row.outcome.as_str()) {
            found.push(format!("outcome = \"{}\" must be one of: {}, steps", row.outcome, outcomes.join(", ")));
        }
        problems.extend(found.into_iter().map(|m| problem(file, &label, m)));
    }
    let listed: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    if listed != rule_ids {
        problems.push(problem(
            file,
            "the rules",
            format!("every rule must be described once, in the order Hearth applies them: {}", rule_ids.join(", ")),
        ));
    }
    problems
}

/// The risk that domestic abuse recorded in the conflict-or-abuse set joins; see
/// `src/domain/sleep/outcome.rs`.
const DOMESTIC_ABUSE_RISK: &str = "domestic abuse";

/// Checks the safer-sleep checklist.
pub fn check_sleep(set: &SleepFile, file: &str) -> Vec<Problem> {
    let (mut problems, _) = check_named(file, "contact", &set.contact);
    let mut ids = HashSet::new();
    for (index, q) in set.question.iter().enumerate() {
        let label = format!("question {} (\"{}\")", index + 1, q.id);
        let mut found = check_question(&q.id, &q.text, &q.hint, &q.source, &mut ids);
        match q.part.as_str() {
            "each-carer" => found.extend(check_placeholders("question text", &q.text, &["{carer}"], &["{carer}"])),
            "conversation" | "baby" | "household" | "coming-up" => {
                found.extend(check_placeholders("question text", &q.text, &[], &[]))
            }
            other => found.push(format!("the part \"{other}\" is not one of: {}", file_names(&PARTS).join(", "))),
        }
        match (q.part.as_str(), &q.plan_label) {
            ("coming-up", None) => {
                found.push("plan_label is missing: say the situation in a family's words, for the printed plan".into())
            }
            ("coming-up", Some(label)) => found.extend(check_text("plan label", label)),
            (_, Some(_)) => found.push("only coming-up items have a plan_label: remove it".into()),
            (_, None) => {}
        }
        match (q.part.as_str(), &q.risk) {
            ("conversation", Some(_)) => found.push("a conversation item names no risk: remove risk".into()),
            ("conversation", None) => {}
            (_, None) => found.push("risk is missing: name the risk a Yes shows, as it reads in a sentence".into()),
            (_, Some(risk)) => found.extend(check_text("risk", risk)),
        }
        problems.extend(found.into_iter().map(|m| problem(file, &label, m)));
    }
    let pages: Vec<_> = set
        .question
        .iter()
        .enumerate()
        .map(|(i, q)| (format!("question {} (\"{}\")", i + 1, q.id), q.group.as_deref(), q.part.as_str()))
        .collect();
    problems.extend(check_groups(file, &set.group, &pages, "part"));
    let mut place_ids = HashSet::new();
    for (index, place) in set.place.iter().enumerate() {
        let label = format!("place {} (\"{}\")", index + 1, place.id);
        let mut found: Vec<String> = [
            check_id(&place.id),
            check_text("label", &place.label),
            check_text("source", &place.source).map(|m| format!("{m}: say where the facts come from")),
            (!place_ids.insert(place.id.as_str())).then(|| format!("the id \"{}\" is used more than once", place.id)),
        ]
        .into_iter()
        .flatten()
        .collect();
        match (place.safety.as_str(), &place.reason) {
            ("talk" | "unsafe", None) => found.push(format!(
                "reason is missing: a {} place says why, as it reads after \"The baby sleeps\"",
                place.safety
            )),
            ("talk" | "unsafe", Some(reason)) => found.extend(check_text("reason", reason)),
            ("safe" | "not-known", Some(_)) => {
                found.push("only talk and unsafe places give a reason: remove it".into())
            }
            ("safe" | "not-known", None) => {}
            (other, _) => {
                found.push(format!("safety = \"{other}\" must be one of: {}", file_names(&PLACE_SAFETY).join(", ")))
            }
        }
        problems.extend(found.into_iter().map(|m| problem(file, &label, m)));
    }
    for safety in ["safe", "unsafe", "not-known"] {
        if !set.place.iter().any(|p| p.safety == safety) {
            problems.push(problem(file, "places", format!("at least one place must have safety = \"{safety}\"")));
        }
    }
    problems.extend(check_outcomes_present(file, &SLEEP_OUTCOMES, set.outcome.iter().map(|o| o.id.as_str())));
    for (index, outcome) in set.outcome.iter().enumerate() {
        let label = format!("outcome {} (\"{}\")", index + 1, outcome.id);
        let words =
            OutcomeWords { id: &outcome.id, title: &outcome.title, summary: &outcome.summary, steps: &outcome.steps };
        let found = check_outcome(&words, &SLEEP_OUTCOMES, &SLEEP_STEP_WHEN, &[], false);
        problems.extend(found.into_iter().map(|m| problem(file, &label, m)));
    }
    problems.extend(check_rules(file, &set.rule, &SLEEP_RULES, &SLEEP_OUTCOMES));
    if !set.question.iter().any(|q| q.part == "each-carer" && q.risk.as_deref() == Some(DOMESTIC_ABUSE_RISK)) {
        problems.push(problem(
            file,
            "the list",
            format!("no each-carer question has risk = \"{DOMESTIC_ABUSE_RISK}\", so abuse from the conflict-or-abuse set would have nowhere to join"),
        ));
    }
    problems
}

/// The pictures Hearth draws for the guide (src/ui/components/sleep_picture.rs).
const PICTURES: [&str; 9] = ["back", "cot", "room", "sofa", "no-bed", "bed", "smoke", "warm", "feet"];
/// The tonight questions the rules in src/domain/guide.rs read by id.
const TONIGHT_RULE_IDS: [&str; 5] = ["bed", "sofa", "alone", "alcohol", "drugs"];

/// Checks the family guide.
pub fn check_guide(guide: &GuideFile, file: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    let mut entry = |kind: &str, index: usize, id: &str, texts: &[(&str, &str)], source: &str, extra: Vec<String>| {
        let label = format!("{kind} {} (\"{id}\")", index + 1);
        let mut found: Vec<String> = [
            check_id(id),
            check_text("source", source).map(|m| format!("{m}: say where the facts come from")),
            (!ids.insert(format!("{kind}:{id}"))).then(|| format!("the id \"{id}\" is used more than once")),
        ]
        .into_iter()
        .flatten()
        .collect();
        found.extend(texts.iter().filter_map(|(field, text)| check_text(field, text)));
        found.extend(extra);
        problems.extend(found.into_iter().map(|m| problem(file, &label, m)));
    };
    for (i, step) in guide.step.iter().enumerate() {
        let extra = (!PICTURES.contains(&step.picture.as_str()))
            .then(|| {
                format!(
                    "the picture \"{}\" is not one Hearth draws (use one of: {})",
                    step.picture,
                    PICTURES.join(", ")
                )
            })
            .into_iter()
            .collect();
        entry("step", i, &step.id, &[("title", &step.title), ("text", &step.text)], &step.source, extra);
    }
    for (i, q) in guide.tonight.iter().enumerate() {
        let extra = (!q.question.trim_end().ends_with('?'))
            .then(|| "the question must end with a question mark".to_owned())
            .into_iter()
            .collect();
        entry("tonight question", i, &q.id, &[("question", &q.question)], &q.source, extra);
    }
    for (i, s) in guide.situation.iter().enumerate() {
        entry("situation", i, &s.id, &[("name", &s.name)], &s.source, Vec::new());
    }
    let a = &guide.answer;
    entry(
        "answer",
        0,
        "answer",
        &[
            ("cot", &a.cot),
            ("not_bed", &a.not_bed),
            ("in_charge", &a.in_charge),
            ("alone", &a.alone),
            ("safer_bed", &a.safer_bed),
            ("sofa", &a.sofa),
            ("sofa_first", &a.sofa_first),
        ],
        &a.source,
        Vec::new(),
    );
    let w = &guide.words;
    entry(
        "words",
        0,
        "words",
        &[
            ("intro", &w.intro),
            ("privacy", &w.privacy),
            ("tonight_intro", &w.tonight_intro),
            ("not_sure", &w.not_sure),
            ("plan_intro", &w.plan_intro),
            ("plan_pick", &w.plan_pick),
            ("plan_where", &w.plan_where),
            ("plan_who", &w.plan_who),
            ("plan_carer", &w.plan_carer),
            ("plan_keep", &w.plan_keep),
            ("plan_keep_warning", &w.plan_keep_warning),
            ("call_999", &w.call_999),
            ("nhs_link", &w.nhs_link),
            ("call_intro", &w.call_intro),
        ],
        &w.source,
        Vec::new(),
    );
    for id in TONIGHT_RULE_IDS {
        if !guide.tonight.iter().any(|q| q.id == id) {
            problems.push(problem(
                file,
                "tonight questions",
                format!("the rules need a tonight question with id \"{id}\""),
            ));
        }
    }
    problems
}

/// The ids Hearth's code and records use, which each list in the casework file must hold.
const ACCOUNT_PROMPTS: [&str; 3] = ["relationship", "children-care", "worries-about-other"];
const DAY_PROMPTS: [&str; 7] =
    ["getting-up", "school-or-nursery", "meals", "evenings", "bedtime", "who-is-there", "sees-and-hears"];
const SHARING_BASES: [&str; 6] = ["agreed", "risk-if-asked", "significant-harm", "crime", "legal-duty", "other"];
const ESCALATION_STAGES: [&str; 4] = ["talk-to-worker", "managers", "safeguarding-leads", "partnership"];

/// A prompt, basis or stage; local ones have no source, since the partnership is their source.
struct PromptEntry<'a> {
    id: &'a str,
    label: &'a str,
    hint: &'a str,
    source: Option<&'a str>,
}

/// One list of prompts, named as the file names it (`[[kind]]`): well-formed unique ids, a label
/// and hint each, and every id in `required`.
fn check_prompts(file: &str, kind: &str, entries: &[PromptEntry], required: &[&str]) -> Vec<Problem> {
    let mut ids = HashSet::new();
    let mut problems = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let label = format!("{kind} {} (\"{}\")", index + 1, entry.id);
        let mut found = vec![
            check_id(entry.id),
            check_text("label", entry.label),
            check_text("hint", entry.hint),
            (!ids.insert(entry.id)).then(|| format!("the id \"{}\" is used more than once in [[{kind}]]", entry.id)),
        ];
        if let Some(source) = entry.source {
            found.push(check_text("source", source).map(|m| format!("{m}: say where the wording comes from")));
        }
        problems.extend(found.into_iter().flatten().map(|m| problem(file, &label, m)));
    }
    for id in required.iter().filter(|id| !ids.contains(*id)) {
        problems.push(problem(
            file,
            &format!("[[{kind}]]"),
            format!(
                "no entry has the id \"{id}\": Hearth's records use it, so it must stay (the ids needed are: {})",
                required.join(", ")
            ),
        ));
    }
    problems
}

fn check_sections(file: &str, kind: &str, sections: &[RawSection]) -> Vec<Problem> {
    let mut problems = Vec::new();
    if sections.is_empty() {
        problems.push(problem(
            file,
            &format!("[[{kind}]]"),
            "there are no sections, so the page would be empty".into(),
        ));
    }
    for (index, section) in sections.iter().enumerate() {
        let label = format!("{kind} {} (\"{}\")", index + 1, section.heading);
        let mut found: Vec<String> = [
            check_text("heading", &section.heading),
            check_text("source", &section.source).map(|m| format!("{m}: say where the guidance comes from")),
            section.paragraphs.is_empty().then(|| "paragraphs is empty: give at least one".to_owned()),
        ]
        .into_iter()
        .flatten()
        .collect();
        found.extend(
            section
                .paragraphs
                .iter()
                .enumerate()
                .filter_map(|(n, p)| check_text("paragraph", p).map(|m| format!("{m} (paragraph {})", n + 1))),
        );
        problems.extend(found.into_iter().map(|m| problem(file, &label, m)));
    }
    problems
}

fn prompts(list: &[RawPrompt]) -> Vec<PromptEntry<'_>> {
    list.iter().map(|p| PromptEntry { id: &p.id, label: &p.label, hint: &p.hint, source: Some(&p.source) }).collect()
}

/// Checks the casework wording; `helpline_ids` are the national lines its routes may name.
pub fn check_casework(words: &CaseworkFile, helpline_ids: &[&str], file: &str) -> Vec<Problem> {
    let mut problems = check_prompts(file, "account_prompt", &prompts(&words.account_prompt), &ACCOUNT_PROMPTS);
    problems.extend(check_prompts(file, "day_prompt", &prompts(&words.day_prompt), &DAY_PROMPTS));
    problems.extend(check_prompts(file, "sharing_basis", &prompts(&words.sharing_basis), &SHARING_BASES));
    problems.extend(check_prompts(file, "escalation_stage", &prompts(&words.escalation_stage), &ESCALATION_STAGES));
    let reminder = &words.interpreter_reminder;
    problems.extend(
        [check_text("text", &reminder.text), check_text("source", &reminder.source)]
            .into_iter()
            .flatten()
            .map(|m| problem(file, "interpreter_reminder", m)),
    );
    problems.extend(check_sections(file, "information_sharing", &words.information_sharing));
    problems.extend(check_sections(file, "escalation_guidance", &words.escalation_guidance));
    if words.other_route.is_empty() {
        problems.push(problem(file, "[[other_route]]", "there are no routes, so the page would be empty".into()));
    }
    let mut ids = HashSet::new();
    for (index, route) in words.other_route.iter().enumerate() {
        let label = format!("other_route {} (\"{}\")", index + 1, route.id);
        let mut found: Vec<String> = [
            check_id(&route.id),
            check_text("title", &route.title),
            check_text("when", &route.when),
            check_text("source", &route.source).map(|m| format!("{m}: say where the facts come from")),
            (!ids.insert(route.id.as_str())).then(|| format!("the id \"{}\" is used more than once", route.id)),
            route.what_to_do.is_empty().then(|| "what_to_do is empty: give at least one step".to_owned()),
            route.lines.is_empty().then(|| "lines is empty: name at least one help line".to_owned()),
        ]
        .into_iter()
        .flatten()
        .collect();
        found.extend(
            route
                .what_to_do
                .iter()
                .enumerate()
                .filter_map(|(n, step)| check_text("step", step).map(|m| format!("{m} (what_to_do {})", n + 1))),
        );
        let mut lines = HashSet::new();
        for line in &route.lines {
            if !helpline_ids.contains(&line.as_str()) {
                found.push(format!("the help line \"{line}\" is not in content/helplines.toml"));
            }
            if !lines.insert(line.as_str()) {
                found.push(format!("the help line \"{line}\" is listed more than once"));
            }
        }
        problems.extend(found.into_iter().map(|m| problem(file, &label, m)));
    }
    problems
}
