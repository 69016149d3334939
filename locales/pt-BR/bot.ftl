# O que o bot publica nos servidores e responde aos membros (português do Brasil).
# Variáveis: `{ $name }`. As marcações do Discord ficam como estão: <@{ $user }> um membro,
# <@&{ $role }> um cargo, <#{ $channel }> um canal, <t:{ $at }:R> um horário relativo.
# Nomes de comandos (/close) e palavras digitadas (none, off) ficam em inglês.
# Termos: ticket, painel, assumir (claim), transcrição, equipe de suporte, administrador,
# solicitante (quem abriu o ticket), tópico (thread), canal de registro (log channel).

## Recusas: por que uma ação no ticket não foi feita

refusal-blacklisted = Você está na lista de bloqueio e não pode abrir tickets neste servidor.
refusal-limit-reached = { $limit ->
    [one] Você já tem o máximo de { $limit } ticket aberto. Feche-o antes de abrir outro.
   *[other] Você já tem o máximo de { $limit } tickets abertos. Feche um deles antes de abrir outro.
}
refusal-panel-disabled = Este painel está desativado: no momento, ele não abre tickets.
refusal-open-command-disabled = Este servidor só abre tickets pelos painéis: use o botão de um painel para abrir um.
refusal-outside-hours = Este painel não abre tickets fora do horário de atendimento. { $notice }
refusal-access-denied-everyone = Este painel não abre tickets para os seus cargos (regra de acesso nº { $rule }: todos os demais são recusados).
refusal-access-denied = Membros com <@&{ $role }> não podem abrir tickets por este painel (regra de acesso nº { $rule }).
refusal-panel-limit-reached = { $limit ->
    [one] Você já tem { $limit } ticket aberto por este painel, que é o limite dele.
   *[other] Você já tem { $limit } tickets abertos por este painel, que é o limite dele.
}
refusal-server-full = { $cap ->
    [one] Este servidor atingiu o limite de { $cap } ticket aberto. Tente de novo quando a equipe tiver fechado algum.
   *[other] Este servidor atingiu o limite de { $cap } tickets abertos. Tente de novo quando a equipe tiver fechado alguns.
}
refusal-panel-full = { $cap ->
    [one] Este painel atingiu o limite de { $cap } ticket aberto. Tente de novo quando a equipe tiver fechado algum.
   *[other] Este painel atingiu o limite de { $cap } tickets abertos. Tente de novo quando a equipe tiver fechado alguns.
}
refusal-cooldown = Você abriu um ticket por este painel há pouco tempo. Você poderá abrir outro <t:{ $at }:R>.
refusal-needs-admin = Só administradores de tickets podem fazer isso.
refusal-needs-support = Só a equipe de suporte pode fazer isso.
refusal-users-cannot-close = Neste servidor, só a equipe pode fechar tickets. Peça a um membro da equipe ou, se você faz parte dela, use /closerequest.
refusal-not-a-ticket = Este não é um canal de ticket. Use o comando dentro de um ticket.
refusal-already-claimed = Este ticket já foi assumido por <@{ $user }>.
refusal-not-claimed = Este ticket não foi assumido.
refusal-not-claimer = Só o membro da equipe que assumiu este ticket, ou um administrador, pode fazer isso.
refusal-target-not-staff = Tickets só podem ser transferidos para a equipe de suporte ou para administradores.
refusal-cannot-remove-staff = Membros da equipe não podem ser removidos de um ticket.
refusal-cannot-remove-opener = O membro que abriu o ticket não pode ser removido dele.
refusal-only-own-ticket = Você só pode fazer isso no seu próprio ticket.
refusal-ticket-not-open = Este ticket já está sendo fechado.

## Erros

error-internal = Algo deu errado do lado do bot. O erro foi registrado; tente de novo.
error-discord-rate-limited = O Discord está limitando as solicitações do bot agora. Tente de novo em alguns segundos.
error-discord-server = O Discord teve um problema ao processar essa solicitação (HTTP { $status }). Nada foi alterado; tente de novo.
error-discord-forbidden = O bot não tem uma permissão do Discord necessária para isso. Peça a um administrador do servidor que verifique o cargo do bot.
error-discord-refused = O Discord recusou essa solicitação. Tente de novo; se continuar falhando, avise um administrador do servidor.
error-guild-only = Este comando só funciona dentro de um servidor.
# { $permissions }: os nomes das permissões do Discord, em inglês.
error-bot-missing-permissions = O bot não tem estas permissões do Discord aqui: { $permissions }.
error-user-missing-permissions = Você precisa de { $permissions } para usar este comando.
error-user-missing-required-permissions = Você não tem as permissões necessárias para usar este comando.
error-option-invalid-input = Essa opção não é válida ({ $input }): { $reason }.
error-option-invalid = Essa opção não é válida: { $reason }.
error-old-button = Este botão é de uma versão antiga do bot e não funciona mais.
error-old-form = Este formulário é de uma versão antiga do bot e não funciona mais.
error-pick-an-option = Escolha uma das opções.

## Abertura de tickets

ticket-opened = Ticket aberto: <#{ $channel }>
panel-gone = Este painel não existe mais.
panel-gone-send-new = Este painel não existe mais. Peça a um administrador do servidor que envie um novo.
form-changed = O formulário deste painel foi alterado; clique de novo no botão do painel.

## Tickets em tópico: o botão "Entrar no ticket"

join-ticket-closed = Este ticket está fechado.
join-other-team = Este ticket pertence a outra equipe de suporte.
join-claimed-by-other = Este ticket foi assumido por outro membro da equipe.
join-joined = Você entrou em <#{ $channel }>.

## Assumir e fechar

claim-handled-by = Seu ticket será atendido por <@{ $user }>.
close-confirm-question = Tem certeza de que quer fechar este ticket?
close-being-closed-by = Este ticket está sendo fechado por <@{ $user }>.
# O formulário que pede o motivo do fechamento: o título e o único campo.
close-reason-modal-title = Fechar ticket
close-reason-modal-label = Motivo
close-request-not-opener = Só o membro que abriu o ticket pode responder a um pedido de fechamento.
close-request-answered = Este pedido de fechamento já foi respondido.
close-request-accepted = O pedido de fechamento foi aceito; este ticket está sendo fechado.
close-request-declined = <@{ $user }> recusou o pedido de fechamento; o ticket continua aberto.

## Fechamento automático

autoclose-keep-open-refused = Só o membro que abriu este ticket ou a equipe pode mantê-lo aberto.
autoclose-kept-open = <@{ $user }> manteve este ticket aberto: a contagem do fechamento automático recomeça.

## Avaliação (nas MDs do solicitante)

# { $stars_shown }: as estrelas em emoji; { $stars }: o número.
feedback-rated = Obrigado! Você deu { $stars_shown } ({ $stars }/5) a este ticket. Você pode mudar a avaliação por 24 horas.
feedback-comment-title = Seu comentário
feedback-comment-label = Comentário
feedback-comment-thanks = Obrigado pelo comentário: a equipe vai vê-lo junto com a sua avaliação.
feedback-survey-thanks = Obrigado por nos contar mais: a equipe vai ver as suas respostas.

## Botões e menus que o bot publica (o Discord permite 80 caracteres num botão)

button-close = Fechar
button-close-with-reason = Fechar com motivo
button-claim = Assumir
button-close-ticket = Fechar ticket
button-join-ticket = Entrar no ticket
button-view-transcript = Ver transcrição
panel-select-placeholder = Escolha o assunto do seu ticket

## Um novo ticket

# As boas-vindas padrão, quando nem o painel nem o servidor têm as próprias. %user% é uma
# variável que o bot preenche: mantenha como está.
welcome-default = Obrigado por entrar em contato com o suporte, %user%.
    Descreva o seu problema e aguarde uma resposta: um membro da equipe vai atender você em breve.
welcome-subject = Assunto
welcome-started-from = Iniciado a partir de uma mensagem
# { $link }: o link da mensagem; { $user }: o autor dela.
welcome-started-from-link = { $link } de <@{ $user }>
welcome-outside-hours = Fora do horário de atendimento
form-answers-title = Respostas do formulário
join-notice = <@{ $user }> abriu o ticket #{ $number } (<#{ $channel }>). A equipe pode entrar nele por aqui.
open-bot-missing-permissions = O bot não tem permissões do Discord de que precisa para abrir tickets: { $permissions }. Peça a um administrador do servidor que as conceda ao cargo do bot.
open-already-opening = Seu ticket já está sendo aberto. Ele vai aparecer em instantes.
open-categories-full = As duas categorias de tickets estão cheias (o Discord permite 50 canais por categoria). Feche alguns tickets ou peça a um administrador que defina outra categoria.
open-server-channels-full = Este servidor atingiu o limite de 500 canais do Discord, então nenhum canal de ticket pode ser criado. Feche alguns tickets ou exclua canais sem uso, ou peça a um administrador que mude para o modo tópico (/setup use-threads).
# As categorias que o bot cria para os canais de ticket.
category-name = Tickets
category-name-overflow = Tickets (excedente)

## Fechamento: o aviso, o resumo no canal de registro e a MD ao solicitante

close-reason-too-long = O motivo do fechamento pode ter no máximo 1024 caracteres.
close-reason-channel-deleted = O canal do ticket foi excluído
close-notice = Ticket fechado.
close-notice-by = Ticket fechado por <@{ $user }>.
log-title = Ticket #{ $number } fechado
log-ticket = Ticket
log-panel = Painel
log-opened-by = Aberto por
log-claimed-by = Assumido por
log-not-claimed = Não assumido
log-closed-by = Fechado por
log-reason = Motivo
log-no-reason = Nenhum motivo informado
log-opened = Aberto em
log-closed = Fechado em
log-transcript = Transcrição
log-transcript-not-kept = Não guardada: este servidor não armazena transcrições.
log-rating = Avaliação
log-rating-not-asked = Não solicitada: não foi possível enviar MD ao solicitante
log-comment = Comentário
log-survey-question = Pesquisa: { $question }

## Recusas e textos da avaliação

feedback-request = Como foi o nosso atendimento no ticket #{ $number }? Dê uma nota de 1 a 5 estrelas; você pode mudar a avaliação por 24 horas.
button-add-comment = Adicionar um comentário
button-tell-us-more = Conte mais
feedback-comment-empty = O comentário está vazio.
feedback-no-answer = (sem resposta)
feedback-refusal-gone = Os dados deste ticket não existem mais, então ele não pode ser avaliado.
feedback-refusal-not-the-opener = Só o membro que abriu este ticket pode avaliá-lo.
feedback-refusal-too-late = As avaliações podem ser feitas ou alteradas por 24 horas depois que um ticket é fechado; este foi fechado antes disso.
feedback-refusal-bad-rating = A avaliação deve ser de 1 a 5 estrelas.
feedback-refusal-not-rated = Avalie o ticket primeiro e depois adicione um comentário.
feedback-refusal-no-survey = O painel deste ticket não tem mais uma pesquisa pós-atendimento.
feedback-refusal-survey-answered = Você já respondeu à pesquisa deste ticket. Obrigado!

## Comandos: /open, "Abrir ticket para usuário", /close, /closerequest, /reopen

open-for-bot = Tickets são abertos para membros, não para bots.
open-for-not-member = <@{ $user }> não é membro deste servidor.
open-for-blacklisted = <@{ $user }> está na lista de bloqueio e não pode abrir tickets neste servidor (use /blacklist para mudar isso).
# { $reason }: por que o membro não pôde abri-lo (outra mensagem).
open-for-refused = Para <@{ $user }>: { $reason }
open-for-closed-at-once = O ticket foi fechado imediatamente.
open-for-opened = Ticket aberto para <@{ $user }>: <#{ $channel }>
close-retrying = O fechamento deste ticket tinha travado; tentando de novo agora.
close-request-asks = <@{ $opener }>, <@{ $user }> pede para fechar este ticket.
close-request-reason = **Motivo:** { $reason }
close-request-auto = Ele será fechado automaticamente <t:{ $at }:R>, a menos que você responda.
button-close-request-accept = Aceitar e fechar
button-close-request-deny = Recusar
reopen-no-such-ticket = Não existe ticket #{ $number } neste servidor.
reopen-was-channel = O ticket #{ $number } era um canal, que foi excluído quando ele foi fechado; só tickets em tópico podem ser reabertos.
reopen-not-closed = O ticket #{ $number } não está fechado.
reopen-no-thread = Esse ticket não tem tópico.
reopen-done = O ticket #{ $number } foi reaberto: <#{ $channel }>
error-user-or-role = Informe um usuário ou um cargo (exatamente um dos dois).
error-everyone-not-allowed = @everyone não pode ser usado aqui: escolha um membro ou um cargo.
# { $role }: o nome do cargo.
error-managed-role = { $role } pertence a um bot ou integração e não pode ser usado aqui: escolha um membro ou outro cargo.

## Atendendo um ticket: /claim, /unclaim, /transfer, /add, /remove, /rename, /notes, /jumptotop, /switchpanel

claim-released = <@{ $user }> não está mais atendendo este ticket; qualquer membro da equipe pode assumi-lo.
claim-transferred = Este ticket agora é atendido por <@{ $user }>.
# { $who }: a menção de um membro ou cargo.
members-added = { $who } foi adicionado a este ticket.
members-already-in = { $who } já está neste ticket.
members-removed = { $who } foi removido deste ticket.
members-not-in = { $who } não tinha sido adicionado a este ticket.
members-everyone = @everyone não pode ser adicionado a um ticket: isso o mostraria para o servidor inteiro.
members-roles-staff-only = Só a equipe pode adicionar cargos a um ticket; adicione os membros um por um.
members-opener-already-in = O membro que abriu o ticket já está nele.
members-no-roles-in-threads = Não é possível adicionar cargos a um ticket em tópico; adicione os membros um por um.
ticket-no-channel = Este ticket não tem canal.
rename-empty = Esse nome não tem nenhum caractere que o Discord permita em nomes de canal.
rename-scheduled = O Discord permite renomear cada canal duas vezes a cada 10 minutos. O novo nome `{ $name }` será aplicado <t:{ $at }:R>.
rename-done = Renomeado para `{ $name }`.
notes-thread-ticket = Os tópicos de notas são para tickets em canal: um ticket em tópico não pode conter outro tópico.
notes-here = Notas da equipe sobre este ticket: <#{ $channel }> (o solicitante não consegue ver).
jump-no-first-message = Este ticket não tem uma primeira mensagem para onde ir.
jump-to-top = [Ir para o início do ticket #{ $number }]({ $link })
# { $panel }: o título digitado, entre aspas.
switchpanel-no-such-panel = Não existe nenhum painel chamado { $panel }. Use /panel list para vê-los.
switchpanel-done = Este ticket agora pertence ao painel **{ $panel }**.

## /language

# { $name }: o nome do idioma nele mesmo (Deutsch, Français…).
language-chosen = O bot fala { $name } neste servidor.
language-discord = O bot segue o idioma deste servidor nas configurações do Discord: { $name } no momento.
language-members-own = Os membros recebem respostas privadas no próprio idioma do Discord deles, quando o bot fala esse idioma.
language-members-server = Os membros recebem respostas no idioma do servidor.
# { $language } e { $members }: as duas frases acima.
language-summary = { $language } { $members }

welcome-title = Ticket #%ticket_id%

panel-default-text = Clique no botão abaixo para abrir um ticket.
panel-default-button = Abrir um ticket

## Motivos que o bot informa quando ele mesmo fecha um ticket

close-request-expired-reason = Pedido de fechamento: sem resposta antes do prazo

post-not-connected = O bot não está conectado ao Discord agora, então nada foi publicado. Tente de novo em um minuto.
post-multi-panel-empty = Todos os painéis deste multipainel foram excluídos: adicione painéis primeiro.

perm-view-channels = Ver canais
perm-manage-channels = Gerenciar canais
perm-manage-roles = Gerenciar cargos
perm-send-messages = Enviar mensagens
perm-embed-links = Inserir links
perm-read-message-history = Ver histórico de mensagens
perm-create-private-threads = Criar tópicos privados
perm-send-messages-in-threads = Enviar mensagens em tópicos
perm-manage-threads = Gerenciar tópicos
