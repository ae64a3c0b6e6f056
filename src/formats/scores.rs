//! The score table of SPEC §6 (`score --format csv`, the workbook's `scores` sheet).

use std::io::Write;

use crate::analysis::scoring::ScoreCard;
use serde::Serialize;

use crate::formats::rows::{Fixed2, RowWriter};
use crate::formats::sheet::{CsvSink, CsvStyle, Sink, WriteError, push_fixed2, push_text_field};

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

/// `score --format csv` as parts to write one after the other: the same bytes as
/// [`write_scores`], quicker, its rows formatted on every core (a census has hundreds of
/// thousands of them; the parts are not joined, which would copy them all). Each label is
/// quoted and guarded once for all its rows, and numbers are written without the formatter.
pub fn scores_csv(cards: &[(&str, &ScoreCard)]) -> Result<Vec<Vec<u8>>, WriteError> {
    let mut out = Vec::new();
    let mut sink = CsvSink::new(&mut out, CsvStyle::default())?;
    RowWriter::new::<ScoreRow>(&mut sink, None)?;
    sink.finish()?;
    let runs = crate::io::cores::split_map(cards, 1024, |run| {
        let rows: usize = run.iter().map(|(_, c)| c.pillars.len() + 1).sum();
        let mut buf = Vec::with_capacity(rows * 48);
        let mut field = Vec::new();
        let mut num = String::new();
        for (label, card) in run {
            field.clear();
            push_text_field(&mut field, label, b',');
            for row in card.pillars.iter().chain(std::iter::once(&card.overall)) {
                buf.extend_from_slice(&field);
                buf.push(b',');
                push_text_field(&mut buf, &row.pillar_id, b',');
                for n in [row.answered, row.not_applicable, row.total] {
                    buf.push(b',');
                    push_usize(&mut buf, n);
                }
                for v in [row.score, row.percent] {
                    buf.push(b',');
                    if let Some(v) = v {
                        num.clear();
                        push_fixed2(&mut num, v);
                        buf.extend_from_slice(num.as_bytes());
                    }
                }
                buf.push(b'\n');
            }
        }
        buf
    });
    Ok(std::iter::once(out).chain(runs).collect())
}

/// An integer in decimal digits.
fn push_usize(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
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

    fn card(i: usize) -> ScoreCard {
        let pillar = |id: &str, k: usize| crate::analysis::scoring::PillarScore {
            pillar_id: id.to_owned(),
            answered: k % 7,
            not_applicable: k % 3,
            total: 6 + k % 5,
            score: (k % 4 != 0).then(|| (k % 97) as f64 / 8.0),
            percent: (k % 4 != 0).then(|| (k % 1000) as f64 / 8.0 + 0.005),
        };
        ScoreCard {
            pillars: vec![
                pillar("p0", i),
                pillar("p,1", i * 3 + 1),
                pillar("-p2", i + 2),
            ],
            overall: pillar("overall", i * 7),
        }
    }

    #[test]
    fn the_quick_score_table_is_the_row_writers_byte_for_byte() {
        let texts = [
            "School 1",
            "a,b",
            "say \"hi\"",
            "=1+1",
            "-x",
            "multi\nline",
            "'=x",
            "ñandú",
            "\r",
            "",
            " sp ",
        ];
        let labels: Vec<String> = (0..3000)
            .map(|i| format!("{}{i}", texts[i % texts.len()]))
            .collect();
        let cards: Vec<ScoreCard> = (0..3000).map(card).collect();
        let rows: Vec<(&str, &ScoreCard)> = labels.iter().map(String::as_str).zip(&cards).collect();
        let mut slow = Vec::new();
        write_scores(&mut slow, rows.iter().copied()).expect("written");
        let quick = scores_csv(&rows).expect("written").concat();
        assert_eq!(
            String::from_utf8_lossy(&quick),
            String::from_utf8_lossy(&slow)
        );
        assert_eq!(
            scores_csv(&[]).expect("written").concat(),
            b"assessment,pillar_id,answered,not_applicable,total,score,percent\n"
        );
    }

    #[test]
    fn the_row_struct_has_the_columns_of_the_spec() {
        assert_eq!(crate::formats::rows::header::<ScoreRow>(), SCORE_HEADER);
    }
}
