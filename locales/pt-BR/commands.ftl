# Comandos de barra: descrições, descrições de opções (.opt-<option>) e nomes de escolhas
# (.opt-<option>-choice-<name>); comandos de menu de contexto: o nome.
# Gerado a partir dos comentários de documentação dos comandos: não edite (veja README: Languages).

cmd-help = Lista os comandos do ticketbox.

cmd-open = Abre um ticket de suporte.
    .opt-subject = Assunto do ticket

cmd-start_ticket = Iniciar ticket

cmd-open_for_user = Abrir ticket para usuário

cmd-close = Fecha este ticket.
    .opt-reason = Motivo do fechamento

cmd-closerequest = Pede ao solicitante que feche este ticket, podendo fechá-lo após um prazo.
    .opt-delay = Fechar automaticamente após esta quantidade de horas sem resposta
    .opt-reason = Por que o ticket deve ser fechado

cmd-reopen = Reabre um ticket fechado no modo tópico.
    .opt-ticket = Número do ticket

cmd-claim = Assume este ticket: a partir de agora, ele fica com você.

cmd-unclaim = Deixa de assumir este ticket.

cmd-transfer = Passa este ticket para outro membro da equipe.
    .opt-user = Membro da equipe que vai assumir

cmd-add = Adiciona um usuário ou cargo a este ticket.
    .opt-user = Usuário a adicionar
    .opt-role = Cargo a adicionar

cmd-remove = Remove um usuário ou cargo deste ticket.
    .opt-user = Usuário a remover
    .opt-role = Cargo a remover

cmd-rename = Renomeia o canal deste ticket.
    .opt-name = Novo nome

cmd-jumptotop = Mostra um link para o início deste ticket.

cmd-notes = Abre (ou entra no) tópico privado de notas da equipe deste ticket.

cmd-switchpanel = Move este ticket para outro painel (as equipes de suporte mudam junto).
    .opt-panel = Título do painel

cmd-addadmin = Torna um usuário ou cargo administrador de tickets.
    .opt-user = Um usuário
    .opt-role = Um cargo

cmd-removeadmin = Remove um administrador de tickets.
    .opt-user = Um usuário
    .opt-role = Um cargo

cmd-addsupport = Adiciona um usuário ou cargo à equipe de suporte.
    .opt-user = Um usuário
    .opt-role = Um cargo

cmd-removesupport = Remove alguém da equipe de suporte.
    .opt-user = Um usuário
    .opt-role = Um cargo

cmd-viewstaff = Lista os administradores de tickets e a equipe de suporte deste servidor.
    .opt-page = Número da página

cmd-blacklist = Impede um usuário ou cargo de abrir tickets, ou remove o bloqueio.
    .opt-user = Um usuário
    .opt-role = Um cargo
    .opt-reason = Motivo (visível para a equipe; fica salvo junto ao bloqueio)

cmd-setup = Configurações de tickets deste servidor.

cmd-setup-auto = Cria uma categoria de tickets e um canal de registro privado, e passa a usá-los.

cmd-setup-limit = Quantos tickets um membro pode ter abertos ao mesmo tempo e quantos o servidor aceita no total.
    .opt-limit = Tickets abertos por membro, de 1 a 100
    .opt-server_total = Tickets abertos em todo o servidor, de 1 a 10000 (0 remove o limite)

cmd-setup-transcripts = Onde os tickets fechados são registrados.
    .opt-channel = Canal de registro

cmd-setup-use-threads = Abre os tickets como tópicos privados em vez de canais.
    .opt-enabled = Usar tópicos privados
    .opt-notification_channel = Onde a equipe é avisada sobre novos tickets
    .opt-archive_after = Arquivar um tópico de ticket inativo após (opções do Discord)
    .opt-archive_after-choice-1h = 1 h
    .opt-archive_after-choice-24h = 24 h
    .opt-archive_after-choice-3d = 3 dias
    .opt-archive_after-choice-7d = 7 dias

cmd-setup-users-can-close = Define se os solicitantes podem fechar os próprios tickets.
    .opt-enabled = Permitir que solicitantes fechem seus tickets

cmd-setup-close-confirmation = Define se o botão Fechar pede confirmação.
    .opt-enabled = Pedir confirmação antes de fechar

cmd-setup-naming = Padrão de nomes dos canais de ticket (%id%, %id_padded%, %username%, %nickname%, %claimed%).
    .opt-scheme = ex.: ticket-%id% ou %username%-%id_padded%

cmd-setup-welcome = A mensagem de boas-vindas padrão (aceita variáveis como %user% e %ticket_id%).
    .opt-message = A mensagem; deixe vazio para restaurar a padrão

cmd-setup-claim = O que o resto da equipe de suporte pode fazer quando um ticket é assumido.
    .opt-support_can_view = O resto da equipe de suporte continua vendo os tickets assumidos
    .opt-support_can_type = O resto da equipe de suporte ainda pode escrever nos tickets assumidos

cmd-setup-feedback = Pede ao solicitante, por MD, que avalie o ticket depois que ele for fechado.
    .opt-enabled = Define se os solicitantes recebem um pedido de avaliação

cmd-setup-buttons = Botões exibidos na mensagem de boas-vindas dos novos tickets (os comandos funcionam sempre).
    .opt-claim = Mostrar o botão Assumir
    .opt-close = Mostrar o botão Fechar
    .opt-close_with_reason = Mostrar o botão Fechar com motivo

cmd-setup-store-transcripts = Guardar ou não a transcrição dos tickets fechados (desativado: são registrados sem ela).
    .opt-enabled = Guardar a transcrição de cada ticket fechado

cmd-setup-open-command = Define se membros podem abrir tickets com /open (desativado: só por painéis; a equipe sempre pode).
    .opt-enabled = Membros podem usar /open

cmd-setup-start-ticket = O menu de mensagem Iniciar ticket: quem pode usar, incluir o autor, o painel.
    .opt-level = Quem pode usar
    .opt-level-choice-everyone = todos
    .opt-level-choice-support-staff = equipe de suporte
    .opt-level-choice-admins = administradores
    .opt-add_author = Adicionar o autor da mensagem ao ticket
    .opt-panel = Abrir os tickets por este painel (categoria, equipe, boas-vindas)
    .opt-no_panel = Abrir os tickets sem painel

cmd-setup-permissions = O que solicitantes ou a equipe de suporte podem fazer nos canais de ticket (desativado: negado).
    .opt-who = Permissões de quem
    .opt-who-choice-the-opener = o solicitante
    .opt-who-choice-support-staff = equipe de suporte
    .opt-attach_files = Anexar arquivos
    .opt-embed_links = Inserir links
    .opt-add_reactions = Adicionar reações
    .opt-external_emoji = Usar emojis externos
    .opt-external_stickers = Usar figurinhas externas
    .opt-voice_messages = Enviar mensagens de voz

cmd-setup-on-call = O cargo de plantão: escolha um, ou omita para o ticketbox criar um no próximo /on-call.
    .opt-role = O cargo usado pela equipe de plantão (vazio: o ticketbox cria um)

cmd-setup-show = Mostra todas as configurações deste servidor.

cmd-autoclose = Fecha automaticamente os tickets que ninguém responde.

cmd-autoclose-configure = Define as regras de fechamento automático. Durações como 30m, 12h ou 3d; "off" desativa uma regra.
    .opt-enabled = Define se os tickets são fechados automaticamente
    .opt-no_response = Fechar se o solicitante não escreveu nada desde a abertura por este tempo
    .opt-since_last_message = Fechar se a equipe escreveu por último e o solicitante não responde por este tempo
    .opt-on_leave = Fechar quando o solicitante sai do servidor
    .opt-warning = Enviar um aviso este tempo antes de fechar (desativado por padrão)

cmd-autoclose-exclude = Exclui este ticket do fechamento automático, ou o inclui de novo.

cmd-autoclose-show = Mostra as regras de fechamento automático.

cmd-stats = Estatísticas de tickets.

cmd-stats-server = Estatísticas de tickets deste servidor.

cmd-stats-user = Estatísticas de tickets de um membro da equipe.
    .opt-user = O membro da equipe

cmd-panel = Gerencia os painéis de tickets.

cmd-panel-create = Cria um painel.
    .opt-title = Título (único neste servidor)
    .opt-text = Texto do painel (\n para nova linha)
    .opt-colour = Cor, ex.: #5865F2
    .opt-button_label = Texto do botão
    .opt-emoji = Emoji do botão
    .opt-style = primary, secondary, success ou danger
    .opt-category = Categoria dos tickets dele
    .opt-naming = Padrão de nomes dos tickets dele
    .opt-welcome = Mensagem de boas-vindas dos tickets dele
    .opt-support_role = Cargo da equipe de suporte: só ele atende estes tickets
    .opt-mention_role = Cargo a mencionar nos novos tickets
    .opt-mention_opener = Mencionar o solicitante na mensagem de boas-vindas
    .opt-mention_here = Mencionar @here (a equipe do ticket) na mensagem de boas-vindas
    .opt-threads = Abrir estes tickets como tópicos privados
    .opt-limit = Tickets abertos por membro neste painel
    .opt-cooldown_minutes = Minutos que um membro espera entre tickets deste painel
    .opt-open_cap = Total de tickets abertos neste painel, de qualquer membro (0: sem limite)
    .opt-form = Um formulário (veja /form) respondido antes de o ticket abrir
    .opt-exit_survey = Formulário que o solicitante pode responder após avaliar o ticket ("Conte mais")
    .opt-awaiting_category = Categoria para tickets aguardando o solicitante (modo canal)

cmd-panel-edit = Altera um painel (só as opções informadas).
    .opt-title = Título atual do painel
    .opt-new_title = Novo título
    .opt-text = Texto do painel
    .opt-colour = Cor, ex.: #5865F2
    .opt-button_label = Texto do botão
    .opt-emoji = Emoji do botão (vazio para remover)
    .opt-style = primary, secondary, success ou danger
    .opt-category = Categoria dos tickets dele
    .opt-naming = Padrão de nomes (vazio para usar o do servidor)
    .opt-welcome = Mensagem de boas-vindas (vazio para usar a do servidor)
    .opt-support_role = Cargo da equipe de suporte: só ele atende estes tickets
    .opt-mention_opener = Mencionar o solicitante
    .opt-mention_here = Mencionar @here (a equipe do ticket) na mensagem de boas-vindas
    .opt-threads = Abrir como tópicos privados
    .opt-limit = Tickets abertos por membro neste painel
    .opt-cooldown_minutes = Intervalo em minutos
    .opt-open_cap = Total de tickets abertos neste painel, de qualquer membro (0: sem limite)
    .opt-disabled = Desativar o painel
    .opt-form = Um formulário respondido antes de o ticket abrir (vazio para remover)
    .opt-exit_survey = Um formulário após a avaliação ("Conte mais"; vazio para remover)
    .opt-awaiting_category = Categoria para tickets aguardando o solicitante (modo canal)
    .opt-no_awaiting_category = Parar de mover tickets para uma categoria de aguardando resposta

cmd-panel-delete = Exclui um painel (os tickets abertos por ele continuam).
    .opt-title = Título do painel

cmd-panel-list = Lista os painéis deste servidor.

cmd-panel-send = Publica um painel em um canal.
    .opt-title = Título do painel
    .opt-channel = Onde publicar (padrão: aqui)

cmd-panel-embed = Define o embed de um painel: link, autor, imagens, rodapé, campos (`none` limpa uma parte).
    .opt-title = Título do painel
    .opt-which = A mensagem do painel ou a de boas-vindas dos tickets dele
    .opt-which-choice-panel-message = mensagem do painel
    .opt-which-choice-welcome-message = mensagem de boas-vindas
    .opt-heading = Mensagem de boas-vindas: título (aceita variáveis)
    .opt-colour = Mensagem de boas-vindas: cor, #rrggbb
    .opt-url = Link do título (https://…)
    .opt-author = Nome do autor
    .opt-author_icon = Ícone do autor (URL da imagem)
    .opt-author_url = Link do autor
    .opt-image = Imagem grande abaixo do texto (URL da imagem)
    .opt-thumbnail = Imagem pequena no canto superior direito (URL da imagem)
    .opt-footer = Texto do rodapé
    .opt-footer_icon = Ícone do rodapé (URL da imagem)
    .opt-timestamp = Mostrar o horário de envio
    .opt-add_field = Adicionar um campo: nome | valor, ou nome | valor | inline
    .opt-clear_fields = Remover todos os campos antes
    .opt-reset = Começar de um embed vazio

cmd-panel-access = Define quem pode abrir tickets por um painel: vale a primeira regra cujo cargo o membro tem.
    .opt-title = Título do painel
    .opt-role = O cargo (@everyone para todos os outros membros)
    .opt-rule = Permitir ou negar membros com o cargo, ou remover a regra dele
    .opt-rule-choice-allow = permitir
    .opt-rule-choice-deny = negar
    .opt-rule-choice-remove = remover
    .opt-position = Posição na ordem (1 = verificada primeiro; padrão: última)

cmd-panel-hours = Define o horário de atendimento de um painel (informe só o título para vê-lo).
    .opt-title = Título do painel
    .opt-timezone = Fuso horário, ex.: America/Sao_Paulo ou Europe/Lisbon
    .opt-windows = Horários, ex.: mon-fri 09:00-17:00; sat 10:00-14:00
    .opt-holidays = Folgas, ex.: 2026-12-24..2026-12-26 Natal; 2027-01-01
    .opt-outside = Fora do horário
    .opt-outside-choice-refuse-new-tickets = recusar novos tickets
    .opt-outside-choice-open-and-tell-when-staff-are-back = abrir e avisar quando a equipe voltar
    .opt-message = Aviso; %next_open% e %next_open_relative% indicam quando a equipe volta
    .opt-colour = Cor do aviso, #rrggbb
    .opt-remove = Remover o horário: sempre aberto

cmd-panel-log = Onde registrar os tickets fechados de um painel (canal de transcrições por painel do TicketsBot).
    .opt-title = Título do painel
    .opt-channel = Registrar os tickets fechados aqui em vez do canal de registro do servidor
    .opt-server_log = Voltar a usar o canal de registro do servidor

cmd-form = Gerencia formulários.

cmd-form-create = Cria um formulário vazio.
    .opt-title = Título exibido no formulário (1 a 45 caracteres)

cmd-form-add-input = Adiciona uma pergunta a um formulário.
    .opt-form = Título do formulário
    .opt-label = A pergunta (1 a 45 caracteres)
    .opt-kind = O que ela pede (padrão: texto)
    .opt-kind-choice-text = texto
    .opt-kind-choice-choice-options = escolha (opções)
    .opt-kind-choice-member = membro
    .opt-kind-choice-role = cargo
    .opt-kind-choice-member-or-role = membro ou cargo
    .opt-kind-choice-channel = canal
    .opt-description = Exibida abaixo da pergunta
    .opt-style = Texto: short (curto) ou paragraph (parágrafo)
    .opt-required = Resposta obrigatória (padrão: sim)
    .opt-min_length = Texto: tamanho mínimo da resposta
    .opt-max_length = Texto: tamanho máximo da resposta
    .opt-placeholder = Dica exibida no campo vazio
    .opt-options = Escolha: opções separadas por ; cada uma rótulo | descrição | emoji
    .opt-min_picks = Escolha e seletores: mínimo de seleções (padrão: 1)
    .opt-max_picks = Escolha e seletores: máximo de seleções (padrão: 1)
    .opt-channel_types = Canal: tipos oferecidos, ex.: text, voice, thread (padrão: todos)

cmd-form-delete = Exclui um formulário (os painéis que o usam abrem tickets sem perguntas).
    .opt-form = Título do formulário

cmd-form-list = Lista os formulários e suas perguntas.

cmd-multipanel = Gerencia multipainéis.

cmd-multipanel-create = Cria um multipainel a partir de painéis existentes.
    .opt-title = Título (único neste servidor)
    .opt-panels = Títulos dos painéis, separados por vírgulas
    .opt-select_menu = Mostrar um menu de seleção em vez de botões
    .opt-text = Texto da mensagem
    .opt-colour = Cor, ex.: #5865F2

cmd-multipanel-customise = Define o texto do menu, as imagens e o rodapé de um multipainel, e o visual de um item.
    .opt-title = Título do multipainel
    .opt-placeholder = Texto do menu de seleção antes de uma escolha
    .opt-image = Imagem grande (URL da imagem)
    .opt-thumbnail = Imagem pequena no canto superior direito (URL da imagem)
    .opt-footer = Texto do rodapé
    .opt-panel = Um item a alterar: o título do painel
    .opt-label = Rótulo do item aqui (none: o do painel)
    .opt-description = Abaixo do item no menu de seleção (none: o título do painel)
    .opt-emoji = Emoji do item aqui (none: o do painel)

cmd-multipanel-send = Publica um multipainel em um canal.
    .opt-title = Título do multipainel
    .opt-channel = Onde publicar (padrão: aqui)

cmd-multipanel-delete = Exclui um multipainel (os painéis dele continuam).
    .opt-title = Título do multipainel

cmd-multipanel-list = Lista os multipainéis.

cmd-tag = Publica uma resposta salva.
    .opt-name = A tag

cmd-managetags = Gerencia respostas salvas.

cmd-managetags-add = Salva uma tag (substituindo outra de mesmo nome).
    .opt-name = Nome
    .opt-content = Texto (\n para nova linha)

cmd-managetags-embed = Define o embed enviado com uma tag (`none` limpa uma parte).
    .opt-name = A tag
    .opt-title = Título do embed
    .opt-description = Texto do embed (\n para nova linha)
    .opt-colour = Cor, #rrggbb
    .opt-url = Link do título (https://…)
    .opt-image = Imagem grande (URL da imagem)
    .opt-thumbnail = Imagem pequena no canto superior direito (URL da imagem)
    .opt-footer = Texto do rodapé
    .opt-add_field = Adicionar um campo: nome | valor, ou nome | valor | inline
    .opt-remove = Remover o embed

cmd-managetags-delete = Exclui uma tag.
    .opt-name = A tag

cmd-managetags-list = Lista as tags.

cmd-label = Etiquetas nos tickets: adicionar, remover, listar e (administradores) criar, colorir, excluir.

cmd-label-add = Coloca uma etiqueta neste ticket.
    .opt-label = A etiqueta

cmd-label-remove = Tira uma etiqueta deste ticket.
    .opt-label = A etiqueta

cmd-label-list = Lista as etiquetas do servidor (e as deste ticket, se usado dentro de um ticket).

cmd-label-create = Cria uma etiqueta que a equipe pode colocar nos tickets.
    .opt-name = Nome dela
    .opt-colour = Cor, ex.: #5865F2

cmd-label-colour = Muda a cor de uma etiqueta.
    .opt-label = A etiqueta
    .opt-colour = Cor, ex.: #5865F2

cmd-label-delete = Exclui uma etiqueta e a remove de todos os tickets.
    .opt-label = A etiqueta

cmd-language = Define o idioma que o bot usa neste servidor.
    .opt-code = O idioma do bot neste servidor
    .opt-code-choice-english = English
    .opt-code-choice-deutsch = Deutsch
    .opt-code-choice-fran-ais = Français
    .opt-code-choice-espa-ol = Español
    .opt-code-choice-portugu-s-do-brasil = Português do Brasil
    .opt-code-choice-nederlands = Nederlands
    .opt-code-choice-polski = Polski
    .opt-code-choice-t-rk-e = Türkçe
    .opt-code-choice-discord-s-server-language = Idioma do servidor no Discord
    .opt-member_languages = Responder a cada membro, em particular, no próprio idioma do Discord

cmd-on-call = Coloca você de plantão (novos tickets em tópico adicionam você) ou tira do plantão.

cmd-mydata = Seus dados guardados por este ticketbox: peça uma cópia ou a exclusão deles.

cmd-mydata-export = Pede uma cópia de tudo o que este ticketbox guarda sobre você.

cmd-mydata-delete = Pede a exclusão de tudo o que este ticketbox guarda sobre você.
