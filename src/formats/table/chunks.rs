//! A CSV table cut into chunks that can be read at once on several cores. Each chunk starts
//! where a row starts, with the line number and the encoding the line-by-line reader would
//! have there, so that a chunk read on its own gives the same rows, warnings and errors at the
//! same lines as reading the file from its start.
//!
//! Where a row starts is found exactly, not guessed from counting quotes (a quote inside an
//! unquoted cell is text): lines up to the next quote are whole rows, and a line with a quote
//! goes through the reader's own state machine. A row longer than 16 chunks (a note of
//! megabytes) ends the cutting: the rest of the file is then read as one piece, line by line.

use std::io::{BufRead, Read};

use super::csv::{Csv, Encoding, Input, State, ends_record};
use super::{Row, Source, Table};

/// Bytes read for a chunk: large enough that handing it over costs nothing next to reading
/// it, small enough that a few in flight per core keep memory small.
pub const CHUNK: usize = 1 << 20;

/// A row still open after this many chunks' bytes ends the cutting (see the module's text):
/// 16 MiB with [`CHUNK`].
const GIVE_UP_CHUNKS: usize = 16;

/// What every chunk of one table shares: its name in messages, header and separator.
pub struct Shape {
    shown: String,
    header: Row,
    delimiter: u8,
    columns: usize,
}

/// A run of whole rows of a CSV file, and the state the line-by-line reader would be in where
/// it starts.
pub struct Chunk {
    /// A buffer whose first `len` bytes are the chunk's.
    bytes: Vec<u8>,
    len: usize,
    /// Lines before the chunk.
    line: usize,
    encoding: Encoding,
}

impl Chunk {
    fn rows(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or(&self.bytes)
    }

    /// The chunk's buffer, to be filled again.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// What the cutting gives next.
pub enum Piece<'a> {
    Chunk(Chunk),
    /// The rest of the file, to be read line by line (see the module's text).
    Rest(Table<'a>),
    End,
}

/// Cuts a CSV table, after its header, into chunks.
pub struct Chunks<'a> {
    /// `None` once the rest of the file was handed over.
    input: Option<Box<dyn std::io::BufRead + Send + 'a>>,
    /// Bytes read after the last cut: the start of the next chunk.
    carry: Vec<u8>,
    /// Lines before the next chunk.
    line: usize,
    /// The encoding as far as the reader would know it at the next chunk.
    encoding: Encoding,
    ended: bool,
    /// Bytes read for a chunk ([`CHUNK`]; a few bytes in tests, to cut rows everywhere).
    size: usize,
}

impl<'a> Table<'a> {
    /// The table's remaining rows as chunks of about `size` bytes ([`CHUNK`]), when it is a
    /// CSV table read from a stream (a workbook's rows are already in memory: it is given
    /// back).
    pub fn into_chunks(self, size: usize) -> Result<(Shape, Chunks<'a>), Box<Self>> {
        match self.source {
            Source::Csv(csv) if csv.pending.is_none() && matches!(csv.input, Input::Stream(_)) => {
                let Csv {
                    input,
                    delimiter,
                    line,
                    encoding,
                    columns,
                    ..
                } = *csv;
                let Input::Stream(input) = input else {
                    unreachable!("the guard above matched a stream")
                };
                Ok((
                    Shape {
                        shown: self.shown,
                        header: self.header,
                        delimiter,
                        columns,
                    },
                    Chunks {
                        input: Some(input),
                        carry: Vec::new(),
                        line,
                        encoding,
                        ended: false,
                        size: size.max(1),
                    },
                ))
            }
            source => Err(Box::new(Self { source, ..self })),
        }
    }
}

impl Shape {
    /// A table of the chunk's rows, as the line-by-line reader would read them there.
    pub fn table<'c>(&self, chunk: &'c Chunk) -> Table<'c> {
        let bytes = chunk.rows();
        let input = match chunk.encoding {
            Encoding::Windows1252 => Input::Bytes { bytes, at: 0 },
            // Checked whole, once: its lines are then taken as they are.
            _ => match std::str::from_utf8(bytes) {
                Ok(text) => Input::Text { text, at: 0 },
                Err(_) => Input::Bytes { bytes, at: 0 },
            },
        };
        self.table_from(input, chunk.line, chunk.encoding)
    }

    fn table_from<'c>(&self, input: Input<'c>, line: usize, encoding: Encoding) -> Table<'c> {
        Table {
            shown: self.shown.clone(),
            header: self.header.clone(),
            source: Source::Csv(Box::new(Csv {
                input,
                delimiter: self.delimiter,
                line,
                raw: Vec::new(),
                decoded: String::new(),
                encoding,
                pending: None,
                columns: self.columns,
            })),
            warnings: Vec::new(),
        }
    }
}

impl<'a> Chunks<'a> {
    /// The next chunk, read into `buf` (whose old content is dropped).
    pub fn next(&mut self, mut buf: Vec<u8>, shape: &Shape) -> Piece<'a> {
        let Some(input) = self.input.as_mut() else {
            return Piece::End;
        };
        // `buf` keeps the length it ever had: read into again without zeroing it each time.
        let mut filled = self.carry.len();
        let mut want = self.size.max(filled);
        if buf.len() < want {
            buf.resize(want, 0);
        }
        buf[..filled].copy_from_slice(&self.carry);
        self.carry.clear();
        let cut = loop {
            while filled < want && !self.ended {
                match input.read(&mut buf[filled..want]) {
                    Ok(0) => self.ended = true,
                    Ok(n) => filled += n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => {
                        // Read again line by line, which names the line it fails at.
                        buf.truncate(filled);
                        return self.rest(buf, shape);
                    }
                }
            }
            if filled == 0 {
                self.input = None;
                return Piece::End;
            }
            if self.ended {
                break filled;
            }
            if let Some(cut) = last_row_end(&buf[..filled], shape.delimiter) {
                break cut;
            }
            if filled >= self.size.saturating_mul(GIVE_UP_CHUNKS) {
                buf.truncate(filled);
                return self.rest(buf, shape);
            }
            want = filled * 2;
            if buf.len() < want {
                buf.resize(want, 0);
            }
        };
        self.carry.extend_from_slice(&buf[cut..filled]);
        let chunk = Chunk {
            line: self.line,
            encoding: self.encoding,
            bytes: buf,
            len: cut,
        };
        let rows = chunk.rows();
        self.line += memchr::memchr_iter(b'\n', rows).count();
        self.encoding = encoding_after(rows, self.encoding);
        Piece::Chunk(chunk)
    }

    /// `buf` and the rest of the file as one table read line by line.
    fn rest(&mut self, buf: Vec<u8>, shape: &Shape) -> Piece<'a> {
        let Some(input) = self.input.take() else {
            return Piece::End;
        };
        let stream: Box<dyn BufRead + Send + 'a> = Box::new(std::io::Cursor::new(buf).chain(input));
        Piece::Rest(shape.table_from(Input::Stream(stream), self.line, self.encoding))
    }
}

/// Where the last whole row in `buf` ends (after its line's `\n`), `buf` starting a row;
/// `None` when the first row does not end in it.
fn last_row_end(buf: &[u8], delimiter: u8) -> Option<usize> {
    let mut last = None;
    let mut at = 0;
    let mut state = State::CellStart;
    loop {
        if matches!(state, State::CellStart) {
            // Lines before the next quote are whole rows.
            let Some(q) = memchr::memchr(b'"', &buf[at..]) else {
                return memchr::memrchr(b'\n', &buf[at..])
                    .map(|k| at + k + 1)
                    .or(last);
            };
            if let Some(k) = memchr::memrchr(b'\n', &buf[at..at + q]) {
                at += k + 1;
                last = Some(at);
            }
        }
        // A line not ended yet: the rows before it make the chunk.
        let Some(k) = memchr::memchr(b'\n', &buf[at..]) else {
            return last;
        };
        let end = at + k + 1;
        if ends_record(&buf[at..end], delimiter, &mut state) {
            // A broken quote ends the row too: reading stops there with the same error.
            state = State::CellStart;
            last = Some(end);
        }
        at = end;
    }
}

/// The encoding the line-by-line reader knows after reading `bytes` from `before`: UTF-8 once
/// a line is (and is not ASCII), Windows-1252 once a line is not UTF-8 while all before were
/// ASCII. (A line that is not UTF-8 after one that was is an error, and reading stops there.)
fn encoding_after(bytes: &[u8], before: Encoding) -> Encoding {
    if before != Encoding::Unknown || bytes.is_ascii() {
        return before;
    }
    match std::str::from_utf8(bytes) {
        Ok(_) => Encoding::Utf8,
        Err(e) => {
            let line_start = memchr::memrchr(b'\n', &bytes[..e.valid_up_to()]).map_or(0, |k| k + 1);
            if bytes[..line_start].is_ascii() {
                Encoding::Windows1252
            } else {
                Encoding::Utf8
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_with_quotes_are_cut_after_the_last_whole_one() {
        // As R's write.csv quotes every text: the unfinished last line has a quote too.
        let buf = b"\"A\",\"q1\",3\n\"A\",\"q2\",4\n\"B\",\"q1";
        assert_eq!(last_row_end(buf, b','), Some(22));
        // A quoted cell running over lines ends its row where it closes.
        let buf = b"\"A\",\"two\nlines\",3\n\"B\",\"open\nstill";
        assert_eq!(last_row_end(buf, b','), Some(18));
        assert_eq!(last_row_end(b"\"A\",\"open\nstill\n", b','), None);
        // A quote inside an unquoted cell is text: the line is whole.
        assert_eq!(last_row_end(b"a,5\" screen,1\nb,", b','), Some(14));
    }
}
