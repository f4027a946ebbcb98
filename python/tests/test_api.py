"""The Python surface itself: answers as dicts shaped like the npm package's, `UsageError`
only for a caller's mistake, and bad data always an answer with issues."""

import datetime
import json

import pytest

import customer_validate as cv


def codes(answer):
    return [i["code"] for i in answer["issues"]]


def test_validate_normalizes_and_keeps_big_numbers_and_key_order():
    out = cv.validate_json("authvia", "create", '{"ref": "a1", "addresses": ["+1 650 253 0000"], "metadata": {"z": 1, "a": 123456789012345678901234567890}}')
    assert out == {"ok": True, "value": {"ref": "a1", "addresses": [{"value": "+16502530000"}], "metadata": {"z": 1, "a": 123456789012345678901234567890}}, "warnings": []}
    assert list(out["value"]["metadata"]) == ["z", "a"]


def test_invalid_payload_lists_every_issue():
    out = cv.validate("rapyd", "create", {"email": "x", "phone_number": "12"})
    assert out["ok"] is False and out["truncated"] is False
    assert {i["pointer"] for i in out["issues"]} >= {"/name", "/email", "/phone_number"}
    issue = out["issues"][0]
    assert set(issue) == {"path", "pointer", "code", "severity", "message", "params"}


def test_options_are_a_dict():
    out = cv.validate("rapyd", "create", {"email": "x", "phone_number": "12"}, {"max_issues": 1})
    assert len(out["issues"]) == 1 and out["truncated"] is True


@pytest.mark.parametrize(
    "call",
    [
        lambda: cv.validate("rapid", "create", {}),
        lambda: cv.validate("rapyd", "delete", {}),
        lambda: cv.validate("rapyd", "create", {}, {"max_issues": "x"}),
        lambda: cv.validate("rapyd", "create", {}, {"no_such_option": 1}),
        lambda: cv.validate("rapyd", "create", {}, {"max_issues": datetime.date.today()}),
        lambda: cv.validate_json("rapyd", "create", b"{}"),
        lambda: cv.validate("rapid", "create", {"when": datetime.date.today()}),
        lambda: cv.check_email("a@example.com", {"email": {"domain_form": "punycode"}}),
        lambda: cv.check_postal_code(None, "K1A 0B1"),
        lambda: cv.to_payload("rapyd", "create", {}, {"account": 5}),
        lambda: cv.from_payload("rapid", {}),
        lambda: cv.requirements("rapyd", "nope"),
        lambda: cv.checklist({}, "nope"),
        lambda: cv.example_number("GB", "pager"),
        lambda: cv.validate(5, "create", {}),
        lambda: cv.validate_json("rapyd", None, "{}"),
        lambda: cv.requirements("rapyd", 2),
        lambda: cv.check_phone("1", region=5),
    ],
)
def test_a_callers_mistake_raises_usage_error(call):
    with pytest.raises(cv.UsageError):
        call()
    assert issubclass(cv.UsageError, ValueError)


@pytest.mark.parametrize(
    "payload, code",
    [
        ("not an object", "invalid_type"),
        ([1, 2], "invalid_type"),
        (None, "invalid_type"),
        ({"name": datetime.date(2024, 1, 1)}, "invalid_type"),
        ({"name": float("nan")}, "json_invalid"),
        ({"name": "Ada \ud800"}, "text_unpaired_surrogate"),
        ({"metadata": {"a": {"b": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}}, "too_deep"),
    ],
)
def test_bad_data_is_an_issue_never_an_exception(payload, code):
    out = cv.validate("rapyd", "create", payload)
    assert out["ok"] is False and code in codes(out)


def test_data_too_deep_for_python_to_write_is_an_issue():
    deep = []
    inner = deep
    for _ in range(100_000):
        inner.append([])
        inner = inner[0]
    assert codes(cv.validate("rapyd", "create", deep)) == ["too_deep"]
    assert codes(cv.check_address(deep)) == ["too_deep"]


def test_a_cycle_is_an_issue():
    cyclic = {"name": "Ada"}
    cyclic["self"] = cyclic
    out = cv.validate("rapyd", "create", cyclic)
    assert codes(out) == ["invalid_type"]
    assert "dict" in out["issues"][0]["params"]["received"]


def test_validate_json_bad_text_is_an_issue():
    assert codes(cv.validate_json("rapyd", "create", "{")) == ["json_invalid"]
    # A lone surrogate is a text issue on its string's path, as in the npm package.
    assert codes(cv.validate_json("rapyd", "create", '{"name": "\ud800"}')) == ["text_unpaired_surrogate"]


def test_field_checks():
    phone = cv.check_phone("0803 123 4567", region="NG")
    assert phone["valid"] and phone["normalized"] == "+2348031234567" and phone["type"] == "mobile"
    assert cv.check_phone(5)["issues"][0]["code"] == "invalid_type"
    assert cv.check_email("Ada@BÜCHER.de")["normalized"] == "Ada@xn--bcher-kva.de"
    assert cv.check_email("Ada@BÜCHER.de", {"email": {"domain_form": "unicode"}})["normalized"] == "Ada@bücher.de"
    assert cv.lookup_country("Côte d’Ivoire")["alpha2"] == "CI"
    assert cv.check_postal_code("CA", "k1a0b1")["normalized"] == "K1A 0B1"
    assert cv.check_address({"line_1": "1 Main St", "city": "Ottawa", "zip": "k1a0b1", "country": "CA"})["normalized"]["zip"] == "K1A 0B1"
    assert cv.check_address("x")["valid"] is False
    assert cv.format_phone_as_you_type("202456", region="US")["formatted"] == "202-456"
    assert cv.example_number("GB")["example"]["national"] == "07400 123456"


def test_customer_conversions():
    customer = {"given_name": "Ada", "family_name": "Obi", "email": "ada@example.com"}
    out = cv.to_payload("rapyd", "create", customer)
    assert out["ok"] and out["value"]["name"] == "Ada Obi"
    back = cv.from_payload("rapyd", out["value"])
    assert back["ok"] and back["value"]["full_name"] == "Ada Obi"
    assert cv.requirements("authvia", "create")["required"][0]["any_of"] == ["external_ref"]
    ready = {item["provider"]: item["ready"] for item in cv.checklist(customer)["value"]}
    assert set(ready) == {p["name"] for p in cv.providers()}


def test_tables():
    assert cv.countries()[0]["alpha2"] == "AD"
    assert cv.fields("rapyd", "create")[0]["name"] == "name"
    cv.warm_up()


def test_messages_never_echo_the_value():
    out = cv.validate("bloc", "create", {"email": "jane.doe@@example.com", "phone_number": "08031234", "bvn": "0123456789"})
    text = json.dumps(out["issues"])
    for personal in ("jane.doe", "08031234", "0123456789"):
        assert personal not in text


def test_typed_package():
    import importlib.resources

    files = importlib.resources.files("customer_validate")
    assert files.joinpath("py.typed").is_file() and files.joinpath("__init__.pyi").is_file()


def test_module_docstring_examples():
    import doctest

    result = doctest.testmod(cv)
    assert result.attempted >= 2 and result.failed == 0
