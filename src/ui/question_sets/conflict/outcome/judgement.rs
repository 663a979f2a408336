use yew::prelude::*;

use crate::content::CONFLICT_OR_ABUSE as SET;
use crate::domain::conflict::assessment::Judgement;
use crate::domain::conflict::change::ConflictChange;
use crate::domain::conflict::question::OutcomeKind;
use crate::ui::callbacks::Sends;
use crate::ui::forms::{keep_text, Choices, FieldError, Item, Radios, Textarea};
use crate::ui::state::use_hearth;

const JUDGEMENT: &str = "judgement";
/// The first radio's id, `{JUDGEMENT}-{first outcome's id}`: where the error summary's link lands.
const JUDGEMENT_FIRST: &str = "judgement-high-risk";
const JUDGEMENT_REASON: &str = "judgement-reason";

#[derive(Properties, PartialEq)]
pub struct ProfessionalJudgementProps {
    /// The page's errors, which its error summary lists.
    pub errors: Vec<FieldError>,
    pub onerrors: Callback<Vec<FieldError>>,
}

/// The practitioner's own judgement when it differs from the outcome, with their reason: the
/// form to record it, or the one recorded and the button to remove it.
#[component]
pub fn ProfessionalJudgement(props: &ProfessionalJudgementProps) -> Html {
    let state = use_hearth();
    let chosen = use_state(|| None::<OutcomeKind>);
    let reason = use_state(String::new);
    let clear = state.sends(|_: MouseEvent| ConflictChange::Judge(None));
    let heading = html! { <h2 class="govuk-heading-m">{ "Your professional judgement" }</h2> };
    if let Some(judgement) = &state.conflict.judgement {
        return html! {
            <>
                { heading }
                <div class="govuk-inset-text">
                    <p class="govuk-body">{ format!("Your judgement: {}", SET.outcome(judgement.outcome).title) }</p>
                    <p class="govuk-body hearth-note-text">{ format!("Reason: {}", judgement.reason) }</p>
                </div>
                <button type="button" class="govuk-button govuk-button--secondary" onclick={clear}>{ "Remove my judgement" }</button>
            </>
        };
    }
    let onsubmit = {
        let (state, chosen, reason, onerrors) = (state.clone(), chosen.clone(), reason.clone(), props.onerrors.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut found = Vec::new();
            match chosen.map(|kind| Judgement::new(kind, &reason)) {
                None => found.push(FieldError {
                    field: JUDGEMENT_FIRST.into(),
                    message: "Choose the outcome your professional judgement points to".into(),
                }),
                Some(Err(error)) => {
                    found.push(FieldError { field: JUDGEMENT_REASON.into(), message: error.to_string() })
                }
                Some(Ok(judgement)) => {
                    // Removing the judgement later shows an empty form again.
                    chosen.set(None);
                    reason.set(String::new());
                    state.dispatch(ConflictChange::Judge(Some(judgement)).into());
                }
            }
            onerrors.emit(found);
        })
    };
    let items: Vec<Item<OutcomeKind>> = OutcomeKind::ALL
        .into_iter()
        .map(|kind| Item::new(kind, SET.outcome(kind).title).id(format!("{JUDGEMENT}-{}", kind.id())))
        .collect();
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |kind| chosen.set(Some(kind)))
    };
    html! {
        <>
            { heading }
            <form class="hearth-no-print" {onsubmit} novalidate=true>
                <p class="govuk-body">{ "If your judgement differs from the outcome above, record it here with your reason. The summary shows both." }</p>
                <Radios id={JUDGEMENT} legend="My judgement is" choices={Choices::one_of(items, (*chosen).as_ref(), onchange)} small=true
                    error={FieldError::for_field(&props.errors, JUDGEMENT_FIRST)} />
                <Textarea id={JUDGEMENT_REASON} label="Reason for your judgement" rows={4} maxlength={2000}
                    value={(*reason).clone()} oninput={keep_text(&reason)}
                    error={FieldError::for_field(&props.errors, JUDGEMENT_REASON)} />
                <button type="submit" class="govuk-button govuk-button--secondary">{ "Save my judgement" }</button>
            </form>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_error_summary_links_to_the_first_radio() {
        assert_eq!(JUDGEMENT_FIRST, format!("{JUDGEMENT}-{}", OutcomeKind::ALL[0].id()));
    }
}
