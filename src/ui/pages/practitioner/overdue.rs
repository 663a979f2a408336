use yew::prelude::*;
use yew_router::prelude::*;

use super::EntryKind;
use crate::browser;
use crate::ui::state::HearthState;
use crate::ui::Route;

/// Referrals past their follow-up date with no answer that settles them, at the top of the
/// record; nothing when none is.
pub fn overdue_banner(state: &HearthState) -> Html {
    let overdue = state.casework.overdue(browser::today());
    if overdue.is_empty() {
        return html! {};
    }
    html! {
        <div class="govuk-notification-banner" role="region" aria-labelledby="overdue-title">
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="overdue-title">{ "Overdue follow-ups" }</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{ "A referral is not an end in itself: check what came of these." }</p>
                <ul class="govuk-list govuk-list--bullet">
                    { for overdue.into_iter().map(|(number, referral)| html! {
                        <li>
                            <Link<Route> to={Route::ChangeEntry { kind: EntryKind::Referral, number }} classes="govuk-notification-banner__link">
                                { format!("Referral to {}", referral.to_whom.trim()) }
                            </Link<Route>>
                            { format!(": follow-up was due {}.", referral.follow_up.map(|d| d.to_string()).unwrap_or_default()) }
                        </li>
                    }) }
                </ul>
            </div>
        </div>
    }
}
