# Respostas das ferramentas da equipe (formulários, tags, etiquetas, plantão, fechamento
# automático) e o que o fechamento automático publica nos tickets (português do Brasil).
# Variáveis: `{ $name }`. As marcações do Discord ficam como estão: <@{ $user }> um membro,
# <@&{ $role }> um cargo, <t:{ $at }:R> um horário relativo; **negrito** e `código` são do Discord.
# Nomes de comandos (/form create) e palavras digitadas (none, off, short, paragraph) ficam em inglês.

## /form: perguntas feitas antes de um painel abrir um ticket

# { $title }, { $form }: o título do formulário como o administrador digitou, entre aspas ("Suporte").
form-cmd-exists = Já existe um formulário chamado { $title }.
form-cmd-no-such-form-list = Não existe nenhum formulário chamado { $form }. Use /form list para vê-los.
form-cmd-no-such-form = Não existe nenhum formulário chamado { $form }.
# { $max }: o máximo de perguntas que um formulário pode ter.
form-cmd-created = { $max ->
    [one] Formulário **{ $title }** criado. Adicione até { $max } pergunta com /form add-input.
   *[other] Formulário **{ $title }** criado. Adicione até { $max } perguntas com /form add-input.
}
# "short" e "paragraph" são os valores que o administrador digita: mantenha em inglês.
form-cmd-bad-style = O estilo deve ser short ou paragraph.
# { $count }: o número da pergunta; { $max }: o máximo de perguntas de um formulário.
form-cmd-question-added = Pergunta adicionada a **{ $form }** ({ $count } de { $max }).
form-cmd-deleted = Formulário **{ $title }** excluído.
form-cmd-none = Ainda não há formulários. Crie um com /form create.

## /tag e /managetags: respostas salvas

# { $name }: o nome da tag, entre aspas ("reembolso").
tag-no-such-tag-list = Não existe nenhuma tag chamada { $name }. Use /managetags list para vê-las.
tag-no-such-tag = Não existe nenhuma tag chamada { $name }.
# { $name }: o nome da tag (exibido como `código`).
tag-saved = Tag `{ $name }` salva.
tag-updated = Tag `{ $name }` atualizada.
tag-embed-saved = O embed da tag `{ $name }` foi salvo.
tag-deleted = Tag `{ $name }` excluída.
tag-none = Ainda não há tags. Adicione uma com /managetags add.

## /label: etiquetas nos tickets

label-unknown = Este servidor não tem nenhuma etiqueta com esse nome. Use /label list para vê-las; administradores criam uma com /label create.
label-nothing-to-do = Nada a fazer.
# Publicado no ticket. { $label }: o nome da etiqueta.
label-added = 🏷️ <@{ $user }> colocou a etiqueta **{ $label }** neste ticket.
label-removed = 🏷️ <@{ $user }> tirou a etiqueta **{ $label }** deste ticket.
label-none-yet = Este servidor ainda não tem etiquetas. Administradores criam uma com /label create.
# O título de /label list.
label-list-title = **Etiquetas**
# { $labels }: as etiquetas do ticket, separadas por vírgulas (ou — quando não há nenhuma).
label-list-this-ticket = Este ticket: { $labels }
# { $colour }: a cor como #RRGGBB.
label-created = Etiqueta **{ $label }** (`{ $colour }`) criada.
label-recoloured = A etiqueta **{ $label }** agora é `{ $colour }`.
label-deleted = Etiqueta **{ $label }** excluída.

## /on-call e /setup on-call

# O nome do cargo que o ticketbox cria para a equipe de plantão (nome de cargo do Discord, no máximo 100 caracteres).
oncall-role-name = De plantão
oncall-role-set = Agora a equipe de plantão usa <@&{ $role }>. Todos foram tirados do plantão; a equipe usa /on-call para entrar de plantão.
oncall-role-cleared = Nenhum cargo de plantão definido: o ticketbox cria um no próximo /on-call.
# "Gerenciar cargos" é o nome da permissão no Discord em português.
oncall-needs-manage-roles = O ticketbox precisa da permissão Gerenciar cargos para criar o cargo de plantão. Conceda essa permissão a ele, ou peça a um administrador que escolha um cargo existente com /setup on-call.
oncall-role-deleted = O cargo de plantão foi excluído no Discord; use /on-call de novo para criar um novo.
# { $role }: o nome do cargo. "Configurações do servidor → Cargos" é o menu do Discord.
oncall-cannot-assign = O ticketbox não consegue dar nem tirar { $role }: ele precisa da permissão Gerenciar cargos e de um cargo acima desse (Configurações do servidor → Cargos).
oncall-on = Você está de plantão (<@&{ $role }>): os novos tickets em tópico adicionam você. Use /on-call de novo para sair do plantão.
# O mesmo, em um servidor que abre tickets como canais.
oncall-on-channel-mode = Você está de plantão (<@&{ $role }>): os novos tickets em tópico adicionam você. Use /on-call de novo para sair do plantão.
    Observação: este servidor abre tickets como canais, onde toda a equipe vê todos os tickets; o plantão só muda os tickets em tópico.
oncall-off = Você saiu do plantão (<@&{ $role }> removido). Os novos tickets em tópico não adicionam mais você.

## /autoclose

autoclose-cmd-saved = Fechamento automático salvo.
# { $grace }: uma duração como 1h ou 2d 3h.
autoclose-cmd-overdue = { $count ->
    [one] { $count } ticket aberto já passou do prazo de uma regra: ele será fechado em { $grace }, a menos que alguém responda.
   *[other] { $count } tickets abertos já passaram do prazo de uma regra: eles serão fechados em { $grace }, a menos que alguém responda.
}
autoclose-cmd-excluded = Este ticket não será fechado automaticamente. Use este comando de novo para desfazer.
autoclose-cmd-included = Este ticket volta a seguir as regras de fechamento automático do servidor.
# /autoclose show. { $state }: autoclose-cmd-on ou autoclose-cmd-off; as durações são como
# 30m, 12h ou 3d, ou autoclose-cmd-off; { $on_leave }: autoclose-cmd-close ou autoclose-cmd-off;
# { $warning }: autoclose-cmd-warning-before ou autoclose-cmd-off.
autoclose-cmd-rules = **Fechamento automático: { $state }**
    • Sem resposta do solicitante desde a abertura: { $no_response }
    • Sem resposta do solicitante desde a última mensagem da equipe: { $since_last_message }
    • Solicitante sai do servidor: { $on_leave }
    • Aviso antes de fechar: { $warning }
autoclose-cmd-on = ativado
autoclose-cmd-off = desativado
autoclose-cmd-close = fechar
# { $duration }: uma duração como 1h ou 2d 3h.
autoclose-cmd-warning-before = { $duration } antes

## Fechamento automático: o aviso publicado no ticket e o motivo do fechamento

autoclose-warn-title = Este ticket será fechado em breve
# { $duration }: uma duração como 1h ou 2d 3h. "Manter aberto" é o botão abaixo
# (autoclose-warn-keep-open): use as mesmas palavras.
autoclose-warn-description = Sem uma resposta, este ticket será fechado automaticamente <t:{ $at }:R> (em cerca de { $duration }). Clique em **Manter aberto** se ele ainda for necessário.
# Um botão (no máximo 80 caracteres).
autoclose-warn-keep-open = Manter aberto
# O motivo de fechamento de um ticket fechado automaticamente (exibido no canal de registro e na MD ao solicitante).
autoclose-warn-reason-no-response = Fechado automaticamente: sem resposta do solicitante desde a abertura
autoclose-warn-reason-since-last-message = Fechado automaticamente: sem resposta do solicitante desde a última mensagem da equipe
autoclose-warn-reason-on-leave = Fechado automaticamente: o solicitante saiu do servidor
