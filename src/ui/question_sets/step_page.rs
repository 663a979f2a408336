use yew::prelude::*;
use yew_router::prelude::*;

use super::steps::StepList;
use crate::ui::forms::{ErrorSummary, FieldError};
use crate::ui::state::HearthState;
use crate::ui::Route;

/// Everything the frame needs to know about one step of a set. A plain value rather than a
/// type parameter, so both sets share one frame component in the download.
#[derive(Clone, PartialEq)]
pub struct StepFrame {
    set: &'static str,
    title: &'static str,
    position: Option<(usize, usize)>,
    back: Route,
    /// Continue's destination, on the pages that ask questions.
    next: Option<Option<Route>>,
    overview: Route,
    choose_first: (&'static str, &'static str),
    /// Whether the people the set is about have been chosen.
    ready: bool,
}

impl StepFrame {
    pub fn of<S: StepList>(step: S, state: &HearthState) -> Self {
        Self {
            set: S::SET_NAME,
            title: step.title(),
            position: step.position(),
            back: step.back(),
            next: S::SECTIONS.contains(&step).then(|| step.next().map(S::route)),
            overview: S::OVERVIEW,
            choose_first: S::CHOOSE_FIRST,
            ready: S::ready(state),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct StepPageProps {
    pub frame: StepFrame,
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
/// question pages, Continue and the way back to all sections. Answers are already kept, so
/// Continue is a link.
#[component]
pub fn StepPage(props: &StepPageProps) -> Html {
    let frame = &props.frame;
    let ready = frame.ready;
    let heading = props.heading.clone().filter(|_| ready).unwrap_or_else(|| frame.title.into());
    let (choose_first, choose) = frame.choose_first;
    html! {
        <>
            <ErrorSummary errors={props.errors.clone()} />
            <Link<Route> to={frame.back.clone()} classes="govuk-back-link">{ "Back" }</Link<Route>>
            <span class="govuk-caption-l">
                { frame.set }
                if let Some((n, of)) = frame.position {
                    { format!(" – step {n} of {of}") }
                }
            </span>
            <h1 class="govuk-heading-l">{ heading }</h1>
            if !ready {
                <p class="govuk-body">{ choose_first }</p>
                <Link<Route> to={frame.overview.clone()} classes="govuk-button">{ choose }</Link<Route>>
            } else {
                { props.children.clone() }
                if let Some(next) = &frame.next {
                    <div class="govuk-button-group">
                        if let Some(next) = next {
                            <Link<Route> to={next.clone()} classes="govuk-button">{ "Continue" }</Link<Route>>
                        }
                        <Link<Route> to={frame.overview.clone()} classes="govuk-link">{ "Back to all sections" }</Link<Route>>
                    </div>
                }
            }
        </>
    }
}
