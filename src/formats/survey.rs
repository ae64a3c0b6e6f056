//! Importing the export of an online form or survey tool (Google Forms, Microsoft Forms,
//! KoboToolbox, or a spreadsheet a facilitator made): one row per respondent or group, a label
//! column, one column per question, read as SPEC §5 reads any table (separators, encodings,
//! `.xlsx`, level spellings).
//!
//! A column answers a question when its header is the question id, starts with it
//! ("ict-access. Is there…"), names it in brackets ("Is there… [ict-access]", as form tools
//! write grid questions), ends a group path ("group_ict/ict-access", as KoboToolbox writes), is
//! the question's text in one of the framework's languages (as Microsoft Forms writes), or is
//! mapped to it with `--map "HEADER=question-id"`. A header that names a question and then a
//! note word ("ict-access note", "ict-access_nota") holds that question's note.
//!
//! Never a silent loss: a column whose cells look like answers but that names no question is an
//! error until it is mapped or knowingly left out (`--ignore HEADER`); every other column left
//! out is named.

use std::collections::BTreeMap;
use std::io::Read;

use crate::formats::cells::{self, LevelCell};
use crate::formats::table::{Row, Table};
use crate::io::problem::{Key, Problem, Problems};
use crate::model::assessment::{Answer, Assessment};
use crate::model::framework::Framework;

/// How many cell errors are listed before the rest are only counted.
const MAX_ERRORS: usize = 50;

/// What an import found.
#[derive(Debug)]
pub struct Imported {
    pub assessments: Vec<Assessment>,
    /// Headers that matched no question and no known column, in file order.
    pub ignored_columns: Vec<String>,
    /// Warnings to show (a file read as Windows-1252).
    pub warnings: Vec<Problem>,
}

/// What the user said about the columns.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The header of the label column (default `assessment`).
    pub label_column: Option<String>,
    /// Header → question id, for headers that do not name their question.
    pub map: Vec<(String, String)>,
    /// Headers knowingly left out.
    pub ignore: Vec<String>,
}

impl Options {
    /// Options with a label column only.
    pub fn with_label(label_column: Option<&str>) -> Self {
        Self {
            label_column: label_column.map(str::to_owned),
            ..Self::default()
        }
    }
}

/// Reads a survey export from CSV bytes. `label_column` names the label column (default
/// `assessment`).
pub fn read_survey<R: Read + Send>(
    input: R,
    shown: &str,
    framework: &Framework,
    label_column: Option<&str>,
) -> Result<Imported, Problems> {
    let table = Table::from_csv_reader(input, shown)?;
    read_survey_table(table, framework, &Options::with_label(label_column))
}

/// Reads a survey export from a table (CSV or workbook).
pub fn read_survey_table(
    mut table: Table<'_>,
    framework: &Framework,
    options: &Options,
) -> Result<Imported, Problems> {
    let shown = table.shown().to_owned();
    let headers: Vec<String> = table.header().iter().map(str::to_owned).collect();
    let header_line = table.header().line;
    let wanted = options.label_column.as_deref().unwrap_or("assessment");

    // The user's map and ignore lists must name real headers and real questions.
    let mut usage = Vec::new();
    let find_header = |name: &str| headers.iter().position(|h| same_header(h, name));
    for (header, id) in &options.map {
        if framework.question(id).is_none() {
            usage.push(Problem::keyed(
                &shown,
                None,
                "problem-map-no-question",
                &[
                    ("header", header.clone()),
                    ("id", id.clone()),
                    ("framework", framework.key()),
                ],
            ));
        }
        if find_header(header).is_none() {
            usage.push(Problem::keyed(
                &shown,
                Some((header_line, 1)),
                "problem-map-no-column",
                &[
                    ("header", header.clone()),
                    ("headers", shown_headers(&headers)),
                ],
            ));
        }
    }
    for header in &options.ignore {
        if find_header(header).is_none() {
            usage.push(Problem::keyed(
                &shown,
                Some((header_line, 1)),
                "problem-ignore-no-column",
                &[
                    ("header", header.clone()),
                    ("headers", shown_headers(&headers)),
                ],
            ));
        }
    }
    if !usage.is_empty() {
        return Err(Problems(usage));
    }

    let columns: Vec<Column> = headers
        .iter()
        .map(|h| classify(h, wanted, framework, options))
        .collect();
    if !columns.contains(&Column::Label) {
        return Err(Problems::keyed(
            &shown,
            Some((header_line, 1)),
            "problem-no-label-column",
            &[
                ("name", wanted.to_owned()),
                ("headers", shown_headers(&headers)),
            ],
        ));
    }
    let mut seen: BTreeMap<(bool, String), usize> = BTreeMap::new();
    for (i, c) in columns.iter().enumerate() {
        let key = match c {
            Column::Question(id) => (false, id.clone()),
            Column::Note(id) => (true, id.clone()),
            _ => continue,
        };
        if let Some(first) = seen.insert(key.clone(), i) {
            let id = if key.0 {
                "problem-two-note-columns"
            } else {
                "problem-two-question-columns"
            };
            return Err(Problems::keyed(
                &shown,
                Some((header_line, i + 1)),
                id,
                &[
                    ("first", (first + 1).to_string()),
                    ("first_header", headers[first].clone()),
                    ("second", (i + 1).to_string()),
                    ("second_header", headers[i].clone()),
                    ("question", key.1.clone()),
                ],
            ));
        }
    }
    if !seen.keys().any(|(note, _)| !note) {
        return Err(Problems::keyed(
            &shown,
            Some((header_line, 1)),
            "problem-no-question-column",
            &[
                ("framework", framework.key()),
                (
                    "example",
                    framework
                        .questions()
                        .next()
                        .map_or(String::new(), |(_, q)| q.id.clone()),
                ),
                ("headers", shown_headers(&headers)),
            ],
        ));
    }

    let mut errors: Vec<Problem> = Vec::new();
    let mut more_errors = 0usize;
    let mut push = |errors: &mut Vec<Problem>, p: Problem| {
        if errors.len() < MAX_ERRORS {
            errors.push(p);
        } else {
            more_errors += 1;
        }
    };
    // Columns left out whose cells look like answers: (column, first line with one).
    let mut answer_like: BTreeMap<usize, (usize, bool)> = BTreeMap::new();
    let mut assessments: Vec<Assessment> = Vec::new();
    let mut labels: BTreeMap<String, usize> = BTreeMap::new();
    let mut row = Row::default();
    loop {
        match table.next_row(&mut row) {
            Ok(true) => {}
            Ok(false) => break,
            Err(p) => {
                push(&mut errors, *p);
                break;
            }
        }
        let line = row.line;
        let mut a = Assessment::new(framework, "");
        let mut notes: Vec<(String, String)> = Vec::new();
        for (col, cell) in row.iter().enumerate() {
            let value = cell.trim();
            match columns.get(col).unwrap_or(&Column::Ignored) {
                Column::Label => a.label = value.to_owned(),
                Column::Country => a.country = (!value.is_empty()).then(|| value.to_owned()),
                Column::Team => a.team = (!value.is_empty()).then(|| value.to_owned()),
                Column::Date => {
                    a.date = (!value.is_empty())
                        .then(|| cells::parse_date(value).unwrap_or_else(|| value.to_owned()));
                }
                Column::Question(id) => match cells::parse_level(value, framework) {
                    Ok(LevelCell::Blank) => {}
                    Ok(LevelCell::NotApplicable) => {
                        a.answers.entry(id.clone()).or_default().not_applicable = true;
                    }
                    Ok(LevelCell::Value(v)) => {
                        a.answers.entry(id.clone()).or_default().level = Some(v);
                    }
                    Err(why) => push(
                        &mut errors,
                        Problem::from_key(
                            &shown,
                            Some((line, col + 1)),
                            Key::new(
                                "problem-survey-cell",
                                &[
                                    ("line", line.to_string()),
                                    ("header", headers.get(col).cloned().unwrap_or_default()),
                                    ("value", value.to_owned()),
                                ],
                            )
                            .around(why),
                        ),
                    ),
                },
                Column::Note(id) => {
                    if !cell.trim().is_empty() {
                        notes.push((id.clone(), cell.to_owned()));
                    }
                }
                Column::Ignored => {
                    let looks = matches!(
                        cells::parse_level(value, framework),
                        Ok(LevelCell::Value(_) | LevelCell::NotApplicable)
                    );
                    if !value.is_empty() {
                        let entry = answer_like.entry(col).or_insert((line, true));
                        entry.1 &= looks;
                    }
                }
                Column::Known => {}
            }
        }
        for (id, note) in notes {
            a.answers.entry(id).or_default().note = Some(note);
        }
        if a.label.is_empty() {
            push(
                &mut errors,
                Problem::keyed(
                    &shown,
                    Some((line, 1)),
                    "problem-survey-no-label",
                    &[("line", line.to_string()), ("name", wanted.to_owned())],
                ),
            );
            continue;
        }
        if let Some(first) = labels.insert(a.label.clone(), line) {
            push(
                &mut errors,
                Problem::keyed(
                    &shown,
                    Some((line, 1)),
                    "problem-survey-same-label",
                    &[
                        ("line", line.to_string()),
                        ("label", a.label.clone()),
                        ("first", first.to_string()),
                    ],
                ),
            );
            continue;
        }
        assessments.push(a);
    }
    for (&col, &(line, looks)) in &answer_like {
        if looks {
            let header = &headers[col];
            push(
                &mut errors,
                Problem::keyed(
                    &shown,
                    Some((line, col + 1)),
                    "problem-unmapped-answers",
                    &[("header", header.clone()), ("framework", framework.key())],
                ),
            );
        }
    }
    if more_errors > 0 {
        errors.push(Problem::keyed(
            &shown,
            None,
            "problem-more",
            &[("count", more_errors.to_string())],
        ));
    }
    if !errors.is_empty() {
        return Err(Problems(errors));
    }
    if assessments.is_empty() {
        return Err(Problems::keyed(&shown, None, "problem-no-rows", &[]));
    }
    let ignored_columns = headers
        .iter()
        .zip(&columns)
        .filter(|(_, c)| matches!(c, Column::Ignored | Column::Known))
        .map(|(h, _)| h.clone())
        .collect();
    Ok(Imported {
        assessments,
        ignored_columns,
        warnings: table.take_warnings(),
    })
}

/// An answer cell as the long format and the survey import read it (for tests and tools).
/// How many of a table's column headers name a question of `framework`, in any of the ways
/// form tools write them: which of several versions a form was made for.
pub fn questions_named(header: &[&str], framework: &Framework) -> usize {
    header
        .iter()
        .filter(|h| columns::question_of(h, framework).is_some())
        .count()
}

pub fn read_value(value: &str, framework: &Framework) -> Result<Option<Answer>, String> {
    Ok(
        match cells::parse_level(value, framework).map_err(|k| k.english())? {
            LevelCell::Blank => None,
            LevelCell::NotApplicable => Some(Answer {
                not_applicable: true,
                ..Answer::default()
            }),
            LevelCell::Value(v) => Some(Answer {
                level: Some(v),
                ..Answer::default()
            }),
        },
    )
}

mod columns;
#[cfg(test)]
mod tests;

use columns::{Column, classify, same_header, shown_headers};
