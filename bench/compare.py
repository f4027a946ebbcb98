#!/usr/bin/env python3
"""Verdict agreement between the library and the Python peer on the same Rapyd records.

    compare.py RECORDS.jsonl MANIFEST.json OURS.jsonl PEER.jsonl [--json OUT.json]
               [--by-country] [--third NAME=OTHER.jsonl] [--peer-name NAME]

OURS.jsonl is `examples/bench_records --verdicts` output ({"ok", "normalized"|"issues"}),
PEER.jsonl is `bench/peers/python/peer.py` or `bench/peers/js/peer.js` output ({"ok",
"normalized"|"errors"}), one line per record in the same order. MANIFEST.json holds
`flaws`, one per record: `null` for a record built valid, else the flaw built in
(scripts/gen_bench_data.py, scripts/gen_realistic.py --out). `--by-country` splits the
postal code classes by country (each peer's patterns differ per country); `--third` adds a
table of the three sides' verdicts, OTHER.jsonl in the peer format. Prints Markdown: agreement counts, how each side did against
the flaw the generator built in (valid records rejected, invalid records accepted, per
side), the disagreements in classes with up to 3 examples each
(the fields that matter only), and, for records both accept, which normalized fields differ.
Standard library only.
"""

import argparse
import collections
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def address(rec):
    a = rec.get("addresses")
    return a[0] if isinstance(a, list) and a and isinstance(a[0], dict) else {}


def classify(rec, ours, peer, by_country=False):
    """A class name and the fields that show it, for one disagreement."""
    a = address(rec)
    if ours["ok"]:
        errs = peer["errors"]
        locs = {e["loc"] for e in errs}
        msgs = " ".join(e["msg"] for e in errs)
        zip_ = a.get("zip") or ""
        if "postal_code" in msgs or any(loc.endswith(".zip") for loc in locs):
            ours_a = address(ours["normalized"])
            where = f" ({ours_a.get('country')})" if by_country else ""
            if any(c.islower() for c in zip_):
                return (f"peer rejects a lower-case postal code{where} (we upper-case it)",
                        {"country": a.get("country"), "zip": zip_})
            ours_zip = ours_a.get("zip") or ""
            if zip_ and not any(c in zip_ for c in " -") and any(c in ours_zip for c in " -"):
                return (f"peer rejects a postal code typed without its separator{where}",
                        {"country": a.get("country"), "zip": zip_})
            return (f"peer rejects a postal code{where} (other)",
                    {"country": a.get("country"), "zip": zip_})
        if any(loc.endswith("country") for loc in locs):
            return ("peer rejects a country alias pycountry does not know",
                    {"country": a.get("country")})
        if "email" in locs:
            return ("peer rejects an email", {"email": rec.get("email"), "peer": msgs})
        if any("phone" in loc for loc in locs) or "phone" in msgs:
            return ("peer rejects a phone number",
                    {"phone_number": rec.get("phone_number"),
                     "address phone": a.get("phone_number"), "country": a.get("country")})
        if "city" in msgs:
            return ("peer rejects a city missing from its city list",
                    {"country": a.get("country"), "city": a.get("city")})
        return (f"peer rejects: {sorted(locs)} {msgs[:60]}", {"peer": msgs})
    codes = [(i["pointer"], i["code"]) for i in ours["issues"]]
    code_set = {c for _, c in codes}
    where = f" ({a.get('country')})" if by_country else ""
    if "subdivision_unknown" in code_set:
        return (f"we reject a state the peer accepts{where}",
                {"country": a.get("country"), "state": a.get("state")})
    if "postal_code_subdivision_mismatch" in code_set:
        return (f"we reject a postal code for its state{where}",
                {"country": a.get("country"), "state": a.get("state"), "zip": a.get("zip")})
    if "postal_code_invalid" in code_set:
        return ("we reject a postal code the peer accepts",
                {"country": a.get("country"), "zip": a.get("zip")})
    if code_set & {"email_domain_invalid", "email_local_invalid", "email_missing_at"}:
        return ("we reject an email the peer accepts", {"email": rec.get("email"),
                                                         "ours": codes})
    if any(c.startswith("phone_") for c in code_set):
        return ("we reject a phone number the peer accepts",
                {"phone_number": rec.get("phone_number"),
                 "address phone": a.get("phone_number"), "ours": codes})
    if "field_required" in code_set:
        return ("we reject a blank required field the peer accepts", {"ours": codes})
    return (f"we reject: {codes}", {"ours": codes})


NORMALIZED_FIELDS = [
    ("name", lambda r: r.get("name")),
    ("email", lambda r: r.get("email")),
    ("phone_number", lambda r: r.get("phone_number")),
    ("address country", lambda r: address(r).get("country")),
    ("address state", lambda r: address(r).get("state")),
    ("address zip", lambda r: address(r).get("zip")),
    ("address phone_number", lambda r: address(r).get("phone_number")),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("records")
    ap.add_argument("manifest")
    ap.add_argument("ours")
    ap.add_argument("peer")
    ap.add_argument("--json", help="also write the figures as JSON")
    ap.add_argument("--by-country", action="store_true",
                    help="split the postal code classes by country")
    ap.add_argument("--third", metavar="NAME=FILE",
                    help="a third side's verdicts (peer format), for a three-way table")
    ap.add_argument("--peer-name", default="peer",
                    help="the peer's name in the valid-records-rejected table")
    args = ap.parse_args()
    records, ours, peer = load(args.records), load(args.ours), load(args.peer)
    flaws = json.load(open(args.manifest, encoding="utf-8"))["flaws"]
    if not (len(records) == len(ours) == len(peer) == len(flaws)):
        sys.exit(f"length mismatch: {len(records)} records, {len(ours)} ours, "
                 f"{len(peer)} peer, {len(flaws)} flaws")

    agree = collections.Counter()
    vs_design = collections.Counter()
    classes = collections.defaultdict(list)
    norm_diff = collections.defaultdict(list)
    for rec, o, p, flaw in zip(records, ours, peer, flaws):
        meant = flaw is None
        vs_design[("ours", o["ok"] == meant)] += 1
        vs_design[("peer", p["ok"] == meant)] += 1
        if o["ok"] == p["ok"]:
            agree["both accept" if o["ok"] else "both reject"] += 1
            if o["ok"]:
                for name, get in NORMALIZED_FIELDS:
                    a, b = get(o["normalized"]), get(p["normalized"])
                    if a != b:
                        typed = get(rec)
                        if name.startswith("address "):
                            typed = {"country": address(o["normalized"]).get("country"),
                                     name.split()[1]: typed}
                        norm_diff[name].append((typed, a, b))
            continue
        agree["we accept, peer rejects" if o["ok"] else "we reject, peer accepts"] += 1
        name, shown = classify(rec, o, p, args.by_country)
        classes[name].append((flaw, shown))

    third = None
    if args.third:
        third_name, third_path = args.third.split("=", 1)
        third = load(third_path)
        if len(third) != len(records):
            sys.exit(f"length mismatch: {len(records)} records, {len(third)} in {third_path}")
    sides = [("ours", ours), (args.peer_name, peer)] + ([(third_name, third)] if third else [])
    built_valid = sum(f is None for f in flaws)
    valid_rejected = {name: sum(f is None and not v["ok"] for f, v in zip(flaws, vs))
                      for name, vs in sides}
    invalid_accepted = {name: sum(f is not None and v["ok"] for f, v in zip(flaws, vs))
                        for name, vs in sides}

    n = len(records)
    same = agree["both accept"] + agree["both reject"]
    out = []
    out.append(f"Records: {n}; built invalid: {sum(f is not None for f in flaws)}.\n")
    out.append("| verdicts | records |\n|---|---:|")
    for k in ("both accept", "both reject", "we accept, peer rejects",
              "we reject, peer accepts"):
        out.append(f"| {k} | {agree[k]} |")
    out.append(f"| **agree** | **{same} ({100 * same / n:.2f} %)** |")
    out.append(f"| **disagree** | **{n - same} ({100 * (n - same) / n:.2f} %)** |\n")
    out.append("Against the generator's intent (valid unless a flaw was built in): "
               f"ours {vs_design[('ours', True)]}/{n}, peer {vs_design[('peer', True)]}/{n}.\n")
    out.append("| side | valid records rejected | invalid records accepted |\n|---|---:|---:|")
    for name, _ in sides:
        out.append(f"| {name} | {valid_rejected[name]} of {built_valid} "
                   f"({100 * valid_rejected[name] / max(built_valid, 1):.1f} %) | "
                   f"{invalid_accepted[name]} of {n - built_valid} |")
    out.append("")
    out.append("| disagreement | records | built as | examples |\n|---|---:|---|---|")
    for name, items in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        built = collections.Counter(f or "valid" for f, _ in items)
        built_s = ", ".join(f"{k} {v}" for k, v in built.most_common())
        seen, examples = set(), []
        for _, shown in items:
            key = json.dumps(shown, ensure_ascii=False, sort_keys=True)
            if key not in seen:
                seen.add(key)
                examples.append(key)
            if len(examples) == 3:
                break
        ex = "<br>".join(f"`{e}`" for e in examples)
        out.append(f"| {name} | {len(items)} | {built_s} | {ex} |")
    out.append("")
    both = agree["both accept"]
    out.append(f"Normalized output on the {both} records both accept "
               "(ours vs peer; `—` when no field differs):\n")
    out.append("| field | differ | by country | examples (input → ours / peer) |\n"
               "|---|---:|---|---|")
    for name, _ in NORMALIZED_FIELDS:
        items = norm_diff.get(name, [])
        by_country = collections.Counter(
            i.get("country") for i, _, _ in items if isinstance(i, dict))
        countries = ", ".join(f"{c} {k}" for c, k in by_country.most_common()) or "—"
        picked, seen = [], set()
        for i, a, b in items:  # one example per country first
            c = i.get("country") if isinstance(i, dict) else None
            if c not in seen:
                seen.add(c)
                picked.append((i, a, b))
        ex = "<br>".join(
            f"`{json.dumps(i, ensure_ascii=False)}` → `{json.dumps(a, ensure_ascii=False)}` / "
            f"`{json.dumps(b, ensure_ascii=False)}`" for i, a, b in picked[:4]) or "—"
        out.append(f"| {name} | {len(items)} | {countries} | {ex} |")
    if third:
        combos = collections.Counter(
            (o["ok"], p["ok"], t["ok"]) for o, p, t in zip(ours, peer, third))
        yn = {True: "accepts", False: "rejects"}
        out.append(f"\nVerdicts of all three sides ({third_name} third):\n")
        out.append(f"| ours | peer | {third_name} | records |\n|---|---|---|---:|")
        for (o, p, t), k in sorted(combos.items(), key=lambda kv: -kv[1]):
            out.append(f"| {yn[o]} | {yn[p]} | {yn[t]} | {k} |")
        peers_same = sum(k for (_, p, t), k in combos.items() if p == t)
        out.append(f"\nThe two peers agree on {peers_same} of {n} records.")
    print("\n".join(out))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"records": n, "agree": same, "disagree": n - same,
                       "counts": dict(agree),
                       "built_valid": built_valid,
                       "valid_rejected": valid_rejected,
                       "invalid_accepted": invalid_accepted,
                       "classes": {k: len(v) for k, v in classes.items()},
                       "normalized_differences": {k: len(v) for k, v in norm_diff.items()}},
                      f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
