# La visionneuse de transcriptions du tableau de bord (et la page HTML de `ticketbox transcript get`,
# qui l'affiche en anglais) : l'en-tête d'un ticket fermé, ses messages tels que Discord les
# affichait et les liens de pages d'une longue transcription (traduction de
# locales/en-US/web-transcripts.ftl). Ce que les membres ont écrit (messages, noms, réponses aux
# formulaires, questions des questionnaires) n'est jamais traduit.

## Erreurs de la visionneuse

web-transcript-not-found = Aucune transcription ici, ou vous ne pouvez pas la lire.
web-transcript-busy = De nombreuses transcriptions sont en cours d'ouverture. Réessayez dans un instant.

## Le titre et l'en-tête de la page

# Le titre de la page : le numéro du ticket et le nom du serveur.
web-transcript-title = Ticket n° { $number } — { $guild }
# Les intitulés des lignes de l'en-tête.
web-transcript-server = Serveur
web-transcript-ticket = Ticket
web-transcript-panel = Panneau
web-transcript-opened-by = Ouvert par
# Quand le ticket a été ouvert (suivi d'une date).
web-transcript-opened = Ouvert le
web-transcript-claimed-by = Pris en charge par
web-transcript-closed-by = Fermé par
# Quand le ticket a été fermé (suivi d'une date).
web-transcript-closed = Fermé le
# Pourquoi le ticket a été fermé.
web-transcript-reason = Motif
web-transcript-subject = Objet
web-transcript-labels = Étiquettes
# La note en étoiles et le commentaire du créateur, donnés après la fermeture.
web-transcript-rating = Note
web-transcript-comment = Commentaire
# Une réponse au questionnaire de fin ; $question : la question du serveur telle qu'écrite.
web-transcript-survey = Questionnaire : { $question }

## Messages

# Une réponse dont le message d'origine n'est pas dans la transcription.
web-transcript-reply-missing = un message absent de cette transcription
# L'étiquette après le nom d'un bot, comme l'affiche Discord.
web-transcript-bot = BOT
# Après un message modifié.
web-transcript-edited = (modifié)
# Un autocollant envoyé dans un message ; $name : son nom.
web-transcript-sticker = Autocollant : { $name }
# La mention d'un rôle ou d'un salon qui n'existe plus (écrite après @ ou # ; formulation de
# Discord). $id : son identifiant Discord.
web-transcript-deleted-role = rôle-supprimé
web-transcript-deleted-channel = salon-supprimé
web-transcript-deleted-role-id = rôle-supprimé { $id }
web-transcript-deleted-channel-id = salon-supprimé { $id }

## Pièces jointes

# Une pièce jointe archivée mais sans lien (la page autonome) ; $size en octets.
web-transcript-attachment = [pièce jointe : { $name } ({ $size } octets)]
# Une pièce jointe non archivée ; $reason dit pourquoi (enregistré en anglais lors de l'archivage).
web-transcript-attachment-skipped = [pièce jointe non archivée : { $name } — { $reason }]
web-transcript-attachment-plain = [pièce jointe : { $name }]
# La taille d'un fichier. $count : un nombre entier d'octets ; $size : un nombre à une décimale,
# déjà écrit avec un point (12.3).
web-transcript-size-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
web-transcript-size-kb = { $size } Ko
web-transcript-size-mb = { $size } Mo

## Liens de pages d'une longue transcription

web-transcript-earlier = ← Précédents
web-transcript-later = Suivants →
# Les messages affichés sur cette page ; tous sont des nombres.
web-transcript-position = Messages { $from }–{ $to } sur { $total } (page { $page } sur { $pages })
web-transcript-show-all = Tout afficher

web-transcript-note-channel-deleted = Le salon du ticket a été supprimé avant de pouvoir être archivé : seuls les détails du ticket sont conservés.
web-transcript-note-reopened-channel-deleted = Le ticket a été rouvert ; son salon a été supprimé avant que la deuxième fermeture puisse être archivée : la transcription s'arrête à la première fermeture.
web-transcript-skip-per-file = plus gros que la limite de { $mib } Mio par fichier
web-transcript-skip-ticket-limit = la limite de { $mib } Mio de pièces jointes du ticket était atteinte
web-transcript-skip-download = le téléchargement a échoué ({ $why })
web-transcript-skip-not-on-cdn = pas sur les serveurs de fichiers de Discord, donc pas téléchargé
web-transcript-unknown-user = utilisateur inconnu { $id }
web-transcript-removed-content = [supprimé sur demande]
