//! Keeping a family's sleep plan on this phone, only when they ask. localStorage, under one
//! key; every failure (storage off, full, private browsing) comes back as words to show.

use crate::domain::guide::{PlanEntry, SleepPlan};
use crate::domain::saved_record::{read_stored, SavedAt, Stored};

pub const FAMILY_PLAN_KEY: &str = "hearth-family-plan";

fn local_storage() -> Result<web_sys::Storage, &'static str> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or("This browser is not letting Hearth keep anything on this phone, for example in a private window. Print your plan or save it as a file instead.")
}

fn clean(text: &str) -> String {
    text.replace(['\t', '\n'], " ")
}

/// One line per time planned for: id, where the baby sleeps, who is in charge.
pub fn encode(plan: &SleepPlan) -> String {
    plan.iter()
        .map(|(id, entry)| format!("{id}\t{}\t{}", clean(&entry.where_baby_sleeps), clean(&entry.who_is_in_charge)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads a kept plan back, keeping only times the guide still has.
pub fn decode(text: &str, known: &[&'static str]) -> SleepPlan {
    text.lines()
        .filter_map(|line| {
            let mut parts = line.splitn(3, '\t');
            let first = parts.next()?;
            let id = known.iter().find(|k| **k == first)?;
            let where_baby_sleeps = parts.next().unwrap_or_default().to_owned();
            let who_is_in_charge = parts.next().unwrap_or_default().to_owned();
            Some((*id, PlanEntry { where_baby_sleeps, who_is_in_charge }))
        })
        .collect()
}

pub fn keep_guide_plan(plan: &SleepPlan) -> Result<(), &'static str> {
    local_storage()?
        .set_item(FAMILY_PLAN_KEY, &encode(plan))
        .map_err(|_| "Your plan could not be kept on this phone: its storage may be full or turned off. Print it or save it as a file instead.")
}

pub fn kept_guide_plan(known: &[&'static str]) -> Option<SleepPlan> {
    let text = local_storage().ok()?.get_item(FAMILY_PLAN_KEY).ok()??;
    Some(decode(&text, known))
}

/// Saved practitioner records live under this prefix, one key each, always sealed. This release
/// adds a random id; the release before added the record's name.
pub const RECORD_PREFIX: &str = "hearth-record:";

pub fn record_key(id: &str) -> String {
    format!("{RECORD_PREFIX}{id}")
}

/// A saved record as the list shows it before its passphrase is given.
#[derive(Clone, Debug, PartialEq)]
pub enum Listed {
    Saved(SavedAt),
    /// Saved by the release before, with its name in the key.
    Earlier(String),
    Unreadable,
}

/// Keeps a saved record's storage value under `key`. Only ever called with sealed contents.
pub fn save_record(key: &str, stored: &str) -> Result<(), &'static str> {
    local_storage()?.set_item(key, stored).map_err(|_| {
        "The record could not be saved on this device: its storage may be full or turned off. It is still open here; export it as a file instead."
    })
}

/// The records saved on this device by key, newest first, then any from the release before.
pub fn saved_records() -> Vec<(String, Listed)> {
    let mut listed: Vec<(String, Listed)> = Vec::new();
    for key in hearth_keys() {
        let Some(name) = key.strip_prefix(RECORD_PREFIX).map(str::to_owned) else { continue };
        let shown = match saved_record(&key).as_deref().map(read_stored) {
            Some(Ok(Stored::Current { saved, .. })) => Listed::Saved(saved),
            Some(Ok(Stored::Earlier(_))) => Listed::Earlier(name),
            _ => Listed::Unreadable,
        };
        // A handful at most, so placed one by one rather than sorted.
        let at = match &shown {
            Listed::Saved(new) => listed.iter().position(|(_, l)| !matches!(l, Listed::Saved(old) if old >= new)),
            _ => None,
        };
        listed.insert(at.unwrap_or(listed.len()), (key, shown));
    }
    listed
}

pub fn saved_record(key: &str) -> Option<String> {
    local_storage().ok()?.get_item(key).ok()?
}

pub fn delete_record(key: &str) -> Result<(), &'static str> {
    local_storage()?
        .remove_item(key)
        .map_err(|_| "The saved record could not be deleted. Try Forget everything on this device.")
}

/// What stays on this device when the idle lock clears the answers, in words.
pub fn still_kept() -> String {
    let plan = local_storage().ok().and_then(|s| s.get_item(FAMILY_PLAN_KEY).ok().flatten()).is_some();
    kept_sentence(saved_records().len(), plan)
}

/// Only what the user chose to keep, counted.
fn kept_sentence(records: usize, guide_plan: bool) -> String {
    let saved = |n: usize| if n == 1 { "1 saved record".to_owned() } else { format!("{n} saved records") };
    match (records, guide_plan) {
        (0, false) => "Hearth keeps nothing else on this device.".to_owned(),
        (0, true) => "A family sleep plan is still kept on this device, as you chose.".to_owned(),
        (1, false) => "1 saved record is still kept on this device, as you chose.".to_owned(),
        (n, false) => format!("{} are still kept on this device, as you chose.", saved(n)),
        (n, true) => format!("{} and a family sleep plan are still kept on this device, as you chose.", saved(n)),
    }
}

/// Every key Hearth has in this browser's local storage. Hearth writes nothing else anywhere.
pub fn hearth_keys() -> Vec<String> {
    let Ok(storage) = local_storage() else { return Vec::new() };
    let count = storage.length().unwrap_or(0);
    (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|key| key.starts_with("hearth")).collect()
}

/// Removes every key Hearth has in this browser's storage and says which were removed.
pub fn forget_everything() -> Result<Vec<String>, &'static str> {
    let keys = hearth_keys();
    let storage = local_storage()?;
    for key in &keys {
        storage.remove_item(key).map_err(|_| "Something Hearth kept on this device could not be removed. Try clearing this site's data in the browser settings.")?;
    }
    Ok(keys)
}

/// What a stored key holds, in words.
pub fn describe(key: &str) -> &'static str {
    if key.starts_with(RECORD_PREFIX) {
        "A practitioner's saved record, encrypted with the passphrase chosen when it was saved"
    } else if key == FAMILY_PLAN_KEY {
        "A family's sleep plan, kept on this device when they pressed \"Keep my plan on this phone\""
    } else {
        "Something from another version of Hearth"
    }
}

pub fn forget_guide_plan() -> Result<(), &'static str> {
    local_storage()?.remove_item(FAMILY_PLAN_KEY).map_err(|_| "Your plan could not be removed from this phone.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_plan_reads_back_the_same_and_drops_unknown_times() {
        let mut plan = SleepPlan::new();
        plan.insert(
            "drinks",
            PlanEntry { where_baby_sleeps: "Cot\tin our room".into(), who_is_in_charge: "Sam".into() },
        );
        plan.insert("moving", PlanEntry::default());
        let text = encode(&plan);
        let back = decode(&format!("{text}\nunknown\tx\ty"), &["drinks", "moving"]);
        assert_eq!(back.get("drinks").unwrap().where_baby_sleeps, "Cot in our room");
        assert_eq!(back.get("moving"), Some(&PlanEntry::default()));
        assert_eq!(back.len(), 2);
    }

    #[test]
    fn the_idle_notice_says_truthfully_what_stays() {
        assert_eq!(kept_sentence(0, false), "Hearth keeps nothing else on this device.");
        assert_eq!(kept_sentence(1, false), "1 saved record is still kept on this device, as you chose.");
        assert_eq!(kept_sentence(0, true), "A family sleep plan is still kept on this device, as you chose.");
        assert_eq!(kept_sentence(3, false), "3 saved records are still kept on this device, as you chose.");
        assert_eq!(
            kept_sentence(1, true),
            "1 saved record and a family sleep plan are still kept on this device, as you chose."
        );
        assert_eq!(
            kept_sentence(2, true),
            "2 saved records and a family sleep plan are still kept on this device, as you chose."
        );
    }
}
