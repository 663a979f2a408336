//! Small helpers for words: writing lists and sentences in plain English, shared by every
//! summary, and finding the placeholders in a text, shared by the content checks and the
//! scenario reader. `build.rs` includes this file too, so it uses nothing from the crate.

/// "a", "a and b", "a, b and c".
pub fn join_words(words: &[&str]) -> String {
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// A count with the right form of its noun: "1 answer", "3 answers".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// Each `{...}` in a text, braces and all: from each `{` to the next `}`.
pub fn placeholders(text: &str) -> Vec<&str> {
    text.match_indices('{')
        .filter_map(|(start, _)| text[start..].find('}').map(|end| &text[start..=start + end]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_takes_the_right_form_of_its_noun() {
        assert_eq!(plural(1, "week", "weeks"), "1 week");
        assert_eq!(plural(0, "answer", "answers"), "0 answers");
        assert_eq!(plural(10, "thing", "things"), "10 things");
    }

    #[test]
    fn lists_read_as_english() {
        assert_eq!(join_words(&[]), "");
        assert_eq!(join_words(&["alcohol"]), "alcohol");
        assert_eq!(join_words(&["alcohol", "smoking", "mental health"]), "alcohol, smoking and mental health");
        assert_eq!(capitalise("ölaf"), "Ölaf");
        assert_eq!(capitalise(""), "");
    }
}
