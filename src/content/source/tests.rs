//! Tests of the content checks and of the Rust generated, against the shipped content and
//! against small files with one mistake each.

use super::*;

fn helplines(toml_text: &str) -> HelplineFile {
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
fn messages(lines: &str) -> Vec<String> {
    check(&helplines(lines), "helplines.toml").iter().map(ToString::to_string).collect()
}

#[test]
fn the_shipped_content_has_no_problems() {
    let lines = helplines(include_str!("../../../content/helplines.toml"));
    assert_eq!(check(&lines, "h"), vec![]);
}

#[test]
fn good_content_passes() {
    assert!(messages(GOOD_LINES).is_empty());
}

#[test]
fn a_duplicate_id_names_the_entry_and_the_id() {
    let lines = format!("{GOOD_LINES}{}", GOOD_LINES.replace("Emergency services", "Again"));
    let found = messages(&lines);
    assert_eq!(
        found,
        vec!["helplines.toml, help line 2 (\"emergency\"): the id \"emergency\" is used more than once; each id must be unique"]
    );
}

#[test]
fn a_missing_source_is_reported() {
    let found = messages(&GOOD_LINES.replace("source = \"Brief\"", "source = \" \""));
    assert_eq!(
        found,
        vec!["helplines.toml, help line 1 (\"emergency\"): the source is empty: say where the number was checked"]
    );
}

#[test]
fn a_number_with_letters_or_too_few_digits_is_reported() {
    let letters = messages(&GOOD_LINES.replace("\"999\"", "\"9x9\""));
    assert!(letters.iter().any(|m| m.contains("may hold only digits and spaces")), "{letters:?}");
    let short = messages(&GOOD_LINES.replace("\"999\"", "\"99\""));
    assert!(short.iter().any(|m| m.contains("too short to dial")), "{short:?}");
}

#[test]
fn the_emergency_number_must_come_first() {
    let found = messages(&GOOD_LINES.replace("\"999\"", "\"0808 800 5000\""));
    assert_eq!(found, vec!["helplines.toml, the list: the first help line must be 999, the emergency number"]);
}

#[test]
fn a_badly_formed_id_is_reported() {
    let found = messages(&GOOD_LINES.replace("\"emergency\"", "\"Emergency Services\""));
    assert!(found[0].contains("must be lower-case letters and digits joined by hyphens"), "{found:?}");
}

#[test]
fn an_unknown_field_is_refused_when_read() {
    let typo = GOOD_LINES.replace("number =", "numbr =");
    assert!(toml::from_str::<HelplineFile>(&typo).is_err());
}

#[test]
fn rendered_content_dials_digits_only() {
    let rust = render(&helplines(&GOOD_LINES.replace("\"999\"", "\"0123 456\"")));
    assert!(rust.contains("tel: \"0123456\""), "{rust}");
}

fn conflict(toml_text: &str) -> ConflictFile {
    toml::from_str(toml_text).expect("test input parses")
}

const SHIPPED_CONFLICT: &str = include_str!("../../../content/conflict-or-abuse.toml");

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
    let lines = helplines(include_str!("../../../content/helplines.toml"));
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
    assert_eq!(
        found,
        vec!["q.toml, question 1 (\"afraid\"): the source is empty: every question must say where its facts come from"]
    );
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
        "may_know = [\"health-visitor\", \"police\"]",
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
    let found = conflict_messages(&SHIPPED_CONFLICT.replace("\"probation\", ", ""));
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
    assert!(found.iter().any(|m| m.contains("the signal \"high-risk\" cannot be used in scope family")), "{found:?}");
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
fn every_question_is_on_a_page_that_asks_about_one_set_of_people() {
    let pages = "fear, control, harm, threats, damage, pattern, care, arguments, changes, child";
    assert_eq!(
        conflict_messages(&SHIPPED_CONFLICT.replacen("group = \"fear\"\n", "", 1)),
        [format!("q.toml, question 1 (\"afraid\"): group is missing: name the page the question is asked on (one of: {pages})")]
    );
    assert_eq!(
        conflict_messages(&SHIPPED_CONFLICT.replacen("group = \"control\"", "group = \"contorl\"", 1)),
        [format!(
            "q.toml, question 4 (\"controls\"): the group \"contorl\" is not one of the [[group]] entries in this file: {pages}"
        )]
    );
    assert_eq!(
        conflict_messages(&SHIPPED_CONFLICT.replace("group = \"care\"", "group = \"pattern\"")),
        ["q.toml, group 7 (\"care\"): no question names this group, so its page would be empty: put questions on it or remove it"]
    );
    assert_eq!(
        conflict_messages(&SHIPPED_CONFLICT.replacen("group = \"arguments\"", "group = \"fear\"", 1)),
        ["q.toml, group 1 (\"fear\"): its questions have different scopes (between-adults, family); a page asks about one set of people, so keep each group to one scope"]
    );
    let untitled = SHIPPED_CONFLICT.replacen("title = \"Fear\"", "title = \"\"", 1);
    assert_eq!(conflict_messages(&untitled), ["q.toml, group 1 (\"fear\"): the title is empty"]);
    let missing = SHIPPED_SLEEP.replacen("group = \"birth\"\n", "", 1);
    assert!(sleep_messages(&missing).iter().any(|m| m.contains("(\"born-early\"): group is missing")), "{missing}");
}

#[test]
fn the_question_set_renders_as_rust() {
    let rust = render_conflict(&conflict(SHIPPED_CONFLICT));
    assert!(rust.contains("scope: Scope::BetweenAdults, group: \"fear\""));
    assert!(rust.contains("Group { id: \"harm\", title: \"Physical and sexual harm\" }"));
    assert!(rust.contains("kind: OutcomeKind::NoAbuseIndicated"));
    assert!(rust.contains("when: StepWhen::BothDirections"));
    assert!(rust.contains("RuleRow { rule: ConflictRule::NoIndicators, outcome: Some(OutcomeKind::NoAbuseIndicated)"));
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
    let shipped: ReviewFile = toml::from_str(include_str!("../../../content/reviews.toml")).unwrap();
    let mut content = vec![
        "content/conflict-or-abuse.toml",
        "content/safer-sleep.toml",
        "content/family.toml",
        "content/helplines.toml",
        "content/casework.toml",
    ];
    content.extend(["content/scenarios/harbour-street.json", "content/scenarios/willow-lane.json"]);
    assert_eq!(check_reviews(&shipped, &content, "r").len(), 0);
    assert!(render_reviews(&shipped).contains("ContentReview { file: \"content/helplines.toml\", version: 3"));
}

#[test]
fn a_rule_the_code_does_not_apply_or_a_missing_rule_is_reported() {
    let found = conflict_messages(&SHIPPED_CONFLICT.replacen("id = \"too-few-checks\"", "id = \"too-few-calls\"", 1));
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
    let found =
        conflict_messages(&SHIPPED_CONFLICT.replacen("risk = \"a child hurt or caught up in an incident\"\n", "", 1));
    assert!(found.iter().any(|m| m.contains("risk is missing: a child-harmed question names the risk")), "{found:?}");
}

#[test]
fn a_step_needs_an_id_and_a_known_condition() {
    let found = conflict_messages(&SHIPPED_CONFLICT.replacen("when = \"both-directions\"", "when = \"both-ways\"", 1));
    assert!(found.iter().any(|m| m.contains("when = \"both-ways\" must be one of")), "{found:?}");
    let found = conflict_messages(&SHIPPED_CONFLICT.replacen("id = \"emergency\", ", "id = \"marac\", ", 1));
    assert!(found.iter().any(|m| m.contains("the step id \"marac\" is used more than once")), "{found:?}");
}

const SHIPPED_SLEEP: &str = include_str!("../../../content/safer-sleep.toml");

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

const SHIPPED_GUIDE: &str = include_str!("../../../content/family.toml");

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
    let text =
        SHIPPED_GUIDE.replacen("source = \"Lullaby Trust safer sleep advice (content brief §4)\"", "source = \"\"", 1);
    assert_eq!(
        guide_messages(&text),
        ["f.toml, step 1 (\"back\"): the source is empty: say where the facts come from"]
    );
    let text = SHIPPED_GUIDE.replacen("picture = \"sofa\"", "picture = \"couch\"", 1);
    assert!(guide_messages(&text)[0].contains("the picture \"couch\" is not one Hearth draws"));
    let text = SHIPPED_GUIDE.replacen("id = \"alcohol\"", "id = \"drink\"", 1);
    assert!(guide_messages(&text).iter().any(|m| m.contains("the rules need a tonight question with id \"alcohol\"")));
}

const SHIPPED_CASEWORK: &str = include_str!("../../../content/casework.toml");

fn casework_messages(text: &str) -> Vec<String> {
    let words: CaseworkFile = toml::from_str(text).expect("test input parses");
    check_casework(
        &words,
        &[
            "nspcc-helpline",
            "police-non-emergency",
            "domestic-abuse-helpline",
            "mens-advice-line",
            "galop",
            "forced-marriage-unit",
            "karma-nirvana",
        ],
        "c.toml",
    )
    .iter()
    .map(ToString::to_string)
    .collect()
}

#[test]
fn the_shipped_casework_wording_has_no_problems_and_renders() {
    let lines = helplines(include_str!("../../../content/helplines.toml"));
    let ids: Vec<&str> = lines.helpline.iter().map(|h| h.id.as_str()).collect();
    let words: CaseworkFile = toml::from_str(SHIPPED_CASEWORK).unwrap();
    assert_eq!(
        check_casework(&words, &ids, "c").iter().map(ToString::to_string).collect::<Vec<_>>(),
        Vec::<String>::new()
    );
    let rust = render_casework(&words, &lines);
    let police = lines.helpline.iter().position(|h| h.id == "police-non-emergency").unwrap();
    assert!(rust.contains(&format!("lines: &[&NATIONAL_HELPLINES[{police}]]")), "{rust}");
    assert!(rust.contains("Prompt { id: \"talk-to-worker\", label: \"Talk to the worker who decided\""), "{rust}");
}

#[test]
fn a_duplicate_casework_id_is_reported() {
    let found = casework_messages(&SHIPPED_CASEWORK.replacen("id = \"meals\"", "id = \"getting-up\"", 1));
    assert!(
        found.contains(
            &"c.toml, day_prompt 3 (\"getting-up\"): the id \"getting-up\" is used more than once in [[day_prompt]]"
                .to_owned()
        ),
        "{found:?}"
    );
    let found = casework_messages(&SHIPPED_CASEWORK.replacen("id = \"fgm\"", "id = \"forced-marriage\"", 1));
    assert_eq!(
        found,
        ["c.toml, other_route 2 (\"forced-marriage\"): the id \"forced-marriage\" is used more than once"]
    );
}

#[test]
fn a_casework_id_the_records_use_must_stay() {
    let found = casework_messages(&SHIPPED_CASEWORK.replacen("id = \"risk-if-asked\"", "id = \"risky\"", 1));
    assert_eq!(
        found,
        ["c.toml, [[sharing_basis]]: no entry has the id \"risk-if-asked\": Hearth's records use it, so it must stay (the ids needed are: agreed, risk-if-asked, significant-harm, crime, legal-duty, other)"]
    );
}

#[test]
fn a_casework_entry_without_a_source_or_label_is_reported() {
    let found = casework_messages(&SHIPPED_CASEWORK.replacen("label = \"Getting up\"", "label = \" \"", 1));
    assert_eq!(found, ["c.toml, day_prompt 1 (\"getting-up\"): the label is empty"]);
    let text = SHIPPED_CASEWORK.replacen("source = \"Content brief §1\"", "source = \"\"", 1);
    assert_eq!(
        casework_messages(&text),
        ["c.toml, account_prompt 1 (\"relationship\"): the source is empty: say where the wording comes from"]
    );
    let text = SHIPPED_CASEWORK.replacen("paragraphs = [\n", "paragraphs = [\"\",\n", 1);
    assert_eq!(
        casework_messages(&text),
        ["c.toml, information_sharing 1 (\"Sharing is part of keeping a child safe\"): the paragraph is empty (paragraph 1)"]
    );
    let text = SHIPPED_CASEWORK.replacen("source = \"Home Office, Mandatory reporting", "source = \"\"\nx = \"", 1);
    assert!(toml::from_str::<CaseworkFile>(&text).is_err(), "an unknown field is refused when read");
    let fgm = "source = \"Home Office, Mandatory reporting of FGM: procedural information\"";
    assert_eq!(
        casework_messages(&SHIPPED_CASEWORK.replacen(fgm, "source = \"\"", 1)),
        ["c.toml, other_route 2 (\"fgm\"): the source is empty: say where the facts come from"]
    );
}

#[test]
fn a_route_with_an_unknown_help_line_is_reported() {
    let found = casework_messages(&SHIPPED_CASEWORK.replacen("\"karma-nirvana\"]", "\"karma\"]", 1));
    assert_eq!(
        found,
        ["c.toml, other_route 1 (\"forced-marriage\"): the help line \"karma\" is not in content/helplines.toml"]
    );
    let found = casework_messages(&SHIPPED_CASEWORK.replacen("lines = [\"nspcc-helpline\"]", "lines = []", 1));
    assert_eq!(found, ["c.toml, other_route 4 (\"operation-encompass\"): lines is empty: name at least one help line"]);
}
