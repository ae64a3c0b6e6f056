//! Unit tests of `long`.

use super::write::LongRow;
use super::*;

#[test]
fn the_row_struct_has_the_columns_of_the_spec() {
    let header = crate::formats::rows::header::<LongRow>();
    assert_eq!(header[..LONG_HEADER.len()], LONG_HEADER);
    assert_eq!(header[LONG_HEADER.len()..], [SCOPE_COLUMN, RATER_COLUMN]);
}

mod chunked_as_one_pass {
    //! Reading in chunks on every core gives what reading row by row gives: the same
    //! assessments, marks, warnings and errors at the same lines, wherever the chunks are cut.

    use super::read::{Keep, read_rows_in};
    use super::*;
    use proptest::prelude::*;

    /// What reading `text` gives, as text to compare.
    fn outcome(
        catalog: &Catalog,
        text: &[u8],
        chunk: Option<usize>,
        keep: Keep,
        max: usize,
    ) -> String {
        let table = match Table::from_csv_reader(std::io::Cursor::new(text.to_vec()), "t.csv") {
            Ok(table) => table,
            Err(p) => return format!("header: {p:?}"),
        };
        match read_rows_in(table, catalog, keep, max, chunk) {
            Ok((order, warnings)) => {
                let read: Vec<_> = order
                    .iter()
                    .map(|b| (&b.assessment, b.first_line, &b.marks, b.framework.key()))
                    .collect();
                format!("{read:#?}\n{warnings:#?}")
            }
            Err(p) => format!("{p:#?}"),
        }
    }

    /// One row from choices: each number picks a cell's text (the last three: country, date
    /// and scope).
    type Pick = (
        (
            usize,
            usize,
            usize,
            usize,
            usize,
            usize,
            usize,
            usize,
            usize,
        ),
        (usize, usize, usize),
    );

    fn file(catalog: &Catalog, rated: bool, crlf: bool, rows: &[Pick]) -> Vec<u8> {
        let Some(entry) = catalog.newest("tpd-ict") else {
            return Vec::new();
        };
        let mut ids: Vec<String> = entry
            .framework
            .questions()
            .take(5)
            .map(|(_, q)| q.id.clone())
            .collect();
        ids.push("no-such-question".into());
        let end: &[u8] = if crlf { b"\r\n" } else { b"\n" };
        let labels = ["A", "B", "C", "\"D, e\"", "E"];
        let frameworks = ["tpd-ict,2.0.0", ",", "tpd-ict,1.0.0", "nope,1"];
        let levels = ["1", "2", "3", "4", "", "x", "N/A", " 2 "];
        let labels_of_levels = ["", "", "Latent", "Avanzado", "wrong", "N/A"];
        let flags = ["", "false", "true", "maybe"];
        let notes: [&[u8]; 14] = [
            b"",
            b"  \"spaced, before\nand over a line\"",
            b"\"spaced after\"  ",
            b"\"text\"after",
            b"\"then spaces\"  ",
            b"\"a\"\"b\r\nc\"",
            b"plain",
            b"\"with, comma\"",
            b"\"two\nlines, \"\"quoted\"\"\"",
            b"5\" stray quote",
            b"caf\xe9",
            "café".as_bytes(),
            b"\"open",
            b"=1+1",
        ];
        let raters = ["", "", "Ana", "Luis"];
        let mut out = Vec::new();
        out.extend_from_slice(b"assessment,framework_id,framework_version,question_id,level,level_label,not_applicable,note,country,date,scope");
        if rated {
            out.extend_from_slice(b",rater");
        }
        out.extend_from_slice(end);
        let countries = ["", "Chile", "Per\u{fa}", "\"Per\u{fa},\nLima\""];
        let dates = ["", "2026-02-26", "26/02/2026", "soon"];
        let scopes = ["", "", "a b c", "x;y;z"];
        for &((l, f, q, v, vl, na, n, r, shape), (country, date, scope)) in rows {
            match shape % 12 {
                0 => {
                    out.extend_from_slice(end); // a blank line
                    continue;
                }
                1 => {
                    // A row cut short.
                    out.extend_from_slice(labels[l % labels.len()].as_bytes());
                    out.extend_from_slice(end);
                    continue;
                }
                _ => {}
            }
            let cells: [&[u8]; 6] = [
                labels[l % labels.len()].as_bytes(),
                frameworks[f % frameworks.len()].as_bytes(),
                ids[q % ids.len()].as_bytes(),
                levels[v % levels.len()].as_bytes(),
                labels_of_levels[vl % labels_of_levels.len()].as_bytes(),
                flags[na % flags.len()].as_bytes(),
            ];
            out.extend_from_slice(&cells.join(&b","[..]));
            out.push(b',');
            out.extend_from_slice(notes[n % notes.len()]);
            for cell in [
                countries[country % countries.len()],
                dates[date % dates.len()],
                scopes[scope % scopes.len()],
            ] {
                out.push(b',');
                out.extend_from_slice(cell.as_bytes());
            }
            if rated {
                out.push(b',');
                out.extend_from_slice(raters[r % raters.len()].as_bytes());
            }
            out.extend_from_slice(end);
        }
        out
    }

    fn pick() -> impl Strategy<Value = Pick> {
        // Mostly good rows (the first choices), sometimes anything.
        let few = |n: usize| prop_oneof![4 => Just(0usize), 1 => 0..n];
        (
            (
                0..5usize,
                few(4),
                0..6usize,
                0..4usize,
                prop_oneof![3 => 0..2usize, 1 => 0..6usize],
                few(4),
                few(14),
                0..4usize,
                prop_oneof![10 => 2..12usize, 1 => 0..2usize],
            ),
            (
                0..4usize,
                0..4usize,
                prop_oneof![6 => Just(0usize), 1 => 0..4usize],
            ),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn any_file_reads_the_same_in_chunks_as_row_by_row(
            rows in proptest::collection::vec(pick(), 0..60),
            rated in any::<bool>(),
            crlf in any::<bool>(),
            marks in any::<bool>(),
            max in prop_oneof![3 => Just(usize::MAX), 1 => 1..4usize],
        ) {
            let catalog = Catalog::built_in().expect("valid");
            let text = file(&catalog, rated, crlf, &rows);
            let keep = if marks { Keep::Marks } else { Keep::Answers };
            let one_pass = outcome(&catalog, &text, None, keep, max);
            for size in [1, 7, 64, 300, 1 << 20] {
                let chunked = outcome(&catalog, &text, Some(size), keep, max);
                prop_assert_eq!(&chunked, &one_pass, "chunks of {} bytes", size);
            }
        }
    }

    #[test]
    fn an_assessment_over_many_chunks_is_one_assessment_and_a_repeat_is_named_at_its_line() {
        let catalog = Catalog::built_in().expect("valid");
        let rows: Vec<Pick> = (0..5)
            .map(|q| ((0, 0, q, q % 4, 0, 0, 0, 0, 2), (q % 3, q % 4, 0)))
            .collect();
        let mut again = rows.clone();
        again.push(((0, 0, 2, 1, 0, 0, 0, 0, 2), (0, 0, 0))); // question 3 again, at line 7
        for (rows, expect) in [(rows, "A"), (again, "line 4")] {
            let text = file(&catalog, false, false, &rows);
            let one_pass = outcome(&catalog, &text, None, Keep::Marks, usize::MAX);
            assert!(one_pass.contains(expect), "{one_pass}");
            for size in [1, 5, 40] {
                assert_eq!(
                    outcome(&catalog, &text, Some(size), Keep::Marks, usize::MAX),
                    one_pass
                );
            }
        }
    }
}
