//! The setup page's form as typed. Every field is kept as text, so nothing typed is lost while
//! it is wrong; `settings` makes the settings `file::write` saves from it, with every problem
//! named by the field it is in.

use super::file::{
    is_id, number_problem, web_address_problem, AREA_MAX_CHARS, CONTACT_FIELDS, HINT_MAX_CHARS, HOURS_MAX_CHARS,
    ID_MAX_CHARS, MAX_CONTACTS, NAME_MAX_CHARS, PURPOSE_MAX_CHARS,
};
use super::{ContactRole, EscalationStage, LocalContact, LocalSettings, Procedures, CONTACT_ROLES, IDLE_MINUTES_RANGE};
use crate::domain::date::CalendarDate;
use crate::domain::words::capitalise;

/// The fields of the procedure links, with what the form calls each.
pub const PROCEDURE_FIELDS: [(&str, &str); 3] = [
    ("thresholds-link", "Threshold document (levels of need)"),
    ("safer-sleep-link", "Safer sleep procedure"),
    ("escalation-link", "Escalation procedure (resolving professional disagreements)"),
];

/// The field for one part of a contact: `name`, `number`, `hours` or `purpose`.
pub fn contact_field(role: &ContactRole, part: &str) -> String {
    format!("{}-{part}", role.id)
}

/// How many contacts of its own a partnership can add beside those next steps point to.
pub const MAX_OWN_CONTACTS: usize = MAX_CONTACTS - CONTACT_ROLES.len();

/// The field for one part of the partnership's own contact `n` (from 0): `id`, or a part as in
/// `contact_field`.
pub fn own_contact_field(n: usize, part: &str) -> String {
    format!("own-contact-{}-{part}", n + 1)
}

/// The field for one part of escalation stage `n` (from 0): `id`, `label` or `hint`.
pub fn stage_field(n: usize, part: &str) -> String {
    format!("stage-{}-{part}", n + 1)
}

/// Something to put right in one field.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
    /// A mistake in what is typed, shown as soon as it is there; otherwise something still to
    /// fill in, shown only when the file is asked for.
    pub in_typing: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// Each field typed in, with its text.
    fields: Vec<(String, String)>,
    /// How many escalation stages the form has rows for.
    pub stage_rows: usize,
    /// How many contacts of the partnership's own (not one of `CONTACT_ROLES`) the form has rows for.
    pub own_contact_rows: usize,
}

impl Draft {
    pub fn from_settings(settings: &LocalSettings) -> Self {
        let own: Vec<&LocalContact> = settings
            .contacts
            .iter()
            .filter(|contact| !CONTACT_ROLES.iter().any(|role| role.id == contact.id))
            .collect();
        let mut draft =
            Self { stage_rows: settings.escalation_stages.len(), own_contact_rows: own.len(), ..Self::default() };
        for (n, contact) in own.iter().enumerate() {
            let texts = [&contact.id, &contact.name, &contact.number, &contact.hours, &contact.purpose];
            for (part, text) in CONTACT_FIELDS.into_iter().zip(texts) {
                draft.set(&own_contact_field(n, part), text);
            }
        }
        draft.set("area", &settings.area);
        draft.set("exit-url", &settings.exit_url);
        draft.set("idle-minutes", &settings.idle_minutes.to_string());
        for role in &CONTACT_ROLES {
            let contact = settings.contact(role.id);
            let part = |text: fn(&LocalContact) -> &str| contact.map_or("", text);
            draft.set(&contact_field(role, "name"), part(|c| &c.name));
            draft.set(&contact_field(role, "number"), part(|c| &c.number));
            draft.set(&contact_field(role, "hours"), part(|c| &c.hours));
            draft.set(&contact_field(role, "purpose"), contact.map_or(role.purpose, |c| &c.purpose));
        }
        let procedures = &settings.procedures;
        for ((field, _), link) in
            PROCEDURE_FIELDS.iter().zip([&procedures.thresholds, &procedures.safer_sleep, &procedures.escalation])
        {
            draft.set(field, link.as_deref().unwrap_or_default());
        }
        for (n, stage) in settings.escalation_stages.iter().enumerate() {
            draft.set(&stage_field(n, "id"), &stage.id);
            draft.set(&stage_field(n, "label"), &stage.label);
            draft.set(&stage_field(n, "hint"), &stage.hint);
        }
        draft
    }

    /// What is typed in `field`; empty for a field never typed in.
    pub fn get(&self, field: &str) -> &str {
        self.fields.iter().find(|(name, _)| name == field).map_or("", |(_, text)| text)
    }

    pub fn set(&mut self, field: &str, text: &str) {
        match self.fields.iter_mut().find(|(name, _)| name == field) {
            Some((_, typed)) => *typed = text.to_owned(),
            None => self.fields.push((field.to_owned(), text.to_owned())),
        }
    }

    /// The settings as typed, updated `today`, with every problem in the form's order. The
    /// preview shows them whatever their problems; the file is made only when there are none.
    /// A contact with no name and no number, or a stage left empty, is simply not set.
    pub fn settings(&self, today: CalendarDate) -> (LocalSettings, Vec<FieldProblem>) {
        let mut check = Check { draft: self, problems: Vec::new() };
        let mut settings = LocalSettings::national();
        settings.updated = Some(today);
        settings.area = check.text("area", "the area's name", AREA_MAX_CHARS).to_owned();
        if let Some(url) = check.link("exit-url", "Where Exit this page goes") {
            settings.exit_url = url;
        } else if self.get("exit-url").trim().is_empty() {
            check.missing("exit-url", "Enter the web address Exit this page goes to".to_owned());
        }
        let minutes = self.get("idle-minutes").trim();
        match minutes.parse::<u32>().ok().filter(|m| IDLE_MINUTES_RANGE.contains(m)) {
            Some(minutes) => settings.idle_minutes = minutes,
            None => {
                let (start, end) = (IDLE_MINUTES_RANGE.start(), IDLE_MINUTES_RANGE.end());
                let message = format!("Enter the minutes without use as a whole number from {start} to {end}");
                if minutes.is_empty() {
                    check.missing("idle-minutes", message);
                } else {
                    check.typed("idle-minutes", message);
                }
            }
        }
        for role in &CONTACT_ROLES {
            if let Some(contact) = check.contact(role) {
                settings.contacts.push(contact);
            }
        }
        for n in 0..self.own_contact_rows {
            if let Some(contact) = check.own_contact(n, &settings.contacts) {
                settings.contacts.push(contact);
            }
        }
        let [thresholds, safer_sleep, escalation] = PROCEDURE_FIELDS.map(|(field, label)| check.link(field, label));
        settings.procedures = Procedures { thresholds, safer_sleep, escalation };
        for n in 0..self.stage_rows {
            if let Some(stage) = check.stage(n, &settings.escalation_stages) {
                settings.escalation_stages.push(stage);
            }
        }
        (settings, check.problems)
    }
}

struct Check<'a> {
    draft: &'a Draft,
    problems: Vec<FieldProblem>,
}

impl<'a> Check<'a> {
    fn typed(&mut self, field: &str, message: String) {
        self.problems.push(FieldProblem { field: field.to_owned(), message, in_typing: true });
    }

    fn missing(&mut self, field: &str, message: String) {
        self.problems.push(FieldProblem { field: field.to_owned(), message, in_typing: false });
    }

    /// The field's text, trimmed; too long is a problem. `what` starts as within a sentence.
    fn text(&mut self, field: &str, what: &str, max: usize) -> &'a str {
        let text = self.draft.get(field).trim();
        if text.chars().count() > max {
            self.typed(field, format!("{} must be {max} characters or fewer", capitalise(what)));
        }
        text
    }

    /// Text that must be there, since something else in its group is.
    fn needed(&mut self, field: &str, what: &str, max: usize, instead: &str) -> &'a str {
        let text = self.text(field, what, max);
        if text.is_empty() {
            self.missing(field, format!("Enter {what}{instead}"));
        }
        text
    }

    /// The id in `field` for `who`: needed, and made of small letters, digits and hyphens like
    /// `example`; `taken` says what already has it, if anything does.
    fn id(&mut self, field: &str, who: &str, example: &str, taken: &dyn Fn(&str) -> Option<String>) -> &'a str {
        let id = self.needed(field, &format!("an id for {who}"), ID_MAX_CHARS, "");
        if !id.is_empty() && !is_id(id) {
            self.typed(
                field,
                format!("The id for {who} must use only small letters a to z, digits and hyphens, such as {example}"),
            );
        } else if let Some(problem) = Some(id).filter(|id| is_id(id)).and_then(taken) {
            self.typed(field, problem);
        }
        id
    }

    /// The web address in `field`, when one is typed and Hearth will link to it.
    fn link(&mut self, field: &str, what: &str) -> Option<String> {
        let url = self.draft.get(field).trim();
        if url.is_empty() {
            return None;
        }
        match web_address_problem(url) {
            Some(problem) => {
                self.typed(field, format!("{what}: {problem}"));
                None
            }
            None => Some(url.to_owned()),
        }
    }

    /// A contact's name, number, hours and purpose, from the fields `field` names. `who` names it
    /// in messages; `instead` ends those for a missing name and a missing number.
    fn contact_parts(
        &mut self,
        field: &dyn Fn(&str) -> String,
        who: &str,
        instead: [&str; 2],
    ) -> (LocalContact, &'a str) {
        let name = self.needed(&field("name"), &format!("a name for {who}"), NAME_MAX_CHARS, instead[0]);
        let number = self.needed(&field("number"), &format!("the phone number for {who}"), 40, instead[1]);
        if let Some(problem) = number_problem(number).filter(|_| !number.is_empty()) {
            self.typed(&field("number"), format!("The phone number for {who}: {problem}"));
        }
        let hours = self.text(&field("hours"), &format!("the hours of {who}"), HOURS_MAX_CHARS);
        let purpose = self.text(&field("purpose"), &format!("why someone would call {who}"), PURPOSE_MAX_CHARS);
        let contact = LocalContact {
            id: String::new(),
            name: name.to_owned(),
            number: number.to_owned(),
            hours: hours.to_owned(),
            purpose: purpose.to_owned(),
        };
        (contact, purpose)
    }

    fn contact(&mut self, role: &ContactRole) -> Option<LocalContact> {
        let field = |part: &str| contact_field(role, part);
        if ["name", "number"].iter().all(|part| self.draft.get(&field(part)).trim().is_empty()) {
            return None;
        }
        let instead = [", or clear its number to leave it out", ", or clear its name to leave it out"];
        let (contact, purpose) = self.contact_parts(&field, role.label, instead);
        let purpose = if purpose.is_empty() { role.purpose } else { purpose };
        Some(LocalContact { id: role.id.to_owned(), purpose: purpose.to_owned(), ..contact })
    }

    fn own_contact(&mut self, n: usize, before: &[LocalContact]) -> Option<LocalContact> {
        let field = |part: &str| own_contact_field(n, part);
        if CONTACT_FIELDS.iter().all(|part| self.draft.get(&field(part)).trim().is_empty()) {
            return None;
        }
        let who = format!("your contact {}", n + 1);
        let taken = |id: &str| {
            if CONTACT_ROLES.iter().any(|role| role.id == id) {
                Some(format!("The id \"{id}\" is for one of the contacts above: give {who} an id of its own"))
            } else {
                before
                    .iter()
                    .any(|other| other.id == id)
                    .then(|| format!("Another contact has the id \"{id}\": give {who} its own id"))
            }
        };
        let id = self.id(&field("id"), &who, "health-visiting", &taken);
        let (contact, purpose) = self.contact_parts(&field, &who, ["", ""]);
        if purpose.is_empty() {
            self.missing(&field("purpose"), format!("Enter why someone would call {who}"));
        }
        Some(LocalContact { id: id.to_owned(), ..contact })
    }

    fn stage(&mut self, n: usize, before: &[EscalationStage]) -> Option<EscalationStage> {
        let field = |part| stage_field(n, part);
        if ["id", "label", "hint"].iter().all(|part| self.draft.get(&field(part)).trim().is_empty()) {
            return None;
        }
        let stage = format!("escalation stage {}", n + 1);
        let taken = |id: &str| {
            before
                .iter()
                .any(|other| other.id == id)
                .then(|| format!("Another stage has the id \"{id}\": give {stage} its own id"))
        };
        let id = self.id(&field("id"), &stage, "stage-1", &taken);
        let label = self.needed(&field("label"), &format!("a name for {stage}"), NAME_MAX_CHARS, "");
        let hint = self.needed(&field("hint"), &format!("what to do at {stage}"), HINT_MAX_CHARS, "");
        Some(EscalationStage { id: id.to_owned(), label: label.to_owned(), hint: hint.to_owned() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::local_settings::file::{built_into, read, write, BUILT_IN_ID, MAX_STAGES};

    const EXAMPLE: &str = include_str!("../../../docs/adopt/local.json.example");

    fn today() -> CalendarDate {
        CalendarDate::new(2027, 1, 15).unwrap()
    }

    fn national() -> Draft {
        Draft::from_settings(&LocalSettings::national())
    }

    fn problems_in(draft: &Draft) -> Vec<(String, bool)> {
        draft.settings(today()).1.into_iter().map(|p| (p.field, p.in_typing)).collect()
    }

    #[test]
    fn a_loaded_file_fills_the_form_and_comes_back_the_same_but_for_its_date() {
        let mut example = read(EXAMPLE.as_bytes()).unwrap();
        example.contacts.push(LocalContact {
            id: "health-visiting".into(),
            name: "Northshire health visiting".into(),
            number: "01632 960 009".into(),
            hours: String::new(),
            purpose: "Advice about a baby.".into(),
        });
        example.escalation_stages.push(EscalationStage {
            id: "talk".into(),
            label: "Talk".into(),
            hint: "Within 2 days.".into(),
        });
        let draft = Draft::from_settings(&example);
        assert_eq!(draft.get("front-door-number"), "01632 960 001");
        assert_eq!(draft.own_contact_rows, 1);
        assert_eq!(draft.get("own-contact-1-id"), "health-visiting");
        let (settings, problems) = draft.settings(today());
        assert_eq!(problems, []);
        assert_eq!(settings, LocalSettings { updated: Some(today()), ..example });
    }

    #[test]
    fn the_national_settings_fill_each_purpose_and_set_no_contact() {
        let draft = national();
        assert_eq!(draft.get("marac-purpose"), CONTACT_ROLES[3].purpose);
        let (settings, problems) = draft.settings(today());
        assert_eq!(problems, []);
        assert_eq!(settings, LocalSettings { updated: Some(today()), ..LocalSettings::national() });
    }

    #[test]
    fn a_contact_with_a_name_needs_a_number_but_says_so_only_when_the_file_is_asked_for() {
        let mut draft = national();
        draft.set("early-help-name", "Northshire Early Help");
        assert_eq!(problems_in(&draft), [("early-help-number".to_owned(), false)]);
        draft.set("early-help-number", "01632 96O 005");
        let (_, problems) = draft.settings(today());
        assert!(problems[0].in_typing && problems[0].message.contains("only digits and spaces"), "{problems:?}");
        draft.set("early-help-number", "01632 960 005");
        draft.set("early-help-purpose", " ");
        let (settings, problems) = draft.settings(today());
        assert_eq!(problems, []);
        assert_eq!(settings.contact("early-help").unwrap().purpose, CONTACT_ROLES[4].purpose);
    }

    #[test]
    fn an_address_that_is_not_https_or_an_idle_time_out_of_range_is_a_mistake_as_typed() {
        let mut draft = national();
        draft.set("exit-url", "http://www.example.org");
        draft.set("safer-sleep-link", "www.example.org/sleep");
        draft.set("idle-minutes", "1");
        assert_eq!(
            problems_in(&draft),
            [("exit-url".to_owned(), true), ("idle-minutes".to_owned(), true), ("safer-sleep-link".to_owned(), true)]
        );
        draft.set("exit-url", "");
        draft.set("idle-minutes", " ");
        assert_eq!(problems_in(&draft)[..2], [("exit-url".to_owned(), false), ("idle-minutes".to_owned(), false)]);
    }

    #[test]
    fn too_long_text_is_a_mistake_as_typed() {
        let mut draft = national();
        draft.set("area", &"N".repeat(AREA_MAX_CHARS + 1));
        draft.set("marac-name", &"M".repeat(NAME_MAX_CHARS + 1));
        draft.set("marac-number", "101");
        let (_, problems) = draft.settings(today());
        assert_eq!(problems[0].message, "The area's name must be 60 characters or fewer");
        assert_eq!((problems[1].field.as_str(), problems[1].in_typing), ("marac-name", true));
    }

    #[test]
    fn an_empty_stage_is_not_set_and_a_started_one_needs_each_part() {
        let mut draft = national();
        draft.stage_rows = 3;
        draft.set(&stage_field(0, "id"), "talk");
        draft.set(&stage_field(0, "label"), "Talk to the worker");
        draft.set(&stage_field(0, "hint"), "Within 2 days.");
        draft.set(&stage_field(2, "id"), "talk");
        assert_eq!(
            problems_in(&draft),
            [("stage-3-id".to_owned(), true), ("stage-3-label".to_owned(), false), ("stage-3-hint".to_owned(), false)]
        );
        draft.set(&stage_field(2, "id"), "Manager!");
        assert!(draft.settings(today()).1[0].message.contains("small letters"));
        draft.set(&stage_field(2, "id"), "");
        draft.set(&stage_field(2, "label"), "");
        let (settings, problems) = draft.settings(today());
        assert_eq!(problems, []);
        assert_eq!(settings.escalation_stages.len(), 1);
    }

    #[test]
    fn a_contact_of_your_own_needs_an_id_no_other_has_and_each_part_once_started() {
        let mut draft = national();
        draft.own_contact_rows = 3;
        let own = |draft: &mut Draft, n, parts: [&str; 5]| {
            for (part, text) in CONTACT_FIELDS.into_iter().zip(parts) {
                draft.set(&own_contact_field(n, part), text);
            }
        };
        own(&mut draft, 0, ["health-visiting", "Health visiting", "01632 960 009", "", "Advice about a baby."]);
        own(&mut draft, 2, ["", "Children's centre", "", "", ""]);
        assert_eq!(
            problems_in(&draft),
            [
                ("own-contact-3-id".to_owned(), false),
                ("own-contact-3-number".to_owned(), false),
                ("own-contact-3-purpose".to_owned(), false)
            ],
            "a row left empty is left out; one started asks for the rest when the file is asked for"
        );
        for (id, says) in [
            ("Centre!", "must use only small letters"),
            ("front-door", "is for one of the contacts above"),
            ("health-visiting", "Another contact has the id \"health-visiting\""),
        ] {
            own(&mut draft, 2, [id, "Children's centre", "01632 960 010", "", "Play and stay."]);
            let problems = draft.settings(today()).1;
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert!(problems[0].in_typing && problems[0].message.contains(says), "{id}: {problems:?}");
        }
        own(&mut draft, 2, ["childrens-centre", "Children's centre", "01632 96O 010", "", "Play and stay."]);
        assert!(draft.settings(today()).1[0].message.starts_with("The phone number for your contact 3:"));
        own(&mut draft, 2, ["childrens-centre", "Children's centre", "01632 960 010", "", "Play and stay."]);
        let (settings, problems) = draft.settings(today());
        assert_eq!(problems, []);
        let ids: Vec<&str> = settings.contacts.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["health-visiting", "childrens-centre"]);
    }

    #[test]
    fn a_form_without_problems_always_writes_a_file_hearth_reads() {
        let mut draft = Draft::from_settings(&read(EXAMPLE.as_bytes()).unwrap());
        draft.set("area", &"N".repeat(AREA_MAX_CHARS));
        draft.set("front-door-name", &"\"Quotes\" & <angles> \\ ".repeat(3));
        draft.set("front-door-hours", &"h".repeat(HOURS_MAX_CHARS));
        draft.set("front-door-purpose", &"p".repeat(PURPOSE_MAX_CHARS));
        draft.set("police-non-emergency-number", "0 1 2 3 4 5 6 7 8 9 0 1 2 3 4");
        draft.stage_rows = MAX_STAGES;
        for n in 0..MAX_STAGES {
            draft.set(&stage_field(n, "id"), &format!("stage-{n}"));
            draft.set(&stage_field(n, "label"), &"l".repeat(NAME_MAX_CHARS));
            draft.set(&stage_field(n, "hint"), &"h".repeat(HINT_MAX_CHARS));
        }
        draft.own_contact_rows = MAX_OWN_CONTACTS;
        for n in 0..MAX_OWN_CONTACTS {
            draft.set(&own_contact_field(n, "id"), &format!("{n}-{}", "i".repeat(ID_MAX_CHARS - 3)));
            draft.set(&own_contact_field(n, "name"), &"n".repeat(NAME_MAX_CHARS));
            draft.set(&own_contact_field(n, "number"), "0 1 2 3 4 5 6 7 8 9 0 1 2 3 4");
            draft.set(&own_contact_field(n, "hours"), &"h".repeat(HOURS_MAX_CHARS));
            draft.set(&own_contact_field(n, "purpose"), &"p".repeat(PURPOSE_MAX_CHARS));
        }
        let (settings, problems) = draft.settings(today());
        assert_eq!(problems, []);
        assert_eq!(settings.contacts.len(), MAX_CONTACTS, "every contact the file can hold");
        assert_eq!(read(write(&settings).as_bytes()), Ok(settings));
    }

    #[test]
    fn a_single_file_carries_the_settings_so_nothing_in_them_can_end_its_element() {
        let mut draft = national();
        draft.set("area", "North</script><script>alert(1)</script>");
        let text = write(&draft.settings(today()).0);
        let page = format!("<head><script type=\"application/json\" id=\"{BUILT_IN_ID}\"></script><script type=\"module\">go()</script></head>");
        let built = built_into(&page, &text).unwrap();
        assert_eq!(built.matches("</script>").count(), 2, "{built}");
        let carried = built.split_once(&format!("id=\"{BUILT_IN_ID}\">")).unwrap().1.split_once("</script>").unwrap().0;
        assert_eq!(read(carried.as_bytes()).unwrap().area, "North</script><script>alert(1)</script>");
        assert_eq!(
            built_into(&built, &text).as_deref(),
            Some(built.as_str()),
            "filling it again replaces what it held"
        );
        assert_eq!(built_into("<head></head>", &text), None);
    }
}
