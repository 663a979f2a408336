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
