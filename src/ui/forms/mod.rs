//! GOV.UK form components, each controlled: the value comes in as a property and every change
//! goes out through a callback, so no page reads the DOM.
//!
//! Ids follow GOV.UK, so an error summary link and a test can find any field: a field's hint is
//! `{id}-hint` and its error message `{id}-error`, both named by its `aria-describedby`. In a
//! group of radios or checkboxes the first item's id is the group's `id` and item n (counting
//! from 1) is `{id}-n`, unless the item sets its own; an item's hint is `{item id}-item-hint`.

pub mod answer_radios;
pub mod checkbox;
pub mod checkboxes;
pub mod choice_group;
pub mod date_input;
pub mod editing;
pub mod error_message;
pub mod error_summary;
pub mod file_upload;
pub mod item;
mod parts;
pub mod radios;
pub mod select;
pub mod text_input;
pub mod textarea;

pub use answer_radios::{answer_items, AnswerRadios};
pub use checkbox::Checkbox;
pub use checkboxes::Checkboxes;
pub use choice_group::ChoicesProps;
pub use date_input::DateInput;
pub use editing::{Editing, Form};
pub use error_message::ErrorMessage;
pub use error_summary::{ErrorSummary, FieldError};
pub use file_upload::FileUpload;
pub use item::{Choices, Item};
pub use radios::Radios;
pub use select::Select;
pub use text_input::{keep_text, TextInput};
pub use textarea::Textarea;

/// GOV.UK's text sizes for a label or legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    S,
    M,
}

impl Size {
    fn label_class(self) -> &'static str {
        match self {
            Self::S => "govuk-label--s",
            Self::M => "govuk-label--m",
        }
    }

    fn legend_class(self) -> &'static str {
        match self {
            Self::S => "govuk-fieldset__legend--s",
            Self::M => "govuk-fieldset__legend--m",
        }
    }
}
