use yew::prelude::*;

use yew_router::prelude::*;

use crate::content::CONTENT_REVIEWS;
use crate::domain::date::CalendarDate;
use crate::ui::components::stored_here::StoredHere;
use crate::ui::pages::settings_line;
use crate::ui::Route;

pub fn about() -> Html {
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "About Hearth and your privacy" }</h1>
            <p class="govuk-body-l">{ "Nothing you enter in Hearth leaves this device." }</p>

            <h2 class="govuk-heading-m">{ "What is stored, and where" }</h2>
            <p class="govuk-body">
                { "Nothing, unless you choose. What you enter is held only in the memory of this browser tab. It \
                   is gone when you close the tab, reload the page, use Exit this page, or leave Hearth unused for \
                   a while. Hearth sets no cookies and writes nothing to this browser's storage, with two exceptions \
                   you control: a family can press \"Keep my plan on this phone\" to keep their sleep plan, and a \
                   practitioner can save a record on this device, encrypted with a passphrase they choose. Both can \
                   be deleted at any time, and the panel below shows exactly what is there now." }
            </p>

            <StoredHere />

            <h2 class="govuk-heading-m">{ "What is sent" }</h2>
            <p class="govuk-body">
                { "Nothing. Hearth has no server, no account, no analytics and no adverts. Once this page has \
                   loaded, everything happens inside your browser. Hearth loads nothing from any other website, \
                   and its content security policy tells your browser to block any attempt to connect elsewhere." }
            </p>

            <h2 class="govuk-heading-m">{ "What Hearth cannot protect" }</h2>
            <ul class="govuk-list govuk-list--bullet">
                <li>{ "Your browser history shows that this page was visited." }</li>
                <li>{ "Someone who can see your screen, or software watching this device, can see what you type." }</li>
                <li>{ "Anything you print or copy out of Hearth is then outside it." }</li>
            </ul>

            <h2 class="govuk-heading-m">{ "What Hearth is, and is not" }</h2>
            <p class="govuk-body">
                { "Hearth structures what practitioners know and points to the right procedure. It is not a risk \
                   assessment, it does not decide anything, and it cannot keep anyone safe. Always follow your \
                   local safeguarding procedures and use your professional judgement." }
            </p>
            <p class="govuk-body">
                { "Help line numbers and advice come from published national sources, written in Hearth's own \
                   words. Each item records its source." }
            </p>
            <p class="govuk-body hearth-lone-link">
                <Link<Route> to={Route::HowHearthDecides} classes="govuk-link">{ "How Hearth decides: every rule, in plain words" }</Link<Route>>
            </p>

            <h2 class="govuk-heading-m">{ "Local settings" }</h2>
            <p class="govuk-body">
                { settings_line() }{ " " }
                <Link<Route> to={Route::LocalSettings} classes="govuk-link">{ "See the local settings in use" }</Link<Route>>
                { ". A safeguarding partnership can give Hearth its own contacts, procedures and escalation stages: " }
                <Link<Route> to={Route::Setup} classes="govuk-link">{ "set up Hearth for your area" }</Link<Route>>
                { "." }
            </p>

            <h2 class="govuk-heading-m" id="content-reviews">{ "Content reviews" }</h2>
            <p class="govuk-body">{ format!("This is Hearth {}. Each content file was last reviewed as follows.", env!("CARGO_PKG_VERSION")) }</p>
            { for CONTENT_REVIEWS.iter().map(|review| html! {
                <>
                    <h3 class="govuk-heading-s">{ review.file }</h3>
                    <p class="govuk-body">{ format!(
                        "Version {}, reviewed on {} by {}.",
                        review.version,
                        CalendarDate::parse_iso(review.date).map_or_else(|| review.date.to_owned(), |d| d.to_string()),
                        review.by
                    ) }</p>
                    <ul class="govuk-list govuk-list--bullet">
                        { for review.checked.iter().map(|(what, against)| html! {
                            <li>{ format!("{what}. Checked against: {against}.") }</li>
                        }) }
                    </ul>
                </>
            }) }
        </>
    }
}
