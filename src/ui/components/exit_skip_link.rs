use yew::prelude::*;

use super::exit_this_page::exit_now;
use crate::content::local;
use crate::ui::state::HearthDispatch;

/// Exit this page again as a skip link straight after "Skip to main content", as in GOV.UK's
/// pattern, so that a keyboard user meets it at the second Tab stop, before the navigation.
pub fn exit_skip_link(dispatch: &HearthDispatch) -> Html {
    let onclick = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            exit_now(&dispatch);
        })
    };
    html! {
        <a href={local().exit_url.as_str()} rel="nofollow noreferrer" class="govuk-skip-link hearth-exit-skip-link" {onclick}>{ "Exit this page" }</a>
    }
}
