//! Tables as spreadsheets and form tools really write them (SPEC §5, "Reading"): CSV separated
//! by `,`, `;` or tab (found from the header row), CRLF or LF, in UTF-8 with or without a BOM,
//! UTF-16 with a BOM, or else Windows-1252; and `.xlsx` workbooks. Every row comes with the line
//! a text editor shows it on (the row number, in a workbook). Nothing is lost without a word:
//! a quote never closed, text after a closing quote, a row with more cells than the header, a
//! row longer than [`MAX_ROW_BYTES`] are errors that name the file and the line.

pub use chunks::{CHUNK, Chunk, Chunks, Piece, Shape};
use csv::{Csv, Encoding, Input};
use std::io::{BufRead, Read};
use std::path::Path;

use crate::io::files;
use crate::io::problem::{Problem, Problems};

/// The longest row read (32 MiB): twice the largest assessment file, so that any note a `.ron`
/// file can hold, every quote in it doubled, still fits in a row, and one broken quote cannot
/// take any amount of memory.
pub const MAX_ROW_BYTES: usize = 2 * crate::model::ron::MAX_RON_BYTES as usize;

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
    /// The cells' text. A cell ends at `ends[i]` and starts where the one before it ended,
    /// or, for a line without quotes kept whole with its separators, at `starts[i]`.
    text: String,
    /// Empty, or a start for every cell (a line kept whole).
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Row {
    /// The cell in column `i` (0-based), if the row has one.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = match self.starts.get(i) {
            Some(&start) => start,
            None if i == 0 => 0,
            None => self.ends[i - 1],
        };
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
            .find(|&i| !is_blank(self.get(i).unwrap_or("")))
            .map_or(0, |i| i + 1)
    }

    fn clear(&mut self) {
        self.text.clear();
        self.starts.clear();
        self.ends.clear();
    }

    /// Ends the cell being built with the text added since the last one ended.
    fn end_cell(&mut self) {
        self.ends.push(self.text.len());
    }

    /// A whole line, its line ending cut off, kept as it is when it holds no quote: each cell
    /// the text between two separators. (For an empty line: one empty cell, as the state
    /// machine gives.) `false`, with nothing added, for a line with a quote. Only on a row with
    /// no cell yet: a row is either kept whole or built cell by cell.
    fn whole_line(&mut self, content: &str, delimiter: u8) -> bool {
        let bytes = content.as_bytes();
        if memchr::memchr(b'"', bytes).is_some() {
            return false;
        }
        // The separators, eight bytes at a time: lines are short, and a census has millions.
        let mut start = 0;
        let mut cut = |base: usize, mut found: u64| {
            while found != 0 {
                let at = base + (found.trailing_zeros() / 8) as usize;
                self.starts.push(start);
                self.ends.push(at);
                start = at + 1;
                found &= found - 1;
            }
        };
        let words = bytes.chunks_exact(8);
        let tail = words.remainder();
        for (w, word) in words.enumerate() {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(word);
            cut(w * 8, bytes_equal_to(eight, delimiter));
        }
        if !tail.is_empty() {
            let mut eight = [0u8; 8];
            eight[..tail.len()].copy_from_slice(tail);
            // The bytes after the line's end are not the line's.
            let line_only = u64::MAX >> (64 - 8 * tail.len());
            cut(
                bytes.len() - tail.len(),
                bytes_equal_to(eight, delimiter) & line_only,
            );
        }
        self.starts.push(start);
        self.ends.push(content.len());
        self.text.push_str(content);
        true
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

enum Source<'a> {
    Csv(Box<Csv<'a>>),
    Sheet(xlsx::SheetRows),
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
            if meta.len > MAX_WORKBOOK_BYTES {
                return Err(Problems::keyed(
                    &shown,
                    None,
                    "problem-workbook-too-large",
                    &[
                        ("size", (meta.len / (1024 * 1024)).to_string()),
                        ("limit", (MAX_WORKBOOK_BYTES / (1024 * 1024)).to_string()),
                    ],
                ));
            }
            let bytes = crate::io::storage::read(path)
                .map_err(|e| Problems::io(&shown, "problem-unreadable", &e))?;
            return Self::from_workbook(bytes, &shown, sheet);
        }
        let file = crate::io::storage::open(path)
            .map_err(|e| Problems::io(&shown, "problem-unreadable", &e))?;
        Self::from_csv_reader(
            crate::io::progress::Progress::new(file, meta.len, &shown),
            &shown,
        )
    }

    /// Reads CSV text from any reader; `shown` names it in messages.
    pub fn from_csv_reader(input: impl Read + Send + 'a, shown: &str) -> Result<Self, Problems> {
        let mut input = std::io::BufReader::with_capacity(1 << 16, input);
        let start = input
            .fill_buf()
            .map_err(|e| Problems::io(shown, "problem-unreadable", &e))?;
        let mut warnings = Vec::new();
        let (input, encoding): (Box<dyn BufRead + Send + 'a>, Encoding) =
            if start.starts_with(&[0xFF, 0xFE]) || start.starts_with(&[0xFE, 0xFF]) {
                let mut bytes = Vec::new();
                input
                    .take(MAX_UTF16_BYTES + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|e| Problems::io(shown, "problem-unreadable", &e))?;
                if bytes.len() as u64 > MAX_UTF16_BYTES {
                    return Err(Problems::keyed(
                        shown,
                        None,
                        "problem-utf16-too-large",
                        &[("limit", (MAX_UTF16_BYTES / (1024 * 1024)).to_string())],
                    ));
                }
                let (text, _, malformed) = encoding_rs::UTF_16LE.decode(&bytes);
                if malformed {
                    return Err(Problems::keyed(shown, None, "problem-bad-utf16", &[]));
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
            input: Input::Stream(input),
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
            return Err(Problems::keyed(&shown, None, "problem-empty-table", &[]));
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
                    return Err(Problems::keyed(&shown, None, "problem-sep-no-header", &[]));
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
                Source::Sheet(rows) => rows.next(row)?,
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
                let at = Some((row.line, named + 1));
                let (used, named) = (used.to_string(), named.to_string());
                return Err(if self.is_sheet() {
                    csv::bad_keyed(
                        &self.shown,
                        at,
                        "problem-cell-under-no-header",
                        &[("used", used), ("named", named)],
                    )
                } else {
                    csv::bad_keyed(
                        &self.shown,
                        at,
                        "problem-unquoted-separator",
                        &[
                            ("used", used),
                            ("named", named),
                            ("separator", self.separator_name().to_owned()),
                        ],
                    )
                });
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

/// A mask with the high bit of each byte of `word` (eight bytes, little-endian order) that
/// equals `b`, and no other bit: exact, unlike the shorter test that may flag the byte after
/// a match.
fn bytes_equal_to(word: [u8; 8], b: u8) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let x = u64::from_le_bytes(word) ^ u64::from_ne_bytes([b; 8]);
    // A byte of x is zero exactly where it matched: its high bit stays clear below.
    !(((x & LOW7) + LOW7) | x | LOW7)
}

/// Whether a cell holds only white space (Unicode's, as `str::trim` takes off), quicker on the
/// usual cell: ASCII first.
fn is_blank(s: &str) -> bool {
    let t = s.trim_ascii();
    match (t.as_bytes().first(), t.as_bytes().last()) {
        (None, _) | (_, None) => true,
        (Some(a), Some(z)) if a.is_ascii() && z.is_ascii() => false,
        _ => t.trim().is_empty(),
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

mod chunks;
mod csv;
#[cfg(test)]
mod tests;
mod xlsx;
