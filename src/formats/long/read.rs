//! Reading the long format row by row: the columns found by name, each row checked where it
//! stands (its line and cell named in every message), and each assessment built as its rows
//! arrive, keeping whole answers or only a mark per question.
//!
//! Over 400 lines because the checks of one row read best in one place: the header,
//! then each row in the order its cells are checked.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::{LONG_HEADER, RATER_COLUMN, SCOPE_COLUMN, too_many};
use crate::analysis::scoring::Marked;
use crate::formats::cells::{self, LevelCell};
use crate::formats::guard::unguard;
use crate::formats::table::{CHUNK, Row, Table, header_key};
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

/// How rows' level cells were read, remembered: a census repeats a handful of combinations
/// of `level`, `level_label` and `not_applicable` millions of times, and reading one means
/// matching level names in four languages. Only cells that read well are kept (a bad cell's
/// message names its question); the framework is part of the key.
#[derive(Default)]
struct MarksSeen {
    /// The framework by its address (the catalog holds every framework while rows are read),
    /// the three cells, and what they say.
    entries: Vec<(usize, [Box<str>; 3], Marked)>,
}

impl MarksSeen {
    /// Most combinations kept: beyond them (free text in the level cells) nothing is saved.
    const MAX: usize = 32;

    fn get(&self, framework: &Framework, cells: [&str; 3]) -> Option<Marked> {
        self.entries
            .iter()
            .find(|(f, c, _)| {
                *f == address(framework)
                    && same(&c[0], cells[0])
                    && same(&c[1], cells[1])
                    && same(&c[2], cells[2])
            })
            .map(|e| e.2)
    }

    fn put(&mut self, framework: &Framework, cells: [&str; 3], mark: Marked) {
        if self.entries.len() < Self::MAX {
            self.entries
                .push((address(framework), cells.map(Box::from), mark));
        }
    }
}

/// `a == b` for the short texts of cells, compared in place rather than through `memcmp`.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

fn address(framework: &Framework) -> usize {
    std::ptr::from_ref(framework) as usize
}

/// Why checking a row stopped: a bad cell (listed, and reading goes on), or a row that ends
/// the reading (an assessment beyond the bound).
enum Fault {
    Cell(CellError),
    Stop(Problems),
}

impl From<CellError> for Fault {
    fn from(e: CellError) -> Self {
        Self::Cell(e)
    }
}

/// What checking rows needs to know of the table, the same on every thread.
#[derive(Clone, Copy)]
struct Rules<'x> {
    shown: &'x str,
    cols: &'x Columns,
    catalog: &'x Catalog,
    keep: Keep,
    /// A workbook's cells are written without the CSV's formula guard.
    sheet: bool,
}

/// Rows checked so far: the assessments they built, in order of first appearance, and the
/// errors found.
struct Checker<'x> {
    rules: Rules<'x>,
    max_assessments: usize,
    order: Vec<Building>,
    slots: FxHashMap<String, usize>,
    frameworks: Frameworks,
    errors: Vec<Problem>,
    error_count: usize,
    /// The assessment of the last row: rows of one assessment usually follow each other.
    last: Option<usize>,
    marks_seen: MarksSeen,
}

impl<'x> Checker<'x> {
    fn new(rules: Rules<'x>, max_assessments: usize) -> Self {
        Self {
            rules,
            max_assessments,
            order: Vec::new(),
            slots: FxHashMap::default(),
            frameworks: Frameworks::default(),
            errors: Vec::new(),
            error_count: 0,
            last: None,
            marks_seen: MarksSeen::default(),
        }
    }

    /// Checks every row of `table`. `Ok(false)` when a row could not be read: its problem is
    /// listed and nothing after it is read.
    fn table(&mut self, table: &mut Table<'_>) -> Result<bool, Problems> {
        let mut row = Row::default();
        loop {
            match table.next_row(&mut row) {
                Ok(true) => self.row(&row)?,
                Ok(false) => return Ok(true),
                Err(p) => {
                    self.errors.push(*p);
                    self.error_count += 1;
                    return Ok(false);
                }
            }
        }
    }

    /// Checks one row into its assessment; a bad cell is listed (up to
    /// [`MAX_REPORTED_ERRORS`], then counted).
    fn row(&mut self, record: &Row) -> Result<(), Problems> {
        match self.check(record) {
            Ok(()) => Ok(()),
            Err(Fault::Cell((col, message))) => {
                self.error_count += 1;
                if self.errors.len() < MAX_REPORTED_ERRORS {
                    let at = Some((record.line, col + 1));
                    self.errors
                        .push(Problem::from_key(self.rules.shown, at, message));
                }
                Ok(())
            }
            Err(Fault::Stop(problems)) => Err(problems),
        }
    }

    fn check(&mut self, record: &Row) -> Result<(), Fault> {
        let Rules {
            shown,
            cols,
            catalog,
            keep,
            sheet,
        } = self.rules;
        let line = record.line;
        let unguard = |s| if sheet { s } else { unguard(s) };
        let cell = |i: usize| unguard(super::trim(record.get(i).unwrap_or("")));
        let needed = cols.needed();
        if record.len() < needed {
            return Err(Fault::Cell((
                record.len(),
                Key::new(
                    "problem-row-too-short",
                    &[
                        ("cells", record.len().to_string()),
                        ("column", cols.unreached(record.len()).to_owned()),
                        ("needed", needed.to_string()),
                    ],
                ),
            )));
        }
        let label = cell(cols.assessment);
        let question_id = cell(cols.question_id);
        if label.is_empty() {
            return Err((cols.assessment, Key::new("problem-row-no-assessment", &[])).into());
        }
        if question_id.is_empty() {
            return Err((cols.question_id, Key::new("problem-row-no-question", &[])).into());
        }

        // Rows of one assessment usually follow each other: check the last one first.
        let cached = self
            .last
            .filter(|&i| same(&self.order[i].assessment.label, label));
        let slot = match cached.or_else(|| self.slots.get(label).copied()) {
            Some(slot) => slot,
            None if self.order.len() >= self.max_assessments => {
                return Err(Fault::Stop(Problems(vec![Problem::from_key(
                    shown,
                    Some((line, cols.assessment + 1)),
                    too_many(self.max_assessments),
                )])));
            }
            None => {
                let building =
                    self.frameworks
                        .start(catalog, cols, &cell, label, question_id, line, keep)?;
                self.slots.insert(label.to_owned(), self.order.len());
                self.order.push(building);
                self.order.len() - 1
            }
        };
        self.last = Some(slot);
        let b = &mut self.order[slot];
        if let Some(c) = cols.scope
            && cell(c) != b.scope_cell
        {
            return Err((
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
            )
                .into());
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
            b.assessment.date = Some(cells::parse_date(value).unwrap_or_else(|| value.to_owned()));
        }
        let note = || {
            cols.note
                .map(|c| unguard(record.get(c).unwrap_or("")))
                .filter(|n| !n.is_empty())
                .map(str::to_owned)
        };
        // A participant's own rating: kept in the assessment's ratings, never scored.
        if let Some(rater) = cols.rater.map(&cell).filter(|r| !r.is_empty()) {
            let mark = read_mark(cols, &cell, &b.framework, question_id)?;
            let list = b
                .assessment
                .ratings
                .entry(question_id.to_owned())
                .or_default();
            if list.iter().any(|r| r.by == rater) {
                return Err((
                    cols.rater.unwrap_or(cols.question_id),
                    Key::new(
                        "problem-row-rated-twice",
                        &[
                            ("rater", rater.to_owned()),
                            ("question", question_id.to_owned()),
                            ("label", label.to_owned()),
                        ],
                    ),
                )
                    .into());
            }
            list.push(Rating {
                by: rater.to_owned(),
                level: match mark {
                    Marked::Level(v) => Some(v),
                    _ => None,
                },
                not_applicable: mark == Marked::NotApplicable,
                note: note(),
            });
            return Ok(());
        }
        let (q_index, earlier) = b.see(question_id, line);
        if let Some(first) = earlier {
            return Err((
                cols.question_id,
                Key::new(
                    "problem-row-again",
                    &[
                        ("question", question_id.to_owned()),
                        ("label", label.to_owned()),
                        ("line", first.to_string()),
                    ],
                ),
            )
                .into());
        }
        let levels = [
            cell(cols.level),
            cols.level_label.map_or("", &cell),
            cols.not_applicable.map_or("", &cell),
        ];
        let mark = match self.marks_seen.get(&b.framework, levels) {
            Some(mark) => mark,
            None => {
                let mark = read_mark(cols, &cell, &b.framework, question_id)?;
                self.marks_seen.put(&b.framework, levels, mark);
                mark
            }
        };
        match (keep, q_index) {
            (Keep::Marks, Some(i)) => b.marks[i] = mark,
            _ => {
                let answer = Answer {
                    level: match mark {
                        Marked::Level(v) => Some(v),
                        _ => None,
                    },
                    not_applicable: mark == Marked::NotApplicable,
                    note: note(),
                    carried: false,
                };
                if answer != Answer::default() {
                    b.assessment.answers.insert(question_id.to_owned(), answer);
                }
            }
        }
        Ok(())
    }

    /// The assessments, or every error found.
    fn finish(mut self) -> Result<Vec<Building>, Problems> {
        let shown = self.rules.shown;
        if self.error_count > self.errors.len() {
            let more = self.error_count - self.errors.len();
            self.errors.push(Problem::keyed(
                shown,
                None,
                "problem-more",
                &[("count", more.to_string())],
            ));
        }
        if !self.errors.is_empty() {
            return Err(Problems(self.errors));
        }
        if self.order.is_empty() {
            return Err(Problems::keyed(shown, None, "problem-no-rows", &[]));
        }
        Ok(self.order)
    }
}

/// Reads every row of a long table into the assessments it names, in order of first
/// appearance. Every bad row is reported (up to [`MAX_REPORTED_ERRORS`], then counted); a row
/// of an assessment beyond `max_assessments` stops the reading.
///
/// A CSV file is cut into chunks checked at once on every core and joined in order
/// ([`chunked`]); a workbook's rows, and every row in the browser, are checked one by one.
/// Both give the same assessments, errors and warnings.
pub(super) fn read_rows(
    table: Table<'_>,
    catalog: &Catalog,
    keep: Keep,
    max_assessments: usize,
) -> Result<(Vec<Building>, Vec<Problem>), Problems> {
    read_rows_in(table, catalog, keep, max_assessments, Some(CHUNK))
}

/// [`read_rows`] in chunks of `chunk` bytes, or row by row for `None` (tests compare both).
pub(super) fn read_rows_in(
    mut table: Table<'_>,
    catalog: &Catalog,
    keep: Keep,
    max_assessments: usize,
    chunk: Option<usize>,
) -> Result<(Vec<Building>, Vec<Problem>), Problems> {
    let shown = table.shown().to_owned();
    let cols = Columns::find(&table, &shown)?;
    let rules = Rules {
        shown: &shown,
        cols: &cols,
        catalog,
        keep,
        sheet: table.is_sheet(),
    };
    let mut checker = Checker::new(rules, max_assessments);
    let mut warnings = table.take_warnings();
    #[cfg(not(target_arch = "wasm32"))]
    let table = match chunk {
        Some(size) => match table.into_chunks(size) {
            Ok((shape, chunks)) => {
                chunked::read(&shape, chunks, &mut checker, &mut warnings)?;
                None
            }
            Err(table) => Some(*table),
        },
        None => Some(table),
    };
    // In the browser there are no threads: every row is checked here.
    #[cfg(target_arch = "wasm32")]
    let table = {
        let _ = chunk;
        Some(table)
    };
    if let Some(mut table) = table {
        checker.table(&mut table)?;
        warnings.extend(table.take_warnings());
    }
    Ok((checker.finish()?, warnings))
}

#[cfg(not(target_arch = "wasm32"))]
mod chunked;
