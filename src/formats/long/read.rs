//! Reading the long format row by row: the columns found by name, each row checked where it
//! stands (its line and cell named in every message), and each assessment built as its rows
//! arrive, keeping whole answers or only a mark per question.
//!
//! Over 400 lines because the checks of one row read best in one place: the header,
//! then each row in the order its cells are checked.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Arc;

use super::{LONG_HEADER, RATER_COLUMN, SCOPE_COLUMN, too_many};
use crate::analysis::scoring::Marked;
use crate::formats::cells::{self, LevelCell};
use crate::formats::guard::unguard;
use crate::formats::table::{Row, Table, header_key};
use crate::io::problem::{Key, Problem, Problems};
use crate::model::assessment::{Answer, Assessment, FrameworkRef, Rating};
use crate::model::catalog::Catalog;
use crate::model::framework::Framework;

/// Most errors listed for one file before the rest are only counted.
const MAX_REPORTED_ERRORS: usize = 50;

/// Where each column is: the three required ones, and the others when present.
struct Columns {
    assessment: usize,
    question_id: usize,
    level: usize,
    country: Option<usize>,
    date: Option<usize>,
    framework_id: Option<usize>,
    framework_version: Option<usize>,
    level_label: Option<usize>,
    not_applicable: Option<usize>,
    note: Option<usize>,
    scope: Option<usize>,
    /// Whose own rating a row is; blank: the team's answer.
    rater: Option<usize>,
}

impl Columns {
    /// The columns of `table`'s header; two columns of one name, or a required one missing,
    /// are refused.
    fn find(table: &Table<'_>, shown: &str) -> Result<Self, Problems> {
        // Two columns of one name: which one holds the answer cannot be told.
        for name in LONG_HEADER
            .iter()
            .copied()
            .chain([SCOPE_COLUMN, RATER_COLUMN])
        {
            let mut at = table
                .header()
                .iter()
                .enumerate()
                .filter(|(_, h)| header_key(h).eq_ignore_ascii_case(name))
                .map(|(i, _)| i + 1);
            if let (Some(first), Some(second)) = (at.next(), at.next()) {
                return Err(Problems::keyed(
                    shown,
                    Some((table.header().line, second)),
                    "problem-duplicate-column",
                    &[
                        ("first", first.to_string()),
                        ("second", second.to_string()),
                        ("name", name.to_owned()),
                    ],
                ));
            }
        }
        let required = |name: &str| {
            table.column(name).ok_or_else(|| {
                let found: Vec<&str> = table.header().iter().take(12).collect();
                Problems::keyed(
                    shown,
                    Some((table.header().line, 1)),
                    "problem-missing-column",
                    &[("name", name.to_owned()), ("found", found.join(" | "))],
                )
            })
        };
        Ok(Self {
            assessment: required("assessment")?,
            question_id: required("question_id")?,
            level: required("level")?,
            country: table.column("country"),
            date: table.column("date"),
            framework_id: table.column("framework_id"),
            framework_version: table.column("framework_version"),
            level_label: table.column("level_label"),
            not_applicable: table.column("not_applicable"),
            note: table.column("note"),
            scope: table.column(SCOPE_COLUMN),
            rater: table.column(RATER_COLUMN),
        })
    }

    /// How many cells a row needs to reach the required columns.
    fn needed(&self) -> usize {
        self.assessment.max(self.question_id).max(self.level) + 1
    }

    /// The name of the required column a row of `len` cells does not reach.
    fn unreached(&self, len: usize) -> &'static str {
        [
            (self.assessment, "assessment"),
            (self.question_id, "question_id"),
            (self.level, "level"),
        ]
        .iter()
        .filter(|(c, _)| *c >= len)
        .max_by_key(|(c, _)| *c)
        .map_or("level", |(_, name)| name)
    }
}

/// An assessment as its rows arrive.
pub(super) struct Building {
    /// Label, framework, country, date and scope; answers too when they are kept (see
    /// [`Keep`]), and in any case the answers to questions the framework lacks.
    pub(super) assessment: Assessment,
    pub(super) framework: Arc<Framework>,
    pub(super) index: Arc<HashMap<String, usize>>,
    /// Question ids in framework order, and where the next row probably is in it.
    ids: Arc<Vec<String>>,
    next_question: usize,
    pub(super) first_line: usize,
    /// The line of each question's row (framework order), 0 while none was seen.
    seen: Vec<u32>,
    /// How each question is answered, for scoring without keeping answers.
    pub(super) marks: Vec<Marked>,
    /// Rows of questions the framework lacks: question id → line.
    unknown_seen: HashMap<String, usize>,
    /// The scope cell of the first row, to check that every row says the same.
    scope_cell: String,
}

impl Building {
    /// Finds `question_id` (the one after the last row's first: rows usually come in
    /// framework order) and records its row at `line`. Gives the question's position in the
    /// framework, and the line of an earlier row of the same question if there was one.
    fn see(&mut self, question_id: &str, line: usize) -> (Option<usize>, Option<usize>) {
        let next = self.next_question;
        let q_index = if self.ids.get(next).is_some_and(|id| id == question_id) {
            Some(next)
        } else {
            self.index.get(question_id).copied()
        };
        if let Some(i) = q_index {
            self.next_question = i + 1;
        }
        let earlier = match q_index {
            Some(i) => {
                let first = self.seen[i] as usize;
                if first == 0 {
                    self.seen[i] = u32::try_from(line).unwrap_or(u32::MAX);
                }
                (first != 0).then_some(first)
            }
            None => match self.unknown_seen.entry(question_id.to_owned()) {
                Entry::Occupied(e) => Some(*e.get()),
                Entry::Vacant(e) => {
                    e.insert(line);
                    None
                }
            },
        };
        (q_index, earlier)
    }
}

/// What reading keeps of each row.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Keep {
    /// Whole answers (notes included): assessments to show, export or compare.
    Answers,
    /// One mark per question: enough to score, with memory per assessment, not per row.
    Marks,
}

/// A problem with one cell: its column (0-based) and what to do.
type CellError = (usize, Key);

/// The frameworks met so far, with their question indexes built once each.
#[derive(Default)]
struct Frameworks {
    indexes: HashMap<String, Arc<HashMap<String, usize>>>,
    id_lists: HashMap<String, Arc<Vec<String>>>,
}

impl Frameworks {
    /// A new assessment named `label`, from the first row that names it: its framework found
    /// by the row's framework columns, else by its question.
    #[allow(clippy::too_many_arguments)] // one row's cells and where they are: no fewer
    fn start<'c>(
        &mut self,
        catalog: &Catalog,
        cols: &Columns,
        cell: &dyn Fn(usize) -> &'c str,
        label: &str,
        question_id: &str,
        line: usize,
        keep: Keep,
    ) -> Result<Building, CellError> {
        let fid = cols.framework_id.map(cell).filter(|s| !s.is_empty());
        let fver = cols.framework_version.map(cell).unwrap_or("");
        let found = match fid {
            Some(id) => catalog.find(id, fver),
            None => catalog.find_by_question(question_id),
        };
        let Some(entry) = found else {
            let message = match fid {
                Some(id) => Key::new(
                    "problem-row-unknown-framework",
                    &[
                        ("label", label.to_owned()),
                        ("id", id.to_owned()),
                        ("version", fver.to_owned()),
                        ("known", catalog.known()),
                    ],
                ),
                None => Key::new(
                    "problem-row-which-framework",
                    &[
                        ("label", label.to_owned()),
                        ("question", question_id.to_owned()),
                    ],
                ),
            };
            return Err((cols.framework_id.unwrap_or(cols.question_id), message));
        };
        let framework = Arc::clone(&entry.framework);
        let index = Arc::clone(self.indexes.entry(framework.key()).or_insert_with(|| {
            Arc::new(
                framework
                    .questions()
                    .enumerate()
                    .map(|(i, (_, q))| (q.id.clone(), i))
                    .collect(),
            )
        }));
        let ids = Arc::clone(self.id_lists.entry(framework.key()).or_insert_with(|| {
            Arc::new(framework.questions().map(|(_, q)| q.id.clone()).collect())
        }));
        let mut assessment = Assessment::new(&framework, label);
        assessment.framework = FrameworkRef {
            id: framework.id.clone(),
            version: if fver.is_empty() {
                framework.version.clone()
            } else {
                fver.to_owned()
            },
        };
        let scope_cell = cols.scope.map(cell).unwrap_or("").to_owned();
        let scope: Vec<String> = scope_cell
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        assessment.scope = (!scope.is_empty()).then_some(scope);
        let count = index.len();
        Ok(Building {
            assessment,
            framework,
            index,
            ids,
            next_question: 0,
            first_line: line,
            seen: vec![0; count],
            marks: match keep {
                Keep::Marks => vec![Marked::Unanswered; count],
                Keep::Answers => Vec::new(),
            },
            unknown_seen: HashMap::new(),
            scope_cell,
        })
    }
}

/// What a row says of its question: a level, not applicable, or nothing, from the `level`,
/// `level_label` and `not_applicable` cells, which must agree.
fn read_mark<'c>(
    cols: &Columns,
    cell: &dyn Fn(usize) -> &'c str,
    framework: &Framework,
    question_id: &str,
) -> Result<Marked, CellError> {
    let na_column = match cols.not_applicable.map(cell).map(cells::parse_flag) {
        None => false,
        Some(Ok(flag)) => flag,
        Some(Err(message)) => {
            return Err((
                cols.not_applicable.unwrap_or(cols.level),
                in_question(question_id, message),
            ));
        }
    };
    let level_text = cell(cols.level);
    let label_text = cols.level_label.map(cell).unwrap_or("");
    let label_col = cols.level_label.unwrap_or(cols.level);
    let parsed = if level_text.is_empty() && !label_text.is_empty() {
        cells::parse_label(label_text, framework).map_err(|m| (label_col, m))
    } else {
        match cells::parse_level(level_text, framework) {
            Ok(LevelCell::Value(v)) if !label_text.is_empty() => {
                let agrees = cells::names_level(label_text, v, framework)
                    || cells::parse_level(label_text, framework) == Ok(LevelCell::Value(v));
                if agrees {
                    Ok(LevelCell::Value(v))
                } else {
                    Err((
                        label_col,
                        Key::new(
                            "problem-level-label-disagree",
                            &[
                                ("level", level_text.to_owned()),
                                ("label", label_text.to_owned()),
                            ],
                        ),
                    ))
                }
            }
            Ok(LevelCell::NotApplicable)
                if !label_text.is_empty() && !cells::is_not_applicable(label_text) =>
            {
                Err((
                    label_col,
                    Key::new(
                        "problem-na-label-disagree",
                        &[
                            ("level", level_text.to_owned()),
                            ("label", label_text.to_owned()),
                        ],
                    ),
                ))
            }
            other => other.map_err(|m| (cols.level, m)),
        }
    };
    match parsed {
        Ok(LevelCell::Blank) if na_column => Ok(Marked::NotApplicable),
        Ok(LevelCell::Blank) => Ok(Marked::Unanswered),
        Ok(LevelCell::NotApplicable) => Ok(Marked::NotApplicable),
        Ok(LevelCell::Value(v)) if na_column => Err((
            cols.level,
            Key::new(
                "problem-row-level-and-na",
                &[
                    ("question", question_id.to_owned()),
                    ("level", v.to_string()),
                    (
                        "flag",
                        cols.not_applicable.map(cell).unwrap_or("").to_owned(),
                    ),
                ],
            ),
        )),
        Ok(LevelCell::Value(v)) => Ok(Marked::Level(v)),
        Err((col, message)) => Err((col, in_question(question_id, message))),
    }
}

/// "question "ict-devices": <the cell's problem>".
fn in_question(question_id: &str, inner: Key) -> Key {
    Key::new(
        "problem-in-question",
        &[("question", question_id.to_owned())],
    )
    .around(inner)
}

/// Reads every row of a long table into the assessments it names, in order of first
/// appearance. Every bad row is reported (up to [`MAX_REPORTED_ERRORS`], then counted); a row
/// of an assessment beyond `max_assessments` stops the reading.
pub(super) fn read_rows(
    mut table: Table<'_>,
    catalog: &Catalog,
    keep: Keep,
    max_assessments: usize,
) -> Result<(Vec<Building>, Vec<Problem>), Problems> {
    let shown = table.shown().to_owned();
    // A workbook's cells are written without the CSV's formula guard.
    let sheet = table.is_sheet();
    let cols = Columns::find(&table, &shown)?;
    let needed = cols.needed();

    // Two threads: this one reads and splits the rows (the CSV's quotes, its encoding), the
    // other checks each row and builds the assessments, in the rows' order, so that every
    // message names the same line as one thread would. Batches of rows go there and their
    // buffers come back, so that no row is allocated twice.
    // In the browser there are no threads: the rows are all read first, then checked.
    #[cfg(not(target_arch = "wasm32"))]
    let (rows_tx, rows_rx) = std::sync::mpsc::sync_channel::<Batch>(4);
    #[cfg(target_arch = "wasm32")]
    let (rows_tx, rows_rx) = std::sync::mpsc::channel::<Batch>();
    let (spare_tx, spare_rx) = std::sync::mpsc::channel::<Vec<Row>>();
    let shown = shown.as_str();
    let cols = &cols;
    let reading = &mut table;
    let order = {
        let check = move || -> Result<Vec<Building>, Problems> {
            let mut order: Vec<Building> = Vec::new();
            let mut slots: HashMap<String, usize> = HashMap::new();
            let mut frameworks = Frameworks::default();
            let mut errors: Vec<Problem> = Vec::new();
            let mut error_count = 0usize;
            let mut last: Option<usize> = None;
            'batches: for batch in rows_rx {
                let (rows, failed) = match batch {
                    Batch::Rows(rows) => (rows, None),
                    Batch::Failed(rows, problem) => (rows, Some(problem)),
                };
                for record in &rows {
                    let line = record.line;
                    let unguard = |s| if sheet { s } else { unguard(s) };
                    let cell = |i: usize| unguard(super::trim(record.get(i).unwrap_or("")));
                    let mut fail = |(col, message): CellError| {
                        error_count += 1;
                        if errors.len() < MAX_REPORTED_ERRORS {
                            errors.push(Problem::from_key(shown, Some((line, col + 1)), message));
                        }
                    };
                    if record.len() < needed {
                        fail((
                            record.len(),
                            Key::new(
                                "problem-row-too-short",
                                &[
                                    ("cells", record.len().to_string()),
                                    ("column", cols.unreached(record.len()).to_owned()),
                                    ("needed", needed.to_string()),
                                ],
                            ),
                        ));
                        continue;
                    }
                    let label = cell(cols.assessment);
                    let question_id = cell(cols.question_id);
                    if label.is_empty() {
                        fail((cols.assessment, Key::new("problem-row-no-assessment", &[])));
                        continue;
                    }
                    if question_id.is_empty() {
                        fail((cols.question_id, Key::new("problem-row-no-question", &[])));
                        continue;
                    }

                    // Rows of one assessment usually follow each other: check the last one first.
                    let cached = last.filter(|&i| order[i].assessment.label == label);
                    let slot = match cached.or_else(|| slots.get(label).copied()) {
                        Some(slot) => slot,
                        None if order.len() >= max_assessments => {
                            return Err(Problems(vec![Problem::from_key(
                                shown,
                                Some((line, cols.assessment + 1)),
                                too_many(max_assessments),
                            )]));
                        }
                        None => match frameworks.start(
                            catalog,
                            cols,
                            &cell,
                            label,
                            question_id,
                            line,
                            keep,
                        ) {
                            Ok(building) => {
                                slots.insert(label.to_owned(), order.len());
                                order.push(building);
                                order.len() - 1
                            }
                            Err(e) => {
                                fail(e);
                                continue;
                            }
                        },
                    };
                    last = Some(slot);
                    let b = &mut order[slot];
                    if let Some(c) = cols.scope
                        && cell(c) != b.scope_cell
                    {
                        fail((
                            c,
                            Key::new(
                                "problem-row-scope",
                                &[
                                    ("label", label.to_owned()),
                                    ("here", cell(c).to_owned()),
                                    ("first", b.scope_cell.clone()),
                                    ("line", b.first_line.to_string()),
                                ],
                            ),
                        ));
                        continue;
                    }
                    if let Some(c) = cols.country
                        && b.assessment.country.is_none()
                        && !cell(c).is_empty()
                    {
                        b.assessment.country = Some(cell(c).to_owned());
                    }
                    if let Some(c) = cols.date
                        && b.assessment.date.is_none()
                        && !cell(c).is_empty()
                    {
                        // As Excel re-saves an ISO date in Spanish: 26/02/2026. What is no date is kept
                        // as written, and named by the assessment's check.
                        let value = cell(c);
                        b.assessment.date =
                            Some(cells::parse_date(value).unwrap_or_else(|| value.to_owned()));
                    }
                    // A participant's own rating: kept in the assessment's ratings, never scored.
                    if let Some(rater) = cols.rater.map(&cell).filter(|r| !r.is_empty()) {
                        let mark = match read_mark(cols, &cell, &b.framework, question_id) {
                            Ok(mark) => mark,
                            Err(e) => {
                                fail(e);
                                continue;
                            }
                        };
                        let list = b
                            .assessment
                            .ratings
                            .entry(question_id.to_owned())
                            .or_default();
                        if list.iter().any(|r| r.by == rater) {
                            fail((
                                cols.rater.unwrap_or(cols.question_id),
                                Key::new(
                                    "problem-row-rated-twice",
                                    &[
                                        ("rater", rater.to_owned()),
                                        ("question", question_id.to_owned()),
                                        ("label", label.to_owned()),
                                    ],
                                ),
                            ));
                            continue;
                        }
                        let note = cols
                            .note
                            .map(|c| unguard(record.get(c).unwrap_or("")))
                            .filter(|n| !n.is_empty());
                        list.push(Rating {
                            by: rater.to_owned(),
                            level: match mark {
                                Marked::Level(v) => Some(v),
                                _ => None,
                            },
                            not_applicable: mark == Marked::NotApplicable,
                            note: note.map(str::to_owned),
                        });
                        continue;
                    }
                    let (q_index, earlier) = b.see(question_id, line);
                    if let Some(first) = earlier {
                        fail((
                            cols.question_id,
                            Key::new(
                                "problem-row-again",
                                &[
                                    ("question", question_id.to_owned()),
                                    ("label", label.to_owned()),
                                    ("line", first.to_string()),
                                ],
                            ),
                        ));
                        continue;
                    }
                    let mark = match read_mark(cols, &cell, &b.framework, question_id) {
                        Ok(mark) => mark,
                        Err(e) => {
                            fail(e);
                            continue;
                        }
                    };
                    match (keep, q_index) {
                        (Keep::Marks, Some(i)) => b.marks[i] = mark,
                        _ => {
                            let note = cols
                                .note
                                .map(|c| unguard(record.get(c).unwrap_or("")))
                                .filter(|n| !n.is_empty());
                            let answer = Answer {
                                level: match mark {
                                    Marked::Level(v) => Some(v),
                                    _ => None,
                                },
                                not_applicable: mark == Marked::NotApplicable,
                                note: note.map(str::to_owned),
                                carried: false,
                            };
                            if answer != Answer::default() {
                                b.assessment.answers.insert(question_id.to_owned(), answer);
                            }
                        }
                    }
                }
                // The buffers go back to the reader; gone, it has stopped.
                let _ = spare_tx.send(rows);
                if let Some(p) = failed {
                    errors.push(*p);
                    error_count += 1;
                    break 'batches;
                }
            }
            if error_count > errors.len() {
                errors.push(Problem::keyed(
                    shown,
                    None,
                    "problem-more",
                    &[("count", (error_count - errors.len()).to_string())],
                ));
            }
            if !errors.is_empty() {
                return Err(Problems(errors));
            }
            if order.is_empty() {
                return Err(Problems::keyed(shown, None, "problem-no-rows", &[]));
            }
            Ok(order)
        };
        // Natively the rows are read on another thread while they are checked here: the
        // assessments are built on this thread, so that what lasts is allocated here (another
        // thread's allocator arena keeps more memory).
        #[cfg(not(target_arch = "wasm32"))]
        let order = std::thread::scope(|scope| {
            scope.spawn(move || read_batches(reading, |b| rows_tx.send(b).is_ok(), &spare_rx));
            check()
        });
        #[cfg(target_arch = "wasm32")]
        let order = {
            read_batches(reading, |b| rows_tx.send(b).is_ok(), &spare_rx);
            drop(rows_tx);
            check()
        };
        order
    }?;
    Ok((order, table.take_warnings()))
}

/// Rows read, on their way to be checked: a batch, or the rows before the one that could not
/// be read and why.
enum Batch {
    Rows(Vec<Row>),
    Failed(Vec<Row>, Box<Problem>),
}

/// Rows in a batch: enough that the threads rarely wait on each other, few enough to keep
/// memory small.
const BATCH: usize = 2048;

/// Reads `table` in batches onto `out`, reusing the buffers that come back on `spare`; stops
/// at the end, at a row that cannot be read, or when the checking side has stopped.
fn read_batches(
    table: &mut Table<'_>,
    mut out: impl FnMut(Batch) -> bool,
    spare: &std::sync::mpsc::Receiver<Vec<Row>>,
) {
    loop {
        let mut rows = spare.try_recv().unwrap_or_default();
        rows.resize_with(BATCH, Row::default);
        let mut n = 0;
        let mut failed = None;
        while n < BATCH {
            match table.next_row(&mut rows[n]) {
                Ok(true) => n += 1,
                Ok(false) => break,
                Err(p) => {
                    failed = Some(p);
                    break;
                }
            }
        }
        let full = n == BATCH;
        rows.truncate(n);
        let batch = match failed {
            Some(p) => Batch::Failed(rows, p),
            None => Batch::Rows(rows),
        };
        let last = !full || matches!(batch, Batch::Failed(..));
        if !out(batch) || last {
            return;
        }
    }
}
