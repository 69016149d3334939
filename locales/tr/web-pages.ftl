# Kontrol panelinin kendi sayfaları: ana sayfa, ilk kurulum (ticketbox'ı kuran operatör için),
# sunucu listesi, giriş hataları, operatör sayfası ve bir sunucunun açık talepleri, döküm
# listesi, istatistikleri (grafikleriyle) ve denetim kaydı (Türkçe). Ziyaretçiye kendi dilinde
# gösterilir; bir sunucunun yazdıkları (panel başlıkları, etiket adları, kapatma gerekçeleri) ve
# denetim kaydının kaydettikleri asla çevrilmez. Yapılandırma anahtarları (discord.client_id),
# dosya adları (config.toml), ortam değişkenleri, kabuk komutları ve eğik çizgi komutları
# (/open, /setup auto) olduğu gibi yazılır ya da aranır: değiştirilmeden kalır.
# Bazı cümlelerde bir terim kalın, kod ya da bağlantı olarak gösterilir: o terim bir
# değişkendir ({ $name }); dilin gerektirdiği yere taşınabilir.

## Ana sayfa

web-home-title = Ana sayfa
web-home-running = ticketbox { $version } çalışıyor.
web-home-bot-connected = Bot Discord'a bağlı.
web-home-bot-connecting = Bot Discord'a bağlanıyor…
web-home-bot-stopped = Bot durduruldu.
# { $name } giriş yapmış ziyaretçinin Discord adıdır.
web-home-logged-in-as = { $name } olarak giriş yapıldı
web-home-servers = Sunucuların
# Bir buton; web-home-login-prompt ve web-setup-done-login içindeki bağlantı.
web-home-login = Discord ile giriş yap
# { $login } web-home-login butonudur.
web-home-login-prompt = Sunucularını yönetmek ve dökümleri okumak için { $login }.
# { $id } ve { $secret } yapılandırma anahtarlarıdır (discord.client_id, discord.client_secret).
web-home-login-needs = Kontrol paneline giriş için { $id } ve { $secret } gerekli.
# Var olmayan herhangi bir sayfa (diğer herkes için operatör sayfası da).
web-home-not-found = Sayfa bulunamadı.

## İlk kurulum (operatör Discord botunu kurar)

web-setup-title = Kurulum
web-setup-intro = Henüz bir Discord botu yapılandırılmadı. Üç adımda ticketbox çalışmaya başlar.
# Adımlar Discord Developer Portal'ın sayfalarını, butonlarını ve anahtarlarını Discord'un
# gösterdiği şekilde (İngilizce) adlandırır: { $portal } "Discord Developer Portal" (bir bağlantı),
# { $new } "New Application".
web-setup-step-app = { $portal } sayfasını aç ve { $new } ile yeni bir uygulama oluştur.
# { $bot } "Bot", { $reset } "Reset Token", { $intents } "Privileged Gateway Intents",
# { $members } "Server Members Intent", { $content } "Message Content Intent".
web-setup-step-bot = { $bot } bölümünde { $reset } butonuna bas ve token'ı kopyala. Hemen altındaki { $intents } kısmında { $members } ve { $content } seçeneklerini aç ve kaydet.
# { $oauth } "OAuth2", { $id } "Client ID", { $secret } "Client Secret"; { $url } yönlendirme
# olarak eklenecek adrestir.
web-setup-step-oauth = { $oauth } bölümünde { $id } ve { $secret } değerlerini kopyala, ardından yönlendirme (redirect) adresi olarak { $url } ekle (kontrol paneline giriş için).
web-setup-code = Kurulum kodu
# { $file } "setup-code" dosya adıdır, { $command } "ticketbox setup-code" kabuk komutudur.
web-setup-code-hint = ticketbox'ın günlüğünde yazar ve veri dizinine { $file } adıyla kaydedilir: sunucuda { $command } komutu kodu gösterir
web-setup-token = Bot token'ı
web-setup-client-id = Client ID
web-setup-client-id-hint = boş: uygulamanın kimliği
web-setup-client-secret = Client Secret
web-setup-client-secret-hint = kontrol paneline giriş için gerekli
web-setup-submit = Kontrol et ve botu başlat
# { $env } "TICKETBOX_DISCORD__TOKEN", { $key } "discord.token", { $file } "config.toml",
# { $keyfile } "discord.token_file".
web-setup-files = Yapılandırma dosyalarını mı tercih ediyorsun? Bunun yerine { $env } değişkenini (ya da { $file } içinde { $key } veya { $keyfile } anahtarını) ayarla ve yeniden başlat.
# { $file } "setup.toml", { $config } "config.toml", { $env } "TICKETBOX_*" (adı böyle başlayan
# ortam değişkenleri); { $url } kontrol panelinin adresidir.
web-setup-saved = Token Discord ile doğrulanır, ardından veri dizinine kaydedilir ({ $file }, yalnızca ticketbox'ın kullanıcısı okuyabilir). { $config } dosyası ve { $env } ortam değişkenleri bu ayarı geçersiz kılar. Kontrol paneli { $url } adresinde olacak.
web-setup-already-done = ticketbox zaten kurulu.
web-setup-too-many = Adresinden çok fazla deneme yapıldı. Bir dakika bekleyip tekrar dene.
web-setup-expired = Bu formun süresi doldu ya da form bu sayfadan gelmedi. Kurulum sayfasını yenileyip tekrar dene.
# `ticketbox setup-code` bir kabuk komutudur: değiştirilmeden kalır.
web-setup-wrong-code = Bu kurulum kodu doğru değil. Kod ticketbox'ın günlüğünde yazar; sunucuda `ticketbox setup-code` komutu da kodu gösterir.
# Kurulumdan sonra. { $bot } botun Discord'daki adıdır.
web-setup-done-bot = Token { $bot } botuna ait. Bot başlatılıyor.
# Ardından web-setup-done-add butonu gelir.
web-setup-done-invite = Şimdi botu sunucuna davet et:
web-setup-done-add = { $bot } botunu bir sunucuya ekle
# { $login } web-home-login bağlantısıdır; { $auto } ve { $open } "/setup auto" ve "/open"
# eğik çizgi komutlarıdır.
web-setup-done-login = Ardından kontrol paneline giriş yap: { $login }. Discord'da { $auto } bir talep kategorisi ve bir kayıt kanalı oluşturur, { $open } ise hemen çalışır.

## Sunucuların

web-servers-title = Sunucuların
web-servers-none = Henüz ticketbox ile ortak bir sunucun yok. Botu yönettiğin bir sunucuya davet et.
# Ziyaretçinin bir sunucudaki düzeyi, sunucunun adının yanında.
web-servers-role-admin = yönetici
web-servers-role-support = destek
web-servers-role-member = üye

## Giriş hataları

# { $id } ve { $secret } yapılandırma anahtarlarıdır (discord.client_id, discord.client_secret).
web-auth-not-configured = Bu ticketbox'ta kontrol paneline giriş yapılandırılmamış: operatörün { $id } ve { $secret } ayarlarını yapması gerekiyor.
web-auth-stale-login = Bu giriş bağlantısının süresi doldu ya da bağlantı zaten kullanıldı. Lütfen tekrar giriş yap.
web-auth-discord-failed = Discord girişi tamamlamadı. Lütfen tekrar dene.
web-auth-expired = Bu formun süresi doldu. Sayfayı yenileyip tekrar dene.
web-auth-too-many = Adresinden çok fazla giriş denemesi yapıldı. Bir dakika bekleyip tekrar dene.

## Operatör sayfası (yalnızca bu kurulumun operatörleri)

web-operator-title = Operatör
web-operator-status = Durum
# Ardından botun durumu kod sözcüğü olarak gelir (connected, connecting, stopped, failed).
web-operator-bot = Bot:
web-operator-jobs = Bekleyen işler: { $pending }, başarısız: { $failed }.
web-operator-storage = Depolama: veritabanı { $database } bayt, önbellek { $cache } bayt.
web-operator-requests = Veri istekleri
# { $command } "/mydata" eğik çizgi komutudur.
web-operator-requests-hint = { $command } ile gönderilir; 30 gün içinde yanıtla (25 günden sonra gecikmiş sayılır).
# Boş bir liste.
web-operator-none = Yok.
# Veri isteklerinin sütun başlıkları. Aşağıdaki tür (export, delete) ve durum (open, …) kod
# sözcüğü olarak gösterilir.
web-operator-col-kind = Tür
web-operator-col-user = Kullanıcı
web-operator-col-filed = Gönderilme (UTC)
web-operator-col-due = Son tarih (UTC)
web-operator-col-state = Durum
web-operator-overdue = gecikmiş
# { $path } sunucudaki bir dosya yoludur.
web-operator-export-waits = dışa aktarım { $path } konumunda bekliyor
web-operator-sent-by-dm = DM ile gönderildi
web-operator-approve = Onayla
web-operator-refuse = Reddet
web-operator-refuse-reason = gerekçe (kişiye gönderilir)
web-operator-refuse-label = { $id } numaralı isteği reddetme gerekçesi
web-operator-jobs-failed = Başarısız işler
# Başarısız bir arka plan işi: kimliği ve kaç kez denendiği (Türkçede sayıdan sonra isim tekil kalır).
web-operator-job = iş { $id }, { $count } deneme
web-operator-retry = Yeniden dene
web-operator-discard = Kaldır
web-operator-discard-confirm = Bu iş kaldırılsın mı?
web-operator-backups = Yedekler
# { $when } bir tarih ve saat ya da web-operator-backup-none.
web-operator-backup-last = Son başarılı yedek: { $when }.
web-operator-backup-none = henüz yok
# { $error } hatadır, İngilizce.
web-operator-backup-failed = Son deneme başarısız oldu: { $error }
web-operator-backup-now = Şimdi yedekle
# Bir yedekte kaç nesne saklandığı.
web-operator-backup-objects = { $count } nesne
# { $dir } ve { $bucket } yapılandırma anahtarlarıdır (backup.local_dir, backup.s3.bucket).
web-operator-backup-unset = Yedekleme hedefi yok: { $dir } veya { $bucket } ayarla.
web-operator-servers = Sunucular
web-operator-no-tickets = Henüz talep yok.
web-operator-col-server = Sunucu
web-operator-col-open = Açık
web-operator-col-total = Tüm talepler
web-operator-actions = Operatör işlemleri
web-operator-none-yet = Henüz yok.
web-operator-unknown-item = Bilinmeyen öğe.
web-operator-unknown-action = Bilinmeyen işlem.
web-operator-job-not-failed = { $id } numaralı iş başarısız bir iş değil.

## Bir sunucunun açık talepleri

web-tickets-title = Açık talepler
# Filtreler (döküm listesinde de).
web-tickets-label = Etiket
# Filtrenin "filtre yok" seçeneği.
web-tickets-any = Tümü
web-tickets-filter = Filtrele
web-tickets-clear = Temizle
# Hiç açık talep yok; bir etiket seçiliyken ({ $label }, sunucunun verdiği adla); bir destek
# ekibi üyesi için: yalnızca kendi ekiplerinin talepleri listelenir.
web-tickets-none = Açık talep yok. Eline sağlık.
web-tickets-none-label = { $label } etiketli açık talep yok. Eline sağlık.
web-tickets-none-teams = Ekiplerine ait açık talep yok. Eline sağlık.
web-tickets-none-label-teams = Ekiplerine ait { $label } etiketli açık talep yok. Eline sağlık.
# Sütun başlıkları (döküm listesinde de).
web-tickets-col-subject = Konu
web-tickets-col-opener = Talep sahibi
web-tickets-col-claimed-by = Üstlenen
web-tickets-col-panel = Panel
web-tickets-col-labels = Etiketler
web-tickets-col-age = Süre
web-tickets-unclaimed = üstlenilmedi
web-tickets-open-in-discord = Discord'da aç
# Verileri silinmiş bir kullanıcı.
web-tickets-removed-user = silinmiş kullanıcı
# Adı bilinmeyen bir kullanıcı: { $id } Discord kullanıcı kimliğidir.
web-tickets-user = kullanıcı { $id }

## Bir sunucunun dökümleri

web-transcripts-title = Dökümler
web-transcripts-ticket = Talep
web-transcripts-user-placeholder = kullanıcı adı veya kimlik
# Kapanış tarihinin aralığı: her biri bir tarih alanından önce gelen iki ayrı etiket.
web-transcripts-closed-from = Kapanış: başlangıç
web-transcripts-closed-to = bitiş
web-transcripts-reason-placeholder = kapatma gerekçesindeki sözcükler
web-transcripts-col-closed-by = Kapatan
web-transcripts-col-closed = Kapanış (UTC)
web-transcripts-col-reason = Gerekçe
web-transcripts-col-rating = Puan
web-transcripts-count = { $count } döküm
# Kaç dökümün eşleştiği ve gösterilen sayfa (sayfa başına 50).
web-transcripts-count-page = { $count } döküm, sayfa { $page }
# Sayfalayıcı (denetim kaydında da): daha yeni ve daha eski kayıtlar.
web-transcripts-newer = Daha yeni
web-transcripts-older = Daha eski
# Filtre hataları. { $name } ve { $value } yazılan şeydir, tırnak içinde.
web-transcripts-members-unavailable = Üye listesi şu anda kullanılamıyor.
web-transcripts-several-members = { $name } adında birden fazla üye var: kullanıcı adını veya kullanıcı kimliğini kullan.
web-transcripts-no-member = Bu sunucuda { $name } adında bir üye yok: kullanıcı adını veya kullanıcı kimliğini kullan.
# { $error } yukarıdaki üç mesajdan biridir; { $field } hangi filtreyle ilgili olduğunu söyler
# (web-transcripts-field-…).
web-transcripts-filter-error = { $error } ({ $field })
web-transcripts-field-opener = talep sahibi
web-transcripts-field-closer = kapatan
web-transcripts-field-claimed = üstlenen
web-transcripts-bad-number = { $value } bir talep numarası değil.
# Örnek tarih olduğu gibi kalır (yıl-ay-gün).
web-transcripts-bad-from = Başlangıç tarihi 2026-01-31 gibi bir tarih olmalı.
web-transcripts-bad-to = Bitiş tarihi 2026-01-31 gibi bir tarih olmalı.
web-transcripts-bad-panel = Listeden bir panel seç.
web-transcripts-bad-rating = Puan 1 ile 5 yıldız arasında olmalı.

## Bir sunucunun istatistikleri

web-stats-title = İstatistikler
# { $when } bir tarih ve saattir.
web-stats-as-of = { $when } UTC itibarıyla. Günler UTC günleridir; ilk yanıt süreleri, ticketbox'ın talep etkinliğini izlemeye başlamasından sonra açılan talepler için bilinir.
# Üstteki rakamlar.
web-stats-open = Açık talepler
web-stats-total = Toplam talep
web-stats-opened-week = 7 günde açılan
web-stats-opened-month = 30 günde açılan
web-stats-average-rating = Ortalama puan
# { $average } 4.5 gibi tek ondalıklı bir sayıdır.
web-stats-rating-out-of-5 = { $average } / 5
# Aynı zamanda bir başlık.
web-stats-ratings = Puanlar
web-stats-times = Yanıt ve çözüm
web-stats-last-7-days = Son 7 gün
# Aynı zamanda bir başlık.
web-stats-last-30-days = Son 30 gün
web-stats-all-time = Tüm zamanlar
# Yanıt ve çözüm tablosunun satırları ve gün tablosunun sütunları.
web-stats-first-response = İlk yanıt
web-stats-resolution = Çözüm
# Bazı talepler üzerinden süreler: { $average } ve { $median } 2h 5m gibi sürelerdir,
# { $count } kaç talep üzerinden ölçüldüğüdür.
web-stats-spread = ort. { $average } · medyan { $median } ({ $count })
web-stats-no-data = henüz veri yok
# { $average } 4.5 gibi tek ondalıklı bir sayıdır; { $count } kaç puan verildiği.
web-stats-rating = { $average } / 5 ({ $count })
web-stats-no-ratings = henüz puan yok
web-stats-response-time = İlk yanıt süresi
web-stats-resolution-time = Çözüm süresi
web-stats-days-table = Son 30 gün tablo olarak
web-stats-col-day = Gün
web-stats-col-opened = Açılan
web-stats-col-closed = Kapatılan
web-stats-staff = Yetkililer
web-stats-no-staff = Henüz yetkili etkinliği yok.
web-stats-col-member = Üye
web-stats-col-claimed = Üstlenilen
web-stats-col-answered = Yanıtlanan
web-stats-col-their-response = Kendi ilk yanıt süresi
web-stats-col-claimed-rating = Üstlendiği taleplerin puanı
# Ekran okuyucular için grafik açıklamaları; { $count } gün sayısıdır (30).
web-stats-chart-activity = Son { $count } günde günlük açılan ve kapatılan talepler
web-stats-chart-response = Son { $count } günde günlük ilk yanıt süresi (medyan ve ortalama)
web-stats-chart-resolution = Son { $count } günde günlük çözüm süresi (medyan ve ortalama)
web-stats-chart-ratings = Her yıldız sayısıyla kaç puan verildiği
# Grafiklerin serileri, göstergelerinde ve araç ipuçlarında.
web-stats-series-opened = açılan
web-stats-series-closed = kapatılan
web-stats-series-median = medyan
web-stats-series-average = ortalama

## Grafikler

# Bir çubuğun ya da noktanın araç ipucu: { $slot } gündür (01-31 gibi), { $series } bir seri adı
# (web-stats-series-…), { $value } değeri.
web-chart-point = { $slot }: { $series } { $value }
# Puan grafiğinde bir çubuğun araç ipucu: { $name } satırdır (4 ★ gibi), { $value } sayısı.
web-chart-bar = { $name }: { $value }

## Denetim kaydı

web-audit-title = Denetim kaydı
web-audit-intro = Bu kontrol panelinde yapılan her değişiklik: kim, ne ve ne zaman (UTC).
web-audit-none = Henüz değişiklik yok.
# Sütun başlıkları. Kayıtların kendisi İngilizce tutulur.
web-audit-col-when = Ne zaman
web-audit-col-who = Kim
web-audit-col-what = Ne
web-audit-col-detail = Ayrıntı

web-setup-err-token-missing = Bot token'ını yapıştır.
web-setup-err-token-shape = Bu bir bot token'ına benzemiyor: boşluk olmadan yeniden kopyala.
web-setup-err-client-id = İstemci kimliği bir sayıdır (OAuth2 → Client ID).
web-setup-err-secret-shape = Bu bir istemci gizli anahtarına benzemiyor: boşluk olmadan yeniden kopyala.
web-setup-err-bad-token = Discord bu bot token'ını reddetti. Developer Portal'dan yeniden kopyala (uygulaman → Bot → Reset Token).
web-setup-err-unreachable = Token'ı doğrulamak için Discord'a ulaşılamadı ({ $error }). Bu makinenin internet erişimini kontrol edip yeniden dene.
web-setup-err-save = Ayarlar veri dizinine kaydedilemedi. Nedeni günlükte yazıyor.
web-bot-failed-intents = Discord gateway intent'lerini reddetti (kapanış kodu 4014): Discord Developer Portal'da uygulaman → Bot → Privileged Gateway Intents bölümünü aç, SERVER MEMBERS INTENT ve MESSAGE CONTENT INTENT'i aç, kaydet ve ticketbox'ı yeniden başlat
web-bot-failed-token = Discord bot token'ını reddetti (kapanış kodu 4004): Developer Portal'dan (Bot → Reset Token) yeni bir token'ı discord.token'a kopyala ve ticketbox'ı yeniden başlat
web-bot-failed-client = Discord istemcisi oluşturulamıyor: { $error }
web-bot-failed-connection = Discord bağlantısı başarısız oldu: { $error }
web-bot-failed-runtime = Discord bağlantısının iş parçacığı başlatılamıyor: { $error }
web-bot-failed-thread = Discord bağlantısının iş parçacığı beklenmedik şekilde sona erdi

web-operator-request-not-open = #{ $id } numaralı istek açık değil.
web-operator-refuse-reason-length = Gerekçe: 1 ile 500 karakter arası; isteği yapana gönderilir.
web-operator-request-export = dışa aktarma
web-operator-request-delete = silme
web-operator-request-open = açık
web-operator-request-approved = onaylandı
web-operator-request-done = tamamlandı
web-operator-request-refused = reddedildi
