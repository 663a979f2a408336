use yew::prelude::*;

use crate::ui::state::{use_hearth, Action};

/// A tick that shows roles ("Adult 1", "Child 1") instead of the labels on this page, its
/// summary and its printout.
#[component]
pub fn WithoutNames() -> Html {
    let state = use_hearth();
    let onchange = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            state.dispatch(Action::WithoutNames(event.target_unchecked_into::<web_sys::HtmlInputElement>().checked()));
        })
    };
    html! {
        <div class="govuk-checkboxes govuk-checkboxes--small hearth-no-print" >
            <div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" type="checkbox" id="without-names" checked={state.without_names} {onchange}
                    aria-describedby="without-names-hint" />
                <label class="govuk-label govuk-checkboxes__label" for="without-names">{ "Show and print without names: Adult 1, Child 1 and so on" }</label>
                <div class="govuk-hint govuk-checkboxes__hint" id="without-names-hint">
                    { "Notes and reasons stay as you typed them: check them for names before you share." }
                </div>
            </div>
        </div>
    }
}
