use yew::prelude::*;

use crate::content::CASEWORK;
use crate::domain::answer::answer_text;
use crate::domain::casework::CaseChange;
use crate::domain::conflict::summary::label_of;
use crate::domain::family_record::PersonId;
use crate::ui::callbacks::Sends;
use crate::ui::components::interpreters::interpreter;
use crate::ui::forms::{AnswerRadios, Textarea};
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::question_sets::steps::StepList;
use crate::ui::state::HearthContext;

/// One adult's own account: whether it was heard, their own words and whether they need an
/// interpreter. Whether they were spoken to alone is the safety check's, shown here to change
/// there. The outcome shows the two accounts side by side.
pub fn account(state: &HearthContext, person: PersonId) -> Html {
    let label = label_of(&state.record, person);
    let n = person.number();
    let current = state.casework.accounts.get(&person).cloned().unwrap_or_default();
    let check = state.conflict.safety.get(&person).cloned().unwrap_or_default();
    html! {
        <>
            <p class="govuk-body">{ format!("Hear {label} on their own, where it is safe to talk. Short notes in their words are enough.") }</p>
            <p class="govuk-body">
                { format!("Spoken to alone: {}. Safe to talk: {}. ", answer_text(check.alone), answer_text(check.safe_to_talk)) }
                <a class="govuk-link" href={ConflictStep::Safety.route().href_focusing(&format!("safety-alone-{n}"))}>
                    { "Change" }<span class="govuk-visually-hidden">{ format!(" the safety check for {label}") }</span>
                </a>
            </p>
            { interpreter(state, person) }
            <AnswerRadios id={format!("heard-account-{n}")} legend={format!("Was {label}'s own account heard?")}
                value={current.heard} onchange={state.sends(move |answer| CaseChange::Heard(person, Some(answer)))} />
            { for CASEWORK.account_prompts.iter().map(|prompt| {
                let id = prompt.id;
                html! {
                    <Textarea id={format!("account-{n}-{id}")} label={format!("{label}: {}", prompt.label)}
                        hint={(!prompt.hint.is_empty()).then(|| AttrValue::from(prompt.hint))}
                        value={current.words.get(id).cloned().unwrap_or_default()} rows=2
                        oninput={state.sends(move |text| CaseChange::AccountWords(person, id, text))} />
                }
            }) }
        </>
    }
}
