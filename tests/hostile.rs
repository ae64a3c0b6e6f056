//! Hostile input: every command on every kind of broken file ends with one clear message
//! naming the file and exit code 1 (never a panic, never a hang), and thousands of mutations
//! of the real files never make a parser panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pilares::formats::long;
use pilares::formats::survey;
use pilares::model::assessment::Assessment;
use pilares::model::catalog::Catalog;
use pilares::model::framework::Framework;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs pilares with a time limit: a hang fails the test instead of stalling CI.
fn pilares(args: &[&str], dir: &Path) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pilares"))
        // A fixed locale: outputs follow the system language when no --lang is given.
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let out = child.wait_with_output().expect("output");
            return (
                status.code(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            );
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("pilares {args:?} did not finish in 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A file of `len` zero bytes without writing them (sparse where the file system allows).
fn big_file(path: &Path, len: u64) {
    let f = std::fs::File::create(path).expect("create");
    f.set_len(len).expect("set_len");
}

#[test]
fn every_command_on_every_hostile_file_exits_1_naming_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let mut files: Vec<(PathBuf, &str)> = Vec::new();
    let mut write = |name: &str, bytes: Vec<u8>, needle: &'static str| {
        let path = d.join(name);
        std::fs::write(&path, bytes).expect("write");
        files.push((path, needle));
    };
    write(
        "garbage.ron",
        (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect(),
        "",
    );
    write(
        "invalid-utf8.ron",
        b"Assessment(label: \"caf\xe9\")".to_vec(),
        "UTF-8",
    );
    write(
        "truncated.ron",
        b"Framework(id: \"x\", version: \"1\", name: {\"en\": \"X".to_vec(),
        "",
    );
    write("nested.ron", "(".repeat(200_000).into_bytes(), "");
    write(
        "garbage.csv",
        (0..4096u32)
            .map(|i| (i.wrapping_mul(2246822519) >> 11) as u8)
            .collect(),
        "",
    );
    write(
        "missing-columns.csv",
        b"assessment,level\nA,2\n".to_vec(),
        "question_id",
    );
    write(
        "broken-quote.csv",
        b"assessment,question_id,level\n\"A,ict-content,2\n".to_vec(),
        "",
    );
    write(
        "nul.csv",
        b"assessment,question_id,level\nA\0,ict\0,2\n".to_vec(),
        "",
    );
    let long_line = d.join("long-line.csv");
    // One line past the longest row a table may have (32 MiB, twice the largest .ron file).
    std::fs::write(&long_line, vec![b'x'; 33 * 1024 * 1024]).expect("write");
    files.push((long_line, "longer than 32 MiB"));
    let big_ron = d.join("big.ron");
    big_file(&big_ron, 100 * 1024 * 1024);
    files.push((big_ron, "16 MiB"));
    let big_csv = d.join("big.csv");
    big_file(&big_csv, 100 * 1024 * 1024);
    files.push((big_csv, "MiB"));
    let folder = d.join("folder.ron");
    std::fs::create_dir(&folder).expect("mkdir");
    files.push((folder, ""));

    let out = d.join("out");
    let o = |ext: &str| out.with_extension(ext).display().to_string();
    for (file, needle) in &files {
        let f = file.display().to_string();
        let runs: Vec<Vec<String>> = vec![
            vec!["validate".into(), f.clone()],
            vec!["score".into(), f.clone()],
            vec!["export".into(), f.clone()],
            vec!["chart".into(), f.clone(), "-o".into(), o("svg")],
            vec!["report".into(), f.clone(), "-o".into(), o("html")],
            vec!["plan".into(), f.clone()],
            vec!["import".into(), f.clone(), "-o".into(), o("d")],
        ];
        for args in runs {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let (code, err) = pilares(&args, d);
            let what = format!("pilares {}", args.join(" "));
            assert_eq!(code, Some(1), "{what}: {err}");
            assert!(!err.contains("panicked"), "{what}: {err}");
            assert!(err.contains(&f), "{what} names the file: {err}");
            // The messages that carry a limit or a fix say it (where the command reads the
            // file as that kind of file).
            // (import reads a survey, not a long CSV: it has its own words for columns.)
            let kind_matches = (f.ends_with(".csv")
                && args[0] != "validate"
                && (args[0] != "import" || needle.contains("MiB")))
                || (f.ends_with(".ron") && args[0] != "import");
            if !needle.is_empty() && kind_matches {
                assert!(err.contains(needle), "{what}: expected {needle:?} in {err}");
            }
        }
    }
    assert!(!out.with_extension("svg").exists() && !out.with_extension("html").exists());
}

/// xorshift: deterministic mutations, the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One mutation of `bytes`: flip bits, delete, insert, duplicate, truncate, or splice in the
/// characters parsers care about.
fn mutate(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut b = bytes.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(b.len().max(1));
        match rng.below(7) {
            0 if !b.is_empty() => b[at] ^= 1 << rng.below(8),
            1 if !b.is_empty() => {
                let end = (at + 1 + rng.below(64)).min(b.len());
                b.drain(at..end);
            }
            2 => {
                let junk: Vec<u8> = (0..1 + rng.below(8)).map(|_| rng.next() as u8).collect();
                b.splice(at.min(b.len())..at.min(b.len()), junk);
            }
            3 if !b.is_empty() => {
                let end = (at + 1 + rng.below(200)).min(b.len());
                let chunk = b[at..end].to_vec();
                b.splice(at..at, chunk);
            }
            4 => b.truncate(at),
            5 => {
                let tokens: [&[u8]; 12] = [
                    b"(", b")", b"[", b"]", b"{", b"}", b"\"", b",", b":", b"\n", b"\\", b"'",
                ];
                let t = tokens[rng.below(tokens.len())];
                b.splice(at.min(b.len())..at.min(b.len()), t.iter().copied());
            }
            _ => {
                let numbers: [&[u8]; 5] = [b"-1", b"1e309", b"NaN", b"99999999999999999999", b"0"];
                let t = numbers[rng.below(numbers.len())];
                b.splice(at.min(b.len())..at.min(b.len()), t.iter().copied());
            }
        }
    }
    b
}

#[test]
fn mutated_real_files_never_make_a_parser_panic() {
    let framework =
        Framework::from_ron(pilares::model::catalog::BUILT_IN[0].1, "b").expect("built-in");
    let mut catalog = Catalog::built_in().expect("built-in");
    catalog.add(
        Framework::load(&root().join("tests/fixtures/mini.ron")).expect("mini"),
        pilares::model::catalog::Source::BuiltIn("mini"),
    );
    let seeds: Vec<(PathBuf, usize)> = vec![
        (root().join("frameworks/tpd-ict.ron"), 250),
        (root().join("tests/fixtures/mini.ron"), 1500),
        (root().join("assets/samples/costa-serena-2026.ron"), 1500),
        (root().join("tests/fixtures/mini-a.ron"), 1500),
        (root().join("tests/fixtures/golden/mini-long.csv"), 1500),
        (root().join("tests/fixtures/survey.csv"), 1500),
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut tried = 0usize;
    let mut accepted = 0usize;
    for (path, count) in seeds {
        let bytes = std::fs::read(&path).expect("seed");
        let csv = path.extension().is_some_and(|e| e == "csv");
        for _ in 0..count {
            let input = mutate(&bytes, &mut rng);
            let outcome = std::panic::catch_unwind(|| {
                if csv {
                    let long = long::read_long(input.as_slice(), "m.csv", &catalog);
                    let survey = survey::read_survey(input.as_slice(), "m.csv", &framework, None);
                    long.is_ok() || survey.is_ok()
                } else {
                    let text = String::from_utf8_lossy(&input);
                    let f = Framework::from_ron(&text, "m.ron");
                    let a = Assessment::parse_ron(&text, "m.ron").map(|p| {
                        let problems = p.assessment.check(&framework, "m.ron", p.tree.as_ref());
                        let _ = pilares::analysis::scoring::score(&framework, &p.assessment);
                        problems
                    });
                    f.is_ok() || a.is_ok()
                }
            });
            match outcome {
                Ok(ok) => accepted += usize::from(ok),
                Err(_) => {
                    let saved = std::env::temp_dir().join("pilares-panic-input");
                    let _ = std::fs::write(&saved, &input);
                    panic!(
                        "a mutation of {} made a parser panic; input saved to {}",
                        path.display(),
                        saved.display()
                    );
                }
            }
            tried += 1;
        }
    }
    // Most mutations are rejected with a message, some still parse: both are fine.
    assert_eq!(tried, 250 + 5 * 1500);
    assert!(
        accepted > 0 && accepted < tried,
        "{accepted} of {tried} accepted"
    );
}
