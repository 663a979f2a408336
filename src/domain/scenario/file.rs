//! Reading a scenario file (JSON, format 1). Every problem is found and listed in words a
//! trainer can act on, not just the first; a file with any problem is refused whole.

use std::collections::BTreeSet;

use crate::domain::family::Label;
use crate::domain::json::{Json, JsonProblem};
use crate::domain::words::placeholders;

use crate::domain::answer::Answer;
use crate::domain::conflict::question::{QuestionSet, Scope};
use crate::domain::sleep::question::{Part, SleepSet};

use super::picture::cast;
use super::{
    CastAdult, CastChild, ConflictAbout, Fact, LearningPoint, QuestionRef, Scenario, ScenarioAgency, ScenarioAnswer,
    Side, SleepAbout, Step,
};

pub const FORMAT: i64 = 1;
pub const MAX_FILE_BYTES: usize = 512 * 1024;
pub const NAME_MAX_CHARS: usize = 16;
pub const ROLE_MAX_CHARS: usize = 16;
pub const TEXT_MAX_CHARS: usize = 700;
pub const MAX_STEPS: usize = 30;
pub const MAX_ITEMS: usize = 20;
pub const MAX_CHILDREN: usize = 10;
pub const ID_MAX_CHARS: usize = 40;
/// Problems listed in full; beyond this, the rest are counted, so a broken file cannot flood the page.
pub const MAX_PROBLEMS_SHOWN: usize = 30;

/// A field as the file gave it: absent, of the wrong kind (already listed as a problem), or a value.
#[derive(Clone, Default)]
enum Given<T> {
    #[default]
    Absent,
    Wrong,
    Value(T),
}

struct RawScenario {
    hearth_scenario: Given<i64>,
    id: Given<String>,
    title: Given<String>,
    summary: Given<String>,
    adults: Option<RawAdults>,
    children: Vec<RawChild>,
    steps: Vec<RawStep>,
    learning_points: Vec<RawLearningPoint>,
}

struct RawAdults {
    a: Option<RawAdult>,
    b: Option<RawAdult>,
}

struct RawAdult {
    name: Given<String>,
    role: Given<String>,
}

struct RawChild {
    key: Given<String>,
    name: Given<String>,
    age_years: Given<i64>,
    baby: bool,
}

struct RawStep {
    agency: Given<String>,
    facts: Vec<RawFact>,
    answers: Vec<RawAnswer>,
    prompts: Vec<Given<String>>,
}

struct RawFact {
    when: Given<String>,
    day: Given<i64>,
    text: Given<String>,
}

struct RawAnswer {
    set: Given<String>,
    question: Given<String>,
    about: Given<String>,
    answer: Given<String>,
}

struct RawLearningPoint {
    title: Given<String>,
    text: Given<String>,
    source: Given<String>,
}

impl<T> Given<T> {
    fn value(&self) -> Option<&T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Wrong => None,
        }
    }

    fn is_wrong(&self) -> bool {
        matches!(self, Self::Wrong)
    }
}

impl Given<String> {
    fn as_str(&self) -> Option<&str> {
        self.value().map(String::as_str)
    }
}

/// One JSON object's fields, read one by one rather than by a derived reader: every wrong kind of
/// value becomes a listed problem, and it costs a phone far fewer bytes.
struct Fields<'a> {
    map: Option<&'a [(String, Json)]>,
    place: String,
}

impl<'a> Fields<'a> {
    fn of(value: &'a Json, place: &str, allowed: &[&str], problems: &mut Problems) -> Self {
        let map = value.as_object();
        match map {
            None => problems.add(place, "must be a group of fields between { and }"),
            Some(map) => {
                for (field, _) in map.iter().filter(|(k, _)| !allowed.contains(&k.as_str())) {
                    problems.add(
                        place,
                        format!("\"{field}\" is not a field Hearth knows here. The fields are: {}", allowed.join(", ")),
                    );
                }
            }
        }
        Self { map, place: place.to_owned() }
    }

    fn get(&self, key: &str) -> Option<&'a Json> {
        self.map.and_then(|m| m.iter().find(|(k, _)| k == key)).map(|(_, v)| v).filter(|v| !v.is_null())
    }

    fn text(&self, key: &str, problems: &mut Problems) -> Given<String> {
        match self.get(key) {
            None => Given::Absent,
            Some(Json::String(text)) => Given::Value(text.clone()),
            Some(_) => {
                problems.add(&self.place, format!("\"{key}\" must be text in quotes"));
                Given::Wrong
            }
        }
    }

    fn whole(&self, key: &str, problems: &mut Problems) -> Given<i64> {
        match self.get(key).map(Json::as_i64) {
            None => Given::Absent,
            Some(Some(number)) => Given::Value(number),
            Some(None) => {
                problems.add(&self.place, format!("\"{key}\" must be a whole number, without quotes"));
                Given::Wrong
            }
        }
    }

    fn flag(&self, key: &str, problems: &mut Problems) -> bool {
        let value = self.get(key);
        if value.is_some_and(|v| v.as_bool().is_none()) {
            problems.add(&self.place, format!("\"{key}\" must be true or false, without quotes"));
        }
        value.and_then(Json::as_bool).unwrap_or(false)
    }

    fn list(&self, key: &str, problems: &mut Problems) -> &'a [Json] {
        match self.get(key) {
            None => &[],
            Some(Json::Array(items)) => items,
            Some(_) => {
                problems.add(&self.place, format!("\"{key}\" must be a list between [ and ]"));
                &[]
            }
        }
    }
}

fn raw_scenario(value: &Json, problems: &mut Problems) -> RawScenario {
    let allowed = ["hearth_scenario", "id", "title", "summary", "adults", "children", "steps", "learning_points"];
    let top = Fields::of(value, "Scenario", &allowed, problems);
    let (hearth_scenario, id) = (top.whole("hearth_scenario", problems), top.text("id", problems));
    let (title, summary) = (top.text("title", problems), top.text("summary", problems));
    let adults = top.get("adults").map(|value| {
        let adults = Fields::of(value, "Adults", &["a", "b"], problems);
        let mut adult = |key: &str| {
            adults.get(key).map(|value| {
                let adult = Fields::of(value, &format!("Adult {key}"), &["name", "role"], problems);
                RawAdult { name: adult.text("name", problems), role: adult.text("role", problems) }
            })
        };
        RawAdults { a: adult("a"), b: adult("b") }
    });
    let children = top
        .list("children", problems)
        .iter()
        .enumerate()
        .map(|(n, value)| {
            let child = Fields::of(value, &format!("Child {}", n + 1), &["key", "name", "age_years", "baby"], problems);
            RawChild {
                key: child.text("key", problems),
                name: child.text("name", problems),
                age_years: child.whole("age_years", problems),
                baby: child.flag("baby", problems),
            }
        })
        .collect();
    let steps = top
        .list("steps", problems)
        .iter()
        .enumerate()
        .map(|(n, value)| {
            let place = format!("Step {}", n + 1);
            let step = Fields::of(value, &place, &["agency", "facts", "answers", "prompts"], problems);
            let facts = step
                .list("facts", problems)
                .iter()
                .enumerate()
                .map(|(n, value)| {
                    let fact =
                        Fields::of(value, &format!("{place}, fact {}", n + 1), &["when", "day", "text"], problems);
                    RawFact {
                        when: fact.text("when", problems),
                        day: fact.whole("day", problems),
                        text: fact.text("text", problems),
                    }
                })
                .collect();
            let answers = step
                .list("answers", problems)
                .iter()
                .enumerate()
                .map(|(n, value)| {
                    let answer = Fields::of(
                        value,
                        &format!("{place}, answer {}", n + 1),
                        &["set", "question", "about", "answer"],
                        problems,
                    );
                    RawAnswer {
                        set: answer.text("set", problems),
                        question: answer.text("question", problems),
                        about: answer.text("about", problems),
                        answer: answer.text("answer", problems),
                    }
                })
                .collect();
            let prompts = step
                .list("prompts", problems)
                .iter()
                .map(|value| match value {
                    Json::String(prompt) => Given::Value(prompt.clone()),
                    _ => {
                        problems.add(&place, "each of \"prompts\" must be text in quotes");
                        Given::Wrong
                    }
                })
                .collect();
            RawStep { agency: step.text("agency", problems), facts, answers, prompts }
        })
        .collect();
    let learning_points = top
        .list("learning_points", problems)
        .iter()
        .enumerate()
        .map(|(n, value)| {
            let point = Fields::of(value, &format!("Learning point {}", n + 1), &["title", "text", "source"], problems);
            RawLearningPoint {
                title: point.text("title", problems),
                text: point.text("text", problems),
                source: point.text("source", problems),
            }
        })
        .collect();
    RawScenario { hearth_scenario, id, title, summary, adults, children, steps, learning_points }
}

/// Collects problems, each prefixed with where it is.
struct Problems(Vec<String>);

impl Problems {
    fn add(&mut self, place: &str, problem: impl std::fmt::Display) {
        if place.is_empty() {
            self.0.push(problem.to_string());
        } else {
            self.0.push(format!("{place}: {problem}"));
        }
    }

    /// A required piece of text: present, not blank, not too long, and with no placeholder
    /// other than `{a}` and `{b}`. Returns it trimmed.
    fn text(&mut self, place: &str, field: &str, value: &Given<String>, max: usize) -> String {
        let text = match value {
            Given::Value(text) => text.trim().to_owned(),
            Given::Absent => String::new(),
            Given::Wrong => return String::new(),
        };
        if text.is_empty() {
            self.add(place, format!("\"{field}\" is missing or empty"));
        } else if text.chars().count() > max {
            self.add(place, format!("\"{field}\" is longer than {max} characters: shorten it"));
        }
        for placeholder in placeholders(&text) {
            if placeholder != "{a}" && placeholder != "{b}" {
                self.add(
                    place,
                    format!("\"{field}\" has {placeholder}, but the only placeholders are {{a}} and {{b}}, for the two adults' roles"),
                );
            }
        }
        text
    }
}

/// Names compared as the family record compares labels: spaces collapsed, case ignored in any script.
fn name_key(name: &str) -> String {
    Label::parse(name).map(|label| label.key()).unwrap_or_default()
}

fn is_id(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn parse_side(text: &str) -> Option<Side> {
    match text {
        "a" => Some(Side::A),
        "b" => Some(Side::B),
        _ => None,
    }
}

/// What a reader of the file needs to check it against: the question sets, and the ids of the
/// scenarios already built in (a loaded file may not reuse one).
pub struct Checks<'a> {
    pub conflict: &'a QuestionSet,
    pub sleep: &'a SleepSet,
    pub taken_ids: &'a [&'a str],
}

/// Reads a scenario file, or lists everything wrong with it.
pub fn read(bytes: &[u8], checks: &Checks) -> Result<Scenario, Vec<String>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![format!(
            "The file is larger than {} KB, which is far more than any scenario needs. Choose a Hearth scenario file.",
            MAX_FILE_BYTES / 1024
        )]);
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(vec!["The file is not text. Choose a Hearth scenario file, which ends in .json.".to_owned()]);
    };
    // Some editors start a file with a byte-order mark; browsers read past it, and so does Hearth.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let value = Json::parse(text).map_err(|e| {
        let (line, column) = (e.line, e.column);
        vec![match e.problem {
            JsonProblem::Unexpected => format!(
                "The file is not valid JSON: the problem is at line {line}, column {column}. Check for a missing comma, quote mark or bracket there."
            ),
            JsonProblem::EndsEarly => format!(
                "The file is not valid JSON: it ends too soon, at line {line}, column {column}. Check that every {{, [ and quote mark is closed, or download the file again."
            ),
            JsonProblem::RepeatedName => format!(
                "The file is not valid for Hearth: at line {line}, column {column}, a field name is used a second time in the same {{ }}. Keep only one of them."
            ),
            JsonProblem::TooDeep => format!(
                "The file is not valid for Hearth: at line {line}, column {column}, brackets are nested far more deeply than any scenario needs."
            ),
            JsonProblem::TooMany => format!(
                "The file is not valid for Hearth: at line {line}, column {column}, a list or {{ }} has more than {} entries, far more than any scenario needs.",
                crate::domain::json::MAX_ENTRIES
            ),
        }]
    })?;
    if value.get("hearth_scenario").is_none() {
        return Err(vec![
            "This is not a Hearth scenario file: it has no \"hearth_scenario\" field. Start from a scenario file downloaded from Hearth.".to_owned(),
        ]);
    }
    let mut problems = Problems(Vec::new());
    let raw = raw_scenario(&value, &mut problems);
    let scenario = check(raw, checks, &mut problems);
    if problems.0.is_empty() {
        for swapped in [false, true] {
            if let Err(problem) = cast(&scenario, swapped) {
                let when = if swapped { " (with the roles swapped)" } else { "" };
                problems
                    .add("Names", format!("{problem}{when}: give everyone a name no one else's shown name matches"));
            }
        }
    }
    if problems.0.is_empty() {
        return Ok(scenario);
    }
    let mut shown = problems.0;
    if shown.len() > MAX_PROBLEMS_SHOWN {
        let more = shown.len() - MAX_PROBLEMS_SHOWN;
        shown.truncate(MAX_PROBLEMS_SHOWN);
        shown.push(format!("… and {more} more problems. Fix those above first, then load the file again."));
    }
    Err(shown)
}

fn check(raw: RawScenario, checks: &Checks, problems: &mut Problems) -> Scenario {
    if let Some(format) = raw.hearth_scenario.value().filter(|f| **f != FORMAT) {
        problems.add(
            "",
            format!("The file is scenario format {format}, but this version of Hearth reads format {FORMAT}. Update Hearth, or start from a file downloaded from this version."),
        );
    }
    let id = raw.id.as_str().unwrap_or_default().to_owned();
    if raw.id.is_wrong() {
        // Already listed as the wrong kind of value.
    } else if !is_id(&id) {
        problems.add(
            "Scenario",
            "\"id\" must be short, using only lower-case letters, digits and hyphens, such as \"oak-road\"",
        );
    } else if id.chars().count() > ID_MAX_CHARS {
        problems.add("Scenario", format!("\"id\" is longer than {ID_MAX_CHARS} characters: shorten it"));
    } else if checks.taken_ids.contains(&id.as_str()) {
        problems.add("", format!("The id \"{id}\" is already used by a scenario built into Hearth: choose another id"));
    }
    let title = problems.text("Scenario", "title", &raw.title, 80);
    let summary = problems.text("Scenario", "summary", &raw.summary, TEXT_MAX_CHARS);
    let adults = check_adults(raw.adults, problems);
    let children = check_children(&raw.children, problems);
    let mut names: Vec<String> = adults.iter().map(|a| name_key(&a.name)).collect();
    for child in &children {
        let name = name_key(&child.name);
        if !name.is_empty() && names.contains(&name) {
            problems
                .add("Children", format!("the name \"{}\" is used twice: give everyone a different name", child.name));
        }
        names.push(name);
    }
    if raw.steps.is_empty() {
        problems.add("", "There are no steps: add at least one agency's information under \"steps\"");
    }
    if raw.steps.len() > MAX_STEPS {
        problems.add("", format!("There are {} steps; a scenario can have at most {MAX_STEPS}", raw.steps.len()));
    }
    let steps =
        raw.steps.iter().enumerate().map(|(n, step)| check_step(n + 1, step, &children, checks, problems)).collect();
    if raw.children.len() > MAX_CHILDREN {
        problems
            .add("", format!("There are {} children; a scenario can have at most {MAX_CHILDREN}", raw.children.len()));
    }
    if raw.learning_points.len() > MAX_ITEMS {
        problems.add(
            "",
            format!("There are {} learning points; a scenario can have at most {MAX_ITEMS}", raw.learning_points.len()),
        );
    }
    if raw.learning_points.is_empty() {
        problems.add("", "There are no learning points: add at least one under \"learning_points\"");
    }
    let learning_points = raw
        .learning_points
        .iter()
        .enumerate()
        .map(|(n, point)| {
            let place = format!("Learning point {}", n + 1);
            LearningPoint {
                title: problems.text(&place, "title", &point.title, 120),
                text: problems.text(&place, "text", &point.text, TEXT_MAX_CHARS),
                source: problems.text(&place, "source", &point.source, 300),
            }
        })
        .collect();
    Scenario { id, title, summary, adults, children, steps, learning_points }
}

fn check_adults(raw: Option<RawAdults>, problems: &mut Problems) -> [CastAdult; 2] {
    let Some(raw) = raw else {
        problems.add(
            "Scenario",
            "\"adults\" is missing: give the two adults as \"a\" and \"b\", each with a name and a role",
        );
        return [
            CastAdult { name: String::new(), role: String::new() },
            CastAdult { name: String::new(), role: String::new() },
        ];
    };
    let mut adult = |key: &str, adult: Option<RawAdult>| {
        let place = format!("Adult {key}");
        let Some(adult) = adult else {
            problems.add(&place, "is missing: give a name and a role, such as \"mother\"");
            return CastAdult { name: String::new(), role: String::new() };
        };
        CastAdult {
            name: problems.text(&place, "name", &adult.name, NAME_MAX_CHARS),
            role: problems.text(&place, "role", &adult.role, ROLE_MAX_CHARS),
        }
    };
    let adults = [adult("a", raw.a), adult("b", raw.b)];
    if !adults[0].name.is_empty() && name_key(&adults[0].name) == name_key(&adults[1].name) {
        problems.add("Adults", "a and b have the same name: give them different names");
    }
    adults
}

fn check_children(raw: &[RawChild], problems: &mut Problems) -> Vec<CastChild> {
    let mut keys = BTreeSet::new();
    let children: Vec<CastChild> = raw
        .iter()
        .enumerate()
        .map(|(n, child)| {
            let place = format!("Child {}", n + 1);
            let key = child.key.as_str().unwrap_or_default().to_owned();
            if child.key.is_wrong() {
                // Already listed as the wrong kind of value.
            } else if !is_id(&key) || key == "a" || key == "b" || key == "family" {
                problems.add(
                    &place,
                    "\"key\" must use only lower-case letters, digits and hyphens, and not be a, b or family",
                );
            } else if !keys.insert(key.clone()) {
                problems.add(&place, format!("the key \"{key}\" is used for another child: keys must differ"));
            }
            let age_years = match child.age_years {
                Given::Value(age) if (0..=17).contains(&age) => age as u8,
                Given::Value(_) => {
                    problems.add(&place, "\"age_years\" must be from 0 to 17");
                    0
                }
                Given::Wrong => 0,
                Given::Absent => {
                    problems.add(&place, "\"age_years\" is missing: give the age in whole years, 0 for a baby");
                    0
                }
            };
            if child.baby && age_years != 0 {
                problems.add(&place, "is marked as the baby, so \"age_years\" must be 0");
            }
            CastChild {
                key,
                name: problems.text(&place, "name", &child.name, NAME_MAX_CHARS),
                age_years,
                baby: child.baby,
            }
        })
        .collect();
    if children.iter().filter(|c| c.baby).count() > 1 {
        problems.add(
            "Children",
            "more than one child is marked \"baby\": mark only the baby the safer-sleep checklist is about",
        );
    }
    children
}

fn check_step(number: usize, raw: &RawStep, children: &[CastChild], checks: &Checks, problems: &mut Problems) -> Step {
    let agency = raw.agency.as_str().and_then(ScenarioAgency::from_id);
    let place = match agency {
        Some(agency) => format!("Step {number} ({})", agency.name()),
        None => format!("Step {number}"),
    };
    if agency.is_none() && !raw.agency.is_wrong() {
        let ids: Vec<&str> = ScenarioAgency::ALL.iter().map(|a| a.id()).collect();
        problems.add(&place, format!("\"agency\" must be one of: {}", ids.join(", ")));
    }
    if raw.facts.is_empty() {
        problems.add(&place, "has no facts: say what this agency knew, even if it was nothing");
    }
    if raw.facts.len() > MAX_ITEMS || raw.answers.len() > MAX_ITEMS * 2 || raw.prompts.len() > MAX_ITEMS {
        problems.add(&place, "has too many facts, answers or prompts: split it into two steps");
    }
    let facts = raw
        .facts
        .iter()
        .enumerate()
        .map(|(n, fact)| {
            let place = format!("{place}, fact {}", n + 1);
            let day = match fact.day {
                Given::Value(day) => i32::try_from(day).unwrap_or_else(|_| {
                    problems.add(&place, "\"day\" is too far from the birth: give a number of days");
                    0
                }),
                Given::Wrong => 0,
                Given::Absent => {
                    problems.add(
                        &place,
                        "\"day\" is missing: give the day counted from the baby's birth, negative before it",
                    );
                    0
                }
            };
            Fact {
                when: problems.text(&place, "when", &fact.when, 60),
                day,
                text: problems.text(&place, "text", &fact.text, TEXT_MAX_CHARS),
            }
        })
        .collect();
    let mut seen = BTreeSet::new();
    let answers = raw
        .answers
        .iter()
        .enumerate()
        .filter_map(|(n, answer)| {
            let place = format!("{place}, answer {}", n + 1);
            let answer = check_answer(&place, answer, children, checks, problems)?;
            if !seen.insert(answer.question) {
                problems
                    .add(&place, "answers the same question about the same person as an earlier answer in this step");
            }
            Some(answer)
        })
        .collect();
    if raw.prompts.is_empty() {
        problems.add(&place, "has no discussion prompts: add at least one question for the room");
    }
    let prompts = raw.prompts.iter().map(|prompt| problems.text(&place, "prompts", prompt, 300)).collect();
    Step { agency: agency.unwrap_or(ScenarioAgency::FrontDoor), facts, answers, prompts }
}

fn check_answer(
    place: &str,
    raw: &RawAnswer,
    children: &[CastChild],
    checks: &Checks,
    problems: &mut Problems,
) -> Option<ScenarioAnswer> {
    let answer = raw.answer.as_str().and_then(Answer::from_id);
    if answer.is_none() && !raw.answer.is_wrong() {
        problems.add(place, "\"answer\" must be \"yes\", \"no\" or \"not-known\"");
    }
    let question_id = raw.question.as_str().unwrap_or("");
    let about = raw.about.as_str().unwrap_or("");
    let question = match raw.set.as_str() {
        Some("conflict-or-abuse") => {
            let Some(question) = checks.conflict.question(question_id) else {
                problems.add(
                    place,
                    format!("there is no question \"{question_id}\" in the conflict-or-abuse set. The question ids are listed in Hearth's trainer guide"),
                );
                return None;
            };
            let about = match (question.scope, about) {
                (Scope::BetweenAdults, "a-to-b") => Some(ConflictAbout::Between { actor: Side::A, target: Side::B }),
                (Scope::BetweenAdults, "b-to-a") => Some(ConflictAbout::Between { actor: Side::B, target: Side::A }),
                (Scope::Family, "family") => Some(ConflictAbout::Family),
                (Scope::EachChild, key) => children.iter().position(|c| c.key == key).map(ConflictAbout::Child),
                _ => None,
            };
            let Some(about) = about else {
                let expected = match question.scope {
                    Scope::BetweenAdults => "\"a-to-b\" (what a does to b) or \"b-to-a\"".to_owned(),
                    Scope::Family => "\"family\"".to_owned(),
                    Scope::EachChild => "the key of one of the children".to_owned(),
                };
                problems.add(place, format!("\"about\" for \"{question_id}\" must be {expected}"));
                return None;
            };
            QuestionRef::Conflict { question: question.id, about }
        }
        Some("safer-sleep") => {
            let Some(question) = checks.sleep.question(question_id) else {
                problems.add(
                    place,
                    format!("there is no question \"{question_id}\" in the safer-sleep set. The question ids are listed in Hearth's trainer guide"),
                );
                return None;
            };
            let about = match (question.part, about) {
                (Part::EachCarer, side) => parse_side(side).map(SleepAbout::Carer),
                (_, "family") => Some(SleepAbout::Family),
                _ => None,
            };
            let Some(about) = about else {
                let expected = if question.part == Part::EachCarer { "\"a\" or \"b\"" } else { "\"family\"" };
                problems.add(place, format!("\"about\" for \"{question_id}\" must be {expected}"));
                return None;
            };
            QuestionRef::Sleep { question: question.id, about }
        }
        _ if raw.set.is_wrong() => return None,
        _ => {
            problems.add(place, "\"set\" must be \"conflict-or-abuse\" or \"safer-sleep\"");
            return None;
        }
    };
    Some(ScenarioAnswer { question, answer: answer? })
}
