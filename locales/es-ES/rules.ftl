# Por qué se rechaza lo que escribió un administrador o un miembro: los errores de los formularios
# del panel de control y las respuestas efímeras del bot (traducción al español). Marcadores:
# `{ $name }`; los valores indicados como «entre comillas» llegan con sus comillas ("Facturación").
# Los formatos que se escriben (mon-fri 09:00-17:00, #5865F2) y los marcadores entre signos de
# porcentaje (%id%, %next_open%) se dejan tal cual.

## Embeds: los límites de Discord; cada rechazo nombra el embed y su parte

# El embed que nombra un rechazo, como $embed abajo. Va en minúsculas y tras «del»/«Color del»:
# "Título del embed de bienvenida".
rule-embed-name-panel = embed del panel
rule-embed-name-welcome = embed de bienvenida
rule-embed-name-tag = embed del tag
rule-embed-name-multi-panel = embed del multipanel
# Una parte de un embed, como $part abajo (va al principio de la frase).
rule-embed-part-title = Título
rule-embed-part-description = Descripción
rule-embed-part-author-name = Nombre del autor
rule-embed-part-footer = Pie
rule-embed-part-link = Enlace del título
rule-embed-part-author-icon = Icono del autor
rule-embed-part-author-link = Enlace del autor
rule-embed-part-image = Imagen
rule-embed-part-thumbnail = Miniatura
rule-embed-part-footer-icon = Icono del pie
rule-embed-part-field-name = Nombre del campo { $n }
rule-embed-part-field-value = Valor del campo { $n }
# La parte de un embed: "Título del embed de bienvenida".
rule-embed-part = { $part } del { $embed }
# $field: una parte de un embed u otro campo con una dirección web ("URL de imagen").
rule-embed-too-long = { $field }: { $max } caracteres como máximo.
rule-embed-url-invalid = { $field }: usa una dirección web que empiece por https:// o http://.
rule-embed-colour = Color del { $embed }: un color hexadecimal como #5865F2.
rule-embed-author-needs-name = Autor del { $embed }: el icono o el enlace requieren el nombre del autor.
rule-embed-footer-needs-text = Pie del { $embed }: el icono requiere texto en el pie.
rule-embed-too-many-fields = Campos del { $embed }: { $max } como máximo.
rule-embed-field-incomplete = Campo { $n } del { $embed }: necesita un nombre y un valor.
rule-embed-total-too-long = El { $embed } tiene { $total } caracteres en total; Discord admite { $max } por embed.
# Un campo de embed escrito en una línea (/panel embed, /tag embed). «inline» se escribe tal cual.
rule-embed-field-line-inline = Campo: la tercera parte debe ser «inline» o nada, no { $got }.
rule-embed-field-line-format = Campo: escríbelo como nombre | valor (| inline).

## Colores

rule-colour-invalid = { $value } no es un color hexadecimal como #5865F2.

## Paneles

rule-panel-title-length = El título del panel debe tener entre 1 y 100 caracteres.
rule-panel-text-too-long = El texto del panel puede tener como máximo 4000 caracteres.
rule-panel-button-label-length = El texto del botón debe tener entre 1 y 80 caracteres.
rule-panel-colour = El color debe ser un color hexadecimal como #5865F2.
rule-panel-welcome-too-long = El mensaje de bienvenida puede tener como máximo 4000 caracteres.
rule-panel-too-many-mentions = Un panel puede mencionar como máximo { $max } roles.
rule-panel-ticket-limit = El límite de tickets del panel debe estar entre 1 y 100.
rule-panel-cooldown-too-long = El tiempo de espera entre tickets puede ser de 7 días como máximo.

## Las reglas de acceso de un panel (quién puede abrir tickets desde él)

rule-access-too-many = Reglas de acceso: { $max } por panel como máximo.
rule-access-duplicate = Reglas de acceso: { $role } tiene dos reglas; solo se aplicaría la primera.
# $rule y $everyone_rule: posiciones en la lista (1, 2…).
rule-access-unreachable = Reglas de acceso: la regla { $rule } ({ $role }) nunca se aplicará, porque la regla { $everyone_rule } (@everyone) decide antes para todos los miembros. Pon @everyone al final.

## Formularios y sus preguntas

rule-form-title-length = El título de un formulario debe tener entre 1 y 45 caracteres (el límite de Discord para un formulario).
rule-form-question-length = Una pregunta debe tener entre 1 y 45 caracteres.
rule-form-description-too-long = Descripción: 100 caracteres como máximo.
rule-form-placeholder-too-long = El texto de ayuda puede tener como máximo { $max } caracteres.
rule-form-options-not-choice = Opciones: solo las preguntas de selección tienen opciones.
rule-form-picks-not-select = El mínimo y el máximo de elecciones solo se aplican a las preguntas de selección y de selector.
rule-form-channel-types-not-channel = Tipos de canal: solo los tienen las preguntas de canal.
rule-form-answer-length-range = Las longitudes de respuesta deben estar entre 0 y { $max } (las respuestas se muestran en un campo de embed, que admite { $max } caracteres).
rule-form-min-length-above-max = La longitud mínima no puede ser mayor que la máxima.
rule-form-lengths-not-text = Las longitudes de respuesta solo se aplican a las preguntas de texto.
rule-form-options-none = Opciones: una pregunta de selección necesita al menos una opción.
rule-form-options-too-many = Opciones: { $max } como máximo (el límite de Discord para un menú desplegable).
# $value: el valor de una opción, entre comillas.
rule-form-option-value-twice = Opciones: el valor { $value } está repetido.
rule-form-max-picks-options = Máximo de elecciones: entre 1 y { $max } (el número de opciones).
rule-form-max-picks = Máximo de elecciones: entre 1 y { $max }.
rule-form-min-picks-above-max = El mínimo de elecciones no puede ser mayor que el máximo.
# «Obligatoria» es el nombre de una casilla de la página del formulario (web-forms-required).
rule-form-min-picks-required = Mínimo de elecciones: una pregunta obligatoria necesita al menos 1 (desmarca Obligatoria para permitir que no se elija nada).
# $form y $question llegan entre comillas; $kind es uno de los mensajes rule-form-kind-*.
rule-form-exit-survey-picker = El formulario { $form } es una encuesta final, que se envía por MD cuando se cierra un ticket; allí no hay ningún servidor del que elegir, así que la pregunta { $question } no puede ser de tipo { $kind }. Las encuestas finales solo hacen preguntas de texto y de selección.
# El tipo de una pregunta dentro de una frase ("no puede ser de tipo selector de roles").
rule-form-kind-text = texto
rule-form-kind-choice = selección de una lista
rule-form-kind-user = selector de miembros
rule-form-kind-role = selector de roles
rule-form-kind-mentionable = selector de miembros o roles
rule-form-kind-channel = selector de canales

## Las respuestas de un miembro a un formulario (se muestran al miembro)

rule-form-changed = Este formulario cambió mientras lo rellenabas. Vuelve a abrirlo.
# $question: la pregunta tal como la escribió el servidor.
rule-form-answer-one = «{ $question }» admite una sola respuesta.
rule-form-answer-count = «{ $question }» admite de { $min } a { $max } respuestas.
rule-form-answer-needed = «{ $question }» requiere una respuesta.
rule-form-answer-too-short = { $min ->
    [one] La respuesta a «{ $question }» debe tener al menos { $min } carácter.
   *[other] La respuesta a «{ $question }» debe tener al menos { $min } caracteres.
}
rule-form-answer-too-long = { $max ->
    [one] La respuesta a «{ $question }» puede tener como máximo { $max } carácter.
   *[other] La respuesta a «{ $question }» puede tener como máximo { $max } caracteres.
}

## Las opciones de una pregunta de selección

rule-option-label-length = Texto de la opción: de 1 a 100 caracteres.
# $option: el texto de la opción, entre comillas.
rule-option-value-length = Valor de la opción { $option }: de 1 a 100 caracteres.
rule-option-description-too-long = Descripción de la opción { $option }: 100 caracteres como máximo.
# <:name:id> es como se escribe un emoji del servidor: se deja tal cual.
rule-option-emoji-invalid = Emoji de la opción { $option }: usa el propio emoji (🎫) o un emoji del servidor como <:name:id>.
# Opciones escritas en una línea; $option es una de ellas, entre comillas.
rule-options-line-parts = Opciones: { $option } tiene más de tres partes (texto | descripción | emoji).
# $word: lo que se escribió, entre comillas; $known: los tipos, tal como se escriben (text, voice…).
rule-channel-kinds-unknown = Tipos de canal: { $word } no es ninguno de estos: { $known }.

## El rol de guardia

rule-on-call-everyone = @everyone no puede ser el rol de guardia: elige otro rol.
rule-on-call-managed = { $role } pertenece a un bot o a una integración, así que no se le puede dar a nadie: elige otro rol.
rule-on-call-above-bot = { $role } está por encima del rol más alto de ticketbox, así que ticketbox no puede darlo ni quitarlo. En Ajustes del servidor → Roles, arrastra el rol de ticketbox por encima de { $role } o elige un rol más bajo.
rule-on-call-not-connected = ticketbox no está conectado a Discord, así que no puede comprobar ese rol; vuelve a intentarlo en un momento.
rule-on-call-unknown-role = Rol de guardia: ticketbox no conoce ese rol.

## La categoría de espera de respuesta de un panel

rule-awaiting-category-same = La categoría de espera de respuesta debe ser distinta de la categoría del propio panel.

## Multipaneles

rule-multi-panel-placeholder-too-long = Texto del menú desplegable: { $max } caracteres como máximo.
# $label: el texto de la entrada, entre comillas.
rule-multi-panel-entry-label-too-long = Texto de la entrada { $label }: 80 caracteres como máximo (el límite de un botón).
rule-multi-panel-entry-description-too-long = Descripción de la entrada: 100 caracteres como máximo.
rule-multi-panel-entry-emoji-invalid = Emoji de la entrada { $emoji }: usa un solo emoji o uno personalizado escrito como <:name:id>.

## Tags

rule-tag-name-length = El nombre de un tag debe tener entre 1 y 32 caracteres.
rule-tag-content-empty = Un tag necesita algo de texto.
rule-tag-content-too-long = Un tag puede tener como máximo 2000 caracteres (lo que cabe en un mensaje de Discord).

## Etiquetas

rule-label-name-length = Nombre de la etiqueta: de 1 a { $max } caracteres.
rule-label-name-characters = Nombre de la etiqueta: letras, números, espacios y guiones (sin , @ < ni >).
# $reason: por qué se rechazó el color (rule-colour-invalid).
rule-label-colour = Color de la etiqueta: { $reason }
# $label: el nombre de la etiqueta, entre comillas.
rule-label-exists = Ya existe una etiqueta llamada { $label }.
rule-label-too-many = Un servidor puede definir como máximo { $max } etiquetas; elimina una primero.
rule-label-on-ticket = Este ticket ya tiene la etiqueta { $label }.
rule-label-ticket-full = Un ticket puede llevar como máximo { $max } etiquetas; quita una primero.
rule-label-not-on-ticket = Este ticket no tiene la etiqueta { $label }.

## Los ajustes de un servidor

# 1h, 24h, 3d y 7d se escriben tal cual.
rule-settings-thread-archive = El tiempo de archivado de los hilos debe ser 1h, 24h, 3d o 7d.
rule-settings-naming-empty = El formato de nombre no puede estar vacío.
rule-settings-naming-too-long = El formato de nombre puede tener como máximo 100 caracteres.
rule-settings-naming-needs-number = El formato de nombre debe contener %id% o %id_padded% para que cada ticket tenga un nombre distinto.
rule-settings-ticket-limit = El límite de tickets debe estar entre 1 y 100.
rule-settings-open-cap = El límite de tickets abiertos debe estar entre 1 y 10000.
rule-settings-open-cap-number = El límite de tickets abiertos debe ser un número entre 1 y 10000.
rule-settings-blacklist-reason-too-long = El motivo de la lista negra puede tener como máximo { $max } caracteres.
rule-settings-claim-type-without-view = El equipo de soporte no puede escribir en un ticket que no ve: permite también que vea los tickets reclamados.
rule-settings-welcome-too-long = El mensaje de bienvenida puede tener como máximo 4000 caracteres.
rule-settings-overflow-same = La categoría adicional debe ser distinta de la categoría de tickets.

## El horario de atención de un panel
## Los días y horas se escriben como mon-fri 09:00-17:00 y las fechas como 2026-12-24: se dejan tal cual.

# $zone: lo que se escribió, entre comillas. Los nombres de zona (Europe/Berlin…) se dejan tal cual.
rule-hours-timezone = Zona horaria: { $zone } no es el nombre de una zona horaria; usa uno como Europe/Berlin, America/New_York o UTC.
# $window y $days: lo que se escribió, entre comillas.
rule-hours-window-format = Franjas: { $window } debería tener la forma «mon-fri 09:00-17:00».
rule-hours-days-backwards = Franjas: { $days } va hacia atrás; escribe los días empezando por el lunes (mon-fri).
# $date: lo que se escribió, entre comillas.
rule-hours-holiday-date = Días libres: { $date } no es una fecha como 2026-12-24.
rule-hours-no-window = Franjas: añade al menos una franja, como «mon-fri 09:00-17:00».
rule-hours-too-many-windows = Franjas: { $max } como máximo.
# $window y $other: una franja tal como se escribe (mon 09:00-17:00).
rule-hours-window-outside-week = Franjas: { $window } no corresponde a ningún momento de la semana.
rule-hours-window-inverted = Franjas: { $window } termina antes de empezar; divide en dos una franja que pase de medianoche.
rule-hours-window-overlap = Franjas: { $window } se solapa con { $other }.
rule-hours-too-many-holidays = Días libres: { $max } como máximo.
rule-hours-holiday-inverted = Días libres: { $from }..{ $to } termina antes de empezar.
rule-hours-message-too-long = Aviso: { $max } caracteres como máximo.
rule-hours-colour = Color del aviso: un color hexadecimal como #5865F2.
# El aviso a un miembro fuera del horario de atención cuando el servidor no escribió ninguno.
# %next_open_relative% ("dentro de 3 horas") y %next_open% (una fecha y hora) se dejan tal cual.
rule-hours-notice-default = Nuestro equipo no está disponible ahora mismo y volverá %next_open_relative% (%next_open%).
# Sustituye a %next_open% y %next_open_relative% cuando no se sabe cuándo se vuelve a abrir.
rule-hours-notice-later = más tarde

## Las integraciones HTTP de un servidor (el formulario de integración del panel de control)
## Los marcadores entre signos de porcentaje (%user_id%, %secret:NAME%, %form:question%) y las
## palabras de HTTP (GET, POST, JSON) se dejan tal cual.

# Los campos del formulario, como $field abajo.
rule-integration-field-image-url = URL de imagen
rule-integration-field-privacy-url = URL de la política de privacidad
rule-integration-field-request-url = URL de la solicitud
rule-integration-field-body = Cuerpo
rule-integration-field-header = Encabezado { $header }
rule-integration-field-secret-name = Nombre del secreto
rule-integration-field-output-name = Nombre de la variable
# $got: lo que se escribió, entre comillas.
rule-integration-name-invalid = { $field }: de 1 a 32 letras, dígitos o _ (se escribió { $got }).
rule-integration-unknown-secret = { $field }: %secret:{ $secret }% no corresponde a ningún secreto de esta integración.
rule-integration-unknown-placeholder = { $field }: %{ $name }% no es una variable que pueda usar una solicitud (%user_id%, %guild_id%, %ticket_id%, %panel_id%, %secret:NAME%, %form:question%).
rule-integration-name-length = Nombre: de 1 a { $max } caracteres.
rule-integration-description-too-long = Descripción: { $max } caracteres como máximo.
rule-integration-url-invalid = URL de la solicitud: una dirección web que empiece por https:// o http://.
rule-integration-url-scheme = URL de la solicitud: solo se pueden consultar direcciones http:// y https://.
rule-integration-url-credentials = URL de la solicitud: no se admite un nombre de usuario ni una contraseña en la dirección; pon las credenciales en un encabezado con un secreto.
rule-integration-url-no-host = URL de la solicitud: a la dirección le falta el host.
rule-integration-timeout = Tiempo de espera: de 1 a { $max } segundos.
rule-integration-body-with-get = Cuerpo: una solicitud GET no lleva cuerpo; elige POST.
rule-integration-body-too-long = Cuerpo: { $max } caracteres como máximo.
# $error: lo que dice el analizador de JSON (en inglés).
rule-integration-body-not-json = Cuerpo: no es JSON válido ({ $error }); pon las variables entre comillas.
rule-integration-too-many-headers = Encabezados: { $max } como máximo.
# $header: el nombre de un encabezado (entre comillas en rule-integration-header-name-invalid).
rule-integration-header-name-invalid = Encabezado { $header }: no es un nombre de encabezado válido.
rule-integration-header-refused = Encabezado { $header }: lo define el cliente HTTP; una integración no puede definirlo.
rule-integration-header-twice = Encabezado { $header }: está repetido.
rule-integration-header-value = Encabezado { $header }: una sola línea de 1000 caracteres como máximo.
rule-integration-too-many-secrets = Secretos: { $max } como máximo.
rule-integration-secret-twice = Secreto { $secret }: está repetido.
# Variables aquí: los valores que una integración lee de su respuesta, con el nombre que les da el administrador.
rule-integration-too-many-outputs = Variables: { $max } como máximo.
rule-integration-output-lower-case = Variable { $name }: solo letras minúsculas.
rule-integration-output-builtin = Variable { $name }: ticketbox ya tiene %{ $name }%; elige otro nombre.
rule-integration-output-twice = Variable { $name }: está repetida.
# $reason: uno de los mensajes rule-integration-path-*.
rule-integration-output-path = Ruta de la variable { $name }: { $reason }
rule-integration-output-fallback-too-long = Valor alternativo de la variable { $name }: 200 caracteres como máximo.
# Dónde se encuentra un valor en la respuesta: data.user.name, items[0].id (se dejan tal cual).
# $path: la ruta tal como se escribió, entre comillas.
rule-integration-path-format = una ruta como data.user.name o items[0].id (de 1 a 200 caracteres).
rule-integration-path-empty-part = { $path } tiene una parte vacía.
rule-integration-path-unclosed = { $path }: hay un [ sin ].
rule-integration-path-index = { $path }: [{ $index }] no es un índice.
rule-integration-path-shape = { $path }: escríbela como a.b[0].c

## Cambiar las preguntas de un formulario (el comando de barra y el panel de control)

rule-form-full = Un formulario admite como máximo { $max } preguntas (el límite de Discord).
# $form y $question llegan entre comillas.
rule-form-deleted = El formulario { $form } se acaba de eliminar.
rule-form-asks-already = El formulario { $form } ya hace la pregunta { $question }.

rule-integration-sends-user-id = el ID de usuario de Discord del creador
rule-integration-sends-guild-id = el ID de este servidor
rule-integration-sends-ticket-id = el número del ticket
rule-integration-sends-panel-id = el ID del panel
rule-integration-sends-answer = la respuesta del creador a la pregunta { $question } del formulario

rule-span-days = { $n }d
rule-span-hours = { $n }h
rule-span-minutes = { $n }min
rule-span-seconds = { $n }s

rule-autoclose-warning-too-long = `warning` ({ $warning }) debe ser más corto que `{ $rule }` ({ $limit }).
rule-autoclose-not-a-duration = `{ $field }`: «{ $value }» no es una duración; escríbela como 30m, 12h o 3d.
rule-autoclose-too-short = `{ $field }` debe durar al menos 1 minuto.
rule-autoclose-too-long = `{ $field }` puede durar como máximo 365 días.
