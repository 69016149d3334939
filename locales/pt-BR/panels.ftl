# O que o bot responde aos comandos de painel (/panel, /multipanel) e o que escreve nos
# painéis (português do Brasil).
# Variáveis: `{ $name }`. As marcações do Discord ficam como estão: <@&{ $role }> um cargo,
# <#{ $channel }> um canal. **…** é texto em negrito.
# Nomes de comandos (/panel send), de opções (title:, panel:) e palavras digitadas
# (none, primary, allow…) ficam em inglês.

## /panel create, edit, delete, list, send

# { $title }: o título digitado, entre aspas.
panel-cmd-no-such-panel = Não existe nenhum painel chamado { $title }. Use /panel list para vê-los.
# { $emoji }: o que foi digitado, entre aspas.
panel-cmd-not-an-emoji = { $emoji } não é um emoji.
# Os quatro estilos são palavras digitadas: mantenha em inglês.
panel-cmd-bad-button-style = O estilo do botão deve ser primary, secondary, success ou danger.
# { $title }: o título do formulário digitado, entre aspas.
panel-cmd-no-such-form = Não existe nenhum formulário chamado { $title }. Use /form list para vê-los.
# { $title }: o título, entre aspas.
panel-cmd-title-taken = Já existe um painel chamado { $title }.
panel-cmd-created-form-deleted = O painel foi criado, mas o formulário dele foi excluído nesse meio-tempo: escolha outro com /panel edit.
panel-cmd-created-survey-deleted = O painel foi criado, mas o formulário da pesquisa pós-atendimento foi excluído nesse meio-tempo: escolha outro com /panel edit.
# `/panel send title:…` é um comando para digitar: mantenha em inglês.
panel-cmd-created = Painel **{ $title }** criado. Publique-o com `/panel send title:{ $title }`.
panel-cmd-awaiting-both = Escolha uma categoria de aguardando resposta ou remova-a, não as duas coisas.
panel-cmd-saved-form-deleted = O painel foi salvo, mas o formulário (ou o painel) foi excluído nesse meio-tempo.
panel-cmd-saved-survey-deleted = O painel foi salvo, mas o formulário da pesquisa pós-atendimento (ou o painel) foi excluído nesse meio-tempo.
panel-cmd-saved = Painel **{ $title }** salvo. Envie-o de novo com /panel send para atualizar a mensagem publicada.
panel-cmd-deleted = Painel **{ $title }** excluído; a mensagem publicada dele não abre mais tickets.
panel-cmd-list-empty = Ainda não há painéis. Crie um com /panel create.
# /panel list: depois do título de um painel, onde ele está publicado.
panel-cmd-list-posted-in = — publicado em <#{ $channel }>
# /panel list: depois do título de um painel.
panel-cmd-list-disabled = (desativado)
panel-cmd-posted = Painel **{ $title }** publicado em <#{ $channel }>.

## /panel log

panel-cmd-log-foreign-channel = Escolha um canal deste servidor.
panel-cmd-log-channel = Os tickets fechados de **{ $title }** são registrados em <#{ $channel }>.
panel-cmd-log-server-channel = Os tickets fechados de **{ $title }** são registrados no canal de registro do servidor.

## /panel embed

panel-embed-title-colour-are-the-panels = O título e a cor da mensagem do painel são os do próprio painel: defina-os com /panel edit.
panel-embed-saved-panel = O embed da mensagem de **{ $title }** foi salvo. Envie o painel de novo com /panel send para atualizar a mensagem publicada.
panel-embed-saved-welcome = O embed da mensagem de boas-vindas de **{ $title }** foi salvo. Os novos tickets do painel vão usá-lo.

## /panel hours (também exibido por /setup show)

panel-hours-none = **{ $title }** não tem horário de atendimento: ele abre tickets a qualquer hora.
# { $timezone }: ex.: America/Sao_Paulo; { $windows }: os horários semanais (ex.: mon-fri 09:00-17:00);
# { $outside }: panel-hours-outside-refuse ou panel-hours-outside-tell.
panel-hours-summary = Horário de atendimento de **{ $title }** ({ $timezone }): { $windows }. Fora dele: { $outside }.
# Como panel-hours-summary, com { $holidays }: as folgas (ex.: 2026-12-24..2026-12-26 Natal).
panel-hours-summary-days-off = Horário de atendimento de **{ $title }** ({ $timezone }): { $windows }; folgas: { $holidays }. Fora dele: { $outside }.
panel-hours-outside-refuse = novos tickets são recusados
panel-hours-outside-tell = os tickets são abertos e o solicitante é avisado de quando a equipe volta

## /panel access

panel-access-none = **{ $title }** não tem regras de acesso: todos podem abrir tickets por ele.
# { $max }: o máximo de regras de um painel; { $rules }: as regras, uma por linha
# (panel-access-rule-allow / panel-access-rule-deny).
panel-access-rules = Regras de acesso de **{ $title }** (a primeira que corresponder decide; sem correspondência, é permitido; no máximo { $max }):
    { $rules }
# { $position }: a posição da regra na ordem (1 é verificada primeiro); { $role }: a menção de um
# cargo ou @everyone. "permitir" e "negar" são os nomes das opções da regra.
panel-access-rule-allow = { $position }. permitir { $role }
panel-access-rule-deny = { $position }. negar { $role }

## /multipanel

# { $title }: o título digitado, entre aspas.
multipanel-no-such-multipanel = Não existe nenhum multipainel chamado { $title }.
# { $title }: o título de um painel digitado, entre aspas.
multipanel-no-such-panel = Não existe nenhum painel chamado { $title }.
multipanel-too-few-panels = Um multipainel precisa de pelo menos dois painéis (títulos separados por vírgulas).
multipanel-too-many-panels = Um multipainel comporta no máximo { $max } painéis (limite do Discord).
multipanel-empty-title = O título não pode ficar vazio.
# O texto da mensagem de um novo multipainel quando nenhum é informado (salvo e depois editável pelo servidor).
multipanel-default-text = Escolha o assunto do seu ticket.
# { $title }: o título, entre aspas.
multipanel-title-taken = Já existe um multipainel chamado { $title }.
multipanel-panel-just-deleted = Um painel que você escolheu acabou de ser excluído: um multipainel precisa de pelo menos dois.
# `/multipanel send title:…` é um comando para digitar: mantenha em inglês.
multipanel-created = Multipainel **{ $title }** criado. Publique-o com `/multipanel send title:{ $title }`.
multipanel-all-panels-deleted = Todos os painéis deste multipainel foram excluídos.
multipanel-posted = Multipainel **{ $title }** publicado em <#{ $channel }>.
# { $panel }: o título do painel digitado, entre aspas.
multipanel-not-an-entry = { $panel } não é um dos painéis deste multipainel.
# panel: é o nome da opção do comando: mantenha em inglês.
multipanel-name-the-entry = Indique o item a alterar com panel:.
multipanel-just-deleted = Esse multipainel acabou de ser excluído.
multipanel-saved = Multipainel **{ $title }** salvo. Publique-o de novo com /multipanel send para atualizar a mensagem.
multipanel-deleted = Multipainel **{ $title }** excluído.
multipanel-list-empty = Ainda não há multipainéis. Crie um com /multipanel create.
