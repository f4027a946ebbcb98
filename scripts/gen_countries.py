#!/usr/bin/env python3
"""Generate the country table of `customer_validate::fields::country`.

Setup (exact version; the script refuses any other):

    pip install pycountry==26.2.16

Run from the repository root:

    python3 scripts/gen_countries.py

Writes:

* ``src/fields/country_data.rs``      -- the embedded table and the sorted name index (do not edit)
* ``src/fields/country_data.PROVENANCE.md`` -- package, version, licence, regenerate command
* ``tests/vectors/country.jsonl``     -- reference vectors run by ``tests/country_vectors.rs``

Data: the 249 ISO 3166-1 entries of pycountry (which ships Debian's iso-codes data) plus
``XK`` (Kosovo), a user-assigned code that payment providers use.

Lookup keys
-----------
Everything that can be looked up by name is reduced to a *key* by ``norm_key`` below, and
``src/fields/country.rs`` implements exactly the same function in Rust (the vectors check
that both agree):

1. Unicode NFD, then drop every combining character (canonical combining class not 0,
   which covers every Latin diacritic): é->e, ü->u, Å->a, İ->I.
2. Keep ASCII letters (lower-cased) and digits; fold the few Latin letters NFD leaves alone,
   in both cases (ø/Ø->o, æ/Æ->ae, ß/ẞ->ss, ...); ``&`` becomes ``and``. No Unicode case
   mapping is used (its tables would weigh on the WASM bundle).
3. Whitespace (Unicode White_Space) and punctuation (ASCII punctuation plus the Unicode
   quotes, dashes and dots in ``PUNCT``) are separators and are dropped: ``St. Lucia``,
   ``St Lucia`` and ``StLucia`` share the key ``stlucia``; ``Côte d’Ivoire`` -> ``cotedivoire``.
4. A leading word ``the`` is dropped: ``The Gambia`` -> ``gambia``.
5. Any other character (controls, bidi controls, other scripts, emoji) makes the input
   unknown: no key is produced.

Codes (alpha-2, alpha-3, numeric) are matched against the table itself, not the index.
Numeric input is 1-3 ASCII digits and nothing else but surrounding whitespace; it is
left-padded with zeros (``76`` -> ``076``, Brazil). Any other input whose key is all digits
(``27.6``, ``+49``, ``2 7 6``, ``0276``) is unknown.

Name index
----------
For every entry: ``name``, ``common_name``, ``official_name``, plus three mechanical
variants (each checked for collisions):

* inverted ISO names: ``Korea, Republic of`` -> ``Republic of Korea`` (only when the part
  after the comma ends in ``of`` or ``of the``);
* the name without a parenthetical: ``Falkland Islands (Malvinas)`` -> ``Falkland Islands``;
* ``Saint`` -> ``St`` (``St. Lucia``; the dot is punctuation anyway).

Aliases (ALIASES below) are hand-maintained facts. Policy:

* English names in common use for the country (``Ivory Coast``, ``UAE``, ``Holland``);
* former names with a single present-day successor (``Swaziland``, ``Zaire``, ``Burma``,
  ``Ceylon``); never names of states that split (Yugoslavia, USSR, Czechoslovakia,
  Netherlands Antilles, Serbia and Montenegro);
* the constituent countries of the UK map to ``GB`` (what payment providers expect);
* no translations / endonyms other than the ISO names themselves, and nothing ambiguous
  (``Korea``, ``Virgin Islands`` stay unknown; ``Congo`` is ISO's short name of ``CG``);
* withdrawn ISO codes (``BU``, ``ZR``, ``YU``, ``CS``...) are NOT accepted: several were
  reassigned, and a code is a code.

The generator fails if two entries produce the same key, if a key would be shadowed by
another country's code, or if a reference vector disagrees with the Python reference lookup.
"""

import importlib.metadata
import json
import os
import sys
import unicodedata

PYCOUNTRY_VERSION = "26.2.16"

try:
    import pycountry
except ImportError:
    sys.exit(f"pycountry is not installed: run `pip install pycountry=={PYCOUNTRY_VERSION}`")

_installed = importlib.metadata.version("pycountry")
if _installed != PYCOUNTRY_VERSION:
    sys.exit(
        f"pycountry {_installed} is installed but this generator is pinned to "
        f"{PYCOUNTRY_VERSION}: run `pip install pycountry=={PYCOUNTRY_VERSION}`"
    )

_meta = importlib.metadata.metadata("pycountry")
# pycountry 26.2.16 declares `License-Expression: LGPL-2.1-only` in its metadata, while its
# COPYRIGHT.txt says "version 2.1 of the License, or any later version". Record both.
LICENCE_METADATA = _meta.get("License-Expression") or _meta.get("License") or "unknown"
LICENCE_NOTE = (
    f"pycountry metadata: {LICENCE_METADATA}; pycountry COPYRIGHT.txt: LGPL 2.1 or any later "
    "version; underlying data: Debian iso-codes (LGPL-2.1-or-later)"
)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_RS = os.path.join(ROOT, "src", "fields", "country_data.rs")
OUT_PROV = os.path.join(ROOT, "src", "fields", "country_data.PROVENANCE.md")
OUT_VECTORS = os.path.join(ROOT, "tests", "vectors", "country.jsonl")

# Must equal MAX_INPUT_BYTES / KEY_CAPACITY in src/fields/country.rs.
MAX_INPUT_BYTES = 128
KEY_CAPACITY = 128

# ---------------------------------------------------------------------------------------
# Extra entries: user-assigned codes that payment providers use.
EXTRA = [
    {"alpha_2": "XK", "alpha_3": "XKX", "numeric": "", "name": "Kosovo"},
]

# ---------------------------------------------------------------------------------------
# Hand-maintained aliases (facts, see the policy in the module docstring). Spelling variants
# that only differ by case, accents, spaces, punctuation, "&"/"and", a leading "The" or
# "St"/"Saint" need no entry: the key normalization covers them.
ALIASES = {
    # United Kingdom
    "UK": "GB",
    "Great Britain": "GB",
    "Britain": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    # United States
    "USA": "US",  # also its alpha-3
    "US of A": "US",
    "United States of America": "US",  # also pycountry official_name
    "America": "US",
    # Côte d'Ivoire
    "Ivory Coast": "CI",
    # Türkiye (ISO short name until 2022: Turkey)
    "Turkey": "TR",
    "Republic of Turkey": "TR",
    # Eswatini (ISO short name until 2018: Swaziland)
    "Swaziland": "SZ",
    "Kingdom of Swaziland": "SZ",
    # Myanmar
    "Burma": "MM",
    # Czechia
    "Czech Republic": "CZ",
    # Russian Federation
    "Russia": "RU",
    # Korea
    "Korea Republic": "KR",
    "Korea South": "KR",
    "Korea North": "KP",
    "DPRK": "KP",
    # Others whose ISO short name is "X, Y of"
    "Laos": "LA",
    "Syria": "SY",
    "Iran": "IR",
    "Bolivia": "BO",
    "Venezuela": "VE",
    "Tanzania": "TZ",
    "Moldova": "MD",
    "Micronesia": "FM",
    "Palestine": "PS",
    "Taiwan": "TW",
    # North Macedonia (ISO short name until 2019: "Macedonia, the former Yugoslav Republic of")
    "Macedonia": "MK",
    "Republic of Macedonia": "MK",
    "Former Yugoslav Republic of Macedonia": "MK",
    "FYROM": "MK",
    # Netherlands
    "Holland": "NL",
    # Holy See
    "Vatican": "VA",
    "Vatican City": "VA",
    "Vatican City State": "VA",
    # Cabo Verde (ISO short name until 2013: Cape Verde)
    "Cape Verde": "CV",
    # Timor-Leste
    "East Timor": "TL",
    "Portuguese Timor": "TL",
    # The two Congos
    "Congo-Kinshasa": "CD",
    "DR Congo": "CD",
    "DRC": "CD",
    "Democratic Republic of the Congo": "CD",
    "Democratic Republic of Congo": "CD",
    "Zaire": "CD",
    "Congo-Brazzaville": "CG",
    "Congo Republic": "CG",
    # Brunei
    "Brunei": "BN",
    # Arab states
    "UAE": "AE",
    "Emirates": "AE",
    "KSA": "SA",
    # Saint / Sint variants not covered by the ISO names
    "Saint Kitts": "KN",
    "Saint Vincent": "VC",
    "Saint Helena": "SH",
    "Saint Barts": "BL",
    "Saint Barths": "BL",
    "Saint Maarten": "SX",
    "Saint Pierre": "PM",
    # Territories
    "Falklands": "FK",
    "Aland": "AX",
    "Macau": "MO",
    "Pitcairn Islands": "PN",
    "Cocos Islands": "CC",
    "Keeling Islands": "CC",
    "US Virgin Islands": "VI",
    "USVI": "VI",
    "BVI": "VG",
    "Svalbard": "SJ",
    "South Georgia": "GS",
    "Wallis": "WF",
    "Turks and Caicos": "TC",
    "Heard and McDonald Islands": "HM",
    "Caribbean Netherlands": "BQ",
    # Other common English forms
    "Bosnia": "BA",
    "Bosnia-Herzegovina": "BA",
    "Republic of Ireland": "IE",
    "Eire": "IE",
    "Trinidad": "TT",
    "Antigua": "AG",
    "Saudi": "SA",
    "Republic of Kosovo": "XK",
    # Former names with a single present-day successor
    "Ceylon": "LK",
    "Siam": "TH",
    "Persia": "IR",
    "Dahomey": "BJ",
    "Upper Volta": "BF",
    "New Hebrides": "VU",
    "Southern Rhodesia": "ZW",
    "Rhodesia": "ZW",
    "Western Samoa": "WS",
    "Kampuchea": "KH",
    "Byelorussia": "BY",
    "Belorussia": "BY",
    "Bechuanaland": "BW",
    "Basutoland": "LS",
    "Nyasaland": "MW",
    "Abyssinia": "ET",
    "East Pakistan": "BD",
    "East Germany": "DE",
    "West Germany": "DE",
    "German Democratic Republic": "DE",
    "Wake Island": "UM",
    "Midway Islands": "UM",
    "Johnston Island": "UM",
}

# Aliases the brief (and users) spell several ways that the normalization already covers;
# listed only so the vectors exercise them.
ALIAS_SPELLINGS = {
    "U.S.A.": "US",
    "U.S.": "US",
    "U.K.": "GB",
    "Côte d'Ivoire": "CI",
    "Cote dIvoire": "CI",
    "Türkiye": "TR",
    "Republic of Türkiye": "TR",
    "TÜRKİYE": "TR",
    "Eswatini": "SZ",
    "Myanmar": "MM",
    "Czechia": "CZ",
    "South Korea": "KR",
    "Republic of Korea": "KR",
    "North Korea": "KP",
    "Vietnam": "VN",
    "Viet Nam": "VN",
    "North Macedonia": "MK",
    "The Netherlands": "NL",
    "Holy See": "VA",
    "Cabo Verde": "CV",
    "Timor-Leste": "TL",
    "Republic of the Congo": "CG",
    "St Lucia": "LC",
    "St. Lucia": "LC",
    "St. Kitts and Nevis": "KN",
    "St Kitts & Nevis": "KN",
    "St. Vincent & the Grenadines": "VC",
    "St Barts": "BL",
    "St. Martin": "MF",
    "Falkland Islands": "FK",
    "Bahamas": "BS",
    "The Bahamas": "BS",
    "Gambia": "GM",
    "The Gambia": "GM",
    "Reunion": "RE",
    "Réunion": "RE",
    "Curacao": "CW",
    "Curaçao": "CW",
    "Åland": "AX",
    "Aland Islands": "AX",
    "Sao Tome and Principe": "ST",
    "São Tomé and Príncipe": "ST",
    "Sao Tome & Principe": "ST",
    "Trinidad & Tobago": "TT",
    "Antigua & Barbuda": "AG",
    "Bosnia & Herzegovina": "BA",
    "Guinea Bissau": "GW",
    "Timor Leste": "TL",
    "The Democratic Republic of the Congo": "CD",
    "U.S. Virgin Islands": "VI",
    "the State of Palestine": "PS",
    "State of Eritrea": "ER",
    "Kosovo": "XK",
    "Éire": "IE",
}

# ---------------------------------------------------------------------------------------
# Key normalization (mirrors `normalize_key` in src/fields/country.rs).

FOLD = {
    "ø": "o", "Ø": "o",
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
    "ħ": "h", "Ħ": "h",
    "ı": "i",
    "ł": "l", "Ł": "l", "ŀ": "l", "Ŀ": "l",
    "ŧ": "t", "Ŧ": "t",
    "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe",
    "ß": "ss", "ẞ": "ss",
    "þ": "th", "Þ": "th",
}

# Unicode White_Space (exactly Rust's `char::is_whitespace`).
WHITESPACE = set(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
)

# ASCII punctuation except '&', plus common Unicode punctuation seen in typed names.
PUNCT = set("!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~") | set(
    "\u00a1\u00ab\u00b4\u00b7\u00bb\u00bf\u02b9\u02bb\u02bc\u2032\u2033"
    + "".join(chr(c) for c in range(0x2010, 0x2028))
)


def strip_ws(s):
    """`str.strip` on exactly Unicode White_Space (Rust's `str::trim`)."""
    start, end = 0, len(s)
    while start < end and s[start] in WHITESPACE:
        start += 1
    while end > start and s[end - 1] in WHITESPACE:
        end -= 1
    return s[start:end]


def _is_mark(c):
    return unicodedata.category(c).startswith("M")


def norm_key(s):
    """The lookup key of `s`, or None when it holds a character no key can contain."""
    out = []
    first_word_done = False
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.combining(c):
            continue
        if "a" <= c <= "z" or "0" <= c <= "9":
            out.append(c)
        elif "A" <= c <= "Z":
            out.append(c.lower())
        elif c in FOLD:
            out.append(FOLD[c])
        elif c == "&":
            out.append("and")
        elif c in WHITESPACE or c in PUNCT:
            if not first_word_done and out:
                first_word_done = True
                if "".join(out) == "the":
                    out = []
        else:
            return None
    return "".join(out)


# ---------------------------------------------------------------------------------------
# Table


def load_entries():
    entries = []
    for c in pycountry.countries:
        entries.append(
            {
                "alpha_2": c.alpha_2,
                "alpha_3": c.alpha_3,
                "numeric": c.numeric,
                "name": c.name,
                "official_name": getattr(c, "official_name", None),
                "common_name": getattr(c, "common_name", None),
            }
        )
    assert len(entries) == 249, len(entries)
    for e in EXTRA:
        entries.append(
            {"official_name": None, "common_name": None, **e}
        )
    entries.sort(key=lambda e: e["alpha_2"])
    codes = [e["alpha_2"] for e in entries]
    assert len(set(codes)) == len(codes)
    assert len(entries) <= 256, "indices are u8"
    for e in entries:
        assert len(e["alpha_2"]) == 2 and e["alpha_2"].isascii() and e["alpha_2"].isupper()
        assert len(e["alpha_3"]) == 3 and e["alpha_3"].isascii() and e["alpha_3"].isupper()
        assert e["numeric"] == "" or (len(e["numeric"]) == 3 and e["numeric"].isdigit())
    return entries


def inverted(name):
    """`Korea, Republic of` -> `Republic of Korea`; None when the rule does not apply."""
    if name.count(",") != 1:
        return None
    head, tail = (p.strip() for p in name.split(","))
    words = tail.split()
    if words[-1:] == ["of"] or words[-2:] == ["of", "the"]:
        return f"{tail} {head}"
    return None


def without_parenthetical(name):
    if "(" not in name:
        return None
    start, end = name.index("("), name.index(")")
    return " ".join((name[:start] + name[end + 1 :]).split())


def saint_to_st(name):
    words = name.split(" ")
    if "Saint" not in words:
        return None
    return " ".join("St" if w == "Saint" else w for w in words)


def name_sources(entries):
    """(text, alpha2, kind) for every name-like string that goes into the index."""
    out = []
    for e in entries:
        for field in ("name", "common_name", "official_name"):
            if e[field]:
                out.append((e[field], e["alpha_2"], field))
    derived = []
    for text, a2, _ in out:
        for kind, fn in (("inverted", inverted), ("no_parenthetical", without_parenthetical)):
            v = fn(text)
            if v:
                derived.append((v, a2, kind))
    out += derived
    out += [(alias, a2, "alias") for alias, a2 in ALIASES.items()]
    out += [(v, a2, "saint_st") for text, a2, _ in list(out) for v in [saint_to_st(text)] if v]
    return out


def build_index(entries):
    by_a2 = {e["alpha_2"]: e for e in entries}
    code_keys = {}
    for e in entries:
        code_keys[e["alpha_2"].lower()] = e["alpha_2"]
        code_keys[e["alpha_3"].lower()] = e["alpha_2"]
    index = {}
    for text, a2, kind in name_sources(entries):
        assert a2 in by_a2, (text, a2)
        key = norm_key(text)
        if not key:
            raise SystemExit(f"{kind} {text!r} has no key")
        if key.isdigit():
            raise SystemExit(f"{kind} {text!r} is all digits")
        if len(key) > KEY_CAPACITY:
            raise SystemExit(f"{kind} {text!r} key too long")
        if key in code_keys:
            if code_keys[key] != a2:
                raise SystemExit(f"{kind} {text!r} -> {a2} is shadowed by code of {code_keys[key]}")
            continue  # reached through the code path
        if index.get(key, a2) != a2:
            raise SystemExit(f"key {key!r} ({kind} {text!r}) maps to {index[key]} and {a2}")
        index[key] = a2
    return sorted(index.items(), key=lambda kv: kv[0].encode())


# ---------------------------------------------------------------------------------------
# Python reference lookup (what the Rust code must do)


def make_lookup(entries, index):
    a2 = {e["alpha_2"].lower(): e["alpha_2"] for e in entries}
    a3 = {e["alpha_3"].lower(): e["alpha_2"] for e in entries}
    num = {e["numeric"]: e["alpha_2"] for e in entries if e["numeric"]}
    idx = dict(index)

    def lookup(s):
        if len(s.encode("utf-8")) > MAX_INPUT_BYTES:
            return None
        trimmed = strip_ws(s)
        if trimmed and all("0" <= c <= "9" for c in trimmed):
            return num.get(trimmed.zfill(3)) if len(trimmed) <= 3 else None
        key = norm_key(s)
        if not key or len(key) > KEY_CAPACITY or key.isdigit():
            return None
        if len(key) == 2 and key in a2:
            return a2[key]
        if len(key) == 3 and key in a3:
            return a3[key]
        return idx.get(key)

    return lookup


# ---------------------------------------------------------------------------------------
# Vectors


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not _is_mark(c))


def alternate_case(s):
    return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(s))


def spaced(s):
    return "  " + "   ".join(s.split(" ")) + "\t "


def vectors(entries, lookup):
    cases = []
    seen = set()

    def add(inp, expected, kind):
        if (inp, expected) in seen:
            return
        seen.add((inp, expected))
        cases.append({"input": inp, "expected": expected, "kind": kind})

    def text_variants(text, a2, kind):
        add(text, a2, kind)
        add(text.lower(), a2, kind + "/lower")
        add(text.upper(), a2, kind + "/upper")
        add(alternate_case(text), a2, kind + "/mixed")
        add(spaced(text), a2, kind + "/spaces")
        if strip_accents(text) != text:
            add(strip_accents(text), a2, kind + "/no_accents")
            add(unicodedata.normalize("NFD", text), a2, kind + "/nfd")
        if "'" in text:
            add(text.replace("'", "\u2019"), a2, kind + "/curly_apostrophe")
            add(text.replace("'", ""), a2, kind + "/no_apostrophe")
        if "," in text or "." in text:
            add(text.replace(",", "").replace(".", ""), a2, kind + "/no_punctuation")
        if "-" in text:
            add(text.replace("-", " "), a2, kind + "/hyphen_space")
        if " and " in text:
            add(text.replace(" and ", " & "), a2, kind + "/ampersand")

    for e in entries:
        a2 = e["alpha_2"]
        for code, kind in ((e["alpha_2"], "alpha2"), (e["alpha_3"], "alpha3")):
            add(code, a2, kind)
            add(code.lower(), a2, kind + "/lower")
            add(alternate_case(code), a2, kind + "/mixed")
            add(f" {code} ", a2, kind + "/spaces")
        if e["numeric"]:
            add(e["numeric"], a2, "numeric")
            add(f"  {e['numeric']}\n", a2, "numeric/spaces")
            short = str(int(e["numeric"]))
            if short != e["numeric"]:
                add(short, a2, "numeric/unpadded")
    for text, a2, kind in name_sources(entries):
        text_variants(text, a2, kind)
    for text, a2 in ALIAS_SPELLINGS.items():
        text_variants(text, a2, "alias_spelling")

    unknown = [
        "", " ", "\t\n", "-", "...", "the", "The",
        "XX", "xx", "ZZ", "AA", "QQ", "ZZZ", "XXX", "AAA", "EU", "EL", "UN",
        "999", "000", "0", "00", "0276", "1000", "2 7 6 0", "-276", "27.6", "+49",
        "Atlantis", "Narnia", "Germanyy", "United", "Kingdom", "Republic", "Islands",
        "Korea", "Virgin Islands", "Saint", "St.ry", "Guinea Republic", "Sint",
        "Yugoslavia", "Czechoslovakia", "USSR", "U.S.S.R.", "Soviet Union",
        "Serbia and Montenegro", "Netherlands Antilles",
        "BU", "ZR", "YU", "CS", "SU", "DD", "AN", "TP", "NT", "BUR", "ZAR", "YUG", "SUN",
        "U\x00S", "US\x00", "\x00", "De\x07", "US\u202e", "\u200bUS", "G\u00adB",
        "Россия", "РОССИЯ", "日本", "Ελλάδα", "ΕΛΛΆΔΑ", "🇩🇪", "DE🇩🇪", "ᴅᴇ", "ＤＥ",
        "a" * 129, "Germany" + " " * 130, "x" * 1000,
        "D E U T", "DE-BY", "US-CA",
    ]
    for inp in unknown:
        add(inp, None, "unknown")
    # Boundary: an input of exactly MAX_INPUT_BYTES is still considered.
    add(" " * (MAX_INPUT_BYTES - 2) + "DE", "DE", "limit/exact")
    add(" " * (MAX_INPUT_BYTES - 1) + "DE", None, "limit/over")

    for c in cases:
        got = lookup(c["input"])
        if got != c["expected"]:
            raise SystemExit(f"reference lookup disagrees on {c!r}: got {got}")
    return cases


# ---------------------------------------------------------------------------------------
# Output


def rust_str(s):
    for ch in s:
        if unicodedata.category(ch).startswith("C"):
            raise SystemExit(f"unexpected control/format character in {s!r}")
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def rust_opt(s):
    return f"Some({rust_str(s)})" if s else "None"


HEADER = (
    f"// @generated by scripts/gen_countries.py from pycountry {PYCOUNTRY_VERSION}\n"
    "// (ISO 3166-1 data from Debian iso-codes; licence of pycountry: "
    f"{LICENCE_METADATA} per its\n"
    "// metadata, \"LGPL 2.1 or any later version\" per its COPYRIGHT.txt; see\n"
    "// country_data.PROVENANCE.md). Plus XK (Kosovo, user-assigned). Do not edit: regenerate with\n"
    "// `python3 scripts/gen_countries.py`.\n"
)


def packed_field(s):
    """One field of the packed table: no separator, line end or control character in it."""
    rust_str(s)  # refuses control and format characters
    if "|" in s or "\n" in s:
        raise SystemExit(f"separator in table text {s!r}")
    return s


def rust_text(lines, indent="    "):
    """A Rust string literal of `lines`, one per source line (`\n` ends each)."""
    return "concat!(\n" + "".join(
        f"{indent}{rust_str(line)[:-1]}\\n\",\n" for line in lines
    ) + ")"


def write_rust(entries, index):
    lines = [HEADER]
    lines.append(
        "//! The embedded ISO 3166-1 table and its name index (generated), as text that\n"
        "//! `country.rs` splits once into slices: a table of `&str` fields is an address and a\n"
        "//! length per field in the WASM module, which compresses far worse than the text.\n"
    )
    rows = [
        "|".join(
            packed_field(e[k] or "")
            for k in ("alpha_2", "alpha_3", "numeric", "name", "official_name", "common_name")
        )
        for e in entries
    ]
    lines.append(
        "\n/// Every entry, sorted by alpha-2, one line each:\n"
        "/// `alpha2|alpha3|numeric|name|official_name|common_name` (an absent name is empty).\n"
        "#[rustfmt::skip]\n"
        f"pub(super) const TABLE: &str = {rust_text(rows)};\n"
        f"pub(super) const TABLE_LEN: usize = {len(entries)};\n"
    )
    # The keys of an entry's own names are made from the table at run time; only the others
    # (derived names, aliases) are written out.
    own = {e["alpha_2"]: {norm_key(e[f]) for f in ("name", "common_name", "official_name") if e[f]}
           for e in entries}
    index_map = dict(index)
    for a2, keys in own.items():
        for k in keys:
            if k in index_map and index_map[k] != a2:
                raise SystemExit(f"own name key {k!r} of {a2} is {index_map[k]}'s")
    extra = [(k, a2) for k, a2 in index if k not in own[a2]]
    named = {a2 for _, a2 in extra}
    lines.append(
        "\n// Positions in `TABLE` of the entries `EXTRA_POSITIONS` names, by alpha-2 so it reads\n"
        "// as data.\n"
    )
    for i, e in enumerate(entries):
        if e["alpha_2"] in named:
            lines.append(f"const {e['alpha_2']}: u8 = {i};\n")
    if {(k, a2) for a2, keys in own.items() for k in keys if k in index_map} | set(extra) != set(index):
        raise SystemExit("the own-name keys and the extra keys do not make the index")
    if any(k not in index_map for keys in own.values() for k in keys):
        raise SystemExit("an own name's key is not in the index (shadowed by a code?)")
    lines.append(
        "\n/// The number of name keys: the keys of each entry's own names (`name`,\n"
        "/// `official_name`, `common_name`), made from `TABLE`, and `EXTRA_KEYS`.\n"
        f"pub(super) const NAME_KEYS_LEN: usize = {len(index)};\n"
        "\n/// The other name keys (derived names and aliases), sorted by key bytes, one line each;\n"
        "/// `EXTRA_POSITIONS` holds each key's position in `TABLE`, in the same order.\n"
        "#[rustfmt::skip]\n"
        f"pub(super) const EXTRA_KEYS: &str = {rust_text([packed_field(k) for k, _ in extra])};\n"
        "\n#[rustfmt::skip]\n"
        f"pub(super) static EXTRA_POSITIONS: [u8; {len(extra)}] = [\n"
    )
    per_line = 12
    for i in range(0, len(extra), per_line):
        lines.append("    " + " ".join(f"{a2}," for _, a2 in extra[i : i + per_line]) + "\n")
    lines.append("];\n")
    with open(OUT_RS, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(lines))


def write_provenance(entries, index, n_vectors):
    text = f"""# Provenance of `country_data.rs`

| | |
| --- | --- |
| generator | `scripts/gen_countries.py` |
| source package | `pycountry` {PYCOUNTRY_VERSION} (PyPI) |
| underlying data | ISO 3166-1 from Debian `iso-codes`, as shipped inside pycountry |
| licence | pycountry metadata `License-Expression`: `{LICENCE_METADATA}`; pycountry `COPYRIGHT.txt`: "GNU LGPL version 2.1 of the License, or any later version"; Debian iso-codes: LGPL-2.1-or-later |
| what is taken | facts only: alpha-2, alpha-3, numeric, `name`, `common_name`, `official_name` of the {len(entries) - len(EXTRA)} ISO 3166-1 entries |
| added by us | `XK` / `XKX` / Kosovo (user-assigned code used by payment providers; no numeric code), the alias list and the derived-name rules in the script |
| table size | {len(entries)} entries, {len(index)} name-index keys |
| reference vectors | `tests/vectors/country.jsonl`, {n_vectors} cases |

Regenerate (writes `country_data.rs`, this file and the vectors):

```sh
pip install pycountry=={PYCOUNTRY_VERSION}
python3 scripts/gen_countries.py
```
"""
    with open(OUT_PROV, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_vectors(cases):
    os.makedirs(os.path.dirname(OUT_VECTORS), exist_ok=True)
    meta = {
        "meta": {
            "generator": "scripts/gen_countries.py",
            "reference": "pycountry",
            "version": PYCOUNTRY_VERSION,
            "licence": LICENCE_NOTE,
            "count": len(cases),
            "fields": "input: string; expected: alpha-2 or null (unknown); kind: what the case exercises",
        }
    }
    with open(OUT_VECTORS, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(meta, ensure_ascii=False) + "\n")
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


def main():
    entries = load_entries()
    index = build_index(entries)
    lookup = make_lookup(entries, index)
    cases = vectors(entries, lookup)
    write_rust(entries, index)
    write_provenance(entries, index, len(cases))
    write_vectors(cases)
    print(
        f"{len(entries)} entries, {len(index)} index keys, {len(cases)} vectors -> "
        f"{os.path.relpath(OUT_RS, ROOT)}, {os.path.relpath(OUT_VECTORS, ROOT)}"
    )


if __name__ == "__main__":
    main()
