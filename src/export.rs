//! CSV: the long answers format of SPEC §5 (written and read) and the score table of SPEC §6.

use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::io::{Read, Write};
use std::sync::Arc;

use crate::assessment::{Answer, Assessment, FrameworkRef};
use crate::catalog::Catalog;
use crate::framework::Framework;
use crate::problem::{Problem, Problems};
use crate::scoring::ScoreCard;

/// The columns of the long format, in order.
pub const LONG_HEADER: [&str; 11] = [
    "assessment",
    "country",
    "date",
    "framework_id",
    "framework_version",
    "pillar_id",
    "question_id",
    "level",
    "level_label",
    "not_applicable",
    "note",
];

/// The columns of `score --format csv`.
pub const SCORE_HEADER: [&str; 7] = [
    "assessment",
    "pillar_id",
    "answered",
    "not_applicable",
    "total",
    "score",
    "percent",
];

/// Most errors listed for one CSV file before the rest are only counted.
const MAX_REPORTED_ERRORS: usize = 50;

fn starts_dangerous(s: &str) -> bool {
    matches!(
        s.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    ) || (s.starts_with('\'') && starts_dangerous(&s[1..]))
}

/// Guards a cell against being run as a formula by a spreadsheet: a cell that begins with
/// `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`. A cell that already begins
/// with `'` before such a character gets one more, so that [`unguard`] restores every cell
/// exactly.
pub fn guard(s: &str) -> Cow<'_, str> {
    if starts_dangerous(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// The inverse of [`guard`].
pub fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if starts_dangerous(rest) => rest,
        _ => s,
    }
}

/// Writes assessments in the long format: a row per question in scope (framework order),
/// unanswered included; then a row for each kept answer whose question the framework lacks
/// (blank `pillar_id`), so nothing is silently dropped. Labels are in `lang`.
pub fn write_long<'a, W: Write>(
    out: W,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
    lang: &str,
) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(LONG_HEADER)?;
    for (a, f) in items {
        let country = a.country.as_deref().unwrap_or("");
        let date = a.date.as_deref().unwrap_or("");
        let mut row = |pillar_id: &str, question_id: &str, answer: Option<&Answer>| {
            let (level, label, na) = match answer {
                Some(ans) if ans.not_applicable => ("NA".to_owned(), "", "true"),
                Some(Answer { level: Some(l), .. }) => (
                    l.to_string(),
                    f.level(*l).map_or("", |s| f.tr(&s.label, lang)),
                    "false",
                ),
                _ => (String::new(), "", "false"),
            };
            let note = answer.and_then(|x| x.note.as_deref()).unwrap_or("");
            let cells = [
                a.label.as_str(),
                country,
                date,
                f.id.as_str(),
                f.version.as_str(),
                pillar_id,
                question_id,
                level.as_str(),
                label,
                na,
                note,
            ];
            w.write_record(cells.iter().map(|c| guard(c).into_owned()))
        };
        for (pillar, question) in f.questions().filter(|(p, _)| a.in_scope(&p.id)) {
            row(&pillar.id, &question.id, a.answers.get(&question.id))?;
        }
        for id in a.unknown_questions(f) {
            row("", id, a.answers.get(id))?;
        }
    }
    w.flush()?;
    Ok(())
}

/// What reading a long CSV gives: each assessment with its framework and the line of its
/// first row, in order of first appearance, and warnings.
pub struct LongRead {
    pub assessments: Vec<(Assessment, Arc<Framework>, usize)>,
    pub warnings: Vec<Problem>,
}

struct Columns {
    assessment: usize,
    question_id: usize,
    level: usize,
    country: Option<usize>,
    date: Option<usize>,
    framework_id: Option<usize>,
    framework_version: Option<usize>,
    not_applicable: Option<usize>,
    note: Option<usize>,
}

struct Building {
    assessment: Assessment,
    framework: Arc<Framework>,
    first_line: usize,
    lines: HashMap<String, usize>,
}

/// Reads the long format: only `assessment`, `question_id` and `level` are required, in any
/// order; extra columns are ignored. Every bad cell is reported with its line and column.
pub fn read_long<R: Read>(input: R, shown: &str, catalog: &Catalog) -> Result<LongRead, Problems> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header = reader
        .headers()
        .map_err(|e| Problems(vec![csv_problem(shown, &e)]))?
        .clone();
    let find = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let required = |name: &str| {
        find(name).ok_or_else(|| {
            Problems::one(
                shown,
                Some((1, 1)),
                format!(
                    "the header has no `{name}` column; a long-format CSV needs at least assessment, question_id and level"
                ),
            )
        })
    };
    let cols = Columns {
        assessment: required("assessment")?,
        question_id: required("question_id")?,
        level: required("level")?,
        country: find("country"),
        date: find("date"),
        framework_id: find("framework_id"),
        framework_version: find("framework_version"),
        not_applicable: find("not_applicable"),
        note: find("note"),
    };

    let mut order: Vec<Building> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut errors: Vec<Problem> = Vec::new();
    let mut error_count = 0usize;
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                errors.push(csv_problem(shown, &e));
                error_count += 1;
                break;
            }
        }
        let line = record.position().map_or(0, |p| p.line() as usize);
        let cell = |i: usize| unguard(record.get(i).unwrap_or("").trim());
        let mut fail = |col: usize, message: String| {
            error_count += 1;
            if errors.len() < MAX_REPORTED_ERRORS {
                errors.push(Problem::error(shown, Some((line, col + 1)), message));
            }
        };
        let label = cell(cols.assessment);
        let question_id = cell(cols.question_id);
        if label.is_empty() && question_id.is_empty() && record.iter().all(|c| c.trim().is_empty())
        {
            continue; // a blank line at the end, as spreadsheets write
        }
        if label.is_empty() {
            fail(
                cols.assessment,
                "the assessment cell is empty: every row names its assessment".to_owned(),
            );
            continue;
        }
        if question_id.is_empty() {
            fail(cols.question_id, "the question_id cell is empty".to_owned());
            continue;
        }

        let slot = match index.entry(label.to_owned()) {
            Entry::Occupied(e) => *e.get(),
            Entry::Vacant(e) => {
                let fid = cols.framework_id.map(&cell).filter(|s| !s.is_empty());
                let fver = cols.framework_version.map(&cell).unwrap_or("");
                let found = match fid {
                    Some(id) => catalog.find(id, fver),
                    None => catalog.find_by_question(question_id),
                };
                let Some(entry) = found else {
                    let message = match fid {
                        Some(id) => format!(
                            "assessment {label:?} answers framework {id:?} version {fver:?}, which is neither built in nor given: pass its file with --framework PATH (known: {})",
                            catalog.known()
                        ),
                        None => format!(
                            "cannot tell which framework assessment {label:?} answers: no known framework has question {question_id:?}; add framework_id and framework_version columns or pass --framework PATH"
                        ),
                    };
                    fail(cols.framework_id.unwrap_or(cols.question_id), message);
                    continue;
                };
                let framework = Arc::clone(&entry.framework);
                let mut assessment = Assessment::new(&framework, label);
                assessment.framework = FrameworkRef {
                    id: framework.id.clone(),
                    version: if fver.is_empty() {
                        framework.version.clone()
                    } else {
                        fver.to_owned()
                    },
                };
                e.insert(order.len());
                order.push(Building {
                    assessment,
                    framework,
                    first_line: line,
                    lines: HashMap::new(),
                });
                order.len() - 1
            }
        };
        let b = &mut order[slot];
        for (col, field) in [
            (cols.country, &mut b.assessment.country),
            (cols.date, &mut b.assessment.date),
        ] {
            if let Some(c) = col {
                let value = cell(c);
                if field.is_none() && !value.is_empty() {
                    *field = Some(value.to_owned());
                }
            }
        }
        if let Some(first) = b.lines.insert(question_id.to_owned(), line) {
            fail(
                cols.question_id,
                format!(
                    "question {question_id:?} of assessment {label:?} appears again (first on line {first}): keep one row"
                ),
            );
            continue;
        }

        let na_column = cols
            .not_applicable
            .map(&cell)
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let level_text = cell(cols.level);
        let note = cols
            .note
            .map(|c| unguard(record.get(c).unwrap_or("")))
            .filter(|n| !n.is_empty());
        let mut answer = Answer {
            note: note.map(str::to_owned),
            ..Answer::default()
        };
        match parse_level(level_text, &b.framework) {
            Ok(LevelCell::Blank) => answer.not_applicable = na_column,
            Ok(LevelCell::NotApplicable) => answer.not_applicable = true,
            Ok(LevelCell::Value(v)) => {
                if na_column {
                    fail(
                        cols.level,
                        format!(
                            "question {question_id:?} has both level {v} and not_applicable true: keep one"
                        ),
                    );
                    continue;
                }
                answer.level = Some(v);
            }
            Err(message) => {
                fail(cols.level, format!("question {question_id:?}: {message}"));
                continue;
            }
        }
        if answer != Answer::default() {
            b.assessment.answers.insert(question_id.to_owned(), answer);
        }
    }
    if error_count > errors.len() {
        errors.push(Problem::error(
            shown,
            None,
            format!(
                "… and {} more problems in this file",
                error_count - errors.len()
            ),
        ));
    }
    if !errors.is_empty() {
        return Err(Problems(errors));
    }
    if order.is_empty() {
        return Err(Problems::one(
            shown,
            None,
            "the CSV has a header but no rows",
        ));
    }
    Ok(LongRead {
        assessments: order
            .into_iter()
            .map(|b| (b.assessment, b.framework, b.first_line))
            .collect(),
        warnings: Vec::new(),
    })
}

enum LevelCell {
    Blank,
    NotApplicable,
    Value(i64),
}

/// A level cell: blank, `NA`, a scale value, or a scale label in any language.
fn parse_level(text: &str, framework: &Framework) -> Result<LevelCell, String> {
    if text.is_empty() {
        return Ok(LevelCell::Blank);
    }
    if text.eq_ignore_ascii_case("NA") || text.eq_ignore_ascii_case("N/A") {
        return Ok(LevelCell::NotApplicable);
    }
    if let Ok(v) = text.parse::<i64>()
        && framework.level(v).is_some()
    {
        return Ok(LevelCell::Value(v));
    }
    let lower = text.to_lowercase();
    if let Some(level) = framework
        .scale
        .iter()
        .find(|l| l.label.0.values().any(|t| t.to_lowercase() == lower))
    {
        return Ok(LevelCell::Value(level.value));
    }
    let values: Vec<String> = framework
        .scale
        .iter()
        .map(|l| l.value.to_string())
        .collect();
    Err(format!(
        "level {text:?} is not on the scale of {}: write one of {}, a level's name, NA, or leave it blank",
        framework.key(),
        values.join(", ")
    ))
}

fn csv_problem(shown: &str, e: &csv::Error) -> Problem {
    let line_col = e.position().map(|p| (p.line() as usize, 1));
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => {
            "the file is not UTF-8 text: save it as UTF-8 (in a spreadsheet, \"CSV UTF-8\")"
                .to_owned()
        }
        csv::ErrorKind::Io(io) => format!("cannot read the file: {io}"),
        _ => format!("not a readable CSV file: {e}"),
    };
    Problem::error(shown, line_col, message)
}

/// Formats a score with two decimals, blank when there is none.
pub fn two_decimals(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| format!("{v:.2}"))
}

/// Writes `score --format csv`: a row per pillar per assessment, then the `overall` row.
pub fn write_scores<'a, W: Write>(
    out: W,
    cards: impl IntoIterator<Item = (&'a str, &'a ScoreCard)>,
) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(SCORE_HEADER)?;
    for (label, card) in cards {
        for row in card.pillars.iter().chain(std::iter::once(&card.overall)) {
            w.write_record([
                guard(label).as_ref(),
                &row.pillar_id,
                &row.answered.to_string(),
                &row.not_applicable.to_string(),
                &row.total.to_string(),
                &two_decimals(row.score),
                &two_decimals(row.percent),
            ])?;
        }
    }
    w.flush()?;
    Ok(())
}

/// The columns of the plan CSV (SPEC §6), in order.
pub const PLAN_HEADER: [&str; 9] = [
    "assessment",
    "pillar_id",
    "question_id",
    "current",
    "target",
    "action",
    "owner",
    "due",
    "status",
];

/// Writes the improvement plan: one row per action. `current` is the question's level when the
/// action names a question, else the pillar's score; `target` the pillar's target (blank if
/// none).
pub fn write_plan<'a, W: Write>(
    out: W,
    items: impl IntoIterator<Item = (&'a Assessment, &'a Framework)>,
) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(PLAN_HEADER)?;
    for (a, f) in items {
        let card = crate::scoring::score(f, a);
        for action in &a.actions {
            let current = match &action.question {
                Some(q) => a.level(q).map(|l| l.to_string()).unwrap_or_default(),
                None => two_decimals(card.pillar(&action.pillar).and_then(|r| r.score)),
            };
            let target = two_decimals(a.targets.get(&action.pillar).copied());
            w.write_record([
                guard(&a.label).as_ref(),
                guard(&action.pillar).as_ref(),
                guard(action.question.as_deref().unwrap_or("")).as_ref(),
                &current,
                &target,
                guard(&action.text).as_ref(),
                guard(action.owner.as_deref().unwrap_or("")).as_ref(),
                guard(action.due.as_deref().unwrap_or("")).as_ref(),
                action.status.as_str(),
            ])?;
        }
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_is_exactly_invertible() {
        for s in [
            "=SUM(A1)", "+1", "-1", "@x", "\tx", "\rx", "'=x", "''=x", "'plain", "plain", "",
            "it's", "'",
        ] {
            assert_eq!(unguard(&guard(s)), s, "{s:?}");
        }
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("-5"), "'-5");
        assert_eq!(guard("ok"), "ok");
    }
}
