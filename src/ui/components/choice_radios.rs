use yew::prelude::*;

/// One choice: its id (stable, used in element ids) and its label.
pub type Choice = (&'static str, &'static str);

#[derive(Properties, PartialEq)]
pub struct ChoiceRadiosProps {
    /// The id of the first radio and the base of the others; a link to this id reaches the field.
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub choices: Vec<Choice>,
    /// The id of the chosen choice, if any.
    pub value: Option<&'static str>,
    pub onchange: Callback<&'static str>,
}

/// A question with its own list of answers, as stacked GOV.UK radios. Nothing is chosen until
/// the practitioner chooses.
#[component]
pub fn ChoiceRadios(props: &ChoiceRadiosProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="govuk-form-group hearth-question">
            <fieldset class="govuk-fieldset" aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{ props.legend.clone() }</legend>
                if let Some(hint) = &props.hint {
                    <div id={hint_id} class="govuk-hint">{ hint.clone() }</div>
                }
                <div class="govuk-radios govuk-radios--small">
                    { for props.choices.iter().enumerate().map(|(n, (choice, label))| {
                        let choice = *choice;
                        let id = if n == 0 { props.id.to_string() } else { format!("{}-{choice}", props.id) };
                        let onchange = props.onchange.reform(move |_: Event| choice);
                        html! {
                            <div class="govuk-radios__item">
                                <input class="govuk-radios__input" id={id.clone()} name={props.id.clone()} type="radio"
                                    value={choice} checked={props.value == Some(choice)} {onchange} />
                                <label class="govuk-label govuk-radios__label" for={id}>{ *label }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}
