//! The score table of SPEC §6 (`score --format csv`, the workbook's `scores` sheet).

use std::io::Write;

use crate::analysis::scoring::ScoreCard;
use serde::Serialize;

use crate::formats::rows::{Fixed2, RowWriter};
use crate::formats::sheet::{CsvSink, CsvStyle, Sink, WriteError};

/// The columns of `score --format csv`, as SPEC §6 names them (the row struct must match).
pub const SCORE_HEADER: [&str; 7] = [
    "assessment",
    "pillar_id",
    "answered",
    "not_applicable",
    "total",
    "score",
    "percent",
];

/// Formats a score with two decimals, blank when there is none.
pub fn two_decimals(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| format!("{v:.2}"))
}

/// Writes `score --format csv`: a row per pillar per assessment, then the `overall` row.
pub fn write_scores<'a, W: Write>(
    out: W,
    cards: impl IntoIterator<Item = (&'a str, &'a ScoreCard)>,
) -> Result<(), WriteError> {
    let mut sink = CsvSink::new(out, CsvStyle::default())?;
    write_scores_to(&mut sink, cards)?;
    sink.finish()
}

/// One row of the score table: one pillar (or `overall`) of one assessment.
#[derive(Debug, Default, Serialize)]
struct ScoreRow<'a> {
    assessment: &'a str,
    pillar_id: &'a str,
    answered: usize,
    not_applicable: usize,
    total: usize,
    score: Fixed2,
    percent: Fixed2,
}

/// The score table (SPEC §6) into any sink: the one place that decides its rows.
pub fn write_scores_to<'a>(
    sink: &mut dyn Sink,
    cards: impl IntoIterator<Item = (&'a str, &'a ScoreCard)>,
) -> Result<(), WriteError> {
    let mut table = RowWriter::new::<ScoreRow>(sink, None)?;
    for (label, card) in cards {
        for row in card.pillars.iter().chain(std::iter::once(&card.overall)) {
            table.row(&ScoreRow {
                assessment: label,
                pillar_id: &row.pillar_id,
                answered: row.answered,
                not_applicable: row.not_applicable,
                total: row.total,
                score: Fixed2(row.score),
                percent: Fixed2(row.percent),
            })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_row_struct_has_the_columns_of_the_spec() {
        assert_eq!(crate::formats::rows::header::<ScoreRow>(), SCORE_HEADER);
    }
}
