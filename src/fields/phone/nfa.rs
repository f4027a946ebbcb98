//! Yes/no matching of the metadata's patterns by a state-set simulation: each pattern's
//! bytecode (the format `matcher` runs) is compiled once per thread, on first use, into a
//! small nondeterministic automaton over digits, and an input is run through all its paths
//! at once.
//!
//! Validity and type checks ask only "does this pattern match the whole number?", never
//! for captures, and that question is most of the phone checker's work: a dozen patterns
//! per number, each an alternation of dozens of prefixes. The backtracking matcher tries
//! those alternatives one by one; this automaton reads each digit once, in time bounded by
//! the input length times the pattern size, so it needs no step bound. Captures (formats,
//! national prefixes) stay with `matcher`, which also takes over any pattern that will not
//! compile here (malformed, or over [`MAX_STATES`]).

use std::cell::RefCell;

/// Largest automaton built; a pattern needing more is left to the backtracking matcher.
/// The metadata's largest need a few thousand states.
const MAX_STATES: usize = 1 << 15;
/// Deepest nesting of groups and repetitions compiled.
const MAX_NESTING: u32 = 64;

/// Digits `0`–`9` as bits 0–9.
const ANY_DIGIT: u16 = 0x3FF;

/// One state of an automaton.
#[derive(Clone, Copy)]
enum State {
    /// Reads one digit in the set, then goes on.
    Digit(u16, u32),
    /// Goes on to either target without reading.
    Split(u32, u32),
    /// Goes on without reading, only at the end of the input (`$`).
    End(u32),
    /// The pattern has matched.
    Accept,
}

/// A compiled pattern.
pub(super) struct Nfa {
    states: Vec<State>,
    start: u32,
    dfa: Dfa,
}

/// Compiles the bytecode item at `pc` of `prog` (see `matcher` for the format).
struct Compiler<'a> {
    prog: &'a [u8],
    states: Vec<State>,
}

impl Compiler<'_> {
    fn byte(&self, pc: usize) -> Option<u8> {
        self.prog.get(pc).copied()
    }

    fn u16_at(&self, pc: usize) -> Option<usize> {
        super::matcher::u16_at(self.prog, pc)
    }

    fn push(&mut self, s: State) -> Option<u32> {
        if self.states.len() >= MAX_STATES {
            return None;
        }
        self.states.push(s);
        u32::try_from(self.states.len() - 1).ok()
    }

    /// States matching the item at `pc` and then going on to `next`; the entry state.
    fn item(&mut self, pc: usize, next: u32, nesting: u32) -> Option<u32> {
        if nesting > MAX_NESTING {
            return None;
        }
        match self.byte(pc)? {
            d @ b'0'..=b'9' => self.push(State::Digit(1 << (d - b'0'), next)),
            b'd' => self.push(State::Digit(ANY_DIGIT, next)),
            b'[' => {
                let mask = u16::try_from(self.u16_at(pc + 1)?).ok()? & ANY_DIGIT;
                self.push(State::Digit(mask, next))
            }
            b'$' => self.push(State::End(next)),
            b'{' => {
                let (min, max) = (self.byte(pc + 1)?, self.byte(pc + 2)?);
                let atom = pc + 3;
                // Built back to front: the optional copies (or the loop), then the required ones.
                let mut cur = if max == 255 {
                    let lp = self.push(State::Split(next, next))?;
                    let body = self.item(atom, lp, nesting + 1)?;
                    *self.states.get_mut(lp as usize)? = State::Split(body, next);
                    lp
                } else {
                    let mut cur = next;
                    for _ in min..max {
                        let body = self.item(atom, cur, nesting + 1)?;
                        cur = self.push(State::Split(body, next))?;
                    }
                    cur
                };
                for _ in 0..min {
                    cur = self.item(atom, cur, nesting + 1)?;
                }
                Some(cur)
            }
            b'(' => {
                let end = pc + 4 + self.u16_at(pc + 2)?;
                let mut entries = Vec::new();
                let mut alt = pc + 4;
                while alt < end {
                    let start = alt + 2;
                    let stop = start + self.u16_at(alt)?;
                    let mut items = Vec::new();
                    let mut at = start;
                    while at < stop {
                        items.push(at);
                        at += super::matcher::item_len(self.prog, at)?;
                    }
                    if at != stop {
                        return None;
                    }
                    let mut cur = next;
                    for &item in items.iter().rev() {
                        cur = self.item(item, cur, nesting + 1)?;
                    }
                    entries.push(cur);
                    alt = stop;
                }
                if alt != end {
                    return None;
                }
                let mut cur = entries.pop()?;
                while let Some(e) = entries.pop() {
                    cur = self.push(State::Split(e, cur))?;
                }
                Some(cur)
            }
            _ => None,
        }
    }
}

impl Nfa {
    /// Compiles the item at `pc` of `prog`; `None` when it is malformed or too large.
    pub(super) fn compile(prog: &[u8], pc: usize) -> Option<Nfa> {
        let mut c = Compiler {
            prog,
            states: Vec::new(),
        };
        let accept = c.push(State::Accept)?;
        let start = c.item(pc, accept, 0)?;
        Some(Nfa {
            states: c.states,
            start,
            dfa: Dfa::default(),
        })
    }

    /// Whether the pattern matches all of `s` (`whole`), or some prefix of it: by the lazy
    /// [`Dfa`], or state set by state set once that has grown too large.
    pub(super) fn matches(&mut self, s: &[u8], whole: bool, scratch: &mut Scratch) -> bool {
        match self.run_dfa(s, whole, scratch) {
            Some(m) => m,
            None => self.simulate(s, whole, scratch),
        }
    }

    /// The lazy-DFA run; `None` when the DFA is (or becomes) too large.
    fn run_dfa(&mut self, s: &[u8], whole: bool, scratch: &mut Scratch) -> Option<bool> {
        if self.dfa.full {
            return None;
        }
        if self.dfa.states.is_empty() {
            // State 0 is DEAD: no digit-reading state, no match.
            self.intern(Vec::new(), false, false, scratch)?;
            let (set, now, end) = self.closure_of(&[self.start], scratch);
            self.intern(set, now, end, scratch)?;
        }
        let mut st = 1u32;
        for &b in s {
            let d = self.dfa.states.get(st as usize)?;
            if !whole && d.accept_now {
                return Some(true);
            }
            let Some(bit) = b.checked_sub(b'0').filter(|d| *d <= 9) else {
                return Some(false);
            };
            let mut next = *d.next.get(usize::from(bit))?;
            if next == UNKNOWN {
                next = self.step(st, bit, scratch)?;
            }
            if next == DEAD {
                return Some(false);
            }
            st = next;
        }
        let d = self.dfa.states.get(st as usize)?;
        Some(d.accept_end)
    }

    /// Builds (or finds) the state after `digit` from state `from`.
    fn step(&mut self, from: u32, digit: u8, scratch: &mut Scratch) -> Option<u32> {
        let seeds = self.after_digit(self.dfa.sets.get(from as usize)?, digit);
        let (set, now, end) = self.closure_of(&seeds, scratch);
        let to = self.intern(set, now, end, scratch)?;
        *self
            .dfa
            .states
            .get_mut(from as usize)?
            .next
            .get_mut(usize::from(digit))? = to;
        Some(to)
    }

    /// Where the digit-reading states of `set` go on reading `digit`.
    fn after_digit(&self, set: &[u32], digit: u8) -> Vec<u32> {
        set.iter()
            .filter_map(|&st| match self.states.get(st as usize) {
                Some(&State::Digit(mask, to)) if mask >> digit & 1 == 1 => Some(to),
                _ => None,
            })
            .collect()
    }

    /// The digit-reading states reachable from `seeds` without reading, sorted, and whether
    /// a match ends there (anyhow, and when the input ends there).
    fn closure_of(&self, seeds: &[u32], scratch: &mut Scratch) -> (Vec<u32>, bool, bool) {
        scratch.reset(self.states.len());
        scratch.generation += 1;
        let mut ends = Vec::new();
        let now = self.walk(seeds, false, &mut ends, scratch);
        // The digit-reading states reached, in state order (one set, one key), read off the
        // marks rather than sorted.
        let set: Vec<u32> = (0u32..)
            .zip(self.states.iter().zip(scratch.seen.iter()))
            .filter(|(_, (st, mark))| {
                **mark == scratch.generation && matches!(st, State::Digit(..))
            })
            .map(|(i, _)| i)
            .collect();
        // At the end of the input `$` lets the walk go on (to more `$`s and the accept state
        // only: nothing can be read there). States seen in the first walk are skipped: what
        // they reach without `$` is already in `now`, and their `$`s are already in `ends`.
        let end = now || self.walk(&ends, true, &mut Vec::new(), scratch);
        (set, now, end)
    }

    /// Walks the states reachable from `from` without reading, marking them in the current
    /// generation; true when the accept state is reached. `$` states hand their targets to
    /// `ends`, or, `at_end`, are walked through (and the walk stops at the accept state).
    fn walk(&self, from: &[u32], at_end: bool, ends: &mut Vec<u32>, scratch: &mut Scratch) -> bool {
        let Scratch {
            seen,
            stack,
            generation,
            ..
        } = scratch;
        let mut accepted = false;
        stack.clear();
        stack.extend(from.iter().rev());
        while let Some(st) = stack.pop() {
            let Some(mark) = seen.get_mut(st as usize) else {
                continue;
            };
            if *mark == *generation {
                continue;
            }
            *mark = *generation;
            match self.states.get(st as usize) {
                Some(&State::Split(a, b)) => {
                    stack.push(b);
                    stack.push(a);
                }
                Some(&State::End(to)) if at_end => stack.push(to),
                Some(&State::End(to)) => ends.push(to),
                Some(State::Accept) if at_end => return true,
                Some(State::Accept) => accepted = true,
                Some(State::Digit(..)) | None => {}
            }
        }
        accepted
    }

    /// The index of the state for this set and these flags, made if new; `None` (and the
    /// DFA given up) past [`MAX_DFA_STATES`], or when this thread's DFAs together hold
    /// [`MAX_DFA_ENTRIES`] set entries.
    fn intern(
        &mut self,
        mut set: Vec<u32>,
        now: bool,
        end: bool,
        scratch: &mut Scratch,
    ) -> Option<u32> {
        // The flags are part of the key: one set can be reached with and without a match.
        set.push(u32::MAX - (u32::from(now) | u32::from(end) << 1));
        let key = set.into_boxed_slice();
        // A linear search: states are only made while inputs explore a pattern, at most
        // MAX_DFA_STATES of them, and a hash map would ship its own code for this alone.
        if let Some(i) = self.dfa.sets.iter().position(|k| **k == *key) {
            return u32::try_from(i).ok();
        }
        let entries = scratch.dfa_entries.saturating_add(key.len());
        if self.dfa.states.len() >= MAX_DFA_STATES || entries > MAX_DFA_ENTRIES {
            self.dfa.full = true;
            return None;
        }
        scratch.dfa_entries = entries;
        let i = u32::try_from(self.dfa.states.len()).ok()?;
        self.dfa.states.push(DState {
            next: [UNKNOWN; 10],
            accept_now: now,
            accept_end: end,
        });
        self.dfa.sets.push(key);
        Some(i)
    }

    /// The state-set simulation: the same answer as [`Nfa::run_dfa`], without building;
    /// each step is the closure a DFA state would hold.
    fn simulate(&self, s: &[u8], whole: bool, scratch: &mut Scratch) -> bool {
        let (mut set, mut now, mut end) = self.closure_of(&[self.start], scratch);
        for &b in s {
            if !whole && now {
                return true;
            }
            let Some(bit) = b.checked_sub(b'0').filter(|d| *d <= 9) else {
                return false;
            };
            let seeds = self.after_digit(&set, bit);
            if seeds.is_empty() {
                return false;
            }
            (set, now, end) = self.closure_of(&seeds, scratch);
        }
        end
    }
}

/// Most deterministic states built per pattern; past it, the pattern is run as an NFA.
const MAX_DFA_STATES: usize = 512;
/// Most NFA-state entries all of a thread's DFA states may hold together (4 bytes each:
/// ~4 MB), so no stream of inputs grows the cache without bound; past it, new
/// states are not built and those patterns run as NFAs.
const MAX_DFA_ENTRIES: usize = 1 << 20;
/// A transition not computed yet.
const UNKNOWN: u32 = u32::MAX;
/// The state with no way on (no digit-reading state left).
const DEAD: u32 = 0;

/// One deterministic state: a set of the automaton's digit-reading states, reached together.
struct DState {
    /// The next state on each digit, or [`UNKNOWN`].
    next: [u32; 10],
    /// A match ends here, wherever the input ends.
    accept_now: bool,
    /// A match ends here if the input ends here (through `$`).
    accept_end: bool,
}

/// The deterministic automaton of an [`Nfa`], built lazily: a state and a transition are
/// made the first time an input needs them, so each digit then costs one table lookup.
#[derive(Default)]
struct Dfa {
    states: Vec<DState>,
    /// Each state's key: its set of digit-reading states and its flags.
    sets: Vec<Box<[u32]>>,
    /// Too many states: stop building, run the NFA instead.
    full: bool,
}

/// Buffers reused across matches.
#[derive(Default)]
pub(super) struct Scratch {
    /// The generation in which each NFA state was last reached.
    seen: Vec<u32>,
    stack: Vec<u32>,
    generation: u32,
    /// Set entries held by this thread's DFAs (see [`MAX_DFA_ENTRIES`]).
    dfa_entries: usize,
}

impl Scratch {
    fn reset(&mut self, states: usize) {
        if self.seen.len() < states {
            self.seen.resize(states, 0);
        }
        // Wrap-around of the generation counter would make stale marks look fresh.
        if self.generation > u32::MAX - 64 {
            self.seen.iter_mut().for_each(|m| *m = 0);
            self.generation = 0;
        }
    }
}

/// One pattern's place in [`Cache`].
enum Slot {
    /// Used this many times so far, by the backtracking matcher.
    Unbuilt(u8),
    /// The pattern does not compile here: the backtracking matcher answers for it.
    Refused,
    /// Boxed: the slots of patterns never used stay a word or two each.
    Built(Box<Nfa>),
}

/// Every automaton compiled so far on this thread, by pattern number, and the buffers to
/// run them.
#[derive(Default)]
struct Cache {
    compiled: Vec<Slot>,
    scratch: Scratch,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// Uses of a pattern answered by backtracking before its automaton is built.
const BACKTRACKED_USES: u8 = 2;

/// Most patterns cached (the metadata has under 2,000).
const MAX_PATTERNS: usize = 1 << 14;

/// Whether pattern number `pattern`, at `pc` in `prog`, matches `s` in full (`whole`) or a
/// prefix of it; `None` when the pattern does not compile here, so the caller must ask the
/// backtracking matcher.
pub(super) fn matches(
    prog: &[u8],
    pattern: usize,
    pc: usize,
    s: &str,
    whole: bool,
) -> Option<bool> {
    if pattern >= MAX_PATTERNS {
        return None;
    }
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        let Cache { compiled, scratch } = &mut *cache;
        if compiled.len() <= pattern {
            compiled.resize_with(pattern + 1, || Slot::Unbuilt(0));
        }
        let slot = compiled.get_mut(pattern)?;
        if let Slot::Unbuilt(uses) = slot {
            // A pattern's first uses go to the backtracking matcher, which needs no compiling:
            // a form's first check stays as quick as before, and only patterns used again
            // (a bulk file, a server) pay for their automaton.
            if *uses < BACKTRACKED_USES {
                *uses += 1;
                return None;
            }
            *slot = Nfa::compile(prog, pc).map_or(Slot::Refused, |n| Slot::Built(Box::new(n)));
        }
        match slot {
            Slot::Built(nfa) => Some(nfa.matches(s.as_bytes(), whole, scratch)),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::data::METAS;
    use super::super::matcher;
    use super::super::meta::NONE;
    use super::*;

    /// Every pattern offset the metadata uses.
    fn patterns() -> Vec<u32> {
        let mut out = Vec::new();
        for m in METAS.iter() {
            out.extend([m.idd, m.np_parse, m.leading]);
            out.extend(m.desc.iter().map(|d| d.pat));
            for f in m.formats.iter().chain(m.intl) {
                out.push(f.pat);
                out.extend(f.leads);
            }
        }
        out.retain(|&p| p != NONE);
        out.sort_unstable();
        out.dedup();
        out
    }

    /// A digit string from a random walk through the automaton (often a match, sometimes
    /// cut short), for comparing the two matchers on inputs that get far into a pattern.
    fn walk(nfa: &Nfa, next: &mut impl FnMut() -> u64) -> Vec<u8> {
        let mut out = Vec::new();
        let mut st = nfa.start;
        for _ in 0..400 {
            match nfa.states.get(st as usize) {
                Some(&State::Digit(mask, to)) => {
                    let digits: Vec<u8> = (0..10).filter(|d| mask >> d & 1 == 1).collect();
                    if digits.is_empty() || out.len() >= 24 {
                        break;
                    }
                    out.push(b'0' + digits[next() as usize % digits.len()]);
                    st = to;
                }
                Some(&State::Split(a, b)) => st = if next().is_multiple_of(2) { a } else { b },
                Some(State::End(_)) | Some(State::Accept) | None => break,
            }
        }
        out
    }

    #[test]
    fn agrees_with_the_backtracking_matcher_on_every_metadata_pattern() {
        let mut next = crate::test_rng::xorshift(0x9E37_79B9_7F4A_7C15u64);
        let mut scratch = Scratch::default();
        let (mut compared, mut matched) = (0, 0);
        let prog = matcher::prog();
        for pat in patterns() {
            let pc = prog.starts[pat as usize] as usize;
            let mut nfa = Nfa::compile(&prog.code, pc).expect("every metadata pattern compiles");
            let mut inputs = Vec::new();
            for _ in 0..12 {
                let s = walk(&nfa, &mut next);
                let mut changed = s.clone();
                if let Some(d) = changed.get_mut(next() as usize % s.len().max(1)) {
                    *d = b'0' + (*d - b'0' + 1) % 10;
                }
                let mut longer = s.clone();
                longer.push(b'0' + (next() % 10) as u8);
                let shorter = s
                    .get(..s.len().saturating_sub(1))
                    .unwrap_or_default()
                    .to_vec();
                inputs.extend([s, changed, longer, shorter]);
            }
            inputs.push(b"12a4".to_vec());
            for input in inputs {
                let s = std::str::from_utf8(&input).unwrap();
                let want_full = matcher::full_caps(pat, s).is_some();
                let want_prefix = matcher::prefix(pat, s).is_some();
                // Twice each: once building the DFA's states, once reading them back.
                for _ in 0..2 {
                    assert_eq!(
                        nfa.matches(&input, true, &mut scratch),
                        want_full,
                        "{pat} {s}"
                    );
                    assert_eq!(
                        nfa.matches(&input, false, &mut scratch),
                        want_prefix,
                        "{pat} {s}"
                    );
                }
                assert_eq!(
                    nfa.simulate(&input, true, &mut scratch),
                    want_full,
                    "{pat} {s}"
                );
                assert_eq!(
                    nfa.simulate(&input, false, &mut scratch),
                    want_prefix,
                    "{pat} {s}"
                );
                compared += 1;
                matched += usize::from(want_full);
            }
        }
        assert!(
            compared > 50_000 && matched > 10_000,
            "{compared} {matched}"
        );
    }

    #[test]
    fn malformed_and_oversized_programs_do_not_compile() {
        let alternative_too_long: &[u8] = b"(\x00\x03\x00\x05\x00d";
        for &prog in matcher::MALFORMED_PROGRAMS
            .iter()
            .chain([&alternative_too_long])
        {
            assert!(Nfa::compile(prog, 0).is_none(), "{prog:?}");
        }
        // (?:(?:(?:\d{0,250}){250}){250}): far past MAX_STATES.
        let inner = [&b"{\x00\xfa"[..], b"d"].concat();
        let g = |body: &[u8]| {
            let mut v = vec![b'(', 0];
            v.extend_from_slice(&((body.len() + 2) as u16).to_le_bytes());
            v.extend_from_slice(&(body.len() as u16).to_le_bytes());
            v.extend_from_slice(body);
            v
        };
        let level2 = g(&[&b"{\xfa\xfa"[..], &g(&inner)].concat());
        let level3 = [&b"{\xfa\xfa"[..], &level2].concat();
        assert!(Nfa::compile(&level3, 0).is_none());
    }

    #[test]
    fn a_pattern_is_backtracked_twice_then_compiled() {
        let prog = matcher::prog();
        let pat = patterns()[3] as usize;
        let pc = prog.starts[pat] as usize;
        let answers: Vec<Option<bool>> = (0..4)
            .map(|_| matches(&prog.code, pat, pc, "2024561111", true))
            .collect();
        let want = matcher::full_caps(pat as u32, "2024561111").is_some();
        assert_eq!(answers, [None, None, Some(want), Some(want)]);
        // Through the matcher, every use gives the same answer either way.
        assert!((0..4).all(|_| matcher::full(pat as u32, "2024561111") == want));
    }

    #[test]
    fn the_thread_budget_stops_dfa_growth_but_not_answers() {
        let prog = matcher::prog();
        let pat = patterns()[0] as usize;
        let mut nfa = Nfa::compile(&prog.code, prog.starts[pat] as usize).unwrap();
        let mut scratch = Scratch {
            dfa_entries: MAX_DFA_ENTRIES,
            ..Scratch::default()
        };
        let input = b"2024561111";
        let want = matcher::full_caps(pat as u32, "2024561111").is_some();
        assert_eq!(nfa.matches(input, true, &mut scratch), want);
        assert!(nfa.dfa.full && nfa.dfa.states.is_empty());
        assert_eq!(scratch.dfa_entries, MAX_DFA_ENTRIES);
    }

    #[test]
    fn dfa_gives_way_to_the_simulation_when_too_large() {
        // (?:\d{0,254}\d{0,254}\d{0,254}): one DFA state per input length, up to 762.
        let body = b"{\x00\xfed".repeat(3);
        let mut prog = vec![b'(', 0];
        prog.extend_from_slice(&((body.len() + 2) as u16).to_le_bytes());
        prog.extend_from_slice(&(body.len() as u16).to_le_bytes());
        prog.extend_from_slice(&body);
        let mut nfa = Nfa::compile(&prog, 0).expect("compiles");
        let mut scratch = Scratch::default();
        assert!(nfa.matches(&[b'7'; 700], true, &mut scratch));
        assert!(
            nfa.dfa.full,
            "the DFA stopped growing at {MAX_DFA_STATES} states"
        );
        assert!(nfa.dfa.states.len() <= MAX_DFA_STATES);
        assert!(nfa.matches(&[b'7'; 762], true, &mut scratch));
        assert!(!nfa.matches(&[b'7'; 763], true, &mut scratch));
        assert!(nfa.matches(&[b'7'; 763], false, &mut scratch));
    }
}
