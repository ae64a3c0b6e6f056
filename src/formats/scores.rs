//! The score table of SPEC §6 (`score --format csv`, the workbook's `scores` sheet).

use std::io::Write;

use crate::analysis::scoring::ScoreCard;
use crate::formats::sheet::{Cell, CsvSink, CsvStyle, Sink, WriteError};

/// The columns of `score --format csv`.
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

/// The score table (SPEC §6) into any sink: the one place that decides its rows.
pub fn write_scores_to<'a>(
    sink: &mut dyn Sink,
    cards: impl IntoIterator<Item = (&'a str, &'a ScoreCard)>,
) -> Result<(), WriteError> {
    sink.header(&SCORE_HEADER)?;
    for (label, card) in cards {
        for row in card.pillars.iter().chain(std::iter::once(&card.overall)) {
            let count = |n: usize| Cell::Int(i64::try_from(n).unwrap_or(i64::MAX));
            sink.row(&[
                Cell::Text(label),
                Cell::Text(&row.pillar_id),
                count(row.answered),
                count(row.not_applicable),
                count(row.total),
                Cell::Fixed2(row.score),
                Cell::Fixed2(row.percent),
            ])?;
        }
    }
    Ok(())
}
