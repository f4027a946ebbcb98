#!/usr/bin/env python3
"""Exploratory comparison corpus: random email-like strings judged by Python `email-validator`.

Not committed test data (tests/vectors/email.jsonl is that): a larger, noisier corpus to hunt
for disagreements, compared with `cargo run --release --example email_compare -- FILE`.

    python3 -m venv /tmp/ev && /tmp/ev/bin/pip install email-validator==2.4.0 idna==3.20
    /tmp/ev/bin/python scripts/gen_email_fuzz.py MODE SEED COUNT OUT.jsonl

MODE: `edits` (1-4 random edits of plausible addresses, from a pool of awkward characters),
`codepoints` (random code points in the local part, a label or the TLD), `labels` (domain
labels built from IDNA-relevant pieces: bidi, CONTEXTO, jamo, punycode). Inputs with
surrounding whitespace are dropped (we trim, the reference does not: a known difference),
and with --assigned-only so are inputs holding code points unassigned in this Python's
Unicode version (the reference rejects them; our newer Unicode data may not).
"""

import json
import random
import sys
import unicodedata

from email_validator import EmailNotValidError, validate_email

mode, seed, count, out_path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
assigned_only = "--assigned-only" in sys.argv
rng = random.Random(seed)

POOL = list("abcxyzABCXYZ0129.-_+@\"\\ ()<>[],;:!#$%&'*/=?^`{|}~") + [chr(c) for c in [
    0xE9, 0x301, 0xDF, 0x130, 0xA0, 0x200B, 0x3002, 0xFF0E, 0xFF20, 0x4E2D, 0x431, 0x5D0, 0x627,
    0x1F600, 0x2764, 0, 0x7F, 9, 0xB7, 0x375, 0x5F3, 0x30FB, 0x660, 0x6F0, 0x640, 0x1100, 0x3164,
    0xAD, 0x2488, 0x2460, 0x210C, 0xFB01, 0x3C2, 0x3A3, 0x1E9E, 0x200C, 0x200D, 0x2024, 0xFE52,
    0x5BE, 0x5C1, 0x669, 0x6F9, 0x3099, 0x309A, 0x30A1, 0x3041, 0x1F1E6, 0xFE0F, 0x20E3, 0x2028,
    0xE000, 0x378, 0x10FFFF, 0x1D400, 0x2160, 0x2070, 0xBD, 0x1D7CE, 0xFF21, 0xFF41, 0x2F00,
    0x3400, 0xAC00, 0x11A8, 0x1161, 0x915, 0x94D, 0xE01, 0xE31, 0x16A0, 0x1780, 0x17B4, 0x2D30,
    0xA500, 0x10400, 0x1F0A1, 0x1F3FB]]
LOCALS = ["john", "j.doe", "a", "x_y", "ann+tag", "o'neil", "josé", "用户", "mü.ller", "A.B.C"]
DOMAINS = ["example.com", "gmail.com", "münchen.de", "xn--mnchen-3ya.de", "例え.jp", "a.b.co.uk",
           "x.io", "пример.рф", "mail.example.org", "ß.com", "xn--zca.com", "exa-mple.net"]
PIECES = ["a", "1", "-", "אב", "ا", "ب", "١", "۱", "0", "ü", "ß", "ς", "·", "l", "ー", "ア",
          "\u05bf", "\u0300", "\u200c", "\u200d", "\u094d", "क", "ـ", "xn--", "XN--", "٠", "۰",
          "ι", "\u0345", "Ⅷ", "ⓐ", "㈱", "ﷺ", "\u07fa", "〮", "〱", "ᄀ", "ᅡ", "가", "\u3164", "\u115f"]
LDH = "abcdefghijklmnopqrstuvwxyz0123456789-"


def edits():
    s = list(rng.choice(LOCALS) + "@" + rng.choice(DOMAINS))
    for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
        op, pos = rng.randrange(3), rng.randrange(len(s) + 1)
        if op == 0:
            s.insert(pos, rng.choice(POOL))
        elif op == 1 and len(s) > 1:
            del s[min(pos, len(s) - 1)]
        else:
            s[min(pos, len(s) - 1)] = rng.choice(POOL)
    return "".join(s)


def random_char():
    r = rng.random()
    c = rng.randrange(0xA0, 0x3000) if r < 0.6 else (
        rng.randrange(0x3000, 0x10000) if r < 0.8 else rng.randrange(0x10000, 0x30000))
    return "A" if 0xD800 <= c <= 0xDFFF else chr(c)


def codepoints():
    chars = "".join(random_char() for _ in range(rng.choice([1, 1, 2, 3])))
    return rng.choice([f"a@{chars}.com", f"a@x{chars}.com", f"{chars}@example.com", f"a@ex.{chars}"])


def labels():
    def label():
        if rng.random() < 0.3:
            return "xn--" + "".join(rng.choice(LDH) for _ in range(rng.randrange(1, 10)))
        return "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 5)))
    tail = rng.choice([".com", ".xn--4dbc", "", ".org", ".אב", ".١"])
    return "u@" + ".".join(label() for _ in range(rng.randrange(1, 4))) + tail


make = {"edits": edits, "codepoints": codepoints, "labels": labels}[mode]
seen = set()
with open(out_path, "w", encoding="utf-8") as out:
    while len(seen) < count:
        x = make()
        if x in seen or x != x.strip():
            continue
        seen.add(x)
        if assigned_only and any(unicodedata.category(c) == "Cn" for c in x):
            continue
        try:
            v = validate_email(x, check_deliverability=False)
            row = {"input": x, "valid": True, "normalized": v.normalized, "ascii_email": v.ascii_email}
        except EmailNotValidError as e:
            row = {"input": x, "valid": False, "normalized": None, "ascii_email": None,
                   "error": str(e)[:80]}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
