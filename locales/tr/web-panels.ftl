# Kontrol panelinin panel sayfaları: paneller ve düzenleyicisi, çoklu paneller, formlar, hazır
# yanıtlar ve etiketler, orada bir değişikliğin reddedilme nedenleriyle (Türkçe). Ziyaretçiye
# kendi dilinde gösterilir; bir sunucunun yazdıkları (panel başlıkları, hazır yanıt metinleri,
# etiket adları) asla çevrilmez. %yüzde% işaretleri arasındaki sözcükler, <:name:id>, @everyone
# ve @here, Discord'un ve botun okuduğu şekilde yazılır ya da gösterilir: olduğu gibi kalır.

## Formu bir işlem belirten sayfaların ortak mesajı

# Sayfanın bilmediği bir işlemle dönen form (eskimiş ya da kurcalanmış bir sayfa).
web-action-unknown = Bilinmeyen işlem.

## Paneller: liste

web-panels-title = Paneller
web-panels-new = Yeni panel
web-panels-empty = Henüz panel yok. Panel, üyelerin talep açmak için tıkladığı bir buton içeren mesajdır.
# Devre dışı bir panelin başlığının yanındaki rozet.
web-panels-disabled = devre dışı
# $channel: "#ad" biçiminde kanalın adı ya da web-panels-channel-id.
web-panels-posted-in = gönderildiği kanal: { $channel }
# Kontrol panelinin adını bilmediği bir kanal; $id numarasıdır.
web-panels-channel-id = kanal { $id }
web-panels-not-posted = henüz gönderilmedi
# Kanal seçiciden önceki etiket; yanındaki buton web-panels-post.
web-panels-post-in = Gönderilecek kanal
web-panels-pick-channel = Bir kanal seç
web-panels-post = Gönder
web-panels-delete-confirm = Bu panel silinsin mi? Gönderilmiş mesajı artık talep açmaz.
web-panels-delete = Sil

## Paneller: düzenleyici

web-panel-edit = Paneli düzenle
web-panel-new = Yeni panel
web-panel-all = Tüm paneller
web-panel-message = Mesaj
web-panel-title = Başlık
web-panel-title-hint = bu sunucuda benzersiz
web-panel-text = Metin
web-panel-colour = Renk
web-panel-button-label = Buton metni
web-panel-button-emoji = Buton emojisi
# <:name:id> bir sunucunun kendi emojisinin yazılışıdır: olduğu gibi kalır.
web-panel-button-emoji-hint = tek bir emoji ya da <:name:id>
web-panel-button-style = Buton stili
# Discord'un buton renkleri.
web-panel-style-primary = Mor (Blurple)
web-panel-style-secondary = Gri
web-panel-style-success = Yeşil
web-panel-style-danger = Kırmızı
web-panel-embed = Mesajın embed'i: bağlantı, yazar, görseller, alt bilgi, alanlar
web-panel-tickets = Panelin talepleri
web-panel-category = Kategori
web-panel-category-default = Sunucunun talep kategorisi
web-panel-awaiting = Yanıt bekleme kategorisi
web-panel-awaiting-hint = kanal modu: talep sahibinden yanıt beklenirken talepler burada bekler, talep sahibi yazınca geri taşınır (talep başına 10 dakikada en fazla bir taşıma)
# Yanıt bekleme kategorisi yok.
web-panel-awaiting-none = Yok
web-panel-log-channel = Kayıt kanalı
web-panel-log-channel-hint = kapatılan taleplerinin kaydedildiği yer
web-panel-log-channel-default = Sunucunun kayıt kanalı
web-panel-mode = Mod
web-panel-mode-default = Sunucunun ayarına göre
web-panel-mode-channel = Kanallar
web-panel-mode-thread = Özel alt başlıklar
web-panel-naming = Adlandırma
# Adlandırma ve Karşılama mesajı altında: boş bir alan sunucunun ayarını kullanır.
web-panel-server-default-hint = sunucununki için boş bırak
# Örnek bir kanal adı; %id% talebin numarasıyla değiştirilir: olduğu gibi kalır.
web-panel-naming-placeholder = talep-%id%
web-panel-welcome = Karşılama mesajı
web-panel-welcome-embed-below = Karşılama mesajının embed'i talep ayarlarının altında; sunucununki için boş bırak.
web-panel-teams = Destek ekipleri
web-panel-teams-hint = hiçbiri: bu taleplerle tüm destek ekibi ilgilenir
web-panel-mention-roles = Yeni taleplerde bahsedilecek roller
web-panel-mention-opener = Talep sahibinden bahset
# @here Discord'un bahsetmesidir: olduğu gibi kalır.
web-panel-mention-here = @here ile bahset (talebi görebilen herkes: talebin yetkilileri)
web-panel-form = Açılıştan önce sorulan form
web-panel-form-none = Form yok
web-panel-exit-survey = Çıkış anketi
# "Daha fazlasını anlat", botun puanlama mesajının altında gösterdiği butondur (button-tell-us-more).
web-panel-exit-survey-hint = talep sahibi talebi puanladıktan sonra sorulur ("Daha fazlasını anlat"); Ayarlar'da puanlamanın açık olması gerekir
web-panel-exit-survey-none = Çıkış anketi yok
web-panel-ticket-limit = Bu panelden üye başına açık talep
web-panel-ticket-limit-hint = ek sınır yoksa boş bırak
web-panel-open-cap = Bu panelden toplam açık talep
web-panel-open-cap-hint = tüm üyeler; sınır yoksa boş bırak, yetkililer muaftır
web-panel-cooldown = Talepler arası bekleme süresi (dakika)
web-panel-disabled = Devre dışı (butonu yeni talepleri reddeder)
web-panel-access = Bu panelden kimler talep açabilir
# @everyone Discord'un tüm üyeleri kapsayan rolüdür: olduğu gibi kalır; @Müşteriler örnek bir roldür.
web-panel-access-intro = Erişim kuralları sırayla kontrol edilir: üyenin sahip olduğu bir role ait ilk kural karar verir; hiçbir kurala uymayan üye talep açabilir. Yetkililer her zaman açabilir. @everyone kuralını en sona koy, ör. "@Müşteriler için izin ver, @everyone için engelle".
web-panel-access-order = Sıra
web-panel-access-role = Rol
web-panel-access-rule = Kural
web-panel-access-remove = Kaldır
# Bir erişim kuralı satırının ekran okuyucu etiketleri; $number 1'den başlar.
web-panel-access-order-of = { $number }. kuralın sırası
web-panel-access-role-of = { $number }. kuralın rolü
web-panel-access-rule-of = { $number }. kural
web-panel-access-remove-of = { $number }. kuralı kaldır
web-panel-access-allow = İzin ver
web-panel-access-deny = Engelle
web-panel-hours = Mesai saatleri
web-panel-hours-on = Yalnızca yetkililer mesaideyken
web-panel-hours-timezone = Saat dilimi
web-panel-hours-timezone-hint = yaz saati uygulaması dikkate alınır
web-panel-hours-windows = Saatler
# Örnek olduğu gibi yazılır (İngilizce gün adları, 24 saat biçimi): olduğu gibi kalır.
web-panel-hours-windows-hint = ör. mon-fri 09:00-17:00; sat 10:00-14:00 (24 saat biçimi; gece yarısını aşan bir aralığı ikiye böl)
web-panel-hours-holidays = Tatil günleri
# Örnek olduğu gibi yazılır (tarihler, .. ile aralıklar); "Noel" serbest bir addır.
web-panel-hours-holidays-hint = ör. 2026-12-24..2026-12-26 Noel; 2027-01-01
web-panel-hours-outside = Saatler dışında
web-panel-hours-refuse = Yeni talepleri reddet
web-panel-hours-open-and-tell = Aç ve talep sahibine yetkililerin ne zaman döneceğini bildir
web-panel-hours-notice = Bildirim
# %next_open% ve %next_open_relative% olduğu gibi yazılır.
web-panel-hours-notice-hint = varsayılan için boş bırak; %next_open% ve %next_open_relative% yetkililerin ne zaman döneceğini gösterir
web-panel-hours-colour = Bildirim rengi
web-panel-welcome-embed = Karşılama mesajının embed'i (değişkenler her metinde kullanılabilir)
web-panel-save = Paneli kaydet
web-panel-create = Panel oluştur
web-panel-preview = Önizleme
# Karşılama mesajı önizlemesinin başlığı.
web-panel-preview-welcome = Karşılama mesajı
web-panel-preview-images = Görseller yüklenmez, yalnızca adları gösterilir: kontrol paneli başka sitelerden hiçbir şey istemez.

## Paneller: bir panelin neden kaydedilmediği ya da gönderilmediği

# $number: kuralın satırı, 1'den başlar.
web-panel-err-access-order = { $number }. erişim kuralı: sıra bir sayı olmalı.
web-panel-err-hours-outside = Mesai saatleri dışında: ne olacağını listeden seç.
web-panel-err-access-roles = Erişim kuralları: rolleri listeden seç.
# $emoji: yazılan şey, tırnak içinde. <:name:id> bir sunucu emojisinin yazılışıdır: olduğu gibi kalır.
web-panel-err-emoji = { $emoji } bir emoji değil: tek bir emoji ya da <:name:id> biçiminde yazılmış özel bir emoji kullan.
web-panel-err-button-style = Listeden bir buton stili seç.
web-panel-err-category = Listeden bir kategori seç.
web-panel-err-roles = Rolleri listeden seç.
web-panel-err-mention-roles = Bahsedilecek rolleri listeden seç.
web-panel-err-mode = Listeden kanal ya da alt başlık modunu seç.
web-panel-err-ticket-limit = Talep sınırı 1 ile 100 arasında bir sayı olmalı.
web-panel-err-cooldown = Bekleme süresi dakika cinsinden bir sayı olmalı.
web-panel-err-log-channel = Listeden bir kayıt kanalı seç.
web-panel-err-form = Listeden bir form seç.
web-panel-err-exit-survey = Listeden bir çıkış anketi formu seç.
web-panel-err-awaiting = Listeden bir yanıt bekleme kategorisi seç.
# $reason: seçilen formun neden çıkış anketi olamayacağı (tam bir cümle).
web-panel-err-exit-survey-form = Çıkış anketi: { $reason }
web-panel-err-teams = Destek ekiplerini listeden seç.
# $title: panelin başlığı, tırnak içinde.
web-panel-err-title-taken = { $title } adında bir panel zaten var.
web-panel-err-created-form-gone = Panel oluşturuldu ancak kullanması gereken bir form bu arada silindi. Başka bir form seçmek için paneli düzenle.
web-panel-err-saved-form-gone = Panel kaydedildi ancak kullanması gereken bir form bu arada silindi. Başka bir form seçmek için paneli düzenle.
web-panel-err-gone = Bu panel mevcut değil ya da silinmiş.
web-panel-err-channel = Paneli göndermek için bu sunucunun bir metin kanalını seç.

## Çoklu paneller

web-multipanels-title = Çoklu paneller
web-multipanels-intro = Tek bir mesajda birden fazla panel: üyeler talep türünü bir butonla ya da bir menüden seçer.
web-multipanels-empty = Henüz çoklu panel yok.
# $panels: panellerinin başlıkları, virgülle birleştirilmiş.
web-multipanels-shown-select = seçim menüsü: { $panels }
web-multipanels-shown-buttons = butonlar: { $panels }
# Sunucu bir metin ayarlamadığında seçim menüsünün metni (önizleme ve alanın örneği).
web-multipanels-placeholder-default = Talebinin konusunu seç
web-multipanels-customise = Özelleştir
web-multipanels-placeholder = Seçim menüsünün ipucu metni
web-multipanels-entries-caption = Her girdi: boş kısımlarda panelin kendi değerleri gösterilir (buton metni ve emojisi; seçim menüsünde seçeneğin altında panelin başlığı).
web-multipanels-entry-panel = Panel
web-multipanels-entry-label = Metin
web-multipanels-entry-description = Açıklama
web-multipanels-entry-emoji = Emoji
# Ekran okuyucu etiketleri; $panel: panelin başlığı.
web-multipanels-entry-label-of = { $panel }: metin
web-multipanels-entry-description-of = { $panel }: açıklama
web-multipanels-entry-emoji-of = { $panel }: emoji
web-multipanels-embed = Embed'i: bağlantı, yazar, görseller, alt bilgi, alanlar
web-multipanels-save-look = Görünümü kaydet
web-multipanels-edit = Düzenle
web-multipanels-field-title = Başlık
web-multipanels-field-text = Metin
web-multipanels-field-colour = Renk
web-multipanels-field-panels = Paneller
web-multipanels-field-layout = Düzen
web-multipanels-layout-buttons = Butonlar
web-multipanels-layout-select = Seçim menüsü
web-multipanels-save = Kaydet
web-multipanels-post-in = Gönderilecek kanal
web-multipanels-pick-channel = Bir kanal seç
web-multipanels-post = Gönder
web-multipanels-delete-confirm = Bu çoklu panel silinsin mi? Panelleri kalır.
web-multipanels-delete = Sil
web-multipanels-new = Yeni çoklu panel
# Yeni çoklu panelin ilk doldurulan metni; yönetici değiştirebilir.
web-multipanels-text-default = İhtiyacın olan yardım türünü seç.
web-multipanels-panels-hint = 2 ile 25 arası
web-multipanels-create = Çoklu panel oluştur

## Çoklu paneller: bir değişikliğin neden reddedildiği

web-multipanels-err-gone = Bu çoklu panel mevcut değil ya da silinmiş.
# $title: çoklu panelin başlığı, tırnak içinde.
web-multipanels-err-title-taken = { $title } adında bir çoklu panel zaten var.
web-multipanels-err-deleted = Bu çoklu panel bu arada silindi.
web-multipanels-err-too-few = Seçtiğin panellerden biri az önce silindi: bir çoklu panel 2 ile 25 arasında panel içerir.
web-multipanels-err-no-channels = Kanal listesi şu anda kullanılamıyor.
web-multipanels-err-channel = Bu sunucunun bir metin kanalını seç.
web-multipanels-err-title = Başlık 1 ile 100 karakter arasında olmalı.
web-multipanels-err-text = Metin en fazla 4000 karakter olabilir.
web-multipanels-err-panels = Panelleri listeden seç.
web-multipanels-err-panel-count = Bir çoklu panel 2 ile 25 arasında panel içerir.
web-multipanels-err-entry = Bilinmeyen girdi.
web-multipanels-err-entry-gone = Bu panel artık bu çoklu panelde değil: sayfayı yenile.

## Formlar

web-forms-title = Formlar
# $max: bir formun sorabileceği en fazla soru sayısı.
web-forms-intro = Form, talep açılmadan önce açılır pencerede en fazla { $max } soru sorar; yanıtlar talepte gösterilir. Bir panelin formunu panel düzenleyicisinde seç.
web-forms-delete-confirm = Bu form silinsin mi? Onu kullanan paneller soru sormadan talep açar.
web-forms-delete = Formu sil
# Form listesinde bir soru, ardından ne istediği, her biri virgülden sonra: "kısa metin, zorunlu, en az 10, en fazla 200".
web-forms-summary-short = kısa metin
web-forms-summary-paragraph = paragraf metni
web-forms-summary-required = zorunlu
web-forms-summary-min-length = en az { $min }
web-forms-summary-max-length = en fazla { $max }
# Bir üyenin kaç seçenek seçtiği: $min ile $max arası.
web-forms-summary-picks = { $min }–{ $max } seçim
web-forms-move-up = Yukarı taşı
web-forms-move-down = Aşağı taşı
web-forms-remove-question = Soruyu kaldır
web-forms-edit = Düzenle
web-forms-save-question = Soruyu kaydet
web-forms-add-question-open = Soru ekle
web-forms-add-question = Soruyu ekle
web-forms-empty = Henüz form yok.
web-forms-new = Yeni form
# Örnek bir form başlığı.
web-forms-new-placeholder = Sipariş sorunu
web-forms-create = Form oluştur

## Formlar: bir sorunun alanları

web-forms-question = Soru
# Örnek bir soru.
web-forms-question-placeholder = Sipariş numaran nedir?
web-forms-asks-for = Ne istediği
web-forms-description = Açıklama
web-forms-description-placeholder = Sorunun altında gösterilir
web-forms-required = Zorunlu
web-forms-placeholder = İpucu metni
web-forms-text-questions = Metin soruları
web-forms-answer = Yanıt
web-forms-answer-short = Kısa
web-forms-answer-paragraph = Paragraf
web-forms-min-length = En az uzunluk
web-forms-max-length = En çok uzunluk
web-forms-choice-questions = Seçim ve seçici soruları
web-forms-min-picks = En az seçim
web-forms-max-picks = En çok seçim
web-forms-options = Seçenekler (seçim soruları, en fazla 25)
web-forms-option-order = Sıra
web-forms-option-label = Metin
web-forms-option-value = Değer
web-forms-option-description = Açıklama
web-forms-option-emoji = Emoji
web-forms-option-remove = Kaldır
# Ekran okuyucu etiketleri; $option: seçeneğin metni.
web-forms-option-order-of = { $option } seçeneğinin sırası
web-forms-option-remove-of = { $option } seçeneğini kaldır
# $number boş satırları 1'den başlayarak sayar.
web-forms-new-option-order = { $number }. yeni seçeneğin sırası
web-forms-new-option = Yeni seçenek
web-forms-new-option-label = Yeni seçeneğin metni
# Boş bir değer seçeneğin metniyle aynıdır.
web-forms-new-option-value-placeholder = (metinle aynı)
web-forms-new-option-value = Yeni seçeneğin değeri
web-forms-new-option-description = Yeni seçeneğin açıklaması
web-forms-new-option-emoji = Yeni seçeneğin emojisi
# <:name:id> bir sunucu emojisinin yazılışıdır: olduğu gibi kalır.
web-forms-options-help = Sıralamak için sıra numaralarını değiştir; bir seçeneği silmek için "Kaldır"ı işaretle; eklemek için boş bir satırı doldur (daha fazla boş satır için kaydet). Emoji: emojinin kendisi ya da <:name:id> biçiminde bir sunucu emojisi.
web-forms-channel-questions = Kanal soruları: yalnızca şunları sun

## Formlar: bir sorunun ne istediği ve bir kanal sorusunun sunduğu kanal türleri

web-forms-kind-text = Metin
web-forms-kind-choice = Listeden seçim
web-forms-kind-user = Üye seçici
web-forms-kind-role = Rol seçici
web-forms-kind-mentionable = Üye veya rol seçici
web-forms-kind-channel = Kanal seçici
web-forms-channel-text = metin
web-forms-channel-voice = ses
web-forms-channel-category = kategori
web-forms-channel-announcement = duyuru
web-forms-channel-thread = alt başlık
web-forms-channel-stage = sahne
web-forms-channel-forum = forum

## Formlar: bir değişikliğin neden reddedildiği

# $title: formun başlığı, tırnak içinde.
web-forms-err-title-taken = { $title } adında bir form zaten var.
web-forms-err-unknown-form = Bilinmeyen form.
web-forms-err-gone = Bu form mevcut değil ya da silinmiş.
web-forms-err-min-length = En az uzunluk bir sayı olmalı.
web-forms-err-max-length = En çok uzunluk bir sayı olmalı.
web-forms-err-min-picks = En az seçim: 0 ile 25 arasında bir sayı.
web-forms-err-max-picks = En çok seçim: 0 ile 25 arasında bir sayı.
# $option: seçeneğin metni, tırnak içinde.
web-forms-err-option-order = { $option } seçeneğinin sırası: bir sayı olmalı.
web-forms-err-too-many-options = Seçenekler: en fazla { $max } (Discord'un seçim menüsü sınırı).
web-forms-err-kind = Sorunun ne istediğini seç.
web-forms-err-style = Kısa veya paragraf seç.
web-forms-err-unknown-question = Bilinmeyen soru.
web-forms-err-question-moved = Bu soru kaldırıldı ya da taşındı: sayfayı yenile.

## Hazır yanıtlar

web-tags-title = Hazır yanıtlar
# Giriş metni: "Yetkililer hazır yanıtları, isteğe bağlı bir embed ile birlikte şu komutla gönderir:
# /tag name. …"; komut iki kısmın arasında yer alır.
web-tags-intro-before = Yetkililer hazır yanıtları, isteğe bağlı bir embed ile birlikte şu komutla gönderir:
web-tags-intro-after = . Var olan bir adla kaydedilen hazır yanıt eskisinin yerine geçer.
web-tags-name = Ad
web-tags-text = Metin
web-tags-embed-open = Embed (isteğe bağlı)
web-tags-embed-text = Embed metni
web-tags-embed = Embed
web-tags-save = Hazır yanıtı kaydet
web-tags-preview = Önizleme
web-tags-embed-preview = Embed önizlemesi
web-tags-empty = Henüz hazır yanıt yok.
# Embed'i olan bir hazır yanıtın yanındaki rozet.
web-tags-has-embed = embed
web-tags-edit = Düzenle
web-tags-delete-confirm = Bu hazır yanıt silinsin mi?
web-tags-delete = Sil

## Etiketler

web-labels-title = Etiketler
# Giriş metni: "Yetkililer taleplere şu komutla etiket ekler: /label add; açık talep …";
# komut iki kısmın arasında yer alır. $max: bir sunucunun sahip olabileceği en fazla etiket sayısı.
web-labels-intro-before = Yetkililer taleplere şu komutla etiket ekler:
web-labels-intro-after = ; açık talep ve döküm listeleri etiketleri gösterir ve onlara göre filtreler, dökümler de etiketleri saklar. En fazla { $max } etiket.
web-labels-name = Ad
web-labels-colour = Renk
web-labels-add = Etiket ekle
web-labels-empty = Henüz etiket yok.
# Ekran okuyucular için; $label: etiketin adı.
web-labels-colour-of = { $label } etiketinin rengi
web-labels-save-colour = Rengi kaydet
web-labels-delete-confirm = Bu etiket silinsin mi? Tüm taleplerden kaldırılır.
web-labels-delete = Sil

## Etiketler: bir değişikliğin neden reddedildiği

web-labels-err-unknown = Bilinmeyen etiket.
