//! The local settings in use in this tab: chosen once as Hearth starts (`browser::local_file`
//! reads them) and never changed while it runs, so every page and printout says the same.

use std::sync::OnceLock;

use crate::domain::casework::words::Prompt;
use crate::domain::local_settings::LocalSettings;

/// Where the settings in use came from.
#[derive(Debug, PartialEq)]
pub enum Origin {
    /// No `local.json` beside Hearth's page (or none could be fetched): the national defaults.
    NoFile,
    /// `local.json` beside Hearth's page.
    Beside,
    /// Built into this single file.
    BuiltIn,
    /// A file was found but refused, for these problems: the national defaults are in use.
    Refused(Vec<String>),
}

#[derive(Debug)]
pub struct InUse {
    pub settings: LocalSettings,
    pub origin: Origin,
}

static IN_USE: OnceLock<InUse> = OnceLock::new();

/// Chooses the settings for this tab; only the first call counts.
pub fn start_with(in_use: InUse) {
    let _ = IN_USE.set(in_use);
}

/// The settings in use and where they came from; the national defaults until chosen.
pub fn in_use() -> &'static InUse {
    IN_USE.get_or_init(|| InUse { settings: LocalSettings::national(), origin: Origin::NoFile })
}

pub fn local() -> &'static LocalSettings {
    &in_use().settings
}

/// Said as the source of a stage the partnership set.
const LOCAL_SOURCE: &str = "Your area's local settings";

/// The partnership's own escalation stages, in the shape of Hearth's; empty when it set none.
pub fn local_escalation_stages() -> &'static [Prompt] {
    static STAGES: OnceLock<Vec<Prompt>> = OnceLock::new();
    STAGES.get_or_init(|| {
        local()
            .escalation_stages
            .iter()
            .map(|stage| Prompt { id: &stage.id, label: &stage.label, hint: &stage.hint, source: LOCAL_SOURCE })
            .collect()
    })
}
