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
        problems.push(problem(helpline_file, "the list", "the first help line must be 999, the emergency number".into()));
    }
    let contacts: Vec<Entry> = local
        .contact
        .iter()
        .map(|c| Entry { id: &c.id, name: &c.name, number: &c.number, purpose: &c.purpose, source: None })
        .collect();
    problems.extend(check_entries(local_file, "local contact", &contacts, &mut seen));
    let url = local.exit_url.trim();
    if !url.starts_with("https://") || url.len() <= "https://".len() || url.contains(['"', ' ', '<', '>']) {
        problems.push(problem(
            local_file,
            "exit_url",
            format!("\"{url}\" must be a full web address starting with https://, such as https://www.bbc.co.uk/weather"),
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
    out += &format!("    area: {:?},\n    exit_url: {:?},\n    contacts: &[\n", local.area.trim(), local.exit_url.trim());
    for c in &local.contact {
        out += &helpline_literal(&c.id, &c.name, &c.number, c.hours.as_deref(), &c.purpose, LOCAL_SOURCE);
    }
    out += "    ],\n};\n";
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
        assert_eq!(found, vec!["helplines.toml, help line 1 (\"emergency\"): the source is empty: say where the number was checked"]);
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
}
