# As páginas próprias do painel de controle: a página inicial, a configuração inicial (para o
# operador que instala o ticketbox), a lista de servidores, erros de login, a página do operador
# e, de um servidor, os tickets abertos, a lista de transcrições, as estatísticas (com os
# gráficos) e o registro de auditoria (português do Brasil). Exibidas ao visitante no idioma
# dele; o que um servidor escreveu (títulos de painéis, nomes de etiquetas, motivos de
# fechamento) e o que o registro de auditoria gravou nunca são traduzidos. Chaves de configuração
# (discord.client_id), nomes de arquivos (config.toml), variáveis de ambiente, comandos de shell
# e comandos de barra (/open, /setup auto) são digitados ou consultados como estão: ficam iguais.
# Algumas frases mostram um termo em negrito, como código ou como link: esse termo é uma
# variável ({ $name }), colocada onde o português precisa.

## Página inicial

web-home-title = Início
web-home-running = O ticketbox { $version } está em execução.
web-home-bot-connected = O bot está conectado ao Discord.
web-home-bot-connecting = O bot está se conectando ao Discord…
web-home-bot-stopped = O bot está parado.
# { $name } é o nome no Discord do visitante conectado.
web-home-logged-in-as = Conectado como { $name }
web-home-servers = Seus servidores
# Um botão, e o link em web-home-login-prompt e web-setup-done-login.
web-home-login = Entrar com o Discord
# { $login } é o botão web-home-login.
web-home-login-prompt = { $login } para gerenciar seus servidores e ler transcrições.
# { $id } e { $secret } são chaves de configuração (discord.client_id, discord.client_secret).
web-home-login-needs = O login no painel de controle precisa de { $id } e { $secret }.
# Qualquer página que não existe (também a página do operador para todos os outros).
web-home-not-found = Página não encontrada.

## Configuração inicial (o operador configura o bot do Discord)

web-setup-title = Configuração
web-setup-intro = Nenhum bot do Discord foi configurado ainda. Três passos e o ticketbox estará funcionando.
# Os passos citam páginas, botões e chaves do Discord Developer Portal como o Discord os mostra
# (em inglês): { $portal } é "Discord Developer Portal" (um link), { $new } "New Application".
web-setup-step-app = Abra o { $portal } e clique em { $new } para criar um aplicativo.
# { $bot } "Bot", { $reset } "Reset Token", { $intents } "Privileged Gateway Intents",
# { $members } "Server Members Intent", { $content } "Message Content Intent".
web-setup-step-bot = Em { $bot }: clique em { $reset } e copie o token. Logo abaixo, em { $intents }, ative { $members } e { $content } e salve.
# { $oauth } "OAuth2", { $id } "Client ID", { $secret } "Client Secret"; { $url } é o
# endereço a adicionar como redirecionamento.
web-setup-step-oauth = Em { $oauth }: copie o { $id } e o { $secret } e adicione o redirecionamento { $url } (para o login no painel de controle).
web-setup-code = Código de configuração
# { $file } é o nome de arquivo "setup-code", { $command } o comando de shell
# "ticketbox setup-code".
web-setup-code-hint = no log do ticketbox e salvo como { $file } no diretório de dados dele: no servidor, { $command } o exibe
web-setup-token = Token do bot
web-setup-client-id = Client ID
web-setup-client-id-hint = vazio: o ID do aplicativo
web-setup-client-secret = Client Secret
web-setup-client-secret-hint = necessário para o login no painel de controle
web-setup-submit = Verificar e iniciar o bot
# { $env } é "TICKETBOX_DISCORD__TOKEN", { $key } "discord.token", { $file } "config.toml",
# { $keyfile } "discord.token_file".
web-setup-files = Prefere arquivos de configuração? Defina { $env } (ou { $key } em { $file }, ou { $keyfile }) e reinicie.
# { $file } é "setup.toml", { $config } "config.toml", { $env } "TICKETBOX_*" (variáveis de
# ambiente cujo nome começa assim); { $url } é o endereço do painel de controle.
web-setup-saved = O token é verificado com o Discord e depois salvo no diretório de dados ({ $file }, legível só pelo usuário do ticketbox). { $config } e as variáveis { $env } têm prioridade sobre ele. O painel de controle ficará em { $url }.
web-setup-already-done = O ticketbox já está configurado.
web-setup-too-many = Tentativas demais a partir do seu endereço. Aguarde um minuto e tente de novo.
web-setup-expired = Este formulário expirou ou não veio desta página. Recarregue a página de configuração e tente de novo.
# `ticketbox setup-code` é um comando de shell: fica igual.
web-setup-wrong-code = Esse código de configuração não está certo. Ele está no log do ticketbox, e `ticketbox setup-code` o exibe no servidor.
# Depois da configuração. { $bot } é o nome do bot no Discord.
web-setup-done-bot = O token pertence a { $bot }. O bot está iniciando.
# Seguido do botão web-setup-done-add.
web-setup-done-invite = Agora, convide-o para o seu servidor:
web-setup-done-add = Adicionar { $bot } a um servidor
# { $login } é o link web-home-login; { $auto } e { $open } são os comandos de barra
# "/setup auto" e "/open".
web-setup-done-login = Depois, entre no painel de controle: { $login }. No Discord, { $auto } cria uma categoria de tickets e um canal de registro, e { $open } funciona na hora.

## Seus servidores

web-servers-title = Seus servidores
web-servers-none = Você ainda não tem nenhum servidor em comum com o ticketbox. Convide o bot para um servidor que você gerencia.
# O nível do visitante num servidor, ao lado do nome dele.
web-servers-role-admin = administrador
web-servers-role-support = suporte
web-servers-role-member = membro

## Erros de login

# { $id } e { $secret } são chaves de configuração (discord.client_id, discord.client_secret).
web-auth-not-configured = O login no painel de controle não está configurado neste servidor: o operador precisa definir { $id } e { $secret }.
web-auth-stale-login = Este link de login expirou ou já foi usado. Entre de novo.
web-auth-discord-failed = O Discord não concluiu o login. Tente de novo.
web-auth-expired = Este formulário expirou. Recarregue a página e tente de novo.
web-auth-too-many = Tentativas de login demais a partir do seu endereço. Aguarde um minuto e tente de novo.

## Página do operador (só para os operadores da instância)

web-operator-title = Operador
web-operator-status = Status
# Seguido do estado do bot como palavra de código (connected, connecting, stopped, failed).
web-operator-bot = Bot:
web-operator-jobs = Tarefas pendentes: { $pending }; com falha: { $failed }.
web-operator-storage = Armazenamento: banco de dados { $database } bytes, cache { $cache } bytes.
web-operator-requests = Pedidos de dados
# { $command } é o comando de barra "/mydata".
web-operator-requests-hint = Feitos com { $command }; responda em até 30 dias (atrasados depois de 25).
# Uma lista vazia.
web-operator-none = Nenhum.
# Cabeçalhos das colunas dos pedidos de dados. O tipo (export, delete) e o estado (open, …)
# abaixo aparecem como palavras de código.
web-operator-col-kind = Tipo
web-operator-col-user = Usuário
web-operator-col-filed = Feito em (UTC)
web-operator-col-due = Prazo (UTC)
web-operator-col-state = Estado
web-operator-overdue = atrasado
# { $path } é um caminho de arquivo no servidor.
web-operator-export-waits = a exportação aguarda em { $path }
web-operator-sent-by-dm = enviado por MD
web-operator-approve = Aprovar
web-operator-refuse = Recusar
web-operator-refuse-reason = motivo (enviado ao usuário)
web-operator-refuse-label = Motivo da recusa do pedido { $id }
web-operator-jobs-failed = Tarefas com falha
# Uma tarefa em segundo plano que falhou: o ID dela e quantas vezes foi tentada.
web-operator-job = tarefa { $id }, { $count ->
        [one] { $count } tentativa
       *[other] { $count } tentativas
    }
web-operator-retry = Tentar de novo
web-operator-discard = Descartar
web-operator-discard-confirm = Descartar esta tarefa?
web-operator-backups = Backups
# { $when } é uma data e hora, ou web-operator-backup-none.
web-operator-backup-last = Último backup bem-sucedido: { $when }.
web-operator-backup-none = nenhum ainda
# { $error } é a falha, em inglês.
web-operator-backup-failed = A última tentativa falhou: { $error }
web-operator-backup-now = Fazer backup agora
# Quantos objetos armazenados um backup tem.
web-operator-backup-objects = { $count ->
        [one] { $count } objeto
       *[other] { $count } objetos
    }
# { $dir } e { $bucket } são chaves de configuração (backup.local_dir, backup.s3.bucket).
web-operator-backup-unset = Nenhum destino de backup: defina { $dir } ou { $bucket }.
web-operator-servers = Servidores
web-operator-no-tickets = Ainda não há tickets.
web-operator-col-server = Servidor
web-operator-col-open = Abertos
web-operator-col-total = Todos os tickets
web-operator-actions = Ações do operador
web-operator-none-yet = Nenhuma ainda.
web-operator-unknown-item = Item desconhecido.
web-operator-unknown-action = Ação desconhecida.
web-operator-job-not-failed = A tarefa { $id } não é uma tarefa com falha.

## Os tickets abertos de um servidor

web-tickets-title = Tickets abertos
# Os filtros (também na lista de transcrições).
web-tickets-label = Etiqueta
# A opção do filtro "sem filtro".
web-tickets-any = Qualquer
web-tickets-filter = Filtrar
web-tickets-clear = Limpar
# Nenhum ticket aberto; com uma etiqueta escolhida ({ $label }, como o servidor a chamou); para
# um membro do suporte: só os tickets das equipes dele aparecem.
web-tickets-none = Nenhum ticket aberto. Bom trabalho!
web-tickets-none-label = Nenhum ticket aberto com a etiqueta { $label }. Bom trabalho!
web-tickets-none-teams = Nenhum ticket aberto para as suas equipes. Bom trabalho!
web-tickets-none-label-teams = Nenhum ticket aberto com a etiqueta { $label } para as suas equipes. Bom trabalho!
# Cabeçalhos das colunas (também na lista de transcrições).
web-tickets-col-subject = Assunto
web-tickets-col-opener = Solicitante
web-tickets-col-claimed-by = Assumido por
web-tickets-col-panel = Painel
web-tickets-col-labels = Etiquetas
web-tickets-col-age = Aberto há
web-tickets-unclaimed = não assumido
web-tickets-open-in-discord = Abrir no Discord
# Um usuário cujos dados foram excluídos.
web-tickets-removed-user = usuário removido
# Um usuário cujo nome não é conhecido: { $id } é o ID de usuário dele no Discord.
web-tickets-user = usuário { $id }

## As transcrições de um servidor

web-transcripts-title = Transcrições
web-transcripts-ticket = Ticket
web-transcripts-user-placeholder = nome de usuário ou ID
# Um intervalo da data de fechamento: "Fechado entre [data] e [data]", dois rótulos separados.
web-transcripts-closed-from = Fechado entre
web-transcripts-closed-to = e
web-transcripts-reason-placeholder = palavras do motivo de fechamento
web-transcripts-col-closed-by = Fechado por
web-transcripts-col-closed = Fechado em (UTC)
web-transcripts-col-reason = Motivo
web-transcripts-col-rating = Avaliação
web-transcripts-count = { $count ->
        [one] { $count } transcrição
       *[other] { $count } transcrições
    }
# Quantas transcrições correspondem, e a página exibida (50 por página).
web-transcripts-count-page = { $count ->
        [one] { $count } transcrição, página { $page }
       *[other] { $count } transcrições, página { $page }
    }
# O paginador (também no registro de auditoria): itens mais recentes e mais antigos.
web-transcripts-newer = Mais recentes
web-transcripts-older = Mais antigas
# Erros dos filtros. { $name } e { $value } são o que foi digitado, entre aspas.
web-transcripts-members-unavailable = A lista de membros não está disponível no momento.
web-transcripts-several-members = Vários membros se chamam { $name }: use o nome de usuário ou o ID de usuário.
web-transcripts-no-member = Nenhum membro se chama { $name } neste servidor: use o nome de usuário ou o ID de usuário.
# { $error } é uma das três mensagens acima; { $field } diz a qual filtro ela se refere
# (web-transcripts-field-…).
web-transcripts-filter-error = { $error } ({ $field })
web-transcripts-field-opener = o solicitante
web-transcripts-field-closer = fechado por
web-transcripts-field-claimed = assumido por
web-transcripts-bad-number = { $value } não é um número de ticket.
# A data de exemplo fica como está (ano-mês-dia).
web-transcripts-bad-from = A data inicial deve ser uma data como 2026-01-31.
web-transcripts-bad-to = A data final deve ser uma data como 2026-01-31.
web-transcripts-bad-panel = Escolha um painel da lista.
web-transcripts-bad-rating = A avaliação deve ser de 1 a 5 estrelas.

## As estatísticas de um servidor

web-stats-title = Estatísticas
# { $when } é uma data e hora.
web-stats-as-of = Dados de { $when } UTC. Os dias são dias UTC; os tempos de primeira resposta são conhecidos para os tickets abertos desde que o ticketbox passou a acompanhar a atividade dos tickets.
# Os números no topo.
web-stats-open = Tickets abertos
web-stats-total = Total de tickets
web-stats-opened-week = Abertos em 7 dias
web-stats-opened-month = Abertos em 30 dias
web-stats-average-rating = Avaliação média
# { $average } é um número com uma casa decimal, como 4.5.
web-stats-rating-out-of-5 = { $average } / 5
# Também um título.
web-stats-ratings = Avaliações
web-stats-times = Resposta e resolução
web-stats-last-7-days = Últimos 7 dias
# Também um título.
web-stats-last-30-days = Últimos 30 dias
web-stats-all-time = Desde o início
# Linhas da tabela de resposta e resolução, e colunas da tabela por dia.
web-stats-first-response = Primeira resposta
web-stats-resolution = Resolução
# Durações sobre alguns tickets: { $average } e { $median } são durações como 2h 5m,
# { $count } sobre quantos tickets foram medidas.
web-stats-spread = média de { $average } · mediana de { $median } ({ $count })
web-stats-no-data = ainda sem dados
# { $average } é um número com uma casa decimal, como 4.5; { $count } quantas avaliações.
web-stats-rating = { $average } / 5 ({ $count })
web-stats-no-ratings = ainda sem avaliações
web-stats-response-time = Tempo da primeira resposta
web-stats-resolution-time = Tempo de resolução
web-stats-days-table = Os últimos 30 dias em tabela
web-stats-col-day = Dia
web-stats-col-opened = Abertos
web-stats-col-closed = Fechados
web-stats-staff = Equipe
web-stats-no-staff = Ainda não há atividade da equipe.
web-stats-col-member = Membro
web-stats-col-claimed = Assumidos
web-stats-col-answered = Respondidos
web-stats-col-their-response = Primeira resposta do membro
web-stats-col-claimed-rating = Avaliação dos tickets assumidos
# Os gráficos, descritos para leitores de tela; { $count } é o número de dias (30).
web-stats-chart-activity = { $count ->
        [one] Tickets abertos e fechados por dia no último dia
       *[other] Tickets abertos e fechados por dia nos últimos { $count } dias
    }
web-stats-chart-response = { $count ->
        [one] Tempo da primeira resposta por dia no último dia (mediana e média)
       *[other] Tempo da primeira resposta por dia nos últimos { $count } dias (mediana e média)
    }
web-stats-chart-resolution = { $count ->
        [one] Tempo de resolução por dia no último dia (mediana e média)
       *[other] Tempo de resolução por dia nos últimos { $count } dias (mediana e média)
    }
web-stats-chart-ratings = Quantas avaliações deram cada número de estrelas
# As séries dos gráficos, nas legendas e dicas.
web-stats-series-opened = abertos
web-stats-series-closed = fechados
web-stats-series-median = mediana
web-stats-series-average = média

## Gráficos

# A dica de uma barra ou ponto: { $slot } é o dia (como 01-31), { $series } o nome de uma série
# (web-stats-series-…), { $value } o número dela.
web-chart-point = { $slot }: { $series } { $value }
# A dica de uma barra no gráfico de avaliações: { $name } é a linha (como 4 ★), { $value } a contagem.
web-chart-bar = { $name }: { $value }

## Registro de auditoria

web-audit-title = Registro de auditoria
web-audit-intro = Todas as alterações feitas neste painel de controle: quem, o quê e quando (UTC).
web-audit-none = Nenhuma alteração ainda.
# Cabeçalhos das colunas. Os itens em si são registrados em inglês.
web-audit-col-when = Quando
web-audit-col-who = Quem
web-audit-col-what = O quê
web-audit-col-detail = Detalhes

web-setup-err-token-missing = Cole o token do bot.
web-setup-err-token-shape = Isso não parece um token de bot: copie de novo, sem espaços.
web-setup-err-client-id = O ID do cliente é um número (OAuth2 → Client ID).
web-setup-err-secret-shape = Isso não parece um segredo de cliente: copie de novo, sem espaços.
web-setup-err-bad-token = O Discord recusou este token de bot. Copie-o de novo no Developer Portal (seu aplicativo → Bot → Reset Token).
web-setup-err-unreachable = Não foi possível contatar o Discord para verificar o token ({ $error }). Verifique o acesso à internet desta máquina e tente de novo.
web-setup-err-save = Não foi possível salvar as configurações no diretório de dados. O log diz por quê.
web-bot-failed-intents = O Discord recusou os intents do gateway (código de fechamento 4014): abra o Discord Developer Portal → seu aplicativo → Bot → Privileged Gateway Intents, ative SERVER MEMBERS INTENT e MESSAGE CONTENT INTENT, salve e reinicie o ticketbox
web-bot-failed-token = O Discord recusou o token do bot (código de fechamento 4004): copie um token novo do Developer Portal (Bot → Reset Token) para discord.token e reinicie o ticketbox
web-bot-failed-client = não é possível criar o cliente do Discord: { $error }
web-bot-failed-connection = a conexão com o Discord falhou: { $error }
web-bot-failed-runtime = não é possível iniciar a thread da conexão com o Discord: { $error }
web-bot-failed-thread = a thread da conexão com o Discord terminou inesperadamente

web-operator-request-not-open = O pedido nº { $id } não está aberto.
web-operator-refuse-reason-length = Motivo: de 1 a 500 caracteres; ele é enviado a quem fez o pedido.
web-operator-request-export = exportação
web-operator-request-delete = remoção
web-operator-request-open = aberto
web-operator-request-approved = aprovado
web-operator-request-done = concluído
web-operator-request-refused = recusado
