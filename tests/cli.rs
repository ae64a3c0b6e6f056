//! Runs the `pilares` binary on fixtures: exit codes, messages, outputs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// Runs pilares in a scratch folder (so no `./frameworks/` is picked up implicitly).
fn pilares(args: &[&str]) -> Output {
    let dir = std::env::temp_dir();
    Command::new(env!("CARGO_BIN_EXE_pilares"))
        // A fixed locale: outputs follow the system language when no --lang is given.
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn p(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

#[test]
fn validate_accepts_the_frameworks_folder() {
    let out = pilares(&["validate", p(&root().join("frameworks"))]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("ok (tpd-ict 1.0.0, 8 pillars, 40 questions)"));
}

#[test]
fn validate_reports_every_problem_with_position_and_exits_1() {
    let bad = fixture("invalid/many-problems.ron");
    let out = pilares(&["validate", p(&bad)]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 10, "{err}");
    for line in &lines {
        let rest = line
            .strip_prefix(p(&bad))
            .expect("each line starts with the path");
        let mut parts = rest.splitn(4, ':');
        assert_eq!(parts.next(), Some(""));
        let line_no: usize = parts.next().and_then(|l| l.parse().ok()).expect("line");
        let col: usize = parts.next().and_then(|c| c.parse().ok()).expect("col");
        assert!(line_no >= 1 && col >= 1);
    }
}

#[test]
fn score_table_is_readable() {
    let sample = root().join("assets/samples/costa-serena-2026.ron");
    let out = pilares(&["score", p(&sample)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    assert!(table.contains("Costa Serena — baseline 2026"));
    assert!(table.contains("Partnerships and collaborations"));
    assert!(table.contains("Overall"));
    assert!(table.contains("Completeness: 38 of 40"));
    let es = text(&pilares(&["score", "--lang", "es", p(&sample)]).stdout);
    assert!(es.contains("Alianzas y colaboraciones"), "{es}");
}

#[test]
fn score_csv_and_json() {
    let fw = fixture("mini.ron");
    let a = fixture("mini-a.ron");
    let b = fixture("mini-b.ron");
    let out = pilares(&[
        "--framework",
        p(&fw),
        "score",
        "--format",
        "csv",
        p(&a),
        p(&b),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let golden = std::fs::read_to_string(fixture("golden/mini-scores.csv")).expect("golden");
    assert_eq!(text(&out.stdout), golden);
    // The answer to a question the framework lacks is named on stderr, not dropped silently.
    assert!(text(&out.stderr).contains("old-q"));

    let out = pilares(&["score", "--format", "json", "--framework", p(&fw), p(&b)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json[0]["assessment"], "Group B");
    assert_eq!(json[0]["pillars"][1]["score"], serde_json::Value::Null);
    assert_eq!(json[0]["overall"]["answered"], 2);
}

#[test]
fn export_writes_the_long_csv_and_score_reads_it_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_csv = dir.path().join("answers.csv");
    let fw = fixture("mini.ron");
    let out = pilares(&[
        "export",
        "--framework",
        p(&fw),
        p(&fixture("mini-a.ron")),
        p(&fixture("mini-b.ron")),
        "-o",
        p(&out_csv),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let written = std::fs::read_to_string(&out_csv).expect("written");
    let golden = std::fs::read_to_string(fixture("golden/mini-long.csv")).expect("golden");
    assert_eq!(written, golden);

    // The CSV is an input too: same scores as from the RON files.
    let out = pilares(&[
        "score",
        "--format",
        "csv",
        "--framework",
        p(&fw),
        p(&out_csv),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let golden = std::fs::read_to_string(fixture("golden/mini-scores.csv")).expect("golden");
    assert_eq!(text(&out.stdout), golden);
}

#[test]
fn invalid_inputs_exit_1_with_the_file_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("garbage.ron", vec![0xff, 0x00, 0x13, 0x37, b'(', 0xc3], "not UTF-8"),
        ("truncated.ron", b"Assessment(\n    framework: (id: \"tpd-ict\", version: \"1.0.0\"),\n    label: \"T\",\n    answers: {\"ict-content\": (lev".to_vec(), "truncated.ron:4:"),
        ("deep.ron", "[".repeat(100_000).into_bytes(), "deep.ron:1:1: this is not a Pilares assessment"),
        ("deep-field.ron", format!("Assessment(framework: (id: \"tpd-ict\", version: \"1.0.0\"), label: \"T\", scope: {})", "[".repeat(100_000)).into_bytes(), "deep-field.ron:1:"),
        ("unknown-fw.ron", b"Assessment(framework: (id: \"nope\", version: \"9\"), label: \"T\")".to_vec(), "--framework PATH"),
        ("both.ron", b"Assessment(framework: (id: \"tpd-ict\", version: \"1.0.0\"), label: \"T\",\n answers: {\"ict-content\": (level: 2, not_applicable: true)})".to_vec(), "both.ron:2:12: answer to \"ict-content\" has both"),
        ("off-scale.ron", b"Assessment(framework: (id: \"tpd-ict\", version: \"1.0.0\"), label: \"T\",\n answers: {\"ict-content\": (level: 9)})".to_vec(), "both a level"),
        ("broken.csv", b"assessment,question_id,level\n\"T,ict-content,2\nT,ict-skills,3\n".to_vec(), "broken.csv"),
        ("empty.csv", Vec::new(), "empty.csv"),
        ("empty.ron", Vec::new(), "empty.ron"),
    ];
    for (name, bytes, needle) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        for command in ["score", "export"] {
            let out = pilares(&[command, p(&path)]);
            let err = text(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{command} {name}: {err}");
            assert!(
                err.contains(p(&path)),
                "{command} {name} must name the file: {err}"
            );
            if name != "off-scale.ron" {
                assert!(
                    err.contains(needle),
                    "{command} {name}: expected {needle:?} in {err}"
                );
            } else {
                assert!(
                    err.contains("level 9 of \"ict-content\" is not on the scale"),
                    "{err}"
                );
            }
            assert!(!err.contains("panicked"), "{err}");
        }
    }
    let missing = dir.path().join("missing.ron");
    let out = pilares(&["score", p(&missing)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("missing.ron: cannot read the file"));
}

#[test]
fn duplicate_labels_are_refused() {
    let a = fixture("mini-b.ron");
    let out = pilares(&[
        "score",
        "--framework",
        p(&fixture("mini.ron")),
        p(&a),
        p(&a),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("labels must be unique"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(pilares(&["score"]).status.code(), Some(2));
    assert_eq!(pilares(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        pilares(&["score", "--format", "xml", "x.ron"])
            .status
            .code(),
        Some(2)
    );
    let help = pilares(&["score", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(text(&help.stdout).contains("--format"));
}

#[test]
fn unwritable_output_is_a_clear_error() {
    let out = pilares(&[
        "export",
        p(&root().join("assets/samples/costa-serena-2026.ron")),
        "-o",
        "/nonexistent-folder/out.csv",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("/nonexistent-folder/out.csv: cannot write the file"));
}

#[test]
fn chart_writes_svg_with_a_polygon_per_assessment_and_a_png() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sample = root().join("assets/samples/costa-serena-2026.ron");
    // A second, fully answered assessment: the sample exported to CSV with every level set.
    let csv = dir.path().join("follow-up.csv");
    let out = pilares(&["export", p(&sample), "-o", p(&csv)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let body = std::fs::read_to_string(&csv).expect("csv");
    let mut rows: Vec<String> = Vec::new();
    for (i, line) in body.lines().enumerate() {
        if i == 0 {
            rows.push(line.to_owned());
            continue;
        }
        let mut cells: Vec<String> = line.split(',').map(str::to_owned).collect();
        cells[0] = "Costa Serena — follow-up 2027".to_owned();
        cells[7] = "3".to_owned();
        cells[8] = String::new(); // the level's name would disagree with the new level
        cells[9] = "false".to_owned();
        cells.truncate(10); // drop notes: no commas in the remaining cells of this sample
        rows.push(cells.join(","));
    }
    std::fs::write(&csv, rows.join("\n")).expect("write");

    let svg = dir.path().join("chart.svg");
    let out = pilares(&["chart", p(&sample), p(&csv), "-o", p(&svg), "--lang", "es"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc = std::fs::read_to_string(&svg).expect("svg");
    assert!(doc.starts_with("<svg"));
    // Both assessments are fully scored, so each is one filled polygon.
    assert_eq!(doc.matches("<polygon opacity=\"0.").count(), 2, "{doc}");
    for label in [
        "Costa Serena — baseline 2026",
        "Costa Serena — follow-up 2027",
        "TIC",
        "Alianzas y", // long names are wrapped onto lines of their own
        "colaboraciones",
        "Establecido",
    ] {
        // The SVG backend writes each text's content on a line of its own.
        assert!(
            doc.lines().any(|l| l.trim() == label),
            "{label} missing from the SVG"
        );
    }

    let png = dir.path().join("chart.png");
    let out = pilares(&[
        "chart",
        p(&sample),
        "-o",
        p(&png),
        "--width",
        "640",
        "--height",
        "480",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let bytes = std::fs::read(&png).expect("png");
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    // Width and height in the IHDR chunk.
    assert_eq!(
        u32::from_be_bytes(bytes[16..20].try_into().expect("4 bytes")),
        640
    );
    assert_eq!(
        u32::from_be_bytes(bytes[20..24].try_into().expect("4 bytes")),
        480
    );
}

#[test]
fn chart_refuses_unknown_formats_and_sizes() {
    let sample = root().join("assets/samples/costa-serena-2026.ron");
    let dir = tempfile::tempdir().expect("tempdir");
    let out = pilares(&["chart", p(&sample), "-o", p(&dir.path().join("c.gif"))]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("as .svg or .png"));
    let out = pilares(&[
        "chart",
        p(&sample),
        "-o",
        p(&dir.path().join("c.png")),
        "--width",
        "5",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("too small or too large"));
    assert!(!dir.path().join("c.png").exists());
}

#[test]
fn import_writes_one_file_per_row_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out_dir = dir.path().join("groups");
    let survey = fixture("survey.csv");
    let args = [
        "import",
        p(&survey),
        "--label-column",
        "Group name",
        "-o",
        p(&out_dir),
    ];
    let out = pilares(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("wrote 3 assessments of tpd-ict 1.0.0"));
    assert!(text(&out.stderr).contains("left out: Timestamp, Email address"));
    let files: Vec<_> = std::fs::read_dir(&out_dir)
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(files.len(), 3);
    // What was written scores like any assessment file.
    let out = pilares(&["score", "--format", "csv", p(&out_dir)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 1 + 3 * 9);
    // A second import into the same folder refuses, and leaves the files alone.
    let before = std::fs::read(&files[0]).expect("file");
    let out = pilares(&args);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("already exist"));
    assert_eq!(std::fs::read(&files[0]).expect("file"), before);
    // Without the label column: one clear message, exit 1.
    let out = pilares(&["import", p(&survey), "-o", p(&dir.path().join("x"))]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("--label-column"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn report_writes_a_self_contained_html_file_in_the_language_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let html = dir.path().join("report.html");
    let sample = root().join("assets/samples/costa-serena-2026.ron");
    let out = pilares(&["report", p(&sample), "-o", p(&html), "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let page = std::fs::read_to_string(&html).expect("written");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("Rapport d’autoévaluation\u{a0}: Costa Serena — baseline 2026"));
    assert!(page.contains("<svg") && page.contains("@page { size: A4"));
    assert_eq!(page.matches("<polygon opacity=\"0.").count(), 1);
}

#[test]
fn plan_writes_the_plan_csv() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("a.ron");
    let mut a = std::fs::read_to_string(fixture("mini-a.ron")).expect("fixture");
    a = a.replacen(
        "answers: {",
        "targets: {\"a\": 3.5},\n    actions: [(pillar: \"a\", question: \"a2\", text: \"Train, then \\\"check\\\"\", owner: \"DGDP\", due: \"2027-06-30\", status: InProgress)],\n    answers: {",
        1,
    );
    std::fs::write(&file, a).expect("write");
    let mini = fixture("mini.ron");
    let out = pilares(&["--framework", p(&mini), "plan", p(&file)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "assessment,pillar_id,question_id,current,target,action,owner,due,status\n\
         Group A,a,a2,1,3.50,\"Train, then \"\"check\"\"\",DGDP,2027-06-30,InProgress\n"
    );
}

#[test]
fn lang_takes_the_forms_people_have_and_refuses_the_rest() {
    let sample = root().join("assets/samples/costa-serena-2026.ron");
    for (lang, words) in [
        ("pt-BR", ["Parcerias e colaborações", "2,20", "Completude"]),
        ("pt_BR", ["Parcerias e colaborações", "2,20", "Completude"]),
        ("PT", ["Parcerias e colaborações", "2,20", "Completude"]),
        (
            "es-MX",
            ["Alianzas y colaboraciones", "2,20", "Completitud"],
        ),
        (
            "fr-FR",
            ["Partenariats et collaborations", "2,20", "Complétude"],
        ),
    ] {
        let out = pilares(&["score", "--lang", lang, p(&sample)]);
        assert_eq!(out.status.code(), Some(0), "{lang}");
        let table = text(&out.stdout);
        for word in words {
            assert!(table.contains(word), "{lang}: {word} in {table}");
        }
    }
    // Without --lang, the system's language.
    let out = Command::new(env!("CARGO_BIN_EXE_pilares"))
        .args(["score", p(&sample)])
        .env("LC_ALL", "es_ES.UTF-8")
        .current_dir(std::env::temp_dir())
        .output()
        .expect("runs");
    assert!(text(&out.stdout).contains("Alianzas y colaboraciones"));
    // An unknown code is a usage error that lists the choices; the report is never marked
    // with a language it is not in.
    for command in ["score", "export", "report", "chart"] {
        let mut args = vec![command, "--lang", "xx", p(&sample)];
        if command == "report" || command == "chart" {
            args.extend(["-o", "-"]);
        }
        let out = pilares(&args);
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert!(
            text(&out.stderr).contains("es (Español)"),
            "{}",
            text(&out.stderr)
        );
    }
    let html = text(&pilares(&["report", "--lang", "pt-BR", p(&sample), "-o", "-"]).stdout);
    assert!(
        html.contains("<html lang=\"pt\""),
        "{}",
        &html[..200.min(html.len())]
    );
}

/// Five officials answer alone; `merge` makes the team's assessment with every rating and the
/// answers all agreed on; `agreement` reports the spread and alpha; a sixth official's file
/// merged later joins without anyone counted twice.
#[test]
fn a_team_merges_its_members_answers_and_measures_its_agreement() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sample = std::fs::read_to_string(root().join("assets/samples/costa-serena-2026.ron"))
        .expect("sample");
    let person = |name: &str, changes: &[(&str, &str)]| {
        let mut text = sample.replace(
            r#"participants: ["M. Álvarez", "J. Baptiste", "R. Cordeiro", "L. Duarte"]"#,
            &format!(r#"participants: ["{name}"]"#),
        );
        for (from, to) in changes {
            assert!(text.contains(from), "{from}");
            text = text.replace(from, to);
        }
        let path = dir.path().join(format!("{name}.ron"));
        std::fs::write(&path, text).expect("write");
        path
    };
    let files = [
        person("Ana", &[]),
        person(
            "Luis",
            &[(
                r#""ict-content": (level: 3)"#,
                r#""ict-content": (level: 2)"#,
            )],
        ),
        person(
            "Rosa",
            &[(
                r#""ict-content": (level: 3)"#,
                r#""ict-content": (level: 4)"#,
            )],
        ),
        person("Iván", &[]),
        person(
            "Marta",
            &[(
                r#""ict-blended": (level: 2)"#,
                r#""ict-blended": (level: 3)"#,
            )],
        ),
    ];
    let team = dir.path().join("team.ron");
    let mut args = vec!["merge", "--label", "Equipo nacional", "-o", p(&team)];
    args.extend(files.iter().map(|f| p(f)));
    let out = pilares(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("merged 5 participants"),
        "{}",
        text(&out.stdout)
    );
    let merged = std::fs::read_to_string(&team).expect("team file");
    assert!(merged.contains("ratings:") && merged.contains(r#"by: "Rosa""#));

    let out = pilares(&["agreement", "--format", "json", p(&team)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let alpha = json["alpha_ordinal"].as_f64().expect("alpha");
    assert!(alpha > 0.8 && alpha < 1.0, "mostly alike: {alpha}");
    let question = |id: &str| {
        json["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .find(|q| q["question_id"] == id)
            .cloned()
            .expect("question")
    };
    let content = question("ict-content");
    assert_eq!(
        (content["min"].as_i64(), content["max"].as_i64()),
        (Some(2), Some(4))
    );
    assert_eq!(content["median"], 3);
    assert!(
        content["agreed"].is_null(),
        "2, 3, 3, 3, 4: left for the team"
    );
    assert_eq!(question("ict-devices")["agreed"], 2, "all five chose 2");

    // A sixth file arrives: merged into the team's file, she joins; nobody counts twice.
    let sixth = person("Sofía", &[]);
    let out = pilares(&["merge", "-o", p(&team), p(&team), p(&sixth), p(&files[0])]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = pilares(&["agreement", "--format", "json", p(&team)]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let ratings = json["questions"][0]["ratings"]
        .as_array()
        .expect("ratings")
        .len();
    assert_eq!(ratings, 6, "five and Sofía, Ana once");

    // Never over a file that is not an input.
    let other = dir.path().join("other.ron");
    std::fs::write(&other, "keep").expect("write");
    let out = pilares(&["merge", "-o", p(&other), p(&files[0]), p(&files[1])]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&other).expect("read"), "keep");
}

/// On a computer in Spanish (or Portuguese), a file the command line cannot use is refused in
/// that language, with the file and line as always.
#[test]
fn problems_are_said_in_the_systems_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let notes = dir.path().join("notas.ron");
    std::fs::write(&notes, "Notas de la reunión\n").expect("write");
    for (locale, expected) in [
        (
            "es_ES.UTF-8",
            "notas.ron:1:1: esto no es una evaluación de Pilares",
        ),
        (
            "pt_BR.UTF-8",
            "notas.ron:1:1: isto não é uma avaliação do Pilares",
        ),
        ("C.UTF-8", "notas.ron:1:1: this is not a Pilares assessment"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_pilares"))
            .env("LC_ALL", locale)
            .args(["score", p(&notes)])
            .current_dir(dir.path())
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1));
        let err = text(&out.stderr);
        assert!(err.contains(expected), "{locale}: {err}");
    }
}

/// `--help` speaks the system's language, or the one `--lang` names, as far as clap allows.
#[test]
fn help_is_in_the_users_language() {
    let out = Command::new(env!("CARGO_BIN_EXE_pilares"))
        .env("LC_ALL", "es_ES.UTF-8")
        .arg("--help")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for words in [
        "Uso: pilares",
        "Comandos:",
        "Opciones:",
        "Mostrar la ayuda",
        "Sin comando, pilares abre la aplicación",
    ] {
        assert!(help.contains(words), "{words:?} in {help}");
    }
    let help = text(&pilares(&["score", "--lang", "fr", "--help"]).stdout);
    assert!(help.contains("Langue de la sortie"), "{help}");
    // English as the code documents it, with the same word on the window.
    let help = text(&pilares(&["--help"]).stdout);
    assert!(
        help.contains("Usage: pilares") && help.contains("no command opens one"),
        "{help}"
    );
}

#[test]
fn texts_go_out_to_translators_and_come_back_as_a_new_valid_framework() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sheet = dir.path().join("texts.xlsx");
    let out = pilares(&["texts", "tpd-ict", "-o", p(&sheet), "--add-language", "ht"]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    // A translator fills one Haitian Creole cell in a spreadsheet and saves it as CSV.
    let csv = dir.path().join("texts.csv");
    assert!(
        pilares(&["texts", "tpd-ict", "-o", p(&csv), "--add-language", "ht"])
            .status
            .success()
    );
    let written = std::fs::read_to_string(&csv).expect("csv");
    let translated = written.replacen(
        "scale.2,Emerging,Emergente,Émergent,Emergente,",
        "scale.2,Emerging,Emergente,Émergent,Emergente,Emèjan",
        1,
    );
    assert_ne!(translated, written);
    std::fs::write(&csv, translated).expect("write");
    let new = dir.path().join("tpd-ict-ht.ron");
    let out = pilares(&["texts", "tpd-ict", "--apply", p(&csv), "-o", p(&new)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let f = pilares::model::framework::Framework::load(&new).expect("a valid framework");
    assert_eq!(
        f.scale[1].label.0.get("ht").map(String::as_str),
        Some("Emèjan")
    );

    // The untouched workbook gives back the same framework.
    let same = dir.path().join("same.ron");
    let out = pilares(&["texts", "tpd-ict", "--apply", p(&sheet), "-o", p(&same)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let built_in = pilares::model::catalog::Catalog::built_in().expect("built-in");
    let original = built_in.newest("tpd-ict").expect("tpd-ict");
    assert_eq!(
        &pilares::model::framework::Framework::load(&same).expect("valid"),
        original.framework.as_ref()
    );

    // Never over an existing file.
    let out = pilares(&["texts", "tpd-ict", "--apply", p(&sheet), "-o", p(&same)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("already exists"),
        "{}",
        text(&out.stderr)
    );

    // An unknown key is refused, naming the file and the line.
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "key,en\nname,Name\nquestion.nope.text,What?\n").expect("write");
    let out = pilares(&[
        "texts",
        "tpd-ict",
        "--apply",
        p(&bad),
        "-o",
        p(&dir.path().join("x.ron")),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("bad.csv:3:1") && err.contains("question.nope.text"),
        "{err}"
    );
    assert!(!dir.path().join("x.ron").exists());
}
