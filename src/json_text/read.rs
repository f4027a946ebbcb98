//! JSON text to a [`Value`], accepting and refusing exactly what
//! `serde_json::from_str::<Value>` does with this crate's features (`preserve_order`,
//! `arbitrary_precision`), with the same error kind, message and line/column.
//!
//! The parse is a loop over an explicit stack of open arrays and objects, never a recursion:
//! a stack overflow in WASM kills the page. Like serde_json it refuses a 128th open level
//! (`recursion limit exceeded`). Numbers keep the text serde_json keeps: as written, but with
//! the exponent written `e`, signed (`1E5` → `1e+5`). A member given twice keeps its first
//! position and its last value (serde_json's `IndexMap::insert`). An object whose first key is
//! serde_json's private number token (`{"$serde_json::private::Number": "1.5"}`) is that
//! number, as serde_json reads it.

use crate::text_out::{dec, fill};
use serde_json::{Map, Number, Value};
use std::fmt;

/// The levels serde_json opens before `recursion limit exceeded`, plus one.
const DEPTH: usize = 128;

/// serde_json's private key for a number given as a string (`arbitrary_precision`).
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// Why text is not read: serde_json's message for the same text and the 1-based line and
/// (byte) column it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Error {
    message: Message,
    line: usize,
    column: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Message {
    Code(Code),
    Text(String),
}

/// serde_json's syntax error codes that a `&str` can meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Code {
    EofList,
    EofObject,
    EofString,
    EofValue,
    ExpectedColon,
    ExpectedListCommaOrEnd,
    ExpectedObjectCommaOrEnd,
    ExpectedIdent,
    ExpectedValue,
    InvalidEscape,
    InvalidNumber,
    ControlCharacter,
    KeyMustBeAString,
    LoneLeadingSurrogate,
    TrailingComma,
    TrailingCharacters,
    UnexpectedEndOfHexEscape,
    RecursionLimit,
}

impl Code {
    fn text(self) -> &'static str {
        match self {
            Code::EofList => "EOF while parsing a list",
            Code::EofObject => "EOF while parsing an object",
            Code::EofString => "EOF while parsing a string",
            Code::EofValue => "EOF while parsing a value",
            Code::ExpectedColon => "expected `:`",
            Code::ExpectedListCommaOrEnd => "expected `,` or `]`",
            Code::ExpectedObjectCommaOrEnd => "expected `,` or `}`",
            Code::ExpectedIdent => "expected ident",
            Code::ExpectedValue => "expected value",
            Code::InvalidEscape => "invalid escape",
            Code::InvalidNumber => "invalid number",
            Code::ControlCharacter => {
                "control character (\\u0000-\\u001F) found while parsing a string"
            }
            Code::KeyMustBeAString => "key must be a string",
            Code::LoneLeadingSurrogate => "lone leading surrogate in hex escape",
            Code::TrailingComma => "trailing comma",
            Code::TrailingCharacters => "trailing characters",
            Code::UnexpectedEndOfHexEscape => "unexpected end of hex escape",
            Code::RecursionLimit => "recursion limit exceeded",
        }
    }
}

impl Error {
    /// The 1-based line of the error.
    pub(crate) fn line(&self) -> usize {
        self.line
    }

    /// The column of the error in bytes (serde_json's count: 0 before the line's first byte).
    pub(crate) fn column(&self) -> usize {
        self.column
    }

    /// True when the text nests deeper than serde_json's recursion limit.
    pub(crate) fn is_too_deep(&self) -> bool {
        self.message == Message::Code(Code::RecursionLimit)
    }

    /// The message without its position (" at line … column …").
    pub(crate) fn message(&self) -> &str {
        match &self.message {
            Message::Code(c) => c.text(),
            Message::Text(t) => t,
        }
    }
}

impl Error {
    /// The message and its position, as serde_json's `Display` writes them.
    pub(crate) fn text(&self) -> String {
        fill(
            "{} at line {} column {}",
            &[
                self.message(),
                &dec(self.line as u64),
                &dec(self.column as u64),
            ],
        )
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

type Result<T> = std::result::Result<T, Error>;

/// Reads JSON text as `serde_json::from_str::<Value>` does.
pub(crate) fn parse(text: &str) -> Result<Value> {
    let mut r = Reader {
        t: text,
        s: text.as_bytes(),
        i: 0,
    };
    let mut stack: Vec<Frame> = Vec::new();
    'value: loop {
        // At the start of a value (serde_json's `deserialize_any`).
        let mut value = match r.value_or_open(stack.len())? {
            Start::Value(v) => v,
            Start::Array => {
                if r.next_element(true)? {
                    stack.push(Frame::Array(Vec::new()));
                    continue 'value;
                }
                r.i += 1; // `]`
                Value::Array(Vec::new())
            }
            Start::Object => {
                if !r.next_key(true)? {
                    r.i += 1; // `}`
                    Value::Object(Map::new())
                } else {
                    let first = r.key()?;
                    r.colon()?;
                    if first != NUMBER_TOKEN {
                        stack.push(Frame::Object(Map::new(), first));
                        continue 'value;
                    }
                    let n = r.token_number()?;
                    r.end_token_object()?;
                    Value::Number(n)
                }
            }
        };
        // A value is complete: give it to the container it is in.
        loop {
            match stack.last_mut() {
                None => {
                    if r.skip_ws().is_some() {
                        return Err(r.peek_error(Code::TrailingCharacters));
                    }
                    return Ok(value);
                }
                Some(Frame::Array(items)) => {
                    items.push(value);
                    if r.next_element(false)? {
                        continue 'value;
                    }
                    r.i += 1; // `]`
                    value = Value::Array(std::mem::take(items));
                    stack.pop();
                }
                Some(Frame::Object(map, key)) => {
                    map.insert(std::mem::take(key), value);
                    if r.next_key(false)? {
                        *key = r.key()?;
                        r.colon()?;
                        continue 'value;
                    }
                    r.i += 1; // `}`
                    value = Value::Object(std::mem::take(map));
                    stack.pop();
                }
            }
        }
    }
}

/// What starts at a value's first byte: a whole scalar, or an array or object just opened.
enum Start {
    Value(Value),
    Array,
    Object,
}

/// An open array, or an open object with the key whose value is being read.
enum Frame {
    Array(Vec<Value>),
    Object(Map<String, Value>, String),
}

struct Reader<'a> {
    t: &'a str,
    s: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn peek_or_null(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.i += 1;
        Some(b)
    }

    /// Skips whitespace; the next byte, not consumed.
    fn skip_ws(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
        self.peek()
    }

    #[cold]
    fn at(&self, index: usize, message: Message) -> Error {
        let before = &self.s[..index];
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        Error {
            message,
            line: 1 + before[..start].iter().filter(|&&b| b == b'\n').count(),
            column: index - start,
        }
    }

    /// An error at the last byte read (serde_json's `error`).
    #[cold]
    fn error(&self, code: Code) -> Error {
        self.at(self.i, Message::Code(code))
    }

    /// An error at the next byte (serde_json's `peek_error`).
    #[cold]
    fn peek_error(&self, code: Code) -> Error {
        self.at((self.i + 1).min(self.s.len()), Message::Code(code))
    }

    /// Reads a scalar, or opens an array or object (its bracket eaten) `depth` levels down.
    fn value_or_open(&mut self, depth: usize) -> Result<Start> {
        let Some(b) = self.skip_ws() else {
            return Err(self.peek_error(Code::EofValue));
        };
        Ok(Start::Value(match b {
            b'n' => {
                self.i += 1;
                self.ident(b"ull")?;
                Value::Null
            }
            b't' => {
                self.i += 1;
                self.ident(b"rue")?;
                Value::Bool(true)
            }
            b'f' => {
                self.i += 1;
                self.ident(b"alse")?;
                Value::Bool(false)
            }
            b'-' | b'0'..=b'9' => Value::Number(self.number()?),
            b'"' => {
                self.i += 1;
                Value::String(self.string()?)
            }
            b'[' | b'{' => {
                if depth + 1 >= DEPTH {
                    return Err(self.peek_error(Code::RecursionLimit));
                }
                self.i += 1;
                return Ok(if b == b'[' {
                    Start::Array
                } else {
                    Start::Object
                });
            }
            _ => return Err(self.peek_error(Code::ExpectedValue)),
        }))
    }

    /// serde_json's `SeqAccess::has_next_element`: true when a value follows (the comma
    /// eaten), false at `]` (not eaten).
    fn next_element(&mut self, first: bool) -> Result<bool> {
        match self.skip_ws() {
            None => Err(self.peek_error(Code::EofList)),
            Some(b']') => Ok(false),
            Some(_) if first => Ok(true),
            Some(b',') => {
                self.i += 1;
                match self.skip_ws() {
                    Some(b']') => Err(self.peek_error(Code::TrailingComma)),
                    Some(_) => Ok(true),
                    None => Err(self.peek_error(Code::EofValue)),
                }
            }
            Some(_) => Err(self.peek_error(Code::ExpectedListCommaOrEnd)),
        }
    }

    /// serde_json's `MapAccess::has_next_key`: true when a key follows (at its `"`), false
    /// at `}` (not eaten).
    fn next_key(&mut self, first: bool) -> Result<bool> {
        match self.skip_ws() {
            None => Err(self.peek_error(Code::EofObject)),
            Some(b'}') => Ok(false),
            Some(b'"') if first => Ok(true),
            Some(_) if first => Err(self.peek_error(Code::KeyMustBeAString)),
            Some(b',') => {
                self.i += 1;
                match self.skip_ws() {
                    Some(b'"') => Ok(true),
                    Some(b'}') => Err(self.peek_error(Code::TrailingComma)),
                    Some(_) => Err(self.peek_error(Code::KeyMustBeAString)),
                    None => Err(self.peek_error(Code::EofValue)),
                }
            }
            Some(_) => Err(self.peek_error(Code::ExpectedObjectCommaOrEnd)),
        }
    }

    /// A key, at its opening `"`.
    fn key(&mut self) -> Result<String> {
        self.i += 1;
        self.string()
    }

    fn colon(&mut self) -> Result<()> {
        match self.skip_ws() {
            Some(b':') => {
                self.i += 1;
                Ok(())
            }
            Some(_) => Err(self.peek_error(Code::ExpectedColon)),
            None => Err(self.peek_error(Code::EofObject)),
        }
    }

    fn ident(&mut self, rest: &[u8]) -> Result<()> {
        for &expected in rest {
            match self.next() {
                None => return Err(self.error(Code::EofValue)),
                Some(b) if b != expected => return Err(self.error(Code::ExpectedIdent)),
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// A number at its first byte (`-` or a digit), kept as serde_json keeps it.
    fn number(&mut self) -> Result<Number> {
        let mut buf = String::with_capacity(16);
        if self.peek() == Some(b'-') {
            self.i += 1;
            buf.push('-');
        }
        self.scan_integer(&mut buf)?;
        Ok(Number::from_string_unchecked(buf))
    }

    fn scan_or_eof(&mut self, buf: &mut String) -> Result<u8> {
        match self.next() {
            Some(b) => {
                buf.push(char::from(b));
                Ok(b)
            }
            None => Err(self.error(Code::EofValue)),
        }
    }

    fn digits(&mut self, buf: &mut String) -> bool {
        let start = self.i;
        while self.peek_or_null().is_ascii_digit() {
            self.i += 1;
        }
        // Digits are ASCII.
        buf.push_str(std::str::from_utf8(&self.s[start..self.i]).unwrap_or_default());
        self.i > start
    }

    fn scan_integer(&mut self, buf: &mut String) -> Result<()> {
        match self.scan_or_eof(buf)? {
            b'0' => {
                if self.peek_or_null().is_ascii_digit() {
                    return Err(self.peek_error(Code::InvalidNumber));
                }
            }
            b'1'..=b'9' => {
                self.digits(buf);
            }
            _ => return Err(self.error(Code::InvalidNumber)),
        }
        if self.peek_or_null() == b'.' {
            self.i += 1;
            buf.push('.');
            if !self.digits(buf) {
                return Err(self.peek_error(match self.peek() {
                    Some(_) => Code::InvalidNumber,
                    None => Code::EofValue,
                }));
            }
        }
        if let b'e' | b'E' = self.peek_or_null() {
            self.i += 1;
            buf.push('e');
            match self.peek_or_null() {
                b'-' => {
                    self.i += 1;
                    buf.push('-');
                }
                b'+' => {
                    self.i += 1;
                    buf.push('+');
                }
                _ => buf.push('+'),
            }
            if !self.scan_or_eof(buf)?.is_ascii_digit() {
                return Err(self.error(Code::InvalidNumber));
            }
            self.digits(buf);
        }
        Ok(())
    }

    /// A string's contents, after its opening `"`, up to and including its closing `"`.
    fn string(&mut self) -> Result<String> {
        let mut out: Option<String> = None;
        let mut start = self.i;
        loop {
            self.skip_plain();
            match self.peek() {
                None => return Err(self.error(Code::EofString)),
                Some(b'"') => {
                    // `start` and `i` are at ASCII bytes: character boundaries.
                    let tail = &self.t[start..self.i];
                    self.i += 1;
                    return Ok(match out {
                        None => tail.to_owned(),
                        Some(mut buf) => {
                            buf.push_str(tail);
                            buf
                        }
                    });
                }
                Some(b'\\') => {
                    let buf = out.get_or_insert_with(String::new);
                    buf.push_str(&self.t[start..self.i]);
                    self.i += 1;
                    self.escape(buf)?;
                    start = self.i;
                }
                Some(_) => {
                    self.i += 1;
                    return Err(self.error(Code::ControlCharacter));
                }
            }
        }
    }

    /// Moves to the next `"`, `\\` or control character (or the end), eight bytes at a time
    /// while none is among them.
    fn skip_plain(&mut self) {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        /// The high bit set in some byte when `x` has a byte equal to zero.
        fn has_zero(x: u64) -> u64 {
            x.wrapping_sub(ONES) & !x & HIGHS
        }
        for chunk in self.s[self.i..].chunks_exact(8) {
            let Ok(bytes) = <[u8; 8]>::try_from(chunk) else {
                break;
            };
            let x = u64::from_le_bytes(bytes);
            let special = has_zero(x ^ (ONES * u64::from(b'"')))
                | has_zero(x ^ (ONES * u64::from(b'\\')))
                | (x.wrapping_sub(ONES * 0x20) & !x & HIGHS);
            if special != 0 {
                break;
            }
            self.i += 8;
        }
        while self
            .peek()
            .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
        {
            self.i += 1;
        }
    }

    /// One escape, after its `\`.
    fn escape(&mut self, buf: &mut String) -> Result<()> {
        let Some(b) = self.next() else {
            return Err(self.error(Code::EofString));
        };
        let plain = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(buf),
            _ => return Err(self.error(Code::InvalidEscape)),
        };
        buf.push(plain);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u16> {
        let Some(digits) = self.s.get(self.i..self.i + 4) else {
            self.i = self.s.len();
            return Err(self.error(Code::EofString));
        };
        self.i += 4;
        let mut n = 0u16;
        for &d in digits {
            let Some(v) = char::from(d).to_digit(16) else {
                return Err(self.error(Code::InvalidEscape));
            };
            n = n * 16 + v as u16;
        }
        Ok(n)
    }

    /// A `\u` escape, after the `u`; a surrogate must be a leading one followed by a
    /// trailing one's escape (serde_json refuses lone surrogates in a string).
    fn unicode_escape(&mut self, buf: &mut String) -> Result<()> {
        let n = self.hex4()?;
        let c = match n {
            0xDC00..=0xDFFF => return Err(self.error(Code::LoneLeadingSurrogate)),
            0xD800..=0xDBFF => {
                for expected in [b'\\', b'u'] {
                    match self.next() {
                        None => return Err(self.error(Code::EofString)),
                        Some(b) if b != expected => {
                            return Err(self.error(Code::UnexpectedEndOfHexEscape))
                        }
                        Some(_) => {}
                    }
                }
                let n2 = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&n2) {
                    return Err(self.error(Code::LoneLeadingSurrogate));
                }
                0x10000 + ((u32::from(n) - 0xD800) << 10) + (u32::from(n2) - 0xDC00)
            }
            _ => u32::from(n),
        };
        // Not a surrogate: always a scalar value.
        let c = char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER);
        buf.push(c);
        Ok(())
    }

    /// The value of the private number token's member: a string holding a number as
    /// `Number::from_str` reads it.
    fn token_number(&mut self) -> Result<Number> {
        let Some(b) = self.skip_ws() else {
            return Err(self.peek_error(Code::EofValue));
        };
        if b == b'"' {
            self.i += 1;
            let text = self.string()?;
            // serde_json's `make_error` reads the inner error's position back out of its
            // message: the error keeps the position inside the string.
            return number_from_str(&text);
        }
        // serde_json's `peek_invalid_type`: read the value far enough to name it.
        let unexpected = match b {
            b'n' | b't' | b'f' => {
                self.i += 1;
                let (rest, name): (&[u8], _) = match b {
                    b'n' => (b"ull", "null"),
                    b't' => (b"rue", "boolean `true`"),
                    _ => (b"alse", "boolean `false`"),
                };
                self.ident(rest)?;
                name.to_owned()
            }
            b'-' | b'0'..=b'9' => {
                let n = self.number()?;
                unexpected_number(n.as_str())
            }
            b'[' => "sequence".to_owned(),
            b'{' => "map".to_owned(),
            _ => return Err(self.peek_error(Code::ExpectedValue)),
        };
        Err(self.at(
            self.i,
            Message::Text(fill(
                "invalid type: {}, expected string containing a number",
                &[&unexpected],
            )),
        ))
    }

    /// After the private number token's value: the object must close there
    /// (serde_json's `end_map` after its visitor read one member).
    fn end_token_object(&mut self) -> Result<()> {
        match self.skip_ws() {
            Some(b'}') => {
                self.i += 1;
                Ok(())
            }
            Some(b',') => Err(self.peek_error(Code::TrailingComma)),
            Some(_) => Err(self.peek_error(Code::TrailingCharacters)),
            None => Err(self.peek_error(Code::EofObject)),
        }
    }
}

/// `serde_json::Number::from_str` (what the private number token's string goes through).
fn number_from_str(text: &str) -> Result<Number> {
    let mut r = Reader {
        t: text,
        s: text.as_bytes(),
        i: 0,
    };
    let value = match r.peek() {
        None => Err(r.peek_error(Code::EofValue)),
        Some(b'-' | b'0'..=b'9') => r.number(),
        Some(_) => Err(r.peek_error(Code::InvalidNumber)),
    };
    match r.peek() {
        Some(_) => Err(r.peek_error(Code::InvalidNumber)),
        None => value,
    }
}

/// How serde names a JSON number it did not expect (`invalid type: …`): `integer `…`` when its
/// text is an integer that fits `u64` or `i64` (its JSON text is how Rust prints it: no `+`,
/// no leading zero), `number` otherwise.
pub(crate) fn unexpected_number(text: &str) -> String {
    let int = if text.starts_with('-') {
        text != "-0" && crate::int::signed(text).is_some()
    } else {
        crate::int::unsigned::<u64>(text).is_some()
    };
    if int {
        fill("integer `{}`", &[text])
    } else {
        "number".to_owned()
    }
}
