use yew::prelude::*;

use crate::browser;
use crate::domain::casework::{CaseChange, SetName};
use crate::ui::state::{use_hearth_dispatch, Action};

#[derive(Properties, PartialEq)]
pub struct OutcomeNotedProps {
    pub set: SetName,
    pub title: &'static str,
}

/// Notes a set's outcome in the chronology each time it is shown with a different title; the
/// domain keeps one entry for each change. Draws nothing.
#[component]
pub fn OutcomeNoted(props: &OutcomeNotedProps) -> Html {
    let dispatch = use_hearth_dispatch();
    use_effect_with((props.set, props.title), move |&(set, title)| {
        dispatch.dispatch(Action::Casework(CaseChange::OutcomeSeen { set, title, on: browser::today() }));
    });
    Html::default()
}
