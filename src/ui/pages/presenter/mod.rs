mod agency_slide;
mod alone_table;
mod cannot_be_shown;
mod conflict_panel;
mod discussion_slide;
mod follow_on_phone;
mod keys;
mod learning_point;
mod not_on_this_device;
mod outcome_panel;
mod qr_code;
mod scenario_intro;
mod scenario_timeline;
mod sleep_panel;
mod slide;
mod slide_body;
mod slide_controls;
mod slide_outcomes;
mod swap_question;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::scenario::picture::{after, Headline};
use crate::domain::scenario::Scenario;
use crate::ui::state::use_scenario;
use crate::ui::Route;
use cannot_be_shown::cannot_be_shown;
use follow_on_phone::follow_on_phone;
use keys::use_presenter_keys;
use not_on_this_device::not_on_this_device;
use qr_code::qr_path;
use slide::{deck, Slide};
use slide_body::slide_body;
use slide_controls::slide_controls;
use slide_outcomes::slide_outcomes;

#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    pub scenario: AttrValue,
    pub slide: u32,
    pub swapped: bool,
}

/// A scenario on the projector: one agency's information at a time, with both practitioner
/// outcomes beside it, driven from the keyboard or a presentation remote. On a wide screen each
/// slide fills the screen, its type sized to it, and nothing on it is meant only for the trainer
/// (the trainer's notes are on the trainer mode page).
#[component]
pub fn Presenter(props: &PresenterProps) -> Html {
    let scenario = use_scenario(&props.scenario);
    let slides = scenario.as_deref().map(deck).unwrap_or_default();
    let last = slides.len().saturating_sub(1) as u32;
    let number = props.slide.min(last);
    let swapped = props.swapped;
    let keys = use_presenter_keys(&props.scenario, number, swapped, last);
    let route = Route::presenting(&props.scenario, number, swapped).to_path();
    // The phone code is drawn once for each address, and only while it is on screen.
    let address = keys.large_code.then(|| browser::address_for(&route).0);
    let drawn = use_memo(address.clone(), |address| address.as_deref().and_then(qr_path));
    let title = scenario.as_deref().map_or_else(
        || "This scenario is not on this device – Hearth".to_owned(),
        |scenario| slides[number as usize].title(scenario, swapped),
    );
    // Every slide opens at its top, as a new page would.
    use_effect_with(title, |title| {
        browser::set_title(title);
        browser::scroll_to_top();
    });

    let Some(scenario) = scenario else {
        return not_on_this_device();
    };
    let steps = scenario.steps.len();
    let slide = slides[number as usize];
    let revealed = slide.revealed(steps);
    let headline = match after(&scenario, revealed, swapped) {
        Ok(picture) => picture.headline(&CONFLICT_OR_ABUSE, &SAFER_SLEEP),
        Err(problem) => return cannot_be_shown(&problem),
    };
    let step = matches!(slide, Slide::Agency(_) | Slide::Discussion(_));
    html! {
        <div class="hearth-presenter" data-keys={if keys.ready { "ready" } else { "starting" }}>
            <div class="hearth-presenter__bar">
                <Link<Route> to={Route::Trainer} classes="govuk-link">{ "Stop presenting" }</Link<Route>>
                if swapped {
                    <strong class="hearth-presenter__swapped">{ "Roles swapped" }</strong>
                }
                <p class="hearth-presenter__progress">{ slide.progress(steps) }</p>
            </div>
            if let Some(address) = &address {
                { follow_on_phone(address, &drawn) }
            } else {
                <div key={number} class={classes!("hearth-presenter__slide", step.then_some("hearth-presenter__slide--step"))}>
                    <div class="hearth-presenter__body">{ slide_body(&scenario, slide, swapped) }</div>
                    if step {
                        { slide_outcomes(&scenario, revealed, swapped, changes(&scenario, revealed, &headline)) }
                    }
                </div>
            }
            { slide_controls(number, last, swapped, keys.large_code, &keys.run) }
            <p class="govuk-visually-hidden" aria-live="polite">{ announcement(slide, steps, &headline) }</p>
        </div>
    }
}

/// Whether the step on screen changed each outcome. Outcomes never depend on the swap, so the
/// step before is worked out unswapped.
fn changes(scenario: &Scenario, revealed: usize, now: &Headline) -> (bool, bool) {
    let before = after(scenario, revealed - 1, false).ok().map(|p| p.headline(&CONFLICT_OR_ABUSE, &SAFER_SLEEP));
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
