//! A deterministic pseudo-random source for unit tests that compare two implementations on
//! many generated inputs (xorshift64; no crate, same sequence on every machine and target).

/// The xorshift64 sequence from `seed` (which must not be 0).
pub(crate) fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn is_deterministic_and_moves() {
        let (mut a, mut b) = (super::xorshift(7), super::xorshift(7));
        let xs: Vec<u64> = (0..4).map(|_| a()).collect();
        assert_eq!(xs, (0..4).map(|_| b()).collect::<Vec<_>>());
        assert!(xs.windows(2).all(|w| w[0] != w[1]));
    }
}
