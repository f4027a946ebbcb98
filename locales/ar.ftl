# Arabic (ar): the text a form shows for each issue code. Format and rules: locales/en.ftl.
# CLDR plural forms: zero (0), one (1), two (2), few (3–10, 103–110…), many (11–99,
# 111–199…), other (100–102, fractions…). Numbers are written in Western digits.

-list-separator = {"، "}

field_required = هذا الحقل مطلوب.
invalid_type = نوع هذه القيمة غير صحيح (النوع المتوقع: { $expected }).
unknown_field = لا يقبل مزوّد الخدمة هذا الحقل.
field_not_allowed = { $reason ->
    [immutable] لا يمكن تغيير هذا الحقل بعد إنشاء العميل.
    [not_documented] لا يمكن إرسال هذا الحقل مع هذه العملية.
    [path_key] يحدد هذا الحقل العميل، ولا يُرسل مع الحقول الأخرى.
    [own_operations] يُغيَّر هذا الحقل على حدة، لا مع الحقول الأخرى.
    [use_token] لا يمكن إرسال بيانات الدفع هنا. استخدم رمز دفع بدلًا منها.
   *[other] لا يمكن إرسال هذا الحقل هنا.
}
value_empty = اترك هذا الحقل بدلًا من إرساله فارغًا.
value_not_allowed = اختر أحد الخيارات التالية: { $allowed }.
pattern_mismatch = هذه القيمة ليست بالصيغة المطلوبة.
one_of_required = املأ حقلًا واحدًا على الأقل من الحقول التالية: { $fields }.
duplicate_value = هذه القيمة مكررة في الإدخال رقم { $first_position }.
too_many_items = { $max ->
    [zero] لا يُسمح بأي عنصر ({ $max }).
    [one] الحد الأقصى المسموح به عنصر واحد.
    [two] الحد الأقصى المسموح به عنصران.
    [few] الحد الأقصى المسموح به { $max } عناصر.
    [many] الحد الأقصى المسموح به { $max } عنصرًا.
   *[other] الحد الأقصى المسموح به { $max } عنصر.
}
number_out_of_range = أدخل رقمًا من { $min } إلى { $max }.
too_few_items = { $min ->
    [zero] أضف { $min } عنصر على الأقل.
    [one] أضف عنصرًا واحدًا على الأقل.
    [two] أضف عنصرين على الأقل.
    [few] أضف { $min } عناصر على الأقل.
    [many] أضف { $min } عنصرًا على الأقل.
   *[other] أضف { $min } عنصر على الأقل.
}
too_deep = هذه القيمة متداخلة بمستويات كثيرة جدًا.
payload_too_large = يحتوي هذا النموذج على بيانات كثيرة جدًا.
csv_invalid = تعذّرت قراءة صف CSV هذا.
header_invalid = ترويسة ملف CSV ليست كما هو متوقع.
column_count = عدد الأعمدة في صف CSV هذا غير صحيح.
operation_unsupported = لا يوفّر مزوّد الخدمة هذه العملية.
data_not_loaded = جارٍ تحميل قواعد { $file }…
value_conflict = يوجد حقل آخر يعطي مزوّد الخدمة قيمة مختلفة هنا.
too_long = { $unit ->
    [bytes] { $max ->
        [zero] النص طويل جدًا: الحد الأقصى { $max } بايت.
        [one] النص طويل جدًا: الحد الأقصى بايت واحد.
        [two] النص طويل جدًا: الحد الأقصى بايتان.
        [few] النص طويل جدًا: الحد الأقصى { $max } بايتات.
        [many] النص طويل جدًا: الحد الأقصى { $max } بايتًا.
       *[other] النص طويل جدًا: الحد الأقصى { $max } بايت.
    }
   *[other] { $max ->
        [zero] النص طويل جدًا: الحد الأقصى { $max } حرف.
        [one] النص طويل جدًا: الحد الأقصى حرف واحد.
        [two] النص طويل جدًا: الحد الأقصى حرفان.
        [few] النص طويل جدًا: الحد الأقصى { $max } أحرف.
        [many] النص طويل جدًا: الحد الأقصى { $max } حرفًا.
       *[other] النص طويل جدًا: الحد الأقصى { $max } حرف.
    }
}
name_has_digits = لا يمكن أن يحتوي الاسم على أرقام.
too_short = { $min ->
    [zero] النص قصير جدًا: الحد الأدنى { $min } حرف.
    [one] النص قصير جدًا: الحد الأدنى حرف واحد.
    [two] النص قصير جدًا: الحد الأدنى حرفان.
    [few] النص قصير جدًا: الحد الأدنى { $min } أحرف.
    [many] النص قصير جدًا: الحد الأدنى { $min } حرفًا.
   *[other] النص قصير جدًا: الحد الأدنى { $min } حرف.
}
encoding_invalid = يحتوي هذا النص على أحرف غير صالحة.
json_invalid = هذا ليس JSON صالحًا.
text_control_character = احذف حرف التحكم غير المرئي.
text_bidi_control = احذف حرف اتجاه النص غير المرئي.
text_unpaired_surrogate = احذف الحرف التالف (نصف رمز تعبيري أو رمز).
phone_invalid = { $reason ->
    [not_a_number] هذا ليس رقم هاتف.
    [invalid_phone_context] الرقم الداخلي أو سياق رقم الهاتف هذا غير صالح.
   *[other] رقم الهاتف هذا غير صالح.
}
phone_region_required = ابدأ بعلامة + ورمز الدولة، أو اختر دولة الهاتف.
phone_country_code_invalid = رمز الدولة بعد علامة + غير موجود.
phone_too_short = رقم الهاتف هذا قصير جدًا.
phone_too_long = رقم الهاتف هذا طويل جدًا.
phone_extension_dropped = لا يمكن إرسال الرقم الداخلي { $extension } مع هذا الرقم وسيُحذف.
region_unknown = دولة الهاتف غير معروفة.
phone_wrong_region = أدخل رقم هاتف من هذه الدولة: { $expected }.
email_invalid = عنوان البريد الإلكتروني هذا غير صالح.
email_missing_at = يجب أن يحتوي عنوان البريد الإلكتروني على @.
email_local_invalid = { $reason ->
    [empty] أدخل الجزء الذي يسبق @.
    [whitespace] احذف المسافة قبل @.
    [dot] لا يمكن أن يبدأ الجزء الذي يسبق @ بنقطة أو ينتهي بها، ولا أن يحتوي على نقطتين متتاليتين.
    [quote] علامات الاقتباس قبل @ غير صالحة.
   *[other] يحتوي الجزء الذي يسبق @ على حرف غير مسموح به.
}
email_local_too_long = الجزء الذي يسبق @ طويل جدًا.
email_too_long = عنوان البريد الإلكتروني هذا طويل جدًا.
email_domain_invalid = { $reason ->
    [empty] أدخل النطاق بعد @.
    [whitespace] احذف المسافة بعد @.
    [underscore] لا يمكن أن يحتوي اسم النطاق على شرطة سفلية (_).
    [dot] لا يمكن أن يبدأ النطاق بنقطة أو ينتهي بها، ولا أن يحتوي على نقطتين متتاليتين.
    [hyphen] لا يمكن أن يبدأ جزء من النطاق بشرطة أو ينتهي بها.
    [no_dot] يجب أن يحتوي النطاق على نقطة، مثل example.com.
    [tld] لا ينتهي النطاق بامتداد صالح مثل .com.
    [too_long] النطاق طويل جدًا.
    [label_too_long] أحد أجزاء النطاق بين النقاط طويل جدًا.
    [idna] هذا ليس اسم نطاق دوليًا صالحًا.
    [ip_literal] عنوان IP بعد @ غير صالح.
   *[other] الجزء الذي يلي @ ليس نطاقًا صالحًا.
}
email_domain_special_use = لا يمكن لهذا النطاق استقبال البريد الإلكتروني.
email_quoted_local = لا تُقبل عناوين البريد الإلكتروني الموضوعة بين علامات اقتباس.
email_ip_literal = استخدم اسم نطاق، وليس عنوان IP.
email_non_ascii = لا يقبل مزوّد الخدمة هذا إلا عناوين البريد الإلكتروني المكتوبة بأحرف لاتينية (ASCII).
email_domain_suspect = هل تقصد { $suggestion }؟
email_domain_mixed_script = يخلط هذا النطاق بين أحرف من أبجديات مختلفة: تأكد من أنه النطاق المقصود.
country_unknown = دولة غير معروفة.
postal_code_invalid = هذا ليس رمزًا بريديًا صالحًا لهذه الدولة: { $country }.
postal_code_subdivision_mismatch = هذا الرمز البريدي لا يتبع { $subdivision }.
subdivision_unknown = لم نتعرّف على هذه الولاية أو المنطقة في { $country }: يُرجى التحقق منها.
address_incomplete = العنوان في { $country } يتضمن عادةً هذه المعلومة: أضفها إن أمكن.
id_invalid = هذا ليس معرّفًا صالحًا.
digits_invalid = الأرقام من 0 إلى 9 فقط من فضلك.
digits_length = { $length ->
    [zero] يجب أن يتكون من { $length } رقم بالضبط (أدخلت { $received_length }).
    [one] يجب أن يتكون من رقم واحد بالضبط (أدخلت { $received_length }).
    [two] يجب أن يتكون من رقمين بالضبط (أدخلت { $received_length }).
    [few] يجب أن يتكون من { $length } أرقام بالضبط (أدخلت { $received_length }).
    [many] يجب أن يتكون من { $length } رقمًا بالضبط (أدخلت { $received_length }).
   *[other] يجب أن يتكون من { $length } رقم بالضبط (أدخلت { $received_length }).
}
date_invalid = هذا ليس تاريخًا صالحًا.
timestamp_invalid = هذا ليس طابعًا زمنيًا صالحًا بالمللي ثانية.
timestamp_skew = هذا الطابع الزمني بعيد جدًا عن الوقت الحالي.
