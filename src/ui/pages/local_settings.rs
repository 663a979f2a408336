use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::local::{in_use, InUse, Origin};
use crate::domain::local_settings::LocalSettings;
use crate::domain::words::plural;
use crate::ui::Route;

/// Which local settings this copy of Hearth uses, where they came from, and every problem with
/// a file it had to refuse.
pub fn local_settings() -> Html {
    let in_use = in_use();
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "Local settings" }</h1>
            <p class="govuk-body">
                { "A safeguarding partnership can give Hearth its own contacts, links to its procedures, \
                   its escalation stages and where Exit this page goes, in a file called local.json kept \
                   beside Hearth on its website. Without one, Hearth uses national settings." }
            </p>
            { origin(&in_use.origin, &in_use.settings) }
            <h2 class="govuk-heading-m">{ "The settings in use" }</h2>
            { settings_list(&in_use.settings) }
            <p class="govuk-body hearth-lone-link">
                <Link<Route> to={Route::Setup} classes="govuk-link">{ "Make or change a local settings file" }</Link<Route>>
            </p>
        </>
    }
}

/// One sentence on the local settings in use, for About and every printout.
pub fn settings_line() -> String {
    let InUse { settings, origin } = in_use();
    let updated = settings.updated.map(|date| format!(", last updated on {date}")).unwrap_or_default();
    let area = if settings.area.is_empty() { "this area".to_owned() } else { settings.area.clone() };
    match origin {
        Origin::Refused(_) => "National settings: the local settings file was refused (see Local settings).".to_owned(),
        _ if *settings == LocalSettings::national() => "National settings.".to_owned(),
        Origin::NoFile | Origin::Beside | Origin::BuiltIn => format!("Local settings for {area}{updated}."),
    }
}

fn origin(origin: &Origin, settings: &LocalSettings) -> Html {
    let updated = settings.updated.map_or_else(
        || "The file does not say when it was last updated.".to_owned(),
        |date| format!("They were last updated on {date}."),
    );
    let area = if settings.area.is_empty() { "your area".to_owned() } else { settings.area.clone() };
    match origin {
        Origin::NoFile => html! {
            <p class="govuk-inset-text">{ "This copy of Hearth uses national settings: no local settings file was found beside it." }</p>
        },
        Origin::Beside | Origin::BuiltIn if *settings == LocalSettings::national() => html! {
            <p class="govuk-inset-text">{ "This copy of Hearth uses national settings: its local settings file sets nothing of an area's own yet." }</p>
        },
        Origin::Beside => html! {
            <p class="govuk-inset-text">{ format!("This copy of Hearth uses the local settings for {area}, from the local.json file beside it. {updated}") }</p>
        },
        Origin::BuiltIn => html! {
            <p class="govuk-inset-text">{ format!("This copy of Hearth has the local settings for {area} built into it. {updated}") }</p>
        },
        Origin::Refused(problems) => html! {
            <div class="govuk-error-summary" data-module="govuk-error-summary">
                <div role="alert">
                    <h2 class="govuk-error-summary__title">
                        { format!("The local settings file has {} to fix, so none of it is used", plural(problems.len(), "problem", "problems")) }
                    </h2>
                    <div class="govuk-error-summary__body">
                        <p class="govuk-body">
                            { "Hearth is using its national settings until the file is fixed: the national help \
                               lines and Exit this page work as usual. If you do not look after Hearth's website, \
                               tell whoever does." }
                        </p>
                        <ul class="govuk-list govuk-list--bullet hearth-problems">
                            { for problems.iter().map(|problem| html! { <li>{ problem }</li> }) }
                        </ul>
                        <p class="govuk-body">
                            { "To fix it: open the setup page, load the file there to see what it holds, correct \
                               each thing listed, download local.json again and put it in place of the old one." }
                        </p>
                    </div>
                </div>
            </div>
        },
    }
}

fn settings_list(settings: &LocalSettings) -> Html {
    let row = |key: &str, value: String| {
        html! {
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{ key.to_owned() }</dt>
                <dd class="govuk-summary-list__value">{ value }</dd>
            </div>
        }
    };
    let or_none = |text: &str| if text.is_empty() { "Not set".to_owned() } else { text.to_owned() };
    let contacts: Vec<String> = settings.contacts.iter().map(|contact| contact.line()).collect();
    let procedures: Vec<String> =
        settings.procedures.listed().into_iter().map(|(title, url)| format!("{title}: {url}")).collect();
    let stages: Vec<&str> = settings.escalation_stages.iter().map(|stage| stage.label.as_str()).collect();
    html! {
        <dl class="govuk-summary-list hearth-local-settings">
            { row("Area", or_none(&settings.area)) }
            { row("Last updated", settings.updated.map_or_else(|| "Not said".to_owned(), |date| date.to_string())) }
            { row("Exit this page goes to", settings.exit_url.clone()) }
            { row("Idle time before a record is locked or cleared", plural(settings.idle_minutes as usize, "minute", "minutes")) }
            { row("Local contacts", if contacts.is_empty() { "None".to_owned() } else { contacts.join("; ") }) }
            { row("Procedures", if procedures.is_empty() { "None".to_owned() } else { procedures.join("; ") }) }
            { row("Escalation stages", if stages.is_empty() { "Hearth's usual four stages".to_owned() } else { stages.join("; ") }) }
        </dl>
    }
}
