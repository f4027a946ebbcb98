# Italian (it): the text a form shows for each issue code. Format and rules: locales/en.ftl.

-list-separator = {", "}

field_required = Questo campo è obbligatorio.
invalid_type = Questo valore è del tipo sbagliato (previsto: { $expected }).
unknown_field = Il fornitore non accetta questo campo.
field_not_allowed = { $reason ->
    [immutable] Questo campo non può essere modificato dopo la creazione del cliente.
    [not_documented] Questo campo non può essere inviato con questa operazione.
    [path_key] Questo campo identifica il cliente e non va inviato con gli altri campi.
    [own_operations] Questo campo si modifica a parte, non insieme agli altri.
    [use_token] Qui non si possono inviare dati di pagamento; usa un token di pagamento.
   *[other] Questo campo non può essere inviato qui.
}
value_empty = Se non c’è un valore, ometti il campo invece di inviarlo vuoto.
value_not_allowed = Scegli una di queste opzioni: { $allowed }.
pattern_mismatch = Questo valore non ha il formato richiesto.
one_of_required = Compila almeno uno di questi campi: { $fields }.
duplicate_value = Questo valore è già presente alla voce { $first_position }.
too_many_items = { $max ->
    [one] È consentito al massimo { $max } elemento.
   *[other] Sono consentiti al massimo { $max } elementi.
}
number_out_of_range = Inserisci un numero compreso tra { $min } e { $max }.
too_few_items = { $min ->
    [one] Aggiungi almeno { $min } elemento.
   *[other] Aggiungi almeno { $min } elementi.
}
too_deep = Questo valore ha troppi livelli annidati.
payload_too_large = Questo modulo contiene troppi dati.
csv_invalid = Impossibile leggere questa riga del CSV.
header_invalid = L’intestazione del CSV non è quella prevista.
column_count = Questa riga del CSV ha un numero di colonne errato.
operation_unsupported = Questo fornitore non offre questa operazione.
data_not_loaded = Caricamento delle regole per { $file }…
value_conflict = Un altro campo dà già a questo fornitore un valore diverso qui.
too_long = { $unit ->
    [bytes] { $max ->
        [one] Troppo lungo: al massimo { $max } byte.
       *[other] Troppo lungo: al massimo { $max } byte.
    }
   *[other] { $max ->
        [one] Troppo lungo: al massimo { $max } carattere.
       *[other] Troppo lungo: al massimo { $max } caratteri.
    }
}
name_has_digits = Un nome non può contenere cifre.
too_short = { $min ->
    [one] Troppo corto: almeno { $min } carattere.
   *[other] Troppo corto: almeno { $min } caratteri.
}
encoding_invalid = Questo testo contiene caratteri non validi.
json_invalid = Questo non è un JSON valido.
text_control_character = Rimuovi il carattere di controllo invisibile.
text_bidi_control = Rimuovi il carattere invisibile di direzione del testo.
text_unpaired_surrogate = Rimuovi il carattere danneggiato (metà di un’emoji o di un simbolo).
phone_invalid = { $reason ->
    [not_a_number] Questo non è un numero di telefono.
    [invalid_phone_context] L’interno o il contesto di questo numero di telefono non è valido.
   *[other] Questo numero di telefono non è valido.
}
phone_region_required = Inizia con + e il prefisso internazionale, oppure scegli il paese del telefono.
phone_country_code_invalid = Il prefisso internazionale dopo il + non esiste.
phone_too_short = Questo numero di telefono è troppo corto.
phone_too_long = Questo numero di telefono è troppo lungo.
phone_extension_dropped = L’interno { $extension } non può essere inviato con questo numero e verrà omesso.
region_unknown = Paese del telefono sconosciuto.
phone_wrong_region = Inserisci un numero di telefono di questo paese: { $expected }.
email_invalid = Questo indirizzo email non è valido.
email_missing_at = Un indirizzo email deve contenere una @.
email_local_invalid = { $reason ->
    [empty] Inserisci la parte prima della @.
    [whitespace] Rimuovi lo spazio prima della @.
    [dot] La parte prima della @ non può iniziare o finire con un punto, né avere due punti di seguito.
    [quote] Le virgolette prima della @ non sono valide.
   *[other] La parte prima della @ contiene un carattere non consentito.
}
email_local_too_long = La parte prima della @ è troppo lunga.
email_too_long = Questo indirizzo email è troppo lungo.
email_domain_invalid = { $reason ->
    [empty] Inserisci il dominio dopo la @.
    [whitespace] Rimuovi lo spazio dopo la @.
    [underscore] Un nome di dominio non può contenere il trattino basso (_).
    [dot] Il dominio non può iniziare o finire con un punto, né avere due punti di seguito.
    [hyphen] Una parte del dominio non può iniziare o finire con un trattino.
    [no_dot] Il dominio deve contenere un punto, come in example.com.
    [tld] Il dominio non termina con un’estensione valida come .it.
    [too_long] Il dominio è troppo lungo.
    [label_too_long] Una parte del dominio tra due punti è troppo lunga.
    [idna] Questo nome di dominio internazionale non è valido.
    [ip_literal] L’indirizzo IP dopo la @ non è valido.
   *[other] La parte dopo la @ non è un dominio valido.
}
email_domain_special_use = Questo dominio non può ricevere email.
email_quoted_local = Gli indirizzi email tra virgolette non sono accettati.
email_ip_literal = Usa un nome di dominio, non un indirizzo IP.
email_non_ascii = Questo fornitore accetta solo indirizzi email senza lettere accentate (ASCII).
email_domain_suspect = Forse intendevi { $suggestion }?
email_domain_mixed_script = Questo dominio mescola lettere di alfabeti diversi: verifica che sia quello giusto.
country_unknown = Paese sconosciuto.
postal_code_invalid = Questo non è un codice postale valido per { $country }.
postal_code_subdivision_mismatch = Questo codice postale non appartiene a { $subdivision }.
subdivision_unknown = Non riconosciamo questo stato o regione per { $country }: controlla, per favore.
address_incomplete = Un indirizzo in { $country } di solito include questo dato: aggiungilo se puoi.
id_invalid = Questo identificativo non è valido.
digits_invalid = Solo le cifre da 0 a 9, per favore.
digits_length = { $length ->
    [one] Deve contenere esattamente { $length } cifra (ne hai inserite { $received_length }).
   *[other] Deve contenere esattamente { $length } cifre (ne hai inserite { $received_length }).
}
date_invalid = Questa data non è valida.
timestamp_invalid = Questo timestamp in millisecondi non è valido.
timestamp_skew = Questo timestamp è troppo lontano dall’ora attuale.
