# German (de): the text a form shows for each issue code. Format and rules: locales/en.ftl.

-list-separator = {", "}

field_required = Dieses Feld ist ein Pflichtfeld.
invalid_type = Dieser Wert hat den falschen Typ (erwartet: { $expected }).
unknown_field = Dieses Feld wird vom Anbieter nicht akzeptiert.
field_not_allowed = { $reason ->
    [immutable] Dieses Feld kann nach dem Anlegen des Kunden nicht mehr geändert werden.
    [not_documented] Dieses Feld kann bei diesem Vorgang nicht gesendet werden.
    [path_key] Dieses Feld kennzeichnet den Kunden und wird nicht mit den übrigen Feldern gesendet.
    [own_operations] Dieses Feld wird separat geändert, nicht zusammen mit den übrigen Feldern.
    [use_token] Zahlungsdaten können hier nicht gesendet werden; verwenden Sie ein Zahlungstoken.
   *[other] Dieses Feld kann hier nicht gesendet werden.
}
value_empty = Lassen Sie das Feld weg, statt es leer zu senden.
value_not_allowed = Wählen Sie eine der folgenden Optionen: { $allowed }.
pattern_mismatch = Dieser Wert hat nicht das erforderliche Format.
one_of_required = Füllen Sie mindestens eines dieser Felder aus: { $fields }.
duplicate_value = Dieser Wert steht bereits in Eintrag { $first_position }.
too_many_items = { $max ->
    [one] Höchstens { $max } Eintrag ist erlaubt.
   *[other] Höchstens { $max } Einträge sind erlaubt.
}
number_out_of_range = Geben Sie eine Zahl von { $min } bis { $max } ein.
too_few_items = { $min ->
    [one] Fügen Sie mindestens { $min } Eintrag hinzu.
   *[other] Fügen Sie mindestens { $min } Einträge hinzu.
}
too_deep = Dieser Wert ist zu tief verschachtelt.
payload_too_large = Dieses Formular enthält zu viele Daten.
csv_invalid = Diese CSV-Zeile kann nicht gelesen werden.
header_invalid = Die CSV-Kopfzeile entspricht nicht der erwarteten.
column_count = Diese CSV-Zeile hat die falsche Anzahl an Spalten.
operation_unsupported = Dieser Anbieter bietet diesen Vorgang nicht an.
data_not_loaded = Regeln für { $file } werden geladen…
value_conflict = Ein anderes Feld gibt diesem Anbieter hier bereits einen anderen Wert.
too_long = { $unit ->
    [bytes] { $max ->
        [one] Zu lang: höchstens { $max } Byte.
       *[other] Zu lang: höchstens { $max } Byte.
    }
   *[other] { $max ->
        [one] Zu lang: höchstens { $max } Zeichen.
       *[other] Zu lang: höchstens { $max } Zeichen.
    }
}
name_has_digits = Ein Name darf keine Ziffern enthalten.
too_short = { $min ->
    [one] Zu kurz: mindestens { $min } Zeichen.
   *[other] Zu kurz: mindestens { $min } Zeichen.
}
encoding_invalid = Dieser Text enthält ungültige Zeichen.
json_invalid = Das ist kein gültiges JSON.
text_control_character = Entfernen Sie das unsichtbare Steuerzeichen.
text_bidi_control = Entfernen Sie das unsichtbare Textrichtungszeichen.
text_unpaired_surrogate = Entfernen Sie das beschädigte Zeichen (die Hälfte eines Emojis oder Symbols).
phone_invalid = { $reason ->
    [not_a_number] Das ist keine Telefonnummer.
    [invalid_phone_context] Die Durchwahl oder der Kontext dieser Telefonnummer ist ungültig.
   *[other] Diese Telefonnummer ist ungültig.
}
phone_region_required = Beginnen Sie mit + und der Ländervorwahl oder wählen Sie das Land der Telefonnummer.
phone_country_code_invalid = Die Ländervorwahl nach dem + gibt es nicht.
phone_too_short = Diese Telefonnummer ist zu kurz.
phone_too_long = Diese Telefonnummer ist zu lang.
phone_extension_dropped = Die Durchwahl { $extension } kann mit dieser Nummer nicht übermittelt werden und entfällt.
region_unknown = Unbekanntes Land der Telefonnummer.
phone_wrong_region = Geben Sie eine Telefonnummer aus diesem Land ein: { $expected }.
email_invalid = Diese E-Mail-Adresse ist ungültig.
email_missing_at = Eine E-Mail-Adresse braucht ein @.
email_local_invalid = { $reason ->
    [empty] Geben Sie den Teil vor dem @ ein.
    [whitespace] Entfernen Sie das Leerzeichen vor dem @.
    [dot] Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander haben.
    [quote] Die Anführungszeichen vor dem @ sind ungültig.
   *[other] Der Teil vor dem @ enthält ein unzulässiges Zeichen.
}
email_local_too_long = Der Teil vor dem @ ist zu lang.
email_too_long = Diese E-Mail-Adresse ist zu lang.
email_domain_invalid = { $reason ->
    [empty] Geben Sie die Domain nach dem @ ein.
    [whitespace] Entfernen Sie das Leerzeichen nach dem @.
    [underscore] Ein Domainname darf keinen Unterstrich (_) enthalten.
    [dot] Die Domain darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander haben.
    [hyphen] Ein Teil der Domain darf nicht mit einem Bindestrich beginnen oder enden.
    [no_dot] Die Domain braucht einen Punkt, wie in example.com.
    [tld] Die Domain endet nicht auf eine gültige Endung wie .de.
    [too_long] Die Domain ist zu lang.
    [label_too_long] Ein Teil der Domain zwischen zwei Punkten ist zu lang.
    [idna] Dieser internationale Domainname ist ungültig.
    [ip_literal] Die IP-Adresse nach dem @ ist ungültig.
   *[other] Der Teil nach dem @ ist keine gültige Domain.
}
email_domain_special_use = Diese Domain kann keine E-Mails empfangen.
email_quoted_local = E-Mail-Adressen in Anführungszeichen werden nicht akzeptiert.
email_ip_literal = Verwenden Sie einen Domainnamen, keine IP-Adresse.
email_non_ascii = Dieser Anbieter akzeptiert nur E-Mail-Adressen ohne Umlaute und Sonderzeichen (ASCII).
email_domain_suspect = Meinten Sie { $suggestion }?
email_domain_mixed_script = Diese Domain mischt Buchstaben verschiedener Alphabete: Prüfen Sie, ob es die richtige ist.
country_unknown = Unbekanntes Land.
postal_code_invalid = Das ist keine gültige Postleitzahl für { $country }.
postal_code_subdivision_mismatch = Diese Postleitzahl liegt nicht in { $subdivision }.
subdivision_unknown = Dieses Bundesland bzw. diese Region von { $country } kennen wir nicht: Bitte prüfen Sie die Angabe.
address_incomplete = Eine Adresse in { $country } enthält normalerweise diese Angabe: Ergänzen Sie sie, wenn möglich.
id_invalid = Diese Kennung ist ungültig.
digits_invalid = Bitte nur die Ziffern 0–9.
digits_length = { $length ->
    [one] Genau { $length } Ziffer erforderlich (eingegeben: { $received_length }).
   *[other] Genau { $length } Ziffern erforderlich (eingegeben: { $received_length }).
}
date_invalid = Dieses Datum ist ungültig.
timestamp_invalid = Das ist kein gültiger Zeitstempel in Millisekunden.
timestamp_skew = Dieser Zeitstempel liegt zu weit von der aktuellen Uhrzeit entfernt.
