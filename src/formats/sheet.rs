//! Output tables, written once and rendered twice: as CSV (every cell text, guarded against
//! formulas) and as a sheet of an `.xlsx` workbook for analysts (numbers as numbers, dates as
//! dates, the header frozen, filters on, columns wide enough to read). The long answers, the
//! scores and the plan each decide their rows in one place and write them to a [`Sink`].

use std::fmt::Write as _;
use std::io::Write;

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use crate::formats::guard::guard;

/// One typed cell of an output table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell<'a> {
    /// Text (blank when empty).
    Text(&'a str),
    /// A whole number.
    Int(i64),
    /// A number shown with two decimals; blank when there is none.
    Fixed2(Option<f64>),
    /// A date: ISO 8601 becomes a spreadsheet date; anything else stays text.
    Date(&'a str),
}

/// Why an output table could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Xlsx(#[from] XlsxError),
    /// A row longer than the CSV reader reads: it would be written and then refused.
    #[error(
        "the answer to {question:?} in assessment {assessment:?} is {mib} MiB, more than the {max} MiB a CSV row may hold: shorten its note"
    )]
    RowTooLong {
        assessment: String,
        question: String,
        mib: usize,
        max: usize,
    },
    /// A row struct with a field no cell can hold (a programming error, caught by tests).
    #[error("{0}")]
    Row(String),
    /// More rows than a sheet holds.
    #[error(
        "the {sheet} sheet would have {rows} rows, more than the {max} a spreadsheet holds: export to CSV (-o OUT.csv) instead"
    )]
    TooManyRows {
        sheet: String,
        rows: usize,
        max: usize,
    },
}

/// Where an output table's rows go: the header, then cells row by row.
pub trait Sink {
    /// The header row, first.
    fn header(&mut self, names: &[&str]) -> Result<(), WriteError>;
    /// The next cell of the current row.
    fn cell(&mut self, cell: Cell<'_>) -> Result<(), WriteError>;
    /// Ends the current row.
    fn end_row(&mut self) -> Result<(), WriteError>;
    /// One whole row, as many cells as the header.
    fn row(&mut self, cells: &[Cell<'_>]) -> Result<(), WriteError> {
        for cell in cells {
            self.cell(*cell)?;
        }
        self.end_row()
    }
}

/// How a CSV is written: the separator, the line ending, and whether a UTF-8 BOM comes first
/// (so that Excel on Windows opens the file with its accents intact).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvStyle {
    pub delimiter: u8,
    pub crlf: bool,
    pub bom: bool,
}

impl Default for CsvStyle {
    fn default() -> Self {
        Self {
            delimiter: b',',
            crlf: false,
            bom: false,
        }
    }
}

/// A table written as CSV: fields quoted only where needed (a separator, a quote, a line
/// break), quotes doubled. Written here rather than through `csv::Writer`, whose field writer
/// scans the rest of a field again each time its buffer fills: a 30 MiB note took 1.7 s, and
/// twice that note four times as long. Here writing time is linear in what is written.
pub struct CsvSink<W: Write> {
    out: std::io::BufWriter<W>,
    delimiter: u8,
    terminator: &'static [u8],
    /// Whether the next field starts a record.
    at_start: bool,
    num: String,
}

impl<W: Write> CsvSink<W> {
    /// A CSV sink in `style` (its BOM, if any, written at once).
    pub fn new(out: W, style: CsvStyle) -> Result<Self, WriteError> {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
        if style.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        Ok(Self {
            out,
            delimiter: style.delimiter,
            terminator: if style.crlf { b"\r\n" } else { b"\n" },
            at_start: true,
            num: String::new(),
        })
    }

    /// Flushes what is buffered.
    pub fn finish(mut self) -> Result<(), WriteError> {
        self.out.flush()?;
        Ok(())
    }

    fn field(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        if !self.at_start {
            self.out.write_all(&[self.delimiter])?;
        }
        self.at_start = false;
        let out = &mut self.out;
        write_field(bytes, self.delimiter, |b| out.write_all(b))
    }

    fn end_record(&mut self) -> std::io::Result<()> {
        self.at_start = true;
        self.out.write_all(self.terminator)
    }
}

impl<W: Write> Sink for CsvSink<W> {
    fn header(&mut self, names: &[&str]) -> Result<(), WriteError> {
        for name in names {
            self.field(name.as_bytes())?;
        }
        self.end_record()?;
        Ok(())
    }

    fn cell(&mut self, cell: Cell<'_>) -> Result<(), WriteError> {
        match cell {
            Cell::Text(t) | Cell::Date(t) => {
                let guarded = guard(t);
                self.field(guarded.as_bytes())?;
                return Ok(());
            }
            // Numbers are formatted into one reused buffer: this runs for every pillar of tens
            // of thousands of assessments.
            Cell::Int(i) => {
                self.num.clear();
                let _ = write!(self.num, "{i}");
            }
            Cell::Fixed2(Some(v)) => {
                self.num.clear();
                push_fixed2(&mut self.num, v);
            }
            Cell::Fixed2(None) => self.num.clear(),
        }
        let num = std::mem::take(&mut self.num);
        let result = self.field(num.as_bytes());
        self.num = num;
        Ok(result?)
    }

    fn end_row(&mut self) -> Result<(), WriteError> {
        Ok(self.end_record()?)
    }
}

/// Writes a field's bytes as CSV: in quotes, its quotes doubled, when it holds the
/// separator, a quote or a line break; as it is otherwise.
fn write_field(
    bytes: &[u8],
    delimiter: u8,
    mut out: impl FnMut(&[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let needs_quotes = memchr::memchr3(delimiter, b'"', b'\n', bytes).is_some()
        || memchr::memchr(b'\r', bytes).is_some();
    if !needs_quotes {
        return out(bytes);
    }
    out(b"\"")?;
    let mut from = 0;
    for at in memchr::memchr_iter(b'"', bytes) {
        out(&bytes[from..=at])?;
        out(b"\"")?;
        from = at + 1;
    }
    out(&bytes[from..])?;
    out(b"\"")
}

/// Adds a text cell as [`CsvSink`] writes it with `delimiter`: guarded against formulas, and
/// quoted when needed.
pub fn push_text_field(out: &mut Vec<u8>, text: &str, delimiter: u8) {
    let guarded = guard(text);
    // Writing into memory cannot fail.
    let _ = write_field(guarded.as_bytes(), delimiter, |b| {
        out.extend_from_slice(b);
        Ok(())
    });
}

/// Adds `v` with two decimals, exactly as `format!("{v:.2}")` does, quicker: a value whose
/// hundredths are not within a millionth of a tie is rounded as the integer `v × 100` (whose
/// error is below 10⁻⁷ under 10⁷); ties, negative numbers and others go to the formatter.
pub fn push_fixed2(out: &mut String, v: f64) {
    let scaled = v * 100.0;
    if v.is_sign_positive() && scaled < 1e9 {
        let floor = scaled.floor();
        let fraction = scaled - floor;
        if (fraction - 0.5).abs() > 1e-6 {
            // Below 10⁹ and not negative: the cast is exact.
            let hundredths = floor as u64 + u64::from(fraction > 0.5);
            let _ = write!(out, "{}.", hundredths / 100);
            let cents = (hundredths % 100) as u8;
            out.push(char::from(b'0' + cents / 10));
            out.push(char::from(b'0' + cents % 10));
            return;
        }
    }
    let _ = write!(out, "{v:.2}");
}

/// The most rows a sheet holds (Excel's limit).
pub const MAX_SHEET_ROWS: usize = 1_048_576;

/// A table written as one sheet of a workbook.
pub struct SheetSink<'a> {
    sheet: &'a mut Worksheet,
    name: String,
    next_row: u32,
    /// The row being written and its next column, once its first cell is written.
    current: Option<(u32, u16)>,
    columns: u16,
    header: Format,
    fixed2: Format,
    date: Format,
}

impl<'a> SheetSink<'a> {
    /// A new sheet named `name` in `book`.
    pub fn new(book: &'a mut Workbook, name: &str) -> Result<Self, WriteError> {
        let sheet = book.add_worksheet();
        sheet.set_name(name)?;
        Ok(Self {
            sheet,
            name: name.to_owned(),
            next_row: 0,
            current: None,
            columns: 0,
            header: Format::new().set_bold(),
            fixed2: Format::new().set_num_format("0.00"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
        })
    }

    /// Turns the filters on over what was written and widens the columns to their content.
    pub fn finish(self) -> Result<(), WriteError> {
        if self.columns > 0 {
            let last_row = self.next_row.saturating_sub(1);
            self.sheet.autofilter(0, 0, last_row, self.columns - 1)?;
            // Autofit reads every cell: beyond some tens of thousands of rows a fixed width
            // reads as well and costs nothing.
            if self.next_row <= 50_000 {
                self.sheet.set_autofit_max_width(420).autofit();
            } else {
                for c in 0..self.columns {
                    self.sheet.set_column_width(c, 18)?;
                }
            }
        }
        Ok(())
    }

    fn advance(&mut self) -> Result<u32, WriteError> {
        let row = self.next_row;
        if row as usize >= MAX_SHEET_ROWS {
            return Err(WriteError::TooManyRows {
                sheet: self.name.clone(),
                rows: row as usize + 1,
                max: MAX_SHEET_ROWS,
            });
        }
        self.next_row += 1;
        Ok(row)
    }
}

impl Sink for SheetSink<'_> {
    fn header(&mut self, names: &[&str]) -> Result<(), WriteError> {
        let row = self.advance()?;
        for (c, name) in (0u16..).zip(names) {
            self.sheet
                .write_string_with_format(row, c, *name, &self.header)?;
        }
        self.columns = u16::try_from(names.len()).unwrap_or(u16::MAX);
        self.sheet.set_freeze_panes(1, 0)?;
        Ok(())
    }

    fn cell(&mut self, cell: Cell<'_>) -> Result<(), WriteError> {
        let (row, c) = match self.current {
            Some(at) => at,
            None => (self.advance()?, 0),
        };
        self.current = Some((row, c.saturating_add(1)));
        match cell {
            Cell::Text("") | Cell::Fixed2(None) | Cell::Date("") => {}
            Cell::Text(t) => {
                self.sheet.write_string(row, c, t)?;
            }
            Cell::Int(i) => {
                // Levels and counts: far inside the 15 digits a spreadsheet number keeps.
                self.sheet.write_number(row, c, i as f64)?;
            }
            Cell::Fixed2(Some(v)) => {
                self.sheet
                    .write_number_with_format(row, c, v, &self.fixed2)?;
            }
            Cell::Date(t) => match iso_date(t) {
                Some(d) => {
                    self.sheet
                        .write_datetime_with_format(row, c, &d, &self.date)?;
                }
                None => {
                    self.sheet.write_string(row, c, t)?;
                }
            },
        }
        Ok(())
    }

    fn end_row(&mut self) -> Result<(), WriteError> {
        if self.current.take().is_none() {
            // A row without cells is still a row.
            self.advance()?;
        }
        Ok(())
    }
}

/// An ISO 8601 date as a spreadsheet date.
fn iso_date(text: &str) -> Option<ExcelDateTime> {
    if !crate::model::assessment::is_iso_date(text) {
        return None;
    }
    let y = text.get(0..4)?.parse().ok()?;
    let m = text.get(5..7)?.parse().ok()?;
    let d = text.get(8..10)?.parse().ok()?;
    ExcelDateTime::from_ymd(y, m, d).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fixed2(v: f64) -> String {
        let mut s = String::new();
        push_fixed2(&mut s, v);
        s
    }

    #[test]
    fn two_decimals_as_the_formatter_writes_them_ties_and_edges_included() {
        let edges = [
            0.0,
            -0.0,
            0.005,
            0.015,
            0.125,
            0.375,
            1.005,
            2.675,
            2.5,
            3.995,
            4.0,
            99.995,
            55.555,
            66.666_666_666_666_67,
            33.333_333_333_333_33,
            100.0,
            1e7,
            9_999_999.995,
            1e300,
            -1.5,
            f64::NAN,
            f64::INFINITY,
            f64::MIN_POSITIVE,
            0.999_999_9,
        ];
        for v in edges {
            assert_eq!(fixed2(v), format!("{v:.2}"), "{v:e}");
        }
        // Every mean of up to 48 levels 0–4 and its percent, as scoring gives them.
        for n in 1..=48u32 {
            for sum in 0..=4 * n {
                let score = f64::from(sum) / f64::from(n);
                let percent = score / 4.0 * 100.0;
                for v in [score, percent] {
                    assert_eq!(fixed2(v), format!("{v:.2}"), "{sum}/{n}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn any_number_is_written_as_the_formatter_writes_it(v in proptest::num::f64::ANY) {
            prop_assert_eq!(fixed2(v), format!("{v:.2}"));
        }

        #[test]
        fn numbers_near_hundredths_ties(cents in 0u64..100_000_000, off in -3i32..=3) {
            let v = (cents as f64 + 0.5) / 100.0 + f64::from(off) * 1e-12;
            prop_assert_eq!(fixed2(v), format!("{v:.2}"));
        }
    }
}
