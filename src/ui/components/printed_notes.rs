use yew::prelude::*;

/// The case notes as they print: the very text "Copy for case notes" copies, a paragraph for each
/// block of lines. Shown only in print, where it stands in for the rest of the page
/// (styles/hearth.scss), so a printout holds what the copy holds, with no empty fields, buttons
/// or links. The words are drawn by the style sheet from `data-heading` and `data-text`, so that the page holds each
/// sentence once: finding text on the page, by a person or a test, finds what is on screen.
pub fn printed_notes(text: &str) -> Html {
    html! {
        <div class="hearth-case-notes">
            { for text.split("\n\n").map(|block| {
                // The heading (or the outcome) is its own line, bold however the line wraps.
                let (heading, rest) = block.split_once('\n').unwrap_or((block, ""));
                html! { <p class="govuk-body" data-heading={heading.to_owned()} data-text={rest.to_owned()}></p> }
            }) }
        </div>
    }
}
