use yew::prelude::*;

use crate::domain::guide::{TonightAnswer, TonightQuestion};
use crate::ui::callbacks::Sends;
use crate::ui::forms::{Choices, Item, Radios, Size};
use crate::ui::state::{use_hearth_dispatch, Action};

#[derive(Properties, PartialEq)]
pub struct TonightQuestionProps {
    pub question: &'static TonightQuestion,
    pub answer: Option<TonightAnswer>,
    /// The message when "Show my answer" was pressed with this question left blank.
    pub error: Option<AttrValue>,
}

/// One question of the tonight check. A component of its own, so an answer re-draws only its
/// question: on a slow phone the page answers a tap sooner.
#[component]
pub fn TonightQuestionRadios(props: &TonightQuestionProps) -> Html {
    let dispatch = use_hearth_dispatch();
    let question = props.question;
    let id = format!("tonight-{}", question.id);
    // Numbered from 1, the first included, as this page always has been.
    let items = TonightAnswer::ALL
        .iter()
        .enumerate()
        .map(|(n, answer)| Item::new(*answer, answer.label()).id(format!("{id}-{}", n + 1)))
        .collect::<Vec<_>>();
    let onchange = dispatch.sends(move |answer| Action::AnswerTonight { question: question.id, answer });
    html! {
        <Radios {id} legend={question.question} legend_size={Size::M} inline=true error={props.error.clone()}
            choices={Choices::one_of(items, props.answer.as_ref(), onchange)} />
    }
}
