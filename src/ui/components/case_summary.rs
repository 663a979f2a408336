use yew::prelude::*;

use crate::browser::clipboard;

#[derive(Properties, PartialEq)]
pub struct CaseSummaryProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub text: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Done,
    Refused,
}

/// A plain-text summary with a button that copies it for case notes. When the browser refuses
/// the clipboard, the text is selected in its box instead, ready to copy by hand.
#[component]
pub fn CaseSummary(props: &CaseSummaryProps) -> Html {
    let copied = use_state(|| Copied::Not);
    let onclick = {
        let (copied, text, id) = (copied.clone(), props.text.clone(), props.id.clone());
        Callback::from(move |_| {
            let (copied, text, id) = (copied.clone(), text.clone(), id.clone());
            yew::platform::spawn_local(async move {
                match clipboard::copy(&text).await {
                    Ok(()) => copied.set(Copied::Done),
                    Err(_) => {
                        clipboard::select_all(&id);
                        copied.set(Copied::Refused);
                    }
                }
            });
        })
    };
    let message = match *copied {
        Copied::Not => "",
        Copied::Done => "Copied. Paste it into your case notes or referral form.",
        Copied::Refused => "This browser did not allow copying. The text is selected in the box: press Ctrl+C, or Cmd+C on a Mac, to copy it.",
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="govuk-form-group hearth-no-print">
            <label class="govuk-label" for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="govuk-hint" id={hint_id.clone()}>{ "Names are shown by their labels only. Check the text before you paste it anywhere." }</div>
            <button type="button" class="govuk-button govuk-button--secondary" {onclick}>{ "Copy for case notes" }</button>
            <p class="govuk-body hearth-copy-status" role="status">{ message }</p>
            <textarea class="govuk-textarea hearth-summary-text" id={props.id.clone()} rows="18" readonly=true
                aria-describedby={hint_id} value={props.text.clone()} />
        </div>
    }
}
