//! The "press Shift three times to exit" shortcut, as a pure state machine so it can be tested
//! without a browser. As in GOV.UK's component, each press must come within five seconds of the
//! one before, so unhurried presses still count. A Shift used to type a capital letter does not
//! count, and any other key starts the count again, so typing never exits by accident.

pub const PRESSES_TO_EXIT: u8 = 3;
/// How long the count waits for the next press, and how long the words saying it lapsed stay.
pub const WINDOW_MS: f64 = 5_000.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Key {
    Shift,
    Other,
}

/// What the shortcut has reached after a key event.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Progress {
    Idle,
    Counting {
        remaining: u8,
    },
    /// The count ran out or another key was pressed; a screen reader is told it starts again.
    Lapsed,
    Exit,
}

impl Progress {
    /// The words a screen reader announces, in a polite live region.
    pub fn announcement(self) -> &'static str {
        match self {
            Self::Idle => "",
            Self::Counting { remaining: 1 } => "Shift pressed. Press it 1 more time to exit this page.",
            Self::Counting { .. } => "Shift pressed. Press it 2 more times to exit this page.",
            Self::Lapsed => "Shift count reset. Press Shift 3 times to exit this page.",
            // The page itself says "Loading." as it leaves (browser::leave).
            Self::Exit => "",
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct ShiftSequence {
    last_press_at: Option<f64>,
    presses: u8,
    lapsed: bool,
    shift_down: bool,
    used_as_modifier: bool,
}

impl ShiftSequence {
    pub fn key_down(&mut self, key: Key) -> Progress {
        match key {
            Key::Shift => {
                if !self.shift_down {
                    self.shift_down = true;
                    self.used_as_modifier = false;
                }
                self.progress()
            }
            Key::Other => {
                self.used_as_modifier |= self.shift_down;
                self.lapse();
                self.progress()
            }
        }
    }

    pub fn key_up(&mut self, key: Key, now_ms: f64) -> Progress {
        if key != Key::Shift {
            return self.progress();
        }
        self.shift_down = false;
        if self.used_as_modifier {
            return self.progress();
        }
        let within_window = self.last_press_at.is_some_and(|last| now_ms - last <= WINDOW_MS);
        if !within_window {
            self.presses = 0;
        }
        self.last_press_at = Some(now_ms);
        self.presses += 1;
        self.lapsed = false;
        let progress = self.progress();
        if progress == Progress::Exit {
            self.reset_count();
        }
        progress
    }

    /// Called five seconds after the last press, so an old count never lingers.
    pub fn expire(&mut self) -> Progress {
        self.lapse();
        self.progress()
    }

    /// Called once the words saying the count lapsed have had time to be heard.
    pub fn settle(&mut self) -> Progress {
        self.lapsed = false;
        self.progress()
    }

    fn lapse(&mut self) {
        self.lapsed |= self.presses > 0;
        self.reset_count();
    }

    fn reset_count(&mut self) {
        self.last_press_at = None;
        self.presses = 0;
    }

    fn progress(&self) -> Progress {
        match self.presses {
            0 if self.lapsed => Progress::Lapsed,
            0 => Progress::Idle,
            n if n >= PRESSES_TO_EXIT => Progress::Exit,
            n => Progress::Counting { remaining: PRESSES_TO_EXIT - n },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tap(seq: &mut ShiftSequence, at: f64) -> Progress {
        seq.key_down(Key::Shift);
        seq.key_up(Key::Shift, at)
    }

    #[test]
    fn three_taps_each_within_five_seconds_of_the_last_exit_with_a_count_on_the_way() {
        let mut seq = ShiftSequence::default();
        assert_eq!(tap(&mut seq, 0.0), Progress::Counting { remaining: 2 });
        assert_eq!(tap(&mut seq, 4_000.0), Progress::Counting { remaining: 1 });
        assert_eq!(tap(&mut seq, 9_000.0), Progress::Exit);
    }

    #[test]
    fn a_tap_more_than_five_seconds_after_the_last_starts_a_new_count() {
        let mut seq = ShiftSequence::default();
        tap(&mut seq, 0.0);
        tap(&mut seq, 1_000.0);
        assert_eq!(tap(&mut seq, 6_001.0), Progress::Counting { remaining: 2 });
    }

    #[test]
    fn shift_used_for_capital_letters_never_counts() {
        let mut seq = ShiftSequence::default();
        for at in [0.0, 100.0, 200.0, 300.0] {
            seq.key_down(Key::Shift);
            assert_eq!(seq.key_down(Key::Other), Progress::Idle);
            seq.key_up(Key::Other, at);
            assert_eq!(seq.key_up(Key::Shift, at), Progress::Idle);
        }
    }

    #[test]
    fn another_key_between_taps_starts_again() {
        let mut seq = ShiftSequence::default();
        tap(&mut seq, 0.0);
        tap(&mut seq, 100.0);
        assert_eq!(seq.key_down(Key::Other), Progress::Lapsed);
        assert_eq!(tap(&mut seq, 200.0), Progress::Counting { remaining: 2 });
    }

    #[test]
    fn a_lapse_is_told_until_it_settles_and_another_key_with_no_count_tells_nothing() {
        let mut seq = ShiftSequence::default();
        assert_eq!(seq.key_down(Key::Other), Progress::Idle);
        tap(&mut seq, 0.0);
        assert_eq!(seq.expire(), Progress::Lapsed);
        assert_eq!(seq.key_down(Key::Other), Progress::Lapsed);
        assert_eq!(seq.settle(), Progress::Idle);
        assert_eq!(seq.key_down(Key::Other), Progress::Idle);
    }

    #[test]
    fn a_held_shift_with_key_repeat_counts_once() {
        let mut seq = ShiftSequence::default();
        seq.key_down(Key::Shift);
        seq.key_down(Key::Shift);
        seq.key_down(Key::Shift);
        assert_eq!(seq.key_up(Key::Shift, 0.0), Progress::Counting { remaining: 2 });
    }

    #[test]
    fn after_exit_or_expiry_the_count_starts_from_nothing() {
        let mut seq = ShiftSequence::default();
        for at in [0.0, 1.0, 2.0] {
            tap(&mut seq, at);
        }
        assert_eq!(tap(&mut seq, 3.0), Progress::Counting { remaining: 2 });
        assert_eq!(seq.expire(), Progress::Lapsed);
        assert_eq!(tap(&mut seq, 4.0), Progress::Counting { remaining: 2 });
    }

    #[test]
    fn each_step_is_announced() {
        assert_eq!(Progress::Idle.announcement(), "");
        assert!(Progress::Counting { remaining: 2 }.announcement().contains("2 more times"));
        assert!(Progress::Counting { remaining: 1 }.announcement().contains("1 more time "));
        assert!(Progress::Lapsed.announcement().starts_with("Shift count reset."));
        assert_eq!(Progress::Exit.announcement(), "");
    }
}
