use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP};
use crate::domain::scenario::picture::after;
use crate::domain::scenario::Side;
use crate::ui::components::agency_slide::AgencySlide;
use crate::ui::components::alone_table::AloneTable;
use crate::ui::components::conflict_panel::ConflictPanel;
use crate::ui::components::follow_on_phone::FollowOnPhone;
use crate::ui::components::learning_points::LearningPoints;
use crate::ui::components::scenario_intro::ScenarioIntro;
use crate::ui::components::scenario_timeline::ScenarioTimeline;
use crate::ui::components::sleep_panel::SleepPanel;
use crate::ui::keys::presenter::{command_for, Command};
use crate::ui::state::use_scenario;
use crate::ui::Route;

#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    pub scenario: AttrValue,
    pub slide: u32,
    pub swapped: bool,
}

/// The slides after the agencies' steps: each agency alone, the timeline, the learning points.
const CLOSING_SLIDES: u32 = 3;

#[derive(Clone, Copy, PartialEq)]
enum Slide {
    Start,
    Agency(usize),
    Alone,
    Timeline,
    Learning,
}

impl Slide {
    fn of(number: u32, steps: usize) -> Self {
        let steps = steps as u32;
        match number {
            0 => Self::Start,
            n if n <= steps => Self::Agency(n as usize),
            n if n == steps + 1 => Self::Alone,
            n if n == steps + 2 => Self::Timeline,
            _ => Self::Learning,
        }
    }

    fn progress(self, steps: usize) -> String {
        match self {
            Self::Start => "Introduction".to_owned(),
            Self::Agency(n) => format!("Step {n} of {steps}"),
            Self::Alone => "Putting it together".to_owned(),
            Self::Timeline => "Timeline".to_owned(),
            Self::Learning => "Learning points".to_owned(),
        }
    }
}

/// A scenario on the projector: one agency's information at a time, with both practitioner
/// outcomes beside it, driven from the keyboard or a presentation remote.
#[component]
pub fn Presenter(props: &PresenterProps) -> Html {
    let scenario = use_scenario(&props.scenario);
    let navigator = use_navigator();
    let large_code = use_state(|| false);
    // Shown on the page once the keys work, so tests (and anyone curious) can tell.
    let keys_ready = use_state(|| false);
    let steps = scenario.as_ref().map_or(0, |s| s.steps.len());
    let last = steps as u32 + CLOSING_SLIDES;
    let number = props.slide.min(last);
    let id = props.scenario.to_string();
    let swapped = props.swapped;

    // The slide on screen, updated as soon as a key is handled: keys pressed faster than the
    // page redraws still move one slide each.
    let current = use_mut_ref(|| (number, swapped));
    *current.borrow_mut() = (number, swapped);
    let run = {
        let (navigator, id, large_code, current) = (navigator.clone(), id.clone(), large_code.clone(), current.clone());
        Callback::from(move |command: Command| {
            let (number, swapped) = *current.borrow();
            let target = match command {
                Command::Next => ((number + 1).min(last), swapped),
                Command::Back => (number.saturating_sub(1), swapped),
                Command::First => (0, swapped),
                Command::Last => (last, swapped),
                Command::Swap => (number, !swapped),
                Command::PhoneCode => {
                    large_code.set(!*large_code);
                    return;
                }
            };
            if target != (number, swapped) {
                *current.borrow_mut() = target;
                if let Some(navigator) = &navigator {
                    navigator.push(&Route::presenting(&id, target.0, target.1));
                }
            }
        })
    };
    {
        let (run, keys_ready) = (run.clone(), keys_ready.setter());
        use_effect_with((id.clone(), last, *large_code), move |_| {
            keys_ready.set(true);
            let options = EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(&browser::document(), "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                let tag = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .map(|e| e.tag_name())
                    .unwrap_or_default();
                let modifiers = event.ctrl_key() || event.alt_key() || event.meta_key();
                if let Some(command) = command_for(&event.key(), modifiers, &tag) {
                    event.prevent_default();
                    run.emit(command);
                }
            });
            move || drop(listener)
        });
    }

    let slide = Slide::of(number, steps);
    let title = scenario.as_ref().map_or_else(
        || "This scenario is not on this device – Hearth".to_owned(),
        |scenario| {
            let name = match slide {
                Slide::Agency(step) => format!("{}: {}", slide.progress(steps), scenario.steps[step - 1].agency.name()),
                _ => slide.progress(steps),
            };
            let swap = if swapped { ", roles swapped" } else { "" };
            format!("{name}{swap} – {} – Hearth", scenario.title)
        },
    );
    use_effect_with(title, |title| browser::set_title(title));

    let Some(scenario) = scenario else {
        return html! {
            <>
                <h1 class="govuk-heading-xl">{ "This scenario is not on this device" }</h1>
                <p class="govuk-body">
                    { "It was loaded from a file on the trainer's computer, and files never leave the device they are opened on. \
                       Ask the trainer for the file, or choose a scenario that comes with Hearth." }
                </p>
                <p class="govuk-body"><Link<Route> to={Route::Trainer} classes="govuk-link">{ "Go to trainer mode" }</Link<Route>></p>
            </>
        };
    };
    let revealed = match slide {
        Slide::Start => 0,
        Slide::Agency(n) => n,
        _ => steps,
    };
    let headline = match after(&scenario, revealed, swapped) {
        Ok(picture) => picture.headline(&CONFLICT_OR_ABUSE, &SAFER_SLEEP),
        Err(problem) => {
            return html! {
                <>
                    <h1 class="govuk-heading-xl">{ "This scenario cannot be shown" }</h1>
                    <p class="govuk-body">{ format!("Hearth cannot hold its people as a family record: {problem}. Correct the file and load it again.") }</p>
                    <p class="govuk-body"><Link<Route> to={Route::Trainer} classes="govuk-link">{ "Go to trainer mode" }</Link<Route>></p>
                </>
            };
        }
    };
    // What the last step revealed changed; outcomes never depend on the swap, so the step
    // before is worked out unswapped.
    let before = matches!(slide, Slide::Agency(_))
        .then(|| after(&scenario, revealed - 1, false).ok().map(|p| p.headline(&CONFLICT_OR_ABUSE, &SAFER_SLEEP)))
        .flatten();
    let conflict_changed =
        before.as_ref().is_some_and(|b| (b.conflict, &b.directions) != (headline.conflict, &headline.directions));
    let sleep_changed = before.as_ref().is_some_and(|b| (b.sleep, &b.risks) != (headline.sleep, &headline.risks));
    let announcement = format!(
        "{}. Conflict or abuse: {}. Safer sleep: {}.",
        slide.progress(steps),
        CONFLICT_OR_ABUSE.outcome(headline.conflict).title,
        SAFER_SLEEP.outcome(headline.sleep).title
    );
    let button = |label: &'static str, key: &'static str, command: Command, disabled: bool| {
        let run = run.clone();
        html! {
            <button type="button" class="govuk-button govuk-button--secondary hearth-presenter__button" {disabled}
                onclick={Callback::from(move |_| run.emit(command))}>
                { label }<span class="hearth-key" aria-hidden="true">{ key }</span>
            </button>
        }
    };
    let route = Route::presenting(&id, number, swapped).to_path();
    let panels = matches!(slide, Slide::Start | Slide::Agency(_)).then(|| {
        html! {
            <aside class="hearth-presenter__outcomes" aria-label="Outcomes from what has been shared so far">
                <ConflictPanel scenario={scenario.clone()} {revealed} {swapped} changed={conflict_changed} />
                <SleepPanel scenario={scenario.clone()} {revealed} {swapped} changed={sleep_changed} />
                <p class="govuk-body-s"><Link<Route> to={Route::HowHearthDecides} classes="govuk-link">{ "How Hearth decides" }</Link<Route>></p>
                <FollowOnPhone route={route.clone()} large={*large_code} />
            </aside>
        }
    });
    html! {
        <div class="hearth-presenter" data-keys={if *keys_ready { "ready" } else { "starting" }}>
            <p class="hearth-presenter__progress">
                <span>{ &scenario.title }</span>
                <strong>{ slide.progress(steps) }</strong>
            </p>
            if swapped {
                <div class="hearth-swap-banner">
                    <p>
                        { format!(
                            "Roles swapped: {} is now the {} and {} the {}. The outcomes have not changed. Did your instinct?",
                            scenario.adult(Side::A).name, scenario.role(Side::A, true),
                            scenario.adult(Side::B).name, scenario.role(Side::B, true),
                        ) }
                    </p>
                </div>
            }
            <div class={classes!("hearth-presenter__grid", panels.is_none().then_some("hearth-presenter__grid--full"))}>
                <div class="hearth-presenter__slide">
                    { match slide {
                        Slide::Start => html! { <ScenarioIntro scenario={scenario.clone()} {swapped} /> },
                        Slide::Agency(step) => html! { <AgencySlide scenario={scenario.clone()} {step} {swapped} /> },
                        Slide::Alone => html! { <AloneTable scenario={scenario.clone()} /> },
                        Slide::Timeline => html! { <ScenarioTimeline scenario={scenario.clone()} {swapped} /> },
                        Slide::Learning => html! { <LearningPoints scenario={scenario.clone()} {swapped} /> },
                    } }
                </div>
                { panels.clone().unwrap_or_default() }
            </div>
            <div class="hearth-presenter__controls">
                { button("Previous", "←", Command::Back, number == 0) }
                { button("Next", "→", Command::Next, number == last) }
                { button(if swapped { "Swap the roles back" } else { "Swap the roles" }, "S", Command::Swap, false) }
                if panels.is_some() {
                    <span class="hearth-presenter__code-button">
                        { button(if *large_code { "Smaller phone code" } else { "Larger phone code" }, "Q", Command::PhoneCode, false) }
                    </span>
                }
            </div>
            <p class="govuk-body-s hearth-presenter__keys">
                <Link<Route> to={Route::Trainer} classes="govuk-link">{ "Leave the presentation" }</Link<Route>>
                <span class="hearth-presenter__key-help">
                    { ". Keys: → or Space for next, ← for back, Home for the start, End for the learning points, S to swap the roles, Q for the phone code." }
                </span>
            </p>
            <p class="govuk-visually-hidden" aria-live="polite">{ announcement }</p>
        </div>
    }
}
