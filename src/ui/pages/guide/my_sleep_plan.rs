use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::browser::storage;
use crate::content::GUIDE;
use crate::domain::guide::plan_text;
use crate::ui::callbacks::Sends;
use crate::ui::components::print_button::print_button;
use crate::ui::components::warning_text::warning_text;
use crate::ui::forms::{Checkboxes, Choices, Item, Size, TextInput};
use crate::ui::state::{use_hearth, Action};
use crate::ui::Route;

fn known_situations() -> Vec<&'static str> {
    GUIDE.situations.iter().map(|s| s.id).collect()
}

/// The family's own plan for times when things are different. It lives in memory; it is kept on
/// the phone only when they press the button that says so, told first that it is kept unlocked.
/// Sealing it with a passphrase would protect it, but a forgotten passphrase would lose the plan.
#[component]
pub fn MySleepPlan() -> Html {
    let state = use_hearth();
    let message = use_state(|| Option::<(bool, String)>::None);
    let kept = use_state(|| storage::kept_guide_plan(&known_situations()));
    let words = &GUIDE.words;

    let save_file = {
        let (state, message) = (state.clone(), message.clone());
        Callback::from(move |_| {
            let text = plan_text(&GUIDE, &state.guide_plan, &browser::today().to_string());
            message.set(Some(match browser::save_file("sleep-plan.txt", &text) {
                Ok(()) => (true, "Your plan file is ready: look in your downloads.".to_owned()),
                Err(_) => {
                    (false, "The file could not be made on this phone. You can print your plan instead.".to_owned())
                }
            }));
        })
    };
    let keep = {
        let (state, message, kept) = (state.clone(), message.clone(), kept.clone());
        Callback::from(move |_| {
            message.set(Some(match storage::keep_guide_plan(&state.guide_plan) {
                Ok(()) => {
                    kept.set(Some(state.guide_plan.clone()));
                    (
                        true,
                        "Your plan is kept on this phone. It will be here next time you open Hearth on this phone."
                            .to_owned(),
                    )
                }
                Err(problem) => (false, problem.to_owned()),
            }));
        })
    };
    let forget = {
        let (message, kept) = (message.clone(), kept.clone());
        Callback::from(move |_| {
            message.set(Some(match storage::forget_guide_plan() {
                Ok(()) => {
                    kept.set(None);
                    (true, "Your plan has been removed from this phone.".to_owned())
                }
                Err(problem) => (false, problem.to_owned()),
            }));
        })
    };
    let open_kept = {
        let (state, kept) = (state.clone(), kept.clone());
        Callback::from(move |_| {
            if let Some(plan) = (*kept).clone() {
                state.dispatch(Action::OpenGuidePlan(plan));
            }
        })
    };

    // Each situation chosen shows where the baby will sleep and who is in charge, under its box.
    let situations = GUIDE
        .situations
        .iter()
        .map(|situation| {
            let id = format!("plan-{}", situation.id);
            let item = Item::new(situation.id, situation.name).id(id.clone());
            let Some(entry) = state.guide_plan.get(situation.id) else { return item };
            let who = situation.who_question(words);
            let situation = situation.id;
            let field = |suffix: &str, label: &'static str, value: &str, change: fn(&'static str, String) -> Action| {
                let oninput = state.sends(move |text| change(situation, text));
                html! { <TextInput id={format!("{id}-{suffix}")} {label} value={value.to_owned()} {oninput} /> }
            };
            item.conditional(html! {
                <>
                    { field("where", words.plan_where, &entry.where_baby_sleeps, |situation, text| Action::PlanWhere { situation, text }) }
                    { field("who", who, &entry.who_is_in_charge, |situation, text| Action::PlanWho { situation, text }) }
                </>
            })
        })
        .collect::<Vec<_>>();

    html! {
        <div class="hearth-family">
            <Link<Route> to={Route::Guide} classes="govuk-back-link">{ "Back" }</Link<Route>>
            <h1 class="govuk-heading-xl">{ "My sleep plan" }</h1>
            <p class="govuk-body-l">{ words.plan_intro }</p>
            if kept.is_some() && state.guide_plan.is_empty() {
                <div class="govuk-inset-text">
                    <p class="govuk-body">{ "You kept a plan on this phone." }</p>
                    <button type="button" class="govuk-button govuk-button--secondary" onclick={open_kept}>{ "Open my kept plan" }</button>
                </div>
            }
            <Checkboxes id="plan" legend={words.plan_pick} legend_size={Size::M}
                choices={Choices::any_of(situations, &state.guide_plan.keys().copied().collect::<Vec<_>>(),
                    state.sends(|(situation, chosen)| Action::PlanFor { situation, chosen }))} />

            <h2 class="govuk-heading-m">{ "Keep your plan" }</h2>
            <p class="govuk-body">{ words.plan_keep }</p>
            { warning_text(words.plan_keep_warning) }
            if let Some((ok, text)) = &*message {
                <div class={classes!("hearth-message", (!ok).then_some("hearth-message--problem"))} role="status">
                    <p class="govuk-body govuk-!-margin-bottom-0">{ text.clone() }</p>
                </div>
            }
            <div class="hearth-family-actions">
                { print_button("Print my plan") }
                <button type="button" class="govuk-button govuk-button--secondary" onclick={save_file}>{ "Save my plan as a file" }</button>
                <button type="button" class="govuk-button govuk-button--secondary" onclick={keep}>{ "Keep my plan on this phone" }</button>
                if kept.is_some() {
                    <button type="button" class="govuk-button govuk-button--warning" onclick={forget}>{ "Remove my plan from this phone" }</button>
                }
            </div>
            <p class="govuk-body">{ GUIDE.words.call_999 }</p>
        </div>
    }
}
