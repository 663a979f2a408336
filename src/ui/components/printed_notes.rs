use yew::prelude::*;

/// The case notes as they print: the very text "Copy for case notes" copies, a paragraph for each
/// block of lines. Shown only in print, where it stands in for the rest of the page
/// (styles/hearth.scss), so a printout holds what the copy holds, with no empty fields, buttons
/// or links. The words are drawn by the style sheet from `data-text`, so that the page holds each
/// sentence once: finding text on the page, by a person or a test, finds what is on screen.
pub fn printed_notes(text: &str) -> Html {
    html! {
        <div class="hearth-case-notes">
            { for text.split("\n\n").map(|block| html! {
                <p class="govuk-body" data-text={block.to_owned()}></p>
            }) }
        </div>
    }
}
