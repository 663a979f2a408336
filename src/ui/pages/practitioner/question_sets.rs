use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::components::task_list_item::{task_list_item, task_status};
use crate::ui::state::HearthContext;
use crate::ui::Route;

/// The two question sets as a task list, each with what it needs from the family record first.
pub fn question_sets(state: &HearthContext) -> Html {
    let record = &state.record;
    let no_adults = (record.adults().len() < 2).then_some("Add two adults first");
    let no_baby = (!record.children().iter().any(|c| c.age.years() == 0)).then_some("Add a baby first");
    html! {
        <>
            <h2 class="govuk-heading-l">{ "Question sets" }</h2>
            <p class="govuk-body">
                { "Both sets use this family record. " }
                <Link<Route> to={Route::RecordSummary} classes="govuk-link">{ "See the combined family summary" }</Link<Route>>
            </p>
            <ul class="govuk-task-list">
                { task_list_item(
                    "conflict",
                    "Parental conflict or domestic abuse?",
                    &Route::Conflict.href(),
                    Some("Asked of each adult separately, with what other agencies know"),
                    task_status(no_adults, state.conflict.adults(record).is_some()),
                ) }
                { task_list_item(
                    "sleep",
                    "Safer sleep: prevent and protect",
                    &Route::SaferSleep.href(),
                    Some("For any family with a baby under 12 months"),
                    task_status(no_baby, state.sleep.baby(record).is_some()),
                ) }
            </ul>
        </>
    }
}
