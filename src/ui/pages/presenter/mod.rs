mod agency_slide;
mod alone_table;
mod cannot_be_shown;
mod conflict_panel;
mod follow_on_phone;
mod key_help;
mod keys;
mod learning_points;
mod not_on_this_device;
mod qr_code;
mod scenario_intro;
mod scenario_timeline;
mod sleep_panel;
mod slide;
mod slide_body;
mod slide_controls;
mod slide_outcomes;
mod swap_banner;

use yew::prelude::*;
use yew_router::Routable;

use crate::browser;
use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::scenario::picture::{after, Headline};
use crate::domain::scenario::Scenario;
use crate::ui::state::use_scenario;
use crate::ui::Route;
use cannot_be_shown::cannot_be_shown;
use key_help::key_help;
use keys::use_presenter_keys;
use not_on_this_device::not_on_this_device;
use slide::{Slide, CLOSING_SLIDES};
use slide_body::slide_body;
use slide_controls::slide_controls;
use slide_outcomes::slide_outcomes;
use swap_banner::swap_banner;

#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    pub scenario: AttrValue,
    pub slide: u32,
    pub swapped: bool,
}

/// A scenario on the projector: one agency's information at a time, with both practitioner
/// outcomes beside it, driven from the keyboard or a presentation remote.
#[component]
pub fn Presenter(props: &PresenterProps) -> Html {
    let scenario = use_scenario(&props.scenario);
    let steps = scenario.as_ref().map_or(0, |s| s.steps.len());
    let last = steps as u32 + CLOSING_SLIDES;
    let number = props.slide.min(last);
    let swapped = props.swapped;
    let keys = use_presenter_keys(&props.scenario, number, swapped, last);
    let slide = Slide::of(number, steps);
    use_effect_with(slide.title(scenario.as_deref(), steps, swapped), |title| browser::set_title(title));

    let Some(scenario) = scenario else {
        return not_on_this_device();
    };
    let revealed = slide.revealed(steps);
    let headline = match after(&scenario, revealed, swapped) {
        Ok(picture) => picture.headline(&CONFLICT_OR_ABUSE, &SAFER_SLEEP),
        Err(problem) => return cannot_be_shown(&problem),
    };
    let changed = changes(&scenario, slide, revealed, &headline);
    let outcomes = slide.shows_outcomes();
    let route = Route::presenting(&props.scenario, number, swapped).to_path();
    html! {
        <div class="hearth-presenter" data-keys={if keys.ready { "ready" } else { "starting" }}>
            <p class="hearth-presenter__progress">
                <span>{ &scenario.title }</span>
                <strong>{ slide.progress(steps) }</strong>
            </p>
            if swapped {
                { swap_banner(&scenario) }
            }
            <div class={classes!("hearth-presenter__grid", (!outcomes).then_some("hearth-presenter__grid--full"))}>
                <div class="hearth-presenter__slide">
                    { slide_body(&scenario, slide, swapped) }
                </div>
                if outcomes {
                    { slide_outcomes(&scenario, revealed, swapped, changed, &route, keys.large_code) }
                }
            </div>
            { slide_controls(number, last, swapped, outcomes, keys.large_code, &keys.run) }
            { key_help() }
            <p class="govuk-visually-hidden" aria-live="polite">{ announcement(slide, steps, &headline) }</p>
        </div>
    }
}

/// Whether the step on screen changed each outcome. Outcomes never depend on the swap, so the
/// step before is worked out unswapped.
fn changes(scenario: &Scenario, slide: Slide, revealed: usize, now: &Headline) -> (bool, bool) {
    let before = matches!(slide, Slide::Agency(_))
        .then(|| after(scenario, revealed - 1, false).ok().map(|p| p.headline(&CONFLICT_OR_ABUSE, &SAFER_SLEEP)))
        .flatten();
    let conflict = before.as_ref().is_some_and(|b| (b.conflict, &b.directions) != (now.conflict, &now.directions));
    let sleep = before.as_ref().is_some_and(|b| (b.sleep, &b.risks) != (now.sleep, &now.risks));
    (conflict, sleep)
}

/// What a screen reader says as each slide appears.
fn announcement(slide: Slide, steps: usize, headline: &Headline) -> String {
    format!(
        "{}. Conflict or abuse: {}. Safer sleep: {}.",
        slide.progress(steps),
        CONFLICT_OR_ABUSE.outcome(headline.conflict).title,
        SAFER_SLEEP.outcome(headline.sleep).title
    )
}
