use yew::prelude::*;

use crate::domain::answer::Answer;

#[derive(Properties, PartialEq)]
pub struct AnswerRadiosProps {
    /// The id of the first radio and the base of the others; a link to this id reaches the field.
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: Option<Answer>,
    pub onchange: Callback<Answer>,
}

/// A Yes / No / Not known question as GOV.UK radios, inline and small so a long set stays
/// readable. Nothing is chosen until the practitioner chooses.
#[component]
pub fn AnswerRadios(props: &AnswerRadiosProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="govuk-form-group hearth-question">
            <fieldset class="govuk-fieldset" aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{ props.legend.clone() }</legend>
                if let Some(hint) = &props.hint {
                    <div id={hint_id} class="govuk-hint">{ hint.clone() }</div>
                }
                <div class="govuk-radios govuk-radios--small govuk-radios--inline">
                    { for Answer::ALL.iter().enumerate().map(|(n, answer)| {
                        let answer = *answer;
                        let id = if n == 0 { props.id.to_string() } else { format!("{}-{}", props.id, n + 1) };
                        let onchange = props.onchange.reform(move |_: Event| answer);
                        html! {
                            <div class="govuk-radios__item">
                                <input class="govuk-radios__input" id={id.clone()} name={props.id.clone()} type="radio"
                                    checked={props.value == Some(answer)} {onchange} />
                                <label class="govuk-label govuk-radios__label" for={id}>{ answer.label() }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}
