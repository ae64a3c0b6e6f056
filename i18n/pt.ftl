# Pilares — mensagens da interface, português.

## Tela inicial
start-title = Pilares
start-tagline = Autoavaliação dos sistemas de desenvolvimento profissional docente, pilar por pilar.
language = Idioma
start-continue = “{ $label }” está aberta.
continue = Continuar
autosave-title = Guardamos uma avaliação para você
autosave-body = { $done } de { $total } perguntas respondidas. O Pilares a guarda em segurança até você lhe dar um arquivo com “Salvar como…”.
autosave-restore = Recuperar
autosave-discard = Descartar
autosave-broken = Não é possível ler a avaliação guardada
autosave-decide-first = Primeiro recupere ou descarte a avaliação que foi guardada para você.
start-new = Nova avaliação
framework-built-in = incluído
framework-summary = Versão { $version } · { $pillars } pilares · { $questions } perguntas · { $origin }
start-new-button = Começar uma nova avaliação
start-new-from-file = Com um arquivo de referencial…
start-new-from-file-help = Use um referencial escrito em RON (veja o README), por exemplo um que a sua secretaria ou ministério adaptou.
start-open = Abrir uma avaliação
start-open-button = Abrir um arquivo…
start-drop-hint = Você também pode arrastar uma avaliação (.ron) para esta janela para abri-la, ou vários arquivos, um .csv ou uma pasta de trabalho do Excel (.xlsx) para compará-los.
start-recent = Arquivos recentes
framework-already-built-in = { $id } já vem incluído; a cópia incluída é usada.
new-assessment-label = Autoavaliação { $date }
open-needs-framework = Adicione o referencial dela com “Com um arquivo de referencial…” na tela inicial e abra-a de novo.

## Barra superior
nav-details = Dados da equipe
nav-questions = Perguntas
nav-results = Resultados
saved-in = Salvo em { $file }
kept-in-autosave = Ainda não está em um arquivo seu (guardado automaticamente)
kept-in-autosave-help = Cada alteração já fica guardada no salvamento automático do aplicativo. Escolha “Salvar como…” para dar à avaliação um arquivo próprio, para compartilhar ou arquivar.
save-as = Salvar como…
close = Fechar
close-help = Voltar à tela inicial. Tudo já está salvo.
theme-dark = Tema escuro
theme-light = Tema claro
zoom-in = Texto maior (Ctrl +)
zoom-out = Texto menor (Ctrl −)
dismiss = Fechar aviso

## Dados da equipe
details-title = Dados da equipe
details-intro = Quem avalia e quando. Tudo é opcional, exceto o nome, que aparece nos gráficos e nas exportações.
details-label = Nome desta avaliação
details-label-hint = p. ex., Brasil — linha de base 2026
details-label-empty = Dê um nome à avaliação: os gráficos e as exportações o usam.
details-country = País
details-team = Equipe ou unidade
details-team-hint = p. ex., Diretoria de Formação Docente
details-date = Data
details-date-invalid = Escreva a data como AAAA-MM-DD, p. ex., 2026-02-26.
details-participants = Participantes
details-participants-hint = Uma pessoa por linha
details-scope = Pilares avaliados
details-scope-help = Uma oficina pode tomar apenas alguns pilares como lente. O radar precisa de pelo menos três.
details-begin = Começar as perguntas →

## Painel lateral
progress-overall = { $done } de { $total } respondidas
pillar-progress = { $done } de { $total } perguntas respondidas ou não aplicáveis
mark-answered = respondida
mark-not-applicable = não se aplica
mark-unanswered = ainda sem resposta
legend-dots = ● respondida   — não se aplica   ○ sem resposta   ◉ trazida, a confirmar

## Pergunta
question-position = Pergunta { $n } de { $count } deste pilar · { $overall } de { $total } no total
question-guidance = Orientação
question-choose = Escolha o nível que descreve o seu sistema hoje
question-not-applicable = Não se aplica ao nosso sistema (N)
question-note = Evidências e notas
question-note-hint = O que a equipe examinou? Documentos, dados, exemplos…
question-discussion = Perguntas para a discussão (facilitação)
previous = ← Anterior
next = Próxima →
see-results = Ver os resultados →
question-keys = Teclas: 1, 2, 3… escolhem um nível · ↑ ↓ mudam · N não se aplica · Enter ou → próxima · ← anterior · Tab percorre os controles

## Resultados
results-title = Resultados: { $label }
results-overall = Geral { $score } de { $max } · { $level }
results-none = Nenhuma pergunta foi respondida ainda, então não há pontuação.
results-completeness = { $done } de { $total } perguntas respondidas ou não aplicáveis ({ $na ->
    [one] uma não se aplica
   *[other] { $na } não se aplicam
})
results-answer-rest = Responder as demais
col-pillar = Pilar
col-score = Pontuação
col-level = Nível alcançado
col-answered = Respondidas
col-na = N/A
col-unanswered = Pendentes
results-weakest = Perguntas mais fracas
results-weakest-none = Ainda não há perguntas abaixo do nível mais alto.
results-to-reach = Para chegar a { $level }: { $rubric }
results-strongest = Perguntas mais fortes
results-strongest-none = Ainda não há perguntas acima do nível mais baixo.
results-export = Exportar
export-csv = Respostas em CSV…
export-xlsx = Pasta de trabalho do Excel…
export-png = Gráfico em PNG…
export-svg = Gráfico em SVG…
exported-to = Exportado para { $path }
saved-to = Salvo em { $path }

## Diálogos
dialog-open = Abrir uma avaliação
dialog-framework = Escolher um arquivo de referencial
dialog-save-as = Salvar a avaliação como
dialog-export-csv = Exportar as respostas em CSV
dialog-export-workbook = Exportar uma pasta de trabalho do Excel (respostas, pontuações, plano)
dialog-export-chart = Exportar o gráfico
filter-assessment = Avaliação do Pilares
filter-framework = Referencial do Pilares
filter-csv = Planilha CSV
filter-xlsx = Pasta de trabalho do Excel
filter-png = Imagem PNG
filter-svg = Desenho SVG

## Relatório
report-title-one = Relatório de autoavaliação: { $label }
report-title-many = Comparação de { $count } avaliações
report-assessment = Avaliação
report-completeness = Respondidas
report-done-of = { $done } de { $total }
report-context = Quem avaliou, e quando
report-overall-level = Nível geral:
report-score-of = { $score } de { $max }
report-answered-of = { $done } de { $total } perguntas respondidas
report-key-actions = Ações principais
report-no-open-actions = Ainda não há ações abertas no plano.
report-more-actions = { $count ->
    [one] e mais uma ação no plano
   *[other] e mais { $count } ações no plano
}
report-strongest-pillars = Pilares mais fortes (média)
report-weakest-pillars = Pilares mais fracos (média)
report-left-out = Estas avaliações foram feitas com versões diferentes do referencial ({ $versions }), por isso são comparadas nas perguntas que todas as versões têm; { $count ->
    [one] fica de fora uma pergunta
   *[other] ficam de fora { $count } perguntas
}: { $ids }.
report-scores = Pontuação por pilar
report-mean = Média
report-range = Intervalo
report-overall = Geral
report-comparison = Comparação
report-change = Mudança de “{ $from }” para “{ $to }”
report-delta = Mudança
report-disagree = Onde as avaliações mais divergem
report-disagree-help = Primeiro as maiores diferenças de nível: é por aí que a discussão deve começar.
report-question = Pergunta
report-strengths-gaps = Pontos fortes e lacunas
report-every-question = Todas as perguntas
report-unknown-title = Respostas a perguntas que este marco não tem
report-unknown-help = { $count ->
    [one] Esta resposta menciona uma pergunta
   *[other] Estas { $count } respostas mencionam perguntas
} que { $framework } { $version } não tem: a avaliação foi feita com outra versão do marco, ou o arquivo foi editado. Elas são mantidas no arquivo e mostradas aqui, mas não contam em nenhuma pontuação.
report-question-id = Identificador da pergunta
report-level = Nível
report-plan = Plano de melhoria
report-current = Atual
report-target = Meta
report-gap = Lacuna
report-action = Ação
report-owner = Responsável
report-due = Prazo
report-status = Situação
plan-overdue = atrasada
status-planned = Planejada
status-in-progress = Em andamento
status-done = Concluída
status-dropped = Abandonada

## Comparar
nav-compare = Comparar ({ $count })
nav-start = Início
start-compare-button = Comparar avaliações…
start-compare-help = Abra vários arquivos de avaliação, ou um CSV com muitas, para vê-las no mesmo radar.
results-compare = Comparar com outras avaliações…
drop-refused = { $file } não é uma avaliação (.ron) nem uma tabela de respostas (.csv, .xlsx), então não foi aberto.
compare-title = Comparação
compare-projector = Projetor
compare-projector-help = Tudo maior e as linhas do gráfico mais grossas, para a sala inteira
compare-over-time = Uma mesma equipe ao longo do tempo
compare-over-time-help = Marque quando a primeira e a última forem a mesma equipe em dois momentos (uma linha de base e seu acompanhamento): a mudança entre elas é mostrada, aqui e no relatório. Deixe desmarcado para grupos paralelos de uma oficina.
compare-count = { $count ->
    [one] Uma avaliação
   *[other] { $count } avaliações
}
compare-add = Adicionar arquivos…
compare-clear = Limpar a comparação
compare-drop-hint = Arraste mais arquivos .ron, .csv ou .xlsx para a janela para adicioná-los. Desmarque uma para ocultá-la.
compare-none-shown = Marque pelo menos uma avaliação para mostrá-la.
compare-left-out = Feitas com versões diferentes do referencial: comparadas nas perguntas que todas as versões têm; { $count ->
    [one] fica de fora uma pergunta
   *[other] ficam de fora { $count } perguntas
} ({ $ids }).
compare-band = Intervalo (mín.–máx.)
compare-duplicate = “{ $label }” de { $source } já está na comparação (de { $other }); os nomes devem ser únicos, por isso não foi adicionada.
compare-file-name = comparacao
export-report = Relatório (HTML)…
dialog-compare = Escolher avaliações para comparar
dialog-export-report = Salvar o relatório
filter-assessments = Avaliações (RON, CSV ou Excel)
filter-html = Página web (HTML)

## Plano
nav-plan = Plano
results-make-plan = Fazer um plano →
plan-title = Plano: { $label }
plan-intro = Defina o nível que cada pilar pretende alcançar e anote quem faz o quê e até quando. Cada alteração é salva na hora, no arquivo da avaliação.
plan-target-series = Meta
plan-targets = Metas
plan-baseline = Linha de base
plan-target-of = Meta para { $pillar }
plan-no-target = ainda sem meta
plan-clear-target = Limpar
plan-clear-target-of = Remover a meta de { $pillar }
plan-suggestions = Começar pelas perguntas mais fracas
plan-add-action = Adicionar como ação
plan-no-suggestions = Não há perguntas fracas sem ação.
plan-actions = Ações, por prazo
plan-no-actions = Ainda não há ações.
plan-new-action = Nova ação
plan-remove = Remover
plan-progress = Avanço desde uma linha de base
plan-baseline-help = Abra a avaliação do ano passado para ver, por pilar, a linha de base ao lado da pontuação de hoje e da meta, e quais das suas ações foram concluídas.
plan-open-baseline = Abrir a linha de base…
plan-baseline-is = Linha de base: “{ $label }” ({ $source })
plan-baseline-done = { $done } das suas { $total } ações foram concluídas.
plan-carry-over = Trazer o plano dela
plan-close-baseline = Fechar a linha de base
plan-baseline-other-framework = ela responde ao referencial “{ $id }”, não a este: escolha uma avaliação do mesmo referencial.
dialog-baseline = Escolher a avaliação de linha de base

## Segurança
autosave-needs-framework = Ela foi feita com o arquivo de referencial { $path }, que não está carregado. Usar esse arquivo para recuperá-la?
autosave-use-framework = Usar este arquivo de referencial

conflict-title = Outra pessoa alterou este arquivo
conflict-body = Outra pessoa alterou { $file } depois que você o abriu. Nada foi gravado por cima do trabalho dela: suas alterações desde então estão guardadas aqui, ainda não salvas. Escolha como seguir.
conflict-theirs-only = Só a outra pessoa alterou: { $list }
conflict-mine-only = Só você alterou: { $list }
conflict-details = Os dados da equipe ou o plano também diferem: ao combinar, ficam os seus onde você os alterou e os da outra pessoa no resto.
conflict-clashes = Vocês dois alteraram estas respostas; escolha em cada uma:
conflict-mine = A minha: { $level }
conflict-theirs = A outra: { $level }
conflict-merge = Combinar resposta por resposta e salvar
conflict-take-theirs = Usar a outra versão (a sua fica como cópia)
conflict-keep-mine = Manter a minha como cópia
conflict-copy-suffix = minha versão
conflict-unreadable = O arquivo da outra pessoa não pode mais ser lido como uma avaliação deste marco. Mantenha a sua como cópia; o outro fica como está.
conflict-merged = Combinado com as alterações da outra pessoa e salvo.
conflict-copy-saved = Sua versão foi guardada em { $path }.
not-saved-conflict = Não salvo: outra pessoa alterou o arquivo
unsaved-heading = Ainda não estão em um arquivo seu
unsaved-elsewhere = Aberta em outra janela do Pilares.
discard-confirm = Descartar “{ $label }” e suas { $done } respostas? Ela vai para a pasta de descartadas, de onde pode ser recuperada.
discard-yes = Sim, descartar
discard-no = Não, manter
discarded = “{ $label }” foi descartada. Uma cópia fica em { $path }.
undo = Desfazer
prompt-title = A janela de arquivos não pôde abrir neste computador
prompt-save-help = Digite onde salvar o arquivo, ou mantenha o lugar sugerido (uma pasta Pilares em seus documentos, criada se preciso).
prompt-open-help = Digite o caminho do arquivo a abrir, ou escolha um na pasta abaixo.
prompt-path = Caminho do arquivo
prompt-save = Salvar aqui
prompt-open = Abrir
prompt-cancel = Cancelar
score-completeness = Completude: { $done } de { $total } perguntas respondidas ou que não se aplicam ({ $percent })
date-hint = dd/mm/aaaa
date-invalid = Não é uma data: escreva como dd/mm/aaaa, p. ex., 26/02/2026 (ou 2026-02-26). Não é salva até que seja.
prompt-exists = { $path } já existe: nada é gravado por cima de outro arquivo. Escolha outro nome.
not-saved-error = Não salvo: o arquivo não pode ser gravado

nav-consensus = Consenso
consensus-title = Consenso: { $label }
consensus-intro = O que cada integrante escolheu sozinho, pergunta por pergunta: primeiro as maiores divergências. Escolham o nível em que a equipe concorda e escrevam por quê.
consensus-none = Ainda não há respostas individuais: tragam-nas dos arquivos de cada um.
consensus-progress = { $settled } acordadas · { $open } a discutir
consensus-alpha = Concordância antes da discussão (α de Krippendorff) { $alpha }: { $reading }
alpha-alike = a equipe vê seu sistema da mesma forma
alpha-mostly = a equipe vê seu sistema quase da mesma forma
alpha-differently = a equipe vê seu sistema de forma diferente
alpha-very-differently = a equipe vê seu sistema de forma muito diferente
consensus-away-from-majority = Acordado longe do que a maioria escolheu: escrevam o motivo abaixo.
consensus-reason = O motivo da equipe
consensus-reason-hint = Por que este nível: as evidências que a equipe considerou
bring-in = Trazer as respostas dos participantes…
dialog-bring-in = Autoavaliações individuais dos participantes
bring-in-done = { $count ->
    [one] As respostas de um participante foram trazidas
   *[other] As respostas de { $count } participantes foram trazidas
}: { $agreed } perguntas respondidas igual, { $open } a discutir.
bring-in-other-framework = responde ao marco { $id }, não ao desta avaliação: tragam avaliações do mesmo marco

report-consensus = O consenso da equipe
report-consensus-who = { $count ->
    [one] Um integrante respondeu sozinho antes da reunião da equipe.
   *[other] { $count } integrantes responderam sozinhos antes da reunião da equipe.
}
report-consensus-no-alpha = Poucas avaliações para medir quanto concordaram.
report-consensus-alike = { $count ->
    [one] Uma pergunta recebeu a mesma avaliação de todos que a responderam.
   *[other] { $count } perguntas receberam a mesma avaliação de todos que as responderam; abaixo, as avaliadas de forma diferente, cada integrante um ponto, o nível da equipe num círculo.
}
report-ratings = Avaliações dos integrantes
report-agreed = Nível da equipe
report-not-settled = ainda não acordado
results-disagreed-most = Onde os integrantes mais divergiram: { $pillars }
answer-alone = { $name } responde sozinho
answer-alone-help = Antes da reunião, cada integrante pode responder sozinho numa cópia própria; depois tragam as respostas (Consenso).
answer-alone-started = Uma cópia para { $name } responder sozinho: a avaliação da equipe fica como estava.
consensus-compare-members = Cada integrante no radar
consensus-away-from-majority-noted = Acordado longe do que a maioria escolheu; o motivo está abaixo.

## Problemas nos arquivos
problem-warning = aviso
problem-too-large = o arquivo tem { $size } MiB, mais do que os { $limit } MiB que este tipo de arquivo pode ter: verifique se é o arquivo certo
problem-unreadable = não é possível ler o arquivo: { $error }
problem-not-utf8 = o arquivo não é texto UTF-8: salve-o como UTF-8 (numa planilha, "CSV UTF-8")
problem-is-folder = é uma pasta, não um arquivo: indique um arquivo dentro dela
problem-unknown-field = campo desconhecido `{ $name }`; esperava-se um de: { $expected }
problem-not-a-framework = isto não é um marco do Pilares: um arquivo assim começa com `Framework(`, como { $example }; verifique se é o arquivo certo
problem-not-an-assessment = isto não é uma avaliação do Pilares: um arquivo assim começa com `Assessment(`, como { $example }; verifique se é o arquivo certo
problem-unlistable = não é possível ler a pasta: { $error }
problem-empty-folder = a pasta não tem arquivos de avaliação .ron, .csv nem .xlsx
problem-duplicate-label = o nome "{ $label }" também é usado por uma avaliação em { $other }; numa comparação os nomes devem ser únicos: mude um
problem-unknown-framework = o marco "{ $id }" versão "{ $version }" não está incorporado nem foi indicado: passe o arquivo com --framework CAMINHO (conhecidos: { $known })
problem-other-framework = esta avaliação responde ao marco "{ $id }", não a "{ $expected }"
problem-other-version = feita com a versão { $version } de "{ $id }"; comparada com a versão { $loaded }: são usadas as respostas às perguntas que ainda existem
problem-empty-label = o nome está vazio: dê um nome à avaliação, p. ex., "Honduras — linha de base 2026"
problem-date = a data "{ $date }" não está escrita como AAAA-MM-DD
problem-scope-too-small = o escopo tem { $count } pilar(es) deste marco; um gráfico de radar precisa de pelo menos 3
problem-unknown-answers = { $count } resposta(s) citam perguntas que { $framework } não tem; são mantidas no arquivo mas não pontuadas: { $ids }
problem-level-and-na = a resposta a "{ $id }" tem ao mesmo tempo um nível e "não se aplica": mantenha um
problem-level-off-scale = o nível { $level } de "{ $id }" não está na escala ({ $values })
problem-quote-never-closed = a aspa aberta na célula { $cell } da linha { $line } nunca é fechada: feche-a, ou duplique-a ("") se fizer parte do texto
problem-text-after-quote = a célula { $cell } tem texto depois da aspa de fechamento: uma aspa dentro de uma célula deve ser duplicada (""); corrija a célula
problem-quote-closes-late = a aspa que abre a célula { $cell } nesta linha só fecha na linha { $line }, e há texto depois dela: falta uma aspa ou ela não foi duplicada; as linhas entre elas ficariam perdidas numa só célula
problem-windows-1252 = o arquivo não é UTF-8: lido como Windows-1252, como o Excel salva "CSV" no Windows; confira os acentos, ou salve-o como CSV UTF-8
problem-mixed-encodings = esta linha não é texto UTF-8 embora as anteriores sejam: o arquivo mistura codificações; salve-o de novo como CSV UTF-8
problem-line-not-utf8 = esta linha não é texto UTF-8 embora o arquivo diga que é: salve-o de novo como CSV UTF-8
problem-empty-table = o arquivo está vazio: uma tabela precisa de uma linha de cabeçalho
problem-sep-no-header = o arquivo tem uma linha `sep=` mas nenhuma linha de cabeçalho
problem-cell-under-no-header = esta linha tem { $used } células mas o cabeçalho nomeia { $named }: a coluna { $used } tem algo sob nenhum cabeçalho; dê um cabeçalho à coluna, ou esvazie a célula
problem-unquoted-separator = esta linha tem { $used } células mas o cabeçalho nomeia { $named }: uma célula contém um separador ({ $separator }) sem aspas em volta; ponha essa célula entre aspas duplas, ou remova as células a mais

## Ajuda da linha de comando
help-after = Sem comando, pilares abre o aplicativo (com ARQUIVO…, esses arquivos); com um comando funciona sem janela, e nenhum comando abre uma.
help-about = Autoavaliação dos sistemas de formação continuada de professores frente a um marco de pilares
help-usage = Uso
help-commands = Comandos
help-arguments = Argumentos
help-options = Opções
help-flag = Mostrar a ajuda
help-version-flag = Mostrar a versão
help-command-validate = Verificar arquivos ou pastas de marcos; mostra CAMINHO:LINHA:COL: mensagem para cada problema
help-command-score = Pontuações por pilar e gerais das avaliações
help-command-export = Respostas no formato CSV longo, uma linha por pergunta e avaliação; ou, para OUT.xlsx, uma pasta de trabalho para analistas
help-command-chart = Gráfico de radar: um polígono por avaliação, um eixo por pilar
help-command-report = Um relatório HTML imprimível e autocontido: resumo, gráfico, tabelas, comparação, plano, notas
help-command-plan = O plano de melhoria em CSV: uma linha por ação
help-command-import = Transformar a exportação de uma pesquisa ou formulário (uma linha por pessoa ou grupo) em arquivos de avaliação, um por linha
help-command-merge = Trazer as respostas individuais dos participantes para a avaliação da equipe
help-command-agreement = Quanto uma equipe concordou: por pergunta as avaliações e o nível acordado, e o alfa de Krippendorff
help-arg-frameworks = Um arquivo de marco, ou uma pasta deles, para usar junto aos incorporados (pode repetir)
help-arg-files = Arquivos para abrir no aplicativo: uma avaliação (.ron) para responder, ou vários arquivos, um CSV longo ou uma pasta de trabalho para comparar
help-arg-paths = Arquivos de marco (.ron) ou pastas deles
help-arg-inputs = Arquivos de avaliação (.ron), CSV no formato longo ou .xlsx, ou pastas deles
help-arg-output = O arquivo a escrever
help-arg-lang = Idioma da saída (en, es, pt, fr; uma região como pt-BR serve); padrão: o do sistema
help-arg-format = Formato de saída
help-arg-separator = O separador do CSV; o Excel em espanhol, português ou francês espera ponto e vírgula
help-arg-excel = Começar o CSV com uma marca de ordem de bytes e terminar as linhas com CRLF, para o Excel no Windows
help-arg-width = Largura em pixels
help-arg-height = Altura em pixels
help-arg-survey = A exportação da ferramenta de pesquisa: CSV (qualquer separador e codificação) ou .xlsx
help-arg-label_column = A coluna com o nome de cada linha
help-arg-map = Uma coluna cujo cabeçalho não nomeia nenhuma pergunta, e a pergunta que responde (pode repetir)
help-arg-ignore = Uma coluna deixada de fora de propósito, embora suas células pareçam respostas (pode repetir)
help-arg-label = O nome da avaliação da equipe
help-arg-settle = O que fazer onde as respostas diferem: deixar para a equipe, ou tomar a mediana
problem-scope-unknown-pillar = o escopo cita o pilar "{ $id }", que { $framework } não tem
problem-ratings-unknown-question = avaliações da pergunta "{ $id }", que { $framework } não tem: mantidas no arquivo, fora de qualquer acordo
problem-rating-no-one = uma avaliação de "{ $id }" não nomeia ninguém: escreva quem a escolheu em `by`
problem-rating-twice = "{ $by }" avaliou "{ $id }" duas vezes: mantenha uma avaliação por pessoa
problem-rating-level-and-na = a avaliação de "{ $by }" para "{ $id }" tem ao mesmo tempo um nível e "não se aplica": mantenha um
problem-rating-off-scale = "{ $by }" avaliou "{ $id }" com o nível { $level }, que não está na escala
problem-target-unknown-pillar = meta para o pilar "{ $id }", que { $framework } não tem
problem-target-off-scale = a meta { $target } para "{ $id }" está fora da escala ({ $min } a { $max })
problem-action-unknown-pillar = a ação cita o pilar "{ $id }", que { $framework } não tem
problem-action-unknown-question = a ação cita a pergunta "{ $id }", que o pilar "{ $pillar }" não tem
problem-due-date = o prazo "{ $date }" não está escrito como AAAA-MM-DD
problem-no-frameworks = a pasta não tem arquivos de marco .ron
problem-not-a-workbook = não é possível ler o arquivo como pasta de trabalho do Excel (.xlsx): { $error }; salve-o na planilha como .xlsx ou como CSV UTF-8
problem-no-sheet = a pasta de trabalho não tem nenhuma planilha
problem-empty-sheet = a planilha "{ $name }" está vazia: uma tabela precisa de uma linha de cabeçalho
problem-flag = not_applicable "{ $text }" não é nem sim nem não: escreva true ou false (ou sí/no, sim/não, oui/non, 1/0, x), ou deixe em branco
problem-level-number-and-name = o nível "{ $text }" diz { $value } mas nomeia o nível { $named }: corrija o número ou o nome
problem-not-a-level = o nível "{ $text }" não está na escala de { $framework }: escreva um de { $levels }, NA, ou deixe em branco
problem-in-question = pergunta "{ $question }": { $inner }
problem-row-unknown-framework = a avaliação "{ $label }" responde ao marco "{ $id }" versão "{ $version }", que não está incorporado nem foi indicado: passe o arquivo com --framework CAMINHO (conhecidos: { $known })
problem-row-which-framework = não se sabe a que marco a avaliação "{ $label }" responde: nenhum marco conhecido tem a pergunta "{ $question }"; acrescente as colunas framework_id e framework_version ou passe --framework CAMINHO
problem-level-label-disagree = level "{ $level }" e level_label "{ $label }" não concordam: corrija um, ou esvazie a célula level_label
problem-na-label-disagree = level "{ $level }" (não se aplica) e level_label "{ $label }" não concordam: corrija um, ou esvazie a célula level_label
problem-row-level-and-na = a pergunta "{ $question }" tem ao mesmo tempo o nível { $level } e not_applicable "{ $flag }": mantenha um
problem-row-too-short = esta linha tem { $cells } células, poucas demais para chegar à coluna { $column } (célula { $needed }): falta uma célula ou um separador
problem-row-no-assessment = a célula assessment está vazia: cada linha nomeia sua avaliação
problem-row-no-question = a célula question_id está vazia
problem-row-scope = o escopo da avaliação "{ $label }" é "{ $here }" aqui mas "{ $first }" na linha { $line }: todas as linhas de uma avaliação têm o mesmo escopo
problem-row-rated-twice = "{ $rater }" avaliou a pergunta "{ $question }" da avaliação "{ $label }" duas vezes: mantenha uma linha
problem-row-again = a pergunta "{ $question }" da avaliação "{ $label }" aparece de novo (primeiro na linha { $line }): mantenha uma linha
problem-workbook-too-large = a pasta de trabalho tem { $size } MiB; uma pasta de trabalho é lida inteira e pode ter no máximo { $limit } MiB: salve a planilha como CSV UTF-8, que é lido à medida que chega
problem-utf16-too-large = o arquivo é UTF-16 e tem mais de { $limit } MiB, o máximo lido em UTF-16: salve-o como CSV UTF-8
problem-bad-utf16 = o arquivo começa como texto UTF-16 mas não é: salve-o como CSV UTF-8
problem-row-in-quote = esta linha é lida como parte da célula entre aspas aberta na linha { $line } (célula { $cell }), embora pareça uma linha própria: se falta ali uma aspa de fechamento, corrija-a, ou as linhas intermediárias são lidas como texto
problem-row-too-long = a linha que começa aqui tem mais de { $limit } MiB, o máximo que uma linha pode ter
problem-row-too-long-quote = a linha que começa aqui tem mais de { $limit } MiB, o máximo que uma linha pode ter; a aspa aberta na linha { $line } provavelmente nunca é fechada
problem-too-many = mais de { $max } avaliações: um gráfico ou um relatório mostra no máximo { $max }; use `pilares score` ou `pilares export` para tantas, ou escolha as avaliações a comparar
problem-duplicate-column = as colunas { $first } e { $second } se chamam ambas `{ $name }`: mantenha uma, ou renomeie a outra
problem-missing-column = o cabeçalho não tem a coluna `{ $name }`; um CSV no formato longo precisa de pelo menos assessment, question_id e level (encontradas: { $found })
problem-more = … e mais { $count } problemas neste arquivo
problem-no-rows = a tabela tem cabeçalho mas nenhuma linha
problem-map-no-question = --map "{ $header }"="{ $id }": { $framework } não tem a pergunta "{ $id }"
problem-map-no-column = --map "{ $header }": nenhuma coluna tem esse cabeçalho (cabeçalhos: { $headers })
problem-ignore-no-column = --ignore "{ $header }": nenhuma coluna tem esse cabeçalho (cabeçalhos: { $headers })
problem-no-label-column = não há coluna "{ $name }": indique a coluna com o nome de cada grupo ou pessoa com --label-column NOME (cabeçalhos: { $headers })
problem-two-question-columns = as colunas { $first } ("{ $first_header }") e { $second } ("{ $second_header }") têm ambas a pergunta "{ $question }": mantenha uma, ou use --ignore com uma
problem-two-note-columns = as colunas { $first } ("{ $first_header }") e { $second } ("{ $second_header }") têm ambas a nota da pergunta "{ $question }": mantenha uma, ou use --ignore com uma
problem-no-question-column = nenhuma coluna nomeia uma pergunta de { $framework }: os cabeçalhos devem ser identificadores de pergunta (p. ex., "{ $example }"), podem continuar com o texto da pergunta, trazer o identificador entre colchetes ou no fim de um caminho de grupo, ser o texto da pergunta, ou ser mapeados com --map "CABEÇALHO=pergunta" (cabeçalhos: { $headers })
problem-survey-cell = linha { $line }, coluna "{ $header }": "{ $value }" não é um nível: { $inner }
problem-survey-no-label = a linha { $line } não tem nome na coluna "{ $name }": dê um nome a cada linha
problem-survey-same-label = a linha { $line } tem o nome "{ $label }" da linha { $first }: os nomes devem ser únicos
problem-unmapped-answers = a coluna "{ $header }" tem respostas mas não nomeia nenhuma pergunta de { $framework }: mapeie-a com --map "{ $header }=PERGUNTA", ou deixe-a de fora de propósito com --ignore "{ $header }"
## Command line
cli-chart-format = { $path }: o gráfico é escrito como .svg ou .png: termine o nome do arquivo com um deles (ou -o - para SVG na saída padrão)
cli-stdout = não é possível escrever na saída padrão: { $error }
cli-cannot-write = { $path }: não é possível escrever o arquivo: { $error }; verifique se a pasta existe e permite escrita
cli-cannot-export = não é possível escrever a exportação: { $error }
cli-cannot-create-folder = { $path }: não é possível criar a pasta: { $error }
cli-valid = { $path }: ok ({ $framework }, { $pillars } pilares, { $questions } perguntas)
cli-import-left-out = estas colunas não nomeiam nenhuma pergunta e foram deixadas de fora: { $columns }; se uma tiver respostas, mapeie-a com --map "CABEÇALHO=PERGUNTA"
cli-import-exists = { $path }: estes arquivos já existem e ficam como estão: { $files }; importe para uma pasta vazia ou mova-os
cli-import-wrote = foram escritas { $count } avaliações de { $framework } em { $path }
cli-merge-exists = { $path }: o arquivo existe e não é uma das entradas: escolha outro nome, ou indique-o como entrada para combinar nele
cli-merged = { $count } participantes combinados em { $path }: { $agreed } perguntas acordadas, { $open } a acordar pela equipe
problem-compare-empty = nada a comparar: indique pelo menos uma avaliação
problem-chart-empty = nada a desenhar: indique pelo menos uma avaliação
problem-mixed-frameworks = "{ $label }" responde ao marco "{ $id }" mas as outras respondem a "{ $others }": compare avaliações de um mesmo marco
problem-too-few-axes = um radar precisa de pelo menos 3 pilares; estas avaliações têm { $count } no escopo
problem-chart-size = o tamanho { $width }×{ $height } do gráfico é pequeno ou grande demais: use de 200 a 8000 pixels por lado
problem-chart-draw = não é possível desenhar o gráfico: { $error }
problem-chart-png-browser = no navegador o gráfico é salvo como SVG (abre em qualquer navegador, Word e LibreOffice): escolha “Gráfico em SVG…”; o aplicativo para computador também salva PNG
cli-path-problem = { $path }: { $inner }
problem-merge-other-framework = esta avaliação responde ao marco "{ $id }", as outras a "{ $others }": combine avaliações de um mesmo marco
problem-no-ratings = esta avaliação não tem avaliações individuais: combine primeiro as autoavaliações dos participantes (pilares merge)
problem-survey-too-large = o arquivo tem { $size } MiB; uma exportação de pesquisa é lida inteira e pode ter no máximo { $limit } MiB: divida-a
merge-again = "{ $by }" enviou respostas de novo: suas avaliações novas substituem as anteriores
merge-unknown-questions = "{ $by }" avaliou { $count } pergunta(s) que { $framework } não tem: mantidas nas avaliações, sem contar: { $ids }
cli-agreement-head = { $label } · { $count } participantes · alfa de Krippendorff (ordinal) { $alpha }
cli-agreement-no-alpha = — (avaliações insuficientes)
cli-agreement-question = pergunta
cli-agreement-columns = mín  máx  mediana  acordado  avaliações
## Framework files
framework-id = o identificador de marco "{ $id }" só pode usar a-z, 0-9 e '-' (as linhas CSV se identificam por ele)
framework-no-version = a versão está vazia: escreva uma, p. ex., "1.0.0"
framework-language = default_language "{ $code }" não é um código de idioma como "en" ou "pt-BR"
framework-scale-short = a escala tem { $count } nível(is); precisa de pelo menos 2
framework-scale-order = os valores da escala devem crescer estritamente: { $value } vem depois de { $previous }
framework-few-pillars = o marco tem { $count } pilar(es); um gráfico de radar precisa de pelo menos 3
framework-duplicate-pillar = identificador de pilar repetido "{ $id }" (o pilar { $other } também o usa)
framework-empty-pillar = o pilar "{ $id }" não tem perguntas; precisa de pelo menos 1
framework-duplicate-question = identificador de pergunta repetido "{ $id }" (também a pergunta { $n } do pilar "{ $pillar }"); os identificadores de pergunta são únicos em todo o marco
framework-rubric-key = a chave de rubrica { $value } da pergunta "{ $id }" não é um valor da escala ({ $values })
framework-rubric-same = o nível { $value } da rubrica da pergunta "{ $id }" diz o mesmo que o nível { $other } ({ $lang }): cada nível deve descrever um passo próprio
framework-carry-self = carry da versão { $version } nomeia esta mesma versão: carry lista apenas versões anteriores
framework-carry-unknown = carry da versão { $version } nomeia a pergunta "{ $id }", que este referencial não tem
framework-carry-empty = carry da pergunta "{ $id }" não nomeia nenhuma pergunta anterior
framework-missing-text = { $inner } não tem texto no idioma padrão "{ $lang }"
framework-text-language = "{ $code }" em { $inner } não é um código de idioma como "en" ou "pt-BR"
framework-weight = o peso { $weight } deve ser um número finito maior que 0
framework-item-id = o identificador de { $inner } "{ $id }" só pode usar letras, dígitos, '-', '_' e '.'
what-framework-name = o nome do marco
what-framework-description = a descrição do marco
what-scale-label = o rótulo do valor { $value } da escala
what-pillar = pilar
what-pillar-name = o nome do pilar "{ $id }"
what-pillar-description = a descrição do pilar "{ $id }"
what-pillar-prompt = a pergunta de discussão { $n } do pilar "{ $id }"
what-question = pergunta
what-question-text = o texto da pergunta "{ $id }"
what-question-help = a orientação da pergunta "{ $id }"
what-rubric = o descritor do nível { $value } da pergunta "{ $id }"
problem-framework-skipped = { $inner } (este arquivo de marco é ignorado)
problem-in-assessment = avaliação "{ $label }": { $inner }
problem-import-one-framework = import precisa de exatamente um marco, e --framework deu { $known }: passe um único arquivo de marco
problem-too-deep = os valores estão aninhados a mais de { $depth } níveis: não é um arquivo do Pilares, ou está danificado
problem-ends-early = o arquivo termina cedo demais: falta fechar um parêntese, colchete ou aspas
problem-syntax = o arquivo não é válido aqui: { $detail }
problem-line-too-long = esta linha tem mais de { $limit } MiB, o máximo que uma linha pode ter: é o arquivo certo?


# The next round: answers carried over to confirm
mark-carried = trazida da rodada anterior, a confirmar
question-carried = Trazida da rodada anterior: { $level }
question-carried-help = Esta é a resposta que sua equipe deu da última vez, com a nota que tiver escrito. Confirme-a se ainda for válida ou escolha de novo acima.
question-confirm = Confirmar esta resposta
next-round-heading = A próxima rodada
next-round-help = Um ano depois, comece a próxima avaliação a partir desta: seus dados, respostas, notas e plano são trazidos (para a versão mais recente do referencial, se houver), cada resposta marcada para a equipe confirmar. Esta avaliação fica como está.
next-round-button = Começar a próxima rodada a partir desta avaliação
next-round-label = { $label } — próxima rodada { $date }
next-round-started = { $carried } respostas trazidas da rodada anterior: confirme cada uma ou escolha de novo.
next-round-started-new-version = { $carried } respostas trazidas para a versão { $version } do referencial: confirme cada uma ou escolha de novo. { $new } perguntas são novas nesta versão e começam sem resposta.
results-to-confirm = Faltam confirmar { $count } respostas trazidas da rodada anterior.
results-to-confirm-go = Ir para a primeira

# The translators' sheet (pilares texts)
texts-no-key-column = esta planilha não tem a coluna "key": mantenha a primeira coluna da planilha que o Pilares escreveu
texts-not-a-language = a coluna "{ $column }" não é um código de idioma (como en, es, pt, fr, ht): nomeie cada coluna de idioma pelo seu código
texts-no-default-column = esta planilha não tem coluna para "{ $lang }", o idioma padrão do referencial: todo texto deve tê-lo
texts-no-key = esta linha tem textos mas não tem chave: mantenha a chave de cada linha como o Pilares a escreveu
texts-unknown-key = "{ $key }" não é um texto deste referencial: mantenha as chaves como o Pilares as escreveu, ou gere uma nova planilha com pilares texts
texts-duplicate-key = "{ $key }" aparece pela segunda vez (a primeira na linha { $first }): deixe uma só linha por chave
texts-no-default = "{ $key }" não tem texto em { $lang }, o idioma padrão do referencial: todo texto precisa dele
help-command-texts = Os textos de um referencial para tradução (.xlsx ou .csv, uma linha por texto, uma coluna por idioma), e uma planilha traduzida de volta a um novo arquivo de referencial
help-arg-framework = O referencial: um arquivo .ron ou o id de um embutido (sua versão mais recente)
help-arg-apply = Uma planilha traduzida (.xlsx ou .csv) a aplicar; -o nomeia então o novo arquivo de referencial (.ron)
help-arg-add_language = Uma coluna vazia para um idioma a traduzir, como ht (repetível)
cli-texts-language = "{ $code }" não é um código de idioma: indique um código como ht, es ou pt-BR
cli-texts-exists = { $path } já existe: o novo referencial nunca é gravado sobre um arquivo; escolha outro nome
cli-texts-written = { $path } gravado: um referencial válido com textos em { $languages }
cli-texts-no-framework = não há arquivo de referencial nem referencial com este id; referenciais conhecidos: { $known }

# The framework editor
dialog-framework-edit = Escolha um arquivo de referencial para editar
dialog-framework-save = Salvar o referencial como
nav-editor = Editor de referenciais
start-adapt = Adaptar…
start-adapt-help = Uma cópia deste referencial com um novo id, para adaptá-lo ao seu sistema no editor de referenciais; o original fica como está
start-framework-new = Novo referencial…
start-framework-new-help = Escreva seu próprio referencial: três pilares para começar, numa escala de quatro níveis
start-framework-edit = Editar um arquivo de referencial…
editor-title = Editor de referenciais
editor-not-in-a-file = Ainda não salvo em um arquivo
editor-save = Salvar
editor-save-as = Salvar como…
editor-try = Experimentar
editor-try-help = Salva o referencial e começa uma avaliação com ele
editor-close = Fechar o editor
editor-unsaved = Este referencial tem alterações não salvas.
editor-keep-editing = Continuar editando
editor-close-anyway = Fechar sem salvar
editor-no-problems = Sem problemas: pronto para salvar
editor-problems = { $count ->
    [one] 1 problema a corrigir antes de salvar
   *[other] { $count } problemas a corrigir antes de salvar
}
editor-framework = O referencial
editor-add-pillar = Adicionar um pilar
editor-missing = { $lang }: falta
editor-weight = Peso
editor-weight-help = Quanto conta diante dos demais; em branco é 1
editor-id = Id
editor-id-help = Letras, dígitos e hífens; avaliações e planilhas o citam, então mantenha-o quando as equipes usarem o referencial.
editor-version = Versão
editor-default-language = Idioma padrão
editor-add-language = Outro idioma:
editor-name = Nome
editor-description = Descrição
editor-scale = Escala
editor-scale-level = Nível { $value }
editor-pillar = Pilar { $n }: { $name }
editor-up = ▲ Subir
editor-down = ▼ Descer
editor-remove-pillar = Remover este pilar
editor-discussion = Perguntas para discussão
editor-prompt = Pergunta para discussão { $n }
editor-remove-prompt = Remover esta pergunta para discussão
editor-add-prompt = Adicionar uma pergunta para discussão
editor-questions = Perguntas
editor-add-question = Adicionar uma pergunta
editor-question = Pergunta { $n } de { $pillar }
editor-remove-question = Remover esta pergunta
editor-back-to-pillar = Voltar ao pilar
editor-question-text = Pergunta
editor-help = Orientação (que evidências observar)
editor-rubric = Rubrica
editor-rubric-help = Como é cada nível nesta pergunta; diga o que conta (uma proporção de docentes, uma razão) para que duas equipes avaliem igual.
editor-language-code = "{ $code }" não é um código de idioma: digite um código como ht, qu ou gn
editor-cannot-save = { $count ->
    [one] Resta 1 problema: corrija-o (a lista acima dos campos) antes de salvar
   *[other] Restam { $count } problemas: corrija-os (a lista acima dos campos) antes de salvar
}
editor-not-saved = Não foi possível salvar { $file }: { $error }
editor-saved = Salvo em { $file }
editor-same-id = O Pilares já conhece um referencial { $id } ({ $other }): antes, dê a este outro id ou outra versão
editor-draft-not-kept = Não foi possível guardar o referencial em { $file }: { $error }. Salve-o em um arquivo seu.
editor-draft-set-aside = O referencial que você escrevia antes não tinha sido salvo: ele fica em { $file }.
start-framework-draft = Um referencial que você estava escrevendo não tinha sido salvo quando o Pilares parou.
start-framework-draft-continue = Continuar a escrevê-lo
start-framework-draft-discard = Descartá-lo
editor-incomplete = As equipes que trabalham em { $langs } veem este referencial no seu idioma padrão ({ $default }) até que os textos marcados como faltantes sejam escritos: um resultado nunca mistura idiomas.
editor-new-id = meu-referencial
save-failed = { $path }: não é possível salvar: { $error }. Suas respostas continuam no aplicativo; escolha outro lugar com “Salvar como…”
save-failed-storage-full = { $path }: o armazenamento do navegador para o Pilares está cheio, então esta alteração não fica guardada ali. Suas respostas continuam nesta página: baixe a avaliação com “Salvar como…” (ou “Baixar”) e depois descarte as avaliações de que não precisa mais.
save-failed-other-tab = { $path }: o Pilares foi aberto em outra aba deste navegador, que agora guarda os arquivos. Continue lá; para guardar o que está nesta aba, baixe com “Baixar”.
download = Baixar
download-help = Baixar esta avaliação como está agora (o navegador a guarda; o download é uma cópia para enviar ou arquivar)
