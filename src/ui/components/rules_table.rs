use yew::prelude::*;

/// One published rule, in words.
#[derive(Clone, PartialEq)]
pub struct RuleView {
    pub when: &'static str,
    /// The outcome's title, or `None` for a rule that changes only the steps.
    pub outcome: Option<&'static str>,
    pub why: &'static str,
    pub source: &'static str,
}

/// A rules table as a numbered list of summary lists, which stack on a narrow phone where a
/// four-column table would not fit. `id` prefixes the rules' ids, unique on the page.
pub fn rules_table(id: &'static str, rules: &[RuleView]) -> Html {
    html! {
        <ol class="govuk-list hearth-rules" {id}>
            { for rules.iter().enumerate().map(|(n, rule)| html! {
                <li class="hearth-rules__rule" id={format!("{id}-{}", n + 1)}>
                    <h3 class="govuk-heading-s">{ format!("Rule {}", n + 1) }</h3>
                    <dl class="govuk-summary-list">
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{ "When" }</dt>
                            <dd class="govuk-summary-list__value">{ rule.when }</dd>
                        </div>
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{ "Then" }</dt>
                            <dd class="govuk-summary-list__value hearth-rules__outcome">
                                { match rule.outcome {
                                    Some(title) => format!("Outcome: {title}"),
                                    None => "The outcome stays; the next steps or the risks named change".to_owned(),
                                } }
                            </dd>
                        </div>
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{ "Why" }</dt>
                            <dd class="govuk-summary-list__value">{ rule.why }</dd>
                        </div>
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{ "Source" }</dt>
                            <dd class="govuk-summary-list__value">{ rule.source }</dd>
                        </div>
                    </dl>
                </li>
            }) }
        </ol>
    }
}
