//! The long answers format of SPEC §5: one row per question per assessment, written and read.
//! Reading follows SPEC §5's reading rules through [`Table`]: whatever `export` writes, with any
//! separator, line ending or encoding, and as a workbook, reads back as the same assessments.

mod read;
#[cfg(test)]
mod tests;
mod write;

pub use write::{Rows, write_long, write_long_rows, write_long_styled, write_long_to};

use std::io::Read;
use std::sync::Arc;

use crate::analysis::scoring::{self, Marked, ScoreCard};
use crate::formats::table::Table;
use crate::io::problem::{Problem, Problems};
use crate::model::assessment::Assessment;
use crate::model::catalog::Catalog;
use crate::model::framework::Framework;
use read::{Keep, read_rows};

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

/// The optional column after `scope`: whose own rating a row is (blank: the team's answer).
pub const RATER_COLUMN: &str = "rater";

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
pub fn read_long<R: Read + Send>(
    input: R,
    shown: &str,
    catalog: &Catalog,
) -> Result<LongRead, Problems> {
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
pub fn score_long<R: Read + Send>(
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
    // Scored on every core: a census has tens of thousands of assessments.
    let cards =
        crate::io::cores::split_map(&order, 256, |run| run.iter().map(card).collect::<Vec<_>>());
    let scored = order
        .into_iter()
        .zip(cards.into_iter().flatten())
        .map(|(b, card)| Scored {
            assessment: b.assessment,
            framework: b.framework,
            card,
            first_line: b.first_line,
        })
        .collect();
    Ok((scored, warnings))
}

/// The scores of an assessment read as marks.
fn card(b: &read::Building) -> ScoreCard {
    let f = &b.framework;
    scoring::score_with(
        f,
        |p| b.assessment.in_scope(&p.id),
        |pillar| {
            // `marks` is in framework order: this pillar's run starts after the questions of
            // the pillars before it.
            let mut k: usize = f
                .pillars
                .iter()
                .take_while(|p| !std::ptr::eq(*p, pillar))
                .map(|p| p.questions.len())
                .sum();
            scoring::score_pillar_with(f, pillar, |_| {
                let m = b.marks.get(k).copied().unwrap_or(Marked::Unanswered);
                k += 1;
                m
            })
        },
    )
}

/// The message when inputs hold more assessments than a chart or a report can show.
pub fn too_many(max_assessments: usize) -> crate::io::problem::Key {
    crate::io::problem::Key::new("problem-too-many", &[("max", max_assessments.to_string())])
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
