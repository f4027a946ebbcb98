"""The shared vector files (tests/vectors/) run through the Python package: each answer must
equal the crate's own (its CLI's, for every case of phone, email and country) and meet the
same expectations as the Rust suites (tests/*_vectors.rs, tests/providers.rs,
tests/customer.rs)."""

import json

import customer_validate as cv
from conftest import cases


def same(a, b):
    """Equal as JSON text: values, and key order too."""
    return json.dumps(a) == json.dumps(b)


def test_phone_vectors_are_the_crates_answers(cli):
    meta, vectors = cases("phone")
    assert len(vectors) == meta["meta"]["count"]
    ours = [cv.check_phone(v["input"], region=v["region"]) for v in vectors]
    records = [{"input": v["input"], **({"region": v["region"]} if v["region"] else {})} for v in vectors]
    crate = cli(["check", "phone"], records)
    diffs = [(v["input"], v["region"]) for v, a, b in zip(vectors, ours, crate) if not same(a, b)]
    assert diffs == []
    # tests/phone_vectors.rs's bar: the validity and E.164 of >= 99.5% agree with phonenumbers.
    agree = sum(a["valid"] == v["valid"] and (not v["valid"] or a["e164"] == v["e164"]) for v, a in zip(vectors, ours))
    assert agree / len(vectors) >= 0.995, f"{agree}/{len(vectors)}"


def test_email_vectors_are_the_crates_answers(cli):
    meta, vectors = cases("email")
    assert len(vectors) == meta["meta"]["count"]
    ours = [cv.check_email(v["input"]) for v in vectors]
    crate = cli(["check", "email"], [v["input"] for v in vectors])
    assert [v["input"] for v, a, b in zip(vectors, ours, crate) if not same(a, b)] == []
    # tests/email_vectors.rs: exactly its 18 known differences from email-validator.
    disagree = 0
    for v, a in zip(vectors, ours):
        if v["valid"] and a["valid"]:
            disagree += a["address"] != v["normalized"] or (v["ascii_email"] is not None and a["ascii"] != v["ascii_email"])
        else:
            disagree += v["valid"] != a["valid"]
    assert disagree <= 18


def test_country_vectors_are_the_crates_answers(cli):
    meta, vectors = cases("country")
    assert len(vectors) == meta["meta"]["count"]
    ours = [cv.lookup_country(v["input"]) for v in vectors]
    crate = cli(["check", "country"], [v["input"] for v in vectors])
    assert [v["input"] for v, a, b in zip(vectors, ours, crate) if not same(a, b)] == []
    wrong = []
    for v, a in zip(vectors, ours):
        got = a["alpha2"] if a["valid"] else None
        if got != v["expected"] or (not a["valid"] and a["issues"][0]["code"] != "country_unknown"):
            wrong.append((v["kind"], v["input"], got))
    assert wrong == []


def test_address_vectors_are_the_crates_answers(cli):
    _, vectors = cases("address")
    ours = [cv.check_address(v["input"]) for v in vectors]
    crate = cli(["check", "address"], [v["input"] for v in vectors])
    assert [v["input"] for v, a, b in zip(vectors, ours, crate) if not same(a, b)] == []


def pairs(issues):
    return [[i["pointer"], i["code"]] for i in issues]


def test_provider_rule_vectors():
    _, vectors = cases("providers")
    assert len(vectors) >= 90
    failures = []
    for c in vectors:
        label = f'{c["provider"]} {c["operation"]} «{c["name"]}»'
        got = cv.validate(c["provider"], c["operation"], c["input"], c.get("options"))
        expect = c["expect"]
        if "ok" in expect:
            if not got["ok"]:
                failures.append(f"{label}: expected ok, got {pairs(got['issues'])}")
            elif not same(got["value"], expect["ok"]):
                failures.append(f"{label}: got {got['value']}, want {expect['ok']}")
            elif pairs(got["warnings"]) != expect.get("warnings", []):
                failures.append(f"{label}: warnings {pairs(got['warnings'])}")
        elif got["ok"]:
            failures.append(f"{label}: expected issues, got ok {got['value']}")
        else:
            errors = [i for i in got["issues"] if i["severity"] == "error"]
            if pairs(errors) != expect["issues"]:
                failures.append(f"{label}: issues {pairs(got['issues'])}, want {expect['issues']}")
        # The same answer from the JSON-text entry point.
        text = cv.validate_json(c["provider"], c["operation"], json.dumps(c["input"]), c.get("options"))
        if not same(text, got):
            failures.append(f"{label}: validate_json differs")
    assert failures == []


# tests/customer.rs's context().
CONTEXT = {"account": "0x" + "aB" * 20, "timestamp_ms": 1_700_000_000_000, "customer_id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301"}


def test_customer_vectors():
    _, vectors = cases("customer")
    assert len(vectors) >= 20
    for c in vectors:
        label = f'{c["provider"]} {c["operation"]} «{c["name"]}»'
        got = cv.to_payload(c["provider"], c["operation"], c["customer"], CONTEXT, c.get("options"))
        expect = c["expect"]
        if "ok" in expect:
            assert got["ok"], f"{label}: {got}"
            assert got["value"] == expect["ok"], label
            if "warnings" in expect:
                assert pairs(got["warnings"]) == expect["warnings"], label
            again = cv.validate(c["provider"], c["operation"], got["value"], c.get("options"))
            assert again["ok"] and same(again["value"], got["value"]), f"{label}: idempotent"
        else:
            assert not got["ok"], label
            assert pairs(got["issues"]) == expect["issues"], label
        if "back" in expect:
            back = cv.from_payload(c["provider"], got["value"], c.get("options"))
            assert back["ok"] and back["value"] == expect["back"], f"{label}: back {back}"
            re = cv.to_payload(c["provider"], c["operation"], back["value"], CONTEXT, c.get("options"))
            assert re["ok"] and same(re["value"], got["value"]), f"{label}: re-export"
