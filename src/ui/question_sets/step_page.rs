use yew::prelude::*;
use yew_router::prelude::*;

use super::steps::StepList;
use crate::ui::components::step_footer::StepFooter;
use crate::ui::components::step_header::StepHeader;
use crate::ui::forms::{ErrorSummary, FieldError};
use crate::ui::state::use_hearth;

#[derive(Properties, PartialEq)]
pub struct StepPageProps<S: StepList> {
    pub step: S,
    /// The heading when it says more than the step's title, such as whom the questions are about.
    #[prop_or_default]
    pub heading: Option<AttrValue>,
    /// Problems with what was entered on this page, summarised at the top.
    #[prop_or_default]
    pub errors: Vec<FieldError>,
    /// The page's own content, shown only once the set knows whom it is about.
    pub children: Html,
}

/// The frame of every page of a question set: Back, the set's name and position, the heading;
/// until the people it is about are chosen, a pointer to choose them instead of the content; on
/// question pages, Continue and the way back to all sections.
#[component]
pub fn StepPage<S: StepList>(props: &StepPageProps<S>) -> Html {
    let state = use_hearth();
    let step = props.step;
    let ready = S::ready(&state);
    let heading = props.heading.clone().filter(|_| ready).unwrap_or_else(|| step.title().into());
    let (choose_first, choose) = S::CHOOSE_FIRST;
    html! {
        <>
            <ErrorSummary errors={props.errors.clone()} />
            <StepHeader set={S::SET_NAME} position={step.position()} back={step.back()} {heading} />
            if !ready {
                <p class="govuk-body">{ choose_first }</p>
                <Link<crate::ui::Route> to={S::OVERVIEW} classes="govuk-button">{ choose }</Link<crate::ui::Route>>
            } else {
                { props.children.clone() }
                if S::SECTIONS.contains(&step) {
                    <StepFooter next={step.next().map(S::route)} overview={S::OVERVIEW} />
                }
            }
        </>
    }
}
