use yew::prelude::*;

use crate::content::{CONFLICT_OR_ABUSE as CONFLICT, SAFER_SLEEP as SLEEP};
use crate::domain::conflict::question::{Question, Signal};
use crate::domain::conflict::summary::general_question_text;
use crate::domain::rules::RuleRow;
use crate::domain::sleep::question::{Part, PlaceSafety};
use crate::ui::components::rules_table::{rules_table, RuleView};
use crate::ui::question_sets::conflict::CONFLICT_SET_NAME;
use crate::ui::question_sets::safer_sleep::SLEEP_SET_NAME;

fn question_list(id: &'static str, keep: impl Fn(&Question) -> bool) -> Html {
    html! {
        <ul class="govuk-list govuk-list--bullet" {id}>
            { for CONFLICT.questions.iter().filter(|q| keep(q)).map(|q| html! { <li>{ general_question_text(q) }</li> }) }
        </ul>
    }
}

/// A question set's rules table as the page shows it, each outcome by its title.
fn views<R, O: Copy>(rows: &'static [RuleRow<R, O>], title: impl Fn(O) -> &'static str) -> Vec<RuleView> {
    rows.iter()
        .map(|row| RuleView { when: row.when, outcome: row.outcome.map(&title), why: row.why, source: row.source })
        .collect()
}

pub fn how_hearth_decides() -> Html {
    let conflict_rules = views(CONFLICT.rules, |kind| CONFLICT.outcome(kind).title);
    let sleep_rules = views(SLEEP.rules, |outcome| SLEEP.outcome(outcome).title);
    let places = |safety: PlaceSafety| -> Html {
        html! {
            { for SLEEP.places.iter().filter(|p| p.safety == safety).map(|p| html! { <li>{ p.label }</li> }) }
        }
    };
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "How Hearth decides" }</h1>
            <p class="govuk-body-l">
                { "Every outcome in Hearth comes from the rules on this page, applied to the answers you give. \
                   Nothing else is used." }
            </p>
            <p class="govuk-body">
                { "The rules structure professional judgement. They do not replace it, and they are not a risk \
                   assessment. Where your judgement differs, record it with your reason: the summary shows both. \
                   \"Not known\" is never treated as \"No\", and the same answers give the same outcome whichever \
                   adult is the mother." }
            </p>

            <h2 class="govuk-heading-l" id="conflict-or-abuse">{ CONFLICT_SET_NAME }</h2>
            <p class="govuk-body">
                { "Hearth applies the rules in this order, and the first rule that holds sets the outcome shown. \
                   The last rules change the next steps, not the outcome. Each question between the adults is \
                   asked both ways: about what Adult A does to Adult B, and what Adult B does to Adult A." }
            </p>
            { rules_table("conflict-rule", &conflict_rules) }

            <h3 class="govuk-heading-m">{ "Which questions count" }</h3>
            <h4 class="govuk-heading-s">{ "High-risk markers" }</h4>
            { question_list("conflict-high-risk-markers", |q| q.signal == Signal::HighRisk) }
            <h4 class="govuk-heading-s">{ "Signs of abuse (a Yes to any one indicates abuse)" }</h4>
            { question_list("conflict-signs", |q| q.signal.indicates_abuse()) }
            <h4 class="govuk-heading-s">{ "Key questions (each must be answered No, both ways, before \"No indicators of abuse\")" }</h4>
            { question_list("conflict-key-questions", |q| q.critical) }
            <h4 class="govuk-heading-s">{ "Control, and physical or sexual violence (for the separation rule)" }</h4>
            { question_list("conflict-control-violence", |q| matches!(q.signal, Signal::Control | Signal::Violence)) }
            <h4 class="govuk-heading-s">{ "Repeated or worsening harm" }</h4>
            { question_list("conflict-pattern", |q| matches!(q.signal, Signal::Pattern | Signal::Escalation)) }
            <h4 class="govuk-heading-s">{ "Risks that add up" }</h4>
            { question_list("conflict-adds-up", |q| q.signal.adds_up()) }

            <h2 class="govuk-heading-l" id="safer-sleep">{ SLEEP_SET_NAME }</h2>
            <p class="govuk-body">
                { "Hearth applies these rules in this order, and the first rule that holds sets the outcome \
                   shown. Every family gets the prevent conversation, whatever the outcome." }
            </p>
            { rules_table("sleep-rule", &sleep_rules) }
            <h3 class="govuk-heading-m">{ "Where the baby sleeps" }</h3>
            <h4 class="govuk-heading-s">{ "Unsafe: the outcome is Protect" }</h4>
            <ul class="govuk-list govuk-list--bullet" id="sleep-unsafe-places">{ places(PlaceSafety::Unsafe) }</ul>
            <h4 class="govuk-heading-s">{ "To talk about, not a risk on its own" }</h4>
            <ul class="govuk-list govuk-list--bullet">{ places(PlaceSafety::Talk) }</ul>
            <h4 class="govuk-heading-s">{ "Safe" }</h4>
            <ul class="govuk-list govuk-list--bullet">{ places(PlaceSafety::Safe) }</ul>
            <h3 class="govuk-heading-m">{ "The risks asked about" }</h3>
            <ul class="govuk-list govuk-list--bullet" id="sleep-risks">
                { for SLEEP.questions.iter().filter(|q| q.risk.is_some() && q.part != Part::ComingUp).map(|q| html! {
                    <li>{ q.text.replace("{carer}", "a carer") }</li>
                }) }
            </ul>
            <h3 class="govuk-heading-m">{ "Situations coming up" }</h3>
            <ul class="govuk-list govuk-list--bullet" id="sleep-coming-up">
                { for SLEEP.in_part(Part::ComingUp).map(|q| html! { <li>{ q.text }</li> }) }
            </ul>
        </>
    }
}
