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
    let records = String::from_utf8(out.stdout)
        .expect("the report is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each report line is JSON"))
        .collect();
    Run {
        code: out.status.code().unwrap_or(-1),
        records,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}
