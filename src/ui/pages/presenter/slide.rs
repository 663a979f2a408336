use std::ops::Range;

use crate::domain::scenario::Scenario;

/// About how much of the timeline one slide holds, read from the back of a room: lines of
/// about `TIMELINE_LINE_CHARS` characters, each fact starting a new line. The rest goes on the
/// slides that follow.
const TIMELINE_LINES_PER_SLIDE: usize = 13;
const TIMELINE_LINE_CHARS: usize = 62;

/// One slide of a scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Slide {
    Start,
    /// What the agency of step `n` (from 1) knew.
    Agency(usize),
    /// The questions for the room after step `n`.
    Discussion(usize),
    Alone,
    /// Page `page` (from 1) of the timeline's `pages`.
    Timeline {
        page: usize,
        pages: usize,
    },
    /// Learning point `point` (from 1) of `points`.
    Learning {
        point: usize,
        points: usize,
    },
}

/// A scenario's slides, in order: the introduction; each agency's step, then its questions for
/// the room if it has any; what each agency could see on its own; the timeline over as many
/// slides as it needs; one slide for each learning point.
pub fn deck(scenario: &Scenario) -> Vec<Slide> {
    let mut slides = vec![Slide::Start];
    for (n, step) in scenario.steps.iter().enumerate() {
        slides.push(Slide::Agency(n + 1));
        if !step.prompts.is_empty() {
            slides.push(Slide::Discussion(n + 1));
        }
    }
    slides.push(Slide::Alone);
    let pages = timeline_pages(scenario).len();
    slides.extend((1..=pages).map(|page| Slide::Timeline { page, pages }));
    let points = scenario.learning_points.len();
    slides.extend((1..=points).map(|point| Slide::Learning { point, points }));
    slides
}

impl Slide {
    pub fn progress(self, steps: usize) -> String {
        match self {
            Self::Start => "Introduction".to_owned(),
            Self::Agency(n) | Self::Discussion(n) => format!("Step {n} of {steps}"),
            Self::Alone => "Putting it together".to_owned(),
            Self::Timeline { pages: 1, .. } => "Timeline".to_owned(),
            Self::Timeline { page, pages } => format!("Timeline {page} of {pages}"),
            Self::Learning { point, points } => format!("Learning point {point} of {points}"),
        }
    }

    /// How many agencies have shared by this slide.
    pub fn revealed(self, steps: usize) -> usize {
        match self {
            Self::Start => 0,
            Self::Agency(n) | Self::Discussion(n) => n,
            _ => steps,
        }
    }

    /// The browser tab's title, which a screen reader says when the slide changes.
    pub fn title(self, scenario: &Scenario, swapped: bool) -> String {
        let steps = scenario.steps.len();
        let agency = |step: usize| scenario.steps[step - 1].agency.name();
        let name = match self {
            Self::Agency(step) => format!("{}: {}", self.progress(steps), agency(step)),
            Self::Discussion(step) => format!("{}: {}, for discussion", self.progress(steps), agency(step)),
            _ => self.progress(steps),
        };
        let swap = if swapped { ", roles swapped" } else { "" };
        format!("{name}{swap} – {} – Hearth", scenario.title)
    }
}

/// The timeline's facts (by position in `Scenario::timeline`) on each of its slides: as many
/// as fit, and never none.
pub fn timeline_pages(scenario: &Scenario) -> Vec<Range<usize>> {
    let timeline = scenario.timeline();
    let mut pages = Vec::new();
    let (mut start, mut lines) = (0, 0);
    for (i, (agency, fact)) in timeline.iter().enumerate() {
        let size = (fact.when.len() + agency.name().len() + fact.text.len()).div_ceil(TIMELINE_LINE_CHARS);
        if i > start && lines + size > TIMELINE_LINES_PER_SLIDE {
            pages.push(start..i);
            (start, lines) = (i, 0);
        }
        lines += size;
    }
    pages.push(start..timeline.len());
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::built_in_scenario;

    #[test]
    fn each_step_is_followed_by_its_questions_and_the_closing_slides_follow_the_steps() {
        let mut scenario = built_in_scenario("willow-lane").unwrap();
        scenario.steps[1].prompts.clear();
        let slides = deck(&scenario);
        let pages = timeline_pages(&scenario).len();
        assert_eq!(
            slides[..5],
            [Slide::Start, Slide::Agency(1), Slide::Discussion(1), Slide::Agency(2), Slide::Agency(3)]
        );
        assert_eq!(slides.len(), 1 + 7 + 6 + 1 + pages + 7);
        assert_eq!(slides[14], Slide::Alone);
        assert_eq!(slides[15], Slide::Timeline { page: 1, pages });
        assert_eq!(slides.last(), Some(&Slide::Learning { point: 7, points: 7 }));
        assert_eq!(
            Slide::Discussion(3).title(&scenario, true),
            format!("Step 3 of 7: Police, for discussion, roles swapped – {} – Hearth", scenario.title)
        );
    }

    #[test]
    fn the_timeline_is_split_into_slides_that_each_hold_every_fact_once() {
        for id in ["willow-lane", "harbour-street"] {
            let scenario = built_in_scenario(id).unwrap();
            let pages = timeline_pages(&scenario);
            assert!(pages.len() > 1, "{id}: the whole timeline does not fit one slide");
            assert_eq!(pages.first().unwrap().start, 0);
            assert_eq!(pages.last().unwrap().end, scenario.timeline().len());
            assert!(pages.windows(2).all(|w| w[0].end == w[1].start && !w[0].is_empty()), "{id}: {pages:?}");
        }
    }
}
