//! Moved to `ui::forms`; kept here until every page imports it from there.
pub use crate::ui::forms::error_summary::{ErrorSummary, ErrorSummaryProps, FieldError};
