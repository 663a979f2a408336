use yew::prelude::*;

#[component]
pub fn Trainer() -> Html {
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "Trainer mode" }</h1>
            <p class="govuk-body-l">
                { "For multi-agency learning events: made-up family stories in which each agency holds a piece \
                   of the picture." }
            </p>
            <div class="govuk-inset-text">
                { "Trainer mode is coming in a later version of Hearth. It will let you reveal what each agency \
                   knew, one at a time, and show how the picture of risk changes only when the pieces are put \
                   together." }
            </div>
        </>
    }
}
