use proptest::prelude::*;

use super::file::{read, Checks};
use super::picture::{after, alone, Headline};
use super::*;
use crate::content::{built_in_scenario, scenario_checks, CONFLICT_OR_ABUSE, SAFER_SLEEP, SCENARIO_FILES};
use crate::domain::conflict::question::OutcomeKind;
use crate::domain::sleep::question::SleepOutcome;

fn scenario(id: &str) -> Scenario {
    built_in_scenario(id).unwrap_or_else(|| panic!("built-in scenario {id}"))
}

fn headline(scenario: &Scenario, revealed: usize, swapped: bool) -> Headline {
    after(scenario, revealed, swapped)
        .expect("the built-in scenarios have a cast")
        .headline(&CONFLICT_OR_ABUSE, &SAFER_SLEEP)
}

fn open_checks() -> Checks<'static> {
    Checks { taken_ids: &[], ..scenario_checks() }
}

#[test]
fn every_built_in_scenario_reads_without_a_problem() {
    for (id, text) in SCENARIO_FILES {
        match read(text.as_bytes(), &open_checks()) {
            Ok(scenario) => assert_eq!(scenario.id, id, "content/scenarios/{id}.json: the id inside must be \"{id}\""),
            Err(problems) => panic!("content/scenarios/{id}.json has problems:\n- {}", problems.join("\n- ")),
        }
    }
}

#[test]
fn every_built_in_scenario_hears_from_all_seven_agencies() {
    for (id, _) in SCENARIO_FILES {
        assert_eq!(scenario(id).agencies().len(), 7, "{id}");
    }
}

#[test]
fn willow_lane_shows_the_picture_change_only_as_information_is_combined() {
    let s = scenario("willow-lane");
    let first = headline(&s, 1, false);
    assert_eq!(first.conflict, OutcomeKind::NotEnoughKnown);
    assert_eq!(
        (first.sleep, first.risks.as_slice()),
        (SleepOutcome::Protect, ["a baby born early or small"].as_slice())
    );

    let police = headline(&s, 3, false);
    assert_eq!(police.conflict, OutcomeKind::AbuseIndicated);
    assert_eq!(police.directions, [(Side::A, Side::B)], "from the mother towards the father");
    assert!(police.risks.contains(&"alcohol") && police.risks.contains(&"domestic abuse"), "{:?}", police.risks);

    assert_eq!(headline(&s, 4, false), police, "the front door's phone call adds nothing");
    assert_eq!(headline(&s, 6, false).conflict, OutcomeKind::HighRisk, "the GP's information joins the police's");
}

#[test]
fn harbour_street_finds_abuse_both_ways_then_high_risk() {
    let s = scenario("harbour-street");
    let first = headline(&s, 1, false);
    assert_eq!((first.conflict, first.sleep), (OutcomeKind::NotEnoughKnown, SleepOutcome::NotEnoughKnown));
    assert_eq!(headline(&s, 3, false).directions, [(Side::A, Side::B)]);
    assert_eq!(headline(&s, 4, false).directions, [(Side::A, Side::B), (Side::B, Side::A)]);
    assert_eq!(headline(&s, 5, false).conflict, OutcomeKind::HighRisk);
}

#[test]
fn swapping_roles_never_changes_an_outcome() {
    for (id, _) in SCENARIO_FILES {
        let s = scenario(id);
        for revealed in 0..=s.steps.len() {
            assert_eq!(headline(&s, revealed, false), headline(&s, revealed, true), "{id} after {revealed} steps");
        }
    }
}

#[test]
fn swapping_exchanges_the_role_words_and_keeps_the_names() {
    let s = scenario("willow-lane");
    assert_eq!(s.words("The {a} and the {b}", false), "The mother and the father");
    assert_eq!(s.words("The {a} and the {b}", true), "The father and the mother");
    assert_eq!(s.adult_label(Side::A, true), "Alex (father)");
}

#[test]
fn no_single_agency_alone_sees_what_all_of_them_see_together() {
    for (id, _) in SCENARIO_FILES {
        let s = scenario(id);
        let together = headline(&s, s.steps.len(), false);
        assert_eq!(together.conflict, OutcomeKind::HighRisk, "{id}");
        for agency in s.agencies() {
            let seen = alone(&s, agency).expect("cast").headline(&CONFLICT_OR_ABUSE, &SAFER_SLEEP);
            assert!(seen.risks.len() < together.risks.len(), "{id}: {} alone", agency.name());
            if id == "willow-lane" {
                assert_ne!(seen.conflict, OutcomeKind::HighRisk, "{id}: {} alone", agency.name());
            }
        }
    }
}

#[test]
fn a_yes_from_any_agency_stands_and_says_who_told() {
    let s = scenario("harbour-street");
    let picture = after(&s, 4, false).expect("cast");
    let (a, b) = picture.conflict.pair.unwrap();
    let subject = crate::domain::conflict::assessment::Subject::Between { actor: b, target: a };
    assert_eq!(picture.conflict.responses.answer(subject, "physical-harm"), Some(Answer::Yes));
    assert_eq!(picture.conflict_told_by(subject, "physical-harm"), Some(ScenarioAgency::Police));
}

#[test]
fn every_when_label_agrees_with_its_day_and_each_step_tells_its_facts_in_order() {
    for (id, _) in SCENARIO_FILES {
        let s = scenario(id);
        for step in &s.steps {
            for fact in &step.facts {
                let words: Vec<&str> = fact.when.split([' ', ',']).filter(|w| !w.is_empty()).collect();
                let stated = match words.as_slice() {
                    ["Day", n, ..] => n.parse::<i32>().ok(),
                    [n, "weeks", "before", "the", "birth"] => n.parse::<i32>().ok().map(|n| -7 * n),
                    [n, "years", "before", "the", "birth"] => n.parse::<i32>().ok().map(|n| -365 * n),
                    _ => None,
                };
                assert_eq!(stated, Some(fact.day), "{id}, {}: when \"{}\"", step.agency.name(), fact.when);
            }
            let days: Vec<i32> = step.facts.iter().map(|f| f.day).collect();
            assert!(days.is_sorted(), "{id}, {}: facts out of time order {days:?}", step.agency.name());
        }
    }
}

/// Harbour Street's first learning point: one call closed the case on day 20, when only the
/// police held anything, and that one check would have changed the outcome.
#[test]
fn harbour_street_one_check_with_the_police_on_day_20_would_have_changed_the_outcome() {
    let s = scenario("harbour-street");
    let front_door = &s.steps[0];
    assert_eq!(front_door.agency, ScenarioAgency::FrontDoor);
    let decided = front_door.facts.iter().map(|f| f.day).max().unwrap();
    let mut held: Vec<ScenarioAgency> = s
        .timeline()
        .into_iter()
        .filter(|(a, f)| *a != ScenarioAgency::FrontDoor && f.day <= decided)
        .map(|(a, _)| a)
        .collect();
    held.dedup();
    assert_eq!(held, [ScenarioAgency::Police]);
    let police = s.steps.iter().find(|step| step.agency == ScenarioAgency::Police).unwrap();
    let outcome = |steps: &[&Step]| {
        picture::Picture::new(&s, steps.iter().copied(), false)
            .expect("cast")
            .headline(&CONFLICT_OR_ABUSE, &SAFER_SLEEP)
            .conflict
    };
    assert_eq!(outcome(&[front_door]), OutcomeKind::NotEnoughKnown);
    assert_eq!(outcome(&[front_door, police]), OutcomeKind::AbuseIndicated);
}

fn file_with(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_str(SCENARIO_FILES[0].1).unwrap();
    value["id"] = "my-scenario".into();
    edit(&mut value);
    serde_json::to_vec(&value).unwrap()
}

#[test]
fn a_broken_file_lists_every_problem_with_where_it_is() {
    let bytes = file_with(|v| {
        v["titel"] = "typo".into();
        v["steps"][0]["agency"] = "midwife".into();
        v["steps"][1]["answers"][0]["question"] = "mental-helth".into();
        v["steps"][2]["answers"][0]["about"] = "family".into();
        v["steps"][2]["prompts"] = serde_json::json!([]);
        v["children"][1]["key"] = "casey".into();
        v["learning_points"][0]["source"] = "".into();
        v["steps"][3]["facts"][0]["text"] = "The {mum} said".into();
    });
    let problems = read(&bytes, &scenario_checks()).unwrap_err();
    let expected = [
        "\"titel\" is not a field Hearth knows here",
        "Step 1: \"agency\" must be one of: health-visitor,",
        "Step 2 (Perinatal mental health team), answer 1: there is no question \"mental-helth\" in the safer-sleep set",
        "Step 3 (Police), answer 1: \"about\" for \"physical-harm\" must be \"a-to-b\" (what a does to b) or \"b-to-a\"",
        "Step 3 (Police): has no discussion prompts",
        "Child 2: the key \"casey\" is used for another child",
        "Learning point 1: \"source\" is missing or empty",
        "Step 4 (Children's social care front door), fact 1: \"text\" has {mum}",
    ];
    for text in expected {
        assert!(problems.iter().any(|p| p.contains(text)), "expected a problem containing {text:?} in {problems:#?}");
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
}

#[test]
fn a_loaded_file_may_not_take_a_built_in_id() {
    let problems = read(SCENARIO_FILES[0].1.as_bytes(), &scenario_checks()).unwrap_err();
    assert_eq!(problems, ["The id \"willow-lane\" is already used by a scenario built into Hearth: choose another id"]);
}

#[test]
fn files_that_are_not_scenarios_get_one_clear_sentence() {
    let refuse = |bytes: &[u8]| read(bytes, &scenario_checks()).unwrap_err();
    assert!(refuse(b"{\"id\": \"x\",\n  oops}")[0].starts_with("The file is not valid JSON: the problem is at line 2"));
    assert!(refuse(b"{\"schema\": 1}")[0].starts_with("This is not a Hearth scenario file"));
    assert!(refuse(&[0xff, 0xfe])[0].starts_with("The file is not text"));
    assert!(
        refuse(&file_with(|v| v["hearth_scenario"] = 2.into()))[0].contains("this version of Hearth reads format 1")
    );
    assert_eq!(
        refuse(&file_with(|v| v["children"][0]["age_years"] = "eight".into())),
        ["Child 1: \"age_years\" must be a whole number, without quotes"]
    );
    let problems = refuse(&file_with(|v| {
        v["steps"][0]["facts"] = "none".into();
        v["title"] = 3.into();
        v["steps"][1]["answers"][0]["answer"] = true.into();
    }));
    assert_eq!(
        problems,
        [
            "Scenario: \"title\" must be text in quotes",
            "Step 1: \"facts\" must be a list between [ and ]",
            "Step 2, answer 1: \"answer\" must be text in quotes",
            "Step 1 (Health visitor): has no facts: say what this agency knew, even if it was nothing",
        ]
    );
}

#[test]
fn two_children_marked_as_the_baby_are_refused() {
    let problems = read(&file_with(|v| v["children"][0]["baby"] = true.into()), &scenario_checks()).unwrap_err();
    assert!(problems.iter().any(|p| p.contains("more than one child is marked \"baby\"")), "{problems:#?}");
    assert!(problems.iter().any(|p| p.contains("Child 1: is marked as the baby")), "{problems:#?}");
}

/// A problem reads as a sentence; the line that counts the problems not shown continues the list.
fn sentence(problem: &str) -> bool {
    (problem.chars().next().is_some_and(char::is_uppercase) || problem.starts_with("… and ")) && problem.len() > 20
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_are_refused_in_sentences_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Err(problems) = read(&bytes, &scenario_checks()) {
            prop_assert!(!problems.is_empty());
            prop_assert!(problems.iter().all(|p| sentence(p)), "{:?}", problems);
        }
    }

    #[test]
    fn a_damaged_scenario_file_never_panics(cut in 0usize..12000, len in 0usize..40, insert in "[\\[\\]{}\":,a-z0-9 ]{0,3}") {
        let text = SCENARIO_FILES[1].1;
        let start = cut.min(text.len());
        let end = (start + len).min(text.len());
        if text.is_char_boundary(start) && text.is_char_boundary(end) {
            let damaged = format!("{}{insert}{}", &text[..start], &text[end..]);
            if let Err(problems) = read(damaged.as_bytes(), &open_checks()) {
                prop_assert!(problems.iter().all(|p| sentence(p)), "{:?}", problems);
            }
        }
    }
}

/// Names that the old reader accepted and the presenter then could not cast: the same name in
/// another case or with doubled spaces, a child named like an adult's shown label, hidden
/// characters. Each is refused with a sentence, and nothing panics.
#[test]
fn names_the_family_record_could_not_hold_are_refused_when_read() {
    type Edit = fn(&mut serde_json::Value);
    let cases: [(&str, Edit); 5] = [
        ("Ölaf and ölaf", |v| {
            v["adults"]["a"]["name"] = "Ölaf".into();
            v["adults"]["b"]["name"] = "ölaf".into();
        }),
        ("doubled spaces", |v| {
            v["adults"]["a"]["name"] = "Al  ex".into();
            v["adults"]["b"]["name"] = "Al ex".into();
        }),
        ("a child named like an adult's shown label", |v| {
            let shown = format!(
                "{} ({})",
                v["adults"]["a"]["name"].as_str().unwrap(),
                v["adults"]["a"]["role"].as_str().unwrap()
            );
            v["children"][0]["name"] = shown.into();
        }),
        ("two children with doubled spaces", |v| {
            v["children"][0]["name"] = "Sam  Lee".into();
            v["children"][1]["name"] = "Sam Lee".into();
        }),
        ("a hidden direction mark", |v| v["children"][0]["name"] = "Sa\u{202E}m".into()),
    ];
    for (case, edit) in cases {
        let problems = read(&file_with(edit), &open_checks()).expect_err(case);
        assert!(problems.iter().all(|p| sentence(p)), "{case}: {problems:#?}");
    }
}

#[test]
fn scenario_lists_and_ids_have_limits_and_a_long_problem_list_is_cut_short() {
    let refuse = |edit: fn(&mut serde_json::Value)| read(&file_with(edit), &open_checks()).unwrap_err();
    assert!(refuse(|v| v["id"] = "a".repeat(400).into())[0].contains("longer than 40 characters"));
    assert!(refuse(|v| {
        let point = v["learning_points"][0].clone();
        v["learning_points"] = serde_json::Value::Array(vec![point; 21]);
    })
    .iter()
    .any(|p| p.contains("a scenario can have at most 20")));
    assert!(refuse(|v| {
        let child = v["children"][0].clone();
        v["children"] = (0..11)
            .map(|n| {
                let mut c = child.clone();
                c["key"] = format!("c{n}").into();
                c["name"] = format!("Child {n}").into();
                c
            })
            .collect();
    })
    .iter()
    .any(|p| p.contains("at most 10")));
    let problems = refuse(|v| {
        v["learning_points"] = (0..20).map(|_| serde_json::json!({ "title": "", "text": "", "source": "" })).collect();
    });
    assert_eq!(problems.len(), crate::domain::file_problems::MAX_PROBLEMS_SHOWN + 1);
    assert!(problems.last().unwrap().starts_with("… and 30 more problems"), "{problems:#?}");
}

#[test]
fn a_file_that_starts_with_a_byte_order_mark_reads_as_without_one() {
    let mut bytes = "\u{FEFF}".as_bytes().to_vec();
    bytes.extend(file_with(|_| {}));
    assert!(read(&bytes, &open_checks()).is_ok());
}

/// A scenario file built from random parts, mostly valid and with awkward names.
fn generated_scenario() -> impl Strategy<Value = Vec<u8>> {
    let name = prop_oneof![
        1 => Just("Alex".to_owned()),
        1 => Just("alex".to_owned()),
        1 => Just("Ölaf".to_owned()),
        1 => Just("ölaf".to_owned()),
        1 => Just("Sam  Lee".to_owned()),
        1 => Just("Sam Lee".to_owned()),
        1 => Just("Alex (mother)".to_owned()),
        1 => Just("Jo".to_owned()),
        32 => "[A-Za-zÀ-ÿ][a-zà-ÿ ]{2,14}",
    ];
    let role = prop_oneof![Just("mother".to_owned()), Just("father".to_owned()), Just("carer".to_owned())];
    let answer = (0usize..CONFLICT_OR_ABUSE.questions.len(), 0usize..3, 0usize..3);
    let step = (0usize..7, proptest::collection::vec(answer, 0..6));
    (
        (name.clone(), role.clone(), name.clone(), role),
        proptest::collection::vec((name, 0u8..18, any::<bool>()), 1..4),
        proptest::collection::vec(step, 1..8),
    )
        .prop_map(|((a, a_role, b, b_role), children, steps)| {
            let mut value: serde_json::Value = serde_json::from_str(SCENARIO_FILES[0].1).unwrap();
            value["id"] = "generated".into();
            value["adults"] = serde_json::json!({ "a": { "name": a, "role": a_role }, "b": { "name": b, "role": b_role } });
            let mut baby_taken = false;
            value["children"] = children
                .iter()
                .enumerate()
                .map(|(n, (name, age, baby))| {
                    let baby = *baby && !baby_taken;
                    baby_taken |= baby;
                    {
                        let age = if baby { 0 } else { *age };
                        serde_json::json!({ "key": format!("c{n}"), "name": name, "age_years": age, "baby": baby })
                    }
                })
                .collect();
            let template = value["steps"][0].clone();
            value["steps"] = steps
                .iter()
                .map(|(agency, answers)| {
                    let mut step = template.clone();
                    step["agency"] = ScenarioAgency::ALL[*agency].id().into();
                    step["answers"] = answers
                        .iter()
                        .map(|(q, about, answer)| {
                            let question = &CONFLICT_OR_ABUSE.questions[*q];
                            let about = match question.scope {
                                crate::domain::conflict::question::Scope::BetweenAdults => ["a-to-b", "b-to-a", "a-to-b"][*about].to_owned(),
                                crate::domain::conflict::question::Scope::Family => "family".to_owned(),
                                crate::domain::conflict::question::Scope::EachChild => format!("c{}", about % children.len()),
                            };
                            {
                                let answer = ["yes", "no", "not-known"][*answer];
                                serde_json::json!({ "set": "conflict-or-abuse", "question": question.id, "about": about, "answer": answer })
                            }
                        })
                        .collect();
                    step
                })
                .collect();
            serde_json::to_vec(&value).unwrap()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(15_000))]

    /// Every scenario the reader accepts can be presented: every slide, swapped and not, each
    /// agency alone, the timeline and the titles, with no panic. About two in three generated
    /// files are accepted, so some 10,000 accepted scenarios are presented.
    #[test]
    fn every_accepted_scenario_presents_every_slide(bytes in generated_scenario()) {
        if let Ok(s) = read(&bytes, &open_checks()) {
            for swapped in [false, true] {
                for revealed in 0..=s.steps.len() {
                    let picture = after(&s, revealed, swapped);
                    prop_assert!(picture.is_ok(), "{:?}", picture.err());
                    let picture = picture.unwrap();
                    let routing = picture.conflict_routing(&CONFLICT_OR_ABUSE);
                    picture.sleep_routing(&SAFER_SLEEP, &routing);
                    picture.headline(&CONFLICT_OR_ABUSE, &SAFER_SLEEP);
                }
                prop_assert!(!s.adult_label(Side::A, swapped).is_empty());
            }
            for agency in s.agencies() {
                prop_assert!(alone(&s, agency).is_ok());
            }
            prop_assert!(s.timeline().len() >= s.steps.len());
        }
    }
}
