//! The GOV.UK form components in headless Chromium: `cargo test --target wasm32-unknown-unknown --test forms`.
//! Each is driven as a user would, inside a page that keeps its value, as a real page does.
#![cfg(target_arch = "wasm32")]

use hearth::domain::answer::Answer;
use hearth::domain::date::CalendarDate;
use hearth::ui::forms::{
    answer_items, keep_text, AnswerRadios, Checkbox, Checkboxes, Choices, DateInput, ErrorMessage, ErrorSummary,
    FieldError, FileUpload, Item, Radios, Select, Size, TextInput, Textarea,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;

use support::{document, find, render, wait_for};

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    find(root, selector).get_attribute(name)
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn inputs(root: &Element) -> Vec<HtmlInputElement> {
    let found = root.query_selector_all("input").unwrap();
    (0..found.length()).map(|i| found.item(i).unwrap().dyn_into().unwrap()).collect()
}

fn input(root: &Element, selector: &str) -> HtmlInputElement {
    find(root, selector).dyn_into().unwrap()
}

/// What the last callback reported, as the harness page shows it.
fn seen(root: &Element) -> String {
    text(root, "#seen")
}

async fn click(root: &Element, selector: &str) {
    input(root, selector).click();
    yew::scheduler::flush().await;
}

async fn type_into(root: &Element, selector: &str, text: &str) {
    let element = find(root, selector);
    if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(text);
    } else {
        element.dyn_ref::<HtmlInputElement>().unwrap().set_value(text);
    }
    element.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    yew::scheduler::flush().await;
}

async fn change(element: &Element) {
    element.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    yew::scheduler::flush().await;
}

/// Each label names an existing control by its id.
fn assert_labels_wired(root: &Element) {
    let labels = root.query_selector_all("label").unwrap();
    assert!(labels.length() > 0);
    for i in 0..labels.length() {
        let label: Element = labels.item(i).unwrap().dyn_into().unwrap();
        let target = label.get_attribute("for").expect("every label names its control");
        let control = find(root, &format!("#{target}"));
        assert!(["INPUT", "TEXTAREA", "SELECT"].contains(&control.tag_name().as_str()), "{target}");
    }
}

/// Each id in an `aria-describedby` names an element that is there.
fn assert_described_by_resolves(root: &Element) {
    let described = root.query_selector_all("[aria-describedby]").unwrap();
    for i in 0..described.length() {
        let element: Element = described.item(i).unwrap().dyn_into().unwrap();
        for id in element.get_attribute("aria-describedby").unwrap().split_whitespace() {
            assert!(root.query_selector(&format!("#{id}")).unwrap().is_some(), "aria-describedby names missing #{id}");
        }
    }
}

fn error_text(root: &Element, id: &str) -> String {
    let error = find(root, &format!("#{id}-error"));
    assert!(error.class_list().contains("govuk-error-message"));
    assert_eq!(text(&error, ".govuk-visually-hidden"), "Error: ");
    error.text_content().unwrap()
}

// --- Radios -------------------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
struct RadiosPage {
    #[prop_or_default]
    error: Option<AttrValue>,
}

#[component]
fn ChooseColour(props: &RadiosPage) -> Html {
    let value = use_state(|| Option::<u8>::None);
    let onchange = {
        let value = value.clone();
        Callback::from(move |chosen: u8| value.set(Some(chosen)))
    };
    let items = vec![
        Item::new(1, "Red"),
        Item::new(2, "Green").hint("Like grass").conditional(html! { <p id="green-more">{ "More about green" }</p> }),
        Item::new(3, "Blue").id("colour-blue"),
    ];
    html! {
        <>
            <Radios id="colour" legend="Which colour?" hint="Choose one" error={props.error.clone()}
                choices={Choices::one_of(items, (*value).as_ref(), onchange)} />
            <p id="seen">{ format!("{:?}", *value) }</p>
        </>
    }
}

#[wasm_bindgen_test]
async fn radios_take_govuk_ids_and_report_the_value_chosen() {
    let root = render(html! { <ChooseColour /> }).await;
    assert_eq!(inputs(&root).iter().map(|radio| radio.id()).collect::<Vec<_>>(), ["colour", "colour-2", "colour-blue"]);
    assert_eq!(count(&root, "input[type=radio][name=colour]"), 3);
    assert_eq!(text(&root, "label[for=colour-2]"), "Green");
    assert_eq!(text(&root, "legend.govuk-fieldset__legend.govuk-fieldset__legend--s"), "Which colour?");
    assert_eq!(attr(&root, "fieldset", "aria-describedby").as_deref(), Some("colour-hint"));
    assert_eq!(text(&root, "#colour-hint"), "Choose one");
    assert_eq!(attr(&root, "#colour-2", "aria-describedby").as_deref(), Some("colour-2-item-hint"));
    assert!(find(&root, "#colour-2-item-hint").class_list().contains("govuk-radios__hint"));
    assert_labels_wired(&root);
    assert_described_by_resolves(&root);
    assert_eq!(seen(&root), "None");
    assert!(inputs(&root).iter().all(|radio| !radio.checked()), "nothing is chosen for the user");

    click(&root, "#colour-blue").await;
    assert_eq!(seen(&root), "Some(3)");
    assert!(input(&root, "#colour-blue").checked());
    click(&root, "#colour").await;
    assert_eq!(seen(&root), "Some(1)");
    assert!(input(&root, "#colour").checked() && !input(&root, "#colour-blue").checked());
}

#[wasm_bindgen_test]
async fn a_radio_reveals_its_conditional_content_only_while_chosen() {
    let root = render(html! { <ChooseColour /> }).await;
    assert_eq!(count(&root, "#green-more"), 0);
    click(&root, "#colour-2").await;
    assert_eq!(seen(&root), "Some(2)");
    let revealed = find(&root, "#conditional-colour-2");
    assert!(revealed.class_list().contains("govuk-radios__conditional"));
    assert_eq!(text(&revealed, "#green-more"), "More about green");
    click(&root, "#colour").await;
    assert_eq!(count(&root, "#green-more"), 0);
}

#[wasm_bindgen_test]
async fn radios_in_error_say_so_and_link_the_message() {
    let root = render(html! { <ChooseColour error="Choose a colour" /> }).await;
    assert!(find(&root, ".govuk-form-group").class_list().contains("govuk-form-group--error"));
    assert_eq!(error_text(&root, "colour"), "Error: Choose a colour");
    assert_eq!(attr(&root, "fieldset", "aria-describedby").as_deref(), Some("colour-hint colour-error"));
    assert_described_by_resolves(&root);
}

#[component]
fn Question() -> Html {
    let value = use_state(|| Option::<Answer>::None);
    let onchange = {
        let value = value.clone();
        Callback::from(move |answer| value.set(Some(answer)))
    };
    html! {
        <>
            <AnswerRadios id="q" legend="Is the baby well?" hint="Why we ask" value={*value} {onchange} />
            <p id="seen">{ format!("{:?}", *value) }</p>
        </>
    }
}

#[wasm_bindgen_test]
async fn answer_radios_keep_the_yes_no_not_known_markup() {
    let root = render(html! { <Question /> }).await;
    let group = find(&root, ".govuk-form-group");
    assert_eq!(group.class_name(), "govuk-form-group hearth-question");
    assert_eq!(find(&root, ".govuk-radios").class_name(), "govuk-radios govuk-radios--small govuk-radios--inline");
    assert_eq!(text(&root, "label[for=q]"), "Yes");
    assert_eq!(text(&root, "label[for=q-2]"), "No");
    assert_eq!(text(&root, "label[for=q-3]"), "Not known");
    assert_eq!(attr(&root, "fieldset", "aria-describedby").as_deref(), Some("q-hint"));
    assert_eq!(count(&root, "input[name=q]"), 3);
    click(&root, "#q-3").await;
    assert_eq!(seen(&root), "Some(NotKnown)");
    assert_eq!(answer_items().iter().map(|item| item.value).collect::<Vec<_>>(), Answer::ALL);
}

// --- Checkboxes ---------------------------------------------------------------------------------

#[component]
fn Shared() -> Html {
    let values = use_state(Vec::<&'static str>::new);
    let last = use_state(|| Option::<(&'static str, bool)>::None);
    let onchange = {
        let (values, last) = (values.clone(), last.clone());
        Callback::from(move |(who, ticked): (&'static str, bool)| {
            let mut next = (*values).clone();
            next.retain(|v| *v != who);
            if ticked {
                next.push(who);
            }
            values.set(next);
            last.set(Some((who, ticked)));
        })
    };
    let items = vec![
        Item::new("gp", "Shared with the GP").id("shared-gp"),
        Item::new("hv", "Shared with the health visitor")
            .id("shared-hv")
            .conditional(html! { <p id="hv-more">{ "When?" }</p> }),
    ];
    html! {
        <>
            <Checkboxes id="shared" legend="Who else should know?" legend_size={Size::M}
                hint="Tick each one" choices={Choices::any_of(items, &values, onchange)} small=true />
            <p id="seen">{ format!("{:?}", *last) }</p>
        </>
    }
}

#[wasm_bindgen_test]
async fn checkboxes_report_each_tick_and_untick() {
    let root = render(html! { <Shared /> }).await;
    assert_eq!(text(&root, "legend.govuk-fieldset__legend--m"), "Who else should know?");
    assert_eq!(attr(&root, "fieldset", "aria-describedby").as_deref(), Some("shared-hint"));
    assert_eq!(find(&root, ".govuk-checkboxes").class_name(), "govuk-checkboxes govuk-checkboxes--small");
    assert_eq!(count(&root, "input[type=checkbox]"), 2);
    assert_eq!(count(&root, "input[name]"), 0, "checkboxes have no name unless given one");
    assert_labels_wired(&root);
    assert_described_by_resolves(&root);

    click(&root, "#shared-hv").await;
    assert_eq!(seen(&root), r#"Some(("hv", true))"#);
    assert!(input(&root, "#shared-hv").checked());
    assert!(find(&root, "#conditional-shared-hv").class_list().contains("govuk-checkboxes__conditional"));
    click(&root, "#shared-gp").await;
    assert_eq!(seen(&root), r#"Some(("gp", true))"#);
    click(&root, "#shared-hv").await;
    assert_eq!(seen(&root), r#"Some(("hv", false))"#);
    assert!(!input(&root, "#shared-hv").checked() && input(&root, "#shared-gp").checked());
    assert_eq!(count(&root, "#hv-more"), 0);
}

#[wasm_bindgen_test]
async fn checkboxes_without_a_legend_describe_each_input_and_number_their_ids() {
    let onchange = Callback::from(|_: (u8, bool)| {});
    let items = vec![Item::new(1, "One"), Item::new(2, "Two").hint("The second")];
    let root = render(html! {
        <Checkboxes id="n" hint="Tick any" error="Tick one" choices={Choices::any_of(items, &[2], onchange)} />
    })
    .await;
    assert_eq!(count(&root, "fieldset"), 0);
    assert!(find(&root, ".govuk-form-group").class_list().contains("govuk-form-group--error"));
    assert_eq!(error_text(&root, "n"), "Error: Tick one");
    assert_eq!(attr(&root, "#n", "aria-describedby").as_deref(), Some("n-hint n-error"));
    assert_eq!(attr(&root, "#n-2", "aria-describedby").as_deref(), Some("n-hint n-error n-2-item-hint"));
    assert!(!input(&root, "#n").checked() && input(&root, "#n-2").checked());
    assert_described_by_resolves(&root);
}

#[component]
fn Setting() -> Html {
    let on = use_state(|| true);
    let onchange = {
        let on = on.clone();
        Callback::from(move |ticked| on.set(ticked))
    };
    html! {
        <>
            <Checkbox id="forget-offline-copy" label="Also remove the offline copy" hint="Hearth will then need a network"
                checked={*on} {onchange} small=true />
            <p id="seen">{ format!("{:?}", *on) }</p>
        </>
    }
}

#[wasm_bindgen_test]
async fn a_single_checkbox_has_no_fieldset_and_reports_its_state() {
    let root = render(html! { <Setting /> }).await;
    assert_eq!(count(&root, "fieldset"), 0);
    assert_eq!(count(&root, "input[type=checkbox]"), 1);
    assert!(input(&root, "#forget-offline-copy").checked());
    assert_eq!(text(&root, "label[for=forget-offline-copy]"), "Also remove the offline copy");
    assert_eq!(
        attr(&root, "#forget-offline-copy", "aria-describedby").as_deref(),
        Some("forget-offline-copy-item-hint")
    );
    assert!(find(&root, "#forget-offline-copy-item-hint").class_list().contains("govuk-checkboxes__hint"));
    click(&root, "#forget-offline-copy").await;
    assert_eq!(seen(&root), "false");
    assert!(!input(&root, "#forget-offline-copy").checked());
    click(&root, "#forget-offline-copy").await;
    assert_eq!(seen(&root), "true");
}

// --- Text input and textarea ------------------------------------------------------------------

#[derive(Properties, PartialEq)]
struct TextPage {
    #[prop_or_default]
    error: Option<AttrValue>,
    #[prop_or_default]
    password: bool,
}

#[component]
fn NameField(props: &TextPage) -> Html {
    let text = use_state(String::new);
    html! {
        <>
            <TextInput id="name" label="Name" hint="As they say it" error={props.error.clone()} value={(*text).clone()}
                oninput={keep_text(&text)} width="govuk-input--width-20" password={props.password} numeric=true />
            <p id="seen">{ (*text).clone() }</p>
        </>
    }
}

#[wasm_bindgen_test]
async fn a_text_input_is_labelled_and_keeps_what_is_typed() {
    let root = render(html! { <NameField /> }).await;
    let field = input(&root, "#name");
    assert_eq!(field.class_name(), "govuk-input govuk-input--width-20");
    assert_eq!(field.type_(), "text");
    assert_eq!(field.name(), "name");
    assert_eq!(attr(&root, "#name", "autocomplete").as_deref(), Some("off"));
    assert_eq!(attr(&root, "#name", "spellcheck").as_deref(), Some("false"));
    assert_eq!(attr(&root, "#name", "inputmode").as_deref(), Some("numeric"));
    assert_eq!(attr(&root, "#name", "aria-describedby").as_deref(), Some("name-hint"));
    assert_eq!(text(&root, "label[for=name]"), "Name");
    assert_eq!(count(&root, ".govuk-form-group--error"), 0);
    assert_labels_wired(&root);
    type_into(&root, "#name", "Sam").await;
    assert_eq!(seen(&root), "Sam");
    assert_eq!(input(&root, "#name").value(), "Sam");
}

#[wasm_bindgen_test]
async fn a_text_input_in_error_is_marked_and_described() {
    let root = render(html! { <NameField error="Enter a name" password=true /> }).await;
    assert!(find(&root, ".govuk-form-group").class_list().contains("govuk-form-group--error"));
    assert_eq!(input(&root, "#name").class_name(), "govuk-input govuk-input--width-20 govuk-input--error");
    assert_eq!(input(&root, "#name").type_(), "password");
    assert_eq!(error_text(&root, "name"), "Error: Enter a name");
    assert_eq!(attr(&root, "#name", "aria-describedby").as_deref(), Some("name-hint name-error"));
    assert_described_by_resolves(&root);
}

#[component]
fn Note(props: &TextPage) -> Html {
    let text = use_state(String::new);
    html! {
        <>
            <Textarea id="note" label="Note (optional)" label_hidden=", about: the baby" error={props.error.clone()}
                value={(*text).clone()} oninput={keep_text(&text)} rows={3} maxlength={2000} />
            <p id="seen">{ (*text).clone() }</p>
        </>
    }
}

#[wasm_bindgen_test]
async fn a_textarea_is_labelled_for_screen_readers_and_keeps_what_is_typed() {
    let root = render(html! { <Note /> }).await;
    assert_eq!(attr(&root, "#note", "rows").as_deref(), Some("3"));
    assert_eq!(attr(&root, "#note", "maxlength").as_deref(), Some("2000"));
    assert_eq!(attr(&root, "#note", "aria-describedby"), None);
    assert_eq!(text(&root, "label[for=note]"), "Note (optional), about: the baby");
    assert_eq!(text(&root, "label[for=note] .govuk-visually-hidden"), ", about: the baby");
    type_into(&root, "#note", "Seen at home").await;
    assert_eq!(seen(&root), "Seen at home");
}

#[wasm_bindgen_test]
async fn a_textarea_in_error_is_marked_and_described() {
    let root = render(html! { <Note error="Give a reason" /> }).await;
    assert!(find(&root, ".govuk-form-group").class_list().contains("govuk-form-group--error"));
    assert!(find(&root, "#note").class_list().contains("govuk-textarea--error"));
    assert_eq!(error_text(&root, "note"), "Error: Give a reason");
    assert_eq!(attr(&root, "#note", "aria-describedby").as_deref(), Some("note-error"));
}

// --- Date, select, file -------------------------------------------------------------------------

#[component]
fn ReviewDate(props: &TextPage) -> Html {
    let date = use_state(|| CalendarDate::new(2026, 1, 31));
    let onchange = {
        let date = date.clone();
        Callback::from(move |chosen| date.set(chosen))
    };
    html! {
        <>
            <DateInput id="review-date" label="Review by" label_size={Size::M} hint="At the next contact"
                error={props.error.clone()} value={*date} {onchange} />
            <p id="seen">{ format!("{:?}", date.map(CalendarDate::iso)) }</p>
        </>
    }
}

#[wasm_bindgen_test]
async fn a_date_input_shows_and_reports_a_calendar_date() {
    let root = render(html! { <ReviewDate /> }).await;
    let field = input(&root, "#review-date");
    assert_eq!(field.type_(), "date");
    assert_eq!(field.class_name(), "govuk-input govuk-input--width-10");
    assert_eq!(field.value(), "2026-01-31");
    assert_eq!(find(&root, "label[for=review-date]").class_name(), "govuk-label govuk-label--m");
    assert_eq!(attr(&root, "#review-date", "aria-describedby").as_deref(), Some("review-date-hint"));
    field.set_value("2026-03-04");
    change(&field).await;
    assert_eq!(seen(&root), r#"Some("2026-03-04")"#);
    field.set_value("");
    change(&field).await;
    assert_eq!(seen(&root), "None");
}

#[wasm_bindgen_test]
async fn a_date_input_in_error_is_marked_and_described() {
    let root = render(html! { <ReviewDate error="Enter a real date" /> }).await;
    assert!(find(&root, ".govuk-form-group").class_list().contains("govuk-form-group--error"));
    assert!(find(&root, "#review-date").class_list().contains("govuk-input--error"));
    assert_eq!(error_text(&root, "review-date"), "Error: Enter a real date");
    assert_eq!(attr(&root, "#review-date", "aria-describedby").as_deref(), Some("review-date-hint review-date-error"));
}

#[component]
fn Minutes(props: &TextPage) -> Html {
    let minutes = use_state(|| Some(15u32));
    let onchange = {
        let minutes = minutes.clone();
        Callback::from(move |chosen| minutes.set(Some(chosen)))
    };
    let items = [5, 15, 30].into_iter().map(|m| Item::new(m, format!("{m} minutes"))).collect::<Vec<_>>();
    html! {
        <>
            <Select id="idle-minutes" label="Clear after" hint="Hearth warns you first" error={props.error.clone()}
                choices={Choices::one_of(items, (*minutes).as_ref(), onchange)} />
            <p id="seen">{ format!("{:?}", *minutes) }</p>
        </>
    }
}

#[wasm_bindgen_test]
async fn a_select_shows_the_value_and_reports_the_one_chosen() {
    let root = render(html! { <Minutes /> }).await;
    let select: HtmlSelectElement = find(&root, "#idle-minutes").dyn_into().unwrap();
    assert_eq!(select.class_name(), "govuk-select");
    assert_eq!(select.length(), 3);
    assert_eq!(select.selected_index(), 1);
    assert_eq!(text(&root, "option"), "5 minutes");
    assert_eq!(attr(&root, "#idle-minutes", "aria-describedby").as_deref(), Some("idle-minutes-hint"));
    assert_labels_wired(&root);
    select.set_selected_index(2);
    change(&select).await;
    assert_eq!(seen(&root), "Some(30)");
}

#[wasm_bindgen_test]
async fn a_select_in_error_is_marked_and_described() {
    let root = render(html! { <Minutes error="Choose how long" /> }).await;
    assert!(find(&root, ".govuk-form-group").class_list().contains("govuk-form-group--error"));
    assert!(find(&root, "#idle-minutes").class_list().contains("govuk-select--error"));
    assert_eq!(error_text(&root, "idle-minutes"), "Error: Choose how long");
    assert_eq!(
        attr(&root, "#idle-minutes", "aria-describedby").as_deref(),
        Some("idle-minutes-hint idle-minutes-error")
    );
}

#[component]
fn ChooseFile(props: &TextPage) -> Html {
    let file = use_state(|| Option::<web_sys::File>::None);
    let onchange = {
        let file = file.clone();
        Callback::from(move |chosen| file.set(chosen))
    };
    let forget = {
        let file = file.clone();
        Callback::from(move |_| file.set(None))
    };
    html! {
        <>
            <FileUpload id="import-file" label="Open a record file" hint="It replaces the record open now"
                accept=".json,application/json" error={props.error.clone()} value={(*file).clone()} {onchange} />
            <input type="button" id="forget" onclick={forget} />
            <p id="seen">{ format!("{:?}", file.as_ref().map(web_sys::File::name)) }</p>
        </>
    }
}

/// Puts a file in a file input, as choosing one does.
fn choose_file(input: &HtmlInputElement, name: &str) {
    let file = web_sys::File::new_with_str_sequence(&js_sys::Array::of1(&"{}".into()), name).unwrap();
    let constructor: js_sys::Function =
        js_sys::Reflect::get(&js_sys::global(), &"DataTransfer".into()).unwrap().dyn_into().unwrap();
    let transfer = js_sys::Reflect::construct(&constructor, &js_sys::Array::new()).unwrap();
    let items = js_sys::Reflect::get(&transfer, &"items".into()).unwrap();
    let add: js_sys::Function = js_sys::Reflect::get(&items, &"add".into()).unwrap().dyn_into().unwrap();
    add.call1(&items, &file).unwrap();
    let files: web_sys::FileList = js_sys::Reflect::get(&transfer, &"files".into()).unwrap().dyn_into().unwrap();
    input.set_files(Some(&files));
}

#[wasm_bindgen_test]
async fn a_file_upload_hands_over_the_file_and_empties_when_let_go() {
    let root = render(html! { <ChooseFile /> }).await;
    let field = input(&root, "#import-file");
    assert_eq!(field.type_(), "file");
    assert_eq!(field.class_name(), "govuk-file-upload");
    assert_eq!(field.accept(), ".json,application/json");
    assert_eq!(attr(&root, "#import-file", "aria-describedby").as_deref(), Some("import-file-hint"));
    assert_labels_wired(&root);
    choose_file(&field, "record.json");
    change(&field).await;
    assert_eq!(seen(&root), r#"Some("record.json")"#);
    click(&root, "#forget").await;
    assert_eq!(seen(&root), "None");
    assert_eq!(field.files().unwrap().length(), 0, "the input lets the file go with the page");
}

#[wasm_bindgen_test]
async fn a_file_upload_in_error_is_marked_and_described() {
    let root = render(html! { <ChooseFile error="Choose a file" /> }).await;
    assert!(find(&root, ".govuk-form-group").class_list().contains("govuk-form-group--error"));
    assert!(find(&root, "#import-file").class_list().contains("govuk-file-upload--error"));
    assert_eq!(error_text(&root, "import-file"), "Error: Choose a file");
    assert_eq!(attr(&root, "#import-file", "aria-describedby").as_deref(), Some("import-file-hint import-file-error"));
}

// --- Errors -------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn an_error_message_has_govuk_markup() {
    let root = render(html! { <ErrorMessage field="x" message="Enter x" /> }).await;
    assert_eq!(
        find(&root, "p").outer_html(),
        r#"<p id="x-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error: </span>Enter x</p>"#
    );
}

#[component]
fn FormWithErrors() -> Html {
    let errors = use_state(Vec::<FieldError>::new);
    let text = use_state(String::new);
    let submit = {
        let errors = errors.clone();
        Callback::from(move |_| {
            errors.set(vec![
                FieldError { field: "first".into(), message: "Enter the first".into() },
                FieldError { field: "first".into(), message: "A second problem with the first".into() },
            ])
        })
    };
    html! {
        <>
            <ErrorSummary errors={(*errors).clone()} />
            <TextInput id="first" label="First" value={(*text).clone()} oninput={keep_text(&text)}
                error={FieldError::for_field(&errors, "first")} />
            <input type="button" id="submit" onclick={submit} />
        </>
    }
}

#[wasm_bindgen_test]
async fn the_error_summary_takes_focus_and_its_links_focus_the_field() {
    let root = render(html! { <FormWithErrors /> }).await;
    assert_eq!(count(&root, ".govuk-error-summary"), 0);
    click(&root, "#submit").await;
    let summary = wait_for(&root, ".govuk-error-summary").await;
    yew::scheduler::flush().await;
    assert_eq!(document().active_element(), Some(summary.clone()));
    assert_eq!(text(&summary, ".govuk-error-summary__title"), "There is a problem");
    assert_eq!(attr(&summary, "a", "href").as_deref(), Some("#first"));
    assert_eq!(error_text(&root, "first"), "Error: Enter the first", "the field shows the first of its errors");
    find(&summary, "a").dyn_into::<web_sys::HtmlElement>().unwrap().click();
    assert_eq!(document().active_element().map(|e| e.id()).as_deref(), Some("first"));
}
