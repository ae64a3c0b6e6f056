//! The interface languages: every Fluent file parses, has no duplicate ids, and has exactly the
//! ids of the English file; messages with plurals and arguments format in each language.

use std::collections::BTreeSet;

use pilares::i18n::{self, FTL, LANGUAGES, Messages};

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = FTL
        .iter()
        .find(|(c, _)| *c == "en")
        .expect("English is there")
        .1;
    let english_ids = i18n::message_ids(english).expect("en.ftl parses");
    let english_set: BTreeSet<_> = english_ids.iter().cloned().collect();
    assert_eq!(
        english_set.len(),
        english_ids.len(),
        "en.ftl has a duplicate id"
    );
    assert_eq!(FTL.len(), LANGUAGES.len());
    for (code, source) in FTL {
        let ids = i18n::message_ids(source).unwrap_or_else(|e| panic!("{code}.ftl: {e}"));
        let set: BTreeSet<_> = ids.iter().cloned().collect();
        assert_eq!(set.len(), ids.len(), "{code}.ftl has a duplicate id");
        let missing: Vec<_> = english_set.difference(&set).collect();
        let extra: Vec<_> = set.difference(&english_set).collect();
        assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{code}.ftl has ids English lacks: {extra:?}"
        );
    }
}

#[test]
fn every_message_formats_without_falling_back_to_its_id() {
    let english = FTL
        .iter()
        .find(|(c, _)| *c == "en")
        .expect("English is there")
        .1;
    for (code, _) in LANGUAGES {
        let m = Messages::new(code);
        for id in i18n::message_ids(english).expect("parses") {
            let text = m.format(
                &id,
                &[
                    ("label", "X".into()),
                    ("done", 2.into()),
                    ("total", 5.into()),
                    ("na", 1.into()),
                ],
            );
            assert_ne!(text, id, "{code}: {id} did not format");
            assert!(
                !text.contains('\u{2068}'),
                "{code}: {id} has isolation marks"
            );
        }
    }
}

#[test]
fn plurals_are_chosen_by_fluent() {
    let args = |na: usize| vec![("done", 3.into()), ("total", 5.into()), ("na", na.into())];
    let es = Messages::new("es");
    assert!(
        es.format("results-completeness", &args(1))
            .contains("una no aplica")
    );
    assert!(
        es.format("results-completeness", &args(2))
            .contains("2 no aplican")
    );
    let fr = Messages::new("fr");
    assert!(
        fr.format("results-completeness", &args(1))
            .contains("une sans objet")
    );
    let en = Messages::new("en");
    assert!(
        en.format("results-completeness", &args(3))
            .contains("3 not applicable")
    );
}

/// Every message id the code names (`msgs.get("…")`, `msgs.format("…", …)`, a keyed problem,
/// an action's label) is in the English file, and so, by the test above, in every language:
/// no message a user can see exists only as English text in the code or as a bare id.
#[test]
fn every_message_id_the_code_names_exists() {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let english = FTL.iter().find(|(c, _)| *c == "en").expect("en").1;
    let ids: BTreeSet<String> = i18n::message_ids(english)
        .expect("parses")
        .into_iter()
        .collect();
    let mut files = Vec::new();
    rust_files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut missing = BTreeSet::new();
    let mut named = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read");
        // The code below its unit tests (which name ids that do not exist on purpose).
        let text = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or(&text)
            .to_owned();
        for call in [
            "msgs.get(\"",
            "msgs.format(\"",
            "m.get(\"",
            "m.format(\"",
            "keyed(",
        ] {
            for (at, _) in text.match_indices(call) {
                let rest = &text[at + call.len()..];
                // `keyed(path, line, "id", …)`: the first string literal of the call.
                let rest = if call == "keyed(" {
                    match rest.split_once('"') {
                        Some((before, after)) if before.matches(',').count() == 2 => after,
                        _ => continue,
                    }
                } else {
                    rest
                };
                let id: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                    .collect();
                if id.is_empty() || !rest[id.len()..].starts_with('"') {
                    continue;
                }
                // Only ids shaped like messages (the map lookups `get("en")` aside).
                if !id.contains('-') {
                    continue;
                }
                named += 1;
                if !ids.contains(&id) {
                    missing.insert(format!("{id} ({})", file.display()));
                }
            }
        }
    }
    // And every literal shaped like a problem's or a command's message id, wherever it is
    // (ids chosen in an `if`, passed to `keyed_warning`, …).
    for file in {
        let mut files = Vec::new();
        rust_files(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        files
    } {
        let text = std::fs::read_to_string(&file).expect("read");
        let text = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or(&text)
            .to_owned();
        for prefix in [
            "\"problem-",
            "\"framework-",
            "\"what-",
            "\"cli-",
            "\"merge-",
        ] {
            for (at, _) in text.match_indices(prefix) {
                let id: String = text[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                    .collect();
                if text[at + 1 + id.len()..].starts_with('"') {
                    named += 1;
                    if !ids.contains(&id) {
                        missing.insert(format!("{id} ({})", file.display()));
                    }
                }
            }
        }
    }
    assert!(named > 100, "the scan found only {named} ids");
    assert!(
        missing.is_empty(),
        "named in the code, missing in en.ftl: {missing:#?}"
    );
}
