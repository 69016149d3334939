# Bir yöneticinin ya da üyenin yazdığının neden reddedildiği: kontrol panelinin form hataları ve
# botun yalnızca kullanıcıya görünen yanıtları (Türkçe). Değişkenler: `{ $name }`; tırnak içinde
# geldiği belirtilen değerler tırnaklarıyla gelir ("Faturalandırma"). Yazılan biçimler
# (mon-fri 09:00-17:00, #5865F2, ad | değer) ve yüzde işaretleri arasındaki değişkenler
# (%id%, %next_open%) olduğu gibi kalır.

## Embed'ler: Discord'un sınırları, her ret embed'i ve kısmını belirtir

# Retlerde belirtilen embed, aşağıdaki $embed. Kısımlarla zincirleme tamlama kurar:
# "Karşılama embed'i başlığı".
rule-embed-name-panel = Panel embed'i
rule-embed-name-welcome = Karşılama embed'i
rule-embed-name-tag = Hazır yanıt embed'i
rule-embed-name-multi-panel = Çoklu panel embed'i
# Bir embed'in kısmı, aşağıdaki $part; embed adından sonra geldiği için iyelik ekiyle.
rule-embed-part-title = başlığı
rule-embed-part-description = metni
rule-embed-part-author-name = yazar adı
rule-embed-part-footer = alt bilgisi
rule-embed-part-link = başlık bağlantısı
rule-embed-part-author-icon = yazar simgesi
rule-embed-part-author-link = yazar bağlantısı
rule-embed-part-image = görseli
rule-embed-part-thumbnail = küçük görseli
rule-embed-part-footer-icon = alt bilgi simgesi
rule-embed-part-field-name = { $n }. alan adı
rule-embed-part-field-value = { $n }. alan değeri
# Bir embed'in kısmı: "Karşılama embed'i başlığı".
rule-embed-part = { $embed } { $part }
# $field: bir embed'in kısmı ya da web adresi içeren başka bir alan ("Görsel URL'si").
rule-embed-too-long = { $field }: en fazla { $max } karakter.
rule-embed-url-invalid = { $field }: https:// veya http:// ile başlayan bir web adresi kullan.
rule-embed-colour = { $embed } rengi: #5865F2 gibi onaltılık bir renk olmalı.
rule-embed-author-needs-name = { $embed } yazarı: simge ya da bağlantı için yazar adı gerekir.
rule-embed-footer-needs-text = { $embed } alt bilgisi: simge için alt bilgi metni gerekir.
rule-embed-too-many-fields = { $embed } alanları: en fazla { $max }.
rule-embed-field-incomplete = { $embed } { $n }. alanı: hem ad hem değer gerekir.
rule-embed-total-too-long = { $embed }: toplam { $total } karakter; Discord embed başına en fazla { $max } karaktere izin verir.
# Tek satırda yazılan bir embed alanı (/panel embed, /tag embed); "ad | değer" komut
# seçeneğindeki biçimdir, "inline" yazılan anahtar sözcüktür.
rule-embed-field-line-inline = Alan: üçüncü kısım "inline" olmalı ya da boş kalmalı, { $got } olamaz.
rule-embed-field-line-format = Alan: ad | değer (| inline) biçiminde yaz.

## Renkler

rule-colour-invalid = { $value }, #5865F2 gibi onaltılık bir renk değil.

## Paneller

rule-panel-title-length = Panel başlığı 1 ile 100 karakter arasında olmalı.
rule-panel-text-too-long = Panel metni en fazla 4000 karakter olabilir.
rule-panel-button-label-length = Buton metni 1 ile 80 karakter arasında olmalı.
rule-panel-colour = Renk, #5865F2 gibi onaltılık bir renk olmalı.
rule-panel-welcome-too-long = Karşılama mesajı en fazla 4000 karakter olabilir.
rule-panel-too-many-mentions = Bir panel en fazla { $max } rolden bahsedebilir.
rule-panel-ticket-limit = Panelin talep sınırı 1 ile 100 arasında olmalı.
rule-panel-cooldown-too-long = Bekleme süresi en fazla 7 gün olabilir.

## Bir panelin erişim kuralları (kimlerin o panelden talep açabileceği)

rule-access-too-many = Erişim kuralları: panel başına en fazla { $max }.
rule-access-duplicate = Erişim kuralları: { $role } rolü için iki kural var; yalnızca ilki geçerli olur.
# $rule ve $everyone_rule: listedeki sıraları (1, 2, ...).
rule-access-unreachable = Erişim kuralları: { $rule }. kural ({ $role }) hiçbir zaman uygulanamaz, çünkü { $everyone_rule }. kural (@everyone) her üye için önce karar verir. @everyone kuralını en sona koy.

## Formlar ve soruları

rule-form-title-length = Form başlığı 1 ile 45 karakter arasında olmalı (Discord'un form sınırı).
rule-form-question-length = Soru 1 ile 45 karakter arasında olmalı.
rule-form-description-too-long = Açıklama: en fazla 100 karakter.
rule-form-placeholder-too-long = İpucu metni en fazla { $max } karakter olabilir.
rule-form-options-not-choice = Seçenekler: yalnızca seçim sorularının seçenekleri olur.
rule-form-picks-not-select = En az ve en çok seçim yalnızca seçim ve seçici sorularına uygulanır.
rule-form-channel-types-not-channel = Kanal türleri: yalnızca kanal sorularında bulunur.
rule-form-answer-length-range = Yanıt uzunlukları 0 ile { $max } arasında olmalı (yanıtlar en fazla { $max } karakter alan bir embed alanında gösterilir).
rule-form-min-length-above-max = En az uzunluk en çok uzunluktan büyük olamaz.
rule-form-lengths-not-text = Yanıt uzunlukları yalnızca metin sorularına uygulanır.
rule-form-options-none = Seçenekler: bir seçim sorusunun en az bir seçeneği olmalı.
rule-form-options-too-many = Seçenekler: en fazla { $max } (Discord'un seçim menüsü sınırı).
# $value: bir seçeneğin değeri, tırnak içinde.
rule-form-option-value-twice = Seçenekler: { $value } değeri iki kez kullanılmış.
rule-form-max-picks-options = En çok seçim: 1 ile { $max } arasında (seçenek sayısı).
rule-form-max-picks = En çok seçim: 1 ile { $max } arasında.
rule-form-min-picks-above-max = En az seçim en çok seçimden büyük olamaz.
# "Zorunlu", form sayfasındaki bir onay kutusunun adıdır (web-forms-required).
rule-form-min-picks-required = En az seçim: zorunlu bir soru en az 1 seçim ister (hiç seçim yapılmamasına izin vermek için Zorunlu işaretini kaldır).
# $form ve $question tırnak içinde gelir; $kind, rule-form-kind-* mesajlarından biridir
# ("... sorusu üye seçici türünde olamaz").
rule-form-exit-survey-picker = { $form } formu bir çıkış anketi ve talep kapandıktan sonra DM ile gönderiliyor; orada seçim yapılacak bir sunucu olmadığından { $question } sorusu { $kind } türünde olamaz. Çıkış anketleri metin ve seçim soruları sorar.
# Bir sorunun türü, cümle içinde ("rol seçici türünde").
rule-form-kind-text = metin
rule-form-kind-choice = listeden seçim
rule-form-kind-user = üye seçici
rule-form-kind-role = rol seçici
rule-form-kind-mentionable = üye veya rol seçici
rule-form-kind-channel = kanal seçici

## Bir üyenin bir forma verdiği yanıtlar (üyeye gösterilir)

rule-form-changed = Sen doldururken bu form değiştirildi. Formu yeniden aç.
# $question: sunucunun yazdığı şekliyle soru.
rule-form-answer-one = "{ $question }" sorusuna yalnızca bir yanıt verilebilir.
rule-form-answer-count = "{ $question }" sorusuna { $min } ile { $max } arasında yanıt verilmeli.
rule-form-answer-needed = "{ $question }" sorusunu yanıtlaman gerekiyor.
rule-form-answer-too-short = "{ $question }" sorusunun yanıtı en az { $min } karakter olmalı.
rule-form-answer-too-long = "{ $question }" sorusunun yanıtı en fazla { $max } karakter olabilir.

## Bir seçim sorusunun seçenekleri

rule-option-label-length = Seçenek metni: 1 ile 100 karakter.
# $option: seçeneğin metni, tırnak içinde.
rule-option-value-length = { $option } seçeneğinin değeri: 1 ile 100 karakter.
rule-option-description-too-long = { $option } seçeneğinin açıklaması: en fazla 100 karakter.
# <:name:id> bir sunucu emojisinin yazılışıdır: olduğu gibi kalır.
rule-option-emoji-invalid = { $option } seçeneğinin emojisi: emojinin kendisini (🎫) ya da <:name:id> biçiminde bir sunucu emojisi kullan.
# Tek satırda yazılan seçenekler; $option bunlardan biri, tırnak içinde. "metin | açıklama | emoji"
# komut seçeneğindeki biçimdir (commands.ftl).
rule-options-line-parts = Seçenekler: { $option } üçten fazla kısım içeriyor (metin | açıklama | emoji).
# $word: yazılan şey, tırnak içinde; $known: türler, yazıldığı gibi (text, voice, ...).
rule-channel-kinds-unknown = Kanal türleri: { $word } geçerli değil; şunlardan biri olmalı: { $known }.

## Nöbetçi rolü

rule-on-call-everyone = @everyone nöbetçi rolü olamaz: başka bir rol seç.
rule-on-call-managed = { $role } rolü bir bota veya entegrasyona ait, bu yüzden kimseye verilemez: başka bir rol seç.
rule-on-call-above-bot = { $role } rolü ticketbox'ın en yüksek rolünün üstünde olduğu için ticketbox bu rolü veremez ya da geri alamaz. Sunucu Ayarları → Roller bölümünde ticketbox'ın rolünü { $role } rolünün üstüne sürükle ya da daha alttaki bir rolü seç.
rule-on-call-not-connected = ticketbox Discord'a bağlı değil, bu yüzden bu rolü kontrol edemiyor; birazdan tekrar dene.
rule-on-call-unknown-role = Nöbetçi rolü: ticketbox bu rolü tanımıyor.

## Bir panelin yanıt bekleme kategorisi

rule-awaiting-category-same = Yanıt bekleme kategorisi panelin kendi kategorisinden farklı olmalı.

## Çoklu paneller

rule-multi-panel-placeholder-too-long = Seçim menüsünün ipucu metni: en fazla { $max } karakter.
# $label: girdinin metni, tırnak içinde.
rule-multi-panel-entry-label-too-long = Girdi metni { $label }: en fazla 80 karakter (bir butonun sınırı).
rule-multi-panel-entry-description-too-long = Girdi açıklaması: en fazla 100 karakter.
rule-multi-panel-entry-emoji-invalid = Girdi emojisi { $emoji }: tek bir emoji ya da <:name:id> biçiminde yazılmış özel bir emoji kullan.

## Hazır yanıtlar

rule-tag-name-length = Hazır yanıt adı 1 ile 32 karakter arasında olmalı.
rule-tag-content-empty = Hazır yanıtın bir metni olmalı.
rule-tag-content-too-long = Bir hazır yanıt en fazla 2000 karakter içerebilir (bir Discord mesajı).

## Etiketler

rule-label-name-length = Etiket adı: 1 ile { $max } karakter.
rule-label-name-characters = Etiket adı: harf, rakam, boşluk ve tire kullanılabilir; , @ < veya > kullanılamaz.
# $reason: rengin neden reddedildiği (rule-colour-invalid).
rule-label-colour = Etiket rengi: { $reason }
# $label: etiketin adı, tırnak içinde.
rule-label-exists = { $label } adında bir etiket zaten var.
rule-label-too-many = Bir sunucu en fazla { $max } etiket tanımlayabilir; önce birini sil.
rule-label-on-ticket = Bu talepte zaten { $label } etiketi var.
rule-label-ticket-full = Bir talepte en fazla { $max } etiket olabilir; önce birini kaldır.
rule-label-not-on-ticket = Bu talepte { $label } etiketi yok.

## Bir sunucunun ayarları

# 1h, 24h, 3d ve 7d olduğu gibi yazılır.
rule-settings-thread-archive = Alt başlık arşivleme süresi 1h, 24h, 3d veya 7d olmalı.
rule-settings-naming-empty = Adlandırma şablonu boş olamaz.
rule-settings-naming-too-long = Adlandırma şablonu en fazla 100 karakter olabilir.
rule-settings-naming-needs-number = Her talebin farklı bir adı olması için adlandırma şablonu %id% veya %id_padded% içermeli.
rule-settings-ticket-limit = Talep sınırı 1 ile 100 arasında olmalı.
rule-settings-open-cap = Açık talep üst sınırı 1 ile 10000 arasında olmalı.
rule-settings-open-cap-number = Açık talep üst sınırı 1 ile 10000 arasında bir sayı olmalı.
rule-settings-blacklist-reason-too-long = Kara liste gerekçesi en fazla { $max } karakter olabilir.
rule-settings-claim-type-without-view = Destek ekibi göremediği bir talebe yazamaz: üstlenilen talepleri görmelerine de izin ver.
rule-settings-welcome-too-long = Karşılama mesajı en fazla 4.000 karakter olabilir.
rule-settings-overflow-same = Taşma kategorisi talep kategorisinden farklı olmalı.

## Bir panelin mesai saatleri
## Günler ve saatler mon-fri 09:00-17:00, tarihler 2026-12-24 biçiminde yazılır: olduğu gibi kalır.

# $zone: yazılan şey, tırnak içinde. Saat dilimi adları (Europe/Berlin...) olduğu gibi kalır.
rule-hours-timezone = Saat dilimi: { $zone } bir saat dilimi adı değil; Europe/Berlin, America/New_York veya UTC gibi bir ad kullan.
# $window ve $days: yazılan şey, tırnak içinde.
rule-hours-window-format = Saatler: { $window }, "mon-fri 09:00-17:00" biçiminde olmalı.
rule-hours-days-backwards = Saatler: { $days } ters sırada; günleri pazartesiden başlayarak yaz (mon-fri).
# $date: yazılan şey, tırnak içinde.
rule-hours-holiday-date = Tatil günleri: { $date }, 2026-12-24 gibi bir tarih değil.
rule-hours-no-window = Saatler: "mon-fri 09:00-17:00" gibi en az bir aralık ekle.
rule-hours-too-many-windows = Saatler: en fazla { $max } aralık.
# $window ve $other: yazıldığı şekliyle bir aralık (mon 09:00-17:00).
rule-hours-window-outside-week = Saatler: { $window } haftanın geçerli bir zamanı değil.
rule-hours-window-inverted = Saatler: { $window } başlamadan önce bitiyor; gece yarısını aşan bir aralığı ikiye böl.
rule-hours-window-overlap = Saatler: { $window } ile { $other } çakışıyor.
rule-hours-too-many-holidays = Tatil günleri: en fazla { $max }.
rule-hours-holiday-inverted = Tatil günleri: { $from }..{ $to } başlamadan önce bitiyor.
rule-hours-message-too-long = Mesai saatleri bildirimi: en fazla { $max } karakter.
rule-hours-colour = Bildirim rengi: #5865F2 gibi onaltılık bir renk olmalı.
# Sunucu bir bildirim yazmadığında mesai saatleri dışındaki üyeye gösterilen bildirim.
# %next_open_relative% ("3 saat içinde") ve %next_open% (bir tarih ve saat) olduğu gibi kalır.
rule-hours-notice-default = Ekibimiz şu anda burada değil; %next_open_relative% (%next_open%) geri dönecek.
# Bir sonraki açılış bilinmediğinde %next_open% ve %next_open_relative% yerine geçer.
rule-hours-notice-later = daha sonra

## Bir sunucunun HTTP entegrasyonları (kontrol panelindeki entegrasyon formu)
## Yüzde işaretleri arasındaki değişkenler (%user_id%, %secret:NAME%, %form:question%)
## ve HTTP sözcükleri (GET, POST, JSON) olduğu gibi kalır.

# Formun alanları, aşağıdaki $field.
rule-integration-field-image-url = Görsel URL'si
rule-integration-field-privacy-url = Gizlilik politikası URL'si
rule-integration-field-request-url = İstek URL'si
rule-integration-field-body = Gövde
rule-integration-field-header = { $header } üst bilgisi
rule-integration-field-secret-name = Gizli değer adı
rule-integration-field-output-name = Değişken adı
# $got: yazılan şey, tırnak içinde.
rule-integration-name-invalid = { $field }: 1 ile 32 arası harf, rakam veya _ olmalı (girilen: { $got }).
rule-integration-unknown-secret = { $field }: %secret:{ $secret }% bu entegrasyonun gizli değerlerinden hiçbirinin adı değil.
rule-integration-unknown-placeholder = { $field }: %{ $name }% bir isteğin kullanabileceği bir değişken değil (%user_id%, %guild_id%, %ticket_id%, %panel_id%, %secret:NAME%, %form:question%).
rule-integration-name-length = Ad: 1 ile { $max } karakter.
rule-integration-description-too-long = Açıklama: en fazla { $max } karakter.
rule-integration-url-invalid = İstek URL'si: https:// veya http:// ile başlayan bir web adresi olmalı.
rule-integration-url-scheme = İstek URL'si: yalnızca http:// ve https:// adresleri çağrılabilir.
rule-integration-url-credentials = İstek URL'si: adreste kullanıcı adı veya parola bulunamaz; kimlik bilgilerini gizli değer kullanan bir üst bilgiye koy.
rule-integration-url-no-host = İstek URL'si: adreste bir sunucu adı (host) olmalı.
rule-integration-timeout = Zaman aşımı: 1 ile { $max } saniye.
rule-integration-body-with-get = Gövde: GET isteğinin gövdesi olmaz; POST seç.
rule-integration-body-too-long = Gövde: en fazla { $max } karakter.
# $error: JSON ayrıştırıcısının kendi sözleri (İngilizce).
rule-integration-body-not-json = Gövde: geçerli JSON değil ({ $error }); değişkenleri tırnak içine al.
rule-integration-too-many-headers = Üst bilgiler: en fazla { $max }.
# $header: bir üst bilginin adı (rule-integration-header-name-invalid'de tırnak içinde).
rule-integration-header-name-invalid = { $header } üst bilgisi: geçerli bir üst bilgi adı değil.
rule-integration-header-refused = { $header } üst bilgisi: HTTP istemcisi tarafından ayarlanır, bir entegrasyon ayarlayamaz.
rule-integration-header-twice = { $header } üst bilgisi: iki kez verilmiş.
rule-integration-header-value = { $header } üst bilgisi: en fazla 1.000 karakterlik tek bir satır olmalı.
rule-integration-too-many-secrets = Gizli değerler: en fazla { $max }.
rule-integration-secret-twice = { $secret } gizli değeri: iki kez verilmiş.
# Buradaki değişkenler: bir entegrasyonun yanıtından okuduğu, yöneticinin adlandırdığı değerler.
rule-integration-too-many-outputs = Değişkenler: en fazla { $max }.
rule-integration-output-lower-case = { $name } değişkeni: yalnızca küçük harf kullanılabilir.
rule-integration-output-builtin = { $name } değişkeni: ticketbox'ta zaten %{ $name }% var; başka bir ad seç.
rule-integration-output-twice = { $name } değişkeni: iki kez verilmiş.
# $reason: rule-integration-path-* mesajlarından biri.
rule-integration-output-path = { $name } değişkeninin yolu: { $reason }
rule-integration-output-fallback-too-long = { $name } değişkeninin yedek değeri: en fazla 200 karakter.
# Bir değerin yanıtta bulunduğu yer: data.user.name, items[0].id (olduğu gibi kalır).
# $path: yazıldığı şekliyle yol, tırnak içinde.
rule-integration-path-format = data.user.name veya items[0].id gibi bir yol olmalı (1 ile 200 karakter).
rule-integration-path-empty-part = { $path } boş bir kısım içeriyor.
rule-integration-path-unclosed = { $path }: ] ile kapanmayan bir [ var.
rule-integration-path-index = { $path }: [{ $index }] bir dizin değil.
rule-integration-path-shape = { $path }: a.b[0].c biçiminde yaz

## Bir formun sorularını değiştirme (eğik çizgi komutu ve kontrol paneli)

rule-form-full = Bir form en fazla { $max } soru içerebilir (Discord sınırı).
# $form ve $question tırnak içinde gelir.
rule-form-deleted = { $form } formu az önce silindi.
rule-form-asks-already = { $form } formu zaten { $question } sorusunu soruyor.

rule-integration-sends-user-id = talep sahibinin Discord kullanıcı kimliği
rule-integration-sends-guild-id = bu sunucunun kimliği
rule-integration-sends-ticket-id = talebin numarası
rule-integration-sends-panel-id = panelin kimliği
rule-integration-sends-answer = talep sahibinin { $question } form sorusuna verdiği yanıt

rule-span-days = { $n } g
rule-span-hours = { $n } sa
rule-span-minutes = { $n } dk
rule-span-seconds = { $n } sn

rule-autoclose-warning-too-long = `warning` ({ $warning }), `{ $rule }` ({ $limit }) süresinden kısa olmalı.
rule-autoclose-not-a-duration = `{ $field }`: "{ $value }" bir süre değil; 30m, 12h veya 3d gibi yaz.
rule-autoclose-too-short = `{ $field }` en az 1 dakika olmalı.
rule-autoclose-too-long = `{ $field }` en fazla 365 gün olabilir.
