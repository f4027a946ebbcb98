// The page's language: a picker in the header; issue messages from the package's catalogs
// (customer-validate/locales, generated from locales/*.ftl), loaded per language on demand;
// country names from the browser (Intl.DisplayNames, no bytes shipped); the page's own text
// and field labels from the phrasebook below; `lang` and `dir` (Arabic: right to left) on
// <html>. Switching dispatches `cv:locale` on document, on which main.js checks again.
import { LOCALES, format, negotiate } from '../pkg/locales/index.js';
import en from '../pkg/locales/en.js';

// Written out so a bundler sees each module; only the chosen one is fetched.
const LOADERS = {
  en: async () => ({ default: en }),
  es: () => import('../pkg/locales/es.js'),
  'pt-BR': () => import('../pkg/locales/pt-BR.js'),
  fr: () => import('../pkg/locales/fr.js'),
  de: () => import('../pkg/locales/de.js'),
  it: () => import('../pkg/locales/it.js'),
  nl: () => import('../pkg/locales/nl.js'),
  pl: () => import('../pkg/locales/pl.js'),
  tr: () => import('../pkg/locales/tr.js'),
  ja: () => import('../pkg/locales/ja.js'),
  'zh-CN': () => import('../pkg/locales/zh-CN.js'),
  ar: () => import('../pkg/locales/ar.js'),
};

const RTL = new Set(['ar']);

// The page's own text and the form's labels, by their English text; translations in the
// order of ORDER.
const ORDER = ['es', 'pt-BR', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'ja', 'zh-CN', 'ar'];
const PHRASES = {
  Language: ['Idioma', 'Idioma', 'Langue', 'Sprache', 'Lingua', 'Taal', 'Język', 'Dil', '言語', '语言', 'اللغة'],
  'checkout & signup form demo': ['demostración de formulario de pago y registro', 'demonstração de formulário de checkout e cadastro', 'démo de formulaire de paiement et d’inscription', 'Demo eines Checkout- und Anmeldeformulars', 'demo di un modulo di checkout e registrazione', 'demo van een afreken- en aanmeldformulier', 'demo formularza płatności i rejestracji', 'ödeme ve kayıt formu demosu', '決済・登録フォームのデモ', '结账与注册表单演示', 'عرض توضيحي لنموذج الدفع والتسجيل'],
  'Nothing is sent anywhere.': ['No se envía nada a ningún sitio.', 'Nada é enviado a lugar nenhum.', 'Rien n’est envoyé nulle part.', 'Es wird nichts gesendet.', 'Non viene inviato nulla.', 'Er wordt niets verstuurd.', 'Nic nie jest nigdzie wysyłane.', 'Hiçbir şey hiçbir yere gönderilmez.', 'どこにも何も送信されません。', '不会向任何地方发送任何内容。', 'لا يُرسل أي شيء إلى أي مكان.'],
  'Every field is checked in your browser by the': ['Cada campo se comprueba en su navegador con el paquete', 'Cada campo é verificado no seu navegador pelo pacote', 'Chaque champ est vérifié dans votre navigateur par le paquet', 'Jedes Feld wird in Ihrem Browser vom Paket', 'Ogni campo viene verificato nel browser dal pacchetto', 'Elk veld wordt in uw browser gecontroleerd door het pakket', 'Każde pole jest sprawdzane w przeglądarce przez pakiet', 'Her alan tarayıcınızda şu paketle denetlenir:', 'すべての項目はブラウザー内で次のパッケージによって検証されます：', '每个字段都在您的浏览器中由以下软件包检查：', 'يُفحص كل حقل في متصفحك بواسطة الحزمة'],
  'WebAssembly package, with the same rules the server and the CLI use. On submit you see the exact JSON the provider would receive.': ['(WebAssembly), con las mismas reglas que usan el servidor y la CLI. Al enviar verá el JSON exacto que recibiría el proveedor.', '(WebAssembly), com as mesmas regras do servidor e da CLI. Ao enviar, você vê o JSON exato que o provedor receberia.', '(WebAssembly), avec les mêmes règles que le serveur et la CLI. À l’envoi, vous voyez le JSON exact que recevrait le prestataire.', '(WebAssembly) geprüft, mit denselben Regeln wie Server und CLI. Beim Senden sehen Sie genau das JSON, das der Anbieter erhalten würde.', '(WebAssembly), con le stesse regole del server e della CLI. All’invio vedi il JSON esatto che riceverebbe il fornitore.', '(WebAssembly), met dezelfde regels als de server en de CLI. Bij versturen ziet u precies de JSON die de aanbieder zou ontvangen.', '(WebAssembly), według tych samych reguł co serwer i CLI. Po wysłaniu zobaczysz dokładnie ten JSON, który otrzymałby dostawca.', '(WebAssembly); sunucu ve CLI ile aynı kurallar. Gönderdiğinizde sağlayıcının alacağı JSON’u tam olarak görürsünüz.', '（WebAssembly）。サーバーやCLIと同じルールです。送信すると、事業者が受け取るJSONがそのまま表示されます。', '（WebAssembly），规则与服务器和 CLI 相同。提交后即可看到服务商将收到的确切 JSON。', '(WebAssembly)، بالقواعد نفسها التي يستخدمها الخادم وواجهة سطر الأوامر. عند الإرسال ترى JSON نفسه الذي سيستلمه المزوّد.'],
  'Name on the address': ['Nombre en la dirección', 'Nome no endereço', 'Nom sur l’adresse', 'Name in der Adresse', 'Nome sull’indirizzo', 'Naam op het adres', 'Imię i nazwisko w adresie', 'Adresteki ad', '宛名', '收件人姓名', 'الاسم في العنوان'],
  Mode: ['Modo', 'Modo', 'Mode', 'Modus', 'Modalità', 'Modus', 'Tryb', 'Mod', 'モード', '模式', 'الوضع'],
  'One provider operation': ['Una operación de un proveedor', 'Uma operação de um provedor', 'Une opération d’un prestataire', 'Ein Vorgang eines Anbieters', 'Un’operazione di un fornitore', 'Eén bewerking van een aanbieder', 'Jedna operacja dostawcy', 'Tek sağlayıcı işlemi', '1つの事業者の操作', '单个服务商操作', 'عملية واحدة لمزوّد واحد'],
  'All providers: one customer, every payload': ['Todos los proveedores: un cliente, todos los payloads', 'Todos os provedores: um cliente, todos os payloads', 'Tous les prestataires : un client, chaque payload', 'Alle Anbieter: ein Kunde, jede Nutzlast', 'Tutti i fornitori: un cliente, ogni payload', 'Alle aanbieders: één klant, elke payload', 'Wszyscy dostawcy: jeden klient, każdy payload', 'Tüm sağlayıcılar: tek müşteri, her yük', 'すべての事業者：1人の顧客、すべてのペイロード', '所有服务商：一个客户，每个数据包', 'كل المزوّدين: عميل واحد، كل الحمولات'],
  Provider: ['Proveedor', 'Provedor', 'Prestataire', 'Anbieter', 'Fornitore', 'Aanbieder', 'Dostawca', 'Sağlayıcı', '事業者', '服务商', 'المزوّد'],
  Operation: ['Operación', 'Operação', 'Opération', 'Vorgang', 'Operazione', 'Bewerking', 'Operacja', 'İşlem', '操作', '操作', 'العملية'],
  'Phone numbers without + are from': ['Los teléfonos sin + son de', 'Telefones sem + são de', 'Les numéros sans + sont de', 'Telefonnummern ohne + sind aus', 'I numeri senza + sono di', 'Telefoonnummers zonder + komen uit', 'Numery bez + są z kraju', '+ olmadan yazılan numaraların ülkesi', '+なしの電話番号の国', '不带 + 的电话号码所属国家/地区', 'أرقام الهاتف دون + هي من'],
  Customer: ['Cliente', 'Cliente', 'Client', 'Kunde', 'Cliente', 'Klant', 'Klient', 'Müşteri', '顧客', '客户', 'العميل'],
  'Validate customer': ['Validar cliente', 'Validar cliente', 'Valider le client', 'Kunden prüfen', 'Convalida cliente', 'Klant valideren', 'Sprawdź klienta', 'Müşteriyi doğrula', '顧客を検証', '验证客户', 'تحقّق من العميل'],
  'Check customer': ['Comprobar cliente', 'Verificar cliente', 'Vérifier le client', 'Kunden prüfen', 'Verifica cliente', 'Klant controleren', 'Sprawdź klienta', 'Müşteriyi kontrol et', '顧客を確認', '检查客户', 'افحص العميل'],
  'Press Enter in any field to submit.': ['Pulse Intro en cualquier campo para enviar.', 'Pressione Enter em qualquer campo para enviar.', 'Appuyez sur Entrée dans un champ pour valider.', 'Drücken Sie in einem Feld die Eingabetaste, um zu senden.', 'Premi Invio in un campo qualsiasi per inviare.', 'Druk in een veld op Enter om te versturen.', 'Naciśnij Enter w dowolnym polu, aby wysłać.', 'Göndermek için herhangi bir alanda Enter’a basın.', 'いずれかの項目でEnterキーを押すと送信します。', '在任一字段中按 Enter 键即可提交。', 'اضغط Enter في أي حقل للإرسال.'],
  'Normalized payload': ['Payload normalizado', 'Payload normalizado', 'Payload normalisé', 'Normalisierte Nutzlast', 'Payload normalizzato', 'Genormaliseerde payload', 'Znormalizowany payload', 'Normalleştirilmiş yük', '正規化されたペイロード', '规范化后的数据包', 'الحمولة بعد التوحيد'],
  'Submit the form to see the payload.': ['Envíe el formulario para ver el payload.', 'Envie o formulário para ver o payload.', 'Validez le formulaire pour voir le payload.', 'Senden Sie das Formular, um die Nutzlast zu sehen.', 'Invia il modulo per vedere il payload.', 'Verstuur het formulier om de payload te zien.', 'Wyślij formularz, aby zobaczyć payload.', 'Yükü görmek için formu gönderin.', 'フォームを送信するとペイロードが表示されます。', '提交表单即可查看数据包。', 'أرسل النموذج لرؤية الحمولة.'],
  'Choose…': ['Elija…', 'Escolha…', 'Choisir…', 'Auswählen…', 'Scegli…', 'Kies…', 'Wybierz…', 'Seçin…', '選択…', '请选择…', 'اختر…'],
  Name: ['Nombre', 'Nome', 'Nom', 'Name', 'Nome', 'Naam', 'Imię i nazwisko', 'Ad', '氏名', '姓名', 'الاسم'],
  'Full name': ['Nombre completo', 'Nome completo', 'Nom complet', 'Vollständiger Name', 'Nome completo', 'Volledige naam', 'Imię i nazwisko', 'Ad soyad', '氏名', '全名', 'الاسم الكامل'],
  'Full or business name': ['Nombre completo o de la empresa', 'Nome completo ou da empresa', 'Nom complet ou raison sociale', 'Vollständiger Name oder Firmenname', 'Nome completo o ragione sociale', 'Volledige naam of bedrijfsnaam', 'Imię i nazwisko lub nazwa firmy', 'Ad soyad veya şirket adı', '氏名または会社名', '全名或企业名称', 'الاسم الكامل أو اسم الشركة'],
  'First name': ['Nombre', 'Nome', 'Prénom', 'Vorname', 'Nome', 'Voornaam', 'Imię', 'Ad', '名', '名', 'الاسم الأول'],
  'Last name': ['Apellidos', 'Sobrenome', 'Nom', 'Nachname', 'Cognome', 'Achternaam', 'Nazwisko', 'Soyadı', '姓', '姓', 'اسم العائلة'],
  'Given name': ['Nombre', 'Nome', 'Prénom', 'Vorname', 'Nome', 'Voornaam', 'Imię', 'Ad', '名', '名', 'الاسم الأول'],
  'Family name': ['Apellidos', 'Sobrenome', 'Nom de famille', 'Nachname', 'Cognome', 'Achternaam', 'Nazwisko', 'Soyadı', '姓', '姓', 'اسم العائلة'],
  Email: ['Correo electrónico', 'E-mail', 'E-mail', 'E-Mail', 'Email', 'E-mail', 'E-mail', 'E-posta', 'メールアドレス', '电子邮件', 'البريد الإلكتروني'],
  'Phone number': ['Teléfono', 'Telefone', 'Téléphone', 'Telefonnummer', 'Numero di telefono', 'Telefoonnummer', 'Numer telefonu', 'Telefon numarası', '電話番号', '电话号码', 'رقم الهاتف'],
  Address: ['Dirección', 'Endereço', 'Adresse', 'Adresse', 'Indirizzo', 'Adres', 'Adres', 'Adres', '住所', '地址', 'العنوان'],
  'Billing address': ['Dirección de facturación', 'Endereço de cobrança', 'Adresse de facturation', 'Rechnungsadresse', 'Indirizzo di fatturazione', 'Factuuradres', 'Adres rozliczeniowy', 'Fatura adresi', '請求先住所', '账单地址', 'عنوان الفوترة'],
  Shipping: ['Envío', 'Entrega', 'Livraison', 'Versand', 'Spedizione', 'Verzending', 'Wysyłka', 'Teslimat', '配送先', '收货信息', 'الشحن'],
  'Address line 1': ['Dirección, línea 1', 'Endereço, linha 1', 'Adresse, ligne 1', 'Adresszeile 1', 'Indirizzo, riga 1', 'Adresregel 1', 'Adres, wiersz 1', 'Adres satırı 1', '住所1', '地址第 1 行', 'سطر العنوان 1'],
  'Address line 2': ['Dirección, línea 2', 'Endereço, linha 2', 'Adresse, ligne 2', 'Adresszeile 2', 'Indirizzo, riga 2', 'Adresregel 2', 'Adres, wiersz 2', 'Adres satırı 2', '住所2', '地址第 2 行', 'سطر العنوان 2'],
  Street: ['Calle', 'Rua', 'Rue', 'Straße', 'Via', 'Straat', 'Ulica', 'Sokak', '番地', '街道', 'الشارع'],
  City: ['Ciudad', 'Cidade', 'Ville', 'Stadt', 'Città', 'Plaats', 'Miejscowość', 'Şehir', '市区町村', '城市', 'المدينة'],
  'State / region': ['Estado / región', 'Estado / região', 'État / région', 'Bundesland / Region', 'Stato / regione', 'Staat / regio', 'Stan / region', 'Eyalet / bölge', '州・地域', '州/地区', 'الولاية / المنطقة'],
  State: ['Estado', 'Estado', 'État', 'Bundesstaat', 'Stato', 'Staat', 'Stan', 'Eyalet', '州', '州', 'الولاية'],
  Province: ['Provincia', 'Província', 'Province', 'Provinz', 'Provincia', 'Provincie', 'Prowincja', 'İl', '県・省', '省', 'المقاطعة'],
  Prefecture: ['Prefectura', 'Prefeitura', 'Préfecture', 'Präfektur', 'Prefettura', 'Prefectuur', 'Prefektura', 'Prefektörlük', '都道府県', '都道府县', 'المحافظة'],
  'Postal code': ['Código postal', 'CEP / código postal', 'Code postal', 'Postleitzahl', 'Codice postale', 'Postcode', 'Kod pocztowy', 'Posta kodu', '郵便番号', '邮政编码', 'الرمز البريدي'],
  'ZIP code': ['Código ZIP', 'Código ZIP', 'Code ZIP', 'ZIP-Code', 'Codice ZIP', 'ZIP-code', 'Kod ZIP', 'ZIP kodu', 'ZIPコード', 'ZIP 邮编', 'الرمز البريدي (ZIP)'],
  Postcode: ['Código postal', 'Código postal', 'Code postal', 'Postleitzahl', 'Codice postale', 'Postcode', 'Kod pocztowy', 'Posta kodu', '郵便番号', '邮政编码', 'الرمز البريدي'],
  Eircode: ['Eircode', 'Eircode', 'Eircode', 'Eircode', 'Eircode', 'Eircode', 'Eircode', 'Eircode', 'Eircode', 'Eircode', 'Eircode'],
  // Field labels and hints the providers' modules and layouts.js declare, operations, the page's status.
  '0x followed by 40 hex digits.': ['0x seguido de 40 dígitos hexadecimales.', '0x seguido de 40 dígitos hexadecimais.', '0x suivi de 40 chiffres hexadécimaux.', '0x gefolgt von 40 Hexadezimalziffern.', '0x seguito da 40 cifre esadecimali.', '0x gevolgd door 40 hexadecimale cijfers.', '0x, a po nim 40 cyfr szesnastkowych.', '0x ve ardından 40 onaltılık rakam.', '0x に続けて16進数40桁。', '0x 后跟 40 位十六进制数字。', '0x متبوعًا بـ 40 رقمًا ست عشريًا.'],
  'A Nigerian number; sent as 0XXXXXXXXXX.': ['Un número de Nigeria; se envía como 0XXXXXXXXXX.', 'Um número da Nigéria; enviado como 0XXXXXXXXXX.', 'Un numéro nigérian ; envoyé sous la forme 0XXXXXXXXXX.', 'Eine nigerianische Nummer; gesendet als 0XXXXXXXXXX.', 'Un numero nigeriano; inviato come 0XXXXXXXXXX.', 'Een Nigeriaans nummer; verstuurd als 0XXXXXXXXXX.', 'Numer nigeryjski; wysyłany jako 0XXXXXXXXXX.', 'Nijerya numarası; 0XXXXXXXXXX olarak gönderilir.', 'ナイジェリアの番号。0XXXXXXXXXX の形式で送信されます。', '尼日利亚号码；以 0XXXXXXXXXX 格式发送。', 'رقم نيجيري؛ يُرسل بالصيغة 0XXXXXXXXXX.'],
  'App data (JSON, merchant only)': ['Datos de la aplicación (JSON, solo para el comercio)', 'Dados do aplicativo (JSON, só para o lojista)', 'Données d’application (JSON, réservées au marchand)', 'App-Daten (JSON, nur für den Händler)', 'Dati dell’app (JSON, solo per l’esercente)', 'App-gegevens (JSON, alleen voor de verkoper)', 'Dane aplikacji (JSON, tylko dla sprzedawcy)', 'Uygulama verileri (JSON, yalnızca satıcı için)', 'アプリデータ（JSON、加盟店のみ）', '应用数据（JSON，仅商户可见）', 'بيانات التطبيق (JSON، للتاجر فقط)'],
  'As on the card': ['Como figura en la tarjeta', 'Como no cartão', 'Comme sur la carte', 'Wie auf der Karte', 'Come sulla carta', 'Zoals op de kaart', 'Jak na karcie', 'Kartta yazdığı gibi', 'カードの表記どおり', '与卡面一致', 'كما يظهر على البطاقة'],
  'BVN and NIN: 11 digits.': ['BVN y NIN: 11 dígitos.', 'BVN e NIN: 11 dígitos.', 'BVN et NIN : 11 chiffres.', 'BVN und NIN: 11 Ziffern.', 'BVN e NIN: 11 cifre.', 'BVN en NIN: 11 cijfers.', 'BVN i NIN: 11 cyfr.', 'BVN ve NIN: 11 hane.', 'BVN と NIN：11桁。', 'BVN 和 NIN：11 位数字。', 'BVN وNIN: 11 رقمًا.'],
  'Bank Verification Number: 11 digits.': ['Número de verificación bancaria (BVN): 11 dígitos.', 'Número de verificação bancária (BVN): 11 dígitos.', 'Numéro de vérification bancaire (BVN) : 11 chiffres.', 'Bankverifizierungsnummer (BVN): 11 Ziffern.', 'Numero di verifica bancaria (BVN): 11 cifre.', 'Bankverificatienummer (BVN): 11 cijfers.', 'Bankowy numer weryfikacyjny (BVN): 11 cyfr.', 'Banka Doğrulama Numarası (BVN): 11 hane.', '銀行認証番号（BVN）：11桁。', '银行验证号码（BVN）：11 位数字。', 'رقم التحقق المصرفي (BVN): 11 رقمًا.'],
  'Contact addresses': ['Datos de contacto', 'Contatos', 'Coordonnées', 'Kontaktadressen', 'Recapiti', 'Contactgegevens', 'Dane kontaktowe', 'İletişim adresleri', '連絡先', '联系方式', 'عناوين الاتصال'],
  'Customer id': ['ID de cliente', 'ID do cliente', 'Identifiant client', 'Kunden-ID', 'ID cliente', 'Klant-ID', 'ID klienta', 'Müşteri kimliği', '顧客ID', '客户 ID', 'معرّف العميل'],
  'Customer id (UUID)': ['ID de cliente (UUID)', 'ID do cliente (UUID)', 'Identifiant client (UUID)', 'Kunden-ID (UUID)', 'ID cliente (UUID)', 'Klant-ID (UUID)', 'ID klienta (UUID)', 'Müşteri kimliği (UUID)', '顧客ID（UUID）', '客户 ID（UUID）', 'معرّف العميل (UUID)'],
  'Customer kind': ['Tipo de cliente', 'Tipo de cliente', 'Type de client', 'Kundenart', 'Tipo di cliente', 'Soort klant', 'Rodzaj klienta', 'Müşteri türü', '顧客の種別', '客户类别', 'نوع العميل'],
  'Customer reference': ['Referencia del cliente', 'Referência do cliente', 'Référence client', 'Kundenreferenz', 'Riferimento cliente', 'Klantreferentie', 'Identyfikator klienta', 'Müşteri referansı', '顧客参照番号', '客户参考号', 'مرجع العميل'],
  Kind: ['Tipo', 'Tipo', 'Type', 'Art', 'Tipo', 'Soort', 'Rodzaj', 'Tür', '種別', '类别', 'النوع'],
  'Merchant account (0x…)': ['Cuenta del comercio (0x…)', 'Conta do lojista (0x…)', 'Compte marchand (0x…)', 'Händlerkonto (0x…)', 'Conto esercente (0x…)', 'Verkopersaccount (0x…)', 'Konto sprzedawcy (0x…)', 'Satıcı hesabı (0x…)', '加盟店アカウント（0x…）', '商户账户（0x…）', 'حساب التاجر (0x…)'],
  'Metadata (JSON, shown to the customer)': ['Metadatos (JSON, visibles para el cliente)', 'Metadados (JSON, visíveis ao cliente)', 'Métadonnées (JSON, visibles par le client)', 'Metadaten (JSON, für den Kunden sichtbar)', 'Metadati (JSON, visibili al cliente)', 'Metadata (JSON, zichtbaar voor de klant)', 'Metadane (JSON, widoczne dla klienta)', 'Meta veriler (JSON, müşteriye gösterilir)', 'メタデータ（JSON、顧客に表示）', '元数据（JSON，向客户显示）', 'البيانات الوصفية (JSON، تظهر للعميل)'],
  'National ID': ['Documento de identidad', 'Documento de identidade', 'Pièce d’identité nationale', 'Nationale Kennung', 'Documento d’identità', 'Nationaal identificatienummer', 'Krajowy identyfikator', 'Ulusal kimlik', '国民ID', '国民身份号码', 'الهوية الوطنية'],
  'Never shown to the customer.': ['Nunca se muestra al cliente.', 'Nunca é mostrado ao cliente.', 'Jamais montré au client.', 'Wird dem Kunden nie angezeigt.', 'Mai mostrato al cliente.', 'Nooit zichtbaar voor de klant.', 'Nigdy nie jest pokazywane klientowi.', 'Müşteriye asla gösterilmez.', '顧客には表示されません。', '不会向客户显示。', 'لا يظهر للعميل أبدًا.'],
  Number: ['Número', 'Número', 'Numéro', 'Nummer', 'Numero', 'Nummer', 'Numer', 'Numara', '番号', '号码', 'الرقم'],
  'Only when it is not given + family name.': ['Solo si no es nombre + apellidos.', 'Só quando não for nome + sobrenome.', 'Seulement s’il ne s’agit pas de prénom + nom.', 'Nur wenn es nicht Vor- und Nachname ist.', 'Solo se non è nome + cognome.', 'Alleen als het niet voornaam + achternaam is.', 'Tylko gdy nie jest to imię + nazwisko.', 'Yalnızca ad + soyadı değilse.', '名と姓の組み合わせでない場合のみ。', '仅当不是“名 + 姓”时填写。', 'فقط إذا لم يكن الاسم الأول + اسم العائلة.'],
  'Phone numbers and email addresses; the first is the default.': ['Teléfonos y correos electrónicos; el primero es el predeterminado.', 'Telefones e e-mails; o primeiro é o padrão.', 'Numéros de téléphone et adresses e-mail ; le premier est celui par défaut.', 'Telefonnummern und E-Mail-Adressen; die erste ist die Standardadresse.', 'Numeri di telefono e indirizzi email; il primo è quello predefinito.', 'Telefoonnummers en e-mailadressen; de eerste is de standaard.', 'Numery telefonów i adresy e-mail; pierwszy jest domyślny.', 'Telefon numaraları ve e-posta adresleri; ilki varsayılandır.', '電話番号とメールアドレス。最初のものが既定になります。', '电话号码和电子邮件地址；第一个为默认。', 'أرقام الهواتف وعناوين البريد الإلكتروني؛ الأول هو الافتراضي.'],
  'Private notes': ['Notas privadas', 'Notas privadas', 'Notes privées', 'Private Notizen', 'Note private', 'Privénotities', 'Notatki prywatne', 'Özel notlar', '非公開メモ', '私人备注', 'ملاحظات خاصة'],
  Scheme: ['Tipo de documento', 'Tipo de documento', 'Type de pièce', 'Art der Kennung', 'Tipo di documento', 'Soort nummer', 'Rodzaj identyfikatora', 'Kimlik türü', 'ID の種類', '证件类型', 'نوع الهوية'],
  'Timestamp (Unix ms)': ['Marca de tiempo (Unix ms)', 'Carimbo de data/hora (Unix ms)', 'Horodatage (Unix ms)', 'Zeitstempel (Unix ms)', 'Timestamp (Unix ms)', 'Tijdstempel (Unix ms)', 'Znacznik czasu (Unix ms)', 'Zaman damgası (Unix ms)', 'タイムスタンプ（Unix ミリ秒）', '时间戳（Unix 毫秒）', 'الطابع الزمني (Unix بالمللي ثانية)'],
  'YYYY-MM-DD or DD/MM/YYYY.': ['AAAA-MM-DD o DD/MM/AAAA.', 'AAAA-MM-DD ou DD/MM/AAAA.', 'AAAA-MM-JJ ou JJ/MM/AAAA.', 'JJJJ-MM-TT oder TT/MM/JJJJ.', 'AAAA-MM-GG o GG/MM/AAAA.', 'JJJJ-MM-DD of DD/MM/JJJJ.', 'RRRR-MM-DD lub DD/MM/RRRR.', 'YYYY-AA-GG veya GG/AA/YYYY.', 'YYYY-MM-DD または DD/MM/YYYY。', 'YYYY-MM-DD 或 DD/MM/YYYY。', 'YYYY-MM-DD أو DD/MM/YYYY.'],
  'Your customer reference': ['Su referencia de cliente', 'Sua referência de cliente', 'Votre référence client', 'Ihre Kundenreferenz', 'Il tuo riferimento cliente', 'Uw klantreferentie', 'Twój identyfikator klienta', 'Müşteri referansınız', '貴社の顧客参照番号', '您的客户参考号', 'مرجع العميل لديك'],
  'Your customer reference (externalId)': ['Su referencia de cliente (externalId)', 'Sua referência de cliente (externalId)', 'Votre référence client (externalId)', 'Ihre Kundenreferenz (externalId)', 'Il tuo riferimento cliente (externalId)', 'Uw klantreferentie (externalId)', 'Twój identyfikator klienta (externalId)', 'Müşteri referansınız (externalId)', '貴社の顧客参照番号（externalId）', '您的客户参考号（externalId）', 'مرجع العميل لديك (externalId)'],
  Block: ['Bloquear', 'Bloquear', 'Bloquer', 'Sperren', 'Blocca', 'Blokkeren', 'Zablokuj', 'Engelle', 'ブロック', '冻结', 'حظر'],
  Unblock: ['Desbloquear', 'Desbloquear', 'Débloquer', 'Entsperren', 'Sblocca', 'Deblokkeren', 'Odblokuj', 'Engeli kaldır', 'ブロック解除', '解冻', 'إلغاء الحظر'],
  Archive: ['Archivar', 'Arquivar', 'Archiver', 'Archivieren', 'Archivia', 'Archiveren', 'Archiwizuj', 'Arşivle', 'アーカイブ', '归档', 'أرشفة'],
  Unarchive: ['Desarchivar', 'Desarquivar', 'Désarchiver', 'Wiederherstellen', 'Ripristina', 'Dearchiveren', 'Przywróć z archiwum', 'Arşivden çıkar', 'アーカイブ解除', '取消归档', 'إلغاء الأرشفة'],
  'Bulk CSV row': ['Fila de CSV masivo', 'Linha de CSV em lote', 'Ligne de CSV en masse', 'Zeile einer Massen-CSV', 'Riga di CSV massivo', 'Rij uit bulk-CSV', 'Wiersz zbiorczego CSV', 'Toplu CSV satırı', '一括CSVの行', '批量 CSV 行', 'صف CSV جماعي'],
  'Loading the validator…': ['Cargando el validador…', 'Carregando o validador…', 'Chargement du validateur…', 'Validator wird geladen…', 'Caricamento del validatore…', 'Validator wordt geladen…', 'Wczytywanie walidatora…', 'Doğrulayıcı yükleniyor…', 'バリデーターを読み込み中…', '正在加载验证器…', 'جارٍ تحميل المدقق…'],
  // The default phone country's hints without a value (the one with a value is region_hint).
  'Bloc: phone numbers are read as Nigerian.': ['Bloc: los teléfonos se leen como números de Nigeria.', 'Bloc: os telefones são lidos como números da Nigéria.', 'Bloc : les numéros sont lus comme nigérians.', 'Bloc: Telefonnummern werden als nigerianisch gelesen.', 'Bloc: i numeri di telefono sono letti come nigeriani.', 'Bloc: telefoonnummers worden als Nigeriaans gelezen.', 'Bloc: numery telefonów są odczytywane jako nigeryjskie.', 'Bloc: telefon numaraları Nijerya numarası olarak okunur.', 'Bloc：電話番号はナイジェリアの番号として読み取られます。', 'Bloc：电话号码按尼日利亚号码读取。', 'Bloc: تُقرأ أرقام الهاتف على أنها نيجيرية.'],
  'No phone number in this operation.': ['Esta operación no tiene número de teléfono.', 'Esta operação não tem número de telefone.', 'Cette opération n’a pas de numéro de téléphone.', 'Dieser Vorgang hat keine Telefonnummer.', 'Questa operazione non ha un numero di telefono.', 'Deze bewerking heeft geen telefoonnummer.', 'Ta operacja nie ma numeru telefonu.', 'Bu işlemde telefon numarası yok.', 'この操作には電話番号がありません。', '此操作不含电话号码。', 'لا يوجد رقم هاتف في هذه العملية.'],
  // The "all providers" mode: its title, the Calypso envelope's inputs, the canonical form's
  // choices, the contacts' button and the cards' words without a value.
  'One customer, every provider': ['Un cliente, todos los proveedores', 'Um cliente, todos os provedores', 'Un client, tous les prestataires', 'Ein Kunde, alle Anbieter', 'Un cliente, tutti i fornitori', 'Eén klant, alle aanbieders', 'Jeden klient, wszyscy dostawcy', 'Tek müşteri, tüm sağlayıcılar', '1人の顧客、すべての事業者', '一个客户，所有服务商', 'عميل واحد، كل المزوّدين'],
  "Every provider's create payload": ['El payload de creación de cada proveedor', 'O payload de criação de cada provedor', 'Le payload de création de chaque prestataire', 'Die Anlage-Nutzlast jedes Anbieters', 'Il payload di creazione di ogni fornitore', 'De aanmaak-payload van elke aanbieder', 'Payload tworzenia klienta u każdego dostawcy', 'Her sağlayıcının oluşturma yükü', '各事業者の作成ペイロード', '每个服务商的创建数据包', 'حمولة الإنشاء لكل مزوّد'],
  'Converted in your browser as you type (': ['Convertido en su navegador mientras escribe (', 'Convertido no seu navegador enquanto você digita (', 'Converti dans votre navigateur pendant la saisie (', 'Während der Eingabe in Ihrem Browser umgewandelt (', 'Convertito nel browser mentre scrivi (', 'Omgezet in uw browser terwijl u typt (', 'Konwertowane w przeglądarce podczas pisania (', 'Siz yazarken tarayıcınızda dönüştürülür (', '入力に合わせてブラウザー内で変換します（', '在您输入时于浏览器中转换（', 'يُحوَّل في متصفحك أثناء الكتابة ('],
  '). Nothing is sent anywhere.': ['). No se envía nada a ningún sitio.', '). Nada é enviado a lugar nenhum.', '). Rien n’est envoyé nulle part.', '). Es wird nichts gesendet.', '). Non viene inviato nulla.', '). Er wordt niets verstuurd.', '). Nic nie jest nigdzie wysyłane.', '). Hiçbir şey hiçbir yere gönderilmez.', '）。どこにも何も送信されません。', '）。不会向任何地方发送任何内容。', '). لا يُرسل أي شيء إلى أي مكان.'],
  'Calypso merchant account': ['Cuenta de comercio en Calypso', 'Conta de lojista na Calypso', 'Compte marchand Calypso', 'Calypso-Händlerkonto', 'Conto esercente Calypso', 'Calypso-verkopersaccount', 'Konto sprzedawcy w Calypso', 'Calypso satıcı hesabı', 'Calypso の加盟店アカウント', 'Calypso 商户账户', 'حساب التاجر في Calypso'],
  'Calypso timestamp (Unix ms)': ['Marca de tiempo de Calypso (Unix ms)', 'Carimbo de data/hora da Calypso (Unix ms)', 'Horodatage Calypso (Unix ms)', 'Calypso-Zeitstempel (Unix ms)', 'Timestamp Calypso (Unix ms)', 'Calypso-tijdstempel (Unix ms)', 'Znacznik czasu Calypso (Unix ms)', 'Calypso zaman damgası (Unix ms)', 'Calypso のタイムスタンプ（Unix ms）', 'Calypso 时间戳（Unix 毫秒）', 'الطابع الزمني لـ Calypso (Unix ms)'],
  'Calypso timestamp': ['Marca de tiempo de Calypso', 'Carimbo de data/hora da Calypso', 'Horodatage Calypso', 'Calypso-Zeitstempel', 'Timestamp Calypso', 'Calypso-tijdstempel', 'Znacznik czasu Calypso', 'Calypso zaman damgası', 'Calypso のタイムスタンプ', 'Calypso 时间戳', 'الطابع الزمني لـ Calypso'],
  "0x followed by 40 hex digits; Calypso's envelope": ['0x seguido de 40 dígitos hexadecimales; campo del sobre de Calypso:', '0x seguido de 40 dígitos hexadecimais; campo do envelope da Calypso:', '0x suivi de 40 chiffres hexadécimaux ; champ de l’enveloppe Calypso :', '0x gefolgt von 40 Hexadezimalziffern; Feld im Calypso-Umschlag:', '0x seguito da 40 cifre esadecimali; campo della busta Calypso:', '0x gevolgd door 40 hexadecimale cijfers; veld in de Calypso-envelop:', '0x, a po nim 40 cyfr szesnastkowych; pole koperty Calypso:', '0x ve ardından 40 onaltılık rakam; Calypso zarfındaki alan:', '0x に続けて16進数40桁。Calypso のエンベロープの項目：', '0x 后跟 40 位十六进制数字；Calypso 信封中的字段：', '0x متبوعًا بـ 40 رقمًا ست عشريًا؛ حقل في مغلّف Calypso:'],
  Now: ['Ahora', 'Agora', 'Maintenant', 'Jetzt', 'Adesso', 'Nu', 'Teraz', 'Şimdi', '現在時刻', '现在', 'الآن'],
  '+ Add a phone or email': ['+ Añadir un teléfono o correo', '+ Adicionar telefone ou e-mail', '+ Ajouter un téléphone ou un e-mail', '+ Telefon oder E-Mail hinzufügen', '+ Aggiungi telefono o email', '+ Telefoon of e-mail toevoegen', '+ Dodaj telefon lub e-mail', '+ Telefon veya e-posta ekle', '+ 電話番号またはメールを追加', '+ 添加电话或电子邮件', '+ أضف هاتفًا أو بريدًا إلكترونيًا'],
  "Fix the customer's fields first.": ['Corrija primero los campos del cliente.', 'Corrija primeiro os campos do cliente.', 'Corrigez d’abord les champs du client.', 'Korrigieren Sie zuerst die Felder des Kunden.', 'Correggi prima i campi del cliente.', 'Verbeter eerst de velden van de klant.', 'Najpierw popraw pola klienta.', 'Önce müşteri alanlarını düzeltin.', 'まず顧客の項目を修正してください。', '请先修正客户字段。', 'صحّح حقول العميل أولًا.'],
  'BVN (Nigeria)': ['BVN (Nigeria)', 'BVN (Nigéria)', 'BVN (Nigeria)', 'BVN (Nigeria)', 'BVN (Nigeria)', 'BVN (Nigeria)', 'BVN (Nigeria)', 'BVN (Nijerya)', 'BVN（ナイジェリア）', 'BVN（尼日利亚）', 'BVN (نيجيريا)'],
  'NIN (Nigeria)': ['NIN (Nigeria)', 'NIN (Nigéria)', 'NIN (Nigeria)', 'NIN (Nigeria)', 'NIN (Nigeria)', 'NIN (Nigeria)', 'NIN (Nigeria)', 'NIN (Nijerya)', 'NIN（ナイジェリア）', 'NIN（尼日利亚）', 'NIN (نيجيريا)'],
  'VAT id': ['NIF-IVA', 'ID de IVA', 'N° de TVA', 'USt-IdNr.', 'Partita IVA', 'Btw-nummer', 'NIP UE', 'KDV numarası', 'VAT番号', '增值税号', 'رقم ضريبة القيمة المضافة'],
  Personal: ['Particular', 'Pessoa física', 'Particulier', 'Privatperson', 'Privato', 'Particulier', 'Osoba prywatna', 'Bireysel', '個人', '个人', 'فرد'],
  Business: ['Empresa', 'Empresa', 'Entreprise', 'Unternehmen', 'Azienda', 'Bedrijf', 'Firma', 'Kurumsal', '法人', '企业', 'شركة'],
  // A warning under the payload: the label, the message, then this.
  '(a warning: it does not block)': ['(aviso: no impide el envío)', '(aviso: não impede o envio)', '(avertissement : n’empêche pas l’envoi)', '(Warnung: verhindert das Senden nicht)', '(avviso: non blocca l’invio)', '(waarschuwing: blokkeert niet)', '(ostrzeżenie: nie blokuje wysyłki)', '(uyarı: gönderimi engellemez)', '（警告：送信は妨げません）', '（警告：不影响提交）', '(تحذير: لا يمنع الإرسال)'],
  'No country rules loaded yet: each is fetched when a value needs it.': ['Aún no se ha cargado ninguna regla de país: cada una se descarga cuando un valor la necesita.', 'Nenhuma regra de país carregada ainda: cada uma é baixada quando um valor precisa dela.', 'Aucune règle de pays chargée pour l’instant : chacune est téléchargée quand une valeur en a besoin.', 'Noch keine Länderregeln geladen: Jede wird geladen, sobald ein Wert sie braucht.', 'Nessuna regola dei paesi ancora caricata: ognuna viene scaricata quando un valore ne ha bisogno.', 'Nog geen landregels geladen: elke wordt opgehaald zodra een waarde die nodig heeft.', 'Nie wczytano jeszcze reguł żadnego kraju: każda jest pobierana, gdy wymaga jej wartość.', 'Henüz ülke kuralı yüklenmedi: her biri bir değer gerektirdiğinde indirilir.', '国のルールはまだ読み込まれていません。値が必要とした時点で取得します。', '尚未加载任何国家/地区规则：在值需要时才获取。', 'لم تُحمّل قواعد أي دولة بعد: تُجلب كل منها عندما تحتاجها قيمة.'],
  // Names of controls (aria-label) that show no text of their own.
  'Provider and operation': ['Proveedor y operación', 'Provedor e operação', 'Prestataire et opération', 'Anbieter und Vorgang', 'Fornitore e operazione', 'Aanbieder en bewerking', 'Dostawca i operacja', 'Sağlayıcı ve işlem', '事業者と操作', '服务商和操作', 'المزوّد والعملية'],
  'Phone number country': ['País del número de teléfono', 'País do número de telefone', 'Pays du numéro de téléphone', 'Land der Telefonnummer', 'Paese del numero di telefono', 'Land van het telefoonnummer', 'Kraj numeru telefonu', 'Telefon numarasının ülkesi', '電話番号の国', '电话号码所属国家/地区', 'دولة رقم الهاتف'],
  'Normalized payload as JSON': ['Payload normalizado en JSON', 'Payload normalizado em JSON', 'Payload normalisé en JSON', 'Normalisierte Nutzlast als JSON', 'Payload normalizzato in JSON', 'Genormaliseerde payload als JSON', 'Znormalizowany payload w formacie JSON', 'JSON olarak normalleştirilmiş yük', '正規化されたペイロード（JSON）', '规范化后的数据包（JSON）', 'الحمولة بعد التوحيد بصيغة JSON'],
  // The live lines under the fields that hold no value.
  'Not a complete phone number yet': ['Aún no es un número de teléfono completo', 'Ainda não é um número de telefone completo', 'Ce n’est pas encore un numéro de téléphone complet', 'Noch keine vollständige Telefonnummer', 'Non è ancora un numero di telefono completo', 'Nog geen volledig telefoonnummer', 'To jeszcze nie jest pełny numer telefonu', 'Henüz tam bir telefon numarası değil', '電話番号がまだ完全ではありません', '电话号码尚不完整', 'ليس رقم هاتف كاملًا بعد'],
  'Pick the country to check the format': ['Elija el país para comprobar el formato', 'Escolha o país para verificar o formato', 'Choisissez le pays pour vérifier le format', 'Wählen Sie das Land, um das Format zu prüfen', 'Scegli il paese per verificare il formato', 'Kies het land om de notatie te controleren', 'Wybierz kraj, aby sprawdzić format', 'Biçimi denetlemek için ülkeyi seçin', '形式を確認するには国を選んでください', '请选择国家/地区以检查格式', 'اختر الدولة للتحقق من الصيغة'],
  // The address label kinds of addressFormat (address-layout.js LABELS) and the phone's country.
  County: ['Condado', 'Condado', 'Comté', 'County', 'Contea', 'County', 'Hrabstwo', 'Kontluk', '郡', '郡', 'المقاطعة'],
  Emirate: ['Emirato', 'Emirado', 'Émirat', 'Emirat', 'Emirato', 'Emiraat', 'Emirat', 'Emirlik', '首長国', '酋长国', 'الإمارة'],
  'Post town': ['Localidad postal', 'Cidade postal', 'Ville postale', 'Poststadt', 'Città postale', 'Postplaats', 'Miejscowość pocztowa', 'Posta şehri', '郵便上の市町村', '邮政城镇', 'مدينة البريد'],
  Neighborhood: ['Barrio', 'Bairro', 'Quartier', 'Stadtteil', 'Quartiere', 'Wijk', 'Dzielnica', 'Mahalle', '地区', '街区', 'الحي'],
  Townland: ['Townland', 'Townland', 'Townland', 'Townland', 'Townland', 'Townland', 'Townland', 'Townland', 'タウンランド', '镇区', 'البلدة'],
  District: ['Distrito', 'Distrito', 'District', 'Bezirk', 'Distretto', 'District', 'Dzielnica', 'İlçe', '区', '区', 'المنطقة'],
  Suburb: ['Barrio', 'Bairro', 'Quartier', 'Vorort', 'Sobborgo', 'Buitenwijk', 'Osiedle', 'Semt', '地区', '郊区', 'الضاحية'],
  Island: ['Isla', 'Ilha', 'Île', 'Insel', 'Isola', 'Eiland', 'Wyspa', 'Ada', '島', '岛屿', 'الجزيرة'],
  Parish: ['Parroquia', 'Paróquia', 'Paroisse', 'Gemeinde', 'Parrocchia', 'Parochie', 'Parafia', 'Bucak', '教区', '教区', 'الأبرشية'],
  Department: ['Departamento', 'Departamento', 'Département', 'Departement', 'Dipartimento', 'Departement', 'Departament', 'Departman', '県', '省', 'المقاطعة'],
  Oblast: ['Óblast', 'Oblast', 'Oblast', 'Oblast', 'Oblast', 'Oblast', 'Obwód', 'Oblast', '州', '州', 'الأوبلاست'],
  Area: ['Zona', 'Área', 'Zone', 'Gebiet', 'Area', 'Gebied', 'Obszar', 'Bölge', '地域', '地区', 'المنطقة'],
  'PIN code': ['Código PIN', 'Código PIN', 'Code PIN', 'PIN-Code', 'Codice PIN', 'PIN-code', 'Kod PIN', 'PIN kodu', 'PINコード', 'PIN 码', 'الرمز البريدي (PIN)'],
  'Village / township': ['Pueblo / municipio', 'Vila / município', 'Village / commune', 'Dorf / Gemeinde', 'Villaggio / comune', 'Dorp / gemeente', 'Wieś / gmina', 'Köy / kasaba', '村・町', '村/镇', 'القرية / البلدة'],
  'Sorting code': ['Código de clasificación', 'Código de triagem', 'Code de tri (CEDEX)', 'Sortiercode', 'Codice di smistamento', 'Sorteercode', 'Kod sortowania', 'Ayırma kodu', '仕分けコード', '分拣码', 'رمز الفرز'],
  'Default country': ['País predeterminado', 'País padrão', 'Pays par défaut', 'Standardland', 'Paese predefinito', 'Standaardland', 'Kraj domyślny', 'Varsayılan ülke', '既定の国', '默认国家/地区', 'الدولة الافتراضية'],
  Country: ['País', 'País', 'Pays', 'Land', 'Paese', 'Land', 'Kraj', 'Ülke', '国', '国家/地区', 'الدولة'],
  Nationality: ['Nacionalidad', 'Nacionalidade', 'Nationalité', 'Staatsangehörigkeit', 'Nazionalità', 'Nationaliteit', 'Obywatelstwo', 'Uyruk', '国籍', '国籍', 'الجنسية'],
  'Date of birth': ['Fecha de nacimiento', 'Data de nascimento', 'Date de naissance', 'Geburtsdatum', 'Data di nascita', 'Geboortedatum', 'Data urodzenia', 'Doğum tarihi', '生年月日', '出生日期', 'تاريخ الميلاد'],
  Description: ['Descripción', 'Descrição', 'Description', 'Beschreibung', 'Descrizione', 'Omschrijving', 'Opis', 'Açıklama', '説明', '描述', 'الوصف'],
  'Customer type': ['Tipo de cliente', 'Tipo de cliente', 'Type de client', 'Kundentyp', 'Tipo di cliente', 'Klanttype', 'Typ klienta', 'Müşteri türü', '顧客の種類', '客户类型', 'نوع العميل'],
  Recipient: ['Destinatario', 'Destinatário', 'Destinataire', 'Empfänger', 'Destinatario', 'Ontvanger', 'Odbiorca', 'Alıcı', '受取人', '收件人', 'المستلم'],
  'Create customer': ['Crear cliente', 'Criar cliente', 'Créer un client', 'Kunden anlegen', 'Crea cliente', 'Klant aanmaken', 'Utwórz klienta', 'Müşteri oluştur', '顧客を作成', '创建客户', 'إنشاء عميل'],
  'Update customer': ['Actualizar cliente', 'Atualizar cliente', 'Modifier le client', 'Kunden ändern', 'Aggiorna cliente', 'Klant bijwerken', 'Zaktualizuj klienta', 'Müşteriyi güncelle', '顧客を更新', '更新客户', 'تحديث العميل'],
};

// Sentences the page writes with a value in them ($1), in the order of ORDER.
const PATTERNS = [
  [/^Loading the phone rules of (.+)…$/, ['Cargando las reglas de teléfono de $1…', 'Carregando as regras de telefone de $1…', 'Chargement des règles téléphoniques de $1…', 'Telefonregeln für $1 werden geladen…', 'Caricamento delle regole telefoniche di $1…', 'Telefoonregels van $1 worden geladen…', 'Wczytywanie reguł telefonicznych: $1…', '$1 telefon kuralları yükleniyor…', '$1 の電話番号ルールを読み込み中…', '正在加载 $1 的电话规则…', 'جارٍ تحميل قواعد الهاتف لـ $1…']],
  [/^Loading the address rules of (.+)…$/, ['Cargando las reglas de dirección de $1…', 'Carregando as regras de endereço de $1…', 'Chargement des règles d’adresse de $1…', 'Adressregeln für $1 werden geladen…', 'Caricamento delle regole degli indirizzi di $1…', 'Adresregels van $1 worden geladen…', 'Wczytywanie reguł adresowych: $1…', '$1 adres kuralları yükleniyor…', '$1 の住所ルールを読み込み中…', '正在加载 $1 的地址规则…', 'جارٍ تحميل قواعد العناوين لـ $1…']],
  [/^Loading the rules of (.+)…$/, ['Cargando las reglas de $1…', 'Carregando as regras de $1…', 'Chargement des règles de $1…', 'Regeln für $1 werden geladen…', 'Caricamento delle regole di $1…', 'Regels van $1 worden geladen…', 'Wczytywanie reguł: $1…', '$1 kuralları yükleniyor…', '$1 のルールを読み込み中…', '正在加载 $1 的规则…', 'جارٍ تحميل قواعد $1…']],
  [/^Address (\d+) \(default\)$/, ['Dirección $1 (predeterminada)', 'Endereço $1 (padrão)', 'Adresse $1 (par défaut)', 'Adresse $1 (Standard)', 'Indirizzo $1 (predefinito)', 'Adres $1 (standaard)', 'Adres $1 (domyślny)', '$1. adres (varsayılan)', 'アドレス$1（既定）', '地址 $1（默认）', 'العنوان $1 (الافتراضي)']],
  [/^Address (\d+)$/, ['Dirección $1', 'Endereço $1', 'Adresse $1', 'Adresse $1', 'Indirizzo $1', 'Adres $1', 'Adres $1', '$1. adres', 'アドレス$1', '地址 $1', 'العنوان $1']],
  [/^Move address (\d+) up$/, ['Subir la dirección $1', 'Mover o endereço $1 para cima', 'Monter l’adresse $1', 'Adresse $1 nach oben', 'Sposta su l’indirizzo $1', 'Adres $1 omhoog', 'Przenieś adres $1 w górę', '$1. adresi yukarı taşı', 'アドレス$1を上へ', '上移地址 $1', 'انقل العنوان $1 لأعلى']],
  [/^Move address (\d+) down$/, ['Bajar la dirección $1', 'Mover o endereço $1 para baixo', 'Descendre l’adresse $1', 'Adresse $1 nach unten', 'Sposta giù l’indirizzo $1', 'Adres $1 omlaag', 'Przenieś adres $1 w dół', '$1. adresi aşağı taşı', 'アドレス$1を下へ', '下移地址 $1', 'انقل العنوان $1 لأسفل']],
  [/^Remove address (\d+)$/, ['Quitar la dirección $1', 'Remover o endereço $1', 'Supprimer l’adresse $1', 'Adresse $1 entfernen', 'Rimuovi l’indirizzo $1', 'Adres $1 verwijderen', 'Usuń adres $1', '$1. adresi kaldır', 'アドレス$1を削除', '删除地址 $1', 'احذف العنوان $1']],
  [/^Fix (\d+) problems? before this can be sent:$/, ['Corrija antes de enviar (problemas: $1):', 'Corrija antes de enviar (problemas: $1):', 'À corriger avant l’envoi (problèmes : $1) :', 'Vor dem Senden zu korrigieren (Probleme: $1):', 'Da correggere prima dell’invio (problemi: $1):', 'Eerst verbeteren (problemen: $1):', 'Popraw przed wysłaniem (liczba błędów: $1):', 'Göndermeden önce düzeltin (sorun sayısı: $1):', '送信前に修正してください（問題：$1件）：', '提交前请修正（问题：$1 个）：', 'صحّح قبل الإرسال (عدد المشكلات: $1):']],
  [/^Not valid: nothing would be sent to (.+)\.$/, ['No es válido: no se enviaría nada a $1.', 'Inválido: nada seria enviado a $1.', 'Non valide : rien ne serait envoyé à $1.', 'Ungültig: An $1 würde nichts gesendet.', 'Non valido: non verrebbe inviato nulla a $1.', 'Ongeldig: er zou niets naar $1 worden verstuurd.', 'Nieprawidłowe: nic nie zostałoby wysłane do $1.', 'Geçersiz: $1 sağlayıcısına hiçbir şey gönderilmez.', '無効です：$1には何も送信されません。', '无效：不会向 $1 发送任何内容。', 'غير صالح: لن يُرسل أي شيء إلى $1.']],
  [/^Valid\. This is the exact JSON (.+) would receive \(nothing was sent\)\.$/, ['Válido. Este es el JSON exacto que recibiría $1 (no se envió nada).', 'Válido. Este é o JSON exato que $1 receberia (nada foi enviado).', 'Valide. Voici le JSON exact que recevrait $1 (rien n’a été envoyé).', 'Gültig. Genau dieses JSON würde $1 erhalten (nichts wurde gesendet).', 'Valido. Questo è il JSON esatto che riceverebbe $1 (non è stato inviato nulla).', 'Geldig. Dit is precies de JSON die $1 zou ontvangen (er is niets verstuurd).', 'Prawidłowe. Dokładnie taki JSON otrzymałby $1 (nic nie wysłano).', 'Geçerli. $1 tam olarak bu JSON’u alırdı (hiçbir şey gönderilmedi).', '有効です。$1が受け取るJSONはこのとおりです（何も送信していません）。', '有效。这就是 $1 将收到的确切 JSON（未发送任何内容）。', 'صالح. هذا هو JSON الذي سيستلمه $1 بالضبط (لم يُرسل شيء).']],
  [/^(.+): create customer$/, ['$1: crear cliente', '$1: criar cliente', '$1 : créer un client', '$1: Kunden anlegen', '$1: crea cliente', '$1: klant aanmaken', '$1: utwórz klienta', '$1: müşteri oluştur', '$1：顧客を作成', '$1：创建客户', '$1: إنشاء عميل']],
  [/^(.+): update customer$/, ['$1: actualizar cliente', '$1: atualizar cliente', '$1 : modifier le client', '$1: Kunden ändern', '$1: aggiorna cliente', '$1: klant bijwerken', '$1: zaktualizuj klienta', '$1: müşteriyi güncelle', '$1：顧客を更新', '$1：更新客户', '$1: تحديث العميل']],
  [/^Country rules loaded as needed: (.+)\.$/, ['Reglas de país cargadas según se necesitan: $1.', 'Regras de país carregadas conforme necessário: $1.', 'Règles de pays chargées au besoin : $1.', 'Länderregeln nach Bedarf geladen: $1.', 'Regole dei paesi caricate quando servono: $1.', 'Landregels geladen wanneer nodig: $1.', 'Reguły krajów wczytane w razie potrzeby: $1.', 'Gerektikçe yüklenen ülke kuralları: $1.', '必要に応じて読み込んだ国のルール：$1。', '按需加载的国家/地区规则：$1。', 'قواعد الدول المحمّلة عند الحاجة: $1.']],
];

// Sentences that carry a value, by a stable key, rendered where they are written (`say`):
// English first, then the languages of ORDER. `{name}` is a value, placed where each
// language puts it.
export const SENTENCES = {
  // The postal code's live line once valid: the code as the country writes it.
  postal_format: ['Format of {country}: {code}', 'Formato ({country}): {code}', 'Formato ({country}): {code}', 'Format ({country}) : {code}', 'Format ({country}): {code}', 'Formato ({country}): {code}', 'Notatie voor {country}: {code}', 'Format ({country}): {code}', '{country} biçimi: {code}', '{country}の形式：{code}', '{country}格式：{code}', 'صيغة {country}: {code}'],
  // The email's live line: the button that applies the domain suggested.
  use_suggestion: ['Use {suggestion}', 'Usar {suggestion}', 'Usar {suggestion}', 'Utiliser {suggestion}', '{suggestion} verwenden', 'Usa {suggestion}', '{suggestion} gebruiken', 'Użyj {suggestion}', '{suggestion} kullan', '{suggestion} を使う', '使用 {suggestion}', 'استخدم {suggestion}'],
  // The first option of Bloc's phone country select, whose country is fixed.
  fixed_country: ['{country} (fixed)', '{country} (fijo)', '{country} (fixo)', '{country} (imposé)', '{country} (fest)', '{country} (fisso)', '{country} (vast)', '{country} (stały)', '{country} (sabit)', '{country}（固定）', '{country}（固定）', '{country} (ثابت)'],
  // The "all providers" cards and status.
  card_needs: ['Needs: {fields}.', 'Necesita: {fields}.', 'Precisa de: {fields}.', 'Requis : {fields}.', 'Benötigt: {fields}.', 'Richiede: {fields}.', 'Vereist: {fields}.', 'Wymaga: {fields}.', 'Gerekenler: {fields}.', '必要な項目：{fields}。', '需要：{fields}。', 'يتطلب: {fields}.'],
  card_needs_nothing: ['Needs: nothing.', 'No necesita nada.', 'Não precisa de nada.', 'Rien n’est requis.', 'Benötigt nichts.', 'Non richiede nulla.', 'Vereist niets.', 'Nic nie jest wymagane.', 'Hiçbir şey gerekmez.', '必要な項目はありません。', '无需任何字段。', 'لا يتطلب شيئًا.'],
  card_ready: ['Ready: the exact JSON {provider} would receive (nothing was sent).', 'Listo: el JSON exacto que recibiría {provider} (no se envió nada).', 'Pronto: o JSON exato que {provider} receberia (nada foi enviado).', 'Prêt : le JSON exact que recevrait {provider} (rien n’a été envoyé).', 'Bereit: genau das JSON, das {provider} erhalten würde (nichts wurde gesendet).', 'Pronto: il JSON esatto che riceverebbe {provider} (non è stato inviato nulla).', 'Klaar: precies de JSON die {provider} zou ontvangen (er is niets verstuurd).', 'Gotowe: dokładnie taki JSON otrzymałby {provider} (nic nie wysłano).', 'Hazır: {provider} tam olarak bu JSON’u alırdı (hiçbir şey gönderilmedi).', '準備完了：{provider}が受け取るJSONはこのとおりです（何も送信していません）。', '就绪：这就是 {provider} 将收到的确切 JSON（未发送任何内容）。', 'جاهز: هذا هو JSON الذي سيستلمه {provider} بالضبط (لم يُرسل شيء).'],
  card_still_needed: ['Still needed for {provider}:', 'Falta para {provider}:', 'Ainda falta para {provider}:', 'Manque encore pour {provider} :', 'Für {provider} fehlt noch:', 'Manca ancora per {provider}:', 'Nog nodig voor {provider}:', 'Dla {provider} brakuje jeszcze:', '{provider} için hâlâ gerekenler:', '{provider}にまだ必要なもの：', '{provider} 仍需要：', 'لا يزال {provider} يحتاج إلى:'],
  card_missing: ['Missing: {fields}', 'Falta: {fields}', 'Falta: {fields}', 'Manquant : {fields}', 'Fehlt: {fields}', 'Manca: {fields}', 'Ontbreekt: {fields}', 'Brak: {fields}', 'Eksik: {fields}', '未入力：{fields}', '缺少：{fields}', 'ناقص: {fields}'],
  all_ready: ['Ready for {ready} of {total} providers: {list}.', 'Proveedores listos: {ready} de {total} ({list}).', 'Provedores prontos: {ready} de {total} ({list}).', 'Prestataires prêts : {ready} sur {total} ({list}).', 'Bereit für {ready} von {total} Anbietern: {list}.', 'Fornitori pronti: {ready} su {total} ({list}).', 'Klaar voor {ready} van {total} aanbieders: {list}.', 'Gotowi dostawcy: {ready} z {total} ({list}).', '{total} sağlayıcıdan {ready} tanesi hazır: {list}.', '準備完了の事業者：{total}中{ready}（{list}）。', '已就绪的服务商：{ready}/{total}（{list}）。', 'المزوّدون الجاهزون: {ready} من {total} ({list}).'],
  all_ready_none: ['Ready for {ready} of {total} providers.', 'Proveedores listos: {ready} de {total}.', 'Provedores prontos: {ready} de {total}.', 'Prestataires prêts : {ready} sur {total}.', 'Bereit für {ready} von {total} Anbietern.', 'Fornitori pronti: {ready} su {total}.', 'Klaar voor {ready} van {total} aanbieders.', 'Gotowi dostawcy: {ready} z {total}.', '{total} sağlayıcıdan {ready} tanesi hazır.', '準備完了の事業者：{total}中{ready}。', '已就绪的服务商：{ready}/{total}。', 'المزوّدون الجاهزون: {ready} من {total}.'],
  card_payload_label: ['{provider} payload as JSON', '{provider}: payload en JSON', '{provider}: payload em JSON', '{provider} : payload en JSON', '{provider}: Nutzlast als JSON', '{provider}: payload in JSON', '{provider}: payload als JSON', '{provider}: payload w formacie JSON', '{provider}: JSON olarak yük', '{provider}：ペイロード（JSON）', '{provider}：数据包（JSON）', '{provider}: الحمولة بصيغة JSON'],
  // Joining two items (joinWith folds a list with them).
  or: ['{a} or {b}', '{a} o {b}', '{a} ou {b}', '{a} ou {b}', '{a} oder {b}', '{a} o {b}', '{a} of {b}', '{a} lub {b}', '{a} veya {b}', '{a}または{b}', '{a}或{b}', '{a} أو {b}'],
  list: ['{a}, {b}', '{a}, {b}', '{a}, {b}', '{a}, {b}', '{a}, {b}', '{a}, {b}', '{a}, {b}', '{a}, {b}', '{a}, {b}', '{a}、{b}', '{a}、{b}', '{a}، {b}'],
  needs_list: ['{a}; {b}', '{a}; {b}', '{a}; {b}', '{a} ; {b}', '{a}; {b}', '{a}; {b}', '{a}; {b}', '{a}; {b}', '{a}; {b}', '{a}；{b}', '{a}；{b}', '{a}؛ {b}'],
  // The default phone country's hint; {option} is a <code>default_region</code>.
  region_hint: ['Sent as the {option} option.', 'Se envía como la opción {option}.', 'Enviado como a opção {option}.', 'Envoyé comme option {option}.', 'Wird als Option {option} gesendet.', 'Inviato come opzione {option}.', 'Verstuurd als de optie {option}.', 'Wysyłane jako opcja {option}.', '{option} seçeneği olarak gönderilir.', '{option} オプションとして送信されます。', '作为 {option} 选项发送。', 'يُرسل بوصفه الخيار {option}.'],
  region_hint_all: ['Sent as the {option} option (Bloc still reads Nigerian numbers).', 'Se envía como la opción {option} (Bloc sigue leyendo números de Nigeria).', 'Enviado como a opção {option} (o Bloc continua lendo números da Nigéria).', 'Envoyé comme option {option} (Bloc lit toujours des numéros nigérians).', 'Wird als Option {option} gesendet (Bloc liest weiterhin nigerianische Nummern).', 'Inviato come opzione {option} (Bloc legge comunque numeri nigeriani).', 'Verstuurd als de optie {option} (Bloc leest nog steeds Nigeriaanse nummers).', 'Wysyłane jako opcja {option} (Bloc nadal odczytuje numery nigeryjskie).', '{option} seçeneği olarak gönderilir (Bloc numaraları yine Nijerya numarası olarak okur).', '{option} オプションとして送信されます（Bloc は引き続きナイジェリアの番号として読み取ります）。', '作为 {option} 选项发送（Bloc 仍按尼日利亚号码读取）。', 'يُرسل بوصفه الخيار {option} (يظل Bloc يقرأ الأرقام على أنها نيجيرية).'],
  // The page's title (the tab's name): the package's name, then what the page is.
  page_title: ['{name} · checkout & signup form demo', '{name} · demostración de formulario de pago y registro', '{name} · demonstração de formulário de checkout e cadastro', '{name} · démo de formulaire de paiement et d’inscription', '{name} · Demo eines Checkout- und Anmeldeformulars', '{name} · demo di un modulo di checkout e registrazione', '{name} · demo van een afreken- en aanmeldformulier', '{name} · demo formularza płatności i rejestracji', '{name} · ödeme ve kayıt formu demosu', '{name} · 決済・登録フォームのデモ', '{name} · 结账与注册表单演示', 'عرض توضيحي لنموذج الدفع والتسجيل · {name}'],
  // A country's rules that could not be fetched: {files} the files (joined), {error} the
  // browser's own words (in a <bdi>), while checking and on submit.
  load_failed_check: ['Could not load the rules of {files} ({error}); they are fetched again on the next check.', 'No se pudieron cargar las reglas de {files} ({error}); se volverán a descargar en la próxima comprobación.', 'Não foi possível carregar as regras de {files} ({error}); elas serão baixadas de novo na próxima verificação.', 'Impossible de charger les règles de {files} ({error}) ; elles seront de nouveau téléchargées à la prochaine vérification.', 'Die Regeln für {files} konnten nicht geladen werden ({error}); sie werden bei der nächsten Prüfung erneut abgerufen.', 'Impossibile caricare le regole di {files} ({error}); verranno scaricate di nuovo al prossimo controllo.', 'De regels van {files} konden niet worden geladen ({error}); ze worden bij de volgende controle opnieuw opgehaald.', 'Nie udało się wczytać reguł: {files} ({error}); zostaną pobrane ponownie przy następnym sprawdzeniu.', '{files} kuralları yüklenemedi ({error}); bir sonraki denetimde yeniden indirilecek.', '{files} のルールを読み込めませんでした（{error}）。次の確認時にもう一度取得します。', '无法加载 {files} 的规则（{error}）；下次检查时会重新获取。', 'تعذّر تحميل قواعد {files} ({error})؛ ستُجلب مرة أخرى عند الفحص التالي.'],
  load_failed_submit: ['Could not load the rules of {files} ({error}). Submit again to retry.', 'No se pudieron cargar las reglas de {files} ({error}). Vuelva a enviar para reintentarlo.', 'Não foi possível carregar as regras de {files} ({error}). Envie de novo para tentar outra vez.', 'Impossible de charger les règles de {files} ({error}). Validez de nouveau pour réessayer.', 'Die Regeln für {files} konnten nicht geladen werden ({error}). Senden Sie erneut, um es noch einmal zu versuchen.', 'Impossibile caricare le regole di {files} ({error}). Invia di nuovo per riprovare.', 'De regels van {files} konden niet worden geladen ({error}). Verstuur opnieuw om het nog eens te proberen.', 'Nie udało się wczytać reguł: {files} ({error}). Wyślij ponownie, aby spróbować jeszcze raz.', '{files} kuralları yüklenemedi ({error}). Yeniden denemek için tekrar gönderin.', '{files} のルールを読み込めませんでした（{error}）。もう一度送信して再試行してください。', '无法加载 {files} 的规则（{error}）。请重新提交以重试。', 'تعذّر تحميل قواعد {files} ({error}). أرسل مرة أخرى لإعادة المحاولة.'],
};

// The phone's number types (checkPhone's `type`), English first, then ORDER.
export const NUMBER_TYPES = {
  fixed_line: ['fixed line', 'fijo', 'fixo', 'fixe', 'Festnetz', 'fisso', 'vast nummer', 'stacjonarny', 'sabit hat', '固定電話', '固定电话', 'هاتف أرضي'],
  mobile: ['mobile', 'móvil', 'celular', 'mobile', 'Mobilfunk', 'cellulare', 'mobiel', 'komórkowy', 'mobil', '携帯電話', '手机', 'جوال'],
  fixed_line_or_mobile: ['fixed line or mobile', 'fijo o móvil', 'fixo ou celular', 'fixe ou mobile', 'Festnetz oder Mobilfunk', 'fisso o cellulare', 'vast of mobiel', 'stacjonarny lub komórkowy', 'sabit hat veya mobil', '固定電話または携帯電話', '固定电话或手机', 'أرضي أو جوال'],
  toll_free: ['toll free', 'gratuito', 'ligação gratuita', 'numéro gratuit', 'gebührenfrei', 'numero verde', 'gratis nummer', 'bezpłatny', 'ücretsiz hat', 'フリーダイヤル', '免费电话', 'رقم مجاني'],
  premium_rate: ['premium rate', 'tarificación adicional', 'tarifa premium', 'numéro surtaxé', 'Mehrwertdienst', 'a tariffa maggiorata', 'betaalnummer', 'o podwyższonej opłacie', 'özel ücretli hat', '有料情報サービス', '付费服务电话', 'رقم بتعرفة مميزة'],
  shared_cost: ['shared cost', 'coste compartido', 'custo compartilhado', 'à coût partagé', 'geteilte Kosten', 'a costo ripartito', 'gedeelde kosten', 'o dzielonej opłacie', 'paylaşılan maliyetli hat', '料金分担番号', '分摊费用电话', 'رقم بتكلفة مشتركة'],
  voip: ['VoIP', 'VoIP', 'VoIP', 'VoIP', 'VoIP', 'VoIP', 'VoIP', 'VoIP', 'VoIP', 'IP電話', '网络电话', 'VoIP'],
  personal_number: ['personal number', 'número personal', 'número pessoal', 'numéro personnel', 'persönliche Nummer', 'numero personale', 'persoonlijk nummer', 'numer osobisty', 'kişisel numara', 'パーソナル番号', '个人号码', 'رقم شخصي'],
  pager: ['pager', 'buscapersonas', 'pager', 'radiomessagerie', 'Pager', 'cercapersone', 'pieper', 'pager', 'çağrı cihazı', 'ポケットベル', '寻呼机', 'جهاز نداء'],
  uan: ['universal access number', 'número de acceso universal', 'número de acesso universal', 'numéro d’accès universel', 'einheitliche Rufnummer', 'numero di accesso universale', 'universeel toegangsnummer', 'uniwersalny numer dostępu', 'evrensel erişim numarası', '統一番号', '统一接入号码', 'رقم وصول موحّد'],
  voicemail: ['voicemail', 'buzón de voz', 'correio de voz', 'messagerie vocale', 'Mailbox', 'segreteria telefonica', 'voicemail', 'poczta głosowa', 'sesli mesaj', '留守番電話', '语音信箱', 'بريد صوتي'],
};

let lang = 'en';
let catalog = en;

/** A row's text in the page's language: English is `row[0]`, then the languages of ORDER. */
const inLanguage = (row) => (lang === 'en' ? row[0] : row[ORDER.indexOf(lang) + 1]) ?? row[0];

/**
 * The sentence `key` of SENTENCES in the page's language, as the strings and nodes to append:
 * each `{name}` replaced by `values[name]` (text, or a node such as a `<code>`).
 * `say('use_suggestion', { suggestion: 'gmail.com' })` → `['Use ', 'gmail.com']` in English.
 */
export function say(key, values = {}) {
  return inLanguage(SENTENCES[key])
    .split(/(\{[a-z_]+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const name = part.match(/^\{([a-z_]+)\}$/)?.[1];
      return name !== undefined && values[name] !== undefined ? (typeof values[name] === 'object' ? values[name] : String(values[name])) : part;
    });
}

/** `say` as one string (for a button's text or an attribute). */
export const sayText = (key, values) => say(key, values).map((p) => (typeof p === 'string' ? p : p.textContent)).join('');

/** `items` joined by the two-item sentence `key` (`or`, `list`, `needs_list`); '' when empty. */
export const joinWith = (key, items) => (items.length === 0 ? '' : items.reduce((a, b) => sayText(key, { a, b })));

/** A phrase of the phrasebook (by its English text) in the page's language; else the text. */
export function phrase(text) {
  const row = PHRASES[text];
  return lang === 'en' || row === undefined ? text : (row[ORDER.indexOf(lang)] ?? text);
}

/** A phone number type (`mobile`, `fixed_line`…) in the page's language; undefined for `unknown`. */
export function numberTypeName(type) {
  const row = NUMBER_TYPES[type];
  return row === undefined ? undefined : inLanguage(row);
}

/** The page's language tag (one of the package's LOCALES). */
export const currentLanguage = () => lang;

const regionNames = new Map();
/** A region's name in the page's language (the browser's CLDR data), or undefined. */
export function regionName(code) {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) return undefined;
  let names = regionNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(lang, names);
  }
  try {
    const n = names?.of(code);
    return n && n !== code ? n : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The text for `issue` in the page's language: its catalog template with the params filled
 * in (a country code shown as its name; the member names of `fields` as the labels
 * `labelAt(pointer)` gives, English, translated here), or the package's own message when the
 * catalog has no message for the code or a param is missing.
 */
export function messageFor(issue, countryName = () => undefined, labelAt = () => undefined) {
  const params = { ...(issue.params ?? {}) };
  for (const key of ['country', 'expected']) {
    const name = regionName(params[key]) ?? (typeof params[key] === 'string' ? countryName(params[key]) : undefined);
    if (name !== undefined) params[key] = name;
  }
  // `fields` (one_of_required) names members beside the one the issue points at: each shown
  // as its field's label in the page's language where the form has that field, else as named.
  if (Array.isArray(params.fields) && typeof issue.pointer === 'string') {
    const parent = issue.pointer.slice(0, Math.max(0, issue.pointer.lastIndexOf('/')));
    params.fields = params.fields.map((name) => {
      if (typeof name !== 'string') return name;
      const label = labelAt(`${parent}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      return typeof label === 'string' && label !== '' ? phrase(label) : name;
    });
  }
  return format(catalog, issue.code, params) ?? issue.message;
}

/** The English phrase of a text, whitespace collapsed, with what surrounds it. */
function phraseOf(text) {
  const m = text.match(/^(\s*)([\s\S]*?)(\s*)$/);
  return { before: m[1], key: m[2].replace(/\s+/g, ' '), after: m[3] };
}

const english = new WeakMap();
// `data-said`: text rendered in the page's language at its source (`say`, country names),
// which a phrase must not rewrite (German names Iceland "Island", an English label here).
const SKIP = 'script, style, pre, code, .msg, #region, #countries, #lang-picker, [data-said]';

/** A phrase or pattern of the phrasebook (`key`, English) in the page's language; undefined when none. */
function translated(key) {
  let row = PHRASES[key];
  let value = '';
  if (row === undefined) {
    const hit = PATTERNS.find(([re]) => re.test(key));
    if (hit === undefined) return undefined;
    row = hit[1];
    value = key.match(hit[0])[1];
  }
  return lang === 'en' ? key : (row[ORDER.indexOf(lang)] ?? key).replace('$1', () => value);
}

function translateNode(node) {
  const original = english.get(node) ?? node.data;
  const { before, key, after } = phraseOf(original);
  const text = translated(key);
  if (text === undefined) return;
  english.set(node, original);
  const next = before + text + after;
  if (node.data !== next) node.data = next;
}

// An element's English aria-label and the text shown for it: a label the page sets later
// (anything but the text shown) is the new English.
const englishLabels = new WeakMap();

function translateLabel(e) {
  const current = e.getAttribute('aria-label');
  // A <pre>'s own label is a name, not its content: only what surrounds it can opt out.
  if (current === null || e.matches('[data-said]') || e.parentElement?.closest(SKIP)) return;
  const known = englishLabels.get(e);
  const original = known !== undefined && known[1] === current ? known[0] : current;
  const text = translated(original.trim());
  if (text === undefined) return;
  englishLabels.set(e, [original, text]);
  if (current !== text) e.setAttribute('aria-label', text);
}

/** Translates every known phrase under `root`, in text and in `aria-label`s. */
function translateTree(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) translateNode(n);
  if (root.hasAttribute?.('aria-label')) translateLabel(root);
  for (const e of root.querySelectorAll('[aria-label]')) translateLabel(e);
}

const collators = new Map();
/** Compares two names as the page's language sorts them (Intl.Collator, the browser's CLDR). */
export function compareNames(a, b) {
  let c = collators.get(lang);
  if (c === undefined) {
    try {
      c = new Intl.Collator(lang);
    } catch {
      c = new Intl.Collator();
    }
    collators.set(lang, c);
  }
  return c.compare(a, b);
}

/**
 * Puts the `<option>`s of `list` (a select or a datalist) in the page's language's order of
 * the names shown (`nameOf(option)`, its text by default); options without a value stay
 * first; a select keeps its value.
 */
export function sortOptions(list, nameOf = (o) => o.textContent) {
  const value = list.value;
  const options = [...list.children].filter((o) => o.tagName === 'OPTION');
  const fixed = options.filter((o) => o.value === '');
  const named = options.filter((o) => o.value !== '').map((o) => [nameOf(o), o]);
  named.sort(([a], [b]) => compareNames(a, b));
  list.append(...fixed, ...named.map(([, o]) => o));
  if (value !== undefined) list.value = value;
}

/** The country pickers' names in the page's language, in its order. */
function relabelCountries() {
  const region = document.getElementById('region');
  for (const o of region?.options ?? []) {
    if (o.value) o.textContent = `${regionName(o.value) ?? o.textContent.replace(/ \([A-Z]{2}\)$/, '')} (${o.value})`;
  }
  if (region) sortOptions(region);
  for (const o of document.querySelectorAll('#countries option')) {
    const code = english.get(o) ?? o.label;
    english.set(o, code);
    const name = regionName(code);
    o.label = name ? `${name} (${code})` : code;
  }
  const list = document.getElementById('countries');
  // A datalist's option names its country by `value` (the English name, what is typed) and
  // shows `label`: the order follows the label.
  if (list) sortOptions(list, (o) => o.label || o.value);
}

/** Switches the page to `tag` (negotiated; English when unknown). */
export async function setLanguage(tag) {
  const next = negotiate(tag);
  const mod = await LOADERS[next]();
  lang = next;
  catalog = mod.default;
  const root = document.documentElement;
  root.lang = lang;
  root.dir = RTL.has(lang) ? 'rtl' : 'ltr';
  const picker = document.getElementById('lang-picker');
  if (picker) picker.value = lang;
  document.title = sayText('page_title', { name: 'customer-validate' });
  translateTree(document.body);
  relabelCountries();
  document.dispatchEvent(new Event('cv:locale'));
}

/** Adds the language picker to the header and follows DOM changes with translations. */
export function installLanguagePicker() {
  const label = document.createElement('label');
  label.className = 'lang';
  const span = document.createElement('span');
  span.textContent = 'Language';
  const select = document.createElement('select');
  select.id = 'lang-picker';
  // Each language named in itself (the browser's CLDR data).
  for (const tag of LOCALES) {
    let name = tag;
    try {
      name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    } catch {
      // keep the tag
    }
    select.append(new Option(name, tag));
  }
  select.addEventListener('change', () => setLanguage(select.value));
  label.append(span, ' ', select);
  document.querySelector('header')?.append(label);
  new MutationObserver((records) => {
    if (lang === 'en') return;
    for (const r of records) {
      if (r.type === 'attributes') translateLabel(r.target);
      else if (r.type === 'characterData') {
        if (!r.target.parentElement?.closest(SKIP)) translateNode(r.target);
      } else {
        for (const n of r.addedNodes) {
          if (n.nodeType === Node.TEXT_NODE) {
            if (!n.parentElement?.closest(SKIP)) translateNode(n);
          } else if (n.nodeType === Node.ELEMENT_NODE && !n.closest(SKIP)) translateTree(n);
        }
      }
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
  const wanted = new URLSearchParams(location.search).get('lang') ?? navigator.languages;
  return setLanguage(wanted);
}
