use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;

/// One rule that applied to these answers, as the published table numbers it.
#[derive(Clone, PartialEq)]
pub struct AppliedRule {
    pub number: usize,
    pub when: &'static str,
    /// Whether the rule sets the outcome (otherwise it changes the next steps or the risks named).
    pub sets_outcome: bool,
}

/// "Why this outcome": the rules that applied, numbered as on the How Hearth decides page. `set`
/// is the name of the question set's section there.
pub fn rules_applied(set: &str, rules: &[AppliedRule]) -> Html {
    html! {
        <>
            <h2 class="govuk-heading-m">{ "Why this outcome" }</h2>
            <ul class="govuk-list govuk-list--bullet hearth-rules-applied">
                { for rules.iter().map(|rule| html! {
                    <li>
                        <strong>{ format!("Rule {}", rule.number) }</strong>
                        { if rule.sets_outcome { " (sets the outcome): " } else { " (changes the next steps): " } }
                        { rule.when }
                    </li>
                }) }
            </ul>
            <p class="govuk-body">
                <Link<Route> to={Route::HowHearthDecides} classes="govuk-link">{ "How Hearth decides: every rule, in plain words" }</Link<Route>>
                { format!(" (the rules are under \"{set}\")") }
            </p>
        </>
    }
}
