# French (fr): the text a form shows for each issue code. Format and rules: locales/en.ftl.
# CLDR "one" in French covers 0 and 1.

-list-separator = {", "}

field_required = Ce champ est obligatoire.
invalid_type = Cette valeur n’est pas du bon type (attendu : { $expected }).
unknown_field = Le prestataire n’accepte pas ce champ.
field_not_allowed = { $reason ->
    [immutable] Ce champ ne peut plus être modifié une fois le client créé.
    [not_documented] Ce champ ne peut pas être envoyé avec cette opération.
    [path_key] Ce champ identifie le client et ne s’envoie pas avec les autres champs.
    [own_operations] Ce champ se modifie à part, pas avec les autres champs.
    [use_token] Les données de paiement ne peuvent pas être envoyées ici ; utilisez un jeton de paiement.
   *[other] Ce champ ne peut pas être envoyé ici.
}
value_empty = Sans valeur, omettez ce champ plutôt que de l’envoyer vide.
value_not_allowed = Choisissez parmi : { $allowed }.
pattern_mismatch = Cette valeur n’a pas la forme attendue.
one_of_required = Remplissez au moins l’un de ces champs : { $fields }.
duplicate_value = Cette valeur figure déjà à l’entrée { $first_position }.
too_many_items = { $max ->
    [one] { $max } élément au maximum.
   *[other] { $max } éléments au maximum.
}
number_out_of_range = Saisissez un nombre compris entre { $min } et { $max }.
too_few_items = { $min ->
    [one] Ajoutez au moins { $min } élément.
   *[other] Ajoutez au moins { $min } éléments.
}
too_deep = Cette valeur comporte trop de niveaux d’imbrication.
payload_too_large = Ce formulaire contient trop de données.
csv_invalid = Impossible de lire cette ligne du CSV.
header_invalid = L’en-tête du CSV n’est pas celui attendu.
column_count = Cette ligne du CSV n’a pas le bon nombre de colonnes.
operation_unsupported = Ce prestataire ne propose pas cette opération.
data_not_loaded = Chargement des règles pour { $file }…
value_conflict = Un autre champ donne déjà une valeur différente à ce prestataire ici.
too_long = { $unit ->
    [bytes] { $max ->
        [one] Trop long : { $max } octet au maximum.
       *[other] Trop long : { $max } octets au maximum.
    }
   *[other] { $max ->
        [one] Trop long : { $max } caractère au maximum.
       *[other] Trop long : { $max } caractères au maximum.
    }
}
name_has_digits = Un nom ne peut pas contenir de chiffres.
too_short = { $min ->
    [one] Trop court : au moins { $min } caractère.
   *[other] Trop court : au moins { $min } caractères.
}
encoding_invalid = Ce texte contient des caractères non valides.
json_invalid = Ce n’est pas du JSON valide.
text_control_character = Supprimez le caractère de contrôle invisible.
text_bidi_control = Supprimez le caractère invisible de sens d’écriture.
text_unpaired_surrogate = Supprimez le caractère endommagé (une moitié d’émoji ou de symbole).
phone_invalid = { $reason ->
    [not_a_number] Ce n’est pas un numéro de téléphone.
    [invalid_phone_context] Le poste ou le contexte de ce numéro de téléphone n’est pas valide.
   *[other] Ce numéro de téléphone n’est pas valide.
}
phone_region_required = Commencez par + et l’indicatif du pays, ou choisissez le pays du téléphone.
phone_country_code_invalid = L’indicatif après le + n’existe pas.
phone_too_short = Ce numéro de téléphone est trop court.
phone_too_long = Ce numéro de téléphone est trop long.
phone_extension_dropped = Le poste { $extension } ne peut pas être transmis avec ce numéro et sera omis.
region_unknown = Pays du téléphone inconnu.
phone_wrong_region = Saisissez un numéro de téléphone de ce pays : { $expected }.
email_invalid = Cette adresse e-mail n’est pas valide.
email_missing_at = Une adresse e-mail doit contenir un @.
email_local_invalid = { $reason ->
    [empty] Saisissez la partie avant le @.
    [whitespace] Supprimez l’espace avant le @.
    [dot] La partie avant le @ ne peut ni commencer ni finir par un point, ni contenir deux points de suite.
    [quote] Les guillemets avant le @ ne sont pas valides.
   *[other] La partie avant le @ contient un caractère non autorisé.
}
email_local_too_long = La partie avant le @ est trop longue.
email_too_long = Cette adresse e-mail est trop longue.
email_domain_invalid = { $reason ->
    [empty] Saisissez le domaine après le @.
    [whitespace] Supprimez l’espace après le @.
    [underscore] Un nom de domaine ne peut pas contenir de tiret bas (_).
    [dot] Le domaine ne peut ni commencer ni finir par un point, ni contenir deux points de suite.
    [hyphen] Une partie du domaine ne peut ni commencer ni finir par un tiret.
    [no_dot] Le domaine doit contenir un point, comme dans example.com.
    [tld] Le domaine ne se termine pas par une extension valide comme .com.
    [too_long] Le domaine est trop long.
    [label_too_long] Une partie du domaine entre deux points est trop longue.
    [idna] Ce nom de domaine international n’est pas valide.
    [ip_literal] L’adresse IP après le @ n’est pas valide.
   *[other] La partie après le @ n’est pas un domaine valide.
}
email_domain_special_use = Ce domaine ne peut pas recevoir d’e-mails.
email_quoted_local = Les adresses e-mail entre guillemets ne sont pas acceptées.
email_ip_literal = Indiquez un nom de domaine, pas une adresse IP.
email_non_ascii = Ce prestataire n’accepte que les adresses e-mail en lettres latines sans accents (ASCII).
email_domain_suspect = Vouliez-vous dire { $suggestion } ?
email_domain_mixed_script = Ce domaine mélange des lettres de plusieurs alphabets : vérifiez qu’il s’agit bien du bon.
country_unknown = Pays inconnu.
postal_code_invalid = Ce code postal n’est pas valide pour ce pays : { $country }.
postal_code_subdivision_mismatch = Ce code postal ne correspond pas à { $subdivision }.
subdivision_unknown = Nous ne reconnaissons pas cet État ou cette région pour { $country } : vérifiez-le.
address_incomplete = Une adresse dans ce pays ({ $country }) comporte généralement cette information : ajoutez-la si possible.
id_invalid = Cet identifiant n’est pas valide.
digits_invalid = Uniquement des chiffres de 0 à 9, s’il vous plaît.
digits_length = { $length ->
    [one] Saisissez exactement { $length } chiffre (vous en avez saisi { $received_length }).
   *[other] Saisissez exactement { $length } chiffres (vous en avez saisi { $received_length }).
}
date_invalid = Cette date n’est pas valide.
timestamp_invalid = Cet horodatage en millisecondes n’est pas valide.
timestamp_skew = Cet horodatage est trop éloigné de l’heure actuelle.
