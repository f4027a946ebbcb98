//! Opening the input: I/O errors that name the file, a skipped UTF-8 byte order mark, the
//! physical line where each CSV record starts whatever its line ends, and the CSV delimiter
//! detected from the header.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, BufRead, Read};
use std::rc::Rc;

/// Bytes of the header kept to detect the delimiter (the rest of a longer header is read
/// normally, it just does not vote).
const HEADER_PEEK: u64 = 64 * 1024;

/// The delimiters detected from a header, in the order that breaks a tie.
pub(crate) const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// What a source is called in messages: `'path'` or standard input.
pub(crate) fn describe(file: Option<&str>) -> String {
    match file {
        Some(path) if path != "-" => format!("'{path}'"),
        _ => "standard input".to_owned(),
    }
}

/// `err` with what was being done to what (`cannot read 'x.csv': …`), its kind kept so a
/// closed pipe is still recognised.
pub(crate) fn context(err: io::Error, doing: &str, what: &str) -> io::Error {
    io::Error::new(err.kind(), format!("cannot {doing} {what}: {err}"))
}

/// A reader whose errors name the source.
struct Named<R> {
    inner: R,
    name: Rc<str>,
}

impl<R: Read> Read for Named<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            match self.inner.read(buf) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(context(e, "read", &self.name)),
                ok => return ok,
            }
        }
    }
}

/// An open input: a buffered reader past any byte order mark, its size when it is a file.
pub(crate) struct Input {
    pub(crate) reader: Box<dyn BufRead>,
    pub(crate) len: Option<u64>,
}

/// Opens FILE, or standard input for `None` / `-`; every error, now or while reading, names
/// it. A leading UTF-8 byte order mark (Excel's "CSV UTF-8", PowerShell's `Out-File`,
/// Notepad) is skipped.
pub(crate) fn open(file: Option<&str>) -> io::Result<Input> {
    let name: Rc<str> = describe(file).into();
    let (reader, len): (Box<dyn BufRead>, _) = match file {
        Some(path) if path != "-" => {
            let f = std::fs::File::open(path).map_err(|e| context(e, "read", &name))?;
            let len = f.metadata().ok().map(|m| m.len());
            let named = Named { inner: f, name };
            (
                Box::new(io::BufReader::with_capacity(64 * 1024, named)),
                len,
            )
        }
        _ => {
            let named = Named {
                inner: io::stdin().lock(),
                name,
            };
            (
                Box::new(io::BufReader::with_capacity(64 * 1024, named)),
                None,
            )
        }
    };
    Ok(Input {
        reader: skip_bom(reader)?,
        len,
    })
}

/// `reader` without a leading UTF-8 byte order mark, however the first bytes arrive.
fn skip_bom(mut reader: Box<dyn BufRead>) -> io::Result<Box<dyn BufRead>> {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let mut head = Vec::with_capacity(3);
    while head.len() < 3 && BOM.starts_with(&head) {
        let buf = reader.fill_buf()?;
        let Some(&b) = buf.first() else { break };
        head.push(b);
        reader.consume(1);
    }
    if head == BOM {
        return Ok(reader);
    }
    Ok(Box::new(io::Cursor::new(head).chain(reader)))
}

/// A writer whose errors say they happened writing standard output.
struct NamedStdout(io::StdoutLock<'static>);

impl io::Write for NamedStdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .write(buf)
            .map_err(|e| context(e, "write", "standard output"))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0
            .flush()
            .map_err(|e| context(e, "write", "standard output"))
    }
}

/// Standard output, buffered; its errors say so (a closed pipe keeps its kind).
pub(crate) fn stdout() -> impl io::Write {
    io::BufWriter::with_capacity(64 * 1024, NamedStdout(io::stdout().lock()))
}

/// The header's delimiter: of `,` `;` tab `|`, the one that occurs most often outside double
/// quotes on the first line; a tie goes to the earlier in that list, and a header with none
/// of them (one column) is comma-separated. Returns the reader, unconsumed.
pub(crate) fn detect_delimiter(mut reader: Box<dyn BufRead>) -> io::Result<(u8, Box<dyn BufRead>)> {
    let mut head = Vec::new();
    (&mut reader)
        .take(HEADER_PEEK)
        .read_until(b'\n', &mut head)?;
    let delimiter = vote(&head);
    Ok((delimiter, Box::new(io::Cursor::new(head).chain(reader))))
}

/// [`detect_delimiter`]'s rule over the first bytes of a file.
fn vote(head: &[u8]) -> u8 {
    let mut counts = [0usize; DELIMITERS.len()];
    let mut quoted = false;
    for &b in head {
        match b {
            b'"' => quoted = !quoted,
            b'\r' | b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = DELIMITERS.iter().position(|&d| d == b) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    // `max_by_key` keeps the last of equal maxima; reversed, that is the first in the list.
    let best = (0..DELIMITERS.len())
        .rev()
        .max_by_key(|&i| counts[i])
        .unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        DELIMITERS[best]
    }
}

/// A delimiter as the summary and messages show it.
pub(crate) fn delimiter_name(d: u8) -> String {
    match d {
        b'\t' => "tab".to_owned(),
        _ => format!("'{}'", char::from(d)),
    }
}

/// Parses `--delimiter`: one ASCII character (`,` `;` `|` …) or `tab` / `\t`.
pub(crate) fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if s.len() == 1 && s.is_ascii() && !matches!(s, "\"" | "\r" | "\n") => Ok(s.as_bytes()[0]),
        _ => Err(format!(
            "--delimiter takes one ASCII character other than a quote or line end, or 'tab', not '{s}'"
        )),
    }
}

/// Where line ends fall in the bytes read so far, so a byte offset maps to its physical line
/// whatever the line ends (`\n`, `\r\n` or a lone `\r`). Shared between the [`LineCounting`]
/// reader and the code asking; offsets must be asked in increasing order, and only the ends
/// not yet passed are kept (at most those in the CSV reader's read-ahead and the current
/// record).
#[derive(Default)]
pub(crate) struct LineEnds {
    /// Where each line end not yet passed starts, and its length (2 for `\r\n`).
    pending: VecDeque<(u64, u8)>,
    /// Line ends passed.
    passed: u64,
    /// Where the last line end passed ends.
    last_end: u64,
    /// Bytes seen.
    offset: u64,
    /// The last byte seen was `\r` (a `\n` right after it ends the same line).
    after_cr: bool,
}

impl LineEnds {
    fn see(&mut self, bytes: &[u8]) {
        for (i, &b) in bytes.iter().enumerate() {
            let at = self.offset + i as u64;
            match b {
                b'\n' if self.after_cr => match self.pending.back_mut() {
                    Some((start, len)) if *start + 1 == at => *len = 2,
                    _ if self.last_end == at => self.last_end += 1,
                    _ => {}
                },
                b'\n' | b'\r' => self.pending.push_back((at, 1)),
                _ => {}
            }
            self.after_cr = b == b'\r';
        }
        self.offset += bytes.len() as u64;
    }

    fn pass(&mut self) {
        if let Some((start, len)) = self.pending.pop_front() {
            self.passed += 1;
            self.last_end = start + u64::from(len);
        }
    }

    /// The 1-based line where a record the CSV reader says starts at byte `offset` really
    /// starts: the CSV reader may point at the `\n` of the `\r\n` before the record, or at
    /// blank lines it skipped, so line ends at the start are passed over (a record never
    /// starts with one: an empty line is no record, a quoted field starts with `"`).
    pub(crate) fn line_at(&mut self, offset: u64) -> u64 {
        while self
            .pending
            .front()
            .is_some_and(|&(start, _)| start < offset)
        {
            self.pass();
        }
        while self
            .pending
            .front()
            .is_some_and(|&(start, _)| start == offset.max(self.last_end))
        {
            self.pass();
        }
        self.passed + 1
    }

    /// Line ends kept (for tests).
    #[cfg(test)]
    fn kept(&self) -> usize {
        self.pending.len()
    }
}

/// A reader that notes the line ends it passes on into a shared [`LineEnds`].
pub(crate) struct LineCounting<R> {
    inner: R,
    ends: Rc<RefCell<LineEnds>>,
}

impl<R: Read> LineCounting<R> {
    pub(crate) fn new(inner: R) -> (Self, Rc<RefCell<LineEnds>>) {
        let ends = Rc::new(RefCell::new(LineEnds::default()));
        (
            LineCounting {
                inner,
                ends: Rc::clone(&ends),
            },
            ends,
        )
    }
}

impl<R: Read> Read for LineCounting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.ends.borrow_mut().see(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of_records(input: &[u8]) -> Vec<u64> {
        let (counting, ends) = LineCounting::new(input);
        let mut csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(16)
            .from_reader(counting);
        let mut record = csv::ByteRecord::new();
        let mut lines = Vec::new();
        while csv.read_byte_record(&mut record).unwrap() {
            let byte = record.position().unwrap().byte();
            lines.push(ends.borrow_mut().line_at(byte));
        }
        lines
    }

    #[test]
    fn records_start_on_their_physical_line_whatever_the_line_ends() {
        let lf = b"h,i\na,b\n\"multi\nline\",c\n\nd,e\n";
        assert_eq!(lines_of_records(lf), [1, 2, 3, 6]);
        let crlf = b"h,i\r\na,b\r\n\"multi\r\nline\",c\r\n\r\nd,e\r\n";
        assert_eq!(lines_of_records(crlf), [1, 2, 3, 6]);
        let cr = b"h,i\ra,b\r\"multi\rline\",c\r\rd,e\r";
        assert_eq!(lines_of_records(cr), [1, 2, 3, 6]);
        // No line end after the last record, and mixed ends.
        assert_eq!(lines_of_records(b"h\r\na\nb\rc"), [1, 2, 3, 4]);
        // Blank lines first and between records, of every kind.
        assert_eq!(lines_of_records(b"\r\n\nh\r\n\r\n\r\r\n\na\r\n"), [3, 8]);
        // A record starting with an empty field.
        assert_eq!(lines_of_records(b"h,i\r\n\r\n,x\r\n"), [1, 3]);
    }

    #[test]
    fn passed_line_ends_are_dropped() {
        let mut ends = LineEnds::default();
        ends.see(b"a\r\nb\nc\rd\n");
        assert_eq!(ends.kept(), 4);
        assert_eq!(ends.line_at(3), 2);
        assert_eq!(ends.kept(), 3);
        assert_eq!(ends.line_at(7), 4);
        assert_eq!(ends.kept(), 1);
        // A `\r\n` split between two reads is one line end.
        let mut ends = LineEnds::default();
        ends.see(b"a\r");
        ends.see(b"\nb");
        assert_eq!(ends.line_at(3), 2);
    }

    #[test]
    fn the_header_votes_for_its_delimiter() {
        assert_eq!(vote(b"a,b,c\n1;2;3;4;5"), b',');
        assert_eq!(vote(b"name;email;phone\r\n"), b';');
        assert_eq!(vote(b"name\temail\n"), b'\t');
        assert_eq!(vote(b"name|email|x\n"), b'|');
        // One column: comma. A quoted comma does not vote; a tie goes to the comma.
        assert_eq!(vote(b"name\n"), b',');
        assert_eq!(vote(b"\"Name, full\";email\n"), b';');
        assert_eq!(vote(b"a,b;c\n"), b',');
        assert_eq!(vote(b"a;b\tc\n"), b';');
        // Most votes wins over list order.
        assert_eq!(vote(b"a,b;c;d\n"), b';');
        // A quoted line end does not end the header.
        assert_eq!(vote(b"\"a\nb\";c;d\n"), b';');
    }

    #[test]
    fn detection_leaves_the_reader_whole() {
        let input: Box<dyn BufRead> = Box::new(&b"a;b\r\n1;2\r\n"[..]);
        let (d, mut r) = detect_delimiter(input).unwrap();
        assert_eq!(d, b';');
        let mut all = String::new();
        r.read_to_string(&mut all).unwrap();
        assert_eq!(all, "a;b\r\n1;2\r\n");
    }

    #[test]
    fn a_bom_is_skipped_even_one_byte_at_a_time() {
        fn read(bytes: &'static [u8], cap: usize) -> Vec<u8> {
            let r: Box<dyn BufRead> = Box::new(io::BufReader::with_capacity(cap, bytes));
            let mut out = Vec::new();
            skip_bom(r).unwrap().read_to_end(&mut out).unwrap();
            out
        }
        for cap in [1, 2, 3, 64] {
            assert_eq!(read(b"\xEF\xBB\xBF{}\n", cap), b"{}\n");
            assert_eq!(read(b"\xEF\xBB{}\n", cap), b"\xEF\xBB{}\n");
            assert_eq!(read(b"\xEF", cap), b"\xEF");
            assert_eq!(read(b"", cap), b"");
            assert_eq!(read(b"ab", cap), b"ab");
        }
    }

    #[test]
    fn delimiters_parse_and_print() {
        assert_eq!(parse_delimiter(";"), Ok(b';'));
        assert_eq!(parse_delimiter("tab"), Ok(b'\t'));
        assert!(parse_delimiter("\"").is_err());
        assert!(parse_delimiter(";;").is_err());
        assert!(parse_delimiter("é").is_err());
        assert_eq!(delimiter_name(b'\t'), "tab");
        assert_eq!(delimiter_name(b';'), "';'");
    }
}
