//! Ordered pages of a question set, shared by the practitioner sets: where a page sits, what
//! comes before and after, its address, and what must be chosen before its questions make sense.

use crate::ui::state::HearthState;
use crate::ui::Route;

pub trait StepList: Copy + PartialEq + 'static {
    /// Every page in order; the last is the outcome, which is not counted as a step.
    const ALL: &'static [Self];
    /// The pages that ask questions, as listed in the set's task list and in check your answers.
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

    /// Whether what `CHOOSE_FIRST` asks for has been chosen.
    fn ready(state: &HearthState) -> bool;

    /// Where the Back link goes from this page.
    fn back(self) -> Route {
        self.previous().map_or(Self::OVERVIEW, Self::route)
    }

    /// "Step 2 of 7" for every page but the outcome.
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
