//! The IP address literals of email domains (`[192.0.2.1]`, `[IPv6:2001:db8::1]`): read with
//! the grammar of `std::net`'s `FromStr` for `Ipv4Addr` and `Ipv6Addr`, and written in the
//! canonical form of their `Display` (RFC 5952: lower-case hex, no leading zeros, the longest
//! run of two or more zero groups as `::`, IPv4-mapped addresses as `::ffff:a.b.c.d`).
//!
//! Our own code because std's parser and formatter weigh ~3 KB gzipped in the browser's
//! WASM module, for a form of address few customers type; the tests compare both on
//! generated and hand-picked text (docs/decisions.md, "Build and size").

use crate::text_out::{push_uint, DEC, LOWER_HEX};

/// A dotted-quad IPv4 address: four decimal octets, 0–255, none with a leading zero
/// (`192.0.2.1` is `[192, 0, 2, 1]`; `192.0.2.01` is refused).
pub(super) fn parse_v4(text: &str) -> Option<[u8; 4]> {
    let mut reader = Reader(text.as_bytes());
    let ip = reader.v4()?;
    reader.0.is_empty().then_some(ip)
}

/// An IPv6 address as its eight groups, in any form `std` reads (`::` for one or more zero
/// groups, up to four hex digits a group, an IPv4 address in the last two groups).
pub(super) fn parse_v6(text: &str) -> Option<[u16; 8]> {
    let mut reader = Reader(text.as_bytes());
    let ip = reader.v6()?;
    reader.0.is_empty().then_some(ip)
}

/// `a.b.c.d`.
pub(super) fn write_v4(out: &mut String, ip: [u8; 4]) {
    for (i, octet) in ip.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        push_uint(out, u64::from(*octet), DEC, 1);
    }
}

/// RFC 5952's canonical text, as `Ipv6Addr`'s `Display` writes it.
pub(super) fn write_v6(out: &mut String, groups: [u16; 8]) {
    if groups[..5] == [0; 5] && groups[5] == 0xffff {
        out.push_str("::ffff:");
        let [a, b] = groups[6].to_be_bytes();
        let [c, d] = groups[7].to_be_bytes();
        return write_v4(out, [a, b, c, d]);
    }
    // The longest run of zero groups (the first of equal ones), if two or more long.
    let (mut best, mut run) = ((0, 0), (0, 0));
    for (i, &g) in groups.iter().enumerate() {
        if g != 0 {
            run = (0, 0);
            continue;
        }
        if run.1 == 0 {
            run.0 = i;
        }
        run.1 += 1;
        if run.1 > best.1 {
            best = run;
        }
    }
    let hex = |out: &mut String, part: &[u16]| {
        for (i, g) in part.iter().enumerate() {
            if i > 0 {
                out.push(':');
            }
            push_uint(out, u64::from(*g), LOWER_HEX, 1);
        }
    };
    if best.1 > 1 {
        hex(out, &groups[..best.0]);
        out.push_str("::");
        hex(out, &groups[best.0 + best.1..]);
    } else {
        hex(out, &groups);
    }
}

/// The unread rest of the text. Each `read` either consumes what it reads or, on failure,
/// leaves the reader where it was (the caller restores a copy).
#[derive(Clone, Copy)]
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn eat(&mut self, b: u8) -> bool {
        match self.0.split_first() {
            Some((&first, rest)) if first == b => {
                self.0 = rest;
                true
            }
            _ => false,
        }
    }

    /// Up to `max_digits` digits of `radix` (more is a failure); a leading zero only alone when
    /// `zero_prefix` is false.
    fn number(&mut self, radix: u32, max_digits: usize, zero_prefix: bool) -> Option<u32> {
        let digits = self
            .0
            .iter()
            .take_while(|b| char::from(**b).is_digit(radix))
            .count();
        if digits == 0 || digits > max_digits || (!zero_prefix && digits > 1 && self.0[0] == b'0') {
            return None;
        }
        let (number, rest) = self.0.split_at(digits);
        self.0 = rest;
        Some(number.iter().fold(0, |n, b| {
            n * radix + char::from(*b).to_digit(radix).unwrap_or(0)
        }))
    }

    fn v4(&mut self) -> Option<[u8; 4]> {
        let start = *self;
        let mut ip = [0u8; 4];
        for (i, octet) in ip.iter_mut().enumerate() {
            let read = (i == 0 || self.eat(b'.'))
                .then(|| self.number(10, 3, false))
                .flatten()
                .and_then(|n| u8::try_from(n).ok());
            match read {
                Some(n) => *octet = n,
                None => {
                    *self = start;
                    return None;
                }
            }
        }
        Some(ip)
    }

    /// Reads up to `slots.len()` groups, each after a `:` but the first; an IPv4 address fills
    /// two. Answers how many groups were read and whether the last was an IPv4 address.
    fn groups(&mut self, slots: &mut [u16]) -> (usize, bool) {
        let limit = slots.len();
        for i in 0..limit {
            if i + 1 < limit {
                let start = *self;
                if i == 0 || self.eat(b':') {
                    if let Some([a, b, c, d]) = self.v4() {
                        slots[i] = u16::from_be_bytes([a, b]);
                        slots[i + 1] = u16::from_be_bytes([c, d]);
                        return (i + 2, true);
                    }
                }
                *self = start;
            }
            let start = *self;
            let group = (i == 0 || self.eat(b':'))
                .then(|| self.number(16, 4, true))
                .flatten();
            match group {
                // At most 4 hex digits: always within u16.
                Some(g) => slots[i] = u16::try_from(g).unwrap_or(u16::MAX),
                None => {
                    *self = start;
                    return (i, false);
                }
            }
        }
        (limit, false)
    }

    fn v6(&mut self) -> Option<[u16; 8]> {
        let mut head = [0u16; 8];
        let (head_len, head_v4) = self.groups(&mut head);
        if head_len == 8 {
            return Some(head);
        }
        if head_v4 || !(self.eat(b':') && self.eat(b':')) {
            return None;
        }
        // `::` stands for at least one zero group.
        let mut tail = [0u16; 7];
        let room = 7 - head_len;
        let (tail_len, _) = self.groups(&mut tail[..room]);
        let mut ip = [0u16; 8];
        ip[..head_len].copy_from_slice(&head[..head_len]);
        ip[8 - tail_len..].copy_from_slice(&tail[..tail_len]);
        Some(ip)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    fn ours_v4(s: &str) -> Option<String> {
        parse_v4(s).map(|ip| {
            let mut out = String::new();
            write_v4(&mut out, ip);
            out
        })
    }

    fn ours_v6(s: &str) -> Option<String> {
        parse_v6(s).map(|ip| {
            let mut out = String::new();
            write_v6(&mut out, ip);
            out
        })
    }

    fn same_as_std(s: &str) {
        let v4 = s.parse::<Ipv4Addr>().ok().map(|ip| ip.to_string());
        assert_eq!(ours_v4(s), v4, "IPv4 {s:?}");
        let v6 = s.parse::<Ipv6Addr>().ok().map(|ip| ip.to_string());
        assert_eq!(ours_v6(s), v6, "IPv6 {s:?}");
    }

    #[test]
    fn hand_picked_text_reads_and_writes_as_std() {
        for s in [
            "",
            ".",
            ":",
            "::",
            ":::",
            "::1",
            "1::",
            "1:2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7::",
            "::2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7:8:9",
            "1::2::3",
            "0:0:0:0:0:0:0:0",
            "0:0:0:0:0:0:0:1",
            "2001:DB8::1",
            "2001:0db8:0000:0000:0000:0000:0000:0001",
            "2001:db8:0:0:1:0:0:1",
            "2001:db8::1:0:0:1",
            "2001:0:0:1:0:0:0:1",
            "1:0:1:0:1:0:1:0",
            "00000::1",
            "12345::",
            "::ffff:192.0.2.1",
            "::FFFF:c000:0201",
            "::192.0.2.1",
            "1:2:3:4:5:6:1.2.3.4",
            "1:2:3:4:5:6:7:1.2.3.4",
            "1.2.3.4::",
            "::1.2.3",
            "::1.2.3.4.5",
            "::256.0.0.1",
            "::01.2.3.4",
            "fe80::1%eth0",
            " ::1",
            "::1 ",
            "0.0.0.0",
            "255.255.255.255",
            "256.1.1.1",
            "01.1.1.1",
            "1.1.1",
            "1.1.1.1.",
            "1..1.1",
            "+1.1.1.1",
            "1.1.1.1\n",
            "0000:0000::",
            "::0:0",
            "a:b:c:d:e:f:a:b",
            "g::",
            "::ffff:0:0",
            "::ffff:1:2:3",
            "0:0:0:0:0:ffff:1.2.3.4",
            "::ffff:0.0.0.0",
            "1:2:3:4:5:6::7",
            "1:2:3:4:5:6:7::8",
            "1::1.2.3.4",
            "::1:1.2.3.4",
            "1:2::3:4:1.2.3.4",
            "1:2:3:4:5:6:7:8::",
            "::1:2:3:4:5:6:7:8",
            "१.२.३.४",
            "1.2.3.٤",
            "::ｆ",
        ] {
            same_as_std(s);
        }
    }

    #[test]
    fn generated_text_reads_and_writes_as_std() {
        let mut next = crate::test_rng::xorshift(0x1b3_5eed);
        const ALPHABET: &[u8] = b"0123456789abcdefABCDEFg:::::....";
        for _ in 0..200_000 {
            let len = (next() % 40) as usize;
            let s: String = (0..len)
                .map(|_| char::from(ALPHABET[(next() % ALPHABET.len() as u64) as usize]))
                .collect();
            same_as_std(&s);
        }
        // Addresses as std writes them, and as people write them: every group in full, and
        // zero runs of random lengths at random places (the canonical choice of run is tested).
        for _ in 0..50_000 {
            let mut groups = [0u16; 8];
            for g in &mut groups {
                *g = match next() % 4 {
                    0 | 1 => 0,
                    2 => (next() % 16) as u16,
                    _ => next() as u16,
                };
            }
            if next().is_multiple_of(8) {
                groups = [0, 0, 0, 0, 0, 0xffff, next() as u16, next() as u16];
            }
            let ip = Ipv6Addr::from(groups);
            same_as_std(&ip.to_string());
            let full: Vec<String> = groups.iter().map(|g| format!("{g:04X}")).collect();
            same_as_std(&full.join(":"));
            let v4 = Ipv4Addr::from(next() as u32);
            same_as_std(&v4.to_string());
            same_as_std(&format!("{}:{}:{v4}", full[..5].join(":"), full[5]));
        }
    }
}
