# El visor de transcripciones del panel de control (y la página HTML de `ticketbox transcript get`,
# que la genera en inglés): el encabezado de un ticket cerrado, sus mensajes tal como los mostraba
# Discord y los enlaces de página de una transcripción larga (traducción al español). Lo que
# escribieron los miembros (mensajes, nombres, respuestas de formularios, preguntas de encuestas)
# nunca se traduce.

## Errores del visor

web-transcript-not-found = Aquí no hay ninguna transcripción, o no tienes permiso para leerla.
web-transcript-busy = Se están abriendo muchas transcripciones en este momento. Vuelve a intentarlo dentro de un momento.

## El título y el encabezado de la página

# El título y el encabezado de la página: el número del ticket y el nombre del servidor.
web-transcript-title = Ticket #{ $number } — { $guild }
# Las etiquetas de las filas del encabezado.
web-transcript-server = Servidor
web-transcript-ticket = Ticket
web-transcript-panel = Panel
web-transcript-opened-by = Abierto por
# Cuándo se abrió el ticket (a continuación va una fecha).
web-transcript-opened = Abierto
web-transcript-claimed-by = Reclamado por
web-transcript-closed-by = Cerrado por
# Cuándo se cerró el ticket (a continuación va una fecha).
web-transcript-closed = Cerrado
# Por qué se cerró el ticket.
web-transcript-reason = Motivo
web-transcript-subject = Asunto
web-transcript-labels = Etiquetas
# La valoración con estrellas y el comentario del creador, dados tras el cierre del ticket.
web-transcript-rating = Valoración
web-transcript-comment = Comentario
# La respuesta a una encuesta final; $question es la pregunta del servidor tal como se escribió.
web-transcript-survey = Encuesta: { $question }

## Mensajes

# Una respuesta cuyo mensaje original no está en la transcripción.
web-transcript-reply-missing = un mensaje que no está en esta transcripción
# La etiqueta tras el nombre de un bot, como la muestra Discord.
web-transcript-bot = BOT
# Tras un mensaje que se editó.
web-transcript-edited = (editado)
# Un sticker enviado en un mensaje; $name es el nombre del sticker.
web-transcript-sticker = Sticker: { $name }
# La mención de un rol o canal que ya no existe (se escribe tras @ o #; como lo dice Discord).
# $id es su ID de Discord.
web-transcript-deleted-role = rol-eliminado
web-transcript-deleted-channel = canal-eliminado
web-transcript-deleted-role-id = rol-eliminado { $id }
web-transcript-deleted-channel-id = canal-eliminado { $id }

## Archivos adjuntos

# Un archivo adjunto archivado pero sin enlace (la página independiente); $size en bytes.
web-transcript-attachment = [archivo adjunto: { $name } ({ $size } bytes)]
# Un archivo adjunto que no se archivó; $reason dice por qué (se registra en inglés al archivar).
web-transcript-attachment-skipped = [archivo adjunto no archivado: { $name } — { $reason }]
web-transcript-attachment-plain = [archivo adjunto: { $name }]
# El tamaño de un archivo. $count es un número entero de bytes; $size un número con un decimal,
# ya escrito con punto (12.3).
web-transcript-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
web-transcript-size-kb = { $size } KB
web-transcript-size-mb = { $size } MB

## Enlaces de página de una transcripción larga

web-transcript-earlier = ← Anteriores
web-transcript-later = Siguientes →
# Qué mensajes muestra esta página; todos son números.
web-transcript-position = Mensajes { $from }–{ $to } de { $total } (página { $page } de { $pages })
web-transcript-show-all = Mostrar todos

web-transcript-note-channel-deleted = El canal del ticket se eliminó antes de poder archivarse: solo se conservan los datos del ticket.
web-transcript-note-reopened-channel-deleted = El ticket se reabrió; su canal se eliminó antes de poder archivar el segundo cierre: la transcripción termina en el primer cierre.
web-transcript-skip-per-file = supera el límite de { $mib } MiB por archivo
web-transcript-skip-ticket-limit = se alcanzó el límite de { $mib } MiB de adjuntos del ticket
web-transcript-skip-download = la descarga falló ({ $why })
web-transcript-skip-not-on-cdn = no está en los servidores de archivos de Discord, así que no se descargó
web-transcript-unknown-user = usuario desconocido { $id }
web-transcript-removed-content = [eliminado a petición]
