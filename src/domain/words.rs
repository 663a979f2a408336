//! Small helpers for writing lists and sentences in plain English, shared by every summary.

/// "a", "a and b", "a, b and c".
pub fn join_words(words: &[&str]) -> String {
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_english() {
        assert_eq!(join_words(&[]), "");
        assert_eq!(join_words(&["alcohol"]), "alcohol");
        assert_eq!(join_words(&["alcohol", "smoking", "mental health"]), "alcohol, smoking and mental health");
        assert_eq!(capitalise("ölaf"), "Ölaf");
        assert_eq!(capitalise(""), "");
    }
}
