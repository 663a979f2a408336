//! The guide for families: safer sleep in plain words, the "tonight" check and a family's own sleep plan.
//! The words are content (`content/family.toml`); the rules for tonight's answer are here.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::domain::words::join_words;

#[derive(Debug, PartialEq)]
pub struct GuideStep {
    pub id: &'static str,
    pub picture: &'static str,
    pub title: &'static str,
    pub text: &'static str,
    pub source: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct TonightQuestion {
    pub id: &'static str,
    pub question: &'static str,
    /// For the risks that make sharing a bed more dangerous: the reason, as it ends a sentence.
    pub because: Option<&'static str>,
    pub source: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct TonightWords {
    pub cot: &'static str,
    pub not_bed: &'static str,
    pub in_charge: &'static str,
    /// For a carer on their own after drink or drugs, who has nobody sober to hand over to.
    pub alone: &'static str,
    pub safer_bed: &'static str,
    pub sofa: &'static str,
    /// For when someone might fall asleep on a sofa or chair with the baby: it leads the answer.
    pub sofa_first: &'static str,
    pub source: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Situation {
    pub id: &'static str,
    pub name: &'static str,
    /// Drinking is part of this time: the plan asks who stays sober. Other times it asks who
    /// looks after the baby, without suggesting anyone drinks.
    pub drinking: bool,
    pub source: &'static str,
}

impl Situation {
    /// The plan's question about who is in charge, as the family reads it.
    pub fn who_question(&self, words: &FamilyWords) -> &'static str {
        if self.drinking {
            words.plan_who
        } else {
            words.plan_carer
        }
    }
}

/// The family pages' own words, kept with the rest of the content so the reading-ease check
/// covers them.
#[derive(Debug, PartialEq)]
pub struct FamilyWords {
    pub intro: &'static str,
    pub privacy: &'static str,
    pub tonight_intro: &'static str,
    pub not_sure: &'static str,
    pub plan_intro: &'static str,
    pub plan_pick: &'static str,
    pub plan_where: &'static str,
    pub plan_who: &'static str,
    pub plan_carer: &'static str,
    pub plan_keep: &'static str,
    /// Said before a plan is kept on the phone: who can read it, and that Exit leaves it.
    pub plan_keep_warning: &'static str,
    pub call_999: &'static str,
    pub nhs_link: &'static str,
    pub call_intro: &'static str,
    pub source: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Guide {
    pub steps: &'static [GuideStep],
    pub tonight: &'static [TonightQuestion],
    pub answer: TonightWords,
    pub situations: &'static [Situation],
    pub words: FamilyWords,
}

/// A parent's answer to a tonight question. "Not sure" counts as yes, to be safe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TonightAnswer {
    Yes,
    No,
    NotSure,
}

impl TonightAnswer {
    pub const ALL: [TonightAnswer; 3] = [TonightAnswer::Yes, TonightAnswer::No, TonightAnswer::NotSure];

    pub fn label(self) -> &'static str {
        match self {
            Self::Yes => "Yes",
            Self::No => "No",
            Self::NotSure => "Not sure",
        }
    }

    fn counts_as_yes(self) -> bool {
        self != Self::No
    }
}

pub type TonightAnswers = BTreeMap<&'static str, TonightAnswer>;

/// Tonight's answer, in a few short paragraphs. There is always one sofa warning: first, for
/// someone who might fall asleep on one; last, for everyone else.
pub fn tonight_advice(guide: &Guide, answers: &TonightAnswers) -> Vec<String> {
    let yes = |id: &str| answers.get(id).is_some_and(|a| a.counts_as_yes());
    let reasons: Vec<&str> = guide.tonight.iter().filter(|q| yes(q.id)).filter_map(|q| q.because).collect();
    let words = &guide.answer;
    let mut advice = Vec::new();
    let drink_or_drugs = yes("alcohol") || yes("drugs");
    // A carer alone after alcohol or drugs has the most urgent answer: it comes first.
    if drink_or_drugs && yes("alone") {
        advice.push(words.alone.to_owned());
    }
    if yes("sofa") {
        advice.push(words.sofa_first.to_owned());
    }
    match (yes("bed"), reasons.as_slice()) {
        (true, []) => advice.push(words.safer_bed.to_owned()),
        (true, reasons) => {
            advice.push(format!("{} {}.", words.not_bed, join_words(reasons)));
            advice.push(words.cot.to_owned());
        }
        (false, _) => advice.push(words.cot.to_owned()),
    }
    if drink_or_drugs && !yes("alone") {
        advice.push(words.in_charge.to_owned());
    }
    if !yes("sofa") {
        advice.push(words.sofa.to_owned());
    }
    advice
}

/// For one time when things are different: where the baby sleeps, and who is in charge.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanEntry {
    pub where_baby_sleeps: String,
    pub who_is_in_charge: String,
}

/// A family's own sleep plan: the times they chose, each with what they decided.
pub type SleepPlan = BTreeMap<&'static str, PlanEntry>;

/// The plan as plain text, for a file the family saves themselves.
pub fn plan_text(guide: &Guide, plan: &SleepPlan, made_on: &str) -> String {
    let mut out = format!("Our baby's sleep plan\nMade on {made_on} with Hearth. It stays with you: Hearth keeps no copy.\n\nEvery sleep:\n");
    for step in guide.steps {
        let _ = writeln!(out, "- {}", step.text);
    }
    for situation in guide.situations {
        if let Some(entry) = plan.get(situation.id) {
            let or_blank = |t: &str| if t.trim().is_empty() { "(to decide)".to_owned() } else { t.trim().to_owned() };
            let who = if situation.drinking { "In charge, and sober" } else { "Looking after the baby" };
            let _ = write!(
                out,
                "\n{}\n  Baby sleeps: {}\n  {who}: {}\n",
                situation.name,
                or_blank(&entry.where_baby_sleeps),
                or_blank(&entry.who_is_in_charge)
            );
        }
    }
    out += "\nIf your baby stops breathing or will not wake, call 999.\n";
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::GUIDE;

    fn answers(pairs: &[(&'static str, TonightAnswer)]) -> TonightAnswers {
        pairs.iter().copied().collect()
    }

    fn advice(pairs: &[(&'static str, TonightAnswer)]) -> String {
        tonight_advice(&GUIDE, &answers(pairs)).join("\n")
    }

    #[test]
    fn a_sofa_warning_is_always_given_once() {
        let once =
            |text: &str| text.matches(GUIDE.answer.sofa).count() + text.matches(GUIDE.answer.sofa_first).count() == 1;
        for a in TonightAnswer::ALL {
            for id in GUIDE.tonight.iter().map(|q| q.id) {
                assert!(once(&advice(&[(id, a)])), "{id} {a:?}");
            }
        }
        assert!(once(&advice(&[])));
    }

    #[test]
    fn with_no_risks_the_answer_is_their_own_cot() {
        let all_no: Vec<_> = GUIDE.tonight.iter().map(|q| (q.id, TonightAnswer::No)).collect();
        let text = advice(&all_no);
        assert!(text.starts_with(GUIDE.answer.cot), "{text}");
        assert!(!text.contains(GUIDE.answer.in_charge));
    }

    #[test]
    fn a_shared_bed_with_drink_says_not_tonight_and_who_is_in_charge() {
        let text = advice(&[("bed", TonightAnswer::Yes), ("alcohol", TonightAnswer::Yes)]);
        assert!(
            text.starts_with(&format!("{} someone has had alcohol or may have some tonight.", GUIDE.answer.not_bed)),
            "{text}"
        );
        assert!(text.contains(GUIDE.answer.in_charge));
    }

    #[test]
    fn several_reasons_are_joined_in_one_sentence() {
        let text =
            advice(&[("bed", TonightAnswer::Yes), ("smoking", TonightAnswer::Yes), ("early", TonightAnswer::Yes)]);
        assert!(text.contains("because someone smokes and your baby was born early or small."), "{text}");
    }

    #[test]
    fn not_sure_counts_as_yes() {
        let text = advice(&[("bed", TonightAnswer::Yes), ("tired", TonightAnswer::NotSure)]);
        assert!(text.contains("someone is very tired"), "{text}");
    }

    #[test]
    fn a_shared_bed_with_no_added_risk_gets_how_to_make_it_safer() {
        let text = advice(&[("bed", TonightAnswer::Yes), ("alcohol", TonightAnswer::No)]);
        assert!(text.starts_with(GUIDE.answer.safer_bed), "{text}");
    }

    #[test]
    fn drinking_without_a_shared_bed_still_names_who_is_in_charge() {
        let text = advice(&[("bed", TonightAnswer::No), ("alcohol", TonightAnswer::Yes)]);
        assert!(text.starts_with(GUIDE.answer.cot) && text.contains(GUIDE.answer.in_charge), "{text}");
    }

    #[test]
    fn someone_who_might_fall_asleep_on_a_sofa_is_told_that_first_and_once() {
        for others in [vec![], vec![("bed", TonightAnswer::Yes)], vec![("alcohol", TonightAnswer::Yes)]] {
            let with_sofa = |sofa| {
                let mut pairs = others.clone();
                pairs.push(("sofa", sofa));
                tonight_advice(&GUIDE, &answers(&pairs))
            };
            let no = with_sofa(TonightAnswer::No);
            for a in [TonightAnswer::Yes, TonightAnswer::NotSure] {
                let yes = with_sofa(a);
                assert_ne!(yes, no, "{others:?} sofa {a:?}");
                assert!(yes[0].contains("sofa") && yes[0].contains("own cot"), "{others:?} sofa {a:?}: {yes:?}");
                assert_eq!(yes.iter().filter(|p| p.contains("sofa")).count(), 1, "{others:?} sofa {a:?}: {yes:?}");
            }
        }
    }

    #[test]
    fn a_lone_carer_after_drink_or_drugs_is_told_own_cot_never_with_you_and_to_ask_a_sober_adult() {
        for drink in ["alcohol", "drugs"] {
            for alone in [TonightAnswer::Yes, TonightAnswer::NotSure] {
                for used in [TonightAnswer::Yes, TonightAnswer::NotSure] {
                    let text = advice(&[("alone", alone), (drink, used)]);
                    for words in ["own cot", "your bed", "sofa with you", "sober adult"] {
                        assert!(text.contains(words), "{drink} {used:?}, alone {alone:?}: no \"{words}\" in {text}");
                    }
                    assert!(!text.contains(GUIDE.answer.in_charge), "it assumes another adult: {text}");
                    assert!(text.starts_with(GUIDE.answer.alone), "the most urgent answer comes first: {text}");
                }
            }
        }
    }

    #[test]
    fn with_another_adult_there_or_no_drink_a_carer_is_not_told_they_are_alone() {
        let text = advice(&[("alone", TonightAnswer::No), ("alcohol", TonightAnswer::Yes)]);
        assert!(text.contains(GUIDE.answer.in_charge) && !text.contains(GUIDE.answer.alone), "{text}");
        let text =
            advice(&[("alone", TonightAnswer::Yes), ("alcohol", TonightAnswer::No), ("drugs", TonightAnswer::No)]);
        assert!(!text.contains(GUIDE.answer.alone), "{text}");
    }

    #[test]
    fn the_drink_question_and_its_reason_cover_drinking_later_tonight() {
        let alcohol = GUIDE.tonight.iter().find(|q| q.id == "alcohol").unwrap();
        assert!(alcohol.question.contains("tonight"), "{}", alcohol.question);
        assert!(alcohol.because.is_some_and(|b| b.contains("tonight")), "{:?}", alcohol.because);
        let text = advice(&[("bed", TonightAnswer::Yes), ("alcohol", TonightAnswer::Yes)]);
        assert!(text.starts_with(&format!("{} {}.", GUIDE.answer.not_bed, alcohol.because.unwrap())), "{text}");
    }

    #[test]
    fn every_sleep_and_the_plan_file_say_when_never_to_share_and_what_a_clear_cot_is() {
        let steps: String = GUIDE.steps.iter().map(|s| format!("{} {}\n", s.title, s.text)).collect();
        let file = plan_text(&GUIDE, &SleepPlan::new(), "1 December 2026");
        for words in [
            "drink",
            "drugs",
            "sleepy",
            "smoke",
            "very tired",
            "37 weeks",
            "2.5 kg",
            "feeding",
            "adult covers",
            "gaps",
            "pets or other children",
            "duvets",
            "pillows",
            "bumpers",
            "pods",
            "positioners",
        ] {
            assert!(steps.contains(words), "no \"{words}\" in the steps:\n{steps}");
            assert!(file.contains(words), "no \"{words}\" in the plan file:\n{file}");
        }
    }

    #[test]
    fn the_plan_file_lists_the_chosen_times_only() {
        let mut plan = SleepPlan::new();
        plan.insert(
            "drinks",
            PlanEntry { where_baby_sleeps: "Cot in our room".into(), who_is_in_charge: "Sam".into() },
        );
        let text = plan_text(&GUIDE, &plan, "1 December 2026");
        assert!(
            text.contains(
                "A night out, or drinks at home\n  Baby sleeps: Cot in our room\n  In charge, and sober: Sam"
            ),
            "{text}"
        );
        assert!(!text.contains("Moving home"));
        assert!(text.contains("call 999"));
    }

    #[test]
    fn only_a_time_with_drinking_in_it_asks_who_stays_sober() {
        let drinking: Vec<_> = GUIDE.situations.iter().filter(|s| s.drinking).map(|s| s.id).collect();
        assert_eq!(drinking, ["drinks"]);
        let unwell = GUIDE.situations.iter().find(|s| s.id == "unwell").unwrap();
        assert_eq!(unwell.who_question(&GUIDE.words), "Who will look after your baby?");
        let mut plan = SleepPlan::new();
        plan.insert("unwell", PlanEntry { where_baby_sleeps: "Cot".into(), who_is_in_charge: "Alex".into() });
        let text = plan_text(&GUIDE, &plan, "1 December 2026");
        assert!(
            text.contains("When your baby is unwell\n  Baby sleeps: Cot\n  Looking after the baby: Alex"),
            "{text}"
        );
        assert!(!text.contains("sober: Alex"), "{text}");
    }
}
