use yew::prelude::*;

use crate::content::CASEWORK;
use crate::domain::answer::Answer;
use crate::domain::casework::CaseChange;
use crate::domain::conflict::summary::label_of;
use crate::domain::family_record::PersonId;
use crate::ui::callbacks::Sends;
use crate::ui::components::warning_text::warning_text;
use crate::ui::forms::{AnswerRadios, TextInput};
use crate::ui::state::HearthContext;

/// Never family members or children as interpreters: said where an interpreter is needed.
fn interpreter_reminder() -> Html {
    warning_text(CASEWORK.interpreter_reminder)
}

/// Whether each of `people` needs an interpreter, under the reminder.
pub fn interpreters(state: &HearthContext, people: &[PersonId]) -> Html {
    html! {
        <section class="hearth-subsection" aria-labelledby="interpreters">
            <h2 class="govuk-heading-m" id="interpreters">{ "Interpreters" }</h2>
            { for people.iter().map(|&person| interpreter(state, person)) }
        </section>
    }
}

/// Whether `person` needs an interpreter, and once Yes, in which language.
pub fn interpreter(state: &HearthContext, person: PersonId) -> Html {
    let label = label_of(&state.record, person);
    let current = state.casework.interpreters.get(&person).cloned().unwrap_or_default();
    let n = person.number();
    html! {
        <>
            <AnswerRadios id={format!("interpreter-{n}")} legend={format!("Does {label} need an interpreter?")}
                value={current.needed}
                onchange={state.sends(move |answer| CaseChange::InterpreterNeeded(person, Some(answer)))} />
            if current.needed == Some(Answer::Yes) {
                { interpreter_reminder() }
                <TextInput id={format!("language-{n}")} label={format!("Which language does {label} need?")}
                    value={current.language.clone()}
                    oninput={state.sends(move |text| CaseChange::Language(person, text))} />
            }
        </>
    }
}
