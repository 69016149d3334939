# El marco del panel de control: encabezado, selector de idioma, pestañas, confirmaciones y
# páginas de error (traducción al español). Se muestra al visitante en su idioma; lo que escribió
# un servidor (títulos de paneles, mensajes de bienvenida) nunca se traduce.

## Encabezado y selector de idioma

web-log-out = Cerrar sesión
# La etiqueta del selector de idioma (la leen los lectores de pantalla) y su botón.
web-language = Idioma
web-language-apply = Cambiar
web-language-unknown = Ese idioma no está disponible aquí.

## Las pestañas de un servidor

web-tab-tickets = Tickets abiertos
web-tab-transcripts = Transcripciones
web-tab-stats = Estadísticas
web-tab-settings = Ajustes
web-tab-panels = Paneles
web-tab-multipanels = Multipaneles
web-tab-forms = Formularios
web-tab-staff = Staff y equipos
web-tab-tags = Tags
web-tab-labels = Etiquetas
web-tab-integrations = Integraciones
web-tab-audit = Registro de auditoría

## Confirmaciones tras un cambio

web-done-saved = Guardado.
web-done-created = Creado.
web-done-deleted = Eliminado.
web-done-sent = Publicado en Discord.
web-done-added = Añadido.
web-done-removed = Quitado.
web-done-moved = Movido.
web-done-blacklisted = Añadido a la lista negra.
web-done-unblacklisted = Quitado de la lista negra.

## Hace cuánto (abreviado, en las listas)

web-age-days = { $count } d
web-age-hours = { $count } h
web-age-minutes = { $count } min

## Páginas de error: sus títulos (estados HTTP) y textos

web-status-400 = Solicitud incorrecta
web-status-401 = No autorizado
web-status-403 = Acceso prohibido
web-status-404 = No encontrado
web-status-408 = Tiempo de espera agotado
web-status-413 = Demasiado grande
web-status-422 = No guardado
web-status-429 = Demasiadas solicitudes
web-status-500 = Error interno del servidor
web-status-502 = Puerta de enlace incorrecta
web-status-503 = Servicio no disponible
web-guild-not-found = Ese servidor no existe o no puedes gestionarlo.
web-form-expired = Este formulario caducó o no procede de este panel de control. Recarga la página y vuelve a intentarlo.
web-internal-error = Algo salió mal por nuestra parte. El error quedó registrado.
