use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::components::record_file::RecordFile;
use crate::ui::components::saved_records::SavedRecords;
use crate::ui::forms::{ErrorSummary, FieldError};
use crate::ui::Route;

/// Saving the record on this device and moving it as a file: kept off the hub, which a
/// practitioner passes through many times in a visit, since these are done once, at the start
/// or the end.
#[component]
pub fn RecordFiles() -> Html {
    // Both forms' errors, shown together in the summary at the top.
    let errors = use_state(Vec::<FieldError>::new);
    html! {
        <>
            <ErrorSummary errors={(*errors).clone()} />
            <Link<Route> to={Route::Practitioner} classes="govuk-back-link">{ "Back to practitioner tools" }</Link<Route>>
            <h1 class="govuk-heading-xl">{ "Save, open or move a record" }</h1>
            <p class="govuk-body">{ "Nothing is saved or moved unless you do it here." }</p>
            <RecordFile errors={errors.clone()} />
            <SavedRecords {errors} />
        </>
    }
}
