# English: the text a form shows for each issue code (customer-validate).
# Format: Project Fluent (https://projectfluent.org/fluent/guide/), the subset in
# docs/decisions.md "Message catalogs". One message per issue code; `{ $name }` is the
# issue's `params.name`; `{ $n -> [one] … *[other] … }` picks a CLDR plural form or a
# `reason`. Messages never contain the value typed.

-list-separator = {", "}

field_required = This field is required.
invalid_type = This value has the wrong type (expected { $expected }).
unknown_field = This field is not accepted by the provider.
field_not_allowed = { $reason ->
    [immutable] This field cannot be changed after the customer is created.
    [not_documented] This field cannot be sent with this operation.
    [path_key] This field identifies the customer and is not sent with the other fields.
    [own_operations] This field is changed separately, not with the other fields.
    [use_token] Payment details cannot be sent here; use a payment token instead.
   *[other] This field cannot be sent here.
}
value_empty = Leave the field out instead of sending it empty.
value_not_allowed = Choose one of: { $allowed }.
pattern_mismatch = This value does not have the required form.
one_of_required = Fill in at least one of: { $fields }.
duplicate_value = This is the same as entry { $first_position }.
too_many_items = { $max ->
    [one] At most { $max } item is allowed.
   *[other] At most { $max } items are allowed.
}
number_out_of_range = Must be a number from { $min } to { $max }.
too_few_items = { $min ->
    [one] Add at least { $min } item.
   *[other] Add at least { $min } items.
}
too_deep = This value is nested too deeply.
payload_too_large = This form holds too much data.
csv_invalid = This CSV row cannot be read.
header_invalid = The CSV header is not the expected one.
column_count = This CSV row has the wrong number of columns.
operation_unsupported = This provider does not have that operation.
data_not_loaded = Loading the rules of { $file }…
value_conflict = Another field already gives this provider a different value here.
too_long = { $unit ->
    [bytes] { $max ->
        [one] Too long: at most { $max } byte.
       *[other] Too long: at most { $max } bytes.
    }
   *[other] { $max ->
        [one] Too long: at most { $max } character.
       *[other] Too long: at most { $max } characters.
    }
}
name_has_digits = A name cannot contain digits.
too_short = { $min ->
    [one] Too short: at least { $min } character.
   *[other] Too short: at least { $min } characters.
}
encoding_invalid = This text contains invalid characters.
json_invalid = This is not valid JSON.
text_control_character = Remove the invisible control character.
text_bidi_control = Remove the invisible text-direction character.
text_unpaired_surrogate = Remove the broken character (half of an emoji or symbol).
phone_invalid = { $reason ->
    [not_a_number] This is not a phone number.
    [invalid_phone_context] The extension or context of this phone number is not valid.
   *[other] This is not a valid phone number.
}
phone_region_required = Start with + and the country code, or pick the phone country.
phone_country_code_invalid = The country code after + does not exist.
phone_too_short = This phone number is too short.
phone_too_long = This phone number is too long.
phone_extension_dropped = The extension { $extension } cannot be sent with this number and is left out.
region_unknown = Unknown phone country.
phone_wrong_region = Enter a phone number from { $expected }.
email_invalid = This is not a valid email address.
email_missing_at = An email address needs an @.
email_local_invalid = { $reason ->
    [empty] Enter the part before the @.
    [whitespace] Remove the space before the @.
    [dot] The part before the @ cannot start or end with a dot or have two dots in a row.
    [quote] The quotes before the @ are not valid.
   *[other] The part before the @ contains a character that is not allowed.
}
email_local_too_long = The part before the @ is too long.
email_too_long = This email address is too long.
email_domain_invalid = { $reason ->
    [empty] Enter the domain after the @.
    [whitespace] Remove the space after the @.
    [underscore] A domain name cannot contain an underscore (_).
    [dot] The domain cannot start or end with a dot or have two dots in a row.
    [hyphen] A part of the domain cannot start or end with a hyphen.
    [no_dot] The domain needs a dot, as in example.com.
    [tld] The domain does not end with a valid ending such as .com.
    [too_long] The domain is too long.
    [label_too_long] A part of the domain between dots is too long.
    [idna] This is not a valid international domain name.
    [ip_literal] The IP address after the @ is not valid.
   *[other] The part after the @ is not a valid domain.
}
email_domain_special_use = This domain cannot receive email.
email_quoted_local = Quoted email addresses are not accepted.
email_ip_literal = Use a domain name, not an IP address.
email_non_ascii = This provider only accepts email addresses in Latin letters (ASCII).
email_domain_suspect = Did you mean { $suggestion }?
email_domain_mixed_script = This domain mixes letters of different alphabets: check it is the one you mean.
country_unknown = Unknown country.
postal_code_invalid = This is not a valid postal code for { $country }.
postal_code_subdivision_mismatch = This postal code is not in { $subdivision }.
subdivision_unknown = We do not recognise this state or region for { $country }: please check it.
address_incomplete = An address in { $country } usually has this: add it if you can.
id_invalid = This is not a valid identifier.
digits_invalid = Only the digits 0–9, please.
digits_length = { $length ->
    [one] Must be exactly { $length } digit (you typed { $received_length }).
   *[other] Must be exactly { $length } digits (you typed { $received_length }).
}
date_invalid = This is not a valid date.
timestamp_invalid = This is not a valid timestamp in milliseconds.
timestamp_skew = This timestamp is too far from the current time.
