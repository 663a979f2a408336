//! Casework around the two question sets: each voice heard, information checked and shared,
//! referrals followed up, challenges made, and one chronology of it all.

pub mod words;
