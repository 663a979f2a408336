//! The keys a trainer presses to drive a scenario on a projector, including from a presentation
//! remote (which sends Page Down and Page Up).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Next,
    Back,
    First,
    Last,
    Swap,
    PhoneCode,
}

/// The command for a key, or `None` when the key belongs to whatever has focus: typing in a
/// field, or Space on a button or link, which activates it.
pub fn command_for(key: &str, modifiers: bool, focused_tag: &str) -> Option<Command> {
    let typing = matches!(focused_tag, "INPUT" | "SELECT" | "TEXTAREA");
    let activates = matches!(focused_tag, "BUTTON" | "A" | "SUMMARY");
    if modifiers || typing {
        return None;
    }
    match key {
        " " if activates => None,
        "ArrowRight" | "PageDown" | " " | "n" => Some(Command::Next),
        "ArrowLeft" | "PageUp" | "Backspace" | "p" => Some(Command::Back),
        "Home" => Some(Command::First),
        "End" => Some(Command::Last),
        "s" => Some(Command::Swap),
        "q" => Some(Command::PhoneCode),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_space_and_a_remote_move_between_slides() {
        for key in ["ArrowRight", "PageDown", " ", "n"] {
            assert_eq!(command_for(key, false, "MAIN"), Some(Command::Next), "{key}");
        }
        for key in ["ArrowLeft", "PageUp", "Backspace", "p"] {
            assert_eq!(command_for(key, false, "BODY"), Some(Command::Back), "{key}");
        }
        assert_eq!(command_for("s", false, "MAIN"), Some(Command::Swap));
        assert_eq!(command_for("End", false, "MAIN"), Some(Command::Last));
    }

    #[test]
    fn keys_are_left_alone_while_typing_with_modifiers_or_for_a_focused_button() {
        assert_eq!(command_for("ArrowLeft", false, "INPUT"), None);
        assert_eq!(command_for("s", false, "TEXTAREA"), None);
        assert_eq!(command_for("ArrowRight", true, "MAIN"), None, "Alt+Right is the browser's Forward");
        assert_eq!(command_for(" ", false, "BUTTON"), None, "Space presses the focused button instead");
        assert_eq!(command_for("ArrowRight", false, "BUTTON"), Some(Command::Next));
        assert_eq!(command_for("S", false, "MAIN"), None, "capitals are typed with Shift, which Exit this page counts");
    }
}
