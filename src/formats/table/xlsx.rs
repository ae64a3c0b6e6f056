//! Workbooks (`.xlsx`) under [`super::Table`]: the sheet asked for (or `answers`, else the
//! first) read cell by cell with calamine, each cell as the text a person sees in it.

use super::{Row, Sheet, Source, Table};
use crate::io::problem::{Problem, Problems};

/// Rows read at a time from a sheet: enough that handing them over costs nothing.
const BATCH: usize = 1024;

/// A sheet's rows after its header, as they are read.
pub(super) struct SheetRows {
    /// The rows read and not yet handed out, from `at` on.
    batch: Vec<Row>,
    at: usize,
    /// Natively the sheet is read on a thread of its own while its rows are checked here:
    /// batches come from it, and their buffers go back to be filled again.
    #[cfg(not(target_arch = "wasm32"))]
    from: std::sync::mpsc::Receiver<Result<Vec<Row>, Box<Problem>>>,
    #[cfg(not(target_arch = "wasm32"))]
    back: std::sync::mpsc::Sender<Vec<Row>>,
    /// In the browser the whole sheet was read at once.
    #[cfg(target_arch = "wasm32")]
    rest: std::vec::IntoIter<Result<Vec<Row>, Box<Problem>>>,
}

impl SheetRows {
    /// The next row into `row`; `false` at the end.
    pub(super) fn next(&mut self, row: &mut Row) -> Result<bool, Box<Problem>> {
        loop {
            if let Some(next) = self.batch.get_mut(self.at) {
                // The row handed out before goes back into the batch, to be filled again.
                std::mem::swap(row, next);
                self.at += 1;
                return Ok(true);
            }
            #[cfg(not(target_arch = "wasm32"))]
            let next = {
                let _ = self.back.send(std::mem::take(&mut self.batch));
                self.from.recv().ok()
            };
            #[cfg(target_arch = "wasm32")]
            let next = self.rest.next();
            match next {
                Some(batch) => {
                    self.batch = batch?;
                    self.at = 0;
                }
                None => return Ok(false),
            }
        }
    }
}

impl Table<'_> {
    /// Reads a workbook held in memory; `shown` names it in messages.
    pub fn from_workbook(bytes: Vec<u8>, shown: &str, sheet: Sheet<'_>) -> Result<Self, Problems> {
        use calamine::Reader as _;
        let book = calamine::Xlsx::new(std::io::Cursor::new(bytes))
            .map_err(|e| Problems(vec![*not_a_workbook(shown, &e)]))?;
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
        let mut rows = start_reading(book, name.clone(), shown.to_owned());
        let mut header = Row::default();
        if !rows.next(&mut header).map_err(|p| Problems(vec![*p]))? {
            return Err(Problems::keyed(
                shown,
                None,
                "problem-empty-sheet",
                &[("name", name)],
            ));
        }
        Ok(Self {
            shown: shown.to_owned(),
            header,
            source: Source::Sheet(rows),
            warnings: Vec::new(),
        })
    }
}

type Book = calamine::Xlsx<std::io::Cursor<Vec<u8>>>;

/// The sheet's rows, read on a thread of their own (natively) or at once (in the browser).
fn start_reading(book: Book, name: String, shown: String) -> SheetRows {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let (to, from) = std::sync::mpsc::sync_channel(4);
        let (back, spare) = std::sync::mpsc::channel::<Vec<Row>>();
        std::thread::spawn(move || {
            // Gone, the table was let go: reading stops.
            read_sheet(
                book,
                &name,
                &shown,
                |batch| to.send(batch).is_ok(),
                || spare.try_recv().unwrap_or_default(),
            );
        });
        SheetRows {
            batch: Vec::new(),
            at: 0,
            from,
            back,
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        let mut all = Vec::new();
        read_sheet(
            book,
            &name,
            &shown,
            |batch| {
                all.push(batch);
                true
            },
            Vec::new,
        );
        SheetRows {
            batch: Vec::new(),
            at: 0,
            rest: all.into_iter(),
        }
    }
}

/// Reads the sheet's rows in batches into `out`, each batch's buffers from `spare`: cell by
/// cell, never as a grid (a stray value in cell XFD1048576 would make a grid of the whole
/// sheet, half a terabyte, out of a 5 KB file). Rows with no cell are left out, as a CSV's
/// blank lines are. Stops when `out` says no more.
fn read_sheet(
    mut book: Book,
    name: &str,
    shown: &str,
    mut out: impl FnMut(Result<Vec<Row>, Box<Problem>>) -> bool,
    mut spare: impl FnMut() -> Vec<Row>,
) {
    let mut reader = match book.worksheet_cells_reader(name) {
        Ok(reader) => reader,
        Err(e) => {
            out(Err(not_a_workbook(shown, &e)));
            return;
        }
    };
    let mut batch = spare();
    let mut n = 0;
    // The sheet row being built, and its number.
    let mut current: Option<u32> = None;
    let mut text = String::new();
    loop {
        let cell = match reader.next_cell() {
            Ok(cell) => cell,
            Err(e) => {
                batch.truncate(n);
                if out(Ok(batch)) {
                    out(Err(not_a_workbook(shown, &e)));
                }
                return;
            }
        };
        let Some(cell) = cell else { break };
        let (r, c) = cell.get_position();
        text.clear();
        cell_text(cell.get_value(), &mut text);
        if text.is_empty() {
            continue;
        }
        if current != Some(r) {
            if current.is_some() {
                n += 1;
                if n == BATCH {
                    if !out(Ok(std::mem::take(&mut batch))) {
                        return;
                    }
                    batch = spare();
                    n = 0;
                }
            }
            if batch.len() <= n {
                batch.resize_with(n + 1, Row::default);
            }
            batch[n].clear();
            batch[n].line = r as usize + 1;
            current = Some(r);
        }
        batch[n].put_cell(c as usize, &text);
    }
    if current.is_some() {
        n += 1;
    }
    batch.truncate(n);
    if !batch.is_empty() {
        out(Ok(batch));
    }
}

fn not_a_workbook(shown: &str, e: &calamine::XlsxError) -> Box<Problem> {
    Box::new(Problem::keyed(
        shown,
        None,
        "problem-not-a-workbook",
        &[("error", e.to_string())],
    ))
}

/// A workbook cell as the text a CSV would hold: whole numbers without a decimal point,
/// dates as ISO 8601.
fn cell_text(cell: &calamine::DataRef<'_>, out: &mut String) {
    use calamine::DataRef as Data;
    use std::fmt::Write as _;
    /// Excel's dates run from 1900-01-01 (serial 1) to 9999-12-31 (serial 2958465).
    const DATES: std::ops::Range<f64> = 1.0..2_958_466.0;
    match cell {
        Data::Empty => {}
        Data::SharedString(s) => out.push_str(s),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => out.push_str(s),
        Data::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Data::Float(f) => out.push_str(&number_text(*f)),
        Data::Bool(b) => {
            let _ = write!(out, "{b}");
        }
        Data::DateTime(dt) if dt.is_datetime() && DATES.contains(&dt.as_f64()) => {
            let (y, m, d, hh, mm, ss, _) = dt.to_ymd_hms_milli();
            let _ = if (hh, mm, ss) == (0, 0, 0) {
                write!(out, "{y:04}-{m:02}-{d:02}")
            } else {
                write!(out, "{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}:{ss:02}")
            };
        }
        Data::DateTime(dt) => out.push_str(&number_text(dt.as_f64())),
        Data::Error(e) => {
            let _ = write!(out, "{e}");
        }
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
