use yew::prelude::*;

use crate::browser::clipboard;
use crate::ui::forms::Textarea;

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
    html! {
        <Textarea id={props.id.clone()} label={props.label.clone()} value={props.text.clone()} readonly=true rows={18}
            hint="Names are shown by their labels only. Check the text before you paste it anywhere."
            classes="hearth-summary-text" form_group_classes="hearth-no-print"
            before_input={html! {
                <>
                    <button type="button" class="govuk-button govuk-button--secondary" {onclick}>{ "Copy for case notes" }</button>
                    <p class="govuk-body hearth-copy-status" role="status">{ message }</p>
                </>
            }} />
    }
}
