//! Unit tests of `table`.

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

#[test]
fn a_line_without_quotes_reads_as_the_same_line_with_them() {
    // Lines without a quote are kept whole and cut at their separators; with a quote they go
    // through the state machine. Both must give the same cells, endings and blanks included.
    let plain = "a,b,,c\r\n,x\r y,\nz\n\nlast,";
    let quoted = "\"a\",b,,c\r\n\"\",x\r y,\n\"z\"\n\n\"last\",";
    let header = "h1,h2,h3,h4\n";
    let a = read(format!("{header}{plain}").as_bytes()).expect("plain");
    let b = read(format!("{header}{quoted}").as_bytes()).expect("quoted");
    assert_eq!(a, b);
    assert_eq!(a.1[0].1, ["a", "b", "", "c"]);
    assert_eq!(a.1[1].1, ["", "x\r y", ""], "a lone CR is text");
    assert_eq!(
        a.1[3].1,
        ["last", ""],
        "no ending on the last line (the blank line is skipped)"
    );
}

#[test]
fn a_sheet_rows_cells_out_of_order_or_twice_land_in_their_columns() {
    let text = "cAxe";
    let mut cells = vec![(2, 0..1), (0, 1..2), (2, 2..3), (4, 3..4)];
    let mut row = Row::default();
    xlsx::fill_row(&mut row, 7, &mut cells, text);
    assert_eq!(row.line, 7);
    assert_eq!(row.iter().collect::<Vec<_>>(), ["A", "", "x", "", "e"]);
    // Thousands of cells from the last column back: sorted once, not rebuilt per cell.
    let text: String = (0..16_384).map(|_| 'v').collect();
    let mut cells: Vec<_> = (0..16_384).rev().map(|c| (c, c..c + 1)).collect();
    xlsx::fill_row(&mut row, 1, &mut cells, &text);
    assert_eq!(row.len(), 16_384);
    assert!(row.iter().all(|c| c == "v"));
}

/// A workbook whose first sheet holds `rows` (row number → cells).
fn workbook(rows: &[(u32, Vec<String>)]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, cells) in rows {
        for (c, text) in cells.iter().enumerate() {
            if !text.is_empty() {
                let c = u16::try_from(c).expect("few columns");
                sheet.write_string(*r, c, text).expect("written");
            }
        }
    }
    book.save_to_buffer().expect("saved")
}

#[test]
fn a_sheet_of_thousands_of_rows_streams_in_order_gaps_and_blanks_left_out() {
    let mut rows = vec![(0, vec!["a".to_owned(), "b".to_owned(), "c".to_owned()])];
    for i in 1..3000u32 {
        // Every seventh row left empty; every fifth starts with a blank cell.
        if i % 7 == 0 {
            continue;
        }
        let first = if i % 5 == 0 {
            String::new()
        } else {
            format!("r{i}")
        };
        rows.push((i, vec![first, format!("{i}"), "ñ".repeat((i % 4) as usize)]));
    }
    let bytes = workbook(&rows);
    let mut table = Table::from_workbook(bytes.clone(), "w.xlsx", Sheet::First).expect("reads");
    assert_eq!(table.header().iter().collect::<Vec<_>>(), ["a", "b", "c"]);
    let mut row = Row::default();
    let mut got = Vec::new();
    while table.next_row(&mut row).expect("row") {
        got.push((row.line, row.iter().map(str::to_owned).collect::<Vec<_>>()));
    }
    let expected: Vec<(usize, Vec<String>)> = rows[1..]
        .iter()
        .map(|(r, cells)| {
            // The cells a workbook gives: up to the last that holds something.
            let used = cells
                .iter()
                .rposition(|c| !c.is_empty())
                .map_or(0, |i| i + 1);
            (*r as usize + 1, cells[..used].to_vec())
        })
        .collect();
    assert_eq!(got, expected);

    // A table let go after a few rows stops its reading (no thread left waiting).
    let mut early = Table::from_workbook(bytes, "w.xlsx", Sheet::First).expect("reads");
    for _ in 0..10 {
        assert!(early.next_row(&mut row).expect("row"));
    }
    drop(early);
}
