# Antworten der Team-Werkzeuge (Formulare, Tags, Labels, Bereitschaft, automatisches Schließen)
# und was das automatische Schließen in Tickets postet (deutsche Übersetzung von
# locales/en-US/tools.ftl).
# Platzhalter: `{ $name }`. Discord-Markup bleibt, wie es ist: <@{ $user }> ein Mitglied,
# <@&{ $role }> eine Rolle, <t:{ $at }:R> eine relative Zeit; **fett** und `code` sind Discords.
# Befehlsnamen (/form create) und Schlüsselwörter (none, off, short, paragraph) bleiben englisch.

## /form: Fragen, die gestellt werden, bevor ein Panel ein Ticket öffnet

# { $title }, { $form }: der Titel des Formulars, wie der Admin ihn eingegeben hat, in Anführungszeichen („Support“).
form-cmd-exists = Es gibt bereits ein Formular namens { $title }.
form-cmd-no-such-form-list = Es gibt kein Formular namens { $form }. /form list zeigt alle an.
form-cmd-no-such-form = Es gibt kein Formular namens { $form }.
# { $max }: die Höchstzahl an Fragen pro Formular.
form-cmd-created = { $max ->
    [one] Formular **{ $title }** erstellt. Füge mit /form add-input bis zu { $max } Frage hinzu.
   *[other] Formular **{ $title }** erstellt. Füge mit /form add-input bis zu { $max } Fragen hinzu.
}
# „short“ und „paragraph“ sind die Werte, die der Admin eingibt: bleiben englisch.
form-cmd-bad-style = Der Stil muss short oder paragraph sein.
# { $count }: die Nummer der Frage; { $max }: die Höchstzahl an Fragen pro Formular.
form-cmd-question-added = Frage zu **{ $form }** hinzugefügt ({ $count } von { $max }).
form-cmd-deleted = Formular **{ $title }** gelöscht.
form-cmd-none = Noch keine Formulare. Erstelle eines mit /form create.

## /tag und /managetags: gespeicherte Antworten

# { $name }: der Name des Tags, in Anführungszeichen („refund“).
tag-no-such-tag-list = Es gibt kein Tag namens { $name }. /managetags list zeigt alle an.
tag-no-such-tag = Es gibt kein Tag namens { $name }.
# { $name }: der Name des Tags (als `code` angezeigt).
tag-saved = Tag `{ $name }` gespeichert.
tag-updated = Tag `{ $name }` aktualisiert.
tag-embed-saved = Das Embed des Tags `{ $name }` ist gespeichert.
tag-deleted = Tag `{ $name }` gelöscht.
tag-none = Noch keine Tags. Füge eines mit /managetags add hinzu.

## /label: Labels an Tickets

label-unknown = Dieser Server hat kein Label mit diesem Namen. /label list zeigt alle an; Admins legen mit /label create neue an.
label-nothing-to-do = Es gibt nichts zu tun.
# Wird im Ticket gepostet. { $label }: der Name des Labels.
label-added = 🏷️ <@{ $user }> hat diesem Ticket das Label **{ $label }** gegeben.
label-removed = 🏷️ <@{ $user }> hat das Label **{ $label }** von diesem Ticket entfernt.
label-none-yet = Dieser Server hat noch keine Labels. Admins legen mit /label create eines an.
# Die Überschrift von /label list.
label-list-title = **Labels**
# { $labels }: die Labels des Tickets, durch Kommas getrennt (oder —, wenn es keine hat).
label-list-this-ticket = Dieses Ticket: { $labels }
# { $colour }: die Farbe als #RRGGBB.
label-created = Label **{ $label }** (`{ $colour }`) erstellt.
label-recoloured = Label **{ $label }** ist jetzt `{ $colour }`.
label-deleted = Label **{ $label }** gelöscht.

## /on-call und /setup on-call

# Der Name der Rolle, die ticketbox für das Team in Bereitschaft erstellt (ein Discord-Rollenname, höchstens 100 Zeichen).
oncall-role-name = Bereitschaft
oncall-role-set = Teammitglieder in Bereitschaft erhalten jetzt <@&{ $role }>. Die Bereitschaft wurde für alle beendet; mit /on-call geht das Team wieder in Bereitschaft.
oncall-role-cleared = Keine Bereitschaftsrolle festgelegt: ticketbox erstellt beim nächsten /on-call eine.
# „Rollen verwalten“ ist Discords Name der Berechtigung (Manage Roles).
oncall-needs-manage-roles = ticketbox braucht die Berechtigung „Rollen verwalten“, um die Bereitschaftsrolle zu erstellen. Erteile ihm diese Berechtigung oder lass einen Admin mit /setup on-call eine vorhandene Rolle auswählen.
oncall-role-deleted = Die Bereitschaftsrolle wurde in Discord gelöscht; führe /on-call erneut aus, um eine neue zu erstellen.
# { $role }: der Name der Rolle. „Servereinstellungen → Rollen“ ist Discords Menü.
oncall-cannot-assign = ticketbox kann { $role } weder vergeben noch entfernen: Dafür braucht er „Rollen verwalten“ und eine Rolle, die darüber steht (Servereinstellungen → Rollen).
oncall-on = Du bist jetzt in Bereitschaft (<@&{ $role }>): Neue Thread-Tickets fügen dich hinzu. Führe /on-call erneut aus, um die Bereitschaft zu beenden.
# Dasselbe auf einem Server, der Tickets als Kanäle öffnet.
oncall-on-channel-mode = Du bist jetzt in Bereitschaft (<@&{ $role }>): Neue Thread-Tickets fügen dich hinzu. Führe /on-call erneut aus, um die Bereitschaft zu beenden.
    Hinweis: Dieser Server öffnet Tickets als Kanäle, in denen das ganze Team jedes Ticket sieht; die Bereitschaft wirkt sich nur auf Thread-Tickets aus.
oncall-off = Du bist nicht mehr in Bereitschaft (<@&{ $role }> entfernt). Neue Thread-Tickets fügen dich nicht mehr hinzu.

## /autoclose

autoclose-cmd-saved = Einstellungen fürs automatische Schließen gespeichert.
# { $grace }: eine Dauer wie 1h oder 2d 3h.
autoclose-cmd-overdue = { $count ->
    [one] { $count } offenes Ticket hat die Frist einer Regel bereits überschritten: Es wird in { $grace } geschlossen, wenn niemand antwortet.
   *[other] { $count } offene Tickets haben die Frist einer Regel bereits überschritten: Sie werden in { $grace } geschlossen, wenn niemand antwortet.
}
autoclose-cmd-excluded = Dieses Ticket wird nicht automatisch geschlossen. Führe diesen Befehl erneut aus, um das rückgängig zu machen.
autoclose-cmd-included = Für dieses Ticket gelten wieder die Regeln des Servers fürs automatische Schließen.
# /autoclose show. { $state }: autoclose-cmd-on oder autoclose-cmd-off; die Dauern sind wie
# 30m, 12h oder 3d, oder autoclose-cmd-off; { $on_leave }: autoclose-cmd-close oder autoclose-cmd-off;
# { $warning }: autoclose-cmd-warning-before oder autoclose-cmd-off.
autoclose-cmd-rules = **Automatisches Schließen: { $state }**
    • Keine Antwort vom Ersteller seit dem Öffnen: { $no_response }
    • Keine Antwort vom Ersteller, seit das Team zuletzt geschrieben hat: { $since_last_message }
    • Ersteller verlässt den Server: { $on_leave }
    • Warnung vor dem Schließen: { $warning }
autoclose-cmd-on = an
autoclose-cmd-off = aus
autoclose-cmd-close = schließen
# { $duration }: eine Dauer wie 1h oder 2d 3h.
autoclose-cmd-warning-before = { $duration } vorher

## Automatisches Schließen: die Warnung im Ticket und der Grund fürs Schließen

autoclose-warn-title = Dieses Ticket wird bald geschlossen
# { $duration }: eine Dauer wie 1h oder 2d 3h. „Offen lassen“ ist der Button darunter
# (autoclose-warn-keep-open): dieselben Worte verwenden.
autoclose-warn-description = Ohne Antwort wird dieses Ticket <t:{ $at }:R> automatisch geschlossen (in etwa { $duration }). Klicke auf **Offen lassen**, wenn es noch gebraucht wird.
# Ein Button (höchstens 80 Zeichen).
autoclose-warn-keep-open = Offen lassen
# Der Grund eines automatisch geschlossenen Tickets (im Log-Kanal und in der Direktnachricht an den Ersteller).
autoclose-warn-reason-no-response = Automatisch geschlossen: keine Antwort vom Ersteller seit dem Öffnen
autoclose-warn-reason-since-last-message = Automatisch geschlossen: keine Antwort vom Ersteller, seit das Team zuletzt geschrieben hat
autoclose-warn-reason-on-leave = Automatisch geschlossen: Der Ersteller hat den Server verlassen
