# As páginas de configurações do painel de controle: configurações de tickets (com Iniciar
# ticket, permissões e plantão), o embed de boas-vindas, o editor de embed compartilhado por
# painéis, tags e o embed de boas-vindas, a equipe e as equipes de suporte (com a lista de
# bloqueio) e as integrações (português do Brasil). Exibidas ao visitante no idioma dele; o que
# um servidor escreveu (títulos de painéis, nomes de equipes, mensagens de boas-vindas) nunca é
# traduzido. Palavras entre sinais de porcentagem (%user%, %ticket_id%) e comandos de barra
# (/claim, /on-call) são digitados como estão: ficam iguais.

## Configurações de tickets: a página e o primeiro formulário

web-settings-title = Configurações
web-settings-heading = Configurações de tickets

# Em que idioma o bot fala no servidor (não o idioma do painel de controle).
web-settings-language = Idioma
web-settings-language-label = O idioma do bot neste servidor
web-settings-language-hint = mensagens de boas-vindas e de fechamento, botões, registros; o que você mesmo escreve nunca é traduzido
# A opção "nenhum idioma definido": { $language } é o nome, no próprio idioma, do idioma do
# servidor no Discord (como "Deutsch").
web-settings-language-discord = Idioma do servidor no Discord ({ $language })
web-settings-member-language = Responder a cada membro em particular no próprio idioma do Discord dele

web-settings-where = Onde os tickets ficam
web-settings-ticket-category = Categoria de tickets
# "Tickets" é o nome da categoria de canais que o bot cria.
web-settings-ticket-category-none = Criar "Tickets" no primeiro uso
web-settings-overflow-category = Categoria de excedente
web-settings-overflow-category-hint = usada quando a categoria de tickets está cheia (50 canais)
web-settings-overflow-category-none = Criar uma quando necessário
web-settings-log-channel = Canal de registro
web-settings-log-channel-hint = tickets fechados e os links das transcrições
web-settings-log-channel-none = Nenhum canal de registro
web-settings-use-threads = Abrir tickets como tópicos privados em vez de canais
web-settings-thread-notification = Canal de notificação de tópicos
web-settings-thread-notification-hint = onde a equipe é avisada sobre novos tickets em tópico
web-settings-thread-notification-none = Nenhum
web-settings-thread-archive = Arquivar um tópico de ticket inativo após
# As opções da configuração acima (1 ou 24 horas, 3 ou 7 dias).
web-settings-thread-archive-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
web-settings-thread-archive-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
# Um canal citado numa configuração que o bot não consegue ver (excluído, ou ainda não
# carregado); exibido depois de um "#". { $id } é o ID dele no Discord.
web-settings-unknown-channel = canal desconhecido { $id }

web-settings-opening = Abertura
web-settings-ticket-limit = Tickets abertos por membro
web-settings-ticket-limit-hint = 1–100; a equipe não está sujeita ao limite
web-settings-open-cap = Tickets abertos no servidor inteiro
web-settings-open-cap-hint = de qualquer membro; vazio para sem limite; a equipe não está sujeita ao limite
web-settings-naming = Nomes dos canais
web-settings-welcome = Mensagem de boas-vindas
# %user%, %ticket_id% e %server% são digitados como estão.
web-settings-welcome-hint = vazio para a padrão; %user%, %ticket_id%, %server% e outras variáveis funcionam
# Seguido de um link para a página do embed de boas-vindas ("Embed de boas-vindas") e um ponto final.
web-settings-welcome-embed = O embed dela (título, imagens, rodapé, campos):

web-settings-claiming = Assumir e fechar
web-settings-claim-support-can-view = O resto da equipe de suporte continua vendo os tickets assumidos
web-settings-claim-support-can-type = O resto da equipe de suporte ainda pode escrever nos tickets assumidos
web-settings-users-can-close = Os solicitantes podem fechar os próprios tickets
# "Fechar", "Fechar com motivo" e "Assumir" são os botões da mensagem de boas-vindas de um ticket.
web-settings-close-confirmation = O botão Fechar pede confirmação
web-settings-dm-on-close = Enviar ao solicitante um resumo por MD quando o ticket dele for fechado
web-settings-feedback = Pedir ao solicitante, por MD, que avalie o ticket depois do fechamento (se ele escreveu no ticket e não é da equipe)
web-settings-hide-close = Ocultar o botão Fechar nos novos tickets
web-settings-hide-close-with-reason = Ocultar o botão Fechar com motivo
# Seguido de "(/claim continua funcionando)", montado com web-settings-hide-claim-command.
web-settings-hide-claim = Ocultar o botão Assumir
# Exibido entre parênteses depois do comando /claim: "(/claim continua funcionando)".
web-settings-hide-claim-command = continua funcionando
# Seguido de "(/open para a equipe)", montado com web-settings-disable-open-command.
web-settings-disable-open = Os membros só abrem tickets pelos painéis
# Exibido entre parênteses depois do comando /open: "(/open para a equipe)".
web-settings-disable-open-command = para a equipe
web-settings-no-transcripts = Não guardar transcrições (os tickets continuam sendo fechados e registrados)

web-settings-autoclose = Fechamento automático
web-settings-autoclose-enabled = Fechar tickets automaticamente pelas regras abaixo
web-settings-autoclose-no-response = Sem resposta do solicitante desde a abertura
# 30m, 12h e 3d são digitados como estão (minutos, horas, dias).
web-settings-autoclose-no-response-hint = como 30m, 12h ou 3d; vazio: desativado
web-settings-autoclose-since-last = Sem resposta do solicitante desde a última mensagem da equipe
web-settings-autoclose-since-last-hint = vazio: desativado
web-settings-autoclose-on-leave = Fechar quando o solicitante sair do servidor
web-settings-autoclose-warning = Avisar com esta antecedência antes de fechar
web-settings-autoclose-warning-hint = vazio: sem aviso; menor que todas as regras
web-settings-save-settings = Salvar configurações

# Por que o formulário não foi salvo.
web-settings-pick-ticket-category = Escolha a categoria de tickets da lista.
web-settings-pick-overflow-category = Escolha a categoria de excedente da lista.
web-settings-pick-log-channel = Escolha o canal de registro da lista.
web-settings-pick-notification-channel = Escolha o canal de notificação da lista.
web-settings-pick-language = Escolha o idioma da lista.
web-settings-ticket-limit-number = O limite de tickets deve ser um número entre 1 e 100.

## Configurações de tickets: o segundo formulário (Iniciar ticket, permissões, plantão)

web-settings-access-heading = Iniciar ticket, permissões e plantão
# "Iniciar ticket" é o nome do item do bot no menu de mensagem do Discord (Apps).
web-settings-start-ticket = Menu de mensagem "Iniciar ticket"
web-settings-start-ticket-level = Quem pode usar
web-settings-level-everyone = Todos
web-settings-level-support = Equipe de suporte e administradores
web-settings-level-admin = Administradores
web-settings-start-ticket-add-author = Adicionar o autor da mensagem ao ticket
web-settings-start-ticket-panel = Painel usado pelos tickets dele
web-settings-start-ticket-panel-hint = categoria, equipe, boas-vindas, formulário
web-settings-start-ticket-no-panel = Nenhum painel (as configurações do servidor)

web-settings-permissions = Permissões dos tickets
web-settings-permissions-hint = nos canais de ticket; desmarcado é negado
# Cabeçalhos das colunas: para quem é a permissão.
web-settings-permissions-opener = Solicitante
web-settings-permissions-support = Equipe de suporte
# Lido por leitores de tela para cada caixa; { $permission } é uma das permissões abaixo
# (como "anexar arquivos").
web-settings-opener-may = O solicitante pode { $permission }
web-settings-support-may = A equipe de suporte pode { $permission }
# O que um membro pode fazer num canal de ticket (as permissões do Discord), em minúsculas.
web-settings-permission-attach-files = anexar arquivos
web-settings-permission-embed-links = inserir links
web-settings-permission-add-reactions = adicionar reações
web-settings-permission-external-emoji = usar emojis externos
web-settings-permission-external-stickers = usar figurinhas externas
web-settings-permission-voice-messages = enviar mensagens de voz

web-settings-on-call = Plantão (tickets em tópico)
web-settings-on-call-role = Cargo de plantão
# A dica depois de "Cargo de plantão", em volta do comando /on-call: "a equipe usa /on-call
# para recebê-lo; …".
web-settings-on-call-role-hint-before = a equipe usa
web-settings-on-call-role-hint-after = para recebê-lo; os novos tickets em tópico adicionam quem está de plantão. Ele precisa ficar abaixo do cargo mais alto do ticketbox.
# /on-call é um comando, digitado como está.
web-settings-on-call-role-none = Criado pelo ticketbox no primeiro /on-call
web-settings-save = Salvar

# Por que o segundo formulário não foi salvo.
web-settings-start-ticket-level-invalid = Iniciar ticket, usado por: escolha todos, equipe de suporte ou administradores.
web-settings-start-ticket-panel-invalid = Iniciar ticket, painel: escolha um dos painéis deste servidor.
web-settings-on-call-role-invalid = Cargo de plantão: escolha um cargo da lista.

## Embed de boas-vindas

web-welcome-title = Embed de boas-vindas
# O link de volta para a página de configurações.
web-welcome-settings = Configurações
# %user%, %ticket_id% e %server% são digitados como estão.
web-welcome-intro = O embed em volta da mensagem de boas-vindas do servidor, para os tickets cujo painel não define um (o embed próprio de um painel fica no editor de painel). Variáveis como %user%, %ticket_id% e %server% funcionam em todos os textos.
web-welcome-legend = Embed
web-welcome-save = Salvar embed de boas-vindas
web-welcome-preview = Prévia
web-welcome-preview-note = Prévia (variáveis como foram digitadas)
web-welcome-images-note = As imagens só são indicadas, não carregadas: o painel de controle não solicita nada de outros sites.

## O editor de embed (embeds de boas-vindas, painéis, tags) e a prévia dele

web-embed-title = Título
# %ticket_id% é digitado como está.
web-embed-title-hint = variáveis funcionam; vazio para "Ticket #%ticket_id%"
web-embed-colour = Cor
# #rrggbb: uma cor digitada em hexadecimal, como #5865f2.
web-embed-colour-hint = #rrggbb; vazio para a do painel
web-embed-url = Link do título
web-embed-author = Autor
web-embed-author-icon = Ícone do autor
web-embed-icon-hint = URL da imagem
web-embed-author-url = Link do autor
web-embed-image = Imagem
web-embed-image-hint = grande, abaixo do texto
web-embed-thumbnail = Miniatura
web-embed-thumbnail-hint = pequena, no canto superior direito
web-embed-footer = Rodapé
web-embed-footer-icon = Ícone do rodapé
web-embed-timestamp = Mostrar o horário de envio
# "Remover" é o cabeçalho da última coluna (web-embed-remove).
web-embed-fields-caption = Campos (até 25): altere os números de ordem para reordenar, marque Remover para tirar um campo, preencha uma linha em branco para adicionar um.
# Cabeçalhos das colunas da tabela de campos.
web-embed-order = Ordem
web-embed-name = Nome
web-embed-value = Valor
web-embed-inline = Em linha
web-embed-remove = Remover
# Lido por leitores de tela; { $number } é o número da linha.
web-embed-field-order = Ordem do campo { $number }
web-embed-field-name = Nome do campo { $number }
web-embed-field-value = Valor do campo { $number }
web-embed-field-inline = Campo { $number } em linha
web-embed-field-remove = Remover o campo { $number }
# A prévia indica as imagens em vez de carregá-las; { $host } é o nome de um site.
web-embed-preview-thumbnail = miniatura
web-embed-preview-links-to = link para { $host }
web-embed-preview-image = imagem de { $host }
web-embed-preview-time = o horário de envio
# Por que um embed não foi salvo.
web-embed-colour-invalid = Cor do embed: uma cor hexadecimal como #5865F2.
web-embed-order-invalid = Campo { $number } do embed: a ordem é um número.

## Equipe e equipes de suporte

web-staff-title = Equipe e equipes de suporte
web-staff-role = Cargo
# Entre a lista de cargos e o campo de membro: escolha um cargo ou digite um membro.
web-staff-or = ou
web-staff-member = Membro
web-staff-member-placeholder = nome de usuário ou ID de usuário
# O botão "×" depois de um item, lido por leitores de tela.
web-staff-remove = Remover
web-staff-intro = O dono do servidor e os membros com a permissão Administrador são sempre administradores.
web-staff-admins = Administradores
web-staff-no-admins = Nenhum membro ou cargo administrador.
web-staff-support = Suporte
web-staff-no-support = Nenhum membro ou cargo de suporte.
# Antes da lista de níveis: adicionar (cargo ou membro) como Suporte ou Administrador.
web-staff-as = como
web-staff-level-support = Suporte
web-staff-level-admin = Administrador
web-staff-add = Adicionar
web-staff-teams = Equipes de suporte
web-staff-teams-intro = Um painel com equipes é atendido só por essas equipes; os membros delas fazem parte da equipe de suporte.
web-staff-no-members = Nenhum membro.
web-staff-add-to-team = Adicionar à equipe
web-staff-delete-team-confirm = Excluir esta equipe? Os painéis dela passarão a ser atendidos por toda a equipe de suporte.
web-staff-delete-team = Excluir equipe
web-staff-new-team = Nova equipe
# Um nome de equipe de exemplo, exibido no campo vazio.
web-staff-new-team-placeholder = Cobrança
web-staff-create = Criar
web-staff-blacklist = Lista de bloqueio
web-staff-blacklist-intro = Membros e cargos na lista de bloqueio não podem abrir tickets. Membros da equipe não podem ser bloqueados.
web-staff-nobody-blacklisted = Ninguém está na lista de bloqueio.
web-staff-reason = Motivo
web-staff-reason-placeholder = opcional, visível para a equipe
# O botão que adiciona à lista de bloqueio.
web-staff-blacklist-button = Bloquear
# Um cargo que não existe mais; { $id } é o ID dele no Discord.
web-staff-deleted-role = @cargo excluído { $id }
# Por que uma alteração não foi feita.
web-staff-unknown-action = Ação desconhecida.
web-staff-unknown-entry = Item desconhecido.
web-staff-roles-unavailable = A lista de cargos não está disponível no momento.
web-staff-pick-role = Escolha um cargo da lista.
web-staff-role-or-member = Escolha um cargo ou digite o nome de um membro, um dos dois.
web-staff-pick-level = Escolha administrador ou suporte.
web-staff-own-admin = Você não pode remover a sua própria entrada de administrador aqui; peça a outro administrador.
web-staff-team-name = O nome de uma equipe deve ter de 1 a 100 caracteres.
web-staff-staff-not-blacklisted = Membros da equipe não podem ser bloqueados.
web-staff-already-blacklisted = Já está na lista de bloqueio.
web-staff-no-such-team = Essa equipe não existe (mais).

## Integrações

web-integrations-title = Integrações
web-integrations-intro = As integrações acrescentam informações de outros serviços à mensagem de boas-vindas dos novos tickets. Nada é enviado a lugar nenhum a menos que você ative aqui, e uma integração só é chamada quando a mensagem de boas-vindas usa uma das variáveis dela. Cada chamada fica no registro de auditoria.
# Seguido dos nomes das variáveis (%roblox_username%, …) e de um ponto final.
web-integrations-roblox-intro = Envia o ID de usuário do Discord do solicitante (e o ID deste servidor) ao provedor e depois consulta no Roblox a conta indicada.
web-integrations-roblox-placeholders = Variáveis:
web-integrations-roblox-enabled = Procurar os solicitantes no Roblox
# Qual provedor é consultado primeiro (Bloxlink ou RoVer).
web-integrations-roblox-first = Consultar primeiro
web-integrations-bloxlink-key = Chave de API do Bloxlink
web-integrations-rover-key = Chave de API do RoVer
web-integrations-key-saved = salva; digite uma nova para substituí-la
web-integrations-key-not-set = não definida
web-integrations-save = Salvar
web-integrations-own = Integrações deste servidor
web-integrations-new = Nova integração
web-integrations-none-yet = Nenhuma ainda.
web-integrations-public = Integrações públicas
web-integrations-public-intro = Criadas por outros servidores neste ticketbox e compartilhadas pelos operadores dele. Leia o que cada uma recebe e a política de privacidade dela antes de ativá-la.
web-integrations-none = Nenhuma.
# Selos depois do nome de uma integração.
web-integrations-badge-enabled = ativada
web-integrations-badge-public = pública
web-integrations-image = Imagem (não carregada aqui): { $url }
# { $data }: o que a integração recebe, como "o ID de usuário do Discord do solicitante"
# (vários separados por "; "), ou web-integrations-receives-nothing.
web-integrations-receives = Recebe: { $data }.
web-integrations-receives-nothing = nada do Discord
web-integrations-privacy-policy = Política de privacidade
web-integrations-no-privacy-policy = Nenhuma política de privacidade informada.
web-integrations-last-error = A última chamada falhou: { $error }
# { $error }: por quê (muitas vezes em inglês); { $time }: uma data e hora.
web-integrations-error-at = { $error } ({ $time } UTC)
web-integrations-disable = Desativar
web-integrations-enable = Ativar
web-integrations-edit = Editar
web-integrations-delete-confirm = Excluir esta integração? Os servidores que a ativaram vão perdê-la.
web-integrations-delete = Excluir
web-integrations-make-private = Tornar privada
# Só os operadores do ticketbox veem este botão.
web-integrations-make-public = Tornar pública (operador)

# O editor.
web-integrations-edit-title = Editar integração
# { $name }: o nome da integração.
web-integrations-edit-heading = Editar { $name }
web-integrations-edit-intro = Quando um ticket é aberto e a mensagem de boas-vindas usa uma das variáveis desta integração, o ticketbox envia esta requisição e lê as variáveis da resposta JSON (no máximo 64 KiB, dentro do tempo limite; caso contrário, usa o valor padrão de cada variável).
# Seguido das variáveis que uma requisição pode usar: "%user_id%, %guild_id%, …, %secret:NAME%
# e %form:question%", depois web-integrations-edit-form-answer.
web-integrations-edit-can-use = Uma requisição pode usar
# Antes da última das variáveis listadas.
web-integrations-edit-and = e
# Depois de %form:question%: o que ela representa.
web-integrations-edit-form-answer = (a resposta do solicitante a uma pergunta de texto ou de escolha).
web-integrations-edit-public-only = Só endereços públicos podem ser chamados.
web-integrations-about = Sobre
web-integrations-name = Nome
web-integrations-description = Descrição
web-integrations-image-url = URL da imagem
web-integrations-optional = opcional
web-integrations-privacy-url = URL da política de privacidade
web-integrations-privacy-url-hint = exibida aos servidores que a adicionarem
# A requisição HTTP que a integração envia.
web-integrations-request = Requisição
web-integrations-method = Método
web-integrations-url = URL
web-integrations-body = Corpo JSON
web-integrations-body-hint = só POST; variáveis entre aspas
web-integrations-timeout = Tempo limite em segundos
# Cabeçalhos HTTP.
web-integrations-headers = Cabeçalhos
web-integrations-up-to-5 = até 5
web-integrations-value = Valor
# Lido por leitores de tela; { $number } é o número da linha.
web-integrations-header-name = Nome do cabeçalho { $number }
web-integrations-header-value = Valor do cabeçalho { $number }
web-integrations-secrets = Segredos
# %secret:NAME% é digitado como está (NAME: o nome do segredo).
web-integrations-secrets-hint = até 5; usados como %secret:NAME%; nunca são exibidos de novo — deixe um valor vazio para mantê-lo
web-integrations-secret-name = Nome do segredo { $number }
web-integrations-secret-value = Valor do segredo { $number }
# Exibido no campo vazio de um segredo cujo valor está guardado.
web-integrations-secret-saved = salvo
web-integrations-placeholders = Variáveis
# %name% representa o nome da variável como escrito na mensagem de boas-vindas.
web-integrations-placeholders-hint = até 15: %name% na mensagem de boas-vindas, lida da resposta
web-integrations-json-path = Caminho JSON
web-integrations-fallback = Valor padrão
web-integrations-placeholder-name = Variável { $number }
web-integrations-placeholder-path = Caminho { $number }
web-integrations-placeholder-fallback = Valor padrão { $number }
web-integrations-save-integration = Salvar integração
web-integrations-cancel = Cancelar
# Por que uma alteração não foi feita.
web-integrations-not-found = Esta integração não existe (mais).
# { $name }: o nome do segredo.
web-integrations-secret-too-long = Segredo { $name }: no máximo 1.000 caracteres.
web-integrations-unknown = Integração desconhecida.
web-integrations-operators-only = Só os operadores deste ticketbox podem tornar uma integração pública.
web-integrations-unknown-action = Ação desconhecida.
web-integrations-pick-first = Primeiro provedor: escolha Bloxlink ou RoVer.
