//! Generating: the Rust source `build.rs` writes for checked content, which
//! `src/content/mod.rs` includes as statics. It runs only after checking found no problem.

use std::fmt::Write;

use super::loading::*;
use super::names::{
    rust_name, CONFLICT_RULES, OUTCOMES, PARTS, PLACE_SAFETY, SCOPES, SLEEP_OUTCOMES, SLEEP_RULES, SLEEP_STEP_WHEN,
    STEP_WHEN,
};

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
pub fn render(helplines: &HelplineFile) -> String {
    let mut out = String::from("pub static NATIONAL_HELPLINES: &[Helpline] = &[\n");
    for h in &helplines.helpline {
        out += &helpline_literal(&h.id, &h.name, &h.number, h.hours.as_deref(), &h.purpose, &h.source);
    }
    out += "];\n";
    out
}

fn prompt_literal(id: &str, label: &str, hint: &str, source: &str) -> String {
    format!("        Prompt {{ id: {id:?}, label: {label:?}, hint: {hint:?}, source: {source:?} }},\n")
}

fn render_prompts(out: &mut String, field: &str, prompts: &[RawPrompt]) {
    let _ = writeln!(out, "    {field}: &[");
    for p in prompts {
        *out += &prompt_literal(&p.id, &p.label, &p.hint, &p.source);
    }
    *out += "    ],\n";
}

fn render_sections(out: &mut String, field: &str, sections: &[RawSection]) {
    let _ = writeln!(out, "    {field}: &[");
    for s in sections {
        let _ = writeln!(
            out,
            "        GuidanceSection {{ heading: {:?}, paragraphs: &{:?}, source: {:?} }},",
            s.heading, s.paragraphs, s.source
        );
    }
    *out += "    ],\n";
}

/// Rust source for the checked casework wording. A route's lines point into
/// `NATIONAL_HELPLINES`, which `render` writes from the same help line file.
pub fn render_casework(words: &CaseworkFile, helplines: &HelplineFile) -> String {
    let mut out = String::from("pub static CASEWORK: CaseworkWords = CaseworkWords {\n");
    render_prompts(&mut out, "account_prompts", &words.account_prompt);
    render_prompts(&mut out, "day_prompts", &words.day_prompt);
    render_prompts(&mut out, "sharing_bases", &words.sharing_basis);
    render_prompts(&mut out, "escalation_stages", &words.escalation_stage);
    let _ = writeln!(out, "    interpreter_reminder: {:?},", words.interpreter_reminder.text);
    render_sections(&mut out, "information_sharing", &words.information_sharing);
    render_sections(&mut out, "escalation_guidance", &words.escalation_guidance);
    out += "    other_routes: &[\n";
    for r in &words.other_route {
        let lines: Vec<String> = r
            .lines
            .iter()
            .map(|id| {
                let index = helplines.helpline.iter().position(|h| h.id == *id).expect("checked before rendering");
                format!("&NATIONAL_HELPLINES[{index}]")
            })
            .collect();
        let _ = writeln!(
            out,
            "        OtherRoute {{ id: {:?}, title: {:?}, when: {:?}, what_to_do: &{:?}, lines: &[{}], source: {:?} }},",
            r.id,
            r.title,
            r.when,
            r.what_to_do,
            lines.join(", "),
            r.source
        );
    }
    out += "    ],\n};\n";
    out
}

/// Rust source for the review records.
pub fn render_reviews(reviews: &ReviewFile) -> String {
    let mut out = String::from("pub static CONTENT_REVIEWS: &[ContentReview] = &[\n");
    for r in &reviews.review {
        let checked: Vec<(&str, &str)> = r.checked.iter().map(|c| (c.what.as_str(), c.against.as_str())).collect();
        out += &format!(
            "    ContentReview {{ file: {:?}, version: {}, date: {:?}, by: {:?}, checked: &{:?} }},\n",
            r.file, r.version, r.date, r.by, checked
        );
    }
    out += "];\n";
    out
}

fn render_rules(
    rows: &[RawRule],
    rules: &[(&str, &str)],
    rule_type: &str,
    outcomes: &[(&str, &str)],
    outcome_type: &str,
) -> String {
    let mut out = String::new();
    for row in rows {
        let outcome = match row.outcome.as_str() {
            "steps" => "None".to_owned(),
            id => format!("Some({outcome_type}::{})", rust_name(outcomes, id)),
        };
        out += &format!(
            "        RuleRow {{ rule: {rule_type}::{}, outcome: {outcome}, when: {:?}, why: {:?}, source: {:?} }},\n",
            rust_name(rules, &row.id),
            row.when,
            row.why,
            row.source
        );
    }
    out
}

/// An outcome's next steps, each shown when its `when` names (always, when left out). Checking
/// refuses `referral` where a set's steps have no follow-up date, so it is written as given.
fn render_steps(out: &mut String, steps: &[RawStep], when: &[(&str, &str)]) {
    for step in steps {
        let when = step.when.as_deref().map_or("Always".to_owned(), |w| rust_name(when, w));
        let _ = write!(
            out,
            "Step {{ id: {:?}, text: {:?}, when: StepWhen::{when}, referral: {}, to_someone: {}, contacts: &{:?} }}, ",
            step.id,
            step.text,
            step.referral,
            step.referral && !step.follow_up_only,
            step.contacts
        );
    }
}

/// The pages of a question set, as a field of its static.
fn render_groups(out: &mut String, groups: &[RawGroup]) {
    *out += "    groups: &[\n";
    for g in groups {
        let _ = writeln!(out, "        Group {{ id: {:?}, title: {:?} }},", g.id, g.title);
    }
    *out += "    ],\n";
}

/// Rust source for a checked question set.
pub fn render_conflict(set: &ConflictFile) -> String {
    let mut out = String::from("pub static CONFLICT_OR_ABUSE: QuestionSet = QuestionSet {\n    agencies: &[\n");
    for a in &set.agency {
        let _ = writeln!(out, "        Agency {{ id: {:?}, name: {:?} }},", a.id, a.name);
    }
    out += "    ],\n";
    render_groups(&mut out, &set.group);
    out += "    questions: &[\n";
    for q in &set.question {
        let (_, scope, _, signals) =
            SCOPES.iter().find(|(name, ..)| *name == q.scope).expect("checked before rendering");
        let _ = writeln!(
            out,
            "        Question {{ id: {:?}, scope: Scope::{scope}, group: {:?}, text: {:?}, hint: {:?}, signal: Signal::{}, critical: {}, risk: {:?}, may_know: &{:?}, source: {:?} }},",
            q.id,
            q.group.as_deref().expect("checked before rendering"),
            q.text,
            q.hint,
            rust_name(signals, &q.signal),
            q.critical,
            q.risk,
            q.may_know,
            q.source,
        );
    }
    out += "    ],\n    outcomes: &[\n";
    for o in &set.outcome {
        let _ = write!(
            out,
            "        Outcome {{ kind: OutcomeKind::{}, title: {:?}, summary: {:?}, steps: &[",
            rust_name(&OUTCOMES, &o.id),
            o.title,
            o.summary
        );
        render_steps(&mut out, &o.steps, &STEP_WHEN);
        let _ = writeln!(out, "], lines: &{:?} }},", o.lines);
    }
    out += "    ],\n    rules: &[\n";
    out += &render_rules(&set.rule, &CONFLICT_RULES, "ConflictRule", &OUTCOMES, "OutcomeKind");
    out += "    ],\n};\n";
    out
}

/// Rust source for a checked safer-sleep checklist.
pub fn render_sleep(set: &SleepFile) -> String {
    let mut out = String::from("pub static SAFER_SLEEP: SleepSet = SleepSet {\n");
    render_groups(&mut out, &set.group);
    out += "    questions: &[\n";
    for q in &set.question {
        let _ = writeln!(
            out,
            "        SleepQuestion {{ id: {:?}, part: Part::{}, group: {:?}, text: {:?}, hint: {:?}, risk: {:?}, plan_label: {:?}, source: {:?} }},",
            q.id,
            rust_name(&PARTS, &q.part),
            q.group.as_deref().expect("checked before rendering"),
            q.text,
            q.hint,
            q.risk,
            q.plan_label,
            q.source
        );
    }
    out += "    ],\n    contacts: &[\n";
    for c in &set.contact {
        let _ = writeln!(out, "        Contact {{ id: {:?}, name: {:?} }},", c.id, c.name);
    }
    out += "    ],\n    places: &[\n";
    for p in &set.place {
        let _ = writeln!(
            out,
            "        PlaceOption {{ id: {:?}, label: {:?}, safety: PlaceSafety::{}, reason: {:?}, source: {:?} }},",
            p.id,
            p.label,
            rust_name(&PLACE_SAFETY, &p.safety),
            p.reason,
            p.source
        );
    }
    out += "    ],\n    outcomes: &[\n";
    for o in &set.outcome {
        let _ = write!(
            out,
            "        SleepOutcomeWords {{ outcome: SleepOutcome::{}, title: {:?}, summary: {:?}, steps: &[",
            rust_name(&SLEEP_OUTCOMES, &o.id),
            o.title,
            o.summary
        );
        render_steps(&mut out, &o.steps, &SLEEP_STEP_WHEN);
        out += "] },\n";
    }
    out += "    ],\n    rules: &[\n";
    out += &render_rules(&set.rule, &SLEEP_RULES, "SleepRule", &SLEEP_OUTCOMES, "SleepOutcome");
    out += "    ],\n};\n";
    out
}

/// Rust source for the checked family guide.
pub fn render_guide(guide: &GuideFile) -> String {
    let mut out = String::from("pub static GUIDE: Guide = Guide {\n    steps: &[\n");
    for s in &guide.step {
        let _ = writeln!(
            out,
            "        GuideStep {{ id: {:?}, picture: {:?}, title: {:?}, text: {:?}, source: {:?} }},",
            s.id, s.picture, s.title, s.text, s.source
        );
    }
    out += "    ],\n    tonight: &[\n";
    for q in &guide.tonight {
        let _ = writeln!(
            out,
            "        TonightQuestion {{ id: {:?}, question: {:?}, because: {:?}, source: {:?} }},",
            q.id, q.question, q.because, q.source
        );
    }
    let a = &guide.answer;
    let _ = writeln!(
        out,
        "    ],\n    answer: TonightWords {{ cot: {:?}, not_bed: {:?}, in_charge: {:?}, alone: {:?}, safer_bed: {:?}, sofa: {:?}, sofa_first: {:?}, source: {:?} }},\n    situations: &[",
        a.cot, a.not_bed, a.in_charge, a.alone, a.safer_bed, a.sofa, a.sofa_first, a.source
    );
    for s in &guide.situation {
        let _ = writeln!(
            out,
            "        Situation {{ id: {:?}, name: {:?}, drinking: {:?}, source: {:?} }},",
            s.id, s.name, s.drinking, s.source
        );
    }
    let w = &guide.words;
    let _ = writeln!(
        out,
        "    ],\n    words: FamilyWords {{ intro: {:?}, privacy: {:?}, tonight_intro: {:?}, not_sure: {:?}, plan_intro: {:?}, plan_pick: {:?}, plan_where: {:?}, plan_who: {:?}, plan_carer: {:?}, plan_keep: {:?}, plan_keep_warning: {:?}, call_999: {:?}, nhs_link: {:?}, call_intro: {:?}, source: {:?} }},",
        w.intro, w.privacy, w.tonight_intro, w.not_sure, w.plan_intro, w.plan_pick, w.plan_where, w.plan_who, w.plan_carer, w.plan_keep, w.plan_keep_warning, w.call_999, w.nhs_link, w.call_intro, w.source
    );
    out += "};\n";
    out
}
