//! Reading a scenario file (JSON, format 1). Every problem is found and listed in words a
//! trainer can act on, not just the first; a file with any problem is refused whole.

use std::collections::BTreeSet;
use std::convert::Infallible;

use crate::domain::family_record::Label;
use crate::domain::file_problems::{self, FileKind, ProblemList as Problems};
use crate::domain::json::{Field, Json, ObjectReader};
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
const SCENARIO_FILE: FileKind = FileKind {
    name: "a scenario",
    instead: "Choose a Hearth scenario file, which ends in .json.",
    max_bytes: MAX_FILE_BYTES,
};

struct RawScenario {
    hearth_scenario: Field<i64>,
    id: Field<String>,
    title: Field<String>,
    summary: Field<String>,
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
    name: Field<String>,
    role: Field<String>,
}

struct RawChild {
    key: Field<String>,
    name: Field<String>,
    age_years: Field<i64>,
    baby: bool,
}

struct RawStep {
    agency: Field<String>,
    facts: Vec<RawFact>,
    answers: Vec<RawAnswer>,
    prompts: Vec<Field<String>>,
}

struct RawFact {
    when: Field<String>,
    day: Field<i64>,
    text: Field<String>,
}

struct RawAnswer {
    set: Field<String>,
    question: Field<String>,
    about: Field<String>,
    answer: Field<String>,
}

struct RawLearningPoint {
    title: Field<String>,
    text: Field<String>,
    source: Field<String>,
}

/// What reading the file's objects gives: `Problems` notes every problem and reading goes on, so
/// it never stops early.
type Read<T> = Result<T, Infallible>;

fn raw_scenario(value: &Json, problems: &Problems) -> Read<RawScenario> {
    let allowed = ["hearth_scenario", "id", "title", "summary", "adults", "children", "steps", "learning_points"];
    let top = ObjectReader::open(value, "Scenario", &allowed, problems)?;
    let (hearth_scenario, id) = (top.whole("hearth_scenario")?, top.text("id")?);
    let (title, summary) = (top.text("title")?, top.text("summary")?);
    let adults = match top.object("adults", "Adults", &["a", "b"])? {
        None => None,
        Some(adults) => {
            let adult = |key: &str| -> Read<Option<RawAdult>> {
                let Some(adult) = adults.object(key, &format!("Adult {key}"), &["name", "role"])? else {
                    return Ok(None);
                };
                Ok(Some(RawAdult { name: adult.text("name")?, role: adult.text("role")? }))
            };
            Some(RawAdults { a: adult("a")?, b: adult("b")? })
        }
    };
    let children = top
        .list("children")?
        .or_default()
        .iter()
        .enumerate()
        .map(|(n, value)| {
            let known = ["key", "name", "age_years", "baby"];
            let child = ObjectReader::open(value, &format!("Child {}", n + 1), &known, problems)?;
            Ok(RawChild {
                key: child.text("key")?,
                name: child.text("name")?,
                age_years: child.whole("age_years")?,
                baby: child.flag("baby")?.or_default(),
            })
        })
        .collect::<Read<_>>()?;
    let steps = top
        .list("steps")?
        .or_default()
        .iter()
        .enumerate()
        .map(|(n, value)| {
            let place = format!("Step {}", n + 1);
            let step = ObjectReader::open(value, &place, &["agency", "facts", "answers", "prompts"], problems)?;
            let facts = step
                .list("facts")?
                .or_default()
                .iter()
                .enumerate()
                .map(|(n, value)| {
                    let fact_place = format!("{place}, fact {}", n + 1);
                    let fact = ObjectReader::open(value, &fact_place, &["when", "day", "text"], problems)?;
                    Ok(RawFact { when: fact.text("when")?, day: fact.whole("day")?, text: fact.text("text")? })
                })
                .collect::<Read<_>>()?;
            let answers = step
                .list("answers")?
                .or_default()
                .iter()
                .enumerate()
                .map(|(n, value)| {
                    let answer_place = format!("{place}, answer {}", n + 1);
                    let known = ["set", "question", "about", "answer"];
                    let answer = ObjectReader::open(value, &answer_place, &known, problems)?;
                    Ok(RawAnswer {
                        set: answer.text("set")?,
                        question: answer.text("question")?,
                        about: answer.text("about")?,
                        answer: answer.text("answer")?,
                    })
                })
                .collect::<Read<_>>()?;
            let prompts = step
                .list("prompts")?
                .or_default()
                .iter()
                .map(|value| match value {
                    Json::String(prompt) => Field::Value(prompt.clone()),
                    _ => {
                        problems.add(&place, "each of \"prompts\" must be text in quotes");
                        Field::Wrong
                    }
                })
                .collect();
            Ok(RawStep { agency: step.text("agency")?, facts, answers, prompts })
        })
        .collect::<Read<_>>()?;
    let learning_points = top
        .list("learning_points")?
        .or_default()
        .iter()
        .enumerate()
        .map(|(n, value)| {
            let place = format!("Learning point {}", n + 1);
            let point = ObjectReader::open(value, &place, &["title", "text", "source"], problems)?;
            Ok(RawLearningPoint {
                title: point.text("title")?,
                text: point.text("text")?,
                source: point.text("source")?,
            })
        })
        .collect::<Read<_>>()?;
    Ok(RawScenario { hearth_scenario, id, title, summary, adults, children, steps, learning_points })
}

/// Collects problems, each prefixed with where it is. Every object being read reports to it at
/// once, so it is shared (a `RefCell`) rather than lent mutably to each in turn.
impl Problems {
    /// A required piece of text: present, not blank, not too long, and with no placeholder
    /// other than `{a}` and `{b}`. Returns it trimmed.
    fn text(&self, place: &str, field: &str, value: &Field<String>, max: usize) -> String {
        let text = match value {
            Field::Value(text) => text.trim().to_owned(),
            Field::Absent => String::new(),
            Field::Wrong => return String::new(),
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
    let value = file_problems::parse(bytes, &SCENARIO_FILE)?;
    if value.get("hearth_scenario").is_none() {
        return Err(vec![
            "This is not a Hearth scenario file: it has no \"hearth_scenario\" field. Start from a scenario file downloaded from Hearth.".to_owned(),
        ]);
    }
    let problems = Problems::default();
    let Ok(raw) = raw_scenario(&value, &problems);
    let scenario = check(raw, checks, &problems);
    if problems.is_empty() {
        for swapped in [false, true] {
            if let Err(problem) = cast(&scenario, swapped) {
                let when = if swapped { " (with the roles swapped)" } else { "" };
                problems
                    .add("Names", format!("{problem}{when}: give everyone a name no one else's shown name matches"));
            }
        }
    }
    if problems.is_empty() {
        return Ok(scenario);
    }
    Err(problems.into_shown())
}

fn check(raw: RawScenario, checks: &Checks, problems: &Problems) -> Scenario {
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

fn check_adults(raw: Option<RawAdults>, problems: &Problems) -> [CastAdult; 2] {
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
    let adult = |key: &str, adult: Option<RawAdult>| {
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

fn check_children(raw: &[RawChild], problems: &Problems) -> Vec<CastChild> {
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
                Field::Value(age) if (0..=17).contains(&age) => age as u8,
                Field::Value(_) => {
                    problems.add(&place, "\"age_years\" must be from 0 to 17");
                    0
                }
                Field::Wrong => 0,
                Field::Absent => {
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

fn check_step(number: usize, raw: &RawStep, children: &[CastChild], checks: &Checks, problems: &Problems) -> Step {
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
                Field::Value(day) => i32::try_from(day).unwrap_or_else(|_| {
                    problems.add(&place, "\"day\" is too far from the birth: give a number of days");
                    0
                }),
                Field::Wrong => 0,
                Field::Absent => {
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
    problems: &Problems,
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
