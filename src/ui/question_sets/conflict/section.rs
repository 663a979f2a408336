use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::CONFLICT_OR_ABUSE as SET;
use crate::domain::answer::Answer;
use crate::domain::conflict::assessment::{AgencyCheck, SafetyCheck, Subject};
use crate::domain::conflict::change::{ConflictChange, SafetyQuestion};
use crate::domain::conflict::question::Group;
use crate::domain::conflict::summary::{label_of, question_text, SAFETY_ALONE, SAFETY_CONTACT, SAFETY_NOW};
use crate::domain::family_record::PersonId;
use crate::ui::callbacks::Sends;
use crate::ui::callbacks::{use_stable_callbacks, StableCallbacks};
use crate::ui::components::question_field::QuestionField;
use crate::ui::components::warning_text::warning_text;
use crate::ui::forms::{AnswerRadios, Choices, Item, Radios, TextInput};
use crate::ui::question_sets::conflict::accounts::account;
use crate::ui::question_sets::conflict::ConflictStep;
use crate::ui::question_sets::step_page::{step_page, StepFrame, StepPage};
use crate::ui::question_sets::steps::StepList;
use crate::ui::question_sets::steps::{page_index, page_slug_in};
use crate::ui::question_sets::AnswerSubject;
use crate::ui::state::{use_hearth, HearthContext};
use crate::ui::Route;

#[derive(Properties, PartialEq)]
pub struct ConflictSectionProps {
    pub step: ConflictStep,
}

#[component]
pub fn ConflictSection(props: &ConflictSectionProps) -> Html {
    let state = use_hearth();
    let on_answer = use_stable_callbacks();
    let step = props.step;
    let slug = page_slug_in(use_route());
    let pages = step.question_pages(&state.record, &state.conflict);
    let slugs = step.pages(&state);
    let n = page_index(&slugs, slug.as_deref());
    let page = pages.get(n);
    let body = state.conflict.adults(&state.record).map(|(a, b)| match (step, page) {
        (ConflictStep::Safety, _) => safety(&state, a, b),
        (ConflictStep::Agencies, _) => agencies(&state),
        (ConflictStep::Accounts, _) => account(&state, if n == 0 { a } else { b }),
        (ConflictStep::Children, None) => no_children(),
        (_, None) => Html::default(),
        (_, Some(page)) => html! {
            <>
                if n == 0 {
                    { intro(&state, step, page.subject) }
                }
                if let Subject::Between { target, .. } = page.subject {
                    { not_safe_warning(&state, target) }
                }
                { question_fields(&state, &on_answer, page.subject, page.group) }
            </>
        },
    });
    let page_heading = page.map(|page| match page.subject {
        Subject::Child(child) => {
            let child = state.record.children().iter().find(|c| c.id == child);
            AttrValue::from(child.map(|c| format!("{}, {}", c.label, c.age)).unwrap_or_default())
        }
        _ => AttrValue::from(page.group.title),
    });
    let page_heading = match (step, state.conflict.adults(&state.record)) {
        (ConflictStep::Accounts, Some((a, b))) => {
            Some(AttrValue::from(format!("{}'s own account", label_of(&state.record, if n == 0 { a } else { b }))))
        }
        _ => page_heading,
    };
    let frame = StepFrame::of_page(step, slug.as_deref(), &state);
    let page = StepPage { heading: Some(step.heading(&state).into()), page_heading, ..frame.into() };
    step_page(page, body.unwrap_or_default())
}

type AnswerCallbacks = StableCallbacks<(Subject, &'static str), (Callback<Answer>, Callback<String>)>;

fn question_fields(state: &HearthContext, on_answer: &AnswerCallbacks, subject: Subject, group: &Group) -> Html {
    html! {
        { for SET.in_group(group).map(|q| {
            let question = q.id;
            let (onanswer, onnote) = on_answer.get((subject, question), || (
                state.sends(move |answer| ConflictChange::Answer { subject, question, answer }),
                state.sends(move |text| ConflictChange::Note { subject, question, text }),
            ));
            html! {
                <QuestionField
                    id={subject.field_id(q.id)}
                    question={question_text(q, subject, &state.record)}
                    hint={q.hint}
                    response={state.conflict.responses.get(subject, q.id).cloned().unwrap_or_default()}
                    {onanswer} {onnote} />
            }
        }) }
    }
}

/// What the section is about, on its first page.
fn intro(state: &HearthContext, step: ConflictStep, subject: Subject) -> Html {
    let text = match (step, subject) {
        (_, Subject::Between { target, .. }) => format!(
            "Ask {} on their own, and use what other agencies know. Answer Not known where nobody knows yet.",
            label_of(&state.record, target)
        ),
        (ConflictStep::Children, _) => "Keep each child's own experience in view: what they see, hear and show, and what daily life is like for them.".to_owned(),
        _ => "About the household as a whole. Some arguing is normal: these questions ask how often, how heated, and whether it gets sorted out.".to_owned(),
    };
    html! { <p class="govuk-body">{ text }</p> }
}

fn not_safe_warning(state: &HearthContext, person: PersonId) -> Html {
    let check = state.conflict.safety.get(&person);
    if check.is_some_and(SafetyCheck::safe_to_ask) {
        return html! {};
    }
    let text = format!(
        "Do not ask {} about abuse unless they are on their own and it is safe. You can still record what other agencies have told you.",
        label_of(&state.record, person)
    );
    warning_text(&text)
}

fn no_children() -> Html {
    html! {
        <div class="govuk-inset-text">
            { "There are no children in the family record. " }
            <Link<Route> to={Route::Practitioner} classes="govuk-link">{ "Add children to the family record" }</Link<Route>>
        </div>
    }
}

fn safety(state: &HearthContext, a: PersonId, b: PersonId) -> Html {
    html! {
        <>
            <p class="govuk-body">
                { "Before asking either adult about abuse, check these with each of them. Never ask through a family \
                   member acting as interpreter." }
            </p>
            { for [a, b].into_iter().map(|person| {
                let check = state.conflict.safety.get(&person).cloned().unwrap_or_default();
                let label = label_of(&state.record, person);
                let answer = |question| state.sends(move |answer| ConflictChange::AnswerSafety { person, question, answer });
                let on_contact = state.sends(move |text| ConflictChange::SafeContact { person, text });
                let n = person.number();
                html! {
                    <section class="hearth-subsection" aria-labelledby={format!("safety-{n}")}>
                        <h2 class="govuk-heading-m" id={format!("safety-{n}")}>{ label }</h2>
                        <AnswerRadios id={format!("safety-alone-{n}")} legend={SAFETY_ALONE} value={check.alone}
                            onchange={answer(SafetyQuestion::Alone)} />
                        <AnswerRadios id={format!("safety-now-{n}")} legend={SAFETY_NOW} value={check.safe_to_talk}
                            onchange={answer(SafetyQuestion::SafeToTalk)} />
                        <TextInput id={format!("safety-contact-{n}")} label={SAFETY_CONTACT}
                            hint="For example, a number only they use, or times when it is safe to call"
                            value={check.safe_contact.clone()} oninput={on_contact} />
                        if check.alone.is_some() || check.safe_to_talk.is_some() {
                            { not_safe_warning(state, person) }
                        }
                    </section>
                }
            }) }
        </>
    }
}

fn agencies(state: &HearthContext) -> Html {
    let items: Vec<Item<Option<AgencyCheck>>> = [Item::new(None, "Not checked yet")]
        .into_iter()
        .chain(AgencyCheck::ALL.map(|check| Item::new(Some(check), check.label())))
        .collect();
    html! {
        <>
            <p class="govuk-body">
                { "Do not rely only on what the adults say. Record which agencies you have checked with; record what \
                   they told you in the answers it affects." }
            </p>
            { for SET.agencies.iter().map(|agency| {
                let current = state.conflict.agency_checks.get(agency.id).copied();
                let onchange = state.sends(move |check| ConflictChange::CheckAgency { agency: agency.id, check });
                html! {
                    <Radios id={format!("agency-{}", agency.id)} legend={agency.name}
                        choices={Choices::one_of(items.clone(), Some(&current), onchange)} small=true form_group_classes="hearth-question" />
                }
            }) }
        </>
    }
}
