//! A fixed-capacity byte buffer for building lookup keys without allocating (country names,
//! subdivision names): a key that would outgrow it is simply not a key.

/// Up to `N` bytes, filled front to back.
pub(crate) struct FixedBuf<const N: usize> {
    pub(crate) buf: [u8; N],
    pub(crate) len: usize,
}

impl<const N: usize> FixedBuf<N> {
    pub(crate) fn new() -> Self {
        FixedBuf {
            buf: [0; N],
            len: 0,
        }
    }

    /// Appends bytes; `None` when the capacity would be exceeded.
    pub(crate) fn push(&mut self, bytes: &[u8]) -> Option<()> {
        let end = self.len.checked_add(bytes.len())?;
        self.buf.get_mut(self.len..end)?.copy_from_slice(bytes);
        self.len = end;
        Some(())
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::FixedBuf;

    #[test]
    fn refuses_to_overflow() {
        let mut b = FixedBuf::<4>::new();
        assert_eq!(b.push(b"abc"), Some(()));
        assert_eq!(b.push("é".as_bytes()), None);
        assert_eq!(b.push(b"d"), Some(()));
        assert_eq!(b.as_bytes(), b"abcd");
    }
}
