//! Loading the assessments a command works on: `.ron` files, long-format `.csv` files holding
//! any number of assessments, or folders of either.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::analysis::scoring::ScoreCard;
use crate::formats::long;
use crate::formats::table::{Sheet, Table, is_workbook};
use crate::io::files;
use crate::io::problem::{Problem, Problems};
use crate::io::storage;
use crate::model::assessment::Assessment;
use crate::model::catalog::{Catalog, has_extension};
use crate::model::framework::Framework;

/// An assessment ready to score: checked against its framework.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub assessment: Assessment,
    pub framework: Arc<Framework>,
    /// The file it came from, as messages name it.
    pub source: String,
}

/// What loading found: the assessments, and warnings to show even when all went well.
#[derive(Debug, Default)]
pub struct LoadOutcome {
    pub loaded: Vec<Loaded>,
    pub warnings: Vec<Problem>,
}

/// Expands folders into their `.ron` and `.csv` files (sorted by name).
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Problems> {
    let mut out = Vec::new();
    for path in paths {
        if !storage::is_dir(path) {
            out.push(path.clone());
            continue;
        }
        let shown = files::display_path(path);
        let listing =
            storage::read_dir(path).map_err(|e| Problems::io(&shown, "problem-unlistable", &e))?;
        let mut found: Vec<PathBuf> = listing
            .into_iter()
            .filter(|p| {
                storage::is_file(p) && (has_extension(p, "ron") || is_table(p)) && !is_scratch(p)
            })
            .collect();
        found.sort();
        if found.is_empty() {
            return Err(Problems::keyed(&shown, None, "problem-empty-folder", &[]));
        }
        out.extend(found);
    }
    Ok(out)
}

/// Whether a path names a table of answers: a long CSV (also as `.tsv` or Excel's "Unicode
/// text" `.txt`) or a workbook.
pub fn is_table(path: &Path) -> bool {
    ["csv", "tsv", "txt"].iter().any(|e| has_extension(path, e)) || is_workbook(path)
}

/// Whether a file in a folder is another program's scratch file, not the user's: Excel's lock
/// file `~$name.xlsx` while a workbook is open, macOS's `._name`, hidden files.
fn is_scratch(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("~$") || n.starts_with('.'))
}

/// Loads every input, in the order given. Fails with every error found in every file; labels
/// must be unique across all inputs, since legends and CSV rows key on them.
pub fn load(paths: &[PathBuf], catalog: &Catalog) -> Result<LoadOutcome, Problems> {
    load_mode(paths, catalog, false, usize::MAX).map(|(outcome, _)| outcome)
}

/// [`load`] for participants' own assessments, which a merge tells apart by who made them,
/// not by their labels (each member's copy may carry the team's label).
pub fn load_participants(paths: &[PathBuf], catalog: &Catalog) -> Result<LoadOutcome, Problems> {
    let (outcome, _, errors) = load_files(paths, catalog, false, usize::MAX)?;
    if errors.is_empty() {
        Ok(outcome)
    } else {
        Err(Problems(errors))
    }
}

/// The most assessments a chart, a report or the app's comparison takes: more polygons than
/// anyone can tell apart, and more than the memory of a modest laptop should hold answers for.
/// `score` and `export` take any number.
pub const MAX_SHOWN: usize = 200;

/// [`load`] for a chart, a report or a comparison: refuses, with the bound in its message, more
/// than [`MAX_SHOWN`] assessments, and stops reading as soon as it knows.
pub fn load_shown(paths: &[PathBuf], catalog: &Catalog) -> Result<LoadOutcome, Problems> {
    load_mode(paths, catalog, false, MAX_SHOWN).map(|(outcome, _)| outcome)
}

/// Loads and scores every input. Long CSV files are scored as they stream in, so their
/// assessments come without answers (but those to questions the framework lacks): memory
/// grows with the number of assessments, not of rows. The cards are in input order.
pub fn load_scored(
    paths: &[PathBuf],
    catalog: &Catalog,
) -> Result<(LoadOutcome, Vec<ScoreCard>), Problems> {
    let (outcome, cards) = load_mode(paths, catalog, true, usize::MAX)?;
    Ok((outcome, cards))
}

/// Every input read, with the problems found; no check across inputs yet.
fn load_files(
    paths: &[PathBuf],
    catalog: &Catalog,
    scored: bool,
    max: usize,
) -> Result<(LoadOutcome, Vec<ScoreCard>, Vec<Problem>), Problems> {
    let mut outcome = LoadOutcome::default();
    let mut cards = Vec::new();
    let mut errors = Vec::new();
    for path in expand(paths)? {
        let room = max.saturating_sub(outcome.loaded.len());
        if room == 0 {
            return Err(Problems(vec![Problem::from_key(
                &files::display_path(&path),
                None,
                long::too_many(max),
            )]));
        }
        let result = if is_table(&path) {
            load_csv(&path, catalog, scored, room)
        } else {
            load_ron(&path, catalog).map(|(loaded, warnings)| {
                let c = if scored {
                    loaded
                        .iter()
                        .map(|l| crate::analysis::scoring::score(&l.framework, &l.assessment))
                        .collect()
                } else {
                    Vec::new()
                };
                (loaded, warnings, c)
            })
        };
        match result {
            Ok((loaded, warnings, c)) => {
                outcome.loaded.extend(loaded);
                outcome.warnings.extend(warnings);
                cards.extend(c);
            }
            Err(Problems(p)) => errors.extend(p),
        }
    }
    Ok((outcome, cards, errors))
}

fn load_mode(
    paths: &[PathBuf],
    catalog: &Catalog,
    scored: bool,
    max: usize,
) -> Result<(LoadOutcome, Vec<ScoreCard>), Problems> {
    let (outcome, cards, mut errors) = load_files(paths, catalog, scored, max)?;
    let mut labels: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for (i, item) in outcome.loaded.iter().enumerate() {
        if let Some(first) = labels
            .insert(item.assessment.label.as_str(), i)
            .map(|j| &outcome.loaded[j])
        {
            errors.push(Problem::keyed(
                &item.source,
                None,
                "problem-duplicate-label",
                &[
                    ("label", item.assessment.label.clone()),
                    ("other", first.source.clone()),
                ],
            ));
        }
    }
    if errors.is_empty() {
        Ok((outcome, cards))
    } else {
        Err(Problems(errors))
    }
}

/// The framework an assessment names, or an error that says how to provide it.
pub fn resolve<'a>(
    catalog: &'a Catalog,
    id: &str,
    version: &str,
    shown: &str,
    line_col: Option<(usize, usize)>,
) -> Result<&'a Arc<Framework>, Problems> {
    catalog
        .find(id, version)
        .map(|e| &e.framework)
        .ok_or_else(|| {
            let mut problem = Problem::keyed(
                shown,
                line_col,
                "problem-unknown-framework",
                &[
                    ("id", id.to_owned()),
                    ("version", version.to_owned()),
                    ("known", catalog.known()),
                ],
            );
            problem.needs_framework = Some((id.to_owned(), version.to_owned()));
            Problems(vec![problem])
        })
}

fn load_ron(path: &Path, catalog: &Catalog) -> Result<(Vec<Loaded>, Vec<Problem>), Problems> {
    let shown = files::display_path(path);
    let parsed = Assessment::load(path)?;
    let a = &parsed.assessment;
    let at = parsed
        .tree
        .as_ref()
        .map(|t| t.locate(&[crate::model::ronspan::Seg::Field("framework")]));
    let framework = resolve(catalog, &a.framework.id, &a.framework.version, &shown, at)?;
    let problems = a.check(framework, &shown, parsed.tree.as_ref());
    let (errors, warnings): (Vec<_>, Vec<_>) = problems.into_iter().partition(Problem::is_error);
    if !errors.is_empty() {
        return Err(Problems(errors));
    }
    Ok((
        vec![Loaded {
            framework: Arc::clone(framework),
            assessment: parsed.assessment,
            source: shown,
        }],
        warnings,
    ))
}

/// One assessment of a table: with its framework, first line and (when scoring) its card.
type ReadOne = (Assessment, Arc<Framework>, usize, Option<ScoreCard>);

/// What one input file gives: its assessments, warnings, and (when scoring) their cards.
type FileLoad = (Vec<Loaded>, Vec<Problem>, Vec<ScoreCard>);

fn load_csv(
    path: &Path,
    catalog: &Catalog,
    scored: bool,
    max: usize,
) -> Result<FileLoad, Problems> {
    let shown = files::display_path(path);
    let table = Table::open(path, Sheet::Named("answers"))?;
    // Each assessment goes from the reader to `loaded` once: a census has tens of thousands.
    let (read, mut warnings): (Box<dyn ExactSizeIterator<Item = ReadOne>>, _) = if scored {
        let (scored, warnings) = long::score_long_table(table, catalog)?;
        let read = scored
            .into_iter()
            .map(|s| (s.assessment, s.framework, s.first_line, Some(s.card)));
        (Box::new(read), warnings)
    } else {
        let read = long::read_long_table_at_most(table, catalog, max)?;
        let assessments = read
            .assessments
            .into_iter()
            .map(|(a, f, line)| (a, f, line, None));
        (Box::new(assessments), read.warnings)
    };
    let mut errors = Vec::new();
    let mut loaded = Vec::with_capacity(read.len());
    let mut cards = Vec::with_capacity(if scored { read.len() } else { 0 });
    for (assessment, framework, line, card) in read {
        for p in assessment.check(&framework, &shown, None) {
            let key = p.key.clone().map(|inner| {
                crate::io::problem::Key::new(
                    "problem-in-assessment",
                    &[("label", assessment.label.clone())],
                )
                .around(inner)
            });
            let p = Problem {
                location: crate::io::problem::Location {
                    path: shown.clone(),
                    line_col: Some((line, 1)),
                },
                message: format!("assessment {:?}: {}", assessment.label, p.message),
                key,
                ..p
            };
            if p.is_error() {
                errors.push(p);
            } else {
                warnings.push(p);
            }
        }
        cards.extend(card);
        loaded.push(Loaded {
            assessment,
            framework,
            source: shown.clone(),
        });
    }
    if errors.is_empty() {
        Ok((loaded, warnings, cards))
    } else {
        Err(Problems(errors))
    }
}
