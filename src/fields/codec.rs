//! The byte encoding of the data files ([`crate::data`]): LEB128 unsigned integers and
//! length-prefixed UTF-8 strings, written by [`Writer`] and read back by [`Reader`], which
//! answers `None` instead of reading past the end or accepting malformed input.

/// Appends integers and strings to a buffer.
#[cfg(any(test, not(feature = "lazy-data")))]
#[derive(Default)]
pub(crate) struct Writer {
    pub(crate) out: Vec<u8>,
}

#[cfg(any(test, not(feature = "lazy-data")))]
impl Writer {
    /// An unsigned LEB128 integer (1 byte under 128).
    pub(crate) fn uint(&mut self, mut v: u32) {
        while v >= 0x80 {
            self.out.push((v as u8 & 0x7F) | 0x80);
            v >>= 7;
        }
        self.out.push(v as u8);
    }

    /// Bytes after their length.
    pub(crate) fn bytes(&mut self, b: &[u8]) {
        self.uint(u32::try_from(b.len()).unwrap_or(u32::MAX));
        self.out.extend_from_slice(b);
    }

    /// A string after its length in bytes.
    pub(crate) fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
}

/// Reads what [`Writer`] wrote from a byte slice, keeping its position.
pub(crate) struct Reader<'a> {
    buf: &'a [u8],
    pub(crate) pos: usize,
}

impl<'a> Reader<'a> {
    /// Reads `buf` from byte `pos`.
    pub(crate) fn new(buf: &'a [u8], pos: usize) -> Self {
        Reader { buf, pos }
    }

    /// One byte.
    pub(crate) fn byte(&mut self) -> Option<u8> {
        let b = *self.buf.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    /// An unsigned LEB128 integer of at most 32 bits (at most 5 bytes, no overflow).
    pub(crate) fn uint(&mut self) -> Option<u32> {
        let mut v: u32 = 0;
        for shift in [0, 7, 14, 21, 28] {
            let b = self.byte()?;
            let bits = u32::from(b & 0x7F);
            if shift == 28 && bits > 0x0F {
                return None;
            }
            v |= bits << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    /// A length-prefixed byte string, as its `start..end` in the buffer.
    pub(crate) fn span(&mut self) -> Option<(usize, usize)> {
        let len = usize::try_from(self.uint()?).ok()?;
        let start = self.pos;
        let end = start.checked_add(len)?;
        self.buf.get(start..end)?;
        self.pos = end;
        Some((start, end))
    }

    /// A length-prefixed byte string.
    pub(crate) fn bytes(&mut self) -> Option<&'a [u8]> {
        let (start, end) = self.span()?;
        self.buf.get(start..end)
    }

    /// A length-prefixed UTF-8 string, as its `start..end` in the buffer.
    pub(crate) fn str_span(&mut self) -> Option<(usize, usize)> {
        let (start, end) = self.span()?;
        std::str::from_utf8(self.buf.get(start..end)?).ok()?;
        Some((start, end))
    }

    /// Whether every byte was read.
    pub(crate) fn at_end(&self) -> bool {
        self.pos == self.buf.len()
    }
}

/// The string at `span` of `buf` (`""` if it is not one; spans come from
/// [`Reader::str_span`], which checked them).
#[cfg(any(test, feature = "lazy-data"))]
pub(crate) fn str_at(buf: &[u8], (start, end): (usize, usize)) -> &str {
    buf.get(start..end)
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_and_strings_round_trip() {
        let mut w = Writer::default();
        for v in [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX] {
            w.uint(v);
        }
        w.str("Québec");
        w.bytes(b"");
        let mut r = Reader::new(&w.out, 0);
        for v in [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX] {
            assert_eq!(r.uint(), Some(v));
        }
        let span = r.str_span().unwrap();
        assert_eq!(str_at(&w.out, span), "Québec");
        assert_eq!(r.bytes(), Some(&b""[..]));
        assert!(r.at_end());
        assert_eq!(r.byte(), None);
    }

    #[test]
    fn malformed_input_is_refused() {
        // Unterminated, overlong and overflowing integers; a length past the end; bad UTF-8.
        assert_eq!(Reader::new(&[0x80], 0).uint(), None);
        assert_eq!(Reader::new(&[0x80; 6], 0).uint(), None);
        assert_eq!(Reader::new(&[0xFF, 0xFF, 0xFF, 0xFF, 0x1F], 0).uint(), None);
        assert_eq!(Reader::new(&[5, b'a'], 0).span(), None);
        assert_eq!(Reader::new(&[0xFF, 0xFF, 0xFF, 0xFF, 0x0F], 0).span(), None);
        assert_eq!(Reader::new(&[1, 0xFF], 0).str_span(), None);
        assert_eq!(Reader::new(&[], 3).byte(), None);
    }
}
