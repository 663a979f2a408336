use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;

pub fn home() -> Html {
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "Hearth" }</h1>
            <p class="govuk-body-l">
                { "Tools for talking with families about domestic abuse and about safer sleep for babies. " }
                { "Hearth runs entirely in this browser: nothing you enter leaves this device." }
            </p>
            <div class="govuk-inset-text">
                { "Hearth helps you organise what you know and find the right procedure. It does not make \
                   decisions and cannot keep anyone safe. It supports your professional judgement \
                   and your local safeguarding procedures; it never replaces them." }
            </div>

            <h2 class="govuk-heading-l">{ "Who Hearth is for" }</h2>
            <ul class="hearth-entry-points">
                <li class="hearth-entry-point">
                    <h3 class="govuk-heading-m">
                        <Link<Route> to={Route::Practitioner} classes="govuk-link">{ "Practitioners" }</Link<Route>>
                    </h3>
                    <p class="govuk-body">
                        { "Health visitors, social workers, family support workers, and school and police \
                           safeguarding staff: keep one family record, ask whether it is parental conflict \
                           or domestic abuse, and talk through safer sleep for a baby." }
                    </p>
                </li>
                <li class="hearth-entry-point">
                    <h3 class="govuk-heading-m">
                        <Link<Route> to={Route::Trainer} classes="govuk-link">{ "Trainers" }</Link<Route>>
                    </h3>
                    <p class="govuk-body">
                        { "For multi-agency learning events: made-up family stories that show how the picture \
                           of risk changes as each agency shares what it knows." }
                    </p>
                </li>
                <li class="hearth-entry-point">
                    <h3 class="govuk-heading-m">
                        <Link<Route> to={Route::Guide} classes="govuk-link">{ "Families" }</Link<Route>>
                    </h3>
                    <p class="govuk-body">
                        { "Parents and carers: simple steps for safer sleep and a sleep plan for your baby, \
                           on your own phone." }
                    </p>
                </li>
            </ul>

            <h2 class="govuk-heading-l">{ "Your privacy" }</h2>
            <p class="govuk-body">
                { "Hearth has no server, no account and no tracking. What you type stays in this browser tab \
                   and is gone when you close it. " }
                <Link<Route> to={Route::About} classes="govuk-link">{ "What Hearth stores, and where" }</Link<Route>>
            </p>

            <h2 class="govuk-heading-l">{ "Leaving quickly" }</h2>
            <p class="govuk-body">
                { "The red Exit this page button, or pressing the Shift key 3 times, blanks the screen, clears \
                   what you entered and opens a neutral website. It cannot hide everything: for example, your \
                   browser history will still show that you visited Hearth. " }
                <Link<Route> to={Route::ExitInfo} classes="govuk-link">{ "What Exit this page cannot hide" }</Link<Route>>
            </p>
        </>
    }
}
