//! Reading a scenario file (JSON, format 1). Every problem is found and listed in words a
//! trainer can act on, not just the first; a file with any problem is refused whole.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde_json::Value;

use crate::domain::answer::Answer;
use crate::domain::conflict::question::{QuestionSet, Scope};
use crate::domain::sleep::question::{Part, SleepSet};

use super::{
    CastAdult, CastChild, ConflictAbout, Fact, LearningPoint, QuestionRef, Scenario, ScenarioAgency, ScenarioAnswer,
    Side, SleepAbout, Step,
};

pub const FORMAT: u64 = 1;
pub const MAX_FILE_BYTES: usize = 512 * 1024;
pub const NAME_MAX_CHARS: usize = 16;
pub const ROLE_MAX_CHARS: usize = 16;
pub const TEXT_MAX_CHARS: usize = 700;
pub const MAX_STEPS: usize = 30;
pub const MAX_ITEMS: usize = 20;

type Unknown = BTreeMap<String, Value>;

#[derive(Deserialize)]
struct RawScenario {
    hearth_scenario: Option<u64>,
    id: Option<String>,
    title: Option<String>,
    summary: Option<String>,
    adults: Option<RawAdults>,
    #[serde(default)]
    children: Vec<RawChild>,
    #[serde(default)]
    steps: Vec<RawStep>,
    #[serde(default)]
    learning_points: Vec<RawLearningPoint>,
    #[serde(flatten)]
    unknown: Unknown,
}

#[derive(Deserialize)]
struct RawAdults {
    a: Option<RawAdult>,
    b: Option<RawAdult>,
    #[serde(flatten)]
    unknown: Unknown,
}

#[derive(Deserialize)]
struct RawAdult {
    name: Option<String>,
    role: Option<String>,
    #[serde(flatten)]
    unknown: Unknown,
}

#[derive(Deserialize)]
struct RawChild {
    key: Option<String>,
    name: Option<String>,
    age_years: Option<u8>,
    #[serde(default)]
    baby: bool,
    #[serde(flatten)]
    unknown: Unknown,
}

#[derive(Deserialize)]
struct RawStep {
    agency: Option<String>,
    #[serde(default)]
    facts: Vec<RawFact>,
    #[serde(default)]
    answers: Vec<RawAnswer>,
    #[serde(default)]
    prompts: Vec<String>,
    #[serde(flatten)]
    unknown: Unknown,
}

#[derive(Deserialize)]
struct RawFact {
    when: Option<String>,
    day: Option<i32>,
    text: Option<String>,
    #[serde(flatten)]
    unknown: Unknown,
}

#[derive(Deserialize)]
struct RawAnswer {
    set: Option<String>,
    question: Option<String>,
    about: Option<String>,
    answer: Option<String>,
    #[serde(flatten)]
    unknown: Unknown,
}

#[derive(Deserialize)]
struct RawLearningPoint {
    title: Option<String>,
    text: Option<String>,
    source: Option<String>,
    #[serde(flatten)]
    unknown: Unknown,
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

    fn unknown_fields(&mut self, place: &str, unknown: &Unknown, allowed: &[&str]) {
        for field in unknown.keys() {
            self.add(
                place,
                format!("\"{field}\" is not a field Hearth knows here. The fields are: {}", allowed.join(", ")),
            );
        }
    }

    /// A required piece of text: present, not blank, not too long, and with no placeholder
    /// other than `{a}` and `{b}`. Returns it trimmed.
    fn text(&mut self, place: &str, field: &str, value: &Option<String>, max: usize) -> String {
        let text = value.as_deref().unwrap_or("").trim().to_owned();
        if text.is_empty() {
            self.add(place, format!("\"{field}\" is missing or empty"));
        } else if text.chars().count() > max {
            self.add(place, format!("\"{field}\" is longer than {max} characters: shorten it"));
        }
        for placeholder in placeholders(&text) {
            if placeholder != "a" && placeholder != "b" {
                self.add(
                    place,
                    format!("\"{field}\" has {{{placeholder}}}, but the only placeholders are {{a}} and {{b}}, for the two adults' roles"),
                );
            }
        }
        text
    }
}

fn placeholders(text: &str) -> Vec<&str> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect()
}

fn is_id(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn parse_answer(text: &str) -> Option<Answer> {
    match text {
        "yes" => Some(Answer::Yes),
        "no" => Some(Answer::No),
        "not-known" => Some(Answer::NotKnown),
        _ => None,
    }
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
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![format!(
            "The file is not valid JSON: the problem is at line {}, column {}. Check for a missing comma, quote mark or bracket there.",
            e.line(),
            e.column()
        )]
    })?;
    if value.get("hearth_scenario").is_none() {
        return Err(vec![
            "This is not a Hearth scenario file: it has no \"hearth_scenario\" field. Start from a scenario file downloaded from Hearth.".to_owned(),
        ]);
    }
    let raw: RawScenario = serde_json::from_value(value).map_err(|e| {
        vec![format!(
            "A field has the wrong kind of value ({e}). Text goes in quotes; ages and days are whole numbers."
        )]
    })?;
    let mut problems = Problems(Vec::new());
    let scenario = check(raw, checks, &mut problems);
    if problems.0.is_empty() {
        Ok(scenario)
    } else {
        Err(problems.0)
    }
}

fn check(raw: RawScenario, checks: &Checks, problems: &mut Problems) -> Scenario {
    problems.unknown_fields(
        "Scenario",
        &raw.unknown,
        &["hearth_scenario", "id", "title", "summary", "adults", "children", "steps", "learning_points"],
    );
    if let Some(format) = raw.hearth_scenario.filter(|f| *f != FORMAT) {
        problems.add(
            "",
            format!("The file is scenario format {format}, but this version of Hearth reads format {FORMAT}. Update Hearth, or start from a file downloaded from this version."),
        );
    }
    let id = raw.id.clone().unwrap_or_default();
    if !is_id(&id) {
        problems.add(
            "Scenario",
            "\"id\" must be short, using only lower-case letters, digits and hyphens, such as \"oak-road\"",
        );
    } else if checks.taken_ids.contains(&id.as_str()) {
        problems.add("", format!("The id \"{id}\" is already used by a scenario built into Hearth: choose another id"));
    }
    let title = problems.text("Scenario", "title", &raw.title, 80);
    let summary = problems.text("Scenario", "summary", &raw.summary, TEXT_MAX_CHARS);
    let adults = check_adults(raw.adults, problems);
    let children = check_children(&raw.children, problems);
    let mut names: Vec<String> = adults.iter().map(|a| a.name.to_lowercase()).collect();
    for child in &children {
        let name = child.name.to_lowercase();
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
    if raw.learning_points.is_empty() {
        problems.add("", "There are no learning points: add at least one under \"learning_points\"");
    }
    let learning_points = raw
        .learning_points
        .iter()
        .enumerate()
        .map(|(n, point)| {
            let place = format!("Learning point {}", n + 1);
            problems.unknown_fields(&place, &point.unknown, &["title", "text", "source"]);
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
    problems.unknown_fields("Adults", &raw.unknown, &["a", "b"]);
    let mut adult = |key: &str, adult: Option<RawAdult>| {
        let place = format!("Adult {key}");
        let Some(adult) = adult else {
            problems.add(&place, "is missing: give a name and a role, such as \"mother\"");
            return CastAdult { name: String::new(), role: String::new() };
        };
        problems.unknown_fields(&place, &adult.unknown, &["name", "role"]);
        CastAdult {
            name: problems.text(&place, "name", &adult.name, NAME_MAX_CHARS),
            role: problems.text(&place, "role", &adult.role, ROLE_MAX_CHARS),
        }
    };
    let adults = [adult("a", raw.a), adult("b", raw.b)];
    if !adults[0].name.is_empty() && adults[0].name.eq_ignore_ascii_case(&adults[1].name) {
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
            problems.unknown_fields(&place, &child.unknown, &["key", "name", "age_years", "baby"]);
            let key = child.key.clone().unwrap_or_default();
            if !is_id(&key) || key == "a" || key == "b" || key == "family" {
                problems.add(
                    &place,
                    "\"key\" must use only lower-case letters, digits and hyphens, and not be a, b or family",
                );
            } else if !keys.insert(key.clone()) {
                problems.add(&place, format!("the key \"{key}\" is used for another child: keys must differ"));
            }
            let age_years = match child.age_years {
                Some(age) if age <= 17 => age,
                Some(_) => {
                    problems.add(&place, "\"age_years\" must be from 0 to 17");
                    0
                }
                None => {
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
    let agency = raw.agency.as_deref().and_then(ScenarioAgency::from_id);
    let place = match agency {
        Some(agency) => format!("Step {number} ({})", agency.name()),
        None => format!("Step {number}"),
    };
    problems.unknown_fields(&place, &raw.unknown, &["agency", "facts", "answers", "prompts"]);
    if agency.is_none() {
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
            problems.unknown_fields(&place, &fact.unknown, &["when", "day", "text"]);
            if fact.day.is_none() {
                problems
                    .add(&place, "\"day\" is missing: give the day counted from the baby's birth, negative before it");
            }
            Fact {
                when: problems.text(&place, "when", &fact.when, 60),
                day: fact.day.unwrap_or_default(),
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
    let prompts = raw.prompts.iter().map(|p| problems.text(&place, "prompts", &Some(p.clone()), 300)).collect();
    Step { agency: agency.unwrap_or(ScenarioAgency::FrontDoor), facts, answers, prompts }
}

fn check_answer(
    place: &str,
    raw: &RawAnswer,
    children: &[CastChild],
    checks: &Checks,
    problems: &mut Problems,
) -> Option<ScenarioAnswer> {
    problems.unknown_fields(place, &raw.unknown, &["set", "question", "about", "answer"]);
    let answer = raw.answer.as_deref().and_then(parse_answer);
    if answer.is_none() {
        problems.add(place, "\"answer\" must be \"yes\", \"no\" or \"not-known\"");
    }
    let question_id = raw.question.as_deref().unwrap_or("");
    let about = raw.about.as_deref().unwrap_or("");
    let question = match raw.set.as_deref() {
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
        _ => {
            problems.add(place, "\"set\" must be \"conflict-or-abuse\" or \"safer-sleep\"");
            return None;
        }
    };
    Some(ScenarioAnswer { question, answer: answer? })
}
