//! The record file: a family record and both practitioner sets as JSON with a schema version,
//! optionally sealed with a passphrase (the sealing itself is Web Crypto, in `browser::crypto`).
//! Reading checks everything and never panics: every failure is an `ImportError` in words.

mod casework_v2;
mod v1;

use v1::{AnswerV1, ConflictV1, FileV1, PersonV1, PlaceV1, SafetyV1, SleepV1, StepRefV1};

use crate::domain::answer::{Answer, Response};
use crate::domain::casework::words::CaseworkWords;
use crate::domain::casework::Casework;
use crate::domain::conflict::assessment::{AgencyCheck, ConflictAssessment, Judgement, SafetyCheck, Subject};
use crate::domain::conflict::question::{OutcomeKind, QuestionSet, Scope};
use crate::domain::date::CalendarDate;
use crate::domain::family_record::{ChildAge, FamilyRecord, Label, PersonId, PEOPLE_MAX};
use crate::domain::json::{object, Json, JsonProblem};
use crate::domain::sleep::assessment::{AgeInWeeks, RoutinePlan, SleepAssessment, SleepPlace, SleepSubject, Voice};
use crate::domain::sleep::question::{Part, SleepSet};

pub const FORMAT: &str = "hearth-record";
pub const SEALED_FORMAT: &str = "hearth-record-encrypted";
/// Format 2 added the casework; format 1 files, from releases before it, still open.
pub const SCHEMA: u32 = 2;
/// Files over this size are refused before they are read.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// The most a sealed file may ask for: ten times what Hearth writes, room for a later release
/// to raise it, while a hostile file cannot keep the browser working for hours.
pub const MAX_PBKDF2_ITERATIONS: u32 = 6_000_000;

/// Everything a practitioner's record holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    pub record: FamilyRecord,
    pub conflict: ConflictAssessment,
    pub sleep: SleepAssessment,
    pub casework: Casework,
}

/// A record sealed with a passphrase: PBKDF2-SHA-256 derives an AES-GCM key from it.
#[derive(Clone, Debug, PartialEq)]
pub struct Sealed {
    pub format: String,
    pub schema: u32,
    pub kdf: String,
    pub iterations: u32,
    pub salt: String,
    pub nonce: String,
    pub ciphertext: String,
}

/// What a file turned out to hold.
#[derive(Debug, PartialEq)]
pub enum Opened {
    Plain(Box<Snapshot>),
    Sealed(Sealed),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    TooLarge,
    NotHearth,
    Damaged,
    Newer(u32),
    Older(u32),
    Invalid(String),
    NeedsPassphrase,
    WrongPassphrase,
    /// A sealed file asking for an iteration count Hearth never writes.
    Iterations(u32),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge => write!(f, "This file is too big to be a Hearth record (the limit is {} MB). Nothing was opened.", MAX_FILE_BYTES / 1024 / 1024),
            Self::NotHearth => f.write_str("This file is not a Hearth record. Choose a file that Hearth exported."),
            Self::Damaged => f.write_str("This file is damaged or incomplete, so it cannot be opened. Export the record again if you can."),
            Self::Newer(v) => write!(f, "This record was made by a newer version of Hearth (format {v}). Update Hearth to open it."),
            Self::Older(v) => write!(f, "This record uses format {v}, which this version of Hearth cannot read."),
            Self::Invalid(why) => write!(f, "This record cannot be opened: {why}."),
            Self::NeedsPassphrase => f.write_str("This record is protected with a passphrase. Enter it, then open the file again."),
            Self::WrongPassphrase => {
                f.write_str("The passphrase is wrong, or the file has been changed since it was exported. Check the passphrase and try again.")
            }
            Self::Iterations(n) => write!(
                f,
                "This file asks Hearth to work through its passphrase {} times, and Hearth only accepts {} to {}, so it \
                 was not made by Hearth or has been changed. Nothing was opened.",
                thousands(*n),
                thousands(PBKDF2_ITERATIONS),
                thousands(MAX_PBKDF2_ITERATIONS)
            ),
        }
    }
}

fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Refuses an iteration count outside what Hearth accepts, before any work is done with it.
pub fn accept_iterations(iterations: u32) -> Result<(), ImportError> {
    if (PBKDF2_ITERATIONS..=MAX_PBKDF2_ITERATIONS).contains(&iterations) {
        Ok(())
    } else {
        Err(ImportError::Iterations(iterations))
    }
}

pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}

fn answer_id(answer: Option<Answer>) -> Option<String> {
    answer.map(|a| a.id().to_owned())
}

/// The record as a plain JSON file.
pub fn export(snapshot: &Snapshot, conflict_set: &QuestionSet, sleep_set: &SleepSet, saved: CalendarDate) -> String {
    let Snapshot { record, conflict, sleep, casework } = snapshot;
    let person = |id: PersonId| id.number();
    let conflict_answers = conflict_set
        .questions
        .iter()
        .flat_map(|q| {
            let subjects: Vec<Subject> = record
                .adults()
                .iter()
                .flat_map(|a| {
                    record
                        .adults()
                        .iter()
                        .filter(move |b| b.id != a.id)
                        .map(move |b| Subject::Between { actor: a.id, target: b.id })
                })
                .chain([Subject::Family])
                .chain(record.children().iter().map(|c| Subject::Child(c.id)))
                .collect();
            subjects.into_iter().filter_map(move |s| conflict.responses.get(s, q.id).map(|r| (s, q.id, r.clone())))
        })
        .map(|(subject, question, response)| AnswerV1 {
            about: match subject {
                Subject::Between { actor, target } => format!("{}>{}", actor.number(), target.number()),
                Subject::Family => "family".into(),
                Subject::Child(c) => format!("child:{}", c.number()),
            },
            question: question.into(),
            answer: answer_id(response.answer),
            note: response.note,
        })
        .collect();
    let sleep_answers = sleep_set
        .questions
        .iter()
        .flat_map(|q| {
            std::iter::once(SleepSubject::Family)
                .chain(record.adults().iter().map(|a| SleepSubject::Carer(a.id)))
                .filter_map(move |s| sleep.responses.get(s, q.id).map(|r| (s, q.id, r.clone())))
        })
        .map(|(subject, question, response)| AnswerV1 {
            about: match subject {
                SleepSubject::Family => "family".into(),
                SleepSubject::Carer(c) => format!("carer:{}", c.number()),
            },
            question: question.into(),
            answer: answer_id(response.answer),
            note: response.note,
        })
        .collect();
    let file = FileV1 {
        format: FORMAT.into(),
        schema: SCHEMA,
        saved: saved.iso(),
        adults: record
            .adults()
            .iter()
            .map(|a| PersonV1 { id: person(a.id), label: a.label.to_string(), age: None })
            .collect(),
        children: record
            .children()
            .iter()
            .map(|c| PersonV1 { id: person(c.id), label: c.label.to_string(), age: Some(c.age.years()) })
            .collect(),
        conflict: ConflictV1 {
            pair: conflict.pair.map(|(a, b)| (person(a), person(b))),
            safety: conflict
                .safety
                .iter()
                .map(|(id, s)| SafetyV1 {
                    person: person(*id),
                    alone: answer_id(s.alone),
                    safe_to_talk: answer_id(s.safe_to_talk),
                    safe_contact: s.safe_contact.clone(),
                })
                .collect(),
            answers: conflict_answers,
            agency_checks: conflict.agency_checks.iter().map(|(a, c)| ((*a).to_owned(), c.id().to_owned())).collect(),
            judgement: conflict.judgement.as_ref().map(|j| (j.outcome.id().to_owned(), j.reason.clone())),
            follow_ups: conflict
                .follow_ups
                .iter()
                .map(|((o, step), d)| (o.id().to_owned(), StepRefV1::Id((*step).to_owned()), d.iso()))
                .collect(),
        },
        sleep: SleepV1 {
            baby: sleep.baby.map(person),
            age_weeks: sleep.age.map(AgeInWeeks::weeks),
            by_day: place_v1(&sleep.by_day),
            by_night: place_v1(&sleep.by_night),
            voices: sleep
                .voices
                .iter()
                .map(|(id, v)| (person(*id), answer_id(v.present), answer_id(v.heard)))
                .collect(),
            answers: sleep_answers,
            plans: sleep
                .plans
                .iter()
                .map(|(s, p)| {
                    ((*s).to_owned(), p.where_baby_sleeps.clone(), p.who_is_in_charge.clone(), p.needed.clone())
                })
                .collect(),
            shared: sleep.shared.iter().map(|s| (*s).to_owned()).collect(),
            review: sleep.review.map(CalendarDate::iso),
        },
        case: Some(casework_v2::casework_json(casework, person)),
    };
    file.to_json().pretty()
}

/// A sealed record as its file.
pub fn export_sealed(sealed: &Sealed) -> String {
    sealed_json(sealed).pretty()
}

pub fn sealed_json(sealed: &Sealed) -> Json {
    object([
        ("format", sealed.format.as_str().into()),
        ("schema", i64::from(sealed.schema).into()),
        ("kdf", sealed.kdf.as_str().into()),
        ("iterations", i64::from(sealed.iterations).into()),
        ("salt", sealed.salt.as_str().into()),
        ("nonce", sealed.nonce.as_str().into()),
        ("ciphertext", sealed.ciphertext.as_str().into()),
    ])
}

fn read_sealed(value: &Json) -> Option<Sealed> {
    let text = |key| value.get(key).and_then(Json::as_str).map(str::to_owned);
    let number = |key| value.get(key).and_then(Json::as_i64).and_then(|n| u32::try_from(n).ok());
    Some(Sealed {
        format: text("format")?,
        schema: number("schema")?,
        kdf: text("kdf")?,
        iterations: number("iterations")?,
        salt: text("salt")?,
        nonce: text("nonce")?,
        ciphertext: text("ciphertext")?,
    })
}

/// A sealed file's fields, checked for shape and for an iteration count Hearth accepts.
pub fn read_sealed_file(value: &Json) -> Result<Sealed, ImportError> {
    let sealed = read_sealed(value).ok_or(ImportError::Damaged)?;
    accept_iterations(sealed.iterations)?;
    let well_formed = sealed.format == SEALED_FORMAT
        && (1..=SCHEMA).contains(&sealed.schema)
        && sealed.kdf == "PBKDF2-SHA-256"
        && from_hex(&sealed.salt).is_some_and(|s| s.len() >= 16)
        && from_hex(&sealed.nonce).is_some_and(|n| n.len() == 12)
        && from_hex(&sealed.ciphertext).is_some_and(|c| c.len() >= 16);
    if well_formed {
        Ok(sealed)
    } else {
        Err(ImportError::Damaged)
    }
}

/// Reads a file: refuses what is too big, not Hearth's, damaged, newer or older; opens a plain
/// record or hands back a sealed one for `browser::crypto` to unseal.
pub fn open(
    bytes: &[u8],
    conflict_set: &QuestionSet,
    sleep_set: &SleepSet,
    words: &CaseworkWords,
) -> Result<Opened, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotHearth)?;
    // Some editors start a file with a byte-order mark; browsers read past it, and so does Hearth.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let value = Json::parse(text).map_err(|e| match e.problem {
        JsonProblem::EndsEarly if text.trim_start().starts_with('{') && text.contains("hearth-record") => {
            ImportError::Damaged
        }
        JsonProblem::TooMany if text.contains("hearth-record") => {
            invalid("a list in it is far longer than any Hearth record holds")
        }
        _ => ImportError::NotHearth,
    })?;
    let format = value.get("format").and_then(Json::as_str).ok_or(ImportError::NotHearth)?;
    let schema = value.get("schema").and_then(Json::as_i64).ok_or(ImportError::NotHearth)?;
    let schema = u32::try_from(schema).map_err(|_| ImportError::NotHearth)?;
    if format != FORMAT && format != SEALED_FORMAT {
        return Err(ImportError::NotHearth);
    }
    if schema > SCHEMA {
        return Err(ImportError::Newer(schema));
    }
    if schema < 1 {
        return Err(ImportError::Older(schema));
    }
    if format == SEALED_FORMAT {
        return read_sealed_file(&value).map(Opened::Sealed);
    }
    let file = FileV1::read(&value, schema >= 2)?;
    build(file, conflict_set, sleep_set, words).map(|s| Opened::Plain(Box::new(s)))
}

fn place_v1(place: &SleepPlace) -> PlaceV1 {
    (place.place.clone(), answer_id(place.seen), place.kind.map(|k| k.id.to_owned()))
}

fn read_place((place, seen, kind): &PlaceV1, sleep_set: &SleepSet) -> Result<SleepPlace, ImportError> {
    let kind = kind
        .as_deref()
        .map(|id| sleep_set.place(id).ok_or_else(|| invalid(format!("\"{id}\" is not a place Hearth knows"))))
        .transpose()?;
    Ok(SleepPlace { kind, place: place.clone(), seen: parse_answer(seen)? })
}

/// The referral steps of releases before steps had ids, by their position then: a follow-up
/// date in an earlier file stays with the same step.
fn earlier_step_id(outcome: OutcomeKind, position: usize) -> Option<&'static str> {
    match (outcome, position) {
        (OutcomeKind::HighRisk, 2) => Some("marac"),
        (OutcomeKind::HighRisk, 3) => Some("children-front-door"),
        (OutcomeKind::AbuseIndicated, 1) => Some("specialist-support"),
        (OutcomeKind::AbuseIndicated, 2) => Some("children"),
        (OutcomeKind::NotEnoughKnown, 2) => Some("come-back"),
        (OutcomeKind::NoAbuseIndicated, 0) => Some("reducing-conflict"),
        _ => None,
    }
}

fn invalid(why: impl Into<String>) -> ImportError {
    ImportError::Invalid(why.into())
}

fn parse_answer(text: &Option<String>) -> Result<Option<Answer>, ImportError> {
    text.as_deref()
        .map(|id| Answer::from_id(id).ok_or_else(|| invalid(format!("\"{id}\" is not an answer"))))
        .transpose()
}

fn parse_date(text: &str) -> Result<CalendarDate, ImportError> {
    CalendarDate::parse_iso(text).ok_or_else(|| invalid(format!("\"{text}\" is not a date")))
}

/// A person's number as Hearth writes it: digits only, so "+1" or " 1" is not read as 1.
fn person_number(text: &str) -> Result<u32, ImportError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid(format!("\"{text}\" is not a person's number")));
    }
    text.parse().map_err(|_| invalid(format!("\"{text}\" is not a person's number")))
}

/// Refuses a second entry for the same thing: the file would say two things about it, and one
/// would be lost when the record is next exported.
fn once<T: Ord>(seen: &mut std::collections::BTreeSet<T>, key: T, what: &str) -> Result<(), ImportError> {
    if seen.insert(key) {
        Ok(())
    } else {
        Err(invalid(format!("it gives {what} twice")))
    }
}

/// Reads what a file holds, refusing anything Hearth could not show: whatever is opened is
/// exported again unchanged.
fn build(
    file: FileV1,
    conflict_set: &QuestionSet,
    sleep_set: &SleepSet,
    words: &CaseworkWords,
) -> Result<Snapshot, ImportError> {
    parse_date(&file.saved)?;
    let people_in_file = file.adults.len() + file.children.len();
    if people_in_file > PEOPLE_MAX {
        return Err(invalid(format!("it holds {people_in_file} people, and a record can hold up to {PEOPLE_MAX}")));
    }
    let mut record = FamilyRecord::default();
    let mut people: Vec<(u32, PersonId, bool)> = Vec::new();
    for (adult, is_adult) in file.adults.iter().map(|p| (p, true)).chain(file.children.iter().map(|p| (p, false))) {
        if people.iter().any(|(old, ..)| *old == adult.id) {
            return Err(invalid(format!("two people share the number {}", adult.id)));
        }
        let label = Label::parse(&adult.label).map_err(|e| invalid(format!("a label is not valid ({e})")))?;
        let id = if is_adult {
            if adult.age.is_some() {
                return Err(invalid(format!("the adult \"{label}\" is given an age, which only children have")));
            }
            record.add_adult(label)
        } else {
            let age = ChildAge::parse(&adult.age.map(|a| a.to_string()).unwrap_or_default())
                .map_err(|e| invalid(format!("a child's age is not valid ({e})")))?;
            record.add_child(label, age)
        }
        .map_err(|e| invalid(format!("{e}")))?;
        people.push((adult.id, id, is_adult));
    }
    let find = |old: u32, want_adult: bool| {
        people.iter().find(|(o, _, a)| *o == old && *a == want_adult).map(|(_, id, _)| *id).ok_or_else(|| {
            invalid(format!(
                "it mentions {} {old}, who is not in the record",
                if want_adult { "adult" } else { "child" }
            ))
        })
    };
    let adult = |old: u32| find(old, true);
    let child = |old: u32| find(old, false);

    let mut conflict = ConflictAssessment::default();
    if let Some((a, b)) = file.conflict.pair {
        let (a, b) = (adult(a)?, adult(b)?);
        if a == b {
            return Err(invalid("the two adults chosen are the same person"));
        }
        conflict.pair = Some((a, b));
    }
    let mut seen_safety = std::collections::BTreeSet::new();
    for s in &file.conflict.safety {
        once(&mut seen_safety, s.person, "one adult's safety check")?;
        let check = SafetyCheck {
            alone: parse_answer(&s.alone)?,
            safe_to_talk: parse_answer(&s.safe_to_talk)?,
            safe_contact: s.safe_contact.clone(),
        };
        conflict.safety.insert(adult(s.person)?, check);
    }
    let mut seen_answers = std::collections::BTreeSet::new();
    for a in &file.conflict.answers {
        let question = conflict_set
            .question(&a.question)
            .ok_or_else(|| invalid(format!("\"{}\" is not a question Hearth asks", a.question)))?;
        let subject = match (a.about.as_str(), question.scope) {
            ("family", Scope::Family) => Subject::Family,
            (about, Scope::EachChild) if about.starts_with("child:") => {
                Subject::Child(child(person_number(&about["child:".len()..])?)?)
            }
            (about, Scope::BetweenAdults) if about.contains('>') => {
                let (x, y) = about.split_once('>').unwrap_or_default();
                let (actor, target) = (adult(person_number(x)?)?, adult(person_number(y)?)?);
                if actor == target {
                    return Err(invalid(format!("\"{about}\" is about one adult and the same adult")));
                }
                Subject::Between { actor, target }
            }
            (about, _) => return Err(invalid(format!("\"{about}\" does not fit the question \"{}\"", question.id))),
        };
        once(&mut seen_answers, (subject, question.id), "two answers to one question about the same people")?;
        conflict.responses.set(
            subject,
            question.id,
            Response { answer: parse_answer(&a.answer)?, note: a.note.clone() },
        );
    }
    for (agency, check) in &file.conflict.agency_checks {
        let agency = conflict_set
            .agencies
            .iter()
            .find(|x| x.id == agency)
            .ok_or_else(|| invalid(format!("\"{agency}\" is not an agency Hearth knows")))?;
        if conflict.agency_checks.contains_key(agency.id) {
            return Err(invalid(format!("it gives the check with \"{}\" twice", agency.id)));
        }
        let check =
            AgencyCheck::from_id(check).ok_or_else(|| invalid(format!("\"{check}\" is not an agency check")))?;
        conflict.agency_checks.insert(agency.id, check);
    }
    if let Some((outcome, reason)) = &file.conflict.judgement {
        let outcome =
            OutcomeKind::from_id(outcome).ok_or_else(|| invalid(format!("\"{outcome}\" is not an outcome")))?;
        conflict.judgement = Some(Judgement::new(outcome, reason).map_err(|e| invalid(format!("{e}")))?);
    }
    let mut seen_follow_ups = std::collections::BTreeSet::new();
    for (outcome, step, date) in &file.conflict.follow_ups {
        let kind = OutcomeKind::from_id(outcome).ok_or_else(|| invalid(format!("\"{outcome}\" is not an outcome")))?;
        let id = match step {
            StepRefV1::Id(id) => id.as_str(),
            StepRefV1::Position(n) => earlier_step_id(kind, *n).unwrap_or_default(),
        };
        let step = conflict_set
            .outcome(kind)
            .steps
            .iter()
            .find(|s| s.id == id && s.referral)
            .ok_or_else(|| invalid("a follow-up date belongs to no referral"))?;
        once(&mut seen_follow_ups, (kind, step.id), "one step's follow-up date")?;
        conflict.follow_ups.insert((kind, step.id), parse_date(date)?);
    }

    let baby = file.sleep.baby.map(child).transpose()?;
    if let Some(baby) = baby.filter(|b| record.children().iter().any(|c| c.id == *b && c.age.years() > 0)) {
        let label = record.children().iter().find(|c| c.id == baby).map(|c| c.label.to_string()).unwrap_or_default();
        return Err(invalid(format!("the safer-sleep checklist is about \"{label}\", who is not a baby under 1")));
    }
    let mut sleep = SleepAssessment { baby, ..SleepAssessment::default() };
    sleep.age = file.sleep.age_weeks.map(|w| AgeInWeeks::parse(&w.to_string()).map_err(invalid)).transpose()?;
    sleep.by_day = read_place(&file.sleep.by_day, sleep_set)?;
    sleep.by_night = read_place(&file.sleep.by_night, sleep_set)?;
    let mut seen_voices = std::collections::BTreeSet::new();
    for (id, present, heard) in &file.sleep.voices {
        once(&mut seen_voices, *id, "one adult's part in the conversation")?;
        sleep.voices.insert(adult(*id)?, Voice { present: parse_answer(present)?, heard: parse_answer(heard)? });
    }
    let mut seen_sleep_answers = std::collections::BTreeSet::new();
    for a in &file.sleep.answers {
        let question = sleep_set
            .question(&a.question)
            .ok_or_else(|| invalid(format!("\"{}\" is not a question Hearth asks", a.question)))?;
        let subject = match (a.about.as_str(), question.part) {
            ("family", part) if part != Part::EachCarer => SleepSubject::Family,
            (about, Part::EachCarer) if about.starts_with("carer:") => {
                SleepSubject::Carer(adult(person_number(&about["carer:".len()..])?)?)
            }
            (about, _) => return Err(invalid(format!("\"{about}\" does not fit the question \"{}\"", question.id))),
        };
        once(&mut seen_sleep_answers, (subject, question.id), "two answers to one question about the same person")?;
        sleep.responses.set(subject, question.id, Response { answer: parse_answer(&a.answer)?, note: a.note.clone() });
    }
    for (situation, where_baby_sleeps, who_is_in_charge, needed) in &file.sleep.plans {
        let question = sleep_set
            .in_part(Part::ComingUp)
            .find(|q| q.id == situation)
            .ok_or_else(|| invalid(format!("\"{situation}\" is not a situation Hearth plans for")))?;
        if sleep.plans.contains_key(question.id) {
            return Err(invalid(format!("it gives the plan for \"{}\" twice", question.id)));
        }
        sleep.plans.insert(
            question.id,
            RoutinePlan {
                where_baby_sleeps: where_baby_sleeps.clone(),
                who_is_in_charge: who_is_in_charge.clone(),
                needed: needed.clone(),
            },
        );
    }
    for contact in &file.sleep.shared {
        let contact = sleep_set
            .contacts
            .iter()
            .find(|c| c.id == contact)
            .ok_or_else(|| invalid(format!("\"{contact}\" is not a contact Hearth knows")))?;
        if !sleep.shared.insert(contact.id) {
            return Err(invalid(format!("it gives \"{}\" twice among those the plan was shared with", contact.id)));
        }
    }
    sleep.review = file.sleep.review.as_deref().map(parse_date).transpose()?;
    let casework = match &file.case {
        None => Casework::default(),
        Some(case) => casework_v2::read_casework(case, &casework_v2::People { adult: &adult, child: &child }, words)?,
    };
    Ok(Snapshot { record, conflict, sleep, casework })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{CASEWORK, CONFLICT_OR_ABUSE, SAFER_SLEEP};
    use crate::domain::casework::{CaseChange, Dated, Referral, ReferralResult, SeenAlone, SetName};
    use proptest::prelude::*;

    fn full_snapshot() -> Snapshot {
        let mut record = FamilyRecord::default();
        let mum = record.add_adult(Label::parse("Mum").unwrap()).unwrap();
        let dad = record.add_adult(Label::parse("Dad").unwrap()).unwrap();
        let baby = record.add_child(Label::parse("Baby").unwrap(), ChildAge::parse("0").unwrap()).unwrap();
        let mut conflict = ConflictAssessment::for_pair(mum, dad);
        let yes = |note: &str| Response { answer: Some(Answer::Yes), note: note.into() };
        conflict.responses.set(
            Subject::Between { actor: mum, target: dad },
            "physical-harm",
            yes("scratches \"seen\" <b>"),
        );
        conflict.responses.set(Subject::Family, "argue-often", Response { answer: None, note: "only a note".into() });
        conflict.responses.set(Subject::Child(baby), "child-sees-hears", yes(""));
        conflict.safety.insert(
            dad,
            SafetyCheck {
                alone: Some(Answer::Yes),
                safe_to_talk: Some(Answer::NotKnown),
                safe_contact: "work phone".into(),
            },
        );
        conflict.agency_checks.insert("police", AgencyCheck::HoldsInformation);
        conflict.judgement = Some(Judgement::new(OutcomeKind::HighRisk, "seen choking").unwrap());
        conflict
            .follow_ups
            .insert((OutcomeKind::AbuseIndicated, "specialist-support"), CalendarDate::new(2026, 12, 3).unwrap());
        let mut sleep = SleepAssessment::for_baby(baby);
        sleep.age = Some(AgeInWeeks::parse("10").unwrap());
        sleep.by_night = SleepPlace { kind: None, place: "cot".into(), seen: Some(Answer::Yes) };
        sleep.voices.insert(dad, Voice { present: Some(Answer::Yes), heard: Some(Answer::No) });
        sleep.responses.set(SleepSubject::Carer(mum), "alcohol", yes("weekends"));
        sleep.responses.set(SleepSubject::Family, "visitors", yes(""));
        sleep.plans.insert(
            "visitors",
            RoutinePlan {
                where_baby_sleeps: "travel cot".into(),
                who_is_in_charge: "Dad".into(),
                needed: "cot".into(),
            },
        );
        sleep.shared.insert("gp");
        sleep.review = CalendarDate::new(2027, 1, 15);
        Snapshot { record, conflict, sleep, casework: full_casework(mum, dad, baby) }
    }

    /// Every kind of casework, so that a round trip covers each field of format 2.
    fn full_casework(mum: PersonId, dad: PersonId, baby: PersonId) -> Casework {
        use crate::domain::casework::{AgencyCheckEntry, Challenge, Incident, Share};
        let on = |d| CalendarDate::new(2026, 12, d).unwrap();
        let mut casework = Casework::default();
        for change in [
            CaseChange::Heard(mum, Some(Answer::Yes)),
            CaseChange::Heard(dad, Some(Answer::NotKnown)),
            CaseChange::AccountWords(mum, "worries-about-other", "He drinks \"most nights\"".into()),
            CaseChange::SeenAlone(baby, Some(SeenAlone::NotPossible)),
            CaseChange::WhyNotAlone(baby, "A baby".into()),
            CaseChange::ChildWords(baby, "Cries when voices are raised".into()),
            CaseChange::Day(baby, "bedtime", "Sofa with Dad".into()),
            CaseChange::InterpreterNeeded(dad, Some(Answer::Yes)),
            CaseChange::Language(dad, "Romanian".into()),
            CaseChange::Add(Dated::Check(AgencyCheckEntry {
                agency: "Police".into(),
                asked_on: on(1),
                said: Some(crate::domain::conflict::assessment::AgencyCheck::HoldsInformation),
                answer: "Two call-outs".into(),
                by_whom: "HV".into(),
            })),
            CaseChange::Add(Dated::Share(Share {
                on: on(2),
                what: "Call-outs".into(),
                with_whom: "GP".into(),
                reason: "Baby at risk".into(),
                basis: "significant-harm".into(),
            })),
            CaseChange::Add(Dated::Incident(Incident { on: on(2), what: "Missed visit".into() })),
            CaseChange::Add(Dated::Referral(Referral {
                step: Some("high-risk/marac".into()),
                to_whom: "Front door".into(),
                made_on: on(3),
                reference: "R-1".into(),
                follow_up: Some(on(6)),
                result: ReferralResult::Declined("Below threshold".into()),
                disagree: true,
            })),
            CaseChange::Add(Dated::Challenge(Challenge {
                on: on(7),
                decision: "Referral declined".into(),
                why: "Risks together".into(),
                stage: "managers".into(),
                result: String::new(),
                referral: Some(4),
            })),
            CaseChange::OutcomeSeen { set: SetName::Conflict, title: "High risk", on: on(1) },
        ] {
            casework.apply(change);
        }
        casework
    }

    fn open_plain(text: &str) -> Result<Snapshot, ImportError> {
        match open(text.as_bytes(), &CONFLICT_OR_ABUSE, &SAFER_SLEEP, &CASEWORK)? {
            Opened::Plain(snapshot) => Ok(*snapshot),
            Opened::Sealed(_) => panic!("expected a plain record"),
        }
    }

    fn exported() -> String {
        export(&full_snapshot(), &CONFLICT_OR_ABUSE, &SAFER_SLEEP, CalendarDate::new(2026, 11, 27).unwrap())
    }

    #[test]
    fn a_record_round_trips_through_its_file() {
        assert_eq!(open_plain(&exported()), Ok(full_snapshot()));
    }

    /// Written by the release that used serde_json: files people already hold still open, and
    /// a record is written exactly as it was then.
    /// The full record as format 1 held it: everything but the casework.
    fn format_1_snapshot() -> Snapshot {
        Snapshot { casework: Casework::default(), ..full_snapshot() }
    }

    /// Written by the release that used serde_json: files people already hold still open.
    #[test]
    fn files_from_the_serde_release_open() {
        let earlier = include_str!("../../tests/fixtures/record-v1-serde.json");
        assert!(
            earlier.contains("\"abuse-indicated\",\n        1,"),
            "the fixture keeps its follow-up by the step's position"
        );
        assert_eq!(open_plain(earlier), Ok(format_1_snapshot()));
    }

    /// A format 1 file exported by the last release before the casework (2026-12-01) opens with
    /// everything in it, and is written again as format 2 with the same content and an empty case.
    #[test]
    fn a_format_1_file_from_the_last_release_opens_and_round_trips() {
        let earlier = include_str!("../../tests/fixtures/record-schema-1.json");
        assert!(earlier.contains("\"schema\": 1,") && !earlier.contains("\"case\""));
        let opened = open_plain(earlier).expect("a format 1 file opens");
        assert_eq!(opened, format_1_snapshot());
        let again = export(&opened, &CONFLICT_OR_ABUSE, &SAFER_SLEEP, CalendarDate::new(2026, 11, 27).unwrap());
        assert_eq!(open_plain(&again), Ok(opened));
        let empty_case = ",\n  \"case\": {\n    \"accounts\": [],\n    \"children\": [],\n    \"interpreters\": [],\n    \"entries\": []\n  }\n}";
        assert_eq!(
            again,
            earlier.replacen("\"schema\": 1,", "\"schema\": 2,", 1).replacen("\n}", empty_case, 1),
            "only the schema and the empty case differ"
        );
    }

    #[test]
    fn a_format_1_file_with_casework_in_it_is_refused() {
        let text = exported().replacen("\"schema\": 2", "\"schema\": 1", 1);
        assert_eq!(open_plain(&text), Err(wrong_shape_error("record.case")));
    }

    #[test]
    fn a_format_2_file_without_its_casework_is_refused() {
        let earlier = include_str!("../../tests/fixtures/record-schema-1.json");
        let text = earlier.replacen("\"schema\": 1", "\"schema\": 2", 1);
        assert_eq!(open_plain(&text), Err(wrong_shape_error("record.case")));
    }

    fn wrong_shape_error(place: &str) -> ImportError {
        v1::wrong_shape(place)
    }

    #[test]
    fn the_file_names_its_format_and_schema() {
        let text = exported();
        assert!(text.contains("\"format\": \"hearth-record\""));
        assert!(text.contains("\"schema\": 2"));
    }

    #[test]
    fn a_newer_schema_is_refused_with_update_advice() {
        let text = exported().replacen("\"schema\": 2", "\"schema\": 3", 1);
        let error = open_plain(&text).unwrap_err();
        assert_eq!(error, ImportError::Newer(3));
        assert!(error.to_string().contains("Update Hearth"));
    }

    #[test]
    fn an_older_schema_that_never_existed_is_refused() {
        let text = exported().replacen("\"schema\": 2", "\"schema\": 0", 1);
        assert_eq!(open_plain(&text), Err(ImportError::Older(0)));
    }

    #[test]
    fn other_programs_json_and_non_json_are_not_hearth_records() {
        for text in ["{\"name\": \"a spreadsheet\"}", "[1,2,3]", "hello", "", "{\"format\": \"other\", \"schema\": 1}"]
        {
            assert_eq!(open_plain(text), Err(ImportError::NotHearth), "{text}");
        }
    }

    #[test]
    fn a_truncated_file_is_damaged() {
        let text = exported();
        assert_eq!(open_plain(&text[..text.len() / 2]), Err(ImportError::Damaged));
    }

    #[test]
    fn an_altered_file_names_what_is_wrong() {
        let error = open_plain(&exported().replace("\"physical-harm\"", "\"punching\"")).unwrap_err();
        assert_eq!(error, ImportError::Invalid("\"punching\" is not a question Hearth asks".into()));
        let error = open_plain(&exported().replace("\"about\": \"1>2\"", "\"about\": \"1>9\"")).unwrap_err();
        assert!(error.to_string().contains("adult 9, who is not in the record"), "{error}");
    }

    #[test]
    fn a_record_of_the_wrong_shape_says_where_in_plain_words() {
        let text = exported().replacen("\"age\": 0", "\"age\": \"zero\"", 1);
        assert_eq!(open_plain(&text), Err(v1::wrong_shape("children[0].age")));
        let error = open_plain(&exported().replacen("\"note\"", "\"notes\"", 1)).unwrap_err();
        assert_eq!(
            error.to_string(),
            "This record cannot be opened: part of it (conflict.answers[0].notes) is not in the form Hearth expects."
        );
        let error = open_plain(&exported().replacen("\"safety\": [", "\"safety\": 7, \"x\": [", 1)).unwrap_err();
        assert_eq!(error, v1::wrong_shape("conflict.x"), "a field Hearth does not know is named first");
    }

    #[test]
    fn a_file_over_the_limit_is_refused_before_reading() {
        let big = vec![b' '; MAX_FILE_BYTES + 1];
        assert_eq!(open(&big, &CONFLICT_OR_ABUSE, &SAFER_SLEEP, &CASEWORK), Err(ImportError::TooLarge));
    }

    #[test]
    fn a_sealed_file_is_handed_back_for_unsealing_and_checked_for_shape() {
        let sealed = Sealed {
            format: SEALED_FORMAT.into(),
            schema: SCHEMA,
            kdf: "PBKDF2-SHA-256".into(),
            iterations: PBKDF2_ITERATIONS,
            salt: to_hex(&[7; 16]),
            nonce: to_hex(&[9; 12]),
            ciphertext: to_hex(&[1; 40]),
        };
        let text = export_sealed(&sealed);
        assert_eq!(
            open(text.as_bytes(), &CONFLICT_OR_ABUSE, &SAFER_SLEEP, &CASEWORK),
            Ok(Opened::Sealed(sealed.clone()))
        );
    }

    /// Web Crypto would work through any count a file names, however long it takes, so a file
    /// can only ask for a count in a range Hearth could have written.
    #[test]
    fn a_sealed_file_asking_for_too_few_or_too_many_iterations_is_refused_in_words() {
        let sealed = |iterations| Sealed {
            format: SEALED_FORMAT.into(),
            schema: SCHEMA,
            kdf: "PBKDF2-SHA-256".into(),
            iterations,
            salt: to_hex(&[7; 16]),
            nonce: to_hex(&[9; 12]),
            ciphertext: to_hex(&[1; 40]),
        };
        let opened = |iterations| {
            open(export_sealed(&sealed(iterations)).as_bytes(), &CONFLICT_OR_ABUSE, &SAFER_SLEEP, &CASEWORK)
        };
        for refused in [0, 1000, PBKDF2_ITERATIONS - 1, MAX_PBKDF2_ITERATIONS + 1, u32::MAX] {
            let error = opened(refused).unwrap_err();
            assert_eq!(error, ImportError::Iterations(refused));
            let words = error.to_string();
            assert!(words.contains("600,000 to 6,000,000") && words.contains("Nothing was opened"), "{words}");
        }
        assert_eq!(
            ImportError::Iterations(u32::MAX).to_string(),
            "This file asks Hearth to work through its passphrase 4,294,967,295 times, and Hearth only \
             accepts 600,000 to 6,000,000, so it was not made by Hearth or has been changed. Nothing was opened."
        );
        for accepted in [PBKDF2_ITERATIONS, MAX_PBKDF2_ITERATIONS] {
            assert_eq!(opened(accepted), Ok(Opened::Sealed(sealed(accepted))));
        }
        assert_eq!(
            accept_iterations(MAX_PBKDF2_ITERATIONS + 1),
            Err(ImportError::Iterations(MAX_PBKDF2_ITERATIONS + 1))
        );
    }

    #[test]
    fn hex_round_trips_and_refuses_junk() {
        assert_eq!(from_hex(&to_hex(&[0, 15, 255])), Some(vec![0, 15, 255]));
        for junk in ["f", "zz", "é1"] {
            assert_eq!(from_hex(junk), None, "{junk}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(50_000))]

        /// Arbitrary bytes never panic the import, and every refusal is a worded sentence.
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            if let Err(error) = open(&bytes, &CONFLICT_OR_ABUSE, &SAFER_SLEEP, &CASEWORK) {
                prop_assert!(error.to_string().ends_with('.'), "{error:?} has no clear message");
            }
        }

        /// Arbitrary JSON shaped like a record never panics either.
        #[test]
        fn arbitrary_record_like_json_never_panics(
            schema in 0u32..3,
            ids in proptest::collection::vec(0u32..6, 0..6),
            labels in proptest::collection::vec("[A-Za-z ]{0,12}", 0..6),
            answer in prop_oneof![Just("yes"), Just("no"), Just("not-known"), Just("maybe")],
            question in prop_oneof![Just("afraid"), Just("alcohol"), Just("nope")],
            about in "[0-9>a-z:]{0,6}",
        ) {
            let people: Vec<String> = ids.iter().zip(&labels).map(|(id, label)| format!("{{\"id\": {id}, \"label\": {label:?}}}")).collect();
            let text = format!(
                r#"{{"format": "hearth-record", "schema": {schema}, "saved": "2026-11-27", "adults": [{}], "children": [],
                "conflict": {{"pair": null, "safety": [], "answers": [{{"about": {about:?}, "question": "{question}", "answer": "{answer}", "note": ""}}],
                "agency_checks": [], "judgement": null, "follow_ups": []}},
                "sleep": {{"baby": null, "age_weeks": null, "by_day": ["", null], "by_night": ["", null], "voices": [], "answers": [],
                "plans": [], "shared": [], "review": null}}}}"#,
                people.join(", ")
            );
            match open(text.as_bytes(), &CONFLICT_OR_ABUSE, &SAFER_SLEEP, &CASEWORK) {
                Err(error) => prop_assert!(error.to_string().ends_with('.'), "{error:?} has no clear message"),
                // Whatever is opened is exported again unchanged: nothing is dropped silently.
                Ok(Opened::Plain(snapshot)) => {
                    let again = export(&snapshot, &CONFLICT_OR_ABUSE, &SAFER_SLEEP, CalendarDate::new(2026, 11, 27).unwrap());
                    let reopened = open_plain(&again);
                    prop_assert_eq!(reopened, Ok(*snapshot));
                }
                Ok(Opened::Sealed(_)) => prop_assert!(false, "a plain record read as sealed"),
            }
        }
    }

    /// What the reader used to accept but Hearth could not show, each dropped silently at the
    /// next export: now each is refused, saying what is wrong.
    #[test]
    fn what_hearth_could_not_show_is_refused_not_dropped() {
        let with = |from: &str, to: &str| {
            let text = exported();
            assert!(text.contains(from), "the fixture holds {from:?}");
            open_plain(&text.replacen(from, to, 1)).unwrap_err().to_string()
        };
        for (from, to, expected) in [
            ("\"about\": \"1>2\"", "\"about\": \"1>1\"", "is about one adult and the same adult"),
            ("\"about\": \"1>2\"", "\"about\": \"+1>2\"", "\"+1\" is not a person's number"),
            ("\"about\": \"1>2\"", "\"about\": \"family\"", "does not fit the question \"physical-harm\""),
            ("\"label\": \"Mum\"", "\"label\": \"Mu\\u0000m\"", "hidden characters"),
            ("\"label\": \"Mum\"", "\"label\": \"M\\u202eum\"", "hidden characters"),
            (
                "\"label\": \"Baby\",\n      \"age\": 0",
                "\"label\": \"Baby\",\n      \"age\": 17",
                "who is not a baby under 1",
            ),
        ] {
            let message = with(from, to);
            assert!(message.contains(expected), "{to}: {message}");
        }
        let text = exported();
        let answer = "{\n        \"about\": \"1>2\"";
        let at = text.find(answer).unwrap();
        let end = at + text[at..].find('}').unwrap() + 1;
        let twice = format!("{}{},\n        {}{}", &text[..at], &text[at..end], &text[at..end], &text[end..]);
        assert!(open_plain(&twice).unwrap_err().to_string().contains("twice"));
    }

    #[test]
    fn a_record_holds_up_to_forty_people_and_a_file_with_more_is_refused() {
        let people: Vec<String> = (1..=41).map(|n| format!("{{\"id\": {n}, \"label\": \"P{n}\"}}")).collect();
        let adults = format!("\"adults\": [{}],", people.join(","));
        let start = exported().find("\"adults\"").unwrap();
        let end = exported().find("\"children\"").unwrap();
        let text = format!("{}{adults}\n  {}", &exported()[..start], &exported()[end..]);
        assert!(open_plain(&text).unwrap_err().to_string().contains("42 people, and a record can hold up to 40"));
    }

    #[test]
    fn a_file_that_starts_with_a_byte_order_mark_opens_as_without_one() {
        assert_eq!(open_plain(&format!("\u{FEFF}{}", exported())), Ok(full_snapshot()));
    }
}
