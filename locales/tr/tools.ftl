# Yetkili araçlarının yanıtları (formlar, hazır yanıtlar, etiketler, nöbet, otomatik kapatma) ve
# otomatik kapatma görevinin taleplere yazdıkları (Türkçe).
# Değişkenler: `{ $name }`. Discord biçimlendirmesi olduğu gibi kalır: <@{ $user }> bir üye,
# <@&{ $role }> bir rol, <t:{ $at }:R> göreli bir zaman; **kalın** ve `kod` Discord'undur.
# Komut adları (/form create) ve yazılan anahtar sözcükler (none, off, short, paragraph) İngilizce kalır.

## /form: bir panel talep açmadan önce sorulan sorular

# { $title }, { $form }: yöneticinin yazdığı form başlığı, tırnak içinde ("Destek").
form-cmd-exists = { $title } adında bir form zaten var.
form-cmd-no-such-form-list = { $form } adında bir form yok. /form list formları gösterir.
form-cmd-no-such-form = { $form } adında bir form yok.
# { $max }: bir formun sahip olabileceği en fazla soru sayısı.
form-cmd-created = { $max ->
    [one] **{ $title }** formu oluşturuldu. /form add-input ile en fazla { $max } soru ekleyebilirsin.
   *[other] **{ $title }** formu oluşturuldu. /form add-input ile en fazla { $max } soru ekleyebilirsin.
}
# "short" ve "paragraph" yöneticinin yazdığı değerlerdir: İngilizce kalır.
form-cmd-bad-style = Stil short veya paragraph olmalı.
# { $count }: sorunun numarası; { $max }: bir formun sahip olabileceği en fazla soru sayısı.
form-cmd-question-added = Soru **{ $form }** formuna eklendi ({ $count }/{ $max }).
form-cmd-deleted = **{ $title }** formu silindi.
form-cmd-none = Henüz form yok. /form create ile bir tane oluştur.

## /tag ve /managetags: hazır yanıtlar

# { $name }: hazır yanıtın adı, tırnak içinde ("iade").
tag-no-such-tag-list = { $name } adında bir hazır yanıt yok. /managetags list hazır yanıtları gösterir.
tag-no-such-tag = { $name } adında bir hazır yanıt yok.
# { $name }: hazır yanıtın adı (`kod` olarak gösterilir).
tag-saved = `{ $name }` hazır yanıtı kaydedildi.
tag-updated = `{ $name }` hazır yanıtı güncellendi.
tag-embed-saved = `{ $name }` hazır yanıtının embed'i kaydedildi.
tag-deleted = `{ $name }` hazır yanıtı silindi.
tag-none = Henüz hazır yanıt yok. /managetags add ile bir tane ekle.

## /label: taleplerdeki etiketler

label-unknown = Bu sunucuda bu adda bir etiket yok. /label list etiketleri gösterir; yöneticiler /label create ile etiket ekleyebilir.
label-nothing-to-do = Yapılacak bir şey yok.
# Talebe yazılır. { $label }: etiketin adı.
label-added = 🏷️ <@{ $user }> bu talebe **{ $label }** etiketini ekledi.
label-removed = 🏷️ <@{ $user }> bu talepten **{ $label }** etiketini kaldırdı.
label-none-yet = Bu sunucuda henüz etiket yok. Yöneticiler /label create ile etiket ekleyebilir.
# /label list başlığı.
label-list-title = **Etiketler**
# { $labels }: talebin etiketleri, virgülle ayrılmış (hiç yoksa —).
label-list-this-ticket = Bu talep: { $labels }
# { $colour }: #RRGGBB biçiminde renk.
label-created = **{ $label }** (`{ $colour }`) etiketi oluşturuldu.
label-recoloured = **{ $label }** etiketinin rengi artık `{ $colour }`.
label-deleted = **{ $label }** etiketi silindi.

## /on-call ve /setup on-call

# ticketbox'ın nöbetçi yetkililer için oluşturduğu rolün adı (bir Discord rol adı, en fazla 100 karakter).
oncall-role-name = Nöbetçi
oncall-role-set = Nöbetçi yetkililer artık <@&{ $role }> rolünü taşıyor. Herkes nöbetten çıkarıldı; yetkililer nöbete girmek için /on-call kullanır.
oncall-role-cleared = Nöbetçi rolü ayarlı değil: ticketbox bir sonraki /on-call kullanımında bir tane oluşturur.
# "Rolleri Yönet", Discord'daki iznin Türkçe adıdır (Manage Roles).
oncall-needs-manage-roles = ticketbox'ın nöbetçi rolünü oluşturabilmesi için Rolleri Yönet iznine ihtiyacı var. Bu izni ver ya da bir yöneticiden /setup on-call ile mevcut bir rolü seçmesini iste.
oncall-role-deleted = Nöbetçi rolü Discord'da silindi; yenisini oluşturmak için /on-call komutunu tekrar çalıştır.
# { $role }: rolün adı. "Sunucu Ayarları → Roller" Discord'un menüsüdür.
oncall-cannot-assign = ticketbox { $role } rolünü veremiyor ya da geri alamıyor: Rolleri Yönet iznine ve bu rolden daha yüksek bir role ihtiyacı var (Sunucu Ayarları → Roller).
oncall-on = Nöbettesin (<@&{ $role }>): yeni alt başlık taleplerine eklenirsin. Nöbetten çıkmak için /on-call komutunu tekrar çalıştır.
# Aynısı, talepleri kanal olarak açan bir sunucuda.
oncall-on-channel-mode = Nöbettesin (<@&{ $role }>): yeni alt başlık taleplerine eklenirsin. Nöbetten çıkmak için /on-call komutunu tekrar çalıştır.
    Not: bu sunucu talepleri kanal olarak açıyor; kanallarda tüm ekip her talebi görür, nöbet yalnızca alt başlık taleplerini etkiler.
oncall-off = Nöbetten çıktın (<@&{ $role }> kaldırıldı). Artık yeni alt başlık taleplerine eklenmeyeceksin.

## /autoclose

autoclose-cmd-saved = Otomatik kapatma kaydedildi.
# { $grace }: 1h ya da 2d 3h gibi bir süre.
autoclose-cmd-overdue = { $count ->
    [one] { $count } açık talep bir kuralın süresini zaten aştı: kimse yanıt vermezse { $grace } içinde kapanacak.
   *[other] { $count } açık talep bir kuralın süresini zaten aştı: kimse yanıt vermezse { $grace } içinde kapanacaklar.
}
autoclose-cmd-excluded = Bu talep otomatik olarak kapatılmayacak. Geri almak için bu komutu tekrar çalıştır.
autoclose-cmd-included = Bu talep yeniden sunucunun otomatik kapatma kurallarına tabi.
# /autoclose show. { $state }: autoclose-cmd-on ya da autoclose-cmd-off; süreler 30m, 12h veya 3d gibi
# ya da autoclose-cmd-off; { $on_leave }: autoclose-cmd-close ya da autoclose-cmd-off;
# { $warning }: autoclose-cmd-warning-before ya da autoclose-cmd-off.
autoclose-cmd-rules = **Otomatik kapatma: { $state }**
    • Açılıştan beri talep sahibinden yanıt yok: { $no_response }
    • Yetkilinin son mesajından beri talep sahibinden yanıt yok: { $since_last_message }
    • Talep sahibi sunucudan ayrılırsa: { $on_leave }
    • Kapatmadan önce uyarı: { $warning }
autoclose-cmd-on = açık
autoclose-cmd-off = kapalı
autoclose-cmd-close = kapat
# { $duration }: 1h ya da 2d 3h gibi bir süre.
autoclose-cmd-warning-before = { $duration } önce

## Otomatik kapatma: talebe yazılan uyarı ve kapatma gerekçesi

autoclose-warn-title = Bu talep yakında kapanacak
# { $duration }: 1h ya da 2d 3h gibi bir süre. "Açık tut" aşağıdaki butondur
# (autoclose-warn-keep-open): aynı sözcükleri kullan.
autoclose-warn-description = Yanıt gelmezse bu talep <t:{ $at }:R> (yaklaşık { $duration } içinde) otomatik olarak kapanacak. Hâlâ gerekliyse **Açık tut** butonuna bas.
# Bir buton (en fazla 80 karakter).
autoclose-warn-keep-open = Açık tut
# Otomatik kapatmanın kapattığı bir talebin kapatma gerekçesi (kayıt kanalında ve talep sahibinin DM'inde gösterilir).
autoclose-warn-reason-no-response = Otomatik olarak kapatıldı: açılıştan beri talep sahibinden yanıt yok
autoclose-warn-reason-since-last-message = Otomatik olarak kapatıldı: yetkilinin son mesajından beri talep sahibinden yanıt yok
autoclose-warn-reason-on-leave = Otomatik olarak kapatıldı: talep sahibi sunucudan ayrıldı
