//! Comparing assessments of one framework: workshop groups side by side, or a baseline and its
//! follow-up. Assessments made on different versions of a framework are compared on the
//! newest, their answers carried over (SPEC §2 `carry`), on the questions every version speaks
//! to; the others are named in `left_out`.

use std::collections::BTreeSet;

use crate::model::carry;

use crate::analysis::scoring::{self, ScoreCard};
use crate::model::assessment::Assessment;
use crate::model::catalog::compare_versions;
use crate::model::framework::Framework;

/// Why assessments cannot be compared.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum CompareError {
    #[error("nothing to compare: give at least one assessment")]
    Empty,
    #[error(
        "{0:?} answers framework {1:?} but the others answer {2:?}: compare assessments of one framework"
    )]
    MixedFrameworks(String, String, String),
}

impl CompareError {
    /// This error as an interface message, to be said in the user's language.
    pub fn key(&self) -> crate::io::problem::Key {
        use crate::io::problem::Key;
        match self {
            Self::Empty => Key::new("problem-compare-empty", &[]),
            Self::MixedFrameworks(label, id, others) => Key::new(
                "problem-mixed-frameworks",
                &[
                    ("label", label.clone()),
                    ("id", id.clone()),
                    ("others", others.clone()),
                ],
            ),
        }
    }
}

/// Mean and range of one pillar's scores across the assessments that have one.
#[derive(Clone, Debug, PartialEq)]
pub struct PillarStats {
    pub pillar_id: String,
    /// How many assessments have a score for this pillar.
    pub count: usize,
    pub mean: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

/// How far apart the assessments are on one question.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionSpread {
    pub pillar_id: String,
    pub question_id: String,
    /// Each assessment's level (input order); `None` when unanswered or not applicable.
    pub levels: Vec<Option<i64>>,
    /// Highest minus lowest level among those answered.
    pub range: i64,
    /// Population standard deviation of the answered levels.
    pub deviation: f64,
}

/// Several assessments of one framework, scored on the questions they share.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// The newest version among the assessments' frameworks, keeping only shared questions.
    pub framework: Framework,
    pub labels: Vec<String>,
    /// Each assessment as it reads on `framework`'s version (answers to earlier versions
    /// carried over, SPEC §2), in input order: what the scores, charts and tables show.
    pub assessments: Vec<Assessment>,
    /// Each assessment's scores on the shared questions, in input order.
    pub cards: Vec<ScoreCard>,
    /// Questions that some version lacks, so no assessment is compared on them (sorted).
    pub left_out: Vec<String>,
    /// A row per pillar in any assessment's scope, framework order.
    pub pillars: Vec<PillarStats>,
    /// Questions answered by at least two assessments, the widest disagreement first.
    pub spread: Vec<QuestionSpread>,
    /// Whether the first and the last are one team at two points in time (they are dated, on
    /// different days), so that "change" means something; parallel workshop groups are not.
    pub over_time: bool,
    /// The earliest and the latest assessment (indexes): by date where they are dated, else
    /// by the year in their labels, else the first and the last given. "Change" runs from
    /// the one to the other, whatever order the files were opened in.
    pub ends: (usize, usize),
}

/// Whether the assessments are one team over time: the earliest and the latest dated ones on
/// different days; or, undated, two labelled alike but for the year ("Honduras 2025" and
/// "Honduras 2026"). Groups of one workshop share a day, or have no date and their own names.
/// The facilitator may say otherwise (the app's "one team over time").
pub fn over_time(items: &[(&Assessment, &Framework)]) -> bool {
    time_order(items).is_some()
}

/// The earliest and the latest of one team's assessments over time, if they are that (see
/// [`over_time`]).
fn time_order(items: &[(&Assessment, &Framework)]) -> Option<(usize, usize)> {
    if items.len() < 2 {
        return None;
    }
    let dated: Vec<(usize, &str)> = items
        .iter()
        .enumerate()
        .filter_map(|(k, (a, _))| {
            a.date
                .as_deref()
                .filter(|d| crate::model::assessment::is_iso_date(d))
                .map(|d| (k, d))
        })
        .collect();
    // ISO dates order as text; the first given wins a tie.
    let earliest = dated.iter().min_by_key(|(_, d)| *d);
    let latest = dated.iter().rev().max_by_key(|(_, d)| *d);
    if let (Some(&(from, a)), Some(&(to, b))) = (earliest, latest) {
        if dated.len() == items.len() || a != b {
            return (a != b).then_some((from, to));
        }
    }
    // Undated: labels alike but for the year, ordered by it.
    let years: Vec<(usize, u32)> = items
        .iter()
        .enumerate()
        .filter_map(|(k, (a, _))| label_year(&a.label).map(|y| (k, y)))
        .collect();
    let from = years.iter().min_by_key(|(_, y)| *y)?;
    let to = years.iter().rev().max_by_key(|(_, y)| *y)?;
    labels_differ_by_year(&items[from.0].0.label, &items[to.0].0.label).then_some((from.0, to.0))
}

/// The (last) year a label names, 1900–2099.
fn label_year(label: &str) -> Option<u32> {
    label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        .rev()
        .find_map(|w| w.parse().ok())
}

/// Whether two labels are the same once their years (four digits, 1900–2099) are taken out,
/// and their years differ.
fn labels_differ_by_year(a: &str, b: &str) -> bool {
    fn split(label: &str) -> (String, Vec<&str>) {
        let mut rest = String::new();
        let mut years = Vec::new();
        for word in label.split(|c: char| !c.is_alphanumeric()) {
            let year = word.len() == 4
                && word.chars().all(|c| c.is_ascii_digit())
                && (word.starts_with("19") || word.starts_with("20"));
            if year {
                years.push(word);
            } else if !word.is_empty() {
                rest.push_str(&word.to_lowercase());
                rest.push(' ');
            }
        }
        (rest, years)
    }
    let (rest_a, years_a) = split(a);
    let (rest_b, years_b) = split(b);
    !years_a.is_empty() && !years_b.is_empty() && rest_a == rest_b && years_a != years_b
}

impl Comparison {
    /// Compares assessments, each with the framework (version) it was made on.
    pub fn new(items: &[(&Assessment, &Framework)]) -> Result<Self, CompareError> {
        let Some((_, first)) = items.first() else {
            return Err(CompareError::Empty);
        };
        if let Some((a, f)) = items.iter().find(|(_, f)| f.id != first.id) {
            return Err(CompareError::MixedFrameworks(
                a.label.clone(),
                f.id.clone(),
                first.id.clone(),
            ));
        }
        let reference = items
            .iter()
            .map(|(_, f)| *f)
            .max_by(|a, b| compare_versions(&a.version, &b.version))
            .unwrap_or(first);
        // Each assessment as it reads on the newest version: answers to earlier versions
        // carried by the newest's `carry` map (or by unchanged ids).
        let assessments: Vec<Assessment> = items
            .iter()
            .map(|(a, f)| {
                if f.version == reference.version {
                    (*a).clone()
                } else {
                    carry::carry(a, f, reference, false)
                }
            })
            .collect();
        // Compared on the questions every assessment speaks to; the others are named.
        let mut left_out: BTreeSet<String> = BTreeSet::new();
        for (_, f) in items {
            if f.version == reference.version {
                continue;
            }
            left_out.extend(
                carry::new_questions(reference, f)
                    .into_iter()
                    .map(str::to_owned),
            );
            let carried: BTreeSet<&str> = reference
                .questions()
                .filter_map(|(_, q)| carry::source(reference, f, &q.id))
                .collect();
            left_out.extend(
                f.questions()
                    .filter(|(_, q)| !carried.contains(q.id.as_str()))
                    .map(|(_, q)| q.id.clone()),
            );
        }
        let left_out: Vec<String> = left_out.into_iter().collect();
        let mut framework = reference.clone();
        for pillar in &mut framework.pillars {
            pillar.questions.retain(|q| {
                items
                    .iter()
                    .all(|(_, f)| carry::source(reference, f, &q.id).is_some())
            });
        }

        let cards: Vec<ScoreCard> = assessments
            .iter()
            .map(|a| scoring::score(&framework, a))
            .collect();
        let pillars = framework
            .pillars
            .iter()
            .filter(|p| assessments.iter().any(|a| a.in_scope(&p.id)))
            .map(|p| {
                let scores: Vec<f64> = cards
                    .iter()
                    .filter_map(|c| c.pillar(&p.id).and_then(|row| row.score))
                    .collect();
                PillarStats {
                    pillar_id: p.id.clone(),
                    count: scores.len(),
                    mean: mean(&scores),
                    min: scores.iter().copied().reduce(f64::min),
                    max: scores.iter().copied().reduce(f64::max),
                }
            })
            .collect();

        let mut spread: Vec<QuestionSpread> = framework
            .questions()
            .filter(|(p, _)| assessments.iter().any(|a| a.in_scope(&p.id)))
            .filter_map(|(p, q)| {
                let levels: Vec<Option<i64>> = assessments
                    .iter()
                    .map(|a| {
                        a.in_scope(&p.id)
                            .then(|| a.level(&q.id))
                            .flatten()
                            .filter(|l| framework.level(*l).is_some())
                    })
                    .collect();
                let answered: Vec<f64> = levels.iter().flatten().map(|&l| l as f64).collect();
                if answered.len() < 2 {
                    return None;
                }
                let hi = levels.iter().flatten().max().copied().unwrap_or(0);
                let lo = levels.iter().flatten().min().copied().unwrap_or(0);
                let m = mean(&answered).unwrap_or(0.0);
                let deviation = (answered.iter().map(|x| (x - m).powi(2)).sum::<f64>()
                    / answered.len() as f64)
                    .sqrt();
                Some(QuestionSpread {
                    pillar_id: p.id.clone(),
                    question_id: q.id.clone(),
                    levels,
                    range: hi - lo,
                    deviation,
                })
            })
            .collect();
        // Widest range first, then the most spread out, then framework order (stable sort).
        spread.sort_by(|a, b| {
            b.range
                .cmp(&a.range)
                .then(b.deviation.total_cmp(&a.deviation))
        });

        Ok(Self {
            framework,
            labels: items.iter().map(|(a, _)| a.label.clone()).collect(),
            assessments,
            cards,
            left_out,
            pillars,
            spread,
            over_time: time_order(items).is_some(),
            ends: time_order(items).unwrap_or((0, items.len().saturating_sub(1))),
        })
    }

    /// The change of each pillar's score from assessment `from` to assessment `to` (e.g. a
    /// baseline and its follow-up); `None` where either has no score.
    pub fn change(&self, from: usize, to: usize) -> Vec<(String, Option<f64>)> {
        self.pillars
            .iter()
            .map(|p| {
                let score = |i: usize| {
                    self.cards
                        .get(i)
                        .and_then(|c| c.pillar(&p.pillar_id))
                        .and_then(|row| row.score)
                };
                let delta = match (score(from), score(to)) {
                    (Some(a), Some(b)) => Some(b - a),
                    _ => None,
                };
                (p.pillar_id.clone(), delta)
            })
            .collect()
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}
