//! How strong a new passphrase must be before Hearth seals anything with it. Opening a file
//! never applies this rule: a file sealed by an earlier release opens with whatever it was
//! sealed with.

use std::fmt;

pub const MIN_CHARACTERS: usize = 12;
pub const MIN_WORDS: usize = 3;
/// Shorter words ("a", "to") do not count towards the three.
pub const MIN_WORD_CHARACTERS: usize = 3;

/// The rule, said before the passphrase is asked for.
pub const HINT: &str = "Use at least 12 characters, or 3 or more words of at least 3 letters each. Three random \
                        words are easy to remember and hard to guess. Hearth cannot recover a lost passphrase.";

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PassphraseProblem {
    Empty,
    TooWeak,
}

impl fmt::Display for PassphraseProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Empty => "Enter a passphrase",
            Self::TooWeak => {
                "Enter a longer passphrase: at least 12 characters, or 3 or more words of at least 3 letters each"
            }
        })
    }
}

/// Whether `passphrase` is strong enough to seal with. Spaces at either end do not count.
pub fn check_new(passphrase: &str) -> Result<(), PassphraseProblem> {
    let text = passphrase.trim();
    if text.is_empty() {
        return Err(PassphraseProblem::Empty);
    }
    let words = text.split_whitespace().filter(|w| w.chars().count() >= MIN_WORD_CHARACTERS).count();
    if text.chars().count() >= MIN_CHARACTERS || words >= MIN_WORDS {
        Ok(())
    } else {
        Err(PassphraseProblem::TooWeak)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_passphrase_is_asked_for() {
        for empty in ["", "   ", "\t\n"] {
            assert_eq!(check_new(empty), Err(PassphraseProblem::Empty), "{empty:?}");
        }
        assert_eq!(PassphraseProblem::Empty.to_string(), "Enter a passphrase");
    }

    #[test]
    fn short_passphrases_and_too_few_words_are_refused_with_the_rule() {
        for weak in ["a", "password", "elevenchars", "  elevenchars  ", "go to it", "cat dog", "a b c d e f"] {
            assert_eq!(check_new(weak), Err(PassphraseProblem::TooWeak), "{weak:?}");
        }
        let words = PassphraseProblem::TooWeak.to_string();
        assert!(words.contains("at least 12 characters, or 3 or more words"), "{words}");
    }

    #[test]
    fn twelve_characters_or_three_words_are_enough() {
        for strong in ["twelve chars", "abcdefghijkl", "cat dog sun", "blue kettle seven lanterns", "ñandú café tés"]
        {
            assert_eq!(check_new(strong), Ok(()), "{strong:?}");
        }
    }

    #[test]
    fn characters_are_counted_as_people_see_them_not_as_bytes() {
        assert_eq!(check_new("éééééé"), Err(PassphraseProblem::TooWeak), "12 bytes, 6 characters");
    }

    #[test]
    fn the_hint_states_the_same_rule_the_check_applies() {
        assert!(HINT.contains(&format!("at least {MIN_CHARACTERS} characters")));
        assert!(HINT.contains(&format!("{MIN_WORDS} or more words of at least {MIN_WORD_CHARACTERS} letters")));
        assert!(HINT.contains("Three random words"));
    }
}
