//! The guide for families, on their own phone: safer sleep in plain words, the "tonight" check
//! and their own sleep plan.

mod home;
mod my_sleep_plan;
mod tonight;
mod tonight_question;

pub use home::guide_home;
pub use my_sleep_plan::MySleepPlan;
pub use tonight::Tonight;
