//! The layers of ARCHITECTURE.md hold by construction: each top-level module of `src/` names
//! only the modules below it (comments and unit tests aside), so there is no import cycle
//! between them and the window's code is reachable from nowhere but `ui`.

use std::path::{Path, PathBuf};

/// Bottom to top. `cli` and `ui` are two front ends: neither uses the other.
const LAYERS: [&str; 10] = [
    "i18n", "io", "model", "analysis", "formats", "output", "session", "state", "cli", "ui",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
}

/// The top-level modules a file names as `crate::…`, outside comments and its test module.
fn uses(text: &str) -> Vec<String> {
    let code = text
        .split("#[cfg(test)]\nmod tests {")
        .next()
        .unwrap_or(text);
    let mut found = Vec::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        for (at, _) in line.match_indices("crate::") {
            let name: String = line[at + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            found.push(name);
        }
    }
    found
}

/// Every source file (unit tests' own files aside): its path under `src/` and its text.
fn sources() -> Vec<(PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files
        .iter()
        .map(|file| {
            let rel = file.strip_prefix(&src).expect("under src").to_owned();
            (rel, std::fs::read_to_string(file).expect("read"))
        })
        .collect()
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let mut wrong = Vec::new();
    for (rel, text) in &sources() {
        let top = rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .map(|s| s.trim_end_matches(".rs").to_owned())
            .expect("a name");
        let Some(level) = LAYERS.iter().position(|l| *l == top) else {
            continue; // lib.rs and main.rs wire everything
        };
        for used in uses(text) {
            let Some(other) = LAYERS.iter().position(|l| *l == used) else {
                continue;
            };
            let front_ends = top == "cli" && used == "ui" || top == "ui" && used == "cli";
            if other > level || front_ends {
                wrong.push(format!("{} uses {used}", rel.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "uses of a layer above: {wrong:#?}");
}

/// The core reaches files only through `io::storage` (and `io::files` above it), which the
/// browser build implements with the page's storage: `std::fs` anywhere else would compile for
/// the web and fail there at run time. The command line, which never runs in a browser, and
/// code kept to computers (`cfg(not(target_arch = "wasm32"))` on the line before) may use it.
#[test]
fn only_io_touches_the_file_system() {
    let mut wrong = Vec::new();
    for (rel, text) in &sources() {
        if rel.starts_with("io") || rel.starts_with("cli") || rel.starts_with("main.rs") {
            continue;
        }
        let code = text
            .split("#[cfg(test)]\nmod tests {")
            .next()
            .unwrap_or(text);
        let mut previous = "";
        for (n, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            let native_only = previous.contains("cfg(not(target_arch = \"wasm32\"))");
            if !trimmed.starts_with("//")
                && (trimmed.contains("std::fs") || trimmed.contains("File::open"))
                && !native_only
            {
                wrong.push(format!("{}:{}: {trimmed}", rel.display(), n + 1));
            }
            previous = trimmed;
        }
    }
    assert!(
        wrong.is_empty(),
        "file system outside io::storage: {wrong:#?}"
    );
}
