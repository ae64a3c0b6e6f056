# Pilares — mensajes de la interfaz, español.

## Pantalla de inicio
start-title = Pilares
start-tagline = Autoevaluación de los sistemas de desarrollo profesional docente, pilar por pilar.
language = Idioma
start-continue = «{ $label }» está abierta.
continue = Continuar
autosave-title = Guardamos una evaluación por usted
autosave-body = { $done } de { $total } preguntas respondidas. Pilares la conserva a salvo hasta que le dé un archivo con «Guardar como…».
autosave-restore = Recuperar
autosave-discard = Descartar
autosave-broken = No se puede leer la evaluación guardada
autosave-decide-first = Primero recupere o descarte la evaluación que se guardó por usted.
start-new = Nueva evaluación
framework-built-in = incluido
framework-summary = Versión { $version } · { $pillars } pilares · { $questions } preguntas · { $origin }
start-new-button = Comenzar una nueva evaluación
start-new-from-file = Con un archivo de marco…
start-new-from-file-help = Use un marco escrito en RON (vea el README), por ejemplo uno que su ministerio haya adaptado.
start-open = Abrir una evaluación
start-open-button = Abrir un archivo…
start-drop-hint = También puede arrastrar una evaluación (.ron) a esta ventana para abrirla, o varios archivos, un .csv o un libro de Excel (.xlsx) para compararlos.
start-recent = Archivos recientes
framework-already-built-in = { $id } ya viene incluido; se usa la copia incluida.
new-assessment-label = Autoevaluación { $date }
open-needs-framework = Agregue su marco con «Con un archivo de marco…» en la pantalla de inicio y vuelva a abrirla.

## Barra superior
nav-details = Datos del equipo
nav-questions = Preguntas
nav-results = Resultados
saved-in = Guardado en { $file }
kept-in-autosave = Aún no está en un archivo suyo (se guarda automáticamente)
kept-in-autosave-help = Cada cambio ya queda guardado en el autoguardado de la aplicación. Elija «Guardar como…» para darle a la evaluación su propio archivo, para compartirla o archivarla.
save-as = Guardar como…
close = Cerrar
close-help = Volver a la pantalla de inicio. Todo ya está guardado.
theme-dark = Tema oscuro
theme-light = Tema claro
zoom-in = Texto más grande (Ctrl +)
zoom-out = Texto más pequeño (Ctrl −)
dismiss = Cerrar aviso

## Datos del equipo
details-title = Datos del equipo
details-intro = Quién evalúa y cuándo. Todo es opcional salvo el nombre, que aparece en los gráficos y las exportaciones.
details-label = Nombre de esta evaluación
details-label-hint = p. ej., Honduras — línea de base 2026
details-label-empty = Dele un nombre a la evaluación: los gráficos y las exportaciones lo usan.
details-country = País
details-team = Equipo o dependencia
details-team-hint = p. ej., Dirección de Desarrollo Profesional Docente
details-date = Fecha
details-date-invalid = Escriba la fecha como AAAA-MM-DD, p. ej., 2026-02-26.
details-participants = Participantes
details-participants-hint = Una persona por línea
details-scope = Pilares que se evalúan
details-scope-help = Un taller puede tomar solo algunos pilares como lente. El radar necesita al menos tres.
details-begin = Empezar las preguntas →

## Panel lateral
progress-overall = { $done } de { $total } respondidas
pillar-progress = { $done } de { $total } preguntas respondidas o no aplicables
mark-answered = respondida
mark-not-applicable = no aplica
mark-unanswered = sin responder
legend-dots = ● respondida   — no aplica   ○ sin responder   ◉ traída, por confirmar

## Pregunta
question-position = Pregunta { $n } de { $count } de este pilar · { $overall } de { $total } en total
question-guidance = Orientación
question-choose = Elija el nivel que describe hoy su sistema
question-not-applicable = No aplica a nuestro sistema (N)
question-note = Evidencias y notas
question-note-hint = ¿Qué revisó el equipo? Documentos, datos, ejemplos…
question-discussion = Preguntas para la discusión (facilitación)
previous = ← Anterior
next = Siguiente →
see-results = Ver los resultados →
question-keys = Teclas: 1, 2, 3… eligen un nivel · ↑ ↓ lo cambian · N no aplica · Intro o → siguiente · ← anterior · Tab recorre los controles

## Resultados
results-title = Resultados: { $label }
results-overall = Global { $score } de { $max } · { $level }
results-none = Todavía no hay preguntas respondidas, así que no hay puntaje.
results-completeness = { $done } de { $total } preguntas respondidas o no aplicables ({ $na ->
    [one] una no aplica
   *[other] { $na } no aplican
})
results-answer-rest = Responder las demás
col-pillar = Pilar
col-score = Puntaje
col-level = Nivel alcanzado
col-answered = Respondidas
col-na = N/A
col-unanswered = Pendientes
results-weakest = Preguntas más débiles
results-weakest-none = Aún no hay preguntas por debajo del nivel más alto.
results-to-reach = Para llegar a { $level }: { $rubric }
results-strongest = Preguntas más fuertes
results-strongest-none = Aún no hay preguntas por encima del nivel más bajo.
results-export = Exportar
export-csv = Respuestas en CSV…
export-xlsx = Libro de Excel…
export-png = Gráfico en PNG…
export-svg = Gráfico en SVG…
exported-to = Exportado a { $path }
saved-to = Guardado en { $path }

## Diálogos
dialog-open = Abrir una evaluación
dialog-framework = Elegir un archivo de marco
dialog-save-as = Guardar la evaluación como
dialog-export-csv = Exportar las respuestas en CSV
dialog-export-workbook = Exportar un libro de Excel (respuestas, puntajes, plan)
dialog-export-chart = Exportar el gráfico
filter-assessment = Evaluación de Pilares
filter-framework = Marco de Pilares
filter-csv = Hoja de cálculo CSV
filter-xlsx = Libro de Excel
filter-png = Imagen PNG
filter-svg = Dibujo SVG

## Informe
report-title-one = Informe de autoevaluación: { $label }
report-title-many = Comparación de { $count } evaluaciones
report-assessment = Evaluación
report-completeness = Respondidas
report-done-of = { $done } de { $total }
report-context = Quién evaluó, y cuándo
report-overall-level = Nivel general:
report-score-of = { $score } de { $max }
report-answered-of = { $done } de { $total } preguntas respondidas
report-key-actions = Acciones clave
report-no-open-actions = Aún no hay acciones abiertas en el plan.
report-more-actions = { $count ->
    [one] y una acción más en el plan
   *[other] y { $count } acciones más en el plan
}
report-strongest-pillars = Pilares más fuertes (promedio)
report-weakest-pillars = Pilares más débiles (promedio)
report-left-out = Estas evaluaciones se hicieron con distintas versiones del marco ({ $versions }), así que se comparan en las preguntas que tienen todas las versiones; { $count ->
    [one] queda fuera una pregunta
   *[other] quedan fuera { $count } preguntas
}: { $ids }.
report-scores = Puntajes por pilar
report-mean = Promedio
report-range = Rango
report-overall = Global
report-comparison = Comparación
report-change = Cambio de «{ $from }» a «{ $to }»
report-delta = Cambio
report-disagree = Donde las evaluaciones más difieren
report-disagree-help = Primero las mayores diferencias de nivel: ahí debería empezar la discusión.
report-question = Pregunta
report-strengths-gaps = Fortalezas y brechas
report-every-question = Todas las preguntas
report-unknown-title = Respuestas a preguntas que este marco no tiene
report-unknown-help = { $count ->
    [one] Esta respuesta nombra una pregunta
   *[other] Estas { $count } respuestas nombran preguntas
} que { $framework } { $version } no tiene: la evaluación se hizo con otra versión del marco, o su archivo fue editado. Se conservan en el archivo y se muestran aquí, pero no cuentan en ningún puntaje.
report-question-id = Identificador de la pregunta
report-level = Nivel
report-plan = Plan de mejora
report-current = Actual
report-target = Meta
report-gap = Brecha
report-action = Acción
report-owner = Responsable
report-due = Plazo
report-status = Estado
plan-overdue = vencida
status-planned = Planificada
status-in-progress = En curso
status-done = Realizada
status-dropped = Descartada

## Comparar
nav-compare = Comparar ({ $count })
nav-start = Inicio
start-compare-button = Comparar evaluaciones…
start-compare-help = Abra varios archivos de evaluación, o un CSV con muchas, para verlas en un mismo radar.
results-compare = Comparar con otras evaluaciones…
drop-refused = { $file } no es una evaluación (.ron) ni una tabla de respuestas (.csv, .xlsx), así que no se abrió.
compare-title = Comparación
compare-projector = Proyector
compare-projector-help = Todo más grande y las líneas del gráfico más gruesas, para toda la sala
compare-over-time = Un mismo equipo en el tiempo
compare-over-time-help = Márquelo cuando la primera y la última sean el mismo equipo en dos momentos (una línea de base y su seguimiento): se muestra el cambio entre ambas, aquí y en el informe. Déjelo sin marcar para grupos paralelos de un taller.
compare-count = { $count ->
    [one] Una evaluación
   *[other] { $count } evaluaciones
}
compare-add = Agregar archivos…
compare-clear = Vaciar la comparación
compare-drop-hint = Arrastre más archivos .ron, .csv o .xlsx a la ventana para agregarlos. Desmarque una para ocultarla.
compare-none-shown = Marque al menos una evaluación para mostrarla.
compare-left-out = Hechas con distintas versiones del marco: se comparan en las preguntas que tienen todas las versiones; { $count ->
    [one] queda fuera una pregunta
   *[other] quedan fuera { $count } preguntas
} ({ $ids }).
compare-band = Rango (mín.–máx.)
compare-duplicate = «{ $label }» de { $source } ya está en la comparación (de { $other }); los nombres deben ser únicos, así que no se agregó.
compare-file-name = comparacion
export-report = Informe (HTML)…
dialog-compare = Elegir evaluaciones para comparar
dialog-export-report = Guardar el informe
filter-assessments = Evaluaciones (RON, CSV o Excel)
filter-html = Página web (HTML)

## Plan
nav-plan = Plan
results-make-plan = Hacer un plan →
plan-title = Plan: { $label }
plan-intro = Fije el nivel al que apunta cada pilar y anote quién hace qué y para cuándo. Cada cambio se guarda al instante, en el archivo de la evaluación.
plan-target-series = Meta
plan-targets = Metas
plan-baseline = Línea de base
plan-target-of = Meta para { $pillar }
plan-no-target = aún sin meta
plan-clear-target = Quitar
plan-clear-target-of = Quitar la meta de { $pillar }
plan-suggestions = Empezar por las preguntas más débiles
plan-add-action = Agregar como acción
plan-no-suggestions = No hay preguntas débiles sin acción.
plan-actions = Acciones, por plazo
plan-no-actions = Aún no hay acciones.
plan-new-action = Nueva acción
plan-remove = Eliminar
plan-progress = Avance desde una línea de base
plan-baseline-help = Abra la evaluación del año pasado para ver, por pilar, la línea de base junto al puntaje de hoy y la meta, y cuáles de sus acciones se realizaron.
plan-open-baseline = Abrir la línea de base…
plan-baseline-is = Línea de base: «{ $label }» ({ $source })
plan-baseline-done = Se realizaron { $done } de sus { $total } acciones.
plan-carry-over = Traer su plan
plan-close-baseline = Cerrar la línea de base
plan-baseline-other-framework = responde al marco «{ $id }», no a este: elija una evaluación del mismo marco.
dialog-baseline = Elegir la evaluación de línea de base

## Seguridad
autosave-needs-framework = Se hizo con el archivo de marco { $path }, que no está cargado. ¿Usar ese archivo para recuperarla?
autosave-use-framework = Usar este archivo de marco

conflict-title = Otra persona cambió este archivo
conflict-body = Otra persona cambió { $file } después de que usted lo abrió. No se escribió nada encima de su trabajo: sus cambios desde entonces se conservan aquí, aún sin guardar. Elija cómo seguir.
conflict-theirs-only = Solo la otra persona cambió: { $list }
conflict-mine-only = Solo usted cambió: { $list }
conflict-details = También difieren los datos del equipo o el plan: al combinar se conservan los suyos donde usted los cambió y los de la otra persona en lo demás.
conflict-clashes = Ambos cambiaron estas respuestas; elija en cada una:
conflict-mine = La mía: { $level }
conflict-theirs = La otra: { $level }
conflict-merge = Combinar respuesta por respuesta y guardar
conflict-take-theirs = Usar la otra versión (la suya se guarda como copia)
conflict-keep-mine = Guardar la mía como copia
conflict-copy-suffix = mi versión
conflict-unreadable = El archivo de la otra persona ya no se puede leer como una evaluación de este marco. Guarde la suya como copia; el otro queda como está.
conflict-merged = Se combinó con los cambios de la otra persona y se guardó.
conflict-copy-saved = Su versión se guardó en { $path }.
not-saved-conflict = Sin guardar: otra persona cambió el archivo
unsaved-heading = Aún no están en un archivo suyo
unsaved-elsewhere = Abierta en otra ventana de Pilares.
discard-confirm = ¿Descartar «{ $label }» y sus { $done } respuestas? Se mueve a la carpeta de descartadas, de donde se puede recuperar.
discard-yes = Sí, descartarla
discard-no = No, conservarla
discarded = Se descartó «{ $label }». Se conserva una copia en { $path }.
undo = Deshacer
prompt-title = El diálogo de archivos no se pudo abrir en esta computadora
prompt-save-help = Escriba dónde guardar el archivo, o deje el lugar sugerido (una carpeta Pilares en sus documentos, que se crea si hace falta).
prompt-open-help = Escriba la ruta del archivo que quiere abrir, o elija uno en la carpeta de abajo.
prompt-path = Ruta del archivo
prompt-save = Guardar aquí
prompt-open = Abrir
prompt-cancel = Cancelar
score-completeness = Completitud: { $done } de { $total } preguntas respondidas o que no aplican ({ $percent })
date-hint = dd/mm/aaaa
date-invalid = No es una fecha: escríbala como dd/mm/aaaa, p. ej., 26/02/2026 (o 2026-02-26). No se guarda hasta que lo sea.
prompt-exists = { $path } ya existe: no se escribe encima de otro archivo. Elija otro nombre.
not-saved-error = Sin guardar: no se puede escribir el archivo

nav-consensus = Consenso
consensus-title = Consenso: { $label }
consensus-intro = Lo que cada integrante eligió por su cuenta, pregunta por pregunta: primero los mayores desacuerdos. Elijan el nivel en que el equipo está de acuerdo y escriban por qué.
consensus-none = Todavía no hay respuestas individuales: tráiganlas desde sus archivos.
consensus-progress = { $settled } acordadas · { $open } por discutir
consensus-alpha = Acuerdo antes de la discusión (α de Krippendorff) { $alpha }: { $reading }
alpha-alike = el equipo ve su sistema de la misma manera
alpha-mostly = el equipo ve su sistema casi de la misma manera
alpha-differently = el equipo ve su sistema de manera distinta
alpha-very-differently = el equipo ve su sistema de manera muy distinta
consensus-away-from-majority = Acordado lejos de lo que eligió la mayoría: escriban la razón abajo.
consensus-reason = La razón del equipo
consensus-reason-hint = Por qué este nivel: la evidencia que el equipo consideró
bring-in = Traer las respuestas de los participantes…
dialog-bring-in = Evaluaciones individuales de los participantes
bring-in-done = { $count ->
    [one] Se trajeron las respuestas de un participante
   *[other] Se trajeron las respuestas de { $count } participantes
}: { $agreed } preguntas respondidas igual, { $open } por discutir.
bring-in-other-framework = responde al marco { $id }, no al de esta evaluación: traigan evaluaciones del mismo marco

report-consensus = El consenso del equipo
report-consensus-who = { $count ->
    [one] Un integrante respondió por su cuenta antes de la reunión del equipo.
   *[other] { $count } integrantes respondieron por su cuenta antes de la reunión del equipo.
}
report-consensus-no-alpha = Muy pocas valoraciones para medir cuánto coincidieron.
report-consensus-alike = { $count ->
    [one] Una pregunta recibió la misma valoración de todos los que la respondieron.
   *[other] { $count } preguntas recibieron la misma valoración de todos los que las respondieron; abajo, las que valoraron distinto, cada integrante un punto, el nivel del equipo en un círculo.
}
report-ratings = Valoraciones de los integrantes
report-agreed = Nivel del equipo
report-not-settled = aún sin acordar
results-disagreed-most = Donde más difirieron los integrantes: { $pillars }
answer-alone = { $name } responde por su cuenta
answer-alone-help = Antes de la reunión, cada integrante puede responder por su cuenta en una copia propia; luego traigan sus respuestas (Consenso).
answer-alone-started = Una copia para que { $name } responda por su cuenta: la evaluación del equipo queda como estaba.
consensus-compare-members = Cada integrante en el radar
consensus-away-from-majority-noted = Acordado lejos de lo que eligió la mayoría; la razón está abajo.

## Problemas en los archivos
problem-warning = aviso
problem-too-large = el archivo tiene { $size } MiB, más que los { $limit } MiB que puede tener este tipo de archivo: compruebe que sea el archivo correcto
problem-unreadable = no se puede leer el archivo: { $error }
problem-not-utf8 = el archivo no es texto UTF-8: guárdelo como UTF-8 (en una hoja de cálculo, «CSV UTF-8»)
problem-is-folder = es una carpeta, no un archivo: indique un archivo dentro de ella
problem-unknown-field = campo desconocido `{ $name }`; se esperaba uno de: { $expected }
problem-not-a-framework = esto no es un marco de Pilares: un archivo así empieza con `Framework(`, como { $example }; compruebe que sea el archivo correcto
problem-not-an-assessment = esto no es una evaluación de Pilares: un archivo así empieza con `Assessment(`, como { $example }; compruebe que sea el archivo correcto
problem-unlistable = no se puede leer la carpeta: { $error }
problem-empty-folder = la carpeta no tiene archivos de evaluación .ron, .csv ni .xlsx
problem-duplicate-label = el nombre «{ $label }» también lo usa una evaluación en { $other }; en una comparación los nombres deben ser únicos: cambie uno
problem-unknown-framework = el marco «{ $id }» versión «{ $version }» no está incorporado ni se indicó: pase su archivo con --framework RUTA (conocidos: { $known })
problem-other-framework = esta evaluación responde al marco «{ $id }», no a «{ $expected }»
problem-other-version = hecha con la versión { $version } de «{ $id }»; se compara con la versión { $loaded }: se usan las respuestas a las preguntas que siguen existiendo
problem-empty-label = el nombre está vacío: dé un nombre a la evaluación, p. ej., «Honduras — línea de base 2026»
problem-date = la fecha «{ $date }» no está escrita como AAAA-MM-DD
problem-scope-too-small = el alcance tiene { $count } pilar(es) de este marco; un gráfico de radar necesita al menos 3
problem-unknown-answers = { $count } respuesta(s) nombran preguntas que { $framework } no tiene; se conservan en el archivo pero no se puntúan: { $ids }
problem-level-and-na = la respuesta a «{ $id }» tiene a la vez un nivel y «no aplica»: deje uno
problem-level-off-scale = el nivel { $level } de «{ $id }» no está en la escala ({ $values })
problem-quote-never-closed = la comilla abierta en la celda { $cell } de la línea { $line } no se cierra nunca: ciérrela, o duplíquela ("") si es parte del texto
problem-text-after-quote = la celda { $cell } tiene texto después de su comilla de cierre: una comilla dentro de una celda debe ir duplicada (""); corrija la celda
problem-quote-closes-late = la comilla que abre la celda { $cell } en esta línea solo se cierra en la línea { $line }, y le sigue texto: falta una comilla o no está duplicada; las líneas intermedias quedarían perdidas en una sola celda
problem-windows-1252 = el archivo no es UTF-8: se leyó como Windows-1252, como Excel guarda «CSV» en Windows; revise los acentos, o guárdelo como CSV UTF-8
problem-mixed-encodings = esta línea no es texto UTF-8 aunque las anteriores sí lo son: el archivo mezcla codificaciones; guárdelo de nuevo como CSV UTF-8
problem-line-not-utf8 = esta línea no es texto UTF-8 aunque el archivo dice serlo: guárdelo de nuevo como CSV UTF-8
problem-empty-table = el archivo está vacío: una tabla necesita una fila de encabezado
problem-sep-no-header = el archivo tiene una línea `sep=` pero ninguna fila de encabezado
problem-cell-under-no-header = esta fila tiene { $used } celdas pero el encabezado nombra { $named }: la columna { $used } tiene algo bajo ningún encabezado; póngale un encabezado a la columna, o vacíe la celda
problem-unquoted-separator = esta fila tiene { $used } celdas pero el encabezado nombra { $named }: una celda contiene un separador ({ $separator }) sin comillas alrededor; ponga esa celda entre comillas dobles, o quite las celdas de más

## Ayuda de la línea de comandos
help-after = Sin comando, pilares abre la aplicación de escritorio (con ARCHIVO…, esos archivos); con un comando trabaja sin ventana, y ningún comando abre una.
help-about = Autoevaluación de los sistemas de formación continua docente frente a un marco de pilares
help-usage = Uso
help-commands = Comandos
help-arguments = Argumentos
help-options = Opciones
help-flag = Mostrar la ayuda
help-version-flag = Mostrar la versión
help-command-validate = Revisar archivos o carpetas de marcos; muestra RUTA:LÍNEA:COL: mensaje por cada problema
help-command-score = Puntajes por pilar y globales de las evaluaciones
help-command-export = Respuestas en el formato CSV largo, una fila por pregunta y evaluación; o, a OUT.xlsx, un libro para analistas
help-command-chart = Gráfico de radar: un polígono por evaluación, un eje por pilar
help-command-report = Un informe HTML imprimible y autocontenido: resumen, gráfico, tablas, comparación, plan, notas
help-command-plan = El plan de mejora en CSV: una fila por acción
help-command-import = Convertir la exportación de una encuesta o formulario (una fila por persona o grupo) en archivos de evaluación, uno por fila
help-command-merge = Traer las respuestas individuales de los participantes a la evaluación del equipo
help-command-agreement = Cuánto coincidió un equipo: por pregunta las valoraciones y el nivel acordado, y el alfa de Krippendorff
help-arg-frameworks = Un archivo de marco, o una carpeta de ellos, para usar junto a los incorporados (se puede repetir)
help-arg-files = Archivos para abrir en la aplicación: una evaluación (.ron) para responder, o varios archivos, un CSV largo o un libro para comparar
help-arg-paths = Archivos de marco (.ron) o carpetas de ellos
help-arg-inputs = Archivos de evaluación (.ron), CSV en formato largo o .xlsx, o carpetas de ellos
help-arg-output = El archivo que se escribe
help-arg-lang = Idioma de la salida (en, es, pt, fr; una región como es-MX sirve); por defecto: el del sistema
help-arg-format = Formato de salida
help-arg-separator = El separador del CSV; Excel en español, portugués o francés espera punto y coma
help-arg-excel = Empezar el CSV con una marca de orden de bytes y terminar las líneas con CRLF, para Excel en Windows
help-arg-width = Ancho en píxeles
help-arg-height = Alto en píxeles
help-arg-survey = La exportación de la herramienta de encuestas: CSV (cualquier separador y codificación) o .xlsx
help-arg-label_column = La columna con el nombre de cada fila
help-arg-map = Una columna cuyo encabezado no nombra ninguna pregunta, y la pregunta que responde (se puede repetir)
help-arg-ignore = Una columna que se deja fuera a sabiendas, aunque sus celdas parezcan respuestas (se puede repetir)
help-arg-label = El nombre de la evaluación del equipo
help-arg-settle = Qué hacer donde las respuestas difieren: dejarlo al equipo, o tomar la mediana
problem-scope-unknown-pillar = el alcance nombra el pilar «{ $id }», que { $framework } no tiene
problem-ratings-unknown-question = valoraciones de la pregunta «{ $id }», que { $framework } no tiene: se conservan en el archivo, fuera de todo acuerdo
problem-rating-no-one = una valoración de «{ $id }» no nombra a nadie: escriba quién la eligió en `by`
problem-rating-twice = «{ $by }» valoró «{ $id }» dos veces: deje una valoración por persona
problem-rating-level-and-na = la valoración de «{ $by }» para «{ $id }» tiene a la vez un nivel y «no aplica»: deje uno
problem-rating-off-scale = «{ $by }» valoró «{ $id }» con el nivel { $level }, que no está en la escala
problem-target-unknown-pillar = meta para el pilar «{ $id }», que { $framework } no tiene
problem-target-off-scale = la meta { $target } para «{ $id }» está fuera de la escala ({ $min } a { $max })
problem-action-unknown-pillar = la acción nombra el pilar «{ $id }», que { $framework } no tiene
problem-action-unknown-question = la acción nombra la pregunta «{ $id }», que el pilar «{ $pillar }» no tiene
problem-due-date = el plazo «{ $date }» no está escrito como AAAA-MM-DD
problem-no-frameworks = la carpeta no tiene archivos de marco .ron
problem-not-a-workbook = no se puede leer el archivo como libro de Excel (.xlsx): { $error }; guárdelo desde la hoja de cálculo como .xlsx o como CSV UTF-8
problem-no-sheet = el libro no tiene ninguna hoja
problem-empty-sheet = la hoja «{ $name }» está vacía: una tabla necesita una fila de encabezado
problem-flag = not_applicable «{ $text }» no es ni sí ni no: escriba true o false (o sí/no, sim/não, oui/non, 1/0, x), o déjelo vacío
problem-level-number-and-name = el nivel «{ $text }» dice { $value } pero nombra el nivel { $named }: corrija el número o el nombre
problem-not-a-level = el nivel «{ $text }» no está en la escala de { $framework }: escriba uno de { $levels }, NA, o déjelo vacío
problem-in-question = pregunta «{ $question }»: { $inner }
problem-row-unknown-framework = la evaluación «{ $label }» responde al marco «{ $id }» versión «{ $version }», que no está incorporado ni se indicó: pase su archivo con --framework RUTA (conocidos: { $known })
problem-row-which-framework = no se sabe a qué marco responde la evaluación «{ $label }»: ningún marco conocido tiene la pregunta «{ $question }»; agregue las columnas framework_id y framework_version o pase --framework RUTA
problem-level-label-disagree = level «{ $level }» y level_label «{ $label }» no coinciden: corrija uno, o vacíe la celda level_label
problem-na-label-disagree = level «{ $level }» (no aplica) y level_label «{ $label }» no coinciden: corrija uno, o vacíe la celda level_label
problem-row-level-and-na = la pregunta «{ $question }» tiene a la vez el nivel { $level } y not_applicable «{ $flag }»: deje uno
problem-row-too-short = esta fila tiene { $cells } celdas, muy pocas para llegar a la columna { $column } (celda { $needed }): falta una celda o un separador
problem-row-no-assessment = la celda assessment está vacía: cada fila nombra su evaluación
problem-row-no-question = la celda question_id está vacía
problem-row-scope = el alcance de la evaluación «{ $label }» es «{ $here }» aquí pero «{ $first }» en la línea { $line }: todas las filas de una evaluación tienen el mismo alcance
problem-row-rated-twice = «{ $rater }» valoró la pregunta «{ $question }» de la evaluación «{ $label }» dos veces: deje una fila
problem-row-again = la pregunta «{ $question }» de la evaluación «{ $label }» aparece otra vez (primero en la línea { $line }): deje una fila
problem-workbook-too-large = el libro tiene { $size } MiB; un libro se lee entero y puede tener como mucho { $limit } MiB: guarde la hoja como CSV UTF-8, que se lee a medida que llega
problem-utf16-too-large = el archivo es UTF-16 y tiene más de { $limit } MiB, lo máximo que se lee en UTF-16: guárdelo como CSV UTF-8
problem-bad-utf16 = el archivo empieza como texto UTF-16 pero no lo es: guárdelo como CSV UTF-8
problem-row-in-quote = esta línea se lee como parte de la celda entre comillas abierta en la línea { $line } (celda { $cell }), aunque parece una fila propia: si allí falta una comilla de cierre, corríjala, o las filas intermedias se leen como texto
problem-row-too-long = la fila que empieza aquí tiene más de { $limit } MiB, lo máximo que puede tener una fila
problem-row-too-long-quote = la fila que empieza aquí tiene más de { $limit } MiB, lo máximo que puede tener una fila; la comilla abierta en la línea { $line } probablemente nunca se cierra
problem-too-many = más de { $max } evaluaciones: un gráfico o un informe muestra como mucho { $max }; use `pilares score` o `pilares export` para tantas, o elija las evaluaciones que quiere comparar
problem-duplicate-column = las columnas { $first } y { $second } se llaman las dos `{ $name }`: deje una, o cambie el nombre de la otra
problem-missing-column = el encabezado no tiene la columna `{ $name }`; un CSV en formato largo necesita al menos assessment, question_id y level (encontradas: { $found })
problem-more = … y { $count } problemas más en este archivo
problem-no-rows = la tabla tiene encabezado pero ninguna fila
problem-map-no-question = --map «{ $header }»=«{ $id }»: { $framework } no tiene la pregunta «{ $id }»
problem-map-no-column = --map «{ $header }»: ninguna columna tiene ese encabezado (encabezados: { $headers })
problem-ignore-no-column = --ignore «{ $header }»: ninguna columna tiene ese encabezado (encabezados: { $headers })
problem-no-label-column = no hay columna «{ $name }»: indique la columna con el nombre de cada grupo o persona con --label-column NOMBRE (encabezados: { $headers })
problem-two-question-columns = las columnas { $first } («{ $first_header }») y { $second } («{ $second_header }») tienen ambas la pregunta «{ $question }»: deje una, o use --ignore con una
problem-two-note-columns = las columnas { $first } («{ $first_header }») y { $second } («{ $second_header }») tienen ambas la nota de la pregunta «{ $question }»: deje una, o use --ignore con una
problem-no-question-column = ninguna columna nombra una pregunta de { $framework }: los encabezados deben ser identificadores de pregunta (p. ej., «{ $example }»), pueden seguir con el texto de la pregunta, llevar el identificador entre corchetes o al final de una ruta de grupo, ser el texto de la pregunta, o asignarse con --map "ENCABEZADO=pregunta" (encabezados: { $headers })
problem-survey-cell = fila { $line }, columna «{ $header }»: «{ $value }» no es un nivel: { $inner }
problem-survey-no-label = la fila { $line } no tiene nombre en la columna «{ $name }»: dé un nombre a cada fila
problem-survey-same-label = la fila { $line } tiene el nombre «{ $label }» de la fila { $first }: los nombres deben ser únicos
problem-unmapped-answers = la columna «{ $header }» tiene respuestas pero no nombra ninguna pregunta de { $framework }: asígnela con --map "{ $header }=PREGUNTA", o déjela fuera a sabiendas con --ignore "{ $header }"
## Command line
cli-chart-format = { $path }: el gráfico se escribe como .svg o .png: termine el nombre del archivo con uno de ellos (o -o - para SVG en la salida estándar)
cli-stdout = no se puede escribir en la salida estándar: { $error }
cli-cannot-write = { $path }: no se puede escribir el archivo: { $error }; compruebe que la carpeta exista y se pueda escribir en ella
cli-cannot-export = no se puede escribir la exportación: { $error }
cli-cannot-create-folder = { $path }: no se puede crear la carpeta: { $error }
cli-valid = { $path }: correcto ({ $framework }, { $pillars } pilares, { $questions } preguntas)
cli-import-left-out = estas columnas no nombran ninguna pregunta y se dejaron fuera: { $columns }; si una tiene respuestas, asígnela con --map "ENCABEZADO=PREGUNTA"
cli-import-exists = { $path }: estos archivos ya existen y se dejan como están: { $files }; importe a una carpeta vacía o muévalos
cli-import-wrote = se escribieron { $count } evaluaciones de { $framework } en { $path }
cli-merge-exists = { $path }: el archivo existe y no es una de las entradas: elija otro nombre, o nómbrelo como entrada para combinar en él
cli-merged = se combinaron { $count } participantes en { $path }: { $agreed } preguntas acordadas, { $open } por acordar en el equipo
problem-compare-empty = nada que comparar: indique al menos una evaluación
problem-chart-empty = nada que graficar: indique al menos una evaluación
problem-mixed-frameworks = «{ $label }» responde al marco «{ $id }» pero las demás responden a «{ $others }»: compare evaluaciones de un mismo marco
problem-too-few-axes = un radar necesita al menos 3 pilares; estas evaluaciones tienen { $count } en su alcance
problem-chart-size = el tamaño { $width }×{ $height } del gráfico es demasiado pequeño o demasiado grande: use de 200 a 8000 píxeles por lado
problem-chart-draw = no se puede dibujar el gráfico: { $error }
problem-chart-png-browser = en el navegador el gráfico se guarda como SVG (se abre en cualquier navegador, Word y LibreOffice): elija «Gráfico en SVG…»; la aplicación de escritorio también guarda PNG
cli-path-problem = { $path }: { $inner }
problem-merge-other-framework = esta evaluación responde al marco «{ $id }», las demás a «{ $others }»: combine evaluaciones de un mismo marco
problem-no-ratings = esta evaluación no tiene valoraciones: combine primero las evaluaciones individuales de los participantes (pilares merge)
problem-survey-too-large = el archivo tiene { $size } MiB; una exportación de encuesta se lee entera y puede tener como mucho { $limit } MiB: divídala
merge-again = «{ $by }» envió respuestas de nuevo: sus valoraciones nuevas reemplazan las anteriores
merge-unknown-questions = «{ $by }» valoró { $count } pregunta(s) que { $framework } no tiene: se conservan en las valoraciones, sin contar: { $ids }
cli-agreement-head = { $label } · { $count } participantes · alfa de Krippendorff (ordinal) { $alpha }
cli-agreement-no-alpha = — (no hay suficientes valoraciones)
cli-agreement-question = pregunta
cli-agreement-columns = mín  máx  mediana  acordado  valoraciones
## Framework files
framework-id = el identificador de marco «{ $id }» solo puede usar a-z, 0-9 y '-' (las filas CSV se identifican por él)
framework-no-version = la versión está vacía: escriba una, p. ej., «1.0.0»
framework-language = default_language «{ $code }» no es un código de idioma como «en» o «pt-BR»
framework-scale-short = la escala tiene { $count } nivel(es); necesita al menos 2
framework-scale-order = los valores de la escala deben crecer estrictamente: { $value } viene después de { $previous }
framework-few-pillars = el marco tiene { $count } pilar(es); un gráfico de radar necesita al menos 3
framework-duplicate-pillar = identificador de pilar repetido «{ $id }» (el pilar { $other } también lo usa)
framework-empty-pillar = el pilar «{ $id }» no tiene preguntas; necesita al menos 1
framework-duplicate-question = identificador de pregunta repetido «{ $id }» (también la pregunta { $n } del pilar «{ $pillar }»); los identificadores de pregunta son únicos en todo el marco
framework-rubric-key = la clave de rúbrica { $value } de la pregunta «{ $id }» no es un valor de la escala ({ $values })
framework-rubric-same = el nivel { $value } de la rúbrica de la pregunta «{ $id }» dice lo mismo que el nivel { $other } ({ $lang }): cada nivel debe describir un paso propio
framework-carry-self = carry desde la versión { $version } nombra esta misma versión: carry solo enumera versiones anteriores
framework-carry-unknown = carry desde la versión { $version } nombra la pregunta «{ $id }», que este marco no tiene
framework-carry-empty = carry de la pregunta «{ $id }» no nombra ninguna pregunta anterior
framework-missing-text = { $inner } no tiene texto en el idioma predeterminado «{ $lang }»
framework-text-language = «{ $code }» en { $inner } no es un código de idioma como «en» o «pt-BR»
framework-weight = el peso { $weight } debe ser un número finito mayor que 0
framework-item-id = el identificador de { $inner } «{ $id }» solo puede usar letras, dígitos, '-', '_' y '.'
what-framework-name = el nombre del marco
what-framework-description = la descripción del marco
what-scale-label = la etiqueta del valor { $value } de la escala
what-pillar = pilar
what-pillar-name = el nombre del pilar «{ $id }»
what-pillar-description = la descripción del pilar «{ $id }»
what-pillar-prompt = la pregunta de discusión { $n } del pilar «{ $id }»
what-question = pregunta
what-question-text = el texto de la pregunta «{ $id }»
what-question-help = la guía de la pregunta «{ $id }»
what-rubric = el descriptor del nivel { $value } de la pregunta «{ $id }»
problem-framework-skipped = { $inner } (este archivo de marco se omite)
problem-in-assessment = evaluación «{ $label }»: { $inner }
problem-import-one-framework = import necesita exactamente un marco, y --framework dio { $known }: pase un solo archivo de marco
problem-too-deep = los valores están anidados a más de { $depth } niveles: no es un archivo de Pilares, o está dañado
problem-ends-early = el archivo termina antes de tiempo: falta cerrar un paréntesis, corchete o comilla
problem-syntax = el archivo no es válido aquí: { $detail }
problem-line-too-long = esta línea tiene más de { $limit } MiB, lo máximo que puede tener una fila: ¿es el archivo correcto?


# The next round: answers carried over to confirm
mark-carried = traída de la ronda anterior, por confirmar
question-carried = Traída de la ronda anterior: { $level }
question-carried-help = Es la respuesta que su equipo dio la vez pasada, con la nota que haya escrito. Confírmela si sigue siendo válida o elija de nuevo arriba.
question-confirm = Confirmar esta respuesta
next-round-heading = La siguiente ronda
next-round-help = Un año después, comience la siguiente evaluación a partir de esta: se traen sus datos, respuestas, notas y plan (a la versión más reciente del marco, si la hay), cada respuesta marcada para que el equipo la confirme. Esta evaluación queda como está.
next-round-button = Comenzar la siguiente ronda a partir de esta evaluación
next-round-label = { $label } — siguiente ronda { $date }
next-round-started = { $carried } respuestas traídas de la ronda anterior: confirme cada una o elija de nuevo.
next-round-started-new-version = { $carried } respuestas traídas a la versión { $version } del marco: confirme cada una o elija de nuevo. { $new } preguntas son nuevas en esta versión y comienzan sin responder.
results-to-confirm = Quedan { $count } respuestas traídas de la ronda anterior por confirmar.
results-to-confirm-go = Ir a la primera

# The translators' sheet (pilares texts)
texts-no-key-column = esta hoja no tiene la columna «key»: conserve la primera columna de la hoja que escribió Pilares
texts-not-a-language = la columna «{ $column }» no es un código de idioma (como en, es, pt, fr, ht): nombre cada columna de idioma con su código
texts-no-default-column = esta hoja no tiene columna para «{ $lang }», el idioma predeterminado del marco: todo texto debe tenerlo
texts-no-key = esta fila tiene textos pero no clave: conserve la clave de cada fila tal como la escribió Pilares
texts-unknown-key = «{ $key }» no es un texto de este marco: conserve las claves tal como las escribió Pilares, o genere una hoja nueva con pilares texts
texts-duplicate-key = «{ $key }» aparece por segunda vez (la primera en la línea { $first }): deje una sola fila por clave
texts-no-default = «{ $key }» no tiene texto en { $lang }, el idioma predeterminado del marco: todo texto lo necesita
help-command-texts = Los textos de un marco para traducir (.xlsx o .csv, una fila por texto, una columna por idioma), y una hoja traducida de vuelta a un archivo de marco nuevo
help-arg-framework = El marco: un archivo .ron o el id de uno incorporado (su versión más reciente)
help-arg-apply = Una hoja traducida (.xlsx o .csv) para aplicar; -o nombra entonces el archivo de marco nuevo (.ron)
help-arg-add_language = Una columna vacía para un idioma al que traducir, como ht (repetible)
cli-texts-language = «{ $code }» no es un código de idioma: indique un código como ht, es o pt-BR
cli-texts-exists = { $path } ya existe: el marco nuevo nunca se escribe sobre un archivo; elija otro nombre
cli-texts-written = { $path } escrito: un marco válido con textos en { $languages }
cli-texts-no-framework = no hay un archivo de marco ni un marco con este id; marcos conocidos: { $known }

# The framework editor
dialog-framework-edit = Elija un archivo de marco para editar
dialog-framework-save = Guardar el marco como
nav-editor = Editor de marcos
start-adapt = Adaptar…
start-adapt-help = Una copia de este marco con un id nuevo, para adaptarlo a su sistema en el editor de marcos; el original queda como está
start-framework-new = Nuevo marco…
start-framework-new-help = Escriba su propio marco: tres pilares para empezar, con una escala de cuatro niveles
start-framework-edit = Editar un archivo de marco…
editor-title = Editor de marcos
editor-not-in-a-file = Aún no está guardado en un archivo
editor-save = Guardar
editor-save-as = Guardar como…
editor-try = Probarlo
editor-try-help = Guarda el marco y comienza una evaluación con él
editor-close = Cerrar el editor
editor-unsaved = Este marco tiene cambios sin guardar.
editor-keep-editing = Seguir editando
editor-close-anyway = Cerrar sin guardar
editor-no-problems = Sin problemas: listo para guardar
editor-problems = { $count ->
    [one] 1 problema por corregir antes de guardar
   *[other] { $count } problemas por corregir antes de guardar
}
editor-framework = El marco
editor-add-pillar = Agregar un pilar
editor-missing = { $lang }: falta
editor-weight = Peso
editor-weight-help = Cuánto cuenta frente a los demás; en blanco es 1
editor-id = Id
editor-id-help = Letras, dígitos y guiones; las evaluaciones y planillas lo citan, así que no lo cambie una vez que los equipos usen el marco.
editor-version = Versión
editor-default-language = Idioma predeterminado
editor-add-language = Otro idioma:
editor-name = Nombre
editor-description = Descripción
editor-scale = Escala
editor-scale-level = Nivel { $value }
editor-pillar = Pilar { $n }: { $name }
editor-up = ▲ Subir
editor-down = ▼ Bajar
editor-remove-pillar = Quitar este pilar
editor-discussion = Preguntas para la discusión
editor-prompt = Pregunta para la discusión { $n }
editor-remove-prompt = Quitar esta pregunta para la discusión
editor-add-prompt = Agregar una pregunta para la discusión
editor-questions = Preguntas
editor-add-question = Agregar una pregunta
editor-question = Pregunta { $n } de { $pillar }
editor-remove-question = Quitar esta pregunta
editor-back-to-pillar = Volver al pilar
editor-question-text = Pregunta
editor-help = Orientación (qué evidencias mirar)
editor-rubric = Rúbrica
editor-rubric-help = Cómo se ve cada nivel en esta pregunta; diga qué cuenta (una proporción de docentes, una razón) para que dos equipos califiquen igual.
editor-language-code = «{ $code }» no es un código de idioma: escriba un código como ht, qu o gn
editor-cannot-save = { $count ->
    [one] Queda 1 problema: corríjalo (la lista sobre los campos) antes de guardar
   *[other] Quedan { $count } problemas: corríjalos (la lista sobre los campos) antes de guardar
}
editor-not-saved = No se pudo guardar { $file }: { $error }
editor-saved = Guardado en { $file }
editor-same-id = Pilares ya conoce un marco { $id } ({ $other }): antes, dé a este otro id u otra versión
editor-draft-not-kept = No se pudo guardar el marco en { $file }: { $error }. Guárdelo en un archivo propio.
editor-draft-set-aside = El marco que escribía antes no se había guardado: queda en { $file }.
start-framework-draft = Un marco que estaba escribiendo no se había guardado cuando Pilares se detuvo.
start-framework-draft-continue = Seguir escribiéndolo
start-framework-draft-discard = Descartarlo
editor-incomplete = Los equipos que trabajan en { $langs } ven este marco en su idioma predeterminado ({ $default }) hasta que se escriban los textos marcados como faltantes: un resultado nunca mezcla idiomas.
editor-new-id = mi-marco
save-failed = { $path }: no se puede guardar: { $error }. Sus respuestas siguen en la aplicación; elija otro lugar con «Guardar como…»
save-failed-storage-full = { $path }: el almacenamiento del navegador para Pilares está lleno, así que este cambio no queda guardado allí. Sus respuestas siguen en esta página: descargue la evaluación con «Guardar como…» (o «Descargar») y luego descarte las evaluaciones que ya no necesite.
save-failed-other-tab = { $path }: Pilares se abrió en otra pestaña de este navegador, que ahora guarda los archivos. Siga allí; para conservar lo que hay en esta pestaña, descárguelo con «Descargar».
download = Descargar
download-help = Descargar esta evaluación tal como está ahora (el navegador la conserva; la descarga es una copia para enviar o archivar)
