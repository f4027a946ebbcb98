# Dutch (nl): the text a form shows for each issue code. Format and rules: locales/en.ftl.

-list-separator = {", "}

field_required = Dit veld is verplicht.
invalid_type = Deze waarde heeft het verkeerde type (verwacht: { $expected }).
unknown_field = De aanbieder accepteert dit veld niet.
field_not_allowed = { $reason ->
    [immutable] Dit veld kan niet meer worden gewijzigd nadat de klant is aangemaakt.
    [not_documented] Dit veld kan bij deze bewerking niet worden verstuurd.
    [path_key] Dit veld identificeert de klant en wordt niet met de andere velden verstuurd.
    [own_operations] Dit veld wordt apart gewijzigd, niet samen met de andere velden.
    [use_token] Betaalgegevens kunnen hier niet worden verstuurd; gebruik een betaaltoken.
   *[other] Dit veld kan hier niet worden verstuurd.
}
value_empty = Laat het veld weg in plaats van het leeg te versturen.
value_not_allowed = Kies een van: { $allowed }.
pattern_mismatch = Deze waarde heeft niet de vereiste vorm.
one_of_required = Vul ten minste een van deze velden in: { $fields }.
duplicate_value = Deze waarde staat al bij item { $first_position }.
too_many_items = { $max ->
    [one] Maximaal { $max } item toegestaan.
   *[other] Maximaal { $max } items toegestaan.
}
number_out_of_range = Vul een getal in van { $min } tot en met { $max }.
too_few_items = { $min ->
    [one] Voeg ten minste { $min } item toe.
   *[other] Voeg ten minste { $min } items toe.
}
too_deep = Deze waarde is te diep genest.
payload_too_large = Dit formulier bevat te veel gegevens.
csv_invalid = Deze CSV-regel kan niet worden gelezen.
header_invalid = De kopregel van de CSV is niet zoals verwacht.
column_count = Deze CSV-regel heeft het verkeerde aantal kolommen.
operation_unsupported = Deze aanbieder heeft die bewerking niet.
data_not_loaded = De regels voor { $file } worden geladen…
value_conflict = Een ander veld geeft deze aanbieder hier al een andere waarde.
too_long = { $unit ->
    [bytes] { $max ->
        [one] Te lang: maximaal { $max } byte.
       *[other] Te lang: maximaal { $max } bytes.
    }
   *[other] { $max ->
        [one] Te lang: maximaal { $max } teken.
       *[other] Te lang: maximaal { $max } tekens.
    }
}
name_has_digits = Een naam mag geen cijfers bevatten.
too_short = { $min ->
    [one] Te kort: minimaal { $min } teken.
   *[other] Te kort: minimaal { $min } tekens.
}
encoding_invalid = Deze tekst bevat ongeldige tekens.
json_invalid = Dit is geen geldige JSON.
text_control_character = Verwijder het onzichtbare stuurteken.
text_bidi_control = Verwijder het onzichtbare teken voor de tekstrichting.
text_unpaired_surrogate = Verwijder het beschadigde teken (de helft van een emoji of symbool).
phone_invalid = { $reason ->
    [not_a_number] Dit is geen telefoonnummer.
    [invalid_phone_context] Het toestelnummer of de context van dit telefoonnummer is ongeldig.
   *[other] Dit is geen geldig telefoonnummer.
}
phone_region_required = Begin met + en de landcode, of kies het land van het telefoonnummer.
phone_country_code_invalid = De landcode na de + bestaat niet.
phone_too_short = Dit telefoonnummer is te kort.
phone_too_long = Dit telefoonnummer is te lang.
phone_extension_dropped = Toestelnummer { $extension } kan niet met dit nummer worden verstuurd en wordt weggelaten.
region_unknown = Onbekend land voor het telefoonnummer.
phone_wrong_region = Vul een telefoonnummer uit dit land in: { $expected }.
email_invalid = Dit is geen geldig e-mailadres.
email_missing_at = Een e-mailadres moet een @ bevatten.
email_local_invalid = { $reason ->
    [empty] Vul het deel vóór de @ in.
    [whitespace] Verwijder de spatie vóór de @.
    [dot] Het deel vóór de @ mag niet met een punt beginnen of eindigen en geen twee punten achter elkaar hebben.
    [quote] De aanhalingstekens vóór de @ zijn ongeldig.
   *[other] Het deel vóór de @ bevat een teken dat niet is toegestaan.
}
email_local_too_long = Het deel vóór de @ is te lang.
email_too_long = Dit e-mailadres is te lang.
email_domain_invalid = { $reason ->
    [empty] Vul het domein na de @ in.
    [whitespace] Verwijder de spatie na de @.
    [underscore] Een domeinnaam mag geen liggend streepje (_) bevatten.
    [dot] Het domein mag niet met een punt beginnen of eindigen en geen twee punten achter elkaar hebben.
    [hyphen] Een deel van het domein mag niet met een streepje beginnen of eindigen.
    [no_dot] Het domein moet een punt hebben, zoals in example.com.
    [tld] Het domein eindigt niet op een geldige extensie zoals .nl.
    [too_long] Het domein is te lang.
    [label_too_long] Een deel van het domein tussen twee punten is te lang.
    [idna] Dit is geen geldige internationale domeinnaam.
    [ip_literal] Het IP-adres na de @ is ongeldig.
   *[other] Het deel na de @ is geen geldig domein.
}
email_domain_special_use = Dit domein kan geen e-mail ontvangen.
email_quoted_local = E-mailadressen tussen aanhalingstekens worden niet geaccepteerd.
email_ip_literal = Gebruik een domeinnaam, geen IP-adres.
email_non_ascii = Deze aanbieder accepteert alleen e-mailadressen zonder accenten of speciale letters (ASCII).
email_domain_suspect = Bedoelde u { $suggestion }?
email_domain_mixed_script = Dit domein mengt letters uit verschillende alfabetten: controleer of het het juiste domein is.
country_unknown = Onbekend land.
postal_code_invalid = Dit is geen geldige postcode voor { $country }.
postal_code_subdivision_mismatch = Deze postcode ligt niet in { $subdivision }.
subdivision_unknown = We herkennen deze staat of regio van { $country } niet: controleer dit.
address_incomplete = Een adres in { $country } heeft dit gegeven meestal: vul het in als dat kan.
id_invalid = Dit is geen geldige identificatie.
digits_invalid = Alleen de cijfers 0–9 graag.
digits_length = { $length ->
    [one] Moet precies { $length } cijfer zijn (u typte er { $received_length }).
   *[other] Moet precies { $length } cijfers zijn (u typte er { $received_length }).
}
date_invalid = Dit is geen geldige datum.
timestamp_invalid = Dit is geen geldige tijdstempel in milliseconden.
timestamp_skew = Deze tijdstempel ligt te ver van de huidige tijd.
