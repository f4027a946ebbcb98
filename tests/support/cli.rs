//! Runs the `customer-validate` binary for the end-to-end CLI tests: arguments and standard
//! input in, exit code, JSON report lines and standard error out.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

/// What one run of the binary gave.
pub struct Run {
    pub code: i32,
    pub records: Vec<Value>,
    pub stderr: String,
}

/// Runs the binary with `args`, feeding `stdin` from a thread so a large input cannot
/// deadlock against a full output pipe.
pub fn run(args: &[&str], stdin: &[u8]) -> Run {
    let (code, stdout, stderr) = run_raw(args, stdin);
    let records = String::from_utf8(stdout)
        .expect("the report is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each report line is JSON"))
        .collect();
    Run {
        code,
        records,
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// Exit code, standard output and standard error of one run, as bytes.
#[allow(dead_code)] // not every test crate including this module compares raw bytes
pub fn run_raw(args: &[&str], stdin: &[u8]) -> (i32, Vec<u8>, Vec<u8>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_customer-validate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("the binary finishes");
    writer.join().expect("writer thread");
    (out.status.code().unwrap_or(-1), out.stdout, out.stderr)
}

/// A file in the temp directory (named after the test process), removed when dropped.
#[allow(dead_code)] // not every test crate including this module reads files
pub struct TempFile(std::path::PathBuf);

#[allow(dead_code)]
impl TempFile {
    /// Writes `bytes` to a fresh temp file called after `name`.
    pub fn new(name: &str, bytes: &[u8]) -> Self {
        let path = std::env::temp_dir().join(format!(
            "customer-validate-test-{}-{name}",
            std::process::id()
        ));
        std::fs::write(&path, bytes).expect("temp file written");
        TempFile(path)
    }

    /// The file's path, for the command line.
    pub fn path(&self) -> &str {
        self.0.to_str().expect("UTF-8 temp path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
