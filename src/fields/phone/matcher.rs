//! A backtracking matcher for the regex subset libphonenumber's metadata uses, run over the
//! bytecode `scripts/gen_phone_metadata.py` compiles (format described there). Subjects are
//! ASCII digit strings.
//!
//! Leftmost-first (Perl/Python) semantics with greedy repetition, so captures agree with
//! the reference's `re`. Every match attempt is bounded: at most [`STEP_LIMIT`] atom tests
//! and [`DEPTH_LIMIT`] nested continuations; past either the attempt fails ("no match"),
//! so no input and no pattern can hang or overflow the stack. The metadata's patterns need
//! a few hundred steps on numbers of up to 17 digits.

use std::cell::Cell;

/// Most atom tests one match attempt may make.
pub(super) const STEP_LIMIT: u32 = 200_000;
/// Deepest chain of pending continuations one match attempt may build.
pub(super) const DEPTH_LIMIT: u32 = 400;
const NO_SPAN: (usize, usize) = (usize::MAX, usize::MAX);

/// Capture group spans of a successful match (group 0 is the whole match).
#[derive(Clone, Copy)]
pub(super) struct Caps {
    spans: [(usize, usize); 10],
}

impl Caps {
    /// The text of group `n`, or `None` if it did not take part in the match.
    pub(super) fn get<'s>(&self, s: &'s str, n: usize) -> Option<&'s str> {
        let (a, b) = *self.spans.get(n)?;
        s.get(a..b)
    }

    /// Where the whole match ends.
    pub(super) fn end(&self) -> usize {
        self.spans[0].1
    }
}

/// The little-endian `u16` at `pc` of a program (group and alternative lengths, class masks).
pub(super) fn u16_at(prog: &[u8], pc: usize) -> Option<usize> {
    Some(usize::from(*prog.get(pc)?) | usize::from(*prog.get(pc + 1)?) << 8)
}

/// Byte length of the item at `pc` of a program: a class is 3 bytes, a repetition 3 plus its
/// atom, a group 4 plus its length, anything else 1. `None` past the end.
pub(super) fn item_len(prog: &[u8], pc: usize) -> Option<usize> {
    let mut len = 0;
    let mut pc = pc;
    loop {
        match *prog.get(pc)? {
            b'{' => {
                len += 3;
                pc += 3;
            }
            b'[' => return Some(len + 3),
            b'(' => return Some(len + 4 + u16_at(prog, pc + 2)?),
            _ => return Some(len + 1),
        }
    }
}

struct Vm<'a> {
    prog: &'a [u8],
    s: &'a [u8],
    steps: Cell<u32>,
    depth: Cell<u32>,
    caps: [Cell<(usize, usize)>; 10],
}

impl Vm<'_> {
    fn byte(&self, pc: usize) -> u8 {
        self.prog.get(pc).copied().unwrap_or(0)
    }

    fn u16_at(&self, pc: usize) -> usize {
        u16_at(self.prog, pc).unwrap_or(0)
    }

    /// Byte length of the item at `pc` (1 past the end of a malformed program).
    fn item_len(&self, pc: usize) -> usize {
        item_len(self.prog, pc).unwrap_or(1)
    }

    fn exhausted(&self) -> bool {
        self.steps.get() > STEP_LIMIT
    }

    /// Matches the item at `pc` at `pos`, then the continuation.
    fn item(&self, pc: usize, pos: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
        let (steps, depth) = (self.steps.get() + 1, self.depth.get());
        self.steps.set(steps);
        if steps > STEP_LIMIT || depth >= DEPTH_LIMIT {
            self.steps.set(STEP_LIMIT + 1);
            return false;
        }
        self.depth.set(depth + 1);
        let at = self.s.get(pos).copied().filter(u8::is_ascii_digit);
        let ok = match self.byte(pc) {
            op @ b'0'..=b'9' => at == Some(op) && k(pos + 1),
            b'd' => at.is_some() && k(pos + 1),
            b'[' => {
                let mask = self.u16_at(pc + 1);
                at.is_some_and(|c| mask >> (c - b'0') & 1 == 1) && k(pos + 1)
            }
            b'$' => pos == self.s.len() && k(pos),
            b'{' => {
                let (min, max) = (u32::from(self.byte(pc + 1)), u32::from(self.byte(pc + 2)));
                self.repeat(pc + 3, min, max, 0, pos, k)
            }
            b'(' => self.group(pc, pos, k),
            _ => false,
        };
        self.depth.set(depth);
        ok
    }

    fn group(&self, pc: usize, pos: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
        let cap = usize::from(self.byte(pc + 1));
        let end = pc + 4 + self.u16_at(pc + 2);
        let mut alt = pc + 4;
        while alt < end && !self.exhausted() {
            let start = alt + 2;
            let stop = start + self.u16_at(alt);
            let matched = self.seq(start, stop, pos, &mut |p| match self.caps.get(cap) {
                Some(slot) if cap > 0 => {
                    let old = slot.replace((pos, p));
                    k(p) || {
                        slot.set(old);
                        false
                    }
                }
                _ => k(p),
            });
            if matched {
                return true;
            }
            alt = stop;
        }
        false
    }

    fn seq(&self, pc: usize, end: usize, pos: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
        if pc >= end {
            return k(pos);
        }
        let next = pc + self.item_len(pc);
        self.item(pc, pos, &mut |p| self.seq(next, end, p, k))
    }

    /// Greedy `{min,max}` (max 255: unbounded) of the atom at `pc`, `n` matched so far.
    fn repeat(
        &self,
        pc: usize,
        min: u32,
        max: u32,
        n: u32,
        pos: usize,
        k: &mut dyn FnMut(usize) -> bool,
    ) -> bool {
        if (n < max || max == 255)
            && self.item(pc, pos, &mut |p| {
                // An empty iteration past the minimum would loop forever: refuse it.
                (p != pos || n < min) && self.repeat(pc, min, max, n + 1, p, k)
            })
        {
            return true;
        }
        n >= min && !self.exhausted() && k(pos)
    }
}

fn run(pat: u32, s: &str, start: usize, k: &mut dyn FnMut(usize) -> bool) -> Option<Caps> {
    let (code, pc) = pattern(pat)?;
    run_prog(code, pc, s.as_bytes(), start, k)
}

/// The bytecode holding pattern `pat` and where the pattern starts in it: the embedded
/// program, or (feature `lazy-data`) the pattern a loaded data file brought. `None` for
/// [`super::meta::NONE`], or a pattern no loaded file carries.
#[cfg(not(feature = "lazy-data"))]
fn pattern(pat: u32) -> Option<(&'static [u8], usize)> {
    let prog = prog();
    let pc = *prog.starts.get(usize::try_from(pat).ok()?)?;
    Some((&prog.code, usize::try_from(pc).ok()?))
}

#[cfg(feature = "lazy-data")]
fn pattern(pat: u32) -> Option<(&'static [u8], usize)> {
    Some((super::store::pattern(pat)?, 0))
}

/// Every pattern's bytecode, back to back, and where each starts.
#[derive(Default)]
#[cfg(any(test, not(feature = "lazy-data")))]
pub(super) struct Program {
    pub(super) code: Vec<u8>,
    /// Offset in `code` of pattern `n` (patterns are numbered in program order).
    pub(super) starts: Vec<u32>,
}

/// The program, expanded from the packed form the data ships, at first use.
#[cfg(any(test, not(feature = "lazy-data")))]
pub(super) fn prog() -> &'static Program {
    use super::data::{PROG_LEN, PROG_PACKED, PROG_PATTERNS};
    static PROG: std::sync::OnceLock<Program> = std::sync::OnceLock::new();
    // Malformed data (ruled out by the `packed_program_unpacks_exactly` test) would leave no
    // program: every pattern fails to match, nothing panics.
    PROG.get_or_init(|| {
        let mut prog = Program {
            code: Vec::with_capacity(PROG_LEN),
            starts: Vec::with_capacity(PROG_PATTERNS),
        };
        unpack(PROG_PACKED, &mut prog).map_or_else(Program::default, |()| prog)
    })
}

/// The packed form of every pattern of the embedded program, by number (what a data file
/// carries).
#[cfg(any(test, not(feature = "lazy-data")))]
pub(super) fn packed_patterns() -> Vec<&'static [u8]> {
    let packed = super::data::PROG_PACKED;
    let mut out = Vec::new();
    let mut scratch = Vec::new();
    let mut i = 0;
    while let Some(next) = unpack_item(packed, i, &mut scratch) {
        out.extend(packed.get(i..next));
        i = next;
        if i >= packed.len() {
            break;
        }
    }
    out
}

/// The expanded bytecode of one packed pattern (a single top-level group), or `None` if it
/// is malformed or is not exactly one group.
pub(super) fn unpack_one(packed: &[u8]) -> Option<Vec<u8>> {
    if packed.first() != Some(&b'(') {
        return None;
    }
    let mut out = Vec::new();
    (unpack_item(packed, 0, &mut out)? == packed.len()).then_some(out)
}

/// The matcher's bytecode from its packed form (scripts/gen_phone_metadata.py: groups as
/// `'(' cap ITEMS ('|' ITEMS)* ')'`, lengths left out; one top-level group per pattern),
/// appended to `prog`; `None` if it is malformed.
#[cfg(any(test, not(feature = "lazy-data")))]
fn unpack(packed: &[u8], prog: &mut Program) -> Option<()> {
    let mut i = 0;
    while i < packed.len() {
        prog.starts.push(u32::try_from(prog.code.len()).ok()?);
        i = unpack_item(packed, i, &mut prog.code)?;
    }
    Some(())
}

/// Expands the item at `i`; answers where the next one starts.
fn unpack_item(packed: &[u8], i: usize, out: &mut Vec<u8>) -> Option<usize> {
    match *packed.get(i)? {
        b'(' => {
            out.extend_from_slice(&[b'(', *packed.get(i + 1)?, 0, 0]);
            let group = out.len() - 2;
            let mut i = i + 2;
            loop {
                let alt = out.len();
                out.extend_from_slice(&[0, 0]);
                while !matches!(packed.get(i)?, b'|' | b')') {
                    i = unpack_item(packed, i, out)?;
                }
                put_len(out, alt)?;
                i += 1;
                if packed.get(i - 1) == Some(&b')') {
                    break;
                }
            }
            put_len(out, group)?;
            Some(i)
        }
        b'[' => {
            out.extend_from_slice(packed.get(i..i + 3)?);
            Some(i + 3)
        }
        b'{' => {
            out.extend_from_slice(packed.get(i..i + 3)?);
            unpack_item(packed, i + 3, out)
        }
        b => {
            out.push(b);
            Some(i + 1)
        }
    }
}

/// Writes, at `at`, the length of what follows those two bytes.
fn put_len(out: &mut [u8], at: usize) -> Option<()> {
    let len = u16::try_from(out.len().checked_sub(at + 2)?).ok()?;
    out.get_mut(at..at + 2)?.copy_from_slice(&len.to_le_bytes());
    Some(())
}

fn run_prog(
    prog: &[u8],
    pc: usize,
    s: &[u8],
    start: usize,
    k: &mut dyn FnMut(usize) -> bool,
) -> Option<Caps> {
    let vm = Vm {
        prog,
        s,
        steps: Cell::new(0),
        depth: Cell::new(0),
        caps: Default::default(),
    };
    for c in &vm.caps {
        c.set(NO_SPAN);
    }
    let end = Cell::new(start);
    if !vm.item(pc, start, &mut |p| {
        k(p) && {
            end.set(p);
            true
        }
    }) {
        return None;
    }
    let mut spans = [NO_SPAN; 10];
    for (span, cell) in spans.iter_mut().zip(&vm.caps) {
        *span = cell.get();
    }
    spans[0] = (start, end.get());
    Some(Caps { spans })
}

/// Does pattern `pat` match all of `s`? ([`super::meta::NONE`] never matches.) Answered by
/// the automaton of [`super::nfa`], or by backtracking for a pattern it does not compile.
pub(super) fn full(pat: u32, s: &str) -> bool {
    automaton(pat, s, true).unwrap_or_else(|| full_caps(pat, s).is_some())
}

/// Does pattern `pat` match some prefix of `s`? [`prefix`] without the captures.
pub(super) fn starts(pat: u32, s: &str) -> bool {
    automaton(pat, s, false).unwrap_or_else(|| prefix(pat, s).is_some())
}

/// [`super::nfa::matches`] for pattern number `pat`: `Some(false)` for one that does not
/// exist ([`super::meta::NONE`]), `None` for one the automaton does not take.
fn automaton(pat: u32, s: &str, whole: bool) -> Option<bool> {
    let Some((code, pc)) = pattern(pat) else {
        return Some(false);
    };
    super::nfa::matches(code, usize::try_from(pat).ok()?, pc, s, whole)
}

/// As [`full`], with the capture groups.
pub(super) fn full_caps(pat: u32, s: &str) -> Option<Caps> {
    let len = s.len();
    run(pat, s, 0, &mut |p| p == len)
}

/// Does pattern `pat` match a prefix of `s` (Java's `lookingAt`, Python's `re.match`)?
pub(super) fn prefix(pat: u32, s: &str) -> Option<Caps> {
    run(pat, s, 0, &mut |_| true)
}

/// The leftmost match of `pat` in `s` (Python's `re.search`), as a byte range.
pub(super) fn find(pat: u32, s: &str) -> Option<(usize, usize)> {
    (0..=s.len()).find_map(|i| run(pat, s, i, &mut |_| true).map(|caps| caps.spans[0]))
}

/// Python's `re.sub(pat, rule, s, count)`: replaces up to `count` leftmost non-overlapping
/// matches of `pat` in `s` by `rule` (`\N` group references). `None` if nothing matched.
pub(super) fn replace(pat: u32, s: &str, rule: &str, count: usize) -> Option<String> {
    let mut out = String::new();
    let mut done = 0;
    let mut copied = 0;
    let mut from = 0;
    while done < count && from <= s.len() {
        let Some(caps) = (from..=s.len()).find_map(|i| run(pat, s, i, &mut |_| true)) else {
            break;
        };
        let (a, b) = caps.spans[0];
        out.push_str(s.get(copied..a)?);
        expand(rule, s, &caps, &mut out);
        copied = b;
        done += 1;
        // An empty match moves on by one, as `re.sub` does.
        from = if b > a { b } else { b + 1 };
    }
    if done == 0 {
        return None;
    }
    out.push_str(s.get(copied..)?);
    Some(out)
}

/// Appends `rule` to `out` with `\N` replaced by group N (empty if it did not take part).
pub(super) fn expand(rule: &str, s: &str, caps: &Caps, out: &mut String) {
    let mut chars = rule.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.peek().and_then(|d| d.to_digit(10)) {
                chars.next();
                out.push_str(caps.get(s, n as usize).unwrap_or(""));
                continue;
            }
        }
        out.push(c);
    }
}

/// Truncated and inconsistent programs, for the matchers' robustness tests.
#[cfg(test)]
pub(super) const MALFORMED_PROGRAMS: &[&[u8]] = &[
    b"",
    b"(",
    b"(\x00\xff\xff",
    b"{\x01",
    b"[",
    b"\xff",
    b"(\x09\x04\x00\xff\xff\x00",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn unpack_all(packed: &[u8]) -> Option<Program> {
        let mut prog = Program::default();
        unpack(packed, &mut prog).map(|()| prog)
    }

    #[test]
    fn packed_program_unpacks_exactly() {
        use super::super::data::{PROG_LEN, PROG_PACKED, PROG_PATTERNS};
        let prog = unpack_all(PROG_PACKED).expect("well-formed packed program");
        assert_eq!(prog.code.len(), PROG_LEN);
        assert_eq!(prog.starts.len(), PROG_PATTERNS);
        let fnv = prog.code.iter().fold(0x811c_9dc5_u32, |h, b| {
            (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
        });
        assert_eq!(fnv, super::super::data::PROG_FNV);
        // `(?:1|23)`, `(\d)` and `[2-9]{2}`, packed and expanded.
        assert_eq!(
            unpack_all(b"(\x001|23)(\x01d)(\x00{\x02\x02[\xfc\x03)").unwrap().code,
            b"(\x00\x07\x00\x01\x001\x02\x0023(\x01\x03\x00\x01\x00d(\x00\x08\x00\x06\x00{\x02\x02[\xfc\x03"
        );
        for malformed in [&b"(\x001"[..], b"(", b"({\x01", b"[\x01"] {
            assert!(unpack_all(malformed).is_none());
            assert!(unpack_one(malformed).is_none());
        }
        // One pattern at a time, as the data files carry them, expands to the same code.
        let one_by_one: Vec<u8> = packed_patterns()
            .iter()
            .flat_map(|p| unpack_one(p).expect("one pattern"))
            .collect();
        assert_eq!(packed_patterns().len(), PROG_PATTERNS);
        assert_eq!(one_by_one, prog.code);
        assert!(unpack_one(b"(\x001)(\x002)").is_none());
        assert!(unpack_one(b"1").is_none());
    }

    fn matches(prog: &[u8], s: &str) -> bool {
        let len = s.len();
        run_prog(prog, 0, s.as_bytes(), 0, &mut |p| p == len).is_some()
    }

    /// `(?:` + alternatives + `)`, as the generator encodes it.
    fn group(cap: u8, alts: &[&[u8]]) -> Vec<u8> {
        let mut body = Vec::new();
        for a in alts {
            body.extend_from_slice(&(a.len() as u16).to_le_bytes());
            body.extend_from_slice(a);
        }
        let mut out = vec![b'(', cap];
        out.extend_from_slice(&(body.len() as u16).to_le_bytes());
        out.extend(body);
        out
    }

    #[test]
    fn subset_semantics() {
        // (?:1[2-4]\d{2,3}|5)$
        let p = group(0, &[b"1[\x1c\x00{\x02\x03d", b"5$"]);
        assert!(matches(&p, "12345"));
        assert!(matches(&p, "1399"));
        assert!(!matches(&p, "1599"));
        assert!(!matches(&p, "139"));
        assert!(!matches(&p, "123456"));
        assert!(matches(&p, "5"));
        assert!(!matches(&p, "5a"));
        // Captures: (\d{3})(\d{3,4}) greedy: 3 + 4 on seven digits.
        let g1 = group(1, &[b"{\x03\x03d"]);
        let g2 = group(2, &[b"{\x03\x04d"]);
        let p = group(0, &[&[g1, g2].concat()]);
        let caps = run_prog(&p, 0, b"2024561", 0, &mut |p| p == 7).unwrap();
        assert_eq!(caps.get("2024561", 1), Some("202"));
        assert_eq!(caps.get("2024561", 2), Some("4561"));
    }

    #[test]
    fn pathological_pattern_is_cut_off_by_the_step_bound() {
        // (?:\d+)+0 on thirty 1s: 2^30 ways to split before failing; the bound stops it.
        let inner = group(0, &[b"{\x01\xffd"]);
        let p = group(0, &[&[&b"{\x01\xff"[..], &inner, b"0"].concat()]);
        let subject = "1".repeat(30);
        let start = std::time::Instant::now();
        assert!(!matches(&p, &subject));
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
        // The same pattern still matches where it should.
        assert!(matches(&p, "1110"));
        // Deep nesting is bounded too (no stack overflow): (?:\d?){200} on 300 digits.
        let p = group(
            0,
            &[&[&b"{\xc8\xc8"[..], &group(0, &[b"{\x00\x01d"]), b"$"].concat()],
        );
        assert!(!matches(&p, &"1".repeat(300)));
    }

    #[test]
    fn malformed_programs_fail_without_panicking() {
        for &prog in MALFORMED_PROGRAMS {
            assert!(!matches(prog, "123"));
        }
    }

    #[test]
    fn replace_and_expand() {
        // NONE / out of range never matches.
        assert!(!full(u32::MAX, "1"));
        assert!(replace(u32::MAX, "1", "x", 1).is_none());
    }
}
