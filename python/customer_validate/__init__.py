"""Validate and normalize customer payloads for payment providers, in Python.

The answers are the npm package's, as dicts: ``validate`` gives
``{"ok": True, "value": {...}, "warnings": [...]}`` or
``{"ok": False, "issues": [...], "truncated": False}``; the one-field checks give a verdict
``{"valid", "normalized", "issues", ...}``. Every answer is JSON text written by the Rust
core (``customer_validate::json``) and read here with :func:`json.loads`, so its shape is
the core's. Bad data is never an exception: it is an answer with issues. Only a caller's
mistake (an unknown provider, operation or field name, options or a context that do not
parse) raises :class:`UsageError`.

>>> import customer_validate as cv
>>> cv.validate("rapyd", "create", {"name": " Ada ", "phone_number": "+1 (415) 555-9993"})
{'ok': True, 'value': {'name': 'Ada', 'phone_number': '+14155559993'}, 'warnings': []}
>>> cv.check_phone("0803 123 4567", region="NG")["normalized"]
'+2348031234567'
"""

from __future__ import annotations

import functools as _functools
import json as _json
from typing import Any, Optional

from . import _native
from ._native import UsageError

__all__ = [
    "UsageError",
    "validate",
    "validate_json",
    "check_phone",
    "check_email",
    "lookup_country",
    "check_postal_code",
    "check_address",
    "to_payload",
    "from_payload",
    "requirements",
    "checklist",
    "providers",
    "fields",
    "countries",
    "format_phone_as_you_type",
    "example_number",
    "warm_up",
]

_loads = _json.loads
# ensure_ascii (the default) writes a lone surrogate as a \\udXXX escape, which the core
# reads as an issue instead of failing to cross into Rust; NaN and infinities are written as
# Python writes them, which the core refuses as not JSON (an issue too).
_dumps = _json.JSONEncoder(separators=(",", ":")).encode


def _usage(function):
    """A name of the wrong type (PyO3's `TypeError` for a non-`str` argument) is the caller's
    mistake too: raised as `UsageError`, like an unknown name."""

    @_functools.wraps(function)
    def checked(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except TypeError as e:
            raise UsageError(str(e)) from None

    return checked


def _options(options: Optional[dict]) -> Optional[str]:
    """Options as JSON text; a value with no JSON form is the caller's mistake."""
    if options is None:
        return None
    try:
        return _dumps(options)
    except (TypeError, ValueError, RecursionError) as e:
        raise UsageError(f"invalid options: {e}") from None


def _received(value: Any, error: Exception) -> str:
    """What a value with no JSON form is, for the `invalid_type` issue's `received`."""
    kind = type(value).__name__
    if isinstance(value, (dict, list, tuple)):
        message = str(error)
        inner = message[len("Object of type "):].split(" ")[0] if message.startswith("Object of type ") else "a cycle"
        return f"{kind} that is not JSON ({inner} inside)"
    return kind


def _refusal(rejected, value: Any, error: Exception, options_json: Optional[str]) -> str:
    """The answer refusing a value with no JSON form (an issue, not an exception)."""
    if isinstance(error, RecursionError):
        return rejected(type(value).__name__, True, options_json)
    return rejected(_received(value, error), False, options_json)


def _text(value: Any, options_json: Optional[str], rejected) -> tuple[Optional[str], Optional[str]]:
    """The value as JSON text, or else the answer refusing it."""
    try:
        return _dumps(value), None
    except (TypeError, ValueError, RecursionError) as e:
        return None, _refusal(rejected, value, e, options_json)


def _native_call(function, *args):
    """A native call whose `TypeError` (a name that is not a `str`) is a `UsageError`."""
    try:
        return function(*args)
    except TypeError as e:
        raise UsageError(str(e)) from None


def _str_arg(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise UsageError(f"{name} must be a string")
    return value


def _utf8(text: str) -> str:
    """The text with lone surrogates written as JSON escapes, which the core refuses as an
    issue; only called when the text cannot cross into Rust as it is."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def validate(provider: str, operation: str, payload: Any, options: Optional[dict] = None) -> dict:
    """Validates and normalizes ``payload`` (a dict, as it would be sent as JSON) for
    ``provider``'s ``operation``: the exact JSON to send, or every issue."""
    # The hot path of bulk work, written out rather than through the helpers below.
    options_json = None if options is None else _options(options)
    try:
        text = _dumps(payload)
    except (TypeError, ValueError, RecursionError) as e:
        _native_call(_native.validate_json, provider, operation, "{}", options_json)
        return _loads(_refusal(_native.rejected_payload, payload, e, options_json))
    try:
        return _loads(_native.validate_json(provider, operation, text, options_json))
    except TypeError as e:
        raise UsageError(str(e)) from None


def validate_json(provider: str, operation: str, text: str, options: Optional[dict] = None) -> dict:
    """:func:`validate` of a payload given as JSON text (a request body, a JSON Lines record),
    read as written: big numbers and key order are kept exactly."""
    options_json = None if options is None else _options(options)
    try:
        return _loads(_native.validate_json(provider, operation, text, options_json))
    except UnicodeEncodeError:
        return _loads(_native.validate_json(provider, operation, _utf8(text), options_json))
    except TypeError as e:
        raise UsageError(str(e) if isinstance(text, str) else "text must be a string") from None


def _check(field: str, value: Any, region: Optional[str], options_json: Optional[str]) -> dict:
    if not isinstance(value, str):
        return _loads(_native.check(field, None, region, options_json))
    try:
        return _loads(_native.check(field, value, region, options_json))
    except UnicodeEncodeError:
        # A lone surrogate is no character of any phone, email or country name.
        return _loads(_native.check(field, value.encode("utf-8", "replace").decode("utf-8"), region, options_json))


@_usage
def check_phone(input: Any, region: Optional[str] = None) -> dict:
    """Checks one phone number; ``region`` is the default region for numbers typed without ``+``."""
    return _check("phone", input, None if region is None else _str_arg("region", region), None)


@_usage
def check_email(input: Any, options: Optional[dict] = None) -> dict:
    """Checks one email address (``options["email"]`` sets the domain form and policies)."""
    return _check("email", input, None, _options(options))


@_usage
def lookup_country(input: Any) -> dict:
    """Resolves a country code, name or alias to its ISO 3166-1 entry."""
    return _check("country", input, None, None)


@_usage
def check_postal_code(country: str, code: Any) -> dict:
    """Checks one postal code against ``country``'s format (code, name or alias of the country)."""
    return _check("postal", code, _str_arg("country", country), None)


@_usage
def check_address(address: Any, options: Optional[dict] = None) -> dict:
    """Checks one address object (Rapyd's member names) against its country's rules."""
    options_json = _options(options)
    text, refused = _text(address, options_json, _native.rejected_address)
    if refused is not None:
        return _loads(refused)
    return _loads(_native.check_address(text, options_json))


@_usage
def to_payload(provider: str, operation: str, customer: Any, context: Optional[dict] = None, options: Optional[dict] = None) -> dict:
    """``provider``'s ``operation`` payload for a canonical customer, or every issue on the
    canonical field to fill. ``context`` carries Calypso's envelope (``account``,
    ``timestamp_ms``, ``customer_id``)."""
    options_json = _options(options)
    context_json = None
    if context is not None:
        try:
            context_json = _dumps(context)
        except (TypeError, ValueError, RecursionError) as e:
            raise UsageError(f"invalid context: {e}") from None
    text, refused = _text(customer, options_json, _native.rejected_payload)
    if refused is not None:
        _native.to_payload(provider, operation, "{}", context_json, options_json)
        return _loads(refused)
    return _loads(_native.to_payload(provider, operation, text, context_json, options_json))


@_usage
def from_payload(provider: str, payload: Any, options: Optional[dict] = None) -> dict:
    """The canonical customer read from ``provider``'s create payload or response object."""
    options_json = _options(options)
    text, refused = _text(payload, options_json, _native.rejected_payload)
    if refused is not None:
        _native.from_payload(provider, "{}", options_json)
        return _loads(refused)
    return _loads(_native.from_payload(provider, text, options_json))


@_usage
def requirements(provider: str, operation: str, options: Optional[dict] = None) -> dict:
    """The canonical fields ``provider``'s ``operation`` needs (``required``) and can carry (``optional``)."""
    return _loads(_native.requirements(provider, operation, _options(options)))


@_usage
def checklist(customer: Any, operation: str = "create", options: Optional[dict] = None) -> dict:
    """Every provider's list of what ``customer`` still lacks for ``operation``."""
    options_json = _options(options)
    text, refused = _text(customer, options_json, _native.rejected_payload)
    if refused is not None:
        _native.checklist("{}", operation, options_json)
        return _loads(refused)
    return _loads(_native.checklist(text, operation, options_json))


@_usage
def providers() -> list:
    """Every provider with its label and operations, for a form's pickers."""
    return _loads(_native.providers())


@_usage
def fields(provider: str, operation: str, options: Optional[dict] = None) -> list:
    """The fields a form shows for ``provider``'s ``operation``, in order."""
    return _loads(_native.fields(provider, operation, _options(options)))


@_usage
def countries() -> list:
    """Every country of the table (ISO 3166-1 plus XK), sorted by alpha-2."""
    return _loads(_native.countries())


@_usage
def format_phone_as_you_type(text: str, region: Optional[str] = None) -> dict:
    """What a phone field shows after a keystroke: ``{"formatted", "region"?, "e164"?, "issues"}``."""
    return _loads(_native.format_as_you_type(_str_arg("text", text), region))


@_usage
def example_number(region: str, type: str = "mobile") -> dict:
    """The region's example number of ``type`` (``"mobile"`` or ``"fixed_line"``): ``{"example", "issues"}``."""
    return _loads(_native.example_number(_str_arg("region", region), type))


def warm_up() -> None:
    """Pays the phone engine's one-off start-up cost now rather than on the first call."""
    _native.warm_up()
