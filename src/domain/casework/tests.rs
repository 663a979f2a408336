use super::chronology::chronology;
use super::summary::{accounts_heard, children_text, overdue_text};
use super::words::{CaseworkWords, Prompt};
use super::*;
use crate::domain::family_record::{ChildAge, FamilyRecord, Label};

const fn prompt(id: &'static str, label: &'static str) -> Prompt {
    Prompt { id, label, hint: "", source: "test" }
}

static WORDS: CaseworkWords = CaseworkWords {
    account_prompts: &[prompt("relationship", "The relationship")],
    day_prompts: &[prompt("getting-up", "Getting up"), prompt("bedtime", "Bedtime")],
    sharing_bases: &[prompt("risk-if-asked", "Without consent: asking would increase risk")],
    escalation_stages: &[prompt("managers", "Your manager with theirs")],
    interpreter_reminder: "Never use family members or children to interpret.",
    information_sharing: &[],
    escalation_guidance: &[],
    other_routes: &[],
};

fn day(d: u8) -> CalendarDate {
    CalendarDate::new(2026, 12, d).unwrap()
}

fn family() -> (FamilyRecord, PersonId, PersonId, PersonId) {
    let mut record = FamilyRecord::default();
    let a = record.add_adult(Label::parse("Sam").unwrap()).unwrap();
    let b = record.add_adult(Label::parse("Alex").unwrap()).unwrap();
    let c = record.add_child(Label::parse("Jo").unwrap(), ChildAge::parse("6").unwrap()).unwrap();
    (record, a, b, c)
}

fn referral(to: &str, made: u8, follow_up: Option<u8>, result: ReferralResult) -> Dated {
    Dated::Referral(Referral {
        step: None,
        to_whom: to.into(),
        made_on: day(made),
        reference: String::new(),
        follow_up: follow_up.map(day),
        result,
        disagree: false,
    })
}

fn incident(on: u8, what: &str) -> Dated {
    Dated::Incident(Incident { on: day(on), what: what.into() })
}

#[test]
fn a_single_account_heard_is_said_and_hearing_the_other_becomes_a_next_step() {
    let (record, sam, alex, _) = family();
    let mut casework = Casework::default();
    casework.apply(CaseChange::Heard(sam, Some(Answer::Yes)));
    let (statement, steps) = accounts_heard(&record, &casework, &[sam, alex]).expect("one account is missing");
    assert!(statement.starts_with("Only Sam's own account has been heard"), "{statement}");
    assert_eq!(steps, ["Hear Alex's own account, alone and where it is safe to talk, before deciding."]);
}

#[test]
fn not_known_is_not_heard_and_the_rule_is_symmetric() {
    let (record, sam, alex, _) = family();
    let mut casework = Casework::default();
    casework.apply(CaseChange::Heard(alex, Some(Answer::Yes)));
    casework.apply(CaseChange::Heard(sam, Some(Answer::NotKnown)));
    let (statement, steps) = accounts_heard(&record, &casework, &[sam, alex]).unwrap();
    assert!(statement.starts_with("Only Alex's own account"), "{statement}");
    assert!(steps[0].starts_with("Hear Sam's"), "{steps:?}");
    casework.apply(CaseChange::Heard(sam, Some(Answer::Yes)));
    assert_eq!(accounts_heard(&record, &casework, &[sam, alex]), None, "both heard: nothing to add");
    let none = accounts_heard(&record, &Casework::default(), &[sam, alex]).unwrap();
    assert!(none.0.starts_with("No adult's own account"), "{}", none.0);
    assert_eq!(none.1.len(), 2);
}

#[test]
fn an_overdue_follow_up_is_listed_first_the_longest_overdue_first() {
    let mut casework = Casework::default();
    casework.apply(CaseChange::Add(referral("Early help", 1, Some(20), ReferralResult::Awaiting)));
    casework.apply(CaseChange::Add(referral("Front door", 2, Some(5), ReferralResult::Awaiting)));
    casework.apply(CaseChange::Add(referral("IDVA", 3, Some(4), ReferralResult::NoReply)));
    casework.apply(CaseChange::Add(referral("Housing", 3, Some(4), ReferralResult::Accepted)));
    let order: Vec<&str> = casework.referrals_overdue_first(day(10)).iter().map(|(_, r)| r.to_whom.as_str()).collect();
    assert_eq!(order, ["IDVA", "Front door", "Early help", "Housing"], "accepted is settled, not overdue");
    assert_eq!(casework.overdue(day(10)).len(), 2);
    assert!(casework.overdue(day(4)).is_empty(), "due today is not yet overdue");
    let mut text = String::new();
    overdue_text(&mut text, &casework, day(10));
    assert_eq!(text, "\nOverdue follow-ups:\n- Referral to IDVA: follow-up was due 4 December 2026.\n- Referral to Front door: follow-up was due 5 December 2026.\n");
}

#[test]
fn the_chronology_orders_by_date_and_keeps_same_day_entries_in_the_order_entered() {
    let mut casework = Casework::default();
    casework.apply(CaseChange::Add(incident(9, "Police called to the home")));
    let second = casework.apply(CaseChange::Add(incident(3, "Missed appointment"))).unwrap();
    casework.apply(CaseChange::Add(incident(9, "School reports a bruise")));
    casework.apply(CaseChange::Add(incident(1, "First visit")));
    casework.apply(CaseChange::Replace(second, incident(9, "Missed appointment, moved")));
    let lines = chronology(&casework, &WORDS, vec![(day(9), "Review", "Safer-sleep review due.".into())]);
    let shown: Vec<(u8, &str)> = lines.iter().map(|l| (l.on.iso()[8..].parse().unwrap(), l.what.as_str())).collect();
    assert_eq!(
        shown,
        [
            (1, "First visit."),
            (9, "Police called to the home."),
            (9, "Missed appointment, moved."),
            (9, "School reports a bruise."),
            (9, "Safer-sleep review due."),
        ],
        "an edited entry keeps its place among its day's entries; dates the sets hold come after"
    );
}

#[test]
fn a_referral_adds_its_follow_up_date_to_the_chronology_until_it_is_settled() {
    let mut casework = Casework::default();
    let number = casework.apply(CaseChange::Add(referral("MASH", 1, Some(8), ReferralResult::NoReply))).unwrap();
    let lines = chronology(&casework, &WORDS, vec![]);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].what, "Made to MASH. No reply.");
    assert_eq!((lines[1].kind, lines[1].on), ("Follow-up due", day(8)));
    casework.apply(CaseChange::Replace(
        number,
        referral("MASH", 1, Some(8), ReferralResult::Declined("Below threshold".into())),
    ));
    let lines = chronology(&casework, &WORDS, vec![]);
    assert_eq!(lines.len(), 1, "a declined referral is no longer due a follow-up");
    assert_eq!(lines[0].what, "Made to MASH. Declined. Reason given: Below threshold.");
}

#[test]
fn an_agency_check_says_what_they_said_even_with_no_words_typed() {
    use crate::domain::conflict::assessment::AgencyCheck;
    let check = |said| {
        let dated = Dated::Check(AgencyCheckEntry {
            agency: "GP".into(),
            asked_on: day(1),
            said,
            answer: String::new(),
            by_whom: String::new(),
        });
        chronology::describe(&dated, &WORDS).1
    };
    assert_eq!(check(Some(AgencyCheck::NothingKnown)), "Asked GP what they know. Nothing known.");
    assert_eq!(check(Some(AgencyCheck::HoldsInformation)), "Asked GP what they know. They hold information.");
    assert_eq!(check(None), "Asked GP what they know. No answer yet.");
}

#[test]
fn an_outcome_is_noted_once_until_it_changes() {
    let mut casework = Casework::default();
    let seen = |title| CaseChange::OutcomeSeen { set: SetName::Conflict, title, on: day(1) };
    assert!(casework.apply(seen("Not enough known")).is_some());
    assert!(casework.apply(seen("Not enough known")).is_none());
    casework.apply(CaseChange::OutcomeSeen { set: SetName::SaferSleep, title: "Not enough known", on: day(1) });
    assert!(casework.apply(seen("Abuse indicated")).is_some());
    assert_eq!(casework.entries().len(), 3);
}

#[test]
fn a_form_left_incomplete_says_each_fix_and_a_declined_referral_needs_its_reason() {
    let blank_share = Dated::Share(Share {
        on: day(1),
        what: " ".into(),
        with_whom: String::new(),
        reason: String::new(),
        basis: String::new(),
    });
    let fields: Vec<&str> = blank_share.problems().iter().map(|p| p.field).collect();
    assert_eq!(fields, ["what", "with-whom", "basis", "reason"]);
    let declined = referral("GP", 5, Some(4), ReferralResult::Declined(String::new()));
    let fields: Vec<&str> = declined.problems().iter().map(|p| p.field).collect();
    assert_eq!(fields, ["declined-reason", "follow-up"]);
    assert!(referral("GP", 5, Some(5), ReferralResult::Awaiting).problems().is_empty());
}

#[test]
fn every_child_is_in_the_summary_even_with_nothing_recorded() {
    let (mut record, ..) = family();
    let baby = record.add_child(Label::parse("Baby").unwrap(), ChildAge::parse("0").unwrap()).unwrap();
    let mut casework = Casework::default();
    casework.apply(CaseChange::SeenAlone(baby, Some(SeenAlone::NotPossible)));
    casework.apply(CaseChange::WhyNotAlone(baby, "Too young to talk".into()));
    casework.apply(CaseChange::Day(baby, "bedtime", "Sleeps in the front room".into()));
    let mut text = String::new();
    children_text(&mut text, &record, &casework, &WORDS);
    assert!(text.contains("- Jo (6 years): Seen alone: not recorded.\n  In their own words: not recorded.\n  A day in their life: not recorded."), "{text}");
    assert!(
        text.contains(
            "- Baby (under 1): Seen alone: Not possible (Too young to talk).\n  What was seen of them: not recorded."
        ),
        "a baby is seen, not quoted: {text}"
    );
    assert!(text.contains("  Bedtime: Sleeps in the front room"), "{text}");
}

#[test]
fn emptied_answers_leave_nothing_and_a_removed_person_is_forgotten() {
    let (_, sam, _, jo) = family();
    let mut casework = Casework::default();
    casework.apply(CaseChange::AccountWords(sam, "relationship", "We argue".into()));
    casework.apply(CaseChange::ChildWords(jo, "I hide upstairs".into()));
    casework.apply(CaseChange::Language(jo, "Polish".into()));
    assert_eq!(casework.answers_about(jo), 2);
    casework.apply(CaseChange::AccountWords(sam, "relationship", "  ".into()));
    assert!(casework.accounts.is_empty(), "blank words are not kept");
    casework.forget_person(jo);
    assert_eq!(casework, Casework::default(), "nothing is left once emptied and forgotten");
}

#[test]
fn an_account_heard_without_a_clear_yes_to_alone_and_safe_is_weighed_with_that_in_mind() {
    use super::summary::heard_not_alone;
    use crate::domain::conflict::assessment::SafetyCheck;
    use std::collections::BTreeMap;
    let (record, sam, alex, _) = family();
    let mut casework = Casework::default();
    casework.apply(CaseChange::Heard(sam, Some(Answer::Yes)));
    casework.apply(CaseChange::Heard(alex, Some(Answer::Yes)));
    let mut safety = BTreeMap::new();
    safety.insert(
        sam,
        SafetyCheck { alone: Some(Answer::Yes), safe_to_talk: Some(Answer::Yes), safe_contact: String::new() },
    );
    safety.insert(
        alex,
        SafetyCheck { alone: Some(Answer::Yes), safe_to_talk: Some(Answer::NotKnown), safe_contact: String::new() },
    );
    assert_eq!(
        heard_not_alone(&record, &casework, &safety, &[sam, alex]).as_deref(),
        Some("Alex's account was heard, but not recorded as given alone and where it was safe to talk: weigh it with that in mind."),
        "Not known is not a Yes"
    );
    safety.remove(&sam);
    let both = heard_not_alone(&record, &casework, &safety, &[sam, alex]).unwrap();
    assert!(both.starts_with("Sam's and Alex's accounts were heard, but"), "{both}");
    casework.apply(CaseChange::Heard(alex, Some(Answer::No)));
    casework.apply(CaseChange::Heard(sam, None));
    assert_eq!(heard_not_alone(&record, &casework, &safety, &[sam, alex]), None, "only accounts heard are weighed");
}

#[test]
fn what_has_happened_cannot_be_dated_ahead_but_a_follow_up_can() {
    let today = day(10);
    assert_eq!(incident(11, "Call-out").date_ahead(today).map(|p| p.field), Some("on"));
    assert_eq!(incident(10, "Call-out").date_ahead(today), None, "today is fine");
    assert_eq!(
        referral("GP", 9, Some(20), ReferralResult::Awaiting).date_ahead(today),
        None,
        "a follow-up date may be ahead"
    );
}
