//! Words for the outcome: questions with the family's labels filled in, the reasons behind an
//! outcome, and the plain-text summary a practitioner pastes into a case record.

use std::fmt::Write;

use crate::domain::answer::answer_text;
use crate::domain::casework::summary::{
    accounts_heard, accounts_text, children_text, heard_not_alone, interpreters_text,
};
use crate::domain::casework::words::CaseworkWords;
use crate::domain::casework::Casework;
use crate::domain::date::CalendarDate;
use crate::domain::family_record::{FamilyRecord, PersonId};
use crate::domain::helpline::Helpline;
use crate::domain::local_settings::LocalSettings;
use crate::domain::words::{capitalise, join_words, plural};

use super::assessment::{ConflictAssessment, Subject};
use super::question::{OutcomeKind, Question, QuestionSet, Scope, Step};
use super::routing::{HighRiskBecause, Missing, Reason, Routing};

pub const SAFETY_ALONE: &str = "Are you speaking with them on their own, with nobody else present who could overhear, including children old enough to talk?";
pub const SAFETY_NOW: &str = "Is it safe for them to talk now, and do they have time?";
pub const SAFETY_CONTACT: &str = "What is a safe way to contact them?";

pub fn label_of(record: &FamilyRecord, id: PersonId) -> String {
    record
        .adults()
        .iter()
        .map(|a| (a.id, &a.label))
        .chain(record.children().iter().map(|c| (c.id, &c.label)))
        .find(|(person, _)| *person == id)
        .map_or_else(|| "someone no longer in the record".to_owned(), |(_, label)| label.to_string())
}

/// "A", "A and B", "A, B and C".
pub fn join_labels(record: &FamilyRecord, ids: &[PersonId]) -> String {
    let mut labels: Vec<String> = Vec::new();
    for id in ids {
        let label = label_of(record, *id);
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    match labels.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

pub fn question_text(question: &Question, subject: Subject, record: &FamilyRecord) -> String {
    match subject {
        Subject::Between { actor, target } => {
            question.text.replace("{actor}", &label_of(record, actor)).replace("{target}", &label_of(record, target))
        }
        Subject::Child(child) => question.text.replace("{child}", &label_of(record, child)),
        Subject::Family => question.text.to_owned(),
    }
}

/// A question as it reads about nobody in particular, for the published rules.
pub fn general_question_text(question: &Question) -> String {
    question.text.replace("{actor}", "Adult A").replace("{target}", "Adult B").replace("{child}", "a child")
}

pub fn step_text(step: &Step, routing: &Routing, record: &FamilyRecord) -> String {
    let or_default = |ids: Vec<PersonId>, fallback: &str| {
        if ids.is_empty() {
            fallback.to_owned()
        } else {
            join_labels(record, &ids)
        }
    };
    step.text
        .replace("{at_risk}", &or_default(routing.at_risk(), "the person at risk"))
        .replace("{using_harm}", &or_default(routing.using_harm(), "the person using harm"))
}

/// The local contacts a step points to, as a sentence after it; empty where none is set.
pub fn contacts_text(local: &LocalSettings, step: &Step) -> String {
    let lines: Vec<String> = local.contacts_for(step.contacts).map(|contact| contact.line()).collect();
    if lines.is_empty() {
        String::new()
    } else {
        format!(" Contact: {}.", lines.join("; "))
    }
}

/// Key questions still to answer are named up to this many; more are counted.
const KEY_QUESTIONS_NAMED: usize = 3;

/// What must still be found out, one line each, for "Not enough is known to say".
pub fn missing_text(missing: &Missing, record: &FamilyRecord) -> String {
    let questions = |reasons: &[Reason]| -> String {
        reasons.iter().map(|r| question_text(r.question, r.subject, record)).collect::<Vec<_>>().join(" ")
    };
    match missing {
        Missing::Behaviour(reasons) => format!(
            "Harmful behaviour is recorded, but not what it is. Find out what is happening: {}",
            questions(reasons)
        ),
        Missing::ChildHarmed(reasons) => {
            format!("A child was hurt or caught up in an incident. Find out what happened: {}", questions(reasons))
        }
        Missing::Incident(reason) => format!(
            "An earlier incident is recorded, but nobody has established who did what: {}",
            questions(&[*reason])
        ),
        Missing::IncidentNotKnown(reason) => format!("Not yet known: {}", questions(&[*reason])),
        Missing::KeyQuestions(reasons) if reasons.len() <= KEY_QUESTIONS_NAMED => format!(
            "{} about abuse still to answer: {}",
            plural(reasons.len(), "key question", "key questions"),
            questions(reasons)
        ),
        // Too many to read as one sentence; the summary counts them for each adult.
        Missing::KeyQuestions(reasons) => {
            format!("{} key questions about abuse still to answer, in either direction", reasons.len())
        }
        Missing::AgencyChecks { done, needed } => format!(
            "Checks with other agencies: {done} recorded, at least {needed} needed. Do not rely only on what the adults say."
        ),
    }
}

pub fn reason_text(reason: &Reason, record: &FamilyRecord, assessment: &ConflictAssessment) -> String {
    let response = assessment.responses.get(reason.subject, reason.question.id);
    let answer = response.map_or("Not answered", |r| r.answer_text());
    let mut text = format!("{} {answer}", question_text(reason.question, reason.subject, record));
    if let Some(note) = response.map(|r| r.note.trim()).filter(|n| !n.is_empty()) {
        let _ = write!(text, " (note: {note})");
    }
    text
}

/// A heading and the answers under it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReasonGroup {
    pub heading: String,
    pub items: Vec<String>,
}

/// The answers that led to the outcome, grouped and in words.
pub fn explain(routing: &Routing, record: &FamilyRecord, assessment: &ConflictAssessment) -> Vec<ReasonGroup> {
    let text = |r: &Reason| reason_text(r, record, assessment);
    let mut groups = Vec::new();
    for finding in &routing.findings {
        let mut items: Vec<String> = finding.indicators.iter().map(text).collect();
        for because in &finding.high_risk {
            items.push(match because {
                HighRiskBecause::Marker(q) => {
                    format!(
                        "High-risk marker: {}",
                        question_text(q, Subject::Between { actor: finding.actor, target: finding.target }, record)
                    )
                }
                HighRiskBecause::Escalating => {
                    "High-risk marker: the harm is happening more often or getting more serious".to_owned()
                }
                HighRiskBecause::SeparationWithControlAndViolence => {
                    "High-risk marker: the adults have separated or plan to, and there is both control and violence"
                        .to_owned()
                }
            });
        }
        if finding.repeated {
            items.push("This has happened more than once: a pattern, not a single incident".to_owned());
        }
        groups.push(ReasonGroup {
            heading: format!(
                "Abuse indicated from {} towards {}",
                label_of(record, finding.actor),
                label_of(record, finding.target)
            ),
            items,
        });
    }
    if routing.both_directions() {
        groups.push(ReasonGroup {
            heading: "Abuse is indicated in both directions".to_owned(),
            items: vec![
                "Seek specialist advice, from your local domestic abuse service or MARAC lead, to establish who is using abusive behaviour and who is at risk. Do not assume either way.".to_owned(),
            ],
        });
    }
    match routing.outcome {
        OutcomeKind::NotEnoughKnown | OutcomeKind::NoAbuseIndicated => {
            let mut known = vec![format!(
                "{} of {} answers about abuse (asked both ways) are No; {} are Not known or not answered; none is Yes",
                routing.abuse_questions_no, routing.abuse_questions_total, routing.abuse_questions_unknown
            )];
            known.push(format!("Checks recorded with other agencies: {}", routing.agencies_checked));
            if !routing.holding_information.is_empty() {
                let names: Vec<&str> = routing.holding_information.iter().map(|a| a.name).collect();
                known.push(format!(
                    "{} hold information. Make sure what they hold is reflected in the answers, and record your judgement if it changes the picture.",
                    join_words(&names)
                ));
            }
            known.extend(routing.incident.iter().map(text));
            groups.push(ReasonGroup { heading: "What is and is not known".to_owned(), items: known });
        }
        OutcomeKind::HighRisk | OutcomeKind::AbuseIndicated => {}
    }
    if !routing.missing.is_empty() {
        groups.push(ReasonGroup {
            heading: "What must be found out before any conflict work".to_owned(),
            items: routing.missing.iter().map(|m| missing_text(m, record)).collect(),
        });
    }
    if !routing.care_risks.is_empty() {
        groups.push(ReasonGroup {
            heading: "The children's care".to_owned(),
            items: routing.care_risks.iter().map(text).collect(),
        });
    }
    if !routing.children_harmed.is_empty() {
        groups.push(ReasonGroup {
            heading: "A child hurt or caught up in an incident".to_owned(),
            items: routing.children_harmed.iter().map(text).collect(),
        });
    }
    if let Some(names) = routing.cumulative() {
        groups.push(ReasonGroup {
            heading: format!("{} risks present together: they add up", names.len()),
            items: vec![format!(
                "{}. Consider them together, and share them with the agencies involved.",
                capitalise(&join_words(&names))
            )],
        });
    }
    if !routing.conflict_signs.is_empty() {
        groups.push(ReasonGroup {
            heading: "Signs of harmful conflict".to_owned(),
            items: routing.conflict_signs.iter().map(text).collect(),
        });
    }
    if !routing.child_signs.is_empty() {
        groups.push(ReasonGroup {
            heading: "The children's experience".to_owned(),
            items: routing.child_signs.iter().map(text).collect(),
        });
    }
    groups
}

/// Everything a case record needs, as plain text to paste and to print.
pub struct SummaryInput<'a> {
    pub set: &'a QuestionSet,
    pub record: &'a FamilyRecord,
    pub assessment: &'a ConflictAssessment,
    pub routing: &'a Routing,
    pub today: CalendarDate,
    pub helpline: &'a dyn Fn(&str) -> Option<&'static Helpline>,
    /// The partnership's settings, for its contacts.
    pub local: &'a LocalSettings,
    pub version: &'a str,
    pub casework: &'a Casework,
    pub words: &'a CaseworkWords,
}

/// A blank line, "heading:" and a bulleted line for each item; nothing at all without items.
pub fn write_list(out: &mut String, heading: &str, items: &[String]) {
    if !items.is_empty() {
        let _ = writeln!(out, "\n{heading}:");
        for item in items {
            let _ = writeln!(out, "- {item}");
        }
    }
}

/// "9 not known, 3 not answered", leaving out a count of none.
pub fn unknown_counts(not_known: usize, not_answered: usize) -> String {
    match (not_known, not_answered) {
        (0, n) => format!("{n} not answered"),
        (n, 0) => format!("{n} not known"),
        (k, n) => format!("{k} not known, {n} not answered"),
    }
}

/// Each adult's questions, the household's and each child's, named as the notes name them.
fn parts(record: &FamilyRecord, adults: &[PersonId]) -> Vec<(Subject, Scope, String)> {
    let mut parts = Vec::new();
    for (&actor, &target) in adults.iter().zip(adults.iter().rev()) {
        parts.push((
            Subject::Between { actor, target },
            Scope::BetweenAdults,
            format!("What {} does", label_of(record, actor)),
        ));
    }
    parts.push((Subject::Family, Scope::Family, "The household".to_owned()));
    for child in record.children() {
        parts.push((Subject::Child(child.id), Scope::EachChild, format!("About {}", child.label)));
    }
    parts
}

/// One line for each part with answers Not known or not answered: how many, and which agencies
/// not yet checked with may know.
pub fn unknowns_by_part(record: &FamilyRecord, assessment: &ConflictAssessment, routing: &Routing) -> Vec<String> {
    let adults: Vec<PersonId> = assessment.adults(record).map(|(a, b)| vec![a, b]).unwrap_or_default();
    let mut lines = Vec::new();
    for (subject, _, name) in parts(record, &adults) {
        let (mut not_known, mut not_answered) = (0, 0);
        for reason in routing.unknowns.iter().filter(|r| r.subject == subject) {
            match reason.answer {
                None => not_answered += 1,
                Some(_) => not_known += 1,
            }
        }
        if not_known + not_answered == 0 {
            continue;
        }
        let mut agencies: Vec<&str> = Vec::new();
        for agency in &routing.checks {
            if routing.unknowns.iter().any(|r| r.subject == subject && r.question.may_know.contains(&agency.id)) {
                agencies.push(agency.name);
            }
        }
        let mut line = format!("{name}: {}", unknown_counts(not_known, not_answered));
        if !agencies.is_empty() {
            let _ = write!(line, ". May know, not yet checked with: {}", join_words(&agencies));
        }
        lines.push(line);
    }
    lines
}

/// Findings first: the outcome, the answers that led to it, the next steps with their follow-up
/// dates, each person's notes, one line for each part counting what is not known; then the
/// safety check, the agencies, the rules and the help lines.
pub fn plain_text(input: &SummaryInput) -> String {
    let SummaryInput { set, record, assessment, routing, today, helpline, local, version, casework, words } = input;
    let outcome = set.outcome(routing.outcome);
    let mut out = String::new();
    let _ = writeln!(out, "Parental conflict or domestic abuse? Summary");
    let _ = writeln!(out, "Date: {today}");
    let _ = writeln!(
        out,
        "Made with Hearth {version}. Hearth structures professional judgement. It does not replace a DASH risk checklist or local safeguarding procedures."
    );
    let adults: Vec<PersonId> = assessment.adults(record).map(|(a, b)| vec![a, b]).unwrap_or_default();
    let _ = writeln!(out, "Adults: {}", join_labels(record, &adults));
    let children: Vec<String> = record.children().iter().map(|c| format!("{} ({})", c.label, c.age)).collect();
    let _ = writeln!(
        out,
        "Children: {}",
        if children.is_empty() { "none recorded".to_owned() } else { children.join(", ") }
    );
    let _ = writeln!(out, "\nOutcome: {}", outcome.title);
    let _ = writeln!(out, "{}", outcome.summary);
    let heard = accounts_heard(record, casework, &adults);
    if let Some((statement, _)) = &heard {
        let _ = writeln!(out, "{statement}");
    }
    if let Some(statement) = heard_not_alone(record, casework, &assessment.safety, &adults) {
        let _ = writeln!(out, "{statement}");
    }
    match &assessment.judgement {
        Some(judgement) => {
            let _ = writeln!(out, "Professional judgement: {}", set.outcome(judgement.outcome).title);
            let _ = writeln!(out, "Reason for the judgement: {}", judgement.reason);
        }
        None => {
            let _ = writeln!(out, "Professional judgement: none recorded that differs from the outcome");
        }
    }
    for group in explain(routing, record, assessment) {
        write_list(&mut out, &group.heading, &group.items);
    }
    let _ = writeln!(out, "\nNext steps:");
    let mut steps: Vec<String> = outcome
        .steps
        .iter()
        .filter(|step| routing.shows(step))
        .map(|step| {
            let follow_up = match (step.referral, assessment.follow_ups.get(&(routing.outcome, step.id))) {
                (false, _) => String::new(),
                (true, Some(date)) => format!(" Follow up by {date}."),
                (true, None) => " Follow-up date: not set.".to_owned(),
            };
            format!("{}{}{follow_up}", step_text(step, routing, record), contacts_text(local, step))
        })
        .collect();
    steps.extend(heard.into_iter().flat_map(|(_, steps)| steps));
    for (n, step) in steps.iter().enumerate() {
        let _ = writeln!(out, "{}. {step}", n + 1);
    }
    for (subject, scope, name) in parts(record, &adults) {
        let mut noted = String::new();
        for question in set.in_scope(scope) {
            if assessment.responses.get(subject, question.id).is_some_and(|r| !r.note.trim().is_empty()) {
                let reason = Reason { subject, question, answer: None };
                let _ = writeln!(noted, "- {}", reason_text(&reason, record, assessment));
            }
        }
        if !noted.is_empty() {
            let _ = write!(out, "\nNotes: {name}:\n{noted}");
        }
    }
    accounts_text(&mut out, record, casework, words, &assessment.safety, &adults);
    children_text(&mut out, record, casework, words);
    interpreters_text(&mut out, record, casework, words);
    let unknown_lines = unknowns_by_part(record, assessment, routing);
    write_list(&mut out, "Not known or not answered", &unknown_lines);
    let _ = writeln!(out, "\nSafety check before asking:");
    for id in &adults {
        let check = assessment.safety.get(id).cloned().unwrap_or_default();
        let contact = if check.safe_contact.trim().is_empty() { "not recorded" } else { check.safe_contact.trim() };
        let _ = writeln!(
            out,
            "- {}: on their own: {}; safe to talk: {}; safe contact: {contact}",
            label_of(record, *id),
            answer_text(check.alone),
            answer_text(check.safe_to_talk)
        );
    }
    let _ = writeln!(out, "\nChecks with other agencies:");
    for agency in set.agencies {
        let status = assessment.agency_checks.get(agency.id).map_or("Not checked yet", |c| c.label());
        let _ = writeln!(out, "- {}: {status}", agency.name);
    }
    let _ = writeln!(out, "\nRules that applied (see How Hearth decides):");
    for rule in &routing.rules {
        let _ = writeln!(out, "- {}", set.rule(*rule).when);
    }
    let _ = writeln!(out, "\nHelp lines to choose from:");
    for h in outcome.lines.iter().filter_map(|id| helpline(id)) {
        let _ = writeln!(out, "- {} {}: {}", h.name, h.number, h.purpose);
    }
    for contact in &local.contacts {
        let _ = writeln!(out, "- Local: {}", contact.line());
    }
    out
}

/// How many of a scope's questions have an answer for these subjects, out of how many asked.
pub fn progress(
    set: &QuestionSet,
    assessment: &ConflictAssessment,
    scope: Scope,
    subjects: &[Subject],
) -> (usize, usize) {
    let questions: Vec<&Question> = set.in_scope(scope).collect();
    let answered = subjects
        .iter()
        .flat_map(|s| questions.iter().map(move |q| assessment.responses.answer(*s, q.id)))
        .filter(Option::is_some)
        .count();
    (answered, questions.len() * subjects.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{national_helpline, CONFLICT_OR_ABUSE as SET};
    use crate::domain::answer::{Answer, Response};
    use crate::domain::conflict::assessment::{AgencyCheck, Judgement};
    use crate::domain::conflict::routing::route;
    use crate::domain::family_record::{ChildAge, Label};

    fn abuse_by_second_adult() -> (FamilyRecord, ConflictAssessment) {
        let mut record = FamilyRecord::default();
        let a = record.add_adult(Label::parse("Dad").unwrap()).unwrap();
        let b = record.add_adult(Label::parse("Mum").unwrap()).unwrap();
        record.add_child(Label::parse("JS").unwrap(), ChildAge::parse("0").unwrap()).unwrap();
        let mut assessment = ConflictAssessment::for_pair(a, b);
        let answer = |answer| Response { answer: Some(answer), note: String::new() };
        for q in SET.in_scope(Scope::BetweenAdults) {
            assessment.responses.set(Subject::Between { actor: a, target: b }, q.id, answer(Answer::No));
            assessment.responses.set(Subject::Between { actor: b, target: a }, q.id, answer(Answer::No));
        }
        assessment.responses.set(
            Subject::Between { actor: b, target: a },
            "physical-harm",
            Response { answer: Some(Answer::Yes), note: "Scratches seen <b>on arm</b>".into() },
        );
        assessment.agency_checks.insert("police", AgencyCheck::HoldsInformation);
        (record, assessment)
    }

    fn summary(record: &FamilyRecord, assessment: &ConflictAssessment) -> String {
        summary_with(record, assessment, &Casework::default())
    }

    fn summary_with(record: &FamilyRecord, assessment: &ConflictAssessment, casework: &Casework) -> String {
        let routing = route(&SET, record, assessment).unwrap();
        plain_text(&SummaryInput {
            set: &SET,
            record,
            assessment,
            routing: &routing,
            today: CalendarDate::new(2026, 11, 26).unwrap(),
            helpline: &national_helpline,
            local: &LocalSettings::national(),
            version: "test",
            casework,
            words: &crate::content::CASEWORK,
        })
    }

    #[test]
    fn one_account_heard_is_said_under_the_outcome_and_hearing_the_other_is_the_last_next_step() {
        use crate::domain::casework::CaseChange;
        let (record, assessment) = abuse_by_second_adult();
        let [dad, mum] = [record.adults()[0].id, record.adults()[1].id];
        let mut casework = Casework::default();
        casework.apply(CaseChange::Heard(dad, Some(Answer::Yes)));
        casework.apply(CaseChange::Heard(mum, Some(Answer::NotKnown)));
        casework.apply(CaseChange::AccountWords(dad, "relationship", "Says arguments most nights".into()));
        let text = summary_with(&record, &assessment, &casework);
        let at = positions(
            &text,
            &[
                "Outcome: Domestic abuse indicated",
                "Only Dad's own account has been heard.",
                "Next steps:\n1. ",
                "Hear Mum's own account, alone and where it is safe to talk, before deciding.",
                "Each adult's own account:\n- Dad: account heard: Yes.",
                "  The relationship: Says arguments most nights",
                "- Mum: account heard: Not known.",
                "Each child's voice and day:\n- JS (under 1): Seen alone: not recorded.",
                "Interpreters: not recorded.",
                "Safety check before asking:",
            ],
        );
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{text}");
        let steps = &text[at[2]..at[4]];
        let last = steps.lines().rfind(|l| l.starts_with(char::is_numeric)).unwrap();
        assert!(
            last.ends_with("Hear Mum's own account, alone and where it is safe to talk, before deciding."),
            "{text}"
        );
        casework.apply(CaseChange::Heard(mum, Some(Answer::Yes)));
        let both = summary_with(&record, &assessment, &casework);
        assert!(!both.contains("own account has been heard") && !both.contains("Hear Mum's"), "{both}");
    }

    /// Where each of `texts` first appears, failing when one is missing.
    fn positions(text: &str, texts: &[&str]) -> Vec<usize> {
        texts.iter().map(|t| text.find(t).unwrap_or_else(|| panic!("missing {t:?} in:\n{text}"))).collect()
    }

    #[test]
    fn the_summary_names_the_adults_outcome_reasons_and_follow_ups() {
        let (record, mut assessment) = abuse_by_second_adult();
        let text = summary(&record, &assessment);
        for expected in [
            "Date: 26 November 2026",
            "Adults: Dad and Mum",
            "Children: JS (under 1)",
            "Outcome: Domestic abuse indicated",
            "Abuse indicated from Mum towards Dad:",
            "- Has Mum physically hurt Dad, for example by pushing, slapping, hitting, kicking or biting them? Yes (note: Scratches seen <b>on arm</b>)",
            "- Police: Checked: they hold information",
            "- GP: Not checked yet",
            "Follow-up date: not set.",
            "- Men's Advice Line 0808 801 0327: Run by Respect for men experiencing domestic abuse",
            "- Respect Phoneline 0808 802 4040: For anyone worried that their own behaviour",
            "- Galop National Helpline for LGBT+ victims and survivors of abuse 0800 999 5428",
            "Rules that applied (see How Hearth decides):\n- Any sign of abuse is answered Yes, in either direction.",
            "1. Speak with Dad on their own",
            "It does not replace a DASH risk checklist",
            "Professional judgement: none recorded",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
        }
        assessment
            .follow_ups
            .insert((OutcomeKind::AbuseIndicated, "specialist-support"), CalendarDate::new(2026, 12, 3).unwrap());
        assessment.judgement = Some(Judgement::new(OutcomeKind::HighRisk, "Dad described being choked").unwrap());
        let text = summary(&record, &assessment);
        assert!(text.contains("Follow up by 3 December 2026."), "{text}");
        assert!(text.contains("Professional judgement: High-risk markers present: act today"), "{text}");
        assert!(text.contains("Reason for the judgement: Dad described being choked"), "{text}");
    }

    #[test]
    fn the_findings_come_first_then_each_persons_notes_then_what_is_not_known() {
        let (record, mut assessment) = abuse_by_second_adult();
        let (dad, mum) = assessment.adults(&record).unwrap();
        let child = Subject::Child(record.children()[0].id);
        assessment.responses.set_note(child, "child-shows", "Cries at handovers".into());
        assessment.responses.set_note(Subject::Between { actor: dad, target: mum }, "afraid", "Says no".into());
        let text = summary(&record, &assessment);
        let at = positions(
            &text,
            &[
                "Outcome: Domestic abuse indicated",
                "Abuse indicated from Mum towards Dad:",
                "Next steps:\n1. ",
                "Notes: What Dad does:\n- Is Mum afraid of Dad? No (note: Says no)",
                "Notes: What Mum does:\n- Has Mum physically hurt Dad",
                "Notes: About JS:\n- ",
                "Cries at handovers",
                "Not known or not answered:\n- The household: ",
                "Safety check before asking:",
                "Checks with other agencies:",
                "Rules that applied",
                "Help lines to choose from:",
            ],
        );
        assert!(at.windows(2).all(|w| w[0] < w[1]), "out of order {at:?} in:\n{text}");
        assert!(!text.contains("Notes: The household"), "a part with no notes is left out:\n{text}");
    }

    #[test]
    fn many_unknowns_are_counted_in_one_line_for_each_part_with_the_agencies_that_may_know() {
        let mut record = FamilyRecord::default();
        let a = record.add_adult(Label::parse("Parent 1").unwrap()).unwrap();
        let b = record.add_adult(Label::parse("Parent 2").unwrap()).unwrap();
        record.add_child(Label::parse("Older child").unwrap(), ChildAge::parse("6").unwrap()).unwrap();
        let mut assessment = ConflictAssessment::for_pair(a, b);
        let between = SET.in_scope(Scope::BetweenAdults).count();
        for q in SET.in_scope(Scope::BetweenAdults).take(4) {
            assessment.responses.set_answer(Subject::Between { actor: b, target: a }, q.id, Answer::NotKnown);
        }
        assessment.agency_checks.insert("police", AgencyCheck::NothingKnown);
        let routing = route(&SET, &record, &assessment).unwrap();
        assert!(routing.unknowns.len() > 38, "{}", routing.unknowns.len());
        let text = summary(&record, &assessment);
        let part = text.split("Not known or not answered:\n").nth(1).unwrap().split("\n\n").next().unwrap();
        let lines: Vec<&str> = part.lines().collect();
        assert_eq!(lines.len(), 4, "one line for each adult, the household and the child:\n{part}");
        assert!(
            lines[0].starts_with(&format!(
                "- What Parent 1 does: {between} not answered. May know, not yet checked with: "
            )),
            "{part}"
        );
        assert!(
            lines[1].starts_with(&format!("- What Parent 2 does: 4 not known, {} not answered. May know", between - 4)),
            "{part}"
        );
        assert!(lines[2].starts_with("- The household: "), "{part}");
        assert!(lines[3].starts_with("- About Older child: "), "{part}");
        assert!(!part.contains("Police"), "an agency already checked with is not suggested again:\n{part}");
        assert!(part.contains("GP"), "{part}");
        for reason in &routing.unknowns {
            let question = question_text(reason.question, reason.subject, &record);
            assert!(!text.contains(&format!("- {question}\n")), "the question is not listed on its own: {question}");
        }
        let key = SET.in_scope(Scope::BetweenAdults).filter(|q| q.critical).count();
        assert!(
            text.contains(&format!("- {} key questions about abuse still to answer, in either direction\n", key * 2)),
            "many key questions are counted, not listed:\n{text}"
        );
        assert_eq!(unknown_counts(0, 3), "3 not answered");
        assert_eq!(unknown_counts(2, 0), "2 not known");
    }

    #[test]
    fn a_few_key_questions_still_to_answer_are_named() {
        let (record, mut assessment) = abuse_by_second_adult();
        let (dad, mum) = assessment.adults(&record).unwrap();
        assessment.responses.set_answer(
            Subject::Between { actor: mum, target: dad },
            "physical-harm",
            Answer::NotKnown,
        );
        let text = summary(&record, &assessment);
        assert!(
            text.contains("- 1 key question about abuse still to answer: Has Mum physically hurt Dad, for example by pushing, slapping, hitting, kicking or biting them?\n"),
            "{text}"
        );
    }

    #[test]
    fn labels_fill_in_questions_and_steps() {
        let (record, assessment) = abuse_by_second_adult();
        let routing = route(&SET, &record, &assessment).unwrap();
        let step = SET.outcome(OutcomeKind::AbuseIndicated).steps.iter().find(|s| routing.shows(s)).unwrap();
        assert!(step_text(step, &routing, &record).starts_with("Speak with Dad on their own"));
        assert_eq!(join_labels(&record, &routing.using_harm()), "Mum");
    }

    #[test]
    fn progress_counts_answers_for_the_subjects_asked_about() {
        let (record, assessment) = abuse_by_second_adult();
        let (a, b) = assessment.adults(&record).unwrap();
        let both = [Subject::Between { actor: a, target: b }, Subject::Between { actor: b, target: a }];
        let between = SET.in_scope(Scope::BetweenAdults).count();
        assert_eq!(progress(&SET, &assessment, Scope::BetweenAdults, &both), (between * 2, between * 2));
        let child = Subject::Child(record.children()[0].id);
        let per_child = SET.in_scope(Scope::EachChild).count();
        assert_eq!(progress(&SET, &assessment, Scope::EachChild, &[child]), (0, per_child));
    }
}
