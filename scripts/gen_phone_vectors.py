#!/usr/bin/env python3
"""Generate tests/vectors/phone.jsonl: reference phone-number vectors.

Reference implementation: the Python package ``phonenumbers`` (a port of
Google's libphonenumber, Apache-2.0), pinned at EXACTLY version 9.0.43.

Install the reference before running:

    pip install phonenumbers==9.0.43

Regenerate (from the repository root):

    python3 scripts/gen_phone_vectors.py
    # options: --out PATH  --seed N  --date YYYY-MM-DD
    # SOURCE_DATE_EPOCH is honoured for the "generated" date, so the file
    # is byte-for-byte reproducible with a fixed date.

Output: one JSON object per line. The first line is a metadata object
``{"meta": {...}}``; each following line is one case:

    {"input": str, "region": "US" | null, "kind": str, "source": str,
     "valid": bool, "e164": str | null, "region_out": str | null,
     "type": str | null, "national": str | null, "international": str | null,
     "extension": str | null, "error": str | null}

Reference semantics: ``n = phonenumbers.parse(input, region)``. If that raises
NumberParseException, ``valid`` is false, ``error`` is the error type name
(INVALID_COUNTRY_CODE, NOT_A_NUMBER, TOO_SHORT_NSN, TOO_LONG,
TOO_SHORT_AFTER_IDD) and every other field is null. Otherwise ``valid`` is
``is_valid_number(n)``, ``e164``/``national``/``international`` are
``format_number`` in E164/NATIONAL/INTERNATIONAL (recorded even when the
number is invalid), ``region_out`` is ``region_code_for_number(n)`` ("001" for
non-geographic entities), ``type`` is the PhoneNumberType constant name of
``number_type(n)`` and ``extension`` is ``n.extension``.

``kind`` says how the input was typed (see KINDS below); ``source`` says where
the underlying number came from: ``example`` (a metadata example number),
``random`` (an example number with some trailing digits randomized; may or may
not be valid) or ``fixed`` (hand-written cases such as garbage inputs).
"""

import argparse
import datetime
import json
import os
import random
import re
import sys
from collections import Counter

REQUIRED_VERSION = "9.0.43"
DEFAULT_SEED = 20240917

try:
    import phonenumbers
    from phonenumbers import (
        NumberParseException,
        PhoneMetadata,
        PhoneNumberFormat,
        PhoneNumberType,
    )
except ImportError:
    sys.exit(
        "error: the Python package 'phonenumbers' is not installed.\n"
        "Install the pinned reference with:  pip install phonenumbers==%s" % REQUIRED_VERSION
    )

if phonenumbers.__version__ != REQUIRED_VERSION:
    sys.exit(
        "error: phonenumbers %s is installed, but these vectors must be generated "
        "with exactly phonenumbers %s.\n"
        "Install it with:  pip install phonenumbers==%s"
        % (phonenumbers.__version__, REQUIRED_VERSION, REQUIRED_VERSION)
    )

KINDS = [
    "e164",            # +4930123456
    "intl_spaces",     # INTERNATIONAL format: +49 30 123456
    "national",        # NATIONAL format with trunk prefix, region = number's region
    "idd_00",          # 00 49 30 123456 typed from a region whose IDD is 00
    "idd_011",         # 011 49 30 123456 typed from a region whose IDD is 011 (US/CA/...)
    "punctuation",     # dots, dashes, parentheses, slashes
    "tel_uri",         # tel:+49-30-123456, ;ext=, ;phone-context=
    "spaces",          # surrounding spaces / tabs
    "extension",       # ' ext. 123', ' x123', '#123', ...
    "fullwidth",       # U+FF10.. digits (and sometimes U+FF0B plus)
    "arabic_indic",    # U+0660.. and U+06F0.. digits
    "foreign_region",  # +CC number typed with another default region
    "no_region",       # national number with region null
    "drop_digit",      # one digit removed
    "add_digit",       # one digit inserted
    "letters",         # letters inserted / substituted
    "trailing_hash",   # trailing '#'
    "garbage",         # empty, punctuation only, very long, '+', '++1...'
]

# Number types that have their own description in the metadata.
TYPES = [
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.MOBILE,
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.SHARED_COST,
    PhoneNumberType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER,
    PhoneNumberType.PAGER,
    PhoneNumberType.UAN,
    PhoneNumberType.VOICEMAIL,
]

# Non-geographic metadata: attribute name of each type description.
NONGEO_DESC_ATTRS = [
    "fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "voip",
    "personal_number", "pager", "uan", "voicemail",
]

ERROR_NAMES = {
    getattr(NumberParseException, name): name
    for name in ("INVALID_COUNTRY_CODE", "NOT_A_NUMBER", "TOO_SHORT_NSN", "TOO_LONG", "TOO_SHORT_AFTER_IDD")
}

FULLWIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}
ARABIC_INDIC = {str(d): chr(0x0660 + d) for d in range(10)}
EASTERN_ARABIC_INDIC = {str(d): chr(0x06F0 + d) for d in range(10)}


def type_name(t):
    for name in dir(PhoneNumberType):
        if name.isupper() and getattr(PhoneNumberType, name) == t:
            return name
    return str(t)


def reference(input_str, region):
    """Run the reference on one input and return the expected fields."""
    rec = {
        "valid": False, "e164": None, "region_out": None, "type": None,
        "national": None, "international": None, "extension": None, "error": None,
    }
    try:
        n = phonenumbers.parse(input_str, region)
    except NumberParseException as exc:
        rec["error"] = ERROR_NAMES.get(exc.error_type, str(exc.error_type))
        return rec
    rec["valid"] = bool(phonenumbers.is_valid_number(n))
    rec["e164"] = phonenumbers.format_number(n, PhoneNumberFormat.E164)
    rec["region_out"] = phonenumbers.region_code_for_number(n)
    rec["type"] = type_name(phonenumbers.number_type(n))
    rec["national"] = phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)
    rec["international"] = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL)
    rec["extension"] = n.extension if n.extension else None
    return rec


def idd_regions(prefix):
    """Regions whose international (IDD) prefix pattern matches `prefix` exactly."""
    out = []
    for r in sorted(phonenumbers.SUPPORTED_REGIONS):
        md = PhoneMetadata.metadata_for_region(r)
        if md is not None and md.international_prefix and re.fullmatch(md.international_prefix, prefix):
            out.append(r)
    return out


def example_numbers():
    """Yield (region, number) for every region and type, plus non-geo entities.

    region is None for non-geographic entities."""
    seen = set()
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for t in TYPES:
            n = phonenumbers.example_number_for_type(region, t)
            if n is None:
                continue
            key = (region, phonenumbers.format_number(n, PhoneNumberFormat.E164))
            if key in seen:
                continue
            seen.add(key)
            yield region, n
    for cc in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        md = PhoneMetadata.metadata_for_nongeo_region(cc)
        if md is None:
            continue
        for attr in NONGEO_DESC_ATTRS:
            desc = getattr(md, attr, None)
            if desc is None or not desc.example_number:
                continue
            try:
                n = phonenumbers.parse("+%d%s" % (cc, desc.example_number), None)
            except NumberParseException:
                continue
            key = ("001", phonenumbers.format_number(n, PhoneNumberFormat.E164))
            if key in seen:
                continue
            seen.add(key)
            yield None, n


def randomize(n, rng):
    """Copy of n with 1..4 trailing national digits replaced at random."""
    nsn = phonenumbers.national_significant_number(n)
    k = min(len(nsn) - 1, rng.randint(1, 4))
    if k <= 0:
        return None
    new = nsn[:-k] + "".join(rng.choice("0123456789") for _ in range(k))
    try:
        return phonenumbers.parse("+%d%s" % (n.country_code, new), None)
    except NumberParseException:
        return None


def map_digits(s, table):
    return "".join(table.get(c, c) for c in s)


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.cases = []
        self.seen = set()
        self.idd00 = idd_regions("00")
        self.idd011 = idd_regions("011")
        self.all_regions = sorted(phonenumbers.SUPPORTED_REGIONS)

    def add(self, input_str, region, kind, source):
        assert kind in KINDS, kind
        key = (input_str, region, kind)
        if key in self.seen:
            return
        self.seen.add(key)
        rec = {"input": input_str, "region": region, "kind": kind, "source": source}
        rec.update(reference(input_str, region))
        self.cases.append(rec)

    def other_region(self, cc, pool=None):
        """A region from `pool` (default: all) not sharing country code cc."""
        pool = pool or self.all_regions
        while True:
            r = self.rng.choice(pool)
            if phonenumbers.country_code_for_region(r) != cc:
                return r

    # --- the forms of one number -------------------------------------------
    def forms(self, region, n, source, full=True):
        rng = self.rng
        cc = n.country_code
        e164 = phonenumbers.format_number(n, PhoneNumberFormat.E164)
        intl = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL)
        intl_noplus = intl[1:]
        nsn = phonenumbers.national_significant_number(n)
        national = phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL) if region else None
        home = region  # default region for "typed at home" inputs (None for non-geo)

        self.add(e164, home if rng.random() < 0.7 else None, "e164", source)
        self.add(intl, home, "intl_spaces", source)
        if national:
            self.add(national, region, "national", source)
            # punctuation on the national form
            seps = [".", "-", "/", " - ", "."]
            groups = re.split(r"[\s\-]+", national)
            sep = rng.choice(seps)
            punct = sep.join(groups)
            if len(groups) > 1 and rng.random() < 0.5:
                punct = "(" + groups[0] + ") " + sep.join(groups[1:])
            self.add(punct, region, "punctuation", source)
        if not full:
            return
        # punctuation on the international form
        g = intl_noplus.split(" ")
        style = rng.randint(0, 3)
        if style == 0:
            p = "+" + ".".join(g)
        elif style == 1:
            p = "+" + "-".join(g)
        elif style == 2 and len(g) > 2:
            p = "+%s (%s) %s" % (g[0], g[1], "-".join(g[2:]))
        else:
            p = "+" + "/".join(g)
        self.add(p, home if rng.random() < 0.5 else rng.choice(self.all_regions), "punctuation", source)

        # IDD-prefixed forms typed from another country
        r00 = self.other_region(cc, self.idd00)
        self.add("00 " + intl_noplus, r00, "idd_00", source)
        if rng.random() < 0.3:
            self.add("00" + e164[1:], self.other_region(cc, self.idd00), "idd_00", source)
        r011 = rng.choice(self.idd011) if cc == 1 else self.other_region(cc, self.idd011)
        self.add("011 " + intl_noplus, r011, "idd_011", source)

        # tel: URIs
        dashed = "+" + "-".join(g)
        style = rng.randint(0, 2)
        if style == 0:
            uri = "tel:" + dashed
        elif style == 1:
            uri = "tel:%s;ext=%d" % (dashed, rng.randint(1, 9999))
        else:
            uri = "tel:%s;phone-context=+%d" % ("-".join(g[1:]) or nsn, cc)
        self.add(uri, home if home and rng.random() < 0.5 else rng.choice(self.all_regions), "tel_uri", source)

        # surrounding whitespace
        ws = ["  ", "\t", " \t ", "\n", " "]
        base = national if (national and rng.random() < 0.5) else intl
        self.add(rng.choice(ws) + base + rng.choice(ws), home if base is national else (home or None), "spaces", source)

        # extensions
        ext = str(rng.randint(1, 99999))
        suffix = rng.choice([" ext. ", " ext ", " x", " x ", "#", " #", ";ext=", " extension ", ",", " ext."])
        base = national if (national and rng.random() < 0.5) else intl
        self.add(base + suffix + ext, home, "extension", source)

        # fullwidth / Arabic-Indic digits
        base = national if (national and rng.random() < 0.4) else intl
        fw = map_digits(base, FULLWIDTH)
        if fw.startswith("+") and rng.random() < 0.5:
            fw = "\uFF0B" + fw[1:]
        self.add(fw, home, "fullwidth", source)
        table = ARABIC_INDIC if rng.random() < 0.5 else EASTERN_ARABIC_INDIC
        base = national if (national and rng.random() < 0.4) else e164
        self.add(map_digits(base, table), home, "arabic_indic", source)

        # +CC typed while the default region is a different country
        self.add(rng.choice([e164, intl]), self.other_region(cc), "foreign_region", source)

        # national number with no default region
        if national:
            self.add(national, None, "no_region", source)

        # invalid mutations (whatever the reference says is the truth)
        base = national if (national and rng.random() < 0.5) else e164
        digit_pos = [i for i, c in enumerate(base) if c.isdigit()]
        i = rng.choice(digit_pos)
        self.add(base[:i] + base[i + 1:], home, "drop_digit", source)
        i = rng.choice(digit_pos)
        self.add(base[:i] + rng.choice("0123456789") + base[i:], home, "add_digit", source)
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        style = rng.randint(0, 2)
        if style == 0:  # one letter inserted
            i = rng.choice(digit_pos)
            lt = base[:i] + rng.choice(letters) + base[i:]
        elif style == 1:  # vanity-style: trailing digits replaced by letters
            k = min(len(digit_pos) - 1, rng.randint(3, 5))
            chars = list(base)
            for j in digit_pos[-k:]:
                chars[j] = rng.choice(letters[:26])
            lt = "".join(chars)
        else:  # a word appended
            lt = base + rng.choice(["abc", " call me", "x", "FOO", "zz"])
        self.add(lt, home, "letters", source)
        self.add(base + rng.choice(["#", "##", " #"]), home, "trailing_hash", source)

    def fixed_cases(self):
        f = "fixed"
        # The exact foreign-region case the brief asks for.
        self.add("+4915123456789", "US", "foreign_region", f)
        self.add("+44 20 7946 0958", "US", "foreign_region", f)
        self.add("+1 650 253 0000", "DE", "foreign_region", f)
        self.add("tel:+49-30-1234567", "US", "tel_uri", f)
        self.add("tel:+49-30-1234567;ext=123", "DE", "tel_uri", f)
        self.add("tel:30-1234567;phone-context=+49", "DE", "tel_uri", f)
        self.add("tel:+1-650-253-0000;phone-context=example.com", "US", "tel_uri", f)
        garbage = [
            ("", "US"), ("", None), (" ", "US"), ("---", "US"), ("()", "DE"), ("./-", "GB"),
            ("+", "US"), ("+", None), ("++1 650 253 0000", "US"), ("++44 20 7946 0958", None),
            ("1" * 25, "US"), ("9" * 40, "DE"), ("1234567890" * 30, "US"), ("+" + "1" * 25, None),
            ("abc", "US"), ("#", "US"), ("*", "FR"), ("+0", None), ("+999 1234567", None),
            ("0", "US"), ("00", "GB"), ("011", "US"), ("tel:", "US"), ("ext. 123", "US"),
            ("+1", "US"), ("+49", "DE"), ("\t\t", "FR"), ("\u00a0", "US"), ("1-800-FLOWERS", "US"),
            ("hello world", "DE"),
        ]
        for s, r in garbage:
            self.add(s, r, "garbage", f)

    def run(self):
        self.fixed_cases()
        for region, n in example_numbers():
            self.forms(region, n, "example", full=True)
            for _ in range(2):
                rn = randomize(n, self.rng)
                if rn is not None:
                    # randomized numbers: a smaller set of forms, typed at home
                    self.forms(region, rn, "random", full=False)
        return self.cases


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "vectors", "phone.jsonl"))
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--date", default=None, help="date recorded in meta.generated (default: SOURCE_DATE_EPOCH or today, UTC)")
    args = ap.parse_args()

    if args.date:
        date = args.date
    elif os.environ.get("SOURCE_DATE_EPOCH"):
        date = datetime.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), datetime.timezone.utc).date().isoformat()
    else:
        date = datetime.datetime.now(datetime.timezone.utc).date().isoformat()

    cases = Gen(args.seed).run()
    meta = {"meta": {
        "generator": "scripts/gen_phone_vectors.py",
        "reference": "phonenumbers",
        "reference_version": phonenumbers.__version__,
        "licence": "Apache-2.0",
        "seed": args.seed,
        "count": len(cases),
        "generated": date,
        "kinds": KINDS,
    }}
    out = os.path.normpath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(meta, ensure_ascii=False, separators=(",", ":")) + "\n")
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")

    # Summary
    by_kind = Counter(c["kind"] for c in cases)
    valid_by_kind = Counter(c["kind"] for c in cases if c["valid"])
    regions = {c["region_out"] for c in cases if c["region_out"]}
    print("wrote %s: %d cases, %d bytes" % (out, len(cases), os.path.getsize(out)))
    print("%-16s %7s %7s" % ("kind", "count", "valid"))
    for k in KINDS:
        print("%-16s %7d %7d" % (k, by_kind[k], valid_by_kind[k]))
    missing = set(phonenumbers.SUPPORTED_REGIONS) - regions
    print("regions covered (region_out): %d of %d supported%s" % (
        len(regions - {"001"}), len(phonenumbers.SUPPORTED_REGIONS),
        (", missing: " + " ".join(sorted(missing))) if missing else ""))
    nongeo = sorted({int(c["e164"][1:4]) for c in cases if c["region_out"] == "001"})
    print("non-geographic country codes covered:", nongeo)
    print("errors:", dict(Counter(c["error"] for c in cases if c["error"])))


if __name__ == "__main__":
    main()
