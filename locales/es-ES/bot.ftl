# Lo que el bot publica en los servidores y responde a los miembros (traducción al español).
# Marcadores: `{ $name }`. El formato de Discord se mantiene tal cual: <@{ $user }> un miembro,
# <@&{ $role }> un rol, <#{ $channel }> un canal, <t:{ $at }:R> un tiempo relativo.
# Los nombres de comandos (/close) y las palabras clave que se escriben (none, off) quedan en inglés.

## Rechazos: por qué no se realiza una acción sobre un ticket

refusal-blacklisted = Estás en la lista negra de este servidor y no puedes abrir tickets.
refusal-limit-reached = { $limit ->
    [one] Ya tienes el máximo de { $limit } ticket abierto. Ciérralo antes de abrir otro.
   *[other] Ya tienes el máximo de { $limit } tickets abiertos. Cierra alguno antes de abrir otro.
}
refusal-panel-disabled = Este panel está desactivado: ahora mismo no abre tickets.
refusal-open-command-disabled = En este servidor los tickets solo se abren desde los paneles: usa el botón de un panel para abrir uno.
refusal-outside-hours = Este panel no abre tickets fuera del horario de atención. { $notice }
refusal-access-denied-everyone = Este panel no abre tickets para tus roles (según su regla de acceso { $rule }, se rechaza al resto de miembros).
refusal-access-denied = Los miembros con <@&{ $role }> no pueden abrir tickets desde este panel (según su regla de acceso { $rule }).
refusal-panel-limit-reached = { $limit ->
    [one] Ya tienes { $limit } ticket abierto desde este panel, que es su límite.
   *[other] Ya tienes { $limit } tickets abiertos desde este panel, que es su límite.
}
refusal-server-full = { $cap ->
    [one] Este servidor ha alcanzado su límite de { $cap } ticket abierto. Vuelve a intentarlo cuando el staff haya cerrado alguno.
   *[other] Este servidor ha alcanzado su límite de { $cap } tickets abiertos. Vuelve a intentarlo cuando el staff haya cerrado algunos.
}
refusal-panel-full = { $cap ->
    [one] Este panel ha alcanzado su límite de { $cap } ticket abierto. Vuelve a intentarlo cuando el staff haya cerrado alguno.
   *[other] Este panel ha alcanzado su límite de { $cap } tickets abiertos. Vuelve a intentarlo cuando el staff haya cerrado algunos.
}
refusal-cooldown = Abriste un ticket desde este panel hace poco. Podrás abrir otro <t:{ $at }:R>.
refusal-needs-admin = Solo los administradores de tickets pueden hacer eso.
refusal-needs-support = Solo el equipo de soporte puede hacer eso.
refusal-users-cannot-close = En este servidor solo el staff puede cerrar tickets. Pídeselo a un miembro del staff o, si eres staff, usa /closerequest.
refusal-not-a-ticket = Este no es un canal de ticket. Usa el comando dentro de un ticket.
refusal-already-claimed = Este ticket ya está reclamado por <@{ $user }>.
refusal-not-claimed = Este ticket no está reclamado.
refusal-not-claimer = Solo el miembro del staff que reclamó este ticket, o un administrador, puede hacer eso.
refusal-target-not-staff = Los tickets solo se pueden transferir al equipo de soporte o a los administradores.
refusal-cannot-remove-staff = No se puede quitar al staff de un ticket.
refusal-cannot-remove-opener = No se puede quitar del ticket al miembro que lo abrió.
refusal-only-own-ticket = Solo puedes hacer eso en tu propio ticket.
refusal-ticket-not-open = Este ticket ya se está cerrando.

## Errores

error-internal = Algo salió mal en el bot. El error quedó registrado; vuelve a intentarlo.
error-discord-rate-limited = Discord está limitando las solicitudes del bot en este momento. Vuelve a intentarlo en unos segundos.
error-discord-server = Discord tuvo un problema al procesar la solicitud (HTTP { $status }). No se cambió nada; vuelve a intentarlo.
error-discord-forbidden = Al bot le falta un permiso de Discord para eso. Pide a un administrador del servidor que revise el rol del bot.
error-discord-refused = Discord rechazó la solicitud. Vuelve a intentarlo; si sigue fallando, avisa a un administrador del servidor.
error-guild-only = Este comando solo funciona dentro de un servidor.
# { $permissions }: los nombres de los permisos de Discord, en inglés.
error-bot-missing-permissions = Al bot le faltan permisos de Discord aquí: { $permissions }.
error-user-missing-permissions = Necesitas { $permissions } para usar este comando.
error-user-missing-required-permissions = Necesitas los permisos requeridos para usar este comando.
error-option-invalid-input = Esa opción no es válida ({ $input }): { $reason }.
error-option-invalid = Esa opción no es válida: { $reason }.
error-old-button = Este botón es de una versión anterior del bot y ya no funciona.
error-old-form = Este formulario es de una versión anterior del bot y ya no funciona.
error-pick-an-option = Elige una de las opciones.

## Apertura de tickets

ticket-opened = Ticket abierto: <#{ $channel }>
panel-gone = Este panel ya no existe.
panel-gone-send-new = Este panel ya no existe. Pide a un administrador del servidor que publique uno nuevo.
form-changed = El formulario de este panel cambió; vuelve a pulsar el botón del panel.

## Tickets en hilo: el botón «Unirse al ticket»

join-ticket-closed = Este ticket está cerrado.
join-other-team = Este ticket pertenece a otro equipo de soporte.
join-claimed-by-other = Este ticket está reclamado por otro miembro del staff.
join-joined = Te uniste a <#{ $channel }>.

## Reclamar y cerrar

claim-handled-by = <@{ $user }> se encargará de tu ticket.
close-confirm-question = ¿Seguro que quieres cerrar este ticket?
close-being-closed-by = <@{ $user }> está cerrando este ticket.
# El formulario que pide el motivo del cierre: su título y su único campo.
close-reason-modal-title = Cerrar ticket
close-reason-modal-label = Motivo
close-request-not-opener = Solo el miembro que abrió el ticket puede responder a una solicitud de cierre.
close-request-answered = Esta solicitud de cierre ya tiene respuesta.
close-request-accepted = Se aceptó la solicitud de cierre; este ticket se está cerrando.
close-request-declined = <@{ $user }> rechazó la solicitud de cierre; el ticket sigue abierto.

## Cierre automático

autoclose-keep-open-refused = Solo el miembro que abrió este ticket o el staff pueden mantenerlo abierto.
autoclose-kept-open = <@{ $user }> mantuvo abierto este ticket: el temporizador de cierre automático vuelve a empezar.

## Valoración (en los MD del creador)

# { $stars_shown }: las estrellas como emoji; { $stars }: el número.
feedback-rated = ¡Gracias! Valoraste este ticket con { $stars_shown } ({ $stars }/5). Puedes cambiar tu valoración durante 24 horas.
feedback-comment-title = Tu comentario
feedback-comment-label = Comentario
feedback-comment-thanks = Gracias por tu comentario: el equipo lo verá junto con tu valoración.
feedback-survey-thanks = Gracias por contarnos más: el equipo verá tus respuestas.

## Botones y menús que publica el bot (Discord admite 80 caracteres en un botón)

button-close = Cerrar
button-close-with-reason = Cerrar con motivo
button-claim = Reclamar
button-close-ticket = Cerrar ticket
button-join-ticket = Unirse al ticket
button-view-transcript = Ver transcripción
panel-select-placeholder = Elige el motivo de tu ticket

## Un ticket nuevo

# La bienvenida integrada, cuando ni el panel ni el servidor tienen una propia. %user% es un
# marcador que rellena el bot: se deja tal cual.
welcome-default = Gracias por contactar con el soporte, %user%.
    Describe tu problema y espera una respuesta: un miembro del staff te atenderá en breve.
welcome-subject = Asunto
welcome-started-from = Iniciado desde un mensaje
# { $link }: el enlace del mensaje; { $user }: su autor.
welcome-started-from-link = { $link } de <@{ $user }>
welcome-outside-hours = Fuera del horario de atención
form-answers-title = Respuestas del formulario
join-notice = <@{ $user }> abrió el ticket #{ $number } (<#{ $channel }>). El staff puede unirse aquí.
open-bot-missing-permissions = Al bot le faltan permisos de Discord que necesita para abrir tickets: { $permissions }. Pide a un administrador del servidor que se los conceda al rol del bot.
open-already-opening = Tu ticket ya se está abriendo. Aparecerá en un momento.
open-categories-full = Las dos categorías de tickets están llenas (Discord admite 50 canales por categoría). Cierra algunos tickets o pide a un administrador que configure otra categoría.
open-server-channels-full = Este servidor ha alcanzado el límite de 500 canales de Discord, así que no se puede crear ningún canal de ticket. Cierra algunos tickets o elimina canales que no se usen, o pide a un administrador que cambie al modo hilo (/setup use-threads).
# Las categorías que crea el bot para los canales de ticket.
category-name = Tickets
category-name-overflow = Tickets (adicional)

## Cierre: el aviso, el resumen del canal de registros y el MD al creador

close-reason-too-long = El motivo del cierre puede tener como máximo 1024 caracteres.
close-reason-channel-deleted = Se eliminó el canal del ticket
close-notice = Ticket cerrado.
close-notice-by = Ticket cerrado por <@{ $user }>.
log-title = Ticket #{ $number } cerrado
log-ticket = Ticket
log-panel = Panel
log-opened-by = Abierto por
log-claimed-by = Reclamado por
log-not-claimed = Sin reclamar
log-closed-by = Cerrado por
log-reason = Motivo
log-no-reason = No se indicó ningún motivo
log-opened = Abierto
log-closed = Cerrado
log-transcript = Transcripción
log-transcript-not-kept = No guardada: este servidor no guarda transcripciones.
log-rating = Valoración
log-rating-not-asked = No solicitada: no se pudo enviar un MD al creador
log-comment = Comentario
log-survey-question = Encuesta: { $question }

## Valoración: rechazos y textos

feedback-request = ¿Qué tal lo hicimos con el ticket #{ $number }? Valóralo de 1 a 5 estrellas; podrás cambiar tu valoración durante 24 horas.
button-add-comment = Añadir un comentario
button-tell-us-more = Cuéntanos más
feedback-comment-empty = El comentario está vacío.
feedback-no-answer = (sin respuesta)
feedback-refusal-gone = Los datos de este ticket ya no existen, así que no se puede valorar.
feedback-refusal-not-the-opener = Solo el miembro que abrió este ticket puede valorarlo.
feedback-refusal-too-late = Las valoraciones se pueden dar o cambiar durante las 24 horas posteriores al cierre de un ticket; este se cerró antes.
feedback-refusal-bad-rating = La valoración debe estar entre 1 y 5 estrellas.
feedback-refusal-not-rated = Primero valora el ticket y después añade un comentario.
feedback-refusal-no-survey = El panel de este ticket ya no tiene encuesta final.
feedback-refusal-survey-answered = Ya respondiste la encuesta de este ticket. ¡Gracias!

## Comandos: /open, «Abrir ticket para el usuario», /close, /closerequest, /reopen

open-for-bot = Los tickets se abren para miembros, no para bots.
open-for-not-member = <@{ $user }> no es miembro de este servidor.
open-for-blacklisted = <@{ $user }> está en la lista negra de este servidor y no puede abrir tickets (usa /blacklist para cambiarlo).
# { $reason }: por qué el miembro no pudo abrirlo (otro mensaje).
open-for-refused = Para <@{ $user }>: { $reason }
open-for-closed-at-once = El ticket se cerró de inmediato.
open-for-opened = Ticket abierto para <@{ $user }>: <#{ $channel }>
close-retrying = El cierre de este ticket se había atascado; se está intentando de nuevo.
close-request-asks = <@{ $opener }>, <@{ $user }> pide cerrar este ticket.
close-request-reason = **Motivo:** { $reason }
close-request-auto = Se cerrará automáticamente <t:{ $at }:R> si no respondes.
button-close-request-accept = Aceptar y cerrar
button-close-request-deny = Rechazar
reopen-no-such-ticket = No hay ningún ticket #{ $number } en este servidor.
reopen-was-channel = El ticket #{ $number } era un canal, que se eliminó al cerrarse; solo se pueden reabrir los tickets en hilo.
reopen-not-closed = El ticket #{ $number } no está cerrado.
reopen-no-thread = Ese ticket no tiene hilo.
reopen-done = El ticket #{ $number } vuelve a estar abierto: <#{ $channel }>
error-user-or-role = Indica un usuario o un rol (solo uno de los dos).
error-everyone-not-allowed = Aquí no se puede usar @everyone: elige un miembro o un rol.
# { $role }: el nombre del rol.
error-managed-role = { $role } pertenece a un bot o a una integración y no se puede usar aquí: elige un miembro u otro rol.

## Atender un ticket: /claim, /unclaim, /transfer, /add, /remove, /rename, /notes, /jumptotop, /switchpanel

claim-released = <@{ $user }> ya no se encarga de este ticket; cualquier miembro del staff puede reclamarlo.
claim-transferred = Ahora <@{ $user }> se encarga de este ticket.
# { $who }: la mención de un miembro o de un rol.
members-added = Se añadió a { $who } al ticket.
members-already-in = { $who } ya está en este ticket.
members-removed = Se quitó a { $who } del ticket.
members-not-in = { $who } no estaba en este ticket.
members-everyone = No se puede añadir @everyone a un ticket: lo vería todo el servidor.
members-roles-staff-only = Solo el staff puede añadir roles a un ticket; añade a los miembros uno a uno.
members-opener-already-in = El miembro que abrió el ticket ya está en él.
members-no-roles-in-threads = No se pueden añadir roles a un ticket en hilo; añade a los miembros uno a uno.
ticket-no-channel = Este ticket no tiene canal.
rename-empty = Ese nombre no tiene ningún carácter que Discord admita en un nombre de canal.
rename-scheduled = Discord permite cambiar el nombre de un canal dos veces cada 10 minutos. El nuevo nombre `{ $name }` se aplicará <t:{ $at }:R>.
rename-done = Nombre cambiado a `{ $name }`.
notes-thread-ticket = Los hilos de notas son para tickets en canal: un ticket en hilo no puede contener otro hilo.
notes-here = Notas del staff de este ticket: <#{ $channel }> (el creador no puede verlas).
jump-no-first-message = Este ticket no tiene un primer mensaje al que ir.
jump-to-top = [Ir al inicio del ticket #{ $number }]({ $link })
# { $panel }: el título escrito, entre comillas.
switchpanel-no-such-panel = No hay ningún panel llamado { $panel }. Usa /panel list para verlos.
switchpanel-done = Este ticket ahora pertenece al panel **{ $panel }**.

## /language

# { $name }: el nombre propio del idioma (Deutsch, Français…).
language-chosen = Idioma del bot en este servidor: { $name }.
language-discord = El bot usa el idioma configurado para este servidor en Discord (ahora: { $name }).
language-members-own = A cada miembro se le responde en privado en su propio idioma de Discord, si el bot lo habla.
language-members-server = A los miembros se les responde en el idioma del servidor.
# { $language } y { $members }: las dos frases anteriores.
language-summary = { $language } { $members }
# El título del embed de bienvenida cuando el panel no define ninguno. %ticket_id% es un marcador
# que rellena el bot: se deja tal cual.
welcome-title = Ticket #%ticket_id%

## Los textos integrados de un panel nuevo (se guardan con el panel; el administrador puede cambiarlos)

panel-default-text = Haz clic en el botón de abajo para abrir un ticket.
# El texto de un botón (80 caracteres como máximo).
panel-default-button = Abrir un ticket

## Motivos que da el bot cuando cierra un ticket por sí mismo

close-request-expired-reason = Solicitud de cierre: sin respuesta dentro del plazo

post-not-connected = El bot no está conectado a Discord ahora mismo, así que no se publicó nada. Inténtalo de nuevo en un minuto.
post-multi-panel-empty = Se eliminaron todos los paneles de este multipanel: primero añade paneles.

perm-view-channels = Ver canales
perm-manage-channels = Gestionar canales
perm-manage-roles = Gestionar roles
perm-send-messages = Enviar mensajes
perm-embed-links = Insertar enlaces
perm-read-message-history = Leer el historial de mensajes
perm-create-private-threads = Crear hilos privados
perm-send-messages-in-threads = Enviar mensajes en hilos
perm-manage-threads = Gestionar hilos
