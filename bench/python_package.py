#!/usr/bin/env python3
"""Records per second of the Python package (python/, customer_validate) over a JSON Lines
file held in memory, timed as bench/peers/python/bench_peer.py times the Python peer: each
line's text in, the verdict and the normalized value out as Python objects, nothing written
inside the timed loop.

    python_package.py FILE [--runs 7] [--warmup 1] [--api validate_json|validate]

`validate_json` hands each line's text to the core (the peer's own input); `validate` first
reads it with `json.loads` and passes the dict (the package's dict path: `json.dumps` in,
the answer read back). Prints one JSON object like bench_peer.py's.
"""

import argparse
import json
import statistics
import time

import customer_validate as cv


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--api", choices=["validate_json", "validate"], default="validate_json")
    args = ap.parse_args()
    with open(args.file, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]

    if args.api == "validate_json":
        def one_pass():
            validate_json = cv.validate_json
            return sum(validate_json("rapyd", "create", line)["ok"] for line in lines)
    else:
        def one_pass():
            validate, loads = cv.validate, json.loads
            return sum(validate("rapyd", "create", loads(line))["ok"] for line in lines)

    cv.warm_up()
    valid = 0
    for _ in range(max(args.warmup, 1)):
        valid = one_pass()
    runs = []
    for _ in range(args.runs):
        start = time.perf_counter()
        one_pass()
        runs.append(time.perf_counter() - start)
    median = statistics.median(runs)
    print(json.dumps({"impl": f"customer_validate Python package ({args.api})", "records": len(lines),
                      "valid": valid, "runs_s": runs, "median_s": median,
                      "records_per_s": len(lines) / median}))


if __name__ == "__main__":
    main()
