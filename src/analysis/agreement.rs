//! How far a team's members agreed before they settled: per question the spread of their own
//! ratings, and for the whole team Krippendorff's alpha for ordinal data.
//!
//! Alpha follows Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): the
//! coincidence matrix of the values pairable within each unit (question), and the ordinal
//! difference between two values as the squared count of the values between them. Not
//! applicable is no value; a question rated by fewer than two people takes no part.

use std::collections::BTreeMap;

use crate::i18n::Messages;
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;

/// One question's ratings and where the team landed.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionAgreement {
    pub question_id: String,
    /// Each rater's level, in the order of the ratings (`None`: not applicable or no level).
    pub ratings: Vec<(String, Option<i64>)>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    /// The median of the levels given: the lower middle one for an even count.
    pub median: Option<i64>,
    /// The team's agreed level, if it settled on one.
    pub agreed: Option<i64>,
    /// The team settled the question as not applicable.
    pub agreed_not_applicable: bool,
}

impl QuestionAgreement {
    /// Max − min of the levels given: 0 when all who gave one agree.
    pub fn spread(&self) -> Option<i64> {
        Some(self.max? - self.min?)
    }
}

/// A team's agreement: per question, and alpha over all.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    pub questions: Vec<QuestionAgreement>,
    /// Krippendorff's alpha for ordinal data; `None` when it is undefined (fewer than two
    /// ratings on every question, or no variation at all to measure against).
    pub alpha_ordinal: Option<f64>,
}

impl Agreement {
    /// The pillars the team disagreed on most: the mean spread of their questions' ratings,
    /// widest first, only those where anyone differed.
    pub fn pillars_by_spread<'f>(&self, f: &'f Framework) -> Vec<(&'f str, f64)> {
        let mut out: Vec<(&str, f64)> = f
            .pillars
            .iter()
            .filter_map(|p| {
                let spreads: Vec<i64> = self
                    .questions
                    .iter()
                    .filter(|q| p.questions.iter().any(|x| x.id == q.question_id))
                    .filter_map(QuestionAgreement::spread)
                    .collect();
                let mean = spreads.iter().sum::<i64>() as f64 / spreads.len().max(1) as f64;
                (mean > 0.0).then_some((p.id.as_str(), mean))
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        out
    }
}

/// The lower middle of a sorted list's values.
pub fn lower_median(sorted: &[i64]) -> Option<i64> {
    if sorted.is_empty() {
        None
    } else {
        Some(sorted[(sorted.len() - 1) / 2])
    }
}

/// The agreement of `a`'s ratings, questions in the framework's order (then any it lacks).
pub fn agreement(a: &Assessment, f: &Framework) -> Agreement {
    let mut ids: Vec<&str> = f
        .questions()
        .map(|(_, q)| q.id.as_str())
        .filter(|id| a.ratings.contains_key(*id))
        .collect();
    ids.extend(
        a.ratings
            .keys()
            .map(String::as_str)
            .filter(|id| f.question(id).is_none()),
    );
    let questions: Vec<QuestionAgreement> = ids
        .into_iter()
        .map(|id| {
            let ratings: Vec<(String, Option<i64>)> = a.ratings[id]
                .iter()
                .map(|r| (r.by.clone(), r.level.filter(|_| !r.not_applicable)))
                .collect();
            let mut levels: Vec<i64> = ratings.iter().filter_map(|(_, l)| *l).collect();
            levels.sort_unstable();
            let answer = a.answers.get(id);
            QuestionAgreement {
                question_id: id.to_owned(),
                min: levels.first().copied(),
                max: levels.last().copied(),
                median: lower_median(&levels),
                agreed: answer.and_then(|x| x.level),
                agreed_not_applicable: answer.is_some_and(|x| x.not_applicable),
                ratings,
            }
        })
        .collect();
    let units: Vec<Vec<i64>> = questions
        .iter()
        .filter(|q| f.question(&q.question_id).is_some())
        .map(|q| q.ratings.iter().filter_map(|(_, l)| *l).collect())
        .collect();
    Agreement {
        alpha_ordinal: alpha(&units, Metric::Ordinal),
        questions,
    }
}

/// "α = 0,82: the team read its system alike", in words a team uses.
pub fn alpha_reading(msgs: &Messages, alpha: f64) -> String {
    let id = if alpha >= 0.8 {
        "alpha-alike"
    } else if alpha >= 0.667 {
        "alpha-mostly"
    } else if alpha >= 0.4 {
        "alpha-differently"
    } else {
        "alpha-very-differently"
    };
    msgs.format(
        "consensus-alpha",
        &[
            ("alpha", msgs.decimal(alpha, 2).into()),
            ("reading", msgs.get(id).into()),
        ],
    )
}

/// The difference function of an alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    Nominal,
    Ordinal,
    Interval,
}

/// Krippendorff's alpha of `units` (each the values given to one unit; missing values left
/// out), or `None` when undefined.
pub fn alpha(units: &[Vec<i64>], metric: Metric) -> Option<f64> {
    // The values that occur, in order, and the coincidence matrix o[c][k].
    let mut values: Vec<i64> = units.iter().flatten().copied().collect();
    values.sort_unstable();
    values.dedup();
    let index: BTreeMap<i64, usize> = values.iter().enumerate().map(|(i, v)| (*v, i)).collect();
    let v = values.len();
    let mut o = vec![vec![0.0f64; v]; v];
    for unit in units.iter().filter(|u| u.len() >= 2) {
        let m = unit.len() as f64;
        for (i, a) in unit.iter().enumerate() {
            for (j, b) in unit.iter().enumerate() {
                if i != j {
                    o[index[a]][index[b]] += 1.0 / (m - 1.0);
                }
            }
        }
    }
    let n_c: Vec<f64> = o.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = n_c.iter().sum();
    if n < 2.0 {
        return None;
    }
    let delta2 = |c: usize, k: usize| -> f64 {
        match metric {
            Metric::Nominal => f64::from(u8::from(c != k)),
            Metric::Interval => ((values[c] - values[k]) as f64).powi(2),
            Metric::Ordinal => {
                let (lo, hi) = (c.min(k), c.max(k));
                let between: f64 = n_c[lo..=hi].iter().sum();
                (between - (n_c[lo] + n_c[hi]) / 2.0).powi(2)
            }
        }
    };
    let mut observed = 0.0;
    let mut expected = 0.0;
    for c in 0..v {
        for k in 0..v {
            let d = delta2(c, k);
            observed += o[c][k] * d;
            expected += n_c[c] * n_c[k] * d;
        }
    }
    if expected == 0.0 {
        return None;
    }
    Some(1.0 - (n - 1.0) * observed / expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Krippendorff (2011), section C: four observers, twelve units, values 1–5, missing
    /// values; published alphas: nominal 0.743, ordinal 0.815, interval 0.849.
    fn published() -> Vec<Vec<i64>> {
        let table: [[Option<i64>; 12]; 4] = [
            [
                Some(1),
                Some(2),
                Some(3),
                Some(3),
                Some(2),
                Some(1),
                Some(4),
                Some(1),
                Some(2),
                None,
                None,
                None,
            ],
            [
                Some(1),
                Some(2),
                Some(3),
                Some(3),
                Some(2),
                Some(2),
                Some(4),
                Some(1),
                Some(2),
                Some(5),
                None,
                Some(3),
            ],
            [
                None,
                Some(3),
                Some(3),
                Some(3),
                Some(2),
                Some(3),
                Some(4),
                Some(2),
                Some(2),
                Some(5),
                Some(1),
                None,
            ],
            [
                Some(1),
                Some(2),
                Some(3),
                Some(3),
                Some(2),
                Some(4),
                Some(4),
                Some(1),
                Some(2),
                Some(5),
                Some(1),
                None,
            ],
        ];
        (0..12)
            .map(|u| table.iter().filter_map(|row| row[u]).collect())
            .collect()
    }

    #[test]
    fn matches_krippendorffs_worked_example() {
        let units = published();
        let round = |x: Option<f64>| x.map(|x| (x * 1000.0).round() / 1000.0);
        assert_eq!(round(alpha(&units, Metric::Nominal)), Some(0.743));
        assert_eq!(round(alpha(&units, Metric::Ordinal)), Some(0.815));
        assert_eq!(round(alpha(&units, Metric::Interval)), Some(0.849));
    }

    #[test]
    fn perfect_agreement_is_one_and_a_lone_rater_measures_nothing() {
        let agree = vec![vec![1, 1, 1], vec![3, 3], vec![2, 2, 2, 2]];
        assert_eq!(alpha(&agree, Metric::Ordinal), Some(1.0));
        // One rating per question: nothing is pairable.
        assert_eq!(alpha(&[vec![1], vec![3], vec![2]], Metric::Ordinal), None);
        // Everyone gave the same value everywhere: no variation to measure against.
        assert_eq!(alpha(&[vec![2, 2], vec![2, 2]], Metric::Ordinal), None);
        // Systematic disagreement is below zero.
        let opposite = vec![vec![1, 4], vec![4, 1], vec![1, 4]];
        assert!(alpha(&opposite, Metric::Ordinal).is_some_and(|a| a < 0.0));
    }

    #[test]
    fn medians_take_the_lower_middle() {
        assert_eq!(lower_median(&[1, 2, 3]), Some(2));
        assert_eq!(lower_median(&[1, 2, 3, 4]), Some(2));
        assert_eq!(lower_median(&[]), None);
    }
}
