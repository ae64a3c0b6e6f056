//! Importing the export of an online form or survey tool: one row per respondent or group, a
//! label column, one column per question. A column belongs to a question when its header is
//! the question id, starts with it ("ict-access. Is there…", "ict-access — …"), or names it in
//! brackets ("Is there… [ict-access]"), as form tools write grid questions. Other columns are
//! ignored (and listed). Values are a scale value, a level's label in any language, `NA`, or
//! blank; "3 - Established" is read as 3.

use std::collections::BTreeMap;
use std::io::Read;

use crate::assessment::{Answer, Assessment};
use crate::framework::Framework;
use crate::problem::{Problem, Problems};

/// How many cell errors are listed before the rest are only counted.
const MAX_ERRORS: usize = 50;

/// What an import found.
#[derive(Debug)]
pub struct Imported {
    pub assessments: Vec<Assessment>,
    /// Headers that matched no question and no known column, in file order.
    pub ignored_columns: Vec<String>,
}

/// The role of one column.
#[derive(Clone, Debug, PartialEq)]
enum Column {
    Label,
    Country,
    Team,
    Date,
    Question(String),
    Ignored,
}

/// Reads a survey export. `label_column` names the label column (default `assessment`).
pub fn read_survey<R: Read>(
    input: R,
    shown: &str,
    framework: &Framework,
    label_column: Option<&str>,
) -> Result<Imported, Problems> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(input);
    let headers = reader
        .headers()
        .map_err(|e| Problems::one(shown, None, format!("cannot read the header row: {e}")))?
        .clone();
    let wanted = label_column.unwrap_or("assessment");
    let columns: Vec<Column> = headers
        .iter()
        .map(|h| classify(h, wanted, framework))
        .collect();
    if !columns.contains(&Column::Label) {
        return Err(Problems::one(
            shown,
            Some((1, 1)),
            format!(
                "no {wanted:?} column: name the column that holds each group's or respondent's label with --label-column NAME (headers: {})",
                shown_headers(&headers)
            ),
        ));
    }
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, c) in columns.iter().enumerate() {
        if let Column::Question(id) = c
            && let Some(first) = seen.insert(id.clone(), i)
        {
            return Err(Problems::one(
                shown,
                Some((1, i + 1)),
                format!(
                    "columns {} and {} both answer question {id:?}: keep one",
                    first + 1,
                    i + 1
                ),
            ));
        }
    }
    if seen.is_empty() {
        return Err(Problems::one(
            shown,
            Some((1, 1)),
            format!(
                "no column names a question of {} {}: headers must be question ids (e.g. {:?}), may go on with the question's text, or hold the id in brackets",
                framework.id,
                framework.version,
                framework
                    .questions()
                    .next()
                    .map_or("", |(_, q)| q.id.as_str())
            ),
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
    let mut assessments: Vec<Assessment> = Vec::new();
    let mut labels: BTreeMap<String, usize> = BTreeMap::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line() as usize);
                push(
                    &mut errors,
                    Problem::error(shown, Some((line, 1)), format!("cannot read the row: {e}")),
                );
                break;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut a = Assessment::new(framework, "");
        for (col, cell) in record.iter().enumerate() {
            let value = cell.trim();
            match columns.get(col).unwrap_or(&Column::Ignored) {
                Column::Label => a.label = value.to_owned(),
                Column::Country => a.country = (!value.is_empty()).then(|| value.to_owned()),
                Column::Team => a.team = (!value.is_empty()).then(|| value.to_owned()),
                Column::Date => a.date = (!value.is_empty()).then(|| value.to_owned()),
                Column::Question(id) => match read_value(value, framework) {
                    Ok(None) => {}
                    Ok(Some(answer)) => {
                        a.answers.insert(id.clone(), answer);
                    }
                    Err(why) => push(
                        &mut errors,
                        Problem::error(
                            shown,
                            Some((line, col + 1)),
                            format!(
                                "row {line}, column {:?}: {value:?} {why}",
                                headers.get(col).unwrap_or("")
                            ),
                        ),
                    ),
                },
                Column::Ignored => {}
            }
        }
        if a.label.is_empty() {
            push(
                &mut errors,
                Problem::error(
                    shown,
                    Some((line, 1)),
                    format!(
                        "row {line} has no label in the {wanted:?} column: give every row a name"
                    ),
                ),
            );
            continue;
        }
        if let Some(first) = labels.insert(a.label.clone(), line) {
            push(
                &mut errors,
                Problem::error(
                    shown,
                    Some((line, 1)),
                    format!(
                        "row {line} has the label {:?} of row {first}: labels must be unique",
                        a.label
                    ),
                ),
            );
            continue;
        }
        assessments.push(a);
    }
    if more_errors > 0 {
        errors.push(Problem::error(
            shown,
            None,
            format!("… and {more_errors} more errors"),
        ));
    }
    if !errors.is_empty() {
        return Err(Problems(errors));
    }
    if assessments.is_empty() {
        return Err(Problems::one(
            shown,
            None,
            "the file has a header but no rows",
        ));
    }
    let ignored_columns = headers
        .iter()
        .zip(&columns)
        .filter(|(_, c)| **c == Column::Ignored)
        .map(|(h, _)| h.to_owned())
        .collect();
    Ok(Imported {
        assessments,
        ignored_columns,
    })
}

/// The first few headers, each cut short, for a message.
fn shown_headers(headers: &csv::StringRecord) -> String {
    let mut shown: Vec<String> = headers
        .iter()
        .take(8)
        .map(|h| {
            let cut: String = h.chars().take(40).collect();
            if cut.len() < h.len() {
                format!("{cut}…")
            } else {
                cut
            }
        })
        .collect();
    if headers.len() > 8 {
        shown.push(format!("… {} more", headers.len() - 8));
    }
    shown.join(", ")
}

fn classify(header: &str, label_column: &str, framework: &Framework) -> Column {
    let h = header.trim().trim_start_matches('\u{feff}').trim();
    let lower = h.to_lowercase();
    if lower == label_column.trim().to_lowercase() {
        return Column::Label;
    }
    match lower.as_str() {
        "country" | "país" | "pais" | "pays" => return Column::Country,
        "team" | "equipo" | "equipe" | "équipe" => return Column::Team,
        "date" | "fecha" | "data" => return Column::Date,
        _ => {}
    }
    question_of(h, framework).map_or(Column::Ignored, Column::Question)
}

/// The question a header names: the id itself, the id followed by the text, or the id in
/// brackets. The longest id wins, so `q1` does not take `q10`'s column.
fn question_of(header: &str, framework: &Framework) -> Option<String> {
    let lower = header.to_lowercase();
    let is_id_char = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let mut best: Option<&str> = None;
    for (_, q) in framework.questions() {
        let id = q.id.to_lowercase();
        let prefixed = lower
            .strip_prefix(&id)
            .is_some_and(|rest| rest.chars().next().is_none_or(|c| !is_id_char(c)));
        let bracketed = lower.contains(&format!("[{id}]"));
        if (prefixed || bracketed) && best.is_none_or(|b| b.len() < q.id.len()) {
            best = Some(&q.id);
        }
    }
    best.map(str::to_owned)
}

/// A cell's answer: `None` when blank.
fn read_value(value: &str, framework: &Framework) -> Result<Option<Answer>, String> {
    if value.is_empty() {
        return Ok(None);
    }
    let lower = value.to_lowercase();
    let not_applicable = [
        "na",
        "n/a",
        "n.a.",
        "not applicable",
        "no aplica",
        "n/c",
        "não se aplica",
        "nao se aplica",
        "sans objet",
        "s.o.",
        "so",
    ];
    if not_applicable.contains(&lower.as_str()) {
        return Ok(Some(Answer {
            not_applicable: true,
            ..Answer::default()
        }));
    }
    let level = |l: i64| {
        Some(Answer {
            level: Some(l),
            ..Answer::default()
        })
    };
    if let Ok(n) = value.parse::<i64>() {
        return if framework.level(n).is_some() {
            Ok(level(n))
        } else {
            Err(not_a_level(framework))
        };
    }
    for s in &framework.scale {
        if s.label.0.values().any(|l| l.trim().to_lowercase() == lower) {
            return Ok(level(s.value));
        }
    }
    // "3 - Established", "3. Established", "3) Established".
    let digits: String = value
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    let rest = value[digits.len()..].trim_start();
    if !digits.is_empty()
        && rest.starts_with(['-', '.', ')', ':', '–', '—', ' '])
        && let Ok(n) = digits.parse::<i64>()
        && framework.level(n).is_some()
    {
        return Ok(level(n));
    }
    Err(not_a_level(framework))
}

fn not_a_level(framework: &Framework) -> String {
    let levels: Vec<String> = framework
        .scale
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s.value,
                framework.tr(&s.label, framework.default_language())
            )
        })
        .collect();
    format!(
        "is not a level of the scale ({}), NA or blank: correct the cell",
        levels.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framework() -> Framework {
        let text = include_str!("../frameworks/tpd-ict.ron");
        Framework::from_ron(text, "tpd-ict.ron").expect("built-in framework")
    }

    #[test]
    fn headers_name_questions_in_the_ways_form_tools_write_them() {
        let f = framework();
        let (_, q) = f.questions().next().expect("a question");
        let id = q.id.clone();
        assert_eq!(question_of(&id, &f), Some(id.clone()));
        assert_eq!(
            question_of(&format!("{id}. Is there…"), &f),
            Some(id.clone())
        );
        assert_eq!(
            question_of(&format!("{} — text", id.to_uppercase()), &f),
            Some(id.clone())
        );
        assert_eq!(
            question_of(&format!("How is it? [{id}]"), &f),
            Some(id.clone())
        );
        assert_eq!(question_of(&format!("{id}x"), &f), None);
        assert_eq!(question_of("Timestamp", &f), None);
    }

    #[test]
    fn values_are_levels_labels_or_not_applicable() {
        let f = framework();
        let level = |v: &str| read_value(v, &f).map(|a| a.and_then(|a| a.level));
        assert_eq!(level("3"), Ok(Some(3)));
        assert_eq!(level("Emergente"), Ok(Some(2)));
        assert_eq!(level("4 - Advanced"), Ok(Some(4)));
        assert_eq!(level(""), Ok(None));
        assert!(
            read_value("N/A", &f)
                .expect("na")
                .expect("answer")
                .not_applicable
        );
        assert!(level("7").is_err());
        assert!(level("maybe").is_err());
        assert!(level("-3 - x").is_err());
    }
}
