//! The record file's people and question sets, field by field, as format 1 wrote them and
//! format 2 still does: how each part is written, and how it is read back strictly (a field
//! Hearth does not know, or one missing or of the wrong kind, is refused with where it is).
//! Optional fields may be null or left out. Format 2 adds `case` (see `casework_v2`).

use super::{invalid, ImportError};
use crate::domain::json::{object, Json, Misfit, ObjectReader, Report};

pub(super) struct FileV1 {
    pub format: String,
    pub schema: u32,
    pub saved: String,
    pub adults: Vec<PersonV1>,
    pub children: Vec<PersonV1>,
    pub conflict: ConflictV1,
    pub sleep: SleepV1,
    /// Format 2's casework, kept as JSON until the people it names are known.
    pub case: Option<Json>,
}

pub(super) struct PersonV1 {
    pub id: u32,
    pub label: String,
    pub age: Option<u8>,
}

pub(super) struct AnswerV1 {
    pub about: String,
    pub question: String,
    pub answer: Option<String>,
    pub note: String,
}

pub(super) struct ConflictV1 {
    pub pair: Option<(u32, u32)>,
    pub safety: Vec<SafetyV1>,
    pub answers: Vec<AnswerV1>,
    pub agency_checks: Vec<(String, String)>,
    pub judgement: Option<(String, String)>,
    pub follow_ups: Vec<(String, StepRefV1, String)>,
}

/// Where the baby sleeps: the practitioner's words, whether seen, and the choice made (absent in
/// files written before the choices existed, and when none was made).
pub type PlaceV1 = (String, Option<String>, Option<String>);

/// Which next step a follow-up date belongs to: by its id, or, in files written before steps had
/// ids, by its position in that release's list.
#[derive(Clone, Debug, PartialEq)]
pub enum StepRefV1 {
    Position(usize),
    Id(String),
}

pub(super) struct SafetyV1 {
    pub person: u32,
    pub alone: Option<String>,
    pub safe_to_talk: Option<String>,
    pub safe_contact: String,
}

pub(super) struct SleepV1 {
    pub baby: Option<u32>,
    pub age_weeks: Option<u8>,
    pub by_day: PlaceV1,
    pub by_night: PlaceV1,
    pub voices: Vec<(u32, Option<String>, Option<String>)>,
    pub answers: Vec<AnswerV1>,
    pub plans: Vec<(String, String, String, String)>,
    pub shared: Vec<String>,
    pub review: Option<String>,
}

fn list<T>(items: &[T], to_json: impl Fn(&T) -> Json) -> Json {
    Json::Array(items.iter().map(to_json).collect())
}

fn number(n: impl Into<i64>) -> Json {
    Json::from(n.into())
}

fn answers_json(answers: &[AnswerV1]) -> Json {
    list(answers, |a| {
        object([
            ("about", a.about.as_str().into()),
            ("question", a.question.as_str().into()),
            ("answer", a.answer.clone().into()),
            ("note", a.note.as_str().into()),
        ])
    })
}

impl FileV1 {
    pub fn to_json(&self) -> Json {
        let person = |p: &PersonV1| match p.age {
            Some(age) => object([("id", number(p.id)), ("label", p.label.as_str().into()), ("age", number(age))]),
            None => object([("id", number(p.id)), ("label", p.label.as_str().into())]),
        };
        let (conflict, sleep) = (&self.conflict, &self.sleep);
        let place = |(place, seen, kind): &PlaceV1| {
            let mut items = vec![place.as_str().into(), seen.clone().into()];
            items.extend(kind.as_deref().map(Json::from));
            Json::Array(items)
        };
        let mut file = object([
            ("format", self.format.as_str().into()),
            ("schema", number(self.schema)),
            ("saved", self.saved.as_str().into()),
            ("adults", list(&self.adults, person)),
            ("children", list(&self.children, person)),
            (
                "conflict",
                object([
                    ("pair", conflict.pair.map_or(Json::Null, |(a, b)| Json::Array(vec![number(a), number(b)]))),
                    (
                        "safety",
                        list(&conflict.safety, |s| {
                            object([
                                ("person", number(s.person)),
                                ("alone", s.alone.clone().into()),
                                ("safe_to_talk", s.safe_to_talk.clone().into()),
                                ("safe_contact", s.safe_contact.as_str().into()),
                            ])
                        }),
                    ),
                    ("answers", answers_json(&conflict.answers)),
                    (
                        "agency_checks",
                        list(&conflict.agency_checks, |(a, c)| Json::Array(vec![a.as_str().into(), c.as_str().into()])),
                    ),
                    (
                        "judgement",
                        conflict
                            .judgement
                            .as_ref()
                            .map_or(Json::Null, |(o, r)| Json::Array(vec![o.as_str().into(), r.as_str().into()])),
                    ),
                    (
                        "follow_ups",
                        list(&conflict.follow_ups, |(o, step, date)| {
                            let step = match step {
                                StepRefV1::Position(n) => number(i64::try_from(*n).unwrap_or(i64::MAX)),
                                StepRefV1::Id(id) => id.as_str().into(),
                            };
                            Json::Array(vec![o.as_str().into(), step, date.as_str().into()])
                        }),
                    ),
                ]),
            ),
            (
                "sleep",
                object([
                    ("baby", sleep.baby.map(number).into()),
                    ("age_weeks", sleep.age_weeks.map(number).into()),
                    ("by_day", place(&sleep.by_day)),
                    ("by_night", place(&sleep.by_night)),
                    (
                        "voices",
                        list(&sleep.voices, |(id, present, heard)| {
                            Json::Array(vec![number(*id), present.clone().into(), heard.clone().into()])
                        }),
                    ),
                    ("answers", answers_json(&sleep.answers)),
                    (
                        "plans",
                        list(&sleep.plans, |(s, w, who, n)| {
                            Json::Array(vec![
                                s.as_str().into(),
                                w.as_str().into(),
                                who.as_str().into(),
                                n.as_str().into(),
                            ])
                        }),
                    ),
                    ("shared", list(&sleep.shared, |s| s.as_str().into())),
                    ("review", sleep.review.clone().into()),
                ]),
            ),
        ]);
        if let (Json::Object(fields), Some(case)) = (&mut file, &self.case) {
            fields.push(("case".to_owned(), case.clone()));
        }
        file
    }

    /// Reads the file; `case` is required in format 2 and refused in format 1.
    pub fn read(value: &Json, with_case: bool) -> Result<Self, ImportError> {
        let known = ["format", "schema", "saved", "adults", "children", "conflict", "sleep", "case"];
        let top = open(value, "record", &known[..known.len() - usize::from(!with_case)])?;
        let people = |key: &str| {
            top.required_list(key)?
                .iter()
                .enumerate()
                .map(|(n, p)| {
                    let p = open(p, &format!("{key}[{n}]"), &["id", "label", "age"])?;
                    Ok(PersonV1 {
                        id: p.required_whole("id")?,
                        label: p.required_text("label")?,
                        age: p.whole("age")?.into_value(),
                    })
                })
                .collect::<Result<Vec<_>, ImportError>>()
        };
        Ok(Self {
            format: top.required_text("format")?,
            schema: top.required_whole("schema")?,
            saved: top.required_text("saved")?,
            adults: people("adults")?,
            children: people("children")?,
            conflict: ConflictV1::read(&top.required_object("conflict", "conflict", &ConflictV1::FIELDS)?)?,
            sleep: SleepV1::read(&top.required_object("sleep", "sleep", &SleepV1::FIELDS)?)?,
            case: if with_case {
                Some(top.get("case").cloned().ok_or_else(|| wrong_shape("record.case"))?)
            } else {
                None
            },
        })
    }
}

fn read_answers(fields: &Object, key: &str) -> Result<Vec<AnswerV1>, ImportError> {
    fields
        .required_list(key)?
        .iter()
        .enumerate()
        .map(|(n, a)| {
            let a = open(a, &format!("{}.{key}[{n}]", fields.place()), &["about", "question", "answer", "note"])?;
            Ok(AnswerV1 {
                about: a.required_text("about")?,
                question: a.required_text("question")?,
                answer: a.text("answer")?.into_value(),
                note: a.required_text("note")?,
            })
        })
        .collect()
}

impl ConflictV1 {
    const FIELDS: [&str; 6] = ["pair", "safety", "answers", "agency_checks", "judgement", "follow_ups"];

    fn read(c: &Object) -> Result<Self, ImportError> {
        let pair = match c.get("pair") {
            None => None,
            Some(pair) => {
                let [a, b] = tuple(pair, "conflict.pair")?;
                Some((whole(a, "conflict.pair")?, whole(b, "conflict.pair")?))
            }
        };
        let safety = c
            .required_list("safety")?
            .iter()
            .enumerate()
            .map(|(n, s)| {
                let s =
                    open(s, &format!("conflict.safety[{n}]"), &["person", "alone", "safe_to_talk", "safe_contact"])?;
                Ok(SafetyV1 {
                    person: s.required_whole("person")?,
                    alone: s.text("alone")?.into_value(),
                    safe_to_talk: s.text("safe_to_talk")?.into_value(),
                    safe_contact: s.required_text("safe_contact")?,
                })
            })
            .collect::<Result<_, ImportError>>()?;
        let agency_checks = c
            .required_list("agency_checks")?
            .iter()
            .map(|pair| {
                let [agency, check] = tuple(pair, "conflict.agency_checks")?;
                Ok((text(agency, "conflict.agency_checks")?, text(check, "conflict.agency_checks")?))
            })
            .collect::<Result<_, ImportError>>()?;
        let judgement = match c.get("judgement") {
            None => None,
            Some(judgement) => {
                let [outcome, reason] = tuple(judgement, "conflict.judgement")?;
                Some((text(outcome, "conflict.judgement")?, text(reason, "conflict.judgement")?))
            }
        };
        let follow_ups = c
            .required_list("follow_ups")?
            .iter()
            .map(|f| {
                let place = "conflict.follow_ups";
                let [outcome, step, date] = tuple(f, place)?;
                let step = match step.as_str() {
                    Some(id) => StepRefV1::Id(id.to_owned()),
                    None => StepRefV1::Position(whole(step, place)?),
                };
                Ok((text(outcome, place)?, step, text(date, place)?))
            })
            .collect::<Result<_, ImportError>>()?;
        Ok(Self { pair, safety, answers: read_answers(c, "answers")?, agency_checks, judgement, follow_ups })
    }
}

impl SleepV1 {
    const FIELDS: [&str; 9] =
        ["baby", "age_weeks", "by_day", "by_night", "voices", "answers", "plans", "shared", "review"];

    fn read(s: &Object) -> Result<Self, ImportError> {
        let place = |key: &str| {
            let place = format!("sleep.{key}");
            let (where_, seen, kind) = match s.required_list(key)? {
                [where_, seen] => (where_, seen, None),
                [where_, seen, kind] => (where_, seen, Some(text(kind, &place)?)),
                _ => return Err(wrong_shape(&place)),
            };
            Ok::<_, ImportError>((text(where_, &place)?, optional_text(seen, &place)?, kind))
        };
        let voices = s
            .required_list("voices")?
            .iter()
            .map(|v| {
                let [id, present, heard] = tuple(v, "sleep.voices")?;
                Ok((
                    whole(id, "sleep.voices")?,
                    optional_text(present, "sleep.voices")?,
                    optional_text(heard, "sleep.voices")?,
                ))
            })
            .collect::<Result<_, ImportError>>()?;
        let plans = s
            .required_list("plans")?
            .iter()
            .map(|p| {
                let [situation, where_, who, needed] = tuple(p, "sleep.plans")?;
                let t = |v| text(v, "sleep.plans");
                Ok((t(situation)?, t(where_)?, t(who)?, t(needed)?))
            })
            .collect::<Result<_, ImportError>>()?;
        Ok(Self {
            baby: s.whole("baby")?.into_value(),
            age_weeks: s.whole("age_weeks")?.into_value(),
            by_day: place("by_day")?,
            by_night: place("by_night")?,
            voices,
            answers: read_answers(s, "answers")?,
            plans,
            shared: s.required_list("shared")?.iter().map(|v| text(v, "sleep.shared")).collect::<Result<_, _>>()?,
            review: s.text("review")?.into_value(),
        })
    }
}

/// The record reader stops at the first problem, naming where it is in the file.
pub(super) struct Strict;

impl Report for Strict {
    type Stop = ImportError;

    fn misfit(&self, place: &str, misfit: Misfit<'_>) -> Result<(), ImportError> {
        Err(match misfit.field() {
            None => wrong_shape(place),
            Some(field) => wrong_shape(&format!("{place}.{field}")),
        })
    }
}

pub(super) type Object<'a> = ObjectReader<'a, Strict>;

pub(super) fn open<'a>(value: &'a Json, place: &str, known: &[&str]) -> Result<Object<'a>, ImportError> {
    ObjectReader::open(value, place, known, &Strict)
}

/// Says which part of the file is wrong, for whoever helps the practitioner with it.
pub(super) fn wrong_shape(place: &str) -> ImportError {
    invalid(format!("part of it ({place}) is not in the form Hearth expects"))
}

fn text(value: &Json, place: &str) -> Result<String, ImportError> {
    value.as_str().map(str::to_owned).ok_or_else(|| wrong_shape(place))
}

fn optional_text(value: &Json, place: &str) -> Result<Option<String>, ImportError> {
    if value.is_null() {
        Ok(None)
    } else {
        text(value, place).map(Some)
    }
}

fn whole<T: TryFrom<i64>>(value: &Json, place: &str) -> Result<T, ImportError> {
    value.as_i64().and_then(|n| T::try_from(n).ok()).ok_or_else(|| wrong_shape(place))
}

fn tuple<'a, const N: usize>(value: &'a Json, place: &str) -> Result<&'a [Json; N], ImportError> {
    value.as_array().and_then(|items| items.try_into().ok()).ok_or_else(|| wrong_shape(place))
}
