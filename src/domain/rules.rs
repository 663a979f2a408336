//! The published rules: each question set's rules as a table of plain words, shown on the
//! "How Hearth decides" page. The rows are content; the code that applies them is each set's
//! routing, and a test per set checks every row against it with a worked case.

/// One row of the published rules table.
#[derive(Debug, PartialEq)]
pub struct RuleRow<R: 'static, O: 'static> {
    pub rule: R,
    /// `None` for a rule that changes only the steps or the statement of risks.
    pub outcome: Option<O>,
    pub when: &'static str,
    pub why: &'static str,
    pub source: &'static str,
}
