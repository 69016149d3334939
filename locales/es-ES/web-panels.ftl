# Las páginas de paneles del panel de control: los paneles y su editor, los multipaneles, los
# formularios, los tags y las etiquetas, con los motivos por los que se rechaza un cambio
# (traducción al español). Se muestran al visitante en su idioma; lo que escribió un servidor
# (títulos de paneles, textos de tags, nombres de etiquetas) nunca se traduce. Las palabras entre
# %signos de porcentaje%, <:name:id>, @everyone y @here se escriben o se muestran exactamente como
# los leen Discord y el bot: se dejan tal cual.

## Compartido por las páginas cuyo formulario indica una acción

# Un formulario volvió con una acción que la página no conoce (una página antigua o manipulada).
web-action-unknown = Acción desconocida.

## Paneles: la lista

web-panels-title = Paneles
web-panels-new = Nuevo panel
web-panels-empty = Todavía no hay paneles. Un panel es un mensaje con un botón que los miembros pulsan para abrir un ticket.
# Un distintivo junto al título de un panel desactivado.
web-panels-disabled = desactivado
# $channel: el nombre del canal como "#nombre", o web-panels-channel-id.
web-panels-posted-in = publicado en { $channel }
# Un canal cuyo nombre no conoce el panel de control; $id es su número.
web-panels-channel-id = canal { $id }
web-panels-not-posted = sin publicar
# La etiqueta antes de un selector de canal; el botón de al lado es web-panels-post.
web-panels-post-in = Publicar en
web-panels-pick-channel = Elige un canal
web-panels-post = Publicar
web-panels-delete-confirm = ¿Eliminar este panel? Su mensaje publicado dejará de abrir tickets.
web-panels-delete = Eliminar

## Paneles: el editor

web-panel-edit = Editar panel
web-panel-new = Nuevo panel
web-panel-all = Todos los paneles
web-panel-message = El mensaje
web-panel-title = Título
web-panel-title-hint = único en este servidor
web-panel-text = Texto
web-panel-colour = Color
web-panel-button-label = Texto del botón
web-panel-button-emoji = Emoji del botón
# <:name:id> es como se escribe un emoji propio del servidor: se deja tal cual.
web-panel-button-emoji-hint = un emoji, o <:name:id>
web-panel-button-style = Estilo del botón
# Los colores de los botones de Discord.
web-panel-style-primary = Blurple
web-panel-style-secondary = Gris
web-panel-style-success = Verde
web-panel-style-danger = Rojo
web-panel-embed = El embed del mensaje: enlace, autor, imágenes, pie, campos
web-panel-tickets = Sus tickets
web-panel-category = Categoría
web-panel-category-default = La categoría de tickets del servidor
web-panel-awaiting = Categoría de espera de respuesta
web-panel-awaiting-hint = modo canal: los tickets esperan aquí mientras el creador tiene que responder y vuelven cuando escribe (como máximo un traslado por ticket cada 10 minutos)
# Sin categoría de espera de respuesta.
web-panel-awaiting-none = Ninguna
web-panel-log-channel = Canal de registros
web-panel-log-channel-hint = donde se registran sus tickets cerrados
web-panel-log-channel-default = El canal de registros del servidor
web-panel-mode = Modo
web-panel-mode-default = Según los ajustes del servidor
web-panel-mode-channel = Canales
web-panel-mode-thread = Hilos privados
web-panel-naming = Formato de nombre
# Bajo Formato de nombre y Mensaje de bienvenida: un campo vacío usa el ajuste del servidor.
web-panel-server-default-hint = vacío para el del servidor
# Un nombre de canal de ejemplo; %id% se sustituye por el número del ticket: se deja tal cual.
web-panel-naming-placeholder = ticket-%id%
web-panel-welcome = Mensaje de bienvenida
web-panel-welcome-embed-below = El embed del mensaje de bienvenida está debajo de los ajustes de los tickets; vacío para el del servidor.
web-panel-teams = Equipos de soporte
web-panel-teams-hint = ninguno: todo el equipo de soporte atiende estos tickets
web-panel-mention-roles = Roles que se mencionan en los tickets nuevos
web-panel-mention-opener = Mencionar al creador
# @here es la mención de Discord: se deja tal cual.
web-panel-mention-here = Mencionar @here (todos los que ven el ticket: su staff)
web-panel-form = Formulario que se responde antes de abrir
web-panel-form-none = Sin formulario
web-panel-exit-survey = Encuesta final
# «Cuéntanos más» es el botón que muestra el bot bajo su mensaje de valoración (button-tell-us-more).
web-panel-exit-survey-hint = se pregunta después de que el creador valore un ticket («Cuéntanos más»); requiere tener activadas las valoraciones en Ajustes
web-panel-exit-survey-none = Sin encuesta final
web-panel-ticket-limit = Tickets abiertos por miembro desde este panel
web-panel-ticket-limit-hint = vacío para no añadir otro límite
web-panel-open-cap = Tickets abiertos desde este panel en total
web-panel-open-cap-hint = de cualquier miembro; vacío para no poner límite; el staff está exento
web-panel-cooldown = Tiempo de espera entre tickets, en minutos
web-panel-disabled = Desactivado (su botón rechaza los tickets nuevos)
web-panel-access = Quién puede abrir tickets desde él
# @everyone es el rol de Discord de todos los miembros: se deja tal cual; @Clientes es un rol de ejemplo.
web-panel-access-intro = Reglas de acceso, comprobadas en orden: decide la primera regla cuyo rol tenga el miembro; un miembro al que no se aplica ninguna regla puede abrir tickets. El staff siempre puede. Pon @everyone al final, p. ej., «permitir @Clientes, denegar @everyone».
web-panel-access-order = Orden
web-panel-access-role = Rol
web-panel-access-rule = Regla
web-panel-access-remove = Quitar
# Etiquetas para los lectores de pantalla de la fila de una regla de acceso; $number cuenta desde 1.
web-panel-access-order-of = Orden de la regla { $number }
web-panel-access-role-of = Rol de la regla { $number }
web-panel-access-rule-of = Regla { $number }
web-panel-access-remove-of = Quitar la regla { $number }
web-panel-access-allow = Permitir
web-panel-access-deny = Denegar
web-panel-hours = Horario de atención
web-panel-hours-on = Solo cuando el staff está disponible
web-panel-hours-timezone = Zona horaria
web-panel-hours-timezone-hint = se tiene en cuenta su horario de verano
web-panel-hours-windows = Franjas
# El ejemplo se escribe tal cual (nombres de días en inglés, formato de 24 horas): se deja.
web-panel-hours-windows-hint = p. ej., mon-fri 09:00-17:00; sat 10:00-14:00 (formato de 24 horas; divide en dos una franja que pase de medianoche)
web-panel-hours-holidays = Días libres
# El ejemplo se escribe tal cual (fechas, intervalos con ..); «Navidad» es un nombre libre.
web-panel-hours-holidays-hint = p. ej., 2026-12-24..2026-12-26 Navidad; 2027-01-01
web-panel-hours-outside = Fuera del horario
web-panel-hours-refuse = Rechazar los tickets nuevos
web-panel-hours-open-and-tell = Abrirlos y avisar al creador de cuándo vuelve el staff
web-panel-hours-notice = Aviso
# %next_open% y %next_open_relative% se escriben tal cual.
web-panel-hours-notice-hint = vacío para el predeterminado; %next_open% y %next_open_relative% indican cuándo vuelve el staff
web-panel-hours-colour = Color del aviso
web-panel-welcome-embed = El embed del mensaje de bienvenida (las variables funcionan en todos los textos)
web-panel-save = Guardar panel
web-panel-create = Crear panel
web-panel-preview = Vista previa
# El encabezado de la vista previa del mensaje de bienvenida.
web-panel-preview-welcome = Mensaje de bienvenida
web-panel-preview-images = Las imágenes solo se nombran, no se cargan: el panel de control no solicita nada a otros sitios.

## Paneles: por qué no se guardó o publicó un panel

# $number: la fila de la regla, desde 1.
web-panel-err-access-order = Regla de acceso { $number }: el orden es un número.
web-panel-err-hours-outside = Fuera del horario de atención: elige de la lista qué ocurre.
web-panel-err-access-roles = Reglas de acceso: elige roles de la lista.
# $emoji: lo que se escribió, entre comillas. <:name:id> es como se escribe un emoji del servidor: se deja.
web-panel-err-emoji = { $emoji } no es un emoji: usa un emoji o uno personalizado escrito como <:name:id>.
web-panel-err-button-style = Elige un estilo de botón de la lista.
web-panel-err-category = Elige una categoría de la lista.
web-panel-err-roles = Elige roles de la lista.
web-panel-err-mention-roles = Elige de la lista los roles que se mencionan.
web-panel-err-mode = Elige de la lista el modo canal o hilo.
web-panel-err-ticket-limit = El límite de tickets debe ser un número entre 1 y 100.
web-panel-err-cooldown = El tiempo de espera debe ser un número de minutos.
web-panel-err-log-channel = Elige un canal de registros de la lista.
web-panel-err-form = Elige un formulario de la lista.
web-panel-err-exit-survey = Elige un formulario de encuesta final de la lista.
web-panel-err-awaiting = Elige una categoría de espera de respuesta de la lista.
# $reason: por qué el formulario elegido no puede ser una encuesta final (una frase completa).
web-panel-err-exit-survey-form = Encuesta final: { $reason }
web-panel-err-teams = Elige equipos de soporte de la lista.
# $title: el título del panel, entre comillas.
web-panel-err-title-taken = Ya existe un panel llamado { $title }.
web-panel-err-created-form-gone = Se creó el panel, pero mientras tanto se eliminó un formulario que debía usar. Edita el panel para elegir otro.
web-panel-err-saved-form-gone = Se guardó el panel, pero mientras tanto se eliminó un formulario que debía usar. Edita el panel para elegir otro.
web-panel-err-gone = Este panel no existe (o ya no existe).
web-panel-err-channel = Elige un canal de texto de este servidor para publicar el panel.

## Multipaneles

web-multipanels-title = Multipaneles
web-multipanels-intro = Varios paneles en un solo mensaje: los miembros eligen el tipo de ticket con un botón o en un menú.
web-multipanels-empty = Todavía no hay multipaneles.
# $panels: los títulos de sus paneles, separados por comas.
web-multipanels-shown-select = menú desplegable: { $panels }
web-multipanels-shown-buttons = botones: { $panels }
# El texto del menú desplegable cuando el servidor no definió ninguno (la vista previa y el ejemplo del campo).
web-multipanels-placeholder-default = Elige el motivo de tu ticket
web-multipanels-customise = Personalizar
web-multipanels-placeholder = Texto del menú desplegable
web-multipanels-entries-caption = Cada entrada: las partes vacías muestran las del propio panel (el texto y el emoji de su botón; su título bajo una opción del menú).
web-multipanels-entry-panel = Panel
web-multipanels-entry-label = Texto
web-multipanels-entry-description = Descripción
web-multipanels-entry-emoji = Emoji
# Etiquetas para los lectores de pantalla; $panel: el título del panel.
web-multipanels-entry-label-of = Texto de { $panel }
web-multipanels-entry-description-of = Descripción de { $panel }
web-multipanels-entry-emoji-of = Emoji de { $panel }
web-multipanels-embed = Su embed: enlace, autor, imágenes, pie, campos
web-multipanels-save-look = Guardar aspecto
web-multipanels-edit = Editar
web-multipanels-field-title = Título
web-multipanels-field-text = Texto
web-multipanels-field-colour = Color
web-multipanels-field-panels = Paneles
web-multipanels-field-layout = Diseño
web-multipanels-layout-buttons = Botones
web-multipanels-layout-select = Menú desplegable
web-multipanels-save = Guardar
web-multipanels-post-in = Publicar en
web-multipanels-pick-channel = Elige un canal
web-multipanels-post = Publicar
web-multipanels-delete-confirm = ¿Eliminar este multipanel? Sus paneles se conservan.
web-multipanels-delete = Eliminar
web-multipanels-new = Nuevo multipanel
# El texto de un multipanel nuevo tal como se rellena al principio; el administrador puede cambiarlo.
web-multipanels-text-default = Elige el tipo de ayuda que necesitas.
web-multipanels-panels-hint = de 2 a 25
web-multipanels-create = Crear multipanel

## Multipaneles: por qué se rechazó un cambio

web-multipanels-err-gone = Ese multipanel no existe (o ya no existe).
# $title: el título del multipanel, entre comillas.
web-multipanels-err-title-taken = Ya existe un multipanel llamado { $title }.
web-multipanels-err-deleted = Ese multipanel se eliminó mientras tanto.
web-multipanels-err-too-few = Se acaba de eliminar uno de los paneles que elegiste: un multipanel contiene de 2 a 25 paneles.
web-multipanels-err-no-channels = La lista de canales no está disponible en este momento.
web-multipanels-err-channel = Elige un canal de texto de este servidor.
web-multipanels-err-title = El título debe tener entre 1 y 100 caracteres.
web-multipanels-err-text = El texto puede tener como máximo 4000 caracteres.
web-multipanels-err-panels = Elige paneles de la lista.
web-multipanels-err-panel-count = Un multipanel contiene de 2 a 25 paneles.
web-multipanels-err-entry = Entrada desconocida.
web-multipanels-err-entry-gone = Ese panel ya no está en este multipanel: recarga la página.

## Formularios

web-forms-title = Formularios
# $max: cuántas preguntas puede hacer un formulario.
web-forms-intro = { $max ->
    [one] Un formulario hace hasta { $max } pregunta en una ventana emergente antes de que se abra un ticket; las respuestas se muestran en el ticket. El formulario de cada panel se elige en el editor de paneles.
   *[other] Un formulario hace hasta { $max } preguntas en una ventana emergente antes de que se abra un ticket; las respuestas se muestran en el ticket. El formulario de cada panel se elige en el editor de paneles.
}
web-forms-delete-confirm = ¿Eliminar este formulario? Los paneles que lo usan abrirán tickets sin preguntas.
web-forms-delete = Eliminar formulario
# Una pregunta en la lista de un formulario y, tras comas, lo que pide: "texto corto, obligatoria, al menos 10, como máximo 200".
web-forms-summary-short = texto corto
web-forms-summary-paragraph = texto de párrafo
web-forms-summary-required = obligatoria
web-forms-summary-min-length = al menos { $min }
web-forms-summary-max-length = como máximo { $max }
# Cuántas opciones elige un miembro: de $min a $max.
web-forms-summary-picks = { $min }–{ $max } elecciones
web-forms-move-up = Subir
web-forms-move-down = Bajar
web-forms-remove-question = Quitar pregunta
web-forms-edit = Editar
web-forms-save-question = Guardar pregunta
web-forms-add-question-open = Añadir una pregunta
web-forms-add-question = Añadir pregunta
web-forms-empty = Todavía no hay formularios.
web-forms-new = Nuevo formulario
# Un título de formulario de ejemplo.
web-forms-new-placeholder = Problema con un pedido
web-forms-create = Crear formulario

## Formularios: los campos de una pregunta

web-forms-question = Pregunta
# Una pregunta de ejemplo.
web-forms-question-placeholder = ¿Cuál es tu número de pedido?
web-forms-asks-for = Pide
web-forms-description = Descripción
web-forms-description-placeholder = Se muestra bajo la pregunta
web-forms-required = Obligatoria
web-forms-placeholder = Texto de ayuda
web-forms-text-questions = Preguntas de texto
web-forms-answer = Respuesta
web-forms-answer-short = Corta
web-forms-answer-paragraph = Párrafo
web-forms-min-length = Longitud mínima
web-forms-max-length = Longitud máxima
web-forms-choice-questions = Preguntas de selección y selectores
web-forms-min-picks = Mínimo de elecciones
web-forms-max-picks = Máximo de elecciones
web-forms-options = Opciones (preguntas de selección, hasta 25)
web-forms-option-order = Orden
web-forms-option-label = Texto
web-forms-option-value = Valor
web-forms-option-description = Descripción
web-forms-option-emoji = Emoji
web-forms-option-remove = Quitar
# Etiquetas para los lectores de pantalla; $option: el texto de la opción.
web-forms-option-order-of = Orden de { $option }
web-forms-option-remove-of = Quitar { $option }
# $number numera las filas vacías desde 1.
web-forms-new-option-order = Orden de la nueva opción { $number }
web-forms-new-option = Nueva opción
web-forms-new-option-label = Texto de la nueva opción
# Un valor vacío es el texto de la opción.
web-forms-new-option-value-placeholder = (el texto)
web-forms-new-option-value = Valor de la nueva opción
web-forms-new-option-description = Descripción de la nueva opción
web-forms-new-option-emoji = Emoji de la nueva opción
# <:name:id> es como se escribe un emoji del servidor: se deja tal cual.
web-forms-options-help = Cambia los números de orden para reordenar; marca Quitar para eliminar una opción; rellena una fila vacía para añadir otra (guarda para tener más filas vacías). Emoji: el propio emoji o un emoji del servidor como <:name:id>.
web-forms-channel-questions = Preguntas de canal: ofrecer solo

## Formularios: qué pide una pregunta y los tipos de canal que ofrece una pregunta de canal

web-forms-kind-text = Texto
web-forms-kind-choice = Selección de una lista
web-forms-kind-user = Selector de miembros
web-forms-kind-role = Selector de roles
web-forms-kind-mentionable = Selector de miembros o roles
web-forms-kind-channel = Selector de canales
web-forms-channel-text = texto
web-forms-channel-voice = voz
web-forms-channel-category = categoría
web-forms-channel-announcement = anuncios
web-forms-channel-thread = hilo
web-forms-channel-stage = escenario
web-forms-channel-forum = foro

## Formularios: por qué se rechazó un cambio

# $title: el título del formulario, entre comillas.
web-forms-err-title-taken = Ya existe un formulario llamado { $title }.
web-forms-err-unknown-form = Formulario desconocido.
web-forms-err-gone = Ese formulario no existe (o ya no existe).
web-forms-err-min-length = La longitud mínima debe ser un número.
web-forms-err-max-length = La longitud máxima debe ser un número.
web-forms-err-min-picks = Mínimo de elecciones: un número del 0 al 25.
web-forms-err-max-picks = Máximo de elecciones: un número del 0 al 25.
# $option: el texto de la opción, entre comillas.
web-forms-err-option-order = Orden de la opción { $option }: un número.
web-forms-err-too-many-options = Opciones: { $max } como máximo (el límite de Discord para un menú desplegable).
web-forms-err-kind = Elige qué pide la pregunta.
web-forms-err-style = Elige corta o párrafo.
web-forms-err-unknown-question = Pregunta desconocida.
web-forms-err-question-moved = Esa pregunta se quitó o se movió: recarga la página.

## Tags

web-tags-title = Tags
# La introducción dice: "Respuestas guardadas que el staff publica con /tag name, con un embed
# opcional. …"; el comando va entre las dos partes.
web-tags-intro-before = Respuestas guardadas que el staff publica con
web-tags-intro-after = , con un embed opcional. Si guardas un tag con un nombre que ya existe, lo reemplaza.
web-tags-name = Nombre
web-tags-text = Texto
web-tags-embed-open = Embed (opcional)
web-tags-embed-text = Texto del embed
web-tags-embed = Embed
web-tags-save = Guardar tag
web-tags-preview = Vista previa
web-tags-embed-preview = Vista previa del embed
web-tags-empty = Todavía no hay tags.
# Un distintivo junto a un tag que tiene embed.
web-tags-has-embed = embed
web-tags-edit = Editar
web-tags-delete-confirm = ¿Eliminar este tag?
web-tags-delete = Eliminar

## Etiquetas

web-labels-title = Etiquetas
# La introducción dice: "El staff pone etiquetas a los tickets con /label add; las listas …";
# el comando va entre las dos partes. $max: cuántas etiquetas puede tener un servidor.
web-labels-intro-before = El staff pone etiquetas a los tickets con
web-labels-intro-after = { $max ->
    [one] ; las listas de tickets abiertos y de transcripciones las muestran y permiten filtrar por ellas, y las transcripciones las conservan. Hasta { $max } etiqueta.
   *[other] ; las listas de tickets abiertos y de transcripciones las muestran y permiten filtrar por ellas, y las transcripciones las conservan. Hasta { $max } etiquetas.
}
web-labels-name = Nombre
web-labels-colour = Color
web-labels-add = Añadir etiqueta
web-labels-empty = Todavía no hay etiquetas.
# Para los lectores de pantalla; $label: el nombre de la etiqueta.
web-labels-colour-of = Color de { $label }
web-labels-save-colour = Guardar color
web-labels-delete-confirm = ¿Eliminar esta etiqueta? Se quitará de todos los tickets.
web-labels-delete = Eliminar

## Etiquetas: por qué se rechazó un cambio

web-labels-err-unknown = Etiqueta desconocida.
