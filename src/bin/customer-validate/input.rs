//! Opening the input: I/O errors that name the file, a skipped UTF-8 byte order mark, and the
//! CSV delimiter detected from the header (the rules: `customer_validate::csv_file`).

use customer_validate::csv_file;
use std::io::{self, BufRead, Read};
use std::rc::Rc;

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
    const BOM: &[u8] = csv_file::BOM;
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

/// The header's delimiter ([`csv_file::detect_delimiter`] over the first line, peeked).
/// Returns the reader, unconsumed.
pub(crate) fn detect_delimiter(mut reader: Box<dyn BufRead>) -> io::Result<(u8, Box<dyn BufRead>)> {
    let mut head = Vec::new();
    (&mut reader)
        .take(csv_file::HEADER_PEEK as u64)
        .read_until(b'\n', &mut head)?;
    let delimiter = csv_file::detect_delimiter(&head);
    Ok((delimiter, Box::new(io::Cursor::new(head).chain(reader))))
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

#[cfg(test)]
mod tests {
    use super::*;

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
