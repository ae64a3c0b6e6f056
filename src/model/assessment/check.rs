//! The checks of an assessment file beyond its syntax: every problem found at once, each at the
//! line of the field it concerns.

use super::*;

impl Assessment {
    /// Checks the assessment against the framework it answers. Errors make the assessment
    /// unusable; warnings name what is kept but not scored.
    pub fn check(&self, framework: &Framework, shown: &str, tree: Option<&Node>) -> Vec<Problem> {
        use Seg::{Field, Index, Key};
        let at = |path: &[Seg]| tree.map(|t| t.locate(path));
        let mut problems = Vec::new();

        if self.framework.id != framework.id {
            problems.push(Problem::keyed(
                shown,
                at(&[Field("framework"), Field("id")]),
                "problem-other-framework",
                &[
                    ("id", self.framework.id.clone()),
                    ("expected", framework.id.clone()),
                ],
            ));
            return problems;
        }
        if self.framework.version != framework.version {
            problems.push(Problem::keyed_warning(
                shown,
                at(&[Field("framework"), Field("version")]),
                "problem-other-version",
                &[
                    ("version", self.framework.version.clone()),
                    ("id", framework.id.clone()),
                    ("loaded", framework.version.clone()),
                ],
            ));
        }
        if self.label.trim().is_empty() {
            problems.push(Problem::keyed(
                shown,
                at(&[Field("label")]),
                "problem-empty-label",
                &[],
            ));
        }
        if let Some(date) = &self.date
            && !is_iso_date(date)
        {
            problems.push(Problem::keyed_warning(
                shown,
                at(&[Field("date")]),
                "problem-date",
                &[("date", date.clone())],
            ));
        }
        if let Some(scope) = &self.scope {
            let known = scope
                .iter()
                .filter(|p| framework.pillar(p).is_some())
                .count();
            for (i, id) in scope.iter().enumerate() {
                if framework.pillar(id).is_none() {
                    problems.push(Problem::keyed_warning(
                        shown,
                        at(&[Field("scope"), Index(i)]),
                        "problem-scope-unknown-pillar",
                        &[("id", id.clone()), ("framework", framework.key())],
                    ));
                }
            }
            if known < 3 {
                problems.push(Problem::keyed(
                    shown,
                    at(&[Field("scope")]),
                    "problem-scope-too-small",
                    &[("count", known.to_string())],
                ));
            }
        }

        let unknown = self.unknown_questions(framework);
        if !unknown.is_empty() {
            problems.push(Problem::keyed_warning(
                shown,
                at(&[Field("answers"), Key(unknown[0].to_owned())]),
                "problem-unknown-answers",
                &[
                    ("count", unknown.len().to_string()),
                    ("framework", framework.key()),
                    ("ids", unknown.join(", ")),
                ],
            ));
        }
        for (id, answer) in &self.answers {
            let here = [Field("answers"), Key(id.clone())];
            if answer.level.is_some() && answer.not_applicable {
                problems.push(Problem::keyed(
                    shown,
                    at(&here),
                    "problem-level-and-na",
                    &[("id", id.clone())],
                ));
            }
            if let Some(level) = answer.level
                && framework.level(level).is_none()
            {
                let values: Vec<String> = framework
                    .scale
                    .iter()
                    .map(|l| l.value.to_string())
                    .collect();
                problems.push(Problem::keyed(
                    shown,
                    at(&[Field("answers"), Key(id.clone()), Field("level")]),
                    "problem-level-off-scale",
                    &[
                        ("level", level.to_string()),
                        ("id", id.clone()),
                        ("values", values.join(", ")),
                    ],
                ));
            }
        }

        for (id, ratings) in &self.ratings {
            if framework.question(id).is_none() {
                problems.push(Problem::keyed_warning(
                    shown,
                    at(&[Field("ratings"), Key(id.clone())]),
                    "problem-ratings-unknown-question",
                    &[("id", id.clone()), ("framework", framework.key())],
                ));
            }
            let mut seen: Vec<&str> = Vec::new();
            for (i, r) in ratings.iter().enumerate() {
                let here = [Field("ratings"), Key(id.clone()), Index(i)];
                let by = r.by.trim();
                if by.is_empty() {
                    problems.push(Problem::keyed(
                        shown,
                        at(&here),
                        "problem-rating-no-one",
                        &[("id", id.clone())],
                    ));
                } else if seen.contains(&by) {
                    problems.push(Problem::keyed(
                        shown,
                        at(&here),
                        "problem-rating-twice",
                        &[("by", by.to_owned()), ("id", id.clone())],
                    ));
                }
                seen.push(by);
                if r.level.is_some() && r.not_applicable {
                    problems.push(Problem::keyed(
                        shown,
                        at(&here),
                        "problem-rating-level-and-na",
                        &[("by", by.to_owned()), ("id", id.clone())],
                    ));
                }
                if let Some(level) = r.level
                    && framework.level(level).is_none()
                {
                    problems.push(Problem::keyed(
                        shown,
                        at(&here),
                        "problem-rating-off-scale",
                        &[
                            ("by", by.to_owned()),
                            ("id", id.clone()),
                            ("level", level.to_string()),
                        ],
                    ));
                }
            }
        }

        let (min, max) = framework.scale_range();
        for (pillar, target) in &self.targets {
            let here = [Field("targets"), Key(pillar.clone())];
            if framework.pillar(pillar).is_none() {
                problems.push(Problem::keyed_warning(
                    shown,
                    at(&here),
                    "problem-target-unknown-pillar",
                    &[("id", pillar.clone()), ("framework", framework.key())],
                ));
            }
            if !target.is_finite() || *target < min as f64 || *target > max as f64 {
                problems.push(Problem::keyed(
                    shown,
                    at(&here),
                    "problem-target-off-scale",
                    &[
                        ("target", target.to_string()),
                        ("id", pillar.clone()),
                        ("min", min.to_string()),
                        ("max", max.to_string()),
                    ],
                ));
            }
        }
        for (i, action) in self.actions.iter().enumerate() {
            match framework.pillar(&action.pillar) {
                None => problems.push(Problem::keyed_warning(
                    shown,
                    at(&[Field("actions"), Index(i), Field("pillar")]),
                    "problem-action-unknown-pillar",
                    &[
                        ("id", action.pillar.clone()),
                        ("framework", framework.key()),
                    ],
                )),
                Some(pillar) => {
                    if let Some(q) = &action.question
                        && !pillar.questions.iter().any(|pq| &pq.id == q)
                    {
                        problems.push(Problem::keyed_warning(
                            shown,
                            at(&[Field("actions"), Index(i), Field("question")]),
                            "problem-action-unknown-question",
                            &[("id", q.clone()), ("pillar", pillar.id.clone())],
                        ));
                    }
                }
            }
            if let Some(due) = &action.due
                && !is_iso_date(due)
            {
                problems.push(Problem::keyed_warning(
                    shown,
                    at(&[Field("actions"), Index(i), Field("due")]),
                    "problem-due-date",
                    &[("date", due.clone())],
                ));
            }
        }
        sort_problems(&mut problems);
        problems
    }
}
