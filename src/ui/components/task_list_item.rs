use yew::prelude::*;

/// One section in a GOV.UK task list, with its status: a GOV.UK tag, or plain text for
/// "Completed" and "Cannot start yet". `id` is unique on the page; it names the status element
/// the link is described by.
pub fn task_list_item(id: &str, name: &str, href: &str, hint: Option<&str>, status: Html) -> Html {
    let status_id = format!("{id}-status");
    html! {
        <li class="govuk-task-list__item govuk-task-list__item--with-link">
            <div class="govuk-task-list__name-and-hint">
                <a class="govuk-link govuk-task-list__link" href={href.to_owned()} aria-describedby={status_id.clone()}>{ name }</a>
                if let Some(hint) = hint {
                    <div class="govuk-task-list__hint">{ hint }</div>
                }
            </div>
            <div class="govuk-task-list__status" id={status_id}>{ status }</div>
        </li>
    }
}

/// A section's status from how much of it is done: a tag while work remains, plain words when it
/// is complete, and `when_empty` (status, reason) when the section has nothing to ask.
pub fn section_status(done: usize, total: usize, when_empty: (&'static str, &'static str)) -> (Html, Option<String>) {
    match (done, total) {
        (_, 0) => (html! { { when_empty.0 } }, Some(when_empty.1.to_owned())),
        (0, _) => (not_started(), None),
        (d, t) if d >= t => (html! { { "Completed" } }, Some(format!("{d} of {t} done"))),
        (d, t) => (in_progress(), Some(format!("{d} of {t} done"))),
    }
}

/// A task's status: what must happen before it can start, or whether it has started.
pub fn task_status(cannot_start_until: Option<&'static str>, started: bool) -> Html {
    match cannot_start_until {
        Some(first) => html! { { first } },
        None if started => in_progress(),
        None => not_started(),
    }
}

fn not_started() -> Html {
    html! { <strong class="govuk-tag govuk-tag--blue">{ "Not started" }</strong> }
}

fn in_progress() -> Html {
    html! { <strong class="govuk-tag govuk-tag--light-blue">{ "In progress" }</strong> }
}
