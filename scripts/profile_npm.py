"""Summarizes a `node --cpu-prof` profile of the npm package's benchmark (scripts/profile-npm).

Prints the records/s of the profiled run, the share of samples per side (WebAssembly, the
wasm-bindgen glue, the benchmark loop, the rest of Node), then the functions with the most
self time and the package's functions with the most inclusive time. Names are the
WebAssembly name section's, with Rust's hashes and crate disambiguators removed.
"""
import collections
import json
import re
import sys


def short(name):
    name = re.sub(r"\[[0-9a-f]{16}\]", "", name or "(anonymous)")
    return re.sub(r"::h[0-9a-f]{16}$", "", name)[:110]


def side(frame):
    url, name = frame["url"], frame["functionName"]
    if url.startswith("wasm://") or "::" in name or "dlmalloc" in name:
        return "WebAssembly"
    if url.endswith("customer_validate.js") or url.endswith("/index.js"):
        return "JS glue (wasm-bindgen, wrapper)"
    if url.endswith("bench.js"):
        return "benchmark loop (JSON.parse of each line)"
    if name in ("(garbage collector)", "(program)", "(idle)"):
        return name
    return "rest of Node (file reading, start-up)"


def main(profile_path, throughput_path):
    d = json.load(open(profile_path))
    t = json.load(open(throughput_path))
    times = sorted(t["runs_s"])
    print(f"{t['impl']}: {t['records']} records, median {t['records'] / times[len(times) // 2]:,.0f} records/s"
          f" over {len(times)} passes (+1 warm-up), under the profiler")
    nodes = {n["id"]: n for n in d["nodes"]}
    parent = {c: n["id"] for n in d["nodes"] for c in n.get("children", [])}
    selfs, incl, sides = collections.Counter(), collections.Counter(), collections.Counter()
    for sample, dt in zip(d["samples"], d["timeDeltas"]):
        frame = nodes[sample]["callFrame"]
        selfs[short(frame["functionName"])] += dt
        sides[side(frame)] += dt
        seen, node = set(), sample
        while node is not None:
            name = short(nodes[node]["callFrame"]["functionName"])
            if name not in seen:
                incl[name] += dt
                seen.add(name)
            node = parent.get(node)
    total = sum(sides.values())
    pct = lambda v: f"{100 * v / total:5.1f} %"
    print("\nby side")
    for k, v in sides.most_common():
        print(f"  {pct(v)}  {k}")
    print("\nself time, top 25")
    for k, v in selfs.most_common(25):
        print(f"  {pct(v)}  {k}")
    print("\ninclusive time, the package's functions, top 30")
    ours = [(k, v) for k, v in incl.most_common() if "customer_validate" in k or "serde" in k]
    for k, v in ours[:30]:
        print(f"  {pct(v)}  {k}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
