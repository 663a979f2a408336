use yew::prelude::*;

use crate::content::Helpline;

#[derive(Properties, PartialEq)]
pub struct HelplineListProps {
    pub lines: Vec<&'static Helpline>,
}

#[component]
pub fn HelplineList(props: &HelplineListProps) -> Html {
    html! {
        <ul class="govuk-list hearth-helplines">
            { for props.lines.iter().map(|line| html! {
                <li class="hearth-helplines__item" id={line.id}>
                    <h3 class="govuk-heading-s hearth-helplines__name">{ line.name }</h3>
                    <p class="govuk-body hearth-helplines__number">
                        <a class="govuk-link" href={format!("tel:{}", line.tel)}>{ line.number }</a>
                        if let Some(hours) = line.hours {
                            <span class="hearth-helplines__hours">{ format!(" ({hours})") }</span>
                        }
                    </p>
                    <p class="govuk-body">{ line.purpose }</p>
                </li>
            }) }
        </ul>
    }
}
