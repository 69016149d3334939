# Eğik çizgi komutları: açıklamalar, seçenek açıklamaları (.opt-<option>) ve seçim adları
# (.opt-<option>-choice-<name>); bağlam menüsü komutları: adları.
# Komutların doc yorumlarından üretilir: elle düzenlemeyin (bkz. README: Languages).

cmd-help = ticketbox komutlarını listeler.

cmd-open = Bir destek talebi açar.
    .opt-subject = Talebin konusu

cmd-start_ticket = Talep başlat

cmd-open_for_user = Kullanıcı için talep aç

cmd-close = Bu talebi kapatır.
    .opt-reason = Talebin kapatılma gerekçesi

cmd-closerequest = Talep sahibinden bu talebi kapatmasını ister; istenirse bir süre sonra kendisi kapatır.
    .opt-delay = Bu kadar saat yanıt gelmezse otomatik olarak kapat
    .opt-reason = Talebin neden kapatılması gerektiği

cmd-reopen = Alt başlık modunda kapatılmış bir talebi yeniden açar.
    .opt-ticket = Talep numarası

cmd-claim = Bu talebi üstlenir: bundan sonra onunla sen ilgilenirsin.

cmd-unclaim = Bu talebi üstlenmeyi bırakır.

cmd-transfer = Bu talebin sorumluluğunu başka bir yetkiliye devreder.
    .opt-user = Talebi devralacak yetkili

cmd-add = Bu talebe bir kullanıcı veya rol ekler.
    .opt-user = Eklenecek kullanıcı
    .opt-role = Eklenecek rol

cmd-remove = Bu talepten bir kullanıcıyı veya rolü çıkarır.
    .opt-user = Çıkarılacak kullanıcı
    .opt-role = Çıkarılacak rol

cmd-rename = Bu talebin kanalını yeniden adlandırır.
    .opt-name = Yeni ad

cmd-jumptotop = Bu talebin en başına bağlantı verir.

cmd-notes = Bu talebin yetkililere özel not alt başlığını açar (veya ona katılır).

cmd-switchpanel = Bu talebi başka bir panele taşır (destek ekipleri de onunla birlikte değişir).
    .opt-panel = Panelin başlığı

cmd-addadmin = Bir kullanıcıyı veya rolü talep yöneticisi yapar.
    .opt-user = Bir kullanıcı
    .opt-role = Bir rol

cmd-removeadmin = Bir talep yöneticisini kaldırır.
    .opt-user = Bir kullanıcı
    .opt-role = Bir rol

cmd-addsupport = Bir kullanıcıyı veya rolü destek ekibine ekler.
    .opt-user = Bir kullanıcı
    .opt-role = Bir rol

cmd-removesupport = Destek ekibinden bir kullanıcıyı veya rolü çıkarır.
    .opt-user = Bir kullanıcı
    .opt-role = Bir rol

cmd-viewstaff = Bu sunucunun talep yöneticilerini ve destek ekibini listeler.
    .opt-page = Sayfa numarası

cmd-blacklist = Bir kullanıcıyı veya rolü talep açamaması için kara listeye alır ya da listeden çıkarır.
    .opt-user = Bir kullanıcı
    .opt-role = Bir rol
    .opt-reason = Gerekçe (yetkililere gösterilir; kayıtla birlikte saklanır)

cmd-setup = Bu sunucunun talep ayarları.

cmd-setup-auto = Bir talep kategorisi ve özel bir kayıt kanalı oluşturur ve bunları kullanır.

cmd-setup-limit = Bir üyenin aynı anda kaç açık talebi olabileceği ve sunucunun toplam kaç talep alacağı.
    .opt-limit = Üye başına açık talep, 1 ile 100 arası
    .opt-server_total = Tüm sunucudaki açık talepler, 1 ile 10000 arası (0 sınırı kaldırır)

cmd-setup-transcripts = Kapatılan taleplerin nereye kaydedileceği.
    .opt-channel = Kayıt kanalı

cmd-setup-use-threads = Talepleri kanal yerine özel alt başlık olarak aç.
    .opt-enabled = Özel alt başlık kullan
    .opt-notification_channel = Yetkililere yeni taleplerin bildirileceği yer
    .opt-archive_after = Sessiz kalan talep alt başlığını şu süreden sonra arşivle (Discord seçenekleri)
    .opt-archive_after-choice-1h = 1 sa
    .opt-archive_after-choice-24h = 24 sa
    .opt-archive_after-choice-3d = 3 gün
    .opt-archive_after-choice-7d = 7 gün

cmd-setup-users-can-close = Talep sahiplerinin kendi taleplerini kapatıp kapatamayacağı.
    .opt-enabled = Talep sahipleri kendi taleplerini kapatabilsin

cmd-setup-close-confirmation = "Kapat" butonunun onay isteyip istemeyeceği.
    .opt-enabled = Kapatmadan önce onay iste

cmd-setup-naming = Talep kanalı adlandırma şablonu (%id%, %id_padded%, %username%, %nickname%, %claimed%).
    .opt-scheme = ör. talep-%id% veya %username%-%id_padded%

cmd-setup-welcome = Varsayılan karşılama mesajı (%user% ve %ticket_id% gibi değişkenler kullanılabilir).
    .opt-message = Mesaj; varsayılana dönmek için boş bırak

cmd-setup-claim = Bir talep üstlenildikten sonra diğer destek ekibi üyelerinin neler yapabileceği.
    .opt-support_can_view = Diğer destek ekibi üyeleri üstlenilen talepleri görmeye devam eder
    .opt-support_can_type = Diğer destek ekibi üyeleri üstlenilen taleplere yazmaya devam edebilir

cmd-setup-feedback = Talep kapandıktan sonra talep sahibinden DM ile puan vermesini ister.
    .opt-enabled = Talep sahiplerinden puan istenip istenmeyeceği

cmd-setup-buttons = Yeni taleplerin karşılama mesajında hangi butonların görüneceği (komutlar her durumda çalışır).
    .opt-claim = "Üstlen" butonunu göster
    .opt-close = "Kapat" butonunu göster
    .opt-close_with_reason = "Gerekçeyle kapat" butonunu göster

cmd-setup-store-transcripts = Kapatılan taleplerin dökümü saklansın mı (kapalı: talepler dökümsüz kapanır ve kaydedilir).
    .opt-enabled = Kapatılan her talebin dökümünü sakla

cmd-setup-open-command = Üyeler /open ile talep açabilsin mi (kapalı: yalnızca panelden; yetkililer her zaman açabilir).
    .opt-enabled = Üyeler /open kullanabilir

cmd-setup-start-ticket = "Talep başlat" mesaj menüsü: kimlerin kullanabileceği, yazarın eklenmesi, paneli.
    .opt-level = Kimler kullanabilir
    .opt-level-choice-everyone = herkes
    .opt-level-choice-support-staff = destek ekibi
    .opt-level-choice-admins = yöneticiler
    .opt-add_author = Mesajın yazarını talebe ekle
    .opt-panel = Taleplerini bu panelden aç (kategorisi, ekibi, karşılama mesajı)
    .opt-no_panel = Taleplerini panelsiz aç

cmd-setup-permissions = Talep sahibinin veya destek ekibinin talep kanallarında neler yapabileceği (kapalı: izin verilmez).
    .opt-who = Kimin izinleri
    .opt-who-choice-the-opener = talep sahibi
    .opt-who-choice-support-staff = destek ekibi
    .opt-attach_files = Dosya ekle
    .opt-embed_links = Bağlantı yerleştir
    .opt-add_reactions = Tepki ekle
    .opt-external_emoji = Harici emoji kullan
    .opt-external_stickers = Harici çıkartma kullan
    .opt-voice_messages = Sesli mesaj gönder

cmd-setup-on-call = Nöbetçi rolü: birini seç ya da boş bırak, ticketbox bir sonraki /on-call ile oluştursun.
    .opt-role = Nöbetçi yetkililerin taşıdığı rol (boş: ticketbox bir tane oluşturur)

cmd-setup-show = Bu sunucunun tüm ayarlarını gösterir.

cmd-autoclose = Kimsenin yanıtlamadığı talepleri otomatik olarak kapatır.

cmd-autoclose-configure = Otomatik kapatma kurallarını ayarlar. Süreler 30m, 12h veya 3d gibi; "off" kuralı kapatır.
    .opt-enabled = Talepler otomatik olarak kapatılsın mı
    .opt-no_response = Talep sahibi açılıştan beri bu süre boyunca yazmadıysa kapat
    .opt-since_last_message = Son yazan yetkiliyse ve talep sahibi bu süre boyunca yanıt vermediyse kapat
    .opt-on_leave = Talep sahibi sunucudan ayrılınca kapat
    .opt-warning = Kapatmadan bu kadar süre önce uyarı gönder (varsayılan: kapalı)

cmd-autoclose-exclude = Bu talebi otomatik kapatmanın dışında tutar ya da yeniden dahil eder.

cmd-autoclose-show = Otomatik kapatma kurallarını gösterir.

cmd-stats = Talep istatistikleri.

cmd-stats-server = Bu sunucunun talep istatistikleri.

cmd-stats-user = Bir yetkilinin talep istatistikleri.
    .opt-user = Yetkili

cmd-panel = Talep panellerini yönet.

cmd-panel-create = Bir panel oluşturur.
    .opt-title = Başlık (bu sunucuda benzersiz)
    .opt-text = Panelin metni (yeni satır için \n)
    .opt-colour = Renk, ör. #5865F2
    .opt-button_label = Buton metni
    .opt-emoji = Buton emojisi
    .opt-style = primary, secondary, success veya danger
    .opt-category = Taleplerinin kategorisi
    .opt-naming = Taleplerinin adlandırma şablonu
    .opt-welcome = Taleplerinin karşılama mesajı
    .opt-support_role = Destek ekibi rolü: bu taleplerle yalnızca o ilgilenir
    .opt-mention_role = Yeni taleplerde bahsedilecek rol
    .opt-mention_opener = Karşılama mesajında talep sahibinden bahset
    .opt-mention_here = Karşılama mesajında @here ile (talebin yetkililerinden) bahset
    .opt-threads = Bu talepleri özel alt başlık olarak aç
    .opt-limit = Bu panelden üye başına açık talep
    .opt-cooldown_minutes = Bir üyenin bu paneldeki iki talep arasında beklemesi gereken dakika
    .opt-open_cap = Bu panelden toplam açık talep, tüm üyeler (0: sınır yok)
    .opt-form = Talep açılmadan önce sorulan form (bkz. /form)
    .opt-exit_survey = Talep sahibinin talebi puanladıktan sonra yanıtlayabileceği form ("Daha fazlasını anlat")
    .opt-awaiting_category = Talep sahibinden yanıt bekleyen taleplerin kategorisi (kanal modu)

cmd-panel-edit = Bir paneli değiştirir (yalnızca verdiğin seçenekleri).
    .opt-title = Panelin şu anki başlığı
    .opt-new_title = Yeni başlık
    .opt-text = Panelin metni
    .opt-colour = Renk, ör. #5865F2
    .opt-button_label = Buton metni
    .opt-emoji = Buton emojisi (kaldırmak için boş)
    .opt-style = primary, secondary, success veya danger
    .opt-category = Taleplerinin kategorisi
    .opt-naming = Adlandırma şablonu (sunucununki için boş)
    .opt-welcome = Karşılama mesajı (sunucununki için boş)
    .opt-support_role = Destek ekibi rolü: bu taleplerle yalnızca o ilgilenir
    .opt-mention_opener = Talep sahibinden bahset
    .opt-mention_here = Karşılama mesajında @here ile (talebin yetkililerinden) bahset
    .opt-threads = Özel alt başlık olarak aç
    .opt-limit = Bu panelden üye başına açık talep
    .opt-cooldown_minutes = Dakika cinsinden bekleme süresi
    .opt-open_cap = Bu panelden toplam açık talep, tüm üyeler (0: sınır yok)
    .opt-disabled = Paneli devre dışı bırak
    .opt-form = Talep açılmadan önce sorulan form (kaldırmak için boş)
    .opt-exit_survey = Puanlamadan sonra sorulan form ("Daha fazlasını anlat"; kaldırmak için boş)
    .opt-awaiting_category = Talep sahibinden yanıt bekleyen taleplerin kategorisi (kanal modu)
    .opt-no_awaiting_category = Talepleri yanıt bekleme kategorisine taşımayı bırak

cmd-panel-delete = Bir paneli siler (ondan açılmış talepler kalır).
    .opt-title = Panelin başlığı

cmd-panel-list = Bu sunucunun panellerini listeler.

cmd-panel-send = Bir paneli bir kanala gönderir.
    .opt-title = Panelin başlığı
    .opt-channel = Nereye gönderileceği (varsayılan: burası)

cmd-panel-embed = Panelin embed'ini ayarlar: bağlantı, yazar, görseller, alt bilgi, alanlar (`none` o kısmı siler).
    .opt-title = Panelin başlığı
    .opt-which = Panel mesajı ya da taleplerinin karşılama mesajı
    .opt-which-choice-panel-message = panel mesajı
    .opt-which-choice-welcome-message = karşılama mesajı
    .opt-heading = Karşılama mesajı: başlığı (değişkenler kullanılabilir)
    .opt-colour = Karşılama mesajı: rengi, #rrggbb
    .opt-url = Başlığın bağlantısı (https://…)
    .opt-author = Yazar adı
    .opt-author_icon = Yazar simgesi (görsel URL'si)
    .opt-author_url = Yazar bağlantısı
    .opt-image = Metnin altındaki büyük görsel (görsel URL'si)
    .opt-thumbnail = Sağ üstteki küçük görsel (görsel URL'si)
    .opt-footer = Alt bilgi metni
    .opt-footer_icon = Alt bilgi simgesi (görsel URL'si)
    .opt-timestamp = Gönderilme zamanını göster
    .opt-add_field = Alan ekle: ad | değer ya da ad | değer | inline
    .opt-clear_fields = Önce tüm alanları kaldır
    .opt-reset = Boş bir embed ile başla

cmd-panel-access = Bir panelden kimin talep açabileceğini ayarlar: üyenin sahip olduğu role ait ilk kural geçerlidir.
    .opt-title = Panelin başlığı
    .opt-role = Rol (diğer tüm üyeler için @everyone)
    .opt-rule = Bu role sahip üyelere izin ver, engelle ya da rolün kuralını kaldır
    .opt-rule-choice-allow = izin ver
    .opt-rule-choice-deny = engelle
    .opt-rule-choice-remove = kaldır
    .opt-position = Sıradaki yeri (1 = ilk kontrol edilir; varsayılan: en son)

cmd-panel-hours = Panel yetkililerinin mesai saatlerini ayarlar (görmek için başlık dışında bir şey verme).
    .opt-title = Panelin başlığı
    .opt-timezone = Saat dilimi, ör. Europe/Istanbul veya America/New_York
    .opt-windows = Zaman aralıkları, ör. mon-fri 09:00-17:00; sat 10:00-14:00
    .opt-holidays = Tatil günleri, ör. 2026-12-24..2026-12-26 Noel; 2027-01-01
    .opt-outside = Mesai saatleri dışında
    .opt-outside-choice-refuse-new-tickets = yeni talepleri reddet
    .opt-outside-choice-open-and-tell-when-staff-are-back = aç ve yetkililerin ne zaman döneceğini bildir
    .opt-message = Bildirim; %next_open% ve %next_open_relative% yetkililerin ne zaman döneceğini gösterir
    .opt-colour = Bildirimin rengi, #rrggbb
    .opt-remove = Saatleri kaldır: her zaman açık

cmd-panel-log = Panelin kapatılan taleplerinin kaydedileceği yer (TicketsBot'taki panele özel döküm kanalı).
    .opt-title = Panelin başlığı
    .opt-channel = Kapatılan taleplerini sunucunun kayıt kanalı yerine buraya kaydet
    .opt-server_log = Yeniden sunucunun kayıt kanalını kullan

cmd-form = Formları yönet.

cmd-form-create = Boş bir form oluşturur.
    .opt-title = Formda gösterilen başlık (1-45 karakter)

cmd-form-add-input = Bir forma soru ekler.
    .opt-form = Formun başlığı
    .opt-label = Soru (1-45 karakter)
    .opt-kind = Ne istediği (varsayılan: metin)
    .opt-kind-choice-text = metin
    .opt-kind-choice-choice-options = seçim (seçenekler)
    .opt-kind-choice-member = üye
    .opt-kind-choice-role = rol
    .opt-kind-choice-member-or-role = üye veya rol
    .opt-kind-choice-channel = kanal
    .opt-description = Sorunun altında gösterilir
    .opt-style = Metin: short veya paragraph
    .opt-required = Yanıtlanması zorunlu (varsayılan: evet)
    .opt-min_length = Metin: en kısa yanıt uzunluğu
    .opt-max_length = Metin: en uzun yanıt uzunluğu
    .opt-placeholder = Boş alanda gösterilen ipucu
    .opt-options = Seçim: seçenekler ; ile ayrılır, her biri metin | açıklama | emoji
    .opt-min_picks = Seçim ve seçiciler: en az seçim sayısı (varsayılan 1)
    .opt-max_picks = Seçim ve seçiciler: en çok seçim sayısı (varsayılan 1)
    .opt-channel_types = Kanal: sunulan türler, ör. text, voice, thread (varsayılan: tümü)

cmd-form-delete = Bir formu siler (onu kullanan paneller soru sormadan talep açar).
    .opt-form = Formun başlığı

cmd-form-list = Formları ve sorularını listeler.

cmd-multipanel = Çoklu panelleri yönet.

cmd-multipanel-create = Mevcut panellerden bir çoklu panel oluşturur.
    .opt-title = Başlık (bu sunucuda benzersiz)
    .opt-panels = Virgülle ayrılmış panel başlıkları
    .opt-select_menu = Butonlar yerine seçim menüsü göster
    .opt-text = Mesajın metni
    .opt-colour = Renk, ör. #5865F2

cmd-multipanel-customise = Çoklu panelin menü metnini, embed görsellerini, alt bilgisini ve bir girdinin görünümünü ayarlar.
    .opt-title = Çoklu panelin başlığı
    .opt-placeholder = Seçim yapılmadan önce seçim menüsünde görünen metin
    .opt-image = Büyük görsel (görsel URL'si)
    .opt-thumbnail = Sağ üstteki küçük görsel (görsel URL'si)
    .opt-footer = Alt bilgi metni
    .opt-panel = Değiştirilecek girdi: panelin başlığı
    .opt-label = Girdinin buradaki metni (none: panelinki)
    .opt-description = Seçim menüsünde girdinin altındaki metin (none: panelin başlığı)
    .opt-emoji = Girdinin buradaki emojisi (none: panelinki)

cmd-multipanel-send = Bir çoklu paneli bir kanala gönderir.
    .opt-title = Çoklu panelin başlığı
    .opt-channel = Nereye gönderileceği (varsayılan: burası)

cmd-multipanel-delete = Bir çoklu paneli siler (panelleri kalır).
    .opt-title = Çoklu panelin başlığı

cmd-multipanel-list = Çoklu panelleri listeler.

cmd-tag = Kayıtlı bir hazır yanıtı gönderir.
    .opt-name = Hazır yanıt

cmd-managetags = Hazır yanıtları yönet.

cmd-managetags-add = Bir hazır yanıt kaydeder (aynı adlı olanın yerine geçer).
    .opt-name = Ad
    .opt-content = Metin (yeni satır için \n)

cmd-managetags-embed = Hazır yanıtla gönderilen embed'i ayarlar (`none` o kısmı siler).
    .opt-name = Hazır yanıt
    .opt-title = Embed başlığı
    .opt-description = Embed metni (yeni satır için \n)
    .opt-colour = Renk, #rrggbb
    .opt-url = Başlığın bağlantısı (https://…)
    .opt-image = Büyük görsel (görsel URL'si)
    .opt-thumbnail = Sağ üstteki küçük görsel (görsel URL'si)
    .opt-footer = Alt bilgi metni
    .opt-add_field = Alan ekle: ad | değer ya da ad | değer | inline
    .opt-remove = Embed'i kaldır

cmd-managetags-delete = Bir hazır yanıtı siler.
    .opt-name = Hazır yanıt

cmd-managetags-list = Hazır yanıtları listeler.

cmd-label = Talep etiketleri: ekle, kaldır, listele ve (yöneticiler) oluştur, renklendir, sil.

cmd-label-add = Bu talebe bir etiket ekler.
    .opt-label = Etiket

cmd-label-remove = Bu talepten bir etiketi kaldırır.
    .opt-label = Etiket

cmd-label-list = Sunucunun etiketlerini listeler (talep içindeyken bu talebinkileri de).

cmd-label-create = Yetkililerin taleplere ekleyebileceği bir etiket tanımlar.
    .opt-name = Adı
    .opt-colour = Renk, ör. #5865F2

cmd-label-colour = Bir etiketin rengini değiştirir.
    .opt-label = Etiket
    .opt-colour = Renk, ör. #5865F2

cmd-label-delete = Bir etiketi siler ve tüm taleplerden kaldırır.
    .opt-label = Etiket

cmd-language = Botun bu sunucuda kullandığı dili ayarlar.
    .opt-code = Botun bu sunucudaki dili
    .opt-code-choice-english = English
    .opt-code-choice-deutsch = Deutsch
    .opt-code-choice-fran-ais = Français
    .opt-code-choice-espa-ol = Español
    .opt-code-choice-portugu-s-do-brasil = Português do Brasil
    .opt-code-choice-nederlands = Nederlands
    .opt-code-choice-polski = Polski
    .opt-code-choice-t-rk-e = Türkçe
    .opt-code-choice-discord-s-server-language = Discord'daki sunucu dili
    .opt-member_languages = Her üyeye kendi Discord dilinde, yalnızca ona görünen yanıtlar ver

cmd-on-call = Seni nöbete alır (yeni alt başlık taleplerine eklenirsin) ya da nöbetten çıkarır.

cmd-mydata = Bu ticketbox'ın senin hakkında tuttuğu veriler: kopyasını ya da silinmesini iste.

cmd-mydata-export = Bu ticketbox'ın senin hakkında tuttuğu her şeyin bir kopyasını iste.

cmd-mydata-delete = Bu ticketbox'ın senin hakkında tuttuğu her şeyin silinmesini iste.
