use yew::prelude::*;

use crate::content::Helpline;

/// Help lines, each with its number to call, its hours and what it is for.
pub fn helpline_list<'a>(lines: impl IntoIterator<Item = &'a Helpline>) -> Html {
    html! {
        <ul class="govuk-list hearth-helplines">
            { for lines.into_iter().map(helpline) }
        </ul>
    }
}

fn helpline(line: &Helpline) -> Html {
    html! {
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
    }
}
