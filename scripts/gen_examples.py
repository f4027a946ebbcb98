#!/usr/bin/env python3
"""Writes the sample input files for `customer-validate validate` into examples/.

    python3 scripts/gen_examples.py [OUT_DIR]     (default: examples/ beside scripts/)

Standard library only, seeded, deterministic: the same files on every run. Every person,
address, email and reference is made up; phone numbers are built from number ranges that are
valid for their country (checked once offline against Python `phonenumbers` 9.0.43, which
agrees with the library's phone engine; see the prefixes below), using the regulators'
fictional ranges where a country has them (US/CA 555-01XX, GB 020 7946 0XXX, AU 0491 570 XXX).

About 12 % of the records are deliberately invalid, one flaw each, in turn: a bad phone, a
10-digit BVN, a missing required field, an unknown country, a bad email, a duplicate Authvia
address, a wrong JSON type, an unknown field, a malformed JSON line, a CSV row with a wrong
column count, and a few provider-specific ones. `examples/expected.json` lists, per file, the
record count, the valid count and, for each invalid record, its line and the issue code it
must produce; tests/cli_validate.rs checks the CLI against it.
"""

import csv
import io
import json
import os
import random
import sys

SEED = 20240611
INVALID_SHARE = 0.12

# --- phone number plans -------------------------------------------------------------------
# alpha2 -> (calling code, [(NSN prefix, national template, international template)]).
# Templates hold one X per NSN digit (prefix included); national templates carry the trunk
# prefix as typed locally. Each prefix + random digits was valid in 100 % of 1,000 samples.
PHONES = {
    "NG": ("234", [
        (p, "0XXX XXX XXXX", "+234 XXX XXX XXXX")
        for p in ("803", "806", "703", "813", "816", "905", "706", "810", "903", "802",
                  "808", "701", "902", "915")
    ]),
    "US": ("1", [(p, "(XXX) XXX-XXXX", "+1 XXX-XXX-XXXX")
                 for p in ("2015550", "2125550", "4155550", "3125550", "6175550", "2025550")]),
    "CA": ("1", [(p, "(XXX) XXX-XXXX", "+1 XXX-XXX-XXXX") for p in ("4165550", "6045550")]),
    "GB": ("44", [("7400", "0XXXX XXXXXX", "+44 XXXX XXXXXX"),
                  ("207946", "0XX XXXX XXXX", "+44 XX XXXX XXXX"),
                  ("1134960", "0XXX XXX XXXX", "+44 XXX XXX XXXX")]),
    "DE": ("49", [("1512", "0XXXX XXXXXXX", "+49 XXXX XXXXXXX"),
                  ("1523", "0XXXX XXXXXXX", "+49 XXXX XXXXXXX"),
                  ("30", "0XX XXXXXXXX", "+49 XX XXXXXXXX"),
                  ("89", "0XX XXXXXXXX", "+49 XX XXXXXXXX")]),
    "FR": ("33", [("612", "0X XX XX XX XX", "+33 X XX XX XX XX"),
                  ("745", "0X XX XX XX XX", "+33 X XX XX XX XX"),
                  ("1", "0X XX XX XX XX", "+33 X XX XX XX XX")]),
    "KE": ("254", [("712", "0XXX XXXXXX", "+254 XXX XXXXXX"),
                   ("722", "0XXX XXXXXX", "+254 XXX XXXXXX")]),
    "ZA": ("27", [("71", "0XX XXX XXXX", "+27 XX XXX XXXX"),
                  ("82", "0XX XXX XXXX", "+27 XX XXX XXXX"),
                  ("21", "0XX XXX XXXX", "+27 XX XXX XXXX")]),
    "IN": ("91", [("98", "0XXXXX XXXXX", "+91 XXXXX XXXXX"),
                  ("70", "0XXXXX XXXXX", "+91 XXXXX XXXXX")]),
    "BR": ("55", [("1196", "(XX) XXXXX-XXXX", "+55 XX XXXXX-XXXX"),
                  ("2199", "(XX) XXXXX-XXXX", "+55 XX XXXXX-XXXX")]),
    "MX": ("52", [("55", "XX XXXX XXXX", "+52 XX XXXX XXXX"),
                  ("33", "XX XXXX XXXX", "+52 XX XXXX XXXX")]),
    "JP": ("81", [("9012", "0XX-XXXX-XXXX", "+81 XX-XXXX-XXXX"),
                  ("8012", "0XX-XXXX-XXXX", "+81 XX-XXXX-XXXX")]),
    "SG": ("65", [("81", "XXXX XXXX", "+65 XXXX XXXX"), ("91", "XXXX XXXX", "+65 XXXX XXXX")]),
    "AU": ("61", [("491570", "0XXX XXX XXX", "+61 XXX XXX XXX")]),
    "ES": ("34", [("612", "XXX XX XX XX", "+34 XXX XX XX XX"),
                  ("699", "XXX XX XX XX", "+34 XXX XX XX XX")]),
    "IT": ("39", [("312", "XXX XXX XXXX", "+39 XXX XXX XXXX"),
                  ("347", "XXX XXX XXXX", "+39 XXX XXX XXXX")]),
    "AE": ("971", [("50", "0XX XXX XXXX", "+971 XX XXX XXXX")]),
    "GH": ("233", [("24", "0XX XXX XXXX", "+233 XX XXX XXXX")]),
}

# US/CA: only the 555-0100..0199 fictional block (prefix 5550 + "1" + 2 digits).
FICTIONAL_555 = {"US", "CA"}


class Phone:
    """One generated number in the forms people type it."""

    def __init__(self, rng, region):
        cc, plans = PHONES[region]
        prefix, self.nat_t, self.int_t = rng.choice(plans)
        length = self.nat_t.count("X")
        if region in FICTIONAL_555:
            rest = "1" + "".join(rng.choice("0123456789") for _ in range(2))
        elif region == "GB" and prefix in ("207946", "1134960"):
            rest = "0" + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        else:
            rest = "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        self.region, self.cc, self.nsn = region, cc, prefix + rest

    @staticmethod
    def _fill(template, digits):
        it = iter(digits)
        return "".join(next(it) if c == "X" else c for c in template)

    def e164(self):
        return f"+{self.cc}{self.nsn}"

    def international(self):
        return self._fill(self.int_t, self.nsn)

    def national(self):
        return self._fill(self.nat_t, self.nsn)

    def national_compact(self):
        return "".join(c for c in self.national() if c.isdigit())


# --- people -------------------------------------------------------------------------------
# (given names, family names, ASCII slug function) per region; combined at random, so no
# generated person is a real one.
NG_FIRST = ["Chinedu", "Ngozi", "Oluwaseun", "Amaka", "Emeka", "Funmilayo", "Babajide",
            "Adaeze", "Ifeoma", "Tunde", "Yetunde", "Kelechi", "Chiamaka", "Obinna", "Aisha",
            "Ibrahim", "Zainab", "Halima", "Uche", "Nkechi", "Segun", "Folake", "Bukola",
            "Damilola", "Temitope", "Olamide", "Ebuka", "Chidinma", "Musa", "Hauwa"]
NG_LAST = ["Okafor", "Adeyemi", "Obi", "Eze", "Nwachukwu", "Balogun", "Okonkwo", "Adebayo",
           "Ogunleye", "Bello", "Abubakar", "Ibekwe", "Olawale", "Danjuma", "Afolabi",
           "Onyekachi", "Nnamdi", "Akinola", "Oyelaran", "Mohammed", "Usman", "Okoro"]
PEOPLE = {
    "NG": (NG_FIRST, NG_LAST),
    "US": (["Emily", "Jacob", "Madison", "Tyler", "Hannah", "Marcus", "Aaliyah", "Ethan"],
           ["Johnson", "Rivera", "Nguyen", "Brooks", "Patel", "Kowalczyk", "Washington"]),
    "CA": (["Chloé", "Liam", "Mathis", "Olivia", "Noah", "Léa"],
           ["Tremblay", "Gagnon", "MacDonald", "Roy", "Wong", "Bouchard"]),
    "GB": (["Oliver", "Amelia", "Harry", "Isla", "Siobhán", "Rhys", "Priya"],
           ["Smith-Jones", "O'Connor", "Taylor", "Evans", "Khan", "Ashworth"]),
    "DE": (["Jürgen", "Lena", "Lukas", "Sophie", "Maximilian", "Anja", "Björn"],
           ["Müller", "Weiß", "Schröder", "Becker", "Hoffmann", "Groß"]),
    "FR": (["Camille", "Théo", "Chloé", "Hugo", "Inès", "Léon", "Zoé"],
           ["Dubois", "Lefèvre", "Moreau", "Girard", "Faure", "Rousseau"]),
    "KE": (["Wanjiru", "Otieno", "Akinyi", "Kipchoge", "Njeri", "Mwangi"],
           ["Kamau", "Odhiambo", "Wambui", "Kiprotich", "Mutua", "Chebet"]),
    "ZA": (["Thandiwe", "Sipho", "Lerato", "Pieter", "Nomvula", "Johan"],
           ["Dlamini", "van der Merwe", "Nkosi", "Botha", "Mokoena", "Naidoo"]),
    "IN": (["Aarav", "Priya", "Vihaan", "Ananya", "Rohan", "Kavya", "Arjun"],
           ["Sharma", "Iyer", "Reddy", "Banerjee", "Singh", "Nair"]),
    "BR": (["João", "Ana Luíza", "Gabriel", "Beatriz", "Lucas", "Mariana"],
           ["Silva", "Conceição", "Araújo", "Pereira", "Gonçalves", "Souza"]),
    "MX": (["José Luis", "Ximena", "Santiago", "Valentina", "Diego", "Renata"],
           ["Hernández", "García", "Martínez", "López", "Núñez", "Ramírez"]),
    "JP": (["花子", "太郎", "さくら", "Haruto", "Yui", "Sota"],
           ["佐藤", "鈴木", "Takahashi", "Tanaka", "渡辺", "Ito"]),
    "SG": (["Wei Ling", "Jun Jie", "Siti", "Arjun", "Mei Xin", "Hafiz"],
           ["Tan", "Lim", "Abdullah", "Ng", "Pillai", "Goh"]),
    "AU": (["Charlotte", "Jack", "Mia", "Cooper", "Matilda", "Lachlan"],
           ["Williams", "Nguyen", "Kelly", "O'Neill", "Harris", "Murphy"]),
    "ES": (["Lucía", "Hugo", "Martina", "Álvaro", "Sofía", "Íñigo"],
           ["García Pérez", "Fernández", "Muñoz", "Jiménez", "Ibáñez", "Ruiz"]),
    "IT": (["Giulia", "Lorenzo", "Chiara", "Niccolò", "Francesca", "Matteo"],
           ["Rossi", "Bianchi", "De Luca", "Esposito", "Ricci", "Mancini"]),
    "AE": (["Fatima", "Omar", "Mariam", "Khalid", "Noura", "Saeed"],
           ["Al Mansouri", "Al Hashimi", "Al Nuaimi", "Haddad", "Al Suwaidi"]),
    "GH": (["Kwame", "Ama", "Kofi", "Abena", "Yaw", "Efua"],
           ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Ofori"]),
}

FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e",
                      "ê": "e", "ë": "e", "á": "a", "à": "a", "â": "a", "ã": "a", "í": "i",
                      "ï": "i", "ó": "o", "ô": "o", "õ": "o", "ú": "u", "ç": "c", "ñ": "n",
                      "ò": "o", "ì": "i", "'": "", "Á": "a", "É": "e", "Í": "i"})


def slug(text, rng):
    """An ASCII mailbox name from a person's name (falls back for non-Latin names)."""
    s = text.lower().translate(FOLD)
    s = "".join(c if c.isascii() and (c.isalnum() or c in " -") else "" for c in s)
    s = ".".join(part for part in s.replace("-", " ").split())
    return s or f"customer{rng.randrange(100, 9999)}"


MAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com",
                "inbox.example.org", "shop.example.net"]
IDN_DOMAINS = ["münchen.example.com", "köln.example.org", "例え.example.jp"]


def email_for(rng, first, last, n=None):
    local = slug(f"{first} {last}", rng)
    if rng.random() < 0.3:
        local = f"{local}{rng.randrange(1, 99)}"
    if rng.random() < 0.05:
        domain = rng.choice(IDN_DOMAINS)
    else:
        domain = rng.choice(MAIL_DOMAINS)
    if rng.random() < 0.1:  # people type capitals and stray spaces; the library fixes both
        return f" {local.capitalize()}@{domain.upper() if domain.isascii() else domain} "
    return f"{local}@{domain}"


# --- addresses for Rapyd (country alpha-2 -> (cities with state and zip maker, streets)) ---
def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


ADDRESSES = {
    "NG": ([("Lagos", "Lagos", lambda r: "1012" + _digits(r, 2)),
            ("Abuja", "Federal Capital Territory", lambda r: "9001" + _digits(r, 2))],
           ["Admiralty Way", "Awolowo Road", "Adeola Odeku Street", "Aminu Kano Crescent"]),
    "US": ([("Springfield", "IL", lambda r: "627" + _digits(r, 2)),
            ("Austin", "TX", lambda r: "787" + _digits(r, 2))],
           ["Maple Street", "Oak Avenue", "Elm Drive", "Sunset Boulevard"]),
    "CA": ([("Toronto", "ON", lambda r: "M5V 2T6"), ("Vancouver", "BC", lambda r: "V6B 1A1")],
           ["King Street West", "Granville Street", "Rue Sainte-Catherine"]),
    "GB": ([("London", None, lambda r: "SW1A 1AA"), ("Leeds", None, lambda r: "LS1 4AP")],
           ["Baker Street", "High Street", "Station Road", "Church Lane"]),
    "DE": ([("Berlin", None, lambda r: "101" + _digits(r, 2)),
            ("München", "Bayern", lambda r: "803" + _digits(r, 2))],
           ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Gartenweg"]),
    "FR": ([("Paris", None, lambda r: "750" + _digits(r, 2)),
            ("Lyon", None, lambda r: "6900" + _digits(r, 1))],
           ["rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire"]),
    "KE": ([("Nairobi", None, lambda r: "00100"), ("Mombasa", None, lambda r: "80100")],
           ["Moi Avenue", "Kenyatta Avenue", "Ngong Road"]),
    "ZA": ([("Cape Town", "Western Cape", lambda r: "80" + _digits(r, 2)),
            ("Johannesburg", "Gauteng", lambda r: "20" + _digits(r, 2))],
           ["Long Street", "Main Road", "Jan Smuts Avenue"]),
    "IN": ([("Bengaluru", "Karnataka", lambda r: "5600" + _digits(r, 2)),
            ("Mumbai", "Maharashtra", lambda r: "4000" + _digits(r, 2))],
           ["MG Road", "Linking Road", "Brigade Road"]),
    "BR": ([("São Paulo", "SP", lambda r: "01310-" + _digits(r, 3)),
            ("Rio de Janeiro", "RJ", lambda r: "22041-" + _digits(r, 3))],
           ["Avenida Paulista", "Rua Augusta", "Avenida Atlântica"]),
    "MX": ([("Ciudad de México", "CDMX", lambda r: "06" + _digits(r, 3)),
            ("Guadalajara", "Jalisco", lambda r: "44" + _digits(r, 3))],
           ["Avenida Reforma", "Calle Madero", "Avenida Chapultepec"]),
    "JP": ([("Tokyo", "Tokyo", lambda r: "150-00" + _digits(r, 2)),
            ("Osaka", "Osaka", lambda r: "530-00" + _digits(r, 2))],
           ["Shibuya 1-2-3", "Umeda 2-4-9", "Ginza 4-6-16"]),
    "SG": ([("Singapore", None, lambda r: "0" + _digits(r, 5))],
           ["Orchard Road", "Tanjong Pagar Road", "Serangoon Road"]),
    "AU": ([("Sydney", "NSW", lambda r: "2000"), ("Melbourne", "VIC", lambda r: "3000")],
           ["George Street", "Collins Street", "Queen Street"]),
    "ES": ([("Madrid", "Madrid", lambda r: "280" + _digits(r, 2)),
            ("Barcelona", "Barcelona", lambda r: "080" + _digits(r, 2))],
           ["Calle Mayor", "Gran Vía", "Passeig de Gràcia"]),
    "IT": ([("Roma", "RM", lambda r: "001" + _digits(r, 2)),
            ("Milano", "MI", lambda r: "201" + _digits(r, 2))],
           ["Via Roma", "Corso Buenos Aires", "Via del Corso"]),
    "AE": ([("Dubai", "Dubai", lambda r: ""), ("Abu Dhabi", "Abu Dhabi", lambda r: "")],
           ["Sheikh Zayed Road", "Al Wasl Road", "Corniche Road"]),
    "GH": ([("Accra", "Greater Accra", lambda r: "GA-" + _digits(r, 3) + "-" + _digits(r, 4))],
           ["Oxford Street", "Liberation Road", "Ring Road"]),
}

# How a country is written: mostly the code, sometimes a name, alias, lower case or alpha-3.
COUNTRY_FORMS = {"NG": ["Nigeria", "NGA"], "US": ["USA", "United States"], "GB": ["UK", "gb"],
                 "DE": ["Germany", "DEU"], "FR": ["France"], "KE": ["Kenya"],
                 "ZA": ["South Africa"], "IN": ["India"], "BR": ["Brazil"], "MX": ["Mexico"],
                 "JP": ["Japan"], "SG": ["Singapore"], "AU": ["Australia"], "ES": ["Spain"],
                 "IT": ["Italy"], "AE": ["United Arab Emirates"], "CA": ["Canada"],
                 "GH": ["Ghana"]}

OCCUPATIONS = ["Software engineer", "Nurse", "Teacher", "Accountant", "Small business owner",
               "Civil engineer", "Pharmacist", "Student", "Graphic designer", "Farmer"]


# --- writing ------------------------------------------------------------------------------
class Out:
    """Lines of one JSONL file, with the intended outcome of each."""

    def __init__(self):
        self.lines = []
        self.invalid = {}  # line number (1-based) -> expected issue code

    def ok(self, record):
        self.lines.append(json.dumps(record, ensure_ascii=False))

    def bad(self, record_or_text, code):
        text = record_or_text if isinstance(record_or_text, str) else json.dumps(
            record_or_text, ensure_ascii=False)
        self.lines.append(text)
        self.invalid[len(self.lines)] = code

    def text(self):
        return "\n".join(self.lines) + "\n"


def flaw_cycle(rng, flaws):
    """The flaws in a shuffled round-robin, so each one appears about equally often."""
    order = []
    while True:
        if not order:
            order = list(flaws)
            rng.shuffle(order)
        yield order.pop()


def calypso(rng, n):
    out = Out()
    accounts = ["0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40)) for _ in range(3)]
    accounts.append("0x" + "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(40)))
    ts = 1767225600000  # 2026-01-01T00:00:00Z; a fixed clock keeps the file reproducible
    descriptions = ["VIP customer", "Referred by partner programme", "Prefers USDT on Tron",
                    "Merchant: online store\nSupport tier: gold", "Wholesale buyer",
                    "Requested monthly statements", "Café owner, Zürich"]
    flaws = flaw_cycle(rng, ["account", "seconds", "ts_string", "no_reference", "email",
                             "external_id", "unknown", "no_payload", "json", "type"])
    for i in range(n):
        ts += rng.randrange(50, 5000)
        region = rng.choice(list(PEOPLE))
        first, last = rng.choice(PEOPLE[region][0]), rng.choice(PEOPLE[region][1])
        payload = {}
        if rng.random() < 0.9:
            payload["email"] = email_for(rng, first, last)
        if rng.random() < 0.4:
            payload["description"] = rng.choice(descriptions)
        if "email" not in payload or rng.random() < 0.6:
            payload["externalId"] = f"usr_{i + 1:06d}"
        rec = {"account": rng.choice(accounts), "timestamp": ts, "payload": payload}
        if rng.random() >= INVALID_SHARE:
            out.ok(rec)
            continue
        flaw = next(flaws)
        if flaw == "account":
            rec["account"] = rec["account"][:-1]
            out.bad(rec, "id_invalid")
        elif flaw == "seconds":
            rec["timestamp"] = ts // 1000
            out.bad(rec, "timestamp_invalid")
        elif flaw == "ts_string":
            rec["timestamp"] = str(ts)
            out.bad(rec, "invalid_type")
        elif flaw == "no_reference":
            rec["payload"] = {"description": rng.choice(descriptions)}
            out.bad(rec, "one_of_required")
        elif flaw == "email":
            payload["email"] = slug(f"{first} {last}", rng) + ".example.com"
            out.bad(rec, "email_missing_at")
        elif flaw == "external_id":
            payload["externalId"] = f"client-n°{i}"
            out.bad(rec, "id_invalid")
        elif flaw == "unknown":
            payload["phone"] = Phone(rng, "NG").e164()
            out.bad(rec, "unknown_field")
        elif flaw == "no_payload":
            del rec["payload"]
            out.bad(rec, "field_required")
        elif flaw == "json":
            out.bad(json.dumps(rec, ensure_ascii=False)[:-1], "json_invalid")
        else:
            payload["description"] = 42
            out.bad(rec, "invalid_type")
    return out


def bloc(rng, n):
    out = Out()
    flaws = flaw_cycle(rng, ["phone", "bvn10", "missing", "email", "type", "unknown", "json",
                             "foreign", "customer_type"])
    for i in range(n):
        first, last = rng.choice(NG_FIRST), rng.choice(NG_LAST)
        phone = Phone(rng, "NG")
        form = rng.randrange(7)
        typed = [phone.international(), phone.e164(), phone.e164()[1:], phone.national(),
                 phone.national_compact(), phone.national().replace(" ", "-"), phone.nsn][form]
        bvn = "2" + _digits(rng, 10)
        rec = {
            "email": email_for(rng, first, last),
            "phone_number": typed,
            "bvn": bvn if rng.random() < 0.85 else f"{bvn[:3]} {bvn[3:7]} {bvn[7:]}",
            "first_name": first if rng.random() < 0.9 else f"  {first} ",
            "last_name": last,
            "customer_type": rng.choice(["Personal", "Personal", "Personal", "personal",
                                         "Business"]),
        }
        if rng.random() >= INVALID_SHARE:
            out.ok(rec)
            continue
        flaw = next(flaws)
        if flaw == "phone":
            rec["phone_number"] = phone.national_compact()[:-1]  # one digit short
            out.bad(rec, "phone_invalid")
        elif flaw == "bvn10":
            rec["bvn"] = bvn[:10]
            out.bad(rec, "digits_length")
        elif flaw == "missing":
            del rec[rng.choice(["last_name", "email", "bvn"])]
            out.bad(rec, "field_required")
        elif flaw == "email":
            rec["email"] = rec["email"].strip().replace("@", "@@")
            out.bad(rec, "email_local_invalid")
        elif flaw == "type":
            rec["bvn"] = int(bvn)
            out.bad(rec, "invalid_type")
        elif flaw == "unknown":
            rec["middle_name"] = rng.choice(NG_FIRST)
            out.bad(rec, "unknown_field")
        elif flaw == "json":
            out.bad(json.dumps(rec, ensure_ascii=False).replace('", "', '" "', 1), "json_invalid")
        elif flaw == "foreign":
            rec["phone_number"] = Phone(rng, "GH").international()
            out.bad(rec, "phone_wrong_region")
        else:
            rec["customer_type"] = "retail"
            out.bad(rec, "value_not_allowed")
    return out


def rapyd(rng, n):
    out = Out()
    regions = [r for r in ADDRESSES]
    flaws = flaw_cycle(rng, ["country", "phone", "missing_name", "email", "type", "unknown",
                             "json", "two_addresses", "occupation", "dob", "line_1"])
    for i in range(n):
        region = rng.choice(regions)
        first, last = rng.choice(PEOPLE[region][0]), rng.choice(PEOPLE[region][1])
        name = f"{last} {first}" if region == "JP" and not first.isascii() else f"{first} {last}"
        phone = Phone(rng, region)
        cities, streets = ADDRESSES[region]
        city, state, zip_maker = rng.choice(cities)
        address = {"name": name, "line_1": f"{rng.randrange(1, 250)} {rng.choice(streets)}"}
        if rng.random() < 0.2:
            address["line_2"] = rng.choice(["Apt 4B", "Floor 3", "Suite 210", "c/o Reception"])
        address["city"] = city
        if state:
            address["state"] = state
        country_forms = [region] * 6 + COUNTRY_FORMS[region]
        address["country"] = rng.choice(country_forms)
        zip_code = zip_maker(rng)
        if zip_code:
            address["zip"] = zip_code
        addr_phone = Phone(rng, region)
        address["phone_number"] = rng.choice([addr_phone.national(), addr_phone.national(),
                                              addr_phone.international(), addr_phone.e164()])
        rec = {"name": name}
        if rng.random() < 0.85:
            rec["email"] = email_for(rng, first, last)
        if rng.random() < 0.8:
            rec["phone_number"] = rng.choice([phone.e164(), phone.international()])
        if rng.random() < 0.8:
            rec["addresses"] = [address]
        if rng.random() < 0.3:  # account funding transaction (AFT) fields
            y, m, d = rng.randrange(1950, 2005), rng.randrange(1, 13), rng.randrange(1, 29)
            rec["date_of_birth"] = f"{y:04d}-{m:02d}-{d:02d}"
            rec["nationality"] = region
            rec["birth_country"] = rng.choice([region, region, rng.choice(regions)])
            rec["occupation"] = rng.choice(OCCUPATIONS)
        if rng.random() < 0.25:
            rec["metadata"] = {"crm_id": f"CRM-{i + 1:05d}",
                               "segment": rng.choice(["retail", "smb", "enterprise"]),
                               "lifetime_value_minor": 123456789012345678901234567890
                               if rng.random() < 0.3 else rng.randrange(0, 10**7)}
        if rng.random() < 0.1:
            rec["description"] = rng.choice(["Imported from legacy CRM",
                                             "Onboarded at trade fair"])
        if rng.random() >= INVALID_SHARE:
            out.ok(rec)
            continue
        flaw = next(flaws)
        if flaw == "country":
            address["country"] = rng.choice(["Atlantis", "Wakanda", "ZZ"])
            rec["addresses"] = [address]
            out.bad(rec, "country_unknown")
        elif flaw == "phone":
            rec["phone_number"] = f"+{phone.cc} {phone.nsn[:1]}"  # cut after one digit
            out.bad(rec, "phone_too_short")
        elif flaw == "missing_name":
            del rec["name"]
            out.bad(rec, "field_required")
        elif flaw == "email":
            rec["email"] = f"{slug(first, rng)}@{rng.choice(['example', 'localhost'])}"
            out.bad(rec, "email_domain_invalid")
        elif flaw == "type":
            rec["phone_number"] = int(phone.e164()[1:])
            out.bad(rec, "invalid_type")
        elif flaw == "unknown":
            rec["nickname"] = first
            out.bad(rec, "unknown_field")
        elif flaw == "json":
            out.bad(json.dumps(rec, ensure_ascii=False) + "}", "json_invalid")
        elif flaw == "two_addresses":
            second = dict(address, line_1=f"{rng.randrange(1, 250)} {rng.choice(streets)}")
            second.pop("phone_number")
            rec["addresses"] = [address, second]
            out.bad(rec, "too_many_items")
        elif flaw == "occupation":
            rec["occupation"] = "Senior vice president of global partnerships"
            out.bad(rec, "too_long")
        elif flaw == "dob":
            rec["date_of_birth"] = rng.choice(["1990-02-30", "12/31/1990", "1990/12/31"])
            out.bad(rec, "date_invalid")
        else:
            del address["line_1"]
            rec["addresses"] = [address]
            out.bad(rec, "field_required")
    return out


def authvia(rng, n):
    """Authvia's SFTP bulk layout: repeated `address` columns (the first is the default)."""
    header = ["ref", "address", "address", "metadata.name", "appdata.note"]
    rows, invalid = [], {}
    notes = ["", "", "", "VIP", "Prefers SMS", "Pays by ACH, net 30", "Call after 5pm",
             "Moved from legacy billing"]
    flaws = flaw_cycle(rng, ["duplicate", "phone", "columns", "missing_ref", "bad_ref",
                             "email", "national"])
    regions = ["US", "US", "US", "CA", "GB", "NG", "MX", "IN"]
    for i in range(n):
        region = rng.choice(regions)
        first, last = rng.choice(PEOPLE[region][0]), rng.choice(PEOPLE[region][1])
        phone = Phone(rng, region)
        phone_typed = rng.choice([phone.e164(), phone.international()])
        email = email_for(rng, first, last).strip()
        kind = rng.randrange(4)
        first_addr, second_addr = [(phone_typed, email), (email, phone_typed),
                                   (phone_typed, ""), (email, "")][kind]
        row = [f"cust-{i + 1:05d}", first_addr, second_addr, f"{first} {last}",
               rng.choice(notes)]
        line = len(rows) + 2  # the header is line 1
        if rng.random() >= INVALID_SHARE:
            rows.append(row)
            continue
        flaw = next(flaws)
        if flaw == "duplicate":
            row[1], row[2] = phone.e164(), phone.international()
            invalid[line] = "duplicate_value"
        elif flaw == "phone":
            row[1] = phone.e164() + "99999"  # five digits too many
            invalid[line] = "phone_too_long"
        elif flaw == "columns":
            row = row[:3]
            invalid[line] = "column_count"
        elif flaw == "missing_ref":
            row[0] = ""
            invalid[line] = "field_required"
        elif flaw == "bad_ref":
            row[0] = f"cust {i + 1}"
            invalid[line] = "id_invalid"
        elif flaw == "email":
            row[1] = email.replace("@", " at ")
            invalid[line] = "phone_invalid"  # no @: read as a phone number, and not one
        else:
            row[1] = phone.national()
            invalid[line] = "phone_region_required"
        rows.append(row)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue(), len(rows), invalid


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "examples")
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(SEED)
    expected = {}
    for name, provider, operation, make, count in [
        ("calypso-create.jsonl", "calypso", "create", calypso, 240),
        ("bloc-create.jsonl", "bloc", "create", bloc, 300),
        ("rapyd-create.jsonl", "rapyd", "create", rapyd, 280),
    ]:
        out = make(rng, count)
        with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(out.text())
        expected[name] = {"provider": provider, "operation": operation,
                          "records": len(out.lines), "valid": len(out.lines) - len(out.invalid),
                          "invalid": {str(k): v for k, v in sorted(out.invalid.items())}}
    text, records, invalid = authvia(rng, 220)
    with open(os.path.join(out_dir, "authvia-bulk.csv"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(text)
    expected["authvia-bulk.csv"] = {"provider": "authvia", "operation": "bulk_row",
                                    "records": records, "valid": records - len(invalid),
                                    "invalid": {str(k): v for k, v in sorted(invalid.items())}}
    with open(os.path.join(out_dir, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for name, e in expected.items():
        print(f"{name}: {e['records']} records, {e['valid']} valid, {len(e['invalid'])} invalid")


if __name__ == "__main__":
    main()
