//! `local.json`, format 1: read with every problem listed (where it is and how to fix it), and
//! written back for the setup page's download. A file with any problem is refused whole, so
//! Hearth never runs half on a partnership's settings and half on the national ones.

use std::collections::BTreeSet;

use crate::domain::date::CalendarDate;
use crate::domain::file_problems::{self, FileKind, ProblemList};
use crate::domain::json::{object, Field, Json, ObjectReader};

use super::{EscalationStage, LocalContact, LocalSettings, Procedures, IDLE_MINUTES_RANGE, NATIONAL_EXIT_URL};

pub const FORMAT: i64 = 1;
pub const MAX_FILE_BYTES: usize = 64 * 1024;
pub const MAX_CONTACTS: usize = 30;
pub const MAX_STAGES: usize = 10;
pub const AREA_MAX_CHARS: usize = 60;
pub const NAME_MAX_CHARS: usize = 80;
pub const HOURS_MAX_CHARS: usize = 80;
pub const PURPOSE_MAX_CHARS: usize = 240;
pub const HINT_MAX_CHARS: usize = 400;
pub const ID_MAX_CHARS: usize = 40;
pub const URL_MAX_CHARS: usize = 500;

/// The element a single file carries its settings in, empty in a release's `hearth.html`.
pub const BUILT_IN_ID: &str = "hearth-local-settings";

const LOCAL_FILE: FileKind = FileKind {
    name: "local settings",
    instead: "Make local.json again with Hearth's setup page, or start from local.json.example.",
    max_bytes: MAX_FILE_BYTES,
};

const TOP_FIELDS: [&str; 8] = [
    "hearth_local_settings",
    "area",
    "updated",
    "exit_url",
    "idle_minutes",
    "contacts",
    "procedures",
    "escalation_stages",
];
pub(super) const CONTACT_FIELDS: [&str; 5] = ["id", "name", "number", "hours", "purpose"];
const PROCEDURE_FIELDS: [&str; 3] = ["thresholds", "safer_sleep", "escalation"];
const STAGE_FIELDS: [&str; 3] = ["id", "label", "hint"];

/// Reads `local.json`, or lists everything wrong with it.
pub fn read(bytes: &[u8]) -> Result<LocalSettings, Vec<String>> {
    let value = file_problems::parse(bytes, &LOCAL_FILE)?;
    if value.get("hearth_local_settings").is_none() {
        return Err(vec![
            "This is not a Hearth local settings file: it has no \"hearth_local_settings\" field. Make local.json with Hearth's setup page, or start from local.json.example."
                .to_owned(),
        ]);
    }
    let problems = ProblemList::default();
    let settings = settings(&value, &problems);
    if problems.is_empty() {
        Ok(settings)
    } else {
        Err(problems.into_shown())
    }
}

fn settings(value: &Json, problems: &ProblemList) -> LocalSettings {
    let Ok(top) = ObjectReader::open(value, "Top of the file", &TOP_FIELDS, problems);
    let place = top.place().to_owned();
    let Ok(format) = top.whole::<i64>("hearth_local_settings");
    if let Some(format) = format.value().filter(|format| **format != FORMAT) {
        problems.add(
            &place,
            format!("\"hearth_local_settings\" is {format}, but this copy of Hearth reads format {FORMAT}. Make the file again with this copy's setup page."),
        );
    }
    let Ok(area) = top.text("area");
    let area = text(problems, &place, "area", area, false, AREA_MAX_CHARS);
    let Ok(updated) = top.text("updated");
    let updated = updated.into_value().and_then(|text| {
        let date = CalendarDate::parse_iso(&text);
        if date.is_none() {
            problems.add(
                &place,
                format!("\"updated\" is \"{text}\": write the date as year-month-day, such as 2026-11-30"),
            );
        }
        date
    });
    let Ok(exit_url) = top.text("exit_url");
    let exit_url = match exit_url {
        Field::Value(url) => web_address(problems, &place, "exit_url", &url).unwrap_or_default(),
        Field::Absent | Field::Wrong => NATIONAL_EXIT_URL.to_owned(),
    };
    let Ok(idle_minutes) = top.whole::<i64>("idle_minutes");
    let idle_minutes = match idle_minutes {
        Field::Value(minutes) => {
            u32::try_from(minutes).ok().filter(|m| IDLE_MINUTES_RANGE.contains(m)).unwrap_or_else(|| {
                problems.add(
                    &place,
                    format!(
                    "\"idle_minutes\" is {minutes}: it must be a whole number of minutes from {} to {} (30 is usual)",
                    IDLE_MINUTES_RANGE.start(),
                    IDLE_MINUTES_RANGE.end()
                ),
                );
                super::NATIONAL_IDLE_MINUTES
            })
        }
        Field::Absent | Field::Wrong => super::NATIONAL_IDLE_MINUTES,
    };
    let Ok(contacts) = top.list("contacts");
    let contacts = contacts.or_default();
    if contacts.len() > MAX_CONTACTS {
        problems.add(&place, format!("there are {} contacts: give at most {MAX_CONTACTS}", contacts.len()));
    }
    let contacts: Vec<LocalContact> =
        contacts.iter().take(MAX_CONTACTS).enumerate().map(|(n, value)| contact(value, n, problems)).collect();
    repeated_ids(problems, "contact", contacts.iter().map(|c| c.id.as_str()));
    let Ok(procedures) = top.object("procedures", "Procedures", &PROCEDURE_FIELDS);
    let procedures = procedures.map(|links| {
        let link = |field: &str| {
            let Ok(url) = links.text(field);
            url.into_value()
                .filter(|url| !url.trim().is_empty())
                .and_then(|url| web_address(problems, links.place(), field, &url))
        };
        Procedures { thresholds: link("thresholds"), safer_sleep: link("safer_sleep"), escalation: link("escalation") }
    });
    let Ok(stages) = top.list("escalation_stages");
    let stages = stages.or_default();
    if stages.len() > MAX_STAGES {
        problems.add(&place, format!("there are {} escalation stages: give at most {MAX_STAGES}", stages.len()));
    }
    let escalation_stages: Vec<EscalationStage> =
        stages.iter().take(MAX_STAGES).enumerate().map(|(n, value)| stage(value, n, problems)).collect();
    repeated_ids(problems, "escalation stage", escalation_stages.iter().map(|s| s.id.as_str()));
    LocalSettings {
        area,
        updated,
        exit_url,
        idle_minutes,
        contacts,
        procedures: procedures.unwrap_or_default(),
        escalation_stages,
    }
}

fn contact(value: &Json, n: usize, problems: &ProblemList) -> LocalContact {
    let id_given = value.get("id").and_then(Json::as_str).map(|id| format!(" (\"{id}\")")).unwrap_or_default();
    let Ok(reader) = ObjectReader::open(value, &format!("Contact {}{id_given}", n + 1), &CONTACT_FIELDS, problems);
    let place = reader.place().to_owned();
    let field = |name: &str| {
        let Ok(value) = reader.text(name);
        value
    };
    let id = id(problems, &place, field("id"));
    let name = text(problems, &place, "name", field("name"), true, NAME_MAX_CHARS);
    let number = text(problems, &place, "number", field("number"), true, 40);
    if !number.is_empty() {
        if let Some(problem) = number_problem(&number) {
            problems.add(&place, format!("\"number\" is \"{number}\": {problem}"));
        }
    }
    let hours = text(problems, &place, "hours", field("hours"), false, HOURS_MAX_CHARS);
    let purpose = text(problems, &place, "purpose", field("purpose"), true, PURPOSE_MAX_CHARS);
    LocalContact { id, name, number, hours, purpose }
}

fn stage(value: &Json, n: usize, problems: &ProblemList) -> EscalationStage {
    let Ok(reader) = ObjectReader::open(value, &format!("Escalation stage {}", n + 1), &STAGE_FIELDS, problems);
    let place = reader.place().to_owned();
    let field = |name: &str| {
        let Ok(value) = reader.text(name);
        value
    };
    EscalationStage {
        id: id(problems, &place, field("id")),
        label: text(problems, &place, "label", field("label"), true, NAME_MAX_CHARS),
        hint: text(problems, &place, "hint", field("hint"), true, HINT_MAX_CHARS),
    }
}

/// Text as given, trimmed; a required one that is missing or blank, or any that is too long,
/// is a problem.
fn text(problems: &ProblemList, place: &str, field: &str, value: Field<String>, required: bool, max: usize) -> String {
    let text = match value {
        Field::Value(text) => text.trim().to_owned(),
        Field::Absent => String::new(),
        Field::Wrong => return String::new(),
    };
    if required && text.is_empty() {
        problems.add(place, format!("\"{field}\" is missing or empty: fill it in"));
    } else if text.chars().count() > max {
        problems.add(place, format!("\"{field}\" is longer than {max} characters: shorten it"));
    }
    text
}

fn id(problems: &ProblemList, place: &str, value: Field<String>) -> String {
    let id = text(problems, place, "id", value, true, ID_MAX_CHARS);
    if !id.is_empty() && !is_id(&id) {
        problems.add(
            place,
            format!("\"id\" is \"{id}\": use only small letters a to z, digits and hyphens, such as \"front-door\""),
        );
    }
    id
}

pub fn is_id(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn repeated_ids<'a>(problems: &ProblemList, what: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = BTreeSet::new();
    let mut told = BTreeSet::new();
    for id in ids.filter(|id| !id.is_empty()) {
        if !seen.insert(id) && told.insert(id) {
            problems.add("", format!("More than one {what} has the id \"{id}\": give each its own id"));
        }
    }
}

/// Why a phone number cannot be dialled as written, if it cannot.
pub fn number_problem(number: &str) -> Option<&'static str> {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    if number.chars().any(|c| !(c.is_ascii_digit() || c == ' ')) {
        Some("use only digits and spaces, as people dial it")
    } else if digits < 3 {
        Some("it is too short to dial")
    } else if digits > 15 {
        Some("it has more digits than any phone number")
    } else {
        None
    }
}

/// The address, trimmed, when it is a full `https://` web address; otherwise the problem is noted.
fn web_address(problems: &ProblemList, place: &str, field: &str, url: &str) -> Option<String> {
    let url = url.trim();
    match web_address_problem(url) {
        None => Some(url.to_owned()),
        Some(problem) => {
            problems.add(place, format!("\"{field}\" is \"{url}\": {problem}"));
            None
        }
    }
}

/// Why `url` is not a full `https://` web address Hearth will link to, if it is not.
pub fn web_address_problem(url: &str) -> Option<&'static str> {
    let host = url.strip_prefix("https://").map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default());
    match host {
        None => Some("it must be a full web address starting with https://, such as https://www.bbc.co.uk/weather"),
        Some(_) if url.chars().count() > URL_MAX_CHARS => Some("it is longer than any web address Hearth will link to"),
        Some(_) if url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\')) => {
            Some("a web address has no spaces, quote marks or angle brackets")
        }
        Some(host)
            if !host.contains('.')
                || host.starts_with('.')
                || !host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':')) =>
        {
            Some("after https:// it needs the site's name, such as www.bbc.co.uk")
        }
        Some(_) => None,
    }
}

/// The settings as `local.json`, every field written so the file shows what can be set.
pub fn write(settings: &LocalSettings) -> String {
    let contacts = settings
        .contacts
        .iter()
        .map(|c| {
            object([
                ("id", c.id.as_str().into()),
                ("name", c.name.as_str().into()),
                ("number", c.number.as_str().into()),
                ("hours", c.hours.as_str().into()),
                ("purpose", c.purpose.as_str().into()),
            ])
        })
        .collect();
    let stages = settings
        .escalation_stages
        .iter()
        .map(|s| {
            object([("id", s.id.as_str().into()), ("label", s.label.as_str().into()), ("hint", s.hint.as_str().into())])
        })
        .collect();
    let link = |url: &Option<String>| Json::from(url.as_deref());
    let procedures = &settings.procedures;
    let mut text = object([
        ("hearth_local_settings", FORMAT.into()),
        ("area", settings.area.as_str().into()),
        ("updated", settings.updated.map(CalendarDate::iso).into()),
        ("exit_url", settings.exit_url.as_str().into()),
        ("idle_minutes", i64::from(settings.idle_minutes).into()),
        ("contacts", Json::Array(contacts)),
        (
            "procedures",
            object([
                ("thresholds", link(&procedures.thresholds)),
                ("safer_sleep", link(&procedures.safer_sleep)),
                ("escalation", link(&procedures.escalation)),
            ]),
        ),
        ("escalation_stages", Json::Array(stages)),
    ])
    .pretty();
    text.push('\n');
    text
}

/// `page` (a single file) with `text` (from `write`) as its built-in settings, or `None` when
/// the page has no place for them. Every `<` is written as `\u003c`, which JSON reads as the
/// same character, so nothing in the settings can end the script element.
pub fn built_into(page: &str, text: &str) -> Option<String> {
    let opening = format!("<script type=\"application/json\" id=\"{BUILT_IN_ID}\">");
    let start = page.find(&opening)? + opening.len();
    let end = start + page[start..].find("</script>")?;
    Some(format!("{}{}{}", &page[..start], text.replace('<', "\\u003c"), &page[end..]))
}
