//! The improvement plan of SPEC §6 (`plan`, the workbook's `plan` sheet): one row per action.

use std::io::Write;

use crate::formats::sheet::{Cell, CsvSink, CsvStyle, Sink, WriteError};
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;

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
