# Japanese (ja): the text a form shows for each issue code. Format and rules: locales/en.ftl.
# Japanese has one plural form (CLDR "other").

-list-separator = {"、"}

field_required = この項目は必須です。
invalid_type = この値の型が正しくありません（期待される型：{ $expected }）。
unknown_field = この項目はこの事業者では受け付けられません。
field_not_allowed = { $reason ->
    [immutable] この項目は顧客の作成後には変更できません。
    [not_documented] この項目はこの操作では送信できません。
    [path_key] この項目は顧客を識別するもので、ほかの項目と一緒には送信しません。
    [own_operations] この項目はほかの項目とは別に変更します。
    [use_token] 支払い情報はここでは送信できません。決済トークンを使用してください。
   *[other] この項目はここでは送信できません。
}
value_empty = 空のまま送信せず、この項目を省略してください。
value_not_allowed = 次のいずれかを選んでください：{ $allowed }。
pattern_mismatch = この値は必要な形式になっていません。
one_of_required = 次のうち少なくとも1つを入力してください：{ $fields }。
duplicate_value = この値は{ $first_position }番目の項目と重複しています。
too_many_items = { $max ->
   *[other] 最大{ $max }件までです。
}
number_out_of_range = { $min }から{ $max }までの数値を入力してください。
too_few_items = { $min ->
   *[other] { $min }件以上追加してください。
}
too_deep = この値は入れ子が深すぎます。
payload_too_large = このフォームのデータ量が多すぎます。
csv_invalid = このCSVの行を読み取れません。
header_invalid = CSVの見出し行が想定と異なります。
column_count = このCSVの行は列の数が正しくありません。
operation_unsupported = この事業者はその操作に対応していません。
data_not_loaded = { $file }のルールを読み込んでいます…
value_conflict = 別の項目がすでにこの事業者に異なる値を指定しています。
too_long = { $unit ->
    [bytes] { $max ->
       *[other] 長すぎます。{ $max }バイト以内で入力してください。
    }
   *[other] { $max ->
       *[other] 長すぎます。{ $max }文字以内で入力してください。
    }
}
name_has_digits = 名前に数字は使えません。
too_short = { $min ->
   *[other] 短すぎます。{ $min }文字以上で入力してください。
}
encoding_invalid = このテキストには無効な文字が含まれています。
json_invalid = 有効なJSONではありません。
text_control_character = 目に見えない制御文字を削除してください。
text_bidi_control = 目に見えない文字方向の制御文字を削除してください。
text_unpaired_surrogate = 壊れた文字（絵文字や記号の半分）を削除してください。
phone_invalid = { $reason ->
    [not_a_number] 電話番号ではありません。
    [invalid_phone_context] この電話番号の内線番号またはコンテキストが正しくありません。
   *[other] 有効な電話番号ではありません。
}
phone_region_required = +と国番号から入力するか、電話番号の国を選んでください。
phone_country_code_invalid = +の後の国番号は存在しません。
phone_too_short = 電話番号が短すぎます。
phone_too_long = 電話番号が長すぎます。
phone_extension_dropped = 内線番号 { $extension } はこの番号と一緒に送信できないため、省略されます。
region_unknown = 電話番号の国が不明です。
phone_wrong_region = 次の国の電話番号を入力してください：{ $expected }。
email_invalid = 有効なメールアドレスではありません。
email_missing_at = メールアドレスには@が必要です。
email_local_invalid = { $reason ->
    [empty] @の前の部分を入力してください。
    [whitespace] @の前のスペースを削除してください。
    [dot] @の前の部分は、ドットで始めたり終えたりできず、ドットを2つ続けることもできません。
    [quote] @の前の引用符が正しくありません。
   *[other] @の前の部分に使用できない文字が含まれています。
}
email_local_too_long = @の前の部分が長すぎます。
email_too_long = メールアドレスが長すぎます。
email_domain_invalid = { $reason ->
    [empty] @の後にドメインを入力してください。
    [whitespace] @の後のスペースを削除してください。
    [underscore] ドメイン名にアンダースコア（_）は使えません。
    [dot] ドメインは、ドットで始めたり終えたりできず、ドットを2つ続けることもできません。
    [hyphen] ドメインの各部分はハイフンで始めたり終えたりできません。
    [no_dot] ドメインには example.com のようにドットが必要です。
    [tld] ドメインが .com や .jp などの有効な末尾で終わっていません。
    [too_long] ドメインが長すぎます。
    [label_too_long] ドメインのドットで区切られた部分が長すぎます。
    [idna] 有効な国際化ドメイン名ではありません。
    [ip_literal] @の後のIPアドレスが正しくありません。
   *[other] @の後の部分が有効なドメインではありません。
}
email_domain_special_use = このドメインではメールを受信できません。
email_quoted_local = 引用符で囲まれたメールアドレスは受け付けられません。
email_ip_literal = IPアドレスではなくドメイン名を使ってください。
email_non_ascii = この事業者は半角英数字（ASCII）のメールアドレスのみ受け付けます。
email_domain_suspect = { $suggestion } の間違いではありませんか？
email_domain_mixed_script = このドメインには異なる文字体系の文字が混在しています。正しいドメインか確認してください。
country_unknown = 不明な国です。
postal_code_invalid = { $country }の郵便番号として正しくありません。
postal_code_subdivision_mismatch = この郵便番号は{ $subdivision }のものではありません。
subdivision_unknown = { $country }の州・地域として認識できません。ご確認ください。
address_incomplete = { $country }の住所には通常この情報が含まれます。可能であれば入力してください。
id_invalid = 有効な識別子ではありません。
digits_invalid = 0〜9の数字のみ入力してください。
digits_length = { $length ->
   *[other] ちょうど{ $length }桁で入力してください（入力された桁数：{ $received_length }）。
}
date_invalid = 有効な日付ではありません。
timestamp_invalid = ミリ秒単位の有効なタイムスタンプではありません。
timestamp_skew = このタイムスタンプは現在時刻から離れすぎています。
