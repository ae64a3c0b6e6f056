//! CSV: the long answers format of SPEC §5 (written and read) and the score table of SPEC §6.

use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::sync::Arc;

use crate::assessment::{Answer, Assessment, FrameworkRef};
use crate::catalog::Catalog;
use crate::framework::Framework;
use crate::problem::{Problem, Problems};
use crate::scoring::{self, Marked, ScoreCard};

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
    /// Label, framework, country and date; answers too when they are kept (see [`Keep`]),
    /// and in any case the answers to questions the framework lacks.
    assessment: Assessment,
    framework: Arc<Framework>,
    index: Arc<HashMap<String, usize>>,
    /// Question ids in framework order, and where the next row probably is in it.
    ids: Arc<Vec<String>>,
    next_question: usize,
    first_line: usize,
    /// The line of each question's row (framework order), 0 while none was seen.
    seen: Vec<u32>,
    /// How each question is answered, for scoring without keeping answers.
    marks: Vec<Marked>,
    /// Rows of questions the framework lacks: question id → line.
    unknown_seen: HashMap<String, usize>,
}

/// What reading keeps of each row.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// Whole answers (notes included): assessments to show, export or compare.
    Answers,
    /// One mark per question: enough to score, with memory per assessment, not per row.
    Marks,
}

/// Reads the long format: only `assessment`, `question_id` and `level` are required, in any
/// order; extra columns are ignored. Every bad cell is reported with its line and column.
pub fn read_long<R: Read>(input: R, shown: &str, catalog: &Catalog) -> Result<LongRead, Problems> {
    let order = read_rows(input, shown, catalog, Keep::Answers)?;
    Ok(LongRead {
        assessments: order
            .into_iter()
            .map(|b| (b.assessment, b.framework, b.first_line))
            .collect(),
        warnings: Vec::new(),
    })
}

/// One assessment of a long CSV, scored as it was read.
pub struct Scored {
    /// The assessment without its answers (but those to questions its framework lacks).
    pub assessment: Assessment,
    pub framework: Arc<Framework>,
    pub card: ScoreCard,
    pub first_line: usize,
}

/// Reads a long CSV in one pass and scores it, keeping a mark per question instead of the
/// answers: the same validation and the same scores as [`read_long`] then
/// [`crate::scoring::score`], with memory proportional to the number of assessments.
pub fn score_long<R: Read>(
    input: R,
    shown: &str,
    catalog: &Catalog,
) -> Result<Vec<Scored>, Problems> {
    let order = read_rows(input, shown, catalog, Keep::Marks)?;
    Ok(order
        .into_iter()
        .map(|b| {
            let f = &b.framework;
            let mut k = 0usize;
            // `score_pillar_with` asks for every question of every pillar once, in framework
            // order, which is the order of `marks`.
            let card = scoring::score_with(
                f,
                |_| true,
                |pillar| {
                    scoring::score_pillar_with(f, pillar, |_| {
                        let m = b.marks.get(k).copied().unwrap_or(Marked::Unanswered);
                        k += 1;
                        m
                    })
                },
            );
            Scored {
                assessment: b.assessment,
                framework: b.framework,
                card,
                first_line: b.first_line,
            }
        })
        .collect())
}

fn read_rows<R: Read>(
    input: R,
    shown: &str,
    catalog: &Catalog,
    keep: Keep,
) -> Result<Vec<Building>, Problems> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .buffer_capacity(1 << 16)
        .from_reader(input);
    let header = reader
        .headers()
        .map_err(|e| Problems(vec![csv_problem(shown, &e)]))?
        .clone();
    let find = |name: &str| {
        header.iter().position(|h| {
            h.trim()
                .trim_start_matches('\u{feff}')
                .eq_ignore_ascii_case(name)
        })
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
    let mut slots: HashMap<String, usize> = HashMap::new();
    // Question id → position in framework order, built once per framework.
    let mut indexes: HashMap<String, Arc<HashMap<String, usize>>> = HashMap::new();
    let mut id_lists: HashMap<String, Arc<Vec<String>>> = HashMap::new();
    let mut errors: Vec<Problem> = Vec::new();
    let mut error_count = 0usize;
    let mut record = csv::StringRecord::new();
    let mut last: Option<usize> = None;
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
        let cell = |i: usize| unguard(trim(record.get(i).unwrap_or("")));
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

        // Rows of one assessment usually follow each other: check the last one first.
        let cached = last.filter(|&i| order[i].assessment.label == label);
        let slot = match cached.or_else(|| slots.get(label).copied()) {
            Some(slot) => slot,
            None => {
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
                let index = Arc::clone(indexes.entry(framework.key()).or_insert_with(|| {
                    Arc::new(
                        framework
                            .questions()
                            .enumerate()
                            .map(|(i, (_, q))| (q.id.clone(), i))
                            .collect(),
                    )
                }));
                let mut assessment = Assessment::new(&framework, label);
                assessment.framework = FrameworkRef {
                    id: framework.id.clone(),
                    version: if fver.is_empty() {
                        framework.version.clone()
                    } else {
                        fver.to_owned()
                    },
                };
                let ids = Arc::clone(id_lists.entry(framework.key()).or_insert_with(|| {
                    Arc::new(framework.questions().map(|(_, q)| q.id.clone()).collect())
                }));
                let count = index.len();
                slots.insert(label.to_owned(), order.len());
                order.push(Building {
                    assessment,
                    framework,
                    index,
                    ids,
                    next_question: 0,
                    first_line: line,
                    seen: vec![0; count],
                    marks: match keep {
                        Keep::Marks => vec![Marked::Unanswered; count],
                        Keep::Answers => Vec::new(),
                    },
                    unknown_seen: HashMap::new(),
                });
                order.len() - 1
            }
        };
        last = Some(slot);
        let b = &mut order[slot];
        for (col, field) in [
            (cols.country, &mut b.assessment.country),
            (cols.date, &mut b.assessment.date),
        ] {
            if let Some(c) = col
                && field.is_none()
            {
                let value = cell(c);
                if !value.is_empty() {
                    *field = Some(value.to_owned());
                }
            }
        }
        // Rows usually come in framework order: try the question after the last one first.
        let next = b.next_question;
        let q_index = if b.ids.get(next).is_some_and(|id| id == question_id) {
            Some(next)
        } else {
            b.index.get(question_id).copied()
        };
        if let Some(i) = q_index {
            b.next_question = i + 1;
        }
        let first = match q_index {
            Some(i) => {
                let first = b.seen[i] as usize;
                if first == 0 {
                    b.seen[i] = u32::try_from(line).unwrap_or(u32::MAX);
                }
                (first != 0).then_some(first)
            }
            None => match b.unknown_seen.entry(question_id.to_owned()) {
                Entry::Occupied(e) => Some(*e.get()),
                Entry::Vacant(e) => {
                    e.insert(line);
                    None
                }
            },
        };
        if let Some(first) = first {
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
        let mark = match parse_level(level_text, &b.framework) {
            Ok(LevelCell::Blank) if na_column => Marked::NotApplicable,
            Ok(LevelCell::Blank) => Marked::Unanswered,
            Ok(LevelCell::NotApplicable) => Marked::NotApplicable,
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
                Marked::Level(v)
            }
            Err(message) => {
                fail(cols.level, format!("question {question_id:?}: {message}"));
                continue;
            }
        };
        match (keep, q_index) {
            (Keep::Marks, Some(i)) => b.marks[i] = mark,
            _ => {
                let note = cols
                    .note
                    .map(|c| unguard(record.get(c).unwrap_or("")))
                    .filter(|n| !n.is_empty());
                let answer = Answer {
                    level: match mark {
                        Marked::Level(v) => Some(v),
                        _ => None,
                    },
                    not_applicable: mark == Marked::NotApplicable,
                    note: note.map(str::to_owned),
                };
                if answer != Answer::default() {
                    b.assessment.answers.insert(question_id.to_owned(), answer);
                }
            }
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
    Ok(order)
}

/// `str::trim`, quicker on the usual cell: ASCII spaces are trimmed first, and Unicode's
/// only when a non-ASCII character is left at either end.
fn trim(s: &str) -> &str {
    let t = s.trim_ascii();
    let b = t.as_bytes();
    if b.first().is_some_and(|c| !c.is_ascii()) || b.last().is_some_and(|c| !c.is_ascii()) {
        t.trim()
    } else {
        t
    }
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
    if let [d @ b'0'..=b'9'] = text.as_bytes() {
        let v = i64::from(d - b'0');
        if framework.level(v).is_some() {
            return Ok(LevelCell::Value(v));
        }
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
    // Numbers are formatted into one reused buffer: this runs for every pillar of tens of
    // thousands of assessments.
    let mut num = String::new();
    let mut field = |w: &mut csv::Writer<W>, f: &dyn Fn(&mut String)| {
        num.clear();
        f(&mut num);
        w.write_field(num.as_bytes())
    };
    for (label, card) in cards {
        let label = guard(label);
        for row in card.pillars.iter().chain(std::iter::once(&card.overall)) {
            w.write_field(label.as_bytes())?;
            w.write_field(row.pillar_id.as_bytes())?;
            for count in [row.answered, row.not_applicable, row.total] {
                field(&mut w, &|s| {
                    let _ = write!(s, "{count}");
                })?;
            }
            for value in [row.score, row.percent] {
                field(&mut w, &|s| {
                    if let Some(v) = value {
                        let _ = write!(s, "{v:.2}");
                    }
                })?;
            }
            w.write_record(None::<&[u8]>)?;
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
