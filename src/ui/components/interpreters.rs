use yew::prelude::*;

use crate::content::CASEWORK;
use crate::domain::answer::Answer;
use crate::domain::casework::CaseChange;
use crate::domain::conflict::summary::label_of;
use crate::domain::family_record::PersonId;
use crate::ui::callbacks::Sends;
use crate::ui::components::warning_text::warning_text;
use crate::ui::forms::{answer_items, Choices, Radios, TextInput};
use crate::ui::state::HearthContext;

/// Whether each of `people` needs an interpreter, and in which language, under the reminder
/// never to ask through family or children. The same on every page that asks it.
pub fn interpreters(state: &HearthContext, people: &[PersonId]) -> Html {
    html! {
        <section class="hearth-subsection" aria-labelledby="interpreters">
            <h2 class="govuk-heading-m" id="interpreters">{ "Interpreters" }</h2>
            { warning_text(CASEWORK.interpreter_reminder) }
            { for people.iter().map(|&person| {
                let label = label_of(&state.record, person);
                let current = state.casework.interpreters.get(&person).cloned().unwrap_or_default();
                let n = person.number();
                let on_language = state.sends(move |text| CaseChange::Language(person, text));
                let mut items = answer_items();
                let yes = items.remove(0).conditional(html! {
                    <TextInput id={format!("language-{n}")} label="Which language?"
                        value={current.language.clone()} oninput={on_language} />
                });
                items.insert(0, yes);
                let onchange = state.sends(move |answer: Answer| CaseChange::InterpreterNeeded(person, Some(answer)));
                html! {
                    <Radios id={format!("interpreter-{n}")} legend={format!("Does {label} need an interpreter?")}
                        choices={Choices::one_of(items, current.needed.as_ref(), onchange)} small=true
                        form_group_classes="hearth-question" />
                }
            }) }
        </section>
    }
}
