# Turkish (tr): the text a form shows for each issue code. Format and rules: locales/en.ftl.
# Turkish nouns stay singular after a number, so the plural forms share one text.

-list-separator = {", "}

field_required = Bu alan zorunludur.
invalid_type = Bu değerin türü yanlış (beklenen: { $expected }).
unknown_field = Sağlayıcı bu alanı kabul etmiyor.
field_not_allowed = { $reason ->
    [immutable] Bu alan müşteri oluşturulduktan sonra değiştirilemez.
    [not_documented] Bu alan bu işlemle gönderilemez.
    [path_key] Bu alan müşteriyi tanımlar ve diğer alanlarla birlikte gönderilmez.
    [own_operations] Bu alan diğer alanlarla birlikte değil, ayrıca değiştirilir.
    [use_token] Ödeme bilgileri buradan gönderilemez; bir ödeme token’ı kullanın.
   *[other] Bu alan burada gönderilemez.
}
value_empty = Alanı boş göndermek yerine hiç göndermeyin.
value_not_allowed = Şunlardan birini seçin: { $allowed }.
pattern_mismatch = Bu değer istenen biçimde değil.
one_of_required = Şu alanlardan en az birini doldurun: { $fields }.
duplicate_value = Bu değer { $first_position }. kayıtta zaten var.
too_many_items = { $max ->
   *[other] En fazla { $max } öğeye izin verilir.
}
number_out_of_range = { $min } ile { $max } arasında bir sayı girin.
too_few_items = { $min ->
   *[other] En az { $min } öğe ekleyin.
}
too_deep = Bu değer çok fazla iç içe geçmiş.
payload_too_large = Bu form çok fazla veri içeriyor.
csv_invalid = Bu CSV satırı okunamıyor.
header_invalid = CSV başlığı beklenen başlık değil.
column_count = Bu CSV satırındaki sütun sayısı yanlış.
operation_unsupported = Bu sağlayıcıda bu işlem yok.
data_not_loaded = { $file } kuralları yükleniyor…
value_conflict = Başka bir alan bu sağlayıcıya burada zaten farklı bir değer veriyor.
too_long = { $unit ->
    [bytes] { $max ->
       *[other] Çok uzun: en fazla { $max } bayt.
    }
   *[other] { $max ->
       *[other] Çok uzun: en fazla { $max } karakter.
    }
}
name_has_digits = Ad rakam içeremez.
too_short = { $min ->
   *[other] Çok kısa: en az { $min } karakter.
}
encoding_invalid = Bu metin geçersiz karakterler içeriyor.
json_invalid = Bu geçerli bir JSON değil.
text_control_character = Görünmeyen kontrol karakterini silin.
text_bidi_control = Görünmeyen yazı yönü karakterini silin.
text_unpaired_surrogate = Bozuk karakteri kaldırın (bir emojinin veya simgenin yarısı).
phone_invalid = { $reason ->
    [not_a_number] Bu bir telefon numarası değil.
    [invalid_phone_context] Bu telefon numarasının dahili numarası veya bağlamı geçersiz.
   *[other] Bu telefon numarası geçerli değil.
}
phone_region_required = + ve ülke koduyla başlayın ya da telefonun ülkesini seçin.
phone_country_code_invalid = + işaretinden sonraki ülke kodu mevcut değil.
phone_too_short = Bu telefon numarası çok kısa.
phone_too_long = Bu telefon numarası çok uzun.
phone_extension_dropped = { $extension } dahili numarası bu numarayla gönderilemez ve çıkarılacak.
region_unknown = Telefonun ülkesi bilinmiyor.
phone_wrong_region = Şu ülkeden bir telefon numarası girin: { $expected }.
email_invalid = Bu geçerli bir e-posta adresi değil.
email_missing_at = E-posta adresinde @ işareti olmalı.
email_local_invalid = { $reason ->
    [empty] @ işaretinden önceki kısmı girin.
    [whitespace] @ işaretinden önceki boşluğu silin.
    [dot] @ işaretinden önceki kısım noktayla başlayamaz veya bitemez, art arda iki nokta da içeremez.
    [quote] @ işaretinden önceki tırnak işaretleri geçersiz.
   *[other] @ işaretinden önceki kısımda izin verilmeyen bir karakter var.
}
email_local_too_long = @ işaretinden önceki kısım çok uzun.
email_too_long = Bu e-posta adresi çok uzun.
email_domain_invalid = { $reason ->
    [empty] @ işaretinden sonra alan adını girin.
    [whitespace] @ işaretinden sonraki boşluğu silin.
    [underscore] Alan adı alt çizgi (_) içeremez.
    [dot] Alan adı noktayla başlayamaz veya bitemez, art arda iki nokta da içeremez.
    [hyphen] Alan adının bir bölümü kısa çizgiyle başlayamaz veya bitemez.
    [no_dot] Alan adında example.com'daki gibi bir nokta olmalı.
    [tld] Alan adı .com gibi geçerli bir uzantıyla bitmiyor.
    [too_long] Alan adı çok uzun.
    [label_too_long] Alan adının iki nokta arasındaki bir bölümü çok uzun.
    [idna] Bu geçerli bir uluslararası alan adı değil.
    [ip_literal] @ işaretinden sonraki IP adresi geçersiz.
   *[other] @ işaretinden sonraki kısım geçerli bir alan adı değil.
}
email_domain_special_use = Bu alan adı e-posta alamaz.
email_quoted_local = Tırnak içindeki e-posta adresleri kabul edilmiyor.
email_ip_literal = IP adresi değil, alan adı kullanın.
email_non_ascii = Bu sağlayıcı yalnızca Türkçe karakter içermeyen (ASCII) e-posta adreslerini kabul ediyor.
email_domain_suspect = Bunu mu demek istediniz: { $suggestion }?
email_domain_mixed_script = Bu alan adı farklı alfabelerden harfler içeriyor: doğru alan adı olduğunu kontrol edin.
country_unknown = Bilinmeyen ülke.
postal_code_invalid = Bu, şu ülke için geçerli bir posta kodu değil: { $country }.
postal_code_subdivision_mismatch = Bu posta kodu şu bölgeye ait değil: { $subdivision }.
subdivision_unknown = Bu eyaleti veya bölgeyi tanımıyoruz ({ $country }): lütfen kontrol edin.
address_incomplete = Bu ülkedeki ({ $country }) adreslerde genellikle bu bilgi bulunur: mümkünse ekleyin.
id_invalid = Bu geçerli bir tanımlayıcı değil.
digits_invalid = Lütfen yalnızca 0–9 rakamlarını kullanın.
digits_length = { $length ->
   *[other] Tam olarak { $length } rakam olmalı (siz { $received_length } rakam girdiniz).
}
date_invalid = Bu geçerli bir tarih değil.
timestamp_invalid = Bu, milisaniye cinsinden geçerli bir zaman damgası değil.
timestamp_skew = Bu zaman damgası şu anki zamandan çok uzak.
