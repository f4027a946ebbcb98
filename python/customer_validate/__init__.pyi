# Type stubs of customer_validate (the answers' shapes are the npm package's, npm/types.d.ts).
from typing import Any, Dict, List, Literal, Optional, TypedDict, Union

JsonValue = Any
JsonObject = Dict[str, Any]

class UsageError(ValueError):
    """A caller's mistake no payload can fix: an unknown provider, operation or field name,
    or options or a context that do not parse. Bad data never raises it."""

class Issue(TypedDict):
    path: List[Union[str, int]]
    pointer: str
    code: str
    severity: Literal["error", "warning"]
    message: str
    params: Dict[str, JsonValue]

class Valid(TypedDict):
    ok: Literal[True]
    value: JsonObject
    warnings: List[Issue]

class Invalid(TypedDict):
    ok: Literal[False]
    issues: List[Issue]
    truncated: bool

ValidateResult = Union[Valid, Invalid]

class Verdict(TypedDict, total=False):
    valid: bool
    normalized: Optional[str]
    issues: List[Issue]

class AddressVerdict(TypedDict):
    valid: bool
    normalized: Optional[JsonObject]
    issues: List[Issue]

class Need(TypedDict):
    any_of: List[str]
    provider_fields: List[str]

class Requirements(TypedDict):
    provider: str
    operation: str
    required: List[Need]
    optional: List[str]
    context: List[str]

Options = Dict[str, Any]

def validate(provider: str, operation: str, payload: Any, options: Optional[Options] = None) -> ValidateResult: ...
def validate_json(provider: str, operation: str, text: str, options: Optional[Options] = None) -> ValidateResult: ...
def check_phone(input: Any, region: Optional[str] = None) -> Verdict: ...
def check_email(input: Any, options: Optional[Options] = None) -> Verdict: ...
def lookup_country(input: Any) -> Verdict: ...
def check_postal_code(country: str, code: Any) -> Verdict: ...
def check_address(address: Any, options: Optional[Options] = None) -> AddressVerdict: ...
def to_payload(
    provider: str,
    operation: str,
    customer: Any,
    context: Optional[Dict[str, Any]] = None,
    options: Optional[Options] = None,
) -> ValidateResult: ...
def from_payload(provider: str, payload: Any, options: Optional[Options] = None) -> ValidateResult: ...
def requirements(provider: str, operation: str, options: Optional[Options] = None) -> Requirements: ...
def checklist(customer: Any, operation: str = "create", options: Optional[Options] = None) -> ValidateResult: ...
def providers() -> List[Dict[str, Any]]: ...
def fields(provider: str, operation: str, options: Optional[Options] = None) -> List[Dict[str, Any]]: ...
def countries() -> List[Dict[str, Any]]: ...
def format_phone_as_you_type(text: str, region: Optional[str] = None) -> Dict[str, Any]: ...
def example_number(region: str, type: str = "mobile") -> Dict[str, Any]: ...
def warm_up() -> None: ...
