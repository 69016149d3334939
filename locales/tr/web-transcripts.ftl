# Kontrol panelinin döküm görüntüleyicisi (ve onu İngilizce gösteren `ticketbox transcript get`
# komutunun HTML sayfası): kapatılmış bir talebin üst bilgisi, mesajları Discord'un gösterdiği
# şekilde ve uzun bir dökümün sayfa bağlantıları (Türkçe). Üyelerin yazdıkları (mesajlar, adlar,
# form yanıtları, anket soruları) asla çevrilmez.

## Görüntüleyicinin hataları

web-transcript-not-found = Burada döküm yok ya da bu dökümü okuma yetkin yok.
web-transcript-busy = Şu anda çok sayıda döküm açılıyor. Biraz sonra tekrar dene.

## Sayfanın başlığı ve üst bilgisi

# Sayfanın başlığı: talebin numarası ve sunucunun adı.
web-transcript-title = Talep #{ $number } — { $guild }
# Üst bilgideki satır etiketleri.
web-transcript-server = Sunucu
web-transcript-ticket = Talep
web-transcript-panel = Panel
web-transcript-opened-by = Açan
# Talebin açıldığı zaman (ardından bir tarih gelir).
web-transcript-opened = Açılış
web-transcript-claimed-by = Üstlenen
web-transcript-closed-by = Kapatan
# Talebin kapatıldığı zaman (ardından bir tarih gelir).
web-transcript-closed = Kapanış
# Talebin neden kapatıldığı.
web-transcript-reason = Gerekçe
web-transcript-subject = Konu
web-transcript-labels = Etiketler
# Talep kapandıktan sonra talep sahibinin verdiği yıldız puanı ve yorumu.
web-transcript-rating = Puan
web-transcript-comment = Yorum
# Bir çıkış anketinin yanıtı; $question sunucunun yazdığı sorudur.
web-transcript-survey = Anket: { $question }

## Mesajlar

# Asıl mesajı bu dökümde olmayan bir yanıt.
web-transcript-reply-missing = bu dökümde olmayan bir mesaj
# Bir botun adından sonra, Discord'un gösterdiği etiket.
web-transcript-bot = BOT
# Düzenlenmiş bir mesajdan sonra.
web-transcript-edited = (düzenlendi)
# Bir mesajda gönderilen çıkartma; $name çıkartmanın adıdır.
web-transcript-sticker = Çıkartma: { $name }
# Artık var olmayan bir rolün veya kanalın etiketi (@ veya # işaretinden sonra yazılır).
# $id Discord kimliğidir.
web-transcript-deleted-role = silinmiş-rol
web-transcript-deleted-channel = silinmiş-kanal
web-transcript-deleted-role-id = silinmiş-rol { $id }
web-transcript-deleted-channel-id = silinmiş-kanal { $id }

## Ekler

# Dosyası arşivlenmiş ama bağlantı verilmemiş bir ek (bağımsız sayfa); $size bayt cinsinden.
web-transcript-attachment = [ek: { $name } ({ $size } bayt)]
# Arşivlenmemiş bir ek; $reason nedenini söyler (arşivlenirken İngilizce kaydedilir).
web-transcript-attachment-skipped = [ek arşivlenmedi: { $name } — { $reason }]
web-transcript-attachment-plain = [ek: { $name }]
# Bir dosyanın boyutu. $count tam sayı olarak bayt; $size noktayla yazılmış, tek ondalıklı sayı.
web-transcript-size-bytes = { $count } bayt
web-transcript-size-kb = { $size } KB
web-transcript-size-mb = { $size } MB

## Uzun bir dökümün sayfa bağlantıları

web-transcript-earlier = ← Önceki
web-transcript-later = Sonraki →
# Bu sayfanın hangi mesajları gösterdiği; hepsi sayıdır.
web-transcript-position = { $total } mesajdan { $from }–{ $to } arası (sayfa { $page }/{ $pages })
web-transcript-show-all = Tümünü göster

web-transcript-note-channel-deleted = Talebin kanalı arşivlenemeden silindi: yalnızca talebin ayrıntıları saklandı.
web-transcript-note-reopened-channel-deleted = Talep yeniden açıldı; kanalı ikinci kapatma arşivlenemeden silindi: döküm ilk kapatmada bitiyor.
web-transcript-skip-per-file = dosya başına { $mib } MiB sınırından büyük
web-transcript-skip-ticket-limit = talebin { $mib } MiB ek sınırına ulaşıldı
web-transcript-skip-download = indirme başarısız oldu ({ $why })
web-transcript-skip-not-on-cdn = Discord'un dosya sunucularında değil, bu yüzden indirilmedi
web-transcript-unknown-user = bilinmeyen kullanıcı { $id }
web-transcript-removed-content = [istek üzerine kaldırıldı]
