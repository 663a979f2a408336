//! Ordered pages of a question set, shared by the practitioner sets: its sections, each on one
//! page or several short ones, where a page sits, what comes before and after, its address, and
//! what must be chosen before its questions make sense.

use crate::ui::state::HearthState;
use crate::ui::Route;

pub trait StepList: Copy + PartialEq + 'static {
    /// Every section in order; the last is the outcome, which is not counted as a step.
    const ALL: &'static [Self];
    /// The sections that ask questions, as listed in the set's task list and in check your answers.
    const SECTIONS: &'static [Self];
    const SET_NAME: &'static str;
    /// The set's first page, listing all its sections.
    const OVERVIEW: Route;
    /// What to choose on the overview before any other page makes sense, and the button to it.
    const CHOOSE_FIRST: (&'static str, &'static str);

    fn slug(self) -> &'static str;

    /// Titles without anyone's label, since page titles end up in browser history.
    fn title(self) -> &'static str;

    fn route(self) -> Route;

    /// The address of one of this section's pages, by its slug.
    fn page_route(self, page: String) -> Route;

    /// The slugs of this section's pages, in order, for a section asked over several pages.
    fn pages(self, state: &HearthState) -> Vec<String>;

    /// Whether what `CHOOSE_FIRST` asks for has been chosen.
    fn ready(state: &HearthState) -> bool;

    /// "Step 2 of 7" for every section but the outcome.
    fn position(self) -> Option<(usize, usize)> {
        let counted = Self::ALL.len() - 1;
        Self::ALL[..counted].iter().position(|s| *s == self).map(|i| (i + 1, counted))
    }

    fn next(self) -> Option<Self> {
        Self::ALL.iter().position(|s| *s == self).and_then(|i| Self::ALL.get(i + 1)).copied()
    }

    fn previous(self) -> Option<Self> {
        Self::ALL.iter().position(|s| *s == self).and_then(|i| i.checked_sub(1)).map(|i| Self::ALL[i])
    }

    fn from_slug(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| s.slug() == text)
    }
}

/// The page a route names within its section, if it names one.
pub fn page_slug_in(route: Option<Route>) -> Option<String> {
    match route? {
        Route::ConflictPage { page, .. } | Route::SleepPage { page, .. } => Some(page),
        _ => None,
    }
}

/// Which of a section's pages an address names: the first when it names none, or one that is no
/// longer there (such as a child taken out of the record).
pub fn page_index(pages: &[String], page: Option<&str>) -> usize {
    page.and_then(|page| pages.iter().position(|p| p == page)).unwrap_or(0)
}

/// The address of a section's page `n`: the section's own address when it is on one page.
pub fn page_address<S: StepList>(step: S, pages: &[String], n: usize) -> Route {
    match pages.get(n) {
        Some(page) if pages.len() > 1 => step.page_route(page.clone()),
        _ => step.route(),
    }
}

/// A step's address in the URL, as the router reads and writes it: its slug.
#[macro_export]
macro_rules! step_addresses {
    ($step:ty) => {
        impl std::fmt::Display for $step {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::ui::question_sets::steps::StepList::slug(*self))
            }
        }

        impl std::str::FromStr for $step {
            type Err = ();

            fn from_str(text: &str) -> Result<Self, ()> {
                <$step as $crate::ui::question_sets::steps::StepList>::from_slug(text).ok_or(())
            }
        }
    };
}
