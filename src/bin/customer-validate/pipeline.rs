//! Every core, the report still in input order and memory still bounded: the calling thread
//! reads items and writes answers; `jobs` worker threads turn batches of items into answers.
//! At most [`window`] batches are between being read and being written, so memory is bounded
//! by the window (batches of at most [`BATCH_ITEMS`] items or [`BATCH_BYTES`] bytes of input),
//! never by the file's size. `jobs == 1` runs everything on the calling thread, one item at a
//! time, with no thread or channel.

use std::collections::VecDeque;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{mpsc, Mutex, PoisonError};
use std::thread;

/// Most items in a batch.
pub(crate) const BATCH_ITEMS: usize = 256;
/// A batch is closed once its items' input reaches this many bytes.
pub(crate) const BATCH_BYTES: usize = 256 * 1024;

/// Batches in flight for `jobs` workers: enough that no worker waits on another's batch to be
/// written, few enough that memory stays a few megabytes.
pub(crate) fn window(jobs: usize) -> usize {
    4 * jobs
}

/// The default `--jobs`: the cores this process may use.
pub(crate) fn default_jobs() -> usize {
    thread::available_parallelism().map_or(1, usize::from)
}

/// Parses `--jobs N` (a positive number).
pub(crate) fn parse_jobs(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if (1..=1024).contains(&n) => Ok(n),
        _ => Err(format!("--jobs takes a number from 1 to 1024, not '{s}'")),
    }
}

/// Answers that arrive in any order and leave in sequence order. It holds at most `cap`
/// answers: one whose sequence number is `cap` or more past the next to leave is refused.
pub(crate) struct Reorder<T> {
    next: u64,
    slots: VecDeque<Option<T>>,
    cap: usize,
}

impl<T> Reorder<T> {
    pub(crate) fn new(cap: usize) -> Self {
        Reorder {
            next: 0,
            slots: VecDeque::with_capacity(cap),
            cap,
        }
    }

    /// Stores answer `seq`; gives it back when it is outside the window or already given.
    pub(crate) fn insert(&mut self, seq: u64, value: T) -> Result<(), T> {
        let Some(at) = seq
            .checked_sub(self.next)
            .and_then(|d| usize::try_from(d).ok())
            .filter(|&d| d < self.cap)
        else {
            return Err(value);
        };
        while self.slots.len() <= at {
            self.slots.push_back(None);
        }
        match &mut self.slots[at] {
            Some(_) => Err(value),
            slot => {
                *slot = Some(value);
                Ok(())
            }
        }
    }

    /// The next answer in sequence, once it has arrived.
    pub(crate) fn pop(&mut self) -> Option<T> {
        if !matches!(self.slots.front(), Some(Some(_))) {
            return None;
        }
        self.next += 1;
        self.slots.pop_front().flatten()
    }

    /// Answers held.
    pub(crate) fn held(&self) -> usize {
        self.slots.iter().filter(|s| s.is_some()).count()
    }
}

/// Reads batches with `next`, turns each into an answer with `work` on `jobs` threads, and
/// hands the answers to `sink` in input order. A read error stops reading; the batches already
/// read are still answered and written, then the error is returned. A write error stops
/// everything at once. A panic in `work` is re-raised here. At most [`window`]`(jobs)` batches
/// are between `next` and `sink`; with `jobs == 1` there is no thread, and each batch is
/// written before the next is read.
pub(crate) fn run_ordered<B, O, E>(
    jobs: usize,
    mut next: impl FnMut() -> Result<Option<B>, E>,
    work: impl Fn(B) -> O + Sync,
    mut sink: impl FnMut(O) -> Result<(), E>,
) -> Result<(), E>
where
    B: Send,
    O: Send,
{
    if jobs <= 1 {
        while let Some(batch) = next()? {
            sink(work(batch))?;
        }
        return Ok(());
    }
    let window = window(jobs);
    let (work_tx, work_rx) = mpsc::channel::<(u64, B)>();
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::channel::<(u64, thread::Result<O>)>();
    thread::scope(|s| {
        // Moved in, so it is dropped (and the workers stop) however this closure returns.
        let work_tx = work_tx;
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let (work_rx, work) = (&work_rx, &work);
            s.spawn(move || loop {
                let batch = work_rx
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .recv();
                let Ok((seq, batch)) = batch else { return };
                let answer = panic::catch_unwind(AssertUnwindSafe(|| work(batch)));
                if done_tx.send((seq, answer)).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        let mut reorder = Reorder::new(window);
        let (mut sent, mut in_flight) = (0u64, 0usize);
        let (mut ended, mut read_error) = (false, None);
        loop {
            while !ended && in_flight < window {
                match next() {
                    Ok(Some(batch)) => {
                        // The workers wait on this channel until it is dropped, so it is open.
                        let _ = work_tx.send((sent, batch));
                        sent += 1;
                        in_flight += 1;
                    }
                    Ok(None) => ended = true,
                    Err(e) => (ended, read_error) = (true, Some(e)),
                }
            }
            if in_flight == 0 {
                break;
            }
            let Ok((seq, answer)) = done_rx.recv() else {
                break;
            };
            let answer = answer.unwrap_or_else(|p| panic::resume_unwind(p));
            assert!(
                reorder.insert(seq, answer).is_ok(),
                "batch {seq} is outside the window"
            );
            debug_assert!(reorder.held() <= window);
            while let Some(answer) = reorder.pop() {
                in_flight -= 1;
                sink(answer)?;
            }
        }
        read_error.map_or(Ok(()), Err)
    })
}

/// Groups the items `next` reads (each with its size in bytes) into batches of at most
/// [`BATCH_ITEMS`] items, closed early once they hold [`BATCH_BYTES`] bytes; each batch is
/// filled into a vector `recycled` gives (emptied first), so a batch's memory can be reused.
/// A read error ends the batch being filled; it is returned on the next call.
pub(crate) fn batches<I, E>(
    mut next: impl FnMut() -> Result<Option<(I, usize)>, E>,
    mut recycled: impl FnMut() -> Vec<I>,
) -> impl FnMut() -> Result<Option<Vec<I>>, E> {
    let mut pending_error = None;
    let mut ended = false;
    move || {
        if let Some(e) = pending_error.take() {
            return Err(e);
        }
        if ended {
            return Ok(None);
        }
        let mut batch = recycled();
        batch.clear();
        let mut bytes = 0usize;
        while batch.len() < BATCH_ITEMS && bytes < BATCH_BYTES {
            match next() {
                Ok(Some((item, size))) => {
                    batch.push(item);
                    bytes = bytes.saturating_add(size);
                }
                Ok(None) => {
                    ended = true;
                    break;
                }
                Err(e) if batch.is_empty() => return Err(e),
                Err(e) => {
                    pending_error = Some(e);
                    break;
                }
            }
        }
        Ok((!batch.is_empty()).then_some(batch))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// [`run_ordered`] over items: batched by [`batches`], `work` on each item, `sink` on
    /// each answer.
    fn run_items<I: Send, O: Send, E>(
        jobs: usize,
        next: impl FnMut() -> Result<Option<(I, usize)>, E>,
        work: impl Fn(I) -> O + Sync,
        mut sink: impl FnMut(O) -> Result<(), E>,
    ) -> Result<(), E> {
        run_ordered(
            jobs,
            batches(next, Vec::new),
            |batch: Vec<I>| batch.into_iter().map(&work).collect::<Vec<O>>(),
            |answers| answers.into_iter().try_for_each(&mut sink),
        )
    }

    #[test]
    fn reorder_releases_in_sequence_and_holds_at_most_its_cap() {
        let mut r = Reorder::new(3);
        assert_eq!(r.insert(3, 'd'), Err('d'), "past the window");
        assert_eq!(r.insert(2, 'c'), Ok(()));
        assert_eq!(r.insert(1, 'b'), Ok(()));
        assert_eq!(r.insert(1, 'x'), Err('x'), "given twice");
        assert_eq!(r.pop(), None, "0 has not arrived");
        assert_eq!(r.held(), 2);
        assert_eq!(r.insert(0, 'a'), Ok(()));
        assert_eq!(r.held(), 3);
        assert_eq!(
            r.insert(3, 'd'),
            Err('d'),
            "still past the window while 0 is held"
        );
        assert_eq!(
            (r.pop(), r.pop(), r.pop(), r.pop()),
            (Some('a'), Some('b'), Some('c'), None)
        );
        assert_eq!(r.insert(0, 'z'), Err('z'), "already left");
        assert_eq!(r.insert(5, 'f'), Ok(()));
        assert_eq!(r.insert(6, 'g'), Err('g'));
        assert_eq!(r.held(), 1);
    }

    #[test]
    fn reorder_never_holds_more_than_its_cap_under_any_arrival_order() {
        // Every arrival order of 0..n that a window of `cap` allows: each step inserts the
        // smallest-index pending item the window accepts after a pseudo-random shuffle.
        let mut seed = 0x9e37_79b9_u64;
        for cap in 1..6usize {
            for _ in 0..200 {
                let mut pending: Vec<u64> = (0..40).collect();
                let mut r = Reorder::new(cap);
                let mut out = Vec::new();
                while !pending.is_empty() {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let i = (seed % pending.len() as u64) as usize;
                    let seq = pending[i];
                    if r.insert(seq, seq).is_ok() {
                        pending.remove(i);
                    }
                    assert!(r.held() <= cap);
                    while let Some(v) = r.pop() {
                        out.push(v);
                    }
                }
                assert_eq!(out, (0..40).collect::<Vec<_>>());
            }
        }
    }

    /// Items alive between being read and being written never exceed the window, whatever
    /// the work's speed; the answers come out in input order.
    #[test]
    fn the_window_bounds_items_in_flight_and_order_is_kept() {
        for jobs in [1, 2, 3, 8] {
            let alive = AtomicUsize::new(0);
            let most = AtomicUsize::new(0);
            let mut produced = 0u64;
            let total = 20_000u64;
            let mut out = Vec::new();
            let result: Result<(), ()> = run_items(
                jobs,
                || {
                    if produced == total {
                        return Ok(None);
                    }
                    produced += 1;
                    let now = alive.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    Ok(Some((produced - 1, 10)))
                },
                |i: u64| {
                    // Uneven work, so batches finish out of order.
                    if i.is_multiple_of(997) {
                        thread::sleep(std::time::Duration::from_millis(2));
                    }
                    i * 2
                },
                |o| {
                    alive.fetch_sub(1, Ordering::SeqCst);
                    out.push(o);
                    Ok(())
                },
            );
            assert_eq!(result, Ok(()));
            assert_eq!(out, (0..total).map(|i| i * 2).collect::<Vec<_>>());
            let bound = if jobs == 1 {
                BATCH_ITEMS
            } else {
                window(jobs) * BATCH_ITEMS
            };
            assert!(
                most.load(Ordering::SeqCst) <= bound,
                "jobs {jobs}: {} in flight, bound {bound}",
                most.load(Ordering::SeqCst)
            );
        }
    }

    #[test]
    fn big_items_close_a_batch_early() {
        let mut produced = 0;
        let alive = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        let _: Result<(), ()> = run_items(
            2,
            || {
                produced += 1;
                let now = alive.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                Ok((produced <= 1000).then_some(((), BATCH_BYTES / 2)))
            },
            |()| (),
            |()| {
                alive.fetch_sub(1, Ordering::SeqCst);
                Ok(())
            },
        );
        // Two items a batch: at most window × 2 held, plus the one read past the end.
        assert!(most.load(Ordering::SeqCst) <= window(2) * 2 + 1);
    }

    #[test]
    fn a_read_error_still_writes_what_was_read_then_fails() {
        let mut n = 0;
        let mut out = Vec::new();
        let result = run_items(
            2,
            || {
                n += 1;
                if n > 700 {
                    Err("broken")
                } else {
                    Ok(Some((n, 1)))
                }
            },
            |i| i,
            |o| {
                out.push(o);
                Ok(())
            },
        );
        assert_eq!(result, Err("broken"));
        assert_eq!(out, (1..=700).collect::<Vec<_>>());
    }

    #[test]
    fn a_write_error_stops_the_run() {
        let mut n = 0u32;
        let mut written = 0;
        let result = run_items(
            2,
            || {
                n += 1;
                Ok(Some((n, 1)))
            },
            |i| i,
            |_| {
                written += 1;
                if written == 300 {
                    Err("closed")
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(result, Err("closed"));
        assert!(n as usize <= 300 + window(2) * BATCH_ITEMS);
    }

    #[test]
    fn jobs_parse() {
        assert_eq!(parse_jobs("4"), Ok(4));
        assert!(parse_jobs("0").is_err());
        assert!(parse_jobs("x").is_err());
        assert!(default_jobs() >= 1);
    }
}
