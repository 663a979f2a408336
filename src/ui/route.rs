use super::question_sets::steps::StepList;
use yew_router::prelude::*;

use super::pages::EntryKind;
use super::question_sets::conflict::ConflictStep;
use super::question_sets::safer_sleep::SleepStep;

/// Hearth's pages. Routes live in the URL fragment, which browsers never send to a server, and
/// which works from any static host or a file with no server set-up.
#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/practitioner")]
    Practitioner,
    #[at("/practitioner/conflict")]
    Conflict,
    #[at("/practitioner/conflict/:step")]
    ConflictStep { step: ConflictStep },
    /// One page of a section asked over several, such as first-adult/control.
    #[at("/practitioner/conflict/:step/:page")]
    ConflictPage { step: ConflictStep, page: String },
    #[at("/practitioner/safer-sleep")]
    SaferSleep,
    #[at("/practitioner/safer-sleep/:step")]
    SleepStep { step: SleepStep },
    #[at("/practitioner/safer-sleep/:step/:page")]
    SleepPage { step: SleepStep, page: String },
    #[at("/practitioner/family-plan")]
    PlanHandout,
    #[at("/practitioner/summary")]
    RecordSummary,
    /// One child's voice and day, the child counted from 1 in the family record.
    #[at("/practitioner/children/:n")]
    ChildVoice { n: usize },
    /// Saving the record on this device, and moving it as a file.
    #[at("/practitioner/records")]
    RecordFiles,
    #[at("/practitioner/information-sharing")]
    InformationSharing,
    /// Forced marriage, FGM, the disclosure scheme, school notification and MARAC.
    #[at("/practitioner/other-routes")]
    OtherRoutes,
    /// Agency checks, information shared, referrals, challenges and incidents.
    #[at("/practitioner/casework")]
    Casework,
    #[at("/practitioner/casework/:kind")]
    NewEntry { kind: EntryKind },
    #[at("/practitioner/casework/:kind/:number")]
    ChangeEntry { kind: EntryKind, number: u32 },
    #[at("/practitioner/chronology")]
    Chronology,
    #[at("/trainer")]
    Trainer,
    /// One slide of a scenario; the address is all a participant's phone needs to follow.
    #[at("/trainer/:scenario/:slide")]
    Presenting { scenario: String, slide: u32 },
    /// The same slide with the two adults' roles swapped.
    #[at("/trainer/:scenario/:slide/swapped")]
    PresentingSwapped { scenario: String, slide: u32 },
    #[at("/family")]
    Guide,
    #[at("/family/tonight")]
    GuideTonight,
    #[at("/family/plan")]
    GuidePlan,
    #[at("/help")]
    Help,
    #[at("/about")]
    About,
    /// The partnership's settings in use, where they came from, and any problems with its file.
    #[at("/local-settings")]
    LocalSettings,
    /// Where a partnership makes its local settings file.
    #[at("/setup")]
    Setup,
    /// The rules of both question sets, in plain words.
    #[at("/how-hearth-decides")]
    HowHearthDecides,
    #[at("/exit-this-page")]
    ExitInfo,
    /// Where a page reached by Back or Forward from elsewhere opens: it names no topic.
    #[at("/expired")]
    Expired,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    pub fn title(&self) -> &'static str {
        match self {
            Self::Home => "Hearth",
            Self::Practitioner => "Practitioner tools",
            Self::Conflict => "Parental conflict or domestic abuse?",
            Self::ConflictStep { step } | Self::ConflictPage { step, .. } => step.title(),
            Self::SaferSleep => "Safer sleep: prevent and protect",
            Self::SleepStep { step } | Self::SleepPage { step, .. } => step.title(),
            Self::PlanHandout => "Safer sleep plan for the family",
            Self::RecordSummary => "Family summary",
            Self::ChildVoice { .. } => "A child's voice and day",
            Self::RecordFiles => "Save, open or move a record",
            Self::InformationSharing => "Sharing information to safeguard a child",
            Self::OtherRoutes => "Other routes: forced marriage, FGM, disclosure scheme, school notification and MARAC",
            Self::Casework => "Checks, sharing, referrals and chronology",
            Self::NewEntry { kind } | Self::ChangeEntry { kind, .. } => kind.title(),
            Self::Chronology => "Chronology",
            Self::Trainer => "Trainer mode",
            Self::Presenting { .. } | Self::PresentingSwapped { .. } => "Presenting a scenario",
            Self::Guide => "Safer sleep for your baby",
            Self::GuideTonight => "Tonight",
            Self::GuidePlan => "My sleep plan",
            Self::Help => "Help and support lines",
            Self::About => "About Hearth and your privacy",
            Self::LocalSettings => "Local settings",
            Self::Setup => "Set up Hearth for your area",
            Self::HowHearthDecides => "How Hearth decides",
            Self::ExitInfo => "What Exit this page can and cannot hide",
            Self::Expired => "This page has expired",
            Self::NotFound => "Page not found",
        }
    }

    pub fn presenting(scenario: &str, slide: u32, swapped: bool) -> Self {
        let scenario = scenario.to_owned();
        if swapped {
            Self::PresentingSwapped { scenario, slide }
        } else {
            Self::Presenting { scenario, slide }
        }
    }

    /// A plain link to this page, for places that need attributes `Link` cannot carry.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }

    /// A link to this page that puts focus on one of its fields, as Change links do.
    pub fn href_focusing(&self, field: &str) -> String {
        format!("{}?focus={field}", self.href())
    }

    /// The browser tab's title. The error summary puts GOV.UK's "Error: " before it while a page
    /// shows errors.
    pub fn document_title(&self) -> String {
        match self {
            Self::Home => "Hearth".to_owned(),
            _ => format!("{} – Hearth", self.title()),
        }
    }
}
