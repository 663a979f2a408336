use crate::domain::scenario::Scenario;

/// The slides after the agencies' steps: each agency alone, the timeline, the learning points.
pub const CLOSING_SLIDES: u32 = 3;

#[derive(Clone, Copy, PartialEq)]
pub enum Slide {
    Start,
    Agency(usize),
    Alone,
    Timeline,
    Learning,
}

impl Slide {
    pub fn of(number: u32, steps: usize) -> Self {
        let steps = steps as u32;
        match number {
            0 => Self::Start,
            n if n <= steps => Self::Agency(n as usize),
            n if n == steps + 1 => Self::Alone,
            n if n == steps + 2 => Self::Timeline,
            _ => Self::Learning,
        }
    }

    pub fn progress(self, steps: usize) -> String {
        match self {
            Self::Start => "Introduction".to_owned(),
            Self::Agency(n) => format!("Step {n} of {steps}"),
            Self::Alone => "Putting it together".to_owned(),
            Self::Timeline => "Timeline".to_owned(),
            Self::Learning => "Learning points".to_owned(),
        }
    }

    /// How many agencies have shared by this slide.
    pub fn revealed(self, steps: usize) -> usize {
        match self {
            Self::Start => 0,
            Self::Agency(n) => n,
            _ => steps,
        }
    }

    /// The outcomes are shown beside the introduction and each agency's step.
    pub fn shows_outcomes(self) -> bool {
        matches!(self, Self::Start | Self::Agency(_))
    }

    /// The browser tab's title, which a screen reader says when the slide changes.
    pub fn title(self, scenario: Option<&Scenario>, steps: usize, swapped: bool) -> String {
        scenario.map_or_else(
            || "This scenario is not on this device – Hearth".to_owned(),
            |scenario| {
                let name = match self {
                    Self::Agency(step) => {
                        format!("{}: {}", self.progress(steps), scenario.steps[step - 1].agency.name())
                    }
                    _ => self.progress(steps),
                };
                let swap = if swapped { ", roles swapped" } else { "" };
                format!("{name}{swap} – {} – Hearth", scenario.title)
            },
        )
    }
}
