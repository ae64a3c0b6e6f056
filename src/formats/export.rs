//! CSV: the score table and the plan of SPEC §6, and the formula guard every CSV writer uses.
//! The long answers format of SPEC §5 lives in [`crate::formats::long`].

pub use crate::formats::long::{LONG_HEADER, LongRead, Scored, read_long, score_long, write_long};
pub use crate::formats::sheet::WriteError;

use std::borrow::Cow;
use std::io::Write;

use crate::analysis::scoring::ScoreCard;
use crate::formats::sheet::{Cell, CsvSink, CsvStyle, Sink};
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;

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

fn starts_dangerous(s: &str) -> bool {
    // Leading `'` are looked through (iteratively: a cell may hold any number of them).
    matches!(
        s.trim_start_matches('\'').as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
}

/// Guards a cell against being run as a formula by a spreadsheet: a cell that begins with
/// `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`. A cell that already begins
/// with `'` before such a character gets one more, so that [`unguard`] restores every cell
/// exactly.
pub fn guard(s: &str) -> Cow<'_, str> {
    if starts_dangerous(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// The inverse of [`guard`].
pub fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if starts_dangerous(rest) => rest,
        _ => s,
    }
}

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

/// The columns of the plan CSV (SPEC §6), in order.
pub const PLAN_HEADER: [&str; 9] = [
    "assessment",
    "pillar_id",
    "question_id",
    "current",
    "target",
    "action",
    "owner",
    "due",
    "status",
];

/// Writes the improvement plan as CSV (see [`write_plan_to`]).
pub fn write_plan<'a, W: Write>(
    out: W,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
) -> Result<(), WriteError> {
    let mut sink = CsvSink::new(out, CsvStyle::default())?;
    write_plan_to(&mut sink, items)?;
    sink.finish()
}

/// The improvement plan: one row per action. `current` is the question's level when the
/// action names a question, else the pillar's score; `target` the pillar's target (blank if
/// none).
pub fn write_plan_to<'a>(
    sink: &mut dyn Sink,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
) -> Result<(), WriteError> {
    sink.header(&PLAN_HEADER)?;
    for (a, f) in items {
        let card = crate::analysis::scoring::score(f, a);
        for action in &a.actions {
            let current = match &action.question {
                Some(q) => a.level(q).map_or(Cell::Text(""), Cell::Int),
                None => Cell::Fixed2(card.pillar(&action.pillar).and_then(|r| r.score)),
            };
            sink.row(&[
                Cell::Text(&a.label),
                Cell::Text(&action.pillar),
                Cell::Text(action.question.as_deref().unwrap_or("")),
                current,
                Cell::Fixed2(a.targets.get(&action.pillar).copied()),
                Cell::Text(&action.text),
                Cell::Text(action.owner.as_deref().unwrap_or("")),
                Cell::Date(action.due.as_deref().unwrap_or("")),
                Cell::Text(action.status.as_str()),
            ])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_is_exactly_invertible() {
        for s in [
            "=SUM(A1)", "+1", "-1", "@x", "\tx", "\rx", "'=x", "''=x", "'plain", "plain", "",
            "it's", "'",
        ] {
            assert_eq!(unguard(&guard(s)), s, "{s:?}");
        }
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("-5"), "'-5");
        assert_eq!(guard("ok"), "ok");
    }
}
