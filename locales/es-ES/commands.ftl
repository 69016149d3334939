# Comandos de barra: descripciones, descripciones de opciones (.opt-<option>) y nombres de opciones de lista
# (.opt-<option>-choice-<name>); comandos de menú contextual: su nombre.
# Traducción al español de los textos de los comandos (ver README: Languages).

cmd-help = Muestra los comandos de ticketbox.

cmd-open = Abre un ticket de soporte.
    .opt-subject = El motivo del ticket

cmd-start_ticket = Iniciar ticket

cmd-open_for_user = Abrir ticket para el usuario

cmd-close = Cierra este ticket.
    .opt-reason = Por qué se cierra el ticket

cmd-closerequest = Pide al creador que cierre este ticket y, si quieres, lo cierra tras un tiempo.
    .opt-delay = Cerrar automáticamente tras estas horas sin respuesta
    .opt-reason = Por qué debería cerrarse el ticket

cmd-reopen = Reabre un ticket cerrado en modo hilo.
    .opt-ticket = El número del ticket

cmd-claim = Reclama este ticket: a partir de ahora lo atiendes tú.

cmd-unclaim = Deja de reclamar este ticket.

cmd-transfer = Cede este ticket reclamado a otro miembro del staff.
    .opt-user = El miembro del staff que se hace cargo

cmd-add = Añade un usuario o rol a este ticket.
    .opt-user = Un usuario que añadir
    .opt-role = Un rol que añadir

cmd-remove = Quita un usuario o rol de este ticket.
    .opt-user = Un usuario que quitar
    .opt-role = Un rol que quitar

cmd-rename = Cambia el nombre del canal de este ticket.
    .opt-name = El nuevo nombre

cmd-jumptotop = Enlaza al inicio de este ticket.

cmd-notes = Abre el hilo privado de notas del staff de este ticket (o te une a él).

cmd-switchpanel = Mueve este ticket a otro panel (sus equipos de soporte cambian con él).
    .opt-panel = El título del panel

cmd-addadmin = Convierte a un usuario o rol en administrador de tickets.
    .opt-user = Un usuario
    .opt-role = Un rol

cmd-removeadmin = Quita a un administrador de tickets.
    .opt-user = Un usuario
    .opt-role = Un rol

cmd-addsupport = Añade un usuario o rol al equipo de soporte.
    .opt-user = Un usuario
    .opt-role = Un rol

cmd-removesupport = Quita a alguien del equipo de soporte.
    .opt-user = Un usuario
    .opt-role = Un rol

cmd-viewstaff = Muestra los administradores de tickets y el equipo de soporte de este servidor.
    .opt-page = Número de página

cmd-blacklist = Añade un usuario o rol a la lista negra de tickets, o lo quita de ella.
    .opt-user = Un usuario
    .opt-role = Un rol
    .opt-reason = Motivo (lo ve el staff; se guarda con la entrada)

cmd-setup = Ajustes de tickets de este servidor.

cmd-setup-auto = Crea una categoría de tickets y un canal de registros privado, y los usa.

cmd-setup-limit = Cuántos tickets puede tener abiertos cada miembro a la vez y cuántos admite el servidor.
    .opt-limit = Tickets abiertos por miembro, de 1 a 100
    .opt-server_total = Tickets abiertos en todo el servidor, de 1 a 10000 (0 quita el límite)

cmd-setup-transcripts = Dónde se registran los tickets cerrados.
    .opt-channel = El canal de registros

cmd-setup-use-threads = Abre los tickets como hilos privados en lugar de canales.
    .opt-enabled = Usar hilos privados
    .opt-notification_channel = Dónde se avisa al staff de los tickets nuevos
    .opt-archive_after = Archivar un hilo de ticket inactivo tras (opciones de Discord)
    .opt-archive_after-choice-1h = 1 h
    .opt-archive_after-choice-24h = 24 h
    .opt-archive_after-choice-3d = 3 d
    .opt-archive_after-choice-7d = 7 d

cmd-setup-users-can-close = Si los creadores pueden cerrar sus propios tickets.
    .opt-enabled = Permitir que los creadores cierren sus tickets

cmd-setup-close-confirmation = Si el botón Cerrar pide confirmación.
    .opt-enabled = Pedir confirmación antes de cerrar

cmd-setup-naming = Formato de nombre de los canales de ticket (%id%, %id_padded%, %username%, %nickname%, %claimed%).
    .opt-scheme = p. ej., ticket-%id% o %username%-%id_padded%

cmd-setup-welcome = El mensaje de bienvenida predeterminado (admite variables como %user% y %ticket_id%).
    .opt-message = El mensaje; déjalo vacío para restaurar el predeterminado

cmd-setup-claim = Qué puede hacer el resto del equipo de soporte cuando se reclama un ticket.
    .opt-support_can_view = El resto del equipo de soporte sigue viendo los tickets reclamados
    .opt-support_can_type = El resto del equipo de soporte aún puede escribir en los tickets reclamados

cmd-setup-feedback = Pide a los creadores que valoren su ticket por MD cuando se cierre.
    .opt-enabled = Si se pide una valoración a los creadores

cmd-setup-buttons = Qué botones muestra la bienvenida de los tickets nuevos (los comandos funcionan igual).
    .opt-claim = Mostrar el botón Reclamar
    .opt-close = Mostrar el botón Cerrar
    .opt-close_with_reason = Mostrar el botón Cerrar con motivo

cmd-setup-store-transcripts = Si se guarda la transcripción de los tickets cerrados (desactivado: se registran sin ella).
    .opt-enabled = Guardar una transcripción de cada ticket cerrado

cmd-setup-open-command = Si los miembros pueden usar /open (desactivado: solo desde paneles; el staff siempre puede).
    .opt-enabled = Los miembros pueden usar /open

cmd-setup-start-ticket = El menú de mensaje Iniciar ticket: quién puede usarlo, si añade al autor y su panel.
    .opt-level = Quién puede usarlo
    .opt-level-choice-everyone = todos
    .opt-level-choice-support-staff = equipo de soporte
    .opt-level-choice-admins = administradores
    .opt-add_author = Añadir al autor del mensaje al ticket
    .opt-panel = Abrir sus tickets desde este panel (su categoría, equipo y bienvenida)
    .opt-no_panel = Abrir sus tickets sin panel

cmd-setup-permissions = Qué pueden hacer los creadores o el equipo de soporte en los tickets (desactivado: denegado).
    .opt-who = De quién son los permisos
    .opt-who-choice-the-opener = el creador
    .opt-who-choice-support-staff = equipo de soporte
    .opt-attach_files = Adjuntar archivos
    .opt-embed_links = Insertar enlaces
    .opt-add_reactions = Añadir reacciones
    .opt-external_emoji = Usar emojis externos
    .opt-external_stickers = Usar stickers externos
    .opt-voice_messages = Enviar mensajes de voz

cmd-setup-on-call = El rol de guardia: elige uno o déjalo vacío y ticketbox creará uno en el próximo /on-call.
    .opt-role = El rol que lleva el staff de guardia (vacío: ticketbox crea uno)

cmd-setup-show = Muestra todos los ajustes de este servidor.

cmd-autoclose = Cierra automáticamente los tickets que nadie responde.

cmd-autoclose-configure = Define las reglas de cierre automático. Duraciones como 30m, 12h o 3d; "off" desactiva una.
    .opt-enabled = Si los tickets se cierran automáticamente
    .opt-no_response = Cerrar si el creador no ha escrito nada desde la apertura en este tiempo
    .opt-since_last_message = Cerrar si el staff escribió lo último y el creador no responde en este tiempo
    .opt-on_leave = Cerrar cuando el creador abandona el servidor
    .opt-warning = Publicar un aviso este tiempo antes de cerrar (desactivado por defecto)

cmd-autoclose-exclude = Excluye este ticket del cierre automático o lo vuelve a incluir.

cmd-autoclose-show = Muestra las reglas de cierre automático.

cmd-stats = Estadísticas de tickets.

cmd-stats-server = Estadísticas de tickets de este servidor.

cmd-stats-user = Estadísticas de tickets de un miembro del staff.
    .opt-user = El miembro del staff

cmd-panel = Gestiona los paneles de tickets.

cmd-panel-create = Crea un panel.
    .opt-title = Título (único en este servidor)
    .opt-text = Texto del panel (\n para un salto de línea)
    .opt-colour = Color, p. ej., #5865F2
    .opt-button_label = Texto del botón
    .opt-emoji = Emoji del botón
    .opt-style = primary, secondary, success o danger
    .opt-category = Categoría para sus tickets
    .opt-naming = Formato de nombre de sus tickets
    .opt-welcome = Mensaje de bienvenida de sus tickets
    .opt-support_role = Rol del equipo de soporte: solo él atiende estos tickets
    .opt-mention_role = Rol que se menciona en los tickets nuevos
    .opt-mention_opener = Mencionar al creador en el mensaje de bienvenida
    .opt-mention_here = Mencionar @here (el staff del ticket) en el mensaje de bienvenida
    .opt-threads = Abrir estos tickets como hilos privados
    .opt-limit = Tickets abiertos por miembro desde este panel
    .opt-cooldown_minutes = Minutos que un miembro debe esperar entre tickets de este panel
    .opt-open_cap = Tickets abiertos desde este panel en total, de cualquier miembro (0: sin límite)
    .opt-form = Un formulario (ver /form) que se responde antes de abrir el ticket
    .opt-exit_survey = Un formulario que el creador puede responder tras valorar el ticket ("Cuéntanos más")
    .opt-awaiting_category = Categoría para los tickets a la espera del creador (modo canal)

cmd-panel-edit = Modifica un panel (solo las opciones que indiques).
    .opt-title = El título actual del panel
    .opt-new_title = Un título nuevo
    .opt-text = Texto del panel
    .opt-colour = Color, p. ej., #5865F2
    .opt-button_label = Texto del botón
    .opt-emoji = Emoji del botón (vacío para quitarlo)
    .opt-style = primary, secondary, success o danger
    .opt-category = Categoría para sus tickets
    .opt-naming = Formato de nombre (vacío: el del servidor)
    .opt-welcome = Mensaje de bienvenida (vacío: el del servidor)
    .opt-support_role = Rol del equipo de soporte: solo él atiende estos tickets
    .opt-mention_opener = Mencionar al creador
    .opt-mention_here = Mencionar @here (el staff del ticket) en el mensaje de bienvenida
    .opt-threads = Abrir como hilos privados
    .opt-limit = Tickets abiertos por miembro desde este panel
    .opt-cooldown_minutes = Tiempo de espera en minutos
    .opt-open_cap = Tickets abiertos desde este panel en total, de cualquier miembro (0: sin límite)
    .opt-disabled = Desactivar el panel
    .opt-form = Un formulario que se responde antes de abrir el ticket (vacío para quitarlo)
    .opt-exit_survey = Un formulario tras la valoración ("Cuéntanos más"; vacío para quitarlo)
    .opt-awaiting_category = Categoría para los tickets a la espera del creador (modo canal)
    .opt-no_awaiting_category = Dejar de mover los tickets a una categoría de espera de respuesta

cmd-panel-delete = Elimina un panel (los tickets abiertos desde él se conservan).
    .opt-title = El título del panel

cmd-panel-list = Muestra los paneles de este servidor.

cmd-panel-send = Publica un panel en un canal.
    .opt-title = El título del panel
    .opt-channel = Dónde publicarlo (por defecto: aquí)

cmd-panel-embed = Configura el embed de un panel: enlace, autor, imágenes, pie, campos (`none` borra una parte).
    .opt-title = El título del panel
    .opt-which = El mensaje del panel o el mensaje de bienvenida de sus tickets
    .opt-which-choice-panel-message = mensaje del panel
    .opt-which-choice-welcome-message = mensaje de bienvenida
    .opt-heading = Mensaje de bienvenida: su título (admite variables)
    .opt-colour = Mensaje de bienvenida: su color, #rrggbb
    .opt-url = El enlace del título (https://…)
    .opt-author = Nombre del autor
    .opt-author_icon = Icono del autor (URL de imagen)
    .opt-author_url = Enlace del autor
    .opt-image = Imagen grande bajo el texto (URL de imagen)
    .opt-thumbnail = Imagen pequeña arriba a la derecha (URL de imagen)
    .opt-footer = Texto del pie
    .opt-footer_icon = Icono del pie (URL de imagen)
    .opt-timestamp = Mostrar la hora de envío
    .opt-add_field = Añadir un campo: nombre | valor, o nombre | valor | inline
    .opt-clear_fields = Quitar antes todos los campos
    .opt-reset = Empezar desde un embed vacío

cmd-panel-access = Define quién puede abrir tickets desde un panel: decide la primera regla cuyo rol tenga el miembro.
    .opt-title = El título del panel
    .opt-role = El rol (@everyone para el resto de miembros)
    .opt-rule = Permitir o denegar a los miembros con el rol, o quitar su regla
    .opt-rule-choice-allow = permitir
    .opt-rule-choice-deny = denegar
    .opt-rule-choice-remove = quitar
    .opt-position = Posición en el orden (1 = se comprueba primero; por defecto: la última)

cmd-panel-hours = Define el horario del staff de un panel (indica solo el título para verlo).
    .opt-title = El título del panel
    .opt-timezone = Zona horaria, p. ej., Europe/Berlin o America/New_York
    .opt-windows = Franjas, p. ej., mon-fri 09:00-17:00; sat 10:00-14:00
    .opt-holidays = Días libres, p. ej., 2026-12-24..2026-12-26 Navidad; 2027-01-01
    .opt-outside = Fuera del horario
    .opt-outside-choice-refuse-new-tickets = rechazar tickets nuevos
    .opt-outside-choice-open-and-tell-when-staff-are-back = abrir y avisar cuándo vuelve el staff
    .opt-message = Aviso; %next_open% y %next_open_relative% indican cuándo vuelve el staff
    .opt-colour = El color del aviso, #rrggbb
    .opt-remove = Quitar el horario: siempre abierto

cmd-panel-log = Dónde se registran los tickets cerrados de un panel (el canal de transcripciones de TicketsBot).
    .opt-title = El título del panel
    .opt-channel = Registrar aquí sus tickets cerrados en vez de en el canal de registros del servidor
    .opt-server_log = Volver a usar el canal de registros del servidor

cmd-form = Gestiona los formularios.

cmd-form-create = Crea un formulario vacío.
    .opt-title = Título que se muestra en el formulario (1-45 caracteres)

cmd-form-add-input = Añade una pregunta a un formulario.
    .opt-form = El título del formulario
    .opt-label = La pregunta (1-45 caracteres)
    .opt-kind = Qué se pide (por defecto: texto)
    .opt-kind-choice-text = texto
    .opt-kind-choice-choice-options = selección (opciones)
    .opt-kind-choice-member = miembro
    .opt-kind-choice-role = rol
    .opt-kind-choice-member-or-role = miembro o rol
    .opt-kind-choice-channel = canal
    .opt-description = Se muestra bajo la pregunta
    .opt-style = Texto: short o paragraph
    .opt-required = Es obligatoria (por defecto, sí)
    .opt-min_length = Texto: longitud mínima de la respuesta
    .opt-max_length = Texto: longitud máxima de la respuesta
    .opt-placeholder = Texto de ayuda que se muestra en el campo vacío
    .opt-options = Selección: opciones separadas por ; cada una texto | descripción | emoji
    .opt-min_picks = Selección y selectores: mínimo de elecciones (por defecto, 1)
    .opt-max_picks = Selección y selectores: máximo de elecciones (por defecto, 1)
    .opt-channel_types = Canal: tipos ofrecidos, p. ej., text, voice, thread (por defecto, todos)

cmd-form-delete = Elimina un formulario (los paneles que lo usan abren tickets sin preguntas).
    .opt-form = El título del formulario

cmd-form-list = Muestra los formularios y sus preguntas.

cmd-multipanel = Gestiona los multipaneles.

cmd-multipanel-create = Crea un multipanel a partir de paneles existentes.
    .opt-title = Título (único en este servidor)
    .opt-panels = Títulos de los paneles, separados por comas
    .opt-select_menu = Mostrar un menú desplegable en lugar de botones
    .opt-text = Texto del mensaje
    .opt-colour = Color, p. ej., #5865F2

cmd-multipanel-customise = Personaliza un multipanel: texto del menú, imágenes, pie y el aspecto de una entrada.
    .opt-title = El título del multipanel
    .opt-placeholder = El texto del menú desplegable antes de elegir
    .opt-image = Imagen grande (URL de imagen)
    .opt-thumbnail = Imagen pequeña arriba a la derecha (URL de imagen)
    .opt-footer = Texto del pie
    .opt-panel = Una entrada que cambiar: el título del panel
    .opt-label = El texto de la entrada aquí (none: el del panel)
    .opt-description = Bajo la entrada en un menú desplegable (none: el título del panel)
    .opt-emoji = El emoji de la entrada aquí (none: el del panel)

cmd-multipanel-send = Publica un multipanel en un canal.
    .opt-title = El título del multipanel
    .opt-channel = Dónde publicarlo (por defecto: aquí)

cmd-multipanel-delete = Elimina un multipanel (sus paneles se conservan).
    .opt-title = El título del multipanel

cmd-multipanel-list = Muestra los multipaneles.

cmd-tag = Publica una respuesta guardada.
    .opt-name = El tag

cmd-managetags = Gestiona las respuestas guardadas.

cmd-managetags-add = Guarda un tag (reemplaza el que tenga el mismo nombre).
    .opt-name = Nombre
    .opt-content = Texto (\n para un salto de línea)

cmd-managetags-embed = Configura el embed que se envía con un tag (`none` borra una parte).
    .opt-name = El tag
    .opt-title = Título del embed
    .opt-description = Texto del embed (\n para un salto de línea)
    .opt-colour = Color, #rrggbb
    .opt-url = El enlace del título (https://…)
    .opt-image = Imagen grande (URL de imagen)
    .opt-thumbnail = Imagen pequeña arriba a la derecha (URL de imagen)
    .opt-footer = Texto del pie
    .opt-add_field = Añadir un campo: nombre | valor, o nombre | valor | inline
    .opt-remove = Quitar el embed

cmd-managetags-delete = Elimina un tag.
    .opt-name = El tag

cmd-managetags-list = Muestra los tags.

cmd-label = Etiquetas de tickets: añadir, quitar, listar y (administradores) crear, cambiar color, eliminar.

cmd-label-add = Pone una etiqueta a este ticket.
    .opt-label = La etiqueta

cmd-label-remove = Quita una etiqueta de este ticket.
    .opt-label = La etiqueta

cmd-label-list = Muestra las etiquetas del servidor (y las de este ticket, si estás en uno).

cmd-label-create = Define una etiqueta que el staff puede poner en los tickets.
    .opt-name = Su nombre
    .opt-colour = Color, p. ej., #5865F2

cmd-label-colour = Cambia el color de una etiqueta.
    .opt-label = La etiqueta
    .opt-colour = Color, p. ej., #5865F2

cmd-label-delete = Elimina una etiqueta y la quita de todos los tickets.
    .opt-label = La etiqueta

cmd-language = Define el idioma que usa el bot en este servidor.
    .opt-code = El idioma del bot en este servidor
    .opt-code-choice-english = English
    .opt-code-choice-deutsch = Deutsch
    .opt-code-choice-fran-ais = Français
    .opt-code-choice-espa-ol = Español
    .opt-code-choice-portugu-s-do-brasil = Português do Brasil
    .opt-code-choice-nederlands = Nederlands
    .opt-code-choice-polski = Polski
    .opt-code-choice-t-rk-e = Türkçe
    .opt-code-choice-discord-s-server-language = Idioma del servidor en Discord
    .opt-member_languages = Responder a cada miembro en privado en su propio idioma de Discord

cmd-on-call = Te pone de guardia (se te añade a los tickets nuevos en hilo) o te quita de la guardia.

cmd-mydata = Tus datos guardados por este ticketbox: pide una copia o su eliminación.

cmd-mydata-export = Pide una copia de todo lo que este ticketbox guarda sobre ti.

cmd-mydata-delete = Pide que se elimine todo lo que este ticketbox guarda sobre ti.
