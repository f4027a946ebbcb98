# Spanish (es): the text a form shows for each issue code. Format and rules: locales/en.ftl.

-list-separator = {", "}

field_required = Este campo es obligatorio.
invalid_type = Este valor no es del tipo correcto (se esperaba { $expected }).
unknown_field = El proveedor no acepta este campo.
field_not_allowed = { $reason ->
    [immutable] Este campo no se puede cambiar después de crear el cliente.
    [not_documented] Este campo no se puede enviar en esta operación.
    [path_key] Este campo identifica al cliente y no se envía con los demás campos.
    [own_operations] Este campo se cambia por separado, no junto con los demás.
    [use_token] Aquí no se pueden enviar datos de pago; use un token de pago.
   *[other] Este campo no se puede enviar aquí.
}
value_empty = Si no tiene valor, omita el campo en lugar de enviarlo vacío.
value_not_allowed = Elija una de estas opciones: { $allowed }.
pattern_mismatch = Este valor no tiene el formato requerido.
one_of_required = Complete al menos uno de estos campos: { $fields }.
duplicate_value = Este valor ya aparece en la entrada { $first_position }.
too_many_items = { $max ->
    [one] Se permite como máximo { $max } elemento.
   *[other] Se permiten como máximo { $max } elementos.
}
number_out_of_range = Debe ser un número entre { $min } y { $max }.
too_few_items = { $min ->
    [one] Añada al menos { $min } elemento.
   *[other] Añada al menos { $min } elementos.
}
too_deep = Este valor tiene demasiados niveles anidados.
payload_too_large = Este formulario contiene demasiados datos.
csv_invalid = No se puede leer esta fila del CSV.
header_invalid = La cabecera del CSV no es la esperada.
column_count = Esta fila del CSV no tiene el número correcto de columnas.
operation_unsupported = Este proveedor no ofrece esa operación.
data_not_loaded = Cargando las reglas de { $file }…
value_conflict = Otro campo ya le da a este proveedor un valor distinto aquí.
too_long = { $unit ->
    [bytes] { $max ->
        [one] Demasiado largo: como máximo { $max } byte.
       *[other] Demasiado largo: como máximo { $max } bytes.
    }
   *[other] { $max ->
        [one] Demasiado largo: como máximo { $max } carácter.
       *[other] Demasiado largo: como máximo { $max } caracteres.
    }
}
name_has_digits = Un nombre no puede contener números.
too_short = { $min ->
    [one] Demasiado corto: al menos { $min } carácter.
   *[other] Demasiado corto: al menos { $min } caracteres.
}
encoding_invalid = Este texto contiene caracteres no válidos.
json_invalid = Esto no es un JSON válido.
text_control_character = Elimine el carácter de control invisible.
text_bidi_control = Elimine el carácter invisible de dirección del texto.
text_unpaired_surrogate = Elimine el carácter dañado (la mitad de un emoji o símbolo).
phone_invalid = { $reason ->
    [not_a_number] Esto no es un número de teléfono.
    [invalid_phone_context] La extensión o el contexto de este número de teléfono no es válido.
   *[other] Este número de teléfono no es válido.
}
phone_region_required = Empiece con + y el código de país, o elija el país del teléfono.
phone_country_code_invalid = El código de país que sigue al + no existe.
phone_too_short = Este número de teléfono es demasiado corto.
phone_too_long = Este número de teléfono es demasiado largo.
phone_extension_dropped = La extensión { $extension } no se puede enviar con este número y se omitirá.
region_unknown = País del teléfono desconocido.
phone_wrong_region = Introduzca un número de teléfono de { $expected }.
email_invalid = Esta dirección de correo electrónico no es válida.
email_missing_at = Una dirección de correo electrónico necesita una @.
email_local_invalid = { $reason ->
    [empty] Escriba la parte anterior a la @.
    [whitespace] Quite el espacio antes de la @.
    [dot] La parte anterior a la @ no puede empezar ni terminar con un punto, ni tener dos puntos seguidos.
    [quote] Las comillas antes de la @ no son válidas.
   *[other] La parte anterior a la @ contiene un carácter no permitido.
}
email_local_too_long = La parte anterior a la @ es demasiado larga.
email_too_long = Esta dirección de correo electrónico es demasiado larga.
email_domain_invalid = { $reason ->
    [empty] Escriba el dominio después de la @.
    [whitespace] Quite el espacio después de la @.
    [underscore] Un nombre de dominio no puede contener un guion bajo (_).
    [dot] El dominio no puede empezar ni terminar con un punto, ni tener dos puntos seguidos.
    [hyphen] Una parte del dominio no puede empezar ni terminar con un guion.
    [no_dot] El dominio necesita un punto, como en example.com.
    [tld] El dominio no termina con una extensión válida, como .com.
    [too_long] El dominio es demasiado largo.
    [label_too_long] Una parte del dominio entre puntos es demasiado larga.
    [idna] Este nombre de dominio internacional no es válido.
    [ip_literal] La dirección IP después de la @ no es válida.
   *[other] La parte posterior a la @ no es un dominio válido.
}
email_domain_special_use = Este dominio no puede recibir correo.
email_quoted_local = No se aceptan direcciones de correo entre comillas.
email_ip_literal = Use un nombre de dominio, no una dirección IP.
email_non_ascii = Este proveedor solo acepta direcciones de correo con letras latinas sin acentos (ASCII).
email_domain_suspect = ¿Quiso decir { $suggestion }?
email_domain_mixed_script = Este dominio mezcla letras de distintos alfabetos: compruebe que es el que quiere escribir.
country_unknown = País desconocido.
postal_code_invalid = Este código postal no es válido para { $country }.
postal_code_subdivision_mismatch = Este código postal no corresponde a { $subdivision }.
subdivision_unknown = No reconocemos este estado o región de { $country }: revíselo, por favor.
address_incomplete = Las direcciones de { $country } suelen incluir este dato: añádalo si puede.
id_invalid = Este identificador no es válido.
digits_invalid = Solo se admiten los dígitos del 0 al 9.
digits_length = { $length ->
    [one] Debe tener exactamente { $length } dígito (ha escrito { $received_length }).
   *[other] Debe tener exactamente { $length } dígitos (ha escrito { $received_length }).
}
date_invalid = Esta fecha no es válida.
timestamp_invalid = Esta marca de tiempo en milisegundos no es válida.
timestamp_skew = Esta marca de tiempo está demasiado lejos de la hora actual.
