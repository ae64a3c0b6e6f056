//! Writing the long format: one row struct per question of each assessment.

use std::io::Write;

use serde::Serialize;

use super::LONG_HEADER;
use crate::formats::rows::{Date, RowWriter};
use crate::formats::sheet::{CsvSink, CsvStyle, Sink, WriteError};
use crate::formats::table::MAX_ROW_BYTES;
use crate::model::assessment::{Answer, Assessment};
use crate::model::framework::Framework;

/// Writes assessments in the long format as CSV (see [`write_long_to`]).
pub fn write_long<'a, W: Write>(
    out: W,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
    lang: &str,
) -> Result<(), WriteError> {
    write_long_styled(out, items, lang, CsvStyle::default())
}

/// [`write_long`] in a given [`CsvStyle`].
pub fn write_long_styled<'a, W: Write>(
    out: W,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
    lang: &str,
    style: CsvStyle,
) -> Result<(), WriteError> {
    let mut sink = CsvSink::new(out, style)?;
    write_long_to(&mut sink, items, lang)?;
    sink.finish()
}

/// A long row's `level`: a number, `NA`, or blank.
#[derive(Clone, Copy, Debug, Default)]
enum LevelOut {
    #[default]
    Blank,
    Level(i64),
    NotApplicable,
}

impl Serialize for LevelOut {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Blank => s.serialize_str(""),
            Self::Level(l) => s.serialize_i64(*l),
            Self::NotApplicable => s.serialize_str("NA"),
        }
    }
}

/// One row of the long format: one question of one assessment. `scope` is written only when
/// some assessment has a scope.
#[derive(Debug, Default, Serialize)]
pub(super) struct LongRow<'a> {
    assessment: &'a str,
    country: &'a str,
    date: Date<'a>,
    framework_id: &'a str,
    framework_version: &'a str,
    pillar_id: &'a str,
    question_id: &'a str,
    level: LevelOut,
    level_label: &'a str,
    not_applicable: bool,
    note: &'a str,
    scope: &'a str,
}

/// Writes assessments in the long format: a row per question in scope (framework order),
/// unanswered included; then a row for each kept answer whose question the framework lacks
/// (blank `pillar_id`), so nothing is silently dropped. Labels are in `lang`. A `scope` column
/// follows `note` when any assessment has a scope.
pub fn write_long_to<'a>(
    sink: &mut dyn Sink,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
    lang: &str,
) -> Result<(), WriteError> {
    let items: Vec<(&Assessment, &Framework)> = items.into_iter().collect();
    let with_scope = items.iter().any(|(a, _)| a.scope.is_some());
    let columns = LONG_HEADER.len() + usize::from(with_scope);
    let mut table = RowWriter::new::<LongRow>(sink, Some(columns))?;
    for (a, f) in items {
        let country = a.country.as_deref().unwrap_or("");
        let date = a.date.as_deref().unwrap_or("");
        let scope = a.scope.as_ref().map(|s| s.join(" ")).unwrap_or_default();
        let mut row = |pillar_id: &str, question_id: &str, answer: Option<&Answer>| {
            let (level, label, not_applicable) = match answer {
                Some(ans) if ans.not_applicable => (LevelOut::NotApplicable, "", true),
                Some(Answer { level: Some(l), .. }) => (
                    LevelOut::Level(*l),
                    f.level(*l).map_or("", |s| f.tr(&s.label, lang)),
                    false,
                ),
                _ => (LevelOut::Blank, "", false),
            };
            let note = answer.and_then(|x| x.note.as_deref()).unwrap_or("");
            // The row as written: each cell quoted, its quotes doubled, and a separator.
            let written = |t: &str| t.len() + memchr::memchr_iter(b'"', t.as_bytes()).count() + 3;
            let size: usize = [a.label.as_str(), country, date, note, &scope, question_id]
                .iter()
                .map(|t| written(t))
                .sum::<usize>()
                + written(label)
                + 256;
            if size > MAX_ROW_BYTES {
                return Err(WriteError::RowTooLong {
                    assessment: a.label.clone(),
                    question: question_id.to_owned(),
                    mib: size / (1024 * 1024),
                    max: MAX_ROW_BYTES / (1024 * 1024),
                });
            }
            table.row(&LongRow {
                assessment: &a.label,
                country,
                date: Date(date),
                framework_id: &f.id,
                framework_version: &f.version,
                pillar_id,
                question_id,
                level,
                level_label: label,
                not_applicable,
                note,
                scope: &scope,
            })
        };
        for (pillar, question) in f.questions().filter(|(p, _)| a.in_scope(&p.id)) {
            row(&pillar.id, &question.id, a.answers.get(&question.id))?;
        }
        for id in a.unknown_questions(f) {
            row("", id, a.answers.get(id))?;
        }
    }
    Ok(())
}
