//! JSON for Hearth's two file formats (the record and the trainer's scenario), read and written
//! by hand. A general-purpose JSON library with derived readers adds a good deal to the wasm
//! every phone downloads, and these files need far less: whole numbers only, and every object
//! read field by field, so that each problem can be put in words for whoever holds the file.
//! The decision and what was weighed: `docs/decisions/0001-json-without-serde.md`.
//!
//! `Json::parse` is strict as the standard asks (RFC 8259), and stricter in one way: a name used
//! twice in one object is refused, because a file that says two things about one field is a
//! mistake. `ObjectReader` then reads each object of a file, for both formats: it finds fields
//! Hearth does not know, fields left out and values of the wrong kind, and hands each to the
//! format's `Report`, which words it and either stops there (the record) or notes it and reads
//! on, so that every problem is listed with where it is (the scenario).

use std::fmt::Write;

/// Objects deeper than this are refused rather than read (no Hearth file comes close).
const MAX_DEPTH: usize = 64;
/// Lists and objects longer than this are refused rather than read (no Hearth file comes close).
pub const MAX_ENTRIES: usize = 5_000;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A whole number; `None` for any other number (a fraction, an exponent, or one too large),
    /// which is valid JSON but never a value Hearth uses.
    Number(Option<i64>),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// What stopped the reading, and where, counted as a text editor counts: lines and characters
/// from 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JsonError {
    pub problem: JsonProblem,
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum JsonProblem {
    /// Something other than what JSON allows at that point.
    Unexpected,
    /// The text ended before the JSON did, as when a file is cut short.
    EndsEarly,
    RepeatedName,
    TooDeep,
    /// A list or object with more than `MAX_ENTRIES` entries.
    TooMany,
}

impl Json {
    pub fn parse(text: &str) -> Result<Json, JsonError> {
        let mut reader = Reader { text: text.as_bytes(), at: 0, problem: JsonProblem::Unexpected };
        let value = reader.value(0).map_err(|at| reader.error(at))?;
        reader.skip_space();
        if reader.at < reader.text.len() {
            return Err(reader.error(reader.at));
        }
        Ok(value)
    }

    /// The value of one field, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?.iter().find(|(name, _)| name == key).map(|(_, value)| value)
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Self::Object(fields) => Some(fields),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Self::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Self::Number(number) => *number,
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Self::Bool(flag) => Some(*flag),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Self::Null)
    }

    /// Two spaces per level, one value per line: easy to read and to compare between versions.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| {
            out.push('\n');
            out.extend(std::iter::repeat_n("  ", depth));
        };
        match self {
            Self::Null => out.push_str("null"),
            Self::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
            Self::Number(Some(number)) => {
                let _ = write!(out, "{number}");
            }
            Self::Number(None) => out.push_str("null"),
            Self::String(text) => write_string(out, text),
            Self::Array(items) if items.is_empty() => out.push_str("[]"),
            Self::Object(fields) if fields.is_empty() => out.push_str("{}"),
            Self::Array(items) => {
                out.push('[');
                for (n, item) in items.iter().enumerate() {
                    out.push_str(if n == 0 { "" } else { "," });
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                }
                indent(out, depth);
                out.push(']');
            }
            Self::Object(fields) => {
                out.push('{');
                for (n, (name, value)) in fields.iter().enumerate() {
                    out.push_str(if n == 0 { "" } else { "," });
                    indent(out, depth + 1);
                    write_string(out, name);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

impl From<&str> for Json {
    fn from(text: &str) -> Self {
        Self::String(text.to_owned())
    }
}

impl From<String> for Json {
    fn from(text: String) -> Self {
        Self::String(text)
    }
}

impl From<i64> for Json {
    fn from(number: i64) -> Self {
        Self::Number(Some(number))
    }
}

impl<T: Into<Json>> From<Option<T>> for Json {
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Null, Into::into)
    }
}

/// An object from its fields, in the order given.
pub fn object<const N: usize>(fields: [(&str, Json); N]) -> Json {
    Json::Object(fields.into_iter().map(|(name, value)| (name.to_owned(), value)).collect())
}

fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A field as a file gave it: left out or null, of the wrong kind (already reported), or a value.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Field<T> {
    #[default]
    Absent,
    Wrong,
    Value(T),
}

impl<T> Field<T> {
    pub fn value(&self) -> Option<&T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Wrong => None,
        }
    }

    pub fn into_value(self) -> Option<T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Wrong => None,
        }
    }

    pub fn is_wrong(&self) -> bool {
        matches!(self, Self::Wrong)
    }
}

impl<T: Default> Field<T> {
    /// The value, or an empty one (no text, zero, false, no items) when absent or wrong.
    pub fn or_default(self) -> T {
        self.into_value().unwrap_or_default()
    }
}

impl Field<String> {
    pub fn as_str(&self) -> Option<&str> {
        self.value().map(String::as_str)
    }
}

/// The kind of value a field must hold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Text,
    WholeNumber,
    TrueOrFalse,
    List,
}

/// What is wrong with one object of a file, for the file format's `Report` to put in words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Misfit<'k> {
    /// Where an object belongs, the file has something else.
    NotAnObject,
    /// A field Hearth does not know; `known` are the fields it does.
    UnknownField { field: &'k str, known: &'k [&'k str] },
    /// A field that must be given is left out or null.
    MissingField(&'k str),
    /// A field holds the wrong kind of value.
    WrongKind { field: &'k str, kind: Kind },
}

impl Misfit<'_> {
    /// The field it is about; none when the object itself is not one.
    pub fn field(&self) -> Option<&str> {
        match *self {
            Self::NotAnObject => None,
            Self::UnknownField { field, .. } | Self::MissingField(field) | Self::WrongKind { field, .. } => Some(field),
        }
    }
}

/// Where an `ObjectReader` sends what it finds wrong, in the words of one file format, and
/// whether reading goes on: a report that stops at the first problem returns it as `Err`; one
/// that lists every problem notes it and returns `Ok` (its `Stop` is `Infallible`).
pub trait Report {
    type Stop;
    /// One problem, at `place` (the object, as the format names it).
    fn misfit(&self, place: &str, misfit: Misfit<'_>) -> Result<(), Self::Stop>;
}

/// One object of a file, read field by field. Fields Hearth does not know are reported when the
/// object is opened, before any is read; a value of the wrong kind when its field is read. A
/// field left out and one that is null are both absent.
pub struct ObjectReader<'a, R> {
    fields: &'a [(String, Json)],
    place: String,
    report: &'a R,
}

impl<'a, R: Report> ObjectReader<'a, R> {
    /// Opens `value` as the object at `place`, whose fields may be those in `known`. Anything
    /// but an object is reported, and then reads as an object with no fields.
    pub fn open(value: &'a Json, place: &str, known: &[&str], report: &'a R) -> Result<Self, R::Stop> {
        let fields = match value.as_object() {
            None => {
                report.misfit(place, Misfit::NotAnObject)?;
                &[]
            }
            Some(fields) => {
                for (field, _) in fields.iter().filter(|(name, _)| !known.contains(&name.as_str())) {
                    report.misfit(place, Misfit::UnknownField { field, known })?;
                }
                fields
            }
        };
        Ok(Self { fields, place: place.to_owned(), report })
    }

    /// Where this object is, as the format names it.
    pub fn place(&self) -> &str {
        &self.place
    }

    /// A field's value as it stands; `None` when left out or null.
    pub fn get(&self, key: &str) -> Option<&'a Json> {
        self.fields.iter().find(|(name, _)| name == key).map(|(_, value)| value).filter(|value| !value.is_null())
    }

    fn read<T>(&self, key: &str, kind: Kind, read: impl FnOnce(&'a Json) -> Option<T>) -> Result<Field<T>, R::Stop> {
        let Some(value) = self.get(key) else { return Ok(Field::Absent) };
        match read(value) {
            Some(value) => Ok(Field::Value(value)),
            None => {
                self.report.misfit(&self.place, Misfit::WrongKind { field: key, kind })?;
                Ok(Field::Wrong)
            }
        }
    }

    pub fn text(&self, key: &str) -> Result<Field<String>, R::Stop> {
        self.read(key, Kind::Text, |value| value.as_str().map(str::to_owned))
    }

    /// A whole number that fits `T`; any other number is the wrong kind.
    pub fn whole<T: TryFrom<i64>>(&self, key: &str) -> Result<Field<T>, R::Stop> {
        self.read(key, Kind::WholeNumber, |value| value.as_i64().and_then(|n| T::try_from(n).ok()))
    }

    pub fn flag(&self, key: &str) -> Result<Field<bool>, R::Stop> {
        self.read(key, Kind::TrueOrFalse, Json::as_bool)
    }

    pub fn list(&self, key: &str) -> Result<Field<&'a [Json]>, R::Stop> {
        self.read(key, Kind::List, Json::as_array)
    }

    /// The object in a field, opened as the object at `place`; `None` when left out or null.
    pub fn object(&self, key: &str, place: &str, known: &[&str]) -> Result<Option<Self>, R::Stop> {
        self.get(key).map(|value| Self::open(value, place, known, self.report)).transpose()
    }

    /// A field that must be given: left out or null, it is reported missing. After any problem
    /// (for a report that reads on) it reads as empty.
    fn required<T: Default>(&self, key: &str, field: Field<T>) -> Result<T, R::Stop> {
        if let Field::Absent = field {
            self.report.misfit(&self.place, Misfit::MissingField(key))?;
        }
        Ok(field.or_default())
    }

    pub fn required_text(&self, key: &str) -> Result<String, R::Stop> {
        self.required(key, self.text(key)?)
    }

    pub fn required_whole<T: TryFrom<i64> + Default>(&self, key: &str) -> Result<T, R::Stop> {
        self.required(key, self.whole(key)?)
    }

    pub fn required_list(&self, key: &str) -> Result<&'a [Json], R::Stop> {
        self.required(key, self.list(key)?)
    }

    /// The object a field must hold, opened as the object at `place`. Left out, it is reported
    /// missing; null or any other value is reported as not an object, at `place`.
    pub fn required_object(&self, key: &str, place: &str, known: &[&str]) -> Result<Self, R::Stop> {
        match self.fields.iter().find(|(name, _)| name == key) {
            Some((_, value)) => Self::open(value, place, known, self.report),
            None => {
                self.report.misfit(&self.place, Misfit::MissingField(key))?;
                Ok(Self { fields: &[], place: place.to_owned(), report: self.report })
            }
        }
    }
}

/// Reading fails with the byte offset where the problem was found.
type Step<T> = Result<T, usize>;

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
    /// Why reading stopped, when it is not simply an unexpected character or the end.
    problem: JsonProblem,
}

impl Reader<'_> {
    fn error(&self, at: usize) -> JsonError {
        let before = &self.text[..at.min(self.text.len())];
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |n| n + 1);
        // Characters, not bytes: continuation bytes of UTF-8 do not start a character.
        let column = before[line_start..].iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1;
        let problem = match self.problem {
            JsonProblem::Unexpected if at >= self.text.len() => JsonProblem::EndsEarly,
            problem => problem,
        };
        JsonError { problem, line: before.iter().filter(|&&b| b == b'\n').count() + 1, column }
    }

    fn skip_space(&mut self) {
        while matches!(self.text.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Step<u8> {
        self.text.get(self.at).copied().ok_or(self.at)
    }

    fn expect(&mut self, byte: u8) -> Step<()> {
        if self.peek()? == byte {
            self.at += 1;
            Ok(())
        } else {
            Err(self.at)
        }
    }

    fn value(&mut self, depth: usize) -> Step<Json> {
        self.skip_space();
        match self.peek()? {
            b'{' | b'[' if depth == MAX_DEPTH => {
                self.problem = JsonProblem::TooDeep;
                Err(self.at)
            }
            b'{' => self.object(depth + 1),
            b'[' => self.array(depth + 1),
            b'"' => self.string().map(Json::String),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'n' => self.word("null", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(self.at),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Step<Json> {
        for &byte in word.as_bytes() {
            self.expect(byte)?;
        }
        Ok(value)
    }

    fn object(&mut self, depth: usize) -> Step<Json> {
        self.at += 1;
        let mut fields: Vec<(String, Json)> = Vec::new();
        // Names seen so far, so that a repeat is found in constant time however large the object.
        let mut names = std::collections::HashSet::new();
        self.skip_space();
        if self.peek()? == b'}' {
            self.at += 1;
            return Ok(Json::Object(fields));
        }
        loop {
            self.skip_space();
            let name_at = self.at;
            if self.peek()? != b'"' {
                return Err(self.at);
            }
            let name = self.string()?;
            if !names.insert(name.clone()) {
                self.problem = JsonProblem::RepeatedName;
                return Err(name_at);
            }
            if fields.len() == MAX_ENTRIES {
                self.problem = JsonProblem::TooMany;
                return Err(name_at);
            }
            self.skip_space();
            self.expect(b':')?;
            let value = self.value(depth)?;
            fields.push((name, value));
            self.skip_space();
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => {
                    self.at += 1;
                    return Ok(Json::Object(fields));
                }
                _ => return Err(self.at),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Step<Json> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek()? == b']' {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            if items.len() == MAX_ENTRIES {
                self.problem = JsonProblem::TooMany;
                return Err(self.at);
            }
            items.push(self.value(depth)?);
            self.skip_space();
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.at),
            }
        }
    }

    fn string(&mut self) -> Step<String> {
        self.at += 1;
        let mut text = String::new();
        loop {
            let run_start = self.at;
            while self.text.get(self.at).is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The input is a str and a run ends only at ASCII, so the run is whole characters.
            text.push_str(std::str::from_utf8(&self.text[run_start..self.at]).map_err(|_| run_start)?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Ok(text);
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = match self.peek()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            self.at += 1;
                            text.push(self.unicode_escape()?);
                            continue;
                        }
                        _ => return Err(self.at),
                    };
                    self.at += 1;
                    text.push(escaped);
                }
                _ => return Err(self.at),
            }
        }
    }

    /// After `\u`: four hex digits, or a pair of them for a character outside the first plane.
    fn unicode_escape(&mut self) -> Step<char> {
        let start = self.at;
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                self.expect(b'\\')?;
                self.expect(b'u')?;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(start);
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(start),
            code => code,
        };
        char::from_u32(code).ok_or(start)
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = char::from(self.peek()?).to_digit(16).ok_or(self.at)?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }

    fn number(&mut self) -> Step<Json> {
        let negative = self.peek()? == b'-';
        if negative {
            self.at += 1;
        }
        let mut whole: Option<i64> = Some(0);
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => {
                while let Some(digit @ b'0'..=b'9') = self.text.get(self.at).copied() {
                    let digit = i64::from(digit - b'0');
                    whole = whole.and_then(|n| n.checked_mul(10)).and_then(|n| {
                        if negative {
                            n.checked_sub(digit)
                        } else {
                            n.checked_add(digit)
                        }
                    });
                    self.at += 1;
                }
            }
            _ => return Err(self.at),
        }
        if self.text.get(self.at) == Some(&b'.') {
            self.at += 1;
            self.digits()?;
            whole = None;
        }
        if matches!(self.text.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.text.get(self.at), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.digits()?;
            whole = None;
        }
        Ok(Json::Number(whole))
    }

    fn digits(&mut self) -> Step<()> {
        if !self.peek()?.is_ascii_digit() {
            return Err(self.at);
        }
        while self.text.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fails_at(text: &str) -> (usize, usize, JsonProblem) {
        let e = Json::parse(text).unwrap_err();
        (e.line, e.column, e.problem)
    }

    #[test]
    fn reads_every_kind_of_value() {
        let value =
            Json::parse(r#" {"a": [1, -20, 0, true, false, null, "x"], "b": {}, "c": [], "d": 2.5e3} "#).unwrap();
        assert_eq!(value.get("a").and_then(Json::as_array).map(<[Json]>::len), Some(7));
        assert_eq!(value.get("a").unwrap().as_array().unwrap()[1].as_i64(), Some(-20));
        assert_eq!(value.get("b"), Some(&Json::Object(vec![])));
        assert_eq!(value.get("d"), Some(&Json::Number(None)), "valid, but not a whole number");
        assert_eq!(value.get("nothing"), None);
    }

    #[test]
    fn reads_escapes_and_characters_from_any_plane() {
        let value = Json::parse(r#""q\"b\\s\/n\nt\tu\u00e9 \ud83d\ude00 é 😀""#).unwrap();
        assert_eq!(value.as_str(), Some("q\"b\\s/n\nt\tué 😀 é 😀"));
    }

    #[test]
    fn whole_numbers_beyond_the_range_are_valid_but_not_whole() {
        assert_eq!(Json::parse("9223372036854775807").unwrap().as_i64(), Some(i64::MAX));
        assert_eq!(Json::parse("-9223372036854775808").unwrap().as_i64(), Some(i64::MIN));
        assert_eq!(Json::parse("9223372036854775808").unwrap(), Json::Number(None));
    }

    #[test]
    fn refuses_what_the_standard_refuses_and_says_where() {
        assert_eq!(fails_at("{\"a\": 1,}"), (1, 9, JsonProblem::Unexpected));
        assert_eq!(fails_at("{\n  \"a\": tru }"), (2, 11, JsonProblem::Unexpected));
        assert_eq!(fails_at("[1, 2"), (1, 6, JsonProblem::EndsEarly));
        assert_eq!(fails_at("\"é\nx\" "), (1, 3, JsonProblem::Unexpected), "a raw line break inside text");
        for bad in [
            "",
            "01",
            "1.",
            "-",
            ".5",
            "1e",
            "[1 2]",
            "{a: 1}",
            "'x'",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00x\"",
            "[] []",
            "nul",
            "+1",
        ] {
            assert!(Json::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn a_name_used_twice_in_one_object_is_refused_where_it_is_repeated() {
        assert_eq!(fails_at(r#"{"a": 1, "a": 2}"#), (1, 10, JsonProblem::RepeatedName));
        assert!(Json::parse(r#"[{"a": 1}, {"a": 2}]"#).is_ok());
    }

    #[test]
    fn a_list_or_object_beyond_the_limit_is_refused() {
        let list = |n: usize| format!("[{}]", vec!["0"; n].join(","));
        assert!(Json::parse(&list(MAX_ENTRIES)).is_ok());
        assert_eq!(Json::parse(&list(MAX_ENTRIES + 1)).unwrap_err().problem, JsonProblem::TooMany);
        let object = |n: usize| format!("{{{}}}", (0..n).map(|i| format!("\"k{i}\":0")).collect::<Vec<_>>().join(","));
        assert!(Json::parse(&object(MAX_ENTRIES)).is_ok());
        assert_eq!(Json::parse(&object(MAX_ENTRIES + 1)).unwrap_err().problem, JsonProblem::TooMany);
    }

    /// Finding a repeated name takes time in proportion to the object, not its square: an
    /// object four times as large takes about four times as long, never sixteen.
    #[test]
    fn a_large_object_is_read_in_linear_time() {
        let object =
            |n: usize| format!("{{{}}}", (0..n).map(|i| format!("\"key{i}\":0")).collect::<Vec<_>>().join(","));
        let (small, large) = (object(MAX_ENTRIES / 4), object(MAX_ENTRIES));
        let fastest = |text: &str| {
            (0..5)
                .map(|_| {
                    let start = std::time::Instant::now();
                    Json::parse(text).unwrap();
                    start.elapsed()
                })
                .min()
                .unwrap()
        };
        let (t_small, t_large) = (fastest(&small), fastest(&large));
        assert!(t_large < t_small * 10, "4x the entries took {t_large:?} against {t_small:?}");
    }

    #[test]
    fn deep_nesting_is_refused_rather_than_overflowing_the_stack() {
        assert_eq!(Json::parse(&"[".repeat(100_000)).unwrap_err().problem, JsonProblem::TooDeep);
        assert!(Json::parse(&format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH))).is_ok());
    }

    /// Notes every problem as "place: misfit", or stops at the first.
    struct Noted(std::cell::RefCell<Vec<String>>, bool);

    impl Report for Noted {
        type Stop = ();

        fn misfit(&self, place: &str, misfit: Misfit<'_>) -> Result<(), ()> {
            self.0.borrow_mut().push(format!("{place}: {misfit:?}"));
            if self.1 {
                Err(())
            } else {
                Ok(())
            }
        }
    }

    #[test]
    fn an_object_reader_reports_unknown_fields_first_then_each_field_as_it_is_read() {
        let value = Json::parse(r#"{"name": 7, "extra": 1, "count": 2, "gone": null}"#).unwrap();
        let known = ["name", "count", "gone", "list"];
        let read = |stop| {
            let noted = Noted(Default::default(), stop);
            let result = (|| {
                let object = ObjectReader::open(&value, "Top", &known, &noted)?;
                let name = object.text("name")?;
                let count: u8 = object.required_whole("count")?;
                let gone = object.required_list("gone")?;
                Ok::<_, ()>((name, count, gone.len()))
            })();
            (result, noted.0.into_inner())
        };
        let (result, noted) = read(false);
        assert_eq!(result, Ok((Field::Wrong, 2, 0)));
        assert_eq!(
            noted,
            [
                "Top: UnknownField { field: \"extra\", known: [\"name\", \"count\", \"gone\", \"list\"] }",
                "Top: WrongKind { field: \"name\", kind: Text }",
                "Top: MissingField(\"gone\")",
            ]
        );
        let (result, noted) = read(true);
        assert_eq!((result, noted.len()), (Err(()), 1), "a strict report stops at the first problem");
        let not_an_object = Noted(Default::default(), false);
        let object = ObjectReader::open(&Json::Null, "Top", &known, &not_an_object).unwrap();
        assert_eq!(object.get("name"), None, "it reads as an object with no fields");
        assert_eq!(*not_an_object.0.borrow(), ["Top: NotAnObject"]);
    }

    #[test]
    fn writes_two_spaces_per_level() {
        let value = object([
            ("name", "A \"quote\"\n".into()),
            ("list", Json::Array(vec![1.into(), Json::Null])),
            ("empty", Json::Array(vec![])),
        ]);
        assert_eq!(
            value.pretty(),
            "{\n  \"name\": \"A \\\"quote\\\"\\n\",\n  \"list\": [\n    1,\n    null\n  ],\n  \"empty\": []\n}"
        );
    }

    fn any_json() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<i64>().prop_map(Json::from),
            any::<String>().prop_map(Json::String),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
                proptest::collection::btree_map(any::<String>(), inner, 0..6)
                    .prop_map(|fields| Json::Object(fields.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        /// What Hearth writes, it reads back the same, whatever the text holds.
        #[test]
        fn every_value_round_trips(value in any_json()) {
            prop_assert_eq!(Json::parse(&value.pretty()), Ok(value));
        }

        /// Any text at all is read or refused, never a panic, and a refusal points inside it.
        #[test]
        fn any_text_is_read_or_refused_without_panicking(text in any::<String>()) {
            if let Err(e) = Json::parse(&text) {
                prop_assert!(e.line >= 1 && e.column >= 1);
            }
        }

        /// Agrees with serde_json on which texts are JSON. No colons, so no object has a name
        /// that could be repeated: serde_json keeps the last, where Hearth refuses.
        #[test]
        fn agrees_with_serde_json(text in r#"[\[\]{}",0-9.eE+\- a-z\\]{0,24}"#) {
            let ours = Json::parse(&text).is_ok();
            let theirs = serde_json::from_str::<serde_json::Value>(&text).is_ok();
            prop_assert_eq!(ours, theirs, "{}", text);
        }

        /// Agrees with serde_json on non-empty objects too: JSON with names and values, written
        /// out and then damaged at one byte. Where they differ, it is only because the damage
        /// repeated a name, which Hearth refuses and serde_json allows.
        #[test]
        fn agrees_with_serde_json_on_objects_with_names(value in any_json(), at in any::<usize>(), byte in proptest::sample::select(b"{}[],:\"\\ 0a-".to_vec())) {
            let mut text = value.pretty().into_bytes();
            if !text.is_empty() {
                let n = at % text.len();
                text[n] = byte;
            }
            let Ok(text) = String::from_utf8(text) else { return Ok(()) };
            let ours = Json::parse(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text).is_ok();
            match ours {
                Ok(_) => prop_assert!(theirs, "{}", text),
                Err(e) if e.problem == JsonProblem::RepeatedName => {}
                Err(_) => prop_assert!(!theirs, "{}", text),
            }
        }
    }
}
