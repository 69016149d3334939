# Botun panel komutlarına (/panel, /multipanel) verdiği yanıtlar ve panellere yazdıkları
# (Türkçe).
# Değişkenler: `{ $name }`. Discord biçimlendirmesi olduğu gibi kalır: <@&{ $role }> bir rol,
# <#{ $channel }> bir kanal. **…** kalın metindir.
# Komut adları (/panel send), seçenek adları (title:, panel:) ve yazılan anahtar sözcükler
# (none, primary, allow…) İngilizce kalır.

## /panel create, edit, delete, list, send

# { $title }: yazılan başlık, tırnak içinde.
panel-cmd-no-such-panel = { $title } adında bir panel yok. /panel list panelleri gösterir.
# { $emoji }: yazılan şey, tırnak içinde.
panel-cmd-not-an-emoji = { $emoji } bir emoji değil.
# Dört stil yazılan anahtar sözcüklerdir: İngilizce kalır.
panel-cmd-bad-button-style = Buton stili primary, secondary, success veya danger olmalı.
# { $title }: yazılan form başlığı, tırnak içinde.
panel-cmd-no-such-form = { $title } adında bir form yok. /form list formları gösterir.
# { $title }: başlık, tırnak içinde.
panel-cmd-title-taken = { $title } adında bir panel zaten var.
panel-cmd-created-form-deleted = Panel oluşturuldu ancak formu bu arada silindi: /panel edit ile başka bir form seç.
panel-cmd-created-survey-deleted = Panel oluşturuldu ancak çıkış anketi formu bu arada silindi: /panel edit ile başka bir form seç.
# `/panel send title:…` yazılacak bir komuttur: İngilizce kalır.
panel-cmd-created = **{ $title }** paneli oluşturuldu. `/panel send title:{ $title }` ile gönderebilirsin.
panel-cmd-awaiting-both = Bir yanıt bekleme kategorisi seç ya da kategoriyi kaldır; ikisini birden yapamazsın.
panel-cmd-saved-form-deleted = Panel kaydedildi ancak form (veya panel) bu arada silindi.
panel-cmd-saved-survey-deleted = Panel kaydedildi ancak çıkış anketi formu (veya panel) bu arada silindi.
panel-cmd-saved = **{ $title }** paneli kaydedildi. Gönderilmiş mesajı güncellemek için /panel send ile yeniden gönder.
panel-cmd-deleted = **{ $title }** paneli silindi; gönderilmiş mesajı artık talep açmıyor.
panel-cmd-list-empty = Henüz panel yok. /panel create ile bir tane oluştur.
# /panel list: panelin başlığından sonra, nereye gönderildiği.
panel-cmd-list-posted-in = — <#{ $channel }> kanalına gönderildi
# /panel list: panelin başlığından sonra.
panel-cmd-list-disabled = (devre dışı)
panel-cmd-posted = **{ $title }** paneli <#{ $channel }> kanalına gönderildi.

## /panel log

panel-cmd-log-foreign-channel = Bu sunucudan bir kanal seç.
panel-cmd-log-channel = **{ $title }** panelinin kapatılan talepleri <#{ $channel }> kanalına kaydediliyor.
panel-cmd-log-server-channel = **{ $title }** panelinin kapatılan talepleri sunucunun kayıt kanalına kaydediliyor.

## /panel embed

panel-embed-title-colour-are-the-panels = Panel mesajının başlığı ve rengi panelin kendisinden gelir: bunları /panel edit ile ayarla.
panel-embed-saved-panel = **{ $title }** panelinin mesaj embed'i kaydedildi. Gönderilmiş mesajı güncellemek için paneli /panel send ile yeniden gönder.
panel-embed-saved-welcome = **{ $title }** panelinin karşılama mesajı embed'i kaydedildi. Panelden açılan yeni talepler bunu kullanır.

## /panel hours (/setup show tarafından da gösterilir)

panel-hours-none = **{ $title }** panelinin mesai saatleri yok: her zaman talep açar.
# { $timezone }: ör. Europe/Istanbul; { $windows }: haftalık aralıklar (ör. mon-fri 09:00-17:00);
# { $outside }: panel-hours-outside-refuse ya da panel-hours-outside-tell.
panel-hours-summary = **{ $title }** panelinin mesai saatleri ({ $timezone }): { $windows }. Saatler dışında: { $outside }.
# panel-hours-summary gibi, ek olarak { $holidays }: tatil günleri (ör. 2026-12-24..2026-12-26 Noel).
panel-hours-summary-days-off = **{ $title }** panelinin mesai saatleri ({ $timezone }): { $windows }; tatil günleri: { $holidays }. Saatler dışında: { $outside }.
panel-hours-outside-refuse = yeni talepler reddedilir
panel-hours-outside-tell = talepler açılır ve talep sahibine yetkililerin ne zaman döneceği bildirilir

## /panel access

panel-access-none = **{ $title }** panelinin erişim kuralı yok: herkes bu panelden talep açabilir.
# { $max }: bir panelin sahip olabileceği en fazla kural sayısı; { $rules }: kurallar, her satırda bir tane
# (panel-access-rule-allow / panel-access-rule-deny).
panel-access-rules = **{ $title }** panelinin erişim kuralları (ilk eşleşen karar verir; eşleşme yoksa izin verilir; en fazla { $max }):
    { $rules }
# { $position }: kuralın sıradaki yeri (1 ilk kontrol edilir); { $role }: bir rol etiketi ya da
# @everyone. "izin ver" ve "engelle" kuralın seçim adlarıdır (commands.ftl).
panel-access-rule-allow = { $position }. { $role }: izin ver
panel-access-rule-deny = { $position }. { $role }: engelle

## /multipanel

# { $title }: yazılan başlık, tırnak içinde.
multipanel-no-such-multipanel = { $title } adında bir çoklu panel yok.
# { $title }: yazılan bir panel başlığı, tırnak içinde.
multipanel-no-such-panel = { $title } adında bir panel yok.
multipanel-too-few-panels = Bir çoklu panel en az iki panel gerektirir (virgülle ayrılmış başlıklar).
multipanel-too-many-panels = Bir çoklu panel en fazla { $max } panel içerebilir (Discord sınırı).
multipanel-empty-title = Başlık boş olamaz.
# Metin verilmediğinde yeni bir çoklu panel mesajının metni (kaydedilir, sonra sunucu düzenleyebilir).
multipanel-default-text = Talebinin konusunu seç.
# { $title }: başlık, tırnak içinde.
multipanel-title-taken = { $title } adında bir çoklu panel zaten var.
multipanel-panel-just-deleted = Seçtiğin panellerden biri az önce silindi: bir çoklu panel en az iki panel gerektirir.
# `/multipanel send title:…` yazılacak bir komuttur: İngilizce kalır.
multipanel-created = **{ $title }** çoklu paneli oluşturuldu. `/multipanel send title:{ $title }` ile gönderebilirsin.
multipanel-all-panels-deleted = Bu çoklu panelin tüm panelleri silindi.
multipanel-posted = **{ $title }** çoklu paneli <#{ $channel }> kanalına gönderildi.
# { $panel }: yazılan panel başlığı, tırnak içinde.
multipanel-not-an-entry = { $panel } bu çoklu panelin panellerinden biri değil.
# panel: komutun seçenek adıdır: İngilizce kalır.
multipanel-name-the-entry = Değiştirilecek girdiyi panel: ile belirt.
multipanel-just-deleted = Bu çoklu panel az önce silindi.
multipanel-saved = **{ $title }** çoklu paneli kaydedildi. Mesajı güncellemek için /multipanel send ile yeniden gönder.
multipanel-deleted = **{ $title }** çoklu paneli silindi.
multipanel-list-empty = Henüz çoklu panel yok. /multipanel create ile bir tane oluştur.
