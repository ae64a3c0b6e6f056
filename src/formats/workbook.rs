//! The analysts' workbook (SPEC §5): `answers` (the long format, levels as numbers), `scores`
//! (as `score --format csv`) and `plan` (as `pilares plan`), each with its header frozen,
//! filters on and columns wide enough to read; and `ratings`, the participants' own ratings in
//! the long format with their `rater`, when a team has them. Written by `export -o OUT.xlsx`
//! and by the app; `score`, `export` and `import` read it back (its `answers` sheet).

use rust_xlsxwriter::Workbook;

use crate::formats::long;
use crate::formats::sheet::{SheetSink, WriteError};
use crate::formats::{plan, scores};
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;

/// The workbook of `items`, as `.xlsx` bytes; level labels in `lang`.
pub fn write_workbook(
    items: &[(&Assessment, &Framework)],
    lang: &str,
) -> Result<Vec<u8>, WriteError> {
    let mut book = Workbook::new();
    {
        let mut sheet = SheetSink::new(&mut book, "answers")?;
        long::write_long_rows(&mut sheet, items.iter().copied(), lang, long::Rows::Answers)?;
        sheet.finish()?;
    }
    {
        let cards: Vec<_> = items
            .iter()
            .map(|(a, f)| (a.label.as_str(), crate::analysis::scoring::score(f, a)))
            .collect();
        let mut sheet = SheetSink::new(&mut book, "scores")?;
        scores::write_scores_to(&mut sheet, cards.iter().map(|(l, c)| (*l, c)))?;
        sheet.finish()?;
    }
    {
        let mut sheet = SheetSink::new(&mut book, "plan")?;
        plan::write_plan_to(&mut sheet, items.iter().copied())?;
        sheet.finish()?;
    }
    if items.iter().any(|(a, _)| !a.ratings.is_empty()) {
        let mut sheet = SheetSink::new(&mut book, "ratings")?;
        long::write_long_rows(&mut sheet, items.iter().copied(), lang, long::Rows::Ratings)?;
        sheet.finish()?;
    }
    Ok(book.save_to_buffer()?)
}
