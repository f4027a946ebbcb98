#!/usr/bin/env python3
"""Generate src/fields/phone_data.rs: libphonenumber's metadata, compiled for our phone engine.

Reads the metadata objects of the PyPI package ``phonenumbers`` (a port of Google's
libphonenumber, Apache-2.0), pinned at EXACTLY version 9.0.43, and writes them as a Rust data
file: every region and non-geographic calling code with the facts the engine in
``src/fields/phone/`` needs (calling code, international and national prefixes, national
prefix transform rule, leading digits, per-type number patterns and possible lengths, number
formats with all their leading-digits patterns and the flags formatting as you type reads:
national prefix optional, carrier-code rule present; the fixed-line and mobile example
numbers, for ``phone::example_number``). Data only.

Also writes ``tests/vectors/calling_codes.jsonl``: ``country_code_for_region`` for every
two-letter code AA..ZZ (``null`` where libphonenumber has no region), which the country
table's ``calling_code`` must agree with.

Every regular expression is compiled here into the small bytecode that
``src/fields/phone/matcher.rs`` runs. The compiler accepts only the subset the matcher
supports (digits, ``\\d``, digit classes and ranges, ``(...)``, ``(?:...)``, ``|``, ``?``,
``*``, ``+``, ``{n}``, ``{n,}``, ``{n,m}``, a final ``$``) and fails loudly on anything else.

    pip install phonenumbers==9.0.43
    python3 scripts/gen_phone_metadata.py          # writes src/fields/phone_data.rs

Bytecode (a tree in prefix form; the subject is always ASCII digits):
    '0'..'9'         the digit itself
    'd'              any digit
    '[' lo hi        a digit class: bit n of the little-endian u16 set for digit n
    '$'              end of subject
    '{' min max ATOM ATOM repeated min..=max times, greedily (max 255 = unbounded)
    '(' cap lenlo lenhi ALTS
                     a group (cap 0: non-capturing, else capture group number) whose
                     alternatives fill the next len bytes, each as lenlo lenhi ITEMS

Shipped packed (``PROG_PACKED``; the npm package's size, docs/decisions.md): every group as
``'(' cap ITEMS ('|' ITEMS)* ')'`` with no lengths, which gzips ~9 KB smaller; the engine
expands it into the form above once, at first use (``matcher.rs``), and a unit test checks
the expansion against ``PROG_LEN`` and ``PROG_FNV`` (FNV-1a 32 of the expanded bytes).
"""

import os
import re
import sys

REQUIRED_VERSION = "9.0.43"
try:
    import phonenumbers
    from phonenumbers import PhoneMetadata
except ImportError:
    sys.exit("error: install the pinned reference: pip install phonenumbers==%s" % REQUIRED_VERSION)
if phonenumbers.__version__ != REQUIRED_VERSION:
    sys.exit("error: phonenumbers %s installed; need exactly %s (pip install phonenumbers==%s)"
             % (phonenumbers.__version__, REQUIRED_VERSION, REQUIRED_VERSION))

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "fields", "phone_data.rs")
PROVENANCE = os.path.join(ROOT, "src", "fields", "phone_data.PROVENANCE.md")
CC_VECTORS = os.path.join(ROOT, "tests", "vectors", "calling_codes.jsonl")

# Order matters: the engine indexes Meta::desc with these positions (meta.rs `Kind`).
DESCS = ["general_desc", "fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost",
         "personal_number", "voip", "pager", "uan", "voicemail"]
NONE = 0xFFFFFFFF


class Unsupported(Exception):
    pass


class Compiler:
    """Recursive-descent compiler for the metadata's regex subset."""

    def __init__(self, src):
        self.s = src
        self.i = 0
        self.groups = 0

    def peek(self):
        return self.s[self.i] if self.i < len(self.s) else None

    def take(self, lit):
        if self.s.startswith(lit, self.i):
            self.i += len(lit)
            return True
        return False

    def fail(self, why):
        raise Unsupported("%s at %d in %r" % (why, self.i, self.s))

    def compile(self):
        alts = self.alternation()
        if self.i != len(self.s):
            self.fail("unbalanced ')'")
        if self.groups > 9:
            self.fail("more than 9 capture groups")
        return group(0, alts)

    def alternation(self):
        alts = [self.sequence()]
        while self.take("|"):
            alts.append(self.sequence())
        return alts

    def sequence(self):
        out = b""
        while self.peek() not in (None, "|", ")"):
            atom, flat = self.atom()
            q = self.quantifier()
            if q is None:
                out += flat
            else:
                if q[0] > q[1] or q[1] > 255 or (q[1] == 255 and q != (0, 255) and q != (1, 255)):
                    self.fail("repetition bounds")
                out += b"{" + bytes(q) + atom
        return out

    def quantifier(self):
        c = self.peek()
        q = None
        if c == "?":
            self.i += 1
            q = (0, 1)
        elif c == "*":
            self.i += 1
            q = (0, 255)
        elif c == "+":
            self.i += 1
            q = (1, 255)
        elif c == "{":
            j = self.s.index("}", self.i)
            body = self.s[self.i + 1:j]
            self.i = j + 1
            if "," in body:
                lo, hi = body.split(",")
                q = (int(lo), int(hi) if hi else 255)
            else:
                q = (int(body), int(body))
        if q is not None and self.peek() in ("?", "*", "+", "{"):
            self.fail("lazy, possessive or stacked quantifier")
        return q

    def atom(self):
        """Returns (bytes as a quantifiable atom, bytes to splice into a sequence)."""
        c = self.peek()
        if c is not None and c.isdigit() and c in "0123456789":
            self.i += 1
            b = c.encode()
            return b, b
        if self.take("\\d"):
            return b"d", b"d"
        if c == "\\":
            self.fail("escape other than \\d")
        if c == "$":
            self.i += 1
            if self.i != len(self.s) and self.peek() not in ("|", ")"):
                self.fail("'$' not at the end of an alternative")
            return b"$", b"$"
        if c == "[":
            self.i += 1
            neg = self.take("^")
            mask = 0
            while not self.take("]"):
                if self.take("\\d"):
                    mask |= 0x3FF
                    continue
                a = self.peek()
                if a is None or a not in "0123456789":
                    self.fail("non-digit in class")
                self.i += 1
                if self.peek() == "-" and self.s[self.i + 1] != "]":
                    self.i += 1
                    b = self.peek()
                    if b is None or b not in "0123456789" or b < a:
                        self.fail("bad range")
                    self.i += 1
                    for d in range(int(a), int(b) + 1):
                        mask |= 1 << d
                else:
                    mask |= 1 << int(a)
            if neg:
                mask = ~mask & 0x3FF
            b = b"[" + bytes([mask & 0xFF, mask >> 8])
            return b, b
        if c == "(":
            self.i += 1
            if self.take("?:"):
                cap = 0
            elif self.peek() == "?":
                self.fail("group flag or lookaround")
            else:
                self.groups += 1
                cap = self.groups
            alts = self.alternation()
            if not self.take(")"):
                self.fail("missing ')'")
            g = group(cap, alts)
            if cap == 0 and len(alts) == 1:
                return g, alts[0]  # (?:x) with one alternative splices into its sequence
            return g, g
        self.fail("unsupported character %r" % c)


def u16(n):
    if n > 0xFFFF:
        raise Unsupported("group too long")
    return bytes([n & 0xFF, n >> 8])


def group(cap, alts):
    body = b"".join(u16(len(a)) + a for a in alts)
    return b"(" + bytes([cap]) + u16(len(body)) + body


class Program:
    def __init__(self):
        self.code = bytearray()
        self.index = {}

    def add(self, src):
        """Index of src's compiled program, the n-th top-level group of the program (shared
        between equal patterns). Indexes rather than byte offsets: smaller numbers, which
        gzip better; the engine finds each group's offset while unpacking."""
        if src is None or src == "":
            return NONE
        if src not in self.index:
            code = Compiler(src).compile()
            self.index[src] = len(self.index)
            self.code += code
        return self.index[src]


def pack(code):
    """The packed form of expanded bytecode (see the module docstring)."""
    out = bytearray()

    def u16_at(i):
        return code[i] | code[i + 1] << 8

    def item(i):
        c = code[i]
        if c == ord("("):
            end = i + 4 + u16_at(i + 2)
            out.extend(code[i:i + 2])
            j = i + 4
            first = True
            while j < end:
                if not first:
                    out.append(ord("|"))
                first = False
                alt_end = j + 2 + u16_at(j)
                j += 2
                while j < alt_end:
                    j = item(j)
            out.append(ord(")"))
            return end
        if c == ord("["):
            out.extend(code[i:i + 3])
            return i + 3
        if c == ord("{"):
            out.extend(code[i:i + 3])
            return item(i + 3)
        out.append(c)
        return i + 1

    i = 0
    while i < len(code):
        i = item(i)
    return bytes(out)


def fnv1a32(b):
    h = 0x811C9DC5
    for x in b:
        h = ((h ^ x) * 0x01000193) & 0xFFFFFFFF
    return h


def rust_str(s):
    if s is None:
        return '""'
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return '"' + "".join(out) + '"'


def rust_bytes(b):
    out = []
    for x in b:
        c = chr(x)
        if c in '"\\':
            out.append("\\" + c)
        elif 32 < x < 127:  # a space could start a continuation line, which Rust skips
            out.append(c)
        else:
            out.append("\\x%02x" % x)
    # Break the literal into lines of ~100 bytes with string continuation escapes.
    lines, cur = [], ""
    for piece in out:
        cur += piece
        if len(cur) >= 100:
            lines.append(cur)
            cur = ""
    lines.append(cur)
    return 'b"' + "\\\n".join(lines) + '"'


def lengths_mask(lengths):
    mask = 0
    for n in lengths or ():
        if n == -1:
            mask |= 1
        elif 1 <= n <= 31:
            mask |= 1 << n
        else:
            raise Unsupported("possible length %r" % n)
    return mask


def check_rule(rule, what, allow_groups):
    """Format/transform strings may hold digits, spacing punctuation and \\N group refs."""
    if rule is None:
        return
    i = 0
    while i < len(rule):
        if rule[i] == "\\":
            if i + 1 >= len(rule) or not rule[i + 1].isdigit() or int(rule[i + 1]) > allow_groups:
                raise Unsupported("%s %r: bad group reference" % (what, rule))
            i += 2
            continue
        if rule[i] == "$":
            raise Unsupported("%s %r: unexpanded $ placeholder" % (what, rule))
        i += 1


def main():
    prog = Program()
    metas = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        metas.append(PhoneMetadata.metadata_for_region(region))
    for cc in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        metas.append(PhoneMetadata.metadata_for_nongeo_region(cc))

    fmt_lists = {}
    fmt_src = []
    # The less detailed leading-digits patterns (all but the last of a format's list) only
    # formatting as you type reads; numbered after every other pattern, so adding them left
    # the numbers of the others unchanged.
    later = []

    def fmt_list(formats):
        rows = []
        for f in formats:
            if f.format == "NA":
                continue
            check_rule(f.format, "format", 9)
            check_rule(f.national_prefix_formatting_rule, "national prefix formatting rule", 1)
            leads = list(f.leading_digits_pattern or [])
            pat = prog.add(f.pattern)
            last = prog.add(leads[-1]) if leads else NONE
            later.extend(leads[:-1])
            rows.append((pat, tuple(leads), last, rust_str(f.format),
                         rust_str(f.national_prefix_formatting_rule or ""),
                         bool(f.national_prefix_optional_when_formatting),
                         f.domestic_carrier_code_formatting_rule is not None))
        key = tuple(rows)
        if key not in fmt_lists:
            fmt_lists[key] = "FMT%d" % len(fmt_lists)
            fmt_src.append((fmt_lists[key], rows))
        return "&" + fmt_lists[key]

    def fmt_row(row):
        pat, leads, last, fmt, np_rule, np_optional, carrier = row
        numbers = [prog.index[src] for src in leads[:-1]] + ([last] if leads else [])
        return ("Fmt { pat: %d, leads: &[%s], fmt: %s, np_rule: %s, np_optional: %s, "
                "carrier_rule: %s }" % (pat, ", ".join(map(str, numbers)), fmt, np_rule,
                                        "true" if np_optional else "false",
                                        "true" if carrier else "false"))

    meta_rows = []
    for m in metas:
        descs = []
        for name in DESCS:
            d = getattr(m, name)
            if d is None:
                descs.append("NO_DESC")
                continue
            descs.append("Desc { pat: %d, len: %d, local: %d }" % (
                prog.add(d.national_number_pattern), lengths_mask(d.possible_length),
                lengths_mask(d.possible_length_local_only)))
        check_rule(m.national_prefix_transform_rule, "transform rule", 9)
        meta_rows.append(
            "Meta {\n        id: %s,\n        cc: %d,\n        idd: %d,\n        np_parse: %d,\n"
            "        np_groups: %d,\n        np_transform: %s,\n        leading: %d,\n        ext_prefix: %s,\n"
            "        same_mobile_fixed: %s,\n        desc: [\n            %s,\n        ],\n"
            "        formats: %s,\n        intl: %s,\n        examples: %s,\n    }" % (
                rust_str(m.id), m.country_code, prog.add(m.international_prefix),
                prog.add(m.national_prefix_for_parsing),
                re.compile(m.national_prefix_for_parsing).groups if m.national_prefix_for_parsing else 0,
                rust_str(m.national_prefix_transform_rule or ""), prog.add(m.leading_digits),
                rust_str(m.preferred_extn_prefix) if m.preferred_extn_prefix is not None else '" ext. "',
                "true" if m.same_mobile_and_fixed_line_pattern else "false",
                ",\n            ".join(descs), fmt_list(m.number_format),
                fmt_list(m.intl_number_format), rust_str(examples(m))))

    for src in later:
        prog.add(src)
    fmt_src = ["static %s: [Fmt; %d] = [\n    %s\n];" % (
        name, len(rows), ",\n    ".join(fmt_row(r) for r in rows)) for name, rows in fmt_src]

    index = {}
    for i, m in enumerate(metas):
        index[(m.id, m.country_code)] = i
    regions = sorted((m.id, i) for i, m in enumerate(metas) if m.id != "001")
    cc_rows = []
    for cc in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        idx = []
        for r in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[cc]:
            key = (r, cc) if r == "001" else (r, metas[index_by_id(metas, r)].country_code)
            if key not in index:
                raise Unsupported("calling code %d lists %s without metadata" % (cc, r))
            idx.append(str(index[key]))
        cc_rows.append("%d, %d, %s" % (cc, len(idx), ", ".join(idx)))
    if len(prog.code) >= NONE:
        raise Unsupported("program too large")

    with open(OUT, "w", encoding="utf-8") as out:
        out.write("// @generated by scripts/gen_phone_metadata.py from PyPI phonenumbers %s\n"
                  "// (libphonenumber metadata, Apache-2.0). Do not edit; regenerate.\n"
                  "// See phone_data.PROVENANCE.md.\n\n" % REQUIRED_VERSION)
        out.write("use super::meta::{Desc, Fmt, Meta, NO_DESC};\n\n")
        code = bytes(prog.code)
        out.write("/// Every compiled pattern, back to back, packed (bytecode and packing:\n"
                  "/// scripts/gen_phone_metadata.py); a pattern is the index of its top-level group.\n")
        out.write("pub(super) static PROG_PACKED: &[u8] = %s;\n\n" % rust_bytes(pack(code)))
        out.write("/// Length of the expanded program.\n")
        out.write("pub(super) const PROG_LEN: usize = %d;\n\n" % len(code))
        out.write("/// Number of patterns (top-level groups).\n")
        out.write("pub(super) const PROG_PATTERNS: usize = %d;\n\n" % len(prog.index))
        out.write("/// FNV-1a 32 of the expanded program (checked by a unit test).\n")
        out.write("#[cfg(test)]\npub(super) const PROG_FNV: u32 = 0x%08x;\n\n" % fnv1a32(code))
        out.write("\n".join(fmt_src) + "\n\n")
        out.write("/// Regions (ISO order) then non-geographic calling codes (`001`).\n")
        out.write("pub(super) static METAS: [Meta; %d] = [\n    %s,\n];\n\n" % (
            len(metas), ",\n    ".join(meta_rows)))
        # Packed as text and numbers, not tables of slices: a `&str` or `&[u16]` is an address
        # and a length in the WASM module, which compresses far worse (meta.rs splits them).
        if [i for _, i in regions] != list(range(len(regions))):
            raise Unsupported("regions are not the first records of METAS in code order")
        out.write("/// Region codes, two letters each, sorted: a code's position is its index in [`METAS`].\n")
        out.write("pub(super) const REGION_CODES: &str = %s;\n\n" % rust_str("".join(r for r, _ in regions)))
        out.write("/// Calling codes, sorted by code, each as `code, n,` then its `n` regions' indexes in\n"
                  "/// [`METAS`], main region first.\n")
        out.write("pub(super) static CALLING_CODE_LISTS: [u16; %d] = [\n    %s,\n];\n" % (
            sum(len(r.split(", ")) for r in cc_rows), ",\n    ".join(cc_rows)))
        out.write("/// The number of calling codes in [`CALLING_CODE_LISTS`].\n")
        out.write("pub(super) const CALLING_CODES_LEN: usize = %d;\n" % len(cc_rows))
    with open(PROVENANCE, "w", encoding="utf-8") as out:
        out.write(
            "# Provenance of `phone_data.rs`\n\n"
            "- Source: PyPI package `phonenumbers` %s (David Drysdale's Python port of Google's\n"
            "  libphonenumber), its metadata objects (`PhoneMetadata` per region and per\n"
            "  non-geographic calling code, `COUNTRY_CODE_TO_REGION_CODE`).\n"
            "- Licence: Apache-2.0 (libphonenumber metadata and the `phonenumbers` package).\n"
            "- Command: `pip install phonenumbers==%s && python3 scripts/gen_phone_metadata.py`\n"
            "- Content: facts only (calling codes, prefixes, number patterns compiled to our own\n"
            "  bytecode, possible lengths, format rules, fixed-line and mobile example numbers):\n"
            "  %d metadata records, %d distinct patterns, %d bytes of bytecode (%d packed).\n"
            "  No code from libphonenumber or its ports.\n"
            "- Also written: `tests/vectors/calling_codes.jsonl`, `country_code_for_region` for\n"
            "  every two-letter code (the country table's calling codes are checked against it).\n"
            % (REQUIRED_VERSION, REQUIRED_VERSION, len(metas), len(prog.index), len(prog.code),
               len(pack(bytes(prog.code)))))
    write_calling_code_vectors()
    print("wrote %s: %d metadata records, %d patterns, %d bytes of bytecode (%d packed)"
          % (OUT, len(metas), len(prog.index), len(prog.code), len(pack(bytes(prog.code)))))


def examples(m):
    """The fixed-line and mobile example numbers (national significant numbers), separated by
    a space, each empty where the region has none."""
    out = []
    for d in (m.fixed_line, m.mobile):
        ex = (d.example_number if d is not None else None) or ""
        if not ex.isdigit() and ex != "":
            raise Unsupported("example number %r of %s" % (ex, m.id))
        out.append(ex)
    return " ".join(out)


def write_calling_code_vectors():
    import json
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    rows = []
    for a in letters:
        for b in letters:
            cc = phonenumbers.country_code_for_region(a + b)
            rows.append({"region": a + b, "calling_code": str(cc) if cc else None})
    with open(CC_VECTORS, "w", encoding="utf-8") as out:
        out.write(json.dumps({"meta": {"reference": "phonenumbers", "version": REQUIRED_VERSION,
                                       "function": "country_code_for_region",
                                       "count": len(rows)}}) + "\n")
        for r in rows:
            out.write(json.dumps(r) + "\n")


def index_by_id(metas, region):
    for i, m in enumerate(metas):
        if m.id == region:
            return i
    raise Unsupported("no metadata for region %s" % region)


if __name__ == "__main__":
    try:
        main()
    except Unsupported as e:
        sys.exit("error: metadata outside what the engine supports: %s" % e)
