//! The dated entries of the casework: agency checks, information shared, incidents, referrals,
//! challenges, and the question sets' outcomes as they were seen. Each is numbered as it is
//! entered, which orders entries of the same day.

use crate::domain::conflict::assessment::AgencyCheck;
use crate::domain::date::CalendarDate;

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub number: u32,
    pub dated: Dated,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Dated {
    Check(AgencyCheckEntry),
    Share(Share),
    Incident(Incident),
    Referral(Referral),
    Challenge(Challenge),
    Outcome(OutcomeNoted),
}

impl Dated {
    /// The day the entry is about: when asked, shared, made or raised.
    pub fn on(&self) -> CalendarDate {
        match self {
            Self::Check(c) => c.asked_on,
            Self::Share(s) => s.on,
            Self::Incident(i) => i.on,
            Self::Referral(r) => r.made_on,
            Self::Challenge(c) => c.on,
            Self::Outcome(o) => o.on,
        }
    }

    /// A day still to come, where the entry records what has happened; a follow-up date may be
    /// ahead, but not the day a check was asked or a referral made. Files are not held to it, as
    /// devices' clocks differ.
    pub fn date_ahead(&self, today: CalendarDate) -> Option<Problem> {
        (!matches!(self, Self::Outcome(_)) && self.on() > today)
            .then_some(Problem { field: "on", message: "The date must be today or in the past" })
    }

    /// What a form left out, by the field's name, worded as the fix; empty when it can be kept.
    pub fn problems(&self) -> Vec<Problem> {
        let required = |text: &str, field: &'static str, message: &'static str| {
            text.trim().is_empty().then_some(Problem { field, message })
        };
        match self {
            Self::Check(c) => vec![required(&c.agency, "agency", "Enter the agency you asked")],
            Self::Share(s) => vec![
                required(&s.what, "what", "Enter what you shared"),
                required(&s.with_whom, "with-whom", "Enter who you shared it with"),
                required(&s.basis, "basis", "Choose the basis for sharing"),
                required(&s.reason, "reason", "Enter why you shared it"),
            ],
            Self::Incident(i) => vec![required(&i.what, "what", "Enter what happened")],
            Self::Referral(r) => {
                let declined_without_reason =
                    matches!(&r.result, ReferralResult::Declined(why) if why.trim().is_empty());
                vec![
                    required(&r.to_whom, "to-whom", "Enter who the referral was made to"),
                    declined_without_reason.then_some(Problem {
                        field: "declined-reason",
                        message: "Enter the reason they gave for declining",
                    }),
                    r.follow_up.is_some_and(|f| f < r.made_on).then_some(Problem {
                        field: "follow-up",
                        message: "The follow-up date must be on or after the day the referral was made",
                    }),
                ]
            }
            Self::Challenge(c) => vec![
                required(&c.decision, "decision", "Enter the decision you disagree with"),
                required(&c.why, "why", "Enter why you disagree"),
                required(&c.stage, "stage", "Choose the escalation stage you have reached"),
            ],
            Self::Outcome(_) => vec![],
        }
        .into_iter()
        .flatten()
        .collect()
    }
}

/// A field a form must fix, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: &'static str,
    pub message: &'static str,
}

/// Another agency asked what it knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgencyCheckEntry {
    pub agency: String,
    pub asked_on: CalendarDate,
    /// Whether they hold information or know nothing; none while no answer has come.
    pub said: Option<AgencyCheck>,
    /// What they said, in the practitioner's words.
    pub answer: String,
    pub by_whom: String,
}

/// Information shared: what, with whom, why, and on which basis (an id of a sharing basis).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share {
    pub on: CalendarDate,
    pub what: String,
    pub with_whom: String,
    pub reason: String,
    pub basis: String,
}

/// Something that happened, added by hand: an incident, a call-out, a missed appointment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incident {
    pub on: CalendarDate,
    pub what: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ReferralResult {
    #[default]
    Awaiting,
    Accepted,
    /// Declined, with the reason they gave.
    Declined(String),
    NoReply,
}

impl ReferralResult {
    pub fn id(&self) -> &'static str {
        match self {
            Self::Awaiting => "awaiting",
            Self::Accepted => "accepted",
            Self::Declined(_) => "declined",
            Self::NoReply => "no-reply",
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            Self::Awaiting => "Waiting for an answer",
            Self::Accepted => "Accepted",
            Self::Declined(_) => "Declined",
            Self::NoReply => "No reply",
        }
    }
}

/// A referral made, followed up until it has an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referral {
    /// The next step it came from, as "outcome-id/step-id", when it came from one.
    pub step: Option<String>,
    pub to_whom: String,
    pub made_on: CalendarDate,
    pub reference: String,
    pub follow_up: Option<CalendarDate>,
    pub result: ReferralResult,
    /// The practitioner disagrees with a decline: the record offers a challenge next.
    pub disagree: bool,
}

impl Referral {
    /// Past its follow-up date without an answer that settles it.
    pub fn is_overdue(&self, today: CalendarDate) -> bool {
        matches!(self.result, ReferralResult::Awaiting | ReferralResult::NoReply)
            && self.follow_up.is_some_and(|due| due < today)
    }

    /// A declined referral the practitioner disagrees with, not yet challenged.
    pub fn wants_challenge(&self) -> bool {
        self.disagree && matches!(self.result, ReferralResult::Declined(_))
    }
}

/// A professional challenge: the decision, why the practitioner disagrees, the escalation stage
/// reached (an id of a stage), and what has come of it so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Challenge {
    pub on: CalendarDate,
    pub decision: String,
    pub why: String,
    pub stage: String,
    pub result: String,
    /// The referral entry it challenges, when it began from one.
    pub referral: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SetName {
    Conflict,
    SaferSleep,
}

impl SetName {
    pub fn id(self) -> &'static str {
        match self {
            Self::Conflict => "conflict",
            Self::SaferSleep => "safer-sleep",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        [Self::Conflict, Self::SaferSleep].into_iter().find(|s| s.id() == id)
    }

    pub fn title(self) -> &'static str {
        match self {
            Self::Conflict => "Parental conflict or domestic abuse",
            Self::SaferSleep => "Safer sleep",
        }
    }
}

/// A question set's outcome as it stood on a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeNoted {
    pub set: SetName,
    pub title: String,
    pub on: CalendarDate,
}
