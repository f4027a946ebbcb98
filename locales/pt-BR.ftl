# Brazilian Portuguese (pt-BR): the text a form shows for each issue code. Format and rules:
# locales/en.ftl. CLDR "one" in Portuguese covers 0 and 1.

-list-separator = {", "}

field_required = Este campo é obrigatório.
invalid_type = Este valor é do tipo errado (esperado: { $expected }).
unknown_field = O provedor não aceita este campo.
field_not_allowed = { $reason ->
    [immutable] Este campo não pode ser alterado depois que o cliente é criado.
    [not_documented] Este campo não pode ser enviado nesta operação.
    [path_key] Este campo identifica o cliente e não é enviado com os outros campos.
    [own_operations] Este campo é alterado separadamente, não junto com os outros.
    [use_token] Dados de pagamento não podem ser enviados aqui; use um token de pagamento.
   *[other] Este campo não pode ser enviado aqui.
}
value_empty = Se não houver valor, deixe o campo de fora em vez de enviá-lo vazio.
value_not_allowed = Escolha uma destas opções: { $allowed }.
pattern_mismatch = Este valor não está no formato exigido.
one_of_required = Preencha pelo menos um destes campos: { $fields }.
duplicate_value = Este valor já aparece na entrada { $first_position }.
too_many_items = { $max ->
    [one] É permitido no máximo { $max } item.
   *[other] São permitidos no máximo { $max } itens.
}
number_out_of_range = Deve ser um número entre { $min } e { $max }.
too_few_items = { $min ->
    [one] Adicione pelo menos { $min } item.
   *[other] Adicione pelo menos { $min } itens.
}
too_deep = Este valor tem níveis aninhados demais.
payload_too_large = Este formulário contém dados demais.
csv_invalid = Não foi possível ler esta linha do CSV.
header_invalid = O cabeçalho do CSV não é o esperado.
column_count = Esta linha do CSV tem um número errado de colunas.
operation_unsupported = Este provedor não oferece essa operação.
data_not_loaded = Carregando as regras de { $file }…
value_conflict = Outro campo já informa um valor diferente para este provedor aqui.
too_long = { $unit ->
    [bytes] { $max ->
        [one] Longo demais: no máximo { $max } byte.
       *[other] Longo demais: no máximo { $max } bytes.
    }
   *[other] { $max ->
        [one] Longo demais: no máximo { $max } caractere.
       *[other] Longo demais: no máximo { $max } caracteres.
    }
}
name_has_digits = Um nome não pode conter números.
too_short = { $min ->
    [one] Curto demais: pelo menos { $min } caractere.
   *[other] Curto demais: pelo menos { $min } caracteres.
}
encoding_invalid = Este texto contém caracteres inválidos.
json_invalid = Isto não é um JSON válido.
text_control_character = Remova o caractere de controle invisível.
text_bidi_control = Remova o caractere invisível de direção do texto.
text_unpaired_surrogate = Remova o caractere corrompido (metade de um emoji ou símbolo).
phone_invalid = { $reason ->
    [not_a_number] Isto não é um número de telefone.
    [invalid_phone_context] O ramal ou o contexto deste número de telefone não é válido.
   *[other] Este número de telefone não é válido.
}
phone_region_required = Comece com + e o código do país, ou escolha o país do telefone.
phone_country_code_invalid = O código de país depois do + não existe.
phone_too_short = Este número de telefone é curto demais.
phone_too_long = Este número de telefone é longo demais.
phone_extension_dropped = O ramal { $extension } não pode ser enviado com este número e será omitido.
region_unknown = País do telefone desconhecido.
phone_wrong_region = Informe um número de telefone de { $expected }.
email_invalid = Este endereço de e-mail não é válido.
email_missing_at = Um endereço de e-mail precisa de um @.
email_local_invalid = { $reason ->
    [empty] Digite a parte antes do @.
    [whitespace] Remova o espaço antes do @.
    [dot] A parte antes do @ não pode começar nem terminar com ponto, nem ter dois pontos seguidos.
    [quote] As aspas antes do @ não são válidas.
   *[other] A parte antes do @ contém um caractere não permitido.
}
email_local_too_long = A parte antes do @ é longa demais.
email_too_long = Este endereço de e-mail é longo demais.
email_domain_invalid = { $reason ->
    [empty] Digite o domínio depois do @.
    [whitespace] Remova o espaço depois do @.
    [underscore] Um nome de domínio não pode conter sublinhado (_).
    [dot] O domínio não pode começar nem terminar com ponto, nem ter dois pontos seguidos.
    [hyphen] Uma parte do domínio não pode começar nem terminar com hífen.
    [no_dot] O domínio precisa de um ponto, como em example.com.
    [tld] O domínio não termina com uma extensão válida, como .com.
    [too_long] O domínio é longo demais.
    [label_too_long] Uma parte do domínio entre pontos é longa demais.
    [idna] Este nome de domínio internacional não é válido.
    [ip_literal] O endereço IP depois do @ não é válido.
   *[other] A parte depois do @ não é um domínio válido.
}
email_domain_special_use = Este domínio não pode receber e-mails.
email_quoted_local = Endereços de e-mail entre aspas não são aceitos.
email_ip_literal = Use um nome de domínio, não um endereço IP.
email_non_ascii = Este provedor só aceita endereços de e-mail com letras sem acento (ASCII).
email_domain_suspect = Você quis dizer { $suggestion }?
email_domain_mixed_script = Este domínio mistura letras de alfabetos diferentes: confira se é o domínio certo.
country_unknown = País desconhecido.
postal_code_invalid = Este CEP ou código postal não é válido para { $country }.
postal_code_subdivision_mismatch = Este código postal não pertence a { $subdivision }.
subdivision_unknown = Não reconhecemos este estado ou região de { $country }: confira, por favor.
address_incomplete = Endereços em { $country } costumam ter este dado: adicione-o se puder.
id_invalid = Este identificador não é válido.
digits_invalid = Use apenas os dígitos de 0 a 9.
digits_length = { $length ->
    [one] Deve ter exatamente { $length } dígito (você digitou { $received_length }).
   *[other] Deve ter exatamente { $length } dígitos (você digitou { $received_length }).
}
date_invalid = Esta data não é válida.
timestamp_invalid = Este carimbo de data/hora em milissegundos não é válido.
timestamp_skew = Este carimbo de data/hora está longe demais do horário atual.
