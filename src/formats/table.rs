//! Tables as spreadsheets and form tools really write them (SPEC §5, "Reading"): CSV separated
//! by `,`, `;` or tab (found from the header row), CRLF or LF, in UTF-8 with or without a BOM,
//! UTF-16 with a BOM, or else Windows-1252; and `.xlsx` workbooks. Every row comes with the line
//! a text editor shows it on (the row number, in a workbook). Nothing is lost without a word:
//! a quote never closed, text after a closing quote, a row with more cells than the header, a
//! row longer than [`MAX_ROW_BYTES`] are errors that name the file and the line.

use std::io::{BufRead, Read};
use std::path::Path;

use crate::io::files;
use crate::model::problem::{Problem, Problems};

/// The longest row read (32 MiB): twice the largest assessment file, so that any note a `.ron`
/// file can hold, every quote in it doubled, still fits in a row, and one broken quote cannot
/// take any amount of memory.
pub const MAX_ROW_BYTES: usize = 2 * files::MAX_RON_BYTES as usize;

/// The largest workbook read (a workbook is read whole; 64 MiB of `.xlsx` is millions of rows).
pub const MAX_WORKBOOK_BYTES: u64 = 64 * 1024 * 1024;

/// The largest UTF-16 file read (it is converted whole before reading).
pub const MAX_UTF16_BYTES: u64 = 256 * 1024 * 1024;

/// One row of a table: its cells, and the line (or sheet row) where it starts.
#[derive(Clone, Debug, Default)]
pub struct Row {
    /// 1-based line where the row starts, as a text editor counts lines (CRLF or LF alike), or
    /// the row number of a workbook's sheet.
    pub line: usize,
    text: String,
    ends: Vec<usize>,
}

impl Row {
    /// The cell in column `i` (0-based), if the row has one.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end)
    }

    /// How many cells the row has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the row has no cell at all.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The cells in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i).unwrap_or(""))
    }

    /// How many cells there are up to the last one that is not blank.
    pub fn used_len(&self) -> usize {
        (0..self.len())
            .rev()
            .find(|&i| !self.get(i).unwrap_or("").trim().is_empty())
            .map_or(0, |i| i + 1)
    }

    fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
    }

    fn end_cell(&mut self) {
        self.ends.push(self.text.len());
    }

    /// A row from cells (workbooks, tests).
    pub fn from_cells<S: AsRef<str>>(line: usize, cells: impl IntoIterator<Item = S>) -> Self {
        let mut row = Self {
            line,
            ..Self::default()
        };
        for c in cells {
            row.text.push_str(c.as_ref());
            row.end_cell();
        }
        row
    }
}

/// Which sheet of a workbook holds the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet<'a> {
    /// The sheet with this name (any case) if there is one, else the first.
    Named(&'a str),
    /// The first sheet.
    First,
}

/// How a CSV file's text is encoded, as far as reading has seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    /// Only ASCII so far, no BOM: UTF-8 and Windows-1252 read it alike.
    Unknown,
    Utf8,
    Windows1252,
}

/// Where a quoted cell was opened, for the message when it is not closed.
#[derive(Clone, Copy, Debug)]
struct Quote {
    line: usize,
    cell: usize,
}

#[derive(Clone, Copy, Debug)]
enum State {
    CellStart,
    Unquoted,
    Quoted(Quote),
    /// After the quote that may close a quoted cell (or begin a doubled quote).
    AfterQuote(Quote),
}

struct Csv<'a> {
    input: Box<dyn BufRead + 'a>,
    delimiter: u8,
    /// Lines read so far.
    line: usize,
    raw: Vec<u8>,
    decoded: String,
    encoding: Encoding,
    /// The header's line, read (and decoded) before the delimiter was known, to be parsed first.
    pending: Option<String>,
    /// How many columns the header has (0 while it is read).
    columns: usize,
}

enum Source<'a> {
    Csv(Box<Csv<'a>>),
    Sheet(std::vec::IntoIter<Row>),
}

/// A table being read: its header, then its rows one at a time.
pub struct Table<'a> {
    shown: String,
    header: Row,
    source: Source<'a>,
    warnings: Vec<Problem>,
}

impl<'a> Table<'a> {
    /// Opens a CSV or `.xlsx` file (by its extension; `.xlsm` too). `sheet` chooses a
    /// workbook's sheet.
    pub fn open(path: &Path, sheet: Sheet<'_>) -> Result<Self, Problems> {
        let shown = files::display_path(path);
        let meta = files::file_metadata(path, &shown)?;
        if is_workbook(path) {
            if meta.len() > MAX_WORKBOOK_BYTES {
                return Err(Problems::one(
                    &shown,
                    None,
                    format!(
                        "the workbook is {} MiB; a workbook is read whole and may be at most {} MiB: save the sheet as CSV UTF-8, which is read as it streams",
                        meta.len() / (1024 * 1024),
                        MAX_WORKBOOK_BYTES / (1024 * 1024)
                    ),
                ));
            }
            let bytes = std::fs::read(path)
                .map_err(|e| Problems::one(&shown, None, format!("cannot read the file: {e}")))?;
            return Self::from_workbook(bytes, &shown, sheet);
        }
        let file = std::fs::File::open(path)
            .map_err(|e| Problems::one(&shown, None, format!("cannot read the file: {e}")))?;
        Self::from_csv_reader(
            crate::io::progress::Progress::new(file, meta.len(), &shown),
            &shown,
        )
    }

    /// Reads CSV text from any reader; `shown` names it in messages.
    pub fn from_csv_reader(input: impl Read + 'a, shown: &str) -> Result<Self, Problems> {
        let mut input = std::io::BufReader::with_capacity(1 << 16, input);
        let start = input
            .fill_buf()
            .map_err(|e| Problems::one(shown, None, format!("cannot read the file: {e}")))?;
        let mut warnings = Vec::new();
        let (input, encoding): (Box<dyn BufRead + 'a>, Encoding) = if start
            .starts_with(&[0xFF, 0xFE])
            || start.starts_with(&[0xFE, 0xFF])
        {
            let mut bytes = Vec::new();
            input
                .take(MAX_UTF16_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| Problems::one(shown, None, format!("cannot read the file: {e}")))?;
            if bytes.len() as u64 > MAX_UTF16_BYTES {
                return Err(Problems::one(
                    shown,
                    None,
                    format!(
                        "the file is UTF-16 and larger than {} MiB, the most read in UTF-16: save it as CSV UTF-8",
                        MAX_UTF16_BYTES / (1024 * 1024)
                    ),
                ));
            }
            let (text, _, malformed) = encoding_rs::UTF_16LE.decode(&bytes);
            if malformed {
                return Err(Problems::one(
                    shown,
                    None,
                    "the file starts as UTF-16 text but is not: save it as CSV UTF-8",
                ));
            }
            let text = text.into_owned().into_bytes();
            (Box::new(std::io::Cursor::new(text)), Encoding::Utf8)
        } else if start.starts_with(&[0xEF, 0xBB, 0xBF]) {
            input.consume(3);
            (Box::new(input), Encoding::Utf8)
        } else {
            (Box::new(input), Encoding::Unknown)
        };
        let mut csv = Csv {
            input,
            delimiter: b',',
            line: 0,
            raw: Vec::new(),
            decoded: String::new(),
            encoding,
            pending: None,
            columns: 0,
        };
        let shown = shown.to_owned();
        // The header row, after any blank lines: an Excel `sep=;` line before it names the
        // separator.
        let mut next_text_line = |csv: &mut Csv<'_>| -> Result<Option<String>, Problems> {
            loop {
                match csv
                    .next_line(&shown, &mut warnings)
                    .map_err(|p| Problems(vec![*p]))?
                {
                    Some(line) if line.trim().is_empty() => continue,
                    other => return Ok(other.map(str::to_owned)),
                }
            }
        };
        let Some(mut first) = next_text_line(&mut csv)? else {
            return Err(Problems::one(
                &shown,
                None,
                "the file is empty: a table needs a header row",
            ));
        };
        let sep = first
            .trim_end_matches(['\n', '\r'])
            .strip_prefix("sep=")
            .map(str::as_bytes);
        if let Some(&[d]) = sep {
            csv.delimiter = d;
            match next_text_line(&mut csv)? {
                Some(line) => first = line,
                None => {
                    return Err(Problems::one(
                        &shown,
                        None,
                        "the file has a `sep=` line but no header row",
                    ));
                }
            }
        } else {
            csv.delimiter = detect_delimiter(&first);
        }
        csv.pending = Some(first);
        csv.line -= 1;
        let mut header = Row::default();
        csv.read_record(&mut header, &shown, &mut warnings)
            .map_err(|p| Problems(vec![*p]))?;
        csv.columns = header.len();
        Ok(Self {
            shown,
            header,
            source: Source::Csv(Box::new(csv)),
            warnings,
        })
    }

    /// Reads a workbook held in memory; `shown` names it in messages.
    pub fn from_workbook(bytes: Vec<u8>, shown: &str, sheet: Sheet<'_>) -> Result<Self, Problems> {
        use calamine::Reader as _;
        let not_a_workbook = |e: calamine::XlsxError| {
            Problems::one(
                shown,
                None,
                format!(
                    "cannot read the file as an Excel workbook (.xlsx): {e}; save it from the spreadsheet as .xlsx or as CSV UTF-8"
                ),
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
            return Err(Problems::one(shown, None, "the workbook has no sheet"));
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
            return Err(Problems::one(
                shown,
                None,
                format!("the sheet {name:?} is empty: a table needs a header row"),
            ));
        };
        Ok(Self {
            shown: shown.to_owned(),
            header,
            source: Source::Sheet(rows),
            warnings: Vec::new(),
        })
    }

    /// Whether the table is a workbook's sheet: its cells are never formulas written as text,
    /// so they carry no CSV formula guard to take off.
    pub fn is_sheet(&self) -> bool {
        matches!(self.source, Source::Sheet(_))
    }

    /// The file as messages name it.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// The header row.
    pub fn header(&self) -> &Row {
        &self.header
    }

    /// The column whose header is `name` (any case, spaces and a BOM ignored).
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header
            .iter()
            .position(|h| header_key(h).eq_ignore_ascii_case(name))
    }

    /// Warnings so far (a file read as Windows-1252); each is given once.
    pub fn take_warnings(&mut self) -> Vec<Problem> {
        std::mem::take(&mut self.warnings)
    }

    /// Reads the next row that is not blank into `row`; `false` at the end. A row with more
    /// cells that hold something than the header has is an error.
    pub fn next_row(&mut self, row: &mut Row) -> Result<bool, Box<Problem>> {
        loop {
            let more = match &mut self.source {
                Source::Csv(csv) => csv.read_record(row, &self.shown, &mut self.warnings)?,
                Source::Sheet(rows) => match rows.next() {
                    Some(r) => {
                        *row = r;
                        true
                    }
                    None => false,
                },
            };
            if !more {
                return Ok(false);
            }
            let used = row.used_len();
            if used == 0 {
                continue; // a blank line, as spreadsheets leave them
            }
            // Columns to the right of the last named one (Excel writes a blank header cell
            // when a row is wider) hold nothing that could be read: text there is refused.
            let named = self.header.used_len();
            if used > named {
                let message = if self.is_sheet() {
                    format!(
                        "this row has {used} cells but the header names {named}: column {used} holds something under no header; give the column a header, or clear the cell"
                    )
                } else {
                    format!(
                        "this row has {used} cells but the header names {named}: a cell holds a separator ({}) without quotes around it; put that cell in double quotes, or remove the extra cells",
                        self.separator_name()
                    )
                };
                return Err(bad(&self.shown, Some((row.line, named + 1)), message));
            }
            return Ok(true);
        }
    }

    fn separator_name(&self) -> &'static str {
        match &self.source {
            Source::Csv(csv) => match csv.delimiter {
                b';' => "`;`",
                b'\t' => "a tab",
                b',' => "`,`",
                _ => "the separator",
            },
            Source::Sheet(_) => "the separator",
        }
    }
}

/// A header cell as a key: trimmed, without a BOM.
pub fn header_key(h: &str) -> &str {
    h.trim().trim_start_matches('\u{feff}').trim()
}

/// Whether a path names a workbook (`.xlsx`, `.xlsm`).
pub fn is_workbook(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("xlsm"))
}

/// The separator a header row uses: the most frequent of `,`, `;` and tab outside quotes
/// (`,` when none is there: a one-column file).
fn detect_delimiter(header: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in header.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
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

impl Csv<'_> {
    /// The next physical line (with its line ending), as UTF-8; `None` at the end.
    fn next_line(
        &mut self,
        shown: &str,
        warnings: &mut Vec<Problem>,
    ) -> Result<Option<&str>, Box<Problem>> {
        if let Some(pending) = self.pending.take() {
            self.line += 1;
            self.decoded = pending;
            return Ok(Some(&self.decoded));
        }
        {
            self.raw.clear();
            let limit = (MAX_ROW_BYTES + 1) as u64;
            let n = (&mut self.input)
                .take(limit)
                .read_until(b'\n', &mut self.raw)
                .map_err(|e| {
                    bad(
                        shown,
                        Some((self.line + 1, 1)),
                        format!("cannot read the file: {e}"),
                    )
                })?;
            if n == 0 {
                return Ok(None);
            }
            if self.raw.len() > MAX_ROW_BYTES {
                return Err(bad(
                    shown,
                    Some((self.line + 1, 1)),
                    format!(
                        "this line is longer than {} MiB, the most a row may be: is this the right file?",
                        MAX_ROW_BYTES / (1024 * 1024)
                    ),
                ));
            }
        }
        self.line += 1;
        if self.encoding != Encoding::Windows1252 {
            match std::str::from_utf8(&self.raw) {
                Ok(s) => {
                    if self.encoding == Encoding::Unknown && !s.is_ascii() {
                        self.encoding = Encoding::Utf8;
                    }
                }
                Err(e) if self.encoding == Encoding::Utf8 => {
                    let col = std::str::from_utf8(&self.raw[..e.valid_up_to()])
                        .map_or(1, |s| s.chars().count() + 1);
                    return Err(bad(
                        shown,
                        Some((self.line, col)),
                        "this line is not UTF-8 text though the lines before it are: the file mixes encodings; save it again as CSV UTF-8",
                    ));
                }
                Err(_) => {
                    self.encoding = Encoding::Windows1252;
                    warnings.push(Problem::warning(
                        shown,
                        None,
                        "the file is not UTF-8: read as Windows-1252, as Excel saves \"CSV\" on Windows; check its accents, or save it as CSV UTF-8",
                    ));
                }
            }
        }
        if self.encoding == Encoding::Windows1252 {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&self.raw);
            self.decoded.clear();
            self.decoded.push_str(&text);
            return Ok(Some(&self.decoded));
        }
        // Checked just above (or the file is known to be UTF-8 by its BOM or its UTF-16 origin,
        // and the check below only fails on a file that lied about it).
        std::str::from_utf8(&self.raw).map(Some).map_err(|_| {
            bad(
                shown,
                Some((self.line, 1)),
                "this line is not UTF-8 text though the file says it is: save it again as CSV UTF-8",
            )
        })
    }

    /// Reads one record, which may run over several lines inside quotes; `false` at the end.
    fn read_record(
        &mut self,
        row: &mut Row,
        shown: &str,
        warnings: &mut Vec<Problem>,
    ) -> Result<bool, Box<Problem>> {
        row.clear();
        let delimiter = self.delimiter;
        let mut state = State::CellStart;
        let mut started = false;
        let mut warned = false;
        let columns = self.columns;
        loop {
            let line_no = self.line + 1;
            let Some(line) = self.next_line(shown, warnings)? else {
                return match state {
                    State::Quoted(q) => Err(never_closed(shown, q)),
                    _ if !started => Ok(false),
                    _ => {
                        row.end_cell();
                        Ok(true)
                    }
                };
            };
            if !started {
                row.line = line_no;
                started = true;
            }
            // A line inside a quoted cell that has as many separators as a whole row is most
            // likely a row swallowed by a quote left open: said once per row, not refused, since
            // a note may hold such a line.
            if let State::Quoted(q) = state
                && !warned
                && columns >= 3
                && memchr::memchr_iter(delimiter, line.as_bytes()).count() + 1 >= columns
            {
                warned = true;
                warnings.push(Problem::warning(
                    shown,
                    Some((line_no, 1)),
                    format!(
                        "this line is read as part of the quoted cell opened on line {} (cell {}), though it looks like a row of its own: if a closing quote is missing there, correct it, or the rows in between are read as text",
                        q.line, q.cell
                    ),
                ));
            }
            if row.text.len() + line.len() > MAX_ROW_BYTES {
                let hint = match state {
                    State::Quoted(q) => format!(
                        "; the quote opened on line {} is probably never closed",
                        q.line
                    ),
                    _ => String::new(),
                };
                return Err(bad(
                    shown,
                    Some((row.line, 1)),
                    format!(
                        "the row that starts here is longer than {} MiB, the most a row may be{hint}",
                        MAX_ROW_BYTES / (1024 * 1024)
                    ),
                ));
            }
            match parse_line(line, delimiter, line_no, &mut state, row) {
                Ok(true) => return Ok(true),
                Ok(false) => {}
                Err(q) => {
                    let message = if q.line == line_no {
                        format!(
                            "cell {} has text after its closing quote: a quote inside a cell must be doubled (\"\"); correct the cell",
                            q.cell
                        )
                    } else {
                        format!(
                            "the quote that opens cell {} on this line closes only on line {line_no}, and text follows it: a quote is missing or not doubled; the lines between would be lost in one cell",
                            q.cell
                        )
                    };
                    return Err(bad(shown, Some((q.line, q.cell)), message));
                }
            }
        }
    }
}

/// An error, boxed: rows are read millions of times and the error path is rare.
fn bad(path: &str, line_col: Option<(usize, usize)>, message: impl Into<String>) -> Box<Problem> {
    Box::new(Problem::error(path, line_col, message))
}

fn never_closed(shown: &str, q: Quote) -> Box<Problem> {
    Box::new(Problem::error(
        shown,
        Some((q.line, q.cell)),
        format!(
            "the quote opened in cell {} on line {} is never closed: close it, or double it (\"\") if it belongs to the text",
            q.cell, q.line
        ),
    ))
}

/// Parses one physical line into `row`, from `state`. `Ok(true)` when the record ends on this
/// line; `Err` with the quote whose cell has text after its closing quote.
fn parse_line(
    line: &str,
    delimiter: u8,
    line_no: usize,
    state: &mut State,
    row: &mut Row,
) -> Result<bool, Quote> {
    let bytes = line.as_bytes();
    let mut i = 0;
    // Every index below at which text is cut is at an ASCII byte or the end: a char boundary.
    let is_end = |i: usize| {
        bytes.get(i).is_none_or(|&b| b == b'\n')
            || (bytes[i] == b'\r' && i + 1 >= bytes.len())
            || (bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n'))
    };
    loop {
        match *state {
            State::CellStart => {
                if is_end(i) {
                    row.end_cell();
                    *state = State::CellStart;
                    return Ok(true);
                }
                // Spaces before an opening quote (`a, "b, c"`) do not make it text.
                let spaces = bytes[i..].iter().take_while(|&&b| b == b' ').count();
                if spaces > 0 && delimiter != b' ' && bytes.get(i + spaces) == Some(&b'"') {
                    i += spaces;
                }
                match bytes[i] {
                    b'"' => {
                        *state = State::Quoted(Quote {
                            line: line_no,
                            cell: row.len() + 1,
                        });
                        i += 1;
                    }
                    b if b == delimiter => {
                        row.end_cell();
                        i += 1;
                    }
                    _ => *state = State::Unquoted,
                }
            }
            State::Unquoted => {
                let rest = &bytes[i..];
                let stop =
                    memchr::memchr3(delimiter, b'\n', b'\r', rest).map_or(bytes.len(), |k| i + k);
                // A lone CR inside a line is text.
                if stop < bytes.len() && bytes[stop] == b'\r' && !is_end(stop) {
                    row.text.push_str(&line[i..=stop]);
                    i = stop + 1;
                    continue;
                }
                row.text.push_str(&line[i..stop]);
                i = stop;
                if is_end(i) {
                    row.end_cell();
                    *state = State::CellStart;
                    return Ok(true);
                }
                row.end_cell();
                i += 1;
                *state = State::CellStart;
            }
            State::Quoted(q) => match memchr::memchr(b'"', &bytes[i..]) {
                Some(k) => {
                    row.text.push_str(&line[i..i + k]);
                    i += k + 1;
                    *state = State::AfterQuote(q);
                }
                None => {
                    // The cell goes on to the next line, line ending included.
                    row.text.push_str(&line[i..]);
                    return Ok(false);
                }
            },
            State::AfterQuote(q) => {
                if is_end(i) {
                    row.end_cell();
                    *state = State::CellStart;
                    return Ok(true);
                }
                match bytes[i] {
                    b'"' => {
                        row.text.push('"');
                        i += 1;
                        *state = State::Quoted(q);
                    }
                    b if b == delimiter => {
                        row.end_cell();
                        i += 1;
                        *state = State::CellStart;
                    }
                    b' ' => i += 1,
                    _ => return Err(q),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Read = (Vec<String>, Vec<(usize, Vec<String>)>);

    fn read(text: &[u8]) -> Result<Read, Box<Problem>> {
        let mut table = Table::from_csv_reader(std::io::Cursor::new(text.to_vec()), "t.csv")
            .map_err(|p| Box::new(p.0[0].clone()))?;
        let header = table.header().iter().map(str::to_owned).collect();
        let mut rows = Vec::new();
        let mut row = Row::default();
        while table.next_row(&mut row)? {
            rows.push((row.line, row.iter().map(str::to_owned).collect()));
        }
        Ok((header, rows))
    }

    fn err(text: &[u8]) -> String {
        read(text).expect_err("refused").to_string()
    }

    #[test]
    fn separators_line_endings_and_quotes() {
        for (sep, end) in [(",", "\n"), (";", "\r\n"), ("\t", "\r\n"), (",", "\r\n")] {
            let text = format!(
                "a{sep}b{sep}c{end}1{sep}\"x{sep} \"\"y\"\"{end}z\"{sep}3{end}{end}4{sep}{sep}{end}"
            );
            let (header, rows) = read(text.as_bytes()).expect("reads");
            assert_eq!(header, ["a", "b", "c"]);
            assert_eq!(rows.len(), 2, "{sep:?}");
            assert_eq!(rows[0].0, 2);
            assert_eq!(rows[0].1[1], format!("x{sep} \"y\"{end}z"));
            assert_eq!(rows[0].1[2], "3");
            // The quoted cell ran over line 3; the blank line 4 is skipped.
            assert_eq!(rows[1], (5, vec!["4".into(), String::new(), String::new()]));
        }
    }

    #[test]
    fn lines_are_counted_as_an_editor_counts_them() {
        // The row of line 3 runs over line 4 in quotes: the bad quote is on line 5.
        let text = b"a,b\r\n1,2\r\n3,\"x\r\ny\"\r\n5,\"bad\"x\r\n";
        let message = err(text);
        assert!(message.starts_with("t.csv:5:2: "), "{message}");
        assert!(
            message.contains("text after its closing quote"),
            "{message}"
        );
        let text = b"a,b\r\n1,2\r\n\r\n3,\"never closed\r\n4,5\r\n";
        let message = err(text);
        assert!(message.starts_with("t.csv:4:2: "), "{message}");
        assert!(message.contains("never closed"), "{message}");
    }

    #[test]
    fn a_quote_closed_rows_later_is_refused_not_swallowed() {
        let text = b"a,note\n1,\"open\n2,fine\n3,\"quoted\"\n";
        let message = err(text);
        assert!(message.starts_with("t.csv:2:2: "), "{message}");
        assert!(message.contains("closes only on line 4"), "{message}");
    }

    #[test]
    fn extra_cells_are_refused_and_trailing_empty_cells_are_fine() {
        let message = err(b"a,b,note\n1,2,one, two\n");
        assert!(message.starts_with("t.csv:2:4: "), "{message}");
        assert!(
            message.contains("has 4 cells but the header names 3"),
            "{message}"
        );
        let (_, rows) = read(b"a,b\n1,2,,,\n").expect("reads");
        assert_eq!(rows[0].1[..2], ["1", "2"]);
    }

    #[test]
    fn encodings() {
        // UTF-8 with a BOM, and the delimiter found after it.
        let (h, rows) = read("\u{feff}a;b\nJosé;x\n".as_bytes()).expect("bom");
        assert_eq!(h, ["a", "b"]);
        assert_eq!(rows[0].1[0], "José");
        // Windows-1252, as Excel saves "CSV" in Spanish.
        let mut table = Table::from_csv_reader(
            std::io::Cursor::new(b"a;b\nJos\xe9;\x80\n".to_vec()),
            "w.csv",
        )
        .expect("opens");
        let mut row = Row::default();
        assert!(table.next_row(&mut row).expect("row"));
        assert_eq!(row.get(0), Some("José"));
        assert_eq!(row.get(1), Some("€"));
        let warnings = table.take_warnings();
        assert!(
            warnings[0].to_string().contains("Windows-1252"),
            "{warnings:?}"
        );
        // UTF-16 LE with a BOM, as Excel saves "Unicode text".
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "a\tb\r\nÉcole\t2\r\n".encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let (h, rows) = read(&utf16).expect("utf-16");
        assert_eq!(h, ["a", "b"]);
        assert_eq!(rows[0], (2, vec!["École".into(), "2".into()]));
        // UTF-8 first, then a byte that is not: mixed encodings are refused at their line.
        let message = err(&[b"a,b\n".as_slice(), "é,1\n".as_bytes(), b"\xe9,2\n"].concat());
        assert!(message.starts_with("t.csv:3:1: "), "{message}");
    }

    #[test]
    fn an_excel_sep_line_names_the_separator() {
        let (h, rows) = read(b"sep=;\na;b,c\n1;2,3\n").expect("reads");
        assert_eq!(h, ["a", "b,c"]);
        assert_eq!(rows[0], (3, vec!["1".into(), "2,3".into()]));
    }

    #[test]
    fn a_row_longer_than_the_bound_is_refused_with_the_bound() {
        let mut text = b"a,b\n1,\"".to_vec();
        text.extend(std::iter::repeat_n(b"x\n".as_slice(), MAX_ROW_BYTES / 2 + 1).flatten());
        let message = err(&text);
        assert!(message.starts_with("t.csv:2:1: "), "{message}");
        assert!(message.contains("32 MiB"), "{message}");
        assert!(message.contains("quote opened on line 2"), "{message}");
    }
}
