//! The safer-sleep checklist: its steps in order, and its pages.

mod check_answers;
mod outcome;
mod overview;
mod plan_handout;
pub mod section;

pub use check_answers::sleep_check;
pub use outcome::sleep_outcome;
pub use overview::SleepOverview;
pub use plan_handout::plan_handout;
pub use section::SleepSection;

use crate::content::SAFER_SLEEP as SET;
use crate::domain::conflict::question::Group;
use crate::domain::family_record::FamilyRecord;
use crate::domain::sleep::assessment::SleepSubject;
use crate::domain::sleep::outcome::SleepTime;
use crate::domain::sleep::question::Part;
use crate::ui::question_sets::steps::StepList;
use crate::ui::state::HearthState;
use crate::ui::Route;

pub const SLEEP_SET_NAME: &str = "Safer sleep: prevent and protect";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SleepStep {
    Baby,
    Conversation,
    Carers,
    Household,
    ComingUp,
    Plan,
    Sharing,
    CheckAnswers,
    Outcome,
}

impl StepList for SleepStep {
    const SECTIONS: &'static [Self] =
        &[Self::Baby, Self::Conversation, Self::Carers, Self::Household, Self::ComingUp, Self::Plan, Self::Sharing];
    const SET_NAME: &'static str = SLEEP_SET_NAME;
    const OVERVIEW: Route = Route::SaferSleep;
    const CHOOSE_FIRST: (&'static str, &'static str) = ("Choose the baby this is about first.", "Choose the baby");
    const ALL: &'static [Self] = &[
        Self::Baby,
        Self::Conversation,
        Self::Carers,
        Self::Household,
        Self::ComingUp,
        Self::Plan,
        Self::Sharing,
        Self::CheckAnswers,
        Self::Outcome,
    ];

    fn slug(self) -> &'static str {
        match self {
            Self::Baby => "baby",
            Self::Conversation => "conversation",
            Self::Carers => "carers",
            Self::Household => "household",
            Self::ComingUp => "coming-up",
            Self::Plan => "plan",
            Self::Sharing => "sharing",
            Self::CheckAnswers => "check-answers",
            Self::Outcome => "outcome",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Self::Baby => "The baby and where they sleep",
            Self::Conversation => "The safer sleep conversation",
            Self::Carers => "Each carer",
            Self::Household => "The household",
            Self::ComingUp => "Coming up",
            Self::Plan => "Plan for nights out of the usual routine",
            Self::Sharing => "Who else should know, and review",
            Self::CheckAnswers => "Check your answers",
            Self::Outcome => "Safer sleep outcome",
        }
    }

    fn route(self) -> Route {
        Route::SleepStep { step: self }
    }

    fn page_route(self, page: String) -> Route {
        Route::SleepPage { step: self, page }
    }

    fn pages(self, state: &HearthState) -> Vec<String> {
        self.sleep_pages(&state.record).into_iter().map(|(slug, _)| slug).collect()
    }

    fn ready(state: &HearthState) -> bool {
        state.sleep.baby(&state.record).is_some()
    }
}

/// What one page of a section asks.
#[derive(Clone, Copy, PartialEq)]
pub enum SleepPage {
    /// A group of questions, about the household or one carer.
    Questions(SleepSubject, &'static Group),
    /// Where the baby sleeps, by day or by night.
    Place(SleepTime),
    /// Who took part in the conversation, and whose view was heard.
    Voices,
}

impl SleepStep {
    /// The section's pages, each with its slug: each group of its questions in turn, for each
    /// carer in turn; the baby's section adds where the baby sleeps, the conversation starts with
    /// who took part.
    pub fn sleep_pages(self, record: &FamilyRecord) -> Vec<(String, SleepPage)> {
        let mut pages = Vec::new();
        match self {
            Self::Conversation => pages.push(("who-took-part".to_owned(), SleepPage::Voices)),
            Self::Carers => {
                for (n, adult) in record.adults().iter().enumerate() {
                    for group in SET.groups_in(Part::EachCarer) {
                        let slug = format!("carer-{}-{}", n + 1, group.id);
                        pages.push((slug, SleepPage::Questions(SleepSubject::Carer(adult.id), group)));
                    }
                }
                return pages;
            }
            _ => {}
        }
        if let Some(part) = self.part() {
            pages.extend(SET.groups_in(part).map(|g| (g.id.to_owned(), SleepPage::Questions(SleepSubject::Family, g))));
        }
        if self == Self::Baby {
            pages.push(("by-day".to_owned(), SleepPage::Place(SleepTime::Day)));
            pages.push(("by-night".to_owned(), SleepPage::Place(SleepTime::Night)));
        }
        pages
    }

    /// The content part whose questions this page asks.
    pub fn part(self) -> Option<Part> {
        match self {
            Self::Baby => Some(Part::Baby),
            Self::Conversation => Some(Part::Conversation),
            Self::Carers => Some(Part::EachCarer),
            Self::Household => Some(Part::Household),
            Self::ComingUp => Some(Part::ComingUp),
            _ => None,
        }
    }
}

crate::step_addresses!(SleepStep);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_section_is_asked_a_group_at_a_time_for_each_carer_in_turn() {
        let state = crate::ui::question_sets::conflict::tests::family();
        let pages = |step: SleepStep| step.pages(&state);
        assert_eq!(pages(SleepStep::Baby), ["birth", "by-day", "by-night"].map(String::from));
        assert_eq!(
            pages(SleepStep::Conversation),
            ["who-took-part", "sleep-space", "where", "dangers", "drinking"].map(String::from)
        );
        assert_eq!(
            pages(SleepStep::Carers),
            ["carer-1-substances", "carer-1-health", "carer-2-substances", "carer-2-health"].map(String::from)
        );
        assert_eq!(pages(SleepStep::Household), ["household"].map(String::from));
        assert_eq!(pages(SleepStep::Plan), Vec::<String>::new());
        assert!(
            SET.groups.iter().all(|g| SET.in_group(g).count() <= 4),
            "a page of more than four questions is too long"
        );
    }
}
