use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::{national_helpline, GUIDE};
use crate::ui::components::sleep_picture::sleep_picture;
use crate::ui::Route;

const NHS_HELP: &str = "https://www.nhs.uk/baby/health/";

/// The guide for families: safer sleep in plain words, the tonight check, a plan, and who to call.
pub fn guide_home() -> Html {
    let words = &GUIDE.words;
    html! {
        <div class="hearth-family">
            <h1 class="govuk-heading-xl">{ "Safer sleep for your baby" }</h1>
            <p class="govuk-body-l">{ words.intro }</p>
            <p class="govuk-body">{ words.privacy }</p>
            <div class="hearth-family-actions">
                <Link<Route> to={Route::GuideTonight} classes="govuk-button">{ "Check tonight" }</Link<Route>>
                <Link<Route> to={Route::GuidePlan} classes="govuk-button govuk-button--secondary">{ "Make my sleep plan" }</Link<Route>>
            </div>

            <h2 class="govuk-heading-l">{ "Safer sleep, every sleep" }</h2>
            <ol class="hearth-steps-guide">
                { for GUIDE.steps.iter().map(|step| html! {
                    <li class="hearth-step-guide">
                        { sleep_picture(step.picture) }
                        <div>
                            <h3 class="govuk-heading-m">{ step.title }</h3>
                            <p class="govuk-body">{ step.text }</p>
                        </div>
                    </li>
                }) }
            </ol>

            <h2 class="govuk-heading-l" id="who-to-call">{ "Who to call" }</h2>
            <div class="govuk-inset-text hearth-calm">
                <p class="govuk-body govuk-!-font-weight-bold">{ words.call_999 }</p>
                <p class="govuk-body hearth-lone-link"><a class="govuk-link" href={NHS_HELP} rel="noreferrer">{ words.nhs_link }</a></p>
            </div>
            <p class="govuk-body">{ words.call_intro }</p>
            <ul class="govuk-list hearth-family-lines">
                { for ["lullaby-information", "nspcc-helpline"].into_iter().filter_map(national_helpline).map(|line| html! {
                    <li>
                        <span class="govuk-!-font-weight-bold">{ line.name }</span>{ ": " }
                        <a class="govuk-link hearth-tel" href={format!("tel:{}", line.tel)}>{ line.number }</a>
                    </li>
                }) }
            </ul>
        </div>
    }
}
