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

/// Applies a rules table in order: the first rule that holds and sets an outcome decides it.
/// Returns that outcome with the rules applied: the deciding rule, any others for the same
/// outcome that also hold, then the rules that hold and only change the steps. `None` only if
/// no rule sets an outcome, which each table's last outcome rule (it holds when no other does)
/// rules out.
pub fn apply<R: Copy, O: Copy + PartialEq>(
    table: &[R],
    outcome_of: impl Fn(R) -> Option<O>,
    holds: impl Fn(R) -> bool,
) -> Option<(O, Vec<R>)> {
    let outcome = table.iter().copied().filter(|rule| holds(*rule)).find_map(&outcome_of)?;
    let mut applied: Vec<R> =
        table.iter().copied().filter(|rule| outcome_of(*rule) == Some(outcome) && holds(*rule)).collect();
    applied.extend(table.iter().copied().filter(|rule| outcome_of(*rule).is_none() && holds(*rule)));
    Some((outcome, applied))
}
