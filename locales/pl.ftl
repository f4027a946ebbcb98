# Polish (pl): the text a form shows for each issue code. Format and rules: locales/en.ftl.
# CLDR plural forms: one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other (fractions);
# many is the default (`*`), the form a template shows.

-list-separator = {", "}

field_required = To pole jest wymagane.
invalid_type = Ta wartość ma niewłaściwy typ (oczekiwano: { $expected }).
unknown_field = Dostawca nie akceptuje tego pola.
field_not_allowed = { $reason ->
    [immutable] Tego pola nie można zmienić po utworzeniu klienta.
    [not_documented] Tego pola nie można wysłać w tej operacji.
    [path_key] To pole identyfikuje klienta i nie jest wysyłane z pozostałymi polami.
    [own_operations] To pole zmienia się osobno, nie razem z pozostałymi.
    [use_token] Nie można tu wysyłać danych płatniczych; użyj tokenu płatności.
   *[other] Tego pola nie można tu wysłać.
}
value_empty = Pomiń to pole zamiast wysyłać je puste.
value_not_allowed = Wybierz jedną z opcji: { $allowed }.
pattern_mismatch = Ta wartość nie ma wymaganej postaci.
one_of_required = Wypełnij co najmniej jedno z pól: { $fields }.
duplicate_value = Ta wartość występuje już w pozycji { $first_position }.
too_many_items = { $max ->
    [one] Możesz dodać najwyżej { $max } element.
    [few] Możesz dodać najwyżej { $max } elementy.
   *[many] Możesz dodać najwyżej { $max } elementów.
    [other] Możesz dodać najwyżej { $max } elementu.
}
number_out_of_range = Podaj liczbę od { $min } do { $max }.
too_few_items = { $min ->
    [one] Dodaj co najmniej { $min } element.
    [few] Dodaj co najmniej { $min } elementy.
   *[many] Dodaj co najmniej { $min } elementów.
    [other] Dodaj co najmniej { $min } elementu.
}
too_deep = Ta wartość jest zagnieżdżona zbyt głęboko.
payload_too_large = Ten formularz zawiera zbyt dużo danych.
csv_invalid = Nie można odczytać tego wiersza CSV.
header_invalid = Nagłówek CSV nie jest taki, jak oczekiwano.
column_count = Ten wiersz CSV ma nieprawidłową liczbę kolumn.
operation_unsupported = Ten dostawca nie obsługuje tej operacji.
data_not_loaded = Wczytywanie reguł dla { $file }…
value_conflict = Inne pole przekazuje już temu dostawcy inną wartość w tym miejscu.
too_long = { $unit ->
    [bytes] { $max ->
        [one] Za długie: maksymalnie { $max } bajt.
        [few] Za długie: maksymalnie { $max } bajty.
       *[many] Za długie: maksymalnie { $max } bajtów.
        [other] Za długie: maksymalnie { $max } bajta.
    }
   *[other] { $max ->
        [one] Za długie: maksymalnie { $max } znak.
        [few] Za długie: maksymalnie { $max } znaki.
       *[many] Za długie: maksymalnie { $max } znaków.
        [other] Za długie: maksymalnie { $max } znaku.
    }
}
name_has_digits = Imię ani nazwisko nie może zawierać cyfr.
too_short = { $min ->
    [one] Za krótkie: co najmniej { $min } znak.
    [few] Za krótkie: co najmniej { $min } znaki.
   *[many] Za krótkie: co najmniej { $min } znaków.
    [other] Za krótkie: co najmniej { $min } znaku.
}
encoding_invalid = Ten tekst zawiera nieprawidłowe znaki.
json_invalid = To nie jest prawidłowy JSON.
text_control_character = Usuń niewidoczny znak sterujący.
text_bidi_control = Usuń niewidoczny znak kierunku tekstu.
text_unpaired_surrogate = Usuń uszkodzony znak (połowę emoji lub symbolu).
phone_invalid = { $reason ->
    [not_a_number] To nie jest numer telefonu.
    [invalid_phone_context] Numer wewnętrzny lub kontekst tego numeru telefonu jest nieprawidłowy.
   *[other] Ten numer telefonu jest nieprawidłowy.
}
phone_region_required = Zacznij od + i numeru kierunkowego kraju albo wybierz kraj telefonu.
phone_country_code_invalid = Numer kierunkowy kraju po znaku + nie istnieje.
phone_too_short = Ten numer telefonu jest za krótki.
phone_too_long = Ten numer telefonu jest za długi.
phone_extension_dropped = Numeru wewnętrznego { $extension } nie można przesłać z tym numerem, więc zostanie pominięty.
region_unknown = Nieznany kraj telefonu.
phone_wrong_region = Podaj numer telefonu z kraju: { $expected }.
email_invalid = To nie jest prawidłowy adres e-mail.
email_missing_at = Adres e-mail musi zawierać znak @.
email_local_invalid = { $reason ->
    [empty] Wpisz część przed znakiem @.
    [whitespace] Usuń spację przed znakiem @.
    [dot] Część przed znakiem @ nie może zaczynać się ani kończyć kropką ani mieć dwóch kropek z rzędu.
    [quote] Cudzysłów przed znakiem @ jest nieprawidłowy.
   *[other] Część przed znakiem @ zawiera niedozwolony znak.
}
email_local_too_long = Część przed znakiem @ jest za długa.
email_too_long = Ten adres e-mail jest za długi.
email_domain_invalid = { $reason ->
    [empty] Wpisz domenę po znaku @.
    [whitespace] Usuń spację po znaku @.
    [underscore] Nazwa domeny nie może zawierać podkreślnika (_).
    [dot] Domena nie może zaczynać się ani kończyć kropką ani mieć dwóch kropek z rzędu.
    [hyphen] Część domeny nie może zaczynać się ani kończyć łącznikiem.
    [no_dot] Domena musi zawierać kropkę, jak w example.com.
    [tld] Domena nie kończy się prawidłową końcówką, np. .pl.
    [too_long] Domena jest za długa.
    [label_too_long] Część domeny między kropkami jest za długa.
    [idna] To nie jest prawidłowa międzynarodowa nazwa domeny.
    [ip_literal] Adres IP po znaku @ jest nieprawidłowy.
   *[other] Część po znaku @ nie jest prawidłową domeną.
}
email_domain_special_use = Ta domena nie może odbierać poczty.
email_quoted_local = Adresy e-mail w cudzysłowie nie są akceptowane.
email_ip_literal = Podaj nazwę domeny, a nie adres IP.
email_non_ascii = Ten dostawca akceptuje tylko adresy e-mail bez polskich znaków (ASCII).
email_domain_suspect = Czy chodziło o { $suggestion }?
email_domain_mixed_script = Ta domena łączy litery z różnych alfabetów: sprawdź, czy to właściwa domena.
country_unknown = Nieznany kraj.
postal_code_invalid = To nie jest prawidłowy kod pocztowy dla kraju: { $country }.
postal_code_subdivision_mismatch = Ten kod pocztowy nie należy do regionu { $subdivision }.
subdivision_unknown = Nie rozpoznajemy tego stanu ani regionu dla kraju { $country }: sprawdź go.
address_incomplete = Adres w kraju { $country } zwykle zawiera tę informację: dodaj ją, jeśli możesz.
id_invalid = To nie jest prawidłowy identyfikator.
digits_invalid = Wpisz tylko cyfry 0–9.
digits_length = { $length ->
    [one] Wpisz dokładnie { $length } cyfrę (wpisano { $received_length }).
    [few] Wpisz dokładnie { $length } cyfry (wpisano { $received_length }).
   *[many] Wpisz dokładnie { $length } cyfr (wpisano { $received_length }).
    [other] Wpisz dokładnie { $length } cyfry (wpisano { $received_length }).
}
date_invalid = To nie jest prawidłowa data.
timestamp_invalid = To nie jest prawidłowy znacznik czasu w milisekundach.
timestamp_skew = Ten znacznik czasu jest zbyt odległy od bieżącej godziny.
