//! The long answers format of SPEC §5: one row per question per assessment, written and read.
//! Reading follows SPEC §5's reading rules through [`Table`]: whatever `export` writes, with any
//! separator, line ending or encoding, and as a workbook, reads back as the same assessments.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::io::{Read, Write};
use std::sync::Arc;

use crate::analysis::scoring::{self, Marked, ScoreCard};
use crate::formats::cells::{self, LevelCell};
use crate::formats::guard::unguard;
use serde::Serialize;

use crate::formats::rows::{Date, RowWriter};
use crate::formats::sheet::{CsvSink, CsvStyle, Sink, WriteError};
use crate::formats::table::{MAX_ROW_BYTES, Row, Table, header_key};
use crate::model::assessment::{Answer, Assessment, FrameworkRef};
use crate::model::catalog::Catalog;
use crate::model::framework::Framework;
use crate::model::problem::{Problem, Problems};

/// The columns of the long format, in order, as SPEC §5 names them (the row struct must match).
pub const LONG_HEADER: [&str; 11] = [
    "assessment",
    "country",
    "date",
    "framework_id",
    "framework_version",
    "pillar_id",
    "question_id",
    "level",
    "level_label",
    "not_applicable",
    "note",
];

/// The optional column written after `note` when an assessment has a scope.
pub const SCOPE_COLUMN: &str = "scope";

/// Most errors listed for one file before the rest are only counted.
const MAX_REPORTED_ERRORS: usize = 50;

/// Writes assessments in the long format as CSV (see [`write_long_to`]).
pub fn write_long<'a, W: Write>(
    out: W,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
    lang: &str,
) -> Result<(), WriteError> {
    write_long_styled(out, items, lang, CsvStyle::default())
}

/// [`write_long`] in a given [`CsvStyle`].
pub fn write_long_styled<'a, W: Write>(
    out: W,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
    lang: &str,
    style: CsvStyle,
) -> Result<(), WriteError> {
    let mut sink = CsvSink::new(out, style)?;
    write_long_to(&mut sink, items, lang)?;
    sink.finish()
}

/// A long row's `level`: a number, `NA`, or blank.
#[derive(Clone, Copy, Debug, Default)]
enum LevelOut {
    #[default]
    Blank,
    Level(i64),
    NotApplicable,
}

impl Serialize for LevelOut {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Blank => s.serialize_str(""),
            Self::Level(l) => s.serialize_i64(*l),
            Self::NotApplicable => s.serialize_str("NA"),
        }
    }
}

/// One row of the long format: one question of one assessment. `scope` is written only when
/// some assessment has a scope.
#[derive(Debug, Default, Serialize)]
struct LongRow<'a> {
    assessment: &'a str,
    country: &'a str,
    date: Date<'a>,
    framework_id: &'a str,
    framework_version: &'a str,
    pillar_id: &'a str,
    question_id: &'a str,
    level: LevelOut,
    level_label: &'a str,
    not_applicable: bool,
    note: &'a str,
    scope: &'a str,
}

/// Writes assessments in the long format: a row per question in scope (framework order),
/// unanswered included; then a row for each kept answer whose question the framework lacks
/// (blank `pillar_id`), so nothing is silently dropped. Labels are in `lang`. A `scope` column
/// follows `note` when any assessment has a scope.
pub fn write_long_to<'a>(
    sink: &mut dyn Sink,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
    lang: &str,
) -> Result<(), WriteError> {
    let items: Vec<(&Assessment, &Framework)> = items.into_iter().collect();
    let with_scope = items.iter().any(|(a, _)| a.scope.is_some());
    let columns = LONG_HEADER.len() + usize::from(with_scope);
    let mut table = RowWriter::new::<LongRow>(sink, Some(columns))?;
    for (a, f) in items {
        let country = a.country.as_deref().unwrap_or("");
        let date = a.date.as_deref().unwrap_or("");
        let scope = a.scope.as_ref().map(|s| s.join(" ")).unwrap_or_default();
        let mut row = |pillar_id: &str, question_id: &str, answer: Option<&Answer>| {
            let (level, label, not_applicable) = match answer {
                Some(ans) if ans.not_applicable => (LevelOut::NotApplicable, "", true),
                Some(Answer { level: Some(l), .. }) => (
                    LevelOut::Level(*l),
                    f.level(*l).map_or("", |s| f.tr(&s.label, lang)),
                    false,
                ),
                _ => (LevelOut::Blank, "", false),
            };
            let note = answer.and_then(|x| x.note.as_deref()).unwrap_or("");
            // The row as written: each cell quoted, its quotes doubled, and a separator.
            let written = |t: &str| t.len() + memchr::memchr_iter(b'"', t.as_bytes()).count() + 3;
            let size: usize = [a.label.as_str(), country, date, note, &scope, question_id]
                .iter()
                .map(|t| written(t))
                .sum::<usize>()
                + written(label)
                + 256;
            if size > MAX_ROW_BYTES {
                return Err(WriteError::RowTooLong {
                    assessment: a.label.clone(),
                    question: question_id.to_owned(),
                    mib: size / (1024 * 1024),
                    max: MAX_ROW_BYTES / (1024 * 1024),
                });
            }
            table.row(&LongRow {
                assessment: &a.label,
                country,
                date: Date(date),
                framework_id: &f.id,
                framework_version: &f.version,
                pillar_id,
                question_id,
                level,
                level_label: label,
                not_applicable,
                note,
                scope: &scope,
            })
        };
        for (pillar, question) in f.questions().filter(|(p, _)| a.in_scope(&p.id)) {
            row(&pillar.id, &question.id, a.answers.get(&question.id))?;
        }
        for id in a.unknown_questions(f) {
            row("", id, a.answers.get(id))?;
        }
    }
    Ok(())
}

/// What reading a long CSV gives: each assessment with its framework and the line of its
/// first row, in order of first appearance, and warnings (a file read as Windows-1252).
pub struct LongRead {
    pub assessments: Vec<(Assessment, Arc<Framework>, usize)>,
    pub warnings: Vec<Problem>,
}

/// One assessment of a long CSV, scored as it was read.
pub struct Scored {
    /// The assessment without its answers (but those to questions its framework lacks).
    pub assessment: Assessment,
    pub framework: Arc<Framework>,
    pub card: ScoreCard,
    pub first_line: usize,
}

/// Reads the long format from CSV bytes (see [`read_long_table`]).
pub fn read_long<R: Read>(input: R, shown: &str, catalog: &Catalog) -> Result<LongRead, Problems> {
    read_long_table(Table::from_csv_reader(input, shown)?, catalog)
}

/// Reads the long format: only `assessment`, `question_id` and `level` are required, in any
/// order; extra columns are ignored. Every bad cell is reported with its line and column.
pub fn read_long_table(table: Table<'_>, catalog: &Catalog) -> Result<LongRead, Problems> {
    read_long_table_at_most(table, catalog, usize::MAX)
}

/// [`read_long_table`] that stops, with a message naming the bound, at the first row of an
/// assessment beyond `max_assessments`: a chart or a report holds no more, and reading on would
/// hold every answer of millions of assessments in memory for nothing.
pub fn read_long_table_at_most(
    table: Table<'_>,
    catalog: &Catalog,
    max_assessments: usize,
) -> Result<LongRead, Problems> {
    let (order, warnings) = read_rows(table, catalog, Keep::Answers, max_assessments)?;
    Ok(LongRead {
        assessments: order
            .into_iter()
            .map(|b| (b.assessment, b.framework, b.first_line))
            .collect(),
        warnings,
    })
}

/// Reads a long CSV from bytes and scores it (see [`score_long_table`]).
pub fn score_long<R: Read>(
    input: R,
    shown: &str,
    catalog: &Catalog,
) -> Result<Vec<Scored>, Problems> {
    score_long_table(Table::from_csv_reader(input, shown)?, catalog).map(|(s, _)| s)
}

/// Reads a long table in one pass and scores it, keeping a mark per question instead of the
/// answers: the same validation and the same scores as [`read_long_table`] then
/// [`crate::analysis::scoring::score`], with memory proportional to the number of assessments.
pub fn score_long_table(
    table: Table<'_>,
    catalog: &Catalog,
) -> Result<(Vec<Scored>, Vec<Problem>), Problems> {
    let (order, warnings) = read_rows(table, catalog, Keep::Marks, usize::MAX)?;
    let scored = order
        .into_iter()
        .map(|b| {
            let f = &b.framework;
            let card = scoring::score_with(
                f,
                |p| b.assessment.in_scope(&p.id),
                |pillar| {
                    // `marks` is in framework order: this pillar's run starts at its first
                    // question.
                    let mut k = pillar
                        .questions
                        .first()
                        .and_then(|q| b.index.get(&q.id).copied())
                        .unwrap_or(0);
                    scoring::score_pillar_with(f, pillar, |_| {
                        let m = b.marks.get(k).copied().unwrap_or(Marked::Unanswered);
                        k += 1;
                        m
                    })
                },
            );
            Scored {
                assessment: b.assessment,
                framework: b.framework,
                card,
                first_line: b.first_line,
            }
        })
        .collect();
    Ok((scored, warnings))
}

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
}

struct Building {
    /// Label, framework, country, date and scope; answers too when they are kept (see
    /// [`Keep`]), and in any case the answers to questions the framework lacks.
    assessment: Assessment,
    framework: Arc<Framework>,
    index: Arc<HashMap<String, usize>>,
    /// Question ids in framework order, and where the next row probably is in it.
    ids: Arc<Vec<String>>,
    next_question: usize,
    first_line: usize,
    /// The line of each question's row (framework order), 0 while none was seen.
    seen: Vec<u32>,
    /// How each question is answered, for scoring without keeping answers.
    marks: Vec<Marked>,
    /// Rows of questions the framework lacks: question id → line.
    unknown_seen: HashMap<String, usize>,
    /// The scope cell of the first row, to check that every row says the same.
    scope_cell: String,
}

/// What reading keeps of each row.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// Whole answers (notes included): assessments to show, export or compare.
    Answers,
    /// One mark per question: enough to score, with memory per assessment, not per row.
    Marks,
}

fn read_rows(
    mut table: Table<'_>,
    catalog: &Catalog,
    keep: Keep,
    max_assessments: usize,
) -> Result<(Vec<Building>, Vec<Problem>), Problems> {
    let shown = table.shown().to_owned();
    // A workbook's cells are written without the CSV's formula guard.
    let sheet = table.is_sheet();
    let required = |table: &Table<'_>, name: &str| {
        table.column(name).ok_or_else(|| {
            let found: Vec<&str> = table.header().iter().take(12).collect();
            Problems::one(
                &shown,
                Some((table.header().line, 1)),
                format!(
                    "the header has no `{name}` column; a long-format CSV needs at least assessment, question_id and level (found: {})",
                    found.join(" | ")
                ),
            )
        })
    };
    // Two columns of one name: which one holds the answer cannot be told.
    for name in LONG_HEADER.iter().copied().chain([SCOPE_COLUMN]) {
        let mut at = table
            .header()
            .iter()
            .enumerate()
            .filter(|(_, h)| header_key(h).eq_ignore_ascii_case(name))
            .map(|(i, _)| i + 1);
        if let (Some(first), Some(second)) = (at.next(), at.next()) {
            return Err(Problems::one(
                &shown,
                Some((table.header().line, second)),
                format!(
                    "columns {first} and {second} are both named `{name}`: keep one, or rename the other"
                ),
            ));
        }
    }
    let cols = Columns {
        assessment: required(&table, "assessment")?,
        question_id: required(&table, "question_id")?,
        level: required(&table, "level")?,
        country: table.column("country"),
        date: table.column("date"),
        framework_id: table.column("framework_id"),
        framework_version: table.column("framework_version"),
        level_label: table.column("level_label"),
        not_applicable: table.column("not_applicable"),
        note: table.column("note"),
        scope: table.column(SCOPE_COLUMN),
    };
    let needed = cols.assessment.max(cols.question_id).max(cols.level) + 1;

    let mut order: Vec<Building> = Vec::new();
    let mut slots: HashMap<String, usize> = HashMap::new();
    // Question id → position in framework order, built once per framework.
    let mut indexes: HashMap<String, Arc<HashMap<String, usize>>> = HashMap::new();
    let mut id_lists: HashMap<String, Arc<Vec<String>>> = HashMap::new();
    let mut errors: Vec<Problem> = Vec::new();
    let mut error_count = 0usize;
    let mut record = Row::default();
    let mut last: Option<usize> = None;
    loop {
        match table.next_row(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(p) => {
                errors.push(*p);
                error_count += 1;
                break;
            }
        }
        let line = record.line;
        let unguard = |s| if sheet { s } else { unguard(s) };
        let cell = |i: usize| unguard(trim(record.get(i).unwrap_or("")));
        let mut fail = |col: usize, message: String| {
            error_count += 1;
            if errors.len() < MAX_REPORTED_ERRORS {
                errors.push(Problem::error(&shown, Some((line, col + 1)), message));
            }
        };
        if record.len() < needed {
            fail(
                record.len(),
                format!(
                    "this row has {} cells, too few to reach the {} column (cell {needed}): a cell or a separator is missing",
                    record.len(),
                    ["assessment", "question_id", "level"][[
                        cols.assessment,
                        cols.question_id,
                        cols.level
                    ]
                    .iter()
                    .position(|&c| c + 1 == needed)
                    .unwrap_or(2)]
                ),
            );
            continue;
        }
        let label = cell(cols.assessment);
        let question_id = cell(cols.question_id);
        if label.is_empty() {
            fail(
                cols.assessment,
                "the assessment cell is empty: every row names its assessment".to_owned(),
            );
            continue;
        }
        if question_id.is_empty() {
            fail(cols.question_id, "the question_id cell is empty".to_owned());
            continue;
        }

        // Rows of one assessment usually follow each other: check the last one first.
        let cached = last.filter(|&i| order[i].assessment.label == label);
        let slot = match cached.or_else(|| slots.get(label).copied()) {
            Some(slot) => slot,
            None if order.len() >= max_assessments => {
                return Err(Problems::one(
                    &shown,
                    Some((line, cols.assessment + 1)),
                    too_many(max_assessments),
                ));
            }
            None => {
                let fid = cols.framework_id.map(&cell).filter(|s| !s.is_empty());
                let fver = cols.framework_version.map(&cell).unwrap_or("");
                let found = match fid {
                    Some(id) => catalog.find(id, fver),
                    None => catalog.find_by_question(question_id),
                };
                let Some(entry) = found else {
                    let message = match fid {
                        Some(id) => format!(
                            "assessment {label:?} answers framework {id:?} version {fver:?}, which is neither built in nor given: pass its file with --framework PATH (known: {})",
                            catalog.known()
                        ),
                        None => format!(
                            "cannot tell which framework assessment {label:?} answers: no known framework has question {question_id:?}; add framework_id and framework_version columns or pass --framework PATH"
                        ),
                    };
                    fail(cols.framework_id.unwrap_or(cols.question_id), message);
                    continue;
                };
                let framework = Arc::clone(&entry.framework);
                let index = Arc::clone(indexes.entry(framework.key()).or_insert_with(|| {
                    Arc::new(
                        framework
                            .questions()
                            .enumerate()
                            .map(|(i, (_, q))| (q.id.clone(), i))
                            .collect(),
                    )
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
                let scope_cell = cols.scope.map(&cell).unwrap_or("").to_owned();
                let scope: Vec<String> = scope_cell
                    .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect();
                assessment.scope = (!scope.is_empty()).then_some(scope);
                let ids = Arc::clone(id_lists.entry(framework.key()).or_insert_with(|| {
                    Arc::new(framework.questions().map(|(_, q)| q.id.clone()).collect())
                }));
                let count = index.len();
                slots.insert(label.to_owned(), order.len());
                order.push(Building {
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
                });
                order.len() - 1
            }
        };
        last = Some(slot);
        let b = &mut order[slot];
        if let Some(c) = cols.scope
            && cell(c) != b.scope_cell
        {
            fail(
                c,
                format!(
                    "the scope of assessment {label:?} is {:?} here but {:?} on line {}: every row of an assessment has the same scope",
                    cell(c),
                    b.scope_cell,
                    b.first_line
                ),
            );
            continue;
        }
        if let Some(c) = cols.country
            && b.assessment.country.is_none()
        {
            let value = cell(c);
            if !value.is_empty() {
                b.assessment.country = Some(value.to_owned());
            }
        }
        if let Some(c) = cols.date
            && b.assessment.date.is_none()
        {
            let value = cell(c);
            if !value.is_empty() {
                // As Excel re-saves an ISO date in Spanish: 26/02/2026. What is no date is
                // kept as written, and named by the assessment's check.
                b.assessment.date =
                    Some(cells::parse_date(value).unwrap_or_else(|| value.to_owned()));
            }
        }
        // Rows usually come in framework order: try the question after the last one first.
        let next = b.next_question;
        let q_index = if b.ids.get(next).is_some_and(|id| id == question_id) {
            Some(next)
        } else {
            b.index.get(question_id).copied()
        };
        if let Some(i) = q_index {
            b.next_question = i + 1;
        }
        let first = match q_index {
            Some(i) => {
                let first = b.seen[i] as usize;
                if first == 0 {
                    b.seen[i] = u32::try_from(line).unwrap_or(u32::MAX);
                }
                (first != 0).then_some(first)
            }
            None => match b.unknown_seen.entry(question_id.to_owned()) {
                Entry::Occupied(e) => Some(*e.get()),
                Entry::Vacant(e) => {
                    e.insert(line);
                    None
                }
            },
        };
        if let Some(first) = first {
            fail(
                cols.question_id,
                format!(
                    "question {question_id:?} of assessment {label:?} appears again (first on line {first}): keep one row"
                ),
            );
            continue;
        }

        let na_column = match cols.not_applicable.map(&cell).map(cells::parse_flag) {
            None => false,
            Some(Ok(flag)) => flag,
            Some(Err(message)) => {
                fail(
                    cols.not_applicable.unwrap_or(cols.level),
                    format!("question {question_id:?}: {message}"),
                );
                continue;
            }
        };
        let level_text = cell(cols.level);
        let label_text = cols.level_label.map(&cell).unwrap_or("");
        let parsed = if level_text.is_empty() && !label_text.is_empty() {
            cells::parse_label(label_text, &b.framework)
                .map_err(|m| (cols.level_label.unwrap_or(cols.level), m))
        } else {
            match cells::parse_level(level_text, &b.framework) {
                Ok(LevelCell::Value(v)) if !label_text.is_empty() => {
                    let agrees = cells::names_level(label_text, v, &b.framework)
                        || cells::parse_level(label_text, &b.framework) == Ok(LevelCell::Value(v));
                    if agrees {
                        Ok(LevelCell::Value(v))
                    } else {
                        Err((
                            cols.level_label.unwrap_or(cols.level),
                            format!(
                                "level {level_text:?} and level_label {label_text:?} disagree: correct one, or empty the level_label cell"
                            ),
                        ))
                    }
                }
                Ok(LevelCell::NotApplicable)
                    if !label_text.is_empty() && !cells::is_not_applicable(label_text) =>
                {
                    Err((
                        cols.level_label.unwrap_or(cols.level),
                        format!(
                            "level {level_text:?} (not applicable) and level_label {label_text:?} disagree: correct one, or empty the level_label cell"
                        ),
                    ))
                }
                other => other.map_err(|m| (cols.level, m)),
            }
        };
        let mark = match parsed {
            Ok(LevelCell::Blank) if na_column => Marked::NotApplicable,
            Ok(LevelCell::Blank) => Marked::Unanswered,
            Ok(LevelCell::NotApplicable) => Marked::NotApplicable,
            Ok(LevelCell::Value(v)) => {
                if na_column {
                    fail(
                        cols.level,
                        format!(
                            "question {question_id:?} has both level {v} and not_applicable {:?}: keep one",
                            cols.not_applicable.map(&cell).unwrap_or("")
                        ),
                    );
                    continue;
                }
                Marked::Level(v)
            }
            Err((col, message)) => {
                fail(col, format!("question {question_id:?}: {message}"));
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
                };
                if answer != Answer::default() {
                    b.assessment.answers.insert(question_id.to_owned(), answer);
                }
            }
        }
    }
    if error_count > errors.len() {
        errors.push(Problem::error(
            &shown,
            None,
            format!(
                "… and {} more problems in this file",
                error_count - errors.len()
            ),
        ));
    }
    if !errors.is_empty() {
        return Err(Problems(errors));
    }
    if order.is_empty() {
        return Err(Problems::one(
            &shown,
            None,
            "the table has a header but no rows",
        ));
    }
    Ok((order, table.take_warnings()))
}

/// The message when inputs hold more assessments than a chart or a report can show.
pub fn too_many(max_assessments: usize) -> String {
    format!(
        "more than {max_assessments} assessments: a chart or a report shows at most {max_assessments}; use `pilares score` or `pilares export` for that many, or choose the assessments to compare"
    )
}

/// `str::trim`, quicker on the usual cell: ASCII spaces are trimmed first, and Unicode's
/// only when a non-ASCII character is left at either end.
fn trim(s: &str) -> &str {
    let t = s.trim_ascii();
    let b = t.as_bytes();
    if b.first().is_some_and(|c| !c.is_ascii()) || b.last().is_some_and(|c| !c.is_ascii()) {
        t.trim()
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_row_struct_has_the_columns_of_the_spec() {
        let header = crate::formats::rows::header::<LongRow>();
        assert_eq!(header[..LONG_HEADER.len()], LONG_HEADER);
        assert_eq!(header[LONG_HEADER.len()..], [SCOPE_COLUMN]);
    }
}
