//! The "press Shift three times within five seconds to exit" shortcut, as a pure state machine
//! so it can be tested without a browser. A Shift used to type a capital letter does not count,
//! and any other key starts the count again, so typing never exits by accident.

pub const PRESSES_TO_EXIT: u8 = 3;
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
    Counting { remaining: u8 },
    Exit,
}

impl Progress {
    /// The words a screen reader announces, in a polite live region.
    pub fn announcement(self) -> &'static str {
        match self {
            Self::Idle => "",
            Self::Counting { remaining: 1 } => "Shift pressed. Press it 1 more time to exit this page.",
            Self::Counting { .. } => "Shift pressed. Press it 2 more times to exit this page.",
            Self::Exit => "Exiting this page.",
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct ShiftSequence {
    first_press_at: Option<f64>,
    presses: u8,
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
                self.reset_count();
                Progress::Idle
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
        let within_window = self.first_press_at.is_some_and(|first| now_ms - first <= WINDOW_MS);
        if !within_window {
            self.first_press_at = Some(now_ms);
            self.presses = 0;
        }
        self.presses += 1;
        let progress = self.progress();
        if progress == Progress::Exit {
            self.reset_count();
        }
        progress
    }

    /// Called when the five seconds run out, so an old count never lingers.
    pub fn expire(&mut self) {
        self.reset_count();
    }

    fn reset_count(&mut self) {
        self.first_press_at = None;
        self.presses = 0;
    }

    fn progress(&self) -> Progress {
        match self.presses {
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
    fn three_taps_within_five_seconds_exit_with_a_count_on_the_way() {
        let mut seq = ShiftSequence::default();
        assert_eq!(tap(&mut seq, 0.0), Progress::Counting { remaining: 2 });
        assert_eq!(tap(&mut seq, 1_000.0), Progress::Counting { remaining: 1 });
        assert_eq!(tap(&mut seq, 4_999.0), Progress::Exit);
    }

    #[test]
    fn a_slow_third_tap_starts_a_new_count() {
        let mut seq = ShiftSequence::default();
        tap(&mut seq, 0.0);
        tap(&mut seq, 1_000.0);
        assert_eq!(tap(&mut seq, 5_001.0), Progress::Counting { remaining: 2 });
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
        seq.key_down(Key::Other);
        assert_eq!(tap(&mut seq, 200.0), Progress::Counting { remaining: 2 });
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
        seq.expire();
        assert_eq!(tap(&mut seq, 4.0), Progress::Counting { remaining: 2 });
    }

    #[test]
    fn each_step_is_announced() {
        assert_eq!(Progress::Idle.announcement(), "");
        assert!(Progress::Counting { remaining: 2 }.announcement().contains("2 more times"));
        assert!(Progress::Counting { remaining: 1 }.announcement().contains("1 more time "));
        assert!(Progress::Exit.announcement().contains("Exiting"));
    }
}
