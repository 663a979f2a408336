use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::{CONFLICT_OR_ABUSE, SAFER_SLEEP as SET};
use crate::domain::answer::Answer;
use crate::domain::conflict::question::Group;
use crate::domain::conflict::summary::label_of;
use crate::domain::sleep::assessment::SleepSubject;
use crate::domain::sleep::change::{PlanPart, SleepChange, VoiceQuestion};
use crate::domain::sleep::outcome::{answered_by_conflict_set, SleepTime};
use crate::domain::sleep::summary::sleep_question_text;
use crate::domain::words::capitalise;
use crate::ui::callbacks::{use_stable_callbacks, Sends, StableCallbacks};
use crate::ui::components::interpreters::interpreters;
use crate::ui::components::question_field::QuestionField;
use crate::ui::forms::{AnswerRadios, Checkboxes, Choices, DateInput, FieldError, Item, Radios, Size, TextInput};
use crate::ui::question_sets::safer_sleep::{SleepPage, SleepStep};
use crate::ui::question_sets::step_page::{step_page, StepFrame, StepPage};
use crate::ui::question_sets::steps::{page_index, page_slug_in, StepList};
use crate::ui::question_sets::AnswerSubject;
use crate::ui::state::{use_hearth, HearthContext};
use crate::ui::Route;

#[derive(Properties, PartialEq)]
pub struct SleepSectionProps {
    pub step: SleepStep,
}

#[component]
pub fn SleepSection(props: &SleepSectionProps) -> Html {
    let state = use_hearth();
    let on_answer = use_stable_callbacks();
    // Whether the page was left, or Continue pressed, with an age that is not one since the
    // last key: only then does the page say so.
    let tried = use_state(bool::default);
    let step = props.step;
    let slug = page_slug_in(use_route());
    let frame = StepFrame::of_page(step, slug.as_deref(), &state);
    if !SleepStep::ready(&state) {
        return step_page(frame.into(), Html::default());
    }
    let pages = step.sleep_pages(&state.record);
    let slugs: Vec<String> = pages.iter().map(|(slug, _)| slug.clone()).collect();
    let n = page_index(&slugs, slug.as_deref());
    let page = pages.get(n).map(|(_, page)| *page);
    let intro = match (step, n) {
        (SleepStep::Conversation, _) => {
            "Answer Yes for each part of safer sleep you have talked through with the family."
        }
        (SleepStep::Carers, 0) => {
            "Ask about each adult who cares for the baby, one at a time, and about one-off nights too."
        }
        (SleepStep::ComingUp, 0) => {
            "Deaths often happened when the usual routine was disrupted. Ask what is coming up in the next few weeks."
        }
        _ => "",
    };
    let asks_age = step == SleepStep::Baby && matches!(page, Some(SleepPage::Questions(..)));
    let age_problem = state.sleep.age_problem().filter(|_| asks_age);
    let age_error = age_problem.filter(|_| *tried).map(AttrValue::from);
    let errors: Vec<FieldError> =
        age_error.iter().map(|message| FieldError { field: AGE.into(), message: message.to_string() }).collect();
    // No way past an age that is not one: the page stays and says what to fix.
    let on_leave = age_problem.is_some().then(|| {
        let tried = tried.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            tried.set(true);
        })
    });
    let body = match (step, page) {
        (_, Some(SleepPage::Questions(subject, group))) => html! {
            <>
                if !intro.is_empty() {
                    <p class="govuk-body">{ intro }</p>
                }
                if asks_age {
                    { age(&state, &tried, age_error.clone()) }
                }
                { questions(&state, &on_answer, subject, group) }
            </>
        },
        (_, Some(SleepPage::Place(when))) => place(&state, when),
        (_, Some(SleepPage::Voices)) => voices(&state),
        (SleepStep::Plan, _) => plan(&state),
        (SleepStep::Sharing, _) => sharing(&state),
        _ => Html::default(),
    };
    let page_heading = page.map(|page| match page {
        SleepPage::Questions(SleepSubject::Carer(carer), group) => {
            format!("{}: {}", label_of(&state.record, carer), group.title)
        }
        SleepPage::Questions(_, group) => group.title.to_owned(),
        SleepPage::Place(when) => capitalise(when.words()),
        SleepPage::Voices => "Who took part".to_owned(),
    });
    step_page(StepPage { page_heading: page_heading.map(AttrValue::from), errors, on_leave, ..frame.into() }, body)
}

type AnswerCallbacks = StableCallbacks<(SleepSubject, &'static str), (Callback<Answer>, Callback<String>)>;

fn questions(state: &HearthContext, on_answer: &AnswerCallbacks, subject: SleepSubject, group: &Group) -> Html {
    // Once the conflict-or-abuse questions have an outcome, it answers the abuse question here.
    let conflict_found = state.conflict_routing().map(|r| r.outcome);
    html! {
        { for SET.in_group(group).map(|q| {
            if let Some(found) = conflict_found.filter(|_| answered_by_conflict_set(q, conflict_found)) {
                return html! {
                    <div class="govuk-inset-text hearth-conflict-found" id={subject.field_id(q.id)}>
                        { format!("Domestic abuse: the conflict-or-abuse questions on this record found \"{}\".", CONFLICT_OR_ABUSE.outcome(found).title) }
                    </div>
                };
            }
            let question = q.id;
            let (onanswer, onnote) = on_answer.get((subject, question), || (
                state.sends(move |answer| SleepChange::Answer { subject, question, answer }),
                state.sends(move |text| SleepChange::Note { subject, question, text }),
            ));
            html! {
                <QuestionField id={subject.field_id(q.id)} question={sleep_question_text(q, subject, &state.record)}
                    hint={q.hint} response={state.sleep.responses.get(subject, q.id).cloned().unwrap_or_default()} {onanswer} {onnote} />
            }
        }) }
    }
}

fn place(state: &HearthContext, when: SleepTime) -> Html {
    let (current, name, id) = match when {
        SleepTime::Day => (&state.sleep.by_day, "day", "sleeps-day"),
        SleepTime::Night => (&state.sleep.by_night, "night", "sleeps-night"),
    };
    let on_kind = {
        let dispatch = state.dispatcher();
        Callback::from(move |id: &'static str| {
            if let Some(place) = SET.place(id) {
                dispatch.dispatch(SleepChange::SleepPlace { when, place }.into());
            }
        })
    };
    let on_place = state.sends(move |text| SleepChange::DescribePlace { when, text });
    let on_seen = state.sends(move |answer| SleepChange::SeenPlace { when, answer });
    // The first radio takes the group's id, so a link to the question reaches it; the others
    // are named by their place.
    let places = SET
        .places
        .iter()
        .enumerate()
        .map(|(n, p)| {
            let item = Item::new(p.id, p.label);
            if n == 0 {
                item
            } else {
                item.id(format!("{id}-{}", p.id))
            }
        })
        .collect::<Vec<_>>();
    html! {
        <>
            <Radios id={id} legend={format!("Where does the baby sleep by {name}?")}
                hint="Ask to see it. Ask about every sleep, including naps, and where the baby ends up later in the night."
                choices={Choices::one_of(places, current.kind.map(|p| p.id).as_ref(), on_kind)} small=true
                form_group_classes={classes!("hearth-question")} />
            <TextInput id={format!("{id}-notes")} label={format!("Anything to add about where the baby sleeps by {name} (optional)")}
                hint="For example: Moses basket downstairs, pram, a travel cot at a relative's"
                value={current.place.clone()} oninput={on_place} />
            <AnswerRadios id={format!("{id}-seen")} legend={format!("Have you seen where the baby sleeps by {name}?")}
                value={current.seen} onchange={on_seen} />
        </>
    }
}

const AGE: &str = "baby-age";

fn age(state: &HearthContext, tried: &UseStateHandle<bool>, error: Option<AttrValue>) -> Html {
    let on_age = {
        let (state, tried) = (state.clone(), tried.clone());
        // No complaint while typing: the message comes back only when the page is left again.
        Callback::from(move |text: String| {
            tried.set(false);
            state.dispatch(SleepChange::BabyAge(text).into());
        })
    };
    html! {
        <TextInput id={AGE} label="Baby's age in weeks" hint="A whole number from 0 to 52"
            value={state.sleep.age_text()} {error} oninput={on_age} width="govuk-input--width-3" numeric=true />
    }
}

fn voices(state: &HearthContext) -> Html {
    html! {
        <>
            <p class="govuk-body">{ "Fathers and partners are often missed. Record who was there and whose view you heard." }</p>
            { interpreters(state, &state.record.adults().iter().map(|a| a.id).collect::<Vec<_>>()) }
            { for state.record.adults().iter().map(|adult| {
                let voice = state.sleep.voices.get(&adult.id).cloned().unwrap_or_default();
                let person = adult.id;
                let update = |question| state.sends(move |answer| SleepChange::Voice { person, question, answer });
                let n = adult.id.number();
                html! {
                    <>
                        <AnswerRadios id={format!("present-{n}")} legend={format!("Was {} present for this conversation?", adult.label)}
                            value={voice.present} onchange={update(VoiceQuestion::Present)} />
                        <AnswerRadios id={format!("heard-{n}")} legend={format!("Did you hear {}'s own view of how the baby sleeps?", adult.label)}
                            value={voice.heard} onchange={update(VoiceQuestion::Heard)} />
                    </>
                }
            }) }
        </>
    }
}

fn plan(state: &HearthContext) -> Html {
    let situations = state.sleep_routing().situations;
    if situations.is_empty() {
        return html! {
            <div class="govuk-inset-text">
                { "Nothing coming up is recorded. If something is coming up, such as visitors, a party or a stay away, add it under " }
                <Link<Route> to={Route::SleepStep { step: SleepStep::ComingUp }} classes="govuk-link">{ "Coming up" }</Link<Route>>{ "." }
            </div>
        };
    }
    html! {
        <>
            <p class="govuk-body">
                { "For each situation coming up, agree with the family where the baby will sleep and who is in charge: \
                   the adult who stays sober and does not share a bed or sofa with the baby." }
            </p>
            { for situations.into_iter().map(|situation| {
                let current = state.sleep.plans.get(situation.id).cloned().unwrap_or_default();
                let field = |label: &'static str, hint: &'static str, suffix: &str, value: String, part: PlanPart| {
                    let situation = situation.id;
                    let oninput = state.sends(move |text| SleepChange::Plan { situation, part, text });
                    html! { <TextInput id={format!("plan-{}-{suffix}", situation)} {label} {hint} {value} {oninput} /> }
                };
                html! {
                    <section class="hearth-subsection" aria-labelledby={format!("plan-{}", situation.id)}>
                        <h2 class="govuk-heading-m" id={format!("plan-{}", situation.id)}>{ situation.plan_label.unwrap_or(situation.text) }</h2>
                        { field("Where will the baby sleep?", "For example: their own travel cot in the room where a sober adult sleeps", "where",
                            current.where_baby_sleeps.clone(), PlanPart::WhereBabySleeps) }
                        { field("Who is in charge: the adult who stays sober?", "Use the label from the family record, or describe them", "who",
                            current.who_is_in_charge.clone(), PlanPart::WhoIsInCharge) }
                        { field("What is needed?", "For example: a travel cot, a Moses basket, a sleep bag", "needed",
                            current.needed.clone(), PlanPart::Needed) }
                    </section>
                }
            }) }
            <p class="govuk-body hearth-lone-link">
                <Link<Route> to={Route::PlanHandout} classes="govuk-link">{ "See the family's copy of the plan, ready to print" }</Link<Route>>
            </p>
        </>
    }
}

fn sharing(state: &HearthContext) -> Html {
    let contacts = SET
        .contacts
        .iter()
        .map(|contact| {
            Item::new(contact.id, format!("Shared with {}", contact.name)).id(format!("shared-{}", contact.id))
        })
        .collect::<Vec<_>>();
    html! {
        <>
            <Checkboxes id="shared" legend="Who else should know?" legend_size={Size::M}
                hint="Tick each one you have shared the plan or your concerns with." small=true
                choices={Choices::any_of(contacts, &state.sleep.shared.iter().copied().collect::<Vec<_>>(),
                    state.sends(|(contact, shared)| SleepChange::Shared { contact, shared }))} />
            <DateInput id="review-date" label="Review by" label_size={Size::M}
                hint="Review at the next contact, and sooner if circumstances change."
                value={state.sleep.review} onchange={state.sends(SleepChange::Review)} />
        </>
    }
}
