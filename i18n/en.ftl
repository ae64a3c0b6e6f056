# Pilares — interface messages, English.
# Every id here must exist in es.ftl, pt.ftl and fr.ftl (a test checks).

## Start screen
start-title = Pilares
start-tagline = Self-assessment of teacher professional development systems, pillar by pillar.
language = Language
start-continue = “{ $label }” is open.
continue = Continue
autosave-title = An assessment was kept for you
autosave-body = { $done } of { $total } questions answered. Kept safe by Pilares until you give it a file with “Save as…”.
autosave-restore = Restore
autosave-discard = Discard
autosave-broken = The kept assessment cannot be read
autosave-decide-first = First restore or discard the assessment that was kept for you.
start-new = New assessment
framework-built-in = built in
framework-summary = Version { $version } · { $pillars } pillars · { $questions } questions · { $origin }
start-new-button = Start a new assessment
start-new-from-file = With a framework file…
start-new-from-file-help = Use a framework written in RON (see the README), for example one your ministry adapted.
start-open = Open an assessment
start-open-button = Open a file…
start-drop-hint = You can also drop an assessment (.ron) onto this window to open it, or several files, a .csv or an Excel workbook (.xlsx) to compare them.
start-recent = Recent files
framework-already-built-in = { $id } is already built in; the built-in copy is used.
new-assessment-label = Self-assessment { $date }
open-needs-framework = Add its framework with “With a framework file…” on the start screen, then open it again.

## Top bar
nav-details = Team details
nav-questions = Questions
nav-results = Results
saved-in = Saved in { $file }
kept-in-autosave = Not yet in a file of yours (kept safe automatically)
kept-in-autosave-help = Every change is already kept in the app's autosave. Choose “Save as…” to give the assessment a file of its own, to share or archive.
save-as = Save as…
close = Close
close-help = Back to the start screen. Everything is already saved.
theme-dark = Dark theme
theme-light = Light theme
zoom-in = Larger text (Ctrl +)
zoom-out = Smaller text (Ctrl −)
dismiss = Dismiss

## Team details
details-title = Team details
details-intro = Who is assessing, and when. All of it is optional except the name, which appears in charts and exports.
details-label = Name of this assessment
details-label-hint = e.g. Honduras — baseline 2026
details-label-empty = Give the assessment a name: charts and exports use it.
details-country = Country
details-team = Team or unit
details-team-hint = e.g. Teacher Development Directorate
details-date = Date
details-date-invalid = Write the date as YYYY-MM-DD, e.g. 2026-02-26.
details-participants = Participants
details-participants-hint = One person per line
details-scope = Pillars to assess
details-scope-help = A workshop may take only some pillars as its lens. At least three are needed for the radar.
details-begin = Begin the questions →

## Side panel
progress-overall = { $done } of { $total } answered
pillar-progress = { $done } of { $total } questions answered or not applicable
mark-answered = answered
mark-not-applicable = not applicable
mark-unanswered = not answered yet
legend-dots = ● answered   — not applicable   ○ not answered yet   ◉ carried over, to confirm

## Question
question-position = Question { $n } of { $count } in this pillar · { $overall } of { $total } overall
question-guidance = Guidance
question-choose = Choose the level that describes your system today
question-not-applicable = Not applicable to our system (N)
question-note = Evidence and notes
question-note-hint = What did the team look at? Documents, data, examples…
question-discussion = Discussion prompts for the facilitator
previous = ← Previous
next = Next →
see-results = See the results →
question-keys = Keys: 1, 2, 3… choose a level · ↑ ↓ change it · N not applicable · Enter or → next · ← previous · Tab moves between controls

## Results
results-title = Results: { $label }
results-overall = Overall { $score } of { $max } · { $level }
results-none = No question is answered yet, so there is no score.
results-completeness = { $done } of { $total } questions answered or not applicable ({ $na ->
    [one] one not applicable
   *[other] { $na } not applicable
})
results-answer-rest = Answer the rest
col-pillar = Pillar
col-score = Score
col-level = Level reached
col-answered = Answered
col-na = N/A
col-unanswered = Open
results-weakest = Weakest questions
results-weakest-none = No question below the top level yet.
results-to-reach = To reach { $level }: { $rubric }
results-strongest = Strongest questions
results-strongest-none = No question above the lowest level yet.
results-export = Export
export-csv = Answers as CSV…
export-xlsx = Workbook for Excel…
export-png = Chart as PNG…
export-svg = Chart as SVG…
exported-to = Exported to { $path }
saved-to = Saved to { $path }

## Dialogs
dialog-open = Open an assessment
dialog-framework = Choose a framework file
dialog-save-as = Save the assessment as
dialog-export-csv = Export the answers as CSV
dialog-export-workbook = Export a workbook for Excel (answers, scores, plan)
dialog-export-chart = Export the chart
filter-assessment = Pilares assessment
filter-framework = Pilares framework
filter-csv = CSV spreadsheet
filter-xlsx = Excel workbook
filter-png = PNG image
filter-svg = SVG drawing

## Report
report-title-one = Self-assessment report: { $label }
report-title-many = Comparison of { $count } assessments
report-assessment = Assessment
report-completeness = Answered
report-done-of = { $done } of { $total }
report-context = Who assessed, and when
report-overall-level = Overall level:
report-score-of = { $score } of { $max }
report-answered-of = { $done } of { $total } questions answered
report-key-actions = Key actions
report-no-open-actions = No open actions in the plan yet.
report-more-actions = { $count ->
    [one] and one more action in the plan
   *[other] and { $count } more actions in the plan
}
report-strongest-pillars = Strongest pillars (average)
report-weakest-pillars = Weakest pillars (average)
report-left-out = These assessments were made on different versions of the framework ({ $versions }), so they are compared on the questions every version has; { $count ->
    [one] one question is
   *[other] { $count } questions are
} left out: { $ids }.
report-scores = Scores by pillar
report-mean = Mean
report-range = Range
report-overall = Overall
report-comparison = Comparison
report-change = Change from “{ $from }” to “{ $to }”
report-delta = Change
report-disagree = Where the assessments disagree most
report-disagree-help = The widest differences in level first: that is where the discussion should start.
report-question = Question
report-strengths-gaps = Strengths and gaps
report-every-question = Every question
report-unknown-title = Answers to questions this framework does not have
report-unknown-help = { $count ->
    [one] This answer names a question
   *[other] These { $count } answers name questions
} that { $framework } { $version } does not have: the assessment was made on another version of the framework, or its file was edited. They are kept in the file and shown here, but count in no score.
report-question-id = Question id
report-level = Level
report-plan = Improvement plan
report-current = Current
report-target = Target
report-gap = Gap
report-action = Action
report-owner = Owner
report-due = Due
report-status = Status
plan-overdue = overdue
status-planned = Planned
status-in-progress = In progress
status-done = Done
status-dropped = Dropped

## Compare
nav-compare = Compare ({ $count })
nav-start = Start
start-compare-button = Compare assessments…
start-compare-help = Open several assessment files, or a CSV holding many, to see them on one radar.
results-compare = Compare with other assessments…
drop-refused = { $file } is neither an assessment (.ron) nor a table of answers (.csv, .xlsx), so it was not opened.
compare-title = Comparison
compare-projector = Projector
compare-projector-help = Everything larger and the chart's lines thicker, for a whole room
compare-over-time = One team over time
compare-over-time-help = Tick when the first and the last are the same team at two points in time (a baseline and its follow-up): the change between them is shown, here and in the report. Leave unticked for parallel workshop groups.
compare-count = { $count ->
    [one] One assessment
   *[other] { $count } assessments
}
compare-add = Add files…
compare-clear = Clear the comparison
compare-drop-hint = Drop more .ron, .csv or .xlsx files onto the window to add them. Untick one to hide it.
compare-none-shown = Tick at least one assessment to show it.
compare-left-out = Made on different versions of the framework: compared on the questions every version has; { $count ->
    [one] one question is
   *[other] { $count } questions are
} left out ({ $ids }).
compare-band = Range (min–max)
compare-duplicate = “{ $label }” from { $source } is already in the comparison (from { $other }); labels must be unique, so it was not added.
compare-file-name = comparison
export-report = Report (HTML)…
dialog-compare = Choose assessments to compare
dialog-export-report = Save the report
filter-assessments = Assessments (RON, CSV or Excel)
filter-html = Web page (HTML)

## Plan
nav-plan = Plan
results-make-plan = Make a plan →
plan-title = Plan: { $label }
plan-intro = Set the level each pillar aims for, and write down who does what by when. Every change is saved at once, in the assessment file.
plan-target-series = Target
plan-targets = Targets
plan-baseline = Baseline
plan-target-of = Target for { $pillar }
plan-no-target = no target yet
plan-clear-target = Clear
plan-clear-target-of = Remove the target for { $pillar }
plan-suggestions = Start from the weakest questions
plan-add-action = Add as an action
plan-no-suggestions = No weak question without an action.
plan-actions = Actions, by due date
plan-no-actions = No action yet.
plan-new-action = New action
plan-remove = Remove
plan-progress = Progress since a baseline
plan-baseline-help = Open last year's assessment to see, per pillar, the baseline beside today's score and the target, and which of its actions were done.
plan-open-baseline = Open the baseline…
plan-baseline-is = Baseline: “{ $label }” ({ $source })
plan-baseline-done = { $done } of { $total } of its actions were done.
plan-carry-over = Carry its plan over
plan-close-baseline = Close the baseline
plan-baseline-other-framework = it answers framework “{ $id }”, not this one: choose an assessment of the same framework.
dialog-baseline = Choose the baseline assessment

## Safety
autosave-needs-framework = It was made with the framework file { $path }, which is not loaded. Use that file to restore it?
autosave-use-framework = Use this framework file

conflict-title = Someone else changed this file
conflict-body = { $file } was changed by someone else after you opened it. Nothing was written over their work: your changes since then are kept here and not yet saved. Choose how to go on.
conflict-theirs-only = Only they changed: { $list }
conflict-mine-only = Only you changed: { $list }
conflict-details = The team details or the plan differ too: a merge keeps yours where you changed them, theirs elsewhere.
conflict-clashes = Both of you changed these answers; choose for each:
conflict-mine = Mine: { $level }
conflict-theirs = Theirs: { $level }
conflict-merge = Merge answer by answer and save
conflict-take-theirs = Use their version (yours kept as a copy)
conflict-keep-mine = Keep mine as a copy
conflict-copy-suffix = my version
conflict-unreadable = Their file can no longer be read as an assessment of this framework. Keep yours as a copy; theirs stays as it is.
conflict-merged = Merged with the other person's changes and saved.
conflict-copy-saved = Your version is kept in { $path }.
not-saved-conflict = Not saved: someone else changed the file
unsaved-heading = Not yet in a file of yours
unsaved-elsewhere = Open in another Pilares window.
discard-confirm = Discard “{ $label }” and its { $done } answers? It is moved to the discarded folder, from where it can be brought back.
discard-yes = Yes, discard it
discard-no = No, keep it
discarded = “{ $label }” was discarded. A copy is kept in { $path }.
undo = Undo
prompt-title = The file dialog could not open on this computer
prompt-save-help = Type where to save the file, or keep the suggested place (a Pilares folder in your documents, created if needed).
prompt-open-help = Type the path of the file to open, or pick one in the folder below.
prompt-path = File path
prompt-save = Save here
prompt-open = Open
prompt-cancel = Cancel
score-completeness = Completeness: { $done } of { $total } questions answered or not applicable ({ $percent })
date-hint = YYYY-MM-DD
date-invalid = Not a date: write it as YYYY-MM-DD, e.g. 2026-02-26 (or 26/02/2026). It is not saved until it is one.
prompt-exists = { $path } already exists: nothing is written over another file. Choose another name.
not-saved-error = Not saved: the file cannot be written

nav-consensus = Consensus
consensus-title = Consensus: { $label }
consensus-intro = What each member chose alone, question by question: the widest disagreements first. Choose the level the team agrees on and write why.
consensus-none = No member's own answers yet: bring them in from their files.
consensus-progress = { $settled } settled · { $open } to discuss
consensus-alpha = Agreement before the discussion (Krippendorff's α) { $alpha }: { $reading }
alpha-alike = the team read its system alike
alpha-mostly = the team read its system mostly alike
alpha-differently = the team read its system differently
alpha-very-differently = the team read its system very differently
consensus-away-from-majority = Settled away from what most members chose: write the reason below.
consensus-reason = The team's reason
consensus-reason-hint = Why this level: the evidence the team weighed
bring-in = Bring in participants' answers…
dialog-bring-in = Participants' own assessments
bring-in-done = { $count ->
    [one] One participant's answers brought in
   *[other] { $count } participants' answers brought in
}: { $agreed } questions answered alike, { $open } to discuss.
bring-in-other-framework = answers framework { $id }, not this assessment's: bring in assessments of the same framework

report-consensus = The team's consensus
report-consensus-who = { $count ->
    [one] One member answered alone before the team met.
   *[other] { $count } members answered alone before the team met.
}
report-consensus-no-alpha = Too few ratings to measure how far they agreed.
report-consensus-alike = { $count ->
    [one] One question was rated alike by all who answered it.
   *[other] { $count } questions were rated alike by all who answered them; below, those they rated differently, each member a dot, the team's level ringed.
}
report-ratings = Members' ratings
report-agreed = The team's level
report-not-settled = not settled yet
results-disagreed-most = The members differed most on: { $pillars }
answer-alone = { $name } answers alone
answer-alone-help = Before the team meets, each member can answer alone in a copy of their own; bring their answers in afterwards (Consensus).
answer-alone-started = A copy for { $name } to answer alone: the team's assessment is kept as it was.
consensus-compare-members = Each member on the radar
consensus-away-from-majority-noted = Settled away from what most members chose; the reason is below.

## Problems in files
problem-warning = warning
problem-too-large = the file is { $size } MiB, larger than the { $limit } MiB this kind of file may be: check that it is the right file
problem-unreadable = cannot read the file: { $error }
problem-not-utf8 = the file is not UTF-8 text: save it as UTF-8 (in a spreadsheet, "CSV UTF-8")
problem-is-folder = is a folder, not a file: name a file inside it
problem-unknown-field = unknown field `{ $name }`; expected one of: { $expected }
problem-not-a-framework = this is not a Pilares framework: such a file starts with `Framework(`, like { $example }; check that it is the right file
problem-not-an-assessment = this is not a Pilares assessment: such a file starts with `Assessment(`, like { $example }; check that it is the right file
problem-unlistable = cannot list the folder: { $error }
problem-empty-folder = the folder has no .ron, .csv or .xlsx assessment files
problem-duplicate-label = the label "{ $label }" is also used by an assessment in { $other }; labels must be unique in a comparison: rename one
problem-unknown-framework = framework "{ $id }" version "{ $version }" is neither built in nor given: pass its file with --framework PATH (known: { $known })
problem-other-framework = this assessment answers framework "{ $id }", not "{ $expected }"
problem-other-version = made with version { $version } of "{ $id }"; compared with version { $loaded }: answers to questions that still exist are used
problem-empty-label = the label is empty: give the assessment a name, e.g. "Honduras — baseline 2026"
problem-date = date "{ $date }" is not written YYYY-MM-DD
problem-scope-too-small = scope has { $count } pillar(s) of this framework; a radar chart needs at least 3
problem-unknown-answers = { $count } answer(s) name questions that { $framework } does not have; they are kept in the file but not scored: { $ids }
problem-level-and-na = answer to "{ $id }" has both a level and not_applicable: keep one
problem-level-off-scale = level { $level } of "{ $id }" is not on the scale ({ $values })
problem-quote-never-closed = the quote opened in cell { $cell } on line { $line } is never closed: close it, or double it ("") if it belongs to the text
problem-text-after-quote = cell { $cell } has text after its closing quote: a quote inside a cell must be doubled (""); correct the cell
problem-quote-closes-late = the quote that opens cell { $cell } on this line closes only on line { $line }, and text follows it: a quote is missing or not doubled; the lines between would be lost in one cell
problem-windows-1252 = the file is not UTF-8: read as Windows-1252, as Excel saves "CSV" on Windows; check its accents, or save it as CSV UTF-8
problem-mixed-encodings = this line is not UTF-8 text though the lines before it are: the file mixes encodings; save it again as CSV UTF-8
problem-line-not-utf8 = this line is not UTF-8 text though the file says it is: save it again as CSV UTF-8
problem-empty-table = the file is empty: a table needs a header row
problem-sep-no-header = the file has a `sep=` line but no header row
problem-cell-under-no-header = this row has { $used } cells but the header names { $named }: column { $used } holds something under no header; give the column a header, or clear the cell
problem-unquoted-separator = this row has { $used } cells but the header names { $named }: a cell holds a separator ({ $separator }) without quotes around it; put that cell in double quotes, or remove the extra cells

## The command line's help
help-after = With no command, pilares opens the desktop app (with FILE…, those files); with a command it works without a window, and no command opens one.
help-about = Self-assessment of teacher professional development systems against a framework of pillars
help-usage = Usage
help-commands = Commands
help-arguments = Arguments
help-options = Options
help-flag = Print help
help-version-flag = Print version
help-command-validate = Check framework files or folders; prints PATH:LINE:COL: message for every problem
help-command-score = Pillar and overall scores of assessments
help-command-export = Answers in the long CSV format, one row per question per assessment; or, to OUT.xlsx, a workbook for analysts
help-command-chart = Radar chart: one polygon per assessment, one axis per pillar
help-command-report = One self-contained, printable HTML report: summary, chart, tables, comparison, plan, notes
help-command-plan = The improvement plan as CSV: one row per action
help-command-import = Turn a survey or form export (one row per respondent or group) into assessment files, one per row
help-command-merge = Bring participants' own answers into the team's assessment
help-command-agreement = How far a team agreed: per question the ratings and the agreed level, and Krippendorff's alpha
help-arg-frameworks = A framework file, or a folder of them, to use beside the built-in ones (repeatable)
help-arg-files = Files to open in the app: an assessment (.ron) to answer, or several files, a long CSV or a workbook to compare
help-arg-paths = Framework files (.ron) or folders of them
help-arg-inputs = Assessment files (.ron), long-format CSV or .xlsx files, or folders of them
help-arg-output = The file to write
help-arg-lang = Language of the output (en, es, pt, fr; a region such as pt-BR is fine); default: the system's
help-arg-format = Output format
help-arg-separator = The CSV separator; Excel in Spanish, Portuguese or French expects semicolon
help-arg-excel = Start the CSV with a byte order mark and end lines with CRLF, for Excel on Windows
help-arg-width = Width in pixels
help-arg-height = Height in pixels
help-arg-survey = The survey tool's export: CSV (any separator and encoding) or .xlsx
help-arg-label_column = The column holding each row's label
help-arg-map = A column whose header names no question, and the question it answers (repeatable)
help-arg-ignore = A column to leave out knowingly, though its cells look like answers (repeatable)
help-arg-label = The team assessment's label
help-arg-settle = What to do where the answers differ: leave it to the team, or take the median
problem-scope-unknown-pillar = scope names pillar "{ $id }", which { $framework } does not have
problem-ratings-unknown-question = ratings of question "{ $id }", which { $framework } does not have: kept in the file, in no agreement
problem-rating-no-one = a rating of "{ $id }" names no one: write who chose it in `by`
problem-rating-twice = "{ $by }" rated "{ $id }" twice: keep one rating per person
problem-rating-level-and-na = "{ $by }"'s rating of "{ $id }" has both a level and not_applicable: keep one
problem-rating-off-scale = "{ $by }" rated "{ $id }" at level { $level }, which is not on the scale
problem-target-unknown-pillar = target for pillar "{ $id }", which { $framework } does not have
problem-target-off-scale = target { $target } for "{ $id }" is outside the scale ({ $min } to { $max })
problem-action-unknown-pillar = action names pillar "{ $id }", which { $framework } does not have
problem-action-unknown-question = action names question "{ $id }", which pillar "{ $pillar }" does not have
problem-due-date = due date "{ $date }" is not written YYYY-MM-DD
problem-no-frameworks = the folder has no .ron framework files
problem-not-a-workbook = cannot read the file as an Excel workbook (.xlsx): { $error }; save it from the spreadsheet as .xlsx or as CSV UTF-8
problem-no-sheet = the workbook has no sheet
problem-empty-sheet = the sheet "{ $name }" is empty: a table needs a header row
problem-flag = not_applicable "{ $text }" is neither yes nor no: write true or false (or sí/no, sim/não, oui/non, 1/0, x), or leave it blank
problem-level-number-and-name = level "{ $text }" says { $value } but names level { $named }: correct the number or the name
problem-not-a-level = level "{ $text }" is not on the scale of { $framework }: write one of { $levels }, NA, or leave it blank
problem-in-question = question "{ $question }": { $inner }
problem-row-unknown-framework = assessment "{ $label }" answers framework "{ $id }" version "{ $version }", which is neither built in nor given: pass its file with --framework PATH (known: { $known })
problem-row-which-framework = cannot tell which framework assessment "{ $label }" answers: no known framework has question "{ $question }"; add framework_id and framework_version columns or pass --framework PATH
problem-level-label-disagree = level "{ $level }" and level_label "{ $label }" disagree: correct one, or empty the level_label cell
problem-na-label-disagree = level "{ $level }" (not applicable) and level_label "{ $label }" disagree: correct one, or empty the level_label cell
problem-row-level-and-na = question "{ $question }" has both level { $level } and not_applicable "{ $flag }": keep one
problem-row-too-short = this row has { $cells } cells, too few to reach the { $column } column (cell { $needed }): a cell or a separator is missing
problem-row-no-assessment = the assessment cell is empty: every row names its assessment
problem-row-no-question = the question_id cell is empty
problem-row-scope = the scope of assessment "{ $label }" is "{ $here }" here but "{ $first }" on line { $line }: every row of an assessment has the same scope
problem-row-rated-twice = "{ $rater }" rated question "{ $question }" of assessment "{ $label }" twice: keep one row
problem-row-again = question "{ $question }" of assessment "{ $label }" appears again (first on line { $line }): keep one row
problem-workbook-too-large = the workbook is { $size } MiB; a workbook is read whole and may be at most { $limit } MiB: save the sheet as CSV UTF-8, which is read as it streams
problem-utf16-too-large = the file is UTF-16 and larger than { $limit } MiB, the most read in UTF-16: save it as CSV UTF-8
problem-bad-utf16 = the file starts as UTF-16 text but is not: save it as CSV UTF-8
problem-row-in-quote = this line is read as part of the quoted cell opened on line { $line } (cell { $cell }), though it looks like a row of its own: if a closing quote is missing there, correct it, or the rows in between are read as text
problem-row-too-long = the row that starts here is longer than { $limit } MiB, the most a row may be
problem-row-too-long-quote = the row that starts here is longer than { $limit } MiB, the most a row may be; the quote opened on line { $line } is probably never closed
problem-too-many = more than { $max } assessments: a chart or a report shows at most { $max }; use `pilares score` or `pilares export` for that many, or choose the assessments to compare
problem-duplicate-column = columns { $first } and { $second } are both named `{ $name }`: keep one, or rename the other
problem-missing-column = the header has no `{ $name }` column; a long-format CSV needs at least assessment, question_id and level (found: { $found })
problem-more = … and { $count } more problems in this file
problem-no-rows = the table has a header but no rows
problem-map-no-question = --map "{ $header }"="{ $id }": { $framework } has no question "{ $id }"
problem-map-no-column = --map "{ $header }": no column has that header (headers: { $headers })
problem-ignore-no-column = --ignore "{ $header }": no column has that header (headers: { $headers })
problem-no-label-column = no "{ $name }" column: name the column that holds each group's or respondent's label with --label-column NAME (headers: { $headers })
problem-two-question-columns = columns { $first } ("{ $first_header }") and { $second } ("{ $second_header }") both hold question "{ $question }": keep one, or --ignore one
problem-two-note-columns = columns { $first } ("{ $first_header }") and { $second } ("{ $second_header }") both hold the note of question "{ $question }": keep one, or --ignore one
problem-no-question-column = no column names a question of { $framework }: headers must be question ids (e.g. "{ $example }"), may go on with the question's text, hold the id in brackets or at the end of a group path, be the question's text, or be mapped with --map "HEADER=question-id" (headers: { $headers })
problem-survey-cell = row { $line }, column "{ $header }": "{ $value }" is not a level: { $inner }
problem-survey-no-label = row { $line } has no label in the "{ $name }" column: give every row a name
problem-survey-same-label = row { $line } has the label "{ $label }" of row { $first }: labels must be unique
problem-unmapped-answers = column "{ $header }" holds answers but names no question of { $framework }: map it with --map "{ $header }=QUESTION-ID", or leave it out knowingly with --ignore "{ $header }"
## Command line
cli-chart-format = { $path }: the chart is written as .svg or .png: end the file name with one of them (or -o - for SVG on standard output)
cli-stdout = cannot write to standard output: { $error }
cli-cannot-write = { $path }: cannot write the file: { $error }; check that the folder exists and is writable
cli-cannot-export = cannot write the export: { $error }
cli-cannot-create-folder = { $path }: cannot create the folder: { $error }
cli-valid = { $path }: ok ({ $framework }, { $pillars } pillars, { $questions } questions)
cli-import-left-out = these columns name no question and were left out: { $columns }; if one holds answers, map it with --map "HEADER=QUESTION-ID"
cli-import-exists = { $path }: these files already exist and are left as they are: { $files }; import into an empty folder or move them
cli-import-wrote = wrote { $count } assessments of { $framework } to { $path }
cli-merge-exists = { $path }: the file exists and is not one of the inputs: choose another name, or name it as an input to merge into it
cli-merged = merged { $count } participants into { $path }: { $agreed } questions agreed, { $open } left for the team to settle
problem-compare-empty = nothing to compare: give at least one assessment
problem-chart-empty = nothing to chart: give at least one assessment
problem-mixed-frameworks = "{ $label }" answers framework "{ $id }" but the others answer "{ $others }": compare assessments of one framework
problem-too-few-axes = a radar needs at least 3 pillars; these assessments have { $count } in scope
problem-chart-size = the chart size { $width }×{ $height } is too small or too large: use 200 to 8000 pixels a side
problem-chart-draw = cannot draw the chart: { $error }
problem-chart-png-browser = in the browser the chart is saved as SVG (it opens in any browser, Word and LibreOffice): choose “Chart as SVG…”; the desktop app also saves PNG
cli-path-problem = { $path }: { $inner }
problem-merge-other-framework = this assessment answers framework "{ $id }", the others "{ $others }": merge one framework's assessments
problem-no-ratings = this assessment has no ratings: merge the participants' own assessments first (pilares merge)
problem-survey-too-large = the file is { $size } MiB; a survey export is read whole and may be at most { $limit } MiB: split it
merge-again = "{ $by }" sent answers again: their newer ratings replace the earlier ones
merge-unknown-questions = "{ $by }" rated { $count } question(s) that { $framework } does not have: kept in the ratings, not counted: { $ids }
cli-agreement-head = { $label } · { $count } participants · Krippendorff's alpha (ordinal) { $alpha }
cli-agreement-no-alpha = — (not enough ratings)
cli-agreement-question = question
cli-agreement-columns = min  max  median  agreed  ratings
## Framework files
framework-id = framework id "{ $id }" may only use a-z, 0-9 and '-' (CSV rows key on it)
framework-no-version = version is empty: write one, e.g. "1.0.0"
framework-language = default_language "{ $code }" is not a language code like "en" or "pt-BR"
framework-scale-short = the scale has { $count } level(s); it needs at least 2
framework-scale-order = scale values must be strictly increasing: { $value } comes after { $previous }
framework-few-pillars = the framework has { $count } pillar(s); a radar chart needs at least 3
framework-duplicate-pillar = duplicate pillar id "{ $id }" (pillar { $other } uses it too)
framework-empty-pillar = pillar "{ $id }" has no questions; it needs at least 1
framework-duplicate-question = duplicate question id "{ $id }" (also question { $n } of pillar "{ $pillar }"); question ids are unique in the whole framework
framework-rubric-key = rubric key { $value } of question "{ $id }" is not a scale value ({ $values })
framework-rubric-same = rubric level { $value } of question "{ $id }" says the same as level { $other } ({ $lang }): each level must describe a step of its own
framework-carry-self = carry from version { $version } names this very version: carry lists earlier versions only
framework-carry-unknown = carry from version { $version } names question "{ $id }", which this framework does not have
framework-carry-empty = carry for question "{ $id }" names no earlier question
framework-missing-text = { $inner } has no text in the default language "{ $lang }"
framework-text-language = "{ $code }" in { $inner } is not a language code like "en" or "pt-BR"
framework-weight = weight { $weight } must be a finite number greater than 0
framework-item-id = { $inner } id "{ $id }" may only use letters, digits, '-', '_' and '.'
what-framework-name = the framework's name
what-framework-description = the framework's description
what-scale-label = the label of scale value { $value }
what-pillar = pillar
what-pillar-name = the name of pillar "{ $id }"
what-pillar-description = the description of pillar "{ $id }"
what-pillar-prompt = discussion prompt { $n } of pillar "{ $id }"
what-question = question
what-question-text = the text of question "{ $id }"
what-question-help = the guidance of question "{ $id }"
what-rubric = the level { $value } descriptor of question "{ $id }"
problem-framework-skipped = { $inner } (this framework file is skipped)
problem-in-assessment = assessment "{ $label }": { $inner }
problem-import-one-framework = import needs exactly one framework, and --framework gave { $known }: pass a single framework file
problem-too-deep = values are nested deeper than { $depth } levels: this is not a Pilares file, or it is damaged
problem-ends-early = the file ends too early: a bracket or quote is not closed
problem-syntax = { $detail }
problem-line-too-long = this line is longer than { $limit } MiB, the most a row may be: is this the right file?


# The next round: answers carried over to confirm
mark-carried = carried over from the last round, to confirm
question-carried = Carried over from the last round: { $level }
question-carried-help = This is the answer your team gave last time, with any note it wrote. Confirm it if it still holds, or choose again above.
question-confirm = Confirm this answer
next-round-heading = The next round
next-round-help = A year on, start the next assessment from this one: its details, answers, notes and plan carried over (to the newest version of the framework, where there is one), each answer marked for the team to confirm. This assessment stays as it is.
next-round-button = Start the next round from this assessment
next-round-label = { $label } — next round { $date }
next-round-started = { $carried } answers carried over from the last round: confirm each one or choose again.
next-round-started-new-version = { $carried } answers carried over to version { $version } of the framework: confirm each one or choose again. { $new } questions are new in this version and start unanswered.
results-to-confirm = { $count } answers carried over from the last round are still to be confirmed.
results-to-confirm-go = Go to the first

# The translators' sheet (pilares texts)
texts-no-key-column = this sheet has no "key" column: keep the first column of the sheet Pilares wrote
texts-not-a-language = column "{ $column }" is not a language code (such as en, es, pt, fr, ht): name each language column by its code
texts-no-default-column = this sheet has no column for "{ $lang }", the framework's default language: every text must have it
texts-no-key = this row has texts but no key: keep each row's key as Pilares wrote it
texts-unknown-key = "{ $key }" is not a text of this framework: keep the keys as Pilares wrote them, or write a new sheet with pilares texts
texts-duplicate-key = "{ $key }" is here a second time (first on line { $first }): keep one row per key
texts-no-default = "{ $key }" has no text in { $lang }, the framework's default language: every text needs one
help-command-texts = A framework's texts for translators (.xlsx or .csv, a row per text, a column per language), and a translated sheet back into a new framework file
help-arg-framework = The framework: a .ron file, or the id of a built-in one (its newest version)
help-arg-apply = A translated sheet (.xlsx or .csv) to apply; then -o names the new framework file (.ron)
help-arg-add_language = An empty column for a language to translate into, such as ht (repeatable)
cli-texts-language = "{ $code }" is not a language code: give a code such as ht, es or pt-BR
cli-texts-exists = { $path } already exists: the new framework is never written over a file; choose another name
cli-texts-written = { $path } written: a valid framework with texts in { $languages }
cli-texts-no-framework = no framework file and no framework with this id; known frameworks: { $known }

# The framework editor
dialog-framework-edit = Choose a framework file to edit
dialog-framework-save = Save the framework as
nav-editor = Framework editor
start-adapt = Adapt…
start-adapt-help = A copy of this framework under a new id, to adapt to your system in the framework editor; the original stays as it is
start-framework-new = New framework…
start-framework-new-help = Write your own framework: three pillars to start, on a four-level scale
start-framework-edit = Edit a framework file…
editor-title = Framework editor
editor-not-in-a-file = Not saved in a file yet
editor-save = Save
editor-save-as = Save as…
editor-try = Try it
editor-try-help = Saves the framework and starts an assessment on it
editor-close = Close the editor
editor-unsaved = This framework has changes that are not saved.
editor-keep-editing = Keep editing
editor-close-anyway = Close without saving
editor-no-problems = No problems: ready to save
editor-problems = { $count ->
    [one] 1 problem to fix before saving
   *[other] { $count } problems to fix before saving
}
editor-framework = The framework
editor-add-pillar = Add a pillar
editor-missing = { $lang }: missing
editor-weight = Weight
editor-weight-help = How much it counts beside the others; blank is 1
editor-id = Id
editor-id-help = Letters, digits and hyphens; assessments and spreadsheets refer to it, so keep it once teams use the framework.
editor-version = Version
editor-default-language = Default language
editor-add-language = Another language:
editor-name = Name
editor-description = Description
editor-scale = Scale
editor-scale-level = Level { $value }
editor-pillar = Pillar { $n }: { $name }
editor-up = ▲ Up
editor-down = ▼ Down
editor-remove-pillar = Remove this pillar
editor-discussion = Discussion prompts
editor-prompt = Prompt { $n }
editor-remove-prompt = Remove this prompt
editor-add-prompt = Add a prompt
editor-questions = Questions
editor-add-question = Add a question
editor-question = Question { $n } of { $pillar }
editor-remove-question = Remove this question
editor-back-to-pillar = Back to the pillar
editor-question-text = Question
editor-help = Guidance (what evidence to look at)
editor-rubric = Rubric
editor-rubric-help = What each level looks like for this question; say what counts (a share of teachers, a ratio) so that two teams rate alike.
editor-language-code = "{ $code }" is not a language code: type a code such as ht, qu or gn
editor-cannot-save = { $count ->
    [one] 1 problem is left: fix it (the list above the fields) before saving
   *[other] { $count } problems are left: fix them (the list above the fields) before saving
}
editor-not-saved = { $file } could not be saved: { $error }
editor-saved = Saved in { $file }
editor-same-id = Pilares already knows a framework { $id } ({ $other }): give this one another id or version first
editor-draft-not-kept = The framework could not be kept in { $file }: { $error }. Save it in a file of yours.
editor-draft-set-aside = The framework you were writing before was not saved: it is kept in { $file }.
start-framework-draft = A framework you were writing was not saved when Pilares stopped.
start-framework-draft-continue = Continue writing it
start-framework-draft-discard = Discard it
editor-incomplete = Teams working in { $langs } see this framework in its default language ({ $default }) until the texts marked missing are written: an output is never a mix of languages.
editor-new-id = my-framework
save-failed = { $path }: cannot save: { $error }. Your answers are kept in the app; choose another place with “Save as…”
save-failed-storage-full = { $path }: the browser’s storage for Pilares is full, so this change is not kept there. Your answers are still in this page: download the assessment with “Save as…” (or “Download”), then discard assessments you no longer need.
save-failed-other-tab = { $path }: Pilares was opened in another tab of this browser, which now keeps the files. Go on there; to keep what is in this tab, download it with “Download”.
download = Download
download-help = Download this assessment as it is now (the browser keeps it; the download is a copy to send or archive)
