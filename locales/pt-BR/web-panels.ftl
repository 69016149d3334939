# As páginas de painéis do painel de controle: os painéis e o editor deles, multipainéis,
# formulários, tags e etiquetas, com os motivos pelos quais uma alteração é recusada (português
# do Brasil). Exibidas ao visitante no idioma dele; o que um servidor escreveu (títulos de
# painéis, textos de tags, nomes de etiquetas) nunca é traduzido. Palavras entre sinais de
# %porcentagem%, <:name:id>, @everyone e @here são digitadas ou exibidas exatamente como o
# Discord e o bot as leem: ficam como estão.

## Compartilhado pelas páginas cujo formulário indica uma ação

# Um formulário voltou com uma ação que a página não conhece (uma página antiga ou adulterada).
web-action-unknown = Ação desconhecida.

## Painéis: a lista

web-panels-title = Painéis
web-panels-new = Novo painel
web-panels-empty = Ainda não há painéis. Um painel é uma mensagem com um botão em que os membros clicam para abrir um ticket.
# Um selo ao lado do título de um painel desativado.
web-panels-disabled = desativado
# $channel: o nome do canal como "#nome", ou web-panels-channel-id.
web-panels-posted-in = publicado em { $channel }
# Um canal cujo nome o painel de controle não conhece; $id é o número dele.
web-panels-channel-id = canal { $id }
web-panels-not-posted = ainda não publicado
# O rótulo antes de um seletor de canal; o botão ao lado é web-panels-post.
web-panels-post-in = Publicar em
web-panels-pick-channel = Escolha um canal
web-panels-post = Publicar
web-panels-delete-confirm = Excluir este painel? A mensagem publicada dele deixa de abrir tickets.
web-panels-delete = Excluir

## Painéis: o editor

web-panel-edit = Editar painel
web-panel-new = Novo painel
web-panel-all = Todos os painéis
web-panel-message = A mensagem
web-panel-title = Título
web-panel-title-hint = único neste servidor
web-panel-text = Texto
web-panel-colour = Cor
web-panel-button-label = Texto do botão
web-panel-button-emoji = Emoji do botão
# <:name:id> é como se escreve um emoji próprio do servidor: fica como está.
web-panel-button-emoji-hint = um emoji, ou <:name:id>
web-panel-button-style = Estilo do botão
# As cores de botão do Discord.
web-panel-style-primary = Blurple
web-panel-style-secondary = Cinza
web-panel-style-success = Verde
web-panel-style-danger = Vermelho
web-panel-embed = O embed da mensagem: link, autor, imagens, rodapé, campos
web-panel-tickets = Os tickets dele
web-panel-category = Categoria
web-panel-category-default = A categoria de tickets do servidor
web-panel-awaiting = Categoria de aguardando resposta
web-panel-awaiting-hint = modo canal: os tickets esperam aqui enquanto o solicitante deve uma resposta e voltam quando ele escreve (no máximo uma mudança por ticket a cada 10 minutos)
# Nenhuma categoria de aguardando resposta.
web-panel-awaiting-none = Nenhuma
web-panel-log-channel = Canal de registro
web-panel-log-channel-hint = onde os tickets fechados dele são registrados
web-panel-log-channel-default = O canal de registro do servidor
web-panel-mode = Modo
web-panel-mode-default = Conforme a configuração do servidor
web-panel-mode-channel = Canais
web-panel-mode-thread = Tópicos privados
web-panel-naming = Nomes
# Em Nomes e Mensagem de boas-vindas: um campo vazio usa a configuração do servidor.
web-panel-server-default-hint = vazio para usar a configuração do servidor
# Um nome de canal de exemplo; %id% é substituído pelo número do ticket: fica como está.
web-panel-naming-placeholder = ticket-%id%
web-panel-welcome = Mensagem de boas-vindas
web-panel-welcome-embed-below = O embed da mensagem de boas-vindas fica abaixo das configurações dos tickets; vazio para usar o do servidor.
web-panel-teams = Equipes de suporte
web-panel-teams-hint = nenhuma: toda a equipe de suporte atende estes tickets
web-panel-mention-roles = Cargos a mencionar nos novos tickets
web-panel-mention-opener = Mencionar o solicitante
# @here é a menção do Discord: fica como está.
web-panel-mention-here = Mencionar @here (todos que podem ver o ticket: a equipe dele)
web-panel-form = Formulário respondido antes da abertura
web-panel-form-none = Nenhum formulário
web-panel-exit-survey = Pesquisa pós-atendimento
# "Conte mais" é o botão que o bot mostra abaixo da mensagem de avaliação.
web-panel-exit-survey-hint = feita depois que o solicitante avalia um ticket ("Conte mais"); exige a avaliação ativada nas Configurações
web-panel-exit-survey-none = Nenhuma pesquisa pós-atendimento
web-panel-ticket-limit = Tickets abertos por membro por este painel
web-panel-ticket-limit-hint = vazio para nenhum limite extra
web-panel-open-cap = Tickets abertos por este painel no total
web-panel-open-cap-hint = de qualquer membro; vazio para sem limite; a equipe não está sujeita ao limite
web-panel-cooldown = Intervalo entre tickets, em minutos
web-panel-disabled = Desativado (o botão dele recusa novos tickets)
web-panel-access = Quem pode abrir tickets por ele
# @everyone é o cargo do Discord de todos os membros: fica como está; @Clientes é um cargo de exemplo.
web-panel-access-intro = Regras de acesso, verificadas em ordem: decide a primeira regra cujo cargo o membro tem; um membro que não corresponde a nenhuma regra pode abrir. A equipe sempre pode. Coloque @everyone por último, ex.: "permitir @Clientes, negar @everyone".
web-panel-access-order = Ordem
web-panel-access-role = Cargo
web-panel-access-rule = Regra
web-panel-access-remove = Remover
# Rótulos para leitores de tela da linha de uma regra de acesso; $number conta a partir de 1.
web-panel-access-order-of = Ordem da regra { $number }
web-panel-access-role-of = Cargo da regra { $number }
web-panel-access-rule-of = Regra { $number }
web-panel-access-remove-of = Remover a regra { $number }
web-panel-access-allow = Permitir
web-panel-access-deny = Negar
web-panel-hours = Horário de atendimento
web-panel-hours-on = Só quando a equipe estiver disponível
web-panel-hours-timezone = Fuso horário
web-panel-hours-timezone-hint = o horário de verão dele é respeitado
web-panel-hours-windows = Horários
# O exemplo é digitado como está (nomes de dias em inglês, horas em 24 horas): fica igual.
web-panel-hours-windows-hint = ex.: mon-fri 09:00-17:00; sat 10:00-14:00 (24 horas; divida em dois um horário que passa da meia-noite)
web-panel-hours-holidays = Folgas
# O exemplo é digitado como está (datas, intervalos com ..); "Natal" é um nome livre.
web-panel-hours-holidays-hint = ex.: 2026-12-24..2026-12-26 Natal; 2027-01-01
web-panel-hours-outside = Fora do horário
web-panel-hours-refuse = Recusar novos tickets
web-panel-hours-open-and-tell = Abrir e avisar o solicitante de quando a equipe volta
web-panel-hours-notice = Aviso
# %next_open% e %next_open_relative% são digitados como estão.
web-panel-hours-notice-hint = vazio para o padrão; %next_open% e %next_open_relative% indicam quando a equipe volta
web-panel-hours-colour = Cor do aviso
web-panel-welcome-embed = O embed da mensagem de boas-vindas (as variáveis funcionam em todos os textos)
web-panel-save = Salvar painel
web-panel-create = Criar painel
web-panel-preview = Prévia
# O título da prévia da mensagem de boas-vindas.
web-panel-preview-welcome = Mensagem de boas-vindas
web-panel-preview-images = As imagens só são indicadas, não carregadas: o painel de controle não solicita nada de outros sites.

## Painéis: por que um painel não foi salvo ou publicado

# $number: a linha da regra, a partir de 1.
web-panel-err-access-order = Regra de acesso { $number }: a ordem é um número.
web-panel-err-hours-outside = Fora do horário de atendimento: escolha na lista o que acontece.
web-panel-err-access-roles = Regras de acesso: escolha cargos da lista.
# $emoji: o que foi digitado, entre aspas. <:name:id> é como se escreve um emoji do servidor: fica igual.
web-panel-err-emoji = { $emoji } não é um emoji: use um emoji, ou um emoji personalizado escrito como <:name:id>.
web-panel-err-button-style = Escolha um estilo de botão da lista.
web-panel-err-category = Escolha uma categoria da lista.
web-panel-err-roles = Escolha cargos da lista.
web-panel-err-mention-roles = Escolha da lista os cargos a mencionar.
web-panel-err-mode = Escolha o modo canal ou tópico da lista.
web-panel-err-ticket-limit = O limite de tickets deve ser um número entre 1 e 100.
web-panel-err-cooldown = O intervalo deve ser um número de minutos.
web-panel-err-log-channel = Escolha um canal de registro da lista.
web-panel-err-form = Escolha um formulário da lista.
web-panel-err-exit-survey = Escolha um formulário de pesquisa pós-atendimento da lista.
web-panel-err-awaiting = Escolha uma categoria de aguardando resposta da lista.
# $reason: por que o formulário escolhido não pode ser uma pesquisa pós-atendimento (uma frase completa).
web-panel-err-exit-survey-form = Pesquisa pós-atendimento: { $reason }
web-panel-err-teams = Escolha equipes de suporte da lista.
# $title: o título do painel, entre aspas.
web-panel-err-title-taken = Já existe um painel chamado { $title }.
web-panel-err-created-form-gone = O painel foi criado, mas um formulário que ele deveria usar foi excluído nesse meio-tempo. Edite o painel para escolher outro.
web-panel-err-saved-form-gone = O painel foi salvo, mas um formulário que ele deveria usar foi excluído nesse meio-tempo. Edite o painel para escolher outro.
web-panel-err-gone = Este painel não existe (mais).
web-panel-err-channel = Escolha um canal de texto deste servidor para publicar o painel.

## Multipainéis

web-multipanels-title = Multipainéis
web-multipanels-intro = Vários painéis em uma só mensagem: os membros escolhem o tipo de ticket com um botão ou em um menu.
web-multipanels-empty = Ainda não há multipainéis.
# $panels: os títulos dos painéis dele, separados por vírgulas.
web-multipanels-shown-select = menu de seleção: { $panels }
web-multipanels-shown-buttons = botões: { $panels }
# O texto do menu de seleção quando o servidor não definiu nenhum (a prévia e o exemplo do campo).
web-multipanels-placeholder-default = Escolha o assunto do seu ticket
web-multipanels-customise = Personalizar
web-multipanels-placeholder = Texto do menu de seleção
web-multipanels-entries-caption = Cada item: as partes vazias mostram as do próprio painel (o texto e o emoji do botão dele; o título dele numa opção do menu de seleção).
web-multipanels-entry-panel = Painel
web-multipanels-entry-label = Rótulo
web-multipanels-entry-description = Descrição
web-multipanels-entry-emoji = Emoji
# Rótulos para leitores de tela; $panel: o título do painel.
web-multipanels-entry-label-of = Rótulo de { $panel }
web-multipanels-entry-description-of = Descrição de { $panel }
web-multipanels-entry-emoji-of = Emoji de { $panel }
web-multipanels-embed = O embed dele: link, autor, imagens, rodapé, campos
web-multipanels-save-look = Salvar aparência
web-multipanels-edit = Editar
web-multipanels-field-title = Título
web-multipanels-field-text = Texto
web-multipanels-field-colour = Cor
web-multipanels-field-panels = Painéis
web-multipanels-field-layout = Formato
web-multipanels-layout-buttons = Botões
web-multipanels-layout-select = Menu de seleção
web-multipanels-save = Salvar
web-multipanels-post-in = Publicar em
web-multipanels-pick-channel = Escolha um canal
web-multipanels-post = Publicar
web-multipanels-delete-confirm = Excluir este multipainel? Os painéis dele continuam existindo.
web-multipanels-delete = Excluir
web-multipanels-new = Novo multipainel
# O texto de um novo multipainel como vem preenchido; o administrador pode mudá-lo.
web-multipanels-text-default = Escolha o tipo de ajuda de que você precisa.
web-multipanels-panels-hint = de 2 a 25
web-multipanels-create = Criar multipainel

## Multipainéis: por que uma alteração foi recusada

web-multipanels-err-gone = Esse multipainel não existe (mais).
# $title: o título do multipainel, entre aspas.
web-multipanels-err-title-taken = Já existe um multipainel chamado { $title }.
web-multipanels-err-deleted = Esse multipainel foi excluído nesse meio-tempo.
web-multipanels-err-too-few = Um painel que você escolheu acabou de ser excluído: um multipainel comporta de 2 a 25 painéis.
web-multipanels-err-no-channels = A lista de canais não está disponível no momento.
web-multipanels-err-channel = Escolha um canal de texto deste servidor.
web-multipanels-err-title = O título deve ter de 1 a 100 caracteres.
web-multipanels-err-text = O texto deve ter no máximo 4000 caracteres.
web-multipanels-err-panels = Escolha painéis da lista.
web-multipanels-err-panel-count = Um multipainel comporta de 2 a 25 painéis.
web-multipanels-err-entry = Item desconhecido.
web-multipanels-err-entry-gone = Esse painel não está mais neste multipainel: recarregue a página.

## Formulários

web-forms-title = Formulários
# $max: quantas perguntas um formulário pode fazer.
web-forms-intro = { $max ->
    [one] Um formulário faz até { $max } pergunta numa janela antes de o ticket abrir; as respostas aparecem no ticket. Escolha o formulário de um painel no editor de painel.
   *[other] Um formulário faz até { $max } perguntas numa janela antes de o ticket abrir; as respostas aparecem no ticket. Escolha o formulário de um painel no editor de painel.
}
web-forms-delete-confirm = Excluir este formulário? Os painéis que o usam vão abrir tickets sem perguntas.
web-forms-delete = Excluir formulário
# Uma pergunta na lista de um formulário, depois o que ela pede, cada item após uma vírgula:
# "texto curto, obrigatória, no mínimo 10, no máximo 200".
web-forms-summary-short = texto curto
web-forms-summary-paragraph = parágrafo
web-forms-summary-required = obrigatória
web-forms-summary-min-length = no mínimo { $min }
web-forms-summary-max-length = no máximo { $max }
# Quantas opções um membro escolhe: de $min a $max.
web-forms-summary-picks = { $min }–{ $max } escolhas
web-forms-move-up = Mover para cima
web-forms-move-down = Mover para baixo
web-forms-remove-question = Remover pergunta
web-forms-edit = Editar
web-forms-save-question = Salvar pergunta
web-forms-add-question-open = Adicionar uma pergunta
web-forms-add-question = Adicionar pergunta
web-forms-empty = Ainda não há formulários.
web-forms-new = Novo formulário
# Um título de formulário de exemplo.
web-forms-new-placeholder = Problema com pedido
web-forms-create = Criar formulário

## Formulários: os campos de uma pergunta

web-forms-question = Pergunta
# Uma pergunta de exemplo.
web-forms-question-placeholder = Qual é o número do seu pedido?
web-forms-asks-for = Tipo de resposta
web-forms-description = Descrição
web-forms-description-placeholder = Exibida abaixo da pergunta
web-forms-required = Obrigatória
web-forms-placeholder = Texto de exemplo
web-forms-text-questions = Perguntas de texto
web-forms-answer = Resposta
web-forms-answer-short = Curta
web-forms-answer-paragraph = Parágrafo
web-forms-min-length = Tamanho mínimo
web-forms-max-length = Tamanho máximo
web-forms-choice-questions = Perguntas de escolha e de seletor
web-forms-min-picks = Mínimo de escolhas
web-forms-max-picks = Máximo de escolhas
web-forms-options = Opções (perguntas de escolha, até 25)
web-forms-option-order = Ordem
web-forms-option-label = Rótulo
web-forms-option-value = Valor
web-forms-option-description = Descrição
web-forms-option-emoji = Emoji
web-forms-option-remove = Remover
# Rótulos para leitores de tela; $option: o rótulo da opção.
web-forms-option-order-of = Ordem de { $option }
web-forms-option-remove-of = Remover { $option }
# $number conta as linhas em branco a partir de 1.
web-forms-new-option-order = Ordem da nova opção { $number }
web-forms-new-option = Nova opção
web-forms-new-option-label = Rótulo da nova opção
# Um valor em branco é o rótulo da opção.
web-forms-new-option-value-placeholder = (o rótulo)
web-forms-new-option-value = Valor da nova opção
web-forms-new-option-description = Descrição da nova opção
web-forms-new-option-emoji = Emoji da nova opção
# <:name:id> é como se escreve um emoji do servidor: fica como está.
web-forms-options-help = Altere os números de ordem para reordenar; marque Remover para tirar uma opção; preencha uma linha em branco para adicionar uma (salve para ter mais linhas em branco). Emoji: o próprio emoji ou um emoji do servidor como <:name:id>.
web-forms-channel-questions = Perguntas de canal: oferecer só

## Formulários: o que uma pergunta pede, e os tipos de canal que uma pergunta de canal oferece

web-forms-kind-text = Texto
web-forms-kind-choice = Escolha em uma lista
web-forms-kind-user = Seletor de membro
web-forms-kind-role = Seletor de cargo
web-forms-kind-mentionable = Seletor de membro ou cargo
web-forms-kind-channel = Seletor de canal
web-forms-channel-text = texto
web-forms-channel-voice = voz
web-forms-channel-category = categoria
web-forms-channel-announcement = anúncios
web-forms-channel-thread = tópico
web-forms-channel-stage = palco
web-forms-channel-forum = fórum

## Formulários: por que uma alteração foi recusada

# $title: o título do formulário, entre aspas.
web-forms-err-title-taken = Já existe um formulário chamado { $title }.
web-forms-err-unknown-form = Formulário desconhecido.
web-forms-err-gone = Esse formulário não existe (mais).
web-forms-err-min-length = O tamanho mínimo deve ser um número.
web-forms-err-max-length = O tamanho máximo deve ser um número.
web-forms-err-min-picks = Mínimo de escolhas: um número de 0 a 25.
web-forms-err-max-picks = Máximo de escolhas: um número de 0 a 25.
# $option: o rótulo da opção, entre aspas.
web-forms-err-option-order = Ordem da opção { $option }: um número.
web-forms-err-too-many-options = Opções: no máximo { $max } (o limite do Discord para um menu de seleção).
web-forms-err-kind = Escolha o tipo de resposta da pergunta.
web-forms-err-style = Escolha curta ou parágrafo.
web-forms-err-unknown-question = Pergunta desconhecida.
web-forms-err-question-moved = Essa pergunta foi removida ou movida: recarregue a página.

## Tags

web-tags-title = Tags
# A introdução diz: "Respostas prontas que a equipe publica com /tag name, com um embed
# opcional. …"; o comando fica entre as duas partes.
web-tags-intro-before = Respostas prontas que a equipe publica com
web-tags-intro-after = , com um embed opcional. Salvar uma tag com um nome que já existe substitui a anterior.
web-tags-name = Nome
web-tags-text = Texto
web-tags-embed-open = Embed (opcional)
web-tags-embed-text = Texto do embed
web-tags-embed = Embed
web-tags-save = Salvar tag
web-tags-preview = Prévia
web-tags-embed-preview = Prévia do embed
web-tags-empty = Ainda não há tags.
# Um selo ao lado de uma tag que tem embed.
web-tags-has-embed = embed
web-tags-edit = Editar
web-tags-delete-confirm = Excluir esta tag?
web-tags-delete = Excluir

## Etiquetas

web-labels-title = Etiquetas
# A introdução diz: "A equipe coloca etiquetas nos tickets com /label add; as listas …";
# o comando fica entre as duas partes. $max: quantas etiquetas um servidor pode ter.
web-labels-intro-before = A equipe coloca etiquetas nos tickets com
web-labels-intro-after = { $max ->
    [one] ; as listas de tickets abertos e de transcrições as mostram e permitem filtrar por elas, e as transcrições as guardam. Até { $max } etiqueta.
   *[other] ; as listas de tickets abertos e de transcrições as mostram e permitem filtrar por elas, e as transcrições as guardam. Até { $max } etiquetas.
}
web-labels-name = Nome
web-labels-colour = Cor
web-labels-add = Adicionar etiqueta
web-labels-empty = Ainda não há etiquetas.
# Para leitores de tela; $label: o nome da etiqueta.
web-labels-colour-of = Cor de { $label }
web-labels-save-colour = Salvar cor
web-labels-delete-confirm = Excluir esta etiqueta? Ela é retirada de todos os tickets.
web-labels-delete = Excluir

## Etiquetas: por que uma alteração foi recusada

web-labels-err-unknown = Etiqueta desconhecida.
