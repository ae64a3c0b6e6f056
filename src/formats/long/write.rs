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

/// One row of the long format: one question of one assessment, the team's answer or (with a
/// `rater`) one participant's own. `scope` is written when some assessment has a scope or
/// ratings, `rater` when some has ratings.
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
    rater: &'a str,
}

/// Which rows a long table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rows {
    /// The team's answers, then each participant's own ratings (the CSV).
    All,
    /// The team's answers only (a workbook's `answers` sheet).
    Answers,
    /// The participants' own ratings only (a workbook's `ratings` sheet).
    Ratings,
}

/// Writes assessments in the long format (see [`write_long_rows`]): every row.
pub fn write_long_to<'a>(
    sink: &mut dyn Sink,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
    lang: &str,
) -> Result<(), WriteError> {
    write_long_rows(sink, items, lang, Rows::All)
}

/// Writes assessments in the long format: a row per question in scope (framework order),
/// unanswered included; then a row for each kept answer whose question the framework lacks
/// (blank `pillar_id`), so nothing is silently dropped; then, with a `rater`, each
/// participant's own rating. Labels are in `lang`.
pub fn write_long_rows<'a>(
    sink: &mut dyn Sink,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
    lang: &str,
    rows: Rows,
) -> Result<(), WriteError> {
    let items: Vec<(&Assessment, &Framework)> = items.into_iter().collect();
    let with_ratings = rows != Rows::Answers && items.iter().any(|(a, _)| !a.ratings.is_empty());
    let with_scope = with_ratings || items.iter().any(|(a, _)| a.scope.is_some());
    let columns = LONG_HEADER.len() + usize::from(with_scope) + usize::from(with_ratings);
    let mut table = RowWriter::new::<LongRow>(sink, Some(columns))?;
    for (a, f) in items {
        let country = a.country.as_deref().unwrap_or("");
        let date = a.date.as_deref().unwrap_or("");
        let scope = a.scope.as_ref().map(|s| s.join(" ")).unwrap_or_default();
        let mut row = |pillar_id: &str, question_id: &str, answer: Option<&Answer>, rater: &str| {
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
            let size: usize = [
                a.label.as_str(),
                country,
                date,
                note,
                &scope,
                question_id,
                rater,
            ]
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
                rater,
            })
        };
        if rows != Rows::Ratings {
            for (pillar, question) in f.questions().filter(|(p, _)| a.in_scope(&p.id)) {
                row(&pillar.id, &question.id, a.answers.get(&question.id), "")?;
            }
            for id in a.unknown_questions(f) {
                row("", id, a.answers.get(id), "")?;
            }
        }
        if with_ratings {
            // The framework's order, then questions it lacks (named, never dropped).
            let known = f.questions().map(|(p, q)| (p.id.as_str(), q.id.as_str()));
            let unknown = a
                .ratings
                .keys()
                .filter(|id| f.question(id).is_none())
                .map(|id| ("", id.as_str()));
            for (pillar_id, question_id) in known.chain(unknown) {
                for r in a.ratings.get(question_id).map_or(&[][..], Vec::as_slice) {
                    let answer = Answer {
                        level: r.level,
                        not_applicable: r.not_applicable,
                        note: r.note.clone(),
                        carried: false,
                    };
                    row(pillar_id, question_id, Some(&answer), &r.by)?;
                }
            }
        }
    }
    Ok(())
}
