//! The improvement plan of SPEC §6 (`plan`, the workbook's `plan` sheet): one row per action.

use std::io::Write;

use serde::Serialize;

use crate::formats::rows::{Date, Fixed2, RowWriter};
use crate::formats::sheet::{CsvSink, CsvStyle, Sink, WriteError};
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;

/// The columns of the plan CSV, in order, as SPEC §6 names them (the row struct must match).
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

/// A plan row's `current`: the question's level, or the pillar's score.
#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Current {
    Level(Option<i64>),
    Score(Fixed2),
}

impl Default for Current {
    fn default() -> Self {
        Self::Level(None)
    }
}

/// One action of the plan.
#[derive(Debug, Default, Serialize)]
struct PlanRow<'a> {
    assessment: &'a str,
    pillar_id: &'a str,
    question_id: &'a str,
    current: Current,
    target: Fixed2,
    action: &'a str,
    owner: &'a str,
    due: Date<'a>,
    status: &'a str,
}

/// The improvement plan: one row per action. `current` is the question's level when the
/// action names a question, else the pillar's score; `target` the pillar's target (blank if
/// none).
pub fn write_plan_to<'a>(
    sink: &mut dyn Sink,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
) -> Result<(), WriteError> {
    let mut table = RowWriter::new::<PlanRow>(sink, None)?;
    for (a, f) in items {
        let card = crate::analysis::scoring::score(f, a);
        for action in &a.actions {
            let current = match &action.question {
                Some(q) => Current::Level(a.level(q)),
                None => Current::Score(Fixed2(card.pillar(&action.pillar).and_then(|r| r.score))),
            };
            table.row(&PlanRow {
                assessment: &a.label,
                pillar_id: &action.pillar,
                question_id: action.question.as_deref().unwrap_or(""),
                current,
                target: Fixed2(a.targets.get(&action.pillar).copied()),
                action: &action.text,
                owner: action.owner.as_deref().unwrap_or(""),
                due: Date(action.due.as_deref().unwrap_or("")),
                status: action.status.as_str(),
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
        assert_eq!(crate::formats::rows::header::<PlanRow>(), PLAN_HEADER);
    }
}
