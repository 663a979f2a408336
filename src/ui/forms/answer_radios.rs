use yew::prelude::*;

use super::choice_group::{choice_group, ChoiceKind, ChoicesProps};
use super::item::{Choices, Item};
use super::Size;
use crate::domain::answer::Answer;

/// Yes, No and Not known, in that order, with GOV.UK's ids: `{id}`, `{id}-2`, `{id}-3`.
pub fn answer_items() -> Vec<Item<Answer>> {
    Answer::ALL.iter().map(|answer| Item::new(*answer, answer.label())).collect()
}

#[derive(Properties, PartialEq)]
pub struct AnswerRadiosProps {
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub value: Option<Answer>,
    pub onchange: Callback<Answer>,
}

/// A Yes / No / Not known question: inline and small so a long set stays readable, and nothing
/// chosen until the practitioner chooses. Drawn by index, without `Radios<Answer>`, so the most
/// used question costs no generic code.
#[component]
pub fn AnswerRadios(props: &AnswerRadiosProps) -> Html {
    let choices = Choices {
        items: answer_items().into_iter().map(Into::into).collect(),
        checked: Answer::ALL.map(|answer| props.value == Some(answer)).to_vec(),
        changed: props.onchange.reform(|(n, _): (usize, bool)| Answer::ALL[n]),
    };
    choice_group(
        ChoiceKind::Radio,
        &ChoicesProps {
            id: props.id.clone(),
            name: None,
            legend: Some(props.legend.clone()),
            legend_size: Size::S,
            hint: props.hint.clone(),
            error: props.error.clone(),
            choices,
            inline: true,
            small: true,
            classes: Classes::new(),
            form_group_classes: classes!("hearth-question"),
        },
    )
}
