# Kontrol panelinin çerçevesi: üst bilgi, dil seçici, sekmeler, onaylar, hata sayfaları
# (Türkçe). Ziyaretçiye kendi dilinde gösterilir; bir sunucunun yazdıkları (panel başlıkları,
# karşılama mesajları) asla çevrilmez.

## Üst bilgi ve dil seçici

web-log-out = Çıkış yap
# Dil seçicinin etiketi (ekran okuyucular okur) ve butonu.
web-language = Dil
web-language-apply = Değiştir
web-language-unknown = Bu dil burada sunulmuyor.

## Bir sunucunun sekmeleri

web-tab-tickets = Açık talepler
web-tab-transcripts = Dökümler
web-tab-stats = İstatistikler
web-tab-settings = Ayarlar
web-tab-panels = Paneller
web-tab-multipanels = Çoklu paneller
web-tab-forms = Formlar
web-tab-staff = Yetkililer ve ekipler
web-tab-tags = Hazır yanıtlar
web-tab-labels = Etiketler
web-tab-integrations = Entegrasyonlar
web-tab-audit = Denetim kaydı

## Bir değişiklikten sonraki onaylar

web-done-saved = Kaydedildi.
web-done-created = Oluşturuldu.
web-done-deleted = Silindi.
web-done-sent = Discord'a gönderildi.
web-done-added = Eklendi.
web-done-removed = Kaldırıldı.
web-done-moved = Taşındı.
web-done-blacklisted = Kara listeye alındı.
web-done-unblacklisted = Kara listeden çıkarıldı.

## Ne kadar önce (kısa, listelerde)

web-age-days = { $count } gün
web-age-hours = { $count } sa
web-age-minutes = { $count } dk

## Hata sayfaları: başlıkları (HTTP durumları) ve metinleri

web-status-400 = Hatalı istek
web-status-401 = Yetkisiz
web-status-403 = Erişim engellendi
web-status-404 = Bulunamadı
web-status-408 = İstek zaman aşımına uğradı
web-status-413 = İstek çok büyük
web-status-422 = Kaydedilmedi
web-status-429 = Çok fazla istek
web-status-500 = Sunucu hatası
web-status-502 = Hatalı ağ geçidi
web-status-503 = Hizmet kullanılamıyor
web-guild-not-found = Böyle bir sunucu yok ya da bu sunucuyu yönetme yetkin yok.
web-form-expired = Bu formun süresi doldu ya da form bu kontrol panelinden gelmedi. Sayfayı yenileyip tekrar dene.
web-internal-error = Bizim tarafımızda bir şeyler ters gitti. Hata kaydedildi.
