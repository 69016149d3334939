# Lo que el bot responde a los comandos de paneles (/panel, /multipanel) y lo que escribe en
# los paneles (traducción al español).
# Marcadores: `{ $name }`. El formato de Discord se mantiene tal cual: <@&{ $role }> un rol,
# <#{ $channel }> un canal. **…** es texto en negrita.
# Los nombres de comandos (/panel send), de opciones (title:, panel:) y las palabras clave que se
# escriben (none, primary, allow…) quedan en inglés.

## /panel create, edit, delete, list, send

# { $title }: el título escrito, entre comillas.
panel-cmd-no-such-panel = No hay ningún panel llamado { $title }. Usa /panel list para verlos.
# { $emoji }: lo que se escribió, entre comillas.
panel-cmd-not-an-emoji = { $emoji } no es un emoji.
# Los cuatro estilos son palabras clave que se escriben: se dejan en inglés.
panel-cmd-bad-button-style = El estilo del botón debe ser primary, secondary, success o danger.
# { $title }: el título del formulario escrito, entre comillas.
panel-cmd-no-such-form = No hay ningún formulario llamado { $title }. Usa /form list para verlos.
# { $title }: el título, entre comillas.
panel-cmd-title-taken = Ya existe un panel llamado { $title }.
panel-cmd-created-form-deleted = Se creó el panel, pero mientras tanto se eliminó su formulario: elige otro con /panel edit.
panel-cmd-created-survey-deleted = Se creó el panel, pero mientras tanto se eliminó el formulario de su encuesta final: elige otro con /panel edit.
# `/panel send title:…` es un comando que se escribe: se deja en inglés.
panel-cmd-created = Panel **{ $title }** creado. Publícalo con `/panel send title:{ $title }`.
panel-cmd-awaiting-both = Elige una categoría de espera de respuesta o quítala, pero no ambas cosas.
panel-cmd-saved-form-deleted = Se guardó el panel, pero mientras tanto se eliminó el formulario (o el panel).
panel-cmd-saved-survey-deleted = Se guardó el panel, pero mientras tanto se eliminó el formulario de la encuesta final (o el panel).
panel-cmd-saved = Panel **{ $title }** guardado. Vuelve a enviarlo con /panel send para actualizar el mensaje publicado.
panel-cmd-deleted = Panel **{ $title }** eliminado; su mensaje publicado ya no abre tickets.
panel-cmd-list-empty = Todavía no hay paneles. Crea uno con /panel create.
# /panel list: tras el título de un panel, dónde está publicado.
panel-cmd-list-posted-in = — publicado en <#{ $channel }>
# /panel list: tras el título de un panel.
panel-cmd-list-disabled = (desactivado)
panel-cmd-posted = Panel **{ $title }** publicado en <#{ $channel }>.

## /panel log

panel-cmd-log-foreign-channel = Elige un canal de este servidor.
panel-cmd-log-channel = Los tickets cerrados de **{ $title }** se registran en <#{ $channel }>.
panel-cmd-log-server-channel = Los tickets cerrados de **{ $title }** se registran en el canal de registros del servidor.

## /panel embed

panel-embed-title-colour-are-the-panels = El título y el color del mensaje del panel son los del propio panel: cámbialos con /panel edit.
panel-embed-saved-panel = Se guardó el embed del mensaje de **{ $title }**. Vuelve a enviar el panel con /panel send para actualizar el mensaje publicado.
panel-embed-saved-welcome = Se guardó el embed del mensaje de bienvenida de **{ $title }**. Los tickets nuevos de este panel lo usarán.

## /panel hours (también lo muestra /setup show)

panel-hours-none = **{ $title }** no tiene horario de atención: abre tickets a cualquier hora.
# { $timezone }: p. ej., Europe/Berlin; { $windows }: las franjas semanales (p. ej., mon-fri 09:00-17:00);
# { $outside }: panel-hours-outside-refuse o panel-hours-outside-tell.
panel-hours-summary = Horario de atención de **{ $title }** ({ $timezone }): { $windows }. Fuera de ese horario: { $outside }.
# Como panel-hours-summary, con { $holidays }: los días libres (p. ej., 2026-12-24..2026-12-26 Navidad).
panel-hours-summary-days-off = Horario de atención de **{ $title }** ({ $timezone }): { $windows }; días libres: { $holidays }. Fuera de ese horario: { $outside }.
panel-hours-outside-refuse = se rechazan los tickets nuevos
panel-hours-outside-tell = los tickets se abren y se avisa al creador de cuándo vuelve el staff

## /panel access

panel-access-none = **{ $title }** no tiene reglas de acceso: cualquiera puede abrir tickets desde él.
# { $max }: el máximo de reglas que puede tener un panel; { $rules }: las reglas, una por línea
# (panel-access-rule-allow / panel-access-rule-deny).
panel-access-rules = Reglas de acceso de **{ $title }** (decide la primera que coincida; si ninguna coincide, se permite; { $max } como máximo):
    { $rules }
# { $position }: el lugar de la regla en el orden (la 1 se comprueba primero); { $role }: la mención
# de un rol o @everyone. «permitir» y «denegar» son los nombres de las opciones de la regla.
panel-access-rule-allow = { $position }. permitir { $role }
panel-access-rule-deny = { $position }. denegar { $role }

## /multipanel

# { $title }: el título escrito, entre comillas.
multipanel-no-such-multipanel = No hay ningún multipanel llamado { $title }.
# { $title }: el título de un panel escrito, entre comillas.
multipanel-no-such-panel = No hay ningún panel llamado { $title }.
multipanel-too-few-panels = Un multipanel necesita al menos dos paneles (títulos separados por comas).
multipanel-too-many-panels = Un multipanel admite como máximo { $max } paneles (límite de Discord).
multipanel-empty-title = El título no puede estar vacío.
# El texto del mensaje de un multipanel nuevo cuando no se indica ninguno (se guarda y luego el servidor puede editarlo).
multipanel-default-text = Elige el motivo de tu ticket.
# { $title }: el título, entre comillas.
multipanel-title-taken = Ya existe un multipanel llamado { $title }.
multipanel-panel-just-deleted = Se acaba de eliminar uno de los paneles que elegiste: un multipanel necesita al menos dos.
# `/multipanel send title:…` es un comando que se escribe: se deja en inglés.
multipanel-created = Multipanel **{ $title }** creado. Publícalo con `/multipanel send title:{ $title }`.
multipanel-all-panels-deleted = Se eliminaron todos los paneles de este multipanel.
multipanel-posted = Multipanel **{ $title }** publicado en <#{ $channel }>.
# { $panel }: el título del panel escrito, entre comillas.
multipanel-not-an-entry = { $panel } no es uno de los paneles de este multipanel.
# panel: es el nombre de la opción del comando: se deja en inglés.
multipanel-name-the-entry = Indica con panel: la entrada que quieres cambiar.
multipanel-just-deleted = Ese multipanel se acaba de eliminar.
multipanel-saved = Multipanel **{ $title }** guardado. Vuelve a publicarlo con /multipanel send para actualizar el mensaje.
multipanel-deleted = Multipanel **{ $title }** eliminado.
multipanel-list-empty = Todavía no hay multipaneles. Crea uno con /multipanel create.
