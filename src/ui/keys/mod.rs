//! Key sequences as plain state machines, with no browser in them, so they are tested natively.

pub mod exit;
pub mod presenter;
