//! A progress bar with rate and ETA on standard error when it is a terminal; nothing otherwise.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Progress over the input's bytes (ETA known) or records (when the size is unknown).
pub(crate) struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A bar when standard error is a terminal and `CI` is unset.
    pub(crate) fn new(total_bytes: Option<u64>) -> Self {
        if !std::io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let bar = match total_bytes {
            Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
                .with_style(
                    ProgressStyle::with_template(
                        "{bar:30} {bytes}/{total_bytes} {msg} ({bytes_per_sec}, ETA {eta})",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
                ),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
                ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        Progress { bar: Some(bar) }
    }

    /// Updates position (bytes read) and the record count; cheap enough to call per record.
    pub(crate) fn update(&self, bytes: u64, records: u64) {
        if let Some(bar) = &self.bar {
            if records.is_multiple_of(256) {
                bar.set_position(bytes);
                bar.set_message(format!("{records} records"));
            }
        }
    }

    /// Updates position and record count, whatever the count (called once per chunk).
    pub(crate) fn show(&self, bytes: u64, records: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(bytes);
            bar.set_message(format!("{records} records"));
        }
    }

    /// Removes the bar.
    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
