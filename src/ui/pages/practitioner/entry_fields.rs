//! The fields of each kind of dated entry, drawn from the form's draft.

use yew::prelude::*;

use crate::content::{escalation_stages, CASEWORK, CONFLICT_OR_ABUSE};
use crate::domain::casework::{Dated, ReferralResult};
use crate::domain::conflict::assessment::AgencyCheck;
use crate::domain::date::CalendarDate;
use crate::ui::forms::{self, Checkbox, Choices, DateInput, FieldError, Item, Radios, Select, TextInput, Textarea};

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub dated: Dated,
    /// The date was cleared: the entry keeps its last date until a new one is given.
    pub date_blank: bool,
    /// An agency check names an agency the conflict set does not list.
    pub other_agency: bool,
    /// What a listed agency said, as the conflict set counts agency checks.
    pub said: Option<AgencyCheck>,
}

type Form = forms::Form<Draft>;

fn edit<T: 'static>(form: &Form, change: fn(&mut Draft, T)) -> Callback<T> {
    let dispatch = form.dispatcher();
    Callback::from(move |value: T| dispatch.dispatch(Box::new(move |draft: &mut Draft| change(draft, value))))
}

macro_rules! text {
    ($form:expr, $kind:ident, $field:ident) => {
        edit($form, |draft: &mut Draft, value: String| {
            if let Dated::$kind(entry) = &mut draft.dated {
                entry.$field = value;
            }
        })
    };
}

fn set_on(draft: &mut Draft, date: Option<CalendarDate>) {
    draft.date_blank = date.is_none();
    let Some(date) = date else { return };
    match &mut draft.dated {
        Dated::Check(c) => c.asked_on = date,
        Dated::Share(s) => s.on = date,
        Dated::Incident(i) => i.on = date,
        Dated::Referral(r) => r.made_on = date,
        Dated::Challenge(c) => c.on = date,
        Dated::Outcome(o) => o.on = date,
    }
}

fn date_field(form: &Form, errors: &[FieldError], label: &'static str) -> Html {
    let value = (!form.date_blank).then(|| form.dated.on());
    html! {
        <DateInput id="on" {label} {value} error={FieldError::for_field(errors, "on")} onchange={edit(form, set_on)} />
    }
}

fn text_field(
    id: &'static str,
    label: &'static str,
    value: &str,
    errors: &[FieldError],
    oninput: Callback<String>,
) -> Html {
    html! { <TextInput {id} {label} value={value.to_owned()} error={FieldError::for_field(errors, id)} {oninput} /> }
}

fn notes_field(
    id: &'static str,
    label: &'static str,
    value: &str,
    errors: &[FieldError],
    oninput: Callback<String>,
) -> Html {
    html! { <Textarea {id} {label} rows={3} value={value.to_owned()} error={FieldError::for_field(errors, id)} {oninput} /> }
}

/// The agency as the Select shows it: 0 for none chosen, then the listed agencies, then another.
fn choose_agency(draft: &mut Draft, n: usize) {
    let agencies = CONFLICT_OR_ABUSE.agencies;
    draft.other_agency = n > agencies.len();
    if let Dated::Check(c) = &mut draft.dated {
        c.agency = n.checked_sub(1).and_then(|i| agencies.get(i)).map(|a| a.name.to_owned()).unwrap_or_default();
    }
}

fn check_fields(form: &Form, errors: &[FieldError]) -> Html {
    let Dated::Check(check) = &form.dated else { return html! {} };
    let agencies = CONFLICT_OR_ABUSE.agencies;
    let chosen = if form.other_agency {
        agencies.len() + 1
    } else {
        agencies.iter().position(|a| a.name == check.agency.trim()).map_or(0, |i| i + 1)
    };
    let items = std::iter::once("Choose an agency")
        .chain(agencies.iter().map(|a| a.name))
        .chain(std::iter::once("Another agency"))
        .enumerate()
        .map(|(n, name)| Item::new(n, name))
        .collect();
    let said_items = vec![
        Item::new(Some(AgencyCheck::HoldsInformation), "They hold information"),
        Item::new(Some(AgencyCheck::NothingKnown), "Nothing known"),
        Item::new(None, "No answer yet"),
    ];
    let agency_error = FieldError::for_field(errors, "agency");
    html! {
        <>
            <Select id="agency" label="Which agency did you ask?" error={agency_error}
                choices={Choices::one_of(items, Some(&chosen), edit(form, choose_agency))} />
            if form.other_agency {
                { text_field("agency-other", "Name of the agency", &check.agency, errors, text!(form, Check, agency)) }
            }
            { date_field(form, errors, "Asked on") }
            if chosen > 0 {
                <Radios id="said" legend="What did they say?"
                    hint={(!form.other_agency).then_some("The question set counts this agency as checked.")}
                    choices={Choices::one_of(said_items, Some(&form.said), edit(form, |d: &mut Draft, said| d.said = said))} />
            }
            { notes_field("answer", "Their answer", &check.answer, errors, text!(form, Check, answer)) }
            { text_field("by-whom", "Asked by", &check.by_whom, errors, text!(form, Check, by_whom)) }
        </>
    }
}

fn share_fields(form: &Form, errors: &[FieldError]) -> Html {
    let Dated::Share(share) = &form.dated else { return html! {} };
    let bases = CASEWORK.sharing_bases.iter().map(|b| Item::new(b.id, b.label)).collect();
    html! {
        <>
            <p class="govuk-body">
                { "Consent is not needed, and should not be sought, where asking would increase the risk or a child is at \
                   risk of significant harm. " }
                // A new tab, so that reading the guidance loses nothing typed here.
                <a class="govuk-link" href="#/practitioner/information-sharing" target="_blank" rel="noreferrer noopener">
                    { "Sharing safeguarding information (opens in new tab)" }
                </a>
            </p>
            { date_field(form, errors, "Shared on") }
            { notes_field("what", "What you shared", &share.what, errors, text!(form, Share, what)) }
            { text_field("with-whom", "Who you shared it with", &share.with_whom, errors, text!(form, Share, with_whom)) }
            <Radios id="basis" legend="The basis for sharing" error={FieldError::for_field(errors, "basis")}
                choices={Choices::one_of(bases, CASEWORK.sharing_basis(&share.basis).map(|b| b.id).as_ref(), edit(form, |d: &mut Draft, id: &'static str| {
                    if let Dated::Share(s) = &mut d.dated { s.basis = id.to_owned(); }
                }))} />
            { notes_field("reason", "Why you shared it", &share.reason, errors, text!(form, Share, reason)) }
        </>
    }
}

fn incident_fields(form: &Form, errors: &[FieldError]) -> Html {
    let Dated::Incident(incident) = &form.dated else { return html! {} };
    html! {
        <>
            { date_field(form, errors, "When it happened") }
            { notes_field("what", "What happened", &incident.what, errors, text!(form, Incident, what)) }
        </>
    }
}

fn set_result(draft: &mut Draft, id: &'static str) {
    if let Dated::Referral(r) = &mut draft.dated {
        r.result = match id {
            "accepted" => ReferralResult::Accepted,
            "declined" => ReferralResult::Declined(String::new()),
            "no-reply" => ReferralResult::NoReply,
            _ => ReferralResult::Awaiting,
        };
    }
}

fn referral_fields(form: &Form, errors: &[FieldError]) -> Html {
    let Dated::Referral(referral) = &form.dated else { return html! {} };
    let declined = match &referral.result {
        ReferralResult::Declined(why) => html! {
            <>
                { notes_field("declined-reason", "The reason they gave", why, errors, edit(form, |d: &mut Draft, why: String| {
                    if let Dated::Referral(r) = &mut d.dated { r.result = ReferralResult::Declined(why); }
                })) }
                <Checkbox id="disagree" label="I disagree with this decision" checked={referral.disagree}
                    onchange={edit(form, |d: &mut Draft, on| if let Dated::Referral(r) = &mut d.dated { r.disagree = on; })} />
            </>
        },
        _ => html! {},
    };
    let results = [
        ReferralResult::Awaiting,
        ReferralResult::Accepted,
        ReferralResult::Declined(String::new()),
        ReferralResult::NoReply,
    ]
    .into_iter()
    .map(|r| {
        let item = Item::new(r.id(), r.label());
        if r.id() == "declined" {
            item.conditional(declined.clone())
        } else {
            item
        }
    })
    .collect();
    let step = referral.step.as_deref().and_then(|id| {
        let (outcome, step) = id.split_once('/')?;
        let outcome = CONFLICT_OR_ABUSE.outcomes.iter().find(|o| o.kind.id() == outcome)?;
        outcome.steps.iter().find(|s| s.id == step).map(|s| s.text)
    });
    html! {
        <>
            if let Some(text) = step {
                <div class="govuk-inset-text">{ format!("From the next step: {text}") }</div>
            }
            { text_field("to-whom", "Who the referral was made to", &referral.to_whom, errors, text!(form, Referral, to_whom)) }
            { date_field(form, errors, "Made on") }
            { text_field("reference", "Their reference (optional)", &referral.reference, errors, text!(form, Referral, reference)) }
            <DateInput id="follow-up" label="Follow up by" hint="A referral is not an end in itself: the date to check what came of it."
                value={referral.follow_up} error={FieldError::for_field(errors, "follow-up")}
                onchange={edit(form, |d: &mut Draft, date| if let Dated::Referral(r) = &mut d.dated { r.follow_up = date; })} />
            <Radios id="result" legend="What came of it" choices={Choices::one_of(results, Some(&referral.result.id()), edit(form, set_result))} />
        </>
    }
}

fn challenge_fields(form: &Form, errors: &[FieldError]) -> Html {
    let Dated::Challenge(challenge) = &form.dated else { return html! {} };
    let stages: Vec<Item<&'static str>> = escalation_stages().iter().map(|s| Item::new(s.id, s.label)).collect();
    html! {
        <>
            if CASEWORK.escalation_guidance.is_empty() {
                <p class="govuk-body">
                    { "When you disagree with another agency's decision about a child's safety, challenging it is expected \
                       practice, not a complaint. Raise it first with the person who made the decision, then take it up \
                       through each stage until it is resolved, and record each step." }
                </p>
            }
            { for CASEWORK.escalation_guidance.iter().map(|section| html! {
                <>
                    <h2 class="govuk-heading-m">{ section.heading }</h2>
                    { for section.paragraphs.iter().map(|p| html! { <p class="govuk-body">{ *p }</p> }) }
                </>
            }) }
            <h2 class="govuk-heading-m">{ "The stages of escalation" }</h2>
            <ol class="govuk-list govuk-list--number">
                { for escalation_stages().iter().map(|s| html! { <li>{ s.label }</li> }) }
            </ol>
            { date_field(form, errors, "Raised on") }
            { notes_field("decision", "The decision you disagree with", &challenge.decision, errors, text!(form, Challenge, decision)) }
            { notes_field("why", "Why you disagree", &challenge.why, errors, text!(form, Challenge, why)) }
            <Radios id="stage" legend="The stage you have reached" error={FieldError::for_field(errors, "stage")}
                choices={Choices::one_of(stages, escalation_stages().iter().find(|s| s.id == challenge.stage).map(|s| s.id).as_ref(), edit(form, |d: &mut Draft, id: &'static str| {
                    if let Dated::Challenge(c) = &mut d.dated { c.stage = id.to_owned(); }
                }))} />
            { notes_field("result", "What has come of it so far", &challenge.result, errors, text!(form, Challenge, result)) }
        </>
    }
}

pub fn entry_fields(form: &Form, errors: &[FieldError]) -> Html {
    match &form.dated {
        Dated::Check(_) => check_fields(form, errors),
        Dated::Share(_) => share_fields(form, errors),
        Dated::Incident(_) => incident_fields(form, errors),
        Dated::Referral(_) => referral_fields(form, errors),
        Dated::Challenge(_) => challenge_fields(form, errors),
        Dated::Outcome(_) => html! {},
    }
}
