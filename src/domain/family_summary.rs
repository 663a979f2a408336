//! The family summary: both practitioner sets on one record, their outcomes side by side and the
//! risks they show together, ahead of each set's own notes.

use crate::domain::casework::chronology::ChronologyLine;
use crate::domain::casework::summary::{chronology_text, overdue_text};
use crate::domain::casework::Casework;
use crate::domain::conflict::summary::{plain_text, SummaryInput};
use crate::domain::date::CalendarDate;
use crate::domain::sleep::outcome::SleepRouting;
use crate::domain::sleep::summary::{cumulative_statement, sleep_plain_text, SleepSummaryInput};
use crate::domain::words::{capitalise, join_words};

/// What the risks recorded in either set say together. The safer-sleep routing counts the risks
/// the conflict-or-abuse set found too, so it speaks for both; `baby` is whether a baby is
/// chosen, without whom the statement about how a baby sleeps does not apply.
pub fn risks_together(sleep: &SleepRouting, baby: bool) -> String {
    let names: Vec<&str> = sleep.risks.iter().map(|r| r.name).collect();
    match names[..] {
        [] => "No risks are recorded as present, on what is known.".to_owned(),
        [one] => format!("One risk is recorded: {one}."),
        _ if baby => cumulative_statement(&names),
        _ => format!(
            "{} are present together. Consider them together, and share them with the agencies involved.",
            capitalise(&join_words(&names))
        ),
    }
}

/// The casework as the family summary shows it: referrals overdue on `today` at the top, the
/// chronology at the end.
pub struct CaseNotes<'a> {
    pub casework: &'a Casework,
    pub chronology: &'a [ChronologyLine],
    pub today: CalendarDate,
}

/// The family summary to paste and print: overdue follow-ups first, both outcomes and `risks`
/// together, then each set begun, in full, a blank line before each, and the chronology last;
/// empty when neither set is begun and nothing dated is recorded.
pub fn family_text(
    conflict: Option<&SummaryInput>,
    sleep: Option<&SleepSummaryInput>,
    risks: &str,
    case: &CaseNotes,
) -> String {
    if conflict.is_none() && sleep.is_none() && case.chronology.is_empty() {
        return String::new();
    }
    let today = case.today;
    let title = |found: Option<&'static str>| found.unwrap_or("Not started");
    let mut out = format!("Family summary\nDate: {today}\n");
    overdue_text(&mut out, case.casework, today);
    out += &format!(
        "\nParental conflict or domestic abuse: {}\nSafer sleep: {}\nRisks together: {risks}\n",
        title(conflict.map(|c| c.set.outcome(c.routing.outcome).title)),
        title(sleep.map(|s| s.set.outcome(s.routing.outcome).title)),
    );
    for text in conflict.map(plain_text).into_iter().chain(sleep.map(sleep_plain_text)) {
        out += "\n";
        out += &text;
    }
    chronology_text(&mut out, case.chronology);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{national_helpline, CASEWORK, CONFLICT_OR_ABUSE, SAFER_SLEEP};
    use crate::domain::answer::Answer;
    use crate::domain::casework::Casework;
    use crate::domain::conflict::assessment::{ConflictAssessment, Subject};
    use crate::domain::conflict::routing::route;
    use crate::domain::date::CalendarDate;
    use crate::domain::family_record::{ChildAge, FamilyRecord, Label};
    use crate::domain::sleep::assessment::{SleepAssessment, SleepSubject};
    use crate::domain::sleep::outcome::route_sleep;

    #[test]
    fn the_family_summary_opens_with_both_outcomes_and_the_risks_together_then_each_sets_findings() {
        let mut record = FamilyRecord::default();
        let mum = record.add_adult(Label::parse("Mum").unwrap()).unwrap();
        let dad = record.add_adult(Label::parse("Dad").unwrap()).unwrap();
        let baby = record.add_child(Label::parse("Baby").unwrap(), ChildAge::parse("0").unwrap()).unwrap();
        let mut conflict = ConflictAssessment::for_pair(mum, dad);
        conflict.responses.set_answer(Subject::Between { actor: mum, target: dad }, "physical-harm", Answer::Yes);
        let mut sleep = SleepAssessment::for_baby(baby);
        sleep.responses.set_answer(SleepSubject::Carer(dad), "alcohol", Answer::Yes);
        let today = CalendarDate::new(2026, 11, 26).unwrap();
        let conflict_routing = route(&CONFLICT_OR_ABUSE, &record, &conflict).unwrap();
        let sleep_routing = route_sleep(&SAFER_SLEEP, &record, &sleep, Some(&conflict_routing));
        let risks = risks_together(&sleep_routing, true);
        let casework = Casework::default();
        let case = CaseNotes { casework: &casework, chronology: &[], today };
        assert_eq!(family_text(None, None, &risks, &case), "", "nothing to summarise before either set is begun");
        let conflict_input = SummaryInput {
            set: &CONFLICT_OR_ABUSE,
            record: &record,
            assessment: &conflict,
            routing: &conflict_routing,
            today,
            helpline: &national_helpline,
            local: &crate::domain::local_settings::LocalSettings::national(),
            version: "test",
            casework: &casework,
            words: &CASEWORK,
        };
        let sleep_input = SleepSummaryInput {
            set: &SAFER_SLEEP,
            conflict_set: &CONFLICT_OR_ABUSE,
            record: &record,
            assessment: &sleep,
            routing: &sleep_routing,
            today,
            version: "test",
            casework: &casework,
            words: &CASEWORK,
        };
        let text = family_text(Some(&conflict_input), Some(&sleep_input), &risks, &case);
        assert!(
            text.starts_with(
                "Family summary\nDate: 26 November 2026\n\nParental conflict or domestic abuse: Domestic abuse indicated\nSafer sleep: Protect: risks are present, so plan with the family\nRisks together: Alcohol and domestic abuse are present together."
            ),
            "{text}"
        );
        for (from, to) in [
            ("Parental conflict or domestic abuse? Summary", "Safer sleep: prevent and protect. Summary"),
            ("Outcome: Domestic abuse indicated", "Outcome: Protect"),
            ("Abuse indicated from Mum towards Dad:", "Risk: alcohol:"),
        ] {
            let (from, to) = (text.find(from).unwrap(), text.find(to).unwrap());
            assert!(from < to, "{text}");
        }
        assert_eq!(text.matches("Next steps:").count(), 2, "{text}");
        let without_baby = route_sleep(&SAFER_SLEEP, &record, &SleepAssessment::default(), Some(&conflict_routing));
        let only_conflict = family_text(Some(&conflict_input), None, &risks_together(&without_baby, false), &case);
        assert!(
            only_conflict.contains("Safer sleep: Not started\nRisks together: One risk is recorded: domestic abuse."),
            "{only_conflict}"
        );
    }

    #[test]
    fn overdue_follow_ups_come_first_and_the_chronology_last_even_before_either_set_is_begun() {
        use crate::content::CASEWORK;
        use crate::domain::casework::chronology::chronology;
        use crate::domain::casework::{AgencyCheckEntry, CaseChange, Dated, Referral, ReferralResult};
        let day = |d| CalendarDate::new(2026, 11, d).unwrap();
        let mut casework = Casework::default();
        casework.apply(CaseChange::Add(Dated::Referral(Referral {
            step: None,
            to_whom: "Children's social care".into(),
            made_on: day(2),
            reference: "R1".into(),
            follow_up: Some(day(9)),
            result: ReferralResult::Awaiting,
            disagree: false,
        })));
        casework.apply(CaseChange::Add(Dated::Check(AgencyCheckEntry {
            agency: "Health visiting".into(),
            asked_on: day(1),
            said: None,
            answer: "Known to them".into(),
            by_whom: "JS".into(),
        })));
        let lines = chronology(&casework, &CASEWORK, vec![]);
        let case = CaseNotes { casework: &casework, chronology: &lines, today: day(20) };
        let text = family_text(None, None, "No risks are recorded as present, on what is known.", &case);
        assert!(
            text.starts_with(
                "Family summary\nDate: 20 November 2026\n\nOverdue follow-ups:\n- Referral to Children's social care: follow-up was due 9 November 2026.\n\nParental conflict or domestic abuse: Not started\n"
            ),
            "{text}"
        );
        let chronology_at = text.find("\nChronology:\n").expect("the chronology is in the summary");
        let (check, referral, due) = (
            text.find("- 1 November 2026 - Agency check: Asked Health visiting").unwrap(),
            text.find("- 2 November 2026 - Referral: Made to Children's social care.").unwrap(),
            text.find("- 9 November 2026 - Follow-up due").unwrap(),
        );
        assert!(chronology_at < check && check < referral && referral < due, "{text}");
    }
}
