//! Bounded line reading for streaming JSON Lines: memory stays constant whatever the input,
//! because a line over the limit is skipped to its end without being stored, and bytes are
//! handed over without assuming UTF-8. The CLI reads in chunks of whole lines instead (its
//! `chunks.rs`), whose lines a unit test requires to be exactly these.
//!
//! ```
//! use customer_validate::lines::{BoundedLines, Line};
//! let input: &[u8] = b"a\r\nbbbbbbbb\n\xff\n";
//! let mut lines = BoundedLines::new(input, 4);
//! assert_eq!(lines.next_line().unwrap(), Some(Line::Bytes(b"a".to_vec())));
//! assert_eq!(lines.next_line().unwrap(), Some(Line::TooLong { bytes: 8 }));
//! assert_eq!(lines.next_line().unwrap(), Some(Line::Bytes(vec![0xff])));
//! assert_eq!(lines.next_line().unwrap(), None);
//! ```

use std::io::{self, BufRead};

/// One line read by [`BoundedLines`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// The line's bytes without its `\n` or `\r\n` ending.
    Bytes(Vec<u8>),
    /// The line was longer than the limit; its length is reported, its content dropped.
    TooLong {
        /// Length of the line in bytes, without its ending.
        bytes: usize,
    },
}

/// Reads `\n`-separated lines of at most `max_bytes` each from any [`BufRead`].
///
/// ```
/// use customer_validate::lines::{BoundedLines, Line};
/// let mut lines = BoundedLines::new(&b"x"[..], 10);
/// assert_eq!(lines.next_line().unwrap(), Some(Line::Bytes(b"x".to_vec())));
/// ```
#[derive(Debug)]
pub struct BoundedLines<R> {
    reader: R,
    max_bytes: usize,
    buf: Vec<u8>,
    bytes_read: u64,
}

impl<R: BufRead> BoundedLines<R> {
    /// Wraps `reader`; lines longer than `max_bytes` come back as [`Line::TooLong`].
    pub fn new(reader: R, max_bytes: usize) -> Self {
        BoundedLines {
            reader,
            max_bytes,
            buf: Vec::new(),
            bytes_read: 0,
        }
    }

    /// Bytes consumed so far (for progress reporting).
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// The next line, `None` at the end of input.
    pub fn next_line(&mut self) -> io::Result<Option<Line>> {
        self.buf.clear();
        let mut total = 0usize;
        let mut saw_any = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                break;
            }
            saw_any = true;
            let (part, found_newline) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (&chunk[..i], true),
                None => (chunk, false),
            };
            total = total.saturating_add(part.len());
            if total <= self.max_bytes.saturating_add(1) {
                // +1 leaves room for a `\r` that is stripped below.
                self.buf.extend_from_slice(part);
            }
            let consumed = part.len() + usize::from(found_newline);
            self.reader.consume(consumed);
            self.bytes_read += consumed as u64;
            if found_newline {
                break;
            }
        }
        if !saw_any {
            return Ok(None);
        }
        if self.buf.last() == Some(&b'\r') && total <= self.max_bytes.saturating_add(1) {
            self.buf.pop();
            total -= 1;
        }
        if total > self.max_bytes {
            return Ok(Some(Line::TooLong { bytes: total }));
        }
        Ok(Some(Line::Bytes(std::mem::take(&mut self.buf))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufReader;

    fn all(input: &[u8], max: usize, cap: usize) -> Vec<Line> {
        let mut l = BoundedLines::new(BufReader::with_capacity(cap, input), max);
        let mut out = Vec::new();
        while let Some(line) = l.next_line().unwrap() {
            out.push(line);
        }
        out
    }

    #[test]
    fn splits_across_small_buffers() {
        let got = all(b"hello\nworld\r\nlast", 10, 2);
        assert_eq!(
            got,
            vec![
                Line::Bytes(b"hello".to_vec()),
                Line::Bytes(b"world".to_vec()),
                Line::Bytes(b"last".to_vec())
            ]
        );
    }

    #[test]
    fn exact_limit_fits_and_one_more_does_not() {
        assert_eq!(all(b"abcd\r\n", 4, 3), vec![Line::Bytes(b"abcd".to_vec())]);
        assert_eq!(all(b"abcde\n", 4, 3), vec![Line::TooLong { bytes: 5 }]);
    }

    #[test]
    fn huge_line_keeps_memory_bounded() {
        let mut input = vec![b'9'; 10 * 1024 * 1024];
        input.extend_from_slice(b"\nok\n");
        let mut l = BoundedLines::new(BufReader::new(&input[..]), 1024);
        assert_eq!(
            l.next_line().unwrap(),
            Some(Line::TooLong {
                bytes: 10 * 1024 * 1024
            })
        );
        assert!(l.buf.capacity() <= 16 * 1024);
        assert_eq!(l.next_line().unwrap(), Some(Line::Bytes(b"ok".to_vec())));
    }

    #[test]
    fn empty_lines_are_lines() {
        assert_eq!(
            all(b"\n\n", 4, 8),
            vec![Line::Bytes(vec![]), Line::Bytes(vec![])]
        );
    }
}
