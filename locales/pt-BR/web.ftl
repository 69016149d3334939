# A moldura do painel de controle: cabeçalho, seletor de idioma, abas, confirmações, páginas de
# erro (português do Brasil). Exibido ao visitante no idioma dele; o que um servidor escreveu
# (títulos de painéis, mensagens de boas-vindas) nunca é traduzido.

## Cabeçalho e seletor de idioma

web-log-out = Sair
# O rótulo do seletor de idioma (lido por leitores de tela) e o botão dele.
web-language = Idioma
web-language-apply = Alterar
web-language-unknown = Esse idioma não está disponível aqui.

## As abas de um servidor

web-tab-tickets = Tickets abertos
web-tab-transcripts = Transcrições
web-tab-stats = Estatísticas
web-tab-settings = Configurações
web-tab-panels = Painéis
web-tab-multipanels = Multipainéis
web-tab-forms = Formulários
web-tab-staff = Equipe e equipes de suporte
web-tab-tags = Tags
web-tab-labels = Etiquetas
web-tab-integrations = Integrações
web-tab-audit = Registro de auditoria

## Confirmações depois de uma alteração

web-done-saved = Salvo.
web-done-created = Criado.
web-done-deleted = Excluído.
web-done-sent = Publicado no Discord.
web-done-added = Adicionado.
web-done-removed = Removido.
web-done-moved = Movido.
web-done-blacklisted = Adicionado à lista de bloqueio.
web-done-unblacklisted = Removido da lista de bloqueio.

## Há quanto tempo (curto, em listas)

web-age-days = { $count } d
web-age-hours = { $count } h
web-age-minutes = { $count } min

## Páginas de erro: os títulos (status HTTP) e os textos

web-status-400 = Requisição inválida
web-status-401 = Não autorizado
web-status-403 = Acesso proibido
web-status-404 = Não encontrado
web-status-408 = Tempo da requisição esgotado
web-status-413 = Conteúdo grande demais
web-status-422 = Não salvo
web-status-429 = Requisições demais
web-status-500 = Erro interno do servidor
web-status-502 = Gateway inválido
web-status-503 = Serviço indisponível
web-guild-not-found = Esse servidor não existe, ou você não pode gerenciá-lo.
web-form-expired = Este formulário expirou ou não veio deste painel de controle. Recarregue a página e tente de novo.
web-internal-error = Algo deu errado do nosso lado. O erro foi registrado.
