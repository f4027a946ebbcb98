//! A fixed-capacity buffer for building lookup keys and comparing short strings without
//! allocating (country names, subdivision names, email domains for the typo distance, as
//! bytes): what would outgrow it is simply not a key.

/// Up to `N` items of `T`, filled front to back.
pub(crate) struct FixedBuf<const N: usize, T: Copy + Default = u8> {
    pub(crate) buf: [T; N],
    pub(crate) len: usize,
}

impl<const N: usize, T: Copy + Default> FixedBuf<N, T> {
    pub(crate) fn new() -> Self {
        FixedBuf {
            buf: [T::default(); N],
            len: 0,
        }
    }

    /// Appends items; `None` when the capacity would be exceeded.
    pub(crate) fn push(&mut self, items: &[T]) -> Option<()> {
        let end = self.len.checked_add(items.len())?;
        self.buf.get_mut(self.len..end)?.copy_from_slice(items);
        self.len = end;
        Some(())
    }

    /// The items pushed so far.
    pub(crate) fn as_slice(&self) -> &[T] {
        self.buf.get(..self.len).unwrap_or_default()
    }
}

impl<const N: usize> FixedBuf<N, u8> {
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.as_slice()
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
