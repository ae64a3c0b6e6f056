//! Workbooks (`.xlsx`) under [`super::Table`]: the sheet asked for (or `answers`, else the
//! first) read cell by cell with calamine, each cell as the text a person sees in it.

use super::{Row, Sheet, Source, Table};
use crate::io::problem::{Problem, Problems};

/// Rows read at a time from a sheet: enough that handing them over costs nothing.
const BATCH: usize = 1024;

/// What reading a sheet gives, a batch at a time.
enum Piece {
    Rows(Vec<Row>),
    /// The sheet could not be read on from here.
    Failed(Box<Problem>),
    /// Every row was given.
    End,
}

/// A sheet's rows after its header, as they are read.
pub(super) struct SheetRows {
    /// The rows read and not yet handed out, from `at` on.
    batch: Vec<Row>,
    at: usize,
    /// Natively the sheet is read on a thread of its own while its rows are checked here:
    /// batches come from it, and their buffers go back to be filled again.
    #[cfg(not(target_arch = "wasm32"))]
    from: std::sync::mpsc::Receiver<Piece>,
    #[cfg(not(target_arch = "wasm32"))]
    back: std::sync::mpsc::Sender<Vec<Row>>,
    /// In the browser the whole sheet was read at once.
    #[cfg(target_arch = "wasm32")]
    rest: std::vec::IntoIter<Piece>,
    shown: String,
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
                Some(Piece::Rows(batch)) => {
                    self.batch = batch;
                    self.at = 0;
                }
                Some(Piece::Failed(problem)) => return Err(problem),
                Some(Piece::End) => return Ok(false),
                // Reading ended without saying so: never taken as the sheet's end.
                None => return Err(not_a_workbook(&self.shown, &STOPPED)),
            }
        }
    }
}

/// Why a sheet's reading stopped without an error of its own.
const STOPPED: &str = "the sheet could not be read to its end";

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
        let named = shown.clone();
        std::thread::spawn(move || {
            // Gone, the table was let go: reading stops.
            let send = |piece| to.send(piece).is_ok();
            let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                read_sheet(book, &name, &shown, send, || {
                    spare.try_recv().unwrap_or_default()
                });
            }));
            // A panic in the workbook's parser is said as a workbook that cannot be read.
            if read.is_err() {
                send(Piece::Failed(not_a_workbook(&shown, &STOPPED)));
            }
        });
        SheetRows {
            batch: Vec::new(),
            at: 0,
            from,
            back,
            shown: named,
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
            shown,
        }
    }
}

/// Reads the sheet's rows in batches into `out`, each batch's buffers from `spare`: cell by
/// cell, never as a grid (a stray value in cell XFD1048576 would make a grid of the whole
/// sheet, half a terabyte, out of a 5 KB file). Rows with no cell are left out, as a CSV's
/// blank lines are. Ends with [`Piece::End`] or [`Piece::Failed`]; stops early when `out`
/// says no more.
fn read_sheet(
    mut book: Book,
    name: &str,
    shown: &str,
    mut out: impl FnMut(Piece) -> bool,
    mut spare: impl FnMut() -> Vec<Row>,
) {
    let mut reader = match book.worksheet_cells_reader(name) {
        Ok(reader) => reader,
        Err(e) => {
            out(Piece::Failed(not_a_workbook(shown, &e)));
            return;
        }
    };
    let mut batch = spare();
    let mut n = 0;
    // The sheet row being read: its number, and its cells (column, span in `text`).
    let mut current: Option<u32> = None;
    let mut cells: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    let mut text = String::new();
    let mut cell_buf = String::new();
    loop {
        let cell = match reader.next_cell() {
            Ok(Some(cell)) => cell,
            Ok(None) => break,
            Err(e) => {
                if let Some(r) = current {
                    put_row(&mut batch, n, r, &mut cells, &text);
                    n += 1;
                }
                batch.truncate(n);
                if out(Piece::Rows(batch)) {
                    out(Piece::Failed(not_a_workbook(shown, &e)));
                }
                return;
            }
        };
        let (r, c) = cell.get_position();
        cell_buf.clear();
        cell_text(cell.get_value(), &mut cell_buf);
        if cell_buf.is_empty() {
            continue;
        }
        if let Some(done) = current.filter(|&row| row != r) {
            put_row(&mut batch, n, done, &mut cells, &text);
            cells.clear();
            text.clear();
            n += 1;
            if n == BATCH {
                if !out(Piece::Rows(std::mem::take(&mut batch))) {
                    return;
                }
                batch = spare();
                n = 0;
            }
        }
        current = Some(r);
        let start = text.len();
        text.push_str(&cell_buf);
        cells.push((c as usize, start..text.len()));
    }
    if let Some(r) = current {
        put_row(&mut batch, n, r, &mut cells, &text);
        n += 1;
    }
    batch.truncate(n);
    if !batch.is_empty() && !out(Piece::Rows(batch)) {
        return;
    }
    out(Piece::End);
}

/// Puts sheet row `r` (0-based) of `cells` at `batch[n]`, reusing the row there if any.
fn put_row(
    batch: &mut Vec<Row>,
    n: usize,
    r: u32,
    cells: &mut [(usize, std::ops::Range<usize>)],
    text: &str,
) {
    if batch.len() <= n {
        batch.resize_with(n + 1, Row::default);
    }
    fill_row(&mut batch[n], r as usize + 1, cells, text);
}

/// Makes `row` the row of `cells` (column, span of `text`): each in its column, the columns
/// between them blank. Cells usually come in column order; when not, they are sorted, and a
/// column given twice keeps the last.
pub(super) fn fill_row(
    row: &mut Row,
    line: usize,
    cells: &mut [(usize, std::ops::Range<usize>)],
    text: &str,
) {
    row.clear();
    row.line = line;
    if !cells.windows(2).all(|w| w[0].0 < w[1].0) {
        // Stable: of two cells in one column, the later stays later.
        cells.sort_by_key(|(c, _)| *c);
    }
    for (i, (c, span)) in cells.iter().enumerate() {
        if cells.get(i + 1).is_some_and(|(next, _)| next == c) {
            continue;
        }
        while row.len() < *c {
            row.end_cell();
        }
        row.text.push_str(text.get(span.clone()).unwrap_or(""));
        row.end_cell();
    }
}

fn not_a_workbook(shown: &str, e: &dyn std::fmt::Display) -> Box<Problem> {
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
