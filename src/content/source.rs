//! Reading and checking Hearth's content files. `build.rs` uses this to compile the content into
//! the app, so a content mistake stops the build with a message a content reviewer can act on;
//! the library includes it only for its tests.

use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelplineFile {
    pub helpline: Vec<RawHelpline>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHelpline {
    pub id: String,
    pub name: String,
    pub number: String,
    pub hours: Option<String>,
    pub purpose: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalFile {
    #[serde(default)]
    pub area: String,
    pub exit_url: String,
    #[serde(default = "default_idle_minutes")]
    pub idle_minutes: u32,
    #[serde(default)]
    pub contact: Vec<RawContact>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    pub id: String,
    pub name: String,
    pub number: String,
    pub hours: Option<String>,
    pub purpose: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConflictFile {
    pub agency: Vec<RawAgency>,
    pub question: Vec<RawQuestion>,
    pub outcome: Vec<RawOutcome>,
    pub rule: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub id: String,
    pub outcome: String,
    pub when: String,
    pub why: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAgency {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: String,
    pub scope: String,
    pub text: String,
    pub hint: String,
    pub signal: String,
    #[serde(default)]
    pub critical: bool,
    pub risk: Option<String>,
    pub may_know: Vec<String>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutcome {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub steps: Vec<RawStep>,
    pub lines: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub id: String,
    pub text: String,
    pub when: Option<String>,
    #[serde(default)]
    pub referral: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SleepFile {
    pub question: Vec<RawSleepQuestion>,
    pub contact: Vec<RawAgency>,
    pub place: Vec<RawPlace>,
    pub outcome: Vec<RawSleepOutcome>,
    pub rule: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    pub id: String,
    pub label: String,
    pub safety: String,
    pub reason: Option<String>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSleepOutcome {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub steps: Vec<RawStep>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSleepQuestion {
    pub id: String,
    pub part: String,
    pub text: String,
    pub hint: String,
    pub risk: Option<String>,
    pub plan_label: Option<String>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideFile {
    pub step: Vec<RawGuideStep>,
    pub tonight: Vec<RawTonight>,
    pub answer: RawTonightWords,
    pub situation: Vec<RawSituation>,
    pub words: RawFamilyWords,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFamilyWords {
    pub intro: String,
    pub privacy: String,
    pub tonight_intro: String,
    pub not_sure: String,
    pub plan_intro: String,
    pub plan_pick: String,
    pub plan_where: String,
    pub plan_who: String,
    pub plan_keep: String,
    pub plan_keep_warning: String,
    pub call_999: String,
    pub nhs_link: String,
    pub call_intro: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGuideStep {
    pub id: String,
    pub picture: String,
    pub title: String,
    pub text: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTonight {
    pub id: String,
    pub question: String,
    pub because: Option<String>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTonightWords {
    pub cot: String,
    pub not_bed: String,
    pub in_charge: String,
    pub alone: String,
    pub safer_bed: String,
    pub sofa: String,
    pub sofa_first: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSituation {
    pub id: String,
    pub name: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewFile {
    pub review: Vec<RawReview>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReview {
    pub file: String,
    pub version: u32,
    pub date: String,
    pub by: String,
    pub checked: Vec<RawCheck>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCheck {
    pub what: String,
    pub against: String,
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

/// Rust source for the review records.
pub fn render_reviews(reviews: &ReviewFile) -> String {
    let mut out = String::from("pub static CONTENT_REVIEWS: &[ContentReview] = &[\n");
    for r in &reviews.review {
        let checked: Vec<(&str, &str)> = r.checked.iter().map(|c| (c.what.as_str(), c.against.as_str())).collect();
        out += &format!(
            "    ContentReview {{ file: {:?}, version: {}, date: {:?}, by: {:?}, checked: &{:?} }},\n",
            r.file, r.version, r.date, r.by, checked
        );
    }
    out += "];\n";
    out
}

fn default_idle_minutes() -> u32 {
    15
}

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

pub const LOCAL_SOURCE: &str = "Your area's local configuration";

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

/// Checks the national help lines and the local configuration together, since ids must be
/// unique across both.
pub fn check(helplines: &HelplineFile, local: &LocalFile, helpline_file: &str, local_file: &str) -> Vec<Problem> {
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
    let contacts: Vec<Entry> = local
        .contact
        .iter()
        .map(|c| Entry { id: &c.id, name: &c.name, number: &c.number, purpose: &c.purpose, source: None })
        .collect();
    problems.extend(check_entries(local_file, "local contact", &contacts, &mut seen));
    if !(2..=240).contains(&local.idle_minutes) {
        problems.push(problem(
            local_file,
            "idle_minutes",
            format!("{} must be a whole number of minutes from 2 to 240 (15 is usual)", local.idle_minutes),
        ));
    }
    let url = local.exit_url.trim();
    if !url.starts_with("https://") || url.len() <= "https://".len() || url.contains(['"', ' ', '<', '>']) {
        problems.push(problem(
            local_file,
            "exit_url",
            format!(
                "\"{url}\" must be a full web address starting with https://, such as https://www.bbc.co.uk/weather"
            ),
        ));
    }
    problems
}

fn tel(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

fn helpline_literal(id: &str, name: &str, number: &str, hours: Option<&str>, purpose: &str, source: &str) -> String {
    format!(
        "Helpline {{ id: {id:?}, name: {name:?}, number: {number:?}, tel: {tel:?}, hours: {hours:?}, purpose: {purpose:?}, source: {source:?} }},\n",
        tel = tel(number),
    )
}

/// Rust source for the checked content; `src/content/mod.rs` includes it.
pub fn render(helplines: &HelplineFile, local: &LocalFile) -> String {
    let mut out = String::from("pub static NATIONAL_HELPLINES: &[Helpline] = &[\n");
    for h in &helplines.helpline {
        out += &helpline_literal(&h.id, &h.name, &h.number, h.hours.as_deref(), &h.purpose, &h.source);
    }
    out += "];\n\npub static LOCAL: LocalConfig = LocalConfig {\n";
    out += &format!(
        "    area: {:?},\n    exit_url: {:?},\n    idle_minutes: {},\n    contacts: &[\n",
        local.area.trim(),
        local.exit_url.trim(),
        local.idle_minutes
    );
    for c in &local.contact {
        out += &helpline_literal(&c.id, &c.name, &c.number, c.hours.as_deref(), &c.purpose, LOCAL_SOURCE);
    }
    out += "    ],\n};\n";
    out
}

/// Scopes, and the signals and placeholders each allows, as `content/conflict-or-abuse.toml`
/// documents them; the Rust names are what `render_conflict` writes.
/// A scope's name in the file, its Rust name, the placeholders its questions must name, and the
/// signals (file name, Rust name) its questions may use.
type ScopeRule = (&'static str, &'static str, &'static [&'static str], &'static [(&'static str, &'static str)]);

const SCOPES: [ScopeRule; 3] = [
    (
        "between-adults",
        "BetweenAdults",
        &["{actor}", "{target}"],
        &[
            ("abuse", "Abuse"),
            ("control", "Control"),
            ("violence", "Violence"),
            ("high-risk", "HighRisk"),
            ("escalation", "Escalation"),
            ("pattern", "Pattern"),
            ("care-risk", "CareRisk"),
            ("care-worry", "CareWorry"),
        ],
    ),
    ("family", "Family", &[], &[("conflict", "Conflict"), ("separation", "Separation"), ("incident", "Incident")]),
    ("each-child", "EachChild", &["{child}"], &[("child", "Child"), ("child-harmed", "ChildHarmed")]),
];
/// Signals whose questions may be key questions: those whose Yes indicates abuse, and the
/// pattern and escalation of harmful behaviour.
const KEY_SIGNALS: [&str; 6] = ["abuse", "control", "violence", "high-risk", "escalation", "pattern"];
/// Signals whose Yes joins the risks that add up, and so need a risk name; see `Signal::adds_up`.
const ADDING_UP_SIGNALS: [&str; 3] = ["care-risk", "care-worry", "child-harmed"];
/// A care-risk question is about the actor alone: it need not name the target.
const ACTOR_ONLY_SIGNALS: [&str; 1] = ["care-risk"];
const STEP_WHEN: [(&str, &str); 3] =
    [("one-direction", "OneDirection"), ("both-directions", "BothDirections"), ("child-harmed", "ChildHarmed")];
const SLEEP_STEP_WHEN: [(&str, &str); 2] = [("unsafe-place", "UnsafePlace"), ("coming-up", "ComingUp")];
/// The rules the code applies (`ConflictRule` in src/domain/conflict/question.rs), in order.
const CONFLICT_RULES: [(&str, &str); 14] = [
    ("high-risk-marker", "HighRiskMarker"),
    ("escalation", "Escalation"),
    ("separation", "Separation"),
    ("abuse-sign", "AbuseSign"),
    ("behaviour-unexplained", "BehaviourUnexplained"),
    ("child-harmed", "ChildHarmed"),
    ("incident-unexplained", "IncidentUnexplained"),
    ("incident-not-known", "IncidentNotKnown"),
    ("key-question-not-known", "KeyQuestionNotKnown"),
    ("too-few-checks", "TooFewChecks"),
    ("no-indicators", "NoIndicators"),
    ("both-directions", "BothDirections"),
    ("child-referral", "ChildReferral"),
    ("risks-add-up", "RisksAddUp"),
];
const OUTCOMES: [(&str, &str); 4] = [
    ("high-risk", "HighRisk"),
    ("abuse-indicated", "AbuseIndicated"),
    ("not-enough-known", "NotEnoughKnown"),
    ("no-abuse-indicated", "NoAbuseIndicated"),
];
const STEP_PLACEHOLDERS: [&str; 2] = ["{at_risk}", "{using_harm}"];

fn placeholders(text: &str) -> Vec<&str> {
    text.match_indices('{')
        .filter_map(|(start, _)| text[start..].find('}').map(|end| &text[start..=start + end]))
        .collect()
}

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
            None => found.push(format!("the scope \"{}\" is not one of: between-adults, family, each-child", q.scope)),
            Some((_, _, holders, signals)) => {
                let required: &[&str] =
                    if ACTOR_ONLY_SIGNALS.contains(&q.signal.as_str()) { &["{actor}"] } else { holders };
                found.extend(check_placeholders("question text", &q.text, holders, required));
                if !signals.iter().any(|(name, _)| *name == q.signal) {
                    let names: Vec<&str> = signals.iter().map(|(name, _)| *name).collect();
                    found.push(format!(
                        "the signal \"{}\" cannot be used in scope {} (use one of: {})",
                        q.signal,
                        q.scope,
                        names.join(", ")
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
    problems.extend(check_rules(file, &set.rule, &CONFLICT_RULES, &OUTCOMES.map(|(id, _)| id)));
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
        let ids: Vec<&str> = expected.iter().map(|(id, _)| *id).collect();
        found.push(format!("\"{}\" is not one of the outcomes: {}", outcome.id, ids.join(", ")));
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
            step.when.as_deref().filter(|w| !when.iter().any(|(name, _)| name == w)).map(|w| {
                let names: Vec<&str> = when.iter().map(|(name, _)| *name).collect();
                format!("when = \"{w}\" must be one of: {}, or left out to always show the step", names.join(", "))
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
fn check_rules(file: &str, rows: &[RawRule], rules: &[(&str, &str)], outcomes: &[&str]) -> Vec<Problem> {
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
        if !rules.iter().any(|(id, _)| *id == row.id) {
            found.push(format!(
                "\"{}\" is not a rule Hearth applies (the rules are: {})",
                row.id,
                rules.iter().map(|(id, _)| *id).collect::<Vec<_>>().join(", ")
            ));
        }
        if row.outcome != "steps" && !outcomes.contains(&row.outcome.as_str()) {
            found.push(format!("outcome = \"{}\" must be one of: {}, steps", row.outcome, outcomes.join(", ")));
        }
        problems.extend(found.into_iter().map(|m| problem(file, &label, m)));
    }
    let listed: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let expected: Vec<&str> = rules.iter().map(|(id, _)| *id).collect();
    if listed != expected {
        problems.push(problem(
            file,
            "the rules",
            format!("every rule must be described once, in the order Hearth applies them: {}", expected.join(", ")),
        ));
    }
    problems
}

fn render_rules(
    rows: &[RawRule],
    rules: &[(&str, &str)],
    rule_type: &str,
    outcomes: &[(&str, &str)],
    outcome_type: &str,
) -> String {
    let mut out = String::new();
    for row in rows {
        let outcome = match row.outcome.as_str() {
            "steps" => "None".to_owned(),
            id => format!("Some({outcome_type}::{})", rust_name(outcomes, id)),
        };
        out += &format!(
            "        RuleRow {{ rule: {rule_type}::{}, outcome: {outcome}, when: {:?}, why: {:?}, source: {:?} }},\n",
            rust_name(rules, &row.id),
            row.when,
            row.why,
            row.source
        );
    }
    out
}

fn rust_name(table: &[(&str, &str)], name: &str) -> String {
    table.iter().find(|(n, _)| *n == name).map(|(_, rust)| (*rust).to_owned()).expect("checked before rendering")
}

/// Rust source for a checked question set.
pub fn render_conflict(set: &ConflictFile) -> String {
    use std::fmt::Write;
    let mut out = String::from("pub static CONFLICT_OR_ABUSE: QuestionSet = QuestionSet {\n    agencies: &[\n");
    for a in &set.agency {
        let _ = writeln!(out, "        Agency {{ id: {:?}, name: {:?} }},", a.id, a.name);
    }
    out += "    ],\n    questions: &[\n";
    for q in &set.question {
        let (_, scope, _, signals) =
            SCOPES.iter().find(|(name, ..)| *name == q.scope).expect("checked before rendering");
        let _ = writeln!(
            out,
            "        Question {{ id: {:?}, scope: Scope::{scope}, text: {:?}, hint: {:?}, signal: Signal::{}, critical: {}, risk: {:?}, may_know: &{:?}, source: {:?} }},",
            q.id,
            q.text,
            q.hint,
            rust_name(signals, &q.signal),
            q.critical,
            q.risk,
            q.may_know,
            q.source,
        );
    }
    out += "    ],\n    outcomes: &[\n";
    for o in &set.outcome {
        let _ = write!(
            out,
            "        Outcome {{ kind: OutcomeKind::{}, title: {:?}, summary: {:?}, steps: &[",
            rust_name(&OUTCOMES, &o.id),
            o.title,
            o.summary
        );
        for step in &o.steps {
            let when = step.when.as_deref().map_or("Always".to_owned(), |w| rust_name(&STEP_WHEN, w));
            let _ = write!(
                out,
                "Step {{ id: {:?}, text: {:?}, when: StepWhen::{when}, referral: {} }}, ",
                step.id, step.text, step.referral
            );
        }
        let _ = writeln!(out, "], lines: &{:?} }},", o.lines);
    }
    out += "    ],\n    rules: &[\n";
    out += &render_rules(&set.rule, &CONFLICT_RULES, "ConflictRule", &OUTCOMES, "OutcomeKind");
    out += "    ],\n};\n";
    out
}

const PARTS: [(&str, &str); 5] = [
    ("conversation", "Conversation"),
    ("baby", "Baby"),
    ("each-carer", "EachCarer"),
    ("household", "Household"),
    ("coming-up", "ComingUp"),
];

const PLACE_SAFETY: [(&str, &str); 4] =
    [("safe", "Safe"), ("talk", "Talk"), ("unsafe", "Unsafe"), ("not-known", "NotKnown")];
const SLEEP_OUTCOMES: [(&str, &str); 3] =
    [("protect", "Protect"), ("not-enough-known", "NotEnoughKnown"), ("prevent", "Prevent")];
/// The rules the code applies (`SleepRule` in src/domain/sleep/question.rs), in order.
const SLEEP_RULES: [(&str, &str); 8] = [
    ("unsafe-place", "UnsafePlace"),
    ("risk-present", "RiskPresent"),
    ("coming-up", "ComingUp"),
    ("conflict-set-risk", "ConflictSetRisk"),
    ("place-not-known", "PlaceNotKnown"),
    ("risk-not-known", "RiskNotKnown"),
    ("no-added-risk", "NoAddedRisk"),
    ("risks-add-up", "RisksAddUp"),
];

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
            other => found.push(format!(
                "the part \"{other}\" is not one of: conversation, baby, each-carer, household, coming-up"
            )),
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
            (other, _) => found.push(format!("safety = \"{other}\" must be one of: safe, talk, unsafe, not-known")),
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
    problems.extend(check_rules(file, &set.rule, &SLEEP_RULES, &SLEEP_OUTCOMES.map(|(id, _)| id)));
    if !set.question.iter().any(|q| q.part == "each-carer" && q.risk.as_deref() == Some(DOMESTIC_ABUSE_RISK)) {
        problems.push(problem(
            file,
            "the list",
            format!("no each-carer question has risk = \"{DOMESTIC_ABUSE_RISK}\", so abuse from the conflict-or-abuse set would have nowhere to join"),
        ));
    }
    problems
}

/// Rust source for a checked safer-sleep checklist.
pub fn render_sleep(set: &SleepFile) -> String {
    use std::fmt::Write;
    let mut out = String::from("pub static SAFER_SLEEP: SleepSet = SleepSet {\n    questions: &[\n");
    for q in &set.question {
        let _ = writeln!(
            out,
            "        SleepQuestion {{ id: {:?}, part: Part::{}, text: {:?}, hint: {:?}, risk: {:?}, plan_label: {:?}, source: {:?} }},",
            q.id,
            rust_name(&PARTS, &q.part),
            q.text,
            q.hint,
            q.risk,
            q.plan_label,
            q.source
        );
    }
    out += "    ],\n    contacts: &[\n";
    for c in &set.contact {
        let _ = writeln!(out, "        Contact {{ id: {:?}, name: {:?} }},", c.id, c.name);
    }
    out += "    ],\n    places: &[\n";
    for p in &set.place {
        let _ = writeln!(
            out,
            "        PlaceOption {{ id: {:?}, label: {:?}, safety: PlaceSafety::{}, reason: {:?}, source: {:?} }},",
            p.id,
            p.label,
            rust_name(&PLACE_SAFETY, &p.safety),
            p.reason,
            p.source
        );
    }
    out += "    ],\n    outcomes: &[\n";
    for o in &set.outcome {
        let _ = write!(
            out,
            "        SleepOutcomeWords {{ outcome: SleepOutcome::{}, title: {:?}, summary: {:?}, steps: &[",
            rust_name(&SLEEP_OUTCOMES, &o.id),
            o.title,
            o.summary
        );
        for step in &o.steps {
            let when = step.when.as_deref().map_or("Always".to_owned(), |w| rust_name(&SLEEP_STEP_WHEN, w));
            let _ = write!(
                out,
                "Step {{ id: {:?}, text: {:?}, when: StepWhen::{when}, referral: false }}, ",
                step.id, step.text
            );
        }
        out += "] },\n";
    }
    out += "    ],\n    rules: &[\n";
    out += &render_rules(&set.rule, &SLEEP_RULES, "SleepRule", &SLEEP_OUTCOMES, "SleepOutcome");
    out += "    ],\n};\n";
    out
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

/// Rust source for the checked family guide.
pub fn render_guide(guide: &GuideFile) -> String {
    use std::fmt::Write;
    let mut out = String::from("pub static GUIDE: Guide = Guide {\n    steps: &[\n");
    for s in &guide.step {
        let _ = writeln!(
            out,
            "        GuideStep {{ id: {:?}, picture: {:?}, title: {:?}, text: {:?}, source: {:?} }},",
            s.id, s.picture, s.title, s.text, s.source
        );
    }
    out += "    ],\n    tonight: &[\n";
    for q in &guide.tonight {
        let _ = writeln!(
            out,
            "        TonightQuestion {{ id: {:?}, question: {:?}, because: {:?}, source: {:?} }},",
            q.id, q.question, q.because, q.source
        );
    }
    let a = &guide.answer;
    let _ = writeln!(
        out,
        "    ],\n    answer: TonightWords {{ cot: {:?}, not_bed: {:?}, in_charge: {:?}, alone: {:?}, safer_bed: {:?}, sofa: {:?}, sofa_first: {:?}, source: {:?} }},\n    situations: &[",
        a.cot, a.not_bed, a.in_charge, a.alone, a.safer_bed, a.sofa, a.sofa_first, a.source
    );
    for s in &guide.situation {
        let _ = writeln!(out, "        Situation {{ id: {:?}, name: {:?}, source: {:?} }},", s.id, s.name, s.source);
    }
    let w = &guide.words;
    let _ = writeln!(
        out,
        "    ],\n    words: FamilyWords {{ intro: {:?}, privacy: {:?}, tonight_intro: {:?}, not_sure: {:?}, plan_intro: {:?}, plan_pick: {:?}, plan_where: {:?}, plan_who: {:?}, plan_keep: {:?}, plan_keep_warning: {:?}, call_999: {:?}, nhs_link: {:?}, call_intro: {:?}, source: {:?} }},",
        w.intro, w.privacy, w.tonight_intro, w.not_sure, w.plan_intro, w.plan_pick, w.plan_where, w.plan_who, w.plan_keep, w.plan_keep_warning, w.call_999, w.nhs_link, w.call_intro, w.source
    );
    out += "};\n";
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn helplines(toml_text: &str) -> HelplineFile {
        toml::from_str(toml_text).expect("test input parses")
    }

    fn local(toml_text: &str) -> LocalFile {
        toml::from_str(toml_text).expect("test input parses")
    }

    const GOOD_LINES: &str = r#"
        [[helpline]]
        id = "emergency"
        name = "Emergency services"
        number = "999"
        purpose = "Danger now."
        source = "Brief"
    "#;
    const GOOD_LOCAL: &str = r#"exit_url = "https://www.bbc.co.uk/weather""#;

    fn messages(lines: &str, local_text: &str) -> Vec<String> {
        check(&helplines(lines), &local(local_text), "helplines.toml", "local.toml")
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn the_shipped_content_has_no_problems() {
        let lines = helplines(include_str!("../../content/helplines.toml"));
        let config = local(include_str!("../../config/local.toml"));
        assert_eq!(check(&lines, &config, "h", "l"), vec![]);
    }

    #[test]
    fn good_content_passes() {
        assert!(messages(GOOD_LINES, GOOD_LOCAL).is_empty());
    }

    #[test]
    fn a_duplicate_id_names_the_entry_and_the_id() {
        let lines = format!("{GOOD_LINES}{}", GOOD_LINES.replace("Emergency services", "Again"));
        let found = messages(&lines, GOOD_LOCAL);
        assert_eq!(
            found,
            vec!["helplines.toml, help line 2 (\"emergency\"): the id \"emergency\" is used more than once; each id must be unique"]
        );
    }

    #[test]
    fn a_local_contact_may_not_reuse_a_national_id() {
        let config = format!(
            "{GOOD_LOCAL}\n[[contact]]\nid = \"emergency\"\nname = \"MASH\"\nnumber = \"0123 456\"\npurpose = \"Advice\"\n"
        );
        let found = messages(GOOD_LINES, &config);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("local.toml, local contact 1"), "{found:?}");
    }

    #[test]
    fn a_missing_source_is_reported() {
        let found = messages(&GOOD_LINES.replace("source = \"Brief\"", "source = \" \""), GOOD_LOCAL);
        assert_eq!(
            found,
            vec!["helplines.toml, help line 1 (\"emergency\"): the source is empty: say where the number was checked"]
        );
    }

    #[test]
    fn a_number_with_letters_or_too_few_digits_is_reported() {
        let letters = messages(&GOOD_LINES.replace("\"999\"", "\"9x9\""), GOOD_LOCAL);
        assert!(letters.iter().any(|m| m.contains("may hold only digits and spaces")), "{letters:?}");
        let short = messages(&GOOD_LINES.replace("\"999\"", "\"99\""), GOOD_LOCAL);
        assert!(short.iter().any(|m| m.contains("too short to dial")), "{short:?}");
    }

    #[test]
    fn the_emergency_number_must_come_first() {
        let found = messages(&GOOD_LINES.replace("\"999\"", "\"0808 800 5000\""), GOOD_LOCAL);
        assert_eq!(found, vec!["helplines.toml, the list: the first help line must be 999, the emergency number"]);
    }

    #[test]
    fn a_badly_formed_id_is_reported() {
        let found = messages(&GOOD_LINES.replace("\"emergency\"", "\"Emergency Services\""), GOOD_LOCAL);
        assert!(found[0].contains("must be lower-case letters and digits joined by hyphens"), "{found:?}");
    }

    #[test]
    fn the_exit_address_must_be_a_full_https_address() {
        for bad in ["", "www.bbc.co.uk", "http://example.org", "https://", "https://a b"] {
            let found = messages(GOOD_LINES, &format!("exit_url = {bad:?}"));
            assert_eq!(found.len(), 1, "{bad}: {found:?}");
            assert!(found[0].starts_with("local.toml, exit_url:"), "{found:?}");
        }
    }

    #[test]
    fn the_idle_time_must_be_sensible() {
        let found = messages(GOOD_LINES, &format!("{GOOD_LOCAL}\nidle_minutes = 1"));
        assert_eq!(
            found,
            ["local.toml, idle_minutes: 1 must be a whole number of minutes from 2 to 240 (15 is usual)"]
        );
        assert!(messages(GOOD_LINES, &format!("{GOOD_LOCAL}\nidle_minutes = 30")).is_empty());
    }

    #[test]
    fn an_unknown_field_is_refused_when_read() {
        let typo = GOOD_LINES.replace("number =", "numbr =");
        assert!(toml::from_str::<HelplineFile>(&typo).is_err());
    }

    #[test]
    fn rendered_content_dials_digits_only() {
        let config = format!(
            "area = \"Northshire\"\n{GOOD_LOCAL}\n[[contact]]\nid = \"mash\"\nname = \"MASH\"\nnumber = \"0123 456\"\npurpose = \"Advice\"\n"
        );
        let rust = render(&helplines(GOOD_LINES), &local(&config));
        assert!(rust.contains("tel: \"0123456\""), "{rust}");
        assert!(rust.contains("area: \"Northshire\""), "{rust}");
        assert!(rust.contains(&format!("source: {LOCAL_SOURCE:?}")), "{rust}");
    }

    fn conflict(toml_text: &str) -> ConflictFile {
        toml::from_str(toml_text).expect("test input parses")
    }

    const SHIPPED_CONFLICT: &str = include_str!("../../content/conflict-or-abuse.toml");

    fn conflict_messages(text: &str) -> Vec<String> {
        check_conflict(
            &conflict(text),
            &[
                "emergency",
                "nspcc-helpline",
                "domestic-abuse-helpline",
                "mens-advice-line",
                "galop",
                "respect-phoneline",
                "childline",
            ],
            "q.toml",
        )
        .iter()
        .map(ToString::to_string)
        .collect()
    }

    #[test]
    fn the_shipped_question_set_has_no_problems() {
        let lines = helplines(include_str!("../../content/helplines.toml"));
        let ids: Vec<&str> = lines.helpline.iter().map(|h| h.id.as_str()).collect();
        let found: Vec<String> =
            check_conflict(&conflict(SHIPPED_CONFLICT), &ids, "q").iter().map(ToString::to_string).collect();
        assert_eq!(found, Vec::<String>::new());
    }

    #[test]
    fn every_shipped_question_names_a_source() {
        assert!(conflict(SHIPPED_CONFLICT).question.iter().all(|q| !q.source.trim().is_empty()));
    }

    #[test]
    fn a_question_without_a_source_fails_with_its_id() {
        let text = SHIPPED_CONFLICT.replacen(
            "source = \"Buckinghamshire, Hampshire SCP and Lincolnshire CC guidance on telling conflict from abuse (content brief §2)\"",
            "source = \"\"",
            1,
        );
        let found = conflict_messages(&text);
        assert_eq!(found, vec!["q.toml, question 1 (\"afraid\"): the source is empty: every question must say where its facts come from"]);
    }

    #[test]
    fn a_duplicate_question_id_is_reported() {
        let found = conflict_messages(&SHIPPED_CONFLICT.replacen("id = \"cannot-disagree\"", "id = \"afraid\"", 1));
        assert!(
            found.iter().any(|m| m.contains("question 2 (\"afraid\"): the id \"afraid\" is used more than once")),
            "{found:?}"
        );
    }

    #[test]
    fn an_unknown_agency_or_help_line_is_reported() {
        let found = conflict_messages(&SHIPPED_CONFLICT.replacen(
            "may_know = [\"health-visitor\", \"gp\", \"police\"]",
            "may_know = [\"midwfie\"]",
            1,
        ));
        assert!(found.iter().any(|m| m.contains("may_know names \"midwfie\", which is not an agency")), "{found:?}");
        let found = conflict_messages(&SHIPPED_CONFLICT.replacen("\"respect-phoneline\", ", "\"respect\", ", 1));
        assert!(
            found.iter().any(|m| m.contains("the help line \"respect\" is not in content/helplines.toml")),
            "{found:?}"
        );
    }

    #[test]
    fn an_agency_no_question_names_is_reported() {
        let found = conflict_messages(&SHIPPED_CONFLICT.replace("\"probation\"]", "\"police\"]"));
        assert!(found.iter().any(|m| m.contains("agency \"probation\": no question names this agency")), "{found:?}");
    }

    #[test]
    fn placeholders_must_fit_the_scope() {
        let found =
            conflict_messages(&SHIPPED_CONFLICT.replacen("Is {target} afraid of {actor}?", "Is {child} afraid?", 1));
        assert!(found.iter().any(|m| m.contains("uses {child}, which this entry cannot fill in")), "{found:?}");
        assert!(found.iter().any(|m| m.contains("must name {actor}")), "{found:?}");
    }

    #[test]
    fn a_signal_must_fit_the_scope() {
        let found = conflict_messages(&SHIPPED_CONFLICT.replacen("signal = \"conflict\"", "signal = \"high-risk\"", 1));
        assert!(
            found.iter().any(|m| m.contains("the signal \"high-risk\" cannot be used in scope family")),
            "{found:?}"
        );
    }

    #[test]
    fn every_outcome_must_be_present_once() {
        let found = conflict_messages(&SHIPPED_CONFLICT.replacen("id = \"high-risk\"", "id = \"urgent\"", 1));
        assert!(
            found.iter().any(|m| m.contains("the outcome \"high-risk\" must appear exactly once (found 0)")),
            "{found:?}"
        );
    }

    #[test]
    fn the_question_set_renders_as_rust() {
        let rust = render_conflict(&conflict(SHIPPED_CONFLICT));
        assert!(rust.contains("scope: Scope::BetweenAdults"));
        assert!(rust.contains("kind: OutcomeKind::NoAbuseIndicated"));
        assert!(rust.contains("when: StepWhen::BothDirections"));
        assert!(
            rust.contains("RuleRow { rule: ConflictRule::NoIndicators, outcome: Some(OutcomeKind::NoAbuseIndicated)")
        );
        assert!(rust.contains("RuleRow { rule: ConflictRule::BothDirections, outcome: None"));
    }

    #[test]
    fn every_content_file_needs_one_review_with_a_date_and_what_was_checked() {
        let files = ["content/a.toml", "content/b.toml"];
        let reviews: ReviewFile = toml::from_str(
            r#"
            [[review]]
            file = "content/a.toml"
            version = 1
            date = "1 Dec 2026"
            by = "a content reviewer"
            checked = [{ what = "numbers", against = "" }]
            "#,
        )
        .unwrap();
        let found: Vec<String> = check_reviews(&reviews, &files, "r.toml").iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            [
                "r.toml, review 1 (\"content/a.toml\"): the date \"1 Dec 2026\" must be written YYYY-MM-DD, like 2026-12-01",
                "r.toml, review 1 (\"content/a.toml\"): check 1: the against is empty",
                "r.toml, content/b.toml: every content file needs exactly one review record (found 0)",
            ]
        );
        let shipped: ReviewFile = toml::from_str(include_str!("../../content/reviews.toml")).unwrap();
        let mut content = vec![
            "content/conflict-or-abuse.toml",
            "content/safer-sleep.toml",
            "content/family.toml",
            "content/helplines.toml",
        ];
        content.extend(["content/scenarios/harbour-street.json", "content/scenarios/willow-lane.json"]);
        assert_eq!(check_reviews(&shipped, &content, "r").len(), 0);
        assert!(render_reviews(&shipped).contains("ContentReview { file: \"content/helplines.toml\", version: 2"));
    }

    #[test]
    fn a_rule_the_code_does_not_apply_or_a_missing_rule_is_reported() {
        let found =
            conflict_messages(&SHIPPED_CONFLICT.replacen("id = \"too-few-checks\"", "id = \"too-few-calls\"", 1));
        assert!(found.iter().any(|m| m.contains("\"too-few-calls\" is not a rule Hearth applies")), "{found:?}");
        assert!(
            found.iter().any(|m| m.contains("every rule must be described once, in the order Hearth applies them")),
            "{found:?}"
        );
        let found = conflict_messages(&SHIPPED_CONFLICT.replacen("outcome = \"steps\"\n", "outcome = \"later\"\n", 1));
        assert!(found.iter().any(|m| m.contains("outcome = \"later\" must be one of")), "{found:?}");
    }

    #[test]
    fn critical_and_risk_must_fit_the_signal() {
        let found = conflict_messages(&SHIPPED_CONFLICT.replacen(
            "signal = \"conflict\"\n",
            "signal = \"conflict\"\ncritical = true\n",
            1,
        ));
        assert!(
            found.iter().any(|m| m.contains("critical = true only fits a question about abuse or its pattern")),
            "{found:?}"
        );
        let found = conflict_messages(&SHIPPED_CONFLICT.replacen(
            "risk = \"a child hurt or caught up in an incident\"\n",
            "",
            1,
        ));
        assert!(
            found.iter().any(|m| m.contains("risk is missing: a child-harmed question names the risk")),
            "{found:?}"
        );
    }

    #[test]
    fn a_step_needs_an_id_and_a_known_condition() {
        let found =
            conflict_messages(&SHIPPED_CONFLICT.replacen("when = \"both-directions\"", "when = \"both-ways\"", 1));
        assert!(found.iter().any(|m| m.contains("when = \"both-ways\" must be one of")), "{found:?}");
        let found = conflict_messages(&SHIPPED_CONFLICT.replacen("id = \"emergency\", ", "id = \"marac\", ", 1));
        assert!(found.iter().any(|m| m.contains("the step id \"marac\" is used more than once")), "{found:?}");
    }

    const SHIPPED_SLEEP: &str = include_str!("../../content/safer-sleep.toml");

    fn sleep_messages(text: &str) -> Vec<String> {
        let set: SleepFile = toml::from_str(text).expect("test input parses");
        check_sleep(&set, "s.toml").iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_shipped_safer_sleep_checklist_has_no_problems_and_renders() {
        assert_eq!(sleep_messages(SHIPPED_SLEEP), Vec::<String>::new());
        let set: SleepFile = toml::from_str(SHIPPED_SLEEP).unwrap();
        assert!(render_sleep(&set).contains("part: Part::EachCarer"));
    }

    #[test]
    fn a_safer_sleep_item_without_a_source_fails_with_its_id() {
        let text = SHIPPED_SLEEP.replacen(
            "source = \"Lullaby Trust safer sleep advice, as reproduced by NHS bodies (content brief §4)\"",
            "source = \"  \"",
            1,
        );
        assert_eq!(
            sleep_messages(&text),
            ["s.toml, question 1 (\"on-back\"): the source is empty: every question must say where its facts come from"]
        );
    }

    #[test]
    fn safer_sleep_risks_placeholders_and_parts_are_checked() {
        let no_risk = SHIPPED_SLEEP.replacen("risk = \"smoking\"\n", "", 1);
        assert!(sleep_messages(&no_risk).iter().any(|m| m.contains("(\"smokes\"): risk is missing")));
        let no_carer = SHIPPED_SLEEP.replacen("Does {carer} smoke?", "Does anyone smoke?", 1);
        assert!(sleep_messages(&no_carer).iter().any(|m| m.contains("must name {carer}")));
        let bad_part = SHIPPED_SLEEP.replacen("part = \"household\"", "part = \"home\"", 1);
        assert!(sleep_messages(&bad_part).iter().any(|m| m.contains("the part \"home\" is not one of")));
        let no_link = SHIPPED_SLEEP.replacen("risk = \"domestic abuse\"", "risk = \"abuse\"", 1);
        assert!(sleep_messages(&no_link).iter().any(|m| m.contains("would have nowhere to join")));
    }

    const SHIPPED_GUIDE: &str = include_str!("../../content/family.toml");

    fn guide_messages(text: &str) -> Vec<String> {
        let guide: GuideFile = toml::from_str(text).expect("test input parses");
        check_guide(&guide, "f.toml").iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_shipped_family_guide_has_no_problems_and_renders() {
        assert_eq!(guide_messages(SHIPPED_GUIDE), Vec::<String>::new());
        let guide: GuideFile = toml::from_str(SHIPPED_GUIDE).unwrap();
        assert!(render_guide(&guide).contains("because: Some(\"someone smokes\")"));
    }

    #[test]
    fn a_guide_entry_without_a_source_or_with_an_unknown_picture_is_reported() {
        let text = SHIPPED_GUIDE.replacen(
            "source = \"Lullaby Trust safer sleep advice (content brief §4)\"",
            "source = \"\"",
            1,
        );
        assert_eq!(
            guide_messages(&text),
            ["f.toml, step 1 (\"back\"): the source is empty: say where the facts come from"]
        );
        let text = SHIPPED_GUIDE.replacen("picture = \"sofa\"", "picture = \"couch\"", 1);
        assert!(guide_messages(&text)[0].contains("the picture \"couch\" is not one Hearth draws"));
        let text = SHIPPED_GUIDE.replacen("id = \"alcohol\"", "id = \"drink\"", 1);
        assert!(guide_messages(&text)
            .iter()
            .any(|m| m.contains("the rules need a tonight question with id \"alcohol\"")));
    }
}
