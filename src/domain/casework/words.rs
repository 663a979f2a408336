//! The wording around the casework records, as `content/casework.toml` gives it: prompts, the
//! bases for sharing, the default escalation stages and the routes the question sets do not
//! cover. The records themselves keep only ids; these give the words and where they come from.

use crate::domain::helpline::Helpline;

/// One prompt, choice or stage, with its id (what records keep), its words and its source.
#[derive(Debug, PartialEq)]
pub struct Prompt {
    pub id: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub source: &'static str,
}

/// A short section of a guidance page: a heading and its paragraphs.
#[derive(Debug, PartialEq)]
pub struct GuidanceSection {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
    pub source: &'static str,
}

/// A route the question sets do not cover (forced marriage, FGM, the disclosure scheme, ...):
/// when to think of it, what to do, and the national lines that help.
#[derive(Debug, PartialEq)]
pub struct OtherRoute {
    pub id: &'static str,
    pub title: &'static str,
    pub when: &'static str,
    pub what_to_do: &'static [&'static str],
    pub lines: &'static [&'static Helpline],
    pub source: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CaseworkWords {
    /// What each adult is asked about in their own words: relationship, care, worries.
    pub account_prompts: &'static [Prompt],
    /// "A day in this child's life".
    pub day_prompts: &'static [Prompt],
    /// Why information was shared, and on what basis.
    pub sharing_bases: &'static [Prompt],
    /// The escalation stages used when the partnership has not set its own.
    pub escalation_stages: &'static [Prompt],
    /// Never family members or children as interpreters.
    pub interpreter_reminder: &'static str,
    pub information_sharing: &'static [GuidanceSection],
    pub escalation_guidance: &'static [GuidanceSection],
    pub other_routes: &'static [OtherRoute],
}

impl CaseworkWords {
    pub fn day_prompt(&self, id: &str) -> Option<&'static Prompt> {
        self.day_prompts.iter().find(|p| p.id == id)
    }

    pub fn account_prompt(&self, id: &str) -> Option<&'static Prompt> {
        self.account_prompts.iter().find(|p| p.id == id)
    }

    pub fn sharing_basis(&self, id: &str) -> Option<&'static Prompt> {
        self.sharing_bases.iter().find(|p| p.id == id)
    }

    pub fn escalation_stage(&self, id: &str) -> Option<&'static Prompt> {
        self.escalation_stages.iter().find(|p| p.id == id)
    }
}
