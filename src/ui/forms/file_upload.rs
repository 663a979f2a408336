use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use super::parts::Field;
use super::Size;

#[derive(Properties, PartialEq)]
pub struct FileUploadProps {
    /// The input's id; its hint is `{id}-hint`, its error `{id}-error`.
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub label_size: Option<Size>,
    #[prop_or_default]
    pub label_hidden: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The file types offered, such as `.json,application/json`.
    #[prop_or_default]
    pub accept: Option<AttrValue>,
    /// The file the page holds. When it becomes None the input is emptied too, so a file used
    /// and let go does not stay chosen (the idle lock counts a chosen file as something entered).
    pub value: Option<File>,
    /// The file chosen, or None when the choice is cancelled.
    pub onchange: Callback<Option<File>>,
    #[prop_or_default]
    pub form_group_classes: Classes,
}

/// A GOV.UK file input that hands the page the chosen file, so no page looks the input up.
#[component]
pub fn FileUpload(props: &FileUploadProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        // A browser lets a page empty a file input but not fill one, so only emptying follows the value.
        use_effect_with(props.value.is_none(), move |empty| {
            if let Some(input) = node.cast::<HtmlInputElement>().filter(|_| *empty) {
                if input.files().is_some_and(|files| files.length() > 0) {
                    input.set_value("");
                }
            }
        });
    }
    let field = Field {
        id: &props.id,
        label: &props.label,
        label_size: props.label_size,
        label_hidden: props.label_hidden.as_ref(),
        hint: props.hint.as_ref(),
        error: props.error.as_ref(),
        form_group_classes: &props.form_group_classes,
    };
    let onchange = props.onchange.reform(|event: Event| {
        event.target_unchecked_into::<HtmlInputElement>().files().and_then(|files| files.get(0))
    });
    field.render(html! {
        <input class={classes!("govuk-file-upload", props.error.is_some().then_some("govuk-file-upload--error"))}
            ref={node} id={props.id.clone()} type="file" accept={props.accept.clone()}
            aria-describedby={field.described_by()} {onchange} />
    })
}
