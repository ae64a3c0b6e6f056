//! Pilares's own files: frameworks and assessments in RON, read with every problem placed at
//! its line, and a plain "this is not a Pilares file" for anything else.

use serde::de::DeserializeOwned;

use crate::io::problem::{Problem, Problems};
use crate::model::ronspan::{self, Node, Shape};

/// Largest framework or assessment file read (16 MiB: a real one is a few hundred KiB).
pub const MAX_RON_BYTES: u64 = 16 * 1024 * 1024;

/// The `ron` options every loader uses: bare optional values (`weight: 2.0`) allowed.
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(ronspan::MAX_DEPTH)
}

/// Parses RON text into `T`. On failure, reports `ron`'s error and every unknown field the
/// `shape` does not know (serde stops at the first). On success also returns the positioned
/// tree, for later validation messages.
pub fn parse_ron<T: DeserializeOwned>(
    text: &str,
    shown: &str,
    shape: &Shape,
) -> Result<(T, Option<Node>), Problems> {
    let tree = ronspan::scan(text);
    match ron_options().from_str::<T>(text) {
        Ok(value) => Ok((value, tree)),
        Err(err) => {
            let mut problems: Vec<Problem> = tree
                .as_ref()
                .map(|t| t.unknown_fields(shape))
                .unwrap_or_default()
                .into_iter()
                .map(|(pos, name, expected)| {
                    Problem::keyed(
                        shown,
                        Some(pos),
                        "problem-unknown-field",
                        &[("name", name.clone()), ("expected", expected.join(", "))],
                    )
                })
                .collect();
            let unknown_reported =
                matches!(err.code, ron::Error::NoSuchStructField { .. }) && !problems.is_empty();
            if !unknown_reported {
                problems.push(Problem::from_key(
                    shown,
                    Some((err.span.start.line, err.span.start.col)),
                    ron_key(&err.code),
                ));
            }
            crate::io::problem::sort_problems(&mut problems);
            Err(Problems(problems))
        }
    }
}

/// Refuses, with a plain message, text that is not a Pilares file of kind `name` (a README, a
/// `Cargo.toml`, a spreadsheet saved with the wrong extension) before the RON parser speaks
/// its own language about it. A Pilares file starts, after comments and `#![enable(…)]`
/// lines, with `Name(` or `(`.
pub fn expect_struct(text: &str, shown: &str, name: &str, example: &str) -> Result<(), Problems> {
    let mut rest = text.trim_start_matches('\u{feff}');
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else if rest.starts_with("#![") {
            rest = rest.split_once(']').map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    let opens = rest
        .strip_prefix(name)
        .unwrap_or(rest)
        .trim_start()
        .starts_with('(');
    if opens || rest.is_empty() {
        return Ok(());
    }
    let id = if name == "Framework" {
        "problem-not-a-framework"
    } else {
        "problem-not-an-assessment"
    };
    Err(Problems::keyed(
        shown,
        Some((1, 1)),
        id,
        &[("example", example.to_owned())],
    ))
}

/// `ron`'s message as an interface message: reworded where it speaks to programmers rather
/// than authors; otherwise `ron`'s own words (English) said inside "the file is not valid here".
fn ron_key(code: &ron::Error) -> crate::io::problem::Key {
    use crate::io::problem::Key;
    match code {
        ron::Error::ExceededRecursionLimit => Key::new(
            "problem-too-deep",
            &[("depth", ronspan::MAX_DEPTH.to_string())],
        ),
        ron::Error::Eof => Key::new("problem-ends-early", &[]),
        other => {
            let mut message = other.to_string();
            if let Some(first) = message.get(..1) {
                let lower = first.to_lowercase();
                message.replace_range(..1, &lower);
            }
            Key::new("problem-syntax", &[("detail", message)])
        }
    }
}
