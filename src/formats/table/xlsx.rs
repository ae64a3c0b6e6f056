//! Workbooks (`.xlsx`) under [`super::Table`]: the sheet asked for (or `answers`, else the
//! first) read cell by cell with calamine, each cell as the text a person sees in it.

use super::{Row, Sheet, Source, Table};
use crate::io::problem::Problems;

impl Table<'_> {
    /// Reads a workbook held in memory; `shown` names it in messages.
    pub fn from_workbook(bytes: Vec<u8>, shown: &str, sheet: Sheet<'_>) -> Result<Self, Problems> {
        use calamine::Reader as _;
        let not_a_workbook = |e: calamine::XlsxError| {
            Problems::keyed(
                shown,
                None,
                "problem-not-a-workbook",
                &[("error", e.to_string())],
            )
        };
        let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).map_err(not_a_workbook)?;
        let names = book.sheet_names();
        let chosen = match sheet {
            Sheet::Named(want) => names
                .iter()
                .find(|n| n.trim().eq_ignore_ascii_case(want))
                .or_else(|| names.first()),
            Sheet::First => names.first(),
        };
        let Some(name) = chosen.cloned() else {
            return Err(Problems::keyed(shown, None, "problem-no-sheet", &[]));
        };
        // Cell by cell, never as a grid: a stray value in cell XFD1048576 would make a grid of
        // the whole sheet (half a terabyte) out of a 5 KB file.
        let mut reader = book.worksheet_cells_reader(&name).map_err(not_a_workbook)?;
        let mut rows: Vec<Row> = Vec::new();
        let mut current: Option<(u32, Vec<String>)> = None;
        let finish = |rows: &mut Vec<Row>, (r, cells): (u32, Vec<String>)| {
            rows.push(Row::from_cells(r as usize + 1, cells));
        };
        while let Some(cell) = reader.next_cell().map_err(not_a_workbook)? {
            let (r, c) = cell.get_position();
            let text = cell_text(cell.get_value());
            if text.is_empty() {
                continue;
            }
            if current.as_ref().is_some_and(|(row, _)| *row != r) {
                if let Some(done) = current.take() {
                    finish(&mut rows, done);
                }
            }
            let (_, cells) = current.get_or_insert_with(|| (r, Vec::new()));
            let c = c as usize;
            if cells.len() <= c {
                cells.resize(c + 1, String::new());
            }
            cells[c] = text;
        }
        if let Some(done) = current.take() {
            finish(&mut rows, done);
        }
        let mut rows = rows.into_iter();
        let Some(header) = rows.next() else {
            return Err(Problems::keyed(
                shown,
                None,
                "problem-empty-sheet",
                &[("name", name.clone())],
            ));
        };
        Ok(Self {
            shown: shown.to_owned(),
            header,
            source: Source::Sheet(rows),
            warnings: Vec::new(),
        })
    }
}

/// A workbook cell as the text a CSV would hold: whole numbers without a decimal point,
/// dates as ISO 8601.
fn cell_text(cell: &calamine::DataRef<'_>) -> String {
    use calamine::DataRef as Data;
    /// Excel's dates run from 1900-01-01 (serial 1) to 9999-12-31 (serial 2958465).
    const DATES: std::ops::Range<f64> = 1.0..2_958_466.0;
    match cell {
        Data::Empty => String::new(),
        Data::SharedString(s) => (*s).to_owned(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) if dt.is_datetime() && DATES.contains(&dt.as_f64()) => {
            let (y, m, d, hh, mm, ss, _) = dt.to_ymd_hms_milli();
            if (hh, mm, ss) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{d:02}")
            } else {
                format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}:{ss:02}")
            }
        }
        Data::DateTime(dt) => number_text(dt.as_f64()),
        Data::Error(e) => format!("{e}"),
    }
}

/// A number as people write it: `3`, not `3.0`.
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}
