//! JSON Lines read in chunks of whole lines: the reading thread only reads bytes and cuts them
//! after the last `\n`, and whoever renders a chunk splits it into lines. No line is copied
//! on its own and no allocation is made per line; a chunk's buffer is handed back to be
//! filled again. The lines, their numbers and the lines over the limit are exactly those of
//! [`customer_validate::lines::BoundedLines`] with blank lines skipped (a unit test compares
//! the two for every chunk size on inputs with CRLF, blank, empty and overlong lines).

use std::io::{self, Read};

/// Bytes read into a chunk before it is cut after its last `\n`: a few hundred records.
pub(crate) const CHUNK_BYTES: usize = 256 * 1024;

/// One line of a chunk, as [`customer_validate::lines::Line`] has it but borrowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Text<'a> {
    /// The line without its `\n` or `\r\n`.
    Bytes(&'a [u8]),
    /// A line longer than the limit: its length, its bytes not kept.
    TooLong {
        /// Bytes in the line, without its `\n` (and without its `\r` when stripping that
        /// brings it within one byte of the limit, as `BoundedLines` counts).
        bytes: usize,
    },
}

/// Consecutive whole lines of the input, or one line over the limit that was not kept.
#[derive(Debug, Default)]
pub(crate) struct Chunk {
    /// The lines, each with its `\n` (the last line of the input may have none).
    pub(crate) bytes: Vec<u8>,
    /// The number of the first line (from 1).
    pub(crate) first_line: u64,
    /// A line too long to keep: its length; `bytes` is then empty.
    pub(crate) skipped: Option<usize>,
}

impl Chunk {
    /// The chunk's lines that are not blank (only ASCII white space), with their numbers;
    /// a line of more than `max_line` bytes is [`Text::TooLong`], blank or not.
    pub(crate) fn lines(&self, max_line: usize) -> impl Iterator<Item = (u64, Text<'_>)> + '_ {
        let skipped = self
            .skipped
            .map(|bytes| (self.first_line, Text::TooLong { bytes }));
        let mut rest = if self.skipped.is_some() {
            &[][..]
        } else {
            &self.bytes[..]
        };
        let mut line_no = self.first_line;
        let lines = std::iter::from_fn(move || loop {
            if rest.is_empty() {
                return None;
            }
            let (mut line, after) = match rest.iter().position(|&b| b == b'\n') {
                Some(i) => (&rest[..i], &rest[i + 1..]),
                None => (rest, &[][..]),
            };
            rest = after;
            let n = line_no;
            line_no += 1;
            // `BoundedLines`: a `\r` before the `\n` is stripped when the line is at most one
            // byte over the limit with it, and counted otherwise; a line over the limit is
            // reported even when blank.
            if line.len() <= max_line.saturating_add(1) && line.last() == Some(&b'\r') {
                line = &line[..line.len() - 1];
            }
            if line.len() > max_line {
                return Some((n, Text::TooLong { bytes: line.len() }));
            }
            if !line.iter().all(u8::is_ascii_whitespace) {
                return Some((n, Text::Bytes(line)));
            }
        });
        skipped.into_iter().chain(lines)
    }
}

/// Cuts a reader into [`Chunk`]s of whole lines. A line longer than a chunk makes the chunk
/// grow until the line ends or passes `max_line` (+1 for a `\r`); past that it is read to its
/// end without being kept, so memory stays bounded by the chunk size and the line limit.
pub(crate) struct LineChunks<R> {
    reader: R,
    max_line: usize,
    chunk_bytes: usize,
    /// Bytes read past the last chunk's end: the start of a line, or after a line too long
    /// to keep, whatever was read past its end.
    carry: Vec<u8>,
    /// The number of the next line to start.
    next_line: u64,
    bytes_read: u64,
}

impl<R: Read> LineChunks<R> {
    /// Chunks of about `chunk_bytes` from `reader`, lines over `max_line` bytes not kept.
    pub(crate) fn new(reader: R, max_line: usize, chunk_bytes: usize) -> Self {
        LineChunks {
            reader,
            max_line,
            chunk_bytes: chunk_bytes.max(1),
            carry: Vec::new(),
            next_line: 1,
            bytes_read: 0,
        }
    }

    /// Bytes read so far (for the progress bar).
    pub(crate) fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// Lines started so far.
    pub(crate) fn lines_read(&self) -> u64 {
        self.next_line - 1
    }

    /// Reads into `buf` until it holds `target` bytes or the input ends; true at the end.
    fn fill(&mut self, buf: &mut Vec<u8>, target: usize) -> io::Result<bool> {
        let want = target.saturating_sub(buf.len());
        let n = (&mut self.reader).take(want as u64).read_to_end(buf)?;
        self.bytes_read += n as u64;
        Ok(n < want)
    }

    /// The next chunk, filled into `buf` (emptied first: pass a used chunk's buffer to reuse
    /// its memory); `None` at the end of input.
    pub(crate) fn next_chunk(&mut self, mut buf: Vec<u8>) -> io::Result<Option<Chunk>> {
        buf.clear();
        buf.extend_from_slice(&self.carry);
        self.carry.clear();
        // Bytes of `buf` known to hold no `\n`.
        let mut scanned = 0;
        let mut target = self.chunk_bytes.max(buf.len() + 1);
        loop {
            let eof = self.fill(&mut buf, target)?;
            if let Some(i) = buf[scanned..].iter().rposition(|&b| b == b'\n') {
                let end = scanned + i + 1;
                self.carry.extend_from_slice(&buf[end..]);
                buf.truncate(end);
                let first_line = self.next_line;
                self.next_line += count_newlines(&buf);
                return Ok(Some(Chunk {
                    bytes: buf,
                    first_line,
                    skipped: None,
                }));
            }
            scanned = buf.len();
            let first_line = self.next_line;
            if eof {
                if buf.is_empty() {
                    return Ok(None);
                }
                self.next_line += 1;
                return Ok(Some(Chunk {
                    bytes: buf,
                    first_line,
                    skipped: None,
                }));
            }
            if buf.len() > self.max_line.saturating_add(1) {
                // Too long whatever follows: count the rest of the line, keep none of it.
                let mut total = buf.len();
                loop {
                    buf.clear();
                    let eof = self.fill(&mut buf, self.chunk_bytes)?;
                    if let Some(i) = buf.iter().position(|&b| b == b'\n') {
                        total = total.saturating_add(i);
                        self.carry.extend_from_slice(&buf[i + 1..]);
                        break;
                    }
                    total = total.saturating_add(buf.len());
                    if eof {
                        break;
                    }
                }
                buf.clear();
                self.next_line += 1;
                return Ok(Some(Chunk {
                    bytes: buf,
                    first_line,
                    skipped: Some(total),
                }));
            }
            target = buf.len() + self.chunk_bytes;
        }
    }
}

/// `\n`s in `bytes`.
fn count_newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use customer_validate::lines::{BoundedLines, Line};

    /// What the chunks give, as owned lines.
    fn by_chunks(input: &[u8], max: usize, chunk: usize) -> Vec<(u64, Line)> {
        let mut chunks = LineChunks::new(input, max, chunk);
        let mut out = Vec::new();
        let mut buf = Vec::new();
        while let Some(c) = chunks.next_chunk(buf).unwrap() {
            assert!(
                c.bytes.len() <= chunk.max(max + 2) + chunk,
                "a chunk of {} bytes (chunk {chunk}, max {max})",
                c.bytes.len()
            );
            for (n, text) in c.lines(max) {
                out.push((
                    n,
                    match text {
                        Text::Bytes(b) => Line::Bytes(b.to_vec()),
                        Text::TooLong { bytes } => Line::TooLong { bytes },
                    },
                ));
            }
            buf = c.bytes;
        }
        assert_eq!(chunks.bytes_read(), input.len() as u64);
        out
    }

    /// What `BoundedLines` gives, blank lines skipped but counted (the path this replaces).
    fn by_lines(input: &[u8], max: usize) -> Vec<(u64, Line)> {
        let mut lines = BoundedLines::new(input, max);
        let mut out = Vec::new();
        let mut n = 0;
        while let Some(line) = lines.next_line().unwrap() {
            n += 1;
            if let Line::Bytes(b) = &line {
                if b.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
            }
            out.push((n, line));
        }
        out
    }

    #[test]
    fn every_chunk_size_gives_the_lines_of_bounded_lines() {
        let inputs: [&[u8]; 10] = [
            b"",
            b"\n",
            b"a",
            b"{\"a\":1}\n{\"b\":2}\r\n\r\n  \n{\"c\":3}",
            b"abc\r\nabcd\r\nabcde\r\nabcdef\r\nabcdefg\n\n",
            b"0123456789012345678901234567890\nx\r\n0123456789\r",
            b"\r\n\r\n\r\nz\n",
            b"\xff\xfe\nok\n\t \t\n",
            b"a\rb\rc\n",
            b"x\n0123456789012345678901234567890123456789",
        ];
        for input in inputs {
            for max in [0, 1, 3, 4, 5, 6, 7, 10, 1024] {
                let want = by_lines(input, max);
                for chunk in 1..=input.len() + 2 {
                    assert_eq!(
                        by_chunks(input, max, chunk),
                        want,
                        "{:?}, max {max}, chunk {chunk}",
                        String::from_utf8_lossy(input)
                    );
                }
            }
        }
    }

    #[test]
    fn random_inputs_give_the_lines_of_bounded_lines() {
        let mut seed = 0x2545_f491_u64;
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..300 {
            let len = (rand() % 200) as usize;
            let input: Vec<u8> = (0..len)
                .map(|_| match rand() % 10 {
                    0 | 1 => b'\n',
                    2 => b'\r',
                    3 => b' ',
                    _ => b'a',
                })
                .collect();
            let max = (rand() % 40) as usize;
            let want = by_lines(&input, max);
            for chunk in [1, 2, 3, 5, 8, 13, 64, 4096] {
                assert_eq!(
                    by_chunks(&input, max, chunk),
                    want,
                    "{input:?} {max} {chunk}"
                );
            }
        }
    }

    #[test]
    fn a_line_longer_than_the_limit_is_not_kept() {
        let mut input = vec![b'9'; 1 << 20];
        input.extend_from_slice(b"\r\nok\n");
        let mut chunks = LineChunks::new(&input[..], 1000, 4096);
        let c = chunks.next_chunk(Vec::new()).unwrap().unwrap();
        assert_eq!((c.first_line, c.skipped), (1, Some((1 << 20) + 1)));
        assert!(c.bytes.capacity() < 16 * 1024, "the long line was kept");
        let c = chunks.next_chunk(c.bytes).unwrap().unwrap();
        assert_eq!(c.lines(1000).collect::<Vec<_>>(), [(2, Text::Bytes(b"ok"))]);
        assert!(chunks.next_chunk(c.bytes).unwrap().is_none());
        assert_eq!(chunks.lines_read(), 2);
    }

    #[test]
    fn a_line_longer_than_a_chunk_but_within_the_limit_grows_the_chunk() {
        let line = vec![b'x'; 10_000];
        let mut input = line.clone();
        input.extend_from_slice(b"\ny\n");
        let mut chunks = LineChunks::new(&input[..], 20_000, 1000);
        let c = chunks.next_chunk(Vec::new()).unwrap().unwrap();
        assert_eq!(
            c.lines(20_000).collect::<Vec<_>>(),
            [(1, Text::Bytes(&line[..])), (2, Text::Bytes(b"y"))]
        );
    }
}
