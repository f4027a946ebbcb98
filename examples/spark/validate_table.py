"""Validates a table of provider payloads on Apache Spark with the customer_validate Python
package, and writes a report table with the CLI's columns (`customer-validate validate`).

    spark-submit validate_table.py --provider rapyd --operation create \
        --input customers.jsonl --output report/ [--options '{"max_issues": 10}']
    spark-submit validate_table.py --provider rapyd --operation create \
        --input customers.csv --output report/ [--delimiter ';']
    spark-submit validate_table.py --provider bloc --operation create \
        --input customers.parquet --key id --payload payload --output report/

JSON Lines in: one payload per line, numbered as the CLI numbers them (`line`, 1-based,
blank lines skipped); a directory of JSON Lines files numbers each file's lines and adds
`file`. CSV in (`--format csv`, or a path ending in .csv): read as the CLI reads it, by the
package's own CSV reader (byte order mark, delimiter voted by the header or `--delimiter`,
the header's dotted column names as paths, quoted line ends, `line` the physical line where
each record starts, blank rows skipped), each file whole in one task. Parquet in (`--key`, `--payload`): the payload column holds each payload as JSON
text and the key column names the row (`key` in the report). Report out (Parquet, or JSON
Lines with `--output-format json`), one row per record: `line` (or `key`), `ok`,
`normalized`, `warnings`, `issues` (JSON text, null where the CLI's record has no such
member) and `truncated`. The validation runs on the executors through PySpark's Arrow path
(`mapInArrow`), one call into the Rust core per row, the GIL released during it.
"""

import argparse
import json

from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

REPORT = [
    T.StructField("ok", T.BooleanType(), False),
    T.StructField("normalized", T.StringType(), True),
    T.StructField("warnings", T.StringType(), True),
    T.StructField("issues", T.StringType(), True),
    T.StructField("truncated", T.BooleanType(), False),
]


def validate_batches(provider, operation, options_json, id_columns):
    """The function mapInArrow runs on each executor: Arrow record batches of (ids…,
    payload text) in, batches of (ids…, report columns) out."""

    def run(batches):
        import pyarrow as pa

        from customer_validate import _native

        validate_record = _native.validate_record
        for batch in batches:
            texts = batch.column(len(id_columns)).to_pylist()
            ok, normalized, warnings, issues, truncated = [], [], [], [], []
            for text in texts:
                if text is None:
                    # A null payload cell: the payload JSON `null`, as the CLI reads a
                    # JSON Lines record `null` (an invalid_type issue).
                    text = "null"
                o, n, w, i, t = validate_record(provider, operation, text, options_json)
                ok.append(o)
                normalized.append(n)
                warnings.append(w)
                issues.append(i)
                truncated.append(t)
            columns = [batch.column(k) for k in range(len(id_columns))]
            columns += [
                pa.array(ok, pa.bool_()),
                pa.array(normalized, pa.string()),
                pa.array(warnings, pa.string()),
                pa.array(issues, pa.string()),
                pa.array(truncated, pa.bool_()),
            ]
            yield pa.RecordBatch.from_arrays(columns, names=[*id_columns, "ok", "normalized", "warnings", "issues", "truncated"])

    return run


def validate_csv_files(provider, operation, options_json, delimiter):
    """The function mapInArrow runs on each executor for CSV input: batches of (file, bytes)
    in, the CLI's report rows of each file out (file, line, report columns). A file is read
    whole by one task, as the CLI reads it (customer_validate's own CSV reader: quoted line
    ends, physical line numbers, the header), so a CSV file is not split across tasks; a
    directory of CSV files is spread over them."""

    names = ["file", "line", "ok", "normalized", "warnings", "issues", "truncated"]

    def run(batches):
        import pyarrow as pa

        from customer_validate import _native

        types = [pa.string(), pa.int64(), pa.bool_(), pa.string(), pa.string(), pa.string(), pa.bool_()]
        for batch in batches:
            for file, content in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist()):
                rows = _native.validate_csv(provider, operation, content, options_json, delimiter)
                # At most 10,000 report rows an Arrow batch, however long the file.
                for start in range(0, len(rows), 10_000):
                    part = rows[start:start + 10_000]
                    columns = [[file] * len(part), *([r[k] for r in part] for k in range(6))]
                    yield pa.RecordBatch.from_arrays([pa.array(c, t) for c, t in zip(columns, types)], names=names)

    return run


def csv_rows(spark: SparkSession, path: str, provider, operation, options_json, delimiter) -> DataFrame:
    """The report of the CSV file(s) at `path`: (file, line, report columns)."""
    files = spark.read.format("binaryFile").load(path).select(F.col("path").alias("file"), "content")
    schema = T.StructType([T.StructField("file", T.StringType(), False), T.StructField("line", T.LongType(), False)] + REPORT)
    return files.mapInArrow(validate_csv_files(provider, operation, options_json, delimiter), schema)


def numbered_lines(spark: SparkSession, path: str) -> DataFrame:
    """The JSON Lines file(s) at `path` as (file, line, payload), `line` each line's 1-based
    number in its file, blank lines left out (as the CLI leaves them out). The numbering
    stays in the JVM: each row's position in its partition (monotonically_increasing_id),
    plus the lines of the file's blocks before its own (one small aggregate per block)."""
    df = spark.read.text(path).select(
        F.col("_metadata.file_path").alias("file"),
        F.col("_metadata.file_block_start").alias("block"),
        F.monotonically_increasing_id().alias("id"),
        F.col("value").alias("payload"),
    )
    blocks = df.groupBy("file", "block").agg(F.min("id").alias("first"), F.count("*").alias("n"))
    before = Window.partitionBy("file").orderBy("block").rowsBetween(Window.unboundedPreceding, -1)
    blocks = blocks.withColumn("before", F.coalesce(F.sum("n").over(before), F.lit(0)))
    return (
        df.join(F.broadcast(blocks.select("file", "block", "first", "before")), ["file", "block"])
        .select("file", (F.col("id") - F.col("first") + F.col("before") + 1).alias("line"), "payload")
        # The CLI skips lines of ASCII whitespace only.
        .where(~F.col("payload").rlike(r"^[\t\n\f\r ]*$"))
    )


def report(spark, provider, operation, source, options=None, key=None, payload="payload", fmt=None, delimiter=None):
    """The report DataFrame for `source`: JSON Lines, CSV (`fmt` "csv", or a path ending in
    .csv, as the CLI decides; `delimiter` one character, else voted by the header), or a
    Parquet path with `key`."""
    options_json = None if options is None else json.dumps(options)
    # A caller's mistake (unknown provider, bad options or delimiter) stops here, on the driver.
    from customer_validate import _native

    _native.validate_record(provider, operation, "{}", options_json)
    if key is None and (fmt == "csv" or (fmt is None and source.lower().endswith(".csv"))):
        _native.validate_csv(provider, operation, b"", options_json, delimiter)
        rows = csv_rows(spark, source, provider, operation, options_json, delimiter)
        if len(spark.read.format("binaryFile").load(source).inputFiles()) < 2:
            rows = rows.drop("file")
        return rows
    if delimiter is not None:
        raise _native.UsageError("--delimiter is for CSV input")
    if key is None:
        rows = numbered_lines(spark, source)
        if len(spark.read.text(source).inputFiles()) < 2:
            rows = rows.drop("file")
        ids = [c for c in rows.columns if c != "payload"]
    else:
        rows = spark.read.parquet(source).select(F.col(key).alias("key"), F.col(payload).cast("string").alias("payload"))
        ids = ["key"]
    schema = T.StructType([rows.schema[c] for c in ids] + REPORT)
    return rows.select(*ids, "payload").mapInArrow(validate_batches(provider, operation, options_json, ids), schema)


def main(argv=None, spark=None):
    """The command line; `spark` an existing session (the tests'), else one is created and stopped."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--provider", required=True)
    p.add_argument("--operation", required=True)
    p.add_argument("--input", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--options", help="the Options as a JSON object, as the CLI's --options")
    p.add_argument("--key", help="Parquet input: the column naming each row")
    p.add_argument("--payload", default="payload", help="Parquet input: the column of payload JSON text")
    p.add_argument("--format", choices=["jsonl", "csv"], help="the input's format without --key (default: csv for a path ending in .csv, as the CLI)")
    p.add_argument("--delimiter", help="CSV input: the delimiter, one character (default: voted by the header, as the CLI)")
    p.add_argument("--output-format", choices=["parquet", "json"], default="parquet")
    p.add_argument("--sort", action="store_true", help="write the report in line (or key) order")
    args = p.parse_args(argv)
    own = spark is None
    if own:
        spark = SparkSession.builder.appName("customer-validate").getOrCreate()
    out = report(spark, args.provider, args.operation, args.input,
                 None if args.options is None else json.loads(args.options), args.key, args.payload,
                 args.format, {"tab": "\t", "\\t": "\t"}.get(args.delimiter, args.delimiter))
    if args.sort:
        out = out.orderBy(*[c for c in ("file", "line", "key") if c in out.columns])
    out.write.mode("overwrite").format(args.output_format).save(args.output)
    if own:
        spark.stop()


if __name__ == "__main__":
    main()
