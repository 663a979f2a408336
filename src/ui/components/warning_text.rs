use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WarningTextProps {
    pub text: AttrValue,
}

/// GOV.UK warning text: a bold line with a "!" icon, read out as "Warning".
#[component]
pub fn WarningText(props: &WarningTextProps) -> Html {
    html! {
        <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">{ "!" }</span>
            <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">{ "Warning" }</span>{ props.text.clone() }
            </strong>
        </div>
    }
}
