# Botun sunucularda paylaştıkları ve üyelere verdiği yanıtlar (Türkçe).
# Değişkenler: `{ $name }`. Discord biçimlendirmesi olduğu gibi kalır: <@{ $user }> bir üye,
# <@&{ $role }> bir rol, <#{ $channel }> bir kanal, <t:{ $at }:R> göreli bir zaman.
# Komut adları (/close) ve yazılan anahtar sözcükler (none, off) İngilizce kalır.

## Retler: bir talep işleminin neden yapılmadığı

refusal-blacklisted = Bu sunucuda kara listedesin, talep açamazsın.
refusal-limit-reached = { $limit ->
    [one] Açık talep sınırına ({ $limit }) zaten ulaştın. Yenisini açmadan önce mevcut talebini kapat.
   *[other] Açık talep sınırına ({ $limit }) zaten ulaştın. Yenisini açmadan önce birini kapat.
}
refusal-panel-disabled = Bu panel devre dışı: şu anda talep açmıyor.
refusal-open-command-disabled = Bu sunucuda talepler yalnızca panellerden açılır: talep açmak için bir paneldeki butonu kullan.
refusal-outside-hours = Bu panel mesai saatleri dışında talep açmıyor. { $notice }
refusal-access-denied-everyone = Bu panel rollerin için talep açmıyor ({ $rule }. erişim kuralı: diğer herkes geri çevriliyor).
refusal-access-denied = <@&{ $role }> rolüne sahip üyeler bu panelden talep açamaz ({ $rule }. erişim kuralı).
refusal-panel-limit-reached = { $limit ->
    [one] Bu panelden zaten { $limit } açık talebin var; panelin sınırı bu.
   *[other] Bu panelden zaten { $limit } açık talebin var; panelin sınırı bu.
}
refusal-server-full = { $cap ->
    [one] Bu sunucu { $cap } açık talep sınırına ulaştı. Lütfen yetkililer o talebi kapattıktan sonra tekrar dene.
   *[other] Bu sunucu { $cap } açık talep sınırına ulaştı. Lütfen yetkililer bazılarını kapattıktan sonra tekrar dene.
}
refusal-panel-full = { $cap ->
    [one] Bu panel { $cap } açık talep sınırına ulaştı. Lütfen yetkililer o talebi kapattıktan sonra tekrar dene.
   *[other] Bu panel { $cap } açık talep sınırına ulaştı. Lütfen yetkililer bazılarını kapattıktan sonra tekrar dene.
}
refusal-cooldown = Kısa süre önce bu panelden bir talep açtın. Yenisini <t:{ $at }:R> açabilirsin.
refusal-needs-admin = Bunu yalnızca talep yöneticileri yapabilir.
refusal-needs-support = Bunu yalnızca destek ekibi yapabilir.
refusal-users-cannot-close = Bu sunucuda talepleri yalnızca yetkililer kapatabilir. Bir yetkiliye sor ya da yetkiliysen /closerequest kullan.
refusal-not-a-ticket = Bu bir talep kanalı değil. Komutu bir talebin içinde çalıştır.
refusal-already-claimed = Bu talep zaten <@{ $user }> tarafından üstlenildi.
refusal-not-claimed = Bu talep üstlenilmemiş.
refusal-not-claimer = Bunu yalnızca talebi üstlenen yetkili ya da bir yönetici yapabilir.
refusal-target-not-staff = Talepler yalnızca destek ekibine veya yöneticilere devredilebilir.
refusal-cannot-remove-staff = Yetkililer bir talepten çıkarılamaz.
refusal-cannot-remove-opener = Talebi açan üye talepten çıkarılamaz.
refusal-only-own-ticket = Bunu yalnızca kendi talebinde yapabilirsin.
refusal-ticket-not-open = Bu talep zaten kapatılıyor.

## Hatalar

error-internal = Bot tarafında bir şeyler ters gitti. Hata kaydedildi; lütfen tekrar dene.
error-discord-rate-limited = Discord şu anda botun istek hızını sınırlıyor. Lütfen birkaç saniye sonra tekrar dene.
error-discord-server = Discord bu isteği işlerken bir sorun yaşadı (HTTP { $status }). Hiçbir şey değiştirilmedi; lütfen tekrar dene.
error-discord-forbidden = Botun bunun için gereken bir Discord izni yok. Bir sunucu yöneticisinden botun rolünü kontrol etmesini iste.
error-discord-refused = Discord bu isteği reddetti. Lütfen tekrar dene; sorun devam ederse bir sunucu yöneticisine haber ver.
error-guild-only = Bu komut yalnızca bir sunucu içinde çalışır.
# { $permissions }: Discord'un izin adları, İngilizce.
error-bot-missing-permissions = Botun burada şu Discord izinleri eksik: { $permissions }.
error-user-missing-permissions = Bu komutu kullanmak için şu izinlere ihtiyacın var: { $permissions }.
error-user-missing-required-permissions = Bu komutu kullanmak için gerekli izinlere sahip değilsin.
error-option-invalid-input = Bu seçenek geçerli değil ({ $input }): { $reason }.
error-option-invalid = Bu seçenek geçerli değil: { $reason }.
error-old-button = Bu buton botun eski bir sürümüne ait ve artık çalışmıyor.
error-old-form = Bu form botun eski bir sürümüne ait ve artık çalışmıyor.
error-pick-an-option = Seçeneklerden birini seç.

## Talep açma

ticket-opened = Talep açıldı: <#{ $channel }>
panel-gone = Bu panel artık mevcut değil.
panel-gone-send-new = Bu panel artık mevcut değil. Bir sunucu yöneticisinden yenisini göndermesini iste.
form-changed = Bu panelin formu değiştirildi; panelin butonuna tekrar tıkla.

## Alt başlık talepleri: "Talebe katıl" butonu

join-ticket-closed = Bu talep kapalı.
join-other-team = Bu talep başka bir destek ekibine ait.
join-claimed-by-other = Bu talep başka bir yetkili tarafından üstlenildi.
join-joined = Katıldın: <#{ $channel }>

## Üstlenme ve kapatma

claim-handled-by = Talebinle <@{ $user }> ilgilenecek.
close-confirm-question = Bu talebi kapatmak istediğinden emin misin?
close-being-closed-by = Bu talep <@{ $user }> tarafından kapatılıyor.
# Kapatma gerekçesini soran form: başlığı ve tek alanı.
close-reason-modal-title = Talebi kapat
close-reason-modal-label = Gerekçe
close-request-not-opener = Kapatma isteğini yalnızca talebi açan üye yanıtlayabilir.
close-request-answered = Bu kapatma isteği zaten yanıtlandı.
close-request-accepted = Kapatma isteği kabul edildi; bu talep kapatılıyor.
close-request-declined = <@{ $user }> kapatma isteğini reddetti; talep açık kalıyor.

## Otomatik kapatma

autoclose-keep-open-refused = Bu talebi yalnızca talebi açan üye veya yetkililer açık tutabilir.
autoclose-kept-open = <@{ $user }> bu talebi açık tuttu: otomatik kapatma sayacı yeniden başlıyor.

## Geri bildirim (talep sahibinin DM'lerinde)

# { $stars_shown }: emoji olarak yıldızlar; { $stars }: sayı.
feedback-rated = Teşekkürler! Bu talebe { $stars_shown } ({ $stars }/5) puan verdin. Puanını 24 saat boyunca değiştirebilirsin.
feedback-comment-title = Yorumun
feedback-comment-label = Yorum
feedback-comment-thanks = Yorumun için teşekkürler: ekip yorumunu puanınla birlikte görecek.
feedback-survey-thanks = Daha fazlasını anlattığın için teşekkürler: ekip yanıtlarını görecek.

## Botun paylaştığı butonlar ve menüler (Discord bir butonda 80 karaktere izin verir)

button-close = Kapat
button-close-with-reason = Gerekçeyle kapat
button-claim = Üstlen
button-close-ticket = Talebi kapat
button-join-ticket = Talebe katıl
button-view-transcript = Dökümü görüntüle
panel-select-placeholder = Talebinin konusunu seç

## Yeni bir talep

# Ne panelin ne de sunucunun kendi mesajı olmadığında kullanılan yerleşik karşılama mesajı.
# %user% botun doldurduğu bir değişkendir: olduğu gibi kalmalı.
welcome-default = Destek ekibiyle iletişime geçtiğin için teşekkürler, %user%.
    Lütfen sorununu açıkla ve yanıt bekle: bir yetkili kısa süre içinde seninle ilgilenecek.
welcome-subject = Konu
welcome-started-from = Bir mesajdan başlatıldı
# { $link }: mesajın bağlantısı; { $user }: mesajın yazarı.
welcome-started-from-link = { $link } (yazan: <@{ $user }>)
welcome-outside-hours = Mesai saatleri dışında
form-answers-title = Form yanıtları
join-notice = <@{ $user }> #{ $number } numaralı talebi açtı (<#{ $channel }>). Yetkililer buradan katılabilir.
open-bot-missing-permissions = Botun talep açmak için ihtiyaç duyduğu Discord izinleri eksik: { $permissions }. Bir sunucu yöneticisinden bu izinleri botun rolüne vermesini iste.
open-already-opening = Talebin zaten açılıyor. Birazdan görünecek.
open-categories-full = İki talep kategorisi de dolu (Discord bir kategoride en fazla 50 kanala izin verir). Bazı talepleri kapat ya da bir yöneticiden başka bir kategori ayarlamasını iste.
open-server-channels-full = Bu sunucu Discord'un 500 kanal sınırına ulaştı, bu yüzden talep kanalı oluşturulamıyor. Bazı talepleri kapat, kullanılmayan kanalları sil ya da bir yöneticiden alt başlık moduna geçmesini iste (/setup use-threads).
# Botun talep kanalları için oluşturduğu kategoriler.
category-name = Talepler
category-name-overflow = Talepler (taşma)

## Kapatma: bildirim, kayıt kanalındaki özet ve talep sahibine giden DM

close-reason-too-long = Kapatma gerekçesi en fazla 1024 karakter olabilir.
close-reason-channel-deleted = Talebin kanalı silindi
close-notice = Talep kapatıldı.
close-notice-by = Talep <@{ $user }> tarafından kapatıldı.
log-title = Talep #{ $number } kapatıldı
log-ticket = Talep
log-panel = Panel
log-opened-by = Açan
log-claimed-by = Üstlenen
log-not-claimed = Üstlenilmedi
log-closed-by = Kapatan
log-reason = Gerekçe
log-no-reason = Gerekçe belirtilmedi
log-opened = Açılış
log-closed = Kapanış
log-transcript = Döküm
log-transcript-not-kept = Saklanmadı: bu sunucu dökümleri saklamıyor.
log-rating = Puan
log-rating-not-asked = Sorulmadı: talep sahibinin DM'lerine ulaşılamadı
log-comment = Yorum
log-survey-question = Anket: { $question }

## Geri bildirim retleri ve metinleri

feedback-request = #{ $number } numaralı talepte nasıldık? 1 ile 5 yıldız arasında puan ver; puanını 24 saat boyunca değiştirebilirsin.
button-add-comment = Yorum ekle
button-tell-us-more = Daha fazlasını anlat
feedback-comment-empty = Yorum boş.
feedback-no-answer = (yanıt yok)
feedback-refusal-gone = Bu talebin verileri artık mevcut değil, bu yüzden puanlanamaz.
feedback-refusal-not-the-opener = Bu talebi yalnızca talebi açan üye puanlayabilir.
feedback-refusal-too-late = Puan, talep kapandıktan sonraki 24 saat içinde verilebilir veya değiştirilebilir; bu talep daha önce kapandı.
feedback-refusal-bad-rating = Puan 1 ile 5 yıldız arasında olmalı.
feedback-refusal-not-rated = Önce talebi puanla, sonra yorum ekle.
feedback-refusal-no-survey = Bu talebin panelinde artık bir çıkış anketi yok.
feedback-refusal-survey-answered = Bu talebin anketini zaten yanıtladın. Teşekkürler!

## Komutlar: /open, "Kullanıcı için talep aç", /close, /closerequest, /reopen

open-for-bot = Talepler botlar için değil, üyeler için açılır.
open-for-not-member = <@{ $user }> bu sunucunun üyesi değil.
open-for-blacklisted = <@{ $user }> bu sunucuda kara listede, talep açamaz (değiştirmek için /blacklist).
# { $reason }: üyenin talebi neden açamadığı (başka bir mesaj).
open-for-refused = <@{ $user }> için: { $reason }
open-for-closed-at-once = Talep hemen kapatıldı.
open-for-opened = <@{ $user }> için talep açıldı: <#{ $channel }>
close-retrying = Bu talebin kapatılması takılmıştı; şimdi yeniden deneniyor.
close-request-asks = <@{ $opener }>, <@{ $user }> bu talebin kapatılmasını istiyor.
close-request-reason = **Gerekçe:** { $reason }
close-request-auto = Yanıt vermezsen talep <t:{ $at }:R> otomatik olarak kapanacak.
button-close-request-accept = Kabul et ve kapat
button-close-request-deny = Reddet
reopen-no-such-ticket = Bu sunucuda #{ $number } numaralı bir talep yok.
reopen-was-channel = #{ $number } numaralı talep bir kanaldı ve kapatıldığında silindi; yalnızca alt başlık talepleri yeniden açılabilir.
reopen-not-closed = #{ $number } numaralı talep kapalı değil.
reopen-no-thread = Bu talebin alt başlığı yok.
reopen-done = #{ $number } numaralı talep yeniden açıldı: <#{ $channel }>
error-user-or-role = Bir kullanıcı ya da bir rol belirt (yalnızca birini).
error-everyone-not-allowed = @everyone burada kullanılamaz: bir üye veya rol seç.
# { $role }: rolün adı.
error-managed-role = { $role } bir bota veya entegrasyona ait ve burada kullanılamaz: bir üye veya başka bir rol seç.

## Talep üzerinde çalışma: /claim, /unclaim, /transfer, /add, /remove, /rename, /notes, /jumptotop, /switchpanel

claim-released = <@{ $user }> artık bu taleple ilgilenmiyor; herhangi bir yetkili talebi üstlenebilir.
claim-transferred = Bu taleple artık <@{ $user }> ilgileniyor.
# { $who }: bir üye ya da rol etiketi.
members-added = { $who } bu talebe eklendi.
members-already-in = { $who } zaten bu talepte.
members-removed = { $who } bu talepten çıkarıldı.
members-not-in = { $who } bu talebe eklenmemişti.
members-everyone = @everyone bir talebe eklenemez: bu, talebi tüm sunucuya gösterir.
members-roles-staff-only = Bir talebe rol ekleyebilenler yalnızca yetkililerdir; üyeleri tek tek ekle.
members-opener-already-in = Talebi açan üye zaten talepte.
members-no-roles-in-threads = Alt başlık taleplerine rol eklenemez; üyeleri tek tek ekle.
ticket-no-channel = Bu talebin kanalı yok.
rename-empty = Bu ad, Discord'un kanal adlarında izin verdiği hiçbir karakteri içermiyor.
rename-scheduled = Discord her kanal için 10 dakikada yalnızca iki ad değişikliğine izin verir. Yeni ad `{ $name }` <t:{ $at }:R> uygulanacak.
rename-done = Yeni ad: `{ $name }`.
notes-thread-ticket = Not alt başlıkları kanal talepleri içindir: bir alt başlık talebi başka bir alt başlık içeremez.
notes-here = Bu talebin yetkili notları: <#{ $channel }> (talep sahibi göremez).
jump-no-first-message = Bu talebin atlanacak bir ilk mesajı yok.
jump-to-top = [#{ $number } numaralı talebin başına git]({ $link })
# { $panel }: yazılan başlık, tırnak içinde.
switchpanel-no-such-panel = { $panel } adında bir panel yok. /panel list panelleri gösterir.
switchpanel-done = Bu talep artık **{ $panel }** paneline ait.

## /language

# { $name }: dilin kendi adı (Deutsch, Français, Türkçe…).
language-chosen = Bot bu sunucuda şu dili kullanıyor: { $name }.
language-discord = Bot, Discord ayarlarındaki sunucu dilini izliyor: şu anda { $name }.
language-members-own = Bot üyenin Discord dilini destekliyorsa, üyelere kendi dillerinde özel olarak yanıt verilir.
language-members-server = Üyelere sunucunun dilinde yanıt verilir.
# { $language } ve { $members }: yukarıdaki iki cümle.
language-summary = { $language } { $members }

welcome-title = Talep #%ticket_id%

panel-default-text = Talep oluşturmak için aşağıdaki butona tıkla.
panel-default-button = Talep oluştur

## Botun bir talebi kendisi kapattığında verdiği gerekçeler

close-request-expired-reason = Kapatma isteği: süre dolmadan yanıt verilmedi

post-not-connected = Bot şu anda Discord'a bağlı değil, bu yüzden hiçbir şey gönderilmedi. Bir dakika sonra tekrar dene.
post-multi-panel-empty = Bu çoklu panelin tüm panelleri silinmiş: önce panel ekle.

perm-view-channels = Kanalları Görüntüle
perm-manage-channels = Kanalları Yönet
perm-manage-roles = Rolleri Yönet
perm-send-messages = Mesaj Gönder
perm-embed-links = Bağlantı Yerleştir
perm-read-message-history = Mesaj Geçmişini Oku
perm-create-private-threads = Özel Alt Başlık Oluştur
perm-send-messages-in-threads = Alt Başlıklarda Mesaj Gönder
perm-manage-threads = Alt Başlıkları Yönet
