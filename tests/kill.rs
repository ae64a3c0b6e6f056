//! Atomic saves, proven: a child process saves an assessment in a loop, each version a little
//! different; the parent kills it (SIGKILL) at random moments, and after every kill the file
//! on disk must parse and be exactly one of the versions the child wrote — never a mix, never
//! half a file — and never older than one seen before.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use pilares::model::assessment::{Answer, Assessment};

const CHILD_ENV: &str = "PILARES_KILL_TEST_FILE";

/// Version `n` of the assessment: its notes grow and change with `n`, so a torn write could not
/// pass for a whole version.
fn version(n: u64) -> Assessment {
    let mut a = Assessment {
        label: format!("Version {n}"),
        ..Assessment::default()
    };
    a.framework.id = "tpd-ict".into();
    a.framework.version = "1.0.0".into();
    for q in 0..(20 + n % 40) {
        a.answers.insert(
            format!("q{q:03}"),
            Answer {
                level: Some(((n + q) % 4 + 1) as i64),
                not_applicable: false,
                carried: false,
                note: Some(format!(
                    "note {n}-{q} — {}",
                    "é".repeat(((n * 7 + q) % 300) as usize)
                )),
            },
        );
    }
    a
}

/// The child: saves versions 0, 1, 2, … until it is killed.
#[test]
fn child_saving_in_a_loop() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return; // run directly by `cargo test`: nothing to do
    };
    let path = Path::new(&path);
    for n in 0.. {
        version(n).save(path).expect("save");
    }
}

#[test]
fn a_killed_save_leaves_a_whole_version_on_disk() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("assessment.ron");
    version(0).save(&path).expect("first version");
    let exe = std::env::current_exe().expect("test binary");
    let mut last_seen = 0u64;
    let mut distinct = std::collections::BTreeSet::new();
    for round in 0..40u64 {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "child_saving_in_a_loop",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &path)
            .spawn()
            .expect("child starts");
        // Kill at a different moment each round: 20–139 ms after start.
        std::thread::sleep(Duration::from_millis(20 + (round * 37) % 120));
        child.kill().expect("SIGKILL"); // Child::kill sends SIGKILL on Unix
        child.wait().expect("reaped");

        let text = std::fs::read_to_string(&path).expect("the file is there and is UTF-8");
        let parsed = Assessment::parse_ron(&text, "assessment.ron")
            .unwrap_or_else(|e| panic!("round {round}: the file does not parse after a kill: {e}"))
            .assessment;
        let n: u64 = parsed
            .label
            .strip_prefix("Version ")
            .and_then(|n| n.parse().ok())
            .expect("a version label");
        assert_eq!(
            parsed,
            version(n),
            "round {round}: version {n} on disk is not whole"
        );
        // Each child starts again from version 0, so the file may go back to an early
        // version; what matters is that it is always exactly one version.
        last_seen = last_seen.max(n);
        distinct.insert(n);
        // Leftover temporary files are never mistaken for the assessment.
        for entry in std::fs::read_dir(dir.path()).expect("list") {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            assert!(
                name == "assessment.ron" || name.starts_with(".pilares-"),
                "{name}"
            );
        }
    }
    assert!(last_seen > 0, "the child got to save at least once");
    assert!(
        distinct.len() > 3,
        "kills landed at different versions: {distinct:?}"
    );
}
