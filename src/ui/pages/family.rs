use yew::prelude::*;

use crate::content::national_helpline;

#[component]
pub fn Family() -> Html {
    let lullaby = national_helpline("lullaby-information");
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "Safer sleep for your baby" }</h1>
            <div class="govuk-warning-text">
                <span class="govuk-warning-text__icon" aria-hidden="true">{ "!" }</span>
                <strong class="govuk-warning-text__text">
                    <span class="govuk-visually-hidden">{ "Warning" }</span>
                    { "If your baby stops breathing or will not wake up, call 999 now." }
                </strong>
            </div>
            <div class="govuk-inset-text">
                { "A simple safer sleep guide, a check for tonight and your own sleep plan are coming in a \
                   later version of Hearth." }
            </div>
            if let Some(line) = lullaby {
                <p class="govuk-body">
                    { "To talk to someone about safer sleep, call the " }{ line.name }{ " on " }
                    <a class="govuk-link" href={format!("tel:{}", line.tel)}>{ line.number }</a>{ "." }
                </p>
            }
        </>
    }
}
