"""Shared fixtures: the repository's vector files and the crate's CLI, whose answers the
Python package's must equal."""

import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors"


def cases(name):
    """The cases of tests/vectors/<name>.jsonl (its first line is the meta record)."""
    with open(VECTORS / f"{name}.jsonl", encoding="utf-8") as f:
        lines = f.read().split("\n")
    return json.loads(lines[0]), [json.loads(line) for line in lines[1:] if line.strip()]


@pytest.fixture(scope="session")
def cli():
    """Runs the crate's CLI (CUSTOMER_VALIDATE_CLI, set by scripts/test-python) on JSON Lines
    given as a list of values; answers its output records without their `line`."""
    path = os.environ.get("CUSTOMER_VALIDATE_CLI")
    if not path:
        target = os.environ.get("CARGO_TARGET_DIR", str(ROOT / "target"))
        path = os.path.join(target, "debug", "customer-validate")
    if not os.access(path, os.X_OK):
        pytest.fail(f"the CLI is not built at {path} (cargo build --bin customer-validate)")

    def run(args, records):
        text = "".join(json.dumps(r) + "\n" for r in records)
        out = subprocess.run([path, *args], input=text.encode(), capture_output=True, check=False)
        assert out.returncode in (0, 1), out.stderr.decode()
        answers = [json.loads(line) for line in out.stdout.decode().split("\n") if line]
        assert [a.pop("line") for a in answers] == list(range(1, len(records) + 1))
        return answers

    return run
