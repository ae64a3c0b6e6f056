//! Scores, exactly as SPEC §4 defines them.

use serde::Serialize;

use crate::model::assessment::Assessment;
use crate::model::framework::{Framework, Pillar, Question};

/// Counts and score of one pillar (or, for the overall row, of all pillars in scope).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PillarScore {
    pub pillar_id: String,
    /// Questions with a level on the scale.
    pub answered: usize,
    pub not_applicable: usize,
    /// All questions, answered or not.
    pub total: usize,
    /// Weighted mean level; `None` when no question has a level (never 0).
    pub score: Option<f64>,
    /// The same weighted mean of question percents, 0–100.
    pub percent: Option<f64>,
}

impl PillarScore {
    /// Answered plus not applicable, out of `total`.
    pub fn completeness(&self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        (self.answered + self.not_applicable) as f64 / self.total as f64
    }
}

/// The scores of one assessment: a row per pillar in scope (framework order), then overall.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScoreCard {
    pub pillars: Vec<PillarScore>,
    pub overall: PillarScore,
}

impl ScoreCard {
    /// The row of a pillar.
    pub fn pillar(&self, id: &str) -> Option<&PillarScore> {
        self.pillars.iter().find(|p| p.pillar_id == id)
    }
}

/// A question answered with a level of the scale.
#[derive(Clone, Copy, Debug)]
pub struct Rated<'a> {
    /// Its position among the questions in scope (framework order).
    pub index: usize,
    pub pillar: &'a Pillar,
    pub question: &'a Question,
    pub level: i64,
}

/// The questions in scope answered with a level of the scale, weakest first: lowest level,
/// then framework order. Reversed, strongest first.
pub fn rated<'a>(framework: &'a Framework, assessment: &Assessment) -> Vec<Rated<'a>> {
    let mut rated: Vec<Rated<'a>> = framework
        .questions()
        .filter(|(p, _)| assessment.in_scope(&p.id))
        .enumerate()
        .filter_map(|(index, (pillar, question))| {
            let level = assessment
                .level(&question.id)
                .filter(|l| framework.level(*l).is_some())?;
            Some(Rated {
                index,
                pillar,
                question,
                level,
            })
        })
        .collect();
    rated.sort_by_key(|r| (r.level, r.index));
    rated
}

/// A question's percent: (level − min) / (max − min) × 100.
pub fn question_percent(level: i64, min: i64, max: i64) -> f64 {
    if max <= min {
        return 0.0;
    }
    (level - min) as f64 / (max - min) as f64 * 100.0
}

/// How one question was answered, as scoring sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marked {
    Unanswered,
    NotApplicable,
    Level(i64),
}

/// Scores one pillar. Levels not on the scale count as unanswered.
pub fn score_pillar(
    framework: &Framework,
    pillar: &Pillar,
    assessment: &Assessment,
) -> PillarScore {
    score_pillar_with(framework, pillar, |q| match assessment.answers.get(&q.id) {
        None => Marked::Unanswered,
        Some(a) if a.not_applicable => Marked::NotApplicable,
        Some(a) => a.level.map_or(Marked::Unanswered, Marked::Level),
    })
}

/// Scores one pillar from how each of its questions is marked: the one definition of a
/// pillar's score, for assessments in memory and for the streaming CSV scorer alike.
pub fn score_pillar_with(
    framework: &Framework,
    pillar: &Pillar,
    mut marked: impl FnMut(&Question) -> Marked,
) -> PillarScore {
    let (min, max) = framework.scale_range();
    let mut answered = 0;
    let mut not_applicable = 0;
    let (mut weight_sum, mut level_sum, mut percent_sum) = (0.0, 0.0, 0.0);
    for question in &pillar.questions {
        let level = match marked(question) {
            Marked::Unanswered => continue,
            Marked::NotApplicable => {
                not_applicable += 1;
                continue;
            }
            Marked::Level(l) => l,
        };
        if framework.level(level).is_none() {
            continue;
        }
        answered += 1;
        let w = question.weight();
        weight_sum += w;
        level_sum += w * level as f64;
        percent_sum += w * question_percent(level, min, max);
    }
    let has_score = answered > 0 && weight_sum > 0.0;
    PillarScore {
        pillar_id: pillar.id.clone(),
        answered,
        not_applicable,
        total: pillar.questions.len(),
        score: has_score.then(|| level_sum / weight_sum),
        percent: has_score.then(|| percent_sum / weight_sum),
    }
}

/// Scores an assessment: every pillar in scope, and the overall row.
pub fn score(framework: &Framework, assessment: &Assessment) -> ScoreCard {
    score_with(
        framework,
        |p| assessment.in_scope(&p.id),
        |pillar| score_pillar(framework, pillar, assessment),
    )
}

/// The overall row from the pillars in scope, each scored by `row`.
pub fn score_with(
    framework: &Framework,
    in_scope: impl Fn(&Pillar) -> bool,
    mut row: impl FnMut(&Pillar) -> PillarScore,
) -> ScoreCard {
    let mut pillars = Vec::with_capacity(framework.pillars.len());
    let mut overall = PillarScore {
        pillar_id: "overall".to_owned(),
        answered: 0,
        not_applicable: 0,
        total: 0,
        score: None,
        percent: None,
    };
    let (mut weight_sum, mut score_sum, mut percent_sum) = (0.0, 0.0, 0.0);
    for pillar in framework.pillars.iter().filter(|p| in_scope(p)) {
        let row = row(pillar);
        overall.answered += row.answered;
        overall.not_applicable += row.not_applicable;
        overall.total += row.total;
        if let (Some(s), Some(p)) = (row.score, row.percent) {
            let w = pillar.weight();
            weight_sum += w;
            score_sum += w * s;
            percent_sum += w * p;
        }
        pillars.push(row);
    }
    if weight_sum > 0.0 {
        overall.score = Some(score_sum / weight_sum);
        overall.percent = Some(percent_sum / weight_sum);
    }
    ScoreCard { pillars, overall }
}
