//! Hearth's content, compiled in from `content/` and `config/local.toml` by `build.rs`.

#[cfg(test)]
mod source;

/// A number to call, national or local, with why someone would call it.
#[derive(Debug, PartialEq)]
pub struct Helpline {
    pub id: &'static str,
    pub name: &'static str,
    /// As people read and dial it, with spaces.
    pub number: &'static str,
    /// Digits only, for a `tel:` link.
    pub tel: &'static str,
    pub hours: Option<&'static str>,
    pub purpose: &'static str,
    pub source: &'static str,
}

/// What a partnership sets in `config/local.toml` before building.
#[derive(Debug, PartialEq)]
pub struct LocalConfig {
    pub area: &'static str,
    pub exit_url: &'static str,
    pub contacts: &'static [Helpline],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));
