//! SUDI "prevent and protect": the safer-sleep checklist's shape, what is recorded, the
//! outcome and its summary.

pub mod assessment;
pub mod change;
pub mod outcome;
pub mod question;
pub mod summary;
