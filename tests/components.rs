//! Component tests in headless Chromium: `make test-browser`.
#![cfg(target_arch = "wasm32")]

use hearth::content::local;
use hearth::ui::components::exit_this_page::ExitThisPage;
use hearth::ui::components::forgettable::Forgettable;
use hearth::ui::pages::Presenter;
use hearth::ui::pages::{help, Practitioner, RecordFiles};
use hearth::ui::state::{use_hearth_dispatch, Action};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlButtonElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;

use support::{document, find, render};

fn button(root: &Element, text: &str) -> HtmlButtonElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlButtonElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text}"))
}

fn type_into(root: &Element, id: &str, text: &str) {
    let input: HtmlInputElement = find(root, &format!("#{id}")).dyn_into().unwrap();
    input.set_value(text);
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
}

fn shift(kind: &str) {
    let init = KeyboardEventInit::new();
    init.set_key("Shift");
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict(kind, &init).unwrap();
    document().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn help_lists_999_with_the_silent_solution_first() {
    let root = render(help()).await;
    let first = find(&root, ".hearth-helplines__item").text_content().unwrap();
    assert!(first.contains("999") && first.contains("press 55"), "{first}");
    let tel = find(&root, "#domestic-abuse-helpline a").get_attribute("href").unwrap();
    assert_eq!(tel, "tel:08082000247");
}

#[wasm_bindgen_test]
async fn an_empty_label_is_refused_with_a_linked_error_and_nothing_added() {
    let root = render(html! { <Practitioner /> }).await;
    button(&root, "Add adult").click();
    yew::scheduler::flush().await;
    let summary = find(&root, ".govuk-error-summary");
    let link = find(&summary, "a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#adult-label"));
    assert!(link.text_content().unwrap().starts_with("Enter a label"));
    assert_eq!(
        find(&root, "#adult-label").get_attribute("aria-describedby").as_deref(),
        Some("adult-label-hint adult-label-error")
    );
    assert!(root.query_selector(".govuk-summary-list").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn adults_and_children_join_the_record_and_a_bad_age_keeps_the_label() {
    let root = render(html! { <Practitioner /> }).await;
    type_into(&root, "adult-label", "Parent 1");
    button(&root, "Add adult").click();
    yew::scheduler::flush().await;
    type_into(&root, "child-label", "Baby");
    type_into(&root, "child-age", "19");
    button(&root, "Add child").click();
    yew::scheduler::flush().await;

    let record = find(&root, ".govuk-summary-list").text_content().unwrap();
    assert!(record.contains("Parent 1") && !record.contains("Baby"), "{record}");
    let label: HtmlInputElement = find(&root, "#child-label").dyn_into().unwrap();
    assert_eq!(label.value(), "Baby");
    assert!(find(&root, "#child-age-error").text_content().unwrap().contains("from 0 to 17"));
}

#[wasm_bindgen_test]
async fn exit_is_a_real_link_and_counts_shift_presses_aloud() {
    let root = render(html! { <ExitThisPage /> }).await;
    assert_eq!(
        find(&root, "a.govuk-exit-this-page__button").get_attribute("href").as_deref(),
        Some(local().exit_url.as_str())
    );
    let status = find(&root, "[role=status]");
    assert_eq!(status.text_content().unwrap(), "");

    shift("keydown");
    shift("keyup");
    yew::scheduler::flush().await;
    assert_eq!(status.text_content().unwrap(), "Shift pressed. Press it 2 more times to exit this page.");
    assert_eq!(root.query_selector_all(".govuk-exit-this-page__indicator-light--on").unwrap().length(), 1);

    shift("keydown");
    shift("keyup");
    yew::scheduler::flush().await;
    assert_eq!(status.text_content().unwrap(), "Shift pressed. Press it 1 more time to exit this page.");
}

#[derive(Properties, PartialEq)]
struct QuestionHarnessProps {
    note: String,
}

#[component]
fn QuestionHarness(props: &QuestionHarnessProps) -> Html {
    use hearth::domain::answer::Response;
    use hearth::ui::components::question_field::QuestionField;
    let response = use_state(|| Response { answer: None, note: props.note.clone() });
    let onanswer = {
        let response = response.clone();
        Callback::from(move |answer| response.set(Response { answer: Some(answer), ..(*response).clone() }))
    };
    let onnote = {
        let response = response.clone();
        Callback::from(move |note| response.set(Response { note, ..(*response).clone() }))
    };
    html! {
        <>
            <QuestionField id="q-test" question="Is B afraid of A?" hint="Fear matters." response={(*response).clone()} {onanswer} {onnote} />
            <p id="recorded">{ format!("{:?}", response.answer) }</p>
        </>
    }
}

#[wasm_bindgen_test]
async fn a_question_records_its_answer_and_shows_notes_as_plain_text() {
    let document = document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<QuestionHarness>::with_root_and_props(
        root.clone(),
        QuestionHarnessProps { note: "<b>not bold</b>".into() },
    )
    .render();
    yew::scheduler::flush().await;

    assert!(root.query_selector("b").unwrap().is_none(), "a note is never markup");
    let note: web_sys::HtmlTextAreaElement = find(&root, "#q-test-note").dyn_into().unwrap();
    assert_eq!(note.value(), "<b>not bold</b>");
    assert!(find(&root, "details").has_attribute("open"), "a note that exists is shown");
    assert_eq!(find(&root, "legend").text_content().unwrap(), "Is B afraid of A?");
    assert_eq!(find(&root, "fieldset").get_attribute("aria-describedby").as_deref(), Some("q-test-hint"));

    let not_known: HtmlInputElement = find(&root, "#q-test-3").dyn_into().unwrap();
    not_known.click();
    yew::scheduler::flush().await;
    assert_eq!(find(&root, "#recorded").text_content().unwrap(), "Some(NotKnown)");
    assert!(not_known.checked());
}

#[wasm_bindgen_test]
async fn a_presented_step_shows_both_outcomes_with_the_agency_behind_each_answer() {
    let root = render(html! { <Presenter scenario="willow-lane" slide={5} swapped={false} /> }).await;
    assert_eq!(find(&root, "h1").text_content().unwrap(), "Police");
    let conflict = find(&root, "[aria-labelledby=conflict-panel-title]");
    assert_eq!(conflict.get_attribute("data-outcome").as_deref(), Some("abuse-indicated"));
    let text = conflict.text_content().unwrap();
    assert!(text.contains("From Alex (mother) towards Jordan (father)") && text.contains("(Police)"), "{text}");
    assert!(
        conflict.query_selector("details:not([open]) li").unwrap().is_some(),
        "the answers are behind a closed details"
    );
    let sleep = find(&root, "[aria-labelledby=sleep-panel-title]");
    assert_eq!(sleep.get_attribute("data-outcome").as_deref(), Some("protect"));
}

#[wasm_bindgen_test]
async fn swapped_roles_change_the_words_and_not_the_outcome() {
    let root = render(html! { <Presenter scenario="willow-lane" slide={5} swapped={true} /> }).await;
    assert_eq!(find(&root, ".hearth-presenter__swapped").text_content().unwrap(), "Roles swapped");
    let conflict = find(&root, "[aria-labelledby=conflict-panel-title]");
    assert_eq!(conflict.get_attribute("data-outcome").as_deref(), Some("abuse-indicated"));
    assert!(conflict.text_content().unwrap().contains("From Alex (father) towards Jordan (mother)"));
    let root = render(html! { <Presenter scenario="willow-lane" slide={6} swapped={true} /> }).await;
    let question = find(&root, ".hearth-prompts__prompt").text_content().unwrap();
    assert!(question.starts_with("Alex is now the father and Jordan the mother."), "{question}");
}

#[component]
fn ForgetAllButton() -> Html {
    let dispatch = use_hearth_dispatch();
    let onclick = Callback::from(move |_| dispatch.dispatch(Action::ForgetAll));
    html! { <button type="button" {onclick}>{ "Forget all" }</button> }
}

fn value_of(root: &Element, id: &str) -> String {
    find(root, &format!("#{id}")).dyn_into::<HtmlInputElement>().unwrap().value()
}

/// What Exit this page and the idle lock dispatch: nothing typed, no passphrase, stays anywhere.
#[wasm_bindgen_test]
async fn forgetting_everything_empties_every_field_even_text_not_yet_added() {
    let root =
        render(html! { <><ForgetAllButton /><Forgettable><Practitioner /><RecordFiles /></Forgettable></> }).await;
    let fields = [
        "adult-label",
        "child-label",
        "visit-pin",
        "visit-pin-again",
        "saved-name",
        "saved-passphrase",
        "export-passphrase",
        "import-passphrase",
    ];
    for id in fields {
        type_into(&root, id, "typed but not added");
    }
    yew::scheduler::flush().await;
    assert_eq!(value_of(&root, "saved-passphrase"), "typed but not added");
    button(&root, "Forget all").click();
    yew::scheduler::flush().await;
    for id in fields {
        assert_eq!(value_of(&root, id), "", "{id} kept its text");
    }
}

#[wasm_bindgen_test]
async fn a_weak_passphrase_is_refused_in_the_govuk_error_style_and_the_field_emptied() {
    let root = render(html! { <RecordFiles /> }).await;
    assert!(find(&root, "#export-passphrase-hint").text_content().unwrap().contains("Three random words"));
    type_into(&root, "export-passphrase", "a");
    button(&root, "Export record as a file").click();
    yew::scheduler::flush().await;
    assert_eq!(
        find(&root, "#export-passphrase-error").text_content().unwrap(),
        "Error: Enter a longer passphrase: at least 12 characters, or 3 or more words of at least 3 letters each"
    );
    assert!(find(&root, "#export-passphrase").closest(".govuk-form-group--error").unwrap().is_some());
    assert_eq!(
        find(&root, "#export-passphrase").get_attribute("aria-describedby").as_deref(),
        Some("export-passphrase-hint export-passphrase-error")
    );
    assert_eq!(value_of(&root, "export-passphrase"), "");
}

#[wasm_bindgen_test]
async fn a_panic_notice_replaces_what_was_shown_and_keeps_exit_as_a_plain_link() {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().dyn_into().unwrap();
    host.set_inner_html("<p>Mum: scratches seen</p>");
    document().body().unwrap().append_child(&host).unwrap();
    hearth::browser::stopped::show_in(&host);
    hearth::browser::stopped::show_in(&host);

    let text = host.text_content().unwrap();
    assert!(!text.contains("Mum"), "what was on screen is gone");
    assert_eq!(host.query_selector_all("h1").unwrap().length(), 1, "shown once");
    assert_eq!(find(&host, "h1").text_content().unwrap(), "Hearth has stopped");
    assert!(find(&host, "[role=alert]")
        .text_content()
        .unwrap()
        .contains("The answers in this page could not be kept."));
    let exit = find(&host, "a.govuk-exit-this-page__button");
    assert_eq!(exit.get_attribute("href").as_deref(), Some(local().exit_url.as_str()));
    assert!(exit.text_content().unwrap().ends_with("Exit this page"));
    let reload = find(&host, "main a.govuk-link").get_attribute("href").unwrap();
    assert!(reload.starts_with("http") && !reload.contains('#'), "{reload}");
    host.remove();
}
