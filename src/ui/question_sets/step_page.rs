use yew::prelude::*;
use yew_router::prelude::*;

use super::steps::{page_address, page_index, StepList};
use crate::ui::forms::{ErrorSummary, FieldError};
use crate::ui::state::HearthState;
use crate::ui::Route;

/// Everything the frame needs to know about one step of a set. A plain value rather than a
/// type parameter, so both sets share one frame in the download.
#[derive(Clone, PartialEq)]
pub struct StepFrame {
    set: &'static str,
    title: &'static str,
    position: Option<(usize, usize)>,
    /// "Page 2 of 6" within a section asked over several pages.
    page: Option<(usize, usize)>,
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
        Self::of_page(step, None, state)
    }

    /// The frame of `page` (a slug) of `step`: Back and Continue go page by page, from the last
    /// page of one section to the first of the next.
    pub fn of_page<S: StepList>(step: S, page: Option<&str>, state: &HearthState) -> Self {
        let pages = step.pages(state);
        let n = page_index(&pages, page);
        let last_page = |s: S| {
            let pages = s.pages(state);
            page_address(s, &pages, pages.len().saturating_sub(1))
        };
        let back = match n {
            0 => step.previous().map_or(S::OVERVIEW, last_page),
            n => page_address(step, &pages, n - 1),
        };
        let next = match n + 1 {
            next if next < pages.len() => Some(page_address(step, &pages, next)),
            _ => step.next().map(|s| page_address(s, &s.pages(state), 0)),
        };
        Self {
            set: S::SET_NAME,
            title: step.title(),
            position: step.position(),
            page: (pages.len() > 1).then_some((n + 1, pages.len())),
            back,
            next: S::SECTIONS.contains(&step).then_some(next),
            overview: S::OVERVIEW,
            choose_first: S::CHOOSE_FIRST,
            ready: S::ready(state),
        }
    }
}

/// What a step's page shows around its own content: the frame and, where a page has them, its
/// heading, errors and check before Continue.
pub struct StepPage {
    pub frame: StepFrame,
    /// The heading when it says more than the step's title, such as whom the questions are about.
    pub heading: Option<AttrValue>,
    /// The heading of this page of the section, shown with its position.
    pub page_heading: Option<AttrValue>,
    /// Problems with what was entered on this page, summarised at the top.
    pub errors: Vec<FieldError>,
    /// Runs when Continue, Back or Back to all sections is pressed, before it moves on; it may
    /// stop it (`prevent_default`) while a field on the page is not valid.
    pub on_leave: Option<Callback<MouseEvent>>,
}

impl From<StepFrame> for StepPage {
    fn from(frame: StepFrame) -> Self {
        Self { frame, heading: None, page_heading: None, errors: Vec::new(), on_leave: None }
    }
}

/// The frame of every page of a question set: Back, the set's name and position, the heading;
/// until the people it is about are chosen, a pointer to choose them instead of `children`, the
/// page's own content; on question pages, Continue and the way back to all sections. Answers are
/// already kept, so Continue is a link.
pub fn step_page(page: StepPage, children: Html) -> Html {
    let StepPage { frame, heading, page_heading, errors, on_leave } = page;
    let ready = frame.ready;
    let heading = heading.filter(|_| ready).unwrap_or_else(|| frame.title.into());
    let (choose_first, choose) = frame.choose_first;
    html! {
        <>
            <ErrorSummary {errors} />
            <a href={frame.back.href()} class="govuk-back-link" onclick={on_leave.clone()}>{ "Back" }</a>
            <span class="govuk-caption-l">
                { frame.set }
                if let Some((n, of)) = frame.position {
                    { format!(" – step {n} of {of}") }
                }
            </span>
            <h1 class="govuk-heading-l">{ heading }</h1>
            if let (Some(page_heading), Some((n, of)), true) = (page_heading, frame.page, ready) {
                <h2 class="govuk-heading-m hearth-page-heading">
                    <span class="govuk-caption-m">{ format!("Page {n} of {of}") }</span>
                    { " " }{ page_heading }
                </h2>
            }
            if !ready {
                <p class="govuk-body">{ choose_first }</p>
                <Link<Route> to={frame.overview} classes="govuk-button">{ choose }</Link<Route>>
            } else {
                { children }
                if let Some(next) = frame.next {
                    <div class="govuk-button-group">
                        if let Some(next) = next {
                            <a href={next.href()} class="govuk-button" onclick={on_leave.clone()}>{ "Continue" }</a>
                        }
                        <a href={frame.overview.href()} class="govuk-link" onclick={on_leave}>{ "Back to all sections" }</a>
                    </div>
                }
            }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::question_sets::conflict::ConflictStep;

    fn page(step: ConflictStep, page: &str) -> Route {
        Route::ConflictPage { step, page: page.to_owned() }
    }

    #[test]
    fn back_and_continue_go_page_by_page_across_sections() {
        let state = crate::ui::question_sets::conflict::tests::family();
        let frame = |step, slug| StepFrame::of_page(step, slug, &state);

        let safety = frame(ConflictStep::Safety, None);
        assert_eq!(
            (safety.back, safety.next, safety.page),
            (Route::Conflict, Some(Some(page(ConflictStep::FirstAdult, "fear"))), None)
        );

        let control = frame(ConflictStep::FirstAdult, Some("control"));
        assert_eq!(control.back, page(ConflictStep::FirstAdult, "fear"));
        assert_eq!(control.next, Some(Some(page(ConflictStep::FirstAdult, "harm"))));
        assert_eq!((control.position, control.page), (Some((2, 8)), Some((2, 7))));

        let care = frame(ConflictStep::FirstAdult, Some("care"));
        assert_eq!(care.next, Some(Some(page(ConflictStep::SecondAdult, "fear"))));
        let second = frame(ConflictStep::SecondAdult, None);
        assert_eq!((second.back, second.page), (page(ConflictStep::FirstAdult, "care"), Some((1, 7))));

        let agencies = frame(ConflictStep::Agencies, None);
        assert_eq!(agencies.back, page(ConflictStep::Children, "child-2"));
        assert_eq!(agencies.next, Some(Some(Route::ConflictStep { step: ConflictStep::CheckAnswers })));

        let gone = frame(ConflictStep::Children, Some("child-9"));
        assert_eq!(gone.page, Some((1, 2)), "an address no longer in the record shows the section's first page");
    }
}
