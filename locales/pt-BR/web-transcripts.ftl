# O visualizador de transcrições do painel de controle (e a página HTML de
# `ticketbox transcript get`, que o exibe em inglês): o cabeçalho de um ticket fechado, as
# mensagens como o Discord as mostrou e os links de página de uma transcrição longa (português
# do Brasil). O que os membros escreveram (mensagens, nomes, respostas de formulário, perguntas
# de pesquisa) nunca é traduzido.

## Erros do visualizador

web-transcript-not-found = Não há transcrição aqui, ou você não pode lê-la.
web-transcript-busy = Muitas transcrições estão sendo abertas agora. Tente de novo em instantes.

## O título e o cabeçalho da página

# O título e o cabeçalho da página: o número do ticket e o nome do servidor.
web-transcript-title = Ticket #{ $number } — { $guild }
# Os rótulos das linhas do cabeçalho.
web-transcript-server = Servidor
web-transcript-ticket = Ticket
web-transcript-panel = Painel
web-transcript-opened-by = Aberto por
# Quando o ticket foi aberto (segue uma data).
web-transcript-opened = Aberto em
web-transcript-claimed-by = Assumido por
web-transcript-closed-by = Fechado por
# Quando o ticket foi fechado (segue uma data).
web-transcript-closed = Fechado em
# Por que o ticket foi fechado.
web-transcript-reason = Motivo
web-transcript-subject = Assunto
web-transcript-labels = Etiquetas
# A avaliação em estrelas e o comentário do solicitante, dados depois do fechamento.
web-transcript-rating = Avaliação
web-transcript-comment = Comentário
# Uma resposta da pesquisa pós-atendimento; $question é a pergunta do servidor como foi escrita.
web-transcript-survey = Pesquisa: { $question }

## Mensagens

# Uma resposta cuja mensagem original não está na transcrição.
web-transcript-reply-missing = uma mensagem que não está nesta transcrição
# A marca depois do nome de um bot, como o Discord a mostra.
web-transcript-bot = BOT
# Depois de uma mensagem que foi editada.
web-transcript-edited = (editado)
# Uma figurinha enviada numa mensagem; $name é o nome dela.
web-transcript-sticker = Figurinha: { $name }
# A menção de um cargo ou canal que não existe mais (escrita depois de @ ou #). $id é o ID dele
# no Discord.
web-transcript-deleted-role = cargo-excluído
web-transcript-deleted-channel = canal-excluído
web-transcript-deleted-role-id = cargo-excluído { $id }
web-transcript-deleted-channel-id = canal-excluído { $id }

## Anexos

# Um anexo cujo arquivo foi arquivado, mas não tem link (a página avulsa); $size em bytes.
web-transcript-attachment = [anexo: { $name } ({ $size } bytes)]
# Um anexo que não foi arquivado; $reason diz por quê (registrado em inglês no arquivamento).
web-transcript-attachment-skipped = [anexo não arquivado: { $name } — { $reason }]
web-transcript-attachment-plain = [anexo: { $name }]
# O tamanho de um arquivo. $count é um número inteiro de bytes; $size um número com uma casa
# decimal, já escrito com ponto (12.3).
web-transcript-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
web-transcript-size-kb = { $size } KB
web-transcript-size-mb = { $size } MB

## Links de página de uma transcrição longa

web-transcript-earlier = ← Anteriores
web-transcript-later = Seguintes →
# Quais mensagens esta página mostra; todos são números.
web-transcript-position = Mensagens { $from }–{ $to } de { $total } (página { $page } de { $pages })
web-transcript-show-all = Mostrar todas

web-transcript-note-channel-deleted = O canal do ticket foi excluído antes de poder ser arquivado: só os detalhes do ticket foram mantidos.
web-transcript-note-reopened-channel-deleted = O ticket foi reaberto; seu canal foi excluído antes que o segundo fechamento pudesse ser arquivado: a transcrição termina no primeiro fechamento.
web-transcript-skip-per-file = maior que o limite de { $mib } MiB por arquivo
web-transcript-skip-ticket-limit = o limite de { $mib } MiB de anexos do ticket foi atingido
web-transcript-skip-download = o download falhou ({ $why })
web-transcript-skip-not-on-cdn = não está nos servidores de arquivos do Discord, então não foi baixado
web-transcript-unknown-user = usuário desconhecido { $id }
web-transcript-removed-content = [removido a pedido]
