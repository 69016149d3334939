# Kontrol panelinin ayar sayfaları: talep ayarları (Talep başlat, izinler ve nöbet dahil),
# karşılama embed'i, paneller, hazır yanıtlar ve karşılama embed'inin ortak embed düzenleyicisi,
# yetkililer ve ekipler (kara liste dahil) ve entegrasyonlar (Türkçe). Ziyaretçiye kendi dilinde
# gösterilir; bir sunucunun yazdıkları (panel başlıkları, ekip adları, karşılama mesajları) asla
# çevrilmez. Yüzde işaretleri arasındaki sözcükler (%user%, %ticket_id%) ve eğik çizgi komutları
# (/claim, /on-call) olduğu gibi yazılır: değiştirilmeden kalır.

## Talep ayarları: sayfa ve ilk form

web-settings-title = Ayarlar
web-settings-heading = Talep ayarları

# Botun sunucuda hangi dili kullandığı (kontrol panelinin dili değil).
web-settings-language = Dil
web-settings-language-label = Botun bu sunucudaki dili
web-settings-language-hint = karşılama ve kapatma mesajları, butonlar, kayıtlar; senin yazdıkların asla çevrilmez
# "Dil ayarlanmadı" seçeneği: { $language } sunucunun Discord dilinin kendi adıdır ("Türkçe" gibi).
web-settings-language-discord = Discord'daki sunucu dili ({ $language })
web-settings-member-language = Her üyeye kendi Discord dilinde, yalnızca ona görünen yanıtlar ver

web-settings-where = Taleplerin açılacağı yer
web-settings-ticket-category = Talep kategorisi
# "Talepler" botun oluşturduğu kanal kategorisinin adıdır (category-name).
web-settings-ticket-category-none = İlk kullanımda "Talepler" kategorisini oluştur
web-settings-overflow-category = Taşma kategorisi
web-settings-overflow-category-hint = talep kategorisi dolduğunda (50 kanal) kullanılır
web-settings-overflow-category-none = Gerektiğinde oluştur
web-settings-log-channel = Kayıt kanalı
web-settings-log-channel-hint = kapatılan talepler ve döküm bağlantıları
web-settings-log-channel-none = Kayıt kanalı yok
web-settings-use-threads = Talepleri kanal yerine özel alt başlık olarak aç
web-settings-thread-notification = Alt başlık bildirim kanalı
web-settings-thread-notification-hint = yetkililere yeni alt başlık taleplerinin bildirildiği yer
web-settings-thread-notification-none = Yok
web-settings-thread-archive = Sessiz kalan talep alt başlığını şu süreden sonra arşivle
# Yukarıdaki ayarın seçenekleri (1 veya 24 saat, 3 veya 7 gün).
web-settings-thread-archive-hours = { $count } saat
web-settings-thread-archive-days = { $count } gün
# Bir ayarın belirttiği, botun göremediği kanal (silinmiş ya da henüz yüklenmemiş); "#" işaretinden
# sonra gösterilir. { $id } Discord kimliğidir.
web-settings-unknown-channel = bilinmeyen kanal { $id }

web-settings-opening = Talep açma
web-settings-ticket-limit = Üye başına açık talep
web-settings-ticket-limit-hint = 1–100, yetkililer muaftır
web-settings-open-cap = Tüm sunucudaki açık talepler
web-settings-open-cap-hint = tüm üyeler; sınır yoksa boş bırak, yetkililer muaftır
web-settings-naming = Kanal adlandırma
web-settings-welcome = Karşılama mesajı
# %user%, %ticket_id% ve %server% olduğu gibi yazılır.
web-settings-welcome-hint = varsayılan için boş bırak; %user%, %ticket_id%, %server% ve diğer değişkenler kullanılabilir
# Ardından karşılama embed'i sayfasının bağlantısı ("Karşılama embed'i") ve bir nokta gelir.
web-settings-welcome-embed = Mesajın embed'i (başlık, görseller, alt bilgi, alanlar):

web-settings-claiming = Üstlenme ve kapatma
web-settings-claim-support-can-view = Diğer destek ekibi üyeleri üstlenilen talepleri görmeye devam eder
web-settings-claim-support-can-type = Diğer destek ekibi üyeleri üstlenilen taleplere yazmaya devam edebilir
web-settings-users-can-close = Talep sahipleri kendi taleplerini kapatabilir
# "Kapat", "Gerekçeyle kapat" ve "Üstlen" talebin karşılama mesajındaki butonlardır.
web-settings-close-confirmation = "Kapat" butonu onay ister
web-settings-dm-on-close = Talep kapandığında talep sahibine DM ile özet gönder
web-settings-feedback = Talep kapandıktan sonra talep sahibinden DM ile talebi puanlamasını iste (talepte yazdıysa ve yetkili değilse)
web-settings-hide-close = Yeni taleplerde "Kapat" butonunu gizle
web-settings-hide-close-with-reason = "Gerekçeyle kapat" butonunu gizle
# Ardından web-settings-hide-claim-command ile oluşturulan "(/claim yine de çalışır)" gelir.
web-settings-hide-claim = "Üstlen" butonunu gizle
# /claim komutundan sonra parantez içinde gösterilir: "(/claim yine de çalışır)".
web-settings-hide-claim-command = yine de çalışır
# Ardından web-settings-disable-open-command ile oluşturulan "(/open yetkililere açık)" gelir.
web-settings-disable-open = Üyeler yalnızca panellerden talep açar
# /open komutundan sonra parantez içinde gösterilir: "(/open yetkililere açık)".
web-settings-disable-open-command = yetkililere açık
web-settings-no-transcripts = Döküm saklanmasın (talepler yine kapanır ve kaydedilir)

web-settings-autoclose = Otomatik kapatma
web-settings-autoclose-enabled = Talepleri aşağıdaki kurallara göre otomatik olarak kapat
web-settings-autoclose-no-response = Açılıştan beri talep sahibinden yanıt yok
# 30m, 12h ve 3d olduğu gibi yazılır (dakika, saat, gün).
web-settings-autoclose-no-response-hint = ör. 30m, 12h veya 3d; boş: kapalı
web-settings-autoclose-since-last = Yetkilinin son mesajından beri talep sahibinden yanıt yok
web-settings-autoclose-since-last-hint = boş: kapalı
web-settings-autoclose-on-leave = Talep sahibi sunucudan ayrılınca kapat
web-settings-autoclose-warning = Kapatmadan bu kadar önce uyar
web-settings-autoclose-warning-hint = boş: uyarı yok; her kuraldan kısa olmalı
web-settings-save-settings = Ayarları kaydet

# Formun neden kaydedilmediği.
web-settings-pick-ticket-category = Talep kategorisini listeden seç.
web-settings-pick-overflow-category = Taşma kategorisini listeden seç.
web-settings-pick-log-channel = Kayıt kanalını listeden seç.
web-settings-pick-notification-channel = Bildirim kanalını listeden seç.
web-settings-pick-language = Dili listeden seç.
web-settings-ticket-limit-number = Talep sınırı 1 ile 100 arasında bir sayı olmalı.

## Talep ayarları: ikinci form (Talep başlat, izinler, nöbet)

web-settings-access-heading = Talep başlat, izinler ve nöbet
# "Talep başlat", botun Discord mesaj menüsündeki (Uygulamalar) girdisinin adıdır (cmd-start_ticket).
web-settings-start-ticket = "Talep başlat" mesaj menüsü
web-settings-start-ticket-level = Kimler kullanabilir
web-settings-level-everyone = Herkes
web-settings-level-support = Destek ekibi ve yöneticiler
web-settings-level-admin = Yöneticiler
web-settings-start-ticket-add-author = Mesajın yazarını talebe ekle
web-settings-start-ticket-panel = Taleplerinin kullandığı panel
web-settings-start-ticket-panel-hint = kategori, ekip, karşılama mesajı, form
web-settings-start-ticket-no-panel = Panel yok (sunucunun ayarları)

web-settings-permissions = Talep izinleri
web-settings-permissions-hint = talep kanallarında; işaretlenmeyenlere izin verilmez
# Sütun başlıkları: iznin kimin için olduğu.
web-settings-permissions-opener = Talep sahibi
web-settings-permissions-support = Destek ekibi
# Her kutu için ekran okuyucular okur; { $permission } aşağıdaki izinlerden biridir
# ("dosya ekleme" gibi).
web-settings-opener-may = Talep sahibi için izin: { $permission }
web-settings-support-may = Destek ekibi için izin: { $permission }
# Bir üyenin talep kanalında yapabilecekleri (Discord izinleri), küçük harfle.
web-settings-permission-attach-files = dosya ekleme
web-settings-permission-embed-links = bağlantı yerleştirme
web-settings-permission-add-reactions = tepki ekleme
web-settings-permission-external-emoji = harici emoji kullanma
web-settings-permission-external-stickers = harici çıkartma kullanma
web-settings-permission-voice-messages = sesli mesaj gönderme

web-settings-on-call = Nöbet (alt başlık talepleri)
web-settings-on-call-role = Nöbetçi rolü
# "Nöbetçi rolü"nden sonraki ipucu, /on-call komutunun etrafında: "yetkililer rolü almak için
# /on-call komutunu çalıştırır; …".
web-settings-on-call-role-hint-before = yetkililer rolü almak için
web-settings-on-call-role-hint-after = komutunu çalıştırır; nöbettekiler yeni alt başlık taleplerine eklenir. Rol, ticketbox'ın en yüksek rolünün altında olmalı.
# /on-call bir komuttur, olduğu gibi yazılır.
web-settings-on-call-role-none = İlk /on-call kullanımında ticketbox oluşturur
web-settings-save = Kaydet

# İkinci formun neden kaydedilmediği.
web-settings-start-ticket-level-invalid = Talep başlat, kimler kullanabilir: herkes, destek ekibi veya yöneticiler seçeneklerinden birini seç.
web-settings-start-ticket-panel-invalid = Talep başlat, panel: bu sunucunun panellerinden birini seç.
web-settings-on-call-role-invalid = Nöbetçi rolü: listeden bir rol seç.

## Karşılama embed'i

web-welcome-title = Karşılama embed'i
# Ayarlar sayfasına geri dönen bağlantı.
web-welcome-settings = Ayarlar
# %user%, %ticket_id% ve %server% olduğu gibi yazılır.
web-welcome-intro = Paneli kendi embed'ini ayarlamayan talepler için sunucunun karşılama mesajını çevreleyen embed (bir panelin kendi embed'i panel düzenleyicisindedir). %user%, %ticket_id% ve %server% gibi değişkenler her metinde kullanılabilir.
web-welcome-legend = Embed
web-welcome-save = Karşılama embed'ini kaydet
web-welcome-preview = Önizleme
web-welcome-preview-note = Önizleme (değişkenler yazıldığı gibi)
web-welcome-images-note = Görseller yüklenmez, yalnızca adları gösterilir: kontrol paneli başka sitelerden hiçbir şey istemez.

## Embed düzenleyicisi (karşılama embed'leri, paneller, hazır yanıtlar) ve önizlemesi

web-embed-title = Başlık
# %ticket_id% olduğu gibi yazılır.
web-embed-title-hint = değişkenler kullanılabilir; "Talep #%ticket_id%" için boş bırak
web-embed-colour = Renk
# #rrggbb: onaltılık yazılan bir renk, #5865f2 gibi.
web-embed-colour-hint = #rrggbb; panelinki için boş bırak
web-embed-url = Başlık bağlantısı
web-embed-author = Yazar
web-embed-author-icon = Yazar simgesi
web-embed-icon-hint = görsel URL'si
web-embed-author-url = Yazar bağlantısı
web-embed-image = Görsel
web-embed-image-hint = büyük, metnin altında
web-embed-thumbnail = Küçük görsel
web-embed-thumbnail-hint = küçük, sağ üstte
web-embed-footer = Alt bilgi
web-embed-footer-icon = Alt bilgi simgesi
web-embed-timestamp = Gönderilme zamanını göster
# "Kaldır" son sütunun başlığıdır (web-embed-remove).
web-embed-fields-caption = Alanlar (en fazla 25): sıralamak için sıra numaralarını değiştir, bir alanı silmek için "Kaldır"ı işaretle, eklemek için boş bir satırı doldur.
# Alanlar tablosunun sütun başlıkları.
web-embed-order = Sıra
web-embed-name = Ad
web-embed-value = Değer
web-embed-inline = Satır içi
web-embed-remove = Kaldır
# Ekran okuyucular okur; { $number } satırın numarasıdır.
web-embed-field-order = { $number }. alanın sırası
web-embed-field-name = { $number }. alanın adı
web-embed-field-value = { $number }. alanın değeri
web-embed-field-inline = { $number }. alan satır içi
web-embed-field-remove = { $number }. alanı kaldır
# Önizleme görselleri yüklemek yerine adlarını gösterir; { $host } bir web sitesinin adıdır.
web-embed-preview-thumbnail = küçük görsel
web-embed-preview-links-to = bağlantı: { $host }
web-embed-preview-image = görsel: { $host }
web-embed-preview-time = gönderildiği zaman
# Bir embed'in neden kaydedilmediği.
web-embed-colour-invalid = Embed rengi: #5865F2 gibi onaltılık bir renk olmalı.
web-embed-order-invalid = Embed alanı { $number }: sıra bir sayı olmalı.

## Yetkililer ve ekipler

web-staff-title = Yetkililer ve ekipler
web-staff-role = Rol
# Rol listesi ile üye alanı arasında: bir rol seç ya da bir üye yaz.
web-staff-or = ya da
web-staff-member = Üye
web-staff-member-placeholder = kullanıcı adı veya kullanıcı kimliği
# Bir girdiden sonraki "×" butonu, ekran okuyucular okur.
web-staff-remove = Kaldır
web-staff-intro = Sunucu sahibi ve Yönetici iznine sahip üyeler her zaman yöneticidir.
web-staff-admins = Yöneticiler
web-staff-no-admins = Yönetici kaydı yok.
web-staff-support = Destek
web-staff-no-support = Destek kaydı yok.
# Düzey listesinden önce: (rolü ya da üyeyi) Destek veya Yönetici olarak ekle.
web-staff-as = düzey
web-staff-level-support = Destek
web-staff-level-admin = Yönetici
web-staff-add = Ekle
web-staff-teams = Destek ekipleri
web-staff-teams-intro = Ekip atanmış bir panelin talepleriyle yalnızca o ekipler ilgilenir; ekiplerin üyeleri destek ekibinden sayılır.
web-staff-no-members = Üye yok.
web-staff-add-to-team = Ekibe ekle
web-staff-delete-team-confirm = Bu ekip silinsin mi? Panellerinin talepleriyle tüm destek ekibi ilgilenecek.
web-staff-delete-team = Ekibi sil
web-staff-new-team = Yeni ekip
# Boş alanda gösterilen örnek bir ekip adı.
web-staff-new-team-placeholder = Faturalandırma
web-staff-create = Oluştur
web-staff-blacklist = Kara liste
web-staff-blacklist-intro = Kara listedeki üyeler ve roller talep açamaz. Yetkililer kara listeye alınamaz.
web-staff-nobody-blacklisted = Kara listede kimse yok.
web-staff-reason = Gerekçe
web-staff-reason-placeholder = isteğe bağlı, yetkililere gösterilir
# Kara listeye alan buton.
web-staff-blacklist-button = Kara listeye al
# Artık var olmayan bir rol; { $id } Discord kimliğidir.
web-staff-deleted-role = @silinmiş rol { $id }
# Bir değişikliğin neden yapılmadığı.
web-staff-unknown-action = Bilinmeyen işlem.
web-staff-unknown-entry = Bilinmeyen kayıt.
web-staff-roles-unavailable = Rol listesi şu anda kullanılamıyor.
web-staff-pick-role = Listeden bir rol seç.
web-staff-role-or-member = Bir rol seç ya da bir üyenin adını yaz; ikisinden yalnızca birini.
web-staff-pick-level = Yönetici veya destek seç.
web-staff-own-admin = Kendi yönetici kaydını buradan kaldıramazsın; başka bir yöneticiden iste.
web-staff-team-name = Ekip adı 1 ile 100 karakter arasında olmalı.
web-staff-staff-not-blacklisted = Yetkililer kara listeye alınamaz.
web-staff-already-blacklisted = Zaten kara listede.
web-staff-no-such-team = Böyle bir ekip yok ya da silinmiş.

## Entegrasyonlar

web-integrations-title = Entegrasyonlar
web-integrations-intro = Entegrasyonlar, başka hizmetlerden gelen bilgileri yeni taleplerin karşılama mesajına ekler. Burada etkinleştirmediğin sürece hiçbir yere hiçbir şey gönderilmez ve bir entegrasyon yalnızca karşılama mesajı onun değişkenlerinden birini kullandığında çağrılır. Her çağrı denetim kaydına yazılır.
# Ardından değişkenlerin adları (%roblox_username%, …) ve bir nokta gelir.
web-integrations-roblox-intro = Talep sahibinin Discord kullanıcı kimliğini (ve bu sunucunun kimliğini) sağlayıcıya gönderir, ardından sağlayıcının bildirdiği hesabı Roblox'tan sorgular.
web-integrations-roblox-placeholders = Değişkenler:
web-integrations-roblox-enabled = Talep sahiplerini Roblox'ta ara
# Önce hangi sağlayıcıya sorulacağı (Bloxlink veya RoVer).
web-integrations-roblox-first = Önce sorulacak sağlayıcı
web-integrations-bloxlink-key = Bloxlink API anahtarı
web-integrations-rover-key = RoVer API anahtarı
web-integrations-key-saved = kaydedildi; değiştirmek için yenisini yaz
web-integrations-key-not-set = ayarlanmadı
web-integrations-save = Kaydet
web-integrations-own = Bu sunucunun entegrasyonları
web-integrations-new = Yeni entegrasyon
web-integrations-none-yet = Henüz yok.
web-integrations-public = Herkese açık entegrasyonlar
web-integrations-public-intro = Bu ticketbox'taki başka sunucuların oluşturduğu ve operatörlerinin paylaştığı entegrasyonlar. Etkinleştirmeden önce her birinin ne aldığını ve gizlilik politikasını oku.
web-integrations-none = Yok.
# Bir entegrasyonun adından sonraki rozetler.
web-integrations-badge-enabled = etkin
web-integrations-badge-public = herkese açık
web-integrations-image = Görsel (burada yüklenmez): { $url }
# { $data }: entegrasyona gönderilenler, "talep sahibinin Discord kullanıcı kimliği" gibi
# (birden fazlası "; " ile ayrılır) ya da web-integrations-receives-nothing.
web-integrations-receives = Aldıkları: { $data }.
web-integrations-receives-nothing = Discord'dan hiçbir şey
web-integrations-privacy-policy = Gizlilik politikası
web-integrations-no-privacy-policy = Gizlilik politikası belirtilmemiş.
web-integrations-last-error = Son çağrı başarısız oldu: { $error }
# { $error }: neden (çoğu zaman İngilizce); { $time }: bir tarih ve saat.
web-integrations-error-at = { $error } ({ $time } UTC)
web-integrations-disable = Devre dışı bırak
web-integrations-enable = Etkinleştir
web-integrations-edit = Düzenle
web-integrations-delete-confirm = Bu entegrasyon silinsin mi? Onu etkinleştiren sunucular entegrasyonu kaybeder.
web-integrations-delete = Sil
web-integrations-make-private = Gizli yap
# Bu butonu yalnızca ticketbox'ın operatörleri görür.
web-integrations-make-public = Herkese aç (operatör)

# Düzenleyici.
web-integrations-edit-title = Entegrasyonu düzenle
# { $name }: entegrasyonun adı.
web-integrations-edit-heading = { $name } düzenleniyor
web-integrations-edit-intro = Bir talep açıldığında karşılama mesajı bu entegrasyonun değişkenlerinden birini kullanıyorsa, ticketbox bu isteği gönderir ve değişkenleri JSON yanıtından okur (en fazla 64 KiB, zaman aşımı süresi içinde; aksi halde her değişkenin yedek değeri kullanılır).
# Ardından bir isteğin kullanabileceği değişkenler gelir: "%user_id%, %guild_id%, …, %secret:NAME%
# ve %form:question%", sonra web-integrations-edit-form-answer.
web-integrations-edit-can-use = Bir istekte şunlar kullanılabilir:
# Listelenen değişkenlerin sonuncusundan önce.
web-integrations-edit-and = ve
# %form:question%'dan sonra: neyi temsil ettiği.
web-integrations-edit-form-answer = (talep sahibinin bir metin ya da seçim sorusuna verdiği yanıt).
web-integrations-edit-public-only = Yalnızca herkese açık adresler çağrılabilir.
web-integrations-about = Hakkında
web-integrations-name = Ad
web-integrations-description = Açıklama
web-integrations-image-url = Görsel URL'si
web-integrations-optional = isteğe bağlı
web-integrations-privacy-url = Gizlilik politikası URL'si
web-integrations-privacy-url-hint = entegrasyonu ekleyen sunuculara gösterilir
# Entegrasyonun gönderdiği HTTP isteği.
web-integrations-request = İstek
web-integrations-method = Yöntem
web-integrations-url = URL
web-integrations-body = JSON gövdesi
web-integrations-body-hint = yalnızca POST; değişkenler tırnak içinde
web-integrations-timeout = Saniye cinsinden zaman aşımı
# HTTP üst bilgileri (headers).
web-integrations-headers = Üst bilgiler
web-integrations-up-to-5 = en fazla 5
web-integrations-value = Değer
# Ekran okuyucular okur; { $number } satırın numarasıdır.
web-integrations-header-name = Üst bilgi adı { $number }
web-integrations-header-value = Üst bilgi değeri { $number }
web-integrations-secrets = Gizli değerler
# %secret:NAME% olduğu gibi yazılır (NAME: gizli değerin adı).
web-integrations-secrets-hint = en fazla 5; %secret:NAME% olarak kullanılır; bir daha asla gösterilmez — korumak için değeri boş bırak
web-integrations-secret-name = Gizli değer adı { $number }
web-integrations-secret-value = Gizli değer { $number }
# Değeri kayıtlı bir gizli değerin boş alanında gösterilir.
web-integrations-secret-saved = kaydedildi
web-integrations-placeholders = Değişkenler
# %name%, değişkenin karşılama mesajında yazıldığı şekliyle adıdır.
web-integrations-placeholders-hint = en fazla 15: karşılama mesajında %name%, yanıttan okunur
web-integrations-json-path = JSON yolu
web-integrations-fallback = Yedek değer
web-integrations-placeholder-name = Değişken { $number }
web-integrations-placeholder-path = Yol { $number }
web-integrations-placeholder-fallback = Yedek değer { $number }
web-integrations-save-integration = Entegrasyonu kaydet
web-integrations-cancel = İptal
# Bir değişikliğin neden yapılmadığı.
web-integrations-not-found = Bu entegrasyon mevcut değil ya da silinmiş.
# { $name }: gizli değerin adı.
web-integrations-secret-too-long = { $name } gizli değeri: en fazla 1.000 karakter.
web-integrations-unknown = Bilinmeyen entegrasyon.
web-integrations-operators-only = Bir entegrasyonu yalnızca bu ticketbox'ın operatörleri herkese açık yapabilir.
web-integrations-unknown-action = Bilinmeyen işlem.
web-integrations-pick-first = İlk sağlayıcı: Bloxlink veya RoVer seç.
