# Las páginas de ajustes del panel de control: ajustes de tickets (con Iniciar ticket, permisos y
# guardias), el embed de bienvenida, el editor de embeds que comparten paneles, tags y el embed de
# bienvenida, el staff y los equipos (con la lista negra) y las integraciones (traducción al
# español). Se muestran al visitante en su idioma; lo que escribió un servidor (títulos de paneles,
# nombres de equipos, mensajes de bienvenida) nunca se traduce. Las palabras entre signos de
# porcentaje (%user%, %ticket_id%) y los comandos de barra (/claim, /on-call) se escriben tal cual:
# no se cambian.

## Ajustes de tickets: la página y su primer formulario

web-settings-title = Ajustes
web-settings-heading = Ajustes de tickets

# El idioma que usa el bot en el servidor (no el idioma del panel de control).
web-settings-language = Idioma
web-settings-language-label = El idioma del bot en este servidor
web-settings-language-hint = mensajes de bienvenida y de cierre, botones, registros; lo que escribes tú nunca se traduce
# La opción "sin idioma configurado": { $language } es el nombre propio del idioma del servidor
# en Discord (como "Deutsch").
web-settings-language-discord = Idioma del servidor en Discord ({ $language })
web-settings-member-language = Responder a cada miembro en privado en su propio idioma de Discord

web-settings-where = Dónde se abren los tickets
web-settings-ticket-category = Categoría de tickets
# «Tickets» es el nombre de la categoría de canales que crea el bot (category-name).
web-settings-ticket-category-none = Crear «Tickets» la primera vez que se use
web-settings-overflow-category = Categoría adicional
web-settings-overflow-category-hint = se usa cuando la categoría de tickets está llena (50 canales)
web-settings-overflow-category-none = Crear una cuando haga falta
web-settings-log-channel = Canal de registros
web-settings-log-channel-hint = los tickets cerrados y los enlaces a sus transcripciones
web-settings-log-channel-none = Sin canal de registros
web-settings-use-threads = Abrir los tickets como hilos privados en lugar de canales
web-settings-thread-notification = Canal de avisos de hilos
web-settings-thread-notification-hint = donde se avisa al staff de los tickets nuevos en hilo
web-settings-thread-notification-none = Ninguno
web-settings-thread-archive = Archivar un hilo de ticket inactivo tras
# Las opciones del ajuste anterior (1 o 24 horas, 3 o 7 días).
web-settings-thread-archive-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
web-settings-thread-archive-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
# Un canal indicado en un ajuste que el bot no ve (eliminado o aún sin cargar); se muestra
# tras un "#". { $id } es su ID de Discord.
web-settings-unknown-channel = canal desconocido { $id }

web-settings-opening = Apertura
web-settings-ticket-limit = Tickets abiertos por miembro
web-settings-ticket-limit-hint = 1–100; el staff está exento
web-settings-open-cap = Tickets abiertos en todo el servidor
web-settings-open-cap-hint = de cualquier miembro; vacío para no poner límite; el staff está exento
web-settings-naming = Formato de nombre de los canales
web-settings-welcome = Mensaje de bienvenida
# %user%, %ticket_id% y %server% se escriben tal cual.
web-settings-welcome-hint = vacío para el predeterminado; admite %user%, %ticket_id%, %server% y más
# A continuación va un enlace a la página del embed de bienvenida (web-welcome-title) y un punto.
web-settings-welcome-embed = Su embed (título, imágenes, pie, campos):

web-settings-claiming = Reclamación y cierre
web-settings-claim-support-can-view = El resto del equipo de soporte sigue viendo los tickets reclamados
web-settings-claim-support-can-type = El resto del equipo de soporte aún puede escribir en los tickets reclamados
web-settings-users-can-close = Los creadores pueden cerrar sus propios tickets
# «Cerrar», «Cerrar con motivo» y «Reclamar» son los botones del mensaje de bienvenida de un ticket.
web-settings-close-confirmation = El botón Cerrar pide confirmación
web-settings-dm-on-close = Enviar al creador un resumen por MD cuando se cierre su ticket
web-settings-feedback = Pedir al creador por MD que valore el ticket cuando se cierre (si escribió en él y no es del staff)
web-settings-hide-close = Ocultar el botón Cerrar en los tickets nuevos
web-settings-hide-close-with-reason = Ocultar el botón Cerrar con motivo
# A continuación va "(/claim sigue funcionando)", formado con web-settings-hide-claim-command.
web-settings-hide-claim = Ocultar el botón Reclamar
# Se muestra entre paréntesis tras el comando /claim: "(/claim sigue funcionando)".
web-settings-hide-claim-command = sigue funcionando
# A continuación va "(/open para el staff)", formado con web-settings-disable-open-command.
web-settings-disable-open = Los miembros solo abren tickets desde los paneles
# Se muestra entre paréntesis tras el comando /open: "(/open para el staff)".
web-settings-disable-open-command = para el staff
web-settings-no-transcripts = No guardar transcripciones (los tickets se siguen cerrando y registrando)

web-settings-autoclose = Cierre automático
web-settings-autoclose-enabled = Cerrar los tickets automáticamente según las reglas de abajo
web-settings-autoclose-no-response = Sin respuesta del creador desde la apertura
# 30m, 12h y 3d se escriben tal cual (minutos, horas, días).
web-settings-autoclose-no-response-hint = p. ej., 30m, 12h o 3d; vacío: desactivado
web-settings-autoclose-since-last = Sin respuesta del creador desde el último mensaje del staff
web-settings-autoclose-since-last-hint = vacío: desactivado
web-settings-autoclose-on-leave = Cerrar cuando el creador abandone el servidor
web-settings-autoclose-warning = Avisar con esta antelación antes de cerrar
web-settings-autoclose-warning-hint = vacío: sin aviso; más corto que todas las reglas
web-settings-save-settings = Guardar ajustes

# Por qué no se guardó el formulario.
web-settings-pick-ticket-category = Elige la categoría de tickets de la lista.
web-settings-pick-overflow-category = Elige la categoría adicional de la lista.
web-settings-pick-log-channel = Elige el canal de registros de la lista.
web-settings-pick-notification-channel = Elige el canal de avisos de la lista.
web-settings-pick-language = Elige el idioma de la lista.
web-settings-ticket-limit-number = El límite de tickets debe ser un número entre 1 y 100.

## Ajustes de tickets: el segundo formulario (Iniciar ticket, permisos, guardias)

web-settings-access-heading = Iniciar ticket, permisos y guardias
# «Iniciar ticket» es el nombre de la entrada del bot en el menú de mensaje de Discord (Apps)
# (cmd-start_ticket).
web-settings-start-ticket = Menú de mensaje «Iniciar ticket»
web-settings-start-ticket-level = Quién puede usarlo
web-settings-level-everyone = Todos
web-settings-level-support = Equipo de soporte y administradores
web-settings-level-admin = Administradores
web-settings-start-ticket-add-author = Añadir al autor del mensaje al ticket
web-settings-start-ticket-panel = Panel que usan sus tickets
web-settings-start-ticket-panel-hint = categoría, equipo, bienvenida, formulario
web-settings-start-ticket-no-panel = Sin panel (los ajustes del servidor)

web-settings-permissions = Permisos de los tickets
web-settings-permissions-hint = en los canales de ticket; lo que no está marcado se deniega
# Encabezados de columna: para quién es un permiso.
web-settings-permissions-opener = Creador
web-settings-permissions-support = Equipo de soporte
# Lo leen los lectores de pantalla en cada casilla; { $permission } es uno de los permisos de abajo
# (como "adjuntar archivos").
web-settings-opener-may = El creador puede { $permission }
web-settings-support-may = El equipo de soporte puede { $permission }
# Lo que puede hacer un miembro en un canal de ticket (los permisos de Discord), en minúsculas.
web-settings-permission-attach-files = adjuntar archivos
web-settings-permission-embed-links = insertar enlaces
web-settings-permission-add-reactions = añadir reacciones
web-settings-permission-external-emoji = usar emojis externos
web-settings-permission-external-stickers = usar stickers externos
web-settings-permission-voice-messages = enviar mensajes de voz

web-settings-on-call = Guardias (tickets en hilo)
web-settings-on-call-role = Rol de guardia
# La ayuda tras "Rol de guardia", alrededor del comando /on-call: "el staff usa /on-call para
# ponérselo; …".
web-settings-on-call-role-hint-before = el staff usa
web-settings-on-call-role-hint-after = para ponérselo; a los tickets nuevos en hilo se añade a quienes estén de guardia. Debe estar por debajo del rol más alto de ticketbox.
# /on-call es un comando y se escribe tal cual.
web-settings-on-call-role-none = Lo crea ticketbox con el primer /on-call
web-settings-save = Guardar

# Por qué no se guardó el segundo formulario.
web-settings-start-ticket-level-invalid = Iniciar ticket, quién puede usarlo: elige todos, equipo de soporte o administradores.
web-settings-start-ticket-panel-invalid = Iniciar ticket, panel: elige uno de los paneles de este servidor.
web-settings-on-call-role-invalid = Rol de guardia: elige un rol de la lista.

## Embed de bienvenida

web-welcome-title = Embed de bienvenida
# El enlace de vuelta a la página de ajustes.
web-welcome-settings = Ajustes
# %user%, %ticket_id% y %server% se escriben tal cual.
web-welcome-intro = El embed que acompaña al mensaje de bienvenida del servidor, en los tickets cuyo panel no define uno (el de cada panel está en el editor de paneles). Las variables como %user%, %ticket_id% y %server% funcionan en todos los textos.
web-welcome-legend = Embed
web-welcome-save = Guardar embed de bienvenida
web-welcome-preview = Vista previa
web-welcome-preview-note = Vista previa (variables tal como se escribieron)
web-welcome-images-note = Las imágenes solo se nombran, no se cargan: el panel de control no solicita nada a otros sitios.

## El editor de embeds (embeds de bienvenida, paneles, tags) y su vista previa

web-embed-title = Título
# %ticket_id% se escribe tal cual.
web-embed-title-hint = admite variables; vacío para «Ticket #%ticket_id%»
web-embed-colour = Color
# #rrggbb: un color escrito en hexadecimal, como #5865f2.
web-embed-colour-hint = #rrggbb; vacío para el del panel
web-embed-url = Enlace del título
web-embed-author = Autor
web-embed-author-icon = Icono del autor
web-embed-icon-hint = URL de imagen
web-embed-author-url = Enlace del autor
web-embed-image = Imagen
web-embed-image-hint = grande, bajo el texto
web-embed-thumbnail = Miniatura
web-embed-thumbnail-hint = pequeña, arriba a la derecha
web-embed-footer = Pie
web-embed-footer-icon = Icono del pie
web-embed-timestamp = Mostrar la hora de envío
# «Quitar» es el encabezado de la última columna (web-embed-remove).
web-embed-fields-caption = Campos (hasta 25): cambia los números de orden para reordenarlos, marca Quitar para eliminar uno y rellena una fila vacía para añadir otro.
# Encabezados de columna de la tabla de campos.
web-embed-order = Orden
web-embed-name = Nombre
web-embed-value = Valor
web-embed-inline = En línea
web-embed-remove = Quitar
# Lo leen los lectores de pantalla; { $number } es el número de la fila.
web-embed-field-order = Orden del campo { $number }
web-embed-field-name = Nombre del campo { $number }
web-embed-field-value = Valor del campo { $number }
web-embed-field-inline = Campo { $number } en línea
web-embed-field-remove = Quitar el campo { $number }
# La vista previa nombra las imágenes en lugar de cargarlas; { $host } es el nombre de un sitio web.
web-embed-preview-thumbnail = miniatura
web-embed-preview-links-to = enlaza a { $host }
web-embed-preview-image = imagen de { $host }
web-embed-preview-time = la hora de envío
# Por qué no se guardó un embed.
web-embed-colour-invalid = Color del embed: un color hexadecimal como #5865F2.
web-embed-order-invalid = Campo { $number } del embed: el orden es un número.

## Staff y equipos

web-staff-title = Staff y equipos
web-staff-role = Rol
# Entre la lista de roles y el campo de miembro: elige un rol o escribe un miembro.
web-staff-or = o
web-staff-member = Miembro
web-staff-member-placeholder = nombre de usuario o ID de usuario
# El botón "×" tras una entrada, lo leen los lectores de pantalla.
web-staff-remove = Quitar
web-staff-intro = El propietario del servidor y los miembros con el permiso Administrador son siempre administradores.
web-staff-admins = Administradores
web-staff-no-admins = No hay entradas de administrador.
web-staff-support = Soporte
web-staff-no-support = No hay entradas de soporte.
# Antes de la lista de niveles: añadir (rol o miembro) como Soporte o Administrador.
web-staff-as = como
web-staff-level-support = Soporte
web-staff-level-admin = Administrador
web-staff-add = Añadir
web-staff-teams = Equipos de soporte
web-staff-teams-intro = Los tickets de un panel con equipos solo los atienden esos equipos; sus miembros cuentan como equipo de soporte.
web-staff-no-members = Sin miembros.
web-staff-add-to-team = Añadir al equipo
web-staff-delete-team-confirm = ¿Eliminar este equipo? Sus paneles los atenderá todo el equipo de soporte.
web-staff-delete-team = Eliminar equipo
web-staff-new-team = Equipo nuevo
# Un nombre de equipo de ejemplo, mostrado en el campo vacío.
web-staff-new-team-placeholder = Facturación
web-staff-create = Crear
web-staff-blacklist = Lista negra
web-staff-blacklist-intro = Los miembros y roles de la lista negra no pueden abrir tickets. No se puede añadir al staff a la lista negra.
web-staff-nobody-blacklisted = No hay nadie en la lista negra.
web-staff-reason = Motivo
web-staff-reason-placeholder = opcional; lo ve el staff
# El botón que añade a la lista negra.
web-staff-blacklist-button = Añadir a la lista negra
# Un rol que ya no existe; { $id } es su ID de Discord.
web-staff-deleted-role = @rol eliminado { $id }
# Por qué no se hizo un cambio.
web-staff-unknown-action = Acción desconocida.
web-staff-unknown-entry = Entrada desconocida.
web-staff-roles-unavailable = La lista de roles no está disponible en este momento.
web-staff-pick-role = Elige un rol de la lista.
web-staff-role-or-member = Elige un rol o escribe el nombre de un miembro, solo uno de los dos.
web-staff-pick-level = Elige administrador o soporte.
web-staff-own-admin = Aquí no puedes quitar tu propia entrada de administrador; pídeselo a otro administrador.
web-staff-team-name = El nombre de un equipo debe tener entre 1 y 100 caracteres.
web-staff-staff-not-blacklisted = No se puede añadir al staff a la lista negra.
web-staff-already-blacklisted = Ya está en la lista negra.
web-staff-no-such-team = Ese equipo no existe (o ya no existe).

## Integraciones

web-integrations-title = Integraciones
web-integrations-intro = Las integraciones añaden datos de otros servicios al mensaje de bienvenida de los tickets nuevos. No se envía nada a ningún sitio a menos que lo actives aquí, y una integración solo se consulta cuando el mensaje de bienvenida usa una de sus variables. Cada consulta queda en el registro de auditoría.
# A continuación van los nombres de las variables (%roblox_username%, …) y un punto.
web-integrations-roblox-intro = Envía el ID de usuario de Discord del creador (y el ID de este servidor) al proveedor y después pide a Roblox la cuenta que este indique.
web-integrations-roblox-placeholders = Variables:
web-integrations-roblox-enabled = Buscar a los creadores en Roblox
# Qué proveedor se consulta primero (Bloxlink o RoVer).
web-integrations-roblox-first = Consultar primero
web-integrations-bloxlink-key = Clave de API de Bloxlink
web-integrations-rover-key = Clave de API de RoVer
web-integrations-key-saved = guardada; escribe una nueva para reemplazarla
web-integrations-key-not-set = sin configurar
web-integrations-save = Guardar
web-integrations-own = Integraciones de este servidor
web-integrations-new = Nueva integración
web-integrations-none-yet = Todavía no hay ninguna.
web-integrations-public = Integraciones públicas
web-integrations-public-intro = Creadas por otros servidores de este ticketbox y compartidas por sus operadores. Antes de activar una, lee qué recibe y su política de privacidad.
web-integrations-none = Ninguna.
# Distintivos tras el nombre de una integración.
web-integrations-badge-enabled = activada
web-integrations-badge-public = pública
web-integrations-image = Imagen (no se carga aquí): { $url }
# { $data }: lo que se envía a la integración, como "el ID de usuario de Discord del creador"
# (varios se separan con "; "), o web-integrations-receives-nothing.
web-integrations-receives = Recibe: { $data }.
web-integrations-receives-nothing = nada de Discord
web-integrations-privacy-policy = Política de privacidad
web-integrations-no-privacy-policy = No se indicó ninguna política de privacidad.
web-integrations-last-error = La última consulta falló: { $error }
# { $error }: por qué (a menudo en inglés); { $time }: una fecha y hora.
web-integrations-error-at = { $error } ({ $time } UTC)
web-integrations-disable = Desactivar
web-integrations-enable = Activar
web-integrations-edit = Editar
web-integrations-delete-confirm = ¿Eliminar esta integración? Los servidores que la activaron la perderán.
web-integrations-delete = Eliminar
web-integrations-make-private = Hacer privada
# Solo los operadores del ticketbox ven este botón.
web-integrations-make-public = Hacer pública (operador)

# El editor.
web-integrations-edit-title = Editar integración
# { $name }: el nombre de la integración.
web-integrations-edit-heading = Editar { $name }
web-integrations-edit-intro = Cuando se abre un ticket y el mensaje de bienvenida usa una de sus variables, ticketbox envía esta solicitud y lee las variables de su respuesta JSON (64 KiB como máximo y dentro del tiempo de espera; si no, se usa el valor alternativo de cada variable).
# A continuación van las variables que puede usar una solicitud: "%user_id%, %guild_id%, …,
# %secret:NAME% y %form:question%", y después web-integrations-edit-form-answer.
web-integrations-edit-can-use = Una solicitud puede usar
# Antes de la última de las variables de la lista.
web-integrations-edit-and = y
# Tras %form:question%: lo que representa.
web-integrations-edit-form-answer = (la respuesta del creador a una pregunta de texto o de selección).
web-integrations-edit-public-only = Solo se pueden consultar direcciones públicas.
web-integrations-about = Información
web-integrations-name = Nombre
web-integrations-description = Descripción
web-integrations-image-url = URL de imagen
web-integrations-optional = opcional
web-integrations-privacy-url = URL de la política de privacidad
web-integrations-privacy-url-hint = se muestra a los servidores que la añaden
# La solicitud HTTP que envía la integración.
web-integrations-request = Solicitud
web-integrations-method = Método
web-integrations-url = URL
web-integrations-body = Cuerpo JSON
web-integrations-body-hint = solo POST; variables entre comillas
web-integrations-timeout = Tiempo de espera en segundos
# Encabezados HTTP.
web-integrations-headers = Encabezados
web-integrations-up-to-5 = hasta 5
web-integrations-value = Valor
# Lo leen los lectores de pantalla; { $number } es el número de la fila.
web-integrations-header-name = Nombre del encabezado { $number }
web-integrations-header-value = Valor del encabezado { $number }
web-integrations-secrets = Secretos
# %secret:NAME% se escribe tal cual (NAME: el nombre del secreto).
web-integrations-secrets-hint = hasta 5; se usan como %secret:NAME%; no se vuelven a mostrar: deja un valor vacío para conservarlo
web-integrations-secret-name = Nombre del secreto { $number }
web-integrations-secret-value = Valor del secreto { $number }
# Se muestra en el campo vacío de un secreto cuyo valor está guardado.
web-integrations-secret-saved = guardado
web-integrations-placeholders = Variables
# %name% representa el nombre de la variable tal como se escribe en el mensaje de bienvenida.
web-integrations-placeholders-hint = hasta 15: %name% en el mensaje de bienvenida, leída de la respuesta
web-integrations-json-path = Ruta JSON
web-integrations-fallback = Valor alternativo
web-integrations-placeholder-name = Variable { $number }
web-integrations-placeholder-path = Ruta { $number }
web-integrations-placeholder-fallback = Valor alternativo { $number }
web-integrations-save-integration = Guardar integración
web-integrations-cancel = Cancelar
# Por qué no se hizo un cambio.
web-integrations-not-found = Esta integración no existe (o ya no existe).
# { $name }: el nombre del secreto.
web-integrations-secret-too-long = Secreto { $name }: 1000 caracteres como máximo.
web-integrations-unknown = Integración desconocida.
web-integrations-operators-only = Solo los operadores de este ticketbox pueden hacer pública una integración.
web-integrations-unknown-action = Acción desconocida.
web-integrations-pick-first = Primer proveedor: elige Bloxlink o RoVer.
