#!/usr/bin/env python3
"""Generate tests/vectors/as_you_type.jsonl: as-you-type formatting vectors.

Reference implementation: ``phonenumbers.AsYouTypeFormatter`` of the Python package
``phonenumbers`` (a port of Google's libphonenumber, Apache-2.0), pinned at EXACTLY version
9.0.43. Only its outputs are recorded; no code of it is copied.

    pip install phonenumbers==9.0.43
    python3 scripts/gen_ayt_vectors.py            # writes tests/vectors/as_you_type.jsonl
    # options: --out PATH  --seed N  --date YYYY-MM-DD  --per-region N
    # SOURCE_DATE_EPOCH is honoured for the "generated" date.

Numbers: every region's example number of every type (``example_number_for_type``), every
non-geographic calling code's examples, and per region two of them with trailing digits
randomized, and three runs of random digits after a national prefix, an IDD and calling
code, or ``+``. Each is typed in several ways (KINDS), at most ``--per-region`` sequences per
region (a seeded sample; the first example's national, ``+`` and IDD typings always kept).

Output: one JSON object per line; the first is ``{"meta": {...}}``, then one typing each:

    {"region": "GB" | null, "kind": str, "typed": str, "out": [str, ...],
     "e164": str | null, "region_out": str | null, "error": str (rare)}

``out[i]`` is what ``AsYouTypeFormatter(region or "ZZ").input_digit(c)`` returned after the
(i+1)-th character of ``typed``, fed one by one to one formatter. ``e164``/``region_out``
are ``format_number(parse(typed, region), E164)`` and ``region_code_for_number`` when
``is_valid_number`` holds for the whole typed text, else null. Should the reference raise
while typing, ``out`` stops before that character and ``error`` names the exception.
"""

import argparse
import datetime
import json
import os
import random
import sys
from collections import Counter

REQUIRED_VERSION = "9.0.43"
DEFAULT_SEED = 20250117
DEFAULT_PER_REGION = 30

try:
    import phonenumbers
    from phonenumbers import (
        AsYouTypeFormatter,
        NumberParseException,
        PhoneMetadata,
        PhoneNumberFormat,
        PhoneNumberType,
    )
except ImportError:
    sys.exit("error: install the pinned reference: pip install phonenumbers==%s" % REQUIRED_VERSION)
if phonenumbers.__version__ != REQUIRED_VERSION:
    sys.exit("error: phonenumbers %s installed; need exactly %s (pip install phonenumbers==%s)"
             % (phonenumbers.__version__, REQUIRED_VERSION, REQUIRED_VERSION))

KINDS = [
    "national",         # the digits of the NATIONAL format (national prefix where it writes one)
    "national_bare",    # the national significant number alone, where that differs
    "national_prefix",  # national prefix + NSN where the NATIONAL format leaves it out (NANPA 1)
    "plus",             # + calling code + NSN, in the number's region
    "plus_elsewhere",   # + calling code + NSN, in another region or with no region
    "idd",              # another region's IDD + calling code + NSN, in that region
    "too_long",         # the national digits and two more
    "no_region",        # the national digits with no default region
    "other_digits",     # + or national, in fullwidth or Arabic-Indic digits (a few with U+FF0B)
    "random",           # national prefix, IDD + calling code or + then random digits
]

TYPES = [
    PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.PAGER, PhoneNumberType.UAN,
    PhoneNumberType.VOICEMAIL,
]
NONGEO_DESCS = ["fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "voip",
                "personal_number", "pager", "uan", "voicemail"]

FULLWIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}
ARABIC_INDIC = {str(d): chr(0x0660 + d) for d in range(10)}


def keystrokes(region, typed):
    """The formatter's output after each character, and the exception name if it raised."""
    f = AsYouTypeFormatter(region or "ZZ")
    out = []
    for c in typed:
        try:
            out.append(f.input_digit(c))
        except Exception as exc:  # the reference's own failure, recorded as such
            return out, type(exc).__name__
    return out, None


def verdict(typed, region):
    try:
        n = phonenumbers.parse(typed, region)
    except NumberParseException:
        return None, None
    if not phonenumbers.is_valid_number(n):
        return None, None
    return phonenumbers.format_number(n, PhoneNumberFormat.E164), phonenumbers.region_code_for_number(n)


def idd_of(region):
    """A region's IDD as people dial it (digits only), or None."""
    md = PhoneMetadata.metadata_for_region(region)
    for p in (md.preferred_international_prefix, md.international_prefix):
        if p and p.isdigit():
            return p
    return None


def digits(s):
    return "".join(c for c in s if c.isdigit())


def randomize(n, rng):
    nsn = phonenumbers.national_significant_number(n)
    k = min(len(nsn) - 2, rng.randint(2, 4))
    if k <= 0:
        return None
    tail = "".join(rng.choice("0123456789") for _ in range(k))
    return phonenumbers.PhoneNumber(country_code=n.country_code, national_number=int(nsn[:-k] + tail),
                                    italian_leading_zero=n.italian_leading_zero,
                                    number_of_leading_zeros=n.number_of_leading_zeros)


class Gen:
    def __init__(self, seed, per_region):
        self.rng = random.Random(seed)
        self.per_region = per_region
        regions = sorted(phonenumbers.SUPPORTED_REGIONS)
        self.regions = regions
        self.idd_regions = [r for r in regions if idd_of(r)]
        self.turn = 0

    def next_of(self, items):
        self.turn += 1
        return items[self.turn % len(items)]

    def typings(self, n, home):
        """(kind, region, typed) for number n whose region is home (None: non-geographic)."""
        cc = n.country_code
        nsn = phonenumbers.national_significant_number(n)
        national = digits(phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL))
        out = []
        if home:
            md = PhoneMetadata.metadata_for_region(home)
            out.append(("national", home, national))
            if national != nsn:
                out.append(("national_bare", home, nsn))
            elif md.national_prefix and not nsn.startswith(md.national_prefix):
                out.append(("national_prefix", home, md.national_prefix + nsn))
            out.append(("plus", home, "+%d%s" % (cc, nsn)))
        else:
            out.append(("plus", None, "+%d%s" % (cc, nsn)))
        other = self.next_of(self.regions + [None])
        out.append(("plus_elsewhere", other, "+%d%s" % (cc, nsn)))
        via = self.next_of(self.idd_regions)
        out.append(("idd", via, "%s%d%s" % (idd_of(via), cc, nsn)))
        if home:
            extra = "".join(self.rng.choice("0123456789") for _ in range(2))
            out.append(("too_long", home, national + extra))
        return out

    def random_digits(self, lo, hi):
        return "".join(self.rng.choice("0123456789") for _ in range(self.rng.randint(lo, hi)))

    def random_typings(self, home):
        """Digits nobody dialled, after the prefixes that steer the formatter: where it gives
        up, and where it starts again after a longer prefix."""
        md = PhoneMetadata.metadata_for_region(home)
        cc = self.rng.choice(sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE))
        return [
            (md.national_prefix or "") + self.random_digits(4, 14),
            "%s%d%s" % (idd_of(home) or "00", cc, self.random_digits(3, 12)),
            "+" + self.random_digits(1, 15),
        ]

    def region_cases(self, home, numbers):
        cases = []
        for i, n in enumerate(numbers):
            for kind, region, typed in self.typings(n, home):
                cases.append((i == 0 and kind in ("national", "plus", "idd"), kind, region, typed))
        if home and numbers:
            national = digits(phonenumbers.format_number(numbers[0], PhoneNumberFormat.NATIONAL))
            cases.append((False, "no_region", None, national))
            table = FULLWIDTH if self.rng.random() < 0.5 else ARABIC_INDIC
            nsn = phonenumbers.national_significant_number(numbers[-1])
            plain = self.rng.choice(["+%d%s" % (numbers[-1].country_code, nsn), national])
            typed = "".join(table.get(c, c) for c in plain)
            if typed.startswith("+") and self.rng.random() < 0.2:
                typed = "\uFF0B" + typed[1:]
            cases.append((False, "other_digits", home, typed))
            cases.extend((False, "random", home, typed) for typed in self.random_typings(home))
        keep = [c for c in cases if c[0]]
        rest = [c for c in cases if not c[0]]
        room = max(0, self.per_region - len(keep))
        if len(rest) > room:
            chosen = set(self.rng.sample(range(len(rest)), room))
            rest = [c for j, c in enumerate(rest) if j in chosen]
        picked = set(id(c) for c in keep + rest)
        return [c[1:] for c in cases if id(c) in picked]

    def run(self):
        out = []
        for region in self.regions:
            numbers, seen = [], set()
            for t in TYPES:
                n = phonenumbers.example_number_for_type(region, t)
                if n is None:
                    continue
                e164 = phonenumbers.format_number(n, PhoneNumberFormat.E164)
                if e164 not in seen:
                    seen.add(e164)
                    numbers.append(n)
            for n in numbers[:2]:
                r = randomize(n, self.rng)
                if r is not None:
                    numbers.append(r)
            out.extend(self.region_cases(region, numbers))
        for cc in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
            md = PhoneMetadata.metadata_for_nongeo_region(cc)
            numbers = []
            for attr in NONGEO_DESCS:
                desc = getattr(md, attr, None)
                if desc is not None and desc.example_number:
                    numbers.append(phonenumbers.parse("+%d%s" % (cc, desc.example_number), None))
            out.extend(self.region_cases(None, numbers))
        cases = []
        for kind, region, typed in out:
            outs, error = keystrokes(region, typed)
            e164, region_out = verdict(typed, region)
            case = {"region": region, "kind": kind, "typed": typed, "out": outs,
                    "e164": e164, "region_out": region_out}
            if error:
                case["error"] = error
            cases.append(case)
        return cases


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(root, "tests", "vectors", "as_you_type.jsonl"))
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--per-region", type=int, default=DEFAULT_PER_REGION)
    ap.add_argument("--date", default=None)
    args = ap.parse_args()
    if args.date:
        date = args.date
    elif os.environ.get("SOURCE_DATE_EPOCH"):
        date = datetime.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]),
                                               datetime.timezone.utc).date().isoformat()
    else:
        date = datetime.datetime.now(datetime.timezone.utc).date().isoformat()

    cases = Gen(args.seed, args.per_region).run()
    keys = sum(len(c["out"]) for c in cases)
    meta = {"meta": {
        "generator": "scripts/gen_ayt_vectors.py",
        "reference": "phonenumbers.AsYouTypeFormatter",
        "reference_version": phonenumbers.__version__,
        "licence": "Apache-2.0",
        "seed": args.seed,
        "per_region": args.per_region,
        "count": len(cases),
        "keystrokes": keys,
        "generated": date,
        "kinds": KINDS,
    }}
    out = os.path.normpath(args.out)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(meta, ensure_ascii=False, separators=(",", ":")) + "\n")
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")
    print("wrote %s: %d typings, %d keystrokes, %d bytes" % (out, len(cases), keys, os.path.getsize(out)))
    for kind, count in sorted(Counter(c["kind"] for c in cases).items()):
        print("  %-16s %6d" % (kind, count))
    regions = {c["region"] for c in cases if c["region"]} | {c["region_out"] for c in cases if c["region_out"]}
    print("regions typed in or reached: %d of %d" % (len(regions - {"001"}), len(phonenumbers.SUPPORTED_REGIONS)))
    errors = Counter(c["error"] for c in cases if "error" in c)
    print("reference exceptions:", dict(errors))


if __name__ == "__main__":
    main()
