//! Checks a partnership's `local.json` as Hearth will read it, for `make single-file LOCAL=...`:
//! every problem is listed and nothing is built from a file Hearth would refuse.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("Usage: check-local-settings path/to/local.json");
        return ExitCode::FAILURE;
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{path} could not be read: {e}");
            return ExitCode::FAILURE;
        }
    };
    match hearth::domain::local_settings::file::read(&bytes) {
        Ok(settings) => {
            let area = if settings.area.is_empty() { "no area name" } else { settings.area.as_str() };
            println!(
                "{path}: local settings for {area}, {} local contacts: Hearth will use them",
                settings.contacts.len()
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            eprintln!("\n{path} has {} problem(s) to fix; Hearth would refuse it:", problems.len());
            for problem in problems {
                eprintln!("  - {problem}");
            }
            ExitCode::FAILURE
        }
    }
}
