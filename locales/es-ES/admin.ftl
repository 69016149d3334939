# Respuestas a los administradores y al staff del servidor: /setup, /setup show, gestión del staff,
# /stats, /help y /mydata (traducción al español).
# Marcadores: `{ $name }`. El formato de Discord se mantiene tal cual: <@{ $user }> un miembro,
# <@&{ $role }> un rol, <#{ $channel }> un canal, <t:{ $at }:R> un tiempo relativo.
# Los nombres de comandos (/setup, /panel list) y de sus opciones (`limit`, `server_total`,
# support_can_view) quedan en inglés: los miembros los escriben. También las palabras clave (none, off, 1h).

## /setup auto: los canales que crea (todo el servidor ve sus nombres)

# La categoría en la que se abren los canales de ticket nuevos.
setup-auto-category-name = Tickets
# Un nombre de canal de texto de Discord: en minúsculas, sin espacios (con guiones).
setup-auto-log-channel-name = registro-de-tickets
# El tema del canal de registros.
setup-auto-log-channel-topic = ticketbox registra aquí los tickets cerrados.
setup-auto-done = Listo: los tickets nuevos se abren en <#{ $category }> y los cerrados se registran en <#{ $log }> (solo lo ven los administradores; da acceso a los roles del staff si deben leerlo).

## /setup limit (la respuesta une las frases siguientes con un espacio)

# `limit` y `server_total` son los nombres de las opciones del comando: se dejan en inglés.
setup-limit-missing = Indica `limit` (por miembro), `server_total` (todo el servidor) o ambos.
setup-limit-per-member = { $limit ->
    [one] Ahora cada miembro puede tener { $limit } ticket abierto a la vez.
   *[other] Ahora cada miembro puede tener { $limit } tickets abiertos a la vez.
}
setup-limit-server-cap = { $cap ->
    [one] El servidor admite como máximo { $cap } ticket abierto en total.
   *[other] El servidor admite como máximo { $cap } tickets abiertos en total.
}
setup-limit-server-no-cap = El servidor no tiene límite de tickets abiertos en total.
setup-limit-staff-exempt = (El staff está exento.)

## /setup transcripts, use-threads, users-can-close, close-confirmation, naming, welcome

setup-transcripts-done = Ahora los tickets cerrados se registran en <#{ $channel }>.
# { $after }: el tiempo de archivado de Discord tal como lo nombran las opciones del comando
# (1h, 24h, 3d o 7d): se deja tal cual.
setup-threads-on-notified = Los tickets nuevos se abren como hilos privados; se avisa al staff en <#{ $channel }>. Los hilos de ticket inactivos se archivan tras { $after }.
setup-threads-on = Los tickets nuevos se abren como hilos privados. Configura un canal de avisos para que el staff pueda unirse a ellos. Los hilos de ticket inactivos se archivan tras { $after }.
setup-threads-off = Los tickets nuevos se abren como canales.
setup-users-can-close-on = Los creadores pueden cerrar sus propios tickets.
setup-users-can-close-off = Solo el staff puede cerrar tickets.
# «Cerrar» es el texto del botón Cerrar del ticket.
setup-close-confirmation-on = Ahora el botón Cerrar pide confirmación.
setup-close-confirmation-off = Ahora el botón Cerrar cierra el ticket de inmediato.
# { $scheme }: el formato de nombre que escribió el administrador, con marcadores como %id%.
setup-naming-done = Los tickets nuevos se llamarán `{ $scheme }`.
setup-welcome-restored = Se restauró el mensaje de bienvenida predeterminado.
setup-welcome-saved = Mensaje de bienvenida guardado.

## /setup claim, feedback, buttons, store-transcripts, open-command

# support_can_view es el nombre de la opción del comando: se deja en inglés.
setup-claim-type-needs-view = El equipo de soporte no puede escribir en un ticket que no ve: activa también support_can_view.
setup-claim-done = Ajustes de reclamación guardados; se aplican a los tickets que se reclamen a partir de ahora.
setup-feedback-on = Valoraciones activadas: tras el cierre, el creador recibe un MD para valorar el ticket (si escribió en él y no es del staff).
setup-feedback-off = Valoraciones desactivadas: ya no se pide a los creadores que valoren sus tickets.
# { $buttons }: los textos de los botones separados por comas, o setup-buttons-none.
setup-buttons-done = Los tickets nuevos muestran: { $buttons }.
setup-buttons-none = ningún botón (/close y /claim siguen funcionando)
setup-store-transcripts-on = Se guardan las transcripciones de los tickets cerrados.
setup-store-transcripts-off = Ya no se guardan transcripciones: los tickets se cierran y se registran sin ella. Las transcripciones guardadas antes se conservan.
setup-open-command-on = Los miembros pueden abrir tickets con /open.
setup-open-command-off = Los miembros solo abren tickets desde los paneles; el staff puede seguir usando /open.

## /setup start-ticket («Iniciar ticket» es el nombre del menú de mensaje)

# { $panel }: el título que escribió el administrador, entre comillas.
setup-start-ticket-no-panel = No hay ningún panel llamado { $panel }. Usa /panel list para verlos.
# { $level }: quién puede usar el menú (everyone, support o admins); { $adds }: yes o no;
# { $panel }: uno de los mensajes setup-start-ticket-panel-* de abajo.
setup-start-ticket-summary = Iniciar ticket: lo pueden usar { $level ->
        [everyone] todos
        [support] el equipo de soporte
       *[admins] los administradores
    }, { $adds ->
        [yes] añade
       *[no] no añade
    } al autor del mensaje, panel: { $panel }.
# { $title }: el título del panel (en negrita).
setup-start-ticket-panel-named = **{ $title }**
setup-start-ticket-panel-none = ninguno
setup-start-ticket-panel-deleted = ninguno (eliminado)

## /setup permissions

# { $permissions }: lo que está desactivado ("no attach files, no embed links") o
# "everything allowed" (de momento en inglés).
setup-permissions-openers = Creadores en los canales de ticket nuevos: { $permissions }. (Los tickets en hilo siguen los permisos de su canal.)
setup-permissions-support = Equipo de soporte en los canales de ticket nuevos: { $permissions }. (Los tickets en hilo siguen los permisos de su canal.)

## /setup show: todos los ajustes en un embed (Discord admite 256 caracteres en el nombre de un campo)

setup-show-title = Ajustes de tickets
setup-show-yes = sí
setup-show-no = no
setup-show-not-set = sin configurar
setup-show-field-tickets = Tickets
# { $category }, { $overflow }: un canal o setup-show-not-set; { $cap }: setup-show-cap o
# setup-show-no-cap; { $naming }: el formato de nombre (marcadores %id%); /open es un comando.
setup-show-tickets = Categoría: { $category } (adicional: { $overflow })
    Límite por usuario: { $limit }
    Tickets abiertos en total: { $cap }
    Nombres: `{ $naming }`
    /open para miembros: { $open_command }
setup-show-no-cap = sin límite
setup-show-cap = { $cap } como máximo
setup-show-field-closing = Cierre
# Cada valor es setup-show-yes o setup-show-no, salvo el canal de registros.
setup-show-closing = Canal de registros: { $log_channel }
    Los usuarios pueden cerrar: { $users_can_close }
    Confirmación de cierre: { $close_confirmation }
    MD al cerrar: { $dm_on_close }
    Valoraciones: { $feedback }
    Se guardan transcripciones: { $transcripts }
setup-show-field-threads = Hilos y guardias
# { $archive }: el tiempo de archivado de Discord tal como se escribe en /setup use-threads
# (1h, 24h, 3d o 7d); { $role }: el rol o setup-show-on-call-role-later; { $on_call }: cuántos están de guardia.
setup-show-threads = Hilos: { $threads }
    Canal de avisos: { $channel }
    Archivar tras: { $archive }
    Rol de guardia: { $role } ({ $on_call } de guardia)
setup-show-on-call-role-later = se crea con el primer /on-call
setup-show-field-welcome = Bienvenida y reclamación
# { $message }: el mensaje de bienvenida (el texto propio del servidor o el predeterminado);
# { $buttons }: los textos de los botones separados por comas.
setup-show-welcome = Mensaje: { $message }
    Embed: { $embed }
    Botones: { $buttons }
    Tras reclamar, el equipo de soporte puede ver: { $can_view }; escribir: { $can_type }
setup-show-welcome-embed-none = ninguno
# «Embed de bienvenida» es el nombre de una página del panel de control web (web-welcome-title).
setup-show-welcome-embed-set = configurado (panel de control → Embed de bienvenida)
setup-show-field-start-ticket = Iniciar ticket y permisos
# { $summary }: setup-start-ticket-summary; { $openers }, { $support }: lo que está desactivado
# (de momento en inglés).
setup-show-start-ticket = { $summary }
    Creadores: { $openers }
    Equipo de soporte: { $support }
setup-show-field-autoclose = Cierre automático
setup-show-autoclose-on = activado (/autoclose show muestra las reglas)
setup-show-autoclose-off = desactivado
setup-show-field-panels = Paneles
# Los detalles de un panel, separados por comas tras su título.
setup-show-panel-not-posted = sin publicar
setup-show-panel-posted-in = en <#{ $channel }>
setup-show-panel-threads = hilos
setup-show-panel-channels = canales
setup-show-panel-server-default = lo predeterminado del servidor
setup-show-panel-form = formulario
setup-show-panel-support-hours = horario de atención
setup-show-panel-disabled = desactivado
setup-show-panels-none = ninguno (/panel create)
setup-show-field-multi-panels = Multipaneles
setup-show-multi-panels-none = ninguno
setup-show-field-labels = Etiquetas

## Staff: /addadmin, /removeadmin, /addsupport, /removesupport, /viewstaff, /blacklist

# { $target }: el miembro o el rol (una mención); { $level }: admin o support.
staff-added = { $level ->
    [admin] { $target } ahora forma parte de los administradores de tickets.
   *[support] { $target } ahora forma parte del equipo de soporte.
}
staff-already = { $level ->
    [admin] { $target } ya forma parte de los administradores de tickets.
   *[support] { $target } ya forma parte del equipo de soporte.
}
staff-removed = { $level ->
    [admin] { $target } ya no forma parte de los administradores de tickets.
   *[support] { $target } ya no forma parte del equipo de soporte.
}
staff-was-not = { $level ->
    [admin] { $target } no formaba parte de los administradores de tickets.
   *[support] { $target } no formaba parte del equipo de soporte.
}
staff-list-empty = Todavía no hay staff configurado. El propietario del servidor y los miembros con el permiso Administrador son administradores; añade más con /addadmin y /addsupport.
staff-list-no-such-page = { $pages ->
    [one] Solo hay { $pages } página.
   *[other] Solo hay { $pages } páginas.
}
staff-list-header = **Staff** (página { $page } de { $pages })
# Una línea de la lista; { $target }: el miembro o el rol (una mención).
staff-list-admin = Administrador: { $target }
staff-list-support = Soporte: { $target }
staff-blacklist-staff = No se puede añadir al staff a la lista negra.
staff-blacklisted = { $target } ahora está en la lista negra y no puede abrir tickets.
# { $reason }: lo que escribió el staff.
staff-blacklisted-reason = { $target } ahora está en la lista negra y no puede abrir tickets. Motivo: { $reason }
staff-unblacklisted = { $target } ya no está en la lista negra.

## /stats server y /stats user (un embed; Discord admite 256 caracteres en el nombre de un campo)

# { $average }, { $median }: duraciones escritas como 3d 4h, 12h, 30m (se dejan tal cual);
# { $count }: un número.
stats-spread = { $average } de media, { $median } de mediana ({ $count ->
        [one] { $count } ticket
       *[other] { $count } tickets
    })
stats-no-data = aún no hay datos
# { $week }, { $month }, { $all }: stats-spread o stats-no-data.
stats-windows = 7 días: { $week }
    30 días: { $month }
    Desde siempre: { $all }
# { $average }: como 4.2; { $count }: un número.
stats-ratings = { $average } / 5 de { $count ->
        [one] { $count } valoración
       *[other] { $count } valoraciones
    }
stats-no-ratings = aún no hay valoraciones
stats-server-title = Estadísticas de tickets
stats-open-tickets = Tickets abiertos
stats-total-tickets = Tickets en total
stats-opened = Abiertos
stats-opened-value = { $week } en 7 días, { $month } en 30 días
stats-first-response = Tiempo de primera respuesta
stats-resolution = Tiempo de resolución
stats-rating = Valoración
# { $user }: el nombre de usuario de Discord del miembro del staff.
stats-user-title = Estadísticas de tickets de { $user }
stats-claimed = Reclamados
stats-closed = Cerrados
stats-answered = Respondidos
stats-their-first-response = Su tiempo de primera respuesta
stats-claimed-rating = Valoración de los tickets que reclamó

## /help

# ticketbox es el nombre del bot; a continuación va la lista de comandos.
help-title = **Comandos de ticketbox**

## Permisos de los tickets (/setup permissions, /setup show): lo que está desactivado, separado por comas

permission-off-attach-files = sin archivos adjuntos
permission-off-embed-links = sin insertar enlaces
permission-off-add-reactions = sin reacciones
permission-off-external-emoji = sin emojis externos
permission-off-external-stickers = sin stickers externos
permission-off-voice-messages = sin mensajes de voz
permission-all-allowed = todo permitido

## /mydata

# { $what }: uno de los dos mensajes de abajo; { $due }: una marca de tiempo de Discord (<t:…> se deja tal cual).
mydata-filed = Tu solicitud quedó registrada: { $what }. El operador de este ticketbox responderá a más tardar el <t:{ $due }:D> (<t:{ $due }:R>).
mydata-filed-again = Ya pediste { $what }. El operador de este ticketbox responderá a más tardar el <t:{ $due }:D> (<t:{ $due }:R>).
mydata-what-export = una copia de todo lo que este ticketbox guarda sobre ti (como archivo JSON, que se te envía por MD si cabe; si no, el operador te indicará cómo vas a recibirla)
mydata-what-delete = la eliminación de todo lo que este ticketbox guarda sobre ti (recibirás un MD antes de que se lleve a cabo)

mydata-dm-export = Aquí tienes todo lo que este ticketbox guarda sobre ti (solicitud de datos n.º { $id }).
mydata-dm-export-waiting = Tu exportación de datos (solicitud n.º { $id }) está lista, pero no se ha podido enviar por aquí; el operador de este ticketbox te la hará llegar.
mydata-dm-refused-export = El operador de este ticketbox ha rechazado tu solicitud n.º { $id } de una copia de tus datos: { $reason }
mydata-dm-refused-delete = El operador de este ticketbox ha rechazado tu solicitud n.º { $id } de eliminar tus datos: { $reason }
mydata-dm-removing = Como pediste (solicitud de datos n.º { $id }), ahora se está eliminando todo lo que este ticketbox guarda sobre ti.
