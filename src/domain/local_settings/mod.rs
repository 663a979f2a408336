//! A safeguarding partnership's own settings: its area's name, where Exit this page goes, the
//! idle time, its local contacts, links to its procedures and its escalation stages. They are
//! read at run time from `local.json` beside Hearth's page (or built into a single file), so a
//! partnership changes them without rebuilding; `file.rs` reads and checks the file, listing
//! every problem, and writes it back.

pub mod draft;
pub mod file;
#[cfg(test)]
mod tests;

use crate::domain::date::CalendarDate;

/// Where Exit this page goes when the partnership has not chosen: a busy, neutral site.
pub const NATIONAL_EXIT_URL: &str = "https://www.bbc.co.uk/weather";
/// Long enough for an ordinary conversation in a home visit.
pub const NATIONAL_IDLE_MINUTES: u32 = 30;
pub const IDLE_MINUTES_RANGE: std::ops::RangeInclusive<u32> = 2..=240;

#[derive(Clone, Debug, PartialEq)]
pub struct LocalSettings {
    /// The area or partnership's name; empty for none.
    pub area: String,
    /// When the partnership last changed these settings, as it says.
    pub updated: Option<CalendarDate>,
    /// A full `https://` address.
    pub exit_url: String,
    /// Minutes without use before an open record is locked, or warned about and cleared.
    pub idle_minutes: u32,
    pub contacts: Vec<LocalContact>,
    pub procedures: Procedures,
    /// The partnership's own stages; empty for Hearth's usual four.
    pub escalation_stages: Vec<EscalationStage>,
}

impl LocalSettings {
    /// What Hearth uses where no partnership has set anything.
    pub fn national() -> Self {
        Self {
            area: String::new(),
            updated: None,
            exit_url: NATIONAL_EXIT_URL.to_owned(),
            idle_minutes: NATIONAL_IDLE_MINUTES,
            contacts: Vec::new(),
            procedures: Procedures::default(),
            escalation_stages: Vec::new(),
        }
    }

    pub fn contact(&self, id: &str) -> Option<&LocalContact> {
        self.contacts.iter().find(|contact| contact.id == id)
    }

    /// The contacts with these roles, in the order given, leaving out those not set.
    pub fn contacts_for<'a>(&'a self, roles: &'a [&'a str]) -> impl Iterator<Item = &'a LocalContact> + 'a {
        roles.iter().filter_map(|role| self.contact(role))
    }

    /// "Local contacts in Northshire", or without the area when none is set.
    pub fn contacts_heading(&self) -> String {
        if self.area.is_empty() {
            "Local contacts".to_owned()
        } else {
            format!("Local contacts in {}", self.area)
        }
    }
}

/// A local number to call, with why someone would call it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LocalContact {
    /// One of `CONTACT_ROLES`' ids, which next steps point to, or the partnership's own.
    pub id: String,
    pub name: String,
    /// As people read and dial it, with spaces.
    pub number: String,
    /// When it answers; empty when not said.
    pub hours: String,
    pub purpose: String,
}

impl LocalContact {
    /// Digits only, for a `tel:` link.
    pub fn tel(&self) -> String {
        self.number.chars().filter(char::is_ascii_digit).collect()
    }

    /// "Northshire front door: 0123 456 7890 (Monday to Friday, 9am to 5pm)".
    pub fn line(&self) -> String {
        if self.hours.is_empty() {
            format!("{}: {}", self.name, self.number)
        } else {
            format!("{}: {} ({})", self.name, self.number, self.hours)
        }
    }
}

/// A kind of local contact that Hearth's next steps can point to.
#[derive(Debug, PartialEq)]
pub struct ContactRole {
    pub id: &'static str,
    /// What the setup form calls it.
    pub label: &'static str,
    /// Said when the partnership gives no purpose of its own.
    pub purpose: &'static str,
}

/// The contacts next steps point to, in the order the setup form asks for them. A content step
/// names these ids (`contacts = [...]` in `content/*.toml`), checked at build time.
pub const CONTACT_ROLES: [ContactRole; 6] = [
    ContactRole {
        id: "front-door",
        label: "Children's front door or MASH, in office hours",
        purpose: "To share a concern about a child, make a referral or ask for advice.",
    },
    ContactRole {
        id: "front-door-out-of-hours",
        label: "Children's front door out of hours (emergency duty team)",
        purpose: "When a child may be at risk and the front door is closed.",
    },
    ContactRole {
        id: "domestic-abuse-service",
        label: "Local domestic abuse service or IDVA",
        purpose: "Specialist advice and support about domestic abuse, for the adults and for professionals.",
    },
    ContactRole {
        id: "marac",
        label: "MARAC co-ordinator",
        purpose: "To refer someone at high risk of serious harm to MARAC, or to ask about a referral.",
    },
    ContactRole {
        id: "early-help",
        label: "Early help",
        purpose: "To ask about early help for a family, before needs become a safeguarding concern.",
    },
    ContactRole {
        id: "police-non-emergency",
        label: "Police, not an emergency",
        purpose: "To report something that is not an emergency. If anyone is in danger now, call 999.",
    },
];

/// Links to the partnership's own documents, each a full `https://` address or not set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Procedures {
    /// The threshold document (levels of need).
    pub thresholds: Option<String>,
    pub safer_sleep: Option<String>,
    pub escalation: Option<String>,
}

impl Procedures {
    /// Each link that is set, with what Hearth calls it.
    pub fn listed(&self) -> Vec<(&'static str, &str)> {
        [
            ("Threshold document (levels of need)", &self.thresholds),
            ("Safer sleep procedure", &self.safer_sleep),
            ("Escalation procedure (resolving professional disagreements)", &self.escalation),
        ]
        .into_iter()
        .filter_map(|(title, url)| url.as_deref().map(|url| (title, url)))
        .collect()
    }
}

/// One stage of the partnership's escalation procedure. Saved records keep its id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EscalationStage {
    pub id: String,
    pub label: String,
    /// What to do at this stage.
    pub hint: String,
}
