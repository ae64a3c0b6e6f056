//! The translators' sheet (SPEC §6 `pilares texts`): every text of a framework on a row of its
//! own, with a stable key and one column per language, written to `.xlsx` or `.csv`; and a
//! translated sheet applied back to the framework, every row arriving or refused by its line.

use std::collections::{BTreeMap, BTreeSet};

use rust_xlsxwriter::Workbook;

use crate::formats::guard::unguard;
use crate::formats::sheet::{Cell, CsvSink, CsvStyle, SheetSink, Sink, WriteError};
use crate::formats::table::{Row, Table};
use crate::io::problem::{Problem, Problems};
use crate::model::framework::Framework;
use crate::model::text::{Text, is_language_code};

/// The first column's name.
pub const KEY: &str = "key";

/// Calls `visit` with every text of `f` and its key, in file order: `name`, `description`,
/// `scale.VALUE`, `pillar.ID.name`, `pillar.ID.description`, `pillar.ID.discussion.N`,
/// `question.ID.text`, `question.ID.help`, `question.ID.level.VALUE`.
pub fn visit(f: &Framework, mut visit: impl FnMut(String, &Text)) {
    visit("name".into(), &f.name);
    if let Some(d) = &f.description {
        visit("description".into(), d);
    }
    for level in &f.scale {
        visit(format!("scale.{}", level.value), &level.label);
    }
    for p in &f.pillars {
        visit(format!("pillar.{}.name", p.id), &p.name);
        if let Some(d) = &p.description {
            visit(format!("pillar.{}.description", p.id), d);
        }
        for (n, prompt) in p.discussion.iter().enumerate() {
            visit(format!("pillar.{}.discussion.{}", p.id, n + 1), prompt);
        }
        for q in &p.questions {
            visit(format!("question.{}.text", q.id), &q.text);
            if let Some(h) = &q.help {
                visit(format!("question.{}.help", q.id), h);
            }
            for (value, descriptor) in &q.levels {
                visit(format!("question.{}.level.{value}", q.id), descriptor);
            }
        }
    }
}

/// [`visit`], each text open to change.
fn visit_mut(f: &mut Framework, mut visit: impl FnMut(String, &mut Text)) {
    visit("name".into(), &mut f.name);
    if let Some(d) = &mut f.description {
        visit("description".into(), d);
    }
    for level in &mut f.scale {
        visit(format!("scale.{}", level.value), &mut level.label);
    }
    for p in &mut f.pillars {
        visit(format!("pillar.{}.name", p.id), &mut p.name);
        if let Some(d) = &mut p.description {
            visit(format!("pillar.{}.description", p.id), d);
        }
        for (n, prompt) in p.discussion.iter_mut().enumerate() {
            visit(format!("pillar.{}.discussion.{}", p.id, n + 1), prompt);
        }
        for q in &mut p.questions {
            visit(format!("question.{}.text", q.id), &mut q.text);
            if let Some(h) = &mut q.help {
                visit(format!("question.{}.help", q.id), h);
            }
            for (value, descriptor) in &mut q.levels {
                visit(format!("question.{}.level.{value}", q.id), descriptor);
            }
        }
    }
}

/// The languages of a framework's texts: the default first, then the others in code order.
pub fn languages(f: &Framework) -> Vec<String> {
    let mut others = BTreeSet::new();
    visit(f, |_, text| others.extend(text.0.keys().cloned()));
    let default = f.default_language().to_owned();
    others.remove(&default);
    std::iter::once(default).chain(others).collect()
}

/// The sheet into any sink: the header, then a row per text.
pub fn write_to(sink: &mut dyn Sink, f: &Framework, extra: &[String]) -> Result<(), WriteError> {
    let mut langs = languages(f);
    for l in extra {
        if !langs.contains(l) {
            langs.push(l.clone());
        }
    }
    let mut header = vec![KEY];
    header.extend(langs.iter().map(String::as_str));
    sink.header(&header)?;
    let mut result = Ok(());
    visit(f, |key, text| {
        if result.is_err() {
            return;
        }
        result = (|| {
            sink.cell(Cell::Text(&key))?;
            for l in &langs {
                sink.cell(Cell::Text(text.0.get(l).map_or("", String::as_str)))?;
            }
            sink.end_row()
        })();
    });
    result
}

/// The sheet as CSV bytes (UTF-8 with a BOM, so that Excel keeps the accents).
pub fn write_csv(f: &Framework, extra: &[String]) -> Result<Vec<u8>, WriteError> {
    let mut out = Vec::new();
    let style = CsvStyle {
        bom: true,
        ..CsvStyle::default()
    };
    let mut sink = CsvSink::new(&mut out, style)?;
    write_to(&mut sink, f, extra)?;
    sink.finish()?;
    Ok(out)
}

/// The sheet as `.xlsx` bytes: one sheet named `texts`, header frozen.
pub fn write_xlsx(f: &Framework, extra: &[String]) -> Result<Vec<u8>, WriteError> {
    let mut book = Workbook::new();
    {
        let mut sheet = SheetSink::new(&mut book, "texts")?;
        write_to(&mut sheet, f, extra)?;
        sheet.finish()?;
    }
    Ok(book.save_to_buffer()?)
}

/// Applies a translated sheet to `f`: each row's cells become the texts of its key (a blank
/// cell removes that language, never the default's). Refused, naming the line, when a row
/// has an unknown key, a key seen before, or no default-language text; a column that is not
/// a language code is refused by name. Texts the sheet has no row for stay as they are.
pub fn apply(f: &Framework, table: &mut Table<'_>) -> Result<Framework, Problems> {
    let shown = table.shown().to_owned();
    let sheet = table.is_sheet();
    let header: Vec<String> = table.header().iter().map(str::to_owned).collect();
    let mut problems = Vec::new();
    let Some(key_col) = header.iter().position(|h| h.trim() == KEY) else {
        return Err(Problems::keyed(
            &shown,
            Some((1, 1)),
            "texts-no-key-column",
            &[],
        ));
    };
    let default = f.default_language().to_owned();
    let mut columns: Vec<(usize, String)> = Vec::new();
    for (i, h) in header.iter().enumerate() {
        let h = h.trim();
        if i == key_col || h.is_empty() {
            continue;
        }
        if !is_language_code(h) {
            problems.push(Problem::keyed(
                &shown,
                Some((1, i + 1)),
                "texts-not-a-language",
                &[("column", h.to_owned())],
            ));
        } else {
            columns.push((i, h.to_owned()));
        }
    }
    if !columns.iter().any(|(_, l)| *l == default) {
        problems.push(Problem::keyed(
            &shown,
            Some((1, 1)),
            "texts-no-default-column",
            &[("lang", default.clone())],
        ));
    }
    if !problems.is_empty() {
        return Err(Problems(problems));
    }

    let mut known = BTreeSet::new();
    visit(f, |key, _| {
        known.insert(key);
    });
    // Key → (line, language → text).
    let mut rows: BTreeMap<String, (usize, BTreeMap<String, String>)> = BTreeMap::new();
    let mut row = Row::default();
    loop {
        match table.next_row(&mut row) {
            Ok(true) => {}
            Ok(false) => break,
            Err(problem) => {
                problems.push(*problem);
                break;
            }
        }
        let cell = |i: usize| {
            let raw = row.get(i).unwrap_or("");
            let raw = if sheet { raw } else { unguard(raw) };
            raw.trim().to_owned()
        };
        let key = cell(key_col);
        if key.is_empty() {
            if row.used_len() > 0 {
                problems.push(Problem::keyed(
                    &shown,
                    Some((row.line, key_col + 1)),
                    "texts-no-key",
                    &[],
                ));
            }
            continue;
        }
        if !known.contains(&key) {
            problems.push(Problem::keyed(
                &shown,
                Some((row.line, key_col + 1)),
                "texts-unknown-key",
                &[("key", key)],
            ));
            continue;
        }
        if let Some((first, _)) = rows.get(&key) {
            problems.push(Problem::keyed(
                &shown,
                Some((row.line, key_col + 1)),
                "texts-duplicate-key",
                &[("key", key), ("first", first.to_string())],
            ));
            continue;
        }
        let texts: BTreeMap<String, String> = columns
            .iter()
            .map(|(i, l)| (l.clone(), cell(*i)))
            .filter(|(_, t)| !t.is_empty())
            .collect();
        if !texts.contains_key(&default) {
            let col = columns
                .iter()
                .find(|(_, l)| *l == default)
                .map_or(1, |c| c.0);
            problems.push(Problem::keyed(
                &shown,
                Some((row.line, col + 1)),
                "texts-no-default",
                &[("key", key), ("lang", default.clone())],
            ));
            continue;
        }
        rows.insert(key, (row.line, texts));
    }
    problems.extend(table.take_warnings());
    if problems
        .iter()
        .any(|p| p.severity == crate::io::problem::Severity::Error)
    {
        return Err(Problems(problems));
    }
    let mut out = f.clone();
    // Languages the sheet has a column for are set or removed; others stay as they were.
    let sheet_langs: Vec<&String> = columns.iter().map(|(_, l)| l).collect();
    visit_mut(&mut out, |key, text| {
        if let Some((_, texts)) = rows.get(&key) {
            text.0.retain(|l, _| !sheet_langs.contains(&l));
            text.0.extend(texts.clone());
        }
    });
    out.complete_in = Default::default();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built_in() -> Framework {
        Framework::from_ron(crate::model::catalog::BUILT_IN[0].1, "built-in").expect("valid")
    }

    fn read(bytes: &[u8]) -> Table<'_> {
        Table::from_csv_reader(bytes, "texts.csv").expect("a table")
    }

    #[test]
    fn keys_are_unique_and_every_text_has_a_row() {
        let f = built_in();
        let mut keys = Vec::new();
        visit(&f, |k, _| keys.push(k));
        let unique: BTreeSet<&String> = keys.iter().collect();
        assert_eq!(unique.len(), keys.len());
        assert_eq!(languages(&f), ["en", "es", "fr", "pt"]);
        let csv = String::from_utf8(write_csv(&f, &[]).expect("csv")).expect("utf-8");
        assert!(csv.starts_with("\u{feff}key,en,es,fr,pt"));
        assert_eq!(csv.lines().count(), keys.len() + 1);
    }

    #[test]
    fn a_sheet_with_no_edits_gives_the_same_framework() {
        let f = built_in();
        let csv = write_csv(&f, &[]).expect("csv");
        let back = apply(&f, &mut read(&csv)).expect("applies");
        assert_eq!(back, f);
        assert_eq!(back.to_ron().expect("ron"), f.to_ron().expect("ron"));
    }

    #[test]
    fn a_translation_arrives_and_a_new_language_column_is_filled() {
        let f = built_in();
        let csv = String::from_utf8(write_csv(&f, &["ht".into()]).expect("csv")).expect("utf-8");
        assert!(csv.lines().next().is_some_and(|h| h.ends_with(",ht")));
        let edited = csv.replacen(
            "scale.1,Latent,Latente,Latent,Latente,",
            "scale.1,Latent,Latente,Latent,Latente,Pa egziste",
            1,
        );
        assert_ne!(edited, csv, "the row is where the test expects it");
        let back = apply(&f, &mut read(edited.as_bytes())).expect("applies");
        assert_eq!(
            back.scale[0].label.0.get("ht").map(String::as_str),
            Some("Pa egziste")
        );
        assert_eq!(back.scale[1].label.0.get("ht"), None);
    }

    #[test]
    fn unknown_keys_duplicates_and_missing_default_texts_are_refused_by_line() {
        let f = built_in();
        let text = "key,en,es\n\
                    name,Name,Nombre\n\
                    question.nope.text,What?,¿Qué?\n\
                    name,Again,Otra vez\n\
                    scale.2,,Emergente\n";
        let err = apply(&f, &mut read(text.as_bytes())).expect_err("refused");
        let lines: Vec<_> = err.0.iter().map(|p| p.location.line_col).collect();
        assert_eq!(lines, [Some((3, 1)), Some((4, 1)), Some((5, 2))]);
        let said = err.to_string();
        assert!(said.contains("question.nope.text"), "{said}");
        assert!(said.contains("scale.2"), "{said}");

        let bad_column = "key,en,Spanish\nname,Name,Nombre\n";
        let err = apply(&f, &mut read(bad_column.as_bytes())).expect_err("refused");
        assert!(err.to_string().contains("Spanish"));
        let no_default = "key,es\nname,Nombre\n";
        assert!(apply(&f, &mut read(no_default.as_bytes())).is_err());
    }
}
