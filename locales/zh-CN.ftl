# Simplified Chinese (zh-CN): the text a form shows for each issue code. Format and rules:
# locales/en.ftl. Chinese has one plural form (CLDR "other").

-list-separator = {"、"}

field_required = 此项为必填项。
invalid_type = 此值的类型不正确（应为 { $expected }）。
unknown_field = 该服务商不接受此字段。
field_not_allowed = { $reason ->
    [immutable] 客户创建后不能再更改此字段。
    [not_documented] 此操作不能提交此字段。
    [path_key] 此字段用于标识客户，不与其他字段一起提交。
    [own_operations] 此字段需单独更改，不能与其他字段一起更改。
    [use_token] 不能在此处提交支付信息，请使用支付令牌。
   *[other] 此字段不能在此处提交。
}
value_empty = 请不要提交空值，直接省略此字段。
value_not_allowed = 请从以下选项中选择：{ $allowed }。
pattern_mismatch = 此值的格式不符合要求。
one_of_required = 请至少填写以下其中一项：{ $fields }。
duplicate_value = 此值与第 { $first_position } 项重复。
too_many_items = { $max ->
   *[other] 最多允许 { $max } 项。
}
number_out_of_range = 请输入 { $min } 到 { $max } 之间的数字。
too_few_items = { $min ->
   *[other] 请至少添加 { $min } 项。
}
too_deep = 此值的嵌套层级过深。
payload_too_large = 此表单包含的数据过多。
csv_invalid = 无法读取此 CSV 行。
header_invalid = CSV 表头与预期不符。
column_count = 此 CSV 行的列数不正确。
operation_unsupported = 该服务商不支持此操作。
data_not_loaded = 正在加载 { $file } 的规则…
value_conflict = 另一个字段已在此处为该服务商提供了不同的值。
too_long = { $unit ->
    [bytes] { $max ->
       *[other] 内容过长：最多 { $max } 个字节。
    }
   *[other] { $max ->
       *[other] 内容过长：最多 { $max } 个字符。
    }
}
name_has_digits = 姓名中不能包含数字。
too_short = { $min ->
   *[other] 内容过短：至少 { $min } 个字符。
}
encoding_invalid = 此文本包含无效字符。
json_invalid = 这不是有效的 JSON。
text_control_character = 请删除不可见的控制字符。
text_bidi_control = 请删除不可见的文字方向字符。
text_unpaired_surrogate = 请删除损坏的字符（半个表情符号或符号）。
phone_invalid = { $reason ->
    [not_a_number] 这不是电话号码。
    [invalid_phone_context] 此电话号码的分机号或上下文无效。
   *[other] 这不是有效的电话号码。
}
phone_region_required = 请以 + 和国家/地区代码开头，或选择电话号码所属的国家/地区。
phone_country_code_invalid = + 后面的国家/地区代码不存在。
phone_too_short = 此电话号码太短。
phone_too_long = 此电话号码太长。
phone_extension_dropped = 分机号 { $extension } 无法随此号码一起发送，将被省略。
region_unknown = 未知的电话号码国家/地区。
phone_wrong_region = 请输入以下国家/地区的电话号码：{ $expected }。
email_invalid = 这不是有效的电子邮件地址。
email_missing_at = 电子邮件地址中必须包含 @。
email_local_invalid = { $reason ->
    [empty] 请填写 @ 前面的部分。
    [whitespace] 请删除 @ 前面的空格。
    [dot] @ 前面的部分不能以点号开头或结尾，也不能包含连续两个点号。
    [quote] @ 前面的引号无效。
   *[other] @ 前面的部分包含不允许的字符。
}
email_local_too_long = @ 前面的部分太长。
email_too_long = 此电子邮件地址太长。
email_domain_invalid = { $reason ->
    [empty] 请填写 @ 后面的域名。
    [whitespace] 请删除 @ 后面的空格。
    [underscore] 域名中不能包含下划线（_）。
    [dot] 域名不能以点号开头或结尾，也不能包含连续两个点号。
    [hyphen] 域名的各部分不能以连字符开头或结尾。
    [no_dot] 域名中需要有点号，例如 example.com。
    [tld] 域名没有以有效的后缀（如 .com 或 .cn）结尾。
    [too_long] 域名太长。
    [label_too_long] 域名中两个点号之间的部分太长。
    [idna] 这不是有效的国际化域名。
    [ip_literal] @ 后面的 IP 地址无效。
   *[other] @ 后面的部分不是有效的域名。
}
email_domain_special_use = 此域名无法接收电子邮件。
email_quoted_local = 不接受带引号的电子邮件地址。
email_ip_literal = 请使用域名，而不是 IP 地址。
email_non_ascii = 该服务商只接受由英文字母、数字和符号（ASCII）组成的电子邮件地址。
email_domain_suspect = 您是不是要输入 { $suggestion }？
email_domain_mixed_script = 此域名混用了不同字母表的字母，请确认是否为您要输入的域名。
country_unknown = 未知的国家/地区。
postal_code_invalid = 这不是 { $country } 的有效邮政编码。
postal_code_subdivision_mismatch = 此邮政编码不属于 { $subdivision }。
subdivision_unknown = 无法识别 { $country } 的这个州/省/地区，请检查。
address_incomplete = { $country } 的地址通常包含此项信息，如可以请补充。
id_invalid = 这不是有效的标识符。
digits_invalid = 只能输入数字 0–9。
digits_length = { $length ->
   *[other] 必须正好是 { $length } 位数字（您输入了 { $received_length } 位）。
}
date_invalid = 这不是有效的日期。
timestamp_invalid = 这不是以毫秒为单位的有效时间戳。
timestamp_skew = 此时间戳与当前时间相差太远。
