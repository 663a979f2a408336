//! Loading: the shape of each content file in `content/` as TOML
//! is read into it. A field the shape does not have is refused when the file is read, so a
//! misspelt name never passes silently.

use serde::Deserialize;

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
pub struct ConflictFile {
    pub agency: Vec<RawAgency>,
    #[serde(default)]
    pub group: Vec<RawGroup>,
    pub question: Vec<RawQuestion>,
    pub outcome: Vec<RawOutcome>,
    pub rule: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub id: String,
    pub outcome: String,
    pub when: String,
    pub why: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAgency {
    pub id: String,
    pub name: String,
}

/// One page of related questions.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: String,
    pub scope: String,
    /// Left out, it is reported by checking in words rather than refused by the reader.
    pub group: Option<String>,
    pub text: String,
    pub hint: String,
    pub signal: String,
    #[serde(default)]
    pub critical: bool,
    pub risk: Option<String>,
    pub may_know: Vec<String>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutcome {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub steps: Vec<RawStep>,
    pub lines: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub id: String,
    pub text: String,
    pub when: Option<String>,
    #[serde(default)]
    pub referral: bool,
    /// A follow-up date for coming back to the set, with no referral to record.
    #[serde(default)]
    pub follow_up_only: bool,
    /// Roles of local contacts to show with the step, from the partnership's local settings.
    #[serde(default)]
    pub contacts: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SleepFile {
    #[serde(default)]
    pub group: Vec<RawGroup>,
    pub question: Vec<RawSleepQuestion>,
    pub contact: Vec<RawAgency>,
    pub place: Vec<RawPlace>,
    pub outcome: Vec<RawSleepOutcome>,
    pub rule: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    pub id: String,
    pub label: String,
    pub safety: String,
    pub reason: Option<String>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSleepOutcome {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub steps: Vec<RawStep>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSleepQuestion {
    pub id: String,
    pub part: String,
    pub group: Option<String>,
    pub text: String,
    pub hint: String,
    pub risk: Option<String>,
    pub plan_label: Option<String>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideFile {
    pub step: Vec<RawGuideStep>,
    pub tonight: Vec<RawTonight>,
    pub answer: RawTonightWords,
    pub situation: Vec<RawSituation>,
    pub words: RawFamilyWords,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFamilyWords {
    pub intro: String,
    pub privacy: String,
    pub tonight_intro: String,
    pub not_sure: String,
    pub plan_intro: String,
    pub plan_pick: String,
    pub plan_where: String,
    pub plan_who: String,
    pub plan_carer: String,
    pub plan_keep: String,
    pub plan_keep_warning: String,
    pub call_999: String,
    pub nhs_link: String,
    pub call_intro: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGuideStep {
    pub id: String,
    pub picture: String,
    pub title: String,
    pub text: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTonight {
    pub id: String,
    pub question: String,
    pub because: Option<String>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTonightWords {
    pub cot: String,
    pub not_bed: String,
    pub in_charge: String,
    pub alone: String,
    pub safer_bed: String,
    pub sofa: String,
    pub sofa_first: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSituation {
    pub id: String,
    pub name: String,
    /// Whether drinking is part of this time, so the plan asks who stays sober.
    #[serde(default)]
    pub drinking: bool,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewFile {
    pub review: Vec<RawReview>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReview {
    pub file: String,
    pub version: u32,
    pub date: String,
    pub by: String,
    pub checked: Vec<RawCheck>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCheck {
    pub what: String,
    pub against: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseworkFile {
    pub account_prompt: Vec<RawPrompt>,
    pub day_prompt: Vec<RawPrompt>,
    pub sharing_basis: Vec<RawPrompt>,
    pub escalation_stage: Vec<RawPrompt>,
    pub interpreter_reminder: RawReminder,
    pub information_sharing: Vec<RawSection>,
    pub escalation_guidance: Vec<RawSection>,
    pub other_route: Vec<RawRoute>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPrompt {
    pub id: String,
    pub label: String,
    pub hint: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReminder {
    pub text: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRoute {
    pub id: String,
    pub title: String,
    pub when: String,
    pub what_to_do: Vec<String>,
    pub lines: Vec<String>,
    pub source: String,
}
