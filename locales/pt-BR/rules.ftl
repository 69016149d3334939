# Por que o que um administrador ou membro digitou foi recusado: os erros dos formulários do
# painel de controle e as respostas efêmeras do bot (português do Brasil). Variáveis:
# `{ $name }`; os valores indicados como "entre aspas" chegam com as aspas ("Cobrança").
# Formatos digitados (mon-fri 09:00-17:00, #5865F2) e variáveis entre sinais de porcentagem
# (%id%, %next_open%) ficam como estão.

## Embeds: os limites do Discord, cada recusa indicando o embed e a parte dele

# O embed que uma recusa indica, como $embed abaixo. Em minúsculas: aparece no meio da frase
# ("Título do embed de boas-vindas", "Cor do embed do painel").
rule-embed-name-panel = embed do painel
rule-embed-name-welcome = embed de boas-vindas
rule-embed-name-tag = embed da tag
rule-embed-name-multi-panel = embed do multipainel
# Uma parte de um embed, como $part abaixo. Com inicial maiúscula: abre a frase.
rule-embed-part-title = Título
rule-embed-part-description = Descrição
rule-embed-part-author-name = Nome do autor
rule-embed-part-footer = Rodapé
rule-embed-part-link = Link do título
rule-embed-part-author-icon = Ícone do autor
rule-embed-part-author-link = Link do autor
rule-embed-part-image = Imagem
rule-embed-part-thumbnail = Miniatura
rule-embed-part-footer-icon = Ícone do rodapé
rule-embed-part-field-name = Nome do campo { $n }
rule-embed-part-field-value = Valor do campo { $n }
# A parte de um embed: "Título do embed de boas-vindas".
rule-embed-part = { $part } do { $embed }
# $field: uma parte de um embed, ou outro campo com um endereço web ("URL da imagem").
rule-embed-too-long = { $field }: no máximo { $max } caracteres.
rule-embed-url-invalid = { $field }: use um endereço web começando com https:// ou http://.
rule-embed-colour = Cor do { $embed }: uma cor hexadecimal como #5865F2.
rule-embed-author-needs-name = Autor do { $embed }: um ícone ou link exige o nome do autor.
rule-embed-footer-needs-text = Rodapé do { $embed }: um ícone exige o texto do rodapé.
rule-embed-too-many-fields = Campos do { $embed }: no máximo { $max }.
rule-embed-field-incomplete = Campo { $n } do { $embed }: precisa de um nome e de um valor.
rule-embed-total-too-long = O { $embed } tem { $total } caracteres no total; o Discord permite { $max } por embed.
# Um campo de embed digitado em uma linha (/panel embed, /tag embed).
rule-embed-field-line-inline = Campo: a terceira parte deve ser "inline" ou nada, não { $got }.
rule-embed-field-line-format = Campo: escreva como nome | valor (| inline).

## Cores

rule-colour-invalid = { $value } não é uma cor hexadecimal como #5865F2.

## Painéis

rule-panel-title-length = O título do painel deve ter de 1 a 100 caracteres.
rule-panel-text-too-long = O texto do painel deve ter no máximo 4000 caracteres.
rule-panel-button-label-length = O texto do botão deve ter de 1 a 80 caracteres.
rule-panel-colour = A cor deve ser uma cor hexadecimal como #5865F2.
rule-panel-welcome-too-long = A mensagem de boas-vindas deve ter no máximo 4000 caracteres.
rule-panel-too-many-mentions = Um painel pode mencionar no máximo { $max } cargos.
rule-panel-ticket-limit = O limite de tickets do painel deve estar entre 1 e 100.
rule-panel-cooldown-too-long = O intervalo entre tickets pode ser de no máximo 7 dias.

## As regras de acesso de um painel (quem pode abrir tickets por ele)

rule-access-too-many = Regras de acesso: no máximo { $max } por painel.
rule-access-duplicate = Regras de acesso: { $role } tem duas regras; só a primeira seria aplicada.
# $rule e $everyone_rule: posições na lista (1, 2, ...).
rule-access-unreachable = Regras de acesso: a regra nº { $rule } ({ $role }) nunca será aplicada, porque a regra nº { $everyone_rule } (@everyone) decide antes para todos os membros. Coloque @everyone por último.

## Formulários e suas perguntas

rule-form-title-length = O título de um formulário deve ter de 1 a 45 caracteres (o limite do Discord para um formulário).
rule-form-question-length = Uma pergunta deve ter de 1 a 45 caracteres.
rule-form-description-too-long = Descrição: no máximo 100 caracteres.
rule-form-placeholder-too-long = O texto de exemplo deve ter no máximo { $max } caracteres.
rule-form-options-not-choice = Opções: só perguntas de escolha têm opções.
rule-form-picks-not-select = O mínimo e o máximo de escolhas valem só para perguntas de escolha e de seletor.
rule-form-channel-types-not-channel = Tipos de canal: só perguntas de canal têm tipos de canal.
rule-form-answer-length-range = O tamanho das respostas deve estar entre 0 e { $max } (as respostas aparecem num campo de embed, que comporta { $max } caracteres).
rule-form-min-length-above-max = O tamanho mínimo não pode ser maior que o máximo.
rule-form-lengths-not-text = Tamanhos de resposta valem só para perguntas de texto.
rule-form-options-none = Opções: uma pergunta de escolha precisa de pelo menos uma opção.
rule-form-options-too-many = Opções: no máximo { $max } (o limite do Discord para um menu de seleção).
# $value: o valor de uma opção, entre aspas.
rule-form-option-value-twice = Opções: o valor { $value } está sendo usado duas vezes.
rule-form-max-picks-options = Máximo de escolhas: entre 1 e { $max } (o número de opções).
rule-form-max-picks = Máximo de escolhas: entre 1 e { $max }.
rule-form-min-picks-above-max = O mínimo de escolhas não pode ser maior que o máximo.
# "Obrigatória" é o nome de uma caixa de seleção na página do formulário (web-forms-required).
rule-form-min-picks-required = Mínimo de escolhas: uma pergunta obrigatória precisa de pelo menos 1 (desmarque Obrigatória para permitir zero).
# $form e $question chegam entre aspas; $kind é uma das mensagens rule-form-kind-*.
rule-form-exit-survey-picker = O formulário { $form } é uma pesquisa pós-atendimento, enviada por MD depois que um ticket é fechado; lá não há servidor de onde escolher, então { $question } não pode ser uma pergunta de { $kind }. Pesquisas pós-atendimento fazem perguntas de texto e de escolha.
# O tipo de uma pergunta dentro de uma frase ("uma pergunta de seletor de cargo").
rule-form-kind-text = texto
rule-form-kind-choice = escolha em uma lista
rule-form-kind-user = seletor de membro
rule-form-kind-role = seletor de cargo
rule-form-kind-mentionable = seletor de membro ou cargo
rule-form-kind-channel = seletor de canal

## As respostas de um membro a um formulário (exibidas ao membro)

rule-form-changed = Este formulário foi alterado enquanto você o preenchia. Abra-o de novo.
# $question: a pergunta como o servidor a escreveu.
rule-form-answer-one = "{ $question }" aceita só uma resposta.
rule-form-answer-count = "{ $question }" aceita de { $min } a { $max } respostas.
rule-form-answer-needed = "{ $question }" precisa de uma resposta.
rule-form-answer-too-short = A resposta a "{ $question }" deve ter pelo menos { $min } caracteres.
rule-form-answer-too-long = { $max ->
    [one] A resposta a "{ $question }" deve ter no máximo { $max } caractere.
   *[other] A resposta a "{ $question }" deve ter no máximo { $max } caracteres.
}

## As opções de uma pergunta de escolha

rule-option-label-length = Rótulo da opção: de 1 a 100 caracteres.
# $option: o rótulo da opção, entre aspas.
rule-option-value-length = Valor da opção { $option }: de 1 a 100 caracteres.
rule-option-description-too-long = Descrição da opção { $option }: no máximo 100 caracteres.
# <:name:id> é como se escreve um emoji do servidor: fica como está.
rule-option-emoji-invalid = Emoji da opção { $option }: use o próprio emoji (🎫) ou um emoji do servidor como <:name:id>.
# Opções digitadas em uma linha; $option é uma delas, entre aspas.
rule-options-line-parts = Opções: { $option } tem mais de três partes (rótulo | descrição | emoji).
# $word: o que foi digitado, entre aspas; $known: os tipos, como são digitados (text, voice, ...).
rule-channel-kinds-unknown = Tipos de canal: { $word } não é nenhum destes: { $known }.

## O cargo de plantão

rule-on-call-everyone = @everyone não pode ser o cargo de plantão: escolha outro cargo.
rule-on-call-managed = { $role } pertence a um bot ou integração, então ninguém pode recebê-lo: escolha outro cargo.
rule-on-call-above-bot = { $role } está acima do cargo mais alto do ticketbox, então o ticketbox não pode dá-lo nem tirá-lo. Em Configurações do servidor → Cargos, arraste o cargo do ticketbox para cima de { $role }, ou escolha um cargo mais baixo.
rule-on-call-not-connected = O ticketbox não está conectado ao Discord, então não consegue verificar esse cargo; tente de novo daqui a pouco.
rule-on-call-unknown-role = Cargo de plantão: o ticketbox não conhece esse cargo.

## A categoria de aguardando resposta de um painel

rule-awaiting-category-same = A categoria de aguardando resposta deve ser diferente da categoria do próprio painel.

## Multipainéis

rule-multi-panel-placeholder-too-long = Texto do menu de seleção: no máximo { $max } caracteres.
# $label: o rótulo do item, entre aspas.
rule-multi-panel-entry-label-too-long = Rótulo do item { $label }: no máximo 80 caracteres (o limite de um botão).
rule-multi-panel-entry-description-too-long = Descrição do item: no máximo 100 caracteres.
rule-multi-panel-entry-emoji-invalid = Emoji do item { $emoji }: use um único emoji, ou um emoji personalizado escrito como <:name:id>.

## Tags

rule-tag-name-length = O nome de uma tag deve ter de 1 a 32 caracteres.
rule-tag-content-empty = Uma tag precisa de algum texto.
rule-tag-content-too-long = Uma tag pode ter no máximo 2000 caracteres (uma mensagem do Discord).

## Etiquetas

rule-label-name-length = Nome da etiqueta: de 1 a { $max } caracteres.
rule-label-name-characters = Nome da etiqueta: letras, algarismos, espaços e hifens — sem , @ < ou >.
# $reason: por que a cor foi recusada (rule-colour-invalid).
rule-label-colour = Cor da etiqueta: { $reason }
# $label: o nome da etiqueta, entre aspas.
rule-label-exists = Já existe uma etiqueta chamada { $label }.
rule-label-too-many = Um servidor pode ter no máximo { $max } etiquetas; exclua uma antes.
rule-label-on-ticket = Este ticket já tem a etiqueta { $label }.
rule-label-ticket-full = Um ticket pode ter no máximo { $max } etiquetas; remova uma antes.
rule-label-not-on-ticket = Este ticket não tem a etiqueta { $label }.

## As configurações de um servidor

# 1h, 24h, 3d e 7d são digitados como estão.
rule-settings-thread-archive = O tempo de arquivamento do tópico deve ser 1h, 24h, 3d ou 7d.
rule-settings-naming-empty = O padrão de nomes não pode ficar vazio.
rule-settings-naming-too-long = O padrão de nomes deve ter no máximo 100 caracteres.
rule-settings-naming-needs-number = O padrão de nomes deve conter %id% ou %id_padded%, para que cada ticket receba um nome diferente.
rule-settings-ticket-limit = O limite de tickets deve estar entre 1 e 100.
rule-settings-open-cap = O limite de tickets abertos deve estar entre 1 e 10000.
rule-settings-open-cap-number = O limite de tickets abertos deve ser um número entre 1 e 10000.
rule-settings-blacklist-reason-too-long = O motivo do bloqueio deve ter no máximo { $max } caracteres.
rule-settings-claim-type-without-view = A equipe de suporte não pode escrever num ticket que não consegue ver: permita que ela também veja os tickets assumidos.
rule-settings-welcome-too-long = A mensagem de boas-vindas deve ter no máximo 4.000 caracteres.
rule-settings-overflow-same = A categoria de excedente deve ser diferente da categoria de tickets.

## O horário de atendimento de um painel
## Dias e horários são digitados como mon-fri 09:00-17:00, e datas como 2026-12-24: ficam como estão.

# $zone: o que foi digitado, entre aspas. Os nomes de fuso (America/Sao_Paulo...) ficam como estão.
rule-hours-timezone = Fuso horário: { $zone } não é o nome de um fuso horário; use um como America/Sao_Paulo, Europe/Lisbon ou UTC.
# $window e $days: o que foi digitado, entre aspas.
rule-hours-window-format = Horários: { $window } deve ter o formato "mon-fri 09:00-17:00".
rule-hours-days-backwards = Horários: { $days } está em ordem inversa; escreva os dias a partir da segunda-feira (mon-fri).
# $date: o que foi digitado, entre aspas.
rule-hours-holiday-date = Folgas: { $date } não é uma data como 2026-12-24.
rule-hours-no-window = Horários: adicione pelo menos um horário, como "mon-fri 09:00-17:00".
rule-hours-too-many-windows = Horários: no máximo { $max }.
# $window e $other: um horário como foi digitado (mon 09:00-17:00).
rule-hours-window-outside-week = Horários: { $window } não é um horário válido da semana.
rule-hours-window-inverted = Horários: { $window } termina antes de começar; divida em dois um horário que passa da meia-noite.
rule-hours-window-overlap = Horários: { $window } se sobrepõe a { $other }.
rule-hours-too-many-holidays = Folgas: no máximo { $max }.
rule-hours-holiday-inverted = Folgas: { $from }..{ $to } termina antes de começar.
rule-hours-message-too-long = Aviso: no máximo { $max } caracteres.
rule-hours-colour = Cor do aviso: uma cor hexadecimal como #5865F2.
# O aviso a um membro fora do horário de atendimento quando o servidor não escreveu nenhum.
# Mantenha %next_open_relative% ("em 3 horas") e %next_open% (uma data e hora) como estão.
rule-hours-notice-default = Nossa equipe não está disponível agora e volta %next_open_relative% (%next_open%).
# Substitui %next_open% e %next_open_relative% quando nenhuma abertura é conhecida.
rule-hours-notice-later = mais tarde

## As integrações HTTP de um servidor (o formulário de integração do painel de controle)
## Variáveis entre sinais de porcentagem (%user_id%, %secret:NAME%, %form:question%)
## e os termos HTTP (GET, POST, JSON) ficam como estão.

# Os campos do formulário, como $field abaixo.
rule-integration-field-image-url = URL da imagem
rule-integration-field-privacy-url = URL da política de privacidade
rule-integration-field-request-url = URL da requisição
rule-integration-field-body = Corpo
rule-integration-field-header = Cabeçalho { $header }
rule-integration-field-secret-name = Nome do segredo
rule-integration-field-output-name = Nome da variável
# $got: o que foi digitado, entre aspas.
rule-integration-name-invalid = { $field }: de 1 a 32 letras, algarismos ou _ (digitado: { $got }).
rule-integration-unknown-secret = { $field }: %secret:{ $secret }% não corresponde a nenhum segredo desta integração.
rule-integration-unknown-placeholder = { $field }: %{ $name }% não é uma variável que uma requisição possa usar (%user_id%, %guild_id%, %ticket_id%, %panel_id%, %secret:NAME%, %form:question%).
rule-integration-name-length = Nome: de 1 a { $max } caracteres.
rule-integration-description-too-long = Descrição: no máximo { $max } caracteres.
rule-integration-url-invalid = URL da requisição: um endereço web começando com https:// ou http://.
rule-integration-url-scheme = URL da requisição: só endereços http:// e https:// podem ser chamados.
rule-integration-url-credentials = URL da requisição: não é permitido colocar nome de usuário ou senha no endereço; coloque as credenciais num cabeçalho com um segredo.
rule-integration-url-no-host = URL da requisição: o endereço precisa de um host.
rule-integration-timeout = Tempo limite: de 1 a { $max } segundos.
rule-integration-body-with-get = Corpo: uma requisição GET não tem corpo; escolha POST.
rule-integration-body-too-long = Corpo: no máximo { $max } caracteres.
# $error: as palavras do próprio analisador de JSON (em inglês).
rule-integration-body-not-json = Corpo: não é JSON válido ({ $error }); coloque as variáveis entre aspas.
rule-integration-too-many-headers = Cabeçalhos: no máximo { $max }.
# $header: o nome de um cabeçalho (entre aspas em rule-integration-header-name-invalid).
rule-integration-header-name-invalid = Cabeçalho { $header }: não é um nome de cabeçalho válido.
rule-integration-header-refused = Cabeçalho { $header }: é definido pelo cliente HTTP; uma integração não pode defini-lo.
rule-integration-header-twice = Cabeçalho { $header }: informado duas vezes.
rule-integration-header-value = Cabeçalho { $header }: uma linha de no máximo 1.000 caracteres.
rule-integration-too-many-secrets = Segredos: no máximo { $max }.
rule-integration-secret-twice = Segredo { $secret }: informado duas vezes.
# Variáveis aqui: os valores que uma integração lê da resposta, com nomes dados pelo administrador.
rule-integration-too-many-outputs = Variáveis: no máximo { $max }.
rule-integration-output-lower-case = Variável { $name }: só letras minúsculas.
rule-integration-output-builtin = Variável { $name }: o ticketbox já tem %{ $name }%; escolha outro nome.
rule-integration-output-twice = Variável { $name }: informada duas vezes.
# $reason: uma das mensagens rule-integration-path-*.
rule-integration-output-path = Caminho da variável { $name }: { $reason }
rule-integration-output-fallback-too-long = Valor padrão da variável { $name }: no máximo 200 caracteres.
# Onde um valor é encontrado na resposta: data.user.name, items[0].id (ficam como estão).
# $path: o caminho como foi digitado, entre aspas.
rule-integration-path-format = um caminho como data.user.name ou items[0].id (de 1 a 200 caracteres).
rule-integration-path-empty-part = { $path } tem uma parte vazia.
rule-integration-path-unclosed = { $path }: um [ sem ].
rule-integration-path-index = { $path }: [{ $index }] não é um índice.
rule-integration-path-shape = { $path }: escreva a.b[0].c

## Alterar as perguntas de um formulário (o comando de barra e o painel de controle)

rule-form-full = Um formulário comporta no máximo { $max } perguntas (o limite do Discord).
# $form e $question chegam entre aspas.
rule-form-deleted = O formulário { $form } acabou de ser excluído.
rule-form-asks-already = O formulário { $form } já pergunta { $question }.

rule-integration-sends-user-id = o ID de usuário do Discord do solicitante
rule-integration-sends-guild-id = o ID deste servidor
rule-integration-sends-ticket-id = o número do ticket
rule-integration-sends-panel-id = o ID do painel
rule-integration-sends-answer = a resposta do solicitante à pergunta { $question } do formulário

rule-span-days = { $n }d
rule-span-hours = { $n }h
rule-span-minutes = { $n }min
rule-span-seconds = { $n }s

rule-autoclose-warning-too-long = `warning` ({ $warning }) deve ser menor que `{ $rule }` ({ $limit }).
rule-autoclose-not-a-duration = `{ $field }`: "{ $value }" não é uma duração; escreva como 30m, 12h ou 3d.
rule-autoclose-too-short = `{ $field }` deve ser de pelo menos 1 minuto.
rule-autoclose-too-long = `{ $field }` deve ser de no máximo 365 dias.
