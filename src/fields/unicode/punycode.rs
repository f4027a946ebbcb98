//! Punycode decoding (RFC 3492) of an A-label's encoded part, for the browser build's UTS-46
//! check (`host.rs`): the answers of `idna::punycode::decode_to_string`, whose decoder links
//! a stable sort and `smallvec` (~3.8 KB gzipped of the browser's module); the tests compare
//! both on generated and encoded labels.

const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 0x80;

/// The bias adaptation of RFC 3492 §6.1.
fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    let mut delta = delta / if first { DAMP } else { 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW)
}

/// A digit's value: `a`–`z` (either case) 0–25, `0`–`9` 26–35.
fn digit(b: u8) -> Option<u32> {
    Some(u32::from(match b {
        b'a'..=b'z' => b - b'a',
        b'A'..=b'Z' => b - b'A',
        b'0'..=b'9' => b - b'0' + 26,
        _ => return None,
    }))
}

/// The Unicode text `input` (the part of an A-label after `xn--`) encodes: the basic
/// characters before its last `-` kept as they are (a `-` in first place is not a
/// delimiter), then each encoded character inserted where its delta says. `None` when the
/// input is malformed, overflows, or encodes a value that is not a scalar value.
pub(super) fn decode(input: &str) -> Option<String> {
    let bytes = input.as_bytes();
    let (basic, encoded) = match bytes.iter().rposition(|&b| b == b'-') {
        Some(p) if p > 0 => (&bytes[..p], &bytes[p + 1..]),
        _ => (&bytes[..0], bytes),
    };
    if !basic.is_ascii() {
        return None;
    }
    let mut out: Vec<char> = basic.iter().map(|&b| char::from(b)).collect();
    let (mut n, mut bias, mut i) = (INITIAL_N, INITIAL_BIAS, 0u32);
    let mut rest = encoded.iter();
    while let Some(&first) = rest.next() {
        let (old_i, mut weight, mut k, mut b) = (i, 1u32, BASE, first);
        loop {
            let d = digit(b)?;
            i = i.checked_add(d.checked_mul(weight)?)?;
            let t = if k <= bias {
                T_MIN
            } else if k >= bias + T_MAX {
                T_MAX
            } else {
                k - bias
            };
            if d < t {
                break;
            }
            weight = weight.checked_mul(BASE - t)?;
            k += BASE;
            b = *rest.next()?;
        }
        let points = u32::try_from(out.len()).ok()?.checked_add(1)?;
        bias = adapt(i - old_i, points, old_i == 0);
        n = n.checked_add(i / points)?;
        i %= points;
        out.insert(usize::try_from(i).ok()?, char::from_u32(n)?);
        i += 1;
    }
    Some(out.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::decode;

    fn same_as_idna(s: &str) {
        assert_eq!(decode(s), idna::punycode::decode_to_string(s), "{s:?}");
    }

    #[test]
    fn hand_picked_labels_decode_as_idna() {
        for s in [
            "",
            "-",
            "--",
            "a-",
            "-a",
            "a--",
            "abc-def-",
            "mnchen-3ya",
            "MNCHEN-3YA",
            "bcher-kva",
            "ihqwcrb4cv8a8dqg056pqjye",
            "egbpdaj6bu4bxfgehfvwxn",
            "d1abbgf6aiiy",
            "9dbq2a",
            "wgbh1c",
            "fiqs8s",
            "-> $1.00 <--",
            "zz",
            "99999999",
            "zzzzzzzzzzzzzzzzzz",
            "a-zzzzzzz",
            "ü-a",
            "0",
            "a",
            "aaaaaa",
            "hsa-",
            "xn--",
            "tda",
            "4ca",
            "ba-4ca",
            "\u{e9}",
            "acdefg-",
            "a-b-c-d-4ca",
        ] {
            same_as_idna(s);
        }
    }

    #[test]
    fn generated_labels_decode_as_idna() {
        let mut next = crate::test_rng::xorshift(0x9e37_79b9);
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789ABZ----";
        for _ in 0..100_000 {
            let len = (next() % 24) as usize;
            let s: String = (0..len)
                .map(|_| char::from(ALPHABET[(next() % ALPHABET.len() as u64) as usize]))
                .collect();
            same_as_idna(&s);
        }
        // Real encodings: text of random scalar values (ASCII, Latin, CJK, astral), encoded.
        for _ in 0..20_000 {
            let len = 1 + (next() % 12) as usize;
            let text: String = (0..len)
                .filter_map(|_| {
                    char::from_u32(match next() % 4 {
                        0 => 0x20 + (next() % 0x5F) as u32,
                        1 => 0xA0 + (next() % 0x500) as u32,
                        2 => 0x4E00 + (next() % 0x5000) as u32,
                        _ => (next() % 0x10FFFF) as u32,
                    })
                })
                .collect();
            if let Some(encoded) = idna::punycode::encode_str(&text) {
                same_as_idna(&encoded);
                assert_eq!(decode(&encoded).as_deref(), Some(text.as_str()));
            }
        }
    }
}
