# Las páginas propias del panel de control: la página de inicio, la configuración inicial (para el
# operador que instala ticketbox), la lista de servidores, los errores de inicio de sesión, la
# página del operador y, de cada servidor, los tickets abiertos, la lista de transcripciones, las
# estadísticas (con sus gráficos) y el registro de auditoría (traducción al español). Se muestran
# al visitante en su idioma; lo que escribió un servidor (títulos de paneles, nombres de etiquetas,
# motivos de cierre) y lo que registró el registro de auditoría nunca se traducen. Las claves de
# configuración (discord.client_id), los nombres de archivo (config.toml), las variables de entorno,
# los comandos de shell y los comandos de barra (/open, /setup auto) se escriben o se buscan tal
# cual: no se cambian. Algunas frases muestran un término en negrita, como código o como enlace:
# ese término es un marcador ({ $name }) que se coloca donde lo pida la frase.

## Página de inicio

web-home-title = Inicio
web-home-running = ticketbox { $version } está en funcionamiento.
web-home-bot-connected = El bot está conectado a Discord.
web-home-bot-connecting = El bot se está conectando a Discord…
web-home-bot-stopped = El bot está detenido.
# { $name } es el nombre de Discord del visitante que inició sesión.
web-home-logged-in-as = Sesión iniciada como { $name }
web-home-servers = Tus servidores
# Un botón, y el enlace de web-home-login-prompt y web-setup-done-login.
web-home-login = Iniciar sesión con Discord
# { $login } es el botón web-home-login.
web-home-login-prompt = { $login } para gestionar tus servidores y leer transcripciones.
# { $id } y { $secret } son claves de configuración (discord.client_id, discord.client_secret).
web-home-login-needs = Para iniciar sesión en el panel de control hacen falta { $id } y { $secret }.
# Cualquier página que no existe (también la página del operador para los demás).
web-home-not-found = Página no encontrada.

## Configuración inicial (el operador configura el bot de Discord)

web-setup-title = Configuración
web-setup-intro = Todavía no hay ningún bot de Discord configurado. Tres pasos y ticketbox estará en marcha.
# Los pasos nombran las páginas, botones e interruptores del Discord Developer Portal tal como los
# muestra Discord (en inglés): { $portal } es "Discord Developer Portal" (un enlace), { $new } "New Application".
web-setup-step-app = Abre el { $portal } y crea una aplicación con { $new }.
# { $bot } "Bot", { $reset } "Reset Token", { $intents } "Privileged Gateway Intents",
# { $members } "Server Members Intent", { $content } "Message Content Intent".
web-setup-step-bot = En { $bot }: pulsa { $reset } y copia el token. Debajo, en { $intents }, activa { $members } y { $content } y guarda los cambios.
# { $oauth } "OAuth2", { $id } "Client ID", { $secret } "Client Secret"; { $url } es la
# dirección que se añade como redirección.
web-setup-step-oauth = En { $oauth }: copia el { $id } y el { $secret }, y añade la redirección { $url } (para iniciar sesión en el panel de control).
web-setup-code = Código de configuración
# { $file } es el nombre de archivo "setup-code", { $command } el comando de shell
# "ticketbox setup-code".
web-setup-code-hint = está en el registro de ticketbox y guardado como { $file } en su directorio de datos: en el servidor, { $command } lo muestra
web-setup-token = Token del bot
web-setup-client-id = ID de cliente
web-setup-client-id-hint = vacío: el ID de la aplicación
web-setup-client-secret = Secreto de cliente
web-setup-client-secret-hint = necesario para iniciar sesión en el panel de control
web-setup-submit = Comprobar e iniciar el bot
# { $env } es "TICKETBOX_DISCORD__TOKEN", { $key } "discord.token", { $file } "config.toml",
# { $keyfile } "discord.token_file".
web-setup-files = ¿Prefieres los archivos de configuración? Define { $env } (o { $key } en { $file }, o { $keyfile }) y reinicia.
# { $file } es "setup.toml", { $config } "config.toml", { $env } "TICKETBOX_*" (las variables de
# entorno cuyo nombre empieza así); { $url } es la dirección del panel de control.
web-setup-saved = El token se comprueba con Discord y después se guarda en el directorio de datos ({ $file }, que solo puede leer el usuario de ticketbox). { $config } y las variables { $env } tienen prioridad sobre él. El panel de control estará en { $url }.
web-setup-already-done = ticketbox ya está configurado.
web-setup-too-many = Demasiados intentos desde tu dirección. Espera un minuto y vuelve a intentarlo.
web-setup-expired = Este formulario caducó o no procede de esta página. Recarga la página de configuración y vuelve a intentarlo.
# `ticketbox setup-code` es un comando de shell: se deja tal cual.
web-setup-wrong-code = Ese código de configuración no es correcto. Está en el registro de ticketbox, y `ticketbox setup-code` lo muestra en el servidor.
# Tras la configuración. { $bot } es el nombre del bot en Discord.
web-setup-done-bot = El token pertenece a { $bot }. El bot se está iniciando.
# A continuación va el botón web-setup-done-add.
web-setup-done-invite = Ahora, invítalo a tu servidor:
web-setup-done-add = Añadir { $bot } a un servidor
# { $login } es el enlace web-home-login; { $auto } y { $open } son los comandos de barra
# "/setup auto" y "/open".
web-setup-done-login = Después, inicia sesión en el panel de control: { $login }. En Discord, { $auto } crea una categoría de tickets y un canal de registros, y { $open } funciona desde el primer momento.

## Tus servidores

web-servers-title = Tus servidores
web-servers-none = Todavía no compartes ningún servidor con ticketbox. Invita al bot a un servidor que gestiones.
# El nivel del visitante en un servidor, junto a su nombre.
web-servers-role-admin = administrador
web-servers-role-support = soporte
web-servers-role-member = miembro

## Errores de inicio de sesión

# { $id } y { $secret } son claves de configuración (discord.client_id, discord.client_secret).
web-auth-not-configured = El inicio de sesión en el panel de control no está configurado en este servidor: el operador debe definir { $id } y { $secret }.
web-auth-stale-login = Este enlace de inicio de sesión caducó o ya se usó. Vuelve a iniciar sesión.
web-auth-discord-failed = Discord no completó el inicio de sesión. Vuelve a intentarlo.
web-auth-expired = Este formulario caducó. Recarga la página y vuelve a intentarlo.
web-auth-too-many = Demasiados intentos de inicio de sesión desde tu dirección. Espera un minuto y vuelve a intentarlo.

## Página del operador (solo para los operadores de la instancia)

web-operator-title = Operador
web-operator-status = Estado
# A continuación va el estado del bot como palabra clave (connected, connecting, stopped, failed).
web-operator-bot = Bot:
web-operator-jobs = Tareas pendientes: { $pending }; fallidas: { $failed }.
web-operator-storage = Almacenamiento: base de datos { $database } bytes, caché { $cache } bytes.
web-operator-requests = Solicitudes de datos
# { $command } es el comando de barra "/mydata".
web-operator-requests-hint = Presentadas con { $command }; hay que responderlas en un plazo de 30 días (se marcan como vencidas a partir del día 25).
# Una lista vacía (de solicitudes o de tareas fallidas).
web-operator-none = Ninguna.
# Encabezados de columna de las solicitudes de datos. El tipo (export, delete) y el estado (open, …)
# se muestran como palabras clave.
web-operator-col-kind = Tipo
web-operator-col-user = Usuario
web-operator-col-filed = Presentada (UTC)
web-operator-col-due = Plazo (UTC)
web-operator-col-state = Estado
web-operator-overdue = vencida
# { $path } es la ruta de un archivo en el servidor.
web-operator-export-waits = la exportación espera en { $path }
web-operator-sent-by-dm = enviada por MD
web-operator-approve = Aprobar
web-operator-refuse = Rechazar
web-operator-refuse-reason = motivo (se le envía)
web-operator-refuse-label = Motivo para rechazar la solicitud { $id }
web-operator-jobs-failed = Tareas fallidas
# Una tarea en segundo plano que falló: su ID y cuántas veces se intentó.
web-operator-job = tarea { $id }, { $count ->
        [one] { $count } intento
       *[other] { $count } intentos
    }
web-operator-retry = Reintentar
web-operator-discard = Descartar
web-operator-discard-confirm = ¿Descartar esta tarea?
web-operator-backups = Copias de seguridad
# { $when } es una fecha y hora, o web-operator-backup-none.
web-operator-backup-last = Última copia de seguridad correcta: { $when }.
web-operator-backup-none = ninguna todavía
# { $error } es el fallo, en inglés.
web-operator-backup-failed = El último intento falló: { $error }
web-operator-backup-now = Hacer una copia ahora
# Cuántos objetos guardados tiene una copia de seguridad.
web-operator-backup-objects = { $count ->
        [one] { $count } objeto
       *[other] { $count } objetos
    }
# { $dir } y { $bucket } son claves de configuración (backup.local_dir, backup.s3.bucket).
web-operator-backup-unset = No hay destino para las copias de seguridad: define { $dir } o { $bucket }.
web-operator-servers = Servidores
web-operator-no-tickets = Todavía no hay tickets.
web-operator-col-server = Servidor
web-operator-col-open = Abiertos
web-operator-col-total = Tickets en total
web-operator-actions = Acciones del operador
web-operator-none-yet = Ninguna por ahora.
web-operator-unknown-item = Elemento desconocido.
web-operator-unknown-action = Acción desconocida.
web-operator-job-not-failed = La tarea { $id } no es una tarea fallida.

## Los tickets abiertos de un servidor

web-tickets-title = Tickets abiertos
# Los filtros (también en la lista de transcripciones).
web-tickets-label = Etiqueta
# La opción del filtro "sin filtro".
web-tickets-any = Cualquiera
web-tickets-filter = Filtrar
web-tickets-clear = Borrar
# Ningún ticket abierto; con una etiqueta elegida ({ $label }, como la llamó el servidor); para un
# miembro del equipo de soporte: solo se muestran los tickets de sus equipos.
web-tickets-none = No hay tickets abiertos. ¡Buen trabajo!
web-tickets-none-label = No hay tickets abiertos con la etiqueta { $label }. ¡Buen trabajo!
web-tickets-none-teams = No hay tickets abiertos de tus equipos. ¡Buen trabajo!
web-tickets-none-label-teams = No hay tickets abiertos de tus equipos con la etiqueta { $label }. ¡Buen trabajo!
# Encabezados de columna (también en la lista de transcripciones).
web-tickets-col-subject = Asunto
web-tickets-col-opener = Creador
web-tickets-col-claimed-by = Reclamado por
web-tickets-col-panel = Panel
web-tickets-col-labels = Etiquetas
web-tickets-col-age = Antigüedad
web-tickets-unclaimed = sin reclamar
web-tickets-open-in-discord = Abrir en Discord
# Un usuario cuyos datos se eliminaron.
web-tickets-removed-user = usuario eliminado
# Un usuario cuyo nombre no se conoce: { $id } es su ID de usuario de Discord.
web-tickets-user = usuario { $id }

## Las transcripciones de un servidor

web-transcripts-title = Transcripciones
web-transcripts-ticket = Ticket
web-transcripts-user-placeholder = nombre de usuario o ID
# Un intervalo de la fecha de cierre: "Cerrado desde [fecha] hasta [fecha]", dos etiquetas separadas.
web-transcripts-closed-from = Cerrado desde
web-transcripts-closed-to = hasta
web-transcripts-reason-placeholder = palabras del motivo de cierre
web-transcripts-col-closed-by = Cerrado por
web-transcripts-col-closed = Cerrado (UTC)
web-transcripts-col-reason = Motivo
web-transcripts-col-rating = Valoración
web-transcripts-count = { $count ->
        [one] { $count } transcripción
       *[other] { $count } transcripciones
    }
# Cuántas transcripciones coinciden y la página que se muestra (50 por página).
web-transcripts-count-page = { $count ->
        [one] { $count } transcripción, página { $page }
       *[other] { $count } transcripciones, página { $page }
    }
# El paginador (también en el registro de auditoría): entradas más recientes y más antiguas.
web-transcripts-newer = Más recientes
web-transcripts-older = Más antiguas
# Errores de los filtros. { $name } y { $value } son lo que se escribió, entre comillas.
web-transcripts-members-unavailable = La lista de miembros no está disponible en este momento.
web-transcripts-several-members = Hay varios miembros llamados { $name }: usa su nombre de usuario o su ID de usuario.
web-transcripts-no-member = No hay ningún miembro llamado { $name } en este servidor: usa su nombre de usuario o su ID de usuario.
# { $error } es uno de los tres mensajes anteriores; { $field } indica a qué filtro se refiere
# (web-transcripts-field-…).
web-transcripts-filter-error = { $error } ({ $field })
web-transcripts-field-opener = el creador
web-transcripts-field-closer = cerrado por
web-transcripts-field-claimed = reclamado por
web-transcripts-bad-number = { $value } no es un número de ticket.
# La fecha de ejemplo se deja tal cual (año-mes-día).
web-transcripts-bad-from = La fecha de inicio debe ser una fecha como 2026-01-31.
web-transcripts-bad-to = La fecha de fin debe ser una fecha como 2026-01-31.
web-transcripts-bad-panel = Elige un panel de la lista.
web-transcripts-bad-rating = La valoración debe ser de 1 a 5 estrellas.

## Las estadísticas de un servidor

web-stats-title = Estadísticas
# { $when } es una fecha y hora.
web-stats-as-of = Datos actualizados a { $when } UTC. Los días son días UTC; los tiempos de primera respuesta se conocen para los tickets abiertos desde que ticketbox sigue la actividad de los tickets.
# Las cifras de arriba.
web-stats-open = Tickets abiertos
web-stats-total = Tickets en total
web-stats-opened-week = Abiertos en 7 días
web-stats-opened-month = Abiertos en 30 días
web-stats-average-rating = Valoración media
# { $average } es un número con un decimal, como 4.5.
web-stats-rating-out-of-5 = { $average } / 5
# También es un encabezado.
web-stats-ratings = Valoraciones
web-stats-times = Respuesta y resolución
web-stats-last-7-days = Últimos 7 días
# También es un encabezado.
web-stats-last-30-days = Últimos 30 días
web-stats-all-time = Desde siempre
# Filas de la tabla de respuesta y resolución, y columnas de la tabla por días.
web-stats-first-response = Primera respuesta
web-stats-resolution = Resolución
# Duraciones sobre varios tickets: { $average } y { $median } son duraciones como 2h 5m,
# { $count } sobre cuántos tickets se miden.
web-stats-spread = { $average } de media · { $median } de mediana ({ $count })
web-stats-no-data = aún no hay datos
# { $average } es un número con un decimal, como 4.5; { $count } cuántas valoraciones.
web-stats-rating = { $average } / 5 ({ $count })
web-stats-no-ratings = aún no hay valoraciones
web-stats-response-time = Tiempo de primera respuesta
web-stats-resolution-time = Tiempo de resolución
web-stats-days-table = Los últimos 30 días en una tabla
web-stats-col-day = Día
web-stats-col-opened = Abiertos
web-stats-col-closed = Cerrados
web-stats-staff = Staff
web-stats-no-staff = Todavía no hay actividad del staff.
web-stats-col-member = Miembro
web-stats-col-claimed = Reclamados
web-stats-col-answered = Respondidos
web-stats-col-their-response = Su primera respuesta
web-stats-col-claimed-rating = Valoración de los tickets reclamados
# Los gráficos, descritos para los lectores de pantalla; { $count } es el número de días (30).
web-stats-chart-activity = { $count ->
        [one] Tickets abiertos y cerrados por día en el último día
       *[other] Tickets abiertos y cerrados por día en los últimos { $count } días
    }
web-stats-chart-response = { $count ->
        [one] Tiempo de primera respuesta por día en el último día (mediana y media)
       *[other] Tiempo de primera respuesta por día en los últimos { $count } días (mediana y media)
    }
web-stats-chart-resolution = { $count ->
        [one] Tiempo de resolución por día en el último día (mediana y media)
       *[other] Tiempo de resolución por día en los últimos { $count } días (mediana y media)
    }
web-stats-chart-ratings = Cuántas valoraciones dieron cada número de estrellas
# Las series de los gráficos, en sus leyendas y descripciones emergentes.
web-stats-series-opened = abiertos
web-stats-series-closed = cerrados
web-stats-series-median = mediana
web-stats-series-average = media

## Gráficos

# La descripción emergente de una barra o un punto: { $slot } es el día (como 01-31), { $series } el
# nombre de una serie (web-stats-series-…), { $value } su cifra.
web-chart-point = { $slot }: { $series } { $value }
# La descripción emergente de una barra del gráfico de valoraciones: { $name } es la fila (como 4 ★),
# { $value } su recuento.
web-chart-bar = { $name }: { $value }

## Registro de auditoría

web-audit-title = Registro de auditoría
web-audit-intro = Todos los cambios hechos en este panel de control: quién, qué y cuándo (UTC).
web-audit-none = Todavía no hay cambios.
# Encabezados de columna. Las entradas en sí se registran en inglés.
web-audit-col-when = Cuándo
web-audit-col-who = Quién
web-audit-col-what = Qué
web-audit-col-detail = Detalle

web-setup-err-token-missing = Pega el token del bot.
web-setup-err-token-shape = Eso no parece un token de bot: cópialo de nuevo, sin espacios.
web-setup-err-client-id = El ID de cliente es un número (OAuth2 → Client ID).
web-setup-err-secret-shape = Eso no parece un secreto de cliente: cópialo de nuevo, sin espacios.
web-setup-err-bad-token = Discord ha rechazado este token de bot. Cópialo de nuevo desde el Developer Portal (tu aplicación → Bot → Reset Token).
web-setup-err-unreachable = No se ha podido contactar con Discord para comprobar el token ({ $error }). Comprueba el acceso a Internet de esta máquina y vuelve a intentarlo.
web-setup-err-save = No se han podido guardar los ajustes en el directorio de datos. El registro explica por qué.
web-bot-failed-intents = Discord ha rechazado los intents del gateway (código de cierre 4014): abre el Discord Developer Portal → tu aplicación → Bot → Privileged Gateway Intents, activa SERVER MEMBERS INTENT y MESSAGE CONTENT INTENT, guarda y reinicia ticketbox
web-bot-failed-token = Discord ha rechazado el token del bot (código de cierre 4004): copia un token nuevo del Developer Portal (Bot → Reset Token) en discord.token y reinicia ticketbox
web-bot-failed-client = no se puede crear el cliente de Discord: { $error }
web-bot-failed-connection = la conexión con Discord ha fallado: { $error }
web-bot-failed-runtime = no se puede iniciar el hilo de la conexión con Discord: { $error }
web-bot-failed-thread = el hilo de la conexión con Discord terminó de forma inesperada

web-operator-request-not-open = La solicitud n.º { $id } no está abierta.
web-operator-refuse-reason-length = Motivo: de 1 a 500 caracteres; se envía a quien hizo la solicitud.
web-operator-request-export = exportación
web-operator-request-delete = eliminación
web-operator-request-open = abierta
web-operator-request-approved = aprobada
web-operator-request-done = completada
web-operator-request-refused = rechazada
