# Respostas aos administradores e à equipe do servidor: /setup, /setup show, gestão da equipe,
# /stats, /help e /mydata (português do Brasil).
# Variáveis: `{ $name }`. As marcações do Discord ficam como estão: <@{ $user }> um membro,
# <@&{ $role }> um cargo, <#{ $channel }> um canal, <t:{ $at }:R> um horário relativo.
# Nomes de comandos (/setup, /panel list) e de opções (`limit`, `server_total`,
# support_can_view) ficam em inglês: os membros os digitam. Palavras digitadas (none, off, 1h) também.

## /setup auto: os canais que ele cria (todos no servidor veem os nomes)

# A categoria onde os novos canais de ticket são abertos.
setup-auto-category-name = Tickets
# Nome de canal de texto do Discord: minúsculas, sem espaços (use hifens).
setup-auto-log-channel-name = registro-de-tickets
# O tópico do canal de registro.
setup-auto-log-channel-topic = O ticketbox registra aqui os tickets fechados.
setup-auto-done = Configurado: os novos tickets são abertos em <#{ $category }>, e os tickets fechados são registrados em <#{ $log }> (visível só para administradores; dê acesso aos cargos da equipe se eles também precisarem ler).

## /setup limit (a resposta junta as frases abaixo com um espaço)

# `limit` e `server_total` são os nomes das opções do comando: mantenha em inglês.
setup-limit-missing = Informe `limit` (por membro), `server_total` (o servidor inteiro) ou os dois.
setup-limit-per-member = { $limit ->
    [one] Agora os membros podem ter { $limit } ticket aberto ao mesmo tempo.
   *[other] Agora os membros podem ter { $limit } tickets abertos ao mesmo tempo.
}
setup-limit-server-cap = { $cap ->
    [one] O servidor aceita no máximo { $cap } ticket aberto no total.
   *[other] O servidor aceita no máximo { $cap } tickets abertos no total.
}
setup-limit-server-no-cap = O servidor não tem limite de tickets abertos no total.
setup-limit-staff-exempt = (A equipe não está sujeita ao limite.)

## /setup transcripts, use-threads, users-can-close, close-confirmation, naming, welcome

setup-transcripts-done = Os tickets fechados agora são registrados em <#{ $channel }>.
# { $after }: o tempo de arquivamento do Discord como as opções do comando o chamam (1h, 24h, 3d
# ou 7d): mantenha como está.
setup-threads-on-notified = Os novos tickets são abertos como tópicos privados; a equipe é avisada em <#{ $channel }>. Tópicos de ticket inativos são arquivados após { $after }.
setup-threads-on = Os novos tickets são abertos como tópicos privados. Defina um canal de notificação para que a equipe possa entrar neles. Tópicos de ticket inativos são arquivados após { $after }.
setup-threads-off = Os novos tickets são abertos como canais.
setup-users-can-close-on = Os solicitantes podem fechar os próprios tickets.
setup-users-can-close-off = Só a equipe pode fechar tickets.
# "Fechar" é o texto do botão Fechar do ticket.
setup-close-confirmation-on = Agora o botão Fechar pede confirmação.
setup-close-confirmation-off = Agora o botão Fechar fecha imediatamente.
# { $scheme }: o padrão de nomes que o administrador digitou, com variáveis como %id%.
setup-naming-done = Os novos tickets recebem o nome `{ $scheme }`.
setup-welcome-restored = A mensagem de boas-vindas padrão foi restaurada.
setup-welcome-saved = A mensagem de boas-vindas foi salva.

## /setup claim, feedback, buttons, store-transcripts, open-command

# support_can_view é o nome da opção do comando: mantenha em inglês.
setup-claim-type-needs-view = A equipe de suporte não pode escrever em um ticket que não consegue ver: ative support_can_view também.
setup-claim-done = Configurações de assumir salvas; elas valem para os tickets assumidos a partir de agora.
setup-feedback-on = Avaliação ativada: depois do fechamento, o solicitante recebe uma MD para avaliar o ticket (se escreveu nele e não é da equipe).
setup-feedback-off = Avaliação desativada: os solicitantes não recebem mais pedidos para avaliar os tickets.
# { $buttons }: os textos dos botões separados por vírgulas, ou setup-buttons-none.
setup-buttons-done = Os novos tickets mostram: { $buttons }.
setup-buttons-none = nenhum botão (/close e /claim continuam funcionando)
setup-store-transcripts-on = As transcrições dos tickets fechados são guardadas.
setup-store-transcripts-off = As transcrições não são mais guardadas: os tickets são fechados e registrados sem elas. As transcrições guardadas antes continuam.
setup-open-command-on = Os membros podem abrir tickets com /open.
setup-open-command-off = Os membros só abrem tickets pelos painéis; a equipe ainda pode usar /open.

## /setup start-ticket ("Iniciar ticket" é o nome do menu de mensagem)

# { $panel }: o título que o administrador digitou, entre aspas.
setup-start-ticket-no-panel = Não existe nenhum painel chamado { $panel }. Use /panel list para vê-los.
# { $level }: quem pode usar o menu (everyone, support ou admins); { $adds }: yes ou no;
# { $panel }: uma das mensagens setup-start-ticket-panel-* abaixo.
setup-start-ticket-summary = Iniciar ticket: usado por { $level ->
        [everyone] todos
        [support] equipe de suporte
       *[admins] administradores
    }, { $adds ->
        [yes] adiciona
       *[no] não adiciona
    } o autor da mensagem, painel { $panel }.
# { $title }: o título do painel (em negrito).
setup-start-ticket-panel-named = **{ $title }**
setup-start-ticket-panel-none = nenhum
setup-start-ticket-panel-deleted = nenhum (excluído)

## /setup permissions

# { $permissions }: o que está desativado ("no attach files, no embed links") ou
# "everything allowed" (em inglês por enquanto).
setup-permissions-openers = Solicitantes nos novos canais de ticket: { $permissions }. (Tickets em tópico seguem o canal onde estão.)
setup-permissions-support = Equipe de suporte nos novos canais de ticket: { $permissions }. (Tickets em tópico seguem o canal onde estão.)

## /setup show: todas as configurações em um embed (o Discord permite 256 caracteres no nome de um campo)

setup-show-title = Configurações de tickets
setup-show-yes = sim
setup-show-no = não
setup-show-not-set = não definido
setup-show-field-tickets = Tickets
# { $category }, { $overflow }: um canal ou setup-show-not-set; { $cap }: setup-show-cap ou
# setup-show-no-cap; { $naming }: o padrão de nomes (variáveis %id%); /open é um comando.
setup-show-tickets = Categoria: { $category } (excedente: { $overflow })
    Limite por usuário: { $limit }
    Tickets abertos no total: { $cap }
    Nomes: `{ $naming }`
    /open para membros: { $open_command }
setup-show-no-cap = sem limite
setup-show-cap = no máximo { $cap }
setup-show-field-closing = Fechamento
# Cada valor é setup-show-yes ou setup-show-no, exceto o canal de registro.
setup-show-closing = Canal de registro: { $log_channel }
    Usuários podem fechar: { $users_can_close }
    Confirmação ao fechar: { $close_confirmation }
    MD ao fechar: { $dm_on_close }
    Avaliação: { $feedback }
    Transcrições guardadas: { $transcripts }
setup-show-field-threads = Tópicos e plantão
# { $archive }: o tempo de arquivamento do Discord como digitado em /setup use-threads (1h, 24h,
# 3d ou 7d); { $role }: o cargo ou setup-show-on-call-role-later; { $on_call }: quantos estão de plantão.
setup-show-threads = Tópicos: { $threads }
    Canal de notificação: { $channel }
    Arquivar após: { $archive }
    Cargo de plantão: { $role } ({ $on_call } de plantão)
setup-show-on-call-role-later = criado no primeiro /on-call
setup-show-field-welcome = Boas-vindas e assumir
# { $message }: a mensagem de boas-vindas (o texto do próprio servidor, ou a padrão); { $buttons }:
# os textos dos botões separados por vírgulas.
setup-show-welcome = Mensagem: { $message }
    Embed: { $embed }
    Botões: { $buttons }
    Depois de assumido, o suporte pode ver: { $can_view }, escrever: { $can_type }
setup-show-welcome-embed-none = nenhum
# "Welcome embed" é o nome de uma página do painel de controle (em inglês).
setup-show-welcome-embed-set = definido (painel de controle → Welcome embed)
setup-show-field-start-ticket = Iniciar ticket e permissões
# { $summary }: setup-start-ticket-summary; { $openers }, { $support }: o que está desativado
# (em inglês por enquanto).
setup-show-start-ticket = { $summary }
    Solicitantes: { $openers }
    Equipe de suporte: { $support }
setup-show-field-autoclose = Fechamento automático
setup-show-autoclose-on = ativado (/autoclose show mostra as regras)
setup-show-autoclose-off = desativado
setup-show-field-panels = Painéis
# Os detalhes de um painel, separados por vírgulas depois do título.
setup-show-panel-not-posted = não publicado
setup-show-panel-posted-in = em <#{ $channel }>
setup-show-panel-threads = tópicos
setup-show-panel-channels = canais
setup-show-panel-server-default = padrão do servidor
setup-show-panel-form = formulário
setup-show-panel-support-hours = horário de atendimento
setup-show-panel-disabled = desativado
setup-show-panels-none = nenhum (/panel create)
setup-show-field-multi-panels = Multipainéis
setup-show-multi-panels-none = nenhum
setup-show-field-labels = Etiquetas

## Equipe: /addadmin, /removeadmin, /addsupport, /removesupport, /viewstaff, /blacklist

# { $target }: o membro ou cargo (uma menção); { $level }: admin ou support.
staff-added = { $level ->
    [admin] { $target } agora é administrador.
   *[support] { $target } agora faz parte da equipe de suporte.
}
staff-already = { $level ->
    [admin] { $target } já é administrador.
   *[support] { $target } já faz parte da equipe de suporte.
}
staff-removed = { $level ->
    [admin] { $target } não é mais administrador.
   *[support] { $target } não faz mais parte da equipe de suporte.
}
staff-was-not = { $level ->
    [admin] { $target } não era administrador.
   *[support] { $target } não fazia parte da equipe de suporte.
}
staff-list-empty = Nenhuma equipe configurada ainda. O dono do servidor e os membros com a permissão Administrador são administradores; adicione mais com /addadmin e /addsupport.
staff-list-no-such-page = { $pages ->
    [one] Há só { $pages } página.
   *[other] Há só { $pages } páginas.
}
staff-list-header = **Equipe** (página { $page } de { $pages })
# Uma linha da lista; { $target }: o membro ou cargo (uma menção).
staff-list-admin = Administrador: { $target }
staff-list-support = Suporte: { $target }
staff-blacklist-staff = Membros da equipe não podem ser bloqueados.
staff-blacklisted = { $target } agora está na lista de bloqueio e não pode abrir tickets.
# { $reason }: o que a equipe escreveu.
staff-blacklisted-reason = { $target } agora está na lista de bloqueio e não pode abrir tickets. Motivo: { $reason }
staff-unblacklisted = { $target } não está mais na lista de bloqueio.

## /stats server e /stats user (um embed; o Discord permite 256 caracteres no nome de um campo)

# { $average }, { $median }: durações escritas como 3d 4h, 12h, 30m (ficam como estão);
# { $count }: um número.
stats-spread = { $count ->
    [one] média de { $average }, mediana de { $median } ({ $count } ticket)
   *[other] média de { $average }, mediana de { $median } ({ $count } tickets)
}
stats-no-data = ainda sem dados
# { $week }, { $month }, { $all }: stats-spread ou stats-no-data.
stats-windows = 7 dias: { $week }
    30 dias: { $month }
    Desde o início: { $all }
# { $average }: como 4.2; { $count }: um número.
stats-ratings = { $count ->
    [one] { $average } / 5 com { $count } avaliação
   *[other] { $average } / 5 com { $count } avaliações
}
stats-no-ratings = ainda sem avaliações
stats-server-title = Estatísticas de tickets
stats-open-tickets = Tickets abertos
stats-total-tickets = Total de tickets
stats-opened = Abertos
stats-opened-value = { $week } em 7 dias, { $month } em 30 dias
stats-first-response = Tempo da primeira resposta
stats-resolution = Tempo de resolução
stats-rating = Avaliação
# { $user }: o nome de usuário do membro da equipe no Discord.
stats-user-title = Estatísticas de tickets de { $user }
stats-claimed = Assumidos
stats-closed = Fechados
stats-answered = Respondidos
stats-their-first-response = Tempo da primeira resposta do membro
stats-claimed-rating = Avaliação dos tickets assumidos pelo membro

## /help

# ticketbox é o nome do bot; a lista de comandos vem em seguida.
help-title = **Comandos do ticketbox**

permission-off-attach-files = sem anexar arquivos
permission-off-embed-links = sem inserir links
permission-off-add-reactions = sem reações
permission-off-external-emoji = sem emojis externos
permission-off-external-stickers = sem figurinhas externas
permission-off-voice-messages = sem mensagens de voz
permission-all-allowed = tudo permitido

## /mydata

# { $what }: uma das duas mensagens abaixo; { $due }: um horário do Discord, mantenha <t:…> como está.
mydata-filed = Seu pedido foi registrado: { $what }. O operador deste ticketbox responde até <t:{ $due }:D> (<t:{ $due }:R>).
mydata-filed-again = Você já pediu { $what }. O operador deste ticketbox responde até <t:{ $due }:D> (<t:{ $due }:R>).
mydata-what-export = uma cópia de tudo o que este ticketbox guarda sobre você (como arquivo JSON, enviado por MD quando couber; caso contrário, o operador informa como você vai recebê-la)
mydata-what-delete = a exclusão de tudo o que este ticketbox guarda sobre você (você recebe uma MD antes de isso acontecer)

mydata-dm-export = Aqui está tudo o que este ticketbox guarda sobre você (pedido de dados nº { $id }).
mydata-dm-export-waiting = Sua exportação de dados (pedido nº { $id }) está pronta, mas não pôde ser enviada aqui; o operador deste ticketbox vai fazê-la chegar até você.
mydata-dm-refused-export = Seu pedido nº { $id } de uma cópia dos seus dados foi recusado pelo operador deste ticketbox: { $reason }
mydata-dm-refused-delete = Seu pedido nº { $id } de remoção dos seus dados foi recusado pelo operador deste ticketbox: { $reason }
mydata-dm-removing = Como você pediu (pedido de dados nº { $id }), tudo o que este ticketbox guarda sobre você está sendo removido agora.
