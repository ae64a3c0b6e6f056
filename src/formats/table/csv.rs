//! The CSV state machine under [`super::Table`]: physical lines decoded (UTF-8, UTF-16 with a
//! BOM, else Windows-1252), cells split with quotes as RFC 4180 and Excel write them, and every
//! broken quote refused at its line.

use std::io::{BufRead, Read};

use super::{MAX_ROW_BYTES, Row};
use crate::io::problem::Problem;

/// How a CSV file's text is encoded, as far as reading has seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Encoding {
    /// Only ASCII so far, no BOM: UTF-8 and Windows-1252 read it alike.
    Unknown,
    Utf8,
    Windows1252,
}

/// Where a quoted cell was opened, for the message when it is not closed.
#[derive(Clone, Copy, Debug)]
pub(super) struct Quote {
    line: usize,
    cell: usize,
}

#[derive(Clone, Copy, Debug)]
pub(super) enum State {
    CellStart,
    Unquoted,
    Quoted(Quote),
    /// After the quote that may close a quoted cell (or begin a doubled quote).
    AfterQuote(Quote),
}

/// Where a CSV table's lines come from.
pub(super) enum Input<'a> {
    /// A file or any reader, line by line.
    Stream(Box<dyn BufRead + Send + 'a>),
    /// A chunk of a file already in memory, read from `at` (lines are not copied).
    Bytes { bytes: &'a [u8], at: usize },
    /// A chunk already checked as UTF-8 (lines are neither copied nor checked again).
    Text { text: &'a str, at: usize },
}

pub(super) struct Csv<'a> {
    pub(super) input: Input<'a>,
    pub(super) delimiter: u8,
    /// Lines read so far.
    pub(super) line: usize,
    pub(super) raw: Vec<u8>,
    pub(super) decoded: String,
    pub(super) encoding: Encoding,
    /// The header's line, read (and decoded) before the delimiter was known, to be parsed first.
    pub(super) pending: Option<String>,
    /// How many columns the header has (0 while it is read).
    pub(super) columns: usize,
}

impl Csv<'_> {
    /// The next physical line (with its line ending), as UTF-8; `None` at the end.
    pub(super) fn next_line(
        &mut self,
        shown: &str,
        warnings: &mut Vec<Problem>,
    ) -> Result<Option<&str>, Box<Problem>> {
        if let Some(pending) = self.pending.take() {
            self.line += 1;
            self.decoded = pending;
            return Ok(Some(&self.decoded));
        }
        let raw: &[u8] = match &mut self.input {
            Input::Stream(input) => {
                self.raw.clear();
                let limit = (MAX_ROW_BYTES + 1) as u64;
                let n = Read::take(&mut **input, limit)
                    .read_until(b'\n', &mut self.raw)
                    .map_err(|e| {
                        bad_keyed(
                            shown,
                            Some((self.line + 1, 1)),
                            "problem-unreadable",
                            &[("error", e.to_string())],
                        )
                    })?;
                if n == 0 {
                    return Ok(None);
                }
                &self.raw
            }
            Input::Bytes { bytes, at } => {
                let Some(len) = line_len(&bytes[*at..]) else {
                    return Ok(None);
                };
                let line = &bytes[*at..*at + len];
                *at += len;
                line
            }
            Input::Text { text, at } => {
                let Some(len) = line_len(&text.as_bytes()[*at..]) else {
                    return Ok(None);
                };
                if len > MAX_ROW_BYTES {
                    return Err(line_too_long(shown, self.line + 1));
                }
                // Cut after a '\n' or at the end: a char boundary.
                let line = text.get(*at..*at + len).unwrap_or("");
                *at += len;
                self.line += 1;
                return Ok(Some(line));
            }
        };
        if raw.len() > MAX_ROW_BYTES {
            return Err(line_too_long(shown, self.line + 1));
        }
        self.line += 1;
        if self.encoding != Encoding::Windows1252 {
            // Validated once: the line is handed on as it was checked.
            match std::str::from_utf8(raw) {
                Ok(s) => {
                    if self.encoding == Encoding::Unknown && !s.is_ascii() {
                        self.encoding = Encoding::Utf8;
                    }
                    return Ok(Some(s));
                }
                Err(e) if self.encoding == Encoding::Utf8 => {
                    let col = std::str::from_utf8(&raw[..e.valid_up_to()])
                        .map_or(1, |s| s.chars().count() + 1);
                    return Err(bad_keyed(
                        shown,
                        Some((self.line, col)),
                        "problem-mixed-encodings",
                        &[],
                    ));
                }
                Err(_) => {
                    self.encoding = Encoding::Windows1252;
                    warnings.push(Problem::keyed_warning(
                        shown,
                        None,
                        "problem-windows-1252",
                        &[],
                    ));
                }
            }
        }
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(raw);
        self.decoded.clear();
        self.decoded.push_str(&text);
        Ok(Some(&self.decoded))
    }

    /// Reads one record, which may run over several lines inside quotes; `false` at the end.
    pub(super) fn read_record(
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
                warnings.push(Problem::keyed_warning(
                    shown,
                    Some((line_no, 1)),
                    "problem-row-in-quote",
                    &[("line", q.line.to_string()), ("cell", q.cell.to_string())],
                ));
            }
            if row.text.len() + line.len() > MAX_ROW_BYTES {
                let limit = (MAX_ROW_BYTES / (1024 * 1024)).to_string();
                return Err(match state {
                    State::Quoted(q) => bad_keyed(
                        shown,
                        Some((row.line, 1)),
                        "problem-row-too-long-quote",
                        &[("limit", limit), ("line", q.line.to_string())],
                    ),
                    _ => bad_keyed(
                        shown,
                        Some((row.line, 1)),
                        "problem-row-too-long",
                        &[("limit", limit)],
                    ),
                });
            }
            match parse_line(line, delimiter, line_no, &mut state, row) {
                Ok(true) => return Ok(true),
                Ok(false) => {}
                Err(q) => {
                    return Err(if q.line == line_no {
                        bad_keyed(
                            shown,
                            Some((q.line, q.cell)),
                            "problem-text-after-quote",
                            &[("cell", q.cell.to_string())],
                        )
                    } else {
                        bad_keyed(
                            shown,
                            Some((q.line, q.cell)),
                            "problem-quote-closes-late",
                            &[("cell", q.cell.to_string()), ("line", line_no.to_string())],
                        )
                    });
                }
            }
        }
    }
}

/// The length of the line at the start of `rest`, its `\n` included; `None` when nothing is left.
fn line_len(rest: &[u8]) -> Option<usize> {
    (!rest.is_empty()).then(|| memchr::memchr(b'\n', rest).map_or(rest.len(), |k| k + 1))
}

fn line_too_long(shown: &str, line: usize) -> Box<Problem> {
    bad_keyed(
        shown,
        Some((line, 1)),
        "problem-line-too-long",
        &[("limit", (MAX_ROW_BYTES / (1024 * 1024)).to_string())],
    )
}

/// A keyed error, boxed: rows are read millions of times and the error path is rare.
pub(super) fn bad_keyed(
    path: &str,
    line_col: Option<(usize, usize)>,
    id: &'static str,
    args: &[(&'static str, String)],
) -> Box<Problem> {
    Box::new(Problem::keyed(path, line_col, id, args))
}

pub(super) fn never_closed(shown: &str, q: Quote) -> Box<Problem> {
    bad_keyed(
        shown,
        Some((q.line, q.cell)),
        "problem-quote-never-closed",
        &[("cell", q.cell.to_string()), ("line", q.line.to_string())],
    )
}

/// Where [`parse_line`] leaves a record after `bytes`, one physical line, without building its
/// cells: `true` when the record ends on it (or is refused there, where reading stops). The
/// same transitions as `parse_line` (the chunked reader's property test compares both), on
/// the line's bytes in any encoding: the separators, quotes, spaces and line endings it looks
/// at are ASCII, which neither UTF-8 nor Windows-1252 uses inside a character.
pub(super) fn ends_record(bytes: &[u8], delimiter: u8, state: &mut State) -> bool {
    let is_end = |i: usize| {
        bytes.get(i).is_none_or(|&b| b == b'\n')
            || (bytes[i] == b'\r' && i + 1 >= bytes.len())
            || (bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n'))
    };
    let mut i = 0;
    loop {
        match *state {
            State::CellStart => {
                if is_end(i) {
                    return true;
                }
                let spaces = bytes[i..].iter().take_while(|&&b| b == b' ').count();
                if spaces > 0 && delimiter != b' ' && bytes.get(i + spaces) == Some(&b'"') {
                    i += spaces;
                }
                match bytes[i] {
                    b'"' => {
                        *state = State::Quoted(Quote { line: 0, cell: 0 });
                        i += 1;
                    }
                    b if b == delimiter => i += 1,
                    _ => *state = State::Unquoted,
                }
            }
            State::Unquoted => {
                let stop = memchr::memchr3(delimiter, b'\n', b'\r', &bytes[i..])
                    .map_or(bytes.len(), |k| i + k);
                if stop < bytes.len() && bytes[stop] == b'\r' && !is_end(stop) {
                    i = stop + 1;
                    continue;
                }
                *state = State::CellStart;
                if is_end(stop) {
                    return true;
                }
                i = stop + 1;
            }
            State::Quoted(q) => match memchr::memchr(b'"', &bytes[i..]) {
                Some(k) => {
                    i += k + 1;
                    *state = State::AfterQuote(q);
                }
                None => return false,
            },
            State::AfterQuote(q) => {
                if is_end(i) {
                    *state = State::CellStart;
                    return true;
                }
                match bytes[i] {
                    b'"' => {
                        i += 1;
                        *state = State::Quoted(q);
                    }
                    b if b == delimiter => {
                        i += 1;
                        *state = State::CellStart;
                    }
                    b' ' => i += 1,
                    _ => {
                        *state = State::CellStart;
                        return true;
                    }
                }
            }
        }
    }
}

/// Parses one physical line into `row`, from `state`. `Ok(true)` when the record ends on this
/// line; `Err` with the quote whose cell has text after its closing quote.
pub(super) fn parse_line(
    line: &str,
    delimiter: u8,
    line_no: usize,
    state: &mut State,
    row: &mut Row,
) -> Result<bool, Quote> {
    let bytes = line.as_bytes();
    // Most lines hold no quote: the whole line is the row, cut at its separators.
    if matches!(*state, State::CellStart) && row.is_empty() {
        let content = line
            .strip_suffix("\r\n")
            .or_else(|| line.strip_suffix('\n'))
            .or_else(|| line.strip_suffix('\r'))
            .unwrap_or(line);
        if row.whole_line(content, delimiter) {
            return Ok(true);
        }
    }
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
