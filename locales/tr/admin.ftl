# Sunucu yöneticilerine ve yetkililere verilen yanıtlar: /setup, /setup show, yetkili yönetimi,
# /stats, /help ve /mydata (Türkçe).
# Değişkenler: `{ $name }`. Discord biçimlendirmesi olduğu gibi kalır: <@{ $user }> bir üye,
# <@&{ $role }> bir rol, <#{ $channel }> bir kanal, <t:{ $at }:R> göreli bir zaman.
# Komut adları (/setup, /panel list) ve seçenek adları (`limit`, `server_total`,
# support_can_view) İngilizce kalır: üyeler bunları yazar. Yazılan anahtar sözcükler (none, off, 1h) de.

## /setup auto: oluşturduğu kanallar (sunucudaki herkes adlarını görür)

# Yeni talep kanallarının açıldığı kategori.
setup-auto-category-name = Talepler
# Bir Discord metin kanalı adı: küçük harf, boşluksuz (tire kullan).
setup-auto-log-channel-name = talep-kayıtları
# Kayıt kanalının konusu.
setup-auto-log-channel-topic = Kapatılan talepler ticketbox tarafından buraya kaydedilir.
setup-auto-done = Kurulum tamamlandı: yeni talepler <#{ $category }> içinde açılır, kapatılan talepler <#{ $log }> kanalına kaydedilir (yalnızca yöneticiler görebilir; yetkililerin de okuması gerekiyorsa yetkili rollerine erişim ver).

## /setup limit (yanıt aşağıdaki cümleleri bir boşlukla birleştirir)

# `limit` ve `server_total` komutun seçenek adlarıdır: İngilizce kalır.
setup-limit-missing = `limit` (üye başına), `server_total` (tüm sunucu) ya da ikisini birden belirt.
setup-limit-per-member = { $limit ->
    [one] Üyeler artık aynı anda en fazla { $limit } açık talebe sahip olabilir.
   *[other] Üyeler artık aynı anda en fazla { $limit } açık talebe sahip olabilir.
}
setup-limit-server-cap = { $cap ->
    [one] Sunucu toplamda en fazla { $cap } açık talep kabul eder.
   *[other] Sunucu toplamda en fazla { $cap } açık talep kabul eder.
}
setup-limit-server-no-cap = Sunucuda toplam açık talep sayısı için bir sınır yok.
setup-limit-staff-exempt = (Yetkililer bu sınırdan muaftır.)

## /setup transcripts, use-threads, users-can-close, close-confirmation, naming, welcome

setup-transcripts-done = Kapatılan talepler artık <#{ $channel }> kanalına kaydediliyor.
# { $after }: komut seçeneklerindeki adıyla Discord'un arşivleme süresi (1h, 24h, 3d veya 7d):
# olduğu gibi kalır.
setup-threads-on-notified = Yeni talepler özel alt başlık olarak açılır; yetkililere <#{ $channel }> kanalında bildirim gider. Sessiz kalan talep alt başlıkları { $after } sonra arşivlenir.
setup-threads-on = Yeni talepler özel alt başlık olarak açılır. Yetkililerin katılabilmesi için bir bildirim kanalı ayarla. Sessiz kalan talep alt başlıkları { $after } sonra arşivlenir.
setup-threads-off = Yeni talepler kanal olarak açılır.
setup-users-can-close-on = Talep sahipleri kendi taleplerini kapatabilir.
setup-users-can-close-off = Talepleri yalnızca yetkililer kapatabilir.
# "Kapat", talepteki Kapat butonunun etiketidir (button-close).
setup-close-confirmation-on = "Kapat" butonu artık onay istiyor.
setup-close-confirmation-off = "Kapat" butonu artık talebi hemen kapatıyor.
# { $scheme }: yöneticinin yazdığı, %id% gibi değişkenler içeren adlandırma şablonu.
setup-naming-done = Yeni talepler `{ $scheme }` şablonuyla adlandırılır.
setup-welcome-restored = Varsayılan karşılama mesajı geri yüklendi.
setup-welcome-saved = Karşılama mesajı kaydedildi.

## /setup claim, feedback, buttons, store-transcripts, open-command

# support_can_view komutun seçenek adıdır: İngilizce kalır.
setup-claim-type-needs-view = Destek ekibi göremediği bir talebe yazamaz: support_can_view seçeneğini de etkinleştir.
setup-claim-done = Üstlenme ayarları kaydedildi; bundan sonra üstlenilen taleplere uygulanır.
setup-feedback-on = Geri bildirim açık: talep kapandıktan sonra talep sahibine, talebi puanlaması için DM gönderilir (talepte yazdıysa ve yetkili değilse).
setup-feedback-off = Geri bildirim kapalı: talep sahiplerinden artık taleplerini puanlamaları istenmez.
# { $buttons }: virgülle birleştirilmiş buton etiketleri ya da setup-buttons-none.
setup-buttons-done = Yeni taleplerde gösterilenler: { $buttons }.
setup-buttons-none = buton yok (/close ve /claim yine de çalışır)
setup-store-transcripts-on = Kapatılan taleplerin dökümleri saklanır.
setup-store-transcripts-off = Dökümler artık saklanmıyor: talepler dökümsüz kapanır ve kaydedilir. Daha önce saklanan dökümler kalır.
setup-open-command-on = Üyeler /open ile talep açabilir.
setup-open-command-off = Üyeler yalnızca panellerden talep açabilir; yetkililer /open kullanmaya devam edebilir.

## /setup start-ticket ("Talep başlat" mesaj menüsünün adıdır)

# { $panel }: yöneticinin yazdığı başlık, tırnak içinde.
setup-start-ticket-no-panel = { $panel } adında bir panel yok. /panel list panelleri gösterir.
# { $level }: menüyü kimin kullanabileceği (everyone, support veya admins); { $adds }: yes veya no;
# { $panel }: aşağıdaki setup-start-ticket-panel-* mesajlarından biri.
setup-start-ticket-summary = Talep başlat: { $level ->
        [everyone] herkes
        [support] destek ekibi
       *[admins] yöneticiler
    } kullanabilir, mesajın yazarını talebe { $adds ->
        [yes] ekler
       *[no] eklemez
    }, panel: { $panel }.
# { $title }: panelin başlığı (kalın).
setup-start-ticket-panel-named = **{ $title }**
setup-start-ticket-panel-none = yok
setup-start-ticket-panel-deleted = yok (silindi)

## /setup permissions

# { $permissions }: kapatılanlar ("no attach files, no embed links") ya da
# "everything allowed" (şimdilik İngilizce).
setup-permissions-openers = Yeni talep kanallarında talep sahipleri: { $permissions }. (Alt başlık talepleri bulundukları kanalın ayarlarını izler.)
setup-permissions-support = Yeni talep kanallarında destek ekibi: { $permissions }. (Alt başlık talepleri bulundukları kanalın ayarlarını izler.)

## /setup show: tüm ayarlar tek bir embed'de (Discord bir alan adında 256 karaktere izin verir)

setup-show-title = Talep ayarları
setup-show-yes = evet
setup-show-no = hayır
setup-show-not-set = ayarlanmadı
setup-show-field-tickets = Talepler
# { $category }, { $overflow }: bir kanal ya da setup-show-not-set; { $cap }: setup-show-cap ya da
# setup-show-no-cap; { $naming }: adlandırma şablonu (%id% değişkenleri); /open bir komuttur.
setup-show-tickets = Kategori: { $category } (taşma: { $overflow })
    Kullanıcı başına sınır: { $limit }
    Toplam açık talep: { $cap }
    Adlandırma: `{ $naming }`
    Üyeler için /open: { $open_command }
setup-show-no-cap = sınır yok
setup-show-cap = en fazla { $cap }
setup-show-field-closing = Kapatma
# Kayıt kanalı dışındaki her değer setup-show-yes ya da setup-show-no'dur.
setup-show-closing = Kayıt kanalı: { $log_channel }
    Kullanıcılar kapatabilir: { $users_can_close }
    Kapatma onayı: { $close_confirmation }
    Kapanınca DM: { $dm_on_close }
    Geri bildirim: { $feedback }
    Dökümler saklanır: { $transcripts }
setup-show-field-threads = Alt başlıklar ve nöbet
# { $archive }: /setup use-threads'te yazıldığı şekliyle Discord'un arşivleme süresi (1h, 24h, 3d veya 7d);
# { $role }: rol ya da setup-show-on-call-role-later; { $on_call }: nöbette kaç kişi olduğu.
setup-show-threads = Alt başlıklar: { $threads }
    Bildirim kanalı: { $channel }
    Arşivleme süresi: { $archive }
    Nöbetçi rolü: { $role } (nöbette: { $on_call })
setup-show-on-call-role-later = ilk /on-call kullanımında oluşturulur
setup-show-field-welcome = Karşılama ve üstlenme
# { $message }: karşılama mesajı (sunucunun kendi metni ya da varsayılan); { $buttons }:
# virgülle birleştirilmiş buton etiketleri.
setup-show-welcome = Mesaj: { $message }
    Embed: { $embed }
    Butonlar: { $buttons }
    Üstlenildikten sonra destek ekibi görebilir: { $can_view }, yazabilir: { $can_type }
setup-show-welcome-embed-none = yok
# "Welcome embed" bir kontrol paneli sayfasının adıdır.
setup-show-welcome-embed-set = ayarlı (kontrol paneli → Welcome embed)
setup-show-field-start-ticket = Talep başlat ve izinler
# { $summary }: setup-start-ticket-summary; { $openers }, { $support }: kapatılanlar
# (şimdilik İngilizce).
setup-show-start-ticket = { $summary }
    Talep sahipleri: { $openers }
    Destek ekibi: { $support }
setup-show-field-autoclose = Otomatik kapatma
setup-show-autoclose-on = açık (/autoclose show kuralları gösterir)
setup-show-autoclose-off = kapalı
setup-show-field-panels = Paneller
# Bir panelin ayrıntıları, başlığından sonra virgülle birleştirilir.
setup-show-panel-not-posted = gönderilmedi
setup-show-panel-posted-in = <#{ $channel }> kanalında
setup-show-panel-threads = alt başlıklar
setup-show-panel-channels = kanallar
setup-show-panel-server-default = sunucu varsayılanı
setup-show-panel-form = form
setup-show-panel-support-hours = mesai saatleri
setup-show-panel-disabled = devre dışı
setup-show-panels-none = yok (/panel create)
setup-show-field-multi-panels = Çoklu paneller
setup-show-multi-panels-none = yok
setup-show-field-labels = Etiketler

## Yetkililer: /addadmin, /removeadmin, /addsupport, /removesupport, /viewstaff, /blacklist

# { $target }: üye ya da rol (etiket olarak); { $level }: admin veya support.
staff-added = { $level ->
    [admin] { $target } artık bir talep yöneticisi.
   *[support] { $target } artık destek ekibinde.
}
staff-already = { $level ->
    [admin] { $target } zaten bir talep yöneticisi.
   *[support] { $target } zaten destek ekibinde.
}
staff-removed = { $level ->
    [admin] { $target } artık talep yöneticisi değil.
   *[support] { $target } artık destek ekibinde değil.
}
staff-was-not = { $level ->
    [admin] { $target } talep yöneticisi değildi.
   *[support] { $target } destek ekibinde değildi.
}
staff-list-empty = Henüz yetkili ayarlanmamış. Sunucu sahibi ve Yönetici iznine sahip üyeler talep yöneticisidir; /addadmin ve /addsupport ile başkalarını da ekleyebilirsin.
staff-list-no-such-page = { $pages ->
    [one] Yalnızca { $pages } sayfa var.
   *[other] Yalnızca { $pages } sayfa var.
}
staff-list-header = **Yetkililer** (sayfa { $page }/{ $pages })
# Listenin bir satırı; { $target }: üye ya da rol (etiket olarak).
staff-list-admin = Yönetici: { $target }
staff-list-support = Destek: { $target }
staff-blacklist-staff = Yetkililer kara listeye alınamaz.
staff-blacklisted = { $target } artık kara listede ve talep açamaz.
# { $reason }: yetkililerin yazdığı gerekçe.
staff-blacklisted-reason = { $target } artık kara listede ve talep açamaz. Gerekçe: { $reason }
staff-unblacklisted = { $target } artık kara listede değil.

## /stats server ve /stats user (bir embed; Discord bir alan adında 256 karaktere izin verir)

# { $average }, { $median }: 3d 4h, 12h, 30m gibi yazılan süreler (olduğu gibi kalır);
# { $count }: bir sayı (Türkçede sayıdan sonra isim tekil kalır).
stats-spread = ort. { $average }, medyan { $median } ({ $count } talep)
stats-no-data = henüz veri yok
# { $week }, { $month }, { $all }: stats-spread ya da stats-no-data.
stats-windows = 7 gün: { $week }
    30 gün: { $month }
    Tüm zamanlar: { $all }
# { $average }: 4.2 gibi; { $count }: bir sayı.
stats-ratings = { $average } / 5 ({ $count } değerlendirme)
stats-no-ratings = henüz değerlendirme yok
stats-server-title = Talep istatistikleri
stats-open-tickets = Açık talepler
stats-total-tickets = Toplam talep
stats-opened = Açılan
stats-opened-value = 7 günde { $week }, 30 günde { $month }
stats-first-response = İlk yanıt süresi
stats-resolution = Çözüm süresi
stats-rating = Puan
# { $user }: yetkilinin Discord kullanıcı adı.
stats-user-title = { $user } için talep istatistikleri
stats-claimed = Üstlenilen
stats-closed = Kapatılan
stats-answered = Yanıtlanan
stats-their-first-response = Kendi ilk yanıt süresi
stats-claimed-rating = Üstlendiği taleplerin puanı

## /help

# ticketbox botun adıdır; ardından komut listesi gelir.
help-title = **ticketbox komutları**

permission-off-attach-files = dosya eklenemez
permission-off-embed-links = bağlantı yerleştirilemez
permission-off-add-reactions = tepki eklenemez
permission-off-external-emoji = harici emoji kullanılamaz
permission-off-external-stickers = harici çıkartma kullanılamaz
permission-off-voice-messages = sesli mesaj gönderilemez
permission-all-allowed = her şeye izin var

## /mydata

# { $what }: aşağıdaki iki mesajdan biri; { $due }: bir Discord zaman damgası, <t:…> olduğu gibi kalır.
mydata-filed = İsteğin kaydedildi: { $what }. Bu ticketbox'ın operatörü en geç <t:{ $due }:D> tarihinde (<t:{ $due }:R>) yanıt verecek.
mydata-filed-again = Bunu zaten istemiştin: { $what }. Bu ticketbox'ın operatörü en geç <t:{ $due }:D> tarihinde (<t:{ $due }:R>) yanıt verecek.
mydata-what-export = bu ticketbox'ın senin hakkında tuttuğu her şeyin bir kopyası (JSON dosyası olarak; sığıyorsa sana DM ile gönderilir, sığmıyorsa operatör onu nasıl alacağını sana bildirir)
mydata-what-delete = bu ticketbox'ın senin hakkında tuttuğu her şeyin silinmesi (silinmeden önce sana bir DM gelir)

mydata-dm-export = Bu ticketbox'ın senin hakkında tuttuğu her şey burada (veri isteği #{ $id }).
mydata-dm-export-waiting = Veri dışa aktarımın (istek #{ $id }) hazır, ancak buraya gönderilemedi; bu ticketbox'ın operatörü onu sana başka bir yolla ulaştıracak.
mydata-dm-refused-export = Verilerinin bir kopyası için yaptığın #{ $id } numaralı istek bu ticketbox'ın operatörü tarafından reddedildi: { $reason }
mydata-dm-refused-delete = Verilerinin silinmesi için yaptığın #{ $id } numaralı istek bu ticketbox'ın operatörü tarafından reddedildi: { $reason }
mydata-dm-removing = İstediğin gibi (veri isteği #{ $id }) bu ticketbox'ın senin hakkında tuttuğu her şey şimdi siliniyor.
