//! Files as the field makes them (SPEC §5 and §6): form-tool exports, CSV re-saved by Excel in
//! Spanish, workbooks; every way a row could be lost silently is refused with its line; `-o`
//! never replaces a link, a pipe or a device; files are created so that two runs cannot both
//! succeed.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pilares::formats::long;
use pilares::formats::table::{Row, Sheet, Table};
use pilares::model::assessment::Assessment;
use pilares::model::catalog::Catalog;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn field(name: &str) -> PathBuf {
    root().join("tests/fixtures/field").join(name)
}

fn sample() -> PathBuf {
    root().join("assets/samples/costa-serena-2026.ron")
}

fn pilares(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pilares"))
        // A fixed locale: outputs follow the system language when no --lang is given.
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .current_dir(std::env::temp_dir())
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn p(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// Runs a command that must succeed and returns its standard output.
fn ok(args: &[&str]) -> String {
    let out = pilares(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// Runs a command that must fail with exit 1 and returns its standard error.
fn refused(args: &[&str]) -> String {
    let out = pilares(args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{args:?}: {}",
        text(&out.stdout)
    );
    text(&out.stderr)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn every_form_tool_export_imports_to_the_same_assessments() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut scores = Vec::new();
    for (file, label) in [
        ("google-forms-es.csv", "Nombre del grupo"),
        ("google-forms-es-excel.csv", "Nombre del grupo"),
        ("microsoft-forms-es.xlsx", "Nombre del grupo"),
        ("kobo.csv", "group_name"),
    ] {
        let out_dir = dir.path().join(file);
        let input = field(file);
        let args = [
            "import",
            p(&input),
            "--label-column",
            label,
            "-o",
            p(&out_dir),
        ];
        let result = pilares(&args);
        let stderr = text(&result.stderr);
        assert_eq!(result.status.code(), Some(0), "{file}: {stderr}");
        assert!(
            text(&result.stdout).contains("wrote 3 assessments of tpd-ict 1.0.0"),
            "{file}"
        );
        // What was left out is named, every time.
        assert!(stderr.contains("left out"), "{file}: {stderr}");
        if file.ends_with("excel.csv") {
            assert!(stderr.contains("Windows-1252"), "{file}: {stderr}");
        }
        scores.push((file, ok(&["score", "--format", "csv", p(&out_dir)])));
        if file.starts_with("google") {
            // The note column arrives with its question, accents and quotes intact.
            let a = Assessment::load(&out_dir.join("grupo-1-honduras.ron"))
                .expect("loads")
                .assessment;
            let note = a.answers["ict-connectivity"].note.as_deref();
            assert_eq!(note, Some("Censo 2025, grupo 1; \"dato\" a confirmar"));
            assert_eq!(a.label, "Grupo 1 — Honduras");
        }
    }
    let (first, reference) = &scores[0];
    assert_eq!(reference.lines().count(), 1 + 3 * 9);
    // Each group left one question not applicable, which shows in the counts.
    assert!(reference.contains(",1,"), "{reference}");
    for (file, s) in &scores[1..] {
        assert_eq!(s, reference, "{file} scores differently from {first}");
    }
}

#[test]
fn an_answer_column_that_names_no_question_stops_the_import_until_mapped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = write(
        dir.path(),
        "form.csv",
        "Grupo,ict-connectivity,¿Hay dispositivos?\nA,2 · Emergente,3\nB,Avanzado,NA\n".as_bytes(),
    );
    let out = dir.path().join("out");
    let err = refused(&["import", p(&csv), "--label-column", "grupo", "-o", p(&out)]);
    assert!(err.contains("form.csv:2:3: "), "{err}");
    assert!(
        err.contains("--map \"¿Hay dispositivos?=QUESTION-ID\""),
        "{err}"
    );
    assert!(
        !out.exists(),
        "nothing is written when a column is not mapped"
    );
    let stdout = ok(&[
        "import",
        p(&csv),
        "--label-column",
        "grupo",
        "--map",
        "¿Hay dispositivos?=ict-devices",
        "-o",
        p(&out),
    ]);
    assert!(stdout.contains("wrote 2"), "{stdout}");
    let b = Assessment::load(&out.join("b.ron")).expect("b").assessment;
    assert_eq!(b.answers["ict-connectivity"].level, Some(4));
    assert!(b.answers["ict-devices"].not_applicable);
    // Left out knowingly, it is still named.
    let out2 = dir.path().join("out2");
    let result = pilares(&[
        "import",
        p(&csv),
        "--label-column",
        "grupo",
        "--ignore",
        "¿Hay dispositivos?",
        "-o",
        p(&out2),
    ]);
    assert_eq!(result.status.code(), Some(0));
    assert!(text(&result.stderr).contains("left out: ¿Hay dispositivos?"));
}

/// The long CSV of the sample as Excel in Spanish saves it after a round in the spreadsheet:
/// semicolons, Windows-1252, CRLF, and the ISO date shown and saved as dd/mm/yyyy.
fn as_excel_in_spanish_saves_it(csv: &str) -> Vec<u8> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().expect("header").clone();
    let date = header
        .iter()
        .position(|h| h == "date")
        .expect("date column");
    let mut out = Vec::new();
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        w.write_record(&header).expect("header");
        for record in reader.records() {
            let record = record.expect("row");
            let cells: Vec<String> = record
                .iter()
                .enumerate()
                .map(|(i, c)| match c.split('-').collect::<Vec<_>>()[..] {
                    [y, m, d] if i == date => format!("{d}/{m}/{y}"),
                    _ => c.to_owned(),
                })
                .collect();
            w.write_record(&cells).expect("row");
        }
    }
    let text = String::from_utf8(out).expect("utf-8");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable, "the sample fits Windows-1252");
    bytes.into_owned()
}

#[test]
fn a_long_csv_re_saved_by_excel_in_spanish_reads_as_the_original() {
    let dir = tempfile::tempdir().expect("temp dir");
    let exported = ok(&["export", p(&sample()), "--lang", "es"]);
    let excel = write(
        dir.path(),
        "respuestas.csv",
        &as_excel_in_spanish_saves_it(&exported),
    );
    let out = pilares(&["export", p(&excel), "--lang", "es"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("Windows-1252"));
    assert_eq!(
        text(&out.stdout),
        exported,
        "answers, notes and date come back"
    );
    assert_eq!(
        ok(&["score", "--format", "csv", p(&excel)]),
        ok(&["score", "--format", "csv", p(&sample())])
    );
}

#[test]
fn nothing_is_lost_without_a_message_naming_the_line() {
    let catalog = Catalog::built_in().expect("built in");
    let head = "assessment,question_id,level,note\n";
    let read = |body: &str| long::read_long(format!("{head}{body}").as_bytes(), "f.csv", &catalog);
    let refused = |body: &str, at: &str, says: &str| {
        let Err(problems) = read(body) else {
            panic!("{body:?} was read");
        };
        let message = problems.to_string();
        assert!(message.contains(at), "{body:?}: expected {at} in {message}");
        assert!(
            message.contains(says),
            "{body:?}: expected {says:?} in {message}"
        );
    };
    // A quote never closed at the end: the last row does not disappear.
    refused(
        "T,ict-connectivity,2,ok\nT,ict-devices,3,\"open\n",
        "f.csv:3:4: ",
        "never closed",
    );
    // In the middle: the rows after it do not vanish into a note.
    refused(
        "T,ict-connectivity,2,\"open\nT,ict-devices,3,x\nT,ict-content,1,\"quoted\"\n",
        "f.csv:2:4: ",
        "closes only on line 4",
    );
    // A note with a bare comma is not cut at the comma.
    refused(
        "T,ict-connectivity,2,one, two\n",
        "f.csv:2:5: ",
        "has 5 cells but the header names 4",
    );
    // A row too short to hold its level is not read as unanswered.
    refused(
        "T,ict-connectivity\n",
        "f.csv:2:",
        "too few to reach the level column",
    );
    // not_applicable spelled as people spell it.
    let head_na = "assessment,question_id,level,not_applicable\n";
    for yes in ["VERDADERO", "sí", "1", "yes", "x", "Oui", "sim"] {
        let body = format!("{head_na}T,ict-connectivity,,{yes}\n");
        let read = long::read_long(body.as_bytes(), "f.csv", &catalog).expect(yes);
        assert!(
            read.assessments[0].0.answers["ict-connectivity"].not_applicable,
            "{yes}"
        );
    }
    let body = format!("{head_na}T,ict-connectivity,,quizás\n");
    let err = long::read_long(body.as_bytes(), "f.csv", &catalog)
        .err()
        .expect("quizás is refused");
    assert!(err.to_string().contains("f.csv:2:4: "), "{err}");
    // An answer given only as its level's name.
    let body = "assessment,question_id,level,level_label\nT,ict-connectivity,,Establecido\n";
    let read = long::read_long(body.as_bytes(), "f.csv", &catalog).expect("label");
    assert_eq!(
        read.assessments[0].0.answers["ict-connectivity"].level,
        Some(3)
    );
    // Line numbers as an editor counts them, in a CRLF file with a quoted line break.
    let body = "assessment,question_id,level,note\r\nT,ict-connectivity,2,\"a\r\nb\"\r\nT,ict-devices,9,\r\n";
    let err = long::read_long(body.as_bytes(), "f.csv", &catalog)
        .err()
        .expect("9 is refused");
    assert!(err.to_string().starts_with("f.csv:4:3: "), "{err}");
}

#[test]
fn a_scoped_assessment_scores_the_same_after_the_long_csv() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = Assessment::load(&sample()).expect("sample").assessment;
    a.scope = Some(vec!["ict".into(), "partnerships".into(), "support".into()]);
    let scoped = dir.path().join("scoped.ron");
    a.save(&scoped).expect("save");
    let csv = dir.path().join("scoped.csv");
    ok(&["export", p(&scoped), "-o", p(&csv)]);
    assert!(std::fs::read_to_string(&csv)
        .expect("csv")
        .starts_with("assessment,country,date,framework_id,framework_version,pillar_id,question_id,level,level_label,not_applicable,note,scope\n"));
    let from_ron = ok(&["score", p(&scoped)]);
    assert!(from_ron.contains("Completeness: 15 of 15"), "{from_ron}");
    assert_eq!(ok(&["score", p(&csv)]), from_ron);
    assert_eq!(
        ok(&["score", "--format", "csv", p(&csv)]),
        ok(&["score", "--format", "csv", p(&scoped)])
    );
}

#[test]
fn a_ron_file_saved_by_notepad_with_a_bom_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(std::fs::read(sample()).expect("sample"));
    let bom = write(dir.path(), "notepad.ron", &bytes);
    assert_eq!(
        ok(&["score", "--format", "csv", p(&bom)]),
        ok(&["score", "--format", "csv", p(&sample())])
    );
}

#[test]
fn the_report_shows_answers_to_questions_the_framework_lacks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = write(
        dir.path(),
        "old.csv",
        b"assessment,question_id,level,note\nT,ict-connectivity,2,\nT,ict-old-access,3,\"kept, with its note\"\n",
    );
    let html = ok(&["report", p(&csv), "-o", "-", "--lang", "es"]);
    assert!(html.contains("id=\"unknown-answers\""), "a notice section");
    assert!(html.contains("<code>ict-old-access</code>"));
    assert!(html.contains("kept, with its note"));
    assert!(html.contains("no cuentan en ningún puntaje"));
}

#[test]
fn a_chart_or_report_of_more_assessments_than_anyone_can_read_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut body = String::from("assessment,question_id,level\n");
    for i in 0..=pilares::formats::inputs::MAX_SHOWN {
        body.push_str(&format!("G{i},ict-connectivity,2\n"));
    }
    let csv = write(dir.path(), "many.csv", body.as_bytes());
    for command in ["chart", "report"] {
        let out = dir.path().join(format!(
            "many.{}",
            if command == "chart" { "svg" } else { "html" }
        ));
        let err = refused(&[command, p(&csv), "-o", p(&out)]);
        assert!(
            err.contains("many.csv:202:1: more than 200 assessments"),
            "{err}"
        );
        assert!(err.contains("pilares score"), "{err}");
        assert!(!out.exists());
    }
    // score takes any number.
    assert_eq!(
        ok(&["score", "--format", "csv", p(&csv)]).lines().count(),
        1 + 201 * 9
    );
}

#[test]
fn a_row_longer_than_the_reader_reads_is_never_written() {
    let catalog = Catalog::built_in().expect("built in");
    let f = &catalog.entries()[0].framework;
    let mut a = Assessment::new(f, "T");
    a.answers.insert(
        "ict-connectivity".into(),
        pilares::model::assessment::Answer {
            carried: false,
            level: Some(2),
            not_applicable: false,
            note: Some("\"".repeat(pilares::formats::table::MAX_ROW_BYTES / 2)),
        },
    );
    let err = long::write_long(std::io::sink(), [(&a, f.as_ref())], "en").expect_err("too long");
    assert!(
        err.to_string()
            .contains("more than the 32 MiB a CSV row may hold"),
        "{err}"
    );
    // Just under the bound, what is written reads back.
    let note = "\"".repeat(pilares::formats::table::MAX_ROW_BYTES / 2 - 4096);
    a.answers.get_mut("ict-connectivity").expect("answer").note = Some(note.clone());
    let mut csv = Vec::new();
    long::write_long(&mut csv, [(&a, f.as_ref())], "en").expect("writes");
    let read = long::read_long(csv.as_slice(), "big.csv", &catalog).expect("reads back");
    assert_eq!(
        read.assessments[0].0.answers["ict-connectivity"].note,
        Some(note)
    );
}

#[test]
fn standard_output_links_pipes_and_devices_are_written_through_never_replaced() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = sample();
    // `-o -` for every command that writes a file.
    assert!(ok(&["export", p(&sample), "-o", "-"]).starts_with("assessment,"));
    assert!(ok(&["chart", p(&sample), "-o", "-"]).starts_with("<svg"));
    assert!(ok(&["report", p(&sample), "-o", "-"]).starts_with("<!DOCTYPE html>"));
    assert!(ok(&["plan", p(&sample), "-o", "-"]).starts_with("assessment,pillar_id"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        // A link to a file: the link stays, the file it points to gets the output.
        let target = write(dir.path(), "target.csv", b"old");
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        ok(&["export", p(&sample), "-o", p(&link)]);
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("link")
                .file_type()
                .is_symlink()
        );
        assert!(
            std::fs::read_to_string(&target)
                .expect("target")
                .starts_with("assessment,")
        );
        // A named pipe: a reader gets the output, and the pipe is still a pipe.
        let fifo = dir.path().join("pipe.csv");
        let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
        assert!(made.success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || {
                let mut s = String::new();
                std::fs::File::open(&fifo)
                    .expect("open the pipe")
                    .read_to_string(&mut s)
                    .expect("read the pipe");
                s
            })
        };
        ok(&["export", p(&sample), "-o", p(&fifo)]);
        assert!(reader.join().expect("reader").starts_with("assessment,"));
        assert!(
            std::fs::metadata(&fifo)
                .expect("fifo")
                .file_type()
                .is_fifo()
        );
        // A device stays a device.
        ok(&["export", p(&sample), "-o", "/dev/null"]);
        assert!(
            std::fs::metadata("/dev/null")
                .expect("null")
                .file_type()
                .is_char_device()
        );
    }
}

#[test]
fn two_imports_into_one_folder_never_both_succeed() {
    let survey = root().join("tests/fixtures/survey.csv");
    for round in 0..6 {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("groups");
        let spawn = || {
            Command::new(env!("CARGO_BIN_EXE_pilares"))
                // A fixed locale: outputs follow the system language when no --lang is given.
                .env("LC_ALL", "C.UTF-8")
                .args([
                    "import",
                    p(&survey),
                    "--label-column",
                    "Group name",
                    "-o",
                    p(&out),
                ])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        };
        let (a, b) = (spawn(), spawn());
        let (a, b) = (
            a.wait_with_output().expect("a"),
            b.wait_with_output().expect("b"),
        );
        let succeeded = [&a, &b].iter().filter(|o| o.status.success()).count();
        assert_eq!(
            succeeded,
            1,
            "round {round}: {} / {}",
            text(&a.stderr),
            text(&b.stderr)
        );
        let loser = if a.status.success() { &b } else { &a };
        assert!(
            text(&loser.stderr).contains("already exist"),
            "{}",
            text(&loser.stderr)
        );
        assert_eq!(std::fs::read_dir(&out).expect("folder").count(), 3);
    }
}

#[test]
fn the_workbook_has_the_three_sheets_and_reads_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let book = dir.path().join("analysis.xlsx");
    let sample = sample();
    ok(&["export", p(&sample), "-o", p(&book)]);
    // score and export read it back as they read the CSV.
    assert_eq!(
        ok(&["score", "--format", "csv", p(&book)]),
        ok(&["score", "--format", "csv", p(&sample)])
    );
    assert_eq!(ok(&["export", p(&book)]), ok(&["export", p(&sample)]));
    // The scores and plan sheets hold what `score --format csv` and `plan` write.
    for (sheet, args) in [
        ("scores", vec!["score", "--format", "csv"]),
        ("plan", vec!["plan"]),
    ] {
        let mut args = args;
        args.push(p(&sample));
        let csv = ok(&args);
        let mut table = Table::open(&book, Sheet::Named(sheet)).expect(sheet);
        let expected: Vec<Vec<String>> = csv::Reader::from_reader(csv.as_bytes())
            .records()
            .map(|r| r.expect("row").iter().map(str::to_owned).collect())
            .collect();
        let header: Vec<&str> = table.header().iter().collect();
        assert_eq!(
            header.join(","),
            csv.lines().next().unwrap_or(""),
            "{sheet} header"
        );
        let mut row = Row::default();
        let mut n = 0;
        while table.next_row(&mut row).expect("row") {
            for (i, want) in expected[n].iter().enumerate() {
                let got = row.get(i).unwrap_or("");
                // Numbers are numbers in the sheet: 2.20 reads back as 2.2.
                let same = got == want
                    || got
                        .parse::<f64>()
                        .ok()
                        .zip(want.parse::<f64>().ok())
                        .is_some_and(|(g, w)| (g - w).abs() < 0.005);
                assert!(same, "{sheet} row {n} cell {i}: {got:?} vs {want:?}");
            }
            n += 1;
        }
        assert_eq!(n, expected.len(), "{sheet} rows");
    }
    // Header frozen, filters on, numbers as numbers, dates as dates.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&book).expect("open")).expect("zip");
    let mut workbook_xml = String::new();
    zip.by_name("xl/workbook.xml")
        .expect("workbook.xml")
        .read_to_string(&mut workbook_xml)
        .expect("read");
    for name in ["answers", "scores", "plan"] {
        assert!(
            workbook_xml.contains(&format!("name=\"{name}\"")),
            "{workbook_xml}"
        );
    }
    for i in 1..=3 {
        let mut xml = String::new();
        zip.by_name(&format!("xl/worksheets/sheet{i}.xml"))
            .expect("sheet")
            .read_to_string(&mut xml)
            .expect("read");
        assert!(xml.contains("state=\"frozen\""), "sheet {i} header frozen");
        assert!(xml.contains("<autoFilter"), "sheet {i} filters on");
        assert!(xml.contains("<col "), "sheet {i} column widths");
    }
    let answers = Table::open(&book, Sheet::Named("answers")).expect("answers");
    let level = answers.column("level").expect("level column");
    let date = answers.column("date").expect("date column");
    let mut answers = answers;
    let mut row = Row::default();
    assert!(answers.next_row(&mut row).expect("row"));
    assert_eq!(
        row.get(date),
        Some("2026-02-26"),
        "a date cell read back as ISO"
    );
    assert!(row.get(level).is_some_and(|l| l.parse::<i64>().is_ok()));
    let mut sheet1 = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .expect("sheet1")
        .read_to_string(&mut sheet1)
        .expect("read");
    // The level is a number cell (no t="s" for a shared string), the date a styled number.
    assert!(
        sheet1.contains("<c r=\"H2\"><v>"),
        "{}",
        &sheet1[..sheet1.len().min(3000)]
    );
    assert!(
        sheet1.contains("<c r=\"C2\" s=\""),
        "{}",
        &sheet1[..sheet1.len().min(3000)]
    );
}

#[test]
fn the_field_cases_a_review_found_are_read_or_refused_aloud() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let catalog = Catalog::built_in().expect("built in");
    let read = |text: &str| long::read_long(text.as_bytes(), "f.csv", &catalog);

    // A space before an opening quote does not split the cell at the comma inside it.
    let r =
        read("assessment,question_id,level,note,extra\nA,ict-connectivity,3, \"hello, world\",\n")
            .expect("reads");
    assert_eq!(
        r.assessments[0].0.answers["ict-connectivity"]
            .note
            .as_deref(),
        Some("hello, world")
    );
    // Two columns of one name, and text under a blank header, are refused.
    let err = read("assessment,question_id,level,level\nA,ict-connectivity,,3\n")
        .err()
        .expect("two level columns");
    assert!(
        err.to_string()
            .contains("f.csv:1:4: columns 3 and 4 are both named `level`"),
        "{err}"
    );
    let err =
        read("assessment;question_id;level;note;\nA;ict-connectivity;3;first part;second part\n")
            .err()
            .expect("text under a blank header");
    assert!(err.to_string().contains("f.csv:2:5: "), "{err}");
    // A not-applicable level and a level name that disagree.
    let err = read("assessment,question_id,level,level_label\nA,ict-connectivity,NA,Emerging\n")
        .err()
        .expect("disagree");
    assert!(err.to_string().contains("disagree"), "{err}");
    // A tab named by Excel's `sep=` line, after blank lines.
    let r =
        read("\n\nsep=\t\nassessment\tquestion_id\tlevel\nA\tict-connectivity\t2\n").expect("tab");
    assert_eq!(
        r.assessments[0].2, 5,
        "the row's line counts the blank lines and the sep line"
    );
    // A quote left open whose swallowed text ends in a quote: read, but said aloud.
    let r = read("assessment,question_id,level,note\nA,ict-connectivity,3,\"Census (see annex\nA,ict-devices,2,12 inch screens\"\n")
        .expect("reads");
    assert!(
        r.warnings.iter().any(|w| w.to_string().starts_with(
            "f.csv:3:1: warning: this line is read as part of the quoted cell opened on line 2"
        )),
        "{:?}",
        r.warnings
    );

    // A workbook with one stray value far away (Ctrl+↓, then typing) is refused, not a crash.
    let far = d.join("far.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["assessment", "question_id", "level", "date"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *h).expect("header");
    }
    sheet.write_string(1, 0, "A").expect("cell");
    sheet.write_string(1, 1, "ict-connectivity").expect("cell");
    sheet.write_number(1, 2, 2).expect("cell");
    sheet
        .write_string(1_048_575, 16_383, "x")
        .expect("far cell");
    // A date-formatted cell holding no date stays a number.
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    sheet
        .write_number_with_format(1, 3, 1e20, &date)
        .expect("cell");
    book.save(&far).expect("save");
    let err = refused(&["score", p(&far)]);
    assert!(
        err.contains("far.xlsx:1048576:5: this row has 16384 cells"),
        "{err}"
    );
    assert!(err.contains("give the column a header"), "{err}");

    // `import` reads what `export` writes, as CSV and as a workbook.
    let book = d.join("both.xlsx");
    ok(&["export", p(&sample()), "-o", p(&book)]);
    let out = d.join("from-book");
    assert!(
        ok(&["import", p(&book), "-o", p(&out)]).contains("wrote 1 assessments of tpd-ict 1.0.0")
    );
    let written = Assessment::load(&out.join("costa-serena-baseline-2026.ron"))
        .expect("written")
        .assessment;
    let original = Assessment::load(&sample()).expect("sample").assessment;
    assert_eq!(written.answers, original.answers);
    assert_eq!(
        (&written.label, &written.date),
        (&original.label, &original.date)
    );

    // A folder with Excel's lock file beside the workbook: the lock file is not read.
    let folder = d.join("folder");
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::copy(&book, folder.join("both.xlsx")).expect("copy");
    std::fs::write(folder.join("~$both.xlsx"), b"locked by someone").expect("lock");
    ok(&["score", p(&folder)]);

    // `-o /dev/stdout` appended to a log keeps what the log held.
    let log = d.join("log.txt");
    std::fs::write(&log, "prev\n").expect("log");
    let append = std::fs::OpenOptions::new()
        .append(true)
        .open(&log)
        .expect("append");
    let status = Command::new(env!("CARGO_BIN_EXE_pilares"))
        // A fixed locale: outputs follow the system language when no --lang is given.
        .env("LC_ALL", "C.UTF-8")
        .args(["plan", p(&sample()), "-o", "/dev/stdout"])
        .stdout(append)
        .status()
        .expect("runs");
    assert!(status.success());
    let logged = std::fs::read_to_string(&log).expect("log");
    assert!(logged.starts_with("prev\nassessment,pillar_id"), "{logged}");
}

/// Each member's own rating travels in the long CSV (rows with a `rater`) and comes back as
/// the same ratings; the team's answers and scores are unchanged by them; the workbook keeps
/// them on a `ratings` sheet of their own.
#[test]
fn members_ratings_round_trip_through_the_long_csv_and_stay_out_of_the_scores() {
    use pilares::analysis::merge::{Settle, merge};
    use pilares::model::assessment::Answer;
    let catalog = Catalog::built_in().expect("built in");
    let f = catalog.entries()[0].framework.clone();
    let base = Assessment::load(&sample()).expect("sample").assessment;
    let member = |name: &str, level: Option<i64>, note: Option<&str>| {
        let mut a = base.clone();
        a.participants = vec![name.to_owned()];
        a.answers.insert(
            "ict-content".into(),
            Answer {
                carried: false,
                level,
                not_applicable: level.is_none(),
                note: note.map(str::to_owned),
            },
        );
        a
    };
    let (ana, luis, rosa) = (
        member("Ana", Some(1), Some("=solo, \"pilotos\"\nen dos regiones")),
        member("Luis", Some(4), None),
        member("Rosa", None, None),
    );
    let team = merge(&[&ana, &luis, &rosa], &f, Some("Equipo"), Settle::None).team;
    let mut csv = Vec::new();
    long::write_long(&mut csv, [(&team, f.as_ref())], "es").expect("csv");
    let text = String::from_utf8(csv.clone()).expect("utf-8");
    assert!(
        text.lines()
            .next()
            .expect("header")
            .ends_with(",scope,rater")
    );
    let read = long::read_long(csv.as_slice(), "equipo.csv", &catalog).expect("reads back");
    let (back, _, _) = &read.assessments[0];
    assert_eq!(
        back.ratings, team.ratings,
        "every rating, note and not-applicable back"
    );
    assert_eq!(
        back.answers, team.answers,
        "the team's answers unchanged by the ratings"
    );
    let scored = long::score_long(csv.as_slice(), "equipo.csv", &catalog).expect("scores");
    assert_eq!(
        scored[0].card,
        pilares::analysis::scoring::score(&f, &team),
        "ratings count in no score"
    );
    // The workbook: the team's answers on `answers`, the members' on `ratings`.
    let book =
        pilares::formats::workbook::write_workbook(&[(&team, f.as_ref())], "es").expect("workbook");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(book)).expect("xlsx");
    let mut names = String::new();
    zip.by_name("xl/workbook.xml")
        .expect("workbook.xml")
        .read_to_string(&mut names)
        .expect("read");
    assert!(names.contains(r#"name="ratings""#), "{names}");
}

/// Rows are read on one thread and checked on another, in batches of a few thousand: across
/// batch boundaries (and a quoted note that runs over lines there) every error still names its
/// own line, in order, and every assessment arrives.
#[test]
fn errors_name_their_lines_across_the_reading_batches() {
    let mut catalog = Catalog::new();
    let mini = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini.ron");
    catalog.add_path(&mini).expect("mini.ron");
    let mut csv = String::from("assessment,question_id,level,note\n");
    let mut line = 1;
    let mut bad_lines = Vec::new();
    for a in 0..1500 {
        for q in ["a1", "a2", "b1", "b2", "c1"] {
            line += 1;
            let level = if line == 2049 || line == 6000 {
                bad_lines.push(line);
                "7"
            } else {
                "2"
            };
            if a == 409 && q == "c1" {
                // A note over two lines, right where the first batch ends.
                csv.push_str(&format!(
                    "Group {a},{q},{level},\"first line\nsecond line\"\n"
                ));
                line += 1;
            } else {
                csv.push_str(&format!("Group {a},{q},{level},\n"));
            }
        }
    }
    let Err(err) = long::read_long(csv.as_bytes(), "census.csv", &catalog) else {
        panic!("two bad rows are refused");
    };
    let lines: Vec<usize> = err
        .0
        .iter()
        .filter_map(|p| p.location.line_col.map(|(l, _)| l))
        .collect();
    assert_eq!(lines, bad_lines);
    let good = csv.replace(",7,", ",2,");
    let Ok(read) = long::read_long(good.as_bytes(), "census.csv", &catalog) else {
        panic!("the good file reads");
    };
    assert_eq!(read.assessments.len(), 1500);
    let note = read.assessments[409].0.answers["c1"].note.as_deref();
    assert_eq!(note, Some("first line\nsecond line"));
}
