//! Compiles Hearth's content into the app (a partnership's own settings are read at run time), refusing content with
//! mistakes (see `src/content/source/checking.rs` for the checks).

#[path = "src/content/source/mod.rs"]
mod source;
/// For `placeholders`, which the content checks share with the scenario reader (the build needs
/// nothing else from it).
#[path = "src/domain/words.rs"]
#[allow(dead_code)]
mod words;

use std::{env, fs, path::Path, process};

fn read<T: serde::de::DeserializeOwned>(path: &str) -> T {
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| stop(&[format!("{path} could not be read: {e}")]));
    toml::from_str(&text).unwrap_or_else(|e| stop(&[format!("{path} is not valid content: {e}")]))
}

fn stop(problems: &[String]) -> ! {
    eprintln!("\nHearth's content has {} problem(s) to fix before it can be built:", problems.len());
    for p in problems {
        eprintln!("  - {p}");
    }
    eprintln!();
    process::exit(1);
}

fn main() {
    let helpline_path = "content/helplines.toml";
    let conflict_path = "content/conflict-or-abuse.toml";
    let helplines: source::HelplineFile = read(helpline_path);
    let conflict: source::ConflictFile = read(conflict_path);
    let sleep_path = "content/safer-sleep.toml";
    let sleep: source::SleepFile = read(sleep_path);
    let guide_path = "content/family.toml";
    let guide: source::GuideFile = read(guide_path);
    let casework_path = "content/casework.toml";
    let casework: source::CaseworkFile = read(casework_path);
    let review_path = "content/reviews.toml";
    let reviews: source::ReviewFile = read(review_path);
    let mut content_files =
        [conflict_path, sleep_path, guide_path, helpline_path, casework_path].map(str::to_owned).to_vec();
    println!("cargo:rerun-if-changed=content/scenarios");
    let mut scenarios: Vec<String> = fs::read_dir("content/scenarios")
        .unwrap_or_else(|e| stop(&[format!("content/scenarios could not be read: {e}")]))
        .filter_map(|entry| entry.ok().map(|e| format!("content/scenarios/{}", e.file_name().to_string_lossy())))
        .filter(|name| name.ends_with(".json"))
        .collect();
    scenarios.sort();
    content_files.extend(scenarios);
    let content_files: Vec<&str> = content_files.iter().map(String::as_str).collect();
    let helpline_ids: Vec<&str> = helplines.helpline.iter().map(|h| h.id.as_str()).collect();
    let mut problems = source::check(&helplines, helpline_path);
    problems.extend(source::check_conflict(&conflict, &helpline_ids, conflict_path));
    problems.extend(source::check_sleep(&sleep, sleep_path));
    problems.extend(source::check_guide(&guide, guide_path));
    problems.extend(source::check_casework(&casework, &helpline_ids, casework_path));
    problems.extend(source::check_reviews(&reviews, &content_files, review_path));
    if !problems.is_empty() {
        stop(&problems.iter().map(ToString::to_string).collect::<Vec<_>>());
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    let rust = source::render(&helplines)
        + &source::render_conflict(&conflict)
        + &source::render_sleep(&sleep)
        + &source::render_guide(&guide)
        + &source::render_reviews(&reviews)
        + &source::render_casework(&casework, &helplines);
    fs::write(out, rust).expect("OUT_DIR is writable");
}
