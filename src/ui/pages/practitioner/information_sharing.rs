use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::CASEWORK;
use crate::domain::casework::words::GuidanceSection;
use crate::ui::Route;

/// A guidance section with its source in small print, as the rules pages show theirs.
pub fn guidance_section(section: &GuidanceSection) -> Html {
    html! {
        <>
            <h2 class="govuk-heading-m">{ section.heading }</h2>
            { for section.paragraphs.iter().map(|p| html! { <p class="govuk-body">{ *p }</p> }) }
            <p class="govuk-body-s">{ "Source: " }{ section.source }</p>
        </>
    }
}

pub fn information_sharing() -> Html {
    html! {
        <>
            <Link<Route> to={Route::Practitioner} classes="govuk-back-link">{ "Back to practitioner tools" }</Link<Route>>
            <h1 class="govuk-heading-xl">{ "Sharing information to safeguard a child" }</h1>
            { for CASEWORK.information_sharing.iter().map(guidance_section) }
        </>
    }
}
