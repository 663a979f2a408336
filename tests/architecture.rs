//! Rules about where code lives, checked natively by `make test-native`: a form control written
//! by hand outside `src/ui/forms/`, or a page reading the DOM to find what was entered, fails
//! here with the file and line.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Markup and calls that belong to the form components alone.
const FORM_ONLY: [(&str, &str); 8] = [
    ("govuk-radios__input", "a radio button: use forms::Radios"),
    ("govuk-checkboxes__input", "a checkbox: use forms::Checkboxes"),
    ("type=\"date\"", "a date field: use forms::DateInput"),
    ("class=\"govuk-input", "a text field: use forms::TextInput"),
    ("govuk-textarea", "a text area: use forms::Textarea"),
    ("govuk-select", "a drop-down: use forms::Select"),
    ("govuk-file-upload", "a file field: use forms::FileUpload"),
    ("get_element_by_id", "reading the page by id: take the value from the form component's callback"),
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn form_controls_are_written_only_in_the_form_components() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let forms = root.join("src/ui/forms");
    let mut files = Vec::new();
    rust_files(&root.join("src/ui"), &mut files);
    let mut problems = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&forms)) {
        for (n, line) in fs::read_to_string(file).unwrap().lines().enumerate() {
            for (pattern, instead) in FORM_ONLY {
                if line.contains(pattern) {
                    problems.push(format!("{}:{}: {instead}", file.strip_prefix(root).unwrap().display(), n + 1));
                }
            }
        }
    }
    assert!(problems.is_empty(), "form controls outside src/ui/forms:\n{}", problems.join("\n"));
}
