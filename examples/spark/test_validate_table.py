"""Runs validate_table.py on Spark `local[2]` over a few thousand Rapyd payloads (JSON Lines,
and a CSV file with every kind of odd row) and checks that every report row equals the CLI's
record for the same line (run by scripts/test-python;
needs Java 17, PySpark, the customer_validate package and the CLI, CUSTOMER_VALIDATE_CLI).
Prints the records/s of the Spark run, the figure behind the README's cost per million rows."""

import json
import os
import pathlib
import subprocess
import sys
import time

import pytest

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import validate_table  # noqa: E402

ROWS = int(os.environ.get("SPARK_TEST_ROWS", "3000"))


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # The executors' Python is this one (the venv with customer_validate and pyarrow); on a
    # cluster it is the shipped environment (README.md).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("customer-validate-test")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        # Small splits, so the file is read as several blocks and the line numbering
        # across blocks is exercised.
        .config("spark.sql.files.maxPartitionBytes", "200000")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    """scripts/gen_bench_data.py's Rapyd records (about 15 % invalid), plus the lines a real
    file holds: blank lines, text that is not JSON, `null`, big numbers, non-ASCII text."""
    out = tmp_path_factory.mktemp("data")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_bench_data.py"), "--out", str(out), "--records", str(ROWS)],
                   check=True, capture_output=True)
    lines = (out / "rapyd-create.jsonl").read_text(encoding="utf-8").split("\n")
    extra = ["", "not json", "null", "   ", '{"name": "Zoë", "metadata": {"n": 123456789012345678901234567890, "f": 1.10}}',
             '{"name": "Ada", "email": "ada@@example.com", "phone_number": "12"}',
             '{"name": "", "email": "x", "phone_number": "1", "addresses": [{"country": "ZZ"}], "bogus": 1}']
    for k, e in enumerate(extra):
        lines.insert(1 + k * (len(lines) // len(extra)), e)
    path = out / "payloads.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def cli_lines(path, *args):
    """The CLI's report lines for the same file, as text."""
    cli = os.environ.get("CUSTOMER_VALIDATE_CLI") or os.path.join(os.environ.get("CARGO_TARGET_DIR", str(ROOT / "target")), "debug", "customer-validate")
    out = subprocess.run([cli, "validate", "--provider", "rapyd", "--operation", "create", *args, str(path)], capture_output=True, check=False)
    assert out.returncode in (0, 1), out.stderr.decode()
    return [line for line in out.stdout.decode().split("\n") if line]


def as_cli_line(row):
    """A report row written as the CLI writes its record: null columns left out, the JSON
    columns' text as it is. Equal text means equal values, key order and number forms."""
    if row["ok"]:
        text = f'{{"line":{row["line"]},"ok":true,"normalized":{row["normalized"]}'
        if row["warnings"] is not None:
            text += f',"warnings":{row["warnings"]}'
    else:
        text = f'{{"line":{row["line"]},"ok":false'
        if row["truncated"]:
            text += ',"truncated":true'
        text += f',"issues":{row["issues"]}'
    return text + "}"


def test_spark_report_equals_the_cli(spark, data, tmp_path):
    options = {"max_issues": 3}
    started = time.perf_counter()
    out = tmp_path / "report"
    validate_table.main(["--provider", "rapyd", "--operation", "create", "--input", str(data), "--output", str(out),
                         "--output-format", "json", "--options", json.dumps(options)], spark)
    elapsed = time.perf_counter() - started
    rows = [json.loads(line) for f in sorted(out.glob("part-*.json")) for line in f.read_text(encoding="utf-8").split("\n") if line]
    # json output leaves null columns out: put them back as the report's schema has them.
    rows = [{"normalized": None, "warnings": None, "issues": None, **r} for r in rows]
    rows.sort(key=lambda r: r["line"])
    cli = cli_lines(data, "--options", json.dumps(options))
    assert len(cli) >= ROWS
    assert [as_cli_line(r) for r in rows] == cli
    # The data holds all kinds of answers.
    assert {r["ok"] for r in rows} == {True, False} and any(r["warnings"] for r in rows) and any(r.get("truncated") for r in rows)
    print(f"\nspark local[2]: {len(rows)} records in {elapsed:.1f} s (session already up): {len(rows) / elapsed:,.0f} records/s")


def mixed_csv(rows):
    """A CSV file as spreadsheets and scripts write them: a byte order mark, `;` voted by the
    header, CRLF, LF and lone CR line ends, quoted line ends and delimiters, blank rows, a row
    of empty cells, rows with too few or too many cells, bad UTF-8, invalid values."""
    out = [b"\xef\xbb\xbfname;email;phone_number;metadata.note\r\n"]
    ends = [b"\r\n", b"\n", b"\r"]
    for i in range(rows):
        end = ends[i % 7 % 3]
        row = {
            0: b";;;",
            1: b"only;two",
            2: b"\xff;a@example.com;;",
            3: f'"Zo\u00eb\r\nBrown {i}";zoe{i}@example.com;;"line one\nline two"'.encode(),
            4: f"Bad {i};not-an-email;12;".encode(),
            5: b"",
            6: f'"Obi; Ada {i}";ada{i}@example.com;+44 20 7946 {i % 10_000:04};x;extra'.encode(),
        }.get(i % 11, f'"Obi, Ada {i}";ada{i}@example.com;+44 20 7946 {i % 10_000:04};n{i}'.encode())
        out.append(row + end)
    return b"".join(out)


def test_csv_report_equals_the_cli(spark, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_bytes(mixed_csv(2000))
    out = tmp_path / "report"
    validate_table.main(["--provider", "rapyd", "--operation", "create", "--input", str(path), "--output", str(out),
                         "--output-format", "json"], spark)
    rows = [json.loads(line) for f in sorted(out.glob("part-*.json")) for line in f.read_text(encoding="utf-8").split("\n") if line]
    rows = [{"normalized": None, "warnings": None, "issues": None, **r} for r in rows]
    rows.sort(key=lambda r: r["line"])
    cli = cli_lines(path)
    assert len(cli) > 1500
    assert [as_cli_line(r) for r in rows] == cli
    codes = {i["code"] for r in rows if r["issues"] for i in json.loads(r["issues"])}
    assert {"encoding_invalid", "email_missing_at", "column_count"} <= codes, codes
    assert any(r["ok"] for r in rows)


def test_csv_with_a_given_delimiter_and_other_names(spark, tmp_path):
    import customer_validate as cv

    # Not named .csv: --format csv. Tab given; the header would vote for the comma.
    path = tmp_path / "t.txt"
    path.write_bytes(b"name\temail,x\n\nAda\tada@example.com\n\"Bo\r\nB\"\tb@\n")
    rows = validate_table.report(spark, "rapyd", "create", str(path), fmt="csv", delimiter="\t").collect()
    rows = sorted((r.asDict() for r in rows), key=lambda r: r["line"])
    assert [as_cli_line(r) for r in rows] == cli_lines(path, "--format", "csv", "--delimiter", "tab")
    assert [r["line"] for r in rows] == [3, 4]
    # An empty file: no header, no rows.
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert validate_table.report(spark, "rapyd", "create", str(empty)).collect() == cli_lines(empty) == []
    with pytest.raises(cv.UsageError):
        validate_table.report(spark, "rapyd", "create", str(path), fmt="csv", delimiter=";;")


def test_parquet_with_a_key_column(spark, data, tmp_path):
    payloads = [line for line in data.read_text(encoding="utf-8").split("\n")[:200] if line.strip()]
    table = tmp_path / "in.parquet"
    spark.createDataFrame([(f"c{k}", p) for k, p in enumerate(payloads)] + [("c-null", None)], "id string, payload string") \
        .write.parquet(str(table))
    rows = {r["key"]: r.asDict() for r in validate_table.report(spark, "rapyd", "create", str(table), key="id").collect()}
    assert len(rows) == len(payloads) + 1
    import customer_validate as cv

    for k, p in enumerate(payloads):
        want = cv.validate_json("rapyd", "create", p)
        got = rows[f"c{k}"]
        assert got["ok"] == want["ok"]
        assert json.loads(got["normalized"] if want["ok"] else got["issues"]) == (want["value"] if want["ok"] else want["issues"])
    assert rows["c-null"]["ok"] is False and json.loads(rows["c-null"]["issues"])[0]["code"] == "invalid_type"


def test_a_callers_mistake_stops_on_the_driver(spark, data):
    import customer_validate as cv

    with pytest.raises(cv.UsageError):
        validate_table.report(spark, "rapid", "create", str(data))
    with pytest.raises(cv.UsageError):
        validate_table.report(spark, "rapyd", "create", str(data), options={"max_issues": "x"})
