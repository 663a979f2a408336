//! The practitioner's two question sets: each set's steps (`conflict`, `safer_sleep`), its pages,
//! and what the pages of both sets share.

pub mod conflict;
pub mod safer_sleep;
pub mod step_page;
pub mod steps;
