use yew::prelude::*;

use crate::content::Helpline;
use crate::domain::local_settings::LocalContact;

/// National help lines, each with its number to call, its hours and what it is for.
pub fn helpline_list<'a>(lines: impl IntoIterator<Item = &'a Helpline>) -> Html {
    list(lines.into_iter().map(|line| Line {
        id: line.id.to_owned(),
        name: line.name,
        number: line.number,
        tel: line.tel.to_owned(),
        hours: line.hours.unwrap_or_default(),
        purpose: line.purpose,
    }))
}

/// The partnership's own contacts, shown as the national lines are.
pub fn local_contact_list<'a>(contacts: impl IntoIterator<Item = &'a LocalContact>) -> Html {
    list(contacts.into_iter().map(|contact| Line {
        // Apart from the national lines' ids, which may be on the same page.
        id: format!("local-{}", contact.id),
        name: &contact.name,
        number: &contact.number,
        tel: contact.tel(),
        hours: &contact.hours,
        purpose: &contact.purpose,
    }))
}

struct Line<'a> {
    id: String,
    name: &'a str,
    number: &'a str,
    tel: String,
    hours: &'a str,
    purpose: &'a str,
}

fn list<'a>(lines: impl Iterator<Item = Line<'a>>) -> Html {
    html! {
        <ul class="govuk-list hearth-helplines">
            { for lines.map(line) }
        </ul>
    }
}

fn line(line: Line) -> Html {
    html! {
        <li class="hearth-helplines__item" id={line.id}>
            <h3 class="govuk-heading-s hearth-helplines__name">{ line.name }</h3>
            <p class="govuk-body hearth-helplines__number">
                <a class="govuk-link" href={format!("tel:{}", line.tel)}>{ line.number }</a>
                if !line.hours.is_empty() {
                    <span class="hearth-helplines__hours">{ format!(" ({})", line.hours) }</span>
                }
            </p>
            <p class="govuk-body">{ line.purpose }</p>
        </li>
    }
}
