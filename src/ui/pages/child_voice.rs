use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::CASEWORK;
use crate::domain::casework::{CaseChange, SeenAlone};
use crate::ui::callbacks::Sends;
use crate::ui::components::interpreters::interpreters;
use crate::ui::forms::{Choices, Item, Radios, Size, Textarea};
use crate::ui::pages::not_found;
use crate::ui::state::use_hearth;
use crate::ui::Route;

#[derive(Properties, PartialEq)]
pub struct ChildVoiceProps {
    /// Which child, counted from 1 in the family record: never their label, which is not for the address bar.
    pub n: usize,
}

/// One child's voice and day: seen alone or why not, their own words, a day in their life, and
/// whether they need an interpreter. Every child in the record has one, babies and siblings too.
#[component]
pub fn ChildVoice(props: &ChildVoiceProps) -> Html {
    let state = use_hearth();
    let Some(child) = props.n.checked_sub(1).and_then(|i| state.record.children().get(i)) else {
        return not_found();
    };
    let (person, label) = (child.id, child.label.to_string());
    let voice = state.casework.children.get(&person).cloned().unwrap_or_default();
    let on_why = state.sends(move |text| CaseChange::WhyNotAlone(person, text));
    let why = html! {
        <Textarea id="why-not-alone" label="Why not?" value={voice.why_not_alone.clone()} oninput={on_why} rows=3 />
    };
    let items: Vec<Item<SeenAlone>> = SeenAlone::ALL
        .into_iter()
        .map(|seen| {
            let item = Item::new(seen, seen.label());
            if seen == SeenAlone::Yes {
                item
            } else {
                item.conditional(why.clone())
            }
        })
        .collect();
    let on_seen = state.sends(move |seen| CaseChange::SeenAlone(person, Some(seen)));
    let before_words = child.age.before_words();
    let (intro, words_label, words_hint) = if before_words {
        (
            format!("{label}, {}. What you see of {label}, and what their day is like.", child.age),
            format!("What you saw of {label}"),
            "How they respond to you and to each carer, their cues, and how the carers respond to them",
        )
    } else {
        (
            format!(
                "{label}, {}. What {label} says and what their day is like, in their own words where you can.",
                child.age
            ),
            format!("In {label}'s own words"),
            "What they said, as they said it",
        )
    };
    html! {
        <>
            <Link<Route> to={Route::Practitioner} classes="govuk-back-link">{ "Back to practitioner tools" }</Link<Route>>
            <h1 class="govuk-heading-l">{ format!("{label}'s voice and day") }</h1>
            <p class="govuk-body">{ intro }</p>
            <Radios id="seen-alone" legend={format!("Was {label} seen alone?")} legend_size={Size::M}
                choices={Choices::one_of(items, voice.seen_alone.as_ref(), on_seen)} />
            <Textarea id="child-words" label={words_label} label_size={Size::M}
                hint={words_hint}
                value={voice.words.clone()} oninput={state.sends(move |text| CaseChange::ChildWords(person, text))} />
            <h2 class="govuk-heading-m">{ format!("A day in {label}'s life") }</h2>
            { for CASEWORK.day_prompts.iter().map(|prompt| {
                let id = prompt.id;
                html! {
                    <Textarea id={format!("day-{id}")} label={prompt.label}
                        hint={(!prompt.hint.is_empty()).then(|| AttrValue::from(prompt.hint))}
                        value={voice.day.get(id).cloned().unwrap_or_default()} rows=2
                        oninput={state.sends(move |text| CaseChange::Day(person, id, text))} />
                }
            }) }
            if !before_words {
                { interpreters(&state, &[person]) }
            }
            <Link<Route> to={Route::RecordSummary} classes="govuk-link">{ "See the family summary" }</Link<Route>>
        </>
    }
}
