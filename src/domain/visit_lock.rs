//! The idle lock's rules, with no browser in them: the PIN or passphrase a practitioner sets
//! for one visit, how many wrong tries it takes, and what the idle timer does when it runs out.

use std::fmt;

pub const MIN_PIN_CHARACTERS: usize = 4;
/// Wrong tries at the lock before Hearth clears the record; the words below say the number.
pub const MAX_TRIES: u8 = 5;
pub const TRIES_HINT: &str = "After 5 wrong tries, Hearth clears the record.";
pub const CLEARED_AFTER_TRIES: &str = "The record was cleared after 5 wrong tries at the lock.";
pub const WHAT_A_PIN_DOES: &str =
    "With a PIN or passphrase for this visit, Hearth locks the record instead of clearing \
    it, and only the PIN opens it again. The PIN is held only in this tab's memory: it is not saved, and it goes when \
    you close the tab or use Exit this page. Hearth cannot recover a lost PIN, and clears the record after 5 wrong \
    tries.";

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PinProblem {
    Empty,
    TooShort,
    NotAgain,
    Different,
}

impl PinProblem {
    /// Whether the problem is with the second field, where the PIN is typed again.
    pub fn in_second_field(self) -> bool {
        matches!(self, Self::NotAgain | Self::Different)
    }
}

impl fmt::Display for PinProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Empty => "Enter a PIN or passphrase for this visit",
            Self::TooShort => "Enter a PIN or passphrase of at least 4 characters",
            Self::NotAgain => "Type the PIN or passphrase again",
            Self::Different => "The two do not match. Type the same PIN or passphrase in both",
        })
    }
}

/// The PIN to lock with, typed twice. Spaces at either end do not count, here or at the lock.
pub fn check_pin(pin: &str, again: &str) -> Result<String, PinProblem> {
    let pin = pin.trim();
    if pin.is_empty() {
        Err(PinProblem::Empty)
    } else if pin.chars().count() < MIN_PIN_CHARACTERS {
        Err(PinProblem::TooShort)
    } else if again.trim().is_empty() {
        Err(PinProblem::NotAgain)
    } else if again.trim() != pin {
        Err(PinProblem::Different)
    } else {
        Ok(pin.to_owned())
    }
}

/// After a wrong try at the lock: how many are left, or `None` when the record must be cleared.
pub fn tries_left(wrong_so_far: u8) -> Option<u8> {
    MAX_TRIES.checked_sub(wrong_so_far).filter(|left| *left > 0)
}

/// What to say after a wrong try that leaves some.
pub fn wrong_pin_message(left: u8) -> String {
    let tries = if left == 1 { "1 more try".to_owned() } else { format!("{left} more tries") };
    format!("The PIN or passphrase is wrong. You have {tries} before Hearth clears the record")
}

/// The two moments the idle timer wakes: a minute before the time runs out, and when it does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum IdleMoment {
    MinuteBefore,
    TimeUp,
}

const MINUTE_MS: f64 = 60_000.0;

/// Where a quiet spell stands `idle_ms` after the page was last used, with `minutes` allowed:
/// the moment it has reached, if any, and how long until the next one (none after the last).
/// The idle timer asks this each time it wakes, so a tap or a key only notes the time.
pub fn idle_moment(idle_ms: f64, minutes: u32) -> (Option<IdleMoment>, Option<f64>) {
    let time_up = f64::from(minutes) * MINUTE_MS;
    let minute_before = time_up - MINUTE_MS;
    if idle_ms >= time_up {
        (Some(IdleMoment::TimeUp), None)
    } else if idle_ms >= minute_before {
        (Some(IdleMoment::MinuteBefore), Some(time_up - idle_ms))
    } else {
        (None, Some(minute_before - idle_ms))
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum IdleStep {
    Nothing,
    Warn,
    Lock,
    Clear,
}

/// With a PIN the record is locked, with nothing lost, so there is no warning; without one it
/// is cleared, with a warning a minute before. Nothing is open: nothing to do. A locked record
/// stays locked until the PIN, Forget and leave, or Exit this page.
pub fn idle_step(moment: IdleMoment, anything_entered: bool, pin_set: bool, locked: bool) -> IdleStep {
    match (anything_entered && !locked, pin_set, moment) {
        (false, ..) | (true, true, IdleMoment::MinuteBefore) => IdleStep::Nothing,
        (true, true, IdleMoment::TimeUp) => IdleStep::Lock,
        (true, false, IdleMoment::MinuteBefore) => IdleStep::Warn,
        (true, false, IdleMoment::TimeUp) => IdleStep::Clear,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_idle_timer_wakes_a_minute_before_the_time_and_when_it_is_up() {
        use IdleMoment::*;
        let minute = 60_000.0;
        assert_eq!(idle_moment(0.0, 30), (None, Some(29.0 * minute)));
        assert_eq!(idle_moment(10.0 * minute, 30), (None, Some(19.0 * minute)), "woken early: look again later");
        assert_eq!(idle_moment(29.0 * minute, 30), (Some(MinuteBefore), Some(minute)));
        assert_eq!(idle_moment(29.5 * minute, 30), (Some(MinuteBefore), Some(0.5 * minute)));
        assert_eq!(idle_moment(30.0 * minute, 30), (Some(TimeUp), None));
        assert_eq!(idle_moment(600.0 * minute, 30), (Some(TimeUp), None), "a phone asleep for hours: time is up");
        assert_eq!(idle_moment(0.0, 1), (Some(MinuteBefore), Some(minute)), "one minute allowed: warned at once");
    }

    #[test]
    fn a_pin_of_four_characters_typed_twice_is_kept_without_spaces_at_the_ends() {
        assert_eq!(check_pin("2468", "2468"), Ok("2468".to_owned()));
        assert_eq!(check_pin(" blue kettle ", "blue kettle"), Ok("blue kettle".to_owned()));
        assert_eq!(check_pin("ñañá", "ñañá"), Ok("ñañá".to_owned()), "characters, not bytes");
    }

    #[test]
    fn each_problem_is_named_at_its_own_field() {
        assert_eq!(check_pin("", "1234"), Err(PinProblem::Empty));
        assert_eq!(check_pin("   ", ""), Err(PinProblem::Empty));
        assert_eq!(check_pin("123", "123"), Err(PinProblem::TooShort));
        assert_eq!(check_pin("1234", " "), Err(PinProblem::NotAgain));
        assert_eq!(check_pin("1234", "1243"), Err(PinProblem::Different));
        assert!(!PinProblem::TooShort.in_second_field());
        assert!(PinProblem::Different.in_second_field());
        assert!(PinProblem::TooShort.to_string().contains(&format!("at least {MIN_PIN_CHARACTERS} characters")));
    }

    #[test]
    fn the_fifth_wrong_try_clears_and_the_ones_before_say_how_many_are_left() {
        assert_eq!((1..=MAX_TRIES).map(tries_left).collect::<Vec<_>>(), [Some(4), Some(3), Some(2), Some(1), None]);
        assert_eq!(tries_left(u8::MAX), None);
        assert!(wrong_pin_message(4).contains("You have 4 more tries before Hearth clears the record"));
        assert!(wrong_pin_message(1).contains("You have 1 more try before"));
        for words in [TRIES_HINT, CLEARED_AFTER_TRIES, WHAT_A_PIN_DOES] {
            assert!(words.to_lowercase().contains(&format!("after {MAX_TRIES} wrong tries")), "{words}");
        }
    }

    #[test]
    fn with_a_pin_the_record_locks_without_a_warning_and_without_one_it_is_warned_then_cleared() {
        use IdleMoment::{MinuteBefore, TimeUp};
        assert_eq!(idle_step(MinuteBefore, true, true, false), IdleStep::Nothing);
        assert_eq!(idle_step(TimeUp, true, true, false), IdleStep::Lock);
        assert_eq!(idle_step(MinuteBefore, true, false, false), IdleStep::Warn);
        assert_eq!(idle_step(TimeUp, true, false, false), IdleStep::Clear);
    }

    #[test]
    fn nothing_entered_or_already_locked_means_nothing_to_do() {
        for moment in [IdleMoment::MinuteBefore, IdleMoment::TimeUp] {
            for pin in [true, false] {
                assert_eq!(idle_step(moment, false, pin, false), IdleStep::Nothing);
                // Locked, the PIN is forgotten: the timer must not take that for "no PIN" and clear.
                assert_eq!(idle_step(moment, true, pin, true), IdleStep::Nothing);
            }
        }
    }
}
