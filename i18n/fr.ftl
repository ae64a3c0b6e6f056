# Pilares — messages de l’interface, français.

## Écran d’accueil
start-title = Pilares
start-tagline = Autoévaluation des systèmes de développement professionnel des enseignants, pilier par pilier.
language = Langue
start-continue = « { $label } » est ouverte.
continue = Continuer
autosave-title = Une évaluation a été conservée pour vous
autosave-body = { $done } questions sur { $total } ont une réponse. Pilares la garde en sûreté jusqu’à ce que vous lui donniez un fichier avec « Enregistrer sous… ».
autosave-restore = Récupérer
autosave-discard = Abandonner
autosave-broken = L’évaluation conservée ne peut pas être lue
autosave-decide-first = Récupérez ou abandonnez d’abord l’évaluation conservée pour vous.
start-new = Nouvelle évaluation
framework-built-in = intégré
framework-summary = Version { $version } · { $pillars } piliers · { $questions } questions · { $origin }
start-new-button = Commencer une nouvelle évaluation
start-new-from-file = Avec un fichier de cadre…
start-new-from-file-help = Utilisez un cadre écrit en RON (voir le README), par exemple un cadre adapté par votre ministère.
start-open = Ouvrir une évaluation
start-open-button = Ouvrir un fichier…
start-drop-hint = Vous pouvez aussi déposer une évaluation (.ron) sur cette fenêtre pour l’ouvrir, ou plusieurs fichiers, un .csv ou un classeur Excel (.xlsx) pour les comparer.
start-recent = Fichiers récents
framework-already-built-in = { $id } est déjà intégré ; la copie intégrée est utilisée.
new-assessment-label = Autoévaluation { $date }
open-needs-framework = Ajoutez son cadre avec « Avec un fichier de cadre… » sur l’écran d’accueil, puis rouvrez-la.

## Barre du haut
nav-details = L’équipe
nav-questions = Questions
nav-results = Résultats
saved-in = Enregistré dans { $file }
kept-in-autosave = Pas encore dans un fichier à vous (conservé automatiquement)
kept-in-autosave-help = Chaque modification est déjà conservée dans la sauvegarde automatique de l’application. Choisissez « Enregistrer sous… » pour donner à l’évaluation son propre fichier, à partager ou à archiver.
save-as = Enregistrer sous…
close = Fermer
close-help = Retour à l’écran d’accueil. Tout est déjà enregistré.
theme-dark = Thème sombre
theme-light = Thème clair
zoom-in = Texte plus grand (Ctrl +)
zoom-out = Texte plus petit (Ctrl −)
dismiss = Masquer

## L’équipe
details-title = L’équipe
details-intro = Qui évalue, et quand. Tout est facultatif sauf le nom, qui figure dans les graphiques et les exports.
details-label = Nom de cette évaluation
details-label-hint = p. ex. Haïti — état initial 2026
details-label-empty = Donnez un nom à l’évaluation : les graphiques et les exports l’utilisent.
details-country = Pays
details-team = Équipe ou service
details-team-hint = p. ex. Direction de la formation des enseignants
details-date = Date
details-date-invalid = Écrivez la date sous la forme AAAA-MM-JJ, p. ex. 2026-02-26.
details-participants = Participants
details-participants-hint = Une personne par ligne
details-scope = Piliers évalués
details-scope-help = Un atelier peut ne retenir que quelques piliers. Le radar en demande au moins trois.
details-begin = Commencer les questions →

## Panneau latéral
progress-overall = { $done } sur { $total } avec réponse
pillar-progress = { $done } questions sur { $total } avec réponse ou sans objet
mark-answered = réponse donnée
mark-not-applicable = sans objet
mark-unanswered = pas encore de réponse
legend-dots = ● réponse donnée   — sans objet   ○ pas encore de réponse   ◉ reprise, à confirmer

## Question
question-position = Question { $n } sur { $count } de ce pilier · { $overall } sur { $total } au total
question-guidance = Repères
question-choose = Choisissez le niveau qui décrit votre système aujourd’hui
question-not-applicable = Sans objet pour notre système (N)
question-note = Éléments de preuve et notes
question-note-hint = Qu’est-ce que l’équipe a examiné ? Documents, données, exemples…
question-discussion = Questions pour la discussion (animation)
previous = ← Précédente
next = Suivante →
see-results = Voir les résultats →
question-keys = Touches : 1, 2, 3… choisissent un niveau · ↑ ↓ le changent · N sans objet · Entrée ou → suivante · ← précédente · Tab parcourt les commandes

## Résultats
results-title = Résultats : { $label }
results-overall = Ensemble { $score } sur { $max } · { $level }
results-none = Aucune question n’a encore de réponse : il n’y a donc pas de score.
results-completeness = { $done } questions sur { $total } avec réponse ou sans objet ({ $na ->
    [one] une sans objet
   *[other] { $na } sans objet
})
results-answer-rest = Répondre aux autres
col-pillar = Pilier
col-score = Score
col-level = Niveau atteint
col-answered = Réponses
col-na = S.O.
col-unanswered = À faire
results-weakest = Questions les plus faibles
results-weakest-none = Aucune question sous le niveau le plus élevé pour l’instant.
results-to-reach = Pour atteindre { $level } : { $rubric }
results-strongest = Questions les plus fortes
results-strongest-none = Aucune question au-dessus du niveau le plus bas pour l’instant.
results-export = Exporter
export-csv = Réponses en CSV…
export-xlsx = Classeur Excel…
export-png = Graphique en PNG…
export-svg = Graphique en SVG…
exported-to = Exporté vers { $path }
saved-to = Enregistré dans { $path }

## Dialogues
dialog-open = Ouvrir une évaluation
dialog-framework = Choisir un fichier de cadre
dialog-save-as = Enregistrer l’évaluation sous
dialog-export-csv = Exporter les réponses en CSV
dialog-export-workbook = Exporter un classeur Excel (réponses, scores, plan)
dialog-export-chart = Exporter le graphique
filter-assessment = Évaluation Pilares
filter-framework = Cadre Pilares
filter-csv = Tableur CSV
filter-xlsx = Classeur Excel
filter-png = Image PNG
filter-svg = Dessin SVG

## Rapport
report-title-one = Rapport d’autoévaluation : { $label }
report-title-many = Comparaison de { $count } évaluations
report-assessment = Évaluation
report-completeness = Réponses
report-done-of = { $done } sur { $total }
report-context = Qui a évalué, et quand
report-overall-level = Niveau global :
report-score-of = { $score } sur { $max }
report-answered-of = { $done } questions sur { $total } répondues
report-key-actions = Actions clés
report-no-open-actions = Aucune action ouverte dans le plan pour l’instant.
report-more-actions = { $count ->
    [one] et une autre action dans le plan
   *[other] et { $count } autres actions dans le plan
}
report-strongest-pillars = Piliers les plus forts (moyenne)
report-weakest-pillars = Piliers les plus faibles (moyenne)
report-left-out = Ces évaluations ont été faites avec des versions différentes du cadre ({ $versions }) : elles sont comparées sur les questions communes à toutes les versions ; { $count ->
    [one] une question est laissée de côté
   *[other] { $count } questions sont laissées de côté
} : { $ids }.
report-scores = Scores par pilier
report-mean = Moyenne
report-range = Étendue
report-overall = Ensemble
report-comparison = Comparaison
report-change = Évolution de « { $from } » à « { $to } »
report-delta = Évolution
report-disagree = Là où les évaluations divergent le plus
report-disagree-help = Les plus grands écarts de niveau d’abord : c’est là que la discussion devrait commencer.
report-question = Question
report-strengths-gaps = Points forts et lacunes
report-every-question = Toutes les questions
report-unknown-title = Réponses à des questions que ce cadre n’a pas
report-unknown-help = { $count ->
    [one] Cette réponse désigne une question
   *[other] Ces { $count } réponses désignent des questions
} que { $framework } { $version } n’a pas : l’autoévaluation a été faite avec une autre version du cadre, ou son fichier a été modifié. Elles sont conservées dans le fichier et montrées ici, mais ne comptent dans aucun score.
report-question-id = Identifiant de la question
report-level = Niveau
report-plan = Plan d’amélioration
report-current = Actuel
report-target = Cible
report-gap = Écart
report-action = Action
report-owner = Responsable
report-due = Échéance
report-status = État
plan-overdue = en retard
status-planned = Prévue
status-in-progress = En cours
status-done = Réalisée
status-dropped = Abandonnée

## Comparer
nav-compare = Comparer ({ $count })
nav-start = Accueil
start-compare-button = Comparer des évaluations…
start-compare-help = Ouvrez plusieurs fichiers d’évaluation, ou un CSV qui en contient plusieurs, pour les voir sur un même radar.
results-compare = Comparer avec d’autres évaluations…
drop-refused = { $file } n’est ni une évaluation (.ron) ni un tableau de réponses (.csv, .xlsx) ; il n’a donc pas été ouvert.
compare-title = Comparaison
compare-projector = Projecteur
compare-projector-help = Tout en plus grand et les traits du graphique plus épais, pour toute la salle
compare-over-time = Une même équipe dans le temps
compare-over-time-help = Cochez quand la première et la dernière sont la même équipe à deux moments (un état initial et son suivi) : l’évolution entre les deux est montrée, ici et dans le rapport. Laissez décoché pour des groupes parallèles d’un atelier.
compare-count = { $count ->
    [one] Une évaluation
   *[other] { $count } évaluations
}
compare-add = Ajouter des fichiers…
compare-clear = Vider la comparaison
compare-drop-hint = Déposez d’autres fichiers .ron, .csv ou .xlsx sur la fenêtre pour les ajouter. Décochez-en une pour la masquer.
compare-none-shown = Cochez au moins une évaluation pour l’afficher.
compare-left-out = Faites avec des versions différentes du cadre : comparées sur les questions communes à toutes les versions ; { $count ->
    [one] une question est laissée de côté
   *[other] { $count } questions sont laissées de côté
} ({ $ids }).
compare-band = Étendue (min–max)
compare-duplicate = « { $label } » de { $source } est déjà dans la comparaison (de { $other }) ; les noms doivent être uniques, elle n’a donc pas été ajoutée.
compare-file-name = comparaison
export-report = Rapport (HTML)…
dialog-compare = Choisir les évaluations à comparer
dialog-export-report = Enregistrer le rapport
filter-assessments = Évaluations (RON, CSV ou Excel)
filter-html = Page web (HTML)

## Plan
nav-plan = Plan
results-make-plan = Établir un plan →
plan-title = Plan : { $label }
plan-intro = Fixez le niveau visé pour chaque pilier et notez qui fait quoi et pour quand. Chaque modification est enregistrée aussitôt, dans le fichier de l’évaluation.
plan-target-series = Cible
plan-targets = Cibles
plan-baseline = État initial
plan-target-of = Cible pour { $pillar }
plan-no-target = pas encore de cible
plan-clear-target = Effacer
plan-clear-target-of = Retirer la cible de { $pillar }
plan-suggestions = Partir des questions les plus faibles
plan-add-action = Ajouter comme action
plan-no-suggestions = Aucune question faible sans action.
plan-actions = Actions, par échéance
plan-no-actions = Pas encore d’action.
plan-new-action = Nouvelle action
plan-remove = Supprimer
plan-progress = Progrès depuis un état initial
plan-baseline-help = Ouvrez l’évaluation de l’an dernier pour voir, par pilier, l’état initial à côté du score d’aujourd’hui et de la cible, et lesquelles de ses actions ont été réalisées.
plan-open-baseline = Ouvrir l’état initial…
plan-baseline-is = État initial : « { $label } » ({ $source })
plan-baseline-done = { $done } de ses { $total } actions ont été réalisées.
plan-carry-over = Reprendre son plan
plan-close-baseline = Fermer l’état initial
plan-baseline-other-framework = elle répond au cadre « { $id } », pas à celui-ci : choisissez une évaluation du même cadre.
dialog-baseline = Choisir l’évaluation d’état initial

## Sécurité
autosave-needs-framework = Elle a été faite avec le fichier de cadre { $path }, qui n’est pas chargé. Utiliser ce fichier pour la récupérer ?
autosave-use-framework = Utiliser ce fichier de cadre

conflict-title = Quelqu’un d’autre a modifié ce fichier
conflict-body = Quelqu’un d’autre a modifié { $file } après que vous l’avez ouvert. Rien n’a été écrit par-dessus son travail : vos modifications depuis sont conservées ici, pas encore enregistrées. Choisissez comment continuer.
conflict-theirs-only = Modifié seulement par l’autre personne : { $list }
conflict-mine-only = Modifié seulement par vous : { $list }
conflict-details = Les informations de l’équipe ou le plan diffèrent aussi : la fusion garde les vôtres là où vous les avez modifiées, les siennes ailleurs.
conflict-clashes = Vous avez tous deux modifié ces réponses ; choisissez pour chacune :
conflict-mine = La mienne : { $level }
conflict-theirs = L’autre : { $level }
conflict-merge = Fusionner réponse par réponse et enregistrer
conflict-take-theirs = Prendre l’autre version (la vôtre gardée en copie)
conflict-keep-mine = Garder la mienne en copie
conflict-copy-suffix = ma version
conflict-unreadable = Le fichier de l’autre personne ne se lit plus comme une autoévaluation de ce cadre. Gardez la vôtre en copie ; l’autre reste tel quel.
conflict-merged = Fusionné avec les modifications de l’autre personne et enregistré.
conflict-copy-saved = Votre version est gardée dans { $path }.
not-saved-conflict = Non enregistré : quelqu’un d’autre a modifié le fichier
unsaved-heading = Pas encore dans un fichier à vous
unsaved-elsewhere = Ouverte dans une autre fenêtre de Pilares.
discard-confirm = Abandonner « { $label } » et ses { $done } réponses ? Elle est déplacée dans le dossier des abandonnées, d’où elle peut être récupérée.
discard-yes = Oui, l’abandonner
discard-no = Non, la garder
discarded = « { $label } » a été abandonnée. Une copie est gardée dans { $path }.
undo = Annuler
prompt-title = La fenêtre de choix de fichier n’a pas pu s’ouvrir sur cet ordinateur
prompt-save-help = Tapez où enregistrer le fichier, ou gardez l’emplacement proposé (un dossier Pilares dans vos documents, créé au besoin).
prompt-open-help = Tapez le chemin du fichier à ouvrir, ou choisissez-en un dans le dossier ci-dessous.
prompt-path = Chemin du fichier
prompt-save = Enregistrer ici
prompt-open = Ouvrir
prompt-cancel = Annuler
score-completeness = Complétude : { $done } questions sur { $total } ont une réponse ou sont sans objet ({ $percent })
date-hint = jj/mm/aaaa
date-invalid = Ce n’est pas une date : écrivez-la jj/mm/aaaa, p. ex. 26/02/2026 (ou 2026-02-26). Elle n’est pas enregistrée tant qu’elle n’en est pas une.
prompt-exists = { $path } existe déjà : rien n’est écrit par-dessus un autre fichier. Choisissez un autre nom.
not-saved-error = Non enregistré : le fichier ne peut pas être écrit

nav-consensus = Consensus
consensus-title = Consensus : { $label }
consensus-intro = Ce que chaque membre a choisi seul, question par question : les plus grands désaccords d’abord. Choisissez le niveau sur lequel l’équipe s’accorde et écrivez pourquoi.
consensus-none = Pas encore de réponses individuelles : importez-les depuis leurs fichiers.
consensus-progress = { $settled } tranchées · { $open } à discuter
consensus-alpha = Accord avant la discussion (α de Krippendorff) { $alpha } : { $reading }
alpha-alike = l’équipe voit son système de la même façon
alpha-mostly = l’équipe voit son système presque de la même façon
alpha-differently = l’équipe voit son système différemment
alpha-very-differently = l’équipe voit son système très différemment
consensus-away-from-majority = Tranché loin de ce que la majorité a choisi : écrivez la raison ci-dessous.
consensus-reason = La raison de l’équipe
consensus-reason-hint = Pourquoi ce niveau : les éléments que l’équipe a pesés
bring-in = Importer les réponses des participants…
dialog-bring-in = Évaluations individuelles des participants
bring-in-done = { $count ->
    [one] Réponses d’un participant importées
   *[other] Réponses de { $count } participants importées
} : { $agreed } questions répondues de la même façon, { $open } à discuter.
bring-in-other-framework = répond au cadre { $id }, pas à celui de cette évaluation : importez des évaluations du même cadre

report-consensus = Le consensus de l’équipe
report-consensus-who = { $count ->
    [one] Un membre a répondu seul avant la réunion de l’équipe.
   *[other] { $count } membres ont répondu seuls avant la réunion de l’équipe.
}
report-consensus-no-alpha = Trop peu d’évaluations pour mesurer leur accord.
report-consensus-alike = { $count ->
    [one] Une question a reçu la même évaluation de tous ceux qui y ont répondu.
   *[other] { $count } questions ont reçu la même évaluation de tous ceux qui y ont répondu ; ci-dessous, celles évaluées différemment, chaque membre un point, le niveau de l’équipe cerclé.
}
report-ratings = Évaluations des membres
report-agreed = Niveau de l’équipe
report-not-settled = pas encore tranché
results-disagreed-most = Là où les membres ont le plus divergé : { $pillars }
answer-alone = { $name } répond seul
answer-alone-help = Avant la réunion, chaque membre peut répondre seul dans sa propre copie ; importez ensuite ses réponses (Consensus).
answer-alone-started = Une copie pour que { $name } réponde seul : l’évaluation de l’équipe reste telle quelle.
consensus-compare-members = Chaque membre sur le radar
consensus-away-from-majority-noted = Tranché loin de ce que la majorité a choisi ; la raison est ci-dessous.

## Problèmes dans les fichiers
problem-warning = avertissement
problem-too-large = le fichier fait { $size } Mio, plus que les { $limit } Mio permis pour ce type de fichier : vérifiez que c’est le bon fichier
problem-unreadable = impossible de lire le fichier : { $error }
problem-not-utf8 = le fichier n’est pas du texte UTF-8 : enregistrez-le en UTF-8 (dans un tableur, « CSV UTF-8 »)
problem-is-folder = c’est un dossier, pas un fichier : indiquez un fichier qu’il contient
problem-unknown-field = champ inconnu `{ $name }` ; attendu l’un de : { $expected }
problem-not-a-framework = ce n’est pas un cadre Pilares : un tel fichier commence par `Framework(`, comme { $example } ; vérifiez que c’est le bon fichier
problem-not-an-assessment = ce n’est pas une évaluation Pilares : un tel fichier commence par `Assessment(`, comme { $example } ; vérifiez que c’est le bon fichier
problem-unlistable = impossible de lire le dossier : { $error }
problem-empty-folder = le dossier ne contient aucun fichier d’évaluation .ron, .csv ou .xlsx
problem-duplicate-label = le nom « { $label } » est aussi utilisé par une évaluation dans { $other } ; dans une comparaison les noms doivent être uniques : renommez-en un
problem-unknown-framework = le cadre « { $id } » version « { $version } » n’est ni intégré ni fourni : passez son fichier avec --framework CHEMIN (connus : { $known })
problem-other-framework = cette évaluation répond au cadre « { $id } », pas à « { $expected } »
problem-other-version = faite avec la version { $version } de « { $id } » ; comparée à la version { $loaded } : les réponses aux questions qui existent encore sont utilisées
problem-empty-label = le nom est vide : donnez un nom à l’évaluation, p. ex. « Honduras — état initial 2026 »
problem-date = la date « { $date } » n’est pas écrite AAAA-MM-JJ
problem-scope-too-small = le périmètre compte { $count } pilier(s) de ce cadre ; un radar en demande au moins 3
problem-unknown-answers = { $count } réponse(s) portent sur des questions que { $framework } n’a pas ; elles restent dans le fichier mais ne sont pas notées : { $ids }
problem-level-and-na = la réponse à « { $id } » a à la fois un niveau et « sans objet » : gardez-en un
problem-level-off-scale = le niveau { $level } de « { $id } » n’est pas sur l’échelle ({ $values })
problem-quote-never-closed = le guillemet ouvert dans la cellule { $cell } de la ligne { $line } n’est jamais fermé : fermez-le, ou doublez-le ("") s’il fait partie du texte
problem-text-after-quote = la cellule { $cell } contient du texte après son guillemet fermant : un guillemet dans une cellule doit être doublé ("") ; corrigez la cellule
problem-quote-closes-late = le guillemet qui ouvre la cellule { $cell } sur cette ligne ne se ferme qu’à la ligne { $line }, suivi de texte : un guillemet manque ou n’est pas doublé ; les lignes entre les deux seraient perdues dans une seule cellule
problem-windows-1252 = le fichier n’est pas en UTF-8 : lu en Windows-1252, comme Excel enregistre « CSV » sous Windows ; vérifiez ses accents, ou enregistrez-le en CSV UTF-8
problem-mixed-encodings = cette ligne n’est pas du texte UTF-8 alors que les précédentes le sont : le fichier mélange les encodages ; enregistrez-le de nouveau en CSV UTF-8
problem-line-not-utf8 = cette ligne n’est pas du texte UTF-8 alors que le fichier dit l’être : enregistrez-le de nouveau en CSV UTF-8
problem-empty-table = le fichier est vide : un tableau a besoin d’une ligne d’en-tête
problem-sep-no-header = le fichier a une ligne `sep=` mais aucune ligne d’en-tête
problem-cell-under-no-header = cette ligne a { $used } cellules mais l’en-tête en nomme { $named } : la colonne { $used } contient quelque chose sous aucun en-tête ; donnez un en-tête à la colonne, ou videz la cellule
problem-unquoted-separator = cette ligne a { $used } cellules mais l’en-tête en nomme { $named } : une cellule contient un séparateur ({ $separator }) sans guillemets autour ; mettez cette cellule entre guillemets doubles, ou supprimez les cellules en trop

## Aide de la ligne de commande
help-after = Sans commande, pilares ouvre l’application (avec FICHIER…, ces fichiers) ; avec une commande il travaille sans fenêtre, et aucune commande n’en ouvre une.
help-about = Autoévaluation des systèmes de formation continue des enseignants selon un cadre de piliers
help-usage = Utilisation
help-commands = Commandes
help-arguments = Arguments
help-options = Options
help-flag = Afficher l’aide
help-version-flag = Afficher la version
help-command-validate = Vérifier des fichiers ou dossiers de cadres ; affiche CHEMIN:LIGNE:COL: message pour chaque problème
help-command-score = Scores par pilier et globaux des évaluations
help-command-export = Réponses au format CSV long, une ligne par question et par évaluation ; ou, vers OUT.xlsx, un classeur pour les analystes
help-command-chart = Graphique radar : un polygone par évaluation, un axe par pilier
help-command-report = Un rapport HTML imprimable et autonome : résumé, graphique, tableaux, comparaison, plan, notes
help-command-plan = Le plan d’amélioration en CSV : une ligne par action
help-command-import = Transformer l’export d’une enquête ou d’un formulaire (une ligne par personne ou groupe) en fichiers d’évaluation, un par ligne
help-command-merge = Importer les réponses individuelles des participants dans l’évaluation de l’équipe
help-command-agreement = Dans quelle mesure une équipe s’accordait : par question les évaluations et le niveau retenu, et l’alpha de Krippendorff
help-arg-frameworks = Un fichier de cadre, ou un dossier de fichiers, à utiliser à côté des cadres intégrés (répétable)
help-arg-files = Fichiers à ouvrir dans l’application : une évaluation (.ron) à remplir, ou plusieurs fichiers, un CSV long ou un classeur à comparer
help-arg-paths = Fichiers de cadre (.ron) ou dossiers de fichiers
help-arg-inputs = Fichiers d’évaluation (.ron), CSV au format long ou .xlsx, ou dossiers de fichiers
help-arg-output = Le fichier à écrire
help-arg-lang = Langue de la sortie (en, es, pt, fr ; une région comme fr-FR convient) ; par défaut : celle du système
help-arg-format = Format de sortie
help-arg-separator = Le séparateur du CSV ; Excel en espagnol, portugais ou français attend le point-virgule
help-arg-excel = Commencer le CSV par une marque d’ordre d’octets et finir les lignes par CRLF, pour Excel sous Windows
help-arg-width = Largeur en pixels
help-arg-height = Hauteur en pixels
help-arg-survey = L’export de l’outil d’enquête : CSV (tout séparateur et tout encodage) ou .xlsx
help-arg-label_column = La colonne qui contient le nom de chaque ligne
help-arg-map = Une colonne dont l’en-tête ne nomme aucune question, et la question à laquelle elle répond (répétable)
help-arg-ignore = Une colonne laissée de côté sciemment, bien que ses cellules ressemblent à des réponses (répétable)
help-arg-label = Le nom de l’évaluation de l’équipe
help-arg-settle = Que faire là où les réponses diffèrent : laisser l’équipe trancher, ou prendre la médiane
problem-scope-unknown-pillar = le périmètre nomme le pilier « { $id } », que { $framework } n’a pas
problem-ratings-unknown-question = évaluations de la question « { $id } », que { $framework } n’a pas : gardées dans le fichier, hors de tout accord
problem-rating-no-one = une évaluation de « { $id } » ne nomme personne : écrivez qui l’a choisie dans `by`
problem-rating-twice = « { $by } » a évalué « { $id } » deux fois : gardez une évaluation par personne
problem-rating-level-and-na = l’évaluation de « { $by } » pour « { $id } » a à la fois un niveau et « sans objet » : gardez-en un
problem-rating-off-scale = « { $by } » a évalué « { $id } » au niveau { $level }, qui n’est pas sur l’échelle
problem-target-unknown-pillar = cible pour le pilier « { $id } », que { $framework } n’a pas
problem-target-off-scale = la cible { $target } pour « { $id } » est hors de l’échelle ({ $min } à { $max })
problem-action-unknown-pillar = l’action nomme le pilier « { $id } », que { $framework } n’a pas
problem-action-unknown-question = l’action nomme la question « { $id } », que le pilier « { $pillar } » n’a pas
problem-due-date = l’échéance « { $date } » n’est pas écrite AAAA-MM-JJ
problem-no-frameworks = le dossier ne contient aucun fichier de cadre .ron
problem-not-a-workbook = impossible de lire le fichier comme un classeur Excel (.xlsx) : { $error } ; enregistrez-le depuis le tableur en .xlsx ou en CSV UTF-8
problem-no-sheet = le classeur n’a aucune feuille
problem-empty-sheet = la feuille « { $name } » est vide : un tableau a besoin d’une ligne d’en-tête
problem-flag = not_applicable « { $text } » n’est ni oui ni non : écrivez true ou false (ou sí/no, sim/não, oui/non, 1/0, x), ou laissez vide
problem-level-number-and-name = le niveau « { $text } » dit { $value } mais nomme le niveau { $named } : corrigez le nombre ou le nom
problem-not-a-level = le niveau « { $text } » n’est pas sur l’échelle de { $framework } : écrivez l’un de { $levels }, NA, ou laissez vide
problem-in-question = question « { $question } » : { $inner }
problem-row-unknown-framework = l’évaluation « { $label } » répond au cadre « { $id } » version « { $version } », ni intégré ni fourni : passez son fichier avec --framework CHEMIN (connus : { $known })
problem-row-which-framework = impossible de savoir à quel cadre répond l’évaluation « { $label } » : aucun cadre connu n’a la question « { $question } » ; ajoutez les colonnes framework_id et framework_version ou passez --framework CHEMIN
problem-level-label-disagree = level « { $level } » et level_label « { $label } » ne concordent pas : corrigez l’un, ou videz la cellule level_label
problem-na-label-disagree = level « { $level } » (sans objet) et level_label « { $label } » ne concordent pas : corrigez l’un, ou videz la cellule level_label
problem-row-level-and-na = la question « { $question } » a à la fois le niveau { $level } et not_applicable « { $flag } » : gardez-en un
problem-row-too-short = cette ligne a { $cells } cellules, trop peu pour atteindre la colonne { $column } (cellule { $needed }) : il manque une cellule ou un séparateur
problem-row-no-assessment = la cellule assessment est vide : chaque ligne nomme son évaluation
problem-row-no-question = la cellule question_id est vide
problem-row-scope = le périmètre de l’évaluation « { $label } » est « { $here } » ici mais « { $first } » à la ligne { $line } : toutes les lignes d’une évaluation ont le même périmètre
problem-row-rated-twice = « { $rater } » a évalué la question « { $question } » de l’évaluation « { $label } » deux fois : gardez une ligne
problem-row-again = la question « { $question } » de l’évaluation « { $label } » apparaît de nouveau (d’abord à la ligne { $line }) : gardez une ligne
problem-workbook-too-large = le classeur fait { $size } Mio ; un classeur est lu en entier et peut faire au plus { $limit } Mio : enregistrez la feuille en CSV UTF-8, qui se lit au fil de l’eau
problem-utf16-too-large = le fichier est en UTF-16 et dépasse { $limit } Mio, le maximum lu en UTF-16 : enregistrez-le en CSV UTF-8
problem-bad-utf16 = le fichier commence comme du texte UTF-16 mais n’en est pas : enregistrez-le en CSV UTF-8
problem-row-in-quote = cette ligne est lue comme une partie de la cellule entre guillemets ouverte à la ligne { $line } (cellule { $cell }), bien qu’elle ressemble à une ligne à part : s’il y manque un guillemet fermant, corrigez-le, sinon les lignes entre les deux sont lues comme du texte
problem-row-too-long = la ligne qui commence ici dépasse { $limit } Mio, le maximum pour une ligne
problem-row-too-long-quote = la ligne qui commence ici dépasse { $limit } Mio, le maximum pour une ligne ; le guillemet ouvert à la ligne { $line } n’est sans doute jamais fermé
problem-too-many = plus de { $max } évaluations : un graphique ou un rapport en montre au plus { $max } ; utilisez `pilares score` ou `pilares export` pour autant, ou choisissez les évaluations à comparer
problem-duplicate-column = les colonnes { $first } et { $second } s’appellent toutes deux `{ $name }` : gardez-en une, ou renommez l’autre
problem-missing-column = l’en-tête n’a pas de colonne `{ $name }` ; un CSV au format long demande au moins assessment, question_id et level (trouvées : { $found })
problem-more = … et { $count } autres problèmes dans ce fichier
problem-no-rows = le tableau a un en-tête mais aucune ligne
problem-map-no-question = --map « { $header } »=« { $id } » : { $framework } n’a pas de question « { $id } »
problem-map-no-column = --map « { $header } » : aucune colonne n’a cet en-tête (en-têtes : { $headers })
problem-ignore-no-column = --ignore « { $header } » : aucune colonne n’a cet en-tête (en-têtes : { $headers })
problem-no-label-column = pas de colonne « { $name } » : indiquez la colonne qui porte le nom de chaque groupe ou personne avec --label-column NOM (en-têtes : { $headers })
problem-two-question-columns = les colonnes { $first } (« { $first_header } ») et { $second } (« { $second_header } ») portent toutes deux la question « { $question } » : gardez-en une, ou --ignore l’autre
problem-two-note-columns = les colonnes { $first } (« { $first_header } ») et { $second } (« { $second_header } ») portent toutes deux la note de la question « { $question } » : gardez-en une, ou --ignore l’autre
problem-no-question-column = aucune colonne ne nomme une question de { $framework } : les en-têtes doivent être des identifiants de question (p. ex. « { $example } »), éventuellement suivis du texte de la question, porter l’identifiant entre crochets ou au bout d’un chemin de groupe, être le texte de la question, ou être associés avec --map "EN-TÊTE=question" (en-têtes : { $headers })
problem-survey-cell = ligne { $line }, colonne « { $header } » : « { $value } » n’est pas un niveau : { $inner }
problem-survey-no-label = la ligne { $line } n’a pas de nom dans la colonne « { $name } » : donnez un nom à chaque ligne
problem-survey-same-label = la ligne { $line } porte le nom « { $label } » de la ligne { $first } : les noms doivent être uniques
problem-unmapped-answers = la colonne « { $header } » contient des réponses mais ne nomme aucune question de { $framework } : associez-la avec --map "{ $header }=QUESTION", ou laissez-la de côté sciemment avec --ignore "{ $header }"
## Command line
cli-chart-format = { $path } : le graphique s’écrit en .svg ou .png : terminez le nom du fichier par l’un d’eux (ou -o - pour du SVG sur la sortie standard)
cli-stdout = impossible d’écrire sur la sortie standard : { $error }
cli-cannot-write = { $path } : impossible d’écrire le fichier : { $error } ; vérifiez que le dossier existe et est accessible en écriture
cli-cannot-export = impossible d’écrire l’export : { $error }
cli-cannot-create-folder = { $path } : impossible de créer le dossier : { $error }
cli-valid = { $path } : ok ({ $framework }, { $pillars } piliers, { $questions } questions)
cli-import-left-out = ces colonnes ne nomment aucune question et ont été laissées de côté : { $columns } ; si l’une contient des réponses, associez-la avec --map "EN-TÊTE=QUESTION"
cli-import-exists = { $path } : ces fichiers existent déjà et restent tels quels : { $files } ; importez dans un dossier vide ou déplacez-les
cli-import-wrote = { $count } évaluations de { $framework } écrites dans { $path }
cli-merge-exists = { $path } : le fichier existe et n’est pas une des entrées : choisissez un autre nom, ou indiquez-le comme entrée pour y fusionner
cli-merged = { $count } participants fusionnés dans { $path } : { $agreed } questions tranchées, { $open } restent à trancher par l’équipe
problem-compare-empty = rien à comparer : donnez au moins une évaluation
problem-chart-empty = rien à représenter : donnez au moins une évaluation
problem-mixed-frameworks = « { $label } » répond au cadre « { $id } » mais les autres répondent à « { $others } » : comparez des évaluations d’un même cadre
problem-too-few-axes = un radar demande au moins 3 piliers ; ces évaluations en ont { $count } dans leur périmètre
problem-chart-size = la taille { $width }×{ $height } du graphique est trop petite ou trop grande : utilisez 200 à 8000 pixels de côté
problem-chart-draw = impossible de dessiner le graphique : { $error }
problem-chart-png-browser = dans le navigateur, le graphique est enregistré en SVG (il s’ouvre dans tout navigateur, Word et LibreOffice) : choisissez « Graphique en SVG… » ; l’application de bureau enregistre aussi en PNG
cli-path-problem = { $path } : { $inner }
problem-merge-other-framework = cette évaluation répond au cadre « { $id } », les autres à « { $others } » : fusionnez des évaluations d’un même cadre
problem-no-ratings = cette évaluation n’a pas d’évaluations individuelles : fusionnez d’abord celles des participants (pilares merge)
problem-survey-too-large = le fichier fait { $size } Mio ; un export d’enquête est lu en entier et peut faire au plus { $limit } Mio : découpez-le
merge-again = « { $by } » a renvoyé des réponses : ses nouvelles évaluations remplacent les précédentes
merge-unknown-questions = « { $by } » a évalué { $count } question(s) que { $framework } n’a pas : gardées dans les évaluations, non comptées : { $ids }
cli-agreement-head = { $label } · { $count } participants · alpha de Krippendorff (ordinal) { $alpha }
cli-agreement-no-alpha = — (pas assez d’évaluations)
cli-agreement-question = question
cli-agreement-columns = min  max  médiane  retenu  évaluations
## Framework files
framework-id = l’identifiant de cadre « { $id } » ne peut utiliser que a-z, 0-9 et '-' (les lignes CSV s’y rapportent)
framework-no-version = la version est vide : écrivez-en une, p. ex. « 1.0.0 »
framework-language = default_language « { $code } » n’est pas un code de langue comme « en » ou « pt-BR »
framework-scale-short = l’échelle compte { $count } niveau(x) ; il en faut au moins 2
framework-scale-order = les valeurs de l’échelle doivent croître strictement : { $value } vient après { $previous }
framework-few-pillars = le cadre compte { $count } pilier(s) ; un radar en demande au moins 3
framework-duplicate-pillar = identifiant de pilier en double « { $id } » (le pilier { $other } l’utilise aussi)
framework-empty-pillar = le pilier « { $id } » n’a pas de question ; il en faut au moins 1
framework-duplicate-question = identifiant de question en double « { $id } » (aussi la question { $n } du pilier « { $pillar } ») ; les identifiants de question sont uniques dans tout le cadre
framework-rubric-key = la clé de grille { $value } de la question « { $id } » n’est pas une valeur de l’échelle ({ $values })
framework-rubric-same = le niveau { $value } de la grille de la question « { $id } » dit la même chose que le niveau { $other } ({ $lang }) : chaque niveau doit décrire une étape qui lui est propre
framework-carry-self = carry depuis la version { $version } nomme cette version même : carry n’énumère que des versions antérieures
framework-carry-unknown = carry depuis la version { $version } nomme la question « { $id } », que ce cadre n’a pas
framework-carry-empty = carry de la question « { $id } » ne nomme aucune question antérieure
framework-missing-text = { $inner } n’a pas de texte dans la langue par défaut « { $lang } »
framework-text-language = « { $code } » dans { $inner } n’est pas un code de langue comme « en » ou « pt-BR »
framework-weight = le poids { $weight } doit être un nombre fini supérieur à 0
framework-item-id = l’identifiant de { $inner } « { $id } » ne peut utiliser que des lettres, des chiffres, '-', '_' et '.'
what-framework-name = le nom du cadre
what-framework-description = la description du cadre
what-scale-label = l’étiquette de la valeur { $value } de l’échelle
what-pillar = pilier
what-pillar-name = le nom du pilier « { $id } »
what-pillar-description = la description du pilier « { $id } »
what-pillar-prompt = la question de discussion { $n } du pilier « { $id } »
what-question = question
what-question-text = le texte de la question « { $id } »
what-question-help = les repères de la question « { $id } »
what-rubric = le descripteur du niveau { $value } de la question « { $id } »
problem-framework-skipped = { $inner } (ce fichier de cadre est ignoré)
problem-in-assessment = évaluation « { $label } » : { $inner }
problem-import-one-framework = import demande exactement un cadre, et --framework en a donné { $known } : passez un seul fichier de cadre
problem-too-deep = les valeurs sont imbriquées sur plus de { $depth } niveaux : ce n’est pas un fichier Pilares, ou il est abîmé
problem-ends-early = le fichier se termine trop tôt : une parenthèse, un crochet ou un guillemet n’est pas fermé
problem-syntax = le fichier n’est pas valide ici : { $detail }
problem-line-too-long = cette ligne dépasse { $limit } Mio, le maximum pour une ligne : est-ce le bon fichier ?


# The next round: answers carried over to confirm
mark-carried = reprise du cycle précédent, à confirmer
question-carried = Reprise du cycle précédent : { $level }
question-carried-help = C’est la réponse que votre équipe a donnée la dernière fois, avec la note éventuelle. Confirmez-la si elle est toujours valable, ou choisissez à nouveau ci-dessus.
question-confirm = Confirmer cette réponse
next-round-heading = Le cycle suivant
next-round-help = Un an plus tard, commencez l’évaluation suivante à partir de celle-ci : ses informations, réponses, notes et plan sont repris (dans la version la plus récente du cadre, s’il y en a une), chaque réponse marquée pour que l’équipe la confirme. Cette évaluation reste telle quelle.
next-round-button = Commencer le cycle suivant à partir de cette évaluation
next-round-label = { $label } — cycle suivant { $date }
next-round-started = { $carried } réponses reprises du cycle précédent : confirmez chacune ou choisissez à nouveau.
next-round-started-new-version = { $carried } réponses reprises dans la version { $version } du cadre : confirmez chacune ou choisissez à nouveau. { $new } questions sont nouvelles dans cette version et commencent sans réponse.
results-to-confirm = { $count } réponses reprises du cycle précédent restent à confirmer.
results-to-confirm-go = Aller à la première

# The translators' sheet (pilares texts)
texts-no-key-column = cette feuille n’a pas de colonne « key » : gardez la première colonne de la feuille écrite par Pilares
texts-not-a-language = la colonne « { $column } » n’est pas un code de langue (comme en, es, pt, fr, ht) : nommez chaque colonne de langue par son code
texts-no-default-column = cette feuille n’a pas de colonne pour « { $lang } », la langue par défaut du cadre : chaque texte doit l’avoir
texts-no-key = cette ligne a des textes mais pas de clé : gardez la clé de chaque ligne telle que Pilares l’a écrite
texts-unknown-key = « { $key } » n’est pas un texte de ce cadre : gardez les clés telles que Pilares les a écrites, ou produisez une nouvelle feuille avec pilares texts
texts-duplicate-key = « { $key } » apparaît une deuxième fois (la première à la ligne { $first }) : une seule ligne par clé
texts-no-default = « { $key } » n’a pas de texte en { $lang }, la langue par défaut du cadre : chaque texte en a besoin
help-command-texts = Les textes d’un cadre pour la traduction (.xlsx ou .csv, une ligne par texte, une colonne par langue), et une feuille traduite réintégrée dans un nouveau fichier de cadre
help-arg-framework = Le cadre : un fichier .ron ou l’identifiant d’un cadre intégré (sa version la plus récente)
help-arg-apply = Une feuille traduite (.xlsx ou .csv) à appliquer ; -o nomme alors le nouveau fichier de cadre (.ron)
help-arg-add_language = Une colonne vide pour une langue vers laquelle traduire, comme ht (répétable)
cli-texts-language = « { $code } » n’est pas un code de langue : indiquez un code comme ht, es ou pt-BR
cli-texts-exists = { $path } existe déjà : le nouveau cadre n’est jamais écrit par-dessus un fichier ; choisissez un autre nom
cli-texts-written = { $path } écrit : un cadre valide avec des textes en { $languages }
cli-texts-no-framework = aucun fichier de cadre ni aucun cadre avec cet identifiant ; cadres connus : { $known }

# The framework editor
dialog-framework-edit = Choisissez un fichier de cadre à modifier
dialog-framework-save = Enregistrer le cadre sous
nav-editor = Éditeur de cadres
start-adapt = Adapter…
start-adapt-help = Une copie de ce cadre sous un nouvel identifiant, à adapter à votre système dans l’éditeur de cadres ; l’original reste tel quel
start-framework-new = Nouveau cadre…
start-framework-new-help = Rédigez votre propre cadre : trois piliers pour commencer, sur une échelle à quatre niveaux
start-framework-edit = Modifier un fichier de cadre…
editor-title = Éditeur de cadres
editor-not-in-a-file = Pas encore enregistré dans un fichier
editor-save = Enregistrer
editor-save-as = Enregistrer sous…
editor-try = L’essayer
editor-try-help = Enregistre le cadre et commence une évaluation avec lui
editor-close = Fermer l’éditeur
editor-unsaved = Ce cadre a des modifications non enregistrées.
editor-keep-editing = Continuer à modifier
editor-close-anyway = Fermer sans enregistrer
editor-no-problems = Aucun problème : prêt à enregistrer
editor-problems = { $count ->
    [one] 1 problème à corriger avant d’enregistrer
   *[other] { $count } problèmes à corriger avant d’enregistrer
}
editor-framework = Le cadre
editor-add-pillar = Ajouter un pilier
editor-missing = { $lang } : manquant
editor-weight = Poids
editor-weight-help = Combien il compte face aux autres ; vide vaut 1
editor-id = Identifiant
editor-id-help = Lettres, chiffres et traits d’union ; les évaluations et les tableurs s’y réfèrent, gardez-le donc une fois le cadre utilisé par les équipes.
editor-version = Version
editor-default-language = Langue par défaut
editor-add-language = Une autre langue :
editor-name = Nom
editor-description = Description
editor-scale = Échelle
editor-scale-level = Niveau { $value }
editor-pillar = Pilier { $n } : { $name }
editor-up = ▲ Monter
editor-down = ▼ Descendre
editor-remove-pillar = Retirer ce pilier
editor-discussion = Questions pour la discussion
editor-prompt = Question pour la discussion { $n }
editor-remove-prompt = Retirer cette question pour la discussion
editor-add-prompt = Ajouter une question pour la discussion
editor-questions = Questions
editor-add-question = Ajouter une question
editor-question = Question { $n } de { $pillar }
editor-remove-question = Retirer cette question
editor-back-to-pillar = Revenir au pilier
editor-question-text = Question
editor-help = Orientation (quelles données probantes examiner)
editor-rubric = Grille
editor-rubric-help = À quoi ressemble chaque niveau pour cette question ; dites ce qui compte (une part des enseignants, un ratio) pour que deux équipes notent de même.
editor-language-code = « { $code } » n’est pas un code de langue : saisissez un code comme ht, qu ou gn
editor-cannot-save = { $count ->
    [one] Il reste 1 problème : corrigez-le (la liste au-dessus des champs) avant d’enregistrer
   *[other] Il reste { $count } problèmes : corrigez-les (la liste au-dessus des champs) avant d’enregistrer
}
editor-not-saved = { $file } n’a pas pu être enregistré : { $error }
editor-saved = Enregistré dans { $file }
editor-same-id = Pilares connaît déjà un cadre { $id } ({ $other }) : donnez d’abord à celui-ci un autre identifiant ou une autre version
editor-draft-not-kept = Le cadre n’a pas pu être conservé dans { $file } : { $error }. Enregistrez-le dans un fichier à vous.
editor-draft-set-aside = Le cadre que vous rédigiez auparavant n’avait pas été enregistré : il est conservé dans { $file }.
start-framework-draft = Un cadre que vous rédigiez n’avait pas été enregistré quand Pilares s’est arrêté.
start-framework-draft-continue = Continuer à le rédiger
start-framework-draft-discard = L’abandonner
editor-incomplete = Les équipes qui travaillent en { $langs } voient ce cadre dans sa langue par défaut ({ $default }) tant que les textes marqués manquants ne sont pas écrits : un résultat ne mélange jamais les langues.
editor-new-id = mon-cadre
save-failed = { $path } : enregistrement impossible : { $error }. Vos réponses restent dans l’application ; choisissez un autre emplacement avec « Enregistrer sous… »
save-failed-storage-full = { $path } : l’espace du navigateur pour Pilares est plein, cette modification n’y est donc pas conservée. Vos réponses restent dans cette page : téléchargez l’évaluation avec « Enregistrer sous… » (ou « Télécharger »), puis écartez les évaluations dont vous n’avez plus besoin.
save-failed-other-tab = { $path } : Pilares a été ouvert dans un autre onglet de ce navigateur, qui conserve désormais les fichiers. Continuez là-bas ; pour garder ce qui est dans cet onglet, téléchargez-le avec « Télécharger ».
download = Télécharger
download-help = Télécharger cette évaluation telle qu’elle est maintenant (le navigateur la conserve ; le téléchargement est une copie à envoyer ou archiver)
