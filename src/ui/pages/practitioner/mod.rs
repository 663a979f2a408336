//! The practitioner's hub: the family record every question set uses and the question sets
//! first, then locking or clearing the record when not in use; saving and moving the record have
//! their own page.

mod add_adult;
mod add_child;
mod case_entry;
mod casework;
mod chronology;
mod entry_fields;
mod idle_setting;
mod information_sharing;
mod other_routes;
mod overdue;
mod people_list;
mod question_sets;
mod record_files;
mod visit_pin;

use yew::prelude::*;
use yew_router::prelude::*;

use self::add_adult::AddAdult;
use self::add_child::AddChild;
pub use self::case_entry::{CaseEntry, EntryKind};
pub use self::casework::casework;
pub use self::chronology::{chronology, chronology_lines};
use self::idle_setting::idle_setting;
pub use self::information_sharing::information_sharing;
pub use self::other_routes::other_routes;
pub use self::overdue::overdue_banner;
use self::people_list::{people_list, REMOVED_ID};
use self::question_sets::question_sets;
pub use self::record_files::RecordFiles;
use self::visit_pin::visit_pin;
use crate::browser;
use crate::domain::family_record::{FamilyRecord, Label, RecordError};
use crate::ui::forms::{ErrorSummary, FieldError};
use crate::ui::state::use_hearth;
use crate::ui::Route;

/// A label for someone new to the record: well formed, and no one else's already.
fn new_label(record: &FamilyRecord, text: &str) -> Result<Label, RecordError> {
    let label = Label::parse(text)?;
    record.check_label_free(&label)?;
    Ok(label)
}

fn field_error(field: &'static str, error: RecordError) -> FieldError {
    FieldError { field: field.into(), message: error.to_string() }
}

/// The guidance pages, near the end: read-only, for any practitioner, with or without a record.
fn guidance_links() -> Html {
    html! {
        <>
            <h2 class="govuk-heading-l">{ "Guidance" }</h2>
            <ul class="govuk-list">
                <li class="hearth-lone-link"><Link<Route> to={Route::InformationSharing} classes="govuk-link">{ Route::InformationSharing.title() }</Link<Route>></li>
                <li class="hearth-lone-link"><Link<Route> to={Route::OtherRoutes} classes="govuk-link">{ Route::OtherRoutes.title() }</Link<Route>></li>
            </ul>
        </>
    }
}

fn casework_link() -> Html {
    html! {
        <>
            <h2 class="govuk-heading-l">{ "Checks, sharing and referrals" }</h2>
            <p class="govuk-body">
                <Link<Route> to={Route::Casework} classes="govuk-link">{ "Checks, sharing, referrals and chronology" }</Link<Route>>
                { ": agency checks, information shared, referrals followed up, challenges, incidents, and one \
                   chronology of them all." }
            </p>
        </>
    }
}

fn record_files_link() -> Html {
    html! {
        <>
            <h2 class="govuk-heading-l">{ "Keep or move this record" }</h2>
            <p class="govuk-body">
                <Link<Route> to={Route::RecordFiles} classes="govuk-link">{ "Save, open or move a record" }</Link<Route>>
                { ": save it encrypted on this device, open one saved before, or move it to another device as a file." }
            </p>
        </>
    }
}

#[component]
pub fn Practitioner() -> Html {
    let state = use_hearth();
    // The forms' errors, shown together in the summary at the top.
    let errors = use_state(Vec::<FieldError>::new);
    // The PIN for the visit, typed twice: its form is a view of this page's.
    let (pin, pin_again) = (use_state(String::new), use_state(String::new));

    use_effect_with(state.removal.is_some(), |removed| {
        if *removed {
            browser::focus(REMOVED_ID);
        }
    });

    html! {
        <>
            <ErrorSummary errors={(*errors).clone()} />
            { overdue_banner(&state) }
            <h1 class="govuk-heading-xl">{ "Practitioner tools" }</h1>
            <p class="govuk-body-l">
                { "Start with the family record: the adults and children you are working with. Each question \
                   set uses the same record, so what one finds shows in the others." }
            </p>
            <div class="govuk-inset-text">
                { "Nothing here is saved. The record is held only in this browser tab and is cleared when you \
                   close it or reload (Hearth asks first), or use Exit this page. Real names are not needed: use \
                   initials or a role." }
            </div>

            <h2 class="govuk-heading-l">{ "Family record" }</h2>
            { people_list(&state) }
            <AddAdult errors={errors.clone()} />
            <AddChild errors={errors.clone()} />

            { question_sets(&state) }
            { casework_link() }
            { record_files_link() }

            <h2 class="govuk-heading-l">{ "When you step away" }</h2>
            { idle_setting(&state) }
            { visit_pin(&state, &pin, &pin_again, &errors) }

            { guidance_links() }
        </>
    }
}
