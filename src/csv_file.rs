//! CSV files as the CLI reads them (feature `csv-input`), so every surface that takes a CSV
//! file (the CLI, the Python package's `validate_csv`, hence the Spark job) gives the same
//! rows the same line numbers: a UTF-8 byte order mark skipped, the delimiter voted by the
//! header, the header the first row that is valid UTF-8, each record's `line` the physical
//! line where it starts whatever the line ends (`\n`, `\r\n`, a lone `\r`, or inside quotes),
//! blank rows skipped.
//!
//! ```
//! use customer_validate::csv_file::{detect_delimiter, row_payload, CsvRow, CsvRows};
//! use customer_validate::Provider;
//! let file = b"name;email\r\n\"Ada\r\nObi\";ada@example.com\r\n;\r\nBo;b@example.com\r\n";
//! let delimiter = detect_delimiter(file);
//! assert_eq!(delimiter, b';');
//! let mut rows = CsvRows::new(&file[..], delimiter, Provider::Rapyd);
//! let mut record = csv::ByteRecord::new();
//! let mut payloads = Vec::new();
//! while let Some(row) = rows.next_row(&mut record).unwrap() {
//!     let CsvRow::Record { line } = row else { panic!("refused") };
//!     if let Some(payload) = row_payload(rows.columns().unwrap(), &record) {
//!         payloads.push((line, payload.unwrap()));
//!     }
//! }
//! assert_eq!(payloads[0], (2, serde_json::json!({"name": "Ada\r\nObi", "email": "ada@example.com"})));
//! assert_eq!(payloads[1].0, 5);
//! ```

use crate::issue::{Code, Issue};
use crate::providers::Provider;
use crate::rows::{row_to_json, Columns};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, Read};
use std::rc::Rc;

/// The UTF-8 byte order mark a file may start with (Excel's "CSV UTF-8", PowerShell's
/// `Out-File`, Notepad); readers skip it.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// `bytes` without a leading [`BOM`].
///
/// ```
/// assert_eq!(customer_validate::csv_file::without_bom(b"\xEF\xBB\xBFa;b"), b"a;b");
/// ```
pub fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// Bytes of the header that vote for the delimiter (the rest of a longer header is read
/// normally, it just does not vote).
pub const HEADER_PEEK: usize = 64 * 1024;

/// The delimiters detected from a header, in the order that breaks a tie.
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// The header's delimiter: of `,` `;` tab `|`, the one that occurs most often outside double
/// quotes in the file's first [`HEADER_PEEK`] bytes up to the first `\n` (or `\r` outside
/// quotes); a tie goes to the earlier in [`DELIMITERS`], and a header with none of them (one
/// column) is comma-separated. `bytes` is the file's start, without its [`BOM`].
///
/// ```
/// use customer_validate::csv_file::detect_delimiter;
/// assert_eq!(detect_delimiter(b"name;email;phone\r\n1,2,3,4\r\n"), b';');
/// assert_eq!(detect_delimiter(b"\"Name, full\"\temail\n"), b'\t');
/// assert_eq!(detect_delimiter(b"name\n"), b',');
/// ```
pub fn detect_delimiter(bytes: &[u8]) -> u8 {
    let head = &bytes[..bytes.len().min(HEADER_PEEK)];
    let head = match head.iter().position(|&b| b == b'\n') {
        Some(i) => &head[..=i],
        None => head,
    };
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

/// Where line ends fall in the bytes read so far, so a byte offset maps to its physical line
/// whatever the line ends (`\n`, `\r\n` or a lone `\r`). Offsets must be asked in increasing
/// order, and only the ends not yet passed are kept (at most those in the CSV reader's
/// read-ahead and the current record).
#[derive(Debug, Default)]
struct LineEnds {
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
    fn line_at(&mut self, offset: u64) -> u64 {
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
}

/// A reader that notes the line ends it passes on into a shared [`LineEnds`].
struct LineCounting<R> {
    inner: R,
    ends: Rc<RefCell<LineEnds>>,
}

impl<R: Read> Read for LineCounting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.ends.borrow_mut().see(&buf[..n]);
        Ok(n)
    }
}

/// One row read by [`CsvRows`].
#[derive(Debug, Clone, PartialEq)]
pub enum CsvRow {
    /// A data row, in the record given to [`CsvRows::next_row`]: its payload is
    /// [`row_payload`] (on any thread).
    Record {
        /// The physical line where the row starts (from 1).
        line: u64,
    },
    /// A row refused before any payload: not valid CSV, a row before the header that is
    /// not UTF-8 (`encoding_invalid`), or a header that names no columns (then no row
    /// follows).
    Refused {
        /// The physical line where the row starts.
        line: u64,
        /// Why.
        issue: Issue,
    },
}

/// The rows of a CSV file after its header (the delimiter given, the [`BOM`] already
/// skipped), each with the physical line where it starts. The header is read on the first
/// call to [`CsvRows::next_row`].
///
/// ```
/// use customer_validate::csv_file::{CsvRow, CsvRows};
/// use customer_validate::Provider;
/// let mut rows = CsvRows::new(&b"\xff\nname\rAda\r"[..], b',', Provider::Rapyd);
/// let mut record = csv::ByteRecord::new();
/// let first = rows.next_row(&mut record).unwrap().unwrap();
/// assert!(matches!(first, CsvRow::Refused { line: 1, .. }), "not UTF-8, before the header");
/// assert_eq!(rows.next_row(&mut record).unwrap(), Some(CsvRow::Record { line: 3 }));
/// assert_eq!(rows.next_row(&mut record).unwrap(), None);
/// ```
pub struct CsvRows<R> {
    csv: csv::Reader<LineCounting<R>>,
    ends: Rc<RefCell<LineEnds>>,
    provider: Provider,
    columns: Option<Columns>,
    /// A header that names no columns was reported: nothing more is read.
    stopped: bool,
}

impl<R: Read> CsvRows<R> {
    /// Reads `reader` as CSV separated by `delimiter`, the header's columns renamed by
    /// `provider`'s [`Provider::csv_aliases`].
    pub fn new(reader: R, delimiter: u8, provider: Provider) -> Self {
        let ends = Rc::new(RefCell::new(LineEnds::default()));
        let counting = LineCounting {
            inner: reader,
            ends: Rc::clone(&ends),
        };
        let csv = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(false)
            .delimiter(delimiter)
            .from_reader(counting);
        CsvRows {
            csv,
            ends,
            provider,
            columns: None,
            stopped: false,
        }
    }

    /// The header's columns, once read.
    pub fn columns(&self) -> Option<&Columns> {
        self.columns.as_ref()
    }

    /// Bytes parsed so far (for a progress bar).
    pub fn bytes_read(&self) -> u64 {
        self.csv.position().byte()
    }

    /// The next row, its fields in `record` when it is a [`CsvRow::Record`]; `None` at the
    /// end. Only a read error of `reader` is an error.
    pub fn next_row(&mut self, record: &mut csv::ByteRecord) -> io::Result<Option<CsvRow>> {
        loop {
            if self.stopped {
                return Ok(None);
            }
            let line = match self.read(record)? {
                None => return Ok(None),
                Some(Err(refused)) => return Ok(Some(refused)),
                Some(Ok(line)) => line,
            };
            if self.columns.is_some() {
                return Ok(Some(CsvRow::Record { line }));
            }
            let cells: Result<Vec<&str>, _> = record.iter().map(std::str::from_utf8).collect();
            let Ok(cells) = cells else {
                let issue = Issue::new(Code::EncodingInvalid, "Row is not valid UTF-8");
                return Ok(Some(CsvRow::Refused { line, issue }));
            };
            match Columns::new(&cells, self.provider.csv_aliases()) {
                Ok(columns) => self.columns = Some(columns),
                Err(issue) => {
                    // Without a header no row can be read: report it and stop.
                    self.stopped = true;
                    return Ok(Some(CsvRow::Refused { line, issue }));
                }
            }
        }
    }

    /// The next record and its line, or a row refused as invalid CSV.
    fn read(&mut self, record: &mut csv::ByteRecord) -> io::Result<Option<Result<u64, CsvRow>>> {
        let line_of = |ends: &RefCell<LineEnds>, pos: Option<&csv::Position>| {
            pos.map_or(0, |p| ends.borrow_mut().line_at(p.byte()))
        };
        match self.csv.read_byte_record(record) {
            Ok(false) => Ok(None),
            Ok(true) => Ok(Some(Ok(line_of(&self.ends, record.position())))),
            Err(e) => {
                let line = line_of(&self.ends, e.position());
                match e.into_kind() {
                    csv::ErrorKind::Io(e) => Err(e),
                    _ => Ok(Some(Err(CsvRow::Refused {
                        line,
                        issue: Issue::new(Code::CsvInvalid, "Row is not valid CSV"),
                    }))),
                }
            }
        }
    }
}

/// The payload of a data row under `columns` (dotted names as paths, see
/// [`crate::rows`]): `None` for a row whose cells are all blank (skipped, as blank lines
/// are), the issue for a row that is not UTF-8 (`encoding_invalid`) or does not fit the
/// header.
///
/// ```
/// use customer_validate::csv_file::row_payload;
/// use customer_validate::rows::Columns;
/// let columns = Columns::new(&["name", "email"], &[]).unwrap();
/// let row = |cells: &[&[u8]]| csv::ByteRecord::from(cells.to_vec());
/// assert_eq!(row_payload(&columns, &row(&[b" ", b""])), None);
/// assert_eq!(row_payload(&columns, &row(&[b"Ada", b""])), Some(Ok(serde_json::json!({"name": "Ada"}))));
/// assert!(row_payload(&columns, &row(&[b"\xff", b""])).unwrap().is_err());
/// ```
pub fn row_payload(columns: &Columns, record: &csv::ByteRecord) -> Option<Result<Value, Issue>> {
    let cells: Result<Vec<&str>, _> = record.iter().map(std::str::from_utf8).collect();
    let Ok(cells) = cells else {
        return Some(Err(Issue::new(
            Code::EncodingInvalid,
            "Row is not valid UTF-8",
        )));
    };
    if cells.iter().all(|c| c.trim().is_empty()) {
        return None;
    }
    Some(row_to_json(columns, &cells))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of_records(input: &[u8]) -> Vec<u64> {
        let ends = Rc::new(RefCell::new(LineEnds::default()));
        let counting = LineCounting {
            inner: input,
            ends: Rc::clone(&ends),
        };
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
        assert_eq!(ends.pending.len(), 4);
        assert_eq!(ends.line_at(3), 2);
        assert_eq!(ends.pending.len(), 3);
        assert_eq!(ends.line_at(7), 4);
        assert_eq!(ends.pending.len(), 1);
        // A `\r\n` split between two reads is one line end.
        let mut ends = LineEnds::default();
        ends.see(b"a\r");
        ends.see(b"\nb");
        assert_eq!(ends.line_at(3), 2);
    }

    #[test]
    fn the_header_votes_for_its_delimiter() {
        assert_eq!(detect_delimiter(b"a,b,c\n1;2;3;4;5"), b',');
        assert_eq!(detect_delimiter(b"name;email;phone\r\n"), b';');
        assert_eq!(detect_delimiter(b"name\temail\n"), b'\t');
        assert_eq!(detect_delimiter(b"name|email|x\n"), b'|');
        // One column: comma. A quoted comma does not vote; a tie goes to the comma.
        assert_eq!(detect_delimiter(b"name\n"), b',');
        assert_eq!(detect_delimiter(b"\"Name, full\";email\n"), b';');
        assert_eq!(detect_delimiter(b"a,b;c\n"), b',');
        assert_eq!(detect_delimiter(b"a;b\tc\n"), b';');
        // Most votes wins over list order.
        assert_eq!(detect_delimiter(b"a,b;c;d\n"), b';');
        // A quoted `\r` does not end the header; the first `\n` does, even quoted (the CLI
        // peeks at the first line as a stream).
        assert_eq!(detect_delimiter(b"\"a\rb\";c;d\n"), b';');
        assert_eq!(detect_delimiter(b"\"a\nb\";c;d\n"), b',');
        // Only the first HEADER_PEEK bytes vote.
        let mut long = vec![b'x'; HEADER_PEEK];
        long.extend_from_slice(b";;;\n");
        assert_eq!(detect_delimiter(&long), b',');
    }

    #[test]
    fn rows_after_a_header_that_names_nothing_are_not_read() {
        let mut rows = CsvRows::new(&b"a,,b\nx,y,z\n"[..], b',', Provider::Rapyd);
        let mut record = csv::ByteRecord::new();
        assert!(matches!(
            rows.next_row(&mut record).unwrap(),
            Some(CsvRow::Refused { line: 1, .. })
        ));
        assert_eq!(rows.next_row(&mut record).unwrap(), None);
    }
}
