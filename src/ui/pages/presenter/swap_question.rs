use crate::domain::scenario::{Scenario, Side};

/// Who holds which role now the roles are swapped (the slide's top bar says that they are), and
/// the question the swap is there to ask.
pub fn swap_question(scenario: &Scenario) -> String {
    format!(
        "{} is now the {} and {} the {}. The outcomes have not changed. Did your instinct?",
        scenario.adult(Side::A).name,
        scenario.role(Side::A, true),
        scenario.adult(Side::B).name,
        scenario.role(Side::B, true),
    )
}
