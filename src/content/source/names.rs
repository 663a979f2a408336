//! The names a content file may use where the code has a fixed list (scopes, signals, outcomes,
//! rules, parts, ...), each with the Rust name `generating` writes for it. Checking refuses any
//! other name, so generating can look each one up without failing.

/// A scope's name in the file, its Rust name, the placeholders its questions must name, and the
/// signals (file name, Rust name) its questions may use, as `content/conflict-or-abuse.toml`
/// documents them.
pub(super) type ScopeRule =
    (&'static str, &'static str, &'static [&'static str], &'static [(&'static str, &'static str)]);

pub(super) const SCOPES: [ScopeRule; 3] = [
    (
        "between-adults",
        "BetweenAdults",
        &["{actor}", "{target}"],
        &[
            ("abuse", "Abuse"),
            ("control", "Control"),
            ("violence", "Violence"),
            ("high-risk", "HighRisk"),
            ("escalation", "Escalation"),
            ("pattern", "Pattern"),
            ("care-risk", "CareRisk"),
            ("care-worry", "CareWorry"),
        ],
    ),
    ("family", "Family", &[], &[("conflict", "Conflict"), ("separation", "Separation"), ("incident", "Incident")]),
    ("each-child", "EachChild", &["{child}"], &[("child", "Child"), ("child-harmed", "ChildHarmed")]),
];
pub(super) const STEP_WHEN: [(&str, &str); 3] =
    [("one-direction", "OneDirection"), ("both-directions", "BothDirections"), ("child-harmed", "ChildHarmed")];
pub(super) const SLEEP_STEP_WHEN: [(&str, &str); 2] = [("unsafe-place", "UnsafePlace"), ("coming-up", "ComingUp")];
/// The rules the code applies (`ConflictRule` in src/domain/conflict/question.rs), in order.
pub(super) const CONFLICT_RULES: [(&str, &str); 14] = [
    ("high-risk-marker", "HighRiskMarker"),
    ("escalation", "Escalation"),
    ("separation", "Separation"),
    ("abuse-sign", "AbuseSign"),
    ("behaviour-unexplained", "BehaviourUnexplained"),
    ("child-harmed", "ChildHarmed"),
    ("incident-unexplained", "IncidentUnexplained"),
    ("incident-not-known", "IncidentNotKnown"),
    ("key-question-not-known", "KeyQuestionNotKnown"),
    ("too-few-checks", "TooFewChecks"),
    ("no-indicators", "NoIndicators"),
    ("both-directions", "BothDirections"),
    ("child-referral", "ChildReferral"),
    ("risks-add-up", "RisksAddUp"),
];
pub(super) const OUTCOMES: [(&str, &str); 4] = [
    ("high-risk", "HighRisk"),
    ("abuse-indicated", "AbuseIndicated"),
    ("not-enough-known", "NotEnoughKnown"),
    ("no-abuse-indicated", "NoAbuseIndicated"),
];
pub(super) const PARTS: [(&str, &str); 5] = [
    ("conversation", "Conversation"),
    ("baby", "Baby"),
    ("each-carer", "EachCarer"),
    ("household", "Household"),
    ("coming-up", "ComingUp"),
];
pub(super) const PLACE_SAFETY: [(&str, &str); 4] =
    [("safe", "Safe"), ("talk", "Talk"), ("unsafe", "Unsafe"), ("not-known", "NotKnown")];
pub(super) const SLEEP_OUTCOMES: [(&str, &str); 3] =
    [("protect", "Protect"), ("not-enough-known", "NotEnoughKnown"), ("prevent", "Prevent")];
/// The rules the code applies (`SleepRule` in src/domain/sleep/question.rs), in order.
pub(super) const SLEEP_RULES: [(&str, &str); 8] = [
    ("unsafe-place", "UnsafePlace"),
    ("risk-present", "RiskPresent"),
    ("coming-up", "ComingUp"),
    ("conflict-set-risk", "ConflictSetRisk"),
    ("place-not-known", "PlaceNotKnown"),
    ("risk-not-known", "RiskNotKnown"),
    ("no-added-risk", "NoAddedRisk"),
    ("risks-add-up", "RisksAddUp"),
];

/// The names a file may use from a table, in order, for listing in a message.
pub(super) fn file_names<'a>(table: &[(&'a str, &str)]) -> Vec<&'a str> {
    table.iter().map(|(name, _)| *name).collect()
}

/// The Rust name for a name in a file; checking has refused any name not in the table.
pub(super) fn rust_name(table: &[(&str, &str)], name: &str) -> String {
    table.iter().find(|(n, _)| *n == name).map(|(_, rust)| (*rust).to_owned()).expect("checked before rendering")
}
