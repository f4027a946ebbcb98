// The English text shown for each issue, keyed by the issue's stable `code` (the package's
// `Code` type), so the page can be translated by swapping this table. `{name}` is replaced by
// `issue.params[name]`. A code missing here (a newer package) falls back to the package's own
// English `message`, which never contains the personal value.

export const MESSAGES = {
  field_required: 'This field is required.',
  data_not_loaded: 'Loading the rules of {file}…',
  invalid_type: 'This value has the wrong type (expected {expected}).',
  unknown_field: 'This field is not accepted by the provider.',
  field_not_allowed: 'This field cannot be sent here.',
  value_empty: 'Leave the field out instead of sending it empty.',
  value_not_allowed: 'Choose one of: {allowed}.',
  pattern_mismatch: 'This value does not have the required form.',
  one_of_required: 'Fill in at least one of: {fields}.',
  duplicate_value: 'This is the same as entry {first_position}.',
  too_many_items: 'At most {max} allowed.',
  too_few_items: 'Add at least {min}.',
  too_deep: 'This value is nested too deeply.',
  payload_too_large: 'This form holds too much data.',
  csv_invalid: 'This CSV row cannot be read.',
  header_invalid: 'The CSV header is not the expected one.',
  column_count: 'This CSV row has the wrong number of columns.',
  operation_unsupported: 'This provider does not have that operation.',
  too_long: 'Too long: at most {max} characters.',
  value_conflict: 'Another field already gives this provider a different value here.',
  name_has_digits: 'A name cannot contain digits.',
  too_short: 'Too short: at least {min} characters.',
  encoding_invalid: 'This text contains invalid characters.',
  json_invalid: 'This is not valid JSON.',
  text_control_character: 'Remove the invisible control character.',
  text_bidi_control: 'Remove the invisible text-direction character.',
  text_unpaired_surrogate: 'Part of a character is missing here (half of an emoji?): retype it.',
  phone_invalid: 'This is not a valid phone number.',
  phone_region_required: 'Start with + and the country code, or pick the phone country above.',
  phone_country_code_invalid: 'The country code after + does not exist.',
  phone_too_short: 'This phone number is too short.',
  phone_too_long: 'This phone number is too long.',
  region_unknown: 'Unknown phone country.',
  phone_wrong_region: 'Enter a phone number from {expected_name}.',
  phone_extension_dropped: 'The extension (ext. {extension}) will not be sent: this provider takes the number only.',
  email_invalid: 'This is not a valid email address.',
  email_missing_at: 'An email address needs an @.',
  email_local_invalid: 'The part before the @ is not valid.',
  email_local_too_long: 'The part before the @ is too long.',
  email_too_long: 'This email address is too long.',
  email_domain_invalid: 'The part after the @ is not a valid domain.',
  email_domain_special_use: 'This domain cannot receive email.',
  email_quoted_local: 'Quoted email addresses are not accepted.',
  email_ip_literal: 'Use a domain name, not an IP address.',
  email_non_ascii: 'This provider only accepts ASCII email addresses.',
  email_domain_suspect: 'Did you mean {suggestion}?',
  email_domain_mixed_script: 'This domain mixes letters of different alphabets: check it is the one you mean.',
  country_unknown: 'Unknown country.',
  postal_code_invalid: 'This is not a valid postal code for {country_name}.',
  postal_code_subdivision_mismatch: 'This postal code is not in {subdivision}.',
  subdivision_unknown: 'We do not recognise this state or region for {country_name}: please check it.',
  address_incomplete: 'An address in {country_name} usually has this: add it if you can.',
  id_invalid: 'This is not a valid identifier.',
  number_out_of_range: 'Must be a number from {min} to {max}.',
  digits_invalid: 'Only the digits 0–9, please.',
  digits_length: 'Must be exactly {length} digits (you typed {received_length}).',
  date_invalid: 'This is not a valid date.',
  timestamp_invalid: 'This is not a valid timestamp in milliseconds.',
  timestamp_skew: 'This timestamp is too far from the current time.',
};

/** Extra, derived params some messages need (a country's name from its code, a 1-based index). */
function enrich(params, countryName) {
  const p = { ...params };
  if (typeof p.country === 'string') p.country_name = countryName(p.country) ?? p.country;
  if (typeof p.expected === 'string') p.expected_name = countryName(p.expected) ?? p.expected;
  if (typeof p.first_index === 'number') p.first_position = p.first_index + 1;
  return p;
}

function show(v) {
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/**
 * The text for `issue`: the table's template with its params filled in, or the package's
 * message when the table has no entry or a template's param is missing.
 */
export function messageFor(issue, countryName = () => undefined) {
  const template = MESSAGES[issue.code];
  if (template === undefined) return issue.message;
  const params = enrich(issue.params ?? {}, countryName);
  let missing = false;
  const text = template.replace(/\{(\w+)\}/g, (_, name) => {
    if (params[name] === undefined || params[name] === null) {
      missing = true;
      return '';
    }
    return show(params[name]);
  });
  return missing ? issue.message : text;
}
