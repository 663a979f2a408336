use super::file::{read, write, MAX_FILE_BYTES};
use super::*;

const GOOD: &str = r#"{
  "hearth_local_settings": 1,
  "area": "Northshire",
  "updated": "2026-11-30",
  "exit_url": "https://www.example.org/weather",
  "idle_minutes": 45,
  "contacts": [
    { "id": "front-door", "name": "Northshire Children's Front Door", "number": "0123 456 7890", "hours": "Monday to Friday, 9am to 5pm", "purpose": "To share a concern about a child." },
    { "id": "marac", "name": "Northshire MARAC", "number": "0123 456 7000", "purpose": "MARAC referrals." }
  ],
  "procedures": { "thresholds": "https://www.example.org/thresholds", "safer_sleep": null, "escalation": "https://www.example.org/escalation" },
  "escalation_stages": [ { "id": "talk", "label": "Talk to the worker", "hint": "Within 2 days." } ]
}"#;

fn refused(text: &str) -> Vec<String> {
    read(text.as_bytes()).expect_err("the file should be refused")
}

fn with(field: &str, value: &str) -> String {
    GOOD.replacen(
        "\"hearth_local_settings\": 1,",
        &format!("\"hearth_local_settings\": 1,\n  \"{field}\": {value},"),
        1,
    )
}

fn contact_with(field: &str, value: &str) -> String {
    GOOD.replacen("\"number\": \"0123 456 7000\"", &format!("\"{field}\": {value}"), 1)
}

fn one_problem_mentioning(text: &str, words: &[&str]) {
    let problems = refused(text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    for word in words {
        assert!(problems[0].contains(word), "{word:?} not in {:?}", problems[0]);
    }
}

#[test]
fn a_good_file_gives_every_setting() {
    let settings = read(GOOD.as_bytes()).unwrap();
    assert_eq!(settings.area, "Northshire");
    assert_eq!(settings.updated, CalendarDate::new(2026, 11, 30));
    assert_eq!(settings.exit_url, "https://www.example.org/weather");
    assert_eq!(settings.idle_minutes, 45);
    let front_door = settings.contact("front-door").unwrap();
    assert_eq!(front_door.line(), "Northshire Children's Front Door: 0123 456 7890 (Monday to Friday, 9am to 5pm)");
    assert_eq!(front_door.tel(), "01234567890");
    assert_eq!(settings.contact("marac").unwrap().line(), "Northshire MARAC: 0123 456 7000");
    assert_eq!(settings.procedures.listed().len(), 2);
    assert_eq!(settings.escalation_stages[0].label, "Talk to the worker");
    assert_eq!(settings.contacts_heading(), "Local contacts in Northshire");
}

#[test]
fn what_is_left_out_is_the_national_default() {
    let settings = read(br#"{ "hearth_local_settings": 1 }"#).unwrap();
    assert_eq!(settings, LocalSettings::national());
    assert_eq!(settings.contacts_heading(), "Local contacts");
}

#[test]
fn writing_and_reading_gives_the_same_settings() {
    let settings = read(GOOD.as_bytes()).unwrap();
    assert_eq!(read(write(&settings).as_bytes()).unwrap(), settings);
    let national = LocalSettings::national();
    assert_eq!(read(write(&national).as_bytes()).unwrap(), national);
}

#[test]
fn the_template_shipped_with_hearth_is_the_national_defaults() {
    let shipped = include_str!("../../../assets/local.json");
    assert_eq!(
        read(shipped.as_bytes()),
        Ok(LocalSettings::national()),
        "assets/local.json must read as the national defaults"
    );
    assert_eq!(shipped, write(&LocalSettings::national()), "assets/local.json must be as the setup page writes it");
}

#[test]
fn the_example_for_partnerships_reads_without_problems() {
    let example = include_str!("../../../docs/adopt/local.json.example");
    let settings = read(example.as_bytes()).unwrap_or_else(|problems| panic!("{problems:#?}"));
    for role in CONTACT_ROLES {
        assert!(settings.contact(role.id).is_some(), "the example has no {} contact", role.id);
    }
}

#[test]
fn not_json_is_refused_with_where_the_mistake_is() {
    one_problem_mentioning("{ \"hearth_local_settings\": 1, }", &["not valid JSON", "line 1, column 31"]);
    one_problem_mentioning("", &["not valid JSON", "ends too soon"]);
    one_problem_mentioning("[1, 2]", &["not a Hearth local settings file"]);
}

#[test]
fn a_file_too_large_is_refused_before_it_is_read() {
    let large = format!("{{\"hearth_local_settings\": 1, \"area\": \"{}\"}}", "a".repeat(MAX_FILE_BYTES));
    one_problem_mentioning(&large, &["larger than 64 KB"]);
}

#[test]
fn unknown_fields_are_named_with_the_fields_there_are() {
    one_problem_mentioning(
        &with("exit_address", "\"https://www.example.org\""),
        &["Top of the file", "exit_address", "exit_url"],
    );
    let renamed = refused(&contact_with("phone", "\"0123 456 7000\""));
    assert_eq!(
        renamed,
        [
            "Contact 2 (\"marac\"): \"phone\" is not a field Hearth knows here. The fields are: id, name, number, hours, purpose",
            "Contact 2 (\"marac\"): \"number\" is missing or empty: fill it in",
        ]
    );
}

#[test]
fn duplicate_ids_are_refused() {
    let twice = GOOD.replace("\"id\": \"marac\"", "\"id\": \"front-door\"");
    one_problem_mentioning(&twice, &["More than one contact", "\"front-door\""]);
    let stages = GOOD.replace(
        r#"[ { "id": "talk", "label": "Talk to the worker", "hint": "Within 2 days." } ]"#,
        r#"[ { "id": "talk", "label": "A", "hint": "B" }, { "id": "talk", "label": "C", "hint": "D" } ]"#,
    );
    one_problem_mentioning(&stages, &["More than one escalation stage", "\"talk\""]);
}

#[test]
fn a_number_with_letters_or_too_few_digits_is_refused() {
    one_problem_mentioning(&contact_with("number", "\"0123 456 70O0\""), &["Contact 2", "only digits and spaces"]);
    one_problem_mentioning(&contact_with("number", "\"12\""), &["too short to dial"]);
    one_problem_mentioning(&contact_with("number", "1234567"), &["\"number\" must be text in quotes"]);
}

#[test]
fn an_empty_name_or_id_is_refused() {
    one_problem_mentioning(
        &GOOD.replace("\"Northshire MARAC\"", "\"  \""),
        &["Contact 2", "\"name\" is missing or empty"],
    );
    one_problem_mentioning(
        &GOOD.replace("\"id\": \"marac\"", "\"id\": \"\""),
        &["Contact 2", "\"id\" is missing or empty"],
    );
    one_problem_mentioning(&GOOD.replace("\"id\": \"marac\"", "\"id\": \"Marac Team\""), &["small letters"]);
}

#[test]
fn an_exit_destination_that_is_not_a_full_https_address_is_refused() {
    for url in [
        "http://www.bbc.co.uk",
        "www.bbc.co.uk",
        "javascript:alert(1)",
        "https://",
        "https://bbc",
        "https://www.bbc.co.uk/a b",
    ] {
        let file = GOOD.replace("https://www.example.org/weather", url);
        one_problem_mentioning(&file, &["\"exit_url\"", url]);
    }
    one_problem_mentioning(
        &GOOD.replace("https://www.example.org/thresholds", "ftp://example.org"),
        &["Procedures", "\"thresholds\""],
    );
}

#[test]
fn an_idle_time_out_of_range_or_not_a_whole_number_is_refused() {
    one_problem_mentioning(&GOOD.replace("\"idle_minutes\": 45", "\"idle_minutes\": 1"), &["from 2 to 240"]);
    one_problem_mentioning(&GOOD.replace("\"idle_minutes\": 45", "\"idle_minutes\": 241"), &["from 2 to 240"]);
    one_problem_mentioning(&GOOD.replace("\"idle_minutes\": 45", "\"idle_minutes\": -5"), &["from 2 to 240"]);
    one_problem_mentioning(
        &GOOD.replace("\"idle_minutes\": 45", "\"idle_minutes\": \"30\""),
        &["whole number, without quotes"],
    );
    one_problem_mentioning(&GOOD.replace("\"idle_minutes\": 45", "\"idle_minutes\": 30.5"), &["whole number"]);
}

#[test]
fn a_date_that_is_not_a_date_is_refused() {
    one_problem_mentioning(&GOOD.replace("2026-11-30", "30/11/2026"), &["\"updated\"", "2026-11-30"]);
    one_problem_mentioning(&GOOD.replace("2026-11-30", "2026-02-30"), &["\"updated\""]);
}

#[test]
fn a_later_format_is_refused_with_what_to_do() {
    one_problem_mentioning(
        &GOOD.replace("\"hearth_local_settings\": 1", "\"hearth_local_settings\": 2"),
        &["format 1"],
    );
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let many = GOOD
        .replace("\"Northshire MARAC\"", "\"\"")
        .replace("\"idle_minutes\": 45", "\"idle_minutes\": 0")
        .replace("https://www.example.org/weather", "http://x")
        .replace("\"id\": \"marac\"", "\"id\": \"front-door\"");
    assert_eq!(refused(&many).len(), 4, "{:#?}", refused(&many));
}

#[test]
fn too_many_contacts_are_counted_and_the_list_is_cut_short() {
    let contact = r#"{ "id": "x", "name": "X", "number": "123", "purpose": "P" }"#;
    let many = (0..40).map(|n| contact.replace("\"x\"", &format!("\"x{n}\""))).collect::<Vec<_>>().join(",");
    let file = format!("{{ \"hearth_local_settings\": 1, \"contacts\": [{many}] }}");
    one_problem_mentioning(&file, &["40 contacts", "at most 30"]);
}

#[test]
fn hostile_text_never_crashes_the_reader() {
    for text in [
        "\u{FEFF}{\"hearth_local_settings\":1}",
        "{\"hearth_local_settings\":null}",
        "null",
        "\"text\"",
        "{\"hearth_local_settings\":1,\"contacts\":{}}",
    ] {
        let _ = read(text.as_bytes());
    }
    assert!(read(&[0xff, 0xfe, 0x00]).unwrap_err()[0].starts_with("The file is not text"));
    let deep = format!("{{\"hearth_local_settings\":1,\"area\":{}{}}}", "[".repeat(100), "]".repeat(100));
    assert_eq!(refused(&deep).len(), 1);
}

#[test]
fn every_contact_a_next_step_points_to_is_one_the_setup_page_asks_for() {
    let roles: Vec<&str> = CONTACT_ROLES.iter().map(|role| role.id).collect();
    let steps = crate::content::CONFLICT_OR_ABUSE
        .outcomes
        .iter()
        .flat_map(|outcome| outcome.steps.iter().map(move |step| (outcome.title, step)))
        .chain(
            crate::content::SAFER_SLEEP
                .outcomes
                .iter()
                .flat_map(|outcome| outcome.steps.iter().map(move |step| (outcome.title, step))),
        );
    for (outcome, step) in steps {
        for contact in step.contacts {
            assert!(
                roles.contains(contact),
                "The step \"{}\" of the outcome \"{outcome}\" names the contact \"{contact}\", which is not one of {roles:?}",
                step.id
            );
        }
    }
}
