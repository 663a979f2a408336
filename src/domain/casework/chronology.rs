//! One chronology per family: every dated thing the record holds, oldest first, same-day
//! entries in the order they were entered. The practitioner's own "who knew what, and when".

use super::words::CaseworkWords;
use super::{Casework, Dated, ReferralResult};
use crate::domain::conflict::assessment::AgencyCheck;
use crate::domain::date::CalendarDate;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChronologyLine {
    pub on: CalendarDate,
    /// What kind of thing it is: "Agency check", "Referral", "Follow-up due"...
    pub kind: &'static str,
    pub what: String,
    /// The entry it comes from, so a page can link to it; none for a date a question set holds.
    pub entry: Option<u32>,
}

/// The chronology of `casework`, with `also` (dates the question sets hold, such as follow-up
/// and review dates, with what they are) after the entries of their day.
pub fn chronology(
    casework: &Casework,
    words: &CaseworkWords,
    also: Vec<(CalendarDate, &'static str, String)>,
) -> Vec<ChronologyLine> {
    let built: Vec<ChronologyLine> = casework
        .entries()
        .iter()
        .map(|e| {
            let (kind, what) = describe(&e.dated, words);
            ChronologyLine { on: e.dated.on(), kind, what, entry: Some(e.number) }
        })
        .collect();
    let follow_ups = casework.entries().iter().filter_map(|e| match &e.dated {
        // Once a referral is accepted or declined, its follow-up date is no longer due.
        Dated::Referral(r) if matches!(r.result, ReferralResult::Awaiting | ReferralResult::NoReply) => {
            r.follow_up.map(|due| ChronologyLine {
                on: due,
                kind: "Follow-up due",
                what: format!("Follow up the referral to {}.", r.to_whom.trim()),
                entry: Some(e.number),
            })
        }
        _ => None,
    });
    let also = also.into_iter().map(|(on, kind, what)| ChronologyLine { on, kind, what, entry: None });
    // Each line goes after every line of its day already placed, so lines of one day keep the
    // order they were built in, which is the order entered. (A record holds tens of lines, and
    // this costs far fewer bytes than the standard library's stable sort.)
    let mut lines: Vec<ChronologyLine> = Vec::new();
    for line in built.into_iter().chain(follow_ups).chain(also) {
        let at = lines.partition_point(|placed| placed.on <= line.on);
        lines.insert(at, line);
    }
    lines
}

fn sentence(label: &str, text: &str) -> String {
    let text = text.trim().trim_end_matches('.');
    if text.is_empty() {
        String::new()
    } else {
        format!(" {label}: {text}.")
    }
}

/// A line's kind and words for one entry.
pub fn describe(dated: &Dated, words: &CaseworkWords) -> (&'static str, String) {
    match dated {
        Dated::Check(c) => (
            "Agency check",
            format!(
                "Asked {} what they know.{}{}",
                c.agency.trim(),
                sentence("Asked by", &c.by_whom),
                match (c.said, c.answer.trim().is_empty()) {
                    (Some(AgencyCheck::HoldsInformation), _) =>
                        format!(" They hold information.{}", sentence("Answer", &c.answer)),
                    (Some(AgencyCheck::NothingKnown), _) => format!(" Nothing known.{}", sentence("Answer", &c.answer)),
                    (None, true) => " No answer yet.".to_owned(),
                    (None, false) => sentence("Answer", &c.answer),
                }
            ),
        ),
        Dated::Share(s) => (
            "Information shared",
            format!(
                "Shared with {}: {}.{}{}",
                s.with_whom.trim(),
                s.what.trim(),
                sentence("Basis", words.sharing_basis(&s.basis).map_or(s.basis.as_str(), |b| b.label)),
                sentence("Why", &s.reason)
            ),
        ),
        Dated::Incident(i) => ("Incident", format!("{}.", i.what.trim().trim_end_matches('.'))),
        Dated::Referral(r) => {
            let result = match &r.result {
                ReferralResult::Declined(why) => format!(" Declined.{}", sentence("Reason given", why)),
                other => format!(" {}.", other.label()),
            };
            let disagree = if r.wants_challenge() { " The practitioner disagrees with the decision." } else { "" };
            (
                "Referral",
                format!("Made to {}.{}{result}{disagree}", r.to_whom.trim(), sentence("Reference", &r.reference)),
            )
        }
        Dated::Challenge(c) => (
            "Decision challenged",
            format!(
                "{}.{}{}{}",
                c.decision.trim().trim_end_matches('.'),
                sentence("Why", &c.why),
                sentence("Stage reached", words.escalation_stage(&c.stage).map_or(c.stage.as_str(), |s| s.label)),
                sentence("What came of it", &c.result)
            ),
        ),
        Dated::Outcome(o) => ("Outcome", format!("{}: {}.", o.set.title(), o.title.trim_end_matches('.'))),
    }
}
