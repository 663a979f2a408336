//! Format 2's `case`: the casework, written and read back as strictly as the rest of the file.
//! Prompt, basis and stage ids must be ones Hearth knows, and people must be in the record, so
//! whatever is opened shows in full and is exported again unchanged.

use std::collections::BTreeSet;

use super::v1::{open, wrong_shape, Object};
use super::{invalid, parse_answer, parse_date, ImportError};
use crate::domain::casework::words::{CaseworkWords, Prompt};
use crate::domain::casework::Account;
use crate::domain::casework::{
    AgencyCheckEntry, Casework, Challenge, ChildVoice, Dated, Entry, Incident, Interpreter, OutcomeNoted, Referral,
    ReferralResult, SeenAlone, SetName, Share,
};
use crate::domain::conflict::assessment::AgencyCheck;
use crate::domain::date::CalendarDate;
use crate::domain::family_record::PersonId;
use crate::domain::json::{object, Json};
use crate::domain::keyed::Keyed;

fn answer(a: Option<crate::domain::answer::Answer>) -> Json {
    a.map(|a| a.id()).into()
}

fn texts(map: &Keyed<&'static str, String>) -> Json {
    Json::Array(map.iter().map(|(k, v)| Json::Array(vec![(*k).into(), v.as_str().into()])).collect())
}

fn date(d: CalendarDate) -> Json {
    d.iso().as_str().into()
}

/// The casework as format 2 writes it; `person` gives each person's number in the file.
pub(super) fn casework_json(casework: &Casework, person: impl Fn(PersonId) -> u32) -> Json {
    let number = |p: PersonId| Json::from(i64::from(person(p)));
    let accounts = casework
        .accounts
        .iter()
        .map(|(p, a)| object([("person", number(*p)), ("heard", answer(a.heard)), ("words", texts(&a.words))]));
    let children = casework.children.iter().map(|(p, c)| {
        object([
            ("person", number(*p)),
            ("seen_alone", c.seen_alone.map(SeenAlone::id).into()),
            ("why_not_alone", c.why_not_alone.as_str().into()),
            ("words", c.words.as_str().into()),
            ("day", texts(&c.day)),
        ])
    });
    let interpreters = casework.interpreters.iter().map(|(p, i)| {
        object([("person", number(*p)), ("needed", answer(i.needed)), ("language", i.language.as_str().into())])
    });
    let entries = casework.entries().iter().map(|e| {
        let n = Json::from(i64::from(e.number));
        let on = date(e.dated.on());
        match &e.dated {
            Dated::Check(c) => object([
                ("number", n),
                ("kind", "check".into()),
                ("on", on),
                ("agency", c.agency.as_str().into()),
                ("said", c.said.map(|s| s.id()).into()),
                ("answer", c.answer.as_str().into()),
                ("by_whom", c.by_whom.as_str().into()),
            ]),
            Dated::Share(s) => object([
                ("number", n),
                ("kind", "share".into()),
                ("on", on),
                ("what", s.what.as_str().into()),
                ("with_whom", s.with_whom.as_str().into()),
                ("reason", s.reason.as_str().into()),
                ("basis", s.basis.as_str().into()),
            ]),
            Dated::Incident(i) => {
                object([("number", n), ("kind", "incident".into()), ("on", on), ("what", i.what.as_str().into())])
            }
            Dated::Referral(r) => object([
                ("number", n),
                ("kind", "referral".into()),
                ("on", on),
                ("step", r.step.clone().into()),
                ("to_whom", r.to_whom.as_str().into()),
                ("reference", r.reference.as_str().into()),
                ("follow_up", r.follow_up.map(date).unwrap_or(Json::Null)),
                ("result", r.result.id().into()),
                (
                    "declined_reason",
                    match &r.result {
                        ReferralResult::Declined(why) => why.as_str().into(),
                        _ => Json::Null,
                    },
                ),
                ("disagree", Json::Bool(r.disagree)),
            ]),
            Dated::Challenge(c) => object([
                ("number", n),
                ("kind", "challenge".into()),
                ("on", on),
                ("decision", c.decision.as_str().into()),
                ("why", c.why.as_str().into()),
                ("stage", c.stage.as_str().into()),
                ("result", c.result.as_str().into()),
                ("referral", c.referral.map(|r| Json::from(i64::from(r))).unwrap_or(Json::Null)),
            ]),
            Dated::Outcome(o) => object([
                ("number", n),
                ("kind", "outcome".into()),
                ("on", on),
                ("set", o.set.id().into()),
                ("title", o.title.as_str().into()),
            ]),
        }
    });
    object([
        ("accounts", Json::Array(accounts.collect())),
        ("children", Json::Array(children.collect())),
        ("interpreters", Json::Array(interpreters.collect())),
        ("entries", Json::Array(entries.collect())),
    ])
}

/// Who a person number in the file is: an adult, a child, or either.
pub(super) struct People<'a> {
    pub adult: &'a dyn Fn(u32) -> Result<PersonId, ImportError>,
    pub child: &'a dyn Fn(u32) -> Result<PersonId, ImportError>,
}

fn prompt_texts(
    list: &Object,
    key: &str,
    prompts: &'static [Prompt],
    what: &str,
) -> Result<Keyed<&'static str, String>, ImportError> {
    let mut out = Keyed::default();
    for (n, pair) in list.required_list(key)?.iter().enumerate() {
        let place = format!("{}.{key}[{n}]", list.place());
        let [id, text] =
            pair.as_array().and_then(|p| <&[Json; 2]>::try_from(p).ok()).ok_or_else(|| wrong_shape(&place))?;
        let id = id.as_str().ok_or_else(|| wrong_shape(&place))?;
        let text = text.as_str().ok_or_else(|| wrong_shape(&place))?;
        let prompt = prompts
            .iter()
            .find(|p| p.id == id)
            .ok_or_else(|| invalid(format!("\"{id}\" is not {what} Hearth knows")))?;
        if text.trim().is_empty() || out.insert(prompt.id, text.to_owned()).is_some() {
            return Err(wrong_shape(&place));
        }
    }
    Ok(out)
}

fn each<'a>(case: &Object<'a>, key: &str, known: &[&str]) -> Result<Vec<Object<'a>>, ImportError> {
    case.required_list(key)?
        .iter()
        .enumerate()
        .map(|(n, item)| open(item, &format!("case.{key}[{n}]"), known))
        .collect()
}

fn person(
    item: &Object,
    seen: &mut BTreeSet<u32>,
    find: &dyn Fn(u32) -> Result<PersonId, ImportError>,
) -> Result<PersonId, ImportError> {
    let number: u32 = item.required_whole("person")?;
    if !seen.insert(number) {
        return Err(invalid(format!("it gives {} twice for person {number}", item.place())));
    }
    find(number)
}

fn optional_answer(item: &Object, key: &str) -> Result<Option<crate::domain::answer::Answer>, ImportError> {
    parse_answer(&item.text(key)?.into_value())
}

pub(super) fn read_casework(value: &Json, people: &People, words: &CaseworkWords) -> Result<Casework, ImportError> {
    let case = open(value, "case", &["accounts", "children", "interpreters", "entries"])?;
    let mut casework = Casework::default();
    let mut seen = BTreeSet::new();
    for item in each(&case, "accounts", &["person", "heard", "words"])? {
        let adult = person(&item, &mut seen, people.adult)?;
        let account = Account {
            heard: optional_answer(&item, "heard")?,
            words: prompt_texts(&item, "words", words.account_prompts, "an account prompt")?,
        };
        casework.accounts.insert(adult, account);
    }
    let mut seen = BTreeSet::new();
    for item in each(&case, "children", &["person", "seen_alone", "why_not_alone", "words", "day"])? {
        let child = person(&item, &mut seen, people.child)?;
        let seen_alone = item
            .text("seen_alone")?
            .into_value()
            .map(|id| {
                SeenAlone::from_id(&id).ok_or_else(|| invalid(format!("\"{id}\" is not an answer to seen alone")))
            })
            .transpose()?;
        let voice = ChildVoice {
            seen_alone,
            why_not_alone: item.required_text("why_not_alone")?,
            words: item.required_text("words")?,
            day: prompt_texts(&item, "day", words.day_prompts, "a prompt about a child's day")?,
        };
        casework.children.insert(child, voice);
    }
    let mut seen = BTreeSet::new();
    let anyone = |n: u32| (people.adult)(n).or_else(|_| (people.child)(n));
    for item in each(&case, "interpreters", &["person", "needed", "language"])? {
        let who = person(&item, &mut seen, &anyone)?;
        let interpreter =
            Interpreter { needed: optional_answer(&item, "needed")?, language: item.required_text("language")? };
        casework.interpreters.insert(who, interpreter);
    }
    let entries = read_entries(&case, words)?;
    let mut casework = casework.with_entries(entries);
    casework.tidy();
    Ok(casework)
}

fn read_entries(case: &Object, words: &CaseworkWords) -> Result<Vec<Entry>, ImportError> {
    let mut numbers = BTreeSet::new();
    let mut entries = Vec::new();
    for (n, item) in case.required_list("entries")?.iter().enumerate() {
        let place = format!("case.entries[{n}]");
        let kind = item.get("kind").and_then(Json::as_str).ok_or_else(|| wrong_shape(&place))?;
        let fields: &[&str] = match kind {
            "check" => &["number", "kind", "on", "agency", "said", "answer", "by_whom"],
            "share" => &["number", "kind", "on", "what", "with_whom", "reason", "basis"],
            "incident" => &["number", "kind", "on", "what"],
            "referral" => &[
                "number",
                "kind",
                "on",
                "step",
                "to_whom",
                "reference",
                "follow_up",
                "result",
                "declined_reason",
                "disagree",
            ],
            "challenge" => &["number", "kind", "on", "decision", "why", "stage", "result", "referral"],
            "outcome" => &["number", "kind", "on", "set", "title"],
            other => return Err(invalid(format!("\"{other}\" is not a kind of chronology entry Hearth knows"))),
        };
        let item = open(item, &place, fields)?;
        let number: u32 = item.required_whole("number")?;
        if number == 0 || !numbers.insert(number) {
            return Err(invalid(format!("two chronology entries share the number {number}")));
        }
        let on = parse_date(&item.required_text("on")?)?;
        let dated = match kind {
            "check" => Dated::Check(AgencyCheckEntry {
                agency: item.required_text("agency")?,
                asked_on: on,
                said: item
                    .text("said")?
                    .into_value()
                    .map(|id| {
                        AgencyCheck::from_id(&id).ok_or_else(|| invalid(format!("\"{id}\" is not an agency check")))
                    })
                    .transpose()?,
                answer: item.required_text("answer")?,
                by_whom: item.required_text("by_whom")?,
            }),
            "share" => {
                let basis = item.required_text("basis")?;
                if words.sharing_basis(&basis).is_none() {
                    return Err(invalid(format!("\"{basis}\" is not a basis for sharing Hearth knows")));
                }
                Dated::Share(Share {
                    on,
                    what: item.required_text("what")?,
                    with_whom: item.required_text("with_whom")?,
                    reason: item.required_text("reason")?,
                    basis,
                })
            }
            "incident" => Dated::Incident(Incident { on, what: item.required_text("what")? }),
            "referral" => {
                let declined_reason = item.text("declined_reason")?.into_value();
                let result = match (item.required_text("result")?.as_str(), declined_reason) {
                    ("awaiting", None) => ReferralResult::Awaiting,
                    ("accepted", None) => ReferralResult::Accepted,
                    ("no-reply", None) => ReferralResult::NoReply,
                    ("declined", Some(why)) => ReferralResult::Declined(why),
                    _ => return Err(wrong_shape(&format!("{place}.result"))),
                };
                Dated::Referral(Referral {
                    step: item.text("step")?.into_value(),
                    to_whom: item.required_text("to_whom")?,
                    made_on: on,
                    reference: item.required_text("reference")?,
                    follow_up: item.text("follow_up")?.into_value().as_deref().map(parse_date).transpose()?,
                    result,
                    disagree: item
                        .flag("disagree")?
                        .into_value()
                        .ok_or_else(|| wrong_shape(&format!("{place}.disagree")))?,
                })
            }
            "challenge" => {
                // Stages differ between partnerships, so a record from another area keeps its own.
                Dated::Challenge(Challenge {
                    on,
                    decision: item.required_text("decision")?,
                    why: item.required_text("why")?,
                    stage: item.required_text("stage")?,
                    result: item.required_text("result")?,
                    referral: item.whole("referral")?.into_value(),
                })
            }
            _ => {
                let set = item.required_text("set")?;
                let set = SetName::from_id(&set).ok_or_else(|| invalid(format!("\"{set}\" is not a question set")))?;
                Dated::Outcome(OutcomeNoted { set, title: item.required_text("title")?, on })
            }
        };
        if let Some(problem) = dated.problems().first() {
            return Err(invalid(format!("a chronology entry is incomplete ({})", problem.message)));
        }
        entries.push(Entry { number, dated });
    }
    Ok(entries)
}
