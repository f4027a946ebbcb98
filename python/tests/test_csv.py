"""`_native.validate_csv` (the Spark job's CSV input) reads a CSV file as the CLI does: its
rows are the CLI's `validate` report records for the same file, byte for byte."""

import json
import os
import subprocess

import pytest

from conftest import ROOT
from customer_validate import UsageError, _native


def cli_records(path, *args):
    """The CLI's report lines for `path` (CUSTOMER_VALIDATE_CLI, set by scripts/test-python)."""
    cli = os.environ.get("CUSTOMER_VALIDATE_CLI") or os.path.join(
        os.environ.get("CARGO_TARGET_DIR", str(ROOT / "target")), "debug", "customer-validate")
    out = subprocess.run([cli, "validate", *args, str(path)], capture_output=True, check=False)
    assert out.returncode in (0, 1), out.stderr.decode()
    return [line for line in out.stdout.decode().split("\n") if line]


def as_cli_line(row):
    """A validate_csv row as the CLI writes its record."""
    line, ok, normalized, warnings, issues, truncated = row
    if ok:
        return f'{{"line":{line},"ok":true,"normalized":{normalized}' + (f',"warnings":{warnings}' if warnings else "") + "}"
    return f'{{"line":{line},"ok":false' + (',"truncated":true' if truncated else "") + f',"issues":{issues}}}'


FILES = {
    "crlf-quoted.csv": b'name;email\r\n"Ada\r\nObi";ada@example.com\r\n\r\n;\r\n"Bo ""B""";bo@\r\n',
    "bom-cr.csv": b'\xef\xbb\xbfname,email,phone_number\r"Zo\xc3\xab",z@example.com,+442079460000\r\xff,x,y\rtoo,many,cells,here\r',
    "header-later.csv": b'\xff\xfe,x\nname,metadata.note\nAda,hi\n',
    "no-header.csv": b"a,,b\nx,y,z\n",
    "unterminated.csv": b'name\nAda\n"open quote',
    "empty.csv": b"",
}


@pytest.mark.parametrize("name", sorted(FILES))
@pytest.mark.parametrize("provider,operation", [("rapyd", "create"), ("authvia", "bulk_row")])
def test_rows_equal_the_cli_records(tmp_path, name, provider, operation):
    path = tmp_path / name
    path.write_bytes(FILES[name])
    options = {"max_issues": 2}
    rows = _native.validate_csv(provider, operation, FILES[name], json.dumps(options))
    want = cli_records(path, "--provider", provider, "--operation", operation, "--options", json.dumps(options))
    assert [as_cli_line(r) for r in rows] == want


def test_a_given_delimiter_and_a_callers_mistake(tmp_path):
    data = b"name;email,x\nAda;ada@example.com,1\n"
    path = tmp_path / "d.csv"
    path.write_bytes(data)
    for given, flag in [(None, []), (";", ["--delimiter", ";"]), (",", ["--delimiter", ","])]:
        rows = _native.validate_csv("rapyd", "create", data, None, given)
        assert [as_cli_line(r) for r in rows] == cli_records(path, "--provider", "rapyd", "--operation", "create", *flag)
    for bad in [";;", '"', "\n", "é"]:
        with pytest.raises(UsageError):
            _native.validate_csv("rapyd", "create", data, None, bad)
    with pytest.raises(UsageError):
        _native.validate_csv("rapid", "create", data)
