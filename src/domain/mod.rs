//! Hearth's domain: what practitioners and families record, and the rules over it. Nothing here
//! imports yew or web-sys, so plain `cargo test` covers it.

pub mod answer;
pub mod casework;
pub mod conflict;
pub mod date;
pub mod family_record;
pub mod family_summary;
pub mod file_problems;
pub mod guide;
pub mod helpline;
#[cfg(test)]
mod hostile;
pub mod json;
pub mod keyed;
pub mod local_settings;
pub mod passphrase;
pub mod record_file;
pub mod removal;
pub mod rules;
pub mod saved_record;
pub mod scenario;
pub mod sleep;
pub mod visit_lock;
pub mod words;
