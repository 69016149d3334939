# Respuestas de las herramientas del staff (formularios, tags, etiquetas, guardias, cierre automático)
# y lo que publica el cierre automático en los tickets (traducción al español).
# Marcadores: `{ $name }`. El formato de Discord se mantiene tal cual: <@{ $user }> un miembro,
# <@&{ $role }> un rol, <t:{ $at }:R> un tiempo relativo; **negrita** y `código` son de Discord.
# Los nombres de comandos (/form create) y las palabras clave que se escriben (none, off, short,
# paragraph) quedan en inglés.

## /form: preguntas que se hacen antes de que un panel abra un ticket

# { $title }, { $form }: el título del formulario tal como lo escribió el administrador, entre comillas ("Soporte").
form-cmd-exists = Ya existe un formulario llamado { $title }.
form-cmd-no-such-form-list = No hay ningún formulario llamado { $form }. Usa /form list para verlos.
form-cmd-no-such-form = No hay ningún formulario llamado { $form }.
# { $max }: el máximo de preguntas que puede tener un formulario.
form-cmd-created = { $max ->
    [one] Formulario **{ $title }** creado. Añade hasta { $max } pregunta con /form add-input.
   *[other] Formulario **{ $title }** creado. Añade hasta { $max } preguntas con /form add-input.
}
# "short" y "paragraph" son los valores que escribe el administrador: se dejan en inglés.
form-cmd-bad-style = El estilo debe ser short o paragraph.
# { $count }: el número de la pregunta; { $max }: el máximo de preguntas que puede tener un formulario.
form-cmd-question-added = Pregunta añadida a **{ $form }** ({ $count } de { $max }).
form-cmd-deleted = Formulario **{ $title }** eliminado.
form-cmd-none = Todavía no hay formularios. Crea uno con /form create.

## /tag y /managetags: respuestas guardadas

# { $name }: el nombre del tag, entre comillas ("reembolso").
tag-no-such-tag-list = No hay ningún tag llamado { $name }. Usa /managetags list para verlos.
tag-no-such-tag = No hay ningún tag llamado { $name }.
# { $name }: el nombre del tag (como `código`).
tag-saved = Tag `{ $name }` guardado.
tag-updated = Tag `{ $name }` actualizado.
tag-embed-saved = Se guardó el embed del tag `{ $name }`.
tag-deleted = Tag `{ $name }` eliminado.
tag-none = Todavía no hay tags. Añade uno con /managetags add.

## /label: etiquetas de los tickets

label-unknown = Este servidor no tiene ninguna etiqueta con ese nombre. Usa /label list para verlas; los administradores pueden crear una con /label create.
label-nothing-to-do = No hay nada que hacer.
# Se publica en el ticket. { $label }: el nombre de la etiqueta.
label-added = 🏷️ <@{ $user }> puso la etiqueta **{ $label }** a este ticket.
label-removed = 🏷️ <@{ $user }> quitó la etiqueta **{ $label }** de este ticket.
label-none-yet = Este servidor todavía no tiene etiquetas. Los administradores pueden crear una con /label create.
# El encabezado de /label list.
label-list-title = **Etiquetas**
# { $labels }: las etiquetas del ticket, separadas por comas (o — si no tiene ninguna).
label-list-this-ticket = Este ticket: { $labels }
# { $colour }: el color en formato #RRGGBB.
label-created = Etiqueta **{ $label }** (`{ $colour }`) creada.
label-recoloured = Ahora la etiqueta **{ $label }** es `{ $colour }`.
label-deleted = Etiqueta **{ $label }** eliminada.

## /on-call y /setup on-call

# El nombre del rol que crea ticketbox para el staff de guardia (un nombre de rol de Discord, 100 caracteres como máximo).
oncall-role-name = De guardia
oncall-role-set = Ahora el staff de guardia lleva <@&{ $role }>. Se quitó a todos de la guardia; el staff usa /on-call para ponerse de guardia.
oncall-role-cleared = No hay rol de guardia configurado: ticketbox creará uno en el próximo /on-call.
# "Gestionar roles" es el nombre del permiso en el Discord en español.
oncall-needs-manage-roles = ticketbox necesita el permiso Gestionar roles para crear el rol de guardia. Concédele ese permiso o pide a un administrador que elija un rol existente con /setup on-call.
oncall-role-deleted = El rol de guardia se eliminó en Discord; vuelve a usar /on-call para crear uno nuevo.
# { $role }: el nombre del rol. "Ajustes del servidor → Roles" es el menú de Discord.
oncall-cannot-assign = ticketbox no puede dar ni quitar { $role }: necesita el permiso Gestionar roles y un rol por encima de ese (Ajustes del servidor → Roles).
oncall-on = Estás de guardia (<@&{ $role }>): se te añadirá a los tickets nuevos en hilo. Vuelve a usar /on-call para salir de la guardia.
# Lo mismo, en un servidor que abre los tickets como canales.
oncall-on-channel-mode = Estás de guardia (<@&{ $role }>): se te añadirá a los tickets nuevos en hilo. Vuelve a usar /on-call para salir de la guardia.
    Nota: este servidor abre los tickets como canales, donde todo el equipo ve todos los tickets; la guardia solo afecta a los tickets en hilo.
oncall-off = Ya no estás de guardia (se quitó <@&{ $role }>). Ya no se te añadirá a los tickets nuevos en hilo.

## /autoclose

autoclose-cmd-saved = Cierre automático guardado.
# { $grace }: una duración como 1h o 2d 3h.
autoclose-cmd-overdue = { $count ->
    [one] { $count } ticket abierto ya incumple una regla: se cerrará dentro de { $grace } si nadie responde.
   *[other] { $count } tickets abiertos ya incumplen una regla: se cerrarán dentro de { $grace } si nadie responde.
}
autoclose-cmd-excluded = Este ticket no se cerrará automáticamente. Vuelve a usar este comando para deshacerlo.
autoclose-cmd-included = Este ticket vuelve a seguir las reglas de cierre automático del servidor.
# /autoclose show. { $state }: autoclose-cmd-on o autoclose-cmd-off; las duraciones son como
# 30m, 12h o 3d, o autoclose-cmd-off; { $on_leave }: autoclose-cmd-close o autoclose-cmd-off;
# { $warning }: autoclose-cmd-warning-before o autoclose-cmd-off.
autoclose-cmd-rules = **Cierre automático: { $state }**
    • Sin respuesta del creador desde la apertura: { $no_response }
    • Sin respuesta del creador desde el último mensaje del staff: { $since_last_message }
    • El creador abandona el servidor: { $on_leave }
    • Aviso antes del cierre: { $warning }
autoclose-cmd-on = activado
autoclose-cmd-off = desactivado
autoclose-cmd-close = cerrar
# { $duration }: una duración como 1h o 2d 3h.
autoclose-cmd-warning-before = { $duration } antes

## Cierre automático: el aviso que se publica en un ticket y el motivo del cierre

autoclose-warn-title = Este ticket se cerrará pronto
# { $duration }: una duración como 1h o 2d 3h. «Mantener abierto» es el botón de abajo
# (autoclose-warn-keep-open): se usan las mismas palabras.
autoclose-warn-description = Si no hay respuesta, este ticket se cerrará automáticamente <t:{ $at }:R> (dentro de { $duration }, aproximadamente). Pulsa **Mantener abierto** si todavía lo necesitas.
# Un botón (80 caracteres como máximo).
autoclose-warn-keep-open = Mantener abierto
# El motivo de cierre de un ticket que cerró el cierre automático (se muestra en el canal de registros y en el MD al creador).
autoclose-warn-reason-no-response = Cerrado automáticamente: sin respuesta del creador desde la apertura
autoclose-warn-reason-since-last-message = Cerrado automáticamente: sin respuesta del creador desde el último mensaje del staff
autoclose-warn-reason-on-leave = Cerrado automáticamente: el creador abandonó el servidor
